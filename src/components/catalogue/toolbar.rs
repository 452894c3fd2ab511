//! The controls above the results: search box, sort order, copy link, result count, the link to
//! the same selection on the map and "clear all".

use super::Catalogue;
use crate::domain::model::Lang;
use crate::domain::query::{Query, Sort};
use crate::nav::href_with;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// The search box; its value follows the URL. Enter moves to the results (on a phone it also
/// puts the keyboard away).
#[component]
pub fn SearchBox(cat: Catalogue, lang: Lang) -> impl IntoView {
    let input = NodeRef::<html::Input>::new();
    // Follow the URL (back, forward, "clear all"), but never write the value the field already
    // holds: that could disturb an input method (Telex, VNI) in the middle of a word.
    Effect::new(move |_| {
        let Some(text) = cat.text.try_get() else {
            return;
        };
        if let Some(el) = input.get() {
            if el.value() != text {
                el.set_value(&text);
            }
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        cat.focus_results();
    };
    view! {
        <form class="cat-search" role="search" on:submit=submit>
            <label for="cat-q">{lang.t("Tìm kiếm", "Search")}</label>
            <input
                node_ref=input
                id="cat-q"
                type="search"
                name="q"
                autocomplete="off"
                spellcheck="false"
                enterkeyhint="search"
                placeholder=lang.t("Tên, tỉnh, nhân vật…", "Name, province, person…")
                prop:value=cat.text.get_untracked()
                on:input=move |ev| cat.type_text(event_target_value(&ev))
            />
        </form>
    }
}

/// The sort order and, when sorting by distance, the site to measure from.
#[component]
pub fn SortControls(cat: Catalogue, lang: Lang) -> impl IntoView {
    let ds = cat.ds.get_value();
    let mode = move || {
        cat.query
            .try_with(|q| match q.sort {
                Sort::Component => "component",
                Sort::Name => "name",
                Sort::DistanceFrom(_) => "near",
            })
            .unwrap_or_default()
    };
    let origin = move || {
        cat.query
            .try_with(|q| match &q.sort {
                Sort::DistanceFrom(id) => id.clone(),
                _ => String::new(),
            })
            .unwrap_or_default()
    };
    // Components first (in number order), then the other places, as in the default view.
    // Only places with a position of their own can be an origin.
    let mut sites: Vec<_> = ds.sites.iter().filter(|s| s.location.is_some()).collect();
    crate::domain::sort::sort_by_key(&mut sites, |s| s.components_first());
    let first = sites.first().map(|s| s.id.clone()).unwrap_or_default();
    let origins = sites
        .iter()
        .map(|s| view! { <option value=s.id.clone()>{s.name.get(lang).to_string()}</option> })
        .collect_view();
    let set_mode = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let first = first.clone();
        cat.update(|q| {
            q.sort = match value.as_str() {
                "name" => Sort::Name,
                "near" => match &q.sort {
                    Sort::DistanceFrom(id) => Sort::DistanceFrom(id.clone()),
                    _ => Sort::DistanceFrom(first),
                },
                _ => Sort::Component,
            }
        });
    };
    let set_origin = move |ev: leptos::ev::Event| {
        let id = event_target_value(&ev);
        cat.update(|q| q.sort = Sort::DistanceFrom(id));
    };
    let not_near = move || mode() != "near";
    view! {
        <div class="cat-sort">
            <label for="cat-sort">{lang.t("Sắp xếp", "Sort by")}</label>
            <select id="cat-sort" on:change=set_mode prop:value=mode>
                <option value="component">{lang.t("Số hợp phần", "Component number")}</option>
                <option value="name">{lang.t("Tên (A–Z)", "Name (A–Z)")}</option>
                <option value="near">{lang.t("Khoảng cách từ một điểm", "Distance from a site")}</option>
            </select>
            <span class="cat-origin" hidden=not_near>
                <label for="cat-origin">{lang.t("Tính từ", "From")}</label>
                <select id="cat-origin" on:change=set_origin prop:value=origin>
                    {origins}
                </select>
            </span>
        </div>
    }
}

/// What the copy-link button last did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Copied {
    /// Nothing yet (or the view changed since).
    Idle,
    /// The link is on the clipboard.
    Done,
    /// No clipboard: the link is shown selected, for the visitor to copy.
    Manual,
}

/// The current page address.
fn current_href() -> String {
    if cfg!(not(target_arch = "wasm32")) {
        return String::new();
    }
    window().location().href().unwrap_or_default()
}

/// "Copy link": puts the address of this exact view on the clipboard; without a clipboard it
/// shows the address selected in a read-only field.
#[component]
pub fn CopyLink(cat: Catalogue, lang: Lang) -> impl IntoView {
    let state = RwSignal::new(Copied::Idle);
    let field = NodeRef::<html::Input>::new();
    // A new view makes an old "copied" stale.
    Effect::new(move |_| {
        cat.query.track();
        if state.get_untracked() != Copied::Idle {
            state.set(Copied::Idle);
        }
    });
    // Select the address once the field is shown.
    Effect::new(move |_| {
        if state.get() == Copied::Manual {
            if let Some(input) = field.get() {
                let _ = input.focus();
                input.select();
            }
        }
    });
    let copy = move |_| {
        // `navigator.clipboard` is missing outside secure contexts.
        let clipboard = window().navigator().clipboard();
        if clipboard.is_undefined() || clipboard.is_null() {
            state.set(Copied::Manual);
            return;
        }
        let promise = clipboard.write_text(&current_href());
        leptos::task::spawn_local(async move {
            match JsFuture::from(promise).await {
                Ok(_) => state.set(Copied::Done),
                Err(_) => state.set(Copied::Manual),
            }
        });
    };
    let message = move || match state.get() {
        Copied::Idle => "",
        Copied::Done => lang.t("Đã sao chép", "Copied"),
        Copied::Manual => lang.t(
            "Không sao chép được tự động: hãy sao chép liên kết đã chọn.",
            "Could not copy automatically: copy the selected link.",
        ),
    };
    let href = move || {
        cat.query.track();
        current_href()
    };
    let not_manual = move || state.get() != Copied::Manual;
    view! {
        <div class="cat-share">
            <button type="button" class="copy-link" on:click=copy>
                {lang.t("Sao chép liên kết", "Copy link")}
            </button>
            <span class="copy-status" role="status" aria-live="polite">{message}</span>
            <span class="copy-manual" hidden=not_manual>
                <label for="cat-link">{lang.t("Liên kết", "Link")}</label>
                <input node_ref=field id="cat-link" type="text" readonly prop:value=href />
            </span>
        </div>
    }
}

/// The number of results, announced politely when it changes.
#[component]
pub fn ResultCount(cat: Catalogue, lang: Lang) -> impl IntoView {
    view! {
        <p class="result-count" role="status" aria-live="polite" tabindex="-1" node_ref=cat.count_ref>
            {move || cat.total_text(lang)}
        </p>
    }
}

/// The same selection on the map: a link carrying the catalogue's query (search, filters, sort).
#[component]
pub fn MapLink(cat: Catalogue, lang: Lang) -> impl IntoView {
    let to = move || {
        cat.query
            .try_with(|q| href_with("/map", lang, &q.to_params()))
            .unwrap_or_default()
    };
    view! {
        <a class="cat-map-link" href=to>
            {lang.t("Xem các kết quả trên bản đồ", "Show these results on the map")}
        </a>
    }
}

/// For each person the catalogue is filtered by, a link to that person's page.
#[component]
pub fn PersonLinks(cat: Catalogue, lang: Lang) -> impl IntoView {
    let ds = cat.ds.get_value();
    move || {
        let people: Vec<(String, String)> = cat
            .query
            .try_with(|q| {
                q.people
                    .iter()
                    .filter_map(|id| ds.person(id))
                    .map(|p| (p.id.clone(), p.name.vi.clone()))
                    .collect()
            })
            .unwrap_or_default();
        (!people.is_empty()).then(|| {
            let links = people
                .into_iter()
                .enumerate()
                .map(|(i, (id, name))| {
                    view! {
                        {(i > 0).then_some(", ")}
                        <a class="cat-person-link" href=crate::nav::href(&format!("/person/{id}"), lang) lang="vi">{name}</a>
                    }
                })
                .collect_view();
            view! {
                <p class="cat-person-links">
                    {lang.t("Về nhân vật: ", "About the person: ")}
                    {links}
                </p>
            }
        })
    }
}

/// "Clear all filters", shown when a filter or search text is set (the empty state has its own).
#[component]
pub fn ClearAll(cat: Catalogue, lang: Lang) -> impl IntoView {
    let hidden =
        move || !cat.query.try_with(Query::has_filters).unwrap_or(false) || cat.total() == 0;
    view! {
        <span class="cat-clear-all" hidden=hidden>
            <ClearAllButton cat lang />
        </span>
    }
}

/// The button that removes the search text and every filter (the sort stays).
#[component]
pub fn ClearAllButton(cat: Catalogue, lang: Lang) -> impl IntoView {
    view! {
        <button type="button" class="clear-all" on:click=move |_| cat.update(Query::clear_filters)>
            {lang.t("Xóa tất cả bộ lọc", "Clear all filters")}
        </button>
    }
}

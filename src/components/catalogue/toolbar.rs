//! The controls above the results: search box, sort order, copy link, result count and
//! "clear all".

use super::{watch, Catalogue};
use crate::domain::model::Lang;
use crate::domain::query::{Query, Sort};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The `<input>` whose id is `id`, once it is in the page (by id rather than through a
/// `NodeRef`: the effects that use it run after the view is mounted, and it is less code).
fn input_by_id(id: &str) -> Option<web_sys::HtmlInputElement> {
    document().get_element_by_id(id)?.dyn_into().ok()
}

/// The search box; its value follows the URL, and typing replaces the history entry.
pub fn search_box(cat: Catalogue, lang: Lang) -> AnyView {
    // Follow the URL (back, forward, "clear all"), but never write the value the field already
    // holds: that could disturb an input method (Telex, VNI) in the middle of a word.
    watch(Box::new(move || {
        let text = cat.text.get();
        if let Some(el) = input_by_id("cat-q") {
            if el.value() != text {
                el.set_value(&text);
            }
        }
    }));
    view! {
        <form class="cat-search" role="search" on:submit=|ev| ev.prevent_default()>
            <label for="cat-q">{lang.t("Tìm kiếm", "Search")}</label>
            <input
                id="cat-q"
                type="search"
                name="q"
                autocomplete="off"
                spellcheck="false"
                placeholder=lang.t("Tên, tỉnh, nhân vật…", "Name, province, person…")
                prop:value=cat.text.get_untracked()
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    cat.update(true, |q| q.text = value);
                }
            />
        </form>
    }
    .into_any()
}

/// The sort order and, when sorting by distance, the site to measure from.
// `move || f()` rather than `f` in `view!`: the macro type-erases only closures written in place,
// so every such attribute shares one copy of the rendering code per value type.
#[allow(clippy::redundant_closure)]
pub fn sort_controls(cat: Catalogue, lang: Lang) -> AnyView {
    let ds = cat.ds.get_value();
    let mode = move || {
        cat.query.with(|q| match q.sort {
            Sort::Component => "component",
            Sort::Name => "name",
            Sort::DistanceFrom(_) => "near",
        })
    };
    let origin = move || {
        cat.query.with(|q| match &q.sort {
            Sort::DistanceFrom(id) => id.clone(),
            _ => String::new(),
        })
    };
    // Components first (in number order), then the other places, as in the default view.
    let mut sites: Vec<_> = ds.sites.iter().collect();
    crate::domain::sort::sort_by_key(&mut sites, |s| s.components_first());
    let first = sites.first().map(|s| s.id.clone()).unwrap_or_default();
    let origins = sites
        .iter()
        .map(|s| view! { <option value=s.id.clone()>{s.name.get(lang).to_string()}</option> })
        .collect_view();
    let set_mode = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let first = first.clone();
        cat.update(false, |q| {
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
        cat.update(false, |q| q.sort = Sort::DistanceFrom(id));
    };
    view! {
        <div class="cat-sort">
            <label for="cat-sort">{lang.t("Sắp xếp", "Sort by")}</label>
            <select id="cat-sort" on:change=set_mode prop:value=move || mode()>
                <option value="component">{lang.t("Số hợp phần", "Component number")}</option>
                <option value="name">{lang.t("Tên (A–Z)", "Name (A–Z)")}</option>
                <option value="near">{lang.t("Khoảng cách từ một điểm", "Distance from a site")}</option>
            </select>
            <span class="cat-origin" hidden=move || mode() != "near">
                <label for="cat-origin">{lang.t("Tính từ", "From")}</label>
                <select id="cat-origin" on:change=set_origin prop:value=move || origin()>
                    {origins}
                </select>
            </span>
        </div>
    }
    .into_any()
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

/// True when `navigator.clipboard` exists (it is missing outside secure contexts).
fn has_clipboard() -> bool {
    js_sys::Reflect::get(&window().navigator(), &JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null())
}

/// "Copy link": puts the address of this exact view on the clipboard; without a clipboard it
/// shows the address selected in a read-only field.
// `move || f()` rather than `f` in `view!`: the macro type-erases only closures written in place,
// so every such attribute shares one copy of the rendering code per value type.
#[allow(clippy::redundant_closure)]
pub fn copy_link(cat: Catalogue, lang: Lang) -> AnyView {
    let state = RwSignal::new(Copied::Idle);
    // A new view makes an old "copied" stale.
    watch(Box::new(move || {
        cat.query.track();
        if state.get_untracked() != Copied::Idle {
            state.set(Copied::Idle);
        }
    }));
    // Select the address once the field is shown.
    watch(Box::new(move || {
        if state.get() == Copied::Manual {
            if let Some(input) = input_by_id("cat-link") {
                let _ = input.focus();
                input.select();
            }
        }
    }));
    let copy = move |_| {
        if !has_clipboard() {
            state.set(Copied::Manual);
            return;
        }
        let promise = window().navigator().clipboard().write_text(&current_href());
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
    view! {
        <div class="cat-share">
            <button type="button" class="copy-link" on:click=copy>
                {lang.t("Sao chép liên kết", "Copy link")}
            </button>
            <span class="copy-status" role="status" aria-live="polite">{move || message()}</span>
            <span class="copy-manual" hidden=move || state.get() != Copied::Manual>
                <label for="cat-link">{lang.t("Liên kết", "Link")}</label>
                <input id="cat-link" type="text" readonly prop:value=move || href() />
            </span>
        </div>
    }
    .into_any()
}

/// The number of results, announced politely when it changes.
pub fn result_count(cat: Catalogue, lang: Lang) -> AnyView {
    let text = move || {
        let n = cat.total();
        match lang {
            Lang::Vi => format!("{n} kết quả"),
            Lang::En if n == 1 => "1 result".to_string(),
            Lang::En => format!("{n} results"),
        }
    };
    view! { <p class="result-count" role="status" aria-live="polite">{move || text()}</p> }
        .into_any()
}

/// "Clear all filters", shown when a filter or search text is set (the empty state has its own).
pub fn clear_all(cat: Catalogue, lang: Lang) -> AnyView {
    let shown = move || cat.query.with(Query::has_filters) && cat.total() > 0;
    view! {
        <span class="cat-clear-all" hidden=move || !shown()>
            {clear_all_button(cat, lang)}
        </span>
    }
    .into_any()
}

/// The button that removes the search text and every filter (the sort stays).
pub fn clear_all_button(cat: Catalogue, lang: Lang) -> AnyView {
    view! {
        <button type="button" class="clear-all" on:click=move |_| cat.update(false, Query::clear_filters)>
            {lang.t("Xóa tất cả bộ lọc", "Clear all filters")}
        </button>
    }
    .into_any()
}

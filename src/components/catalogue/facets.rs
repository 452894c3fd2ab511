//! The facet filters: one fieldset of check boxes per facet, each value with its count under the
//! other active filters; a sidebar on wide screens, a sheet on phones.

use super::Catalogue;
use crate::domain::dataset::Dataset;
use crate::domain::model::{Era, Lang, RecognitionKind, SeriesPart, SiteKind, SiteStatus};
use crate::domain::query::{toggle, FacetValue, Facets, Query};
use leptos::html;
use leptos::prelude::*;

/// The facets, in display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FacetKey {
    /// Province now (a former province selected through the URL shows as a chip).
    Province,
    /// Kind of place.
    Kind,
    /// Era or dynasty.
    Era,
    /// Part of the series.
    Part,
    /// Associated person.
    Person,
    /// Official recognition.
    Recognition,
    /// Component, associated or dropped.
    Status,
}

impl FacetKey {
    /// Every facet, in display order.
    pub const ALL: [FacetKey; 7] = [
        FacetKey::Status,
        FacetKey::Part,
        FacetKey::Province,
        FacetKey::Kind,
        FacetKey::Era,
        FacetKey::Person,
        FacetKey::Recognition,
    ];

    /// A short id for element ids and test hooks.
    pub fn id(self) -> &'static str {
        match self {
            FacetKey::Province => "province",
            FacetKey::Kind => "kind",
            FacetKey::Era => "era",
            FacetKey::Part => "part",
            FacetKey::Person => "person",
            FacetKey::Recognition => "recognition",
            FacetKey::Status => "status",
        }
    }

    /// The fieldset legend.
    pub fn legend(self, lang: Lang) -> &'static str {
        match self {
            FacetKey::Province => lang.t("Tỉnh, thành phố", "Province"),
            FacetKey::Kind => lang.t("Loại hình", "Kind"),
            FacetKey::Era => lang.t("Thời kỳ", "Era"),
            FacetKey::Part => lang.t("Phần trong chuỗi di sản", "Part of the series"),
            FacetKey::Person => lang.t("Nhân vật liên quan", "Associated person"),
            FacetKey::Recognition => lang.t("Xếp hạng, công nhận", "Recognition"),
            FacetKey::Status => lang.t("Tình trạng", "Status"),
        }
    }

    /// The facet's values with counts, as (id, count, selected), in display order.
    pub fn values(self, f: &Facets) -> Vec<(String, usize, bool)> {
        fn ids<T>(v: &[FacetValue<T>], id: impl Fn(&T) -> String) -> Vec<(String, usize, bool)> {
            v.iter()
                .map(|x| (id(&x.value), x.count, x.selected))
                .collect()
        }
        match self {
            FacetKey::Province => ids(&f.provinces, String::clone),
            FacetKey::Kind => ids(&f.kinds, |k| k.id().to_string()),
            FacetKey::Era => ids(&f.eras, |e| e.id().to_string()),
            FacetKey::Part => ids(&f.parts, |p| p.id().to_string()),
            FacetKey::Person => ids(&f.people, String::clone),
            FacetKey::Recognition => ids(&f.recognitions, |r| r.id().to_string()),
            FacetKey::Status => ids(&f.statuses, |s| s.id().to_string()),
        }
    }

    /// The count and selection of the facet's `i`-th value, in the order of [`FacetKey::values`]
    /// (the values and their order do not depend on the query).
    pub fn state(self, f: &Facets, i: usize) -> (usize, bool) {
        fn at<T>(v: &[FacetValue<T>], i: usize) -> (usize, bool) {
            v.get(i).map_or((0, false), |x| (x.count, x.selected))
        }
        match self {
            FacetKey::Province => at(&f.provinces, i),
            FacetKey::Kind => at(&f.kinds, i),
            FacetKey::Era => at(&f.eras, i),
            FacetKey::Part => at(&f.parts, i),
            FacetKey::Person => at(&f.people, i),
            FacetKey::Recognition => at(&f.recognitions, i),
            FacetKey::Status => at(&f.statuses, i),
        }
    }

    /// The visitor-facing label of a value.
    pub fn label(self, ds: &Dataset, id: &str, lang: Lang) -> String {
        let label = match self {
            FacetKey::Province => ds.province(id).map(|p| p.name.get(lang).to_string()),
            FacetKey::Person => ds.person(id).map(|p| p.name.get(lang).to_string()),
            FacetKey::Kind => SiteKind::from_id(id).map(|v| v.label(lang).into()),
            FacetKey::Era => Era::from_id(id).map(|v| v.label(lang).into()),
            FacetKey::Part => SeriesPart::from_id(id).map(|v| v.label(lang).into()),
            FacetKey::Recognition => RecognitionKind::from_id(id).map(|v| v.label(lang).into()),
            FacetKey::Status => SiteStatus::from_id(id).map(|v| v.label(lang).into()),
        };
        label.unwrap_or_else(|| id.to_string())
    }

    /// Selects the value if it is not selected, unselects it otherwise.
    pub fn toggle(self, q: &mut Query, id: &str) {
        match self {
            FacetKey::Province => toggle(&mut q.provinces, id.to_string()),
            FacetKey::Person => toggle(&mut q.people, id.to_string()),
            FacetKey::Kind => toggle_enum(&mut q.kinds, SiteKind::from_id(id)),
            FacetKey::Era => toggle_enum(&mut q.eras, Era::from_id(id)),
            FacetKey::Part => toggle_enum(&mut q.parts, SeriesPart::from_id(id)),
            FacetKey::Recognition => toggle_enum(&mut q.recognitions, RecognitionKind::from_id(id)),
            FacetKey::Status => toggle_enum(&mut q.statuses, SiteStatus::from_id(id)),
        }
    }

    /// Unselects every value of the facet.
    pub fn clear(self, q: &mut Query) {
        match self {
            FacetKey::Province => q.provinces.clear(),
            FacetKey::Person => q.people.clear(),
            FacetKey::Kind => q.kinds.clear(),
            FacetKey::Era => q.eras.clear(),
            FacetKey::Part => q.parts.clear(),
            FacetKey::Recognition => q.recognitions.clear(),
            FacetKey::Status => q.statuses.clear(),
        }
    }

    /// How many values of the facet the query selects.
    pub fn selected(self, q: &Query) -> usize {
        match self {
            FacetKey::Province => q.provinces.len(),
            FacetKey::Person => q.people.len(),
            FacetKey::Kind => q.kinds.len(),
            FacetKey::Era => q.eras.len(),
            FacetKey::Part => q.parts.len(),
            FacetKey::Recognition => q.recognitions.len(),
            FacetKey::Status => q.statuses.len(),
        }
    }
}

/// [`toggle`] for an enum facet given by its id (an unknown id changes nothing).
fn toggle_enum<T: Copy + PartialEq>(list: &mut Vec<T>, value: Option<T>) {
    if let Some(v) = value {
        toggle(list, v);
    }
}

/// The facets: a sidebar on wide screens; on phones a "Filters" button that opens them in a
/// sheet (a modal dialog) whose head shows the live count and whose foot holds "clear all" and
/// "show N results". Both are drawn and the stylesheet shows one (at 40rem), so that the page the
/// build writes (which knows no screen) is the one the app draws, and turning a tablet changes
/// nothing but the layout; the hidden one is out of the accessibility tree and the tab order.
#[component]
pub fn FilterPanel(cat: Catalogue, lang: Lang) -> impl IntoView {
    view! {
        <section class="cat-filters" aria-labelledby="cat-filters-heading">
            <h2 id="cat-filters-heading">
                {lang.t("Bộ lọc", "Filters")}
                <ActiveCount cat />
            </h2>
            <FacetGroups cat lang />
        </section>
        <FilterSheet cat lang />
    }
}

/// " (3)" after "Filters" when three values are selected; nothing otherwise.
#[component]
fn ActiveCount(cat: Catalogue) -> impl IntoView {
    move || match cat.query.try_with(Query::active_filter_count).unwrap_or(0) {
        0 => String::new(),
        n => format!(" ({n})"),
    }
}

/// The phone's filters: a button, and the sheet it opens.
#[component]
fn FilterSheet(cat: Catalogue, lang: Lang) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    let open = move |_| {
        if let Some(d) = dialog.get_untracked() {
            let _ = d.show_modal();
        }
    };
    let close = move || {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
    };
    // A tap on the backdrop (the dialog element itself, outside its content) closes it.
    let on_backdrop = move |ev: leptos::ev::MouseEvent| {
        let on_dialog = match (ev.target(), dialog.get_untracked()) {
            (Some(t), Some(d)) => AsRef::<web_sys::EventTarget>::as_ref(&d) == &t,
            _ => false,
        };
        if on_dialog {
            close();
        }
    };
    let show_label = move || match (cat.total(), lang) {
        (0, _) => lang
            .t("Không có kết quả — đóng", "No results — close")
            .to_string(),
        (n, Lang::Vi) => format!("Xem {n} kết quả"),
        (1, Lang::En) => "Show 1 result".to_string(),
        (n, Lang::En) => format!("Show {n} results"),
    };
    let no_filters = move || !cat.query.try_with(Query::has_filters).unwrap_or(false);
    view! {
        <div class="cat-filter-bar">
            <button type="button" class="cat-filter-open" aria-haspopup="dialog" on:click=open>
                {lang.t("Bộ lọc", "Filters")}
                <ActiveCount cat />
            </button>
        </div>
        <dialog node_ref=dialog class="cat-sheet" aria-labelledby="cat-sheet-heading" on:click=on_backdrop>
            <div class="sheet-head">
                <h2 id="cat-sheet-heading">{lang.t("Bộ lọc", "Filters")}</h2>
                <p class="sheet-count" role="status" aria-live="polite">{move || cat.total_text(lang)}</p>
                <button type="button" class="sheet-close" on:click=move |_| close()>
                    <span aria-hidden="true">"×"</span>
                    <span class="visually-hidden">{lang.t("Đóng bộ lọc", "Close the filters")}</span>
                </button>
            </div>
            <div class="sheet-body">
                <FacetGroups cat lang />
            </div>
            <div class="sheet-foot">
                <button
                    type="button"
                    class="clear-all"
                    disabled=no_filters
                    on:click=move |_| cat.update(Query::clear_filters)
                >
                    {lang.t("Xóa tất cả", "Clear all")}
                </button>
                <button
                    type="button"
                    class="primary sheet-show"
                    on:click=move |_| {
                        close();
                        cat.focus_results();
                    }
                >
                    {show_label}
                </button>
            </div>
        </dialog>
    }
}

/// Every facet, one fieldset each.
#[component]
fn FacetGroups(cat: Catalogue, lang: Lang) -> impl IntoView {
    let groups = FacetKey::ALL
        .into_iter()
        .map(|key| view! { <FacetGroup cat key lang /> })
        .collect_view();
    view! { <div class="cat-facets">{groups}</div> }
}

/// One facet as a fieldset of check boxes, with "clear" for the facet.
#[component]
fn FacetGroup(cat: Catalogue, key: FacetKey, lang: Lang) -> impl IntoView {
    let ds = cat.ds.get_value();
    // Every value the facet can take (their set does not depend on the query).
    let ids: Vec<String> = cat
        .results
        .with_untracked(|(_, f)| key.values(f).into_iter().map(|(id, _, _)| id).collect());
    let legend = key.legend(lang);
    let boxes = ids
        .into_iter()
        .enumerate()
        .map(|(index, id)| {
            let label = key.label(&ds, &id, lang);
            view! { <FacetOption cat key index id label /> }
        })
        .collect_view();
    let none_selected = move || cat.query.try_with(|q| key.selected(q)).unwrap_or(0) == 0;
    let chips = (key == FacetKey::Province).then(|| view! { <FormerChips cat lang /> });
    view! {
        <fieldset class="facet" data-facet=key.id()>
            <legend>{legend}</legend>
            {chips}
            <ul class="facet-options">{boxes}</ul>
            <button
                type="button"
                class="facet-clear link-button"
                hidden=none_selected
                on:click=move |_| cat.update(|q| key.clear(q))
            >
                {lang.t("Bỏ chọn", "Clear")}
                <span class="visually-hidden">": " {legend}</span>
            </button>
        </fieldset>
    }
}

/// One value of a facet: its check box, label and count. It reads its count and state by
/// position (the values and their order do not depend on the query).
#[component]
fn FacetOption(
    cat: Catalogue,
    key: FacetKey,
    index: usize,
    id: String,
    label: String,
) -> impl IntoView {
    let state = move || {
        cat.results
            .try_with(|(_, f)| key.state(f, index))
            .unwrap_or_default()
    };
    let count = move || state().0;
    let checked = move || state().1;
    let disabled = move || count() == 0 && !checked();
    let value = id.clone();
    view! {
        <li>
            <label class="facet-option" class:is-disabled=disabled>
                <input
                    type="checkbox"
                    name=key.id()
                    value=id
                    prop:checked=checked
                    prop:disabled=disabled
                    on:change=move |_| cat.update(|q| key.toggle(q, &value))
                />
                <span class="facet-label">{label}</span>
                <span class="facet-count">{count}</span>
            </label>
        </li>
    }
}

/// Former provinces selected through the URL (`province=hai-duong`), each as a removable chip.
#[component]
fn FormerChips(cat: Catalogue, lang: Lang) -> impl IntoView {
    let ds = cat.ds.get_value();
    move || {
        let selected: Vec<(String, String, usize)> = cat
            .results
            .try_with(|(_, f)| {
                f.former_provinces
                    .iter()
                    .filter(|v| v.selected)
                    .map(|v| {
                        let name = FacetKey::Province.label(&ds, &v.value, lang);
                        (v.value.clone(), name, v.count)
                    })
                    .collect()
            })
            .unwrap_or_default();
        (!selected.is_empty()).then(|| {
            let chips = selected
                .into_iter()
                .map(|(id, name, count)| {
                    let text = match lang {
                        Lang::Vi => format!("{name} (trước 2025)"),
                        Lang::En => format!("{name} (before 2025)"),
                    };
                    view! {
                        <li>
                            <button
                                type="button"
                                class="chip"
                                data-province=id.clone()
                                on:click=move |_| cat.update(|q| FacetKey::Province.toggle(q, &id))
                            >
                                {text}
                                <span class="facet-count">{count}</span>
                                <span aria-hidden="true">" ×"</span>
                                <span class="visually-hidden">{lang.t(" — bỏ lọc", " — remove filter")}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="chips">{chips}</ul> }
        })
    }
}

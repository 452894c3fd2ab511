//! The facet filters: one fieldset of check boxes per facet, each value with its count under the
//! other active filters; on phones they fold into a "Filters" disclosure.

use super::Catalogue;
use crate::domain::dataset::Dataset;
use crate::domain::model::{Era, Lang, RecognitionKind, SeriesPart, SiteKind, SiteStatus};
use crate::domain::query::{toggle, FacetValue, Facets, Query};
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

/// True when the viewport is wider than the phone breakpoint (40rem), where the facets are a
/// sidebar rather than a disclosure; pages rendered by the build tool are drawn for the phone.
fn is_wide() -> bool {
    crate::components::media::media_matches("(min-width: 40.0625rem)").unwrap_or(false)
}

/// The facets: a sidebar on wide screens, a closed "Filters" disclosure on phones.
pub fn facet_panel(cat: Catalogue, lang: Lang) -> AnyView {
    let wide = RwSignal::new(is_wide());
    // (Not in the build tool, which renders the page without a window.)
    if cfg!(target_arch = "wasm32") {
        let handle = window_event_listener(leptos::ev::resize, move |_| {
            let now = is_wide();
            // Only on a real change: phones fire resize while scrolling, which must not close
            // a disclosure the visitor opened.
            if wide.get_untracked() != now {
                wide.set(now);
            }
        });
        on_cleanup(move || handle.remove());
    }
    let active = move || cat.query.with(Query::active_filter_count);
    let groups = FacetKey::ALL
        .into_iter()
        .map(|key| facet_group(cat, key, lang))
        .collect_view();
    view! {
        <details class="cat-filters" prop:open=move || wide.get()>
            <summary
                tabindex=move || if wide.get() { "-1" } else { "0" }
                on:click=move |ev| {
                    // On a wide screen the filters are a sidebar that stays open.
                    if wide.get_untracked() {
                        ev.prevent_default();
                    }
                }
            >
                <h2 id="cat-filters-heading">
                    {lang.t("Bộ lọc", "Filters")}
                    {move || match active() {
                        0 => String::new(),
                        n => format!(" ({n})"),
                    }}
                </h2>
            </summary>
            <div class="cat-facets" role="group" aria-labelledby="cat-filters-heading">
                {groups}
            </div>
        </details>
    }
    .into_any()
}

/// One facet as a fieldset of check boxes.
// `move || f()` rather than `f` in `view!`: the macro type-erases only closures written in place,
// so every such attribute shares one copy of the rendering code per value type.
#[allow(clippy::redundant_closure)]
fn facet_group(cat: Catalogue, key: FacetKey, lang: Lang) -> AnyView {
    let ds = cat.ds.get_value();
    // Every value the facet can take (their set does not depend on the query).
    let ids: Vec<String> = cat
        .results
        .with_untracked(|(_, f)| key.values(f).into_iter().map(|(id, _, _)| id).collect());
    let legend = key.legend(lang);
    let boxes = ids
        .into_iter()
        .enumerate()
        .map(|(i, id)| {
            let label = key.label(&ds, &id, lang);
            let state = move || cat.results.with(|(_, f)| key.state(f, i));
            let count = move || state().0;
            let checked = move || state().1;
            let disabled = move || count() == 0 && !checked();
            let value = id.clone();
            view! {
                <li>
                    <label class="facet-option" class:is-disabled=move || disabled()>
                        <input
                            type="checkbox"
                            name=key.id()
                            value=id.clone()
                            prop:checked=move || checked()
                            prop:disabled=move || disabled()
                            on:change=move |_| cat.update(false, |q| key.toggle(q, &value))
                        />
                        <span class="facet-label">{label}</span>
                        <span class="facet-count">{move || count()}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    let selected = move || cat.query.with(|q| key.selected(q));
    let chips = (key == FacetKey::Province).then(|| {
        let ds = cat.ds.get_value();
        view! { {move || former_chips(cat, &ds, lang)} }.into_any()
    });
    view! {
        <fieldset class="facet" data-facet=key.id()>
            <legend>{legend}</legend>
            {chips}
            <ul class="facet-options">{boxes}</ul>
            <button
                type="button"
                class="facet-clear link-button"
                hidden=move || selected() == 0
                on:click=move |_| cat.update(false, |q| key.clear(q))
            >
                {lang.t("Bỏ chọn", "Clear")}
                <span class="visually-hidden">": " {legend}</span>
            </button>
        </fieldset>
    }
    .into_any()
}

/// Former provinces selected through the URL (`province=hai-duong`), each as a removable chip.
fn former_chips(cat: Catalogue, ds: &Dataset, lang: Lang) -> Option<AnyView> {
    let selected: Vec<(String, String, usize)> = cat.results.with(|(_, f)| {
        f.former_provinces
            .iter()
            .filter(|v| v.selected)
            .map(|v| {
                let name = FacetKey::Province.label(ds, &v.value, lang);
                (v.value.clone(), name, v.count)
            })
            .collect()
    });
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
                            on:click=move |_| cat.update(false, |q| FacetKey::Province.toggle(q, &id))
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
        view! { <ul class="chips">{chips}</ul> }.into_any()
    })
}

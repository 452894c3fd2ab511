//! The timeline's filters: text search, phases, a year range and actors. They read the query
//! from the URL and write it back through `write`; they hold no state of their own.

use super::focus::media_matches;
use crate::domain::dossier::TimelineQuery;
use crate::domain::model::{Lang, Phase};
use leptos::prelude::*;
use std::sync::Arc;

/// Writes a query to the URL: `(query, replace)`. The query's `text` is kept as typed
/// (untrimmed), so that a space between two words survives the round trip through the URL.
pub type Write = Arc<dyn Fn(TimelineQuery, bool) + Send + Sync>;

/// What the filters offer: every phase, the data's years and its actors.
#[derive(Clone)]
pub struct Choices {
    /// The first and last year of the data.
    pub years: (i32, i32),
    /// `(id, name)` of every actor, in the data's order.
    pub actors: Vec<(String, String)>,
}

/// The filter form. `query` is the URL's query; `raw_text` the search text as it is in the URL.
pub fn filter_form(
    lang: Lang,
    choices: Choices,
    query: Memo<TimelineQuery>,
    raw_text: Memo<String>,
    write: Write,
) -> impl IntoView {
    // The current query with the text as typed, to change one part of it.
    let current = move || {
        let mut q = query.get_untracked();
        q.text = raw_text.get_untracked();
        q
    };

    let w = write.clone();
    let on_text = move |ev: leptos::ev::Event| {
        let mut q = current();
        q.text = event_target_value(&ev);
        w(q, true);
    };

    let phases = Phase::ALL
        .iter()
        .map(|&p| {
            let w = write.clone();
            let id = format!("f-phase-{}", p.id());
            view! {
                <li>
                    <input
                        type="checkbox"
                        id=id.clone()
                        value=p.id()
                        prop:checked=move || query.with(|q| q.phases.contains(&p))
                        on:change=move |_| {
                            let mut q = current();
                            if let Some(i) = q.phases.iter().position(|x| *x == p) {
                                q.phases.remove(i);
                            } else {
                                q.phases.push(p);
                                crate::domain::sort::sort(&mut q.phases);
                            }
                            w(q, false);
                        }
                    />
                    <label for=id>{p.label(lang)}</label>
                </li>
            }
        })
        .collect_view();

    let actors = choices
        .actors
        .iter()
        .map(|(id, name)| {
            let w = write.clone();
            let actor = id.clone();
            let actor_for_check = id.clone();
            let input_id = format!("f-actor-{id}");
            view! {
                <li>
                    <input
                        type="checkbox"
                        id=input_id.clone()
                        value=id.clone()
                        prop:checked=move || query.with(|q| q.actors.contains(&actor_for_check))
                        on:change=move |_| {
                            let mut q = current();
                            if let Some(i) = q.actors.iter().position(|x| *x == actor) {
                                q.actors.remove(i);
                            } else {
                                q.actors.push(actor.clone());
                            }
                            w(q, false);
                        }
                    />
                    <label for=input_id>{name.clone()}</label>
                </li>
            }
        })
        .collect_view();

    let (first, last) = choices.years;
    let write_years = write.clone();
    let year_select = move |id: &'static str, label: &'static str, is_from: bool| {
        let w = write_years.clone();
        let selected = move || query.with(|q| if is_from { q.from_year } else { q.to_year });
        let options = (first..=last)
            .map(|y| {
                view! {
                    <option value=y.to_string() prop:selected=move || selected() == Some(y)>
                        {y.to_string()}
                    </option>
                }
            })
            .collect_view();
        view! {
            <div class="year-field">
                <label for=id>{label}</label>
                <select
                    id=id
                    on:change=move |ev| {
                        let mut q = current();
                        let year = event_target_value(&ev).parse::<i32>().ok();
                        if is_from {
                            q.from_year = year;
                        } else {
                            q.to_year = year;
                        }
                        w(q, false);
                    }
                >
                    <option value="" prop:selected=move || selected().is_none()>
                        {lang.t("— bất kỳ —", "— any —")}
                    </option>
                    {options}
                </select>
            </div>
        }
    };

    let w = write.clone();
    let clear = move |_| w(TimelineQuery::default(), false);

    // On a phone the choices start folded away (they are long) unless some are in use; on a
    // wider screen they start open. After that the visitor decides.
    let active = move || {
        query.with(|q| {
            q.phases.len()
                + q.actors.len()
                + usize::from(q.from_year.is_some())
                + usize::from(q.to_year.is_some())
        })
    };
    let start_open = active() > 0 || media_matches("(min-width: 48rem)").unwrap_or(true);
    let summary_count = move || match active() {
        0 => String::new(),
        n => match lang {
            Lang::Vi => format!(" ({n} đang chọn)"),
            Lang::En => format!(" ({n} selected)"),
        },
    };

    view! {
        <form class="timeline-filters" role="search" on:submit=|ev| ev.prevent_default()
            aria-label=lang.t("Lọc dòng thời gian", "Filter the timeline")>
            <div class="filter-text">
                <label for="f-q">{lang.t("Tìm trong dòng thời gian", "Search the timeline")}</label>
                <input
                    type="search"
                    id="f-q"
                    autocomplete="off"
                    spellcheck="false"
                    placeholder=lang.t("ví dụ: hội nghị, ICOMOS", "e.g. conference, ICOMOS")
                    prop:value=move || raw_text.get()
                    on:input=on_text
                />
            </div>
            <details class="filter-more" open=start_open>
            <summary>
                {lang.t("Giai đoạn, năm, cơ quan và tỉnh", "Phase, years, bodies and provinces")}
                {summary_count}
            </summary>
            <div class="filter-groups">
            <fieldset class="filter-phases">
                <legend>{lang.t("Giai đoạn", "Phase")}</legend>
                <ul class="check-list">{phases}</ul>
            </fieldset>
            <fieldset class="filter-years">
                <legend>{lang.t("Năm", "Years")}</legend>
                {year_select("f-from", lang.t("Từ năm", "From"), true)}
                {year_select("f-to", lang.t("Đến năm", "To"), false)}
            </fieldset>
            <fieldset class="filter-actors">
                <legend>{lang.t("Cơ quan, tỉnh", "Bodies and provinces")}</legend>
                <ul class="check-list">{actors}</ul>
            </fieldset>
            </div>
            </details>
            <p class="filter-actions">
                <button
                    type="button"
                    class="clear-filters"
                    on:click=clear
                >
                    {lang.t("Xóa mọi bộ lọc", "Clear all filters")}
                </button>
            </p>
        </form>
    }
}

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

/// The current query with the search text as typed, to change one part of it.
fn current(query: Memo<TimelineQuery>, raw_text: Memo<String>) -> TimelineQuery {
    let mut q = query.get_untracked();
    q.text = raw_text.get_untracked();
    q
}

/// The filter form. `query` is the URL's query; `raw_text` the search text as it is in the URL.
#[component]
pub fn TimelineFilters(
    lang: Lang,
    choices: Choices,
    query: Memo<TimelineQuery>,
    raw_text: Memo<String>,
    write: Write,
) -> impl IntoView {
    let w = write.clone();
    let on_text = move |ev: leptos::ev::Event| {
        let mut q = current(query, raw_text);
        q.text = event_target_value(&ev);
        w(q, true);
    };
    let w = write.clone();
    let clear = move |_| w(TimelineQuery::default(), false);

    // On a phone the choices start folded away (they are long) unless some are in use; on a
    // wider screen they start open. After that the visitor decides.
    let active = move || query.with(TimelineQuery::choices_in_use);
    let start_open = active() > 0 || media_matches("(min-width: 48rem)").unwrap_or(true);
    let summary_count = move || match active() {
        0 => String::new(),
        n => match lang {
            Lang::Vi => format!(" ({n} đang chọn)"),
            Lang::En => format!(" ({n} selected)"),
        },
    };
    let (first, last) = choices.years;

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
                <PhaseChecks lang query raw_text write=write.clone() />
            </fieldset>
            <fieldset class="filter-years">
                <legend>{lang.t("Năm", "Years")}</legend>
                <YearSelect lang years=(first, last) end=YearEnd::From query raw_text write=write.clone() />
                <YearSelect lang years=(first, last) end=YearEnd::To query raw_text write=write.clone() />
            </fieldset>
            <fieldset class="filter-actors">
                <legend>{lang.t("Cơ quan, tỉnh", "Bodies and provinces")}</legend>
                <ActorChecks actors=choices.actors query raw_text write />
            </fieldset>
            </div>
            </details>
            <p class="filter-actions">
                <button type="button" class="clear-filters" on:click=clear>
                    {lang.t("Xóa mọi bộ lọc", "Clear all filters")}
                </button>
            </p>
        </form>
    }
}

/// A checkbox per phase.
#[component]
fn PhaseChecks(
    lang: Lang,
    query: Memo<TimelineQuery>,
    raw_text: Memo<String>,
    write: Write,
) -> impl IntoView {
    let boxes = Phase::ALL
        .iter()
        .map(|&p| {
            let w = write.clone();
            let id = format!("f-phase-{}", p.id());
            let toggle = move |_| {
                let mut q = current(query, raw_text);
                if let Some(i) = q.phases.iter().position(|x| *x == p) {
                    q.phases.remove(i);
                } else {
                    q.phases.push(p);
                    crate::domain::sort::sort(&mut q.phases);
                }
                w(q, false);
            };
            view! {
                <li>
                    <input
                        type="checkbox"
                        id=id.clone()
                        value=p.id()
                        prop:checked=move || query.with(|q| q.phases.contains(&p))
                        on:change=toggle
                    />
                    <label for=id>{p.label(lang)}</label>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="check-list">{boxes}</ul> }
}

/// A checkbox per actor: `(id, name)` in the data's order.
#[component]
fn ActorChecks(
    actors: Vec<(String, String)>,
    query: Memo<TimelineQuery>,
    raw_text: Memo<String>,
    write: Write,
) -> impl IntoView {
    let boxes = actors
        .into_iter()
        .map(|(id, name)| {
            let w = write.clone();
            let input_id = format!("f-actor-{id}");
            let actor = id.clone();
            let toggle = move |_| {
                let mut q = current(query, raw_text);
                if let Some(i) = q.actors.iter().position(|x| *x == actor) {
                    q.actors.remove(i);
                } else {
                    q.actors.push(actor.clone());
                }
                w(q, false);
            };
            let checked_id = id.clone();
            view! {
                <li>
                    <input
                        type="checkbox"
                        id=input_id.clone()
                        value=id
                        prop:checked=move || query.with(|q| q.actors.contains(&checked_id))
                        on:change=toggle
                    />
                    <label for=input_id>{name}</label>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="check-list">{boxes}</ul> }
}

/// Which end of the year range a [`YearSelect`] sets.
#[derive(Clone, Copy, PartialEq)]
enum YearEnd {
    From,
    To,
}

/// A select for the first or the last year, with "any" first.
#[component]
fn YearSelect(
    lang: Lang,
    years: (i32, i32),
    end: YearEnd,
    query: Memo<TimelineQuery>,
    raw_text: Memo<String>,
    write: Write,
) -> impl IntoView {
    let (id, label) = match end {
        YearEnd::From => ("f-from", lang.t("Từ năm", "From")),
        YearEnd::To => ("f-to", lang.t("Đến năm", "To")),
    };
    let selected = move || {
        query.with(|q| match end {
            YearEnd::From => q.from_year,
            YearEnd::To => q.to_year,
        })
    };
    let on_change = move |ev: leptos::ev::Event| {
        let mut q = current(query, raw_text);
        let year = event_target_value(&ev).parse::<i32>().ok();
        match end {
            YearEnd::From => q.from_year = year,
            YearEnd::To => q.to_year = year,
        }
        write(q, false);
    };
    let options = (years.0..=years.1)
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
            <select id=id on:change=on_change>
                <option value="" prop:selected=move || selected().is_none()>
                    {lang.t("— bất kỳ —", "— any —")}
                </option>
                {options}
            </select>
        </div>
    }
}

//! One festival as a card, and the filtered list of them.

use super::Calendar;
use crate::components::site_card::province_line;
use crate::domain::calendar::{format_solar, solar_span_parts, when_label, Upcoming};
use crate::domain::dataset::Dataset;
use crate::domain::festival::{format_festival_lunar, format_lunar_day, When};
use crate::domain::lunar::SolarDate;
use crate::domain::model::Lang;
use crate::nav::href;
use leptos::prelude::*;

/// A `<time>` for a solar date, its text given.
fn time(d: SolarDate, text: String) -> impl IntoView {
    view! { <time datetime=d.to_string()>{text}</time> }
}

/// The solar dates of an occurrence, each end in its own `<time>`.
fn solar_span(start: SolarDate, end: SolarDate, lang: Lang) -> impl IntoView {
    let (first, rest) = solar_span_parts(start, end, lang);
    view! {
        {time(start, first)}
        {rest.map(|(sep, last)| view! { {sep}{time(end, last)} })}
    }
}

/// One festival: status, name, site, lunar and solar dates, main day, text and any ⚠ note.
fn festival_card(ds: &Dataset, u: &Upcoming<'_>, l: Lang) -> impl IntoView {
    let f = u.festival;
    let o = u.occurrence;
    let heading = format!("fest-{}", f.id);
    let labelled_by = heading.clone();
    let now = matches!(u.when, When::Now { .. });
    let main = f.main_day.zip(o.main).map(|(lunar, solar)| {
        view! {
            <div>
                <dt>{l.t("Chính hội", "Main day")}</dt>
                <dd>{format_lunar_day(lunar, l)}" · "{time(solar, format_solar(solar, l))}</dd>
            </div>
        }
    });
    let note = f
        .uncertain
        .then(|| f.note.as_ref().map(|n| n.get(l).to_string()))
        .map(|note| {
            view! {
                <p class="fest-note uncertain">
                    <span class="fest-warn" aria-hidden="true">"⚠ "</span>
                    <strong>{l.t("Chưa chắc chắn: ", "Uncertain: ")}</strong>
                    {note}
                </p>
            }
        });
    view! {
        <li>
            <article
                class=format!("fest-card part-{}", u.site.part.id())
                class:fest-now=now
                data-festival=f.id.clone()
                aria-labelledby=labelled_by
            >
                <p class="fest-when" class:is-now=now>{when_label(u.when, l)}</p>
                <h3 id=heading class="fest-name">{f.name.get(l).to_string()}</h3>
                <p class="fest-site">
                    <a href=href(&format!("/site/{}", u.site.id), l)>{u.site.name.get(l).to_string()}</a>
                    <span class="fest-province">" · "{province_line(ds, u.site, l)}</span>
                </p>
                <dl class="fest-dates">
                    <div>
                        <dt>{l.t("Âm lịch", "Lunar date")}</dt>
                        <dd class="fest-lunar">{format_festival_lunar(f, l)}</dd>
                    </div>
                    <div>
                        <dt>{l.t("Dương lịch", "Solar dates")}</dt>
                        <dd class="fest-solar">{solar_span(o.start, o.end, l)}</dd>
                    </div>
                    {main}
                </dl>
                <p class="fest-text">{f.text.get(l).to_string()}</p>
                {note}
            </article>
        </li>
    }
}

/// The festivals that pass the filter, soonest first; a way out when none does.
#[component]
pub fn FestivalList(cal: Calendar, lang: Lang) -> impl IntoView {
    move || {
        let filter = cal.filter.get();
        cal.with_upcoming(|ds, list| {
            let shown: Vec<_> = list.iter().filter(|u| filter.matches(u)).collect();
            if shown.is_empty() {
                return view! {
                    <p class="fest-empty">
                        {lang.t("Không có lễ hội nào khớp bộ lọc. ", "No festival matches the filters. ")}
                        <button type="button" on:click=move |_| cal.update(|f| *f = Default::default())>
                            {lang.t("Bỏ lọc", "Clear filters")}
                        </button>
                    </p>
                }
                .into_any();
            }
            let cards = shown
                .into_iter()
                .map(|u| festival_card(ds, u, lang))
                .collect_view();
            view! { <ul class="fest-list">{cards}</ul> }.into_any()
        })
    }
}

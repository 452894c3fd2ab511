//! The people index: `/people`. The people of `people.json` in groups (read from their role
//! text, by the rule the page states), and their lifelines: each life a bar on a shared time
//! axis, the dated events as marks, and the same facts as tables.

use crate::components::data_view::with_data;
use crate::domain::dataset::Dataset;
use crate::domain::lifelines::{
    bar, bar_label, dated_events, dates_text, event_label, grouped, mark_rows, percent, rows,
    scale_for, undated, year_cell, DatedEvent, LifeRow, Qualifier, Scale, GROUP_RULE,
};
use crate::domain::model::Lang;
use crate::domain::route::Page;
use crate::i18n::{title_effect, use_lang};
use crate::nav::href;
use crate::router::use_scroll_to_fragment_once;
use leptos::prelude::*;

/// The people index with the lifelines.
#[component]
pub fn People() -> impl IntoView {
    let lang = use_lang();
    title_effect(Page::People);
    let scroll_once = use_scroll_to_fragment_once();
    with_data(move |ds| {
        let l = lang.get();
        scroll_once();
        view! {
            <h1>{l.t("Nhân vật lịch sử", "People")}</h1>
            <p>{l.t(
                "Những người mà các điểm di tích gắn với: vua, thiền sư, tướng lĩnh, nhà nho. Mỗi tên dẫn đến trang riêng của người đó.",
                "The people the sites are linked to: kings, monks, generals, scholars. Each name leads to that person's page.",
            )}</p>
            {groups(&ds, l)}
            {lifelines(&ds, l)}
        }
        .into_any()
    })
}

/// The people in groups.
fn groups(ds: &Dataset, lang: Lang) -> impl IntoView {
    let sections = grouped(ds)
        .into_iter()
        .map(|(g, people)| {
            let heading = format!("group-{}", g.id());
            let items = people
                .into_iter()
                .map(|p| {
                    let dates = dates_text(p, lang)
                        .map(|d| view! { " " <span class="people-dates">{format!("({d})")}</span> });
                    view! {
                        <li data-person=p.id.clone()>
                            <a href=href(&format!("/person/{}", p.id), lang) lang="vi">{p.name.vi.clone()}</a>
                            {dates}
                            " — "
                            <span class="role">{p.role.get(lang).to_string()}</span>
                            {p.uncertain.then(|| view! { " " <span class="warn-mark">{lang.t("⚠ có điểm chưa chắc chắn", "⚠ something uncertain")}</span> })}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="people-group" aria-labelledby=heading.clone() id=heading.clone()>
                    <h2 id=format!("{heading}-title")>{g.label(lang)}</h2>
                    <ul class="people-list">{items}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <p class="hint group-rule">{lang.t(GROUP_RULE.0, GROUP_RULE.1)}</p>
        {sections}
    }
}

/// The lifelines: chart, legend and tables.
fn lifelines(ds: &Dataset, lang: Lang) -> AnyView {
    let rows = rows(ds);
    let events = dated_events(ds);
    let Some(scale) = scale_for(&rows, &events) else {
        return ().into_any();
    };
    let missing = undated(ds);
    let missing_note = (!missing.is_empty()).then(|| {
        let names = missing
            .iter()
            .map(|p| {
                view! { <li><a href=href(&format!("/person/{}", p.id), lang) lang="vi">{p.name.vi.clone()}</a></li> }
            })
            .collect_view();
        view! {
            <p>{lang.t(
                "Dữ liệu không ghi năm sinh hay năm mất của những người sau, nên họ không có trên biểu đồ:",
                "The data gives no year of birth or death for these people, so they are not on the chart:",
            )}</p>
            <ul class="undated-list">{names}</ul>
        }
    });
    view! {
        <section class="lifelines" aria-labelledby="lifelines-title">
            <h2 id="lifelines-title">{lang.t("Đường đời", "Lifelines")}</h2>
            <p>{lang.t(
                "Mỗi thanh là cuộc đời một người trên cùng một trục thời gian, theo năm như dữ liệu ghi. Đoạn chấm chấm: năm không có trong dữ liệu (độ dài của đoạn này không mang ý nghĩa). Dấu ◆: sự kiện dữ liệu ghi năm (năm lập một điểm di tích); ◂ là “trước năm đó”, ▸ là “sau năm đó”.",
                "Each bar is one person's life on a shared time axis, in years as the data gives them. Dotted: a year the data does not give (the dotted length means nothing). ◆: an event the data dates (a site's founding); ◂ means “before that year”, ▸ “after that year”.",
            )}</p>
            <div class="lifelines-chart">
                {axis(&scale)}
                {events_row(&events, &scale, lang)}
                <ol class="life-rows">
                    {rows.iter().map(|r| life_row(r, &scale, &events, lang)).collect_view()}
                </ol>
                {axis(&scale)}
            </div>
            {missing_note}
            {life_table(&rows, lang)}
            {events_table(&events, lang)}
        </section>
    }
    .into_any()
}

/// An x of the track as an SVG length: a percentage of the track's width, so that the drawing
/// keeps its text, strokes and dots at their natural size at any width.
fn pc(x: f64) -> String {
    format!("{:.3}%", percent(x))
}

/// The year labels of the axis (hidden from screen readers: the bars' names and the table say the
/// years).
fn axis(scale: &Scale) -> impl IntoView {
    let ticks = scale.ticks();
    let last = ticks.len().saturating_sub(1);
    let labels = ticks
        .iter()
        .enumerate()
        .map(|(i, &y)| {
            let anchor = if i == 0 {
                "start"
            } else if i == last {
                "end"
            } else {
                "middle"
            };
            let class = if i % 2 == 1 { "tick odd" } else { "tick" };
            view! {
                <text class=class x=pc(scale.x(y)) y="50%" text-anchor=anchor dominant-baseline="central">
                    {y.to_string()}
                </text>
            }
        })
        .collect_view();
    view! {
        <div class="life-axis" aria-hidden="true">
            <span class="life-name"></span>
            <svg class="life-axis-track">{labels}</svg>
        </div>
    }
}

/// The vertical lines of the ticks and events in a track.
fn guides(scale: &Scale, events: &[DatedEvent]) -> impl IntoView {
    let ticks = scale
        .ticks()
        .into_iter()
        .map(|y| {
            let x = pc(scale.x(y));
            view! { <line class="tick-line" x1=x.clone() x2=x y1="0" y2="100%" /> }
        })
        .collect_view();
    let marks = events
        .iter()
        .map(|e| {
            let x = pc(scale.x(e.year));
            view! { <line class="event-line" x1=x.clone() x2=x y1="0" y2="100%" /> }
        })
        .collect_view();
    view! { {ticks}{marks} }
}

/// The row of event marks: ◆ at the year, with ◂ before it for "before", ▸ after it for "after".
fn events_row(events: &[DatedEvent], scale: &Scale, lang: Lang) -> impl IntoView {
    let label = events
        .iter()
        .map(|e| event_label(e, lang))
        .collect::<Vec<_>>()
        .join("; ");
    // Marks that would touch on a phone go into rows of their own.
    let (row_of, n_rows) = mark_rows(events, scale);
    let marks = events
        .iter()
        .zip(row_of)
        .map(|(e, row)| {
            let x = pc(scale.x(e.year));
            let y = format!("{:.2}%", (row as f64 + 0.5) / n_rows as f64 * 100.0);
            let (q, arrow, anchor) = match e.qualifier {
                Qualifier::At => ("at", "", "middle"),
                Qualifier::Before => ("before", "◂\u{2009}", "end"),
                Qualifier::After => ("after", "\u{2009}▸", "start"),
            };
            let arrow = (!arrow.is_empty()).then(|| {
                view! {
                    <text class="event-arrow" x=x.clone() y=y.clone() text-anchor=anchor dominant-baseline="central">{arrow}</text>
                }
            });
            view! {
                <g class="event-mark" data-year=e.year.to_string() data-qualifier=q data-row=row.to_string()>
                    <title>{event_label(e, lang)}</title>
                    <text x=x y=y text-anchor="middle" dominant-baseline="central">"◆"</text>
                    {arrow}
                </g>
            }
        })
        .collect_view();
    view! {
        <div class="life-row life-events">
            <span class="life-name">{lang.t("Sự kiện có năm", "Dated events")}</span>
            <svg class=format!("life-track rows-{}", n_rows.min(4)) role="img" aria-label=label>
                {guides(scale, events)}
                {marks}
            </svg>
        </div>
    }
}

/// One person's row: the name and the bar, one link to the person named with their dates.
fn life_row(r: &LifeRow, scale: &Scale, events: &[DatedEvent], lang: Lang) -> impl IntoView {
    let p = r.person;
    let b = bar(p, scale);
    let known = b.known.map(|(x1, x2)| {
        view! { <line class="life-known" x1=pc(x1) x2=pc(x2) y1="50%" y2="50%" /> }
    });
    let stubs = [b.unknown_start, b.unknown_end]
        .into_iter()
        .flatten()
        .map(|(x1, x2)| view! { <line class="life-unknown" x1=pc(x1) x2=pc(x2) y1="50%" y2="50%" /> })
        .collect_view();
    let dots = b
        .dots
        .into_iter()
        .flatten()
        .map(|x| view! { <circle class="life-dot" cx=pc(x) cy="50%" r="6" /> })
        .collect_view();
    let opt = |y: Option<i32>| y.map(|y| y.to_string()).unwrap_or_default();
    view! {
        <li class="life-row">
            <a
                class="life-bar"
                href=href(&format!("/person/{}", p.id), lang)
                aria-label=bar_label(p, lang)
                data-person=p.id.clone()
                data-born=opt(p.born)
                data-died=opt(p.died)
                data-group=r.group.id()
            >
                <span class="life-name" lang="vi" aria-hidden="true">{p.name.vi.clone()}</span>
                <svg class=format!("life-track group-{}", r.group.id()) aria-hidden="true">
                    {guides(scale, events)}
                    {stubs}
                    {known}
                    {dots}
                </svg>
            </a>
        </li>
    }
}

/// The lives as a table: person, group, born, died.
fn life_table(rows: &[LifeRow], lang: Lang) -> impl IntoView {
    let body = rows
        .iter()
        .map(|r| {
            let p = r.person;
            let opt = |y: Option<i32>| y.map(|y| y.to_string()).unwrap_or_default();
            view! {
                <tr data-person=p.id.clone() data-born=opt(p.born) data-died=opt(p.died)>
                    <th scope="row"><a href=href(&format!("/person/{}", p.id), lang) lang="vi">{p.name.vi.clone()}</a></th>
                    <td>{r.group.label(lang)}</td>
                    <td>{year_cell(p.born, lang)}</td>
                    <td>{year_cell(p.died, lang)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="life-table">
            <caption>{lang.t("Đường đời dưới dạng bảng", "The lifelines as a table")}</caption>
            <thead>
                <tr>
                    <th scope="col">{lang.t("Nhân vật", "Person")}</th>
                    <th scope="col">{lang.t("Nhóm", "Group")}</th>
                    <th scope="col">{lang.t("Năm sinh", "Born")}</th>
                    <th scope="col">{lang.t("Năm mất", "Died")}</th>
                </tr>
            </thead>
            <tbody>{body}</tbody>
        </table>
    }
}

/// The dated events as a table: year (with before/after) and what.
fn events_table(events: &[DatedEvent], lang: Lang) -> impl IntoView {
    let body = events
        .iter()
        .map(|e| {
            let q = match e.qualifier {
                Qualifier::At => "at",
                Qualifier::Before => "before",
                Qualifier::After => "after",
            };
            let what = match &e.site {
                Some(id) => view! { <a href=href(&format!("/site/{id}"), lang)>{e.label(lang).to_string()}</a> }.into_any(),
                None => e.label(lang).to_string().into_any(),
            };
            view! {
                <tr class="event-row" data-year=e.year.to_string() data-qualifier=q>
                    <td>{e.qualifier.with_year(e.year, lang)}</td>
                    <td>{what}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="life-table events-table">
            <caption>{lang.t(
                "Sự kiện có năm trong dữ liệu (không có mốc nào của hồ sơ trước năm 1900)",
                "Events the data dates (no dossier milestone is before 1900)",
            )}</caption>
            <thead>
                <tr>
                    <th scope="col">{lang.t("Năm", "Year")}</th>
                    <th scope="col">{lang.t("Sự kiện", "Event")}</th>
                </tr>
            </thead>
            <tbody>{body}</tbody>
        </table>
    }
}

//! The itinerary: the total, then each day with its stops, the straight-line legs between them
//! (with the Đồng Việt bridge note where a leg crosses between the Bắc Giang and the Hải Dương
//! sides), what the data knows about each stop, festivals on the day, maps links, and the
//! controls that move, remove and split the stops.

use super::{sources_view, Planner};
use crate::components::site_parts::cite::source_href;
use crate::components::site_parts::logic::format_iso;
use crate::components::site_parts::sections::uncertain_note;
use crate::domain::calendar::format_solar;
use crate::domain::dataset::Dataset;
use crate::domain::festival::format_festival_lunar;
use crate::domain::lunar::VIETNAM_TZ;
use crate::domain::model::{Lang, Site};
use crate::domain::plan::{
    bridge_milestones, day_google_link, days, festivals_on, format_km, from_here_links, leg_links,
    legs, place_links, Day, Leg, MapLink, Plan,
};
use crate::nav::{href, href_with};
use leptos::prelude::*;
use std::time::Duration;

/// The itinerary of the current plan.
#[component]
pub fn Itinerary(planner: Planner, lang: Lang) -> impl IntoView {
    let l = lang;
    move || {
        let plan = planner.plan.get();
        let here = planner.here.get();
        planner.ds.with_value(|ds| {
            let sites = plan.sites(ds);
            if sites.is_empty() {
                return view! {
                    <section class="plan-itinerary" aria-labelledby="plan-it-h">
                        <h2 id="plan-it-h" tabindex="-1">{l.t("Lịch trình", "Itinerary")}</h2>
                        <p class="plan-empty">
                            {l.t(
                                "Chưa có điểm nào. Hãy chọn một gợi ý hoặc đánh dấu các địa điểm ở trên.",
                                "No stops yet. Choose a suggestion or tick places above.",
                            )}
                        </p>
                    </section>
                }
                .into_any();
            }
            let all_days = days(&sites, &plan);
            let total: f64 = legs(&sites, plan.round).iter().map(|l| l.km).sum();
            let n_days = all_days.len();
            let summary = match l {
                Lang::Vi => format!(
                    "{} điểm · {} ngày · tổng cộng {} theo đường chim bay",
                    sites.len(),
                    n_days,
                    format_km(total, l)
                ),
                Lang::En => format!(
                    "{} stops · {} {} · {} in a straight line in total",
                    sites.len(),
                    n_days,
                    if n_days == 1 { "day" } else { "days" },
                    format_km(total, l)
                ),
            };
            let from_here = here.map(|(lat, lon)| {
                let first = sites[0];
                let km = km_to(lat, lon, first);
                view! {
                    <div class="plan-leg plan-from-here">
                        <p>
                            {l.t("Từ vị trí của bạn đến ", "From your position to ")}
                            {first.name.get(l).to_string()} ": "
                            <strong>{format_km(km, l)}</strong>
                            {l.t(
                                " theo đường chim bay (không tính vào tổng của các ngày).",
                                " in a straight line (not counted in the days' totals).",
                            )}
                        </p>
                        {links_view(from_here_links(first), l.t("Chỉ đường", "Directions"))}
                    </div>
                }
            });
            let day_views = all_days
                .iter()
                .map(|d| day_view(planner, ds, &plan, d, sites.len(), l))
                .collect_view();
            let cited = cited_sources(ds, &all_days);
            view! {
                <section class="plan-itinerary" aria-labelledby="plan-it-h">
                    <h2 id="plan-it-h" tabindex="-1">{l.t("Lịch trình", "Itinerary")}</h2>
                    <p class="plan-total" id="plan-total">{summary}</p>
                    <p class="plan-precision">
                        {l.t(
                            "Mọi khoảng cách là đường thẳng giữa các vị trí gần đúng trong dữ liệu (mỗi vị trí sai số khoảng ±3–5 km), không phải quãng đường đi thực tế hay thời gian lái xe: dữ liệu không có những thông tin đó.",
                            "Every distance is a straight line between the data's approximate positions (each within about ±3–5 km), never a road distance or a driving time: the data holds neither.",
                        )}
                    </p>
                    {from_here}
                    {day_views}
                    {source_list(ds, &cited, l)}
                </section>
            }
            .into_any()
        })
    }
}

/// Every source the itinerary cites, in order of first use: each stop's visit notes and the
/// festivals on its day, and the Đồng Việt milestones where a leg crosses the bridge.
fn cited_sources(ds: &Dataset, all_days: &[Day<'_>]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |ids: &[String]| {
        for id in ids {
            if !out.contains(id) {
                out.push(id.clone());
            }
        }
    };
    for d in all_days {
        for g in &d.legs {
            if g.bridge {
                for m in bridge_milestones(ds) {
                    add(&m.sources);
                }
            }
        }
        for s in &d.stops {
            if let Some(v) = &s.visit {
                add(&v.sources);
            }
            if let Some(date) = d.date {
                for f in festivals_on(s, date, VIETNAM_TZ) {
                    add(&f.sources);
                }
            }
        }
    }
    out
}

/// The cited sources with title, publisher and address (the address is spelled out in print).
fn source_list(ds: &Dataset, ids: &[String], l: Lang) -> AnyView {
    if ids.is_empty() {
        return ().into_any();
    }
    let items = ids
        .iter()
        .filter_map(|id| ds.source(id))
        .map(|s| {
            view! {
                <li>
                    <a class="source-id" href=source_href(&s.id, l)>{s.id.clone()}</a>
                    ": "
                    <a href=s.url.clone() rel="noopener noreferrer" lang=s.lang.clone()>{s.title.clone()}</a>
                    " — " {s.publisher.clone()}
                    <span class="plan-source-url">{s.url.clone()}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="plan-source-list" aria-labelledby="plan-src-h">
            <h3 id="plan-src-h">{l.t("Nguồn được trích dẫn", "Sources cited")}</h3>
            <ul>{items}</ul>
        </section>
    }
    .into_any()
}

/// Straight-line km from a point to a site.
pub(crate) fn km_to(lat: f64, lon: f64, s: &Site) -> f64 {
    crate::domain::plan::site_point(s).map_or(f64::NAN, |(la, lo)| {
        crate::domain::geo::distance_km(lat, lon, la, lo)
    })
}

/// A "Directions: Google Maps · Apple Maps · OpenStreetMap · geo:" line.
fn links_view(links: Vec<MapLink>, label: &'static str) -> impl IntoView {
    let items = links
        .into_iter()
        .enumerate()
        .map(|(i, m)| {
            view! {
                {(i > 0).then_some(" · ")}
                <a href=m.url rel="noopener noreferrer" target="_blank" class="plan-map-link">{m.app}</a>
            }
        })
        .collect_view();
    view! { <p class="plan-links no-print"><span class="plan-links-label">{label} ": "</span>{items}</p> }
}

/// One day: its heading (number, date, km), its stops, and on the last day of a round trip the
/// way back.
fn day_view(
    planner: Planner,
    ds: &Dataset,
    plan: &Plan,
    d: &Day<'_>,
    n: usize,
    l: Lang,
) -> AnyView {
    let heading_id = format!("plan-day-{}", d.number);
    let labelled_by = heading_id.clone();
    let date = d.date.map(|date| {
        view! { " · " <time datetime=date.to_string()>{format_solar(date, l)}</time> }
    });
    let km = match l {
        Lang::Vi => format!("{} theo đường chim bay", format_km(d.km(), l)),
        Lang::En => format!("{} in a straight line", format_km(d.km(), l)),
    };
    let stop_views = d
        .stops
        .iter()
        .enumerate()
        .map(|(k, s)| {
            let i = d.first + k;
            // The leg that ends at this stop (none for the very first stop).
            let leg_in = d.legs.iter().find(|g| g.to.id == s.id && i > 0).cloned();
            stop_view(planner, ds, plan, s, i, n, leg_in, d, l)
        })
        .collect_view();
    let back = (plan.round && d.stops.len() + d.first == n && n > 1)
        .then(|| d.legs.last().cloned())
        .flatten()
        .map(|g| {
            view! {
                <div class="plan-return">
                    {leg_view(ds, &g, l, true)}
                </div>
            }
        });
    let whole_day = day_google_link(&d.stops).map(|url| {
        view! {
            <p class="plan-links no-print">
                <a href=url rel="noopener noreferrer" target="_blank" class="plan-day-link">
                    {l.t("Cả ngày trong Google Maps", "The whole day in Google Maps")}
                </a>
            </p>
        }
    });
    view! {
        <section class="plan-day" aria-labelledby=labelled_by>
            <h3 id=heading_id>{l.t("Ngày ", "Day ")} {d.number} {date}</h3>
            <p class="plan-day-km">{km}</p>
            {whole_day}
            <ol class="plan-stops" start=(d.first + 1).to_string()>{stop_views}</ol>
            {back}
        </section>
    }
    .into_any()
}

/// A leg: "From A: 12 km in a straight line (±6 km)", its maps links, and the bridge note.
fn leg_view(ds: &Dataset, g: &Leg<'_>, l: Lang, back: bool) -> AnyView {
    let margin = format_km(g.margin_km, l);
    let lead = if back {
        format!("{}{}", l.t("Quay về ", "Back to "), g.to.name.get(l))
    } else {
        format!("{}{}", l.t("Từ ", "From "), g.from.name.get(l))
    };
    let bridge = g.bridge.then(|| bridge_view(ds, l));
    view! {
        <div class="plan-leg">
            <p class="plan-leg-km">
                {lead} ": " <strong>{format_km(g.km, l)}</strong>
                {match l {
                    Lang::Vi => format!(" theo đường chim bay (±{margin}, giữa hai vị trí gần đúng)"),
                    Lang::En => format!(" in a straight line (±{margin}, between two approximate positions)"),
                }}
            </p>
            {links_view(leg_links(g.from, g.to), l.t("Chỉ đường", "Directions"))}
            {bridge}
        </div>
    }
    .into_any()
}

/// What the timeline says about the Đồng Việt bridge, each milestone linking into the dossier.
fn bridge_view(ds: &Dataset, l: Lang) -> AnyView {
    let items = bridge_milestones(ds)
        .into_iter()
        .map(|m| {
            let link = href_with("/dossier", l, &[("m".into(), m.id.clone())]);
            view! {
                <li>
                    <a href=link class="plan-milestone">
                        <time datetime=m.date.clone()>{format_iso(&m.date, l)}</time>
                        " — " {m.title.get(l).to_string()}
                    </a>
                    ": " {m.text.get(l).to_string()}
                    {sources_view(ds, &m.sources, l)}
                    {uncertain_note(m.uncertain, m.note.as_ref(), l)}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="plan-bridge">
            <p class="plan-bridge-lead">
                {l.t(
                    "Chặng này nối phía Bắc Giang (cũ) với phía Hải Dương (cũ). Dòng thời gian của hồ sơ ghi về cầu Đồng Việt, nối Yên Dũng với Chí Linh:",
                    "This leg joins the former Bắc Giang side and the former Hải Dương side. The dossier's timeline says this about the Đồng Việt bridge, which links Yên Dũng with Chí Linh:",
                )}
            </p>
            <ul>{items}</ul>
        </div>
    }
    .into_any()
}

/// Moves focus to the button `id` once the list has been redrawn (or to `fallback`).
fn focus_later(id: String, fallback: String) {
    set_timeout(
        move || {
            let doc = document();
            let el = doc
                .get_element_by_id(&id)
                .filter(|e| !e.has_attribute("disabled"))
                .or_else(|| doc.get_element_by_id(&fallback));
            if let Some(el) = el {
                use wasm_bindgen::JsCast;
                if let Some(h) = el.dyn_ref::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
        },
        Duration::from_millis(30),
    );
}

/// One stop: heading, the leg that leads to it, visit notes, festivals on the day, maps links,
/// controls.
#[allow(clippy::too_many_arguments)]
fn stop_view(
    planner: Planner,
    ds: &Dataset,
    plan: &Plan,
    s: &Site,
    i: usize,
    n: usize,
    leg_in: Option<Leg<'_>>,
    d: &Day<'_>,
    l: Lang,
) -> AnyView {
    let id = s.id.clone();
    let status = match s.component {
        Some(c) => format!("{} {c}", l.t("Hợp phần", "Component")),
        None => s.status.label(l).to_string(),
    };
    let new_day_here = plan.breaks.contains(&i);
    let leg = leg_in.map(|g| leg_view(ds, &g, l, false));
    // A place without a position of its own is measured from its component's.
    let borrowed = s
        .location
        .is_none()
        .then(|| s.within.as_deref().and_then(|w| ds.site(w)))
        .flatten()
        .map(|c| {
            let n = c.component.map(|n| n.to_string()).unwrap_or_default();
            view! {
                <p class="plan-borrowed">
                    {l.t(
                        "Không có vị trí riêng: khoảng cách tính từ vị trí của hợp phần ",
                        "No position of its own: distances are measured from component ",
                    )}
                    <a href=href(&format!("/site/{}", c.id), l)>
                        {format!("{n}, {}", c.name.get(l))}
                    </a>
                    {l.t(", nơi có khu vực chứa địa điểm này.", ", whose area it lies in.")}
                </p>
            }
        });
    let visit = s.visit.as_ref().map(|v| {
        view! {
            <div class="plan-visit">
                <p>
                    <strong>{l.t("Thông tin tham quan: ", "Visiting: ")}</strong>
                    {v.text.get(l).to_string()}
                    {sources_view(ds, &v.sources, l)}
                </p>
                <p class="as-of">
                    {l.t("Thông tin tính đến ", "Information as of ")}
                    <time datetime=v.as_of.clone()>{format_iso(&v.as_of, l)}</time>
                </p>
                {uncertain_note(v.uncertain, v.note.as_ref(), l)}
            </div>
        }
    });
    let festivals = d.date.map(|date| {
        let on = festivals_on(s, date, VIETNAM_TZ);
        if on.is_empty() {
            return ().into_any();
        }
        let items = on
            .into_iter()
            .map(|f| {
                view! {
                    <li>
                        <strong>{f.name.get(l).to_string()}</strong>
                        " (" {format_festival_lunar(f, l)} ")"
                        {sources_view(ds, &f.sources, l)}
                        {uncertain_note(f.uncertain, f.note.as_ref(), l)}
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="plan-festivals">
                <p>
                    <strong>{l.t("Lễ hội trong ngày này: ", "Festival on this day: ")}</strong>
                    {l.t(
                        "ngày lễ hội thường rất đông; ngày dương lịch do ứng dụng tính từ âm lịch, hãy kiểm tra với ban tổ chức.",
                        "festival days are crowded; the solar date is computed by the app from the lunar calendar, so check with the organisers.",
                    )}
                </p>
                <ul>{items}</ul>
            </div>
        }
        .into_any()
    });
    let (up_id, down_id) = (format!("plan-up-{id}"), format!("plan-down-{id}"));
    let name = s.name.get(l).to_string();
    let (up_f, down_f) = (up_id.clone(), down_id.clone());
    let move_up = move |_: leptos::ev::MouseEvent| {
        planner.update(|p| p.move_stop(i, true));
        focus_later(up_f.clone(), down_f.clone());
    };
    let (up_f2, down_f2) = (up_id.clone(), down_id.clone());
    let move_down = move |_: leptos::ev::MouseEvent| {
        planner.update(|p| p.move_stop(i, false));
        focus_later(down_f2.clone(), up_f2.clone());
    };
    let remove = move |_: leptos::ev::MouseEvent| {
        planner.update(|p| p.remove(i));
        focus_later("plan-it-h".into(), "plan-choose-h".into());
    };
    let toggle_break = move |_: leptos::ev::MouseEvent| planner.update(|p| p.toggle_break(i));
    view! {
        <li class="plan-stop" id=format!("plan-stop-{id}") data-site=id.clone()>
            {leg}
            <article class="plan-card">
                <h4 class="plan-stop-name">
                    <a href=href(&format!("/site/{id}"), l)>{name.clone()}</a>
                </h4>
                <p class="plan-stop-meta">
                    {status} " · " {s.kind.label(l)} " · " {s.locality.get(l).to_string()}
                </p>
                {borrowed}
                {visit}
                {festivals}
                {links_view(place_links(s), l.t("Tìm trên bản đồ", "Find on a map"))}
                <div class="plan-controls no-print" role="group" aria-label=format!("{}{name}", l.t("Sắp xếp: ", "Arrange: "))>
                    <button type="button" id=up_id disabled={i == 0} on:click=move_up
                        aria-label=format!("{}{name}", l.t("Đưa lên: ", "Move up: "))>
                        "↑"
                    </button>
                    <button type="button" id=down_id disabled={i + 1 >= n} on:click=move_down
                        aria-label=format!("{}{name}", l.t("Đưa xuống: ", "Move down: "))>
                        "↓"
                    </button>
                    <button type="button" class="plan-remove" on:click=remove
                        aria-label=format!("{}{name}", l.t("Bỏ khỏi kế hoạch: ", "Remove from the plan: "))>
                        {l.t("Bỏ", "Remove")}
                    </button>
                    {(i > 0).then(|| view! {
                        <button type="button" class="plan-break" aria-pressed=new_day_here.to_string() on:click=toggle_break>
                            {l.t("Ngày mới bắt đầu từ đây", "A new day starts here")}
                        </button>
                    })}
                </div>
            </article>
        </li>
    }
    .into_any()
}

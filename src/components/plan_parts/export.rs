//! Taking the plan along: GPX (waypoints and a route), a calendar file (one event per day) and
//! printing.

use super::Planner;
use crate::components::festival_parts::download_text;
use crate::domain::festival::ics_calendar_at;
use crate::domain::gpx::gpx;
use crate::domain::model::Lang;
use crate::domain::plan::{days, gpx_filename, ics_events, ics_filename};
use leptos::prelude::*;

/// The page's own address (with the plan), for the calendar events' link.
fn here_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The download and print buttons.
#[component]
pub fn Downloads(planner: Planner, lang: Lang) -> impl IntoView {
    let l = lang;
    let failed = RwSignal::new(false);
    let has_stops = move || planner.plan.with(|p| !p.stops.is_empty());
    let has_date = move || planner.plan.with(|p| p.date.is_some());
    let download_gpx = move |_| {
        let plan = planner.plan.get_untracked();
        let text = planner.ds.with_value(|ds| {
            let sites = plan.sites(ds);
            let name = format!(
                "{} — {}",
                l.t("Kế hoạch tham quan", "Visit plan"),
                ds.property.name.get(l)
            );
            gpx(&sites, &name)
        });
        let ok = download_text(gpx_filename(l), "application/gpx+xml", &text).is_ok();
        failed.set(!ok);
    };
    let download_ics = move |_| {
        let plan = planner.plan.get_untracked();
        let today = crate::clock::today();
        let text = planner.ds.with_value(|ds| {
            let sites = plan.sites(ds);
            let ds_days = days(&sites, &plan);
            ics_calendar_at(&ics_events(&ds_days, &plan, l, &here_url()), today)
        });
        let ok = download_text(ics_filename(l), "text/calendar;charset=utf-8", &text).is_ok();
        failed.set(!ok);
    };
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <div class="plan-downloads no-print">
            <button type="button" id="plan-gpx" disabled=move || !has_stops() on:click=download_gpx>
                <span aria-hidden="true">"⤓ "</span>{l.t("Tải GPX", "Download GPX")}
            </button>
            <button
                type="button"
                id="plan-ics"
                aria-describedby="plan-ics-hint"
                disabled=move || !has_stops() || !has_date()
                on:click=download_ics
            >
                <span aria-hidden="true">"⤓ "</span>{l.t("Tải lịch (.ics)", "Download calendar (.ics)")}
            </button>
            <button type="button" id="plan-print" disabled=move || !has_stops() on:click=print>
                {l.t("In lịch trình", "Print the itinerary")}
            </button>
            <p id="plan-ics-hint" class="plan-hint">
                {move || if has_date() {
                    l.t("Lịch: mỗi ngày một sự kiện cả ngày.", "Calendar: one all-day event per day.")
                } else {
                    l.t("Chọn ngày đầu tiên để tải lịch.", "Choose the first day to download a calendar.")
                }}
                " "
                {l.t(
                    "GPX: mỗi điểm một điểm mốc, tên bằng hai thứ tiếng, kèm độ chính xác của vị trí.",
                    "GPX: a waypoint per stop, named in both languages, with the position's precision.",
                )}
            </p>
            <p class="plan-error" role="alert">
                {move || failed.get().then(|| l.t(
                    "Không tạo được tệp trong trình duyệt này.",
                    "This browser could not create the file.",
                ))}
            </p>
        </div>
    }
}

//! How to order the stops: one way or round trip, the shortest order or the visitor's own,
//! from the first stop or from where the visitor is, and the first day's date.

use super::Planner;
use crate::domain::lunar::SolarDate;
use crate::domain::model::Lang;
use crate::domain::plan::{format_km, order_report, Method, EXACT_MAX};
use leptos::prelude::*;

/// The options form.
#[component]
pub fn OrderOptions(planner: Planner, lang: Lang) -> impl IntoView {
    let l = lang;
    let report = Memo::new(move |_| {
        let plan = planner.plan.get();
        let here = planner.here.get();
        planner.ds.with_value(|ds| {
            let sites = plan.sites(ds);
            (sites.len() >= 2).then(|| order_report(&sites, plan.round, here))
        })
    });
    let shortest = move |_| {
        let Some(r) = report.get_untracked() else {
            return;
        };
        planner.update(|p| {
            let stops: Vec<String> = r
                .best
                .iter()
                .filter_map(|&i| p.stops.get(i).cloned())
                .collect();
            if stops.len() == p.stops.len() {
                p.set_stops(stops);
            }
        });
    };
    let status = move || {
        report.get().map(|r| {
            let cur = format_km(r.current_km, l);
            let best = format_km(r.best_km, l);
            let text = match (r.is_best(), r.method, l) {
                (true, Method::Exact, Lang::Vi) => format!("Thứ tự này là ngắn nhất theo đường chim bay: {cur} (chính xác: đã so mọi thứ tự có thể)."),
                (true, Method::Exact, Lang::En) => format!("This order is the shortest in a straight line: {cur} (exact: every possible order was compared)."),
                (false, Method::Exact, Lang::Vi) => format!("Thứ tự của bạn: {cur}. Thứ tự ngắn nhất: {best} (chính xác: đã so mọi thứ tự có thể)."),
                (false, Method::Exact, Lang::En) => format!("Your order: {cur}. The shortest order: {best} (exact: every possible order was compared)."),
                (_, Method::Approximate, Lang::Vi) => format!("Thứ tự của bạn: {cur}. Với hơn {EXACT_MAX} điểm, kế hoạch không so được mọi thứ tự: thứ tự đề xuất ({best}) là gần đúng (láng giềng gần nhất rồi 2-opt), có thể chưa ngắn nhất."),
                (_, Method::Approximate, Lang::En) => format!("Your order: {cur}. With more than {EXACT_MAX} stops the planner cannot compare every order: the suggested order ({best}) is approximate (nearest neighbour, then 2-opt) and may not be the shortest."),
            };
            view! { <p class="plan-order-status" id="plan-order-status">{text}</p> }
        })
    };
    let set_round = move |round: bool| planner.update(|p| p.round = round);
    let on_date = move |ev| {
        let v = event_target_value(&ev);
        planner.update(|p| p.date = SolarDate::parse(&v));
    };
    let date_value = move || {
        planner
            .plan
            .with(|p| p.date)
            .map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day))
            .unwrap_or_default()
    };
    let geo_state = RwSignal::new(GeoState::Off);
    let locate = move |_| {
        if planner.here.get_untracked().is_some() {
            planner.here.set(None);
            geo_state.set(GeoState::Off);
            return;
        }
        geo_state.set(GeoState::Asking);
        request_position(move |pos| match pos {
            Some(p) => {
                planner.here.set(Some(p));
                geo_state.set(GeoState::On);
            }
            None => geo_state.set(GeoState::Failed),
        });
    };
    let geo_text = move || {
        match geo_state.get() {
        GeoState::Off => l.t(
            "Lộ trình bắt đầu từ điểm đầu tiên.",
            "The route starts at the first stop.",
        ),
        GeoState::Asking => l.t("Đang hỏi vị trí…", "Asking for your position…"),
        GeoState::On => l.t(
            "Lộ trình bắt đầu từ vị trí của bạn. Vị trí chỉ ở trong trình duyệt này, không được gửi đi hay lưu lại.",
            "The route starts from where you are. Your position stays in this browser: it is neither sent nor stored.",
        ),
        GeoState::Failed => l.t(
            "Không lấy được vị trí; lộ trình bắt đầu từ điểm đầu tiên.",
            "Your position could not be read; the route starts at the first stop.",
        ),
    }
    };
    view! {
        <section class="plan-options no-print" aria-labelledby="plan-options-h">
            <h2 id="plan-options-h">{l.t("Thứ tự và ngày", "Order and dates")}</h2>
            <fieldset class="plan-round">
                <legend>{l.t("Lộ trình", "Route")}</legend>
                <label>
                    <input
                        type="radio"
                        name="plan-round"
                        value="one-way"
                        prop:checked=move || planner.plan.with(|p| !p.round)
                        on:change=move |_| set_round(false)
                    />
                    {l.t("Một chiều", "One way")}
                </label>
                <label>
                    <input
                        type="radio"
                        name="plan-round"
                        value="round"
                        prop:checked=move || planner.plan.with(|p| p.round)
                        on:change=move |_| set_round(true)
                    />
                    {l.t("Khứ hồi (quay về điểm đầu)", "Round trip (back to the start)")}
                </label>
            </fieldset>
            <div class="plan-order">
                <button
                    type="button"
                    class="primary"
                    id="plan-shortest"
                    disabled=move || report.with(|r| r.as_ref().is_none_or(|r| r.is_best()))
                    on:click=shortest
                >
                    {l.t("Xếp theo thứ tự ngắn nhất", "Use the shortest order")}
                </button>
                {status}
                <p class="plan-hint">
                    {l.t(
                        "Bạn cũng có thể tự sắp xếp bằng các nút ↑ và ↓ ở mỗi điểm. Khoảng cách là đường chim bay giữa các vị trí gần đúng, không phải đường đi.",
                        "You can also set your own order with the ↑ and ↓ buttons on each stop. Distances are straight lines between approximate positions, not roads.",
                    )}
                </p>
            </div>
            <div class="plan-geo">
                <button type="button" aria-pressed=move || planner.here.with(|h| h.is_some()).to_string() on:click=locate>
                    {l.t("Bắt đầu từ vị trí của tôi", "Start from where I am")}
                </button>
                <p class="plan-hint" aria-live="polite">{geo_text}</p>
            </div>
            <div class="plan-date">
                <label for="plan-date">{l.t("Ngày đầu tiên (không bắt buộc)", "First day (optional)")}</label>
                <input type="date" id="plan-date" aria-describedby="plan-date-hint" prop:value=date_value on:change=on_date />
                <p id="plan-date-hint" class="plan-hint">
                    {l.t(
                        "Có ngày, kế hoạch cho biết lễ hội diễn ra ở mỗi điểm vào hôm đó và cho tải lịch (.ics).",
                        "With a date, the plan shows the festivals under way at each stop that day and offers a calendar file (.ics).",
                    )}
                </p>
            </div>
        </section>
    }
}

/// Where the geolocation request stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum GeoState {
    Off,
    Asking,
    On,
    Failed,
}

/// Asks the browser for the position once (`navigator.geolocation.getCurrentPosition`) and
/// calls `done` with `(lat, lon)`, or `None` when refused or unavailable.
#[cfg(target_arch = "wasm32")]
fn request_position(done: impl Fn(Option<(f64, f64)>) + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::{Position, PositionOptions};
    let done = std::rc::Rc::new(done);
    let Ok(geo) = window().navigator().geolocation() else {
        done(None);
        return;
    };
    let ok_done = done.clone();
    // Taken as a `JsValue`: a closure of a type of its own would add its glue to the main module.
    // Unchecked: the browsers' class is `GeolocationPosition`, web-sys's stable binding `Position`.
    let ok = Closure::once_into_js(move |pos: JsValue| {
        let coords = pos.unchecked_into::<Position>().coords();
        let (lat, lon) = (coords.latitude(), coords.longitude());
        ok_done((lat.is_finite() && lon.is_finite()).then_some((lat, lon)));
    });
    let err_done = done.clone();
    let err = Closure::once_into_js(move |_: JsValue| err_done(None));
    let options = PositionOptions::new();
    options.set_maximum_age(60_000);
    options.set_timeout(20_000);
    // Throws where the browser has no geolocation at all.
    if geo
        .get_current_position_with_error_callback_and_options(
            ok.unchecked_ref(),
            Some(err.unchecked_ref()),
            &options,
        )
        .is_err()
    {
        done(None);
    }
}

/// Natively there is no position.
#[cfg(not(target_arch = "wasm32"))]
fn request_position(done: impl Fn(Option<(f64, f64)>) + 'static) {
    done(None);
}

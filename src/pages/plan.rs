//! The visit planner: `/plan`. Choose the stops (or a suggestion built from the data), order
//! them (the shortest straight-line order or the visitor's own), split them into days, and take
//! the plan along (URL, print, GPX, .ics, maps apps). The logic is in `domain::plan`.

use crate::components::data_view::with_data;
use crate::components::plan_parts::{Chooser, Downloads, Itinerary, OrderOptions, Planner};
use crate::domain::dataset::Dataset;
use crate::domain::route::Page;
use crate::i18n::{title_effect, use_lang};
use leptos::prelude::*;
use std::sync::Arc;

/// The planner page.
#[component]
pub fn PlanPage() -> impl IntoView {
    title_effect(Page::Plan);
    with_data(|ds| view! { <PlanView ds=ds /> })
}

/// Scrolls to the itinerary's heading and moves the focus there (from a click only).
fn jump_to_itinerary() {
    use wasm_bindgen::JsCast;
    if let Some(h) = document()
        .get_element_by_id("plan-it-h")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        h.scroll_into_view();
        let _ = h.focus();
    }
}

/// The planner for a loaded dataset; rebuilt only when the language changes.
#[component]
fn PlanView(ds: Arc<Dataset>) -> impl IntoView {
    let planner = Planner::new(ds);
    let lang = use_lang();
    move || {
        let l = lang.get();
        view! {
            <div class="plan-page">
                <h1>{l.t("Lên kế hoạch tham quan", "Plan a visit")}</h1>
                <p class="lede">
                    {l.t(
                        "Mười hai hợp phần của di sản nằm ở Quảng Ninh, Bắc Ninh (trước là Bắc Giang) và Hải Phòng (trước là Hải Dương). Chọn các điểm muốn đến, sắp thứ tự, chia ngày, rồi mở chỉ đường trong ứng dụng bản đồ. Kế hoạch nằm trong địa chỉ trang: đánh dấu hoặc chia sẻ để giữ lại.",
                        "The property's twelve components lie in Quảng Ninh, Bắc Ninh (formerly Bắc Giang) and Hải Phòng (formerly Hải Dương). Choose where to go, set the order, split it into days, then open directions in a maps app. The plan lives in the page's address: bookmark or share it to keep it.",
                    )}
                </p>
                {move || {
                    let n = planner.plan.with(|p| p.stops.len());
                    (n > 0).then(|| {
                        let label = match l {
                            crate::domain::model::Lang::Vi => format!("Xem lịch trình ({n} điểm) ↓"),
                            crate::domain::model::Lang::En => format!("See the itinerary ({n} stops) ↓"),
                        };
                        view! {
                            <p class="plan-jump no-print">
                                <button type="button" on:click=|_| jump_to_itinerary()>{label}</button>
                            </p>
                        }
                    })
                }}
                <Chooser planner=planner lang=l />
                <OrderOptions planner=planner lang=l />
                <Downloads planner=planner lang=l />
                <Itinerary planner=planner lang=l />
                <section class="plan-about no-print" aria-labelledby="plan-about-h">
                    <h2 id="plan-about-h">{l.t("Về khoảng cách và chỉ đường", "About distances and directions")}</h2>
                    <p>
                        {l.t(
                            "Vị trí của các điểm trong dữ liệu là ước tính, sai số vài km. Vì vậy kế hoạch chỉ đưa ra khoảng cách theo đường chim bay giữa các vị trí đó, không tính quãng đường hay thời gian đi. Thứ tự ngắn nhất là chính xác đến 12 điểm (so mọi thứ tự); trên 12 điểm, kế hoạch dùng cách gần đúng và nói rõ như vậy.",
                            "The data's positions are estimates, a few km off. So the plan gives only straight-line distances between those positions, never road distances or travel times. The shortest order is exact up to 12 stops (every order compared); above that the planner uses an approximate method and says so.",
                        )}
                    </p>
                    <p>
                        {l.t(
                            "Các liên kết chỉ đường gửi tên và địa chỉ của điểm đến (ví dụ “Chùa Côn Sơn, Cộng Hòa, Chí Linh, Hải Dương”) chứ không gửi tọa độ gần đúng, để ứng dụng bản đồ tìm đúng cổng chùa, đền. Địa chỉ được ghi theo tên trước năm 2025.",
                            "The directions links send the place's name and locality (for example “Chùa Côn Sơn, Cộng Hòa, Chí Linh, Hải Dương”), not the approximate coordinates, so that the maps app finds the real gate. Localities are named as before 2025.",
                        )}
                    </p>
                </section>
            </div>
        }
    }
}

//! The map's legend: a shape and colour per part, hollow for places that are not components,
//! the precision halo, and the two kinds of border.

use crate::components::dynamic::dynamic;
use crate::components::map_svg::MapState;
use crate::domain::model::SeriesPart;
use leptos::prelude::*;

/// The small symbol of a part, as on the map.
fn symbol(part: SeriesPart, hollow: bool) -> impl IntoView {
    let shape = match part {
        SeriesPart::Founding => {
            view! { <circle class="shape" cx="12" cy="12" r="8"></circle> }.into_any()
        }
        SeriesPart::Dissemination => {
            view! { <rect class="shape" x="5" y="5" width="14" height="14"></rect> }.into_any()
        }
        SeriesPart::Revival => {
            view! { <path class="shape" d="M12 2 L22 12 L12 22 L2 12 Z"></path> }.into_any()
        }
    };
    view! {
        <svg class=format!("legend-symbol marker part-{}", part.id()) class:hollow=hollow viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
            {shape}
        </svg>
    }
}

/// The legend. The rows on approximate locations show while one of the markers has one; the row
/// on groups while there is one.
#[component]
pub fn MapLegend(state: MapState) -> impl IntoView {
    let (l, markers) = (state.lang, state.markers);
    let grouped =
        move || state.sized.get() && state.layout.with(|g| !g.placement.groups.is_empty());
    // The symbols: a shape per part, then filled and hollow.
    let mut symbols: Vec<(SeriesPart, bool, String)> = SeriesPart::ALL
        .iter()
        .map(|&p| {
            let shape = l.t(
                match p {
                    SeriesPart::Founding => "hình tròn",
                    SeriesPart::Dissemination => "hình vuông",
                    SeriesPart::Revival => "hình thoi",
                },
                match p {
                    SeriesPart::Founding => "circle",
                    SeriesPart::Dissemination => "square",
                    SeriesPart::Revival => "diamond",
                },
            );
            (p, false, format!("{} ({shape})", p.label(l)))
        })
        .collect();
    symbols.push((
        SeriesPart::Founding,
        false,
        l.t(
            "Ký hiệu đặc, có số: hợp phần di sản (số thứ tự 1–12)",
            "Filled, numbered: component part (number 1–12)",
        )
        .to_string(),
    ));
    symbols.push((
        SeriesPart::Founding,
        true,
        l.t(
            "Ký hiệu rỗng: địa điểm liên quan hoặc đã rút khỏi hồ sơ",
            "Hollow: associated place or site dropped from the dossier",
        )
        .to_string(),
    ));
    let symbols = symbols
        .into_iter()
        .map(|(p, hollow, text)| view! { <li>{symbol(p, hollow)}<span>{text}</span></li> })
        .collect_view();
    // The borders: a line each.
    let borders = [
        (
            "border-current",
            l.t(
                "Ranh giới tỉnh hiện nay (từ 1/7/2025)",
                "Current province border (since 1 July 2025)",
            ),
        ),
        (
            "border-former",
            l.t(
                "Ranh giới tỉnh cũ trước khi sáp nhập (tên in nghiêng, “cũ”)",
                "Former province border before the merger (name in italics, “former”)",
            ),
        ),
        (
            "border-current context",
            l.t(
                "Tỉnh lân cận, vẽ theo ranh giới trước năm 2025 chỉ để định hướng",
                "Neighbouring province, drawn with its pre-2025 outline for orientation only",
            ),
        ),
    ]
    .into_iter()
    .map(|(class, text)| {
        view! {
            <li>
                <svg class="legend-symbol" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
                    <line class=class x1="1" y1="12" x2="23" y2="12"></line>
                </svg>
                <span>{text}</span>
            </li>
        }
    })
    .collect_view();
    view! {
        <section class="map-legend" aria-labelledby="map-legend-title">
            <h3 id="map-legend-title">{l.t("Chú giải", "Legend")}</h3>
            <ul>
                {symbols}
                {dynamic(move || if !markers.with(|m| m.iter().any(|m| m.halo.is_some())) { ().into_any() } else { view! {
                    <li>
                        <svg class="legend-symbol" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
                            <circle class="halo legend-halo" cx="12" cy="12" r="10"></circle>
                            <circle class="legend-dot" cx="12" cy="12" r="3"></circle>
                        </svg>
                        <span>{l.t(
                            "Vòng mờ: vị trí gần đúng, bán kính là sai số ước tính (3–5 km)",
                            "Faint ring: approximate location, radius is the estimated error (3–5 km)",
                        )}</span>
                    </li>
                    <li>
                        <svg class="legend-symbol" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
                            <line class="leader" x1="4" y1="20" x2="18" y2="6"></line>
                            <circle class="true-point" cx="4" cy="20" r="2.5"></circle>
                            <circle class="legend-dot" cx="18" cy="6" r="3"></circle>
                        </svg>
                        <span>{l.t(
                            "Các điểm trùng chỗ được tách ra; đường mảnh nối về vị trí thật",
                            "Sites at the same place are moved apart; a thin line leads to the true point",
                        )}</span>
                    </li>
                }.into_any() })}
                {dynamic(move || if !grouped() { ().into_any() } else { view! {
                    <li>
                        <svg class="legend-symbol marker group" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
                            <circle class="shape" cx="12" cy="12" r="9"></circle>
                            <text class="marker-num" x="12" y="12" text-anchor="middle" dominant-baseline="central" font-size="10">"3"</text>
                        </svg>
                        <span>{l.t(
                            "Vòng nét đứt có số: nhóm địa điểm chưa đủ chỗ ở mức thu phóng này; nhấn để phóng to",
                            "Dashed ring with a number: places grouped for lack of room at this zoom; press it to zoom in",
                        )}</span>
                    </li>
                }.into_any() })}
                <li>
                    <svg class="legend-symbol" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
                        <line class="name-leader" x1="6" y1="20" x2="18" y2="4"></line>
                        <circle class="legend-dot" cx="6" cy="20" r="3"></circle>
                    </svg>
                    <span>{l.t(
                        "Đường thẳng từ ký hiệu: dẫn tới tên đặt xa hơn vì thiếu chỗ",
                        "Straight line from a marker: leads to its name, set farther away for lack of room",
                    )}</span>
                </li>
                {borders}
            </ul>
        </section>
    }
}

//! The person page's map thumbnail: a fixed locator of the property's area
//! ([`crate::domain::locator`]) with the person's sites marked as on the map (shape and colour
//! by part, a component's number inside), a text alternative listing them (and the places not
//! drawn, which have no position of their own), and a link to the map filtered by the person.
//! No gestures: it is a picture with a caption.

use crate::domain::dataset::Dataset;
use crate::domain::locator::{locator, Mark, DOT_R, MARK_R};
use crate::domain::model::{Lang, SeriesPart, Site};
use crate::domain::num::fixed;
use crate::domain::query::KEY_PERSON;
use crate::nav::href_with;
use leptos::prelude::*;

/// A site's name with its component number, as the list and the label say it.
fn named(s: &Site, lang: Lang) -> String {
    match s.component {
        Some(n) => format!("{n}. {}", s.name.get(lang)),
        None => s.name.get(lang).to_string(),
    }
}

/// The marker's symbol at the thumbnail's size: circle, square or diamond.
fn shape(part: SeriesPart) -> AnyView {
    let r = MARK_R;
    match part {
        SeriesPart::Founding => view! { <circle class="shape" r=fixed(r, 1)></circle> }.into_any(),
        SeriesPart::Dissemination => {
            let h = fixed(r * 0.9, 1);
            let s = fixed(r * 1.8, 1);
            view! { <rect class="shape" x=format!("-{h}") y=format!("-{h}") width=s.clone() height=s></rect> }
                .into_any()
        }
        SeriesPart::Revival => {
            let d = fixed(r * 1.2, 1);
            view! { <path class="shape" d=format!("M0 -{d} L{d} 0 L0 {d} L-{d} 0 Z")></path> }
                .into_any()
        }
    }
}

/// One marker, with its leader line when moved apart.
fn marker(m: &Mark) -> impl IntoView {
    let leader = m.moved().then(|| {
        view! {
            <line class="thumb-leader" x1=fixed(m.point.0, 1) y1=fixed(m.point.1, 1) x2=fixed(m.at.0, 1) y2=fixed(m.at.1, 1) />
        }
    });
    let number = m.number.map(|n| {
        view! { <text class="thumb-num" text-anchor="middle" dominant-baseline="central">{n.to_string()}</text> }
    });
    view! {
        {leader}
        <g
            class=format!("thumb-mark part-{}", m.part.id())
            class:hollow=m.number.is_none()
            data-site=m.id.clone()
            transform=format!("translate({} {})", fixed(m.at.0, 1), fixed(m.at.1, 1))
        >
            {shape(m.part)}
            {number}
        </g>
    }
}

/// The thumbnail for the sites `chosen` of the person `person_id`; nothing when none is drawn.
pub fn person_map(
    ds: &Dataset,
    chosen: &[&Site],
    person_id: &str,
    lang: Lang,
) -> Option<impl IntoView> {
    let loc = locator(ds, chosen);
    if loc.marks.is_empty() {
        return None;
    }
    let by_id = |id: &str| chosen.iter().copied().find(|s| s.id == id);
    let drawn_names: Vec<String> = loc
        .marks
        .iter()
        .filter_map(|m| by_id(&m.id).map(|s| named(s, lang)))
        .collect();
    let missing: Vec<String> = loc
        .not_drawn
        .iter()
        .filter_map(|id| by_id(id).map(|s| s.name.get(lang).to_string()))
        .collect();
    let label = format!(
        "{}{}",
        lang.t(
            "Bản đồ vị trí trong khu di sản, đánh dấu: ",
            "Locator map of the property's area, marked: "
        ),
        drawn_names.join("; ")
    );
    let [x, y, w, h] = loc.view_box;
    let dots = loc
        .context
        .iter()
        .map(|&(cx, cy)| view! { <circle class="thumb-dot" cx=fixed(cx, 1) cy=fixed(cy, 1) r=fixed(DOT_R, 1) /> })
        .collect_view();
    let marks = loc.marks.iter().map(marker).collect_view();
    let items = drawn_names
        .into_iter()
        .map(|n| view! { <li>{n}</li> })
        .collect_view();
    let missing = (!missing.is_empty()).then(|| {
        view! {
            <p class="thumb-missing">
                {lang.t(
                    "Không vẽ trên bản đồ (không có vị trí riêng trong dữ liệu): ",
                    "Not drawn (no position of their own in the data): ",
                )}
                {missing.join(", ")}
            </p>
        }
    });
    let map = href_with("/map", lang, &[(KEY_PERSON.into(), person_id.to_string())]);
    Some(view! {
        <figure class="person-thumb">
            <svg
                class="thumb-svg"
                viewBox=format!("{} {} {} {}", fixed(x, 1), fixed(y, 1), fixed(w, 1), fixed(h, 1))
                role="img"
                aria-label=label
                preserveAspectRatio="xMidYMid meet"
            >
                <rect class="thumb-bg" x=fixed(x, 1) y=fixed(y, 1) width=fixed(w, 1) height=fixed(h, 1) />
                {dots}
                {marks}
            </svg>
            <figcaption>
                <p class="thumb-caption">{lang.t(
                    "Trên bản đồ (số là số thứ tự hợp phần; điểm xám: các điểm khác của khu di sản):",
                    "On the map (numbers are component numbers; grey dots: the property's other sites):",
                )}</p>
                <ul class="thumb-list">{items}</ul>
                {missing}
                <p><a class="thumb-map-link" href=map>{lang.t("Xem trên bản đồ", "View on the map")}</a></p>
            </figcaption>
        </figure>
    })
}

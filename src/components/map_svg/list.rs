//! The list beside the map: the same places as cards (the map's text alternative), nearest
//! first when an origin is chosen; a long list a page at a time.

use super::highlight;
use crate::components::dynamic::dynamic;
use crate::components::site_card::{province_line, SiteCard};
use crate::domain::dataset::Dataset;
use crate::domain::geo::distance_km;
use crate::domain::map_layout;
use crate::domain::model::Lang;
use crate::domain::num::{approx_km, fixed};
use crate::nav::href;
use leptos::prelude::*;
use std::sync::Arc;

/// Cards drawn at first, and added by each "show more".
const PAGE: usize = 60;

/// The drawn places in list order, each with its distance from the origin when there is one:
/// the map's order, or nearest first. Places without a position of their own are not among
/// them (they are listed beside their component, or at the end).
fn ordered(ds: &Dataset, hits: &[usize], origin: Option<&str>) -> Vec<(usize, Option<f64>)> {
    let drawn = map_layout::drawn(ds, hits);
    let Some(a) = origin
        .and_then(|id| ds.site(id))
        .and_then(|o| o.location.as_ref())
    else {
        return drawn.into_iter().map(|i| (i, None)).collect();
    };
    let mut with_km: Vec<(usize, Option<f64>)> = drawn
        .into_iter()
        .filter_map(|i| {
            let b = ds.sites.get(i)?.location.as_ref()?;
            Some((i, Some(distance_km(a.lat, a.lon, b.lat, b.lon))))
        })
        .collect();
    // Stable: equal distances keep the map's order.
    crate::domain::sort::sort_by(&mut with_km, |a, b| {
        a.1.unwrap_or(0.0).total_cmp(&b.1.unwrap_or(0.0))
    });
    with_km
}

/// Links to the sites `idx`, separated by commas.
fn site_links(ds: &Dataset, idx: &[usize], l: Lang) -> Vec<AnyView> {
    idx.iter()
        .filter_map(|&i| ds.sites.get(i))
        .enumerate()
        .map(|(n, s)| {
            let sep = if n == 0 { "" } else { ", " };
            let url = href(&format!("/site/{}", s.id), l);
            view! { {sep}<a href=url>{s.name.get(l).to_string()}</a> }.into_any()
        })
        .collect()
}

/// One card, its distance below it; hovering or focusing it highlights its marker.
#[component]
fn MapCard(
    ds: Arc<Dataset>,
    i: usize,
    km: Option<f64>,
    origin: bool,
    lang: Lang,
    highlighted: RwSignal<Option<String>>,
    /// The places of the list that lie within this site's area (indices into `ds.sites`).
    also: Vec<usize>,
) -> impl IntoView {
    let l = lang;
    let Some(s) = ds.sites.get(i).cloned() else {
        return ().into_any();
    };
    let also = (!also.is_empty()).then(|| {
        view! {
            <p class="card-also">
                {l.t("Cũng nằm trong khu vực này: ", "Also within this area: ")}
                {site_links(&ds, &also, l)}
            </p>
        }
    });
    let id = s.id.clone();
    let is_hl = super::holds(highlighted, id.clone());
    let extra = match km {
        Some(_) if origin => {
            view! { <p class="card-distance">{l.t("Điểm gốc (0 km)", "Origin (0 km)")}</p> }
                .into_any()
        }
        Some(k) => {
            view! { <p class="card-distance" data-km=fixed(k, 1)>{approx_km(k, l)}</p> }.into_any()
        }
        None => ().into_any(),
    };
    let extra = view! { {extra} {also} }.into_any();
    let province = province_line(&ds, &s, l);
    let (a, b, c, d) = (id.clone(), id.clone(), id.clone(), id.clone());
    view! {
        <li
            class="map-card"
            class:highlighted=is_hl
            data-site=id
            on:mouseenter=move |_| highlight(highlighted, &a, true)
            on:mouseleave=move |_| highlight(highlighted, &b, false)
            on:focusin=move |_| highlight(highlighted, &c, true)
            on:focusout=move |_| highlight(highlighted, &d, false)
        >
            <SiteCard site=s province=province lang=l extra=extra />
        </li>
    }
    .into_any()
}

/// The list column; `children` come between its heading and the cards.
#[component]
pub fn MapList(
    ds: Arc<Dataset>,
    lang: Lang,
    hits: Memo<Vec<usize>>,
    origin: Signal<Option<String>>,
    highlighted: RwSignal<Option<String>>,
    children: Children,
) -> impl IntoView {
    let l = lang;
    let shown = RwSignal::new(PAGE);
    // Other filters: the first page again.
    Effect::new(move |_| {
        hits.track();
        shown.set(PAGE);
    });
    let left = move || hits.with(Vec::len).saturating_sub(shown.get());
    let more_label = move || {
        let (next, left) = (left().min(PAGE), left());
        match l {
            Lang::Vi => format!("Hiện thêm {next} (còn {left})"),
            Lang::En => format!("Show {next} more ({left} left)"),
        }
    };
    // Drawn again as a whole when the filters, the origin or the page change (rarely: a keyed
    // list would cost more code than it saves here).
    let ds2 = ds.clone();
    let cards = move || {
        let o = origin.get();
        let n = shown.get();
        hits.with(|h| ordered(&ds, h, o.as_deref()))
            .into_iter()
            .take(n)
            .map(|(i, km)| {
                let is_origin =
                    km.is_some() && o.as_deref() == ds.sites.get(i).map(|s| s.id.as_str());
                let also = ds
                    .sites
                    .get(i)
                    .map(|c| hits.with(|h| map_layout::within_area(&ds, h, &c.id)))
                    .unwrap_or_default();
                view! { <MapCard ds=ds.clone() i km origin=is_origin lang=l highlighted also /> }
            })
            .collect_view()
            .into_any()
    };
    // Places whose position is not known (or whose component is filtered out): named at the
    // end, without a marker or a distance.
    let unplaced = move || {
        let idx = hits.with(|h| map_layout::unplaced(&ds2, h));
        (!idx.is_empty())
            .then(|| {
                view! {
                    <p class="map-unplaced">
                        {l.t(
                            "Chưa rõ vị trí, không có trên bản đồ: ",
                            "Position not known, not on the map: ",
                        )}
                        {site_links(&ds2, &idx, l)}
                    </p>
                }
            })
            .into_any()
    };
    view! {
        <section class="list-column" aria-labelledby="list-title">
            <h2 id="list-title">{l.t("Danh sách", "List")}</h2>
            {children()}
            <p class="visually-hidden">
                {l.t(
                    "Danh sách này trình bày bằng chữ đúng các địa điểm trên bản đồ, theo cùng bộ lọc.",
                    "This list gives, in text, the same places as the map, with the same filters.",
                )}
            </p>
            <ul class="map-list">{dynamic(cards)}</ul>
            {dynamic(unplaced)}
            <Show when=move || left() != 0>
                <p class="map-more">
                    <button type="button" on:click=move |_| shown.update(|n| *n += PAGE)>
                        {dynamic(move || more_label().into_any())}
                    </button>
                </p>
            </Show>
        </section>
    }
}

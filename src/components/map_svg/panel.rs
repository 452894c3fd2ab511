//! The selected place's card beside the map (a sheet at the bottom of the screen on a phone).

use crate::components::dynamic::dynamic;
use crate::components::site_card::{province_line, status_badge};
use crate::domain::dataset::Dataset;
use crate::domain::model::{Lang, Site};
use crate::domain::num::local;
use crate::nav::href;
use leptos::html::Div;
use leptos::prelude::*;
use std::sync::Arc;

/// "Approximate location (within about 3 km)."
fn approximate(s: &Site, l: Lang) -> Option<String> {
    let loc = s.location.as_ref()?;
    loc.approximate.then(|| {
        let km = local(f64::from(loc.precision_m) / 1000.0, 3, l);
        match l {
            Lang::Vi => format!("Vị trí gần đúng (sai số khoảng {km} km)."),
            Lang::En => format!("Approximate location (within about {km} km)."),
        }
    })
}

/// The card of site `s`.
#[component]
fn PanelCard(ds: Arc<Dataset>, s: Site, lang: Lang, on_close: Callback<()>) -> impl IntoView {
    let l = lang;
    view! {
        <h3 class="panel-title">{s.name.get(l).to_string()}</h3>
        <p class="panel-meta">
            <span class="badge status">{status_badge(&s, l)}</span>
            " "
            <span class=format!("badge part part-{}", s.part.id())>{s.part.label(l)}</span>
        </p>
        <p class="panel-meta">{s.kind.label(l)}" · "{province_line(&ds, &s, l)}</p>
        {approximate(&s, l).map(|a| view! { <p class="panel-approx">{a}</p> })}
        <p class="panel-actions">
            <a class="button" href=href(&format!("/site/{}", s.id), l)>
                {l.t("Mở trang di tích", "Open the site page")}
            </a>
            <button type="button" on:click=move |_| on_close.run(())>
                {l.t("Đóng", "Close")}
            </button>
        </p>
    }
}

/// The panel of the selected place (a live region: its card is read when it changes).
/// `node_ref` lets the page move the focus into it.
#[component]
pub fn MapPanel(
    ds: Arc<Dataset>,
    lang: Lang,
    selected: Memo<Option<String>>,
    on_close: Callback<()>,
    node_ref: NodeRef<Div>,
) -> impl IntoView {
    let card = move || match selected.get().and_then(|id| ds.site(&id).cloned()) {
        Some(s) => view! { <PanelCard ds=ds.clone() s lang on_close /> }.into_any(),
        None => ().into_any(),
    };
    view! {
        <div
            id="map-panel"
            node_ref=node_ref
            class="map-panel"
            class:open=move || selected.with(Option::is_some)
            tabindex="-1"
            role="region"
            aria-live="polite"
            aria-label=lang.t("Địa điểm đã chọn", "Selected place")
        >
            {dynamic(card)}
        </div>
    }
}

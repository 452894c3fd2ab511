//! The catalogue of sites.

use crate::components::data_view::with_data;
use crate::components::site_card::{province_line, SiteCard};
use crate::i18n::{set_title, use_lang};
use leptos::prelude::*;

/// All sites as cards, components first.
#[component]
pub fn Sites() -> impl IntoView {
    let lang = use_lang();
    Effect::new(move |_| set_title(lang.get().t("Các điểm di tích", "Sites"), lang.get()));
    with_data(move |ds| {
        let l = lang.get();
        let mut sites: Vec<_> = ds.sites.iter().collect();
        sites.sort_by_key(|s| (s.component.is_none(), s.component, s.status));
        let count = sites.len();
        let cards = sites
            .into_iter()
            .map(|s| view! { <li><SiteCard site=s.clone() province=province_line(&ds, s, l) lang=l /></li> })
            .collect_view();
        view! {
            <h1>{l.t("Các điểm di tích", "Sites")}</h1>
            <p class="result-count" role="status">{match l {
                crate::domain::model::Lang::Vi => format!("{count} địa điểm"),
                crate::domain::model::Lang::En => format!("{count} places"),
            }}</p>
            <ul class="card-grid">{cards}</ul>
        }
    })
}

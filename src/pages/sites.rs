//! The catalogue of sites: search, facets, sorting, all kept in the URL.

use crate::components::catalogue::CatalogueView;
use crate::components::data_view::with_data;
use crate::domain::route::Page;
use crate::i18n::{title_effect, use_lang};
use leptos::prelude::*;

/// `/sites`: every site, filtered, searched and sorted as the URL says.
#[component]
pub fn Sites() -> impl IntoView {
    let lang = use_lang();
    title_effect(Page::Sites);
    view! {
        <h1>{move || lang.get().t("Các điểm di tích", "Sites")}</h1>
        {with_data(|ds| view! { <CatalogueView ds=ds /> })}
    }
}

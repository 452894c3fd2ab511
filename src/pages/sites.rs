//! The catalogue of sites: search, facets, sorting, all kept in the URL.

use crate::components::catalogue::{watch, CatalogueView};
use crate::components::data_view::with_data;
use crate::i18n::{set_title, use_lang};
use leptos::prelude::*;

/// `/sites`: every site, filtered, searched and sorted as the URL says.
#[component]
pub fn Sites() -> impl IntoView {
    let lang = use_lang();
    watch(Box::new(move || {
        set_title(lang.get().t("Các điểm di tích", "Sites"), lang.get())
    }));
    view! {
        <h1>{move || lang.get().t("Các điểm di tích", "Sites")}</h1>
        {with_data(|ds| view! { <CatalogueView ds=ds /> })}
    }
}

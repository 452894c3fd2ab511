//! Providers and routes; nothing else.

use crate::components::shell::Shell;
use crate::data::load_dataset;
use crate::domain::dataset::Dataset;
use crate::domain::parse::LoadError;
use crate::domain::route::Page;
use crate::i18n::provide_lang;
use crate::lazy::{self, lazy_view};
use crate::pages;
use crate::router::{provide_location, use_page};
use leptos::prelude::*;
use std::sync::Arc;

/// The loaded dataset, shared read-only by every page.
#[derive(Clone, Copy)]
pub struct DataCtx(pub LocalResource<Result<Arc<Dataset>, LoadError>>);

/// The dataset resource from context.
pub fn use_data() -> DataCtx {
    expect_context::<DataCtx>()
}

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    let data = LocalResource::new(|| async { load_dataset().await });
    provide_context(DataCtx(data));
    // Once the data is in, the other pages' code follows in the background (src/lazy.rs).
    Effect::new(move |_| {
        if matches!(data.get(), Some(Ok(_))) {
            lazy::prefetch_pages_when_idle();
        }
    });
    provide_location();
    provide_lang();
    let page = use_page();
    // Each page is its own chunk of code in the release build (src/lazy.rs); the first download
    // holds the shell, the data loading and the not-found page. A new id on the site page keeps
    // the page and redraws its content.
    let routes = move || match page.get() {
        Page::Home => lazy_view(lazy::home_page).into_any(),
        Page::Sites => lazy_view(lazy::sites_page).into_any(),
        Page::Site => lazy_view(lazy::site_page).into_any(),
        Page::Dossier => lazy_view(lazy::dossier_page).into_any(),
        Page::Map => lazy_view(lazy::map_page).into_any(),
        Page::Festivals => lazy_view(lazy::festivals_page).into_any(),
        Page::Sources => lazy_view(lazy::sources_page).into_any(),
        Page::NotFound => view! { <pages::not_found::NotFound /> }.into_any(),
    };
    view! { <Shell>{routes}</Shell> }
}

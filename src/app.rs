//! Providers and routes; nothing else.

use crate::components::shell::Shell;
use crate::data::DataCtx;
use crate::domain::dataset::Dataset;
use crate::i18n::provide_lang;
use crate::lazy::page_view;
use crate::router::use_page;
use leptos::prelude::*;
use std::sync::Arc;

/// The whole application in the browser: loads the data, follows the address bar.
#[cfg(target_arch = "wasm32")]
#[component]
pub fn App() -> impl IntoView {
    let data = DataCtx::default();
    provide_context(data);
    // Once the data is in, the other pages' code follows in the background (src/lazy.rs), and
    // after a smaller copy of the data (the overview's, the catalogue's, the map's), the whole
    // data (for the next page), unless the visitor saves data.
    Effect::new(move |_| {
        if data.only_part_loaded() && !crate::lazy::save_data() {
            leptos::task::spawn_local(async move {
                crate::schedule::after_takeover(3000).await;
                data.load_whole();
            });
        }
        if data.any_loaded() {
            crate::lazy::prefetch_pages_when_idle();
        }
    });
    crate::router::provide_location();
    // The landing page's data is fetched and read while its code is fetched and compiled, not
    // after (the page asks for the same copy once its code has arrived).
    let landing = use_page().get_untracked();
    if landing != crate::domain::route::Page::NotFound {
        data.prefetch(landing.data());
    }
    view! { <Routes /> }
}

/// One page as the build tool renders it to HTML: the same views, with the data already loaded
/// and the location fixed (`app_path` without the base path, `query` without its `?`).
#[component]
pub fn PrerenderedApp(dataset: Arc<Dataset>, app_path: String) -> impl IntoView {
    provide_context(DataCtx::loaded(dataset));
    crate::router::provide_fixed_location(app_path);
    view! { <Routes /> }
}

/// The shell with the page for the current route.
#[component]
fn Routes() -> impl IntoView {
    provide_lang();
    let page = use_page();
    // A new id on the site page keeps the page and redraws its content.
    let routes = move || page_view(page.get());
    view! { <Shell>{routes}</Shell> }
}

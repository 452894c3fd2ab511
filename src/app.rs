//! Providers and routes; nothing else.

use crate::components::shell::Shell;
use crate::domain::dataset::Dataset;
use crate::domain::parse::LoadError;
use crate::i18n::provide_lang;
use crate::lazy::page_view;
use crate::router::use_page;
use leptos::prelude::*;
use std::sync::Arc;

/// The dataset as the pages see it: `None` while it loads.
pub type DataState = Option<Result<Arc<Dataset>, LoadError>>;

/// The loaded dataset, shared read-only by every page, and a way to load it again after an
/// error.
#[derive(Clone, Copy)]
pub struct DataCtx {
    /// Loading, loaded or failed.
    pub state: Signal<DataState>,
    /// Loads the data again ("try again" after an error).
    pub retry: Callback<()>,
}

/// The dataset from context.
pub fn use_data() -> DataCtx {
    expect_context::<DataCtx>()
}

/// The whole application in the browser: loads the data, follows the address bar.
#[cfg(target_arch = "wasm32")]
#[component]
pub fn App() -> impl IntoView {
    let data = LocalResource::new(|| async { crate::data::load_dataset().await });
    provide_context(DataCtx {
        state: Signal::derive(move || data.get()),
        retry: Callback::new(move |()| data.refetch()),
    });
    // Once the data is in, the other pages' code follows in the background (src/lazy.rs).
    Effect::new(move |_| {
        if matches!(data.get(), Some(Ok(_))) {
            crate::lazy::prefetch_pages_when_idle();
        }
    });
    crate::router::provide_location();
    view! { <Routes /> }
}

/// One page as the build tool renders it to HTML: the same views, with the data already loaded
/// and the location fixed (`app_path` without the base path, `query` without its `?`).
#[component]
pub fn PrerenderedApp(dataset: Arc<Dataset>, app_path: String) -> impl IntoView {
    provide_context(DataCtx {
        state: Signal::stored(Some(Ok(dataset))),
        retry: Callback::new(|()| {}),
    });
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

//! Providers, router and routes; nothing else.

use crate::components::shell::Shell;
use crate::data::load_dataset;
use crate::domain::dataset::Dataset;
use crate::domain::parse::LoadError;
use crate::i18n::provide_lang;
use crate::lazy::{self, lazy_view};
use crate::nav::base_path;
use crate::pages;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
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
    let base = base_path();
    view! {
        <Router base=base>
            <LangProvider>
                <Shell>
                    <Routes fallback=|| view! { <pages::not_found::NotFound /> }>
                        // Each page is its own chunk of code in the release build (src/lazy.rs);
                        // the first download holds the shell, the data loading and the
                        // not-found page.
                        <Route path=path!("") view=|| lazy_view(lazy::home_page) />
                        <Route path=path!("sites") view=|| lazy_view(lazy::sites_page) />
                        <Route path=path!("site/:id") view=|| lazy_view(lazy::site_page) />
                        <Route path=path!("dossier") view=|| lazy_view(lazy::dossier_page) />
                        <Route path=path!("map") view=|| lazy_view(lazy::map_page) />
                        <Route path=path!("festivals") view=|| lazy_view(lazy::festivals_page) />
                        <Route path=path!("sources") view=|| lazy_view(lazy::sources_page) />
                    </Routes>
                </Shell>
            </LangProvider>
        </Router>
    }
}

/// Provides the language context inside the router (it reads the URL).
#[component]
fn LangProvider(children: Children) -> impl IntoView {
    provide_lang();
    children()
}

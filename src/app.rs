//! Providers, router and routes; nothing else.

use crate::components::shell::Shell;
use crate::data::load_dataset;
use crate::domain::dataset::Dataset;
use crate::domain::parse::LoadError;
use crate::i18n::provide_lang;
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
    let base = base_path();
    view! {
        <Router base=base>
            <LangProvider>
                <Shell>
                    <Routes fallback=|| view! { <pages::not_found::NotFound /> }>
                        <Route path=path!("") view=pages::home::Home />
                        <Route path=path!("sites") view=pages::sites::Sites />
                        <Route path=path!("site/:id") view=pages::site::SitePage />
                        <Route path=path!("dossier") view=pages::dossier::Dossier />
                        <Route path=path!("map") view=pages::map::MapPage />
                        <Route path=path!("festivals") view=pages::festivals::Festivals />
                        <Route path=path!("sources") view=pages::sources::Sources />
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

//! Renders a page once the dataset has loaded, with the loading and error states in one place.

use crate::components::dynamic::dynamic;
use crate::components::error_panel::ErrorPanel;
use crate::components::loading::Loading;
use crate::data::use_data;
use crate::domain::dataset::{Dataset, Need};
use crate::router::use_page;
use leptos::prelude::*;
use std::sync::Arc;

/// Shows `Loading`, then `render(dataset)`, or an `ErrorPanel` whose "try again" refetches. The
/// dataset is the copy the current page's route names ([`Page::data`]).
pub fn with_data<V, F>(render: F) -> impl IntoView
where
    V: IntoView + 'static,
    F: Fn(Arc<Dataset>) -> V + Send + Sync + 'static,
{
    // A page's route, and so its copy, stays the same while it is shown.
    let need = use_page().get_untracked().data();
    with_data_where(move || need, render)
}

/// Like [`with_data`], from the copy `need()` names (the map's changes when it searches text).
pub fn with_data_where<N, V, F>(need: N, render: F) -> impl IntoView
where
    N: Fn() -> Need + Send + Sync + 'static,
    V: IntoView + 'static,
    F: Fn(Arc<Dataset>) -> V + Send + Sync + 'static,
{
    let data = use_data();
    dynamic(move || {
        let need = need();
        match data.state(need) {
            None => view! { <Loading /> }.into_any(),
            Some(Ok(ds)) => render(ds).into_any(),
            Some(Err(e)) => {
                let retry = Callback::new(move |()| data.retry(need));
                view! { <ErrorPanel error=e retry /> }.into_any()
            }
        }
    })
}

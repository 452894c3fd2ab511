//! Renders a page once the dataset has loaded, with the loading and error states in one place.

use crate::app::use_data;
use crate::components::dynamic::dynamic;
use crate::components::error_panel::ErrorPanel;
use crate::components::loading::Loading;
use crate::domain::dataset::Dataset;
use leptos::prelude::*;
use std::sync::Arc;

/// Shows `Loading`, then `render(dataset)`, or an `ErrorPanel` whose "try again" refetches.
pub fn with_data<V, F>(render: F) -> impl IntoView
where
    V: IntoView + 'static,
    F: Fn(Arc<Dataset>) -> V + Send + Sync + 'static,
{
    let data = use_data();
    dynamic(move || match data.state.get() {
        None => view! { <Loading /> }.into_any(),
        Some(Ok(ds)) => render(ds).into_any(),
        Some(Err(e)) => view! { <ErrorPanel error=e retry=data.retry /> }.into_any(),
    })
}

//! Renders a page once the dataset has loaded, with the loading and error states in one place.

use crate::components::dynamic::dynamic;
use crate::components::error_panel::ErrorPanel;
use crate::components::loading::Loading;
use crate::data::use_data;
use crate::domain::dataset::Dataset;
use leptos::prelude::*;
use std::sync::Arc;

/// Shows `Loading`, then `render(dataset)`, or an `ErrorPanel` whose "try again" refetches.
pub fn with_data<V, F>(render: F) -> impl IntoView
where
    V: IntoView + 'static,
    F: Fn(Arc<Dataset>) -> V + Send + Sync + 'static,
{
    with_data_where(|| false, render)
}

/// Like [`with_data`], from the sites without their long fields while `lite()` holds (the map,
/// unless it searches text).
pub fn with_data_where<L, V, F>(lite: L, render: F) -> impl IntoView
where
    L: Fn() -> bool + Send + Sync + 'static,
    V: IntoView + 'static,
    F: Fn(Arc<Dataset>) -> V + Send + Sync + 'static,
{
    let data = use_data();
    dynamic(move || {
        let lite = lite();
        match data.state(lite) {
            None => view! { <Loading /> }.into_any(),
            Some(Ok(ds)) => render(ds).into_any(),
            Some(Err(e)) => {
                let retry = Callback::new(move |()| data.retry(lite));
                view! { <ErrorPanel error=e retry /> }.into_any()
            }
        }
    })
}

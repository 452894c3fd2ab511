//! A part of a page drawn in a task of its own while the app takes over the written page.
//!
//! The app draws the page again in a hidden twin before showing it (`src/main.rs`); drawn in one
//! go, a long page is one long task that holds up a tap or a scroll. Each `<Later>` part waits for
//! the next task of the browser's event loop, so that the page is drawn a part per task, and the
//! takeover waits until every part is drawn (its placeholder has the class `loading`). Once the
//! app shows the page, and when the build tool writes it, parts are drawn at once.

use leptos::prelude::*;

/// Draws `children` in a later task during the takeover, at once otherwise.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let shown = RwSignal::new(!cfg!(target_arch = "wasm32") || crate::router::is_taken_over());
    if !shown.get_untracked() {
        leptos::task::spawn_local(async move {
            crate::schedule::next_task().await;
            shown.set(true);
        });
    }
    view! {
        <Show when=move || shown.get() fallback=|| view! { <div class="loading" hidden></div> }>
            {children()}
        </Show>
    }
}

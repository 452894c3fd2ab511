//! Entry point: a panic hook that never leaves a blank page, then the app, which takes over the
//! page the build tool wrote without any visible change.
//!
//! Every page arrives as HTML already drawn by the app's own views (`src/bin/build_site/`). The
//! app draws the same page again in a hidden twin of `#app` placed over it, with the data and
//! the page's code loaded, some parts in later tasks (`components::later`); once the twin holds
//! the whole page (its `<h1>`, or an error, and no part still to draw), the twin replaces the
//! written copy in one step, so that there is never a moment without the page's
//! heading and nothing moves. A page without a written copy (a debug build) is drawn directly.

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    yentu_explorer::components::panic_screen::install();
    let Some(written) = document().get_element_by_id("app") else {
        leptos::logging::error!("#app element missing from the page");
        return;
    };
    if written.child_element_count() == 0 {
        if let Ok(root) = written.dyn_into::<web_sys::HtmlElement>() {
            leptos::mount::mount_to(root, yentu_explorer::app::App).forget();
            taken_over();
        }
        return;
    }
    let Some(twin) = document()
        .create_element("div")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    twin.set_class_name("app-twin");
    // Not announced, not focusable, not clickable while hidden (see style/main.css).
    let _ = twin.set_attribute("aria-hidden", "true");
    let _ = twin.set_attribute("inert", "");
    if written.after_with_node_1(&twin).is_err() {
        return;
    }
    // Drawn in a task of its own, after the one that compiled and started the module (Leptos's
    // own executor starts with the mount, hence wasm-bindgen's here).
    wasm_bindgen_futures::spawn_local(async move {
        yentu_explorer::schedule::next_task().await;
        yentu_explorer::schedule::mark("yentu:mount");
        leptos::mount::mount_to(twin.clone(), yentu_explorer::app::App).forget();
        yentu_explorer::schedule::mark("yentu:mounted");
        take_over_when_drawn(written, twin, 0);
    });
}

/// Waits, one animation frame at a time, until the twin holds the page, then puts it in the
/// written copy's place (after about ten seconds it takes over whatever it shows, so that a page
/// whose code cannot load still gets the app's message and its "try again").
#[cfg(target_arch = "wasm32")]
fn take_over_when_drawn(written: web_sys::Element, twin: web_sys::HtmlElement, frames: u32) {
    let drawn = twin
        .query_selector("main h1, main [role=alert]")
        .ok()
        .flatten()
        .is_some()
        && twin.query_selector(".loading").ok().flatten().is_none();
    if drawn || frames > 600 {
        // Keep the reading position: the twin lays out exactly as the written page did.
        written.remove();
        twin.set_id("app");
        twin.set_class_name("");
        let _ = twin.remove_attribute("aria-hidden");
        let _ = twin.remove_attribute("inert");
        taken_over();
        return;
    }
    leptos::prelude::request_animation_frame(move || {
        take_over_when_drawn(written, twin, frames + 1)
    });
}

/// From here on the app follows links itself; `<html data-app="ready">` tells tests and tools that
/// the app now shows the page.
#[cfg(target_arch = "wasm32")]
fn taken_over() {
    yentu_explorer::schedule::mark("yentu:taken-over");
    yentu_explorer::router::mark_taken_over();
    if let Some(html) = leptos::prelude::document().document_element() {
        let _ = html.set_attribute("data-app", "ready");
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a WebAssembly app: build it with `trunk build` (see README.md).");
}

//! Entry point: a panic hook that never leaves a blank page, then mount the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::JsCast;
    yentu_explorer::components::panic_screen::install();
    let Some(root) = leptos::prelude::document()
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        leptos::logging::error!("#app element missing from index.html");
        return;
    };
    // Replace the loading text that index.html shows before the WebAssembly runs.
    root.set_inner_text("");
    leptos::mount::mount_to(root, yentu_explorer::app::App).forget();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a WebAssembly app: build it with `trunk build` (see README.md).");
}

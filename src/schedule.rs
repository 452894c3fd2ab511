//! Start-up in small steps: the page is already drawn (the build tool wrote it), so the app's
//! start can give the browser a turn between its parts (compiling, reading the data, drawing),
//! and a tap or a scroll is never held up behind one long task.

/// Resolves in a later task of the browser's event loop (a zero-delay timer), after whatever
/// input, painting or other work is waiting. Natively it returns at once.
pub async fn next_task() {
    #[cfg(target_arch = "wasm32")]
    {
        let promise = js_sys::Promise::new(&mut |resolve, _reject| {
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback(&resolve);
            } else {
                let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            }
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}

/// Resolves after `ms` milliseconds (natively at once).
pub async fn sleep_ms(ms: i32) {
    #[cfg(target_arch = "wasm32")]
    {
        let promise = js_sys::Promise::new(&mut |resolve, _reject| {
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
            } else {
                let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            }
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = ms;
}

/// Resolves once the app has taken over the written page (`src/main.rs`), then `quiet_ms` later:
/// for work the visitor does not need to read the page.
pub async fn after_takeover(quiet_ms: i32) {
    while !crate::router::is_taken_over() {
        sleep_ms(100).await;
    }
    sleep_ms(quiet_ms).await;
}

/// A named point of the start-up in the browser's performance timeline (User Timing), so that
/// profilers and Lighthouse show where each step begins. Natively nothing.
pub fn mark(name: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = name;
}

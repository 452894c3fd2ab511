//! A panic must never leave a blank page: show a friendly message and log the detail.

/// Installs the panic hook: logs the panic to the console and replaces the page body's app root
/// with a short bilingual message and a reload link. Uses no data from the panic in the page.
#[cfg(target_arch = "wasm32")]
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show();
    }));
}

#[cfg(target_arch = "wasm32")]
fn show() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = doc.get_element_by_id("app") else {
        return;
    };
    // Built with DOM calls and text nodes only: nothing is parsed as HTML.
    root.set_text_content(None);
    let section = doc.create_element("section").ok();
    if let Some(section) = section {
        let _ = section.set_attribute("class", "panic");
        let _ = section.set_attribute("role", "alert");
        for (tag, text) in [
            ("h1", "Đã có lỗi xảy ra · Something went wrong"),
            (
                "p",
                "Trang gặp lỗi không mong muốn. Vui lòng tải lại trang. · The page hit an unexpected error. Please reload.",
            ),
        ] {
            if let Ok(el) = doc.create_element(tag) {
                el.set_text_content(Some(text));
                let _ = section.append_child(&el);
            }
        }
        if let Ok(a) = doc.create_element("a") {
            let _ = a.set_attribute("href", "./");
            a.set_text_content(Some("Tải lại · Reload"));
            let _ = section.append_child(&a);
        }
        let _ = root.append_child(&section);
    }
}

//! "Cite this page" on site and person pages: the reference built by
//! [`crate::domain::cite::citation`] (the project as author, the page's title, its address, the
//! day it was read) with a button that copies it. Written pages carry the build's date; the app
//! writes today's. The reference prints; the button does not (style/print.css).

use crate::domain::cite::citation;
use crate::domain::model::Lang;
use crate::nav::use_page_url;
use crate::router::use_location;
use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// What the copy button last did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Copied {
    Idle,
    Done,
    Failed,
}

/// The citation block for the page titled `title`.
#[component]
pub fn CitePage(#[prop(into)] title: String, lang: Lang) -> impl IntoView {
    let url = use_page_url(false);
    let location = use_location();
    let text = Memo::new(move |_| {
        // `clock::today` reads `?today=` from the address bar.
        location.search.track();
        citation(&title, &url.get(), crate::clock::today(), lang)
    });
    let state = RwSignal::new(Copied::Idle);
    let copy = move |_| {
        // `navigator.clipboard` is missing outside secure contexts.
        let clipboard = window().navigator().clipboard();
        if clipboard.is_undefined() || clipboard.is_null() {
            state.set(Copied::Failed);
            return;
        }
        let promise = clipboard.write_text(&text.get_untracked());
        leptos::task::spawn_local(async move {
            let done = JsFuture::from(promise).await.is_ok();
            state.set(if done { Copied::Done } else { Copied::Failed });
        });
    };
    let message = move || match state.get() {
        Copied::Idle => "",
        Copied::Done => lang.t(
            "Đã sao chép trích dẫn. Cảm ơn bạn đã dẫn nguồn!",
            "Citation copied. Thank you for citing your source!",
        ),
        Copied::Failed => lang.t(
            "Không sao chép tự động được: bạn có thể chọn đoạn trích dẫn ở trên và sao chép.",
            "Could not copy automatically: you can select the citation above and copy it.",
        ),
    };
    view! {
        <section class="site-section cite-page" aria-labelledby="cite-page-title">
            <h2 id="cite-page-title">{lang.t("Trích dẫn trang này", "Cite this page")}</h2>
            <p class="cite-text">{move || text.get()}</p>
            <p class="cite-actions">
                <button type="button" class="cite-copy" on:click=copy>
                    {lang.t("Sao chép trích dẫn", "Copy citation")}
                </button>
                " "
                <span class="cite-status" role="status" aria-live="polite">{message}</span>
            </p>
        </section>
    }
}

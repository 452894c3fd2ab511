//! The loading state.

use crate::i18n::use_lang;
use leptos::prelude::*;

/// A polite, screen-reader-announced loading message.
#[component]
pub fn Loading() -> impl IntoView {
    let lang = use_lang();
    view! {
        <p class="loading" role="status" aria-live="polite">
            {move || lang.get().t("Đang tải dữ liệu…", "Loading data…")}
        </p>
    }
}

//! The page for an address that matches nothing.

use crate::domain::route::Page;
use crate::i18n::{title_effect, use_lang};
use crate::nav::href;
use leptos::prelude::*;

/// Not found, with a way back.
#[component]
pub fn NotFound() -> impl IntoView {
    let lang = use_lang();
    title_effect(Page::NotFound);
    view! {
        <section class="not-found">
            <h1>{move || lang.get().t("Không tìm thấy trang", "Page not found")}</h1>
            <p>{move || lang.get().t(
                "Địa chỉ này không dẫn tới trang nào của di sản.",
                "This address does not lead to any page of the heritage explorer.",
            )}</p>
            <p>
                <a href=move || href("/", lang.get())>{move || lang.get().t("Về trang tổng quan", "Back to the overview")}</a>
                " · "
                <a href=move || href("/sites", lang.get())>{move || lang.get().t("Xem các điểm di tích", "See all sites")}</a>
            </p>
        </section>
    }
}

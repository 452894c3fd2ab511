//! Festivals page (being built).

use crate::i18n::{set_title, use_lang};
use leptos::prelude::*;

/// Festivals.
#[component]
pub fn Festivals() -> impl IntoView {
    let lang = use_lang();
    Effect::new(move |_| set_title(lang.get().t("Lễ hội", "Festivals"), lang.get()));
    view! { <h1>{move || lang.get().t("Lễ hội", "Festivals")}</h1> }
}

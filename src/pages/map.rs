//! Map page (being built).

use crate::i18n::{set_title, use_lang};
use leptos::prelude::*;

/// Map.
#[component]
pub fn MapPage() -> impl IntoView {
    let lang = use_lang();
    Effect::new(move |_| set_title(lang.get().t("Bản đồ", "Map"), lang.get()));
    view! { <h1>{move || lang.get().t("Bản đồ", "Map")}</h1> }
}

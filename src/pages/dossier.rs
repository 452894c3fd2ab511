//! The dossier page (being built).

use crate::i18n::{set_title, use_lang};
use leptos::prelude::*;

/// The dossier.
#[component]
pub fn Dossier() -> impl IntoView {
    let lang = use_lang();
    Effect::new(move |_| set_title(lang.get().t("Hồ sơ di sản", "The dossier"), lang.get()));
    view! { <h1>{move || lang.get().t("Hồ sơ di sản", "The dossier")}</h1> }
}

//! The visitor's language: the page's address decides it (`/en/…` is English, every other path
//! Vietnamese; `domain::route`). A visitor whose saved choice or browser language differs is
//! offered the other language ([`LangOffer`](crate::components::shell)), never moved. UI strings
//! are written inline as `lang.t("vi", "en")`, so a missing translation cannot compile; data
//! texts are `Text { vi, en }`.

use crate::domain::model::Lang;
use crate::domain::route::{app_path, document_title, split_lang, Page};
use crate::nav::base_path;
use crate::router::use_location;
use leptos::prelude::*;

const STORAGE_KEY: &str = "yentu-lang";

/// The current language, provided in context by [`provide_lang`].
#[derive(Clone, Copy)]
pub struct LangCtx(pub Memo<Lang>);

/// The language saved by an earlier visit, if any.
pub fn saved_lang() -> Option<Lang> {
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .and_then(|v| Lang::from_code(&v))
}

/// Remembers the visitor's choice (ignored where storage is unavailable).
pub fn save_lang(lang: Lang) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(STORAGE_KEY, lang.code());
    }
}

/// The browser's preferred language if it is Vietnamese or English.
pub fn browser_lang() -> Option<Lang> {
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .and_then(|l| Lang::from_code(&l))
}

/// Provides [`LangCtx`] (after the location) and keeps `<html lang>` in step.
pub fn provide_lang() -> Memo<Lang> {
    let location = use_location();
    let base = base_path();
    let lang = Memo::new(move |_| {
        location.pathname.with(|p| {
            app_path(p, &base)
                .map(|a| split_lang(a).0)
                .unwrap_or_default()
        })
    });
    Effect::new(move |_| {
        let l = lang.get();
        if let Some(el) = document().document_element() {
            let _ = el.set_attribute("lang", l.code());
        }
    });
    provide_context(LangCtx(lang));
    lang
}

/// The current language.
pub fn use_lang() -> Memo<Lang> {
    use_context::<LangCtx>()
        .map(|c| c.0)
        .unwrap_or_else(|| Memo::new(|_| Lang::default()))
}

/// Keeps the document title on the page's title from the route table, in the current language.
pub fn title_effect(page: Page) {
    let lang = use_lang();
    Effect::new(move |_| {
        let l = lang.get();
        set_title(page.title(l), l)
    });
}

/// Sets the document title: "<page> · <property short name>".
pub fn set_title(page: &str, lang: Lang) {
    // The build tool writes each page's <title> into its file.
    if cfg!(not(target_arch = "wasm32")) {
        return;
    }
    document().set_title(&document_title(page, lang));
}

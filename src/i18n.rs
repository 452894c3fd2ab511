//! The visitor's language: from the URL (`?lang=`), else the saved choice, else the browser's
//! language. UI strings are written inline as `lang.t("vi", "en")`, so a missing translation
//! cannot compile; data texts are `Text { vi, en }`.

use crate::domain::model::Lang;
use crate::nav::use_query_pairs;
use leptos::prelude::*;

const STORAGE_KEY: &str = "yentu-lang";

/// The current language, provided in context by [`provide_lang`].
#[derive(Clone, Copy)]
pub struct LangCtx(pub Memo<Lang>);

/// The language saved by an earlier visit, if any.
pub fn saved_lang() -> Option<Lang> {
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

/// The browser's preferred language if it is Vietnamese or English; Vietnamese otherwise.
pub fn browser_lang() -> Lang {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .and_then(|l| Lang::from_code(&l))
        .unwrap_or_default()
}

/// Provides [`LangCtx`] (after `provide_location`) and keeps `<html lang>` in step.
pub fn provide_lang() -> Memo<Lang> {
    let pairs = use_query_pairs();
    let fallback = saved_lang().unwrap_or_else(browser_lang);
    let lang = Memo::new(move |_| {
        pairs
            .get()
            .iter()
            .find(|(k, _)| k == "lang")
            .and_then(|(_, v)| Lang::from_code(v))
            .unwrap_or(fallback)
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

/// Keeps the document title on `vi` / `en` (the page's name, empty for the home page) in the
/// current language. One function for every page, so its effect is compiled once.
pub fn title_effect(vi: &'static str, en: &'static str) {
    let lang = use_lang();
    Effect::new(move |_| {
        let l = lang.get();
        set_title(l.t(vi, en), l)
    });
}

/// Sets the document title: "<page> · <property short name>".
pub fn set_title(page: &str, lang: Lang) {
    let site = lang.t(
        "Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc",
        "Yen Tu – Vinh Nghiem – Con Son, Kiep Bac",
    );
    let title = if page.is_empty() {
        site.to_string()
    } else {
        format!("{page} · {site}")
    };
    document().set_title(&title);
}

//! The app shell: skip link, header with the property's name, navigation, language switch,
//! main landmark and footer.

use crate::domain::model::Lang;
use crate::domain::urlenc::{decode_pairs, encode_pairs};
use crate::i18n::{save_lang, use_lang};
use crate::nav::href;
use crate::router::use_location;
use leptos::prelude::*;

/// Wraps every page.
#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let t = move |vi: &'static str, en: &'static str| lang.get().t(vi, en);
    let nav_link = move |path: &'static str, vi: &'static str, en: &'static str| {
        let current = move || {
            let here = location.pathname.get();
            let target = format!("{}{}", crate::nav::base_path(), path);
            let active = if path == "/" {
                here == target || here == crate::nav::base_path()
            } else {
                here.starts_with(&target)
            };
            active.then_some("page")
        };
        view! {
            <li>
                <a href=move || href(path, lang.get()) aria-current=current>
                    {move || lang.get().t(vi, en)}
                </a>
            </li>
        }
    };
    // The same view in the other language: only `lang` changes.
    let switch_href = move || {
        let other = lang.get().other();
        let mut pairs: Vec<(String, String)> = decode_pairs(&location.search.get())
            .into_iter()
            .filter(|(k, _)| k != "lang")
            .collect();
        pairs.push(("lang".into(), other.code().into()));
        format!(
            "{}{}{}",
            location.pathname.get(),
            encode_pairs(&pairs),
            location.hash.get()
        )
    };
    view! {
        <a class="skip-link" href="#main">{move || t("Bỏ qua, đến nội dung chính", "Skip to main content")}</a>
        <header class="site-header">
            <div class="brand">
                <a href=move || href("/", lang.get()) class="brand-link">
                    <span class="brand-kicker">{move || t("Di sản thế giới UNESCO", "UNESCO World Heritage")}</span>
                    <span class="brand-name">
                        {move || t("Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc", "Yen Tu – Vinh Nghiem – Con Son, Kiep Bac")}
                    </span>
                </a>
            </div>
            <nav aria-label=move || t("Chính", "Main")>
                <ul class="nav-list">
                    {nav_link("/", "Tổng quan", "Overview")}
                    {nav_link("/sites", "Các điểm di tích", "Sites")}
                    {nav_link("/map", "Bản đồ", "Map")}
                    {nav_link("/dossier", "Hồ sơ di sản", "Dossier")}
                    {nav_link("/festivals", "Lễ hội", "Festivals")}
                </ul>
            </nav>
            <a
                class="lang-switch"
                href=switch_href
                hreflang=move || lang.get().other().code()
                lang=move || lang.get().other().code()
                on:click=move |_| save_lang(lang.get_untracked().other())
            >
                {move || match lang.get() {
                    Lang::Vi => "English",
                    Lang::En => "Tiếng Việt",
                }}
            </a>
        </header>
        <main id="main" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <p>
                {move || t(
                    "Dữ liệu tổng hợp từ các nguồn công khai; mỗi thông tin đều dẫn nguồn.",
                    "Data compiled from public sources; every fact cites its source.",
                )}
                " "
                <a href=move || href("/sources", lang.get())>{move || t("Nguồn tư liệu", "Sources")}</a>
            </p>
            <p class="footer-note">
                {move || t(
                    "Tọa độ các điểm là ước tính trừ khi ghi rõ nguồn.",
                    "Site coordinates are estimates unless a source is given.",
                )}
            </p>
        </footer>
    }
}

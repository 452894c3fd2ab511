//! The app shell: skip link, header with the property's name, navigation (from the route
//! table), language switch, main landmark and footer.

use crate::components::later::Later;
use crate::components::offline::OfflineFooter;
use crate::domain::cite::print_stamp;
use crate::domain::model::Lang;
use crate::domain::route::{app_path, switch_lang, Page, ROUTES};
use crate::i18n::{browser_lang, save_lang, saved_lang, use_lang};
use crate::nav::{base_path, href, use_page_url};
use crate::router::{navigate, use_location, use_page};
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Where the visitor is reading: the first element with an id whose top is in the window, its
/// id and how far below the window's top it is. `None` at the top of the page.
type ReadingAnchor = Option<(web_sys::Element, String, f64)>;

/// Finds the [`ReadingAnchor`] inside `main`.
fn reading_anchor(main: &web_sys::HtmlElement) -> ReadingAnchor {
    if window().scroll_y().unwrap_or(0.0) <= 0.0 {
        return None;
    }
    let list = main.query_selector_all("[id]").ok()?;
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .map(|el| {
            let top = el.get_bounding_client_rect().top();
            (el.clone(), el.id(), top)
        })
        .find(|(_, id, top)| !id.is_empty() && *top >= 0.0)
}

/// Once the page has been redrawn in the other language (the element with the anchor's id is a
/// new one, or after `frames` frames at most), scrolls so that it is as far below the window's
/// top as the old one was.
fn keep_reading_position(anchor: ReadingAnchor, frames: u32) {
    let Some((old, id, top)) = anchor else { return };
    match document().get_element_by_id(&id) {
        Some(el) if el != old || frames == 0 => {
            let now = el.get_bounding_client_rect().top();
            window().scroll_by_with_x_and_y(0.0, now - top);
        }
        _ if frames > 0 => {
            request_animation_frame(move || keep_reading_position(Some((old, id, top)), frames - 1))
        }
        _ => {}
    }
}

/// Wraps every page.
#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let page = use_page();
    let t = move |vi: &'static str, en: &'static str| lang.get().t(vi, en);
    let nav_links = ROUTES
        .iter()
        .filter_map(|r| r.nav.map(|label| (r.page, r.segment, label)))
        .map(|(p, segment, (vi, en))| {
            let path = format!("/{segment}");
            let current = move || (page.get() == p).then_some("page");
            view! {
                <li>
                    <a href=move || href(&path, lang.get()) aria-current=current>
                        {move || lang.get().t(vi, en)}
                    </a>
                </li>
            }
        })
        .collect_view();
    // The same page in the other language, with the same query and fragment.
    let switch_href = move || {
        let base = base_path();
        let other = lang.get().other();
        let pathname = location.pathname.get();
        let path =
            app_path(&pathname, &base).map_or_else(|| "/".to_string(), |a| switch_lang(a, other));
        let search = location.search.get();
        let query = if search.is_empty() {
            String::new()
        } else {
            format!("?{search}")
        };
        format!("{base}{path}{query}{}", location.hash.get())
    };
    let main_ref = NodeRef::<html::Main>::new();
    // The phone menu: closed again on every move to another page, and by Escape.
    let menu_open = RwSignal::new(false);
    let toggle_ref = NodeRef::<html::Button>::new();
    Effect::new(move |_| {
        location.pathname.track();
        menu_open.set(false);
    });
    let close_on_escape = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && menu_open.get_untracked() {
            menu_open.set(false);
            if let Some(b) = toggle_ref.get_untracked() {
                let _ = b.focus();
            }
        }
    };
    // Switching language redraws the page in place: the visitor stays where they were reading
    // (a plain link would scroll to the top of a long page). Attached to the link itself (capture),
    // so it runs before the router's window-wide link handler, which then leaves the click alone.
    let switch = move |ev: leptos::ev::MouseEvent| {
        if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        ev.prevent_default();
        save_lang(lang.get_untracked().other());
        let anchor = main_ref.get_untracked().and_then(|m| reading_anchor(&m));
        let url = untrack(switch_href);
        navigate(location, &url, false, false);
        request_animation_frame(move || keep_reading_position(anchor, 30));
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
                // On a phone the sections sit behind this disclosure button (style/main.css);
                // on a wider screen the button is hidden and the list always shown.
                <button
                    type="button"
                    class="menu-toggle"
                    aria-expanded=move || if menu_open.get() { "true" } else { "false" }
                    aria-controls="site-nav"
                    on:click=move |_| menu_open.update(|o| *o = !*o)
                    node_ref=toggle_ref
                >
                    <span class="menu-icon" aria-hidden="true"></span>
                    {move || t("Mục lục", "Menu")}
                </button>
                <ul
                    class="nav-list"
                    class:open=move || menu_open.get()
                    id="site-nav"
                    on:keydown=close_on_escape
                >
                    {nav_links}
                </ul>
            </nav>
            <a
                class="lang-switch"
                href=switch_href
                hreflang=move || lang.get().other().code()
                lang=move || lang.get().other().code()
                on:click:capture=switch
            >
                {move || match lang.get() {
                    Lang::Vi => "English",
                    Lang::En => "Tiếng Việt",
                }}
            </a>
        </header>
        <main id="main" tabindex="-1" node_ref=main_ref>{children()}</main>
        <footer class="site-footer">
            // Below the page: drawn in a task of its own during the takeover.
            <Later>
                <p>
                    {move || t(
                        "Dữ liệu tổng hợp từ các nguồn công khai; mỗi thông tin đều dẫn nguồn.",
                        "Data compiled from public sources; every fact cites its source.",
                    )}
                    " "
                    <a href=move || href("/sources", lang.get())>{move || Page::Sources.title(lang.get())}</a>
                    " · "
                    <a href=move || href("/data", lang.get())>{move || Page::Data.title(lang.get())}</a>
                </p>
                <p class="footer-note">
                    {move || t(
                        "Tọa độ các điểm là ước tính trừ khi ghi rõ nguồn.",
                        "Site coordinates are estimates unless a source is given.",
                    )}
                </p>
                <OfflineFooter />
                <PrintStamp />
            </Later>
        </footer>
        <LangOffer switch_href=Signal::derive(switch_href) />
    }
}

/// For paper only: the page's address (with its query, so a printed catalogue says which
/// results it shows) and the day it was printed, in the page's language. Written pages carry the
/// build's date (and, with `SITE_URL`, the address); the app writes today's on start.
#[component]
fn PrintStamp() -> impl IntoView {
    let lang = use_lang();
    let url = use_page_url(true);
    let location = use_location();
    let text = move || {
        // `clock::today` reads `?today=` from the address bar.
        location.search.track();
        print_stamp(&url.get(), crate::clock::today(), lang.get())
    };
    view! { <p class="print-only print-stamp">{text}</p> }
}

/// Offers the page in the other language to a visitor whose saved choice (or, without one, the
/// browser's language) is that language: the address decides the language, this never moves
/// anyone. Shown only once the app runs (the prerendered page has none), fixed at the bottom of
/// the screen so that nothing shifts, and dismissible.
#[component]
fn LangOffer(switch_href: Signal<String>) -> impl IntoView {
    let lang = use_lang();
    let wanted = RwSignal::new(None::<Lang>);
    // Effects run only in the browser, after the page is drawn.
    Effect::new(move |_| wanted.set(saved_lang().or_else(browser_lang)));
    let dismissed = RwSignal::new(false);
    let shown = move || !dismissed.get() && wanted.get().is_some_and(|w| w != lang.get());
    view! {
        <Show when=shown>
            <aside class="lang-offer" aria-label=move || lang.get().t("Ngôn ngữ", "Language")>
                <a
                    href=move || switch_href.get()
                    hreflang=move || lang.get().other().code()
                    lang=move || lang.get().other().code()
                    on:click=move |_| save_lang(lang.get_untracked().other())
                >
                    {move || lang.get().other().t("Xem trang này bằng tiếng Việt", "Read this page in English")}
                </a>
                <button
                    type="button"
                    on:click=move |_| {
                        save_lang(lang.get_untracked());
                        dismissed.set(true);
                    }
                >
                    {move || lang.get().t("Ở lại trang tiếng Việt", "Stay in English")}
                </button>
            </aside>
        </Show>
    }
}

//! The page for an address that matches nothing (also the site's `404.html`): says so in both
//! languages and leads to every section.

use crate::domain::route::{Page, ROUTES};
use crate::i18n::{title_effect, use_lang};
use crate::nav::href;
use leptos::prelude::*;

/// Not found, with a way to every section, in the page's language and the other one.
#[component]
pub fn NotFound() -> impl IntoView {
    let lang = use_lang();
    title_effect(Page::NotFound);
    move || {
        let l = lang.get();
        let other = l.other();
        let sections = ROUTES
            .iter()
            .filter(|r| !r.page.has_id())
            .map(|r| {
                let path = format!("/{}", r.segment);
                let label = r
                    .nav
                    .map_or_else(|| r.page.title(l), |(vi, en)| l.t(vi, en));
                view! { <li><a href=href(&path, l)>{label}</a></li> }
            })
            .collect_view();
        view! {
            <section class="not-found">
                <h1>{l.t("Không tìm thấy trang", "Page not found")}</h1>
                <p>
                    {l.t(
                        "Địa chỉ này không dẫn tới trang nào của di sản. Các mục của trang:",
                        "This address does not lead to any page of the heritage explorer. Its sections:",
                    )}
                </p>
                <ul class="not-found-sections">{sections}</ul>
                <p lang=other.code()>
                    {other.t(
                        "Không tìm thấy trang này. ",
                        "This page was not found. ",
                    )}
                    <a href=href("/", other) hreflang=other.code()>
                        {other.t("Về trang tổng quan", "Back to the overview")}
                    </a>
                </p>
            </section>
        }
    }
}

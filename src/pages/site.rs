//! One site's page: `/site/<id>`.

use crate::components::data_view::with_data;
use crate::components::site_card::{province_line, status_badge};
use crate::i18n::{set_title, use_lang};
use crate::nav::href;
use crate::pages::not_found::NotFound;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The site page; an unknown id shows the not-found page.
#[component]
pub fn SitePage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    with_data(move |ds| {
        let l = lang.get();
        let Some(site) = ds.site(&id()).cloned() else {
            return view! { <NotFound /> }.into_any();
        };
        set_title(site.name.get(l), l);
        let facts = site
            .facts
            .iter()
            .map(|f| {
                let cites = f
                    .sources
                    .iter()
                    .map(|s| view! { " "<a class="cite" href=href(&format!("/sources#src-{s}"), l)>{format!("[{s}]")}</a> })
                    .collect_view();
                view! { <li>{f.text.get(l).to_string()}{cites}</li> }
            })
            .collect_view();
        view! {
            <article class=format!("site-page part-{}", site.part.id())>
                <p class="badge status">{status_badge(&site, l)}</p>
                <h1>{site.name.get(l).to_string()}</h1>
                <p class="site-meta">{site.kind.label(l)}" · "{province_line(&ds, &site, l)}</p>
                <p class="lede">{site.summary.get(l).to_string()}</p>
                <div class="description">{site.description.get(l).to_string()}</div>
                <h2>{l.t("Thông tin chính", "Key facts")}</h2>
                <ul class="facts">{facts}</ul>
            </article>
        }
        .into_any()
    })
}

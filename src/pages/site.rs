//! One site's page: `/site/<id>`. The sections come from `components::site_parts`, in the order
//! their sources are numbered (see `site_parts::logic::citation_order`).

use crate::components::cite_page::CitePage;
use crate::components::data_view::with_data;
use crate::components::later::Later;
use crate::components::site_parts::cite::{source_list, CiteCtx};
use crate::components::site_parts::festivals::festivals;
use crate::components::site_parts::logic::Citations;
use crate::components::site_parts::sections as s;
use crate::domain::dataset::Dataset;
use crate::domain::model::{Lang, Site};
use crate::i18n::{set_title, use_lang};
use crate::pages::not_found::NotFound;
use crate::router::{use_location, use_scroll_to_fragment_once, use_site_id};
use leptos::prelude::*;

/// The site page; an unknown id shows the not-found page.
#[component]
pub fn SitePage() -> impl IntoView {
    let lang = use_lang();
    let id = use_site_id();
    let location = use_location();
    let scroll_once = use_scroll_to_fragment_once();
    with_data(move |ds| {
        let l = lang.get();
        let Some(site) = ds.site(&id.get()) else {
            return view! { <NotFound /> }.into_any();
        };
        set_title(site.name.get(l), l);
        let here = location.path_and_query();
        let ctx = CiteCtx::new(&ds, Citations::for_site(site), here);
        scroll_once();
        // Below the first screen, the page is drawn in parts, a task each, during the takeover.
        let part = {
            let (ds, site_id, ctx) = (ds.clone(), site.id.clone(), ctx.clone());
            move |draw: fn(&Dataset, &Site, &CiteCtx, Lang) -> AnyView| {
                let (ds, site_id, ctx) = (ds.clone(), site_id.clone(), ctx.clone());
                view! { <Later>{ds.site(&site_id).map(|site| draw(&ds, site, &ctx, l))}</Later> }
            }
        };
        view! {
            <article class=format!("site-page part-{}", site.part.id()) data-site=site.id.clone()>
                {s::head(site, l)}
                {s::caveats(site, &ctx, l)}
                {s::location(&ds, site, &ctx, l)}
                {s::about(site, l)}
                {part(|ds, site, ctx, l| {
                    view! {
                        {s::facts(site, ctx, l)}
                        {s::people(ds, site, l)}
                        {s::recognitions(site, ctx, l)}
                    }
                        .into_any()
                })}
                {part(|_, site, ctx, l| {
                    view! {
                        {festivals(site, crate::clock::today(), ctx, l)}
                        {s::visit(site, ctx, l)}
                    }
                        .into_any()
                })}
                {part(|ds, site, _, l| {
                    view! {
                        {s::milestones(ds, site, l)}
                        {s::nearby(ds, site, l)}
                        {s::prev_next_nav(ds, site, l)}
                    }
                        .into_any()
                })}
                {part(|ds, site, ctx, l| {
                    view! {
                        <CitePage title=site.name.get(l).to_string() lang=l />
                        {source_list(ds, ctx, l)}
                    }
                        .into_any()
                })}
            </article>
        }
        .into_any()
    })
}

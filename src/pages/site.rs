//! One site's page: `/site/<id>`. The sections come from `components::site_parts`, in the order
//! their sources are numbered (see `site_parts::logic::citation_order`).

use crate::components::cite_page::CitePage;
use crate::components::data_view::with_data;
use crate::components::site_parts::cite::{source_list, CiteCtx};
use crate::components::site_parts::festivals::festivals;
use crate::components::site_parts::logic::Citations;
use crate::components::site_parts::sections as s;
use crate::i18n::{set_title, use_lang};
use crate::pages::not_found::NotFound;
use crate::router::{scroll_to_fragment, use_location, use_site_id};
use leptos::prelude::*;

/// The site page; an unknown id shows the not-found page.
#[component]
pub fn SitePage() -> impl IntoView {
    let lang = use_lang();
    let id = use_site_id();
    let location = use_location();
    let scrolled = StoredValue::new(false);
    with_data(move |ds| {
        let l = lang.get();
        let Some(site) = ds.site(&id.get()) else {
            return view! { <NotFound /> }.into_any();
        };
        set_title(site.name.get(l), l);
        let here = location.path_and_query();
        let ctx = CiteCtx::new(&ds, Citations::for_site(site), here);
        let today = crate::clock::today();
        // A link straight to a footnote (`#cite-3`) arrives before the data: scroll once it is drawn.
        if cfg!(target_arch = "wasm32") && !scrolled.get_value() {
            scrolled.set_value(true);
            request_animation_frame(|| {
                scroll_to_fragment();
            });
        }
        view! {
            <article class=format!("site-page part-{}", site.part.id()) data-site=site.id.clone()>
                {s::head(site, l)}
                {s::caveats(site, &ctx, l)}
                {s::location(&ds, site, &ctx, l)}
                {s::about(site, l)}
                {s::facts(site, &ctx, l)}
                {s::people(&ds, site, l)}
                {s::recognitions(site, &ctx, l)}
                {festivals(site, today, &ctx, l)}
                {s::visit(site, &ctx, l)}
                {s::milestones(&ds, site, l)}
                {s::nearby(&ds, site, l)}
                {s::prev_next_nav(&ds, site, l)}
                <CitePage title=site.name.get(l).to_string() lang=l />
                {source_list(&ds, &ctx, l)}
            </article>
        }
        .into_any()
    })
}

//! A site as a card in a list.

use crate::domain::dataset::Dataset;
use crate::domain::model::{Lang, Site};
use crate::nav::href;
use leptos::prelude::*;

/// The province line: "Hải Phòng (trước đây: Hải Dương)".
pub fn province_line(ds: &Dataset, site: &Site, lang: Lang) -> String {
    let name = |id: &str| {
        ds.province(id)
            .map(|p| p.name.get(lang).to_string())
            .unwrap_or_else(|| id.to_string())
    };
    let now = name(&site.province_now);
    if site.province_before == site.province_now {
        now
    } else {
        let before = name(&site.province_before);
        match lang {
            Lang::Vi => format!("{now} (trước 2025: {before})"),
            Lang::En => format!("{now} (before 2025: {before})"),
        }
    }
}

/// The badge text: "Hợp phần 8" / "Component 8", or the status label.
pub fn status_badge(site: &Site, lang: Lang) -> String {
    match site.component {
        Some(n) => match lang {
            Lang::Vi => format!("Hợp phần {n}"),
            Lang::En => format!("Component {n}"),
        },
        None => site.status.label(lang).to_string(),
    }
}

/// A card with name, kind, province, era, summary and component number. `name_view`,
/// `vi_name_view` (the Vietnamese name under an English one) and `summary_view` let the
/// catalogue pass marked text; without them the plain text shows.
#[component]
pub fn SiteCard(
    site: Site,
    province: String,
    lang: Lang,
    #[prop(optional, into)] name_view: Option<AnyView>,
    #[prop(optional, into)] vi_name_view: Option<AnyView>,
    #[prop(optional, into)] summary_view: Option<AnyView>,
    #[prop(optional, into)] extra: Option<AnyView>,
) -> impl IntoView {
    let link = href(&format!("/site/{}", site.id), lang);
    let eras: Vec<&str> = site.eras.iter().map(|e| e.label(lang)).collect();
    let part = site.part;
    let name = name_view.unwrap_or_else(|| site.name.get(lang).to_string().into_any());
    let summary = summary_view.unwrap_or_else(|| site.summary.get(lang).to_string().into_any());
    let vi_name =
        (lang == Lang::En).then(|| vi_name_view.unwrap_or_else(|| site.name.vi.clone().into_any()));
    view! {
        <article class=format!("site-card part-{}", part.id()) data-site=site.id.clone()>
            <p class="card-badges">
                <span class="badge status">{status_badge(&site, lang)}</span>
                <span class=format!("badge part part-{}", part.id())>{part.label(lang)}</span>
            </p>
            <h3 class="card-title">
                <a href=link>{name}</a>
            </h3>
            {vi_name.map(|n| view! { <p class="card-vi-name" lang="vi">{n}</p> })}
            <p class="card-meta">
                <span class="kind">{site.kind.label(lang)}</span>
                " · "
                <span class="province">{province}</span>
                {(!eras.is_empty()).then(|| view! { " · " <span class="eras">{eras.join(", ")}</span> })}
            </p>
            <p class="card-summary">{summary}</p>
            {extra}
        </article>
    }
}

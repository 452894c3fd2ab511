//! Overview: the property in brief, with ways into the sites, the map and the dossier.

use crate::components::data_view::with_data;
use crate::components::site_card::{province_line, SiteCard};
use crate::domain::model::{AreaKind, SeriesPart};
use crate::domain::num::local;
use crate::domain::route::Page;
use crate::i18n::{title_effect, use_lang};
use crate::nav::href;
use leptos::prelude::*;

/// The home page.
#[component]
pub fn Home() -> impl IntoView {
    let lang = use_lang();
    title_effect(Page::Home);
    with_data(move |ds| {
        let l = lang.get();
        let p = &ds.property;
        let criteria: Vec<String> = p.criteria.iter().map(|c| format!("({})", c.code)).collect();
        let core = p
            .areas
            .iter()
            .find(|a| a.kind == AreaKind::Core)
            .map(|a| a.hectares);
        let story = p
            .story
            .iter()
            .map(|s| {
                view! {
                    <li class=format!("story-part part-{}", s.part.id())>
                        <h3>{s.title.get(l).to_string()}</h3>
                        <p>{s.text.get(l).to_string()}</p>
                    </li>
                }
            })
            .collect_view();
        let groups = SeriesPart::ALL
            .iter()
            .map(|part| {
                let cards = ds
                    .components()
                    .into_iter()
                    .filter(|s| s.part == *part)
                    .map(|s| {
                        view! { <li><SiteCard site=s.clone() province=province_line(&ds, s, l) lang=l /></li> }
                    })
                    .collect_view();
                view! {
                    <section class="home-group" aria-labelledby=format!("group-{}", part.id())>
                        <h3 id=format!("group-{}", part.id()) class=format!("group-title part-{}", part.id())>
                            {part.label(l)}
                        </h3>
                        <ul class="card-grid">{cards}</ul>
                    </section>
                }
            })
            .collect_view();
        let inscribed = crate::domain::date::IsoDate::parse(&p.inscribed)
            .map(|d| crate::domain::date::format(&d, l))
            .unwrap_or_else(|| p.inscribed.clone());
        view! {
            <section class="hero">
                <h1>{p.name.get(l).to_string()}</h1>
                <p class="lede">{p.summary.get(l).to_string()}</p>
                <dl class="key-figures">
                    <div><dt>{l.t("Ghi danh", "Inscribed")}</dt><dd>{inscribed}</dd></div>
                    <div><dt>{l.t("Tiêu chí", "Criteria")}</dt><dd>{criteria.join(" ")}</dd></div>
                    <div>
                        <dt>{l.t("Hợp phần", "Component parts")}</dt>
                        <dd>{l.t(
                            "12 điểm tại Quảng Ninh, Bắc Ninh, Hải Phòng",
                            "12 in Quảng Ninh, Bắc Ninh, Hải Phòng",
                        )}</dd>
                    </div>
                    {core.map(|h| view! {
                        <div><dt>{l.t("Diện tích vùng lõi", "Core area")}</dt><dd>{format!("{} ha", local(h, 3, l))}</dd></div>
                    })}
                    <div><dt>{l.t("Mã UNESCO", "UNESCO ref.")}</dt><dd>{p.unesco_ref}</dd></div>
                </dl>
                <p class="ways-in">
                    <a class="button" href=href("/sites", l)>{l.t("Khám phá các điểm", "Explore the sites")}</a>
                    <a class="button" href=href("/map", l)>{l.t("Xem bản đồ", "See the map")}</a>
                    <a class="button" href=href("/dossier", l)>{l.t("Hành trình hồ sơ", "The dossier's story")}</a>
                    <a class="button" href=href("/festivals", l)>{l.t("Lịch lễ hội", "Festival calendar")}</a>
                </p>
            </section>
            <section class="story" aria-labelledby="story-title">
                <h2 id="story-title">{l.t("Khởi nguồn → Truyền bá → Phục hưng", "Founding → Dissemination → Revival")}</h2>
                <ol class="story-list">{story}</ol>
            </section>
            <section class="components" aria-labelledby="components-title">
                <h2 id="components-title">{l.t("12 hợp phần di sản", "The 12 component parts")}</h2>
                {groups}
            </section>
        }
    })
}

//! Overview: the property in plain words, why UNESCO inscribed it, where to begin, its story in
//! three parts and its twelve places.

use crate::components::data_view::with_data;
use crate::components::later::Later;
use crate::components::site_card::{province_line, SiteCard};
use crate::components::site_parts::cite::source_href;
use crate::domain::dataset::Dataset;
use crate::domain::model::{AreaKind, Lang, SeriesPart};
use crate::domain::num::local;
use crate::domain::route::Page;
use crate::i18n::{title_effect, use_lang};
use crate::nav::href;
use leptos::prelude::*;
use std::sync::Arc;

/// The home page.
#[component]
pub fn Home() -> impl IntoView {
    let lang = use_lang();
    title_effect(Page::Home);
    with_data(move |ds| {
        let lang = lang.get();
        // Below the first screen, the page is drawn in parts, a task each, during the takeover.
        let (ds1, ds2, ds3) = (ds.clone(), ds.clone(), ds.clone());
        view! {
            <Hero ds=ds.clone() lang />
            <WhereToBegin ds lang />
            <Later>
                <WhatAndWhy ds=ds1.clone() lang />
            </Later>
            <Later>
                <Story ds=ds2.clone() lang />
            </Later>
            <Later>
                <Components ds=ds3.clone() lang />
            </Later>
        }
    })
}

/// "Nguồn: s1, s6" with each label linking to its entry on the sources page.
#[component]
fn SourceLinks(ids: Vec<String>, lang: Lang) -> impl IntoView {
    let links = ids
        .into_iter()
        .enumerate()
        .map(|(i, id)| {
            view! {
                {(i > 0).then_some(", ")}
                <a
                    href=source_href(&id, lang)
                    aria-label=format!("{id}{}", lang.t(" trong danh mục nguồn", " in the list of sources"))
                >
                    {id.clone()}
                </a>
            }
        })
        .collect_view();
    view! {
        <p class="source-links">
            <span class="source-links-label">{lang.t("Nguồn: ", "Sources: ")}</span>
            {links}
        </p>
    }
}

/// The name, the property in plain words and its key figures.
#[component]
fn Hero(ds: Arc<Dataset>, lang: Lang) -> impl IntoView {
    let p = &ds.property;
    let criteria: Vec<String> = p.criteria.iter().map(|c| format!("({})", c.code)).collect();
    let core = p
        .areas
        .iter()
        .find(|a| a.kind == AreaKind::Core)
        .map(|a| a.hectares);
    let inscribed = crate::domain::date::IsoDate::parse(&p.inscribed)
        .map(|d| crate::domain::date::format(&d, lang))
        .unwrap_or_else(|| p.inscribed.clone());
    let places = match lang {
        Lang::Vi => format!(
            "{} địa điểm tại Quảng Ninh, Bắc Ninh, Hải Phòng",
            p.component_count
        ),
        Lang::En => format!("{} in Quảng Ninh, Bắc Ninh, Hải Phòng", p.component_count),
    };
    view! {
        <section class="hero">
            <h1>{p.name.get(lang).to_string()}</h1>
            <p class="lede">{p.summary.get(lang).to_string()}</p>
            <dl class="key-figures">
                <div><dt>{lang.t("Ghi danh", "Inscribed")}</dt><dd>{inscribed}</dd></div>
                <div>
                    <dt>{lang.t("Tiêu chí", "Criteria")}</dt>
                    <dd>
                        <a href="#why">
                            {criteria.join(" ")}
                            <span class="key-hint">{lang.t(" — nghĩa là gì?", " — what they mean")}</span>
                        </a>
                    </dd>
                </div>
                <div>
                    <dt>{lang.t("Địa điểm (hợp phần)", "Places (component parts)")}</dt>
                    <dd>{places}</dd>
                </div>
                {core.map(|h| view! {
                    <div>
                        <dt>{lang.t("Diện tích vùng lõi", "Core area")}</dt>
                        <dd>{format!("{} ha", local(h, 3, lang))}</dd>
                    </div>
                })}
                <div><dt>{lang.t("Mã UNESCO", "UNESCO ref.")}</dt><dd>{p.unesco_ref}</dd></div>
            </dl>
        </section>
    }
}

/// Ways in for a newcomer: the first place of the story, the map, the catalogue, the festivals
/// and the dossier.
#[component]
fn WhereToBegin(ds: Arc<Dataset>, lang: Lang) -> impl IntoView {
    // The first component part in number order: where the story begins.
    let first = ds
        .components()
        .into_iter()
        .min_by_key(|s| s.component)
        .map(|s| {
            let badge = match (lang, s.component) {
                (Lang::Vi, Some(n)) => format!("Hợp phần {n}"),
                (Lang::En, Some(n)) => format!("Component {n}"),
                _ => String::new(),
            };
            view! {
                <li class="begin-first">
                    <a class="begin-link" href=href(&format!("/site/{}", s.id), lang)>
                        {lang.t("Bắt đầu với hợp phần đầu tiên: ", "Begin with the first component part: ")}
                        {s.name.get(lang).to_string()}
                    </a>
                    <span class="begin-note">{badge}" · "{s.summary.get(lang).to_string()}</span>
                </li>
            }
        });
    let way = |path: &'static str,
               label: (&'static str, &'static str),
               note: (&'static str, &'static str)| {
        view! {
            <li>
                <a class="begin-link" href=href(path, lang)>{lang.t(label.0, label.1)}</a>
                <span class="begin-note">{lang.t(note.0, note.1)}</span>
            </li>
        }
    };
    view! {
        <section id="begin" class="begin" aria-labelledby="begin-title">
            <h2 id="begin-title">{lang.t("Bắt đầu từ đâu", "Where to begin")}</h2>
            <ul class="begin-list">
                {first}
                {way(
                    "/map",
                    ("Xem bản đồ", "See the map"),
                    ("Mười hai địa điểm nằm ở đâu, cách nhau bao xa.", "Where the twelve places lie and how far apart they are."),
                )}
                {way(
                    "/sites",
                    ("Tìm trong mọi địa điểm", "Search every place"),
                    ("Lọc theo tỉnh, loại hình, thời kỳ, nhân vật; cả các địa điểm liên quan và đã rút khỏi hồ sơ.", "Filter by province, kind, era or person; the associated and the dropped places too."),
                )}
                {way(
                    "/plan",
                    ("Lên kế hoạch tham quan", "Plan a visit"),
                    ("Chọn điểm đến, thứ tự ngắn nhất theo đường chim bay, chia ngày, chỉ đường trong ứng dụng bản đồ.", "Choose the stops, the shortest straight-line order and the days, with directions in a maps app."),
                )}
                {way(
                    "/festivals",
                    ("Lịch lễ hội", "Festival calendar"),
                    ("Các lễ hội theo âm lịch, với ngày dương lịch năm nay.", "The festivals by the lunar calendar, with this year's dates."),
                )}
                {way(
                    "/dossier",
                    ("Hành trình hồ sơ", "The dossier's story"),
                    ("Từ Danh sách dự kiến đến ngày ghi danh, và những việc sau đó.", "From the Tentative List to the inscription, and what came after."),
                )}
            </ul>
        </section>
    }
}

/// What a "serial property" and its "component parts" are, and why UNESCO inscribed this one:
/// its two criteria in the project's own words, with their sources.
#[component]
fn WhatAndWhy(ds: Arc<Dataset>, lang: Lang) -> impl IntoView {
    let p = &ds.property;
    let criteria = p
        .criteria
        .iter()
        .map(|c| {
            let heading = match c.code.as_str() {
                "iii" => lang.t(
                    "Nhà Trần, Phật giáo Trúc Lâm và nhân dân gắn bó với nhau",
                    "The Trần state, Trúc Lâm Buddhism and the people, bound together",
                ),
                "vi" => lang.t(
                    "Một dòng Thiền của người Việt vẫn còn sống",
                    "A Vietnamese school of Zen that is still alive",
                ),
                _ => "",
            };
            view! {
                <div class="criterion" id=format!("criterion-{}", c.code)>
                    <dt>
                        <span class="criterion-code">{format!("{} ({})", lang.t("Tiêu chí", "Criterion"), c.code)}</span>
                        {(!heading.is_empty()).then(|| view! { <span class="criterion-title">{heading}</span> })}
                    </dt>
                    <dd>
                        <p>{c.text.get(lang).to_string()}</p>
                        <SourceLinks ids=c.sources.clone() lang />
                    </dd>
                </div>
            }
        })
        .collect_view();
    let codes: Vec<String> = p.criteria.iter().map(|c| format!("({})", c.code)).collect();
    let listed_under = match lang {
        Lang::Vi => format!(
            "UNESCO ghi danh mỗi di sản theo những tiêu chí được đánh số bằng chữ số La Mã. Quần thể này được ghi danh theo {} tiêu chí, {}. Nói bằng lời của chúng tôi:",
            p.criteria.len(),
            codes.join(" và ")
        ),
        Lang::En => format!(
            "UNESCO inscribes each site under criteria numbered in Roman numerals. This one was inscribed under {} of them, {}. In our own words:",
            p.criteria.len(),
            codes.join(" and ")
        ),
    };
    view! {
        <section id="what" class="what" aria-labelledby="what-title">
            <h2 id="what-title">{lang.t("Một di sản, mười hai địa điểm", "One heritage site, twelve places")}</h2>
            <p>
                {lang.t(
                    "Các địa điểm này nằm cách xa nhau, nhưng UNESCO ghi danh chúng cùng nhau, thành một di sản duy nhất. UNESCO gọi đó là “di sản dạng chuỗi”, và gọi mỗi địa điểm là một “hợp phần”. Đây là di sản dạng chuỗi đầu tiên của Việt Nam.",
                    "The places lie apart, but UNESCO inscribed them together, as one heritage site. UNESCO calls this a “serial property”, and each place one of its “component parts”. It is Vietnam's first serial property.",
                )}
            </p>
            <SourceLinks ids=vec!["s1".to_string(), "s6".to_string(), "s23".to_string()] lang />
        </section>
        <section id="why" class="why" aria-labelledby="why-title" tabindex="-1">
            <h2 id="why-title">{lang.t("Vì sao được ghi danh", "Why it was inscribed")}</h2>
            <p>{listed_under}</p>
            <dl class="criteria">{criteria}</dl>
        </section>
    }
}

/// The story in three parts: founding, dissemination, revival.
#[component]
fn Story(ds: Arc<Dataset>, lang: Lang) -> impl IntoView {
    let story = ds
        .property
        .story
        .iter()
        .map(|s| {
            view! {
                <li class=format!("story-part part-{}", s.part.id())>
                    <h3>{s.title.get(lang).to_string()}</h3>
                    <p>{s.text.get(lang).to_string()}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="story" aria-labelledby="story-title">
            <h2 id="story-title">{lang.t("Khởi nguồn → Truyền bá → Phục hưng", "Founding → Dissemination → Revival")}</h2>
            <ol class="story-list">{story}</ol>
        </section>
    }
}

/// The twelve component parts, by part of the story.
#[component]
fn Components(ds: Arc<Dataset>, lang: Lang) -> impl IntoView {
    let groups = SeriesPart::ALL
        .iter()
        .map(|part| {
            let cards = ds
                .components()
                .into_iter()
                .filter(|s| s.part == *part)
                .map(|s| {
                    view! { <li><SiteCard site=s.clone() province=province_line(&ds, s, lang) lang /></li> }
                })
                .collect_view();
            view! {
                <section class="home-group" aria-labelledby=format!("group-{}", part.id())>
                    <h3 id=format!("group-{}", part.id()) class=format!("group-title part-{}", part.id())>
                        {part.label(lang)}
                    </h3>
                    <ul class="card-grid">{cards}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <section class="components" aria-labelledby="components-title">
            <h2 id="components-title">{lang.t("12 hợp phần di sản", "The 12 component parts")}</h2>
            {groups}
        </section>
    }
}

//! One person's page: `/person/<id>`. Who they were (role, other names, life dates at the data's
//! precision, biography, ⚠ note), the sites linked to them as cards, the festival days and dossier
//! milestones that concern them, and numbered citations.

use crate::components::cite_page::CitePage;
use crate::components::data_view::with_data;
use crate::components::dossier_parts::milestone_href;
use crate::components::person_map::person_map;
use crate::components::site_card::{province_line, SiteCard};
use crate::components::site_parts::cite::{source_list, CiteCtx};
use crate::components::site_parts::logic::{paragraphs, Citations};
use crate::components::site_parts::sections::uncertain_note;
use crate::domain::dataset::Dataset;
use crate::domain::festival::{format_festival_lunar, format_lunar_day};
use crate::domain::lifelines::{dates_text, group_of};
use crate::domain::model::{Lang, Person};
use crate::domain::person::{citation_order, festivals_of, milestones_of, sites_of};
use crate::domain::query::KEY_PERSON;
use crate::i18n::{set_title, use_lang};
use crate::nav::{href, href_with};
use crate::pages::not_found::NotFound;
use crate::router::{use_location, use_person_id, use_scroll_to_fragment_once};
use leptos::prelude::*;

/// The person page; an unknown id shows the not-found page.
#[component]
pub fn PersonPage() -> impl IntoView {
    let lang = use_lang();
    let id = use_person_id();
    let location = use_location();
    let scroll_once = use_scroll_to_fragment_once();
    with_data(move |ds| {
        let l = lang.get();
        let Some(p) = ds.person(&id.get()) else {
            return view! { <NotFound /> }.into_any();
        };
        set_title(p.name.get(l), l);
        let here = location.path_and_query();
        let ctx = CiteCtx::new(
            &ds,
            Citations {
                order: citation_order(&ds, p),
            },
            here,
        );
        scroll_once();
        view! {
            <article class="person-page" data-person=p.id.clone()>
                {head(p, l)}
                {about(p, &ctx, l)}
                {sites(&ds, p, l)}
                {festivals(&ds, p, &ctx, l)}
                {milestones(&ds, p, l)}
                <CitePage title=p.name.get(l).to_string() lang=l />
                {source_list(&ds, &ctx, l)}
            </article>
        }
        .into_any()
    })
}

/// Name, other names, role, life dates and the group, with the way back to the index.
fn head(p: &Person, lang: Lang) -> impl IntoView {
    let group = group_of(p);
    let dates = dates_text(p, lang).unwrap_or_else(|| {
        lang.t(
            "Dữ liệu không ghi năm sinh, năm mất.",
            "The data gives no year of birth or death.",
        )
        .to_string()
    });
    let alt = (!p.alt_names.is_empty()).then(|| {
        view! {
            <p class="person-alt">
                {lang.t("Tên khác: ", "Also known as: ")}
                <span lang="vi">{p.alt_names.join(", ")}</span>
            </p>
        }
    });
    view! {
        <header class="person-head">
            <p class="breadcrumb">
                <a href=href("/people", lang)>{lang.t("Nhân vật lịch sử", "People")}</a>
                " › "
                <a href=format!("{}#group-{}", href("/people", lang), group.id())>{group.label(lang)}</a>
            </p>
            <h1 lang="vi">{p.name.vi.clone()}</h1>
            {alt}
            <p class="person-role">{p.role.get(lang).to_string()}</p>
            <p class="person-dates">
                <strong>{lang.t("Năm sinh, năm mất: ", "Life dates: ")}</strong>
                {dates}
            </p>
            {uncertain_note(p.uncertain, p.note.as_ref(), lang)}
        </header>
    }
}

/// The biography, with the person's sources.
fn about(p: &Person, ctx: &CiteCtx, lang: Lang) -> impl IntoView {
    let paras = paragraphs(p.bio.get(lang));
    let last = paras.len().saturating_sub(1);
    let body = paras
        .into_iter()
        .enumerate()
        .map(|(i, t)| {
            let refs = (i == last).then(|| ctx.refs(&p.sources, lang));
            view! { <p>{t}{refs}</p> }
        })
        .collect_view();
    view! {
        <section class="site-section person-about" aria-labelledby="person-about-title">
            <h2 id="person-about-title">{lang.t("Người là ai", "Who they were")}</h2>
            {body}
        </section>
    }
}

/// The sites linked to the person, as cards, with the catalogue filtered by them.
fn sites(ds: &Dataset, p: &Person, lang: Lang) -> Option<AnyView> {
    let list = sites_of(ds, p);
    if list.is_empty() {
        return None;
    }
    let count = list.len();
    let cards = list
        .iter()
        .map(|s| {
            let province = province_line(ds, s, lang);
            view! { <li><SiteCard site=(*s).clone() province lang /></li> }
        })
        .collect_view();
    let filter = href_with("/sites", lang, &[(KEY_PERSON.into(), p.id.clone())]);
    Some(
        view! {
            <section class="site-section person-sites" aria-labelledby="person-sites-title">
                <h2 id="person-sites-title">
                    {lang.t("Các điểm di tích gắn với nhân vật", "Sites linked to this person")}
                    {format!(" ({count})")}
                </h2>
                {person_map(ds, &list, &p.id, lang)}
                <ul class="card-grid">{cards}</ul>
                <p><a class="person-filter" href=filter>{lang.t(
                    "Xem các điểm này trong danh mục (lọc theo nhân vật)",
                    "See these sites in the catalogue (filtered by person)",
                )}</a></p>
            </section>
        }
        .into_any(),
    )
}

/// The festival days of the person's sites that name them.
fn festivals(ds: &Dataset, p: &Person, ctx: &CiteCtx, lang: Lang) -> Option<AnyView> {
    let list = festivals_of(ds, p);
    if list.is_empty() {
        return None;
    }
    let items = list
        .into_iter()
        .map(|(s, f)| {
            let main = f.main_day.map(|m| {
                view! {
                    <div><dt>{lang.t("Ngày chính (âm lịch)", "Main day (lunar)")}</dt><dd>{format_lunar_day(m, lang)}</dd></div>
                }
            });
            view! {
                <li class="festival" data-festival=f.id.clone()>
                    <h3>{f.name.get(lang).to_string()}</h3>
                    <dl class="site-dl festival-dates">
                        <div><dt>{lang.t("Âm lịch", "Lunar calendar")}</dt><dd>{format_festival_lunar(f, lang)}</dd></div>
                        {main}
                        <div>
                            <dt>{lang.t("Tại", "At")}</dt>
                            <dd><a href=format!("{}#site-festivals-title", href(&format!("/site/{}", s.id), lang))>{s.name.get(lang).to_string()}</a></dd>
                        </div>
                    </dl>
                    <p>{f.text.get(lang).to_string()}{ctx.refs(&f.sources, lang)}</p>
                    {uncertain_note(f.uncertain, f.note.as_ref(), lang)}
                </li>
            }
        })
        .collect_view();
    Some(
        view! {
            <section class="site-section person-festivals" aria-labelledby="person-festivals-title">
                <h2 id="person-festivals-title">{lang.t("Ngày lễ gắn với nhân vật", "Festival days that concern them")}</h2>
                <p class="hint">{lang.t(
                    "Lễ hội ở các điểm gắn với nhân vật mà tên hoặc nội dung nhắc đến người này.",
                    "Festivals of this person's sites whose name or text names them.",
                )}" "<a href=href("/festivals", lang)>{lang.t("Cả lịch lễ hội", "The whole festival calendar")}</a></p>
                <ul class="festival-list">{items}</ul>
            </section>
        }
        .into_any(),
    )
}

/// The dossier milestones whose text names the person.
fn milestones(ds: &Dataset, p: &Person, lang: Lang) -> Option<AnyView> {
    let list = milestones_of(ds, p);
    if list.is_empty() {
        return None;
    }
    let items = list
        .into_iter()
        .map(|m| {
            let link = milestone_href(&m.id, lang);
            view! { <li><a href=link>{m.title.get(lang).to_string()}</a></li> }
        })
        .collect_view();
    Some(
        view! {
            <section class="site-section person-milestones" aria-labelledby="person-milestones-title">
                <h2 id="person-milestones-title">{lang.t("Trong hồ sơ đề cử", "In the nomination dossier")}</h2>
                <ul>{items}</ul>
            </section>
        }
        .into_any(),
    )
}

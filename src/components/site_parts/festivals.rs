//! The festivals of a site: lunar dates in words, this year's solar dates and how far off they
//! are, computed for "today" in Vietnam (overridable with `?today=`).

use super::cite::CiteCtx;
use super::logic::{format_solar, format_solar_span, when_text};
use super::sections::uncertain_note;
use crate::domain::festival::{
    format_festival_lunar, format_lunar_day, next_occurrence, when, When,
};
use crate::domain::lunar::{SolarDate, VIETNAM_TZ};
use crate::domain::model::{Festival, Lang, Site};
use crate::nav::href;
use leptos::prelude::*;

/// One festival: name, lunar dates, the coming solar dates, text, sources, ⚠ note.
fn festival(f: &Festival, today: SolarDate, ctx: &CiteCtx, lang: Lang) -> impl IntoView {
    let lunar = format_festival_lunar(f, lang);
    let main_day = f
        .main_day
        .map(|m| view! { <div><dt>{lang.t("Ngày chính (âm lịch)", "Main day (lunar)")}</dt><dd>{format_lunar_day(m, lang)}</dd></div> });
    let solar = next_occurrence(f, today, VIETNAM_TZ).map(|o| {
        let status = when(&o, today);
        let now = matches!(status, When::Now { .. });
        let opens = (o.end != o.start).then(|| {
            view! {
                <div>
                    <dt>{lang.t("Khai hội", "Opens")}</dt>
                    <dd><time datetime=o.start.to_string()>{format_solar(o.start, lang)}</time></dd>
                </div>
            }
        });
        let main = o.main.map(|m| {
            view! {
                <div>
                    <dt>{lang.t("Ngày chính", "Main day")}</dt>
                    <dd><time datetime=m.to_string()>{format_solar(m, lang)}</time></dd>
                </div>
            }
        });
        view! {
            <div>
                <dt>{lang.t("Dương lịch (lần tới)", "Solar calendar (next)")}</dt>
                <dd>
                    <time datetime=o.start.to_string()>{format_solar_span(o.start, o.end, lang)}</time>
                    " "
                    <span class="festival-when" class:now=now>{format!("({})", when_text(status, lang))}</span>
                </dd>
            </div>
            {opens}
            {main}
        }
    });
    view! {
        <li class="festival">
            <h3>{f.name.get(lang).to_string()}</h3>
            <dl class="site-dl festival-dates">
                <div><dt>{lang.t("Âm lịch", "Lunar calendar")}</dt><dd>{lunar}</dd></div>
                {main_day}
                {solar}
            </dl>
            <p>{f.text.get(lang).to_string()}{ctx.refs(&f.sources, lang)}</p>
            {uncertain_note(f.uncertain, f.note.as_ref(), lang)}
        </li>
    }
}

/// The festivals section, with a link to the whole calendar; `None` for a site without any.
pub fn festivals(site: &Site, today: SolarDate, ctx: &CiteCtx, lang: Lang) -> Option<AnyView> {
    if site.festivals.is_empty() {
        return None;
    }
    let items = site
        .festivals
        .iter()
        .map(|f| festival(f, today, ctx, lang))
        .collect_view();
    Some(
        view! {
            <section class="site-section site-festivals" aria-labelledby="site-festivals-title">
                <h2 id="site-festivals-title">{lang.t("Lễ hội", "Festivals")}</h2>
                <p class="hint">
                    {lang.t("Ngày dương lịch tính từ âm lịch Việt Nam (múi giờ UTC+7), tính từ ngày ",
                            "Solar dates worked out from the Vietnamese lunar calendar (UTC+7), counted from ")}
                    <time datetime=today.to_string()>{format_solar(today, lang)}</time>
                    "."
                </p>
                <ul class="festival-list">{items}</ul>
                <p><a href=href("/festivals", lang)>{lang.t("Lịch lễ hội của cả di sản", "Festival calendar of the whole property")}</a></p>
            </section>
        }
        .into_any(),
    )
}

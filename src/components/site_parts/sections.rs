//! The sections of a site page, one function each, in page order. Each takes what it shows and
//! the citation context; none computes anything beyond wording.

use super::cite::CiteCtx;
use super::logic::{
    approximate_text, format_coords, format_iso, life_dates, nearest_components, paragraphs,
    prev_next,
};
use crate::components::site_card::{province_line, status_badge};
use crate::domain::dataset::Dataset;
use crate::domain::date::{self, IsoDate};
use crate::domain::model::{Lang, Site, SiteStatus, Text};
use crate::domain::num::approx_km;
use crate::domain::query::{KEY_PERSON, KEY_STATUS};
use crate::nav::{href, href_with};
use leptos::prelude::*;

/// The ⚠ note of an uncertain item: a visible mark and words, never colour alone.
pub fn uncertain_note(uncertain: bool, note: Option<&Text>, lang: Lang) -> AnyView {
    if !uncertain && note.is_none() {
        return ().into_any();
    }
    let text = note.map(|n| n.get(lang).to_string());
    view! {
        <p class="uncertain-note">
            <strong class="warn-mark">{lang.t("⚠ Chưa chắc chắn", "⚠ Uncertain")}</strong>
            {text.map(|t| view! { ": " {t} })}
        </p>
    }
    .into_any()
}

/// A section with an h2 whose id labels it.
fn section(id: &'static str, class: &'static str, title: &'static str, body: AnyView) -> AnyView {
    let heading = format!("{id}-title");
    let labelled_by = heading.clone();
    view! {
        <section class=format!("site-section {class}") aria-labelledby=labelled_by>
            <h2 id=heading>{title}</h2>
            {body}
        </section>
    }
    .into_any()
}

/// Name, other names, badges, kind and what the place is (or is not) in the series.
pub fn head(site: &Site, lang: Lang) -> impl IntoView {
    let part = site.part;
    let show_vi = lang == Lang::En || site.name.vi != site.name.get(lang);
    let not_component = match site.status {
        SiteStatus::Component => None,
        SiteStatus::Associated => Some(lang.t(
            "Đây là địa điểm liên quan, KHÔNG phải một trong 12 hợp phần được UNESCO ghi danh.",
            "This is an associated place, NOT one of the 12 component parts inscribed by UNESCO.",
        )),
        SiteStatus::Dropped => Some(lang.t(
            "Địa điểm này đã được đề xuất rồi rút khỏi hồ sơ: KHÔNG phải một trong 12 hợp phần được UNESCO ghi danh.",
            "This place was proposed and then dropped from the dossier: it is NOT one of the 12 component parts inscribed by UNESCO.",
        )),
    };
    let alt = (!site.alt_names.is_empty()).then(|| {
        view! {
            <p class="site-alt-names">
                <span class="label">{lang.t("Tên khác: ", "Also known as: ")}</span>
                <span lang="vi">{site.alt_names.join(", ")}</span>
            </p>
        }
    });
    view! {
        <header class="site-head">
            <p class="site-badges">
                <span class=format!("badge status status-{}", site.status.id())>{status_badge(site, lang)}</span>
                <span class=format!("badge part part-{}", part.id())>
                    <span class="part-dot" aria-hidden="true"></span>
                    {part.label(lang)}
                </span>
            </p>
            <h1>{site.name.get(lang).to_string()}</h1>
            {show_vi.then(|| view! {
                <p class="site-vi-name">
                    <span class="label">{lang.t("Tên tiếng Việt: ", "Vietnamese name: ")}</span>
                    <span lang="vi">{site.name.vi.clone()}</span>
                </p>
            })}
            {alt}
            {not_component.map(|t| view! { <p class="status-note" role="note"><strong>{t}</strong></p> })}
            <dl class="site-head-facts">
                <div><dt>{lang.t("Loại hình", "Kind")}</dt><dd>{site.kind.label(lang)}</dd></div>
                <div><dt>{lang.t("Vị thế", "Status")}</dt><dd>{site.status.label(lang)}</dd></div>
                <div>
                    <dt>{lang.t("Chặng trong chuỗi di sản", "Part of the series")}</dt>
                    <dd>{part.label(lang)}</dd>
                </div>
            </dl>
            <p class="lede">{site.summary.get(lang).to_string()}</p>
        </header>
    }
}

/// One "⚠ Chưa chắc chắn" block per caveat.
pub fn caveats(site: &Site, ctx: &CiteCtx, lang: Lang) -> Option<AnyView> {
    if site.caveats.is_empty() {
        return None;
    }
    let blocks = site
        .caveats
        .iter()
        .map(|c| {
            view! {
                <div class="caveat-block" role="note">
                    <p class="caveat-title"><strong>{lang.t("⚠ Chưa chắc chắn", "⚠ Uncertain")}</strong></p>
                    <p>{c.text.get(lang).to_string()}{ctx.refs(&c.sources, lang)}</p>
                </div>
            }
        })
        .collect_view();
    let label = lang.t("Điều chưa chắc chắn", "What is uncertain");
    Some(
        view! { <div class="site-caveats" role="group" aria-label=label>{blocks}</div> }.into_any(),
    )
}

/// Province, locality, coordinates with their precision, and a link to the map; for a place
/// without a position of its own, the component whose area it lies in, or that its position is
/// not known.
pub fn location(ds: &Dataset, site: &Site, ctx: &CiteCtx, lang: Lang) -> AnyView {
    let position = match (&site.location, site.within.as_deref().and_then(|w| ds.site(w))) {
        (Some(loc), _) => {
            let approx = loc.approximate.then(|| {
                view! { " " <span class="approx">{format!("({})", approximate_text(loc.precision_m, lang))}</span> }
            });
            let source: Vec<String> = loc.source.iter().cloned().collect();
            view! {
                <div>
                    <dt>{lang.t("Tọa độ", "Coordinates")}</dt>
                    <dd><span class="coords">{format_coords(loc.lat, loc.lon, lang)}</span>{approx}{ctx.refs(&source, lang)}</dd>
                </div>
            }
            .into_any()
        }
        (None, Some(c)) => {
            let n = c.component.map(|n| n.to_string()).unwrap_or_default();
            view! {
                <div>
                    <dt>{lang.t("Vị trí", "Position")}</dt>
                    <dd class="within">
                        {lang.t("Nằm trong khu vực của hợp phần ", "Within the area of component ")}
                        <a href=href(&format!("/site/{}", c.id), lang)>
                            {format!("{n}, {}", c.name.get(lang))}
                        </a>
                        {lang.t(
                            " (không có tọa độ riêng).",
                            " (no coordinates of its own).",
                        )}
                    </dd>
                </div>
            }
            .into_any()
        }
        (None, None) => view! {
            <div>
                <dt>{lang.t("Vị trí", "Position")}</dt>
                <dd class="position-unknown">
                    {lang.t(
                        "Chưa rõ vị trí: không nguồn nào cho tọa độ, nên địa điểm này không có trên bản đồ.",
                        "Position not known: no source gives coordinates, so this place is not on the map.",
                    )}
                </dd>
            </div>
        }
        .into_any(),
    };
    // The map shows a place within a component beside that component's marker.
    let map_site = match (&site.location, &site.within) {
        (Some(_), _) => Some(site.id.clone()),
        (None, Some(w)) => Some(w.clone()),
        (None, None) => None,
    };
    let map_link = map_site.map(|id| {
        let map = href_with("/map", lang, &[("site".into(), id)]);
        view! { <p class="map-link"><a class="button" href=map>{lang.t("Xem trên bản đồ", "See it on the map")}</a></p> }
    });
    // A component names the places without a position of their own that lie in its area.
    let inside: Vec<&Site> = ds
        .sites
        .iter()
        .filter(|s| s.location.is_none() && s.within.as_deref() == Some(site.id.as_str()))
        .collect();
    let inside = (!inside.is_empty()).then(|| {
        let links = inside
            .iter()
            .enumerate()
            .map(|(n, s)| {
                let sep = if n == 0 { "" } else { ", " };
                view! { {sep}<a href=href(&format!("/site/{}", s.id), lang)>{s.name.get(lang).to_string()}</a> }
            })
            .collect_view();
        view! {
            <p class="site-inside">
                {lang.t("Cũng nằm trong khu vực này: ", "Also within this area: ")}
                {links}
            </p>
        }
    });
    let note = site.location.as_ref().and_then(|l| l.note.as_ref());
    let body = view! {
        <dl class="site-dl">
            <div><dt>{lang.t("Tỉnh, thành phố", "Province")}</dt><dd>{province_line(ds, site, lang)}</dd></div>
            <div>
                <dt>{lang.t("Địa bàn (tên trước 2025)", "Locality (names before 2025)")}</dt>
                <dd lang="vi">{site.locality.get(lang).to_string()}</dd>
            </div>
            {position}
        </dl>
        {note.map(|n| view! { <p class="location-note">{n.get(lang).to_string()}</p> })}
        {inside}
        {map_link}
    }
    .into_any();
    section(
        "site-location",
        "site-location",
        lang.t("Vị trí", "Location"),
        body,
    )
}

/// The description in paragraphs, the founding and the periods.
pub fn about(site: &Site, lang: Lang) -> AnyView {
    let paras = paragraphs(site.description.get(lang))
        .into_iter()
        .map(|p| view! { <p>{p}</p> })
        .collect_view();
    let eras: Vec<&str> = site.eras.iter().map(|e| e.label(lang)).collect();
    let founded = site.founded.as_ref().map(|f| {
        view! { <div><dt>{lang.t("Khởi dựng", "Founded")}</dt><dd>{f.get(lang).to_string()}</dd></div> }
    });
    let eras = (!eras.is_empty()).then(|| {
        view! { <div><dt>{lang.t("Thời kỳ", "Periods")}</dt><dd>{eras.join(", ")}</dd></div> }
    });
    let body = view! {
        <div class="description">{paras}</div>
        <dl class="site-dl">{founded}{eras}</dl>
    }
    .into_any();
    section(
        "site-about",
        "site-about",
        lang.t("Giới thiệu", "About"),
        body,
    )
}

/// Key facts, each with its numbered citations and ⚠ note.
pub fn facts(site: &Site, ctx: &CiteCtx, lang: Lang) -> Option<AnyView> {
    if site.facts.is_empty() {
        return None;
    }
    let items = site
        .facts
        .iter()
        .map(|f| {
            view! {
                <li class:uncertain-item=f.uncertain>
                    {f.text.get(lang).to_string()}
                    {ctx.refs(&f.sources, lang)}
                    {uncertain_note(f.uncertain, f.note.as_ref(), lang)}
                </li>
            }
        })
        .collect_view();
    let body = view! { <ul class="key-facts">{items}</ul> }.into_any();
    Some(section(
        "site-facts",
        "site-facts",
        lang.t("Thông tin chính", "Key facts"),
        body,
    ))
}

/// The people linked to the site, each linking to the catalogue filtered by that person.
pub fn people(ds: &Dataset, site: &Site, lang: Lang) -> Option<AnyView> {
    let items: Vec<AnyView> = site
        .people
        .iter()
        .filter_map(|id| ds.person(id))
        .map(|p| {
            let link = href(&format!("/person/{}", p.id), lang);
            let others = href_with("/sites", lang, &[(KEY_PERSON.into(), p.id.clone())]);
            let dates = life_dates(p, lang)
                .map(|d| view! { " " <span class="life-dates">{format!("({d})")}</span> });
            view! {
                <li>
                    <a href=link lang="vi">{p.name.get(lang).to_string()}</a>
                    {dates}
                    " — "
                    <span class="role">{p.role.get(lang).to_string()}</span>
                    " ("
                    <a class="person-sites-link" href=others>{lang.t("mọi điểm gắn với người này", "every site linked to them")}</a>
                    ")"
                    {uncertain_note(p.uncertain, p.note.as_ref(), lang)}
                </li>
            }
            .into_any()
        })
        .collect();
    if items.is_empty() {
        return None;
    }
    let body = view! {
        <p class="hint">{lang.t(
            "Chọn một tên để đọc về người đó.",
            "Choose a name to read about that person.",
        )}</p>
        <ul class="people-list">{items}</ul>
    }
    .into_any();
    Some(section(
        "site-people",
        "site-people",
        lang.t("Nhân vật liên quan", "People"),
        body,
    ))
}

/// Official recognitions with kind, title, date, sources and ⚠ note.
pub fn recognitions(site: &Site, ctx: &CiteCtx, lang: Lang) -> Option<AnyView> {
    if site.recognitions.is_empty() {
        return None;
    }
    let items = site
        .recognitions
        .iter()
        .map(|r| {
            let when = r
                .date
                .as_deref()
                .map(|d| format_iso(d, lang))
                .or_else(|| r.year.map(|y| y.to_string()))
                // Titles often carry the year already: "Di tích quốc gia (1962)".
                .filter(|w| !r.title.get(lang).contains(w.as_str()));
            view! {
                <li>
                    <strong class="recognition-kind">{r.kind.label(lang)}</strong>
                    ": "
                    {r.title.get(lang).to_string()}
                    {when.map(|w| view! { " " <span class="recognition-date">{format!("({w})")}</span> })}
                    {ctx.refs(&r.sources, lang)}
                    {uncertain_note(r.uncertain, r.note.as_ref(), lang)}
                </li>
            }
        })
        .collect_view();
    let body = view! { <ul class="recognitions">{items}</ul> }.into_any();
    Some(section(
        "site-recognitions",
        "site-recognitions",
        lang.t("Công nhận", "Recognitions"),
        body,
    ))
}

/// Practical information, dated.
pub fn visit(site: &Site, ctx: &CiteCtx, lang: Lang) -> Option<AnyView> {
    let v = site.visit.as_ref()?;
    let as_of = format_iso(&v.as_of, lang);
    let body = view! {
        <p>{v.text.get(lang).to_string()}{ctx.refs(&v.sources, lang)}</p>
        <p class="as-of">
            {lang.t("Thông tin tính đến ", "Information as of ")}
            <time datetime=v.as_of.clone()>{as_of}</time>
        </p>
        {uncertain_note(v.uncertain, v.note.as_ref(), lang)}
    }
    .into_any();
    Some(section(
        "site-visit",
        "site-visit",
        lang.t("Thông tin tham quan", "Visiting"),
        body,
    ))
}

/// Dossier milestones that name the site, each a deep link into the dossier timeline.
pub fn milestones(ds: &Dataset, site: &Site, lang: Lang) -> Option<AnyView> {
    let items: Vec<AnyView> = ds
        .milestones_for_site(&site.id)
        .map(|m| {
            let start = IsoDate::parse(&m.date);
            let end = m.end_date.as_deref().and_then(IsoDate::parse);
            let when = start
                .map(|s| date::format_span(&s, end.as_ref(), lang))
                .unwrap_or_else(|| m.date.clone());
            let link = href_with("/dossier", lang, &[("m".into(), m.id.clone())]);
            view! {
                <li>
                    <a href=link class="milestone-link">
                        <time datetime=m.date.clone()>{when}</time>
                        " — "
                        {m.title.get(lang).to_string()}
                    </a>
                </li>
            }
            .into_any()
        })
        .collect();
    if items.is_empty() {
        return None;
    }
    let body = view! { <ol class="milestones">{items}</ol> }.into_any();
    Some(section(
        "site-milestones",
        "site-milestones",
        lang.t("Trong hồ sơ di sản", "In the nomination dossier"),
        body,
    ))
}

/// The three nearest other components, with straight-line distances.
pub fn nearby(ds: &Dataset, site: &Site, lang: Lang) -> Option<AnyView> {
    let near = nearest_components(ds, site, 3);
    if near.is_empty() {
        return None;
    }
    let items = near
        .into_iter()
        .map(|(s, km)| {
            view! {
                <li>
                    <a href=href(&format!("/site/{}", s.id), lang)>{s.name.get(lang).to_string()}</a>
                    " "
                    <span class="km">{approx_km(km, lang)}</span>
                </li>
            }
        })
        .collect_view();
    let body = view! {
        <ol class="nearby">{items}</ol>
        <p class="hint">{lang.t(
            "Khoảng cách đường chim bay giữa các tọa độ ước tính, có thể lệch vài km; đường đi thực tế dài hơn.",
            "Straight-line distances between approximate coordinates, which may be a few km off; the way by road is longer.",
        )}</p>
    }
    .into_any();
    Some(section(
        "site-nearby",
        "site-nearby",
        lang.t("Hợp phần gần nhất", "Nearest components"),
        body,
    ))
}

/// Previous and next components (wrapping 12 → 1), or a way to the 12 for any other place.
pub fn prev_next_nav(ds: &Dataset, site: &Site, lang: Lang) -> impl IntoView {
    let label = lang.t("Các hợp phần khác", "Other components");
    let body = match prev_next(ds, site) {
        Some((p, n)) => {
            let link = |s: &Site| href(&format!("/site/{}", s.id), lang);
            view! {
                <a class="prev" rel="prev" href=link(p)>
                    <span class="dir">{lang.t("← Trước", "← Previous")}</span>
                    <span class="target">{format!("{} · {}", status_badge(p, lang), p.name.get(lang))}</span>
                </a>
                <a class="next" rel="next" href=link(n)>
                    <span class="dir">{lang.t("Tiếp →", "Next →")}</span>
                    <span class="target">{format!("{} · {}", status_badge(n, lang), n.name.get(lang))}</span>
                </a>
            }
            .into_any()
        }
        None => {
            let all = href_with("/sites", lang, &[(KEY_STATUS.into(), "component".into())]);
            view! { <a class="all" href=all>{lang.t("Xem 12 hợp phần di sản", "See the 12 component parts")}</a> }
                .into_any()
        }
    };
    view! { <nav class="site-prev-next" aria-label=label>{body}</nav> }
}

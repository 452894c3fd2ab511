//! The `<head>` of each page: title, description, canonical URL, language alternates, Open Graph
//! and Twitter card tags, schema.org JSON-LD. Tags are drawn with Leptos's `view!`, which escapes
//! every attribute; the JSON-LD is written by serde_json.

use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::CustomAttribute;
use serde_json::{json, Value};
use yentu_explorer::clock::today;
use yentu_explorer::domain::calendar::upcoming;
use yentu_explorer::domain::dataset::Dataset;
use yentu_explorer::domain::lifelines::dates_text;
use yentu_explorer::domain::lunar::VIETNAM_TZ;
use yentu_explorer::domain::model::{Lang, Person, Site, SiteKind};
use yentu_explorer::domain::person::sites_of;
use yentu_explorer::domain::route::{document_title, path_of, Page};

/// What the head of one page says.
pub struct PageMeta {
    /// The page.
    pub page: Page,
    /// Its language.
    pub lang: Lang,
    /// `<title>`.
    pub title: String,
    /// The meta description.
    pub description: String,
    /// The page's path in each language (`None` for the not-found page).
    pub paths: Option<(String, String)>,
    /// The share image's path under the base, where the page has one.
    pub image: Option<String>,
    /// The JSON-LD objects for the page.
    pub jsonld: Vec<Value>,
}

/// A person page's description: name, role and life dates as the data gives them.
fn person_description(p: &Person, lang: Lang) -> String {
    let mut out = format!("{} — {}", p.name.get(lang), p.role.get(lang));
    if let Some(d) = dates_text(p, lang) {
        out.push_str(&format!(" ({d})"));
    }
    out.push('.');
    out
}

/// schema.org `Person` for a person page: name, other names, role, the years the data gives,
/// and the sites linked to them.
fn person_ld(
    ds: &Dataset,
    p: &Person,
    lang: Lang,
    url_of: &dyn Fn(Page, &str) -> Option<String>,
) -> Value {
    let mut ld = json!({
        "@context": "https://schema.org",
        "@type": "Person",
        "name": p.name.get(lang),
        "alternateName": p.alt_names,
        "description": p.role.get(lang),
        "url": url_of(Page::Person, &p.id),
        "subjectOf": sites_of(ds, p)
            .into_iter()
            .map(|s| json!({
                "@type": "LandmarksOrHistoricalBuildings",
                "name": s.name.get(lang),
                "url": url_of(Page::Site, &s.id),
            }))
            .collect::<Vec<_>>(),
    });
    if let Some(b) = p.born {
        ld["birthDate"] = json!(b.to_string());
    }
    if let Some(d) = p.died {
        ld["deathDate"] = json!(d.to_string());
    }
    ld
}

/// Short texts for the pages whose description is not in the data.
fn fixed_description(page: Page, lang: Lang) -> &'static str {
    match page {
        Page::Sites => lang.t(
            "Danh sách 12 hợp phần và các địa điểm liên quan của Di sản thế giới Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc: tìm kiếm, lọc theo tỉnh, loại hình, thời kỳ, nhân vật.",
            "The 12 component parts and associated places of the Yen Tu – Vinh Nghiem – Con Son, Kiep Bac World Heritage property: search and filter by province, kind, era and person.",
        ),
        Page::Map => lang.t(
            "Bản đồ các điểm di tích của Di sản thế giới Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc tại Quảng Ninh, Bắc Ninh và Hải Phòng.",
            "Map of the sites of the Yen Tu – Vinh Nghiem – Con Son, Kiep Bac World Heritage property in Quang Ninh, Bac Ninh and Hai Phong.",
        ),
        Page::Dossier => lang.t(
            "Hành trình hồ sơ đề cử Di sản thế giới Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc, từ danh sách dự kiến đến khi được ghi danh ngày 12/7/2025.",
            "The nomination dossier of the Yen Tu – Vinh Nghiem – Con Son, Kiep Bac World Heritage property, from the Tentative List to its inscription on 12 July 2025.",
        ),
        Page::Festivals => lang.t(
            "Lịch lễ hội ở các điểm di tích Yên Tử, Vĩnh Nghiêm, Côn Sơn, Kiếp Bạc: ngày âm lịch và ngày dương lịch của lần tới.",
            "Festival calendar of the Yen Tu, Vinh Nghiem, Con Son and Kiep Bac sites: lunar dates and the solar dates of the next occurrence.",
        ),
        Page::Sources => lang.t(
            "Các nguồn công khai mà dữ liệu về Di sản thế giới Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc dựa vào.",
            "The public sources behind the data on the Yen Tu – Vinh Nghiem – Con Son, Kiep Bac World Heritage property.",
        ),
        Page::Plan => lang.t(
            "Lên kế hoạch tham quan các điểm di tích Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc: chọn điểm đến, thứ tự ngắn nhất theo đường chim bay, chia ngày, mở chỉ đường trong ứng dụng bản đồ.",
            "Plan a visit to the Yen Tu – Vinh Nghiem – Con Son, Kiep Bac sites: choose the stops, the shortest straight-line order, days, and directions in a maps app.",
        ),
        Page::People => lang.t(
            "Những nhân vật lịch sử gắn với các điểm di tích Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc: các vị tổ Trúc Lâm, vua và tướng nhà Trần, nhà nho, cùng đường đời của họ trên một trục thời gian.",
            "The people linked to the Yen Tu – Vinh Nghiem – Con Son, Kiep Bac sites: the Trúc Lâm patriarchs, Trần kings and generals, scholars, and their lifelines on one time axis.",
        ),
        Page::Data => lang.t(
            "Dữ liệu mở về Di sản thế giới Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc: các điểm di tích (CSV, GeoJSON, GPX), lịch lễ hội (.ics), các mốc hồ sơ (CSV) và các tệp JSON, theo giấy phép CC BY 4.0.",
            "Open data on the Yen Tu – Vinh Nghiem – Con Son, Kiep Bac World Heritage property: the sites (CSV, GeoJSON, GPX), the festival calendar (.ics), the dossier milestones (CSV) and the JSON files, under CC BY 4.0.",
        ),
        _ => lang.t(
            "Không tìm thấy trang này trong trang khám phá Di sản thế giới Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc.",
            "This page was not found in the explorer of the Yen Tu – Vinh Nghiem – Con Son, Kiep Bac World Heritage property.",
        ),
    }
}

impl PageMeta {
    /// The head of `page` (with `site`, the site id of a site page) in `lang`. `site_url` is the
    /// absolute address of the site's root, for JSON-LD's URLs.
    pub fn new(ds: &Dataset, page: Page, site: &str, lang: Lang, site_url: Option<&str>) -> Self {
        let paths = (page != Page::NotFound)
            .then(|| (path_of(page, site, Lang::Vi), path_of(page, site, Lang::En)));
        let abs = |path: &str| site_url.map(|u| format!("{}{}", u.trim_end_matches('/'), path));
        let site_rec = ds.site(site).filter(|_| page == Page::Site);
        let person_rec = ds.person(site).filter(|_| page == Page::Person);
        let (title, description) = match (page, site_rec) {
            (Page::Person, _) if person_rec.is_some() => person_rec.map_or_else(
                || (String::new(), String::new()),
                |p| {
                    (
                        document_title(p.name.get(lang), lang),
                        person_description(p, lang),
                    )
                },
            ),
            (Page::Site, Some(s)) => (
                document_title(s.name.get(lang), lang),
                s.summary.get(lang).to_string(),
            ),
            (Page::Home, _) => (
                document_title("", lang),
                ds.property.summary.get(lang).to_string(),
            ),
            _ => (
                document_title(page.title(lang), lang),
                fixed_description(page, lang).to_string(),
            ),
        };
        let image = match (page, site_rec) {
            (Page::Site, Some(s)) => Some(format!("share/{}.png", s.id)),
            (Page::NotFound, _) => None,
            _ => Some("share/property.png".to_string()),
        };
        let mut jsonld = Vec::new();
        let url_of = |p: Page, id: &str| abs(&path_of(p, id, lang));
        match (page, site_rec) {
            (Page::Home, _) => jsonld.push(property_ld(ds, lang, &url_of)),
            (Page::Site, Some(s)) => jsonld.push(site_ld(ds, s, lang, &url_of)),
            (Page::Person, _) => {
                if let Some(p) = person_rec {
                    jsonld.push(person_ld(ds, p, lang, &url_of));
                }
            }
            (Page::Festivals, _) => jsonld.extend(festival_ld(ds, lang, &url_of)),
            _ => {}
        }
        PageMeta {
            page,
            lang,
            title,
            description,
            paths,
            image,
            jsonld,
        }
    }

    /// The tags, as HTML, for `<head>` (after `<meta charset>`). `site_url` is the absolute
    /// address of the site's root, if known.
    pub fn to_html(&self, site_url: Option<&str>) -> String {
        let abs = |path: &str| site_url.map(|u| format!("{}{}", u.trim_end_matches('/'), path));
        let canonical = self.paths.as_ref().and_then(|(vi, en)| match self.lang {
            Lang::Vi => abs(vi),
            Lang::En => abs(en),
        });
        let alternates: Vec<(&'static str, String)> = self
            .paths
            .as_ref()
            .and_then(|(vi, en)| {
                Some([("vi", abs(vi)?), ("en", abs(en)?), ("x-default", abs(vi)?)])
            })
            .map(Vec::from)
            .unwrap_or_default();
        let image = self.image.as_ref().and_then(|p| abs(&format!("/{p}")));
        let locale = match self.lang {
            Lang::Vi => "vi_VN",
            Lang::En => "en_US",
        };
        let alt_locale = match self.lang {
            Lang::Vi => "en_US",
            Lang::En => "vi_VN",
        };
        let site_name = document_title("", self.lang);
        let title = self.title.clone();
        let description = self.description.clone();
        let jsonld: Vec<String> = self.jsonld.iter().map(script_json).collect();
        let tags = view! {
            <title>{title.clone()}</title>
            <link rel="manifest" href="manifest.webmanifest" />
            <link rel="apple-touch-icon" href="apple-touch-icon.png" />
            <meta name="description" content=description.clone() />
            {canonical.clone().map(|c| view! { <link rel="canonical" href=c /> })}
            {alternates
                .into_iter()
                .map(|(l, href)| view! { <link rel="alternate" hreflang=l href=href /> })
                .collect_view()}
            {og("og:type", if self.page == Page::Site { "place" } else { "website" })}
            {og("og:site_name", site_name)}
            {og("og:title", title.clone())}
            {og("og:description", description.clone())}
            {og("og:locale", locale)}
            {og("og:locale:alternate", alt_locale)}
            {canonical.map(|c| view! { {og("og:url", c)} })}
            {image.clone().map(|i| view! {
                {og("og:image", i)}
                {og("og:image:width", "1200")}
                {og("og:image:height", "630")}
            })}
            <meta name="twitter:card" content=if image.is_some() { "summary_large_image" } else { "summary" } />
            <meta name="twitter:title" content=title />
            <meta name="twitter:description" content=description />
            {image.map(|i| view! { <meta name="twitter:image" content=i /> })}
            {jsonld
                .into_iter()
                .map(|j| view! { <script type="application/ld+json" inner_html=j></script> })
                .collect_view()}
        };
        // The offline copy's size, stamped once every file is written (offline.rs).
        crate::site::without_markers(tags.to_html()) + crate::offline::SIZE_META
    }
}

/// `<meta property=… content=…>` (Open Graph's attribute, which `view!` has no name for).
fn og(property: &'static str, content: impl Into<String>) -> impl IntoView {
    leptos::html::meta()
        .attr("property", property)
        .attr("content", content.into())
}

/// A JSON value as the body of a `<script>` element: `<` written as `\u003c`, so that no
/// `</script>` can end it early (JSON reads it back the same).
fn script_json(v: &Value) -> String {
    v.to_string().replace('<', "\\u003c")
}

/// The property as a whole: a landmark with its 12 component parts.
fn property_ld(ds: &Dataset, lang: Lang, url_of: &dyn Fn(Page, &str) -> Option<String>) -> Value {
    let p = &ds.property;
    let parts: Vec<Value> = ds
        .components()
        .iter()
        .map(|s| {
            json!({
                "@type": site_type(s.kind),
                "name": s.name.get(lang),
                "url": url_of(Page::Site, &s.id),
            })
        })
        .collect();
    json!({
        "@context": "https://schema.org",
        "@type": "LandmarksOrHistoricalBuildings",
        "name": p.name.get(lang),
        "alternateName": p.short_name.get(lang),
        "description": p.summary.get(lang),
        "url": url_of(Page::Home, ""),
        "geo": {
            "@type": "GeoCoordinates",
            "latitude": p.point.lat,
            "longitude": p.point.lon,
        },
        "containedInPlace": { "@type": "Country", "name": lang.t("Việt Nam", "Viet Nam") },
        "subjectOf": {
            "@type": "CreativeWork",
            "name": lang.t("Danh sách Di sản thế giới UNESCO, số 1732", "UNESCO World Heritage List, no. 1732"),
            "url": "https://whc.unesco.org/en/list/1732",
        },
        "hasPart": parts,
    })
}

/// The schema.org type of a site: Buddhist pagodas and monasteries, other places of worship,
/// other landmarks.
fn site_type(kind: SiteKind) -> &'static str {
    match kind {
        SiteKind::Pagoda | SiteKind::ZenMonastery => "BuddhistTemple",
        SiteKind::Temple | SiteKind::AncestralTemple => "PlaceOfWorship",
        _ => "LandmarksOrHistoricalBuildings",
    }
}

/// One site: its type, name, summary, approximate position, province, and the property it is
/// part of.
fn site_ld(
    ds: &Dataset,
    s: &Site,
    lang: Lang,
    url_of: &dyn Fn(Page, &str) -> Option<String>,
) -> Value {
    let region = ds
        .province(&s.province_now)
        .map(|p| p.name.get(lang).to_string());
    let mut v = json!({
        "@context": "https://schema.org",
        "@type": site_type(s.kind),
        "name": s.name.get(lang),
        "alternateName": s.alt_names,
        "description": s.summary.get(lang),
        "url": url_of(Page::Site, &s.id),
        "address": {
            "@type": "PostalAddress",
            "addressRegion": region,
            "addressCountry": "VN",
        },
        "containedInPlace": {
            "@type": "LandmarksOrHistoricalBuildings",
            "name": ds.property.name.get(lang),
            "url": url_of(Page::Home, ""),
        },
    });
    // A place without a position of its own gets no coordinates.
    if let (Some(loc), Some(obj)) = (&s.location, v.as_object_mut()) {
        obj.insert(
            "geo".to_string(),
            json!({
                "@type": "GeoCoordinates",
                "latitude": loc.lat,
                "longitude": loc.lon,
                "description": match (loc.approximate, lang) {
                    (false, _) => String::new(),
                    (true, Lang::Vi) => format!("Vị trí ước tính, sai số khoảng {} m", loc.precision_m),
                    (true, Lang::En) => format!("Approximate position, within about {} m", loc.precision_m),
                },
            }),
        );
    }
    v
}

/// Every festival as an event at its next dates from the build date.
fn festival_ld(
    ds: &Dataset,
    lang: Lang,
    url_of: &dyn Fn(Page, &str) -> Option<String>,
) -> Vec<Value> {
    upcoming(&ds.sites, today(), VIETNAM_TZ)
        .iter()
        .map(|u| {
            let geo = u.site.location.as_ref().map(|l| {
                json!({
                    "@type": "GeoCoordinates",
                    "latitude": l.lat,
                    "longitude": l.lon,
                })
            });
            json!({
                "@context": "https://schema.org",
                "@type": "Event",
                "name": u.festival.name.get(lang),
                "description": u.festival.text.get(lang),
                "startDate": u.occurrence.start.to_string(),
                "endDate": u.occurrence.end.to_string(),
                "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
                "location": {
                    "@type": site_type(u.site.kind),
                    "name": u.site.name.get(lang),
                    "url": url_of(Page::Site, &u.site.id),
                    "geo": geo,
                },
            })
        })
        .collect()
}

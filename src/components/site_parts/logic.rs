//! What the site page works out before it draws anything: the order sources are cited in, the
//! nearest components, the neighbours in the series, and the small formatting of numbers and
//! dates. No Leptos here, so that it can move to `domain/` unchanged if native tests want it.

use crate::domain::dataset::Dataset;
use crate::domain::date::{self, IsoDate};
use crate::domain::festival::When;
use crate::domain::geo::distance_km;
use crate::domain::lunar::SolarDate;
use crate::domain::model::{Lang, Person, Site};
use crate::domain::num::{fixed, local};

/// Source ids in the order they are first cited on the page, each once. The order follows the
/// page: caveats, location, key facts, recognitions, festivals, visitor information, then the
/// site's general sources that nothing above cites.
pub fn citation_order(site: &Site) -> Vec<String> {
    let ids = site
        .caveats
        .iter()
        .flat_map(|c| c.sources.iter())
        .chain(site.location.iter().flat_map(|l| l.source.iter()))
        .chain(site.facts.iter().flat_map(|f| f.sources.iter()))
        .chain(site.recognitions.iter().flat_map(|r| r.sources.iter()))
        .chain(site.festivals.iter().flat_map(|f| f.sources.iter()))
        .chain(site.visit.iter().flat_map(|v| v.sources.iter()))
        .chain(site.sources.iter());
    let mut order: Vec<String> = Vec::new();
    for id in ids {
        if !order.iter().any(|o| o == id) {
            order.push(id.clone());
        }
    }
    order
}

/// The numbers [1], [2], … given to sources in order of first use.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Citations {
    /// Source ids; the number of `order[i]` is `i + 1`.
    pub order: Vec<String>,
}

impl Citations {
    /// The numbering for a site page.
    pub fn for_site(site: &Site) -> Citations {
        Citations {
            order: citation_order(site),
        }
    }

    /// The number of source `id`, from 1.
    pub fn number(&self, id: &str) -> Option<usize> {
        self.order.iter().position(|o| o == id).map(|i| i + 1)
    }
}

/// Paragraphs of a text: split at blank lines, trimmed, empty ones dropped.
pub fn paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(current.join("\n"));
                current.clear();
            }
        } else {
            current.push(line.trim());
        }
    }
    if !current.is_empty() {
        out.push(current.join("\n"));
    }
    out
}

/// The `n` components nearest to `site` (never `site` itself), nearest first, with distances in
/// kilometres. Sites without finite coordinates are left out. A place without a position of its
/// own has no nearest components (its page says which component's area it lies in, if known).
pub fn nearest_components<'a>(ds: &'a Dataset, site: &Site, n: usize) -> Vec<(&'a Site, f64)> {
    let Some(here) = &site.location else {
        return Vec::new();
    };
    let mut near: Vec<(&Site, f64)> = ds
        .components()
        .into_iter()
        .filter(|s| s.id != site.id)
        .filter_map(|s| {
            let p = s.location.as_ref()?;
            Some((s, distance_km(here.lat, here.lon, p.lat, p.lon)))
        })
        .filter(|(_, d)| d.is_finite())
        .collect();
    crate::domain::sort::sort_by(&mut near, |a, b| a.1.total_cmp(&b.1));
    near.truncate(n);
    near
}

/// The previous and next components by number, wrapping 12 → 1 and 1 → 12 so that the series
/// can be toured in a loop. `None` for a place that is not a component.
pub fn prev_next<'a>(ds: &'a Dataset, site: &Site) -> Option<(&'a Site, &'a Site)> {
    site.component?;
    let list = ds.components();
    let i = list.iter().position(|s| s.id == site.id)?;
    let prev = list.get((i + list.len() - 1) % list.len())?;
    let next = list.get((i + 1) % list.len())?;
    Some((prev, next))
}

/// Decimal degrees to 4 decimals with hemispheres: "21.1400° B, 106.3800° Đ" / "21.1400° N,
/// 106.3800° E". Decimal points in both languages, as coordinates are copied into map apps.
pub fn format_coords(lat: f64, lon: f64, lang: Lang) -> String {
    let (n, s, e, w) = match lang {
        Lang::Vi => ("B", "N", "Đ", "T"),
        Lang::En => ("N", "S", "E", "W"),
    };
    let ns = if lat >= 0.0 { n } else { s };
    let ew = if lon >= 0.0 { e } else { w };
    format!(
        "{}° {ns}, {}° {ew}",
        fixed(lat.abs(), 4),
        fixed(lon.abs(), 4)
    )
}

/// "vị trí ước tính ±3 km" / "approximate location ±3 km" from a precision in metres (under a
/// kilometre it is given in metres).
pub fn approximate_text(precision_m: u32, lang: Lang) -> String {
    let radius = if precision_m >= 1000 {
        let km = f64::from(precision_m) / 1000.0;
        format!("±{} km", local(km, 1, lang))
    } else {
        format!("±{precision_m} m")
    };
    match lang {
        Lang::Vi => format!("vị trí ước tính {radius}"),
        Lang::En => format!("approximate location {radius}"),
    }
}

/// Life dates where known: "1637–1704", "? – 1308" / "mất 1308" style; `None` without either.
pub fn life_dates(p: &Person, lang: Lang) -> Option<String> {
    match (p.born, p.died, lang) {
        (Some(b), Some(d), _) => Some(format!("{b}–{d}")),
        (None, Some(d), Lang::Vi) => Some(format!("mất {d}")),
        (None, Some(d), Lang::En) => Some(format!("died {d}")),
        (Some(b), None, Lang::Vi) => Some(format!("sinh {b}")),
        (Some(b), None, Lang::En) => Some(format!("born {b}")),
        (None, None, _) => None,
    }
}

/// A solar day: vi "04/03/2026", en "4 Mar 2026".
pub fn format_solar(d: SolarDate, lang: Lang) -> String {
    IsoDate::ymd(d.year, d.month, d.day)
        .map(|i| date::format(&i, lang))
        .unwrap_or_else(|| d.to_string())
}

/// A span of solar days: vi "26/02 – 17/04/2026", en "26 Feb – 17 Apr 2026" ("4–11 Mar 2026"
/// within a month); both ends in full across a year; one day when `start == end`.
pub fn format_solar_span(start: SolarDate, end: SolarDate, lang: Lang) -> String {
    if start == end {
        return format_solar(start, lang);
    }
    match (lang, start.year == end.year) {
        (Lang::Vi, true) => format!(
            "{:02}/{:02} – {}",
            start.day,
            start.month,
            format_solar(end, lang)
        ),
        (Lang::Vi, false) => format!(
            "{} – {}",
            format_solar(start, lang),
            format_solar(end, lang)
        ),
        (Lang::En, _) => match (
            IsoDate::ymd(start.year, start.month, start.day),
            IsoDate::ymd(end.year, end.month, end.day),
        ) {
            (Some(a), Some(b)) => date::format_span(&a, Some(&b), lang),
            _ => format!("{start} – {end}"),
        },
    }
}

/// "đang diễn ra (ngày 2/8)" / "happening now (day 2 of 8)", "ngày mai" / "tomorrow",
/// "còn 48 ngày" / "in 48 days", "đã qua" / "over".
pub fn when_text(w: When, lang: Lang) -> String {
    match (w, lang) {
        (When::Now { of: 1, .. }, Lang::Vi) => "đang diễn ra hôm nay".into(),
        (When::Now { of: 1, .. }, Lang::En) => "happening today".into(),
        (When::Now { day, of }, Lang::Vi) => format!("đang diễn ra (ngày {day}/{of})"),
        (When::Now { day, of }, Lang::En) => format!("happening now (day {day} of {of})"),
        (When::InDays(1), Lang::Vi) => "ngày mai".into(),
        (When::InDays(1), Lang::En) => "tomorrow".into(),
        (When::InDays(n), Lang::Vi) => format!("còn {n} ngày"),
        (When::InDays(n), Lang::En) => format!("in {n} days"),
        (When::Past, Lang::Vi) => "đã qua".into(),
        (When::Past, Lang::En) => "over".into(),
    }
}

/// An ISO date of the data at its own precision ("10/2015" / "Oct 2015"); the raw text if it
/// does not parse.
pub fn format_iso(s: &str, lang: Lang) -> String {
    IsoDate::parse(s)
        .map(|d| date::format(&d, lang))
        .unwrap_or_else(|| s.to_string())
}

//! The data as files people's tools open: the sites as CSV (Excel, LibreOffice), GeoJSON (QGIS,
//! uMap, geojson.io) and GPX (GPS apps), the dossier timeline as CSV and the festivals as an
//! iCalendar feed. The build tool writes them for the Data page (`src/bin/build_site/downloads.rs`)
//! and the catalogue makes its "download these results" from the same functions in the browser.
//!
//! CSV is written here (RFC 4180) rather than with the `csv` crate: it is a few lines, and the
//! catalogue's export runs in the browser, where every dependency adds to the page's download.

use crate::domain::calendar::{ics_events, Upcoming};
use crate::domain::dataset::Dataset;
use crate::domain::festival::{ics_calendar_at, ics_fold, occurrence_in, when, IcsEvent};
use crate::domain::gpx::waypoints_gpx;
use crate::domain::lunar::{solar_to_lunar, SolarDate};
use crate::domain::model::{Lang, Site};
use crate::domain::route::{path_of, Page};

/// The byte-order mark that makes Excel read a CSV file as UTF-8 (Vietnamese intact).
pub const BOM: &str = "\u{feff}";

/// Days covered by the festival feed from its first day: the next 12 months.
pub const FEED_DAYS: i64 = 365;

/// Where the build writes the downloads, relative to the site's root.
pub const DOWNLOADS_DIR: &str = "data/downloads";

/// Where the build writes `docs/data-schema.md` as a page, relative to the site's root.
pub const SCHEMA_PAGE: &str = "data/schema/";

/// The files the build writes into [`DOWNLOADS_DIR`], with their media types.
pub const DOWNLOADS: [(&str, &str); 5] = [
    ("sites.csv", "text/csv; charset=utf-8"),
    ("sites.geojson", "application/geo+json"),
    ("sites.gpx", "application/gpx+xml"),
    ("timeline.csv", "text/csv; charset=utf-8"),
    ("festivals.ics", "text/calendar; charset=utf-8"),
];

/// One value of an exported record.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Text (empty text is an empty CSV field and a JSON string).
    Text(String),
    /// A whole number.
    Int(i64),
    /// A decimal number (coordinates).
    Num(f64),
    /// Yes or no.
    Bool(bool),
    /// A ⚠ flag: "⚠" or empty in CSV, a boolean in JSON.
    Flag(bool),
    /// Nothing known: an empty CSV field, JSON `null`.
    Null,
}

impl Value {
    /// The CSV field (before quoting).
    pub fn csv(&self) -> String {
        match self {
            Value::Text(s) => s.clone(),
            Value::Int(n) => n.to_string(),
            // Not `f64::to_string`: Rust's float printing would join the catalogue's code.
            Value::Num(x) => crate::domain::num::trimmed(*x, 7),
            Value::Bool(b) => b.to_string(),
            Value::Flag(b) => if *b { "⚠" } else { "" }.to_string(),
            Value::Null => String::new(),
        }
    }

    /// The JSON value.
    pub fn json(&self) -> serde_json::Value {
        match self {
            Value::Text(s) => serde_json::Value::from(s.as_str()),
            Value::Int(n) => serde_json::Value::from(*n),
            Value::Num(x) => serde_json::Value::from(*x),
            Value::Bool(b) | Value::Flag(b) => serde_json::Value::from(*b),
            Value::Null => serde_json::Value::Null,
        }
    }
}

fn text(s: &str) -> Value {
    Value::Text(s.to_string())
}

// ------------------------------------------------------------------------------ CSV

/// One RFC 4180 field: quoted when it holds a comma, a double quote, CR or LF (quotes doubled).
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// One CSV record, ending in CRLF.
pub fn csv_record<S: AsRef<str>>(fields: &[S]) -> String {
    let mut out = fields
        .iter()
        .map(|f| csv_field(f.as_ref()))
        .collect::<Vec<_>>()
        .join(",");
    out.push_str("\r\n");
    out
}

/// A CSV file: the byte-order mark, the header and one record per row.
fn csv_file(header: &[&str], rows: &[Vec<(&'static str, Value)>]) -> String {
    let mut out = String::from(BOM);
    out.push_str(&csv_record(header));
    for row in rows {
        let fields: Vec<String> = row.iter().map(|(_, v)| v.csv()).collect();
        out.push_str(&csv_record(&fields));
    }
    out
}

// ------------------------------------------------------------------------------ sites

/// The columns of `sites.csv`, in order; `sites.geojson` has the same properties except the
/// coordinates, which are its geometry.
pub const SITE_COLUMNS: [&str; 31] = [
    "id",
    "component_number",
    "name_vi",
    "name_en",
    "summary_vi",
    "summary_en",
    "status",
    "status_vi",
    "status_en",
    "part",
    "part_vi",
    "part_en",
    "kind",
    "kind_vi",
    "kind_en",
    "eras_vi",
    "eras_en",
    "eras_uncertain",
    "province_now",
    "province_before_2025",
    "locality_vi",
    "locality_en",
    "latitude",
    "longitude",
    "precision_m",
    "position_approximate",
    "shares_position_of",
    "within",
    "sources",
    "url_vi",
    "url_en",
];

/// The address of a site's page in `lang`: `base` (the site's root, absolute or a base path,
/// without a trailing `/`) and the page's path.
pub fn site_url(base: &str, id: &str, lang: Lang) -> String {
    format!(
        "{}{}",
        base.trim_end_matches('/'),
        path_of(Page::Site, id, lang)
    )
}

/// A province's name (Vietnamese, as written in both languages), or its id when unknown.
fn province_name(ds: &Dataset, id: &str) -> String {
    ds.province(id)
        .map_or_else(|| id.to_string(), |p| p.name.vi.clone())
}

/// One site's record: [`SITE_COLUMNS`] with their values. The coordinates are the place's own
/// (`location`): a place without one has empty coordinates, and `within` names the component
/// whose area it lies in where the data says so.
pub fn site_record(ds: &Dataset, s: &Site, base: &str) -> Vec<(&'static str, Value)> {
    let eras = |lang: Lang| {
        s.eras
            .iter()
            .map(|e| e.label(lang))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let loc = s.location.as_ref();
    let opt = |v: Option<&String>| v.map_or(Value::Null, |x| text(x));
    let values = vec![
        text(&s.id),
        s.component
            .map_or(Value::Null, |n| Value::Int(i64::from(n))),
        text(&s.name.vi),
        text(&s.name.en),
        text(&s.summary.vi),
        text(&s.summary.en),
        text(s.status.id()),
        text(s.status.label(Lang::Vi)),
        text(s.status.label(Lang::En)),
        text(s.part.id()),
        text(s.part.label(Lang::Vi)),
        text(s.part.label(Lang::En)),
        text(s.kind.id()),
        text(s.kind.label(Lang::Vi)),
        text(s.kind.label(Lang::En)),
        Value::Text(eras(Lang::Vi)),
        Value::Text(eras(Lang::En)),
        Value::Flag(s.eras_uncertain),
        Value::Text(province_name(ds, &s.province_now)),
        Value::Text(province_name(ds, &s.province_before)),
        text(&s.locality.vi),
        text(&s.locality.en),
        loc.map_or(Value::Null, |l| Value::Num(l.lat)),
        loc.map_or(Value::Null, |l| Value::Num(l.lon)),
        loc.map_or(Value::Null, |l| Value::Int(i64::from(l.precision_m))),
        loc.map_or(Value::Null, |l| Value::Bool(l.approximate)),
        opt(loc.and_then(|l| l.shares_position_of.as_ref())),
        opt(s.within.as_ref()),
        Value::Text(s.sources.join("; ")),
        Value::Text(site_url(base, &s.id, Lang::Vi)),
        Value::Text(site_url(base, &s.id, Lang::En)),
    ];
    SITE_COLUMNS.into_iter().zip(values).collect()
}

/// `sites.csv`: one row per site, in the order given.
pub fn sites_csv(ds: &Dataset, sites: &[&Site], base: &str) -> String {
    let rows: Vec<_> = sites.iter().map(|s| site_record(ds, s, base)).collect();
    csv_file(&SITE_COLUMNS, &rows)
}

/// `sites.geojson`: an RFC 7946 FeatureCollection, one Feature per site (id = the site's id),
/// a Point in longitude, latitude order, or a null geometry for a place without a position of
/// its own. `position_approximate` and `precision_m` say how far to trust the point.
pub fn sites_geojson(ds: &Dataset, sites: &[&Site], base: &str) -> String {
    let features: Vec<serde_json::Value> = sites
        .iter()
        .map(|s| {
            let props: serde_json::Map<String, serde_json::Value> = site_record(ds, s, base)
                .into_iter()
                .filter(|(k, _)| *k != "latitude" && *k != "longitude")
                .map(|(k, v)| (k.to_string(), v.json()))
                .collect();
            let geometry = s.location.as_ref().map_or(
                serde_json::Value::Null,
                |l| serde_json::json!({ "type": "Point", "coordinates": [l.lon, l.lat] }),
            );
            serde_json::json!({
                "type": "Feature",
                "id": s.id,
                "geometry": geometry,
                "properties": props,
            })
        })
        .collect();
    let fc = serde_json::json!({ "type": "FeatureCollection", "features": features });
    serde_json::to_string_pretty(&fc).unwrap_or_default() + "\n"
}

/// `sites.gpx`: a waypoint for each site with a position of its own, named in both languages,
/// its precision in the description (the planner's GPX writer, without a route).
pub fn sites_gpx(ds: &Dataset, sites: &[&Site]) -> String {
    let placed: Vec<&Site> = sites
        .iter()
        .copied()
        .filter(|s| s.location.is_some())
        .collect();
    let name = format!(
        "{} / {}",
        ds.property.name.get(Lang::Vi),
        ds.property.name.get(Lang::En)
    );
    waypoints_gpx(&placed, &name)
}

/// The catalogue's results as a file to download: CSV, or GeoJSON with `geojson`, for the sites
/// at `indices` in `ds` (their pages' addresses under `base`).
pub fn results_text(ds: &Dataset, indices: &[usize], base: &str, geojson: bool) -> String {
    let sites: Vec<&Site> = indices.iter().filter_map(|&i| ds.sites.get(i)).collect();
    if geojson {
        sites_geojson(ds, &sites, base)
    } else {
        sites_csv(ds, &sites, base)
    }
}

/// The downloaded file's name for the catalogue's results.
pub fn results_filename(lang: Lang, ext: &str) -> String {
    format!("{}.{ext}", lang.t("cac-diem-di-tich", "yen-tu-sites"))
}

// ------------------------------------------------------------------------------ timeline

/// The columns of `timeline.csv`, in order.
pub const TIMELINE_COLUMNS: [&str; 19] = [
    "id",
    "date",
    "precision",
    "end_date",
    "phase",
    "phase_vi",
    "phase_en",
    "status",
    "status_vi",
    "status_en",
    "title_vi",
    "title_en",
    "text_vi",
    "text_en",
    "uncertain",
    "note_vi",
    "note_en",
    "sites",
    "sources",
];

/// `timeline.csv`: the dossier's milestones in the data's order, each date at its precision
/// (`2015`, `2022-01`, `2014-09-23`), ⚠ in `uncertain` with the note saying why.
pub fn timeline_csv(ds: &Dataset) -> String {
    let rows: Vec<Vec<(&'static str, Value)>> = ds
        .timeline
        .iter()
        .map(|m| {
            let values = vec![
                text(&m.id),
                text(&m.date),
                text(m.precision.id()),
                m.end_date.as_deref().map_or(Value::Null, text),
                text(m.phase.id()),
                text(m.phase.label(Lang::Vi)),
                text(m.phase.label(Lang::En)),
                text(m.status.id()),
                text(m.status.label(Lang::Vi)),
                text(m.status.label(Lang::En)),
                text(&m.title.vi),
                text(&m.title.en),
                text(&m.text.vi),
                text(&m.text.en),
                Value::Flag(m.uncertain),
                m.note.as_ref().map_or(Value::Null, |n| text(&n.vi)),
                m.note.as_ref().map_or(Value::Null, |n| text(&n.en)),
                Value::Text(m.sites.join("; ")),
                Value::Text(m.sources.join("; ")),
            ];
            TIMELINE_COLUMNS.into_iter().zip(values).collect()
        })
        .collect();
    csv_file(&TIMELINE_COLUMNS, &rows)
}

// ------------------------------------------------------------------------------ festivals

/// Every occurrence of every festival that is under way on `from` or starts within the
/// [`FEED_DAYS`] after it, soonest first.
pub fn festival_occurrences(sites: &[Site], from: SolarDate, tz: f64) -> Vec<Upcoming<'_>> {
    let until = from.add_days(FEED_DAYS);
    let year = solar_to_lunar(from, tz).year;
    let mut out: Vec<Upcoming<'_>> = sites
        .iter()
        .flat_map(|site| site.festivals.iter().map(move |f| (site, f)))
        .flat_map(|(site, festival)| {
            (year - 1..=year + 1).filter_map(move |y| {
                let occurrence = occurrence_in(festival, y, tz)?;
                (occurrence.end >= from && occurrence.start < until).then_some(Upcoming {
                    site,
                    festival,
                    occurrence,
                    when: when(&occurrence, from),
                })
            })
        })
        .collect();
    crate::domain::sort::sort_by_key(&mut out, |u| u.occurrence.start);
    out
}

/// The festival feed's events, each in both languages: the Vietnamese summary and text, then
/// the English ones; the link is the site's Vietnamese page, the English one is in the text.
pub fn festival_events(ds: &Dataset, from: SolarDate, tz: f64, base: &str) -> Vec<IcsEvent> {
    let entries = festival_occurrences(&ds.sites, from, tz);
    let vi = ics_events(&entries, Lang::Vi, &|id| site_url(base, id, Lang::Vi));
    let en = ics_events(&entries, Lang::En, &|id| site_url(base, id, Lang::En));
    vi.into_iter()
        .zip(en)
        .map(|(v, e)| IcsEvent {
            summary: if v.summary == e.summary {
                v.summary
            } else {
                format!("{} / {}", v.summary, e.summary)
            },
            description: format!(
                "{}\n\n{}\n{}",
                v.description,
                e.description,
                e.url.unwrap_or_default()
            ),
            ..v
        })
        .collect()
}

/// `festivals.ics`: every festival's occurrences in the 12 months from `from` (the build date),
/// an RFC 5545 calendar named for calendar apps that subscribe to it.
pub fn festivals_ics(ds: &Dataset, from: SolarDate, tz: f64, base: &str) -> String {
    let cal = ics_calendar_at(&festival_events(ds, from, tz, base), from);
    let name =
        ics_fold("X-WR-CALNAME:Lễ hội Yên Tử – Vĩnh Nghiêm – Côn Sơn\\, Kiếp Bạc / Festivals");
    cal.replacen(
        "CALSCALE:GREGORIAN\r\n",
        &format!("CALSCALE:GREGORIAN\r\n{name}"),
        1,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lunar::VIETNAM_TZ;

    fn ds() -> Dataset {
        Dataset::bundled()
    }

    fn all(ds: &Dataset) -> Vec<&Site> {
        ds.sites.iter().collect()
    }

    #[test]
    fn fields_are_quoted_as_rfc_4180_says() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("Côn Sơn, Kiếp Bạc"), "\"Côn Sơn, Kiếp Bạc\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_field("cr\r"), "\"cr\r\"");
        assert_eq!(csv_record(&["a", "b,c", ""]), "a,\"b,c\",\r\n");
    }

    #[test]
    fn sites_csv_has_a_bom_a_header_and_a_row_per_site() {
        let ds = ds();
        let csv = sites_csv(&ds, &all(&ds), "https://example.org/yentu");
        assert!(csv.starts_with("\u{feff}id,component_number,name_vi,name_en,"));
        assert!(csv.ends_with("\r\n"));
        // No field of the data holds a line break, so records are lines.
        let lines: Vec<&str> = csv.trim_end_matches("\r\n").split("\r\n").collect();
        assert_eq!(lines.len(), ds.sites.len() + 1);
        assert!(csv.contains("Côn Sơn"));
        assert!(csv.contains("https://example.org/yentu/en/site/con-son/"));
        assert!(csv.contains(",https://example.org/yentu/site/con-son/,"));
    }

    #[test]
    fn a_record_has_every_column_in_order() {
        let ds = ds();
        let s = ds.site("con-son").unwrap();
        let rec = site_record(&ds, s, "");
        let keys: Vec<&str> = rec.iter().map(|(k, _)| *k).collect();
        assert_eq!(keys, SITE_COLUMNS.to_vec());
        let get = |k: &str| rec.iter().find(|(c, _)| *c == k).unwrap().1.clone();
        assert_eq!(get("component_number"), Value::Int(8));
        assert_eq!(get("province_before_2025"), Value::Text("Hải Dương".into()));
        assert_eq!(get("url_vi"), Value::Text("/site/con-son/".into()));
        let loc = s.location.as_ref().unwrap();
        assert_eq!(get("latitude"), Value::Num(loc.lat));
        assert_eq!(get("precision_m"), Value::Int(i64::from(loc.precision_m)));
    }

    #[test]
    fn a_place_without_a_position_has_empty_coordinates() {
        let ds = ds();
        let s = ds.site("hue-quang-stupa-garden").unwrap();
        assert!(s.location.is_none());
        let rec = site_record(&ds, s, "");
        let get = |k: &str| rec.iter().find(|(c, _)| *c == k).unwrap().1.clone();
        assert_eq!(get("latitude"), Value::Null);
        assert_eq!(get("precision_m"), Value::Null);
        assert_eq!(get("within"), Value::Text("hoa-yen".into()));
        assert_eq!(get("latitude").csv(), "");
    }

    #[test]
    fn geojson_is_lon_lat_with_null_geometry_where_unknown() {
        let ds = ds();
        let text = sites_geojson(&ds, &all(&ds), "");
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["type"], "FeatureCollection");
        let features = v["features"].as_array().unwrap();
        assert_eq!(features.len(), ds.sites.len());
        let find = |id: &str| features.iter().find(|f| f["id"] == id).unwrap();
        let con_son = find("con-son");
        let loc = ds.site("con-son").unwrap().location.clone().unwrap();
        assert_eq!(con_son["geometry"]["type"], "Point");
        assert_eq!(con_son["geometry"]["coordinates"][0], loc.lon);
        assert_eq!(con_son["geometry"]["coordinates"][1], loc.lat);
        assert_eq!(
            con_son["properties"]["position_approximate"],
            loc.approximate
        );
        assert_eq!(con_son["properties"]["precision_m"], loc.precision_m);
        assert!(con_son["properties"].get("latitude").is_none());
        assert_eq!(con_son["properties"]["name_vi"], "Chùa Côn Sơn");
        assert!(find("hue-quang-stupa-garden")["geometry"].is_null());
    }

    #[test]
    fn gpx_has_a_waypoint_per_placed_site_and_no_route() {
        let ds = ds();
        let gpx = sites_gpx(&ds, &all(&ds));
        let placed = ds.sites.iter().filter(|s| s.location.is_some()).count();
        assert_eq!(gpx.matches("<wpt ").count(), placed);
        assert!(!gpx.contains("<rte>"));
        assert!(gpx.contains("Côn Sơn"));
        assert!(gpx.contains("±"));
    }

    #[test]
    fn timeline_csv_keeps_precision_and_flags() {
        let ds = ds();
        let csv = timeline_csv(&ds);
        assert!(csv.starts_with("\u{feff}id,date,precision,end_date,"));
        let lines: Vec<&str> = csv.trim_end_matches("\r\n").split("\r\n").collect();
        assert_eq!(lines.len(), ds.timeline.len() + 1);
        let m = &ds.timeline[0];
        assert!(lines[1].starts_with(&format!("{},{},{}", m.id, m.date, m.precision.id())));
        let flagged = ds.timeline.iter().filter(|m| m.uncertain).count();
        assert_eq!(csv.matches(",⚠,").count(), flagged);
    }

    #[test]
    fn festival_feed_covers_twelve_months_with_crlf_and_folded_lines() {
        let ds = ds();
        let from = SolarDate::new(2026, 12, 2).unwrap();
        let ics = festivals_ics(&ds, from, VIETNAM_TZ, "https://example.org");
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
            assert!(!line.contains('\n'));
        }
        assert!(ics.contains("X-WR-CALNAME:"));
        // Yên Tử opens on the 10th day of the first lunar month: 15 February 2027.
        assert!(ics.contains("UID:yen-tu-spring-2027@yentu-explorer\r\nDTSTAMP:20261202T000000Z\r\nDTSTART;VALUE=DATE:20270215\r\n"));
        let occurrences = festival_occurrences(&ds.sites, from, VIETNAM_TZ);
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), occurrences.len());
        let festivals: usize = ds.sites.iter().map(|s| s.festivals.len()).sum();
        assert!(occurrences.len() >= festivals);
        let until = from.add_days(FEED_DAYS);
        assert!(occurrences
            .iter()
            .all(|u| u.occurrence.end >= from && u.occurrence.start < until));
    }
}

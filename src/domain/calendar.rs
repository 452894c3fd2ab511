//! The festival calendar: every festival's next occurrence sorted by date, the month and
//! province filters (kept in the URL), solar-date wording and the entries of the .ics export.

use crate::domain::festival::{format_festival_lunar, format_lunar_day, next_occurrence, when};
use crate::domain::festival::{IcsEvent, Occurrence, When};
use crate::domain::lunar::SolarDate;
use crate::domain::model::{Festival, Lang, Province, Site};

/// One festival with its occurrence that is under way or still to come.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Upcoming<'a> {
    /// The site that holds the festival.
    pub site: &'a Site,
    /// The festival.
    pub festival: &'a Festival,
    /// Its occurrence whose last day is on or after today.
    pub occurrence: Occurrence,
    /// Where that occurrence stands today.
    pub when: When,
}

/// Every festival of every site with its next occurrence, soonest first: those under way come
/// first (they started earlier), ties keep the order of the data. Festivals whose dates cannot
/// be computed are left out.
pub fn upcoming(sites: &[Site], today: SolarDate, tz: f64) -> Vec<Upcoming<'_>> {
    let mut out: Vec<Upcoming<'_>> = sites
        .iter()
        .flat_map(|site| site.festivals.iter().map(move |f| (site, f)))
        .filter_map(|(site, festival)| {
            let occurrence = next_occurrence(festival, today, tz)?;
            Some(Upcoming {
                site,
                festival,
                occurrence,
                when: when(&occurrence, today),
            })
        })
        .collect();
    // A stable sort keeps the data order for festivals on the same day.
    crate::domain::sort::sort_by_key(&mut out, |u| u.occurrence.start);
    out
}

// ------------------------------------------------------------------------------ filters

/// What the visitor filters by: the solar month in which the next occurrence starts, and a
/// current province. Both live in the URL (`month`, `province`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Solar month 1–12 of the next occurrence's first day.
    pub month: Option<u8>,
    /// Id of a current province (a former province's id is read as the one it merged into).
    pub province: Option<String>,
}

impl Filter {
    /// Reads `month` and `province` from URL pairs; unknown or malformed values are ignored.
    pub fn from_pairs(pairs: &[(String, String)], provinces: &[Province]) -> Filter {
        let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.trim());
        Filter {
            month: get("month")
                .and_then(|v| v.parse::<u8>().ok())
                .filter(|m| (1..=12).contains(m)),
            province: get("province").and_then(|v| current_province(v, provinces)),
        }
    }

    /// The URL pairs for this filter, in canonical order (`month`, then `province`).
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        if let Some(m) = self.month {
            out.push(("month".into(), m.to_string()));
        }
        if let Some(p) = &self.province {
            out.push(("province".into(), p.clone()));
        }
        out
    }

    /// True when no filter is set.
    pub fn is_empty(&self) -> bool {
        self.month.is_none() && self.province.is_none()
    }

    /// Whether `u` passes both filters.
    pub fn matches(&self, u: &Upcoming<'_>) -> bool {
        self.matches_month(u) && self.matches_province(u)
    }

    fn matches_month(&self, u: &Upcoming<'_>) -> bool {
        self.month.is_none_or(|m| u.occurrence.start.month == m)
    }

    fn matches_province(&self, u: &Upcoming<'_>) -> bool {
        self.province
            .as_deref()
            .is_none_or(|p| u.site.province_now == p)
    }
}

/// URL pairs with this page's filter replaced by `filter`, keeping every other parameter (such
/// as `today`) after it.
pub fn merge_pairs(current: &[(String, String)], filter: &Filter) -> Vec<(String, String)> {
    let mut out = filter.to_pairs();
    out.extend(
        current
            .iter()
            .filter(|(k, _)| k != "month" && k != "province")
            .cloned(),
    );
    out
}

/// The current province for `id`: itself if current, the one it merged into if former.
pub fn current_province(id: &str, provinces: &[Province]) -> Option<String> {
    let p = provinces.iter().find(|p| p.id == id)?;
    if p.current {
        return Some(p.id.clone());
    }
    let into = p.merged_into.as_deref()?;
    provinces
        .iter()
        .find(|q| q.id == into && q.current)
        .map(|q| q.id.clone())
}

/// The current provinces (data order) as `(id, label)`, the label naming the former provinces
/// merged into it: "Hải Phòng (gồm Hải Dương cũ)" / "Hải Phòng (incl. former Hải Dương)".
pub fn province_options(provinces: &[Province], lang: Lang) -> Vec<(String, String)> {
    provinces
        .iter()
        .filter(|p| p.current)
        .map(|p| {
            let former: Vec<&str> = provinces
                .iter()
                .filter(|q| !q.current && q.merged_into.as_deref() == Some(p.id.as_str()))
                .map(|q| q.name.get(lang))
                .collect();
            let name = p.name.get(lang);
            let label = if former.is_empty() {
                name.to_string()
            } else {
                match lang {
                    Lang::Vi => format!("{name} (gồm {} cũ)", former.join(", ")),
                    Lang::En => format!("{name} (incl. former {})", former.join(", ")),
                }
            };
            (p.id.clone(), label)
        })
        .collect()
}

/// How many festivals each month 1–12 would show under the province filter (index 0 is
/// month 1), so the month choices can say what they hold.
pub fn month_counts(entries: &[Upcoming<'_>], filter: &Filter) -> [usize; 12] {
    let mut counts = [0; 12];
    for u in entries.iter().filter(|u| filter.matches_province(u)) {
        if let Some(c) = counts.get_mut(usize::from(u.occurrence.start.month).wrapping_sub(1)) {
            *c += 1;
        }
    }
    counts
}

/// How many festivals province `id` would show under the month filter.
pub fn province_count(entries: &[Upcoming<'_>], filter: &Filter, id: &str) -> usize {
    entries
        .iter()
        .filter(|u| filter.matches_month(u) && u.site.province_now == id)
        .count()
}

// ------------------------------------------------------------------------------ wording

use crate::domain::date::{en_long, en_short};

/// A solar month's name for the month filter: "Tháng 2" / "February".
pub fn month_name(m: u8, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Tháng {m}"),
        Lang::En => match en_long(m) {
            "" => m.to_string(),
            name => name.to_string(),
        },
    }
}

/// A solar date: vi "26/02/2026", en "26 Feb 2026".
pub fn format_solar(d: SolarDate, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("{:02}/{:02}/{}", d.day, d.month, d.year),
        Lang::En => format!("{} {} {}", d.day, en_short(d.month), d.year),
    }
}

/// A span of solar days in three pieces — start, separator, end — so that a view can wrap each
/// end in its own `<time>`; the end is `None` for a single day. The shared tail is written once:
/// vi "26/02 – 17/04/2026", "20–22/09/2026"; en "26 Feb – 17 Apr 2026", "20–22 Sep 2026";
/// different years are written in full.
pub fn solar_span_parts(
    start: SolarDate,
    end: SolarDate,
    lang: Lang,
) -> (String, Option<(&'static str, String)>) {
    if end <= start {
        return (format_solar(start, lang), None);
    }
    let end_text = format_solar(end, lang);
    let start_text = if start.year != end.year {
        return (format_solar(start, lang), Some((" – ", end_text)));
    } else if start.month == end.month {
        let day = match lang {
            Lang::Vi => format!("{:02}", start.day),
            Lang::En => start.day.to_string(),
        };
        return (day, Some(("–", end_text)));
    } else {
        match lang {
            Lang::Vi => format!("{:02}/{:02}", start.day, start.month),
            Lang::En => format!("{} {}", start.day, en_short(start.month)),
        }
    };
    (start_text, Some((" – ", end_text)))
}

/// [`solar_span_parts`] joined into one string.
pub fn format_solar_span(start: SolarDate, end: SolarDate, lang: Lang) -> String {
    match solar_span_parts(start, end, lang) {
        (s, None) => s,
        (s, Some((sep, e))) => format!("{s}{sep}{e}"),
    }
}

/// Where a festival stands, in words: "Hôm nay" / "Today" (a one-day festival today),
/// "Đang diễn ra · ngày 4/51" / "Happening now · day 4 of 51", "Ngày mai" / "Tomorrow",
/// "Còn 42 ngày" / "In 42 days", "Đã qua" / "Over".
pub fn when_label(w: When, lang: Lang) -> String {
    match (w, lang) {
        (When::Now { of: 1, .. }, Lang::Vi) => "Hôm nay".into(),
        (When::Now { of: 1, .. }, Lang::En) => "Today".into(),
        (When::Now { day, of }, Lang::Vi) => format!("Đang diễn ra · ngày {day}/{of}"),
        (When::Now { day, of }, Lang::En) => format!("Happening now · day {day} of {of}"),
        (When::InDays(1), Lang::Vi) => "Ngày mai".into(),
        (When::InDays(1), Lang::En) => "Tomorrow".into(),
        (When::InDays(n), Lang::Vi) => format!("Còn {n} ngày"),
        (When::InDays(n), Lang::En) => format!("In {n} days"),
        (When::Past, Lang::Vi) => "Đã qua".into(),
        (When::Past, Lang::En) => "Over".into(),
    }
}

/// The result count: "15 lễ hội" / "15 festivals" / "1 festival"; under a filter, "3 trên 15
/// lễ hội" / "3 of 15 festivals".
pub fn count_label(shown: usize, total: usize, lang: Lang) -> String {
    match (lang, shown == total) {
        (Lang::Vi, true) => format!("{shown} lễ hội"),
        (Lang::Vi, false) => format!("{shown} trên {total} lễ hội"),
        (Lang::En, true) if shown == 1 => "1 festival".into(),
        (Lang::En, true) => format!("{shown} festivals"),
        (Lang::En, false) => format!("{shown} of {total} festivals"),
    }
}

// ------------------------------------------------------------------------------ .ics

/// The downloaded file's name.
pub fn ics_filename(lang: Lang) -> &'static str {
    lang.t("le-hoi-yen-tu.ics", "yen-tu-festivals.ics")
}

/// One all-day event per festival (its next occurrence): uid `<festival-id>-<lunar-year>@
/// yentu-explorer`, summary "<festival> — <site>", a description with the lunar date, the main
/// day, the text, any ⚠ note and a reminder to check, and `site_url(site id)` as the link.
pub fn ics_events(
    entries: &[Upcoming<'_>],
    lang: Lang,
    site_url: &dyn Fn(&str) -> String,
) -> Vec<IcsEvent> {
    entries
        .iter()
        .map(|u| {
            let f = u.festival;
            let mut lines = vec![format!(
                "{}: {}",
                lang.t("Âm lịch", "Lunar date"),
                format_festival_lunar(f, lang)
            )];
            if let (Some(m), Some(day)) = (f.main_day, u.occurrence.main) {
                lines.push(format!(
                    "{}: {} ({})",
                    lang.t("Chính hội", "Main day"),
                    format_lunar_day(m, lang),
                    format_solar(day, lang)
                ));
            }
            lines.push(f.text.get(lang).to_string());
            if f.uncertain {
                if let Some(note) = &f.note {
                    lines.push(format!("⚠ {}", note.get(lang)));
                }
            }
            lines.push(
                lang.t(
                    "Ngày dương lịch do ứng dụng tính từ âm lịch (UTC+7); ban tổ chức có thể \
                     thay đổi, hãy kiểm tra trước khi đi.",
                    "Solar dates computed by the app from the lunar calendar (UTC+7); \
                     organisers may change them, so check before travelling.",
                )
                .to_string(),
            );
            IcsEvent {
                uid: format!("{}-{}@yentu-explorer", f.id, u.occurrence.lunar_year),
                summary: format!("{} — {}", f.name.get(lang), u.site.name.get(lang)),
                description: lines.join("\n"),
                start: u.occurrence.start,
                end_inclusive: u.occurrence.end,
                url: Some(site_url(&u.site.id)),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::festival::ics_calendar_at;
    use crate::domain::lunar::VIETNAM_TZ;
    use crate::domain::model::Text;

    fn sd(s: &str) -> SolarDate {
        SolarDate::parse(s).unwrap()
    }

    fn sites() -> Vec<Site> {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/public/data/sites.json"
        ))
        .unwrap();
        serde_json::from_str(&text).unwrap()
    }

    fn provinces() -> Vec<Province> {
        let p = |id: &str, name: &str, into: Option<&str>| Province {
            id: id.into(),
            name: Text {
                vi: name.into(),
                en: name.into(),
            },
            merged_into: into.map(String::from),
            current: into.is_none(),
        };
        vec![
            p("quang-ninh", "Quảng Ninh", None),
            p("bac-giang", "Bắc Giang", Some("bac-ninh")),
            p("bac-ninh", "Bắc Ninh", None),
            p("hai-duong", "Hải Dương", Some("hai-phong")),
            p("hai-phong", "Hải Phòng", None),
        ]
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn ids(entries: &[Upcoming<'_>]) -> Vec<String> {
        entries.iter().map(|u| u.festival.id.clone()).collect()
    }

    fn find<'a>(entries: &'a [Upcoming<'a>], id: &str) -> &'a Upcoming<'a> {
        entries.iter().find(|u| u.festival.id == id).unwrap()
    }

    #[test]
    fn every_festival_once_sorted_by_its_next_date() {
        let sites = sites();
        let total: usize = sites.iter().map(|s| s.festivals.len()).sum();
        let list = upcoming(&sites, sd("2026-01-15"), VIETNAM_TZ);
        assert_eq!(list.len(), total);
        assert!(list
            .windows(2)
            .all(|w| w[0].occurrence.start <= w[1].occurrence.start));
        assert_eq!(
            ids(&list)[..6],
            [
                "an-phu-kinh-chu-spring",
                "ngoa-van-spring",
                "yen-tu-spring",
                "tay-yen-tu-spring",
                "ngoa-van-thuong-nguyen",
                "con-son-spring"
            ]
        );
        // The fact sheet's 2026 conversions.
        let start = |id: &str| find(&list, id).occurrence.start;
        assert_eq!(start("ngoa-van-spring"), sd("2026-02-25"));
        assert_eq!(start("yen-tu-spring"), sd("2026-02-26"));
        assert_eq!(start("con-son-spring"), sd("2026-03-04"));
        assert_eq!(start("vinh-nghiem-festival"), sd("2026-04-01"));
        assert_eq!(start("bo-da-festival"), sd("2026-04-03"));
        assert_eq!(start("thanh-mai-festival"), sd("2026-04-17"));
        assert_eq!(start("nham-duong-festival"), sd("2026-04-21"));
        assert_eq!(start("bach-dang"), sd("2026-04-24"));
        assert_eq!(start("nguyen-trai-anniversary"), sd("2026-09-26"));
        assert_eq!(start("thai-mieu-an-sinh"), sd("2026-09-30"));
        assert_eq!(start("tran-nhan-tong-nirvana"), sd("2026-12-09"));
        // Kiếp Bạc names its opening (about 10/8) and its main day (20/8): it runs to the latter.
        let kb = find(&list, "kiep-bac-autumn").occurrence;
        assert_eq!(kb.main, Some(sd("2026-09-30")));
        assert_eq!((kb.start, kb.end), (sd("2026-09-20"), sd("2026-09-30")));
        let kb = upcoming(&sites, sd("2026-09-25"), VIETNAM_TZ);
        let kb = find(&kb, "kiep-bac-autumn");
        assert_eq!(kb.when, When::Now { day: 6, of: 11 });
        // Yên Tử: 10/1 to the end of month 3 (1/4 is 17 May 2026).
        let yt = find(&list, "yen-tu-spring").occurrence;
        assert_eq!(yt.end, sd("2026-05-16"));
        assert_eq!(list[0].when, When::InDays(40));
    }

    #[test]
    fn festivals_under_way_come_first_and_past_ones_roll_over() {
        let sites = sites();
        let list = upcoming(&sites, sd("2026-03-01"), VIETNAM_TZ);
        assert_eq!(ids(&list)[..2], ["ngoa-van-spring", "yen-tu-spring"]);
        assert!(matches!(list[1].when, When::Now { day: 4, .. }));
        // Tây Yên Tử's one-day opening (26 Feb) is over: next in lunar 2027.
        let tyt = find(&list, "tay-yen-tu-spring");
        assert_eq!(tyt.occurrence.lunar_year, 2027);
        assert_eq!(ids(&list).last().unwrap(), "tay-yen-tu-spring");
        // By 20 Dec 2026 everything is in 2027: Tết 2027 is 6 Feb, so 10/1 is 15 Feb.
        let list = upcoming(&sites, sd("2026-12-20"), VIETNAM_TZ);
        assert!(list.iter().all(|u| u.occurrence.lunar_year == 2027));
        assert_eq!(
            find(&list, "yen-tu-spring").occurrence.start,
            sd("2027-02-15")
        );
    }

    #[test]
    fn filters_read_write_and_match() {
        let prov = provinces();
        let f = Filter::from_pairs(
            &pairs(&[("month", "4"), ("province", "hai-duong"), ("lang", "en")]),
            &prov,
        );
        assert_eq!(
            f,
            Filter {
                month: Some(4),
                province: Some("hai-phong".into())
            }
        );
        assert_eq!(
            f.to_pairs(),
            pairs(&[("month", "4"), ("province", "hai-phong")])
        );
        for bad in [
            ("month", "13"),
            ("month", "0"),
            ("month", "x"),
            ("province", "hanoi"),
        ] {
            assert!(Filter::from_pairs(&pairs(&[bad]), &prov).is_empty());
        }
        let sites = sites();
        let list = upcoming(&sites, sd("2026-01-15"), VIETNAM_TZ);
        let shown: Vec<String> = list
            .iter()
            .filter(|u| f.matches(u))
            .map(|u| u.festival.id.clone())
            .collect();
        assert_eq!(shown, ["thanh-mai-festival", "nham-duong-festival"]);
        let counts = month_counts(&list, &f);
        assert_eq!(counts[3], 2);
        assert_eq!(counts[1], 1); // An Phụ – Kính Chủ, 24 Feb
        assert_eq!(counts.iter().sum::<usize>(), 6);
        assert_eq!(province_count(&list, &f, "quang-ninh"), 1); // Bạch Đằng
        assert_eq!(province_count(&list, &f, "bac-ninh"), 2);
        assert_eq!(
            province_count(&list, &Filter::default(), "hai-phong"),
            list.iter()
                .filter(|u| u.site.province_now == "hai-phong")
                .count()
        );
    }

    #[test]
    fn merging_keeps_other_parameters() {
        let current = pairs(&[("today", "2026-01-15"), ("month", "2"), ("lang", "vi")]);
        let f = Filter {
            month: None,
            province: Some("bac-ninh".into()),
        };
        assert_eq!(
            merge_pairs(&current, &f),
            pairs(&[
                ("province", "bac-ninh"),
                ("today", "2026-01-15"),
                ("lang", "vi")
            ])
        );
    }

    #[test]
    fn province_choices_name_former_provinces() {
        let prov = provinces();
        assert_eq!(
            province_options(&prov, Lang::Vi),
            pairs(&[
                ("quang-ninh", "Quảng Ninh"),
                ("bac-ninh", "Bắc Ninh (gồm Bắc Giang cũ)"),
                ("hai-phong", "Hải Phòng (gồm Hải Dương cũ)")
            ])
        );
        assert_eq!(
            province_options(&prov, Lang::En)[2].1,
            "Hải Phòng (incl. former Hải Dương)"
        );
        assert_eq!(
            current_province("quang-ninh", &prov).as_deref(),
            Some("quang-ninh")
        );
        assert_eq!(
            current_province("bac-giang", &prov).as_deref(),
            Some("bac-ninh")
        );
        assert_eq!(current_province("nowhere", &prov), None);
    }

    #[test]
    fn solar_wording() {
        let (a, b) = (sd("2026-02-26"), sd("2026-04-17"));
        assert_eq!(format_solar(a, Lang::Vi), "26/02/2026");
        assert_eq!(format_solar(a, Lang::En), "26 Feb 2026");
        assert_eq!(format_solar_span(a, b, Lang::Vi), "26/02 – 17/04/2026");
        assert_eq!(format_solar_span(a, b, Lang::En), "26 Feb – 17 Apr 2026");
        assert_eq!(format_solar_span(a, a, Lang::Vi), "26/02/2026");
        let (c, d) = (sd("2026-09-30"), sd("2026-10-02"));
        assert_eq!(format_solar_span(c, d, Lang::En), "30 Sep – 2 Oct 2026");
        let (e, g) = (sd("2026-03-04"), sd("2026-03-11"));
        assert_eq!(format_solar_span(e, g, Lang::Vi), "04–11/03/2026");
        assert_eq!(format_solar_span(e, g, Lang::En), "4–11 Mar 2026");
        let (e, g) = (sd("2026-09-20"), sd("2026-09-22"));
        assert_eq!(format_solar_span(e, g, Lang::Vi), "20–22/09/2026");
        assert_eq!(format_solar_span(e, g, Lang::En), "20–22 Sep 2026");
        let (h, i) = (sd("2026-12-30"), sd("2027-01-02"));
        assert_eq!(format_solar_span(h, i, Lang::Vi), "30/12/2026 – 02/01/2027");
        assert_eq!(
            format_solar_span(h, i, Lang::En),
            "30 Dec 2026 – 2 Jan 2027"
        );
        assert_eq!(month_name(2, Lang::Vi), "Tháng 2");
        assert_eq!(month_name(2, Lang::En), "February");
    }

    #[test]
    fn status_wording() {
        let now = When::Now { day: 4, of: 51 };
        assert_eq!(when_label(now, Lang::Vi), "Đang diễn ra · ngày 4/51");
        assert_eq!(when_label(now, Lang::En), "Happening now · day 4 of 51");
        assert_eq!(when_label(When::Now { day: 1, of: 1 }, Lang::Vi), "Hôm nay");
        assert_eq!(when_label(When::Now { day: 1, of: 1 }, Lang::En), "Today");
        assert_eq!(when_label(When::InDays(1), Lang::Vi), "Ngày mai");
        assert_eq!(when_label(When::InDays(1), Lang::En), "Tomorrow");
        assert_eq!(when_label(When::InDays(42), Lang::Vi), "Còn 42 ngày");
        assert_eq!(when_label(When::InDays(42), Lang::En), "In 42 days");
        assert_eq!(count_label(1, 1, Lang::En), "1 festival");
        assert_eq!(count_label(15, 15, Lang::Vi), "15 lễ hội");
        assert_eq!(count_label(3, 15, Lang::Vi), "3 trên 15 lễ hội");
        assert_eq!(count_label(1, 15, Lang::En), "1 of 15 festivals");
    }

    #[test]
    fn ics_has_one_event_per_festival() {
        let sites = sites();
        let today = sd("2026-01-15");
        let list = upcoming(&sites, today, VIETNAM_TZ);
        let url = |id: &str| format!("https://example.org/site/{id}?lang=vi");
        let events = ics_events(&list, Lang::Vi, &url);
        assert_eq!(events.len(), list.len());
        let yt = events
            .iter()
            .find(|e| e.uid == "yen-tu-spring-2026@yentu-explorer")
            .unwrap();
        assert_eq!(yt.summary, "Lễ hội xuân Yên Tử — Chùa Hoa Yên");
        assert!(yt
            .description
            .starts_with("Âm lịch: 10 tháng Giêng – hết tháng Ba\n"));
        assert!(yt.description.contains("⚠ "));
        assert_eq!(
            yt.url.as_deref(),
            Some("https://example.org/site/hoa-yen?lang=vi")
        );
        let kb = events
            .iter()
            .find(|e| e.uid.starts_with("kiep-bac-autumn-"))
            .unwrap();
        assert!(kb
            .description
            .contains("Chính hội: 20 tháng Tám (30/09/2026)"));
        let ics = ics_calendar_at(&events, today);
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), list.len());
        assert!(ics.contains("\r\nDTSTART;VALUE=DATE:20260226\r\n"));
        assert!(ics.contains("\r\nDTSTAMP:20260115T000000Z\r\n"));
        let en = ics_events(&list, Lang::En, &url);
        assert!(en
            .iter()
            .any(|e| e.summary.starts_with("Yên Tử spring festival — ")));
        assert_eq!(ics_filename(Lang::En), "yen-tu-festivals.ics");
    }
}

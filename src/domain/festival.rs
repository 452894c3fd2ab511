//! Festival dates: turning lunar festival days into solar dates, "happening now / in N days",
//! lunar-date wording in Vietnamese and English, and an iCalendar (RFC 5545) export.

use crate::domain::lunar::{
    lunar_month_length, lunar_to_solar, solar_to_lunar, LunarDate, SolarDate,
};
use crate::domain::model::{Festival, Lang, LunarDay};

/// One year's occurrence of a festival, in solar dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Occurrence {
    /// First day.
    pub start: SolarDate,
    /// Last day (equal to `start` for a one-day event).
    pub end: SolarDate,
    /// The main day, where the festival names one.
    pub main: Option<SolarDate>,
    /// The lunar year of the first day.
    pub lunar_year: i32,
}

/// Where an occurrence stands relative to a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum When {
    /// Happening: today is day `day` (1-based) of `of` days.
    Now {
        /// Today's day number within the festival, from 1.
        day: u32,
        /// Total number of days.
        of: u32,
    },
    /// Starts in this many days (at least 1).
    InDays(i64),
    /// Already over.
    Past,
}

/// The solar date of lunar day `d` in lunar `year`: the regular month when a leap twin exists,
/// and day 30 of a 29-day month becomes the month's last day (29).
fn resolve(d: LunarDay, year: i32, tz: f64) -> Option<SolarDate> {
    if !(1..=30).contains(&d.day) {
        return None;
    }
    let len = lunar_month_length(year, d.month, false, tz)?;
    lunar_to_solar(
        LunarDate {
            year,
            month: d.month,
            day: d.day.min(len),
            leap: false,
        },
        tz,
    )
}

/// The solar date of `later`, the first such lunar day on or after `start` (in `year`).
fn resolve_after(start: LunarDay, later: LunarDay, year: i32, tz: f64) -> Option<SolarDate> {
    let y = if (later.month, later.day) < (start.month, start.day) {
        year + 1
    } else {
        year
    };
    resolve(later, y, tz)
}

/// The full occurrence of `f` whose first day falls in lunar year `lunar_year`.
pub fn occurrence_in(f: &Festival, lunar_year: i32, tz: f64) -> Option<Occurrence> {
    let start = resolve(f.start, lunar_year, tz)?;
    let end = match f.end {
        Some(e) => resolve_after(f.start, e, lunar_year, tz)?,
        None => start,
    };
    let main = f
        .main_day
        .and_then(|m| resolve_after(f.start, m, lunar_year, tz));
    // A festival that names only its opening and its main day (Kiếp Bạc's) runs until the main
    // day: it is still "happening" between the two.
    let end = main.map_or(end, |m| m.max(end));
    (end >= start).then_some(Occurrence {
        start,
        end,
        main,
        lunar_year,
    })
}

/// First and last solar day of festival `f` in lunar year `lunar_year` (time zone UTC+`tz`).
pub fn occurrence(f: &Festival, lunar_year: i32, tz: f64) -> Option<(SolarDate, SolarDate)> {
    occurrence_in(f, lunar_year, tz).map(|o| (o.start, o.end))
}

/// The occurrence of `f` that is under way or still to come on `today`: the first one whose last
/// day is on or after `today`.
pub fn next_occurrence(f: &Festival, today: SolarDate, tz: f64) -> Option<Occurrence> {
    let year = solar_to_lunar(today, tz).year;
    // The previous lunar year's occurrence may still run (a festival that crosses Tết).
    (year - 1..=year + 1)
        .filter_map(|y| occurrence_in(f, y, tz))
        .find(|o| o.end >= today)
}

/// Whether `o` is happening on `today`, starts in N days, or is over.
pub fn when(o: &Occurrence, today: SolarDate) -> When {
    if today < o.start {
        When::InDays(today.days_until(o.start))
    } else if today <= o.end {
        When::Now {
            day: (o.start.days_until(today) + 1) as u32,
            of: (o.start.days_until(o.end) + 1) as u32,
        }
    } else {
        When::Past
    }
}

/// The Vietnamese name of lunar month 1–12 (Giêng … Chạp); the number itself otherwise.
pub fn month_name_vi(month: u8) -> String {
    const NAMES: [&str; 12] = [
        "Giêng",
        "Hai",
        "Ba",
        "Tư",
        "Năm",
        "Sáu",
        "Bảy",
        "Tám",
        "Chín",
        "Mười",
        "Mười một",
        "Chạp",
    ];
    match month {
        1..=12 => NAMES[usize::from(month - 1)].to_string(),
        _ => month.to_string(),
    }
}

/// An English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 101st, 111th …
pub fn ordinal_en(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// A lunar day in words: "10 tháng Giêng" / "10th day of the 1st lunar month".
pub fn format_lunar_day(d: LunarDay, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("{} tháng {}", d.day, month_name_vi(d.month)),
        Lang::En => format!(
            "{} day of the {} lunar month",
            ordinal_en(d.day.into()),
            ordinal_en(d.month.into())
        ),
    }
}

/// "The end of month M" (an `end` of day 30 means the month's last day, whether 29 or 30).
fn format_month_end(month: u8, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("hết tháng {}", month_name_vi(month)),
        Lang::En => format!("end of the {} lunar month", ordinal_en(month.into())),
    }
}

/// A span of lunar days in words, e.g. "16–18 tháng Hai" / "16th–18th days of the 2nd lunar
/// month", or "10 tháng Giêng – hết tháng Ba" for an end of day 30; one day when `end` is
/// `None` or equal to `start`.
pub fn format_lunar_span(start: LunarDay, end: Option<LunarDay>, lang: Lang) -> String {
    let Some(end) = end.filter(|e| *e != start) else {
        return format_lunar_day(start, lang);
    };
    if end.day == 30 {
        return format!(
            "{} – {}",
            format_lunar_day(start, lang),
            format_month_end(end.month, lang)
        );
    }
    if end.month == start.month && end.day > start.day {
        return match lang {
            Lang::Vi => format!(
                "{}–{} tháng {}",
                start.day,
                end.day,
                month_name_vi(start.month)
            ),
            Lang::En => format!(
                "{}–{} days of the {} lunar month",
                ordinal_en(start.day.into()),
                ordinal_en(end.day.into()),
                ordinal_en(start.month.into())
            ),
        };
    }
    format!(
        "{} – {}",
        format_lunar_day(start, lang),
        format_lunar_day(end, lang)
    )
}

/// The lunar days a festival's dates cover: from its opening to its closing day or, when its
/// main day comes later (a festival that names only its opening and its main day, as Kiếp Bạc's),
/// to its main day. The solar dates of an [`Occurrence`] cover the same days, so the lunar label
/// and the solar range describe the same thing.
pub fn lunar_span(f: &Festival) -> (LunarDay, Option<LunarDay>) {
    // Days in the festival's own order: a day before the opening falls in the next year.
    let order = |d: LunarDay| {
        (
            (d.month, d.day) < (f.start.month, f.start.day),
            d.month,
            d.day,
        )
    };
    let end = match (f.end, f.main_day) {
        (Some(e), Some(m)) if order(m) > order(e) => Some(m),
        (None, Some(m)) if order(m) > order(f.start) => Some(m),
        (e, _) => e,
    };
    (f.start, end)
}

/// [`format_lunar_span`] of [`lunar_span`]: the lunar dates of a festival in words.
pub fn format_festival_lunar(f: &Festival, lang: Lang) -> String {
    let (start, end) = lunar_span(f);
    format_lunar_span(start, end, lang)
}

// ------------------------------------------------------------------------------ iCalendar

/// One all-day event for [`ics_calendar`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IcsEvent {
    /// Globally unique id, e.g. `yen-tu-spring-2026@yentu-explorer`.
    pub uid: String,
    /// Title.
    pub summary: String,
    /// Longer text (newlines allowed).
    pub description: String,
    /// First day.
    pub start: SolarDate,
    /// Last day (inclusive).
    pub end_inclusive: SolarDate,
    /// A link to the event's page.
    pub url: Option<String>,
}

/// Escapes an RFC 5545 TEXT value: `\`, `;`, `,` and newlines; drops other control characters.
pub fn ics_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line to at most 75 octets per physical line (RFC 5545 §3.1), never
/// splitting a UTF-8 character; each physical line ends with CRLF.
pub fn ics_fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut used = 0; // octets on the current physical line
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
    out
}

/// `YYYYMMDD`, the iCalendar DATE form.
fn ics_date(d: SolarDate) -> String {
    format!("{:04}{:02}{:02}", d.year, d.month, d.day)
}

/// An RFC 5545 calendar of all-day events (CRLF line endings, folded lines), with DTSTAMP
/// set to midnight UTC of `stamp` (normally today).
pub fn ics_calendar_at(events: &[IcsEvent], stamp: SolarDate) -> String {
    build_ics(events, Some(stamp))
}

/// An RFC 5545 calendar of all-day events; each DTSTAMP is the event's first day, since this
/// pure function has no clock (use [`ics_calendar_at`] to stamp with today's date).
pub fn ics_calendar(events: &[IcsEvent]) -> String {
    build_ics(events, None)
}

fn build_ics(events: &[IcsEvent], stamp: Option<SolarDate>) -> String {
    let mut out = String::new();
    let mut line = |s: String| out.push_str(&ics_fold(&s));
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line("PRODID:-//yentu-explorer//Festivals//EN".into());
    line("CALSCALE:GREGORIAN".into());
    for e in events {
        let end = if e.end_inclusive < e.start {
            e.start
        } else {
            e.end_inclusive
        };
        line("BEGIN:VEVENT".into());
        line(format!("UID:{}", ics_escape(&e.uid)));
        line(format!(
            "DTSTAMP:{}T000000Z",
            ics_date(stamp.unwrap_or(e.start))
        ));
        line(format!("DTSTART;VALUE=DATE:{}", ics_date(e.start)));
        line(format!("DTEND;VALUE=DATE:{}", ics_date(end.add_days(1))));
        line(format!("SUMMARY:{}", ics_escape(&e.summary)));
        if !e.description.is_empty() {
            line(format!("DESCRIPTION:{}", ics_escape(&e.description)));
        }
        if let Some(url) = &e.url {
            let clean: String = url.chars().filter(|c| !c.is_control()).collect();
            if !clean.is_empty() {
                line(format!("URL:{clean}"));
            }
        }
        line("TRANSP:TRANSPARENT".into());
        line("END:VEVENT".into());
    }
    line("END:VCALENDAR".into());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lunar::VIETNAM_TZ;
    use crate::domain::model::Text;

    fn sd(s: &str) -> SolarDate {
        SolarDate::parse(s).unwrap()
    }

    fn lday(month: u8, day: u8) -> LunarDay {
        LunarDay { month, day }
    }

    fn text(s: &str) -> Text {
        Text {
            vi: s.into(),
            en: s.into(),
        }
    }

    fn fest(start: LunarDay, end: Option<LunarDay>, main_day: Option<LunarDay>) -> Festival {
        Festival {
            id: "test".into(),
            name: text("Test"),
            start,
            end,
            main_day,
            text: text(""),
            sources: vec![],
            uncertain: false,
            note: None,
        }
    }

    fn month_start(year: i32, month: u8) -> SolarDate {
        lunar_to_solar(
            LunarDate {
                year,
                month,
                day: 1,
                leap: false,
            },
            VIETNAM_TZ,
        )
        .unwrap()
    }

    #[test]
    fn a_main_day_after_the_opening_extends_the_festival() {
        // Kiếp Bạc: opens about 10/8, main day 20/8 (30 Sep 2026), no closing day given.
        let f = fest(lday(8, 10), None, Some(lday(8, 20)));
        let o = next_occurrence(&f, sd("2026-09-25"), VIETNAM_TZ).unwrap();
        assert_eq!(o.start, sd("2026-09-20"));
        assert_eq!(o.end, sd("2026-09-30"));
        assert_eq!(o.main, Some(sd("2026-09-30")));
        assert!(matches!(when(&o, sd("2026-09-25")), When::Now { .. }));
        // The lunar label covers the same days as the solar range: 10–20/8 ↔ 20–30 Sep.
        assert_eq!(lunar_span(&f), (lday(8, 10), Some(lday(8, 20))));
        assert_eq!(format_festival_lunar(&f, Lang::Vi), "10–20 tháng Tám");
        assert_eq!(
            format_festival_lunar(&f, Lang::En),
            "10th–20th days of the 8th lunar month"
        );
        let (a, b) = occurrence(&f, 2026, VIETNAM_TZ).unwrap();
        let (ls, le) = lunar_span(&f);
        let (la, lb) = (
            lunar_to_solar(
                LunarDate {
                    year: 2026,
                    month: ls.month,
                    day: ls.day,
                    leap: false,
                },
                VIETNAM_TZ,
            ),
            le.and_then(|e| {
                lunar_to_solar(
                    LunarDate {
                        year: 2026,
                        month: e.month,
                        day: e.day,
                        leap: false,
                    },
                    VIETNAM_TZ,
                )
            }),
        );
        assert_eq!((la, lb), (Some(a), Some(b)));
    }

    #[test]
    fn lunar_span_keeps_a_closing_day_after_the_main_day() {
        // A main day inside the festival changes nothing.
        let f = fest(lday(1, 10), Some(lday(3, 30)), Some(lday(1, 15)));
        assert_eq!(lunar_span(&f), (lday(1, 10), Some(lday(3, 30))));
        // A main day across Tết, after the closing day, extends it.
        let f = fest(lday(12, 20), Some(lday(12, 29)), Some(lday(1, 5)));
        assert_eq!(lunar_span(&f), (lday(12, 20), Some(lday(1, 5))));
        // A main day on the opening day: one day.
        let f = fest(lday(2, 14), None, Some(lday(2, 14)));
        assert_eq!(lunar_span(&f), (lday(2, 14), None));
        assert_eq!(format_festival_lunar(&f, Lang::Vi), "14 tháng Hai");
    }

    #[test]
    fn occurrence_of_yen_tu_spring_festival_2026() {
        // Opens 10/1, runs to the end of month 3.
        let f = fest(lday(1, 10), Some(lday(3, 30)), None);
        let (start, end) = occurrence(&f, 2026, VIETNAM_TZ).unwrap();
        assert_eq!(start, sd("2026-02-26"));
        assert_eq!(end, month_start(2026, 4).add_days(-1));
    }

    #[test]
    fn day_30_of_a_29_day_month_is_its_last_day() {
        let short = (1..=12u8)
            .find(|&m| lunar_month_length(2026, m, false, VIETNAM_TZ) == Some(29))
            .unwrap();
        let f = fest(lday(short, 1), Some(lday(short, 30)), None);
        let (start, end) = occurrence(&f, 2026, VIETNAM_TZ).unwrap();
        assert_eq!(start, month_start(2026, short));
        assert_eq!(start.days_until(end), 28);
        // A one-day event on day 30, too (30/10/2024 exists: 30 Nov 2024).
        let eve = fest(lday(10, 30), None, None);
        assert_eq!(
            occurrence(&eve, 2024, VIETNAM_TZ),
            Some((sd("2024-11-30"), sd("2024-11-30")))
        );
    }

    #[test]
    fn leap_twin_uses_the_regular_month() {
        // 2025 has a leap month 6.
        let f = fest(lday(6, 15), None, None);
        let (start, _) = occurrence(&f, 2025, VIETNAM_TZ).unwrap();
        assert_eq!(start, month_start(2025, 6).add_days(14));
        let leap_start = lunar_to_solar(
            LunarDate {
                year: 2025,
                month: 6,
                day: 1,
                leap: true,
            },
            VIETNAM_TZ,
        )
        .unwrap();
        assert!(start < leap_start);
    }

    #[test]
    fn main_day_and_span_across_tet() {
        // Kiếp Bạc: opens about 10/8, main day 20/8.
        let f = fest(lday(8, 10), Some(lday(8, 20)), Some(lday(8, 20)));
        let o = occurrence_in(&f, 2026, VIETNAM_TZ).unwrap();
        assert_eq!(o.main, Some(sd("2026-09-30")));
        assert_eq!(o.end, sd("2026-09-30"));
        assert_eq!(o.lunar_year, 2026);
        // A made-up span from 25/12 to 5/1 ends in the next lunar year.
        let g = fest(lday(12, 25), Some(lday(1, 5)), None);
        let o = occurrence_in(&g, 2025, VIETNAM_TZ).unwrap();
        assert!(o.start < sd("2026-02-17") && o.end == sd("2026-02-21"));
    }

    #[test]
    fn next_occurrence_picks_the_current_or_coming_one() {
        let yen_tu = fest(lday(1, 10), Some(lday(3, 30)), None);
        let o = next_occurrence(&yen_tu, sd("2026-03-01"), VIETNAM_TZ).unwrap();
        assert_eq!((o.start, o.lunar_year), (sd("2026-02-26"), 2026));
        assert_eq!(
            when(&o, sd("2026-03-01")),
            When::Now {
                day: 4,
                of: o.start.days_until(o.end) as u32 + 1
            }
        );
        // Before Tết 2026 the 2026 occurrence is still the next one.
        let o = next_occurrence(&yen_tu, sd("2026-01-10"), VIETNAM_TZ).unwrap();
        assert_eq!(o.start, sd("2026-02-26"));
        assert_eq!(when(&o, sd("2026-01-10")), When::InDays(47));
        // Vĩnh Nghiêm 14/2: after 1 Apr 2026 the next is in 2027.
        let vn = fest(lday(2, 14), None, None);
        let o = next_occurrence(&vn, sd("2026-04-02"), VIETNAM_TZ).unwrap();
        assert_eq!(o.lunar_year, 2027);
        let o = next_occurrence(&vn, sd("2026-04-01"), VIETNAM_TZ).unwrap();
        assert_eq!(o.start, sd("2026-04-01"));
        assert_eq!(when(&o, sd("2026-04-01")), When::Now { day: 1, of: 1 });
        // Trần Nhân Tông's passing, 1/11: 9 Dec 2026.
        let tnt = fest(lday(11, 1), None, None);
        let o = next_occurrence(&tnt, sd("2026-06-01"), VIETNAM_TZ).unwrap();
        assert_eq!((o.start, o.lunar_year), (sd("2026-12-09"), 2026));
        // A span crossing Tết is still found after Tết.
        let g = fest(lday(12, 25), Some(lday(1, 5)), None);
        let o = next_occurrence(&g, sd("2026-02-18"), VIETNAM_TZ).unwrap();
        assert_eq!(o.lunar_year, 2025);
    }

    #[test]
    fn when_past() {
        let o = Occurrence {
            start: sd("2026-04-01"),
            end: sd("2026-04-03"),
            main: None,
            lunar_year: 2026,
        };
        assert_eq!(when(&o, sd("2026-04-04")), When::Past);
        assert_eq!(when(&o, sd("2026-04-03")), When::Now { day: 3, of: 3 });
        assert_eq!(when(&o, sd("2026-03-31")), When::InDays(1));
    }

    #[test]
    fn ordinals() {
        let got: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 24, 30, 101, 111, 112]
            .iter()
            .map(|&n| ordinal_en(n))
            .collect();
        assert_eq!(
            got,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "24th",
                "30th", "101st", "111th", "112th"
            ]
        );
    }

    #[test]
    fn lunar_day_wording() {
        assert_eq!(format_lunar_day(lday(1, 10), Lang::Vi), "10 tháng Giêng");
        assert_eq!(format_lunar_day(lday(4, 1), Lang::Vi), "1 tháng Tư");
        assert_eq!(format_lunar_day(lday(11, 1), Lang::Vi), "1 tháng Mười một");
        assert_eq!(format_lunar_day(lday(12, 23), Lang::Vi), "23 tháng Chạp");
        assert_eq!(
            format_lunar_day(lday(1, 10), Lang::En),
            "10th day of the 1st lunar month"
        );
        assert_eq!(
            format_lunar_day(lday(12, 22), Lang::En),
            "22nd day of the 12th lunar month"
        );
    }

    #[test]
    fn lunar_span_wording() {
        assert_eq!(
            format_lunar_span(lday(2, 16), Some(lday(2, 18)), Lang::Vi),
            "16–18 tháng Hai"
        );
        assert_eq!(
            format_lunar_span(lday(2, 16), Some(lday(2, 18)), Lang::En),
            "16th–18th days of the 2nd lunar month"
        );
        assert_eq!(
            format_lunar_span(lday(1, 10), Some(lday(3, 30)), Lang::Vi),
            "10 tháng Giêng – hết tháng Ba"
        );
        assert_eq!(
            format_lunar_span(lday(1, 10), Some(lday(3, 30)), Lang::En),
            "10th day of the 1st lunar month – end of the 3rd lunar month"
        );
        assert_eq!(
            format_lunar_span(lday(1, 14), Some(lday(2, 3)), Lang::Vi),
            "14 tháng Giêng – 3 tháng Hai"
        );
        assert_eq!(
            format_lunar_span(lday(2, 14), None, Lang::Vi),
            "14 tháng Hai"
        );
        assert_eq!(
            format_lunar_span(lday(2, 14), Some(lday(2, 14)), Lang::Vi),
            "14 tháng Hai"
        );
    }

    #[test]
    fn escaping() {
        assert_eq!(
            ics_escape("a\\b;c,d\ne\r\nf\rg\u{7}h"),
            "a\\\\b\\;c\\,d\\ne\\nf\\ngh"
        );
    }

    #[test]
    fn folding_never_splits_utf8_and_keeps_75_octets() {
        let long = format!(
            "DESCRIPTION:{}",
            ics_escape(
                "Lễ hội xuân Yên Tử khai hội ngày 10 tháng Giêng, kéo dài đến hết tháng Ba âm \
                 lịch; du khách hành hương lên chùa Đồng trên đỉnh núi Yên Tử."
            )
        );
        assert!(long.len() > 150);
        let folded = ics_fold(&long);
        assert!(folded.ends_with("\r\n"));
        let lines: Vec<&str> = folded.trim_end_matches("\r\n").split("\r\n").collect();
        assert!(lines.len() >= 3);
        for (i, l) in lines.iter().enumerate() {
            assert!(l.len() <= 75, "line {i} has {} octets", l.len());
            if i > 0 {
                assert!(l.starts_with(' '));
            }
        }
        // Unfolding gives the original back.
        assert_eq!(folded.trim_end_matches("\r\n").replace("\r\n ", ""), long);
        // A short line is untouched.
        assert_eq!(ics_fold("VERSION:2.0"), "VERSION:2.0\r\n");
        // Exactly 75 octets: no fold; 76: one fold.
        assert_eq!(ics_fold(&"x".repeat(75)).matches("\r\n").count(), 1);
        assert_eq!(ics_fold(&"x".repeat(76)).matches("\r\n").count(), 2);
    }

    #[test]
    fn calendar_structure() {
        let events = [IcsEvent {
            uid: "yen-tu-2026@yentu-explorer".into(),
            summary: "Lễ hội xuân Yên Tử".into(),
            description: "Khai hội 10 tháng Giêng; đến hết tháng Ba.\nXem trang, bản đồ".into(),
            start: sd("2026-02-26"),
            end_inclusive: sd("2026-05-16"),
            url: Some("https://example.invalid/vi/sites/yen-tu".into()),
        }];
        let ics = ics_calendar(&events);
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        assert!(ics.contains("\r\nCALSCALE:GREGORIAN\r\n"));
        assert!(ics.contains("\r\nDTSTART;VALUE=DATE:20260226\r\n"));
        assert!(ics.contains("\r\nDTEND;VALUE=DATE:20260517\r\n"));
        assert!(ics.contains("\r\nDTSTAMP:20260226T000000Z\r\n"));
        assert!(ics.contains("\r\nUID:yen-tu-2026@yentu-explorer\r\n"));
        assert!(ics.contains("\r\nSUMMARY:Lễ hội xuân Yên Tử\r\n"));
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains(
            "DESCRIPTION:Khai hội 10 tháng Giêng\\; đến hết tháng Ba.\\nXem trang\\, bản đồ\r\n"
        ));
        assert!(unfolded.contains("URL:https://example.invalid/vi/sites/yen-tu\r\n"));
        assert!(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1);
        // No bare LF anywhere.
        assert_eq!(ics.matches('\n').count(), ics.matches("\r\n").count());
        for l in ics.split("\r\n") {
            assert!(l.len() <= 75);
        }
        let stamped = ics_calendar_at(&events, sd("2026-01-05"));
        assert!(stamped.contains("\r\nDTSTAMP:20260105T000000Z\r\n"));
        // One-day event: DTEND is the next day; empty calendar is still valid.
        let one = IcsEvent {
            end_inclusive: sd("2026-04-01"),
            start: sd("2026-04-01"),
            url: None,
            ..events[0].clone()
        };
        assert!(ics_calendar(&[one]).contains("DTEND;VALUE=DATE:20260402\r\n"));
        assert_eq!(
            ics_calendar(&[]),
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//yentu-explorer//Festivals//EN\r\n\
             CALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n"
        );
    }
}

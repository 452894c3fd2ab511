//! ISO dates known to a year, a month or a day, formatted at their precision in each language.
//!
//! The timeline's dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A date is never shown more
//! precisely than it is known: "2015" stays "2015", never "01/01/2015".

use super::model::{DatePrecision, Lang};

/// A proleptic Gregorian date known to a year, a month or a day.
///
/// The derived order compares year, then month, then day, with a missing part before any
/// present one: a period sorts at its start ("2014" ≤ "2014-01" ≤ "2014-01-01" < "2014-02").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IsoDate {
    /// Year (four digits in the data).
    pub year: i32,
    /// Month 1–12, when known.
    pub month: Option<u8>,
    /// Day of the month, when known (only with a month).
    pub day: Option<u8>,
}

/// English month abbreviations, January first.
const EN_SHORT: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// English month names, January first.
const EN_LONG: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Average length of a Gregorian month in days (365.2425 / 12).
const AVG_MONTH_DAYS: f64 = 30.436_875;

/// Julian day number of 1970-01-01, the day [`days_from_civil`] counts from.
pub const UNIX_EPOCH_JDN: i64 = 2_440_588;

/// Whether `year` is a Gregorian leap year.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in a Gregorian month (0 for a month outside 1–12).
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
pub fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400; // [0, 399]
    let m = i64::from(month);
    let mp = (m + 9) % 12; // March = 0
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1; // [0, 365]
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // [0, 146096]
    era * 146_097 + doe - 719_468
}

/// Parses exactly `n` ASCII digits.
fn digits(s: &str, n: usize) -> Option<u32> {
    if s.len() != n || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

impl IsoDate {
    /// A date known to the year.
    pub fn year(year: i32) -> IsoDate {
        IsoDate {
            year,
            month: None,
            day: None,
        }
    }

    /// A date known to the day, if it exists in the calendar.
    pub fn ymd(year: i32, month: u8, day: u8) -> Option<IsoDate> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(IsoDate {
            year,
            month: Some(month),
            day: Some(day),
        })
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (exact digit counts, real months and days,
    /// leap years respected); anything else is `None`.
    pub fn parse(s: &str) -> Option<IsoDate> {
        IsoDate::parse_checked(s).ok()
    }

    /// [`IsoDate::parse`], saying what is wrong with a text that is not such a date. The one
    /// ISO-date parser of the app: the data validation and the lunar calendar's solar dates use it.
    pub fn parse_checked(s: &str) -> Result<IsoDate, String> {
        let bad = || format!("\"{s}\" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
        let mut parts = s.split('-');
        let year = parts
            .next()
            .and_then(|y| digits(y, 4))
            .and_then(|y| i32::try_from(y).ok())
            .ok_or_else(bad)?;
        let Some(month) = parts.next() else {
            return Ok(IsoDate::year(year));
        };
        let month = digits(month, 2).ok_or_else(bad)?;
        if !(1..=12).contains(&month) {
            return Err(format!("\"{s}\": month {month} is not 1–12"));
        }
        let month = month as u8;
        let Some(day) = parts.next() else {
            return Ok(IsoDate {
                year,
                month: Some(month),
                day: None,
            });
        };
        let day = digits(day, 2).ok_or_else(bad)?;
        if parts.next().is_some() {
            return Err(bad());
        }
        let max = days_in_month(year, month);
        match u8::try_from(day)
            .ok()
            .and_then(|d| IsoDate::ymd(year, month, d))
        {
            Some(date) => Ok(date),
            None => Err(format!("\"{s}\": day {day} is not 1–{max} for that month")),
        }
    }

    /// How precisely the date is known.
    pub fn precision(&self) -> DatePrecision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => DatePrecision::Day,
            (Some(_), None) => DatePrecision::Month,
            _ => DatePrecision::Year,
        }
    }

    /// The first day of the period the date names: `2015` → (2015, 1, 1).
    pub fn first_day(&self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// Days since 1970-01-01 of the first day of the period.
    pub fn day_number(&self) -> i64 {
        let (y, m, d) = self.first_day();
        days_from_civil(y, m, d)
    }
}

/// Days from `a` to `b`, first day to first day (negative when `b` is earlier).
pub fn days_between(a: &IsoDate, b: &IsoDate) -> i64 {
    b.day_number() - a.day_number()
}

/// Whole calendar months from `a` to `b`, first day to first day (negative when `b` is earlier).
pub fn months_between(a: &IsoDate, b: &IsoDate) -> i32 {
    if b < a {
        return -months_between(b, a);
    }
    let (ay, am, ad) = a.first_day();
    let (by, bm, bd) = b.first_day();
    let months = (by - ay) * 12 + i32::from(bm) - i32::from(am);
    if bd < ad {
        months - 1
    } else {
        months
    }
}

/// The date at its precision in the language's own short form:
/// vi "2015", "09/2014", "23/09/2014"; en "2015", "Sep 2014", "23 Sep 2014".
pub fn format(d: &IsoDate, lang: Lang) -> String {
    match (lang, d.month, d.day) {
        (Lang::Vi, Some(m), Some(day)) => format!("{day:02}/{m:02}/{}", d.year),
        (Lang::Vi, Some(m), None) => format!("{m:02}/{}", d.year),
        (Lang::En, Some(m), Some(day)) => format!("{day} {} {}", en_short(m), d.year),
        (Lang::En, Some(m), None) => format!("{} {}", en_short(m), d.year),
        _ => d.year.to_string(),
    }
}

/// A span in short form. Vietnamese writes both ends in full ("05/08/2024 – 15/08/2024");
/// English shares the common tail ("5–15 Aug 2024", "5 Aug – 3 Sep 2024", "Aug–Sep 2024").
/// Without an end, or with an end equal to the start, it is the single date.
pub fn format_span(start: &IsoDate, end: Option<&IsoDate>, lang: Lang) -> String {
    let end = match end {
        Some(e) if e != start => e,
        _ => return format(start, lang),
    };
    if lang == Lang::En && start.year == end.year && start.precision() == end.precision() {
        match (start.month, start.day, end.month, end.day) {
            (Some(sm), Some(sd), Some(em), Some(ed)) if sm == em => {
                return format!("{sd}–{ed} {} {}", en_short(sm), start.year);
            }
            (Some(sm), Some(sd), Some(em), Some(ed)) => {
                return format!(
                    "{sd} {} – {ed} {} {}",
                    en_short(sm),
                    en_short(em),
                    start.year
                );
            }
            (Some(sm), None, Some(em), None) => {
                return format!("{}–{} {}", en_short(sm), en_short(em), start.year);
            }
            _ => {}
        }
    }
    format!("{} – {}", format(start, lang), format(end, lang))
}

/// The date in words, for accessible labels: vi "ngày 23 tháng 9 năm 2014", "tháng 9 năm 2014",
/// "năm 2014"; en "23 September 2014", "September 2014", "2014".
pub fn format_long(d: &IsoDate, lang: Lang) -> String {
    match (lang, d.month, d.day) {
        (Lang::Vi, Some(m), Some(day)) => format!("ngày {day} tháng {m} năm {}", d.year),
        (Lang::Vi, Some(m), None) => format!("tháng {m} năm {}", d.year),
        (Lang::Vi, _, _) => format!("năm {}", d.year),
        (Lang::En, Some(m), Some(day)) => format!("{day} {} {}", en_long(m), d.year),
        (Lang::En, Some(m), None) => format!("{} {}", en_long(m), d.year),
        (Lang::En, _, _) => d.year.to_string(),
    }
}

/// A number of days in years and months ("9 năm 4 tháng", "9 years 4 months"), counting a
/// month as an average Gregorian month (30.436875 days) and rounding down; under a month it
/// is given in days. The sign is ignored.
pub fn describe_duration(days: i64, lang: Lang) -> String {
    let days = days.unsigned_abs();
    // Exact enough: a u64 day count of any real span fits an f64 without loss.
    let months = (days as f64 / AVG_MONTH_DAYS).floor() as u64;
    if months == 0 {
        return unit(days, "ngày", "day", "days", lang);
    }
    let (y, m) = (months / 12, months % 12);
    match (y, m) {
        (0, m) => unit(m, "tháng", "month", "months", lang),
        (y, 0) => unit(y, "năm", "year", "years", lang),
        (y, m) => format!(
            "{} {}",
            unit(y, "năm", "year", "years", lang),
            unit(m, "tháng", "month", "months", lang)
        ),
    }
}

/// "3 năm", "1 year", "3 years".
fn unit(n: u64, vi: &str, en_one: &str, en_many: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("{n} {vi}"),
        Lang::En if n == 1 => format!("{n} {en_one}"),
        Lang::En => format!("{n} {en_many}"),
    }
}

/// "Sep" for 9; empty for a month out of range (never produced by `parse`).
pub(crate) fn en_short(m: u8) -> &'static str {
    EN_SHORT
        .get(usize::from(m).wrapping_sub(1))
        .copied()
        .unwrap_or("")
}

/// "September" for 9; empty for a month out of range.
pub(crate) fn en_long(m: u8) -> &'static str {
    EN_LONG
        .get(usize::from(m).wrapping_sub(1))
        .copied()
        .unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> IsoDate {
        IsoDate::parse(s).unwrap()
    }

    #[test]
    fn parses_the_three_precisions() {
        assert_eq!(d("2015"), IsoDate::year(2015));
        assert_eq!(d("2015").precision(), DatePrecision::Year);
        assert_eq!(d("2022-01").precision(), DatePrecision::Month);
        assert_eq!(d("2014-09-23"), IsoDate::ymd(2014, 9, 23).unwrap());
    }

    #[test]
    fn respects_real_calendar_ranges() {
        assert!(IsoDate::parse("2024-02-29").is_some());
        assert!(IsoDate::parse("2000-02-29").is_some());
        assert!(IsoDate::parse("2024-02-30").is_none());
        assert!(IsoDate::parse("2023-02-29").is_none());
        assert!(IsoDate::parse("1900-02-29").is_none());
        assert!(IsoDate::parse("2024-13").is_none());
        assert!(IsoDate::parse("2024-00").is_none());
        assert!(IsoDate::parse("2024-04-31").is_none());
        assert!(IsoDate::parse("2024-04-00").is_none());
        assert!(IsoDate::parse("2024-12-31").is_some());
    }

    #[test]
    fn rejects_malformed_text() {
        for s in [
            "",
            "24",
            "20155",
            "2015-1",
            "2015-01-1",
            "2015/01/01",
            " 2015",
            "2015-01-01-01",
            "2015-",
            "-2015",
            "2015-01-",
            "２０１５",
            "+015",
        ] {
            assert_eq!(IsoDate::parse(s), None, "{s:?}");
        }
    }

    #[test]
    fn orders_periods_at_their_start() {
        let mut v = vec![
            d("2014-02"),
            d("2014-01-01"),
            d("2014"),
            d("2013-12-31"),
            d("2014-01"),
        ];
        v.sort();
        assert_eq!(
            v,
            vec![
                d("2013-12-31"),
                d("2014"),
                d("2014-01"),
                d("2014-01-01"),
                d("2014-02")
            ]
        );
        assert_eq!(d("2015").first_day(), (2015, 1, 1));
        assert_eq!(d("2015-06").first_day(), (2015, 6, 1));
    }

    #[test]
    fn counts_days_like_python_datetime() {
        // Values from python3: (date(..) - date(1970, 1, 1)).days
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2024, 2, 29), 19_782);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(days_from_civil(1, 1, 1), -719_162);
        assert_eq!(d("2014-09-23").day_number(), 16_336);
        assert_eq!(days_between(&d("2014-09-23"), &d("2024-01-26")), 3412);
        assert_eq!(days_between(&d("2024-08-05"), &d("2024-08-15")), 10);
        assert_eq!(days_between(&d("2024-01-26"), &d("2014-09-23")), -3412);
    }

    #[test]
    fn counts_whole_months() {
        assert_eq!(months_between(&d("2014-09-23"), &d("2024-01-26")), 112);
        assert_eq!(months_between(&d("2014-09-23"), &d("2024-01-22")), 111);
        assert_eq!(months_between(&d("2024-01-26"), &d("2014-09-23")), -112);
        assert_eq!(months_between(&d("2022-01"), &d("2022-07")), 6);
        assert_eq!(months_between(&d("2015"), &d("2015")), 0);
    }

    #[test]
    fn formats_each_precision_in_both_languages() {
        assert_eq!(format(&d("2015"), Lang::Vi), "2015");
        assert_eq!(format(&d("2014-09"), Lang::Vi), "09/2014");
        assert_eq!(format(&d("2014-09-23"), Lang::Vi), "23/09/2014");
        assert_eq!(format(&d("2015"), Lang::En), "2015");
        assert_eq!(format(&d("2014-09"), Lang::En), "Sep 2014");
        assert_eq!(format(&d("2014-09-23"), Lang::En), "23 Sep 2014");
        assert_eq!(format(&d("2024-08-05"), Lang::En), "5 Aug 2024");
    }

    #[test]
    fn formats_spans() {
        let (a, b) = (d("2024-08-05"), d("2024-08-15"));
        assert_eq!(
            format_span(&a, Some(&b), Lang::Vi),
            "05/08/2024 – 15/08/2024"
        );
        assert_eq!(format_span(&a, Some(&b), Lang::En), "5–15 Aug 2024");
        assert_eq!(format_span(&a, None, Lang::En), "5 Aug 2024");
        assert_eq!(format_span(&a, Some(&a), Lang::Vi), "05/08/2024");
        let c = d("2024-09-03");
        assert_eq!(format_span(&a, Some(&c), Lang::En), "5 Aug – 3 Sep 2024");
        let e = d("2025-01-02");
        assert_eq!(
            format_span(&a, Some(&e), Lang::En),
            "5 Aug 2024 – 2 Jan 2025"
        );
        assert_eq!(
            format_span(&d("2012-10"), Some(&d("2013-07")), Lang::Vi),
            "10/2012 – 07/2013"
        );
        assert_eq!(
            format_span(&d("2024-08"), Some(&d("2024-09")), Lang::En),
            "Aug–Sep 2024"
        );
        assert_eq!(
            format_span(&d("2020"), Some(&d("2025")), Lang::En),
            "2020 – 2025"
        );
        assert_eq!(
            format_span(&d("2024"), Some(&d("2024-09-03")), Lang::En),
            "2024 – 3 Sep 2024"
        );
    }

    #[test]
    fn formats_long_forms() {
        assert_eq!(
            format_long(&d("2014-09-23"), Lang::Vi),
            "ngày 23 tháng 9 năm 2014"
        );
        assert_eq!(format_long(&d("2014-09"), Lang::Vi), "tháng 9 năm 2014");
        assert_eq!(format_long(&d("2014"), Lang::Vi), "năm 2014");
        assert_eq!(format_long(&d("2014-09-23"), Lang::En), "23 September 2014");
        assert_eq!(format_long(&d("2014-09"), Lang::En), "September 2014");
        assert_eq!(format_long(&d("2014"), Lang::En), "2014");
    }

    #[test]
    fn describes_durations() {
        // 2014-09-23 → 2024-01-26 is 9 years 4 months 3 days on the calendar.
        assert_eq!(describe_duration(3412, Lang::Vi), "9 năm 4 tháng");
        assert_eq!(describe_duration(3412, Lang::En), "9 years 4 months");
        // 2024-01-26 → 2025-07-12 is 1 year 5 months 16 days.
        assert_eq!(describe_duration(533, Lang::En), "1 year 5 months");
        // 2014-09-23 → 2025-07-12 is 10 years 9 months 19 days.
        assert_eq!(describe_duration(3945, Lang::Vi), "10 năm 9 tháng");
        assert_eq!(describe_duration(365, Lang::En), "11 months");
        assert_eq!(describe_duration(366, Lang::En), "1 year");
        assert_eq!(describe_duration(31, Lang::En), "1 month");
        assert_eq!(describe_duration(10, Lang::En), "10 days");
        assert_eq!(describe_duration(1, Lang::En), "1 day");
        assert_eq!(describe_duration(10, Lang::Vi), "10 ngày");
        assert_eq!(describe_duration(0, Lang::Vi), "0 ngày");
        assert_eq!(describe_duration(-3412, Lang::En), "9 years 4 months");
    }
}

//! Test vectors for the Vietnamese lunar calendar, from the fact sheet (§6, §7), in both
//! directions, plus a solar → lunar → solar round trip over 1900–2100.

use yentu_explorer::domain::lunar::{
    leap_month_of, lunar_month_length, lunar_to_solar, solar_to_lunar, LunarDate, SolarDate,
    VIETNAM_TZ,
};

fn sd(s: &str) -> SolarDate {
    SolarDate::parse(s).unwrap_or_else(|| panic!("bad test date {s}"))
}

fn ld(year: i32, month: u8, day: u8, leap: bool) -> LunarDate {
    LunarDate {
        year,
        month,
        day,
        leap,
    }
}

/// Checks `solar` ↔ `lunar` both ways in UTC+7.
fn check(solar: &str, lunar: LunarDate) {
    let s = sd(solar);
    assert_eq!(
        solar_to_lunar(s, VIETNAM_TZ),
        lunar,
        "solar → lunar for {solar}"
    );
    assert_eq!(
        lunar_to_solar(lunar, VIETNAM_TZ),
        Some(s),
        "lunar → solar for {lunar}"
    );
}

#[test]
fn tet_dates() {
    for (date, year) in [
        ("2024-02-10", 2024),
        ("2025-01-29", 2025),
        ("2026-02-17", 2026),
        ("2027-02-06", 2027),
    ] {
        check(date, ld(year, 1, 1, false));
    }
}

#[test]
fn tet_where_vietnam_differs_from_china() {
    for (date, year) in [
        ("1968-01-29", 1968),
        ("1985-01-21", 1985),
        ("2007-02-17", 2007),
        ("2030-02-02", 2030),
        ("2053-02-18", 2053),
    ] {
        check(date, ld(year, 1, 1, false));
        // China's calendar (UTC+8) puts Tết (Chūnjié) on another day in these years.
        let china = lunar_to_solar(ld(year, 1, 1, false), 8.0);
        assert!(china.is_some(), "{year}");
        assert_ne!(china, Some(sd(date)), "UTC+8 should differ in {year}");
        assert_ne!(
            solar_to_lunar(sd(date), 8.0),
            ld(year, 1, 1, false),
            "{year}"
        );
    }
}

#[test]
fn other_vectors() {
    check("2013-05-04", ld(2013, 3, 25, false));
    check("2014-09-23", ld(2014, 8, 30, false));
    check("2006-09-12", ld(2006, 7, 20, true));
    check("2012-06-12", ld(2012, 4, 23, true));
}

#[test]
fn leap_months() {
    assert_eq!(leap_month_of(2025, VIETNAM_TZ), Some(6));
    assert_eq!(leap_month_of(2006, VIETNAM_TZ), Some(7));
    assert_eq!(leap_month_of(2012, VIETNAM_TZ), Some(4));
    assert_eq!(leap_month_of(2024, VIETNAM_TZ), None);
    assert_eq!(leap_month_of(2026, VIETNAM_TZ), None);
    assert!(lunar_month_length(2025, 6, true, VIETNAM_TZ).is_some());
    assert!(lunar_month_length(2025, 6, false, VIETNAM_TZ).is_some());
    assert_eq!(lunar_month_length(2025, 7, true, VIETNAM_TZ), None);
    // The vector 30/8/2014 implies month 8 of 2014 has 30 days.
    assert_eq!(lunar_month_length(2014, 8, false, VIETNAM_TZ), Some(30));
}

#[test]
fn festival_conversions_2026() {
    for (date, month, day) in [
        ("2026-02-25", 1, 9),
        ("2026-02-26", 1, 10),
        ("2026-03-04", 1, 16),
        ("2026-04-01", 2, 14),
        ("2026-04-03", 2, 16),
        ("2026-04-17", 3, 1),
        ("2026-04-21", 3, 5),
        ("2026-04-24", 3, 8),
        ("2026-09-26", 8, 16),
        ("2026-09-30", 8, 20),
        ("2026-12-09", 11, 1),
    ] {
        check(date, ld(2026, month, day, false));
    }
}

#[test]
fn festival_conversions_from_the_news() {
    for (date, year, month, day) in [
        ("2023-01-31", 2023, 1, 10),
        ("2024-04-09", 2024, 3, 1),
        ("2023-04-24", 2023, 3, 5),
        ("2023-09-30", 2023, 8, 16),
        ("2023-10-04", 2023, 8, 20),
        ("2024-11-30", 2024, 10, 30),
        ("2018-02-25", 2018, 1, 10),
        ("2025-02-13", 2025, 1, 16),
    ] {
        check(date, ld(year, month, day, false));
    }
}

#[test]
fn round_trip_1900_to_2100() {
    let first = sd("1900-01-01");
    let last = sd("2100-12-31");
    let mut prev: Option<LunarDate> = None;
    for jdn in first.jdn()..=last.jdn() {
        let s = SolarDate::from_jdn(jdn);
        let l = solar_to_lunar(s, VIETNAM_TZ);
        assert!(
            (1..=12).contains(&l.month) && (1..=30).contains(&l.day),
            "{s}: {l}"
        );
        assert_eq!(lunar_to_solar(l, VIETNAM_TZ), Some(s), "{s} → {l}");
        // Consecutive days: the next day in the month, or day 1 of the next month.
        if let Some(p) = prev {
            if l.day == 1 {
                assert!(
                    (29..=30).contains(&p.day),
                    "{s}: month before had {} days",
                    p.day
                );
            } else {
                assert_eq!(
                    (l.year, l.month, l.leap, l.day),
                    (p.year, p.month, p.leap, p.day + 1)
                );
            }
        }
        prev = Some(l);
    }
}

//! The Vietnamese lunisolar calendar (âm lịch), computed astronomically.
//!
//! Rules (fact sheet §7, [L1]–[L3]):
//! - a lunar month begins on the local civil day (in the given time zone) that contains the
//!   astronomical new moon;
//! - month 11 is the month that contains the winter solstice (sun's apparent longitude 270°);
//! - when 13 months lie between two consecutive month-11 starts, the leap month is the first
//!   month after month 11 that contains no principal solar term (no sun longitude that is a
//!   multiple of 30°); it takes the number of the month before it.
//!
//! Astronomy: new moons after Meeus, *Astronomical Algorithms*, ch. 49 (mean phase plus the
//! periodic and planetary terms), converted from dynamical time to universal time with a
//! polynomial ΔT; the sun's apparent longitude after Meeus ch. 25 (low precision). Day numbers
//! are Julian day numbers (JDN, the integer day that starts at the preceding noon UT, so a
//! civil date maps to one JDN).
//!
//! The time zone is a parameter because it matters: North Vietnam kept UTC+8 until
//! 8 August 1967 and UTC+7 after it ([L4]); China's calendar uses UTC+8, and in some years
//! (1968, 1985, 2007, 2030, 2053) that moves Tết to another day.

use super::date::{days_from_civil, days_in_month, IsoDate, UNIX_EPOCH_JDN};
use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

/// Vietnam's time zone today, UTC+7, in hours.
pub const VIETNAM_TZ: f64 = 7.0;

/// Mean length of a synodic month in days (Meeus ch. 49).
const SYNODIC_MONTH: f64 = 29.530588861;
/// Julian ephemeris day of the mean new moon with Meeus' index k = 0 (6 January 2000).
const NEW_MOON_EPOCH: f64 = 2451550.09766;

// ------------------------------------------------------------------------------ solar dates

/// A day of the (proleptic) Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SolarDate {
    /// Year (astronomical numbering; only years after 1 CE are meaningful here).
    pub year: i32,
    /// Month 1–12.
    pub month: u8,
    /// Day of the month 1–31.
    pub day: u8,
}

impl SolarDate {
    /// A validated date; `None` for an impossible one such as 2025-02-29.
    pub fn new(year: i32, month: u8, day: u8) -> Option<SolarDate> {
        if (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month) {
            Some(SolarDate { year, month, day })
        } else {
            None
        }
    }

    /// Parses `YYYY-MM-DD` (surrounding whitespace allowed); `None` for anything else.
    pub fn parse(s: &str) -> Option<SolarDate> {
        let date = IsoDate::parse(s.trim())?;
        SolarDate::new(date.year, date.month?, date.day?)
    }

    /// The Julian day number of this date (e.g. 2000-01-01 → 2451545).
    pub fn jdn(self) -> i64 {
        days_from_civil(self.year, self.month, self.day) + UNIX_EPOCH_JDN
    }

    /// The Gregorian date of a Julian day number.
    pub fn from_jdn(jdn: i64) -> SolarDate {
        let a = jdn + 32044;
        let b = (4 * a + 3).div_euclid(146097);
        let c = a - 146097 * b / 4;
        let d = (4 * c + 3).div_euclid(1461);
        let e = c - 1461 * d / 4;
        let m = (5 * e + 2) / 153;
        let day = e - (153 * m + 2) / 5 + 1;
        let month = m + 3 - 12 * (m / 10);
        let year = 100 * b + d - 4800 + m / 10;
        SolarDate {
            year: year as i32,
            month: month as u8,
            day: day as u8,
        }
    }

    /// The date `n` days later (earlier for negative `n`).
    pub fn add_days(self, n: i64) -> SolarDate {
        SolarDate::from_jdn(self.jdn() + n)
    }

    /// Days from `self` to `other`: positive when `other` is later.
    pub fn days_until(self, other: SolarDate) -> i64 {
        other.jdn() - self.jdn()
    }
}

impl fmt::Display for SolarDate {
    /// Formats as `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

// ------------------------------------------------------------------------------ lunar dates

/// A day of the Vietnamese lunar calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LunarDate {
    /// Lunar year, named by the Gregorian year in which its month 1 begins.
    pub year: i32,
    /// Month 1–12.
    pub month: u8,
    /// Day 1–30.
    pub day: u8,
    /// True in a leap (intercalary) month, which repeats the number of the month before it.
    pub leap: bool,
}

impl fmt::Display for LunarDate {
    /// Formats as `D/M/Y`, with ` (leap)` for a leap month.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}/{}", self.day, self.month, self.year)?;
        if self.leap {
            write!(f, " (leap)")?;
        }
        Ok(())
    }
}

// ------------------------------------------------------------------------------ astronomy

fn sin_deg(x: f64) -> f64 {
    x.to_radians().sin()
}

/// ΔT = TT − UT in seconds: Espenak–Meeus polynomials for 1860–2150, a parabola elsewhere.
fn delta_t_seconds(year: f64) -> f64 {
    let y = year;
    if (1860.0..1900.0).contains(&y) {
        let t = y - 1860.0;
        7.62 + 0.5737 * t - 0.251754 * t.powi(2) + 0.01680668 * t.powi(3) - 0.0004473624 * t.powi(4)
            + t.powi(5) / 233174.0
    } else if (1900.0..1920.0).contains(&y) {
        let t = y - 1900.0;
        -2.79 + 1.494119 * t - 0.0598939 * t.powi(2) + 0.0061966 * t.powi(3) - 0.000197 * t.powi(4)
    } else if (1920.0..1941.0).contains(&y) {
        let t = y - 1920.0;
        21.20 + 0.84493 * t - 0.076100 * t.powi(2) + 0.0020936 * t.powi(3)
    } else if (1941.0..1961.0).contains(&y) {
        let t = y - 1950.0;
        29.07 + 0.407 * t - t.powi(2) / 233.0 + t.powi(3) / 2547.0
    } else if (1961.0..1986.0).contains(&y) {
        let t = y - 1975.0;
        45.45 + 1.067 * t - t.powi(2) / 260.0 - t.powi(3) / 718.0
    } else if (1986.0..2005.0).contains(&y) {
        let t = y - 2000.0;
        63.86 + 0.3345 * t - 0.060374 * t.powi(2)
            + 0.0017275 * t.powi(3)
            + 0.000651814 * t.powi(4)
            + 0.00002373599 * t.powi(5)
    } else if (2005.0..2050.0).contains(&y) {
        let t = y - 2000.0;
        62.92 + 0.32217 * t + 0.005589 * t.powi(2)
    } else if (2050.0..2150.0).contains(&y) {
        let u = (y - 1820.0) / 100.0;
        -20.0 + 32.0 * u * u - 0.5628 * (2150.0 - y)
    } else {
        let u = (y - 1820.0) / 100.0;
        -20.0 + 32.0 * u * u
    }
}

/// Approximate decimal year of a Julian day (good enough for ΔT).
fn decimal_year(jd: f64) -> f64 {
    2000.0 + (jd - 2451545.0) / 365.25
}

/// Universal time (as a Julian day) of the new moon with Meeus' index `k` (k = 0: January 2000).
fn new_moon_jd_ut(k: i64) -> f64 {
    let k = k as f64;
    let t = k / 1236.85;
    let (t2, t3, t4) = (t * t, t * t * t, t * t * t * t);
    let jde = NEW_MOON_EPOCH + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3
        + 0.00000000073 * t4;
    let e = 1.0 - 0.002516 * t - 0.0000074 * t2;
    // Sun's mean anomaly, moon's mean anomaly, moon's argument of latitude, ascending node.
    let m = 2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3;
    let mp = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
    let f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
    let om = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;

    let periodic = -0.40720 * sin_deg(mp)
        + 0.17241 * e * sin_deg(m)
        + 0.01608 * sin_deg(2.0 * mp)
        + 0.01039 * sin_deg(2.0 * f)
        + 0.00739 * e * sin_deg(mp - m)
        - 0.00514 * e * sin_deg(mp + m)
        + 0.00208 * e * e * sin_deg(2.0 * m)
        - 0.00111 * sin_deg(mp - 2.0 * f)
        - 0.00057 * sin_deg(mp + 2.0 * f)
        + 0.00056 * e * sin_deg(2.0 * mp + m)
        - 0.00042 * sin_deg(3.0 * mp)
        + 0.00042 * e * sin_deg(m + 2.0 * f)
        + 0.00038 * e * sin_deg(m - 2.0 * f)
        - 0.00024 * e * sin_deg(2.0 * mp - m)
        - 0.00017 * sin_deg(om)
        - 0.00007 * sin_deg(mp + 2.0 * m)
        + 0.00004 * sin_deg(2.0 * mp - 2.0 * f)
        + 0.00004 * sin_deg(3.0 * m)
        + 0.00003 * sin_deg(mp + m - 2.0 * f)
        + 0.00003 * sin_deg(2.0 * mp + 2.0 * f)
        - 0.00003 * sin_deg(mp + m + 2.0 * f)
        + 0.00003 * sin_deg(mp - m + 2.0 * f)
        - 0.00002 * sin_deg(mp - m - 2.0 * f)
        - 0.00002 * sin_deg(3.0 * mp + m)
        + 0.00002 * sin_deg(4.0 * mp);

    // Planetary arguments (degrees) and their coefficients (days).
    const PLANETARY: [(f64, f64, f64); 14] = [
        (299.77, 0.107408, 0.000325),
        (251.88, 0.016321, 0.000165),
        (251.83, 26.651886, 0.000164),
        (349.42, 36.412478, 0.000126),
        (84.66, 18.206239, 0.000110),
        (141.74, 53.303771, 0.000062),
        (207.14, 2.453732, 0.000060),
        (154.84, 7.306860, 0.000056),
        (34.52, 27.261239, 0.000047),
        (207.19, 0.121824, 0.000042),
        (291.34, 1.844379, 0.000040),
        (161.72, 24.198154, 0.000037),
        (239.56, 25.513099, 0.000035),
        (331.55, 3.592518, 0.000023),
    ];
    let planetary: f64 = PLANETARY
        .iter()
        .enumerate()
        .map(|(i, &(a0, a1, coeff))| {
            // A1 alone has a T² term.
            let arg = a0 + a1 * k - if i == 0 { 0.009173 * t2 } else { 0.0 };
            coeff * sin_deg(arg)
        })
        .sum();

    let jde = jde + periodic + planetary;
    jde - delta_t_seconds(decimal_year(jde)) / 86400.0
}

/// The sun's apparent geometric longitude in degrees [0, 360) at universal time `jd_ut`.
fn sun_longitude(jd_ut: f64) -> f64 {
    let jde = jd_ut + delta_t_seconds(decimal_year(jd_ut)) / 86400.0;
    let t = (jde - 2451545.0) / 36525.0;
    let l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
    let m = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
    let c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin_deg(m)
        + (0.019993 - 0.000101 * t) * sin_deg(2.0 * m)
        + 0.000289 * sin_deg(3.0 * m);
    let omega = 125.04 - 1934.136 * t;
    let apparent = l0 + c - 0.00569 - 0.00478 * sin_deg(omega);
    apparent.rem_euclid(360.0)
}

/// The JDN of the local day (UTC+`tz` hours) that contains the new moon with index `k`.
fn new_moon_day(k: i64, tz: f64) -> i64 {
    (new_moon_jd_ut(k) + 0.5 + tz / 24.0).floor() as i64
}

/// Which 30° sector (0–11) the sun is in at the local midnight that begins day `jdn`.
fn sun_sector(jdn: i64, tz: f64) -> i64 {
    let midnight_ut = jdn as f64 - 0.5 - tz / 24.0;
    ((sun_longitude(midnight_ut) / 30.0).floor() as i64).clamp(0, 11)
}

/// Index k of the lunar month whose first local day is on or before `jdn`.
fn month_index_at(jdn: i64, tz: f64) -> i64 {
    let mut k = ((jdn as f64 - NEW_MOON_EPOCH) / SYNODIC_MONTH).floor() as i64;
    while new_moon_day(k + 1, tz) <= jdn {
        k += 1;
    }
    while new_moon_day(k, tz) > jdn {
        k -= 1;
    }
    k
}

/// Index k of month 11 for the winter solstice of Gregorian year `year`.
fn month11_index(year: i32, tz: f64) -> i64 {
    let dec31 = SolarDate {
        year,
        month: 12,
        day: 31,
    }
    .jdn();
    let k = month_index_at(dec31, tz);
    // If the sun has already reached 270° when that month begins, the solstice lies in the
    // month before it.
    if sun_sector(new_moon_day(k, tz), tz) >= 9 {
        k - 1
    } else {
        k
    }
}

/// One month of a month-11-to-month-11 cycle.
#[derive(Clone, Copy, Debug)]
struct MonthSpan {
    /// JDN of day 1.
    start: i64,
    /// JDN of day 1 of the next month.
    end: i64,
    month: u8,
    leap: bool,
}

/// The 12 or 13 months from month 11 of Gregorian year `base` up to (not including) the next
/// month 11. Months 11 and 12 (and a leap 11/12) belong to lunar year `base`, the rest to
/// lunar year `base + 1`.
#[derive(Debug)]
struct Cycle {
    base: i32,
    months: Vec<MonthSpan>,
}

impl Cycle {
    fn compute(base: i32, tz: f64) -> Cycle {
        let k0 = month11_index(base, tz);
        let k1 = month11_index(base + 1, tz);
        let starts: Vec<i64> = (k0..=k1).map(|k| new_moon_day(k, tz)).collect();
        let count = starts.len().saturating_sub(1);
        // Offset (from month 11) of the leap month, if this cycle has 13 months.
        let leap_offset = if count == 13 {
            let sectors: Vec<i64> = starts.iter().map(|&d| sun_sector(d, tz)).collect();
            (1..count)
                .find(|&i| sectors[i] == sectors[i + 1])
                // Unreachable by the pigeonhole principle; keep a sane numbering anyway.
                .or(Some(count - 1))
        } else {
            None
        };
        let months = (0..count)
            .map(|i| {
                let (number_offset, leap) = match leap_offset {
                    Some(l) if i == l => (i - 1, true),
                    Some(l) if i > l => (i - 1, false),
                    _ => (i, false),
                };
                MonthSpan {
                    start: starts[i],
                    end: starts[i + 1],
                    month: ((number_offset + 10) % 12 + 1) as u8,
                    leap,
                }
            })
            .collect();
        Cycle { base, months }
    }

    fn start(&self) -> i64 {
        self.months.first().map_or(i64::MAX, |m| m.start)
    }

    fn lunar_year_of(&self, m: &MonthSpan) -> i32 {
        if m.month >= 11 {
            self.base
        } else {
            self.base + 1
        }
    }

    fn find(&self, month: u8, leap: bool) -> Option<&MonthSpan> {
        self.months
            .iter()
            .find(|m| m.month == month && m.leap == leap)
    }
}

const CACHE_SIZE: usize = 16;

/// Cache entries: (base year, time zone bits) → cycle.
type CycleCache = Vec<((i32, u64), Rc<Cycle>)>;

thread_local! {
    /// Recently computed cycles, keyed by (base year, time zone bits).
    static CYCLES: RefCell<CycleCache> = const { RefCell::new(Vec::new()) };
}

/// The cycle starting at month 11 of Gregorian year `base`, from a small per-thread cache.
fn cycle(base: i32, tz: f64) -> Rc<Cycle> {
    let key = (base, tz.to_bits());
    if let Some(hit) = CYCLES.with(|c| {
        c.borrow()
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| Rc::clone(v))
    }) {
        return hit;
    }
    let fresh = Rc::new(Cycle::compute(base, tz));
    CYCLES.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= CACHE_SIZE {
            c.remove(0);
        }
        c.push((key, Rc::clone(&fresh)));
    });
    fresh
}

/// The cycle that holds lunar month (`month`, `leap`) of lunar year `year`.
fn cycle_for_lunar_month(year: i32, month: u8) -> i32 {
    if month >= 11 {
        year
    } else {
        year - 1
    }
}

/// Converts a Gregorian date to the lunar calendar in time zone UTC+`tz_hours`.
pub fn solar_to_lunar(d: SolarDate, tz_hours: f64) -> LunarDate {
    let jdn = d.jdn();
    let mut c = cycle(d.year, tz_hours);
    if jdn < c.start() {
        c = cycle(d.year - 1, tz_hours);
    }
    let span = c
        .months
        .iter()
        .find(|m| m.start <= jdn && jdn < m.end)
        .copied();
    match span {
        Some(m) => LunarDate {
            year: c.lunar_year_of(&m),
            month: m.month,
            day: (jdn - m.start + 1) as u8,
            leap: m.leap,
        },
        // Not reachable for consistent astronomy (cycles tile the timeline); fall back to
        // locating the month directly so the function never panics.
        None => {
            let k = month_index_at(jdn, tz_hours);
            LunarDate {
                year: d.year,
                month: 1,
                day: (jdn - new_moon_day(k, tz_hours) + 1).clamp(1, 30) as u8,
                leap: false,
            }
        }
    }
}

/// Converts a lunar date to the Gregorian calendar in time zone UTC+`tz_hours`; `None` when
/// that day does not exist (day 30 of a 29-day month, a leap month the year lacks, month or
/// day out of range).
pub fn lunar_to_solar(l: LunarDate, tz_hours: f64) -> Option<SolarDate> {
    if !(1..=12).contains(&l.month) || !(1..=30).contains(&l.day) {
        return None;
    }
    let c = cycle(cycle_for_lunar_month(l.year, l.month), tz_hours);
    let m = c.find(l.month, l.leap)?;
    let jdn = m.start + i64::from(l.day) - 1;
    (jdn < m.end).then(|| SolarDate::from_jdn(jdn))
}

/// Length (29 or 30 days) of lunar month `month` (the leap one if `leap`) of lunar `year`;
/// `None` if that month does not exist.
pub fn lunar_month_length(year: i32, month: u8, leap: bool, tz: f64) -> Option<u8> {
    if !(1..=12).contains(&month) {
        return None;
    }
    let c = cycle(cycle_for_lunar_month(year, month), tz);
    c.find(month, leap).map(|m| (m.end - m.start) as u8)
}

/// The leap month of lunar year `year` (the number it repeats), or `None` in a 12-month year.
pub fn leap_month_of(year: i32, tz: f64) -> Option<u8> {
    // A leap month 1–10 sits in the cycle that began the year before; a leap 11 or 12 in the
    // cycle that begins in this year.
    let early = cycle(year - 1, tz)
        .months
        .iter()
        .find(|m| m.leap && m.month <= 10)
        .map(|m| m.month);
    early.or_else(|| {
        cycle(year, tz)
            .months
            .iter()
            .find(|m| m.leap && m.month >= 11)
            .map(|m| m.month)
    })
}

/// The solar date of Tết (1/1) of lunar `year` in time zone UTC+`tz`.
pub fn tet(year: i32, tz: f64) -> Option<SolarDate> {
    lunar_to_solar(
        LunarDate {
            year,
            month: 1,
            day: 1,
            leap: false,
        },
        tz,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sd(y: i32, m: u8, d: u8) -> SolarDate {
        SolarDate::new(y, m, d).unwrap()
    }

    #[test]
    fn jdn_round_trip_and_known_values() {
        assert_eq!(sd(2000, 1, 1).jdn(), 2451545);
        assert_eq!(sd(1970, 1, 1).jdn(), 2440588);
        assert_eq!(SolarDate::from_jdn(2451545), sd(2000, 1, 1));
        for j in 2400000..2400000 + 2000 {
            assert_eq!(SolarDate::from_jdn(j).jdn(), j);
        }
    }

    #[test]
    fn parse_accepts_iso_and_rejects_the_rest() {
        assert_eq!(SolarDate::parse("2026-02-17"), Some(sd(2026, 2, 17)));
        assert_eq!(SolarDate::parse(" 2024-02-29 "), Some(sd(2024, 2, 29)));
        for bad in [
            "2025-02-29",
            "2026-13-01",
            "2026-2-17",
            "2026-02-17-01",
            "abcd-ef-gh",
            "",
            "+202-02-17",
        ] {
            assert_eq!(SolarDate::parse(bad), None, "{bad}");
        }
        assert_eq!(sd(2026, 2, 17).to_string(), "2026-02-17");
    }

    #[test]
    fn day_arithmetic() {
        assert_eq!(sd(2024, 2, 28).add_days(1), sd(2024, 2, 29));
        assert_eq!(sd(2024, 3, 1).add_days(-1), sd(2024, 2, 29));
        assert_eq!(sd(2025, 12, 31).add_days(1), sd(2026, 1, 1));
        assert_eq!(sd(2026, 1, 1).days_until(sd(2026, 2, 17)), 47);
        assert_eq!(sd(2026, 2, 17).days_until(sd(2026, 1, 1)), -47);
    }

    #[test]
    fn tet_2026_and_month_lengths() {
        assert_eq!(tet(2026, VIETNAM_TZ), Some(sd(2026, 2, 17)));
        let l = solar_to_lunar(sd(2026, 2, 17), VIETNAM_TZ);
        assert_eq!((l.year, l.month, l.day, l.leap), (2026, 1, 1, false));
        let len = lunar_month_length(2025, 12, false, VIETNAM_TZ).unwrap();
        assert!(len == 29 || len == 30);
        assert_eq!(lunar_month_length(2025, 13, false, VIETNAM_TZ), None);
        assert_eq!(lunar_month_length(2026, 3, true, VIETNAM_TZ), None);
    }

    #[test]
    fn invalid_lunar_dates_are_none() {
        let bad_month = LunarDate {
            year: 2026,
            month: 0,
            day: 1,
            leap: false,
        };
        assert_eq!(lunar_to_solar(bad_month, VIETNAM_TZ), None);
        let no_leap = LunarDate {
            year: 2026,
            month: 5,
            day: 1,
            leap: true,
        };
        assert_eq!(lunar_to_solar(no_leap, VIETNAM_TZ), None);
        // Exactly one of day 30 / the next month's day 1 belongs to each month.
        for month in 1..=12u8 {
            let len = lunar_month_length(2026, month, false, VIETNAM_TZ).unwrap();
            let d30 = LunarDate {
                year: 2026,
                month,
                day: 30,
                leap: false,
            };
            assert_eq!(lunar_to_solar(d30, VIETNAM_TZ).is_some(), len == 30);
        }
    }

    #[test]
    fn new_moon_matches_meeus_example() {
        // Meeus example 49.a: new moon 1977 Feb 18, 3h37m42s TD (k = -283).
        let ut = new_moon_jd_ut(-283);
        let expected_td = 2443192.65118;
        assert!((ut + 48.0 / 86400.0 - expected_td).abs() < 0.001, "{ut}");
    }

    #[test]
    fn sun_longitude_matches_meeus_example() {
        // Meeus example 25.a: 1992 Oct 13.0 TD, apparent longitude 199.90895°.
        let lon = sun_longitude(2448908.5 - 59.0 / 86400.0);
        assert!((lon - 199.909).abs() < 0.01, "{lon}");
    }
}

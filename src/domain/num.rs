//! Decimal text for numbers: coordinates, distances, SVG attributes.
//!
//! `format!("{:.2}", x)` would compile Rust's exact float printing (Grisu and Dragon4) into the
//! WebAssembly of every page that shows a number with decimals. The app only ever
//! prints a few decimals of values far below 10¹², so it scales, rounds and prints an integer.

use crate::domain::model::Lang;

const POW10: [u64; 7] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

/// `v` with exactly `decimals` digits after the point (at most 6), like `format!("{v:.2}")`,
/// except that a tie rounds away from zero on the scaled value (12.25 → "12.3") and a value
/// that rounds to zero has no minus sign. Meant for |v| < 10¹²; NaN prints as "0".
pub fn fixed(v: f64, decimals: usize) -> String {
    let d = decimals.min(6);
    let p = POW10[d];
    let scaled = (v.abs() * p as f64).round();
    // `as` saturates (and maps NaN to 0), so no input can panic here.
    let n = scaled as u64;
    let mut out = String::new();
    if v < 0.0 && n != 0 {
        out.push('-');
    }
    out.push_str(&(n / p).to_string());
    if d > 0 {
        out.push('.');
        let frac = (n % p).to_string();
        for _ in frac.len()..d {
            out.push('0');
        }
        out.push_str(&frac);
    }
    out
}

/// Like [`fixed`], without trailing zeros or a trailing point: `trimmed(12.0, 2)` is "12",
/// `trimmed(12.30, 2)` is "12.3".
pub fn trimmed(v: f64, decimals: usize) -> String {
    let s = fixed(v, decimals);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// [`trimmed`] with the reader's decimal separator: a comma in Vietnamese ("12,5"), a point
/// in English ("12.5").
pub fn local(v: f64, decimals: usize, lang: Lang) -> String {
    let s = trimmed(v, decimals);
    match lang {
        Lang::Vi => s.replace('.', ","),
        Lang::En => s,
    }
}

/// A distance rounded to 0.1 km: "≈ 12,3 km" (Vietnamese decimal comma) / "≈ 12.3 km". Always
/// one decimal, so that a list of distances lines up.
pub fn approx_km(km: f64, lang: Lang) -> String {
    let s = fixed(km, 1);
    match lang {
        Lang::Vi => format!("≈ {} km", s.replace('.', ",")),
        Lang::En => format!("≈ {s} km"),
    }
}

/// An SVG `transform` that moves to `(x, y)` and scales by `s`: "translate(12.35 4.5) scale(0.8)"
/// (2 decimals for the position, 4 for the scale).
pub fn translate_scale(x: f64, y: f64, s: f64) -> String {
    format!(
        "translate({} {}) scale({})",
        fixed(x, 2),
        fixed(y, 2),
        fixed(s, 4)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_matches_std_away_from_ties() {
        let values = [
            0.0, 1.0, -1.0, 0.04, -0.04, 12.34, 12.0, -3.26, 21.14, 106.38, 0.0049, 999.996,
            1234.5678, 0.1, 0.2, 0.3, 7.77777, -12.3456, 105.00001, 20.99999,
        ];
        for v in values {
            for d in 0..=4 {
                let want = format!("{v:.d$}");
                let want = if want
                    .trim_start_matches('-')
                    .trim_matches(['0', '.'])
                    .is_empty()
                {
                    want.trim_start_matches('-').to_string()
                } else {
                    want
                };
                assert_eq!(fixed(v, d), want, "{v} to {d} decimals");
            }
        }
    }

    #[test]
    fn fixed_rounds_ties_away_from_zero_and_never_panics() {
        assert_eq!(fixed(0.5, 0), "1");
        assert_eq!(fixed(-0.5, 0), "-1");
        assert_eq!(fixed(2.5, 0), "3");
        assert_eq!(fixed(-0.001, 2), "0.00");
        assert_eq!(fixed(f64::NAN, 2), "0.00");
        assert_eq!(fixed(f64::INFINITY, 0), u64::MAX.to_string());
        assert_eq!(fixed(1.5, 9), "1.500000");
    }

    #[test]
    fn trimmed_and_local() {
        assert_eq!(trimmed(-0.04, 1), "0");
        assert_eq!(trimmed(12.34, 1), "12.3");
        assert_eq!(trimmed(12.0, 1), "12");
        assert_eq!(trimmed(-3.25, 2), "-3.25");
        assert_eq!(trimmed(0.5, 3), "0.5");
        assert_eq!(local(2.5, 1, Lang::Vi), "2,5");
        assert_eq!(local(2.5, 1, Lang::En), "2.5");
        assert_eq!(local(20.0, 3, Lang::Vi), "20");
    }

    #[test]
    fn approx_km_keeps_one_decimal() {
        assert_eq!(approx_km(12.34, Lang::Vi), "≈ 12,3 km");
        assert_eq!(approx_km(12.0, Lang::En), "≈ 12.0 km");
        assert_eq!(approx_km(0.04, Lang::En), "≈ 0.0 km");
    }

    #[test]
    fn svg_transform() {
        assert_eq!(
            translate_scale(12.345, -4.5, 0.8),
            "translate(12.35 -4.50) scale(0.8000)"
        );
    }
}

//! Texts of the offline panel that need some arithmetic: sizes and the time the offline copy was
//! made, in each language.

use crate::domain::model::Lang;

/// A size in bytes as a visitor reads it: "4,3 MB" (Vietnamese decimal comma) / "4.3 MB",
/// "850 kB", "512 B". Decimal units (1 MB = 1,000,000 bytes), one decimal under 10.
pub fn format_size(bytes: f64, lang: Lang) -> String {
    let bytes = if bytes.is_finite() {
        bytes.max(0.0)
    } else {
        0.0
    };
    let (value, unit) = if bytes >= 1e9 {
        (bytes / 1e9, "GB")
    } else if bytes >= 1e6 {
        (bytes / 1e6, "MB")
    } else if bytes >= 1e3 {
        (bytes / 1e3, "kB")
    } else {
        return format!("{} B", bytes.round());
    };
    let text = if value < 10.0 {
        format!("{:.1}", (value * 10.0).round() / 10.0)
    } else {
        format!("{}", value.round())
    };
    let text = match lang {
        Lang::Vi => text.replace('.', ","),
        Lang::En => text,
    };
    format!("{text} {unit}")
}

/// A local date and time: "2/12/2026 lúc 01:30" / "2 Dec 2026, 01:30".
pub fn format_stamp(year: i32, month: u32, day: u32, hour: u32, minute: u32, lang: Lang) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match lang {
        Lang::Vi => format!("{day}/{month}/{year} lúc {hour:02}:{minute:02}"),
        Lang::En => {
            let m = MONTHS
                .get(month.saturating_sub(1) as usize)
                .copied()
                .unwrap_or("");
            format!("{day} {m} {year}, {hour:02}:{minute:02}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(format_size(4_321_000.0, Lang::En), "4.3 MB");
        assert_eq!(format_size(4_321_000.0, Lang::Vi), "4,3 MB");
        assert_eq!(format_size(12_600_000.0, Lang::En), "13 MB");
        assert_eq!(format_size(850_400.0, Lang::En), "850 kB");
        assert_eq!(format_size(512.0, Lang::Vi), "512 B");
        assert_eq!(format_size(f64::NAN, Lang::En), "0 B");
        assert_eq!(format_size(2.5e9, Lang::En), "2.5 GB");
    }

    #[test]
    fn stamps() {
        assert_eq!(
            format_stamp(2026, 12, 2, 1, 5, Lang::Vi),
            "2/12/2026 lúc 01:05"
        );
        assert_eq!(
            format_stamp(2026, 12, 2, 13, 30, Lang::En),
            "2 Dec 2026, 13:30"
        );
    }
}

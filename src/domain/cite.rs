//! "Cite this page" and the printed page's footer: the project as author, a page's absolute
//! address and the day it was read, in the page's language.

use crate::domain::date::{format_long, IsoDate};
use crate::domain::lunar::SolarDate;
use crate::domain::model::Lang;

/// The project's title, the author of every page: "Yen Tu – … explorer".
pub fn project_title(lang: Lang) -> &'static str {
    lang.t(
        "Khám phá Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc",
        "Yen Tu – Vinh Nghiem – Con Son, Kiep Bac explorer",
    )
}

/// The scheme and host of an absolute URL (`https://example.org` for
/// `https://example.org/yentu/`); `None` for anything that is not `scheme://host…`.
pub fn origin_of(url: &str) -> Option<&str> {
    let (scheme, rest) = url.split_once("://")?;
    if scheme.is_empty()
        || !scheme
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+')
    {
        return None;
    }
    let host_len = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    if host_len == 0 {
        return None;
    }
    Some(&url[..scheme.len() + 3 + host_len])
}

/// The page's address: `path` (already with the base path, starting with `/`) on the origin of
/// `site_url` when there is one, else `path` as it is.
pub fn page_url(site_url: Option<&str>, path: &str) -> String {
    match site_url.and_then(origin_of) {
        Some(origin) => format!("{origin}{path}"),
        None => path.to_string(),
    }
}

/// A day in words: "2 December 2026", "ngày 2 tháng 12 năm 2026".
pub fn day_in_words(d: SolarDate, lang: Lang) -> String {
    IsoDate::ymd(d.year, d.month, d.day)
        .map(|d| format_long(&d, lang))
        .unwrap_or_default()
}

/// An APA-like reference to a page of the project: author (the project), no date, the page's
/// title, the day it was read and its address.
/// en: "Yen Tu – … explorer. (n.d.). Chùa Côn Sơn. Retrieved 2 December 2026, from https://…"
/// vi: "Khám phá Yên Tử – …. (không ghi năm). Chùa Côn Sơn. Truy cập ngày 2 tháng 12 năm 2026, từ https://…"
pub fn citation(title: &str, url: &str, accessed: SolarDate, lang: Lang) -> String {
    let title = title.trim().trim_end_matches('.');
    let day = day_in_words(accessed, lang);
    match lang {
        Lang::Vi => format!(
            "{}. (không ghi năm). {title}. Truy cập {day}, từ {url}",
            project_title(lang)
        ),
        Lang::En => format!(
            "{}. (n.d.). {title}. Retrieved {day}, from {url}",
            project_title(lang)
        ),
    }
}

/// The printed page's footer line: its address and the day it was printed.
pub fn print_stamp(url: &str, printed: SolarDate, lang: Lang) -> String {
    let day = day_in_words(printed, lang);
    match lang {
        Lang::Vi => format!("Trang: {url} · In {day}"),
        Lang::En => format!("Page: {url} · Printed {day}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> SolarDate {
        SolarDate::new(y, m, day).unwrap()
    }

    #[test]
    fn origins() {
        assert_eq!(
            origin_of("https://example.org/yentu/"),
            Some("https://example.org")
        );
        assert_eq!(
            origin_of("http://127.0.0.1:8095/"),
            Some("http://127.0.0.1:8095")
        );
        assert_eq!(
            origin_of("http://127.0.0.1:8095"),
            Some("http://127.0.0.1:8095")
        );
        assert_eq!(origin_of("/yentu/"), None);
        assert_eq!(origin_of("https:///x"), None);
        assert_eq!(origin_of(""), None);
    }

    #[test]
    fn page_urls() {
        assert_eq!(
            page_url(
                Some("https://example.org/yentu/"),
                "/yentu/en/site/con-son/"
            ),
            "https://example.org/yentu/en/site/con-son/"
        );
        assert_eq!(page_url(None, "/site/con-son/"), "/site/con-son/");
        assert_eq!(page_url(Some("nonsense"), "/x/"), "/x/");
    }

    #[test]
    fn citations_in_both_languages() {
        let url = "https://example.org/en/site/con-son/";
        assert_eq!(
            citation("Côn Sơn Pagoda", url, d(2026, 12, 2), Lang::En),
            "Yen Tu – Vinh Nghiem – Con Son, Kiep Bac explorer. (n.d.). Côn Sơn Pagoda. \
             Retrieved 2 December 2026, from https://example.org/en/site/con-son/"
        );
        assert_eq!(
            citation(
                "Chùa Côn Sơn",
                "https://example.org/site/con-son/",
                d(2027, 2, 15),
                Lang::Vi
            ),
            "Khám phá Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc. (không ghi năm). Chùa Côn Sơn. \
             Truy cập ngày 15 tháng 2 năm 2027, từ https://example.org/site/con-son/"
        );
    }

    #[test]
    fn a_title_ending_in_a_full_stop_gets_one() {
        let c = citation(" Tr. ", "/x/", d(2026, 1, 1), Lang::En);
        assert!(c.contains(". Tr. Retrieved"), "{c}");
    }

    #[test]
    fn stamps() {
        assert_eq!(
            print_stamp("/site/x/", d(2026, 12, 2), Lang::Vi),
            "Trang: /site/x/ · In ngày 2 tháng 12 năm 2026"
        );
        assert_eq!(
            print_stamp("/en/site/x/", d(2026, 12, 2), Lang::En),
            "Page: /en/site/x/ · Printed 2 December 2026"
        );
    }
}

//! The list of sources as the sources page shows it: grouped by kind of publisher, each with its
//! one label (its id, which every footnote of the other pages shows too), its language named in
//! the page's language.

use super::model::{Lang, Source, SourceGroup};

/// The heading of a group of sources.
pub fn group_label(group: Option<SourceGroup>, lang: Lang) -> &'static str {
    match group {
        Some(SourceGroup::Official) => lang.t(
            "UNESCO và các cơ quan chính thức",
            "UNESCO and official bodies",
        ),
        Some(SourceGroup::Press) => lang.t("Báo chí", "Press"),
        Some(SourceGroup::Reference) => lang.t("Tài liệu tham khảo", "Reference"),
        Some(SourceGroup::Travel) => lang.t("Du lịch", "Travel"),
        None => lang.t("Nguồn khác", "Other sources"),
    }
}

/// A short id for a group (for anchors and test hooks).
pub fn group_id(group: Option<SourceGroup>) -> &'static str {
    group.map_or("other", SourceGroup::id)
}

/// The sources in groups, in [`SourceGroup::ALL`] order and then the ungrouped ones; within a
/// group, in the order of `sources.json`. Empty groups are left out.
pub fn grouped(sources: &[Source]) -> Vec<(Option<SourceGroup>, Vec<&Source>)> {
    SourceGroup::ALL
        .iter()
        .copied()
        .map(Some)
        .chain([None])
        .map(|g| {
            (
                g,
                sources.iter().filter(|s| s.group == g).collect::<Vec<_>>(),
            )
        })
        .filter(|(_, v)| !v.is_empty())
        .collect()
}

/// The name of a page's language (`vi`, `en`, `fr`, `es`, `cs`, …) in `lang`, for a source in
/// another language than the page's; `None` when it is the page's own language. An unknown code
/// is shown as it is.
pub fn language_name(code: &str, lang: Lang) -> Option<String> {
    if code.eq_ignore_ascii_case(lang.code()) {
        return None;
    }
    let name = match code.to_ascii_lowercase().as_str() {
        "vi" => lang.t("tiếng Việt", "in Vietnamese"),
        "en" => lang.t("tiếng Anh", "in English"),
        "fr" => lang.t("tiếng Pháp", "in French"),
        "es" => lang.t("tiếng Tây Ban Nha", "in Spanish"),
        "cs" => lang.t("tiếng Séc", "in Czech"),
        "de" => lang.t("tiếng Đức", "in German"),
        "zh" => lang.t("tiếng Trung", "in Chinese"),
        other => return Some(other.to_string()),
    };
    Some(name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(id: &str, group: Option<SourceGroup>) -> Source {
        Source {
            id: id.to_string(),
            title: String::new(),
            publisher: String::new(),
            url: String::new(),
            lang: "vi".to_string(),
            date: None,
            group,
            note: None,
        }
    }

    #[test]
    fn groups_in_order_without_empty_ones() {
        let list = vec![
            source("s1", Some(SourceGroup::Press)),
            source("s7", Some(SourceGroup::Official)),
            source("x", None),
            source("s2", Some(SourceGroup::Press)),
        ];
        let g: Vec<(&str, Vec<&str>)> = grouped(&list)
            .into_iter()
            .map(|(g, v)| (group_id(g), v.iter().map(|s| s.id.as_str()).collect()))
            .collect();
        assert_eq!(
            g,
            [
                ("official", vec!["s7"]),
                ("press", vec!["s1", "s2"]),
                ("other", vec!["x"])
            ]
        );
    }

    #[test]
    fn language_names() {
        assert_eq!(language_name("vi", Lang::Vi), None);
        assert_eq!(language_name("en", Lang::En), None);
        assert_eq!(language_name("en", Lang::Vi).as_deref(), Some("tiếng Anh"));
        assert_eq!(
            language_name("vi", Lang::En).as_deref(),
            Some("in Vietnamese")
        );
        assert_eq!(language_name("cs", Lang::Vi).as_deref(), Some("tiếng Séc"));
        assert_eq!(language_name("ja", Lang::En).as_deref(), Some("ja"));
    }
}

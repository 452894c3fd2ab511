//! The real list of sources as the sources page shows it: every source in a group, remarks in
//! both languages, and no English remark left inside a Vietnamese page's title or publisher.

use std::path::Path;
use yentu_explorer::domain::model::Source;
use yentu_explorer::domain::sources::grouped;
use yentu_explorer::domain::validate::load_dir;

fn sources() -> Vec<Source> {
    load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data"))
        .expect("the real data loads")
        .sources
}

#[test]
fn every_source_is_in_exactly_one_group() {
    let all = sources();
    for s in &all {
        assert!(s.group.is_some(), "{}: no group", s.id);
    }
    let shown: usize = grouped(&all).iter().map(|(_, v)| v.len()).sum();
    assert_eq!(shown, all.len());
    assert_eq!(grouped(&all).len(), 4, "official, press, reference, travel");
}

#[test]
fn notes_are_written_in_both_languages() {
    for s in sources() {
        if let Some(n) = &s.note {
            assert!(
                !n.vi.trim().is_empty() && !n.en.trim().is_empty(),
                "{}",
                s.id
            );
            assert_ne!(n.vi, n.en, "{}: the same text in both languages", s.id);
        }
    }
}

#[test]
fn no_english_remarks_in_titles_or_publishers() {
    // Remarks about a page go in its note; a publisher is its own name.
    let remarks = [
        "printable",
        "edition",
        "mirror",
        "personal pages",
        "article no.",
        "(English",
        "(French",
        "(Spanish",
        "(Czech",
        "title cut short",
    ];
    for s in sources() {
        for r in remarks {
            assert!(
                !s.publisher.contains(r),
                "{}: publisher {:?} holds {r:?}",
                s.id,
                s.publisher
            );
            if s.lang == "vi" {
                assert!(
                    !s.title.contains(r),
                    "{}: title {:?} holds {r:?}",
                    s.id,
                    s.title
                );
            }
        }
    }
}

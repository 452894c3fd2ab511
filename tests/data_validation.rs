//! Validation of the bundled data under `public/data/`, and of broken fixtures that each must be
//! rejected with a message naming the file, the record id and the field.
//!
//! Fixtures: `tests/fixtures/valid/` is a small complete dataset of placeholder test data;
//! `tests/fixtures/broken/<case>/` holds only the file(s) that differ from it (regenerate both
//! with `python3 tests/fixtures/make_fixtures.py`).

use std::path::{Path, PathBuf};
use yentu_explorer::domain::dataset::{Dataset, FILES};
use yentu_explorer::domain::validate::{is_slug, load_dir, parse_texts, validate};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixtures() -> PathBuf {
    root().join("tests").join("fixtures")
}

/// Loads and validates a directory; `Err` holds the parse error or every problem.
fn check(dir: &Path) -> Result<Dataset, Vec<String>> {
    let ds = load_dir(dir).map_err(|e| vec![e])?;
    let problems: Vec<String> = validate(&ds).iter().map(|p| p.to_string()).collect();
    if problems.is_empty() {
        Ok(ds)
    } else {
        Err(problems)
    }
}

// ---------------------------------------------------------------- the real data

#[test]
fn real_data_has_no_problems() {
    let dir = root().join("public").join("data");
    match check(&dir) {
        Ok(_) => {}
        Err(problems) => panic!(
            "{} problem(s) in public/data:\n{}",
            problems.len(),
            problems.join("\n")
        ),
    }
}

#[test]
fn real_data_shape() {
    let dir = root().join("public").join("data");
    let ds = match load_dir(&dir) {
        Ok(ds) => ds,
        Err(e) => panic!("public/data does not load: {e}"),
    };
    assert_eq!(ds.property.unesco_ref, 1732);
    assert_eq!(ds.property.component_count, 12);
    let numbers: Vec<u8> = ds.components().iter().filter_map(|s| s.component).collect();
    assert_eq!(numbers, (1..=12).collect::<Vec<u8>>(), "components 1..=12");

    let mut ids: Vec<(&str, &str)> = Vec::new();
    ids.extend(ds.sites.iter().map(|s| ("site", s.id.as_str())));
    ids.extend(
        ds.sites
            .iter()
            .flat_map(|s| s.festivals.iter().map(|f| ("festival", f.id.as_str()))),
    );
    ids.extend(ds.people.iter().map(|p| ("person", p.id.as_str())));
    ids.extend(ds.timeline.iter().map(|m| ("milestone", m.id.as_str())));
    ids.extend(ds.sources.iter().map(|s| ("source", s.id.as_str())));
    ids.extend(
        ds.property
            .provinces
            .iter()
            .map(|p| ("province", p.id.as_str())),
    );
    ids.extend(ds.property.actors.iter().map(|a| ("actor", a.id.as_str())));
    let bad: Vec<String> = ids
        .iter()
        .filter(|(_, id)| !is_slug(id))
        .map(|(kind, id)| format!("{kind} {id:?}"))
        .collect();
    assert!(bad.is_empty(), "ids that are not folded slugs: {bad:?}");
}

// ---------------------------------------------------------------- fixtures

#[test]
fn valid_fixture_has_no_problems() {
    match check(&fixtures().join("valid")) {
        Ok(ds) => {
            assert_eq!(ds.components().len(), 12);
            assert_eq!(ds.property.unesco_ref, 1732);
        }
        Err(problems) => panic!("valid fixture:\n{}", problems.join("\n")),
    }
}

#[test]
fn missing_file_is_named() {
    let dir = std::env::temp_dir().join("yentu-validate-no-such-dir");
    let err = load_dir(&dir).err().unwrap_or_default();
    assert!(err.starts_with("property.json: cannot read"), "{err}");
}

/// Validates the valid fixture with `broken/<case>/` laid over it; returns every message.
fn messages(case: &str) -> Vec<String> {
    let valid = fixtures().join("valid");
    let broken = fixtures().join("broken").join(case);
    assert!(broken.is_dir(), "no fixture directory {}", broken.display());
    let mut texts: Vec<String> = Vec::new();
    let mut overlaid = 0;
    for file in FILES {
        let over = broken.join(file);
        let path = if over.is_file() {
            overlaid += 1;
            over
        } else {
            valid.join(file)
        };
        match std::fs::read_to_string(&path) {
            Ok(t) => texts.push(t),
            Err(e) => panic!("{}: {e}", path.display()),
        }
    }
    assert!(
        overlaid > 0,
        "{case}: the fixture holds none of the data files"
    );
    match parse_texts([&texts[0], &texts[1], &texts[2], &texts[3], &texts[4]]) {
        Err(e) => vec![e],
        Ok(ds) => validate(&ds).iter().map(|p| p.to_string()).collect(),
    }
}

/// Each case and substrings that one of its messages must all contain.
const CASES: &[(&str, &[&str])] = &[
    (
        "duplicate-site-id",
        &["sites.json: test-site-3: id: duplicate id"],
    ),
    (
        "unknown-person-ref",
        &[
            "sites.json: test-site-6: people[1]: unknown person",
            "nobody",
        ],
    ),
    (
        "unknown-source",
        &[
            "timeline.json: test-2016-leap: sources: unknown source",
            "s999",
        ],
    ),
    (
        "missing-english",
        &["people.json: test-person-2: bio.en: missing English"],
    ),
    (
        "component-number-duplicated",
        &["sites.json: test-site-8: component:", "5", "test-site-5"],
    ),
    (
        "component-13",
        &["sites.json: test-site-12: component:", "13"],
    ),
    (
        "coordinates-outside",
        &["sites.json: test-site-3: location.lon:", "108.4"],
    ),
    (
        "bad-date",
        &["timeline.json: test-2025-inscribed: date:", "2024-02-30"],
    ),
    (
        "timeline-out-of-order",
        &[
            "timeline.json: test-2014-09: date: out of chronological order",
            "test-2016-leap",
        ],
    ),
    (
        "uncertain-without-note",
        &["sites.json: test-site-9: facts[1].note:", "uncertain"],
    ),
    (
        "malformed-json",
        &[
            "people.json: test-person-1:",
            "line 17, column 5",
            "expected",
        ],
    ),
    (
        "wrong-type",
        &[
            "sites.json: test-site-10: component: line ",
            "column",
            "invalid type",
        ],
    ),
    (
        "short-description",
        &["sites.json: test-site-5: description.en:", "words"],
    ),
    (
        "fact-without-source",
        &["sites.json: test-site-7: facts[0].sources: cites no source"],
    ),
    (
        "unknown-province",
        &[
            "sites.json: test-site-1: province_now: unknown province",
            "atlantis",
        ],
    ),
    (
        "lunar-day-31",
        &["sites.json: test-site-2/test-festival-2: festivals[0].start.day:"],
    ),
    (
        "festival-ends-before-start",
        &["sites.json: test-site-2/test-festival-2: festivals[0].end: ends"],
    ),
    ("bad-url", &["sources.json: s2: url:", "http"]),
    (
        "approximate-point",
        &["property.json: property: point.approximate:"],
    ),
    (
        "component-count",
        &["property.json: property: component_count:", "13"],
    ),
    (
        "missing-field",
        &["timeline.json: test-2014", "missing field `title`", "line "],
    ),
    (
        "unknown-enum",
        &[
            "sites.json: test-site-5: kind: line ",
            "unknown variant `castle`",
        ],
    ),
    (
        "unknown-actor",
        &[
            "timeline.json: test-2014: actors[0]: unknown actor",
            "nobody-at-all",
        ],
    ),
    (
        "precision-mismatch",
        &["timeline.json: test-2026-planned: date:", "precision"],
    ),
    (
        "old-accent",
        &[
            "sites.json: test-site-3: summary.vi:",
            "\"toạ\"",
            "\"tọa\"",
            "Cộng hòa",
        ],
    ),
];

#[test]
fn every_broken_fixture_is_rejected_with_file_id_and_field() {
    let mut failures = Vec::new();
    for (case, parts) in CASES {
        let msgs = messages(case);
        if !msgs.iter().any(|m| parts.iter().all(|p| m.contains(p))) {
            failures.push(format!(
                "{case}: no message contains all of {parts:?}; got:\n  {}",
                msgs.join("\n  ")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_broken_fixture_directory_has_a_case() {
    let dir = fixtures().join("broken");
    let entries = match std::fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) => panic!("{}: {e}", dir.display()),
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        assert!(
            CASES.iter().any(|(c, _)| *c == name),
            "fixture {name} is not checked in CASES"
        );
    }
}

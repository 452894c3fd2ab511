//! Validation of the bundled data under `public/data/`, and of broken fixtures that each must be
//! rejected with a message naming the file, the record id and the field.
//!
//! Fixtures: `tests/fixtures/valid/` is a small complete dataset of placeholder test data;
//! `tests/fixtures/broken/<case>/` holds only the file(s) that differ from it (regenerate both
//! with `python3 tests/fixtures/make_fixtures.py`).

use std::path::{Path, PathBuf};
use yentu_explorer::domain::dataset::{Dataset, FILES};
use yentu_explorer::domain::model::AreaKind;
use yentu_explorer::domain::validate::{
    check_flagged, is_slug, load_dir, parse_texts, validate, Flagged,
};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixtures() -> PathBuf {
    root().join("tests").join("fixtures")
}

/// Every ⚠ of the fact sheet (`../shared/facts/heritage.md`), in the sheet's wording, and the
/// field of the data that carries it: each must be marked `uncertain: true` (`eras_uncertain` for
/// a site's periods), so that the page shows the doubt. Add a line here when the sheet gains a ⚠.
const SHEET_WARNINGS: &[(&str, Flagged)] = &[
    (
        "Buffer zone: 5,664.188 ha [1]; 4,380.19 ha [3][5]",
        Flagged::Area(AreaKind::Buffer),
    ),
    (
        "Bãi cọc Yên Giang: Found 1958 during dike works",
        Flagged::SiteFact("bai-coc-yen-giang", "1958"),
    ),
    (
        "Vĩnh Nghiêm: \"Built under the Lý, enlarged under the Trần\" vs \"built in the 13th century\"",
        Flagged::SiteFact("vinh-nghiem", "13th century"),
    ),
    (
        "Vĩnh Nghiêm: \"Built under the Lý, enlarged under the Trần\" vs \"built in the 13th century\"",
        Flagged::Eras("vinh-nghiem"),
    ),
    (
        "Vĩnh Nghiêm woodblocks: dated 19th–20th c. vs 18th–early 20th c.",
        Flagged::Recognition("vinh-nghiem", "woodblocks"),
    ),
    (
        "Kiếp Bạc: the stele says built after his death in 1300 but also credits Trần Thánh Tông, who died in 1290",
        Flagged::SiteFact("kiep-bac", "1290"),
    ),
    (
        "Kiếp Bạc: the stele says built after his death in 1300 but also credits Trần Thánh Tông, who died in 1290",
        Flagged::Person("tran-thanh-tong"),
    ),
    (
        "Kính Chủ: 54 cliff steles (national treasure) vs 47",
        Flagged::SiteFact("kinh-chu", "54 or 47"),
    ),
    (
        "Kính Chủ: 54 cliff steles (national treasure) vs 47",
        Flagged::Recognition("kinh-chu", "national treasure"),
    ),
    (
        "Chùa Quỳnh Lâm ⚠ (a press caption calls it part of the complex)",
        Flagged::SiteFact("quynh-lam", "photo caption"),
    ),
    (
        "2023-04-12 … (⚠ only source: the seed article)",
        Flagged::Milestone("2023-04-bac-giang-hai-duong-review"),
    ),
    (
        "2024-01-26 official dossier submitted (⚠ 2024-01-30 in [22])",
        Flagged::Milestone("2024-01-official-dossier-submitted"),
    ),
    (
        "2025-04: evaluation reportedly in the lowest category",
        Flagged::Milestone("2025-04-icomos-evaluation-low"),
    ),
    (
        "Đồng Việt bridge: the whole route opened in early July 2025",
        Flagged::Milestone("2025-07-dong-viet-bridge-opens"),
    ),
    (
        "Đồng Việt bridge: the whole route opened in early July 2025",
        Flagged::Milestone("2022-06-dong-viet-bridge-work-begins"),
    ),
    (
        "Yên Tử spring festival: runs to the end of month 3 (one 2013 blog: to 10/4)",
        Flagged::Festival("hoa-yen", "yen-tu-spring"),
    ),
    (
        "Trần Nhân Tông's passing: 1/11 (another text: 3/11)",
        Flagged::Festival("ngoa-van", "tran-nhan-tong-nirvana"),
    ),
    (
        "Thái Miếu / đền An Sinh: 20–22/8 (one site: 26/9)",
        Flagged::Festival("thai-mieu-nha-tran", "thai-mieu-an-sinh"),
    ),
    (
        "Thái Miếu / đền An Sinh: 20–22/8 (one site: 26/9)",
        Flagged::SiteFact("den-an-sinh", "20th to the 22nd"),
    ),
    (
        "Bổ Đà: 16–18/2 (one site: 28/2)",
        Flagged::Festival("bo-da", "bo-da-festival"),
    ),
    (
        "Côn Sơn spring: opens 16/1 (spans 14–23/1 or 18–23/1)",
        Flagged::Festival("con-son", "con-son-spring"),
    ),
    (
        "Kính Chủ / An Phụ: spring opening 8/1 (2023), no Kính Chủ-specific date",
        Flagged::Festival("kinh-chu", "an-phu-kinh-chu-spring"),
    ),
    (
        "Visitor practicalities (check dates; fees and hours change)",
        Flagged::Visit("hoa-yen"),
    ),
    (
        "Visitor practicalities (check dates; fees and hours change)",
        Flagged::Visit("ngoa-van"),
    ),
    (
        "Visitor practicalities (check dates; fees and hours change)",
        Flagged::Visit("vinh-nghiem"),
    ),
    (
        "Visitor practicalities (check dates; fees and hours change)",
        Flagged::Visit("con-son"),
    ),
    (
        "Hoa Yên elevation 535–543 m in most sources",
        Flagged::Visit("hoa-yen"),
    ),
    (
        "Kiếp Bạc: about 5 km (or 7 km) from Côn Sơn",
        Flagged::Visit("kiep-bac"),
    ),
    (
        "Visitor practicalities (check dates; fees and hours change)",
        Flagged::Visit("kinh-chu"),
    ),
    (
        "Visitor practicalities (check dates; fees and hours change)",
        Flagged::Visit("giai-oan"),
    ),
    (
        "Visitor practicalities (check dates; fees and hours change)",
        Flagged::Visit("mot-mai"),
    ),
    (
        "Chùa Đồng, bronze, at 1,068 m (60 or 70 t)",
        Flagged::SiteFact("chua-dong", "60 or 70 tonnes"),
    ),
    (
        "Visitor practicalities (check dates; fees and hours change)",
        Flagged::Visit("chua-dong"),
    ),
];

/// The same check on the valid fixture, whose placeholder "fact sheet" marks these fields ⚠.
const FIXTURE_WARNINGS: &[(&str, Flagged)] = &[
    (
        "Fixture: the two sources disagree",
        Flagged::Area(AreaKind::Buffer),
    ),
    (
        "Fixture: uncertain on purpose",
        Flagged::SiteFact("test-site-9", "Second fixture fact"),
    ),
    (
        "Fixture: uncertain on purpose",
        Flagged::Milestone("test-2025-inscribed"),
    ),
    ("Fixture: dates unknown", Flagged::Person("test-person-2")),
];

/// Loads and validates a directory; `Err` holds the parse error or every problem.
fn check(dir: &Path, warnings: &[(&str, Flagged)]) -> Result<Dataset, Vec<String>> {
    let ds = load_dir(dir).map_err(|e| vec![e])?;
    let mut problems: Vec<String> = validate(&ds).iter().map(|p| p.to_string()).collect();
    problems.extend(check_flagged(&ds, warnings).iter().map(|p| p.to_string()));
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
    match check(&dir, SHEET_WARNINGS) {
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
    match check(&fixtures().join("valid"), FIXTURE_WARNINGS) {
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
        Ok(ds) => validate(&ds)
            .into_iter()
            .chain(check_flagged(&ds, FIXTURE_WARNINGS))
            .map(|p| p.to_string())
            .collect(),
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
        "shared-position-undeclared",
        &[
            "sites.json: test-site-1: location: same coordinates as",
            "test-associated",
            "shares_position_of",
        ],
    ),
    (
        "within-not-component",
        &[
            "sites.json: test-associated: within:",
            "not a component with a location",
        ],
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
    (
        "sheet-warning-unflagged",
        &[
            "sites.json: test-site-9: facts[1]:",
            "the fact sheet marks this ⚠",
            "Fixture: uncertain on purpose",
        ],
    ),
    (
        "eras-uncertain-without-note",
        &["sites.json: test-site-6: eras_note:", "needs a note"],
    ),
];

#[test]
fn every_sheet_warning_names_a_field_that_exists() {
    // A flag check that cannot find its field fails too (with "for the fact sheet's ⚠"), so a
    // renamed id or a reworded fact cannot silently drop a ⚠ from the list.
    let dir = root().join("public").join("data");
    let ds = match load_dir(&dir) {
        Ok(ds) => ds,
        Err(e) => panic!("public/data does not load: {e}"),
    };
    let lost: Vec<String> = check_flagged(&ds, SHEET_WARNINGS)
        .iter()
        .map(|p| p.to_string())
        .filter(|m| m.contains("for the fact sheet's"))
        .collect();
    assert!(lost.is_empty(), "{}", lost.join("\n"));
}

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

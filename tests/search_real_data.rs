//! Search over the real bundled data: what a visitor types finds what they mean.

use std::path::Path;
use yentu_explorer::domain::dataset::Dataset;
use yentu_explorer::domain::excerpt::SiteWords;
use yentu_explorer::domain::model::Lang;
use yentu_explorer::domain::query::{run_indexed, Hit, Query, SearchIndex, SCORE_PHRASE};
use yentu_explorer::domain::validate::load_dir;

fn data() -> Dataset {
    load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data"))
        .expect("the real data loads")
}

fn hits(ds: &Dataset, text: &str, lang: Lang) -> Vec<Hit> {
    let index = SearchIndex::build(ds);
    let q = Query {
        text: text.to_string(),
        ..Query::default()
    };
    run_indexed(&index, ds, &q, lang)
}

fn ids_for(text: &str) -> Vec<(String, u32)> {
    let ds = data();
    hits(&ds, text, Lang::Vi)
        .iter()
        .map(|h| (ds.sites[h.site_index].id.clone(), h.score))
        .collect()
}

#[test]
fn typing_a_former_province_finds_its_five_components_first() {
    let five = ["con-son", "kiep-bac", "thanh-mai", "kinh-chu", "nham-duong"];
    for text in ["Hải Dương", "hai duong", "HAI DUONG"] {
        let hits = ids_for(text);
        let phrase: Vec<&str> = hits
            .iter()
            .filter(|(_, s)| *s >= SCORE_PHRASE)
            .map(|(id, _)| id.as_str())
            .collect();
        for id in five {
            assert!(phrase.contains(&id), "{text}: {id} not among {phrase:?}");
        }
        let first: Vec<&str> = hits
            .iter()
            .take(phrase.len())
            .map(|(i, _)| i.as_str())
            .collect();
        assert_eq!(first, phrase, "phrase matches rank before scattered words");
        let top: Vec<&str> = hits.iter().take(5).map(|(i, _)| i.as_str()).collect();
        for id in five {
            assert!(
                top.contains(&id),
                "{text}: {id} not in the first five {top:?}"
            );
        }
    }
}

#[test]
fn folding_gives_identical_results() {
    let a = ids_for("con son");
    assert_eq!(a, ids_for("Côn Sơn"));
    assert_eq!(a, ids_for("CÔN SƠN"));
    assert_eq!(a.first().map(|(id, _)| id.as_str()), Some("con-son"));
}

#[test]
fn con_son_first_finds_the_sites_of_chi_linh() {
    let ds = data();
    for text in ["Côn Sơn", "con son"] {
        for lang in [Lang::Vi, Lang::En] {
            let found = hits(&ds, text, lang);
            assert!(found.len() >= 3, "{text}: {} results", found.len());
            for h in &found[..3] {
                let s = &ds.sites[h.site_index];
                assert!(
                    s.locality.vi.contains("Chí Linh"),
                    "{text} ({lang:?}): {} ({}) among the first three",
                    s.id,
                    s.locality.vi
                );
            }
            assert_eq!(ds.sites[found[0].site_index].id, "con-son");
        }
    }
}

#[test]
fn the_property_name_alone_is_not_a_match() {
    let ds = data();
    // Hồ Thiên's texts name Côn Sơn only inside the property's name.
    let ho_thien = ds.sites.iter().position(|s| s.id == "ho-thien");
    assert!(ho_thien.is_some());
    let found = hits(&ds, "Côn Sơn", Lang::Vi);
    assert!(found.iter().all(|h| Some(h.site_index) != ho_thien));
    // "Yên Tử" no longer finds nearly every site.
    let yen_tu = hits(&ds, "Yên Tử", Lang::Vi);
    assert!(yen_tu.len() < 22, "{} results", yen_tu.len());
}

#[test]
fn every_result_shows_where_it_matched() {
    let ds = data();
    for text in [
        "Côn Sơn",
        "con son",
        "Yên Tử",
        "yen tu",
        "Hải Dương",
        "Trần Hưng Đạo",
        "pagoda",
        "chùa",
        "1288",
        "mộc bản",
        "stupa",
        "kiep hung dao",
        "c",
    ] {
        for lang in [Lang::Vi, Lang::En] {
            for h in hits(&ds, text, lang) {
                let s = &ds.sites[h.site_index];
                let m = SiteWords::new(&ds, s).matched(text, lang);
                assert!(
                    m.is_marked(),
                    "{text} ({lang:?}): nothing marked on {}",
                    s.id
                );
            }
        }
    }
}

/// A result card splits its site's texts once and keeps them while the visitor types: what it
/// marks after many keystrokes is what a fresh look at the site would mark.
#[test]
fn a_card_split_once_marks_every_keystroke_as_a_fresh_look() {
    let ds = data();
    for lang in [Lang::Vi, Lang::En] {
        let split: Vec<SiteWords> = ds.sites.iter().map(|s| SiteWords::new(&ds, s)).collect();
        for typed in [
            "c",
            "co",
            "côn",
            "côn s",
            "côn sơn",
            "côn",
            "t",
            "tr",
            "trần h",
            "",
        ] {
            for (s, words) in ds.sites.iter().zip(&split) {
                assert_eq!(
                    words.matched(typed, lang),
                    SiteWords::new(&ds, s).matched(typed, lang),
                    "{typed} ({lang:?}) on {}",
                    s.id
                );
            }
        }
    }
}

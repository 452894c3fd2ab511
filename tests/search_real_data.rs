//! Search over the real bundled data: what a visitor types finds what they mean.

use std::path::Path;
use yentu_explorer::domain::model::Lang;
use yentu_explorer::domain::query::{run_indexed, Query, SearchIndex, SCORE_PHRASE};
use yentu_explorer::domain::validate::load_dir;

fn ids_for(text: &str) -> Vec<(String, u32)> {
    let ds = load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data"))
        .expect("the real data loads");
    let index = SearchIndex::build(&ds);
    let q = Query {
        text: text.to_string(),
        ..Query::default()
    };
    run_indexed(&index, &ds, &q, Lang::Vi)
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
    }
}

#[test]
fn folding_gives_identical_results() {
    let a = ids_for("con son");
    assert_eq!(a, ids_for("Côn Sơn"));
    assert_eq!(a, ids_for("CÔN SƠN"));
    assert_eq!(a.first().map(|(id, _)| id.as_str()), Some("con-son"));
}

//! `data/sites-lite.json`: `sites.json` with each site's long fields emptied (`dataset::LONG_FIELDS`),
//! for the map, which draws every place at once and shows none of them. Written from the JSON
//! itself, so that every other field stays exactly as in `sites.json`.

use serde_json::{json, Value};
use std::fs;
use std::path::Path;
use yentu_explorer::data::data_url;
use yentu_explorer::domain::dataset::{Emptied, FILES, LONG_FIELDS, SITES_LITE};

/// The lite copy of a `sites.json` text.
pub fn lite_sites(full: &str) -> Result<String, String> {
    let mut sites: Value = serde_json::from_str(full).map_err(|e| format!("sites.json: {e}"))?;
    let records = sites
        .as_array_mut()
        .ok_or("sites.json: not a list of sites")?;
    for site in records {
        let site = site
            .as_object_mut()
            .ok_or("sites.json: a site that is not an object")?;
        for (path, emptied) in LONG_FIELDS {
            let empty = match emptied {
                Emptied::Text => json!({"vi": "", "en": ""}),
                Emptied::List => json!([]),
                Emptied::Null => Value::Null,
            };
            // `a.b`: the field `b` of the object in `a`, if there is one.
            let (record, field) = match path.split_once('.') {
                Some((outer, field)) => match site.get_mut(outer).and_then(Value::as_object_mut) {
                    Some(inner) => (inner, field),
                    None => continue,
                },
                None => (&mut *site, path),
            };
            record.insert(field.to_string(), empty);
        }
    }
    serde_json::to_string(&sites).map_err(|e| e.to_string())
}

/// Writes `data/sites-lite.json` beside the staging folder's `data/sites.json`.
pub fn write(staging: &Path) -> Result<(), String> {
    let full = staging.join(data_url(FILES[1]));
    let text = fs::read_to_string(&full).map_err(|e| format!("{}: {e}", full.display()))?;
    let out = staging.join(data_url(SITES_LITE));
    fs::write(&out, lite_sites(&text)?).map_err(|e| format!("{}: {e}", out.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use yentu_explorer::domain::dataset::without_long_fields;
    use yentu_explorer::domain::model::Site;
    use yentu_explorer::domain::parse::parse_json;

    #[test]
    fn the_lite_copy_is_the_sites_without_their_long_fields() {
        let full = include_str!("../../../public/data/sites.json");
        let lite = lite_sites(full).unwrap();
        let mut expected: Vec<Site> = parse_json("sites.json", full).unwrap();
        expected.iter_mut().for_each(without_long_fields);
        let got: Vec<Site> = parse_json(SITES_LITE, &lite).unwrap();
        assert_eq!(got, expected);
        assert!(got
            .iter()
            .all(|s| s.description.vi.is_empty() && s.facts.is_empty() && s.sources.is_empty()));
        // Nested: every position kept, without the note on how it was obtained.
        assert!(got
            .iter()
            .zip(&expected)
            .all(|(g, e)| g.location == e.location));
        assert!(got
            .iter()
            .filter_map(|s| s.location.as_ref())
            .all(|l| l.note.is_none()));
        assert!(full.contains("\"note\""));
        // A third of the size or less.
        assert!(
            lite.len() * 3 < full.len(),
            "{} of {}",
            lite.len(),
            full.len()
        );
    }

    #[test]
    fn what_is_not_a_list_of_sites_is_refused() {
        assert!(lite_sites("{}").is_err());
        assert!(lite_sites("[1]").is_err());
        assert!(lite_sites("[").is_err());
    }
}

//! The whole bundled dataset, with look-ups by id.

use super::model::{Location, Milestone, Person, Property, Province, Site, Source};
use super::parse::{parse_json, LoadError};
use std::collections::HashMap;

/// The data files, in the order the app loads them.
pub const FILES: [&str; 5] = [
    "property.json",
    "sites.json",
    "people.json",
    "timeline.json",
    "sources.json",
];

/// `sites.json` without the fields of [`LONG_FIELDS`], written by the build tool beside it: what
/// the map reads, which draws every place at once and shows none of them ([`Need::LITE`]).
pub const SITES_LITE: &str = "sites-lite.json";

/// How the lite copy leaves a field empty.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Emptied {
    /// A text in both languages, both empty.
    Text,
    /// An empty list.
    List,
    /// No value (`null`).
    Null,
}

/// The site fields the lite copy leaves empty ([`without_long_fields`]), as paths into a site's
/// record: what only a site's own page, the planner, the calendar, the search and the exports
/// read; the map shows none of them. The build tool empties them in the JSON.
pub const LONG_FIELDS: [(&str, Emptied); 11] = [
    ("description", Emptied::Text),
    ("facts", Emptied::List),
    ("caveats", Emptied::List),
    ("festivals", Emptied::List),
    ("visit", Emptied::Null),
    ("locality", Emptied::Text),
    ("founded", Emptied::Null),
    ("eras_note", Emptied::Null),
    ("sources", Emptied::List),
    ("alt_names", Emptied::List),
    // How the position was obtained: the map shows whether it is approximate and how far off.
    ("location.note", Emptied::Null),
];

/// Which copy of the dataset a page reads (its row of the route table): the sites whole or
/// without their long fields, and with or without the records only some pages show, the
/// dossier's timeline and the sources. A page that needs less loads less: the overview, the
/// catalogue and the map fetch and read neither `timeline.json` nor `sources.json`, and the code
/// that reads them comes with the pages that do (`crate::lazy::read_records`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Need {
    /// The sites without their long fields ([`SITES_LITE`]).
    pub lite_sites: bool,
    /// The timeline and the sources (`timeline.json`, `sources.json`).
    pub records: bool,
}

impl Need {
    /// Everything: the property, the sites whole, the people, the timeline and the sources.
    pub const WHOLE: Need = Need {
        lite_sites: false,
        records: true,
    };
    /// The property, the sites whole and the people.
    pub const SITES: Need = Need {
        lite_sites: false,
        records: false,
    };
    /// The property, the sites without their long fields and the people (the map).
    pub const LITE: Need = Need {
        lite_sites: true,
        records: false,
    };

    /// The files to load, in [`FILES`] order: with [`SITES_LITE`] for `sites.json` when
    /// `lite_sites`, and without the timeline and the sources unless `records`.
    pub fn files(self) -> Vec<&'static str> {
        let mut files = FILES.to_vec();
        if self.lite_sites {
            files[1] = SITES_LITE;
        }
        if !self.records {
            files.truncate(3);
        }
        files
    }
}

/// A site as the lite copy holds it: its [`LONG_FIELDS`] empty.
pub fn without_long_fields(site: &mut Site) {
    site.description = Default::default();
    site.facts.clear();
    site.caveats.clear();
    site.festivals.clear();
    site.visit = None;
    site.locality = Default::default();
    site.founded = None;
    site.eras_note = None;
    site.sources.clear();
    site.alt_names.clear();
    if let Some(location) = &mut site.location {
        location.note = None;
    }
}

/// Reads the records of [`Need::records`]: the texts of `timeline.json` and `sources.json`.
pub fn read_records(
    timeline: &[u8],
    sources: &[u8],
) -> Result<(Vec<Milestone>, Vec<Source>), LoadError> {
    Ok((
        parse_json(FILES[3], timeline)?,
        parse_json(FILES[4], sources)?,
    ))
}

/// Everything under `public/data/` the pages need, loaded once and never mutated.
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    /// `property.json`.
    pub property: Property,
    /// `sites.json`.
    pub sites: Vec<Site>,
    /// `people.json`.
    pub people: Vec<Person>,
    /// `timeline.json`.
    pub timeline: Vec<Milestone>,
    /// `sources.json`.
    pub sources: Vec<Source>,
}

impl Dataset {
    /// Parses the five files' texts (in [`FILES`] order).
    pub fn parse(texts: [&str; 5]) -> Result<Dataset, LoadError> {
        // In file order, so that the first error named is that of the first file.
        let property = parse_json(FILES[0], texts[0])?;
        let sites = parse_json(FILES[1], texts[1])?;
        let people = parse_json(FILES[2], texts[2])?;
        let (timeline, sources) = read_records(texts[3].as_bytes(), texts[4].as_bytes())?;
        Ok(Dataset::new(property, sites, people, timeline, sources))
    }

    /// The dataset from its parsed files, with each place `within` a component given that
    /// component's position to borrow ([`Site::place`]).
    pub fn new(
        property: Property,
        mut sites: Vec<Site>,
        people: Vec<Person>,
        timeline: Vec<Milestone>,
        sources: Vec<Source>,
    ) -> Dataset {
        let own: HashMap<String, Location> = sites
            .iter()
            .filter_map(|s| Some((s.id.clone(), s.location.clone()?)))
            .collect();
        for s in &mut sites {
            s.borrowed = s.within.as_ref().and_then(|w| own.get(w).cloned());
        }
        Dataset {
            property,
            sites,
            people,
            timeline,
            sources,
        }
    }

    /// The data bundled in `public/data/`, for tests over the real data.
    #[cfg(test)]
    pub fn bundled() -> Dataset {
        Dataset::parse([
            include_str!("../../public/data/property.json"),
            include_str!("../../public/data/sites.json"),
            include_str!("../../public/data/people.json"),
            include_str!("../../public/data/timeline.json"),
            include_str!("../../public/data/sources.json"),
        ])
        .expect("the bundled data parses")
    }

    /// The site with this id.
    pub fn site(&self, id: &str) -> Option<&Site> {
        self.sites.iter().find(|s| s.id == id)
    }

    /// The person with this id.
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The milestone with this id.
    pub fn milestone(&self, id: &str) -> Option<&Milestone> {
        self.timeline.iter().find(|m| m.id == id)
    }

    /// The province with this id.
    pub fn province(&self, id: &str) -> Option<&Province> {
        self.property.provinces.iter().find(|p| p.id == id)
    }

    /// The ids of the provinces the sites lie in, before or after 2025, sorted, each once (a
    /// handful, however many sites there are): the map shades them.
    pub fn property_province_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = Vec::new();
        for id in self
            .sites
            .iter()
            .flat_map(|s| [&s.province_before, &s.province_now])
        {
            if !ids.contains(id) {
                ids.push(id.clone());
            }
        }
        crate::domain::sort::sort(&mut ids);
        ids
    }

    /// The 12 components in component order: each in the slot of its number (1–12, each used
    /// once, as the data validation checks; a repeated number keeps both, in the data's order).
    /// The pages that list only the components need no sort for it.
    pub fn components(&self) -> Vec<&Site> {
        let mut slots: Vec<Vec<&Site>> = Vec::new();
        for s in &self.sites {
            if let Some(n) = s.component.map(usize::from) {
                if slots.len() <= n {
                    slots.resize_with(n + 1, Vec::new);
                }
                slots[n].push(s);
            }
        }
        slots.into_iter().flatten().collect()
    }

    /// Milestones that name this site.
    pub fn milestones_for_site<'a>(
        &'a self,
        site_id: &'a str,
    ) -> impl Iterator<Item = &'a Milestone> + 'a {
        self.timeline
            .iter()
            .filter(move |m| m.sites.iter().any(|s| s == site_id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_come_in_number_order_stably() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
        let mut ds = crate::domain::validate::load_dir(&dir).expect("public/data loads");
        // Out of order, with a number used twice and a site without one among them.
        ds.sites.reverse();
        let twin = ds
            .sites
            .iter()
            .position(|s| s.component == Some(5))
            .unwrap();
        let mut copy = ds.sites[twin].clone();
        copy.id = "twin".to_string();
        ds.sites.insert(0, copy);
        let mut expected: Vec<&Site> = ds.sites.iter().filter(|s| s.component.is_some()).collect();
        expected.sort_by_key(|s| s.component);
        let got: Vec<&str> = ds.components().iter().map(|s| s.id.as_str()).collect();
        let expected: Vec<&str> = expected.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(got, expected);
        assert_eq!(got.len(), 13);
        assert_eq!(got[4], "twin");
    }

    #[test]
    fn the_property_provinces_are_listed_once_each_in_order() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
        let ds = crate::domain::validate::load_dir(&dir).expect("public/data loads");
        let mut expected: Vec<String> = ds
            .sites
            .iter()
            .flat_map(|s| [s.province_before.clone(), s.province_now.clone()])
            .collect();
        expected.sort();
        expected.dedup();
        assert_eq!(ds.property_province_ids(), expected);
        // Quảng Ninh, Bắc Ninh and Hải Phòng now; Bắc Giang and Hải Dương before 2025.
        assert_eq!(expected.len(), 5, "{expected:?}");
    }
}

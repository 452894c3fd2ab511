//! What a person's page gathers from the data: the sites linked to them (either side of the link),
//! the festivals of those sites whose id or text names them, the dossier milestones that name
//! them, and the order their sources are cited in.

use crate::domain::dataset::Dataset;
use crate::domain::model::{Festival, Milestone, Person, Site};

/// The sites linked to `p`: those `p.sites` lists and those whose `people` list `p`, each once,
/// in the data's order of sites.
pub fn sites_of<'a>(ds: &'a Dataset, p: &Person) -> Vec<&'a Site> {
    ds.sites
        .iter()
        .filter(|s| p.sites.contains(&s.id) || s.people.contains(&p.id))
        .collect()
}

/// Whether a text names the person (by name in either language or by another name).
fn names(p: &Person, texts: &[&str]) -> bool {
    let mut needles = vec![p.name.vi.as_str(), p.name.en.as_str()];
    needles.extend(p.alt_names.iter().map(String::as_str));
    texts
        .iter()
        .any(|t| needles.iter().any(|n| !n.is_empty() && t.contains(n)))
}

/// The festivals of the person's sites whose id contains the person's id or whose name or text
/// names them, with their site.
pub fn festivals_of<'a>(ds: &'a Dataset, p: &Person) -> Vec<(&'a Site, &'a Festival)> {
    sites_of(ds, p)
        .into_iter()
        .flat_map(|s| s.festivals.iter().map(move |f| (s, f)))
        .filter(|(_, f)| {
            f.id.contains(&p.id) || names(p, &[&f.name.vi, &f.name.en, &f.text.vi, &f.text.en])
        })
        .collect()
}

/// The dossier milestones whose title or text names the person.
pub fn milestones_of<'a>(ds: &'a Dataset, p: &Person) -> Vec<&'a Milestone> {
    ds.timeline
        .iter()
        .filter(|m| names(p, &[&m.title.vi, &m.title.en, &m.text.vi, &m.text.en]))
        .collect()
}

/// Source ids in the order the person's page cites them: the person's own, then the festivals'.
pub fn citation_order(ds: &Dataset, p: &Person) -> Vec<String> {
    let festivals = festivals_of(ds, p);
    let mut order: Vec<String> = Vec::new();
    for id in p
        .sources
        .iter()
        .chain(festivals.iter().flat_map(|(_, f)| f.sources.iter()))
    {
        if !order.contains(id) {
            order.push(id.clone());
        }
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    fn real() -> Dataset {
        Dataset::bundled()
    }

    #[test]
    fn festival_days_that_concern_a_person() {
        let ds = real();
        let ids = |pid: &str| -> Vec<String> {
            let p = ds.person(pid).expect("person");
            festivals_of(&ds, p)
                .iter()
                .map(|(_, f)| f.id.clone())
                .collect()
        };
        assert!(ids("tran-nhan-tong").contains(&"tran-nhan-tong-nirvana".to_string()));
        assert!(ids("nguyen-trai").contains(&"nguyen-trai-anniversary".to_string()));
        assert!(ids("tran-hung-dao").contains(&"kiep-bac-autumn".to_string()));
        assert!(ids("phap-loa").contains(&"thanh-mai-festival".to_string()));
        // A festival of a site not linked to the person is never theirs.
        assert!(!ids("nguyen-trai").contains(&"kiep-bac-autumn".to_string()));
    }

    #[test]
    fn sites_come_from_both_sides_of_the_link() {
        let ds = real();
        for p in &ds.people {
            let sites = sites_of(&ds, p);
            for id in &p.sites {
                assert!(sites.iter().any(|s| &s.id == id), "{} {id}", p.id);
            }
            for s in &ds.sites {
                if s.people.contains(&p.id) {
                    assert!(sites.iter().any(|x| x.id == s.id), "{} {}", p.id, s.id);
                }
            }
            let order = citation_order(&ds, p);
            assert!(p.sources.iter().all(|s| order.contains(s)));
        }
    }
}

//! The catalogue query: what a visitor is looking at (search text, facet filters, sort), its
//! round trip through the URL, filtering, ranking and disjunctive facet counts.
//!
//! The URL is the single source of truth: the UI reads a [`Query`] with
//! [`Query::from_params`], and every change writes [`Query::to_query_string`] back. Searching is
//! diacritic-insensitive ([`text::fold`]): every searched word must begin a word of the site's
//! texts, and mentions inside the property's own name do not count ([`crate::domain::excerpt`]).
//! A [`SearchIndex`] built once from the [`Dataset`] keeps each keystroke cheap
//! ([`run_indexed`]).

use super::dataset::Dataset;
use super::excerpt::{own_name_runs, site_texts, Field, Terms};
use super::geo::distance_km;
use super::model::{Era, Lang, RecognitionKind, SeriesPart, Site, SiteKind, SiteStatus};
use super::text;
use super::urlenc::encode_component;
use std::cmp::Ordering;

/// URL key of the search text.
pub const KEY_TEXT: &str = "q";
/// URL key of the province filter.
pub const KEY_PROVINCE: &str = "province";
/// URL key of the site-kind filter.
pub const KEY_KIND: &str = "kind";
/// URL key of the era filter.
pub const KEY_ERA: &str = "era";
/// URL key of the series-part filter.
pub const KEY_PART: &str = "part";
/// URL key of the person filter.
pub const KEY_PERSON: &str = "person";
/// URL key of the recognition filter.
pub const KEY_RECOGNITION: &str = "recognition";
/// URL key of the status filter.
pub const KEY_STATUS: &str = "status";
/// URL key of the sort order.
pub const KEY_SORT: &str = "sort";

/// How results are ordered (after name matches, when there is search text).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub enum Sort {
    /// Components 1–12 in number order, then associated places, then dropped sites.
    #[default]
    Component,
    /// Alphabetically by name in the page language (Vietnamese order for Vietnamese).
    Name,
    /// Nearest first from the site with this id (which is left out of the results).
    DistanceFrom(String),
}

impl Sort {
    /// The URL value: `component`, `name` or `near:<site-id>`.
    pub fn to_param(&self) -> String {
        match self {
            Sort::Component => "component".to_string(),
            Sort::Name => "name".to_string(),
            Sort::DistanceFrom(id) => format!("near:{id}"),
        }
    }

    /// Parses a URL value; anything unknown or malformed is `None`.
    pub fn from_param(value: &str) -> Option<Sort> {
        let v = value.trim();
        match v {
            "component" => Some(Sort::Component),
            "name" => Some(Sort::Name),
            _ => v
                .strip_prefix("near:")
                .and_then(clean_id)
                .map(Sort::DistanceFrom),
        }
    }
}

/// What the catalogue shows: search text, facet filters (OR within a facet, AND across facets)
/// and the sort order. `Default` is everything, in component order.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Query {
    /// Search text as typed (diacritics optional).
    pub text: String,
    /// Province ids, current (`hai-phong`) or former (`hai-duong`).
    pub provinces: Vec<String>,
    /// Site kinds.
    pub kinds: Vec<SiteKind>,
    /// Eras.
    pub eras: Vec<Era>,
    /// Parts of the series.
    pub parts: Vec<SeriesPart>,
    /// Person ids.
    pub people: Vec<String>,
    /// Recognition kinds (a site matches if any of its recognitions has the kind).
    pub recognitions: Vec<RecognitionKind>,
    /// Statuses.
    pub statuses: Vec<SiteStatus>,
    /// Sort order.
    pub sort: Sort,
}

/// Keeps the values of `all` that occur in `chosen`, in `all`'s order (canonical, no duplicates).
fn in_order<T: Copy + PartialEq>(all: &[T], chosen: &[T]) -> Vec<T> {
    all.iter().copied().filter(|v| chosen.contains(v)).collect()
}

/// Sorted, deduplicated, without empty strings.
fn sorted_ids(ids: &[String]) -> Vec<String> {
    let mut v: Vec<String> = ids.iter().filter(|s| !s.is_empty()).cloned().collect();
    crate::domain::sort::sort(&mut v);
    v.dedup();
    v
}

/// An id from the URL if it looks like a slug (ASCII letters, digits, `-`, `_`; at most 80
/// characters), lowercased; anything else is ignored.
fn clean_id(raw: &str) -> Option<String> {
    let s = raw.trim();
    let ok = !s.is_empty()
        && s.len() <= 80
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    ok.then(|| s.to_ascii_lowercase())
}

/// Joins enum ids with commas.
fn join_ids<T: Copy>(values: &[T], id: fn(T) -> &'static str) -> String {
    values.iter().map(|&v| id(v)).collect::<Vec<_>>().join(",")
}

impl Query {
    /// The same view in canonical form: enum filters in their `ALL` order, ids sorted, no
    /// duplicates. Two queries showing the same view have the same canonical form.
    pub fn canonical(&self) -> Query {
        Query {
            text: self.text.clone(),
            provinces: sorted_ids(&self.provinces),
            kinds: in_order(&SiteKind::ALL, &self.kinds),
            eras: in_order(&Era::ALL, &self.eras),
            parts: in_order(&SeriesPart::ALL, &self.parts),
            people: sorted_ids(&self.people),
            recognitions: in_order(&RecognitionKind::ALL, &self.recognitions),
            statuses: in_order(&SiteStatus::ALL, &self.statuses),
            sort: self.sort.clone(),
        }
    }

    /// True when any filter or search text is set (the sort does not count).
    pub fn has_filters(&self) -> bool {
        self.active_filter_count() > 0 || self.searches_text()
    }

    /// Whether it searches text (which reads the sites' long fields too).
    pub fn searches_text(&self) -> bool {
        !self.text.trim().is_empty()
    }

    /// The number of selected facet values (for a "clear filters (n)" button).
    pub fn active_filter_count(&self) -> usize {
        self.provinces.len()
            + self.kinds.len()
            + self.eras.len()
            + self.parts.len()
            + self.people.len()
            + self.recognitions.len()
            + self.statuses.len()
    }

    /// Removes the search text and every facet filter, keeping the sort.
    pub fn clear_filters(&mut self) {
        *self = Query {
            sort: std::mem::take(&mut self.sort),
            ..Query::default()
        };
    }

    /// URL parameters in a fixed key order, multi values comma-separated in canonical order;
    /// empty filters and the default sort are left out.
    pub fn to_params(&self) -> Vec<(String, String)> {
        let c = self.canonical();
        let mut out: Vec<(String, String)> = Vec::new();
        let mut push = |k: &str, v: String| {
            if !v.is_empty() {
                out.push((k.to_string(), v));
            }
        };
        push(KEY_TEXT, c.text.clone());
        push(KEY_PROVINCE, c.provinces.join(","));
        push(KEY_KIND, join_ids(&c.kinds, SiteKind::id));
        push(KEY_ERA, join_ids(&c.eras, Era::id));
        push(KEY_PART, join_ids(&c.parts, SeriesPart::id));
        push(KEY_PERSON, c.people.join(","));
        push(
            KEY_RECOGNITION,
            join_ids(&c.recognitions, RecognitionKind::id),
        );
        push(KEY_STATUS, join_ids(&c.statuses, SiteStatus::id));
        if c.sort != Sort::Component {
            push(KEY_SORT, c.sort.to_param());
        }
        out
    }

    /// Reads URL parameters (comma-separated or repeated keys). Unknown keys and values are
    /// ignored; the result is canonical. Never panics.
    pub fn from_params(pairs: &[(String, String)]) -> Query {
        let mut q = Query::default();
        for (key, value) in pairs {
            let key = key.trim();
            if key == KEY_TEXT {
                q.text = value.clone();
                continue;
            }
            if key == KEY_SORT {
                if let Some(s) = Sort::from_param(value) {
                    q.sort = s;
                }
                continue;
            }
            for item in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                match key {
                    KEY_PROVINCE => q.provinces.extend(clean_id(item)),
                    KEY_PERSON => q.people.extend(clean_id(item)),
                    KEY_KIND => q.kinds.extend(SiteKind::from_id(item)),
                    KEY_ERA => q.eras.extend(Era::from_id(item)),
                    KEY_PART => q.parts.extend(SeriesPart::from_id(item)),
                    KEY_RECOGNITION => q.recognitions.extend(RecognitionKind::from_id(item)),
                    KEY_STATUS => q.statuses.extend(SiteStatus::from_id(item)),
                    _ => {}
                }
            }
        }
        q.canonical()
    }

    /// The query string without the leading `?` (empty for the default view), percent-encoded
    /// UTF-8; commas between values and the `:` of `near:` stay readable.
    pub fn to_query_string(&self) -> String {
        self.to_params()
            .iter()
            .map(|(k, v)| format!("{}={}", encode_component(k), encode_component(v)))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// Parses a query string (with or without `?`) into a canonical query.
    pub fn from_query_string(s: &str) -> Query {
        Query::from_params(&parse_query_string(s))
    }

    /// The same query without province, person and sort ids the dataset does not know (an
    /// unknown id is ignored rather than emptying the results).
    pub fn retain_known(&self, ds: &Dataset) -> Query {
        let mut q = self.canonical();
        q.provinces.retain(|p| ds.province(p).is_some());
        q.people.retain(|p| ds.person(p).is_some());
        if let Sort::DistanceFrom(id) = &q.sort {
            if ds.site(id).is_none() {
                q.sort = Sort::Component;
            }
        }
        q
    }
}

/// Adds `value` to `list` if absent, removes it if present (for facet check boxes).
pub fn toggle<T: PartialEq>(list: &mut Vec<T>, value: T) {
    if let Some(i) = list.iter().position(|v| *v == value) {
        list.remove(i);
    } else {
        list.push(value);
    }
}

// ---------------------------------------------------------------- query strings

/// Splits a query string into decoded pairs (see [`crate::domain::urlenc::decode_pairs`]).
pub use super::urlenc::decode_pairs as parse_query_string;

// ---------------------------------------------------------------- search index

/// The precomputed search data of one site.
#[derive(Clone, Debug, PartialEq)]
struct SiteEntry {
    /// Normalized names: Vietnamese, English and every alternative name.
    names: Vec<String>,
    /// Every searched text, normalized ([`text::normalize`]) with the property's own name masked
    /// ([`text::mask_runs`]), one per line, grouped by field: names, summary, details,
    /// description.
    body: String,
    /// Where each field's lines end in `body`, in [`Field`] order (the name lines start at 0).
    ends: [usize; 4],
    /// Position of the site in Vietnamese name order.
    rank_vi: u32,
    /// Position of the site in English name order.
    rank_en: u32,
}

impl SiteEntry {
    /// The lines of one field.
    fn field(&self, f: Field) -> &str {
        let i = f as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.body.get(start..self.ends[i]).unwrap_or_default()
    }
}

/// Normalized search text and sort keys for every site, built once per dataset so that
/// [`run_indexed`] does no folding per site.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct SearchIndex {
    /// One entry per site, in dataset order.
    entries: Vec<SiteEntry>,
    /// The property's own names, normalized ([`own_name_runs`]).
    runs: Vec<String>,
}

impl SearchIndex {
    /// Builds the index from every text [`site_texts`] lists (names, alternative names, summary,
    /// locality, kind, people, provinces before and after 2025, description; both languages),
    /// with the property's own name masked.
    pub fn build(ds: &Dataset) -> SearchIndex {
        let runs = own_name_runs(ds);
        let mut entries: Vec<SiteEntry> = ds.sites.iter().map(|s| entry(ds, s, &runs)).collect();
        for lang in [Lang::Vi, Lang::En] {
            let mut keyed: Vec<(text::CollationKey, usize)> = ds
                .sites
                .iter()
                .enumerate()
                .map(|(i, s)| (text::collation_key(s.name.get(lang)), i))
                .collect();
            crate::domain::sort::sort(&mut keyed);
            for (rank, (_, i)) in keyed.into_iter().enumerate() {
                if let Some(e) = entries.get_mut(i) {
                    let rank = u32::try_from(rank).unwrap_or(u32::MAX);
                    match lang {
                        Lang::Vi => e.rank_vi = rank,
                        Lang::En => e.rank_en = rank,
                    }
                }
            }
        }
        SearchIndex { entries, runs }
    }

    /// Number of indexed sites.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when no site is indexed.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The normalized searchable text of the site at `index` in the dataset.
    pub fn searchable_text(&self, index: usize) -> Option<&str> {
        self.entries.get(index).map(|e| e.body.as_str())
    }
}

/// Builds one site's index entry.
fn entry(ds: &Dataset, s: &Site, runs: &[String]) -> SiteEntry {
    let mut body = String::new();
    let mut ends = [0; 4];
    let texts = site_texts(ds, s);
    for (i, field) in [
        Field::Name,
        Field::Summary,
        Field::Details,
        Field::Description,
    ]
    .into_iter()
    .enumerate()
    {
        for t in texts.iter().filter(|t| t.kind.field() == field) {
            let line = text::normalize(t.text);
            if line.is_empty() {
                continue;
            }
            // A site's own names are never masked.
            if field == Field::Name {
                body.push_str(&line);
            } else {
                body.push_str(&text::mask_runs(&line, runs));
            }
            body.push('\n');
        }
        ends[i] = body.len();
    }
    let mut names = vec![text::normalize(&s.name.vi), text::normalize(&s.name.en)];
    names.extend(s.alt_names.iter().map(|a| text::normalize(a)));
    names.retain(|n| !n.is_empty());
    SiteEntry {
        names,
        body,
        ends,
        rank_vi: 0,
        rank_en: 0,
    }
}

// ---------------------------------------------------------------- filtering

/// Bit of the text filter in a site's pass mask.
const F_TEXT: u8 = 1;
/// Bit of the province facet.
const F_PROVINCE: u8 = 1 << 1;
/// Bit of the kind facet.
const F_KIND: u8 = 1 << 2;
/// Bit of the era facet.
const F_ERA: u8 = 1 << 3;
/// Bit of the part facet.
const F_PART: u8 = 1 << 4;
/// Bit of the person facet.
const F_PERSON: u8 = 1 << 5;
/// Bit of the recognition facet.
const F_RECOGNITION: u8 = 1 << 6;
/// Bit of the status facet.
const F_STATUS: u8 = 1 << 7;
/// All filters pass.
const F_ALL: u8 = u8::MAX;

/// A query checked against the dataset and with its text folded once.
struct Compiled {
    /// The query with unknown ids dropped.
    q: Query,
    /// The search words, without the property's own name.
    terms: Terms,
}

impl Compiled {
    /// Prepares `q` for `ds`.
    fn new(index: &SearchIndex, ds: &Dataset, q: &Query) -> Compiled {
        Compiled {
            q: q.retain_known(ds),
            terms: Terms::new(&q.text, &index.runs),
        }
    }

    /// The pass mask of every site, in dataset order.
    fn masks(&self, index: &SearchIndex, ds: &Dataset) -> Vec<u8> {
        ds.sites
            .iter()
            .zip(&index.entries)
            .map(|(s, e)| self.mask(s, e))
            .collect()
    }

    /// Which filters the site passes (an empty filter always passes).
    fn mask(&self, site: &Site, entry: &SiteEntry) -> u8 {
        let q = &self.q;
        let mut m = 0;
        let mut set = |bit: u8, ok: bool| {
            if ok {
                m |= bit;
            }
        };
        set(F_TEXT, self.terms.all_in(&entry.body));
        set(
            F_PROVINCE,
            q.provinces.is_empty() || q.provinces.iter().any(|p| in_province(site, p)),
        );
        set(F_KIND, q.kinds.is_empty() || q.kinds.contains(&site.kind));
        set(
            F_ERA,
            q.eras.is_empty() || site.eras.iter().any(|e| q.eras.contains(e)),
        );
        set(F_PART, q.parts.is_empty() || q.parts.contains(&site.part));
        set(
            F_PERSON,
            q.people.is_empty() || site.people.iter().any(|p| q.people.contains(p)),
        );
        set(
            F_RECOGNITION,
            q.recognitions.is_empty()
                || site
                    .recognitions
                    .iter()
                    .any(|r| q.recognitions.contains(&r.kind)),
        );
        set(
            F_STATUS,
            q.statuses.is_empty() || q.statuses.contains(&site.status),
        );
        m
    }
}

/// True when the site lies in the province, by its current or its pre-2025 province.
fn in_province(site: &Site, province: &str) -> bool {
    site.province_now == province || site.province_before == province
}

// ---------------------------------------------------------------- facets

/// One value of a facet with its count.
#[derive(Clone, Debug, PartialEq)]
pub struct FacetValue<T> {
    /// The value.
    pub value: T,
    /// Results if this value were selected in its facet, with every other facet and the text
    /// applied (0: show it disabled).
    pub count: usize,
    /// Whether the query selects it.
    pub selected: bool,
}

/// Every facet with all its possible values and their counts.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Facets {
    /// Current provinces (since 2025), in dataset order.
    pub provinces: Vec<FacetValue<String>>,
    /// Former provinces (before 2025), in dataset order; selecting one selects the sites that
    /// were in it.
    pub former_provinces: Vec<FacetValue<String>>,
    /// Kinds, in `SiteKind::ALL` order.
    pub kinds: Vec<FacetValue<SiteKind>>,
    /// Eras, in time order.
    pub eras: Vec<FacetValue<Era>>,
    /// Parts, in story order.
    pub parts: Vec<FacetValue<SeriesPart>>,
    /// People who appear on at least one site, in `people.json` order.
    pub people: Vec<FacetValue<String>>,
    /// Recognition kinds.
    pub recognitions: Vec<FacetValue<RecognitionKind>>,
    /// Statuses.
    pub statuses: Vec<FacetValue<SiteStatus>>,
    /// Number of results with every filter applied.
    pub total: usize,
}

/// Disjunctive facet counts (builds a [`SearchIndex`]; use [`facet_counts_indexed`] on a hot
/// path).
pub fn facet_counts(ds: &Dataset, q: &Query) -> Facets {
    facet_counts_indexed(&SearchIndex::build(ds), ds, q)
}

/// Counts per facet value: for facet F, every filter except F's is applied and the sites having
/// each value are counted. Every possible value is listed, zeros included.
pub fn facet_counts_indexed(index: &SearchIndex, ds: &Dataset, q: &Query) -> Facets {
    let c = Compiled::new(index, ds, q);
    let masks = c.masks(index, ds);
    facets_from_masks(ds, &c, &masks)
}

/// Results and facet counts together, testing each site's text once (the catalogue page's
/// call on every keystroke).
pub fn search(index: &SearchIndex, ds: &Dataset, q: &Query, lang: Lang) -> (Vec<Hit>, Facets) {
    let c = Compiled::new(index, ds, q);
    let masks = c.masks(index, ds);
    (
        hits_from_masks(index, ds, &c, &masks, lang),
        facets_from_masks(ds, &c, &masks),
    )
}

/// Facet counts from the sites' pass masks.
fn facets_from_masks(ds: &Dataset, c: &Compiled, masks: &[u8]) -> Facets {
    // The sites that pass every filter except `bit`.
    let others = |bit: u8| -> Vec<&Site> {
        ds.sites
            .iter()
            .zip(masks)
            .filter(|(_, &m)| m | bit == F_ALL)
            .map(|(s, _)| s)
            .collect()
    };
    fn count<T: Clone>(
        values: impl IntoIterator<Item = T>,
        sites: &[&Site],
        has: impl Fn(&Site, &T) -> bool,
        selected: impl Fn(&T) -> bool,
    ) -> Vec<FacetValue<T>> {
        values
            .into_iter()
            .map(|v| FacetValue {
                count: sites.iter().filter(|s| has(s, &v)).count(),
                selected: selected(&v),
                value: v,
            })
            .collect()
    }
    let qq = &c.q;

    let prov_sites = others(F_PROVINCE);
    let prov_ids = |current: bool| {
        ds.property
            .provinces
            .iter()
            .filter(move |p| p.current == current)
            .map(|p| p.id.clone())
    };
    let prov_has = |s: &Site, p: &String| in_province(s, p);
    let prov_sel = |p: &String| qq.provinces.contains(p);
    let provinces = count(prov_ids(true), &prov_sites, prov_has, prov_sel);
    let former_provinces = count(prov_ids(false), &prov_sites, prov_has, prov_sel);

    let kinds = count(
        SiteKind::ALL,
        &others(F_KIND),
        |s, k| s.kind == *k,
        |k| qq.kinds.contains(k),
    );
    let eras = count(
        Era::ALL,
        &others(F_ERA),
        |s, e| s.eras.contains(e),
        |e| qq.eras.contains(e),
    );
    let parts = count(
        SeriesPart::ALL,
        &others(F_PART),
        |s, p| s.part == *p,
        |p| qq.parts.contains(p),
    );
    let people_ids = ds
        .people
        .iter()
        .filter(|p| ds.sites.iter().any(|s| s.people.contains(&p.id)))
        .map(|p| p.id.clone());
    let people = count(
        people_ids,
        &others(F_PERSON),
        |s, p| s.people.contains(p),
        |p| qq.people.contains(p),
    );
    let recognitions = count(
        RecognitionKind::ALL,
        &others(F_RECOGNITION),
        |s, k| s.recognitions.iter().any(|r| r.kind == *k),
        |k| qq.recognitions.contains(k),
    );
    let statuses = count(
        SiteStatus::ALL,
        &others(F_STATUS),
        |s, st| s.status == *st,
        |st| qq.statuses.contains(st),
    );
    Facets {
        provinces,
        former_provinces,
        kinds,
        eras,
        parts,
        people,
        recognitions,
        statuses,
        total: masks.iter().filter(|&&m| m == F_ALL).count(),
    }
}

// ---------------------------------------------------------------- ranking

/// Score of a site matched by its name exactly.
pub const SCORE_EXACT: u32 = 400;
/// Score of a site whose name starts with the search text.
pub const SCORE_PREFIX: u32 = 300;
/// Score of a site whose name holds the search text from the start of a word.
pub const SCORE_WORD: u32 = 250;
/// Score of a site whose name holds every searched word, not side by side.
pub const SCORE_NAME: u32 = 200;
/// Score of a site whose summary holds the searched words side by side.
pub const SCORE_SUMMARY_PHRASE: u32 = 180;
/// Score of a site whose place, kind or people hold the searched words side by side ("hai
/// duong" as a former province).
pub const SCORE_DETAILS_PHRASE: u32 = 170;
/// Score of a site whose description holds the searched words side by side ("hai duong" as in
/// "Hải Dương", not "hai tuyến … quãng đường"): the lowest score of a phrase match.
pub const SCORE_PHRASE: u32 = 160;
/// Score of a site whose summary holds every searched word, not side by side.
pub const SCORE_SUMMARY_WORDS: u32 = 130;
/// Score of a site whose place, kind or people hold every searched word.
pub const SCORE_DETAILS_WORDS: u32 = 120;
/// Score of a site whose description holds every searched word.
pub const SCORE_DESCRIPTION_WORDS: u32 = 110;
/// Score of a site whose fields hold the searched words only between them.
pub const SCORE_OTHER: u32 = 100;

/// One result.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// Index in `Dataset::sites`.
    pub site_index: usize,
    /// Text relevance ([`SCORE_EXACT`] … [`SCORE_OTHER`]); 0 without search text.
    pub score: u32,
    /// How often the searched phrase occurs in the field that gave the score (a description
    /// that names "Côn Sơn" four times before one that names it twice); 0 otherwise.
    pub occurrences: u32,
    /// True when the site's name or an alternative name matched the search text.
    pub name_match: bool,
    /// Kilometres from the origin site, when sorting by distance.
    pub distance_km: Option<f64>,
}

/// How well the best of the normalized `names` matches the search (0: no name matches).
fn name_score(names: &[String], terms: &Terms) -> u32 {
    let phrase = terms.phrase.as_str();
    if terms.is_empty() {
        return 0;
    }
    names
        .iter()
        .map(|n| {
            if n == phrase {
                SCORE_EXACT
            } else if n.starts_with(phrase) {
                SCORE_PREFIX
            } else if text::has_word_prefix(n, phrase) {
                SCORE_WORD
            } else if terms.all_in(n) {
                SCORE_NAME
            } else {
                0
            }
        })
        .max()
        .unwrap_or(0)
}

/// Occurrences of a phrase beyond this many do not rank a site higher (and are not counted).
const MAX_OCCURRENCES: usize = 8;

/// The score and phrase count of a site that passed the text filter: its name first, then the
/// first field holding the words side by side, then the first holding them all.
fn text_score(e: &SiteEntry, terms: &Terms) -> (u32, u32) {
    let ns = name_score(&e.names, terms);
    if ns > 0 {
        return (ns, 0);
    }
    const FIELDS: [(Field, u32, u32); 3] = [
        (Field::Summary, SCORE_SUMMARY_PHRASE, SCORE_SUMMARY_WORDS),
        (Field::Details, SCORE_DETAILS_PHRASE, SCORE_DETAILS_WORDS),
        (Field::Description, SCORE_PHRASE, SCORE_DESCRIPTION_WORDS),
    ];
    for (field, phrase_score, _) in FIELDS {
        let n = text::count_word_prefix(e.field(field), &terms.phrase, MAX_OCCURRENCES);
        if n > 0 {
            return (phrase_score, u32::try_from(n).unwrap_or(u32::MAX));
        }
    }
    for (field, _, words_score) in FIELDS {
        let text = e.field(field);
        if terms.all_in(text) {
            return (words_score, 0);
        }
    }
    (SCORE_OTHER, 0)
}

/// Filters and ranks the sites (builds a [`SearchIndex`]; use [`run_indexed`] on every
/// keystroke).
pub fn run(ds: &Dataset, q: &Query, lang: Lang) -> Vec<Hit> {
    run_indexed(&SearchIndex::build(ds), ds, q, lang)
}

/// Filters the sites with every filter, then orders them: with search text, by relevance first
/// (name: exact > prefix > word > all words; then the words side by side in the summary, the
/// details, the description; then all the words in one of those; then words spread over them;
/// within a level, more occurrences of the phrase first), then by `q.sort` in `lang`. With
/// [`Sort::DistanceFrom`] the origin is left out; an unknown origin falls back to component
/// order.
pub fn run_indexed(index: &SearchIndex, ds: &Dataset, q: &Query, lang: Lang) -> Vec<Hit> {
    let c = Compiled::new(index, ds, q);
    let masks = c.masks(index, ds);
    hits_from_masks(index, ds, &c, &masks, lang)
}

/// The sites that pass the filters of `q`, ranked, ignoring its sort (the map shows the origin of
/// the distances too), with `index` built on the first call and kept for the next.
pub fn passing_sites(
    ds: &Dataset,
    q: &Query,
    lang: Lang,
    index: &mut Option<std::sync::Arc<SearchIndex>>,
) -> Vec<usize> {
    let index = index.get_or_insert_with(|| std::sync::Arc::new(SearchIndex::build(ds)));
    let q = Query {
        sort: Sort::Component,
        ..q.clone()
    };
    run_indexed(index, ds, &q, lang)
        .into_iter()
        .map(|h| h.site_index)
        .collect()
}

/// Ranked results from the sites' pass masks.
fn hits_from_masks(
    index: &SearchIndex,
    ds: &Dataset,
    c: &Compiled,
    masks: &[u8],
    lang: Lang,
) -> Vec<Hit> {
    let origin = match &c.q.sort {
        Sort::DistanceFrom(id) => ds.sites.iter().position(|s| &s.id == id),
        _ => None,
    };
    let origin_loc = origin
        .and_then(|i| ds.sites.get(i))
        .and_then(|s| s.location.as_ref());
    let mut hits: Vec<Hit> = ds
        .sites
        .iter()
        .zip(&index.entries)
        .enumerate()
        .filter(|&(i, _)| Some(i) != origin && masks.get(i) == Some(&F_ALL))
        .map(|(i, (s, e))| {
            let (score, occurrences) = if c.terms.is_empty() {
                (0, 0)
            } else {
                text_score(e, &c.terms)
            };
            Hit {
                site_index: i,
                score,
                occurrences,
                name_match: score >= SCORE_NAME,
                // A place without a position of its own has no distance (listed last).
                distance_km: origin_loc
                    .zip(s.location.as_ref())
                    .map(|(o, p)| distance_km(o.lat, o.lon, p.lat, p.lon)),
            }
        })
        .collect();

    let key = |i: usize| {
        index.entries.get(i).map(|e| match lang {
            Lang::Vi => e.rank_vi,
            Lang::En => e.rank_en,
        })
    };
    let by_name = |a: &Hit, b: &Hit| key(a.site_index).cmp(&key(b.site_index));
    let component_rank = |i: usize| ds.sites.get(i).map(Site::components_first);
    let by_component = |a: &Hit, b: &Hit| {
        component_rank(a.site_index)
            .cmp(&component_rank(b.site_index))
            .then_with(|| by_name(a, b))
    };
    let by_distance = |a: &Hit, b: &Hit| {
        let da = a.distance_km.unwrap_or(f64::INFINITY);
        let db = b.distance_km.unwrap_or(f64::INFINITY);
        da.total_cmp(&db).then_with(|| by_name(a, b))
    };
    let order = |a: &Hit, b: &Hit| -> Ordering {
        match (&c.q.sort, origin) {
            (Sort::Name, _) => by_name(a, b),
            (Sort::DistanceFrom(_), Some(_)) => by_distance(a, b),
            _ => by_component(a, b),
        }
    };
    crate::domain::sort::sort_by(&mut hits, |a, b| {
        b.score
            .cmp(&a.score)
            .then(b.occurrences.cmp(&a.occurrences))
            .then_with(|| order(a, b))
            .then(a.site_index.cmp(&b.site_index))
    });
    hits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{Location, Person, Property, Province, Recognition, Text};

    fn t(vi: &str, en: &str) -> Text {
        Text {
            vi: vi.to_string(),
            en: en.to_string(),
        }
    }

    /// A site as test data (names and places from the fact sheet; coordinates are its
    /// estimates, or made up where marked).
    struct Spec {
        id: &'static str,
        vi: &'static str,
        en: &'static str,
        alt: &'static [&'static str],
        kind: SiteKind,
        status: SiteStatus,
        component: Option<u8>,
        part: SeriesPart,
        before: &'static str,
        now: &'static str,
        lat: f64,
        lon: f64,
        eras: &'static [Era],
        people: &'static [&'static str],
        recs: &'static [RecognitionKind],
        summary: &'static str,
    }

    const DEF: Spec = Spec {
        id: "",
        vi: "",
        en: "",
        alt: &[],
        kind: SiteKind::Pagoda,
        status: SiteStatus::Component,
        component: None,
        part: SeriesPart::Founding,
        before: "quang-ninh",
        now: "quang-ninh",
        lat: 21.1,
        lon: 106.5,
        eras: &[Era::Tran],
        people: &[],
        recs: &[],
        summary: "",
    };

    fn site(s: Spec) -> Site {
        Site {
            id: s.id.to_string(),
            name: t(s.vi, s.en),
            alt_names: s.alt.iter().map(|a| a.to_string()).collect(),
            kind: s.kind,
            status: s.status,
            component: s.component,
            part: s.part,
            province_before: s.before.to_string(),
            province_now: s.now.to_string(),
            locality: t("", ""),
            location: Some(Location {
                lat: s.lat,
                lon: s.lon,
                precision_m: 3000,
                approximate: true,
                source: None,
                note: None,
                shares_position_of: None,
            }),
            within: None,
            borrowed: None,
            eras: s.eras.to_vec(),
            eras_uncertain: false,
            eras_note: None,
            founded: None,
            people: s.people.iter().map(|p| p.to_string()).collect(),
            recognitions: s
                .recs
                .iter()
                .map(|&kind| Recognition {
                    kind,
                    title: t("", ""),
                    year: None,
                    date: None,
                    sources: vec![],
                    uncertain: false,
                    note: None,
                })
                .collect(),
            festivals: vec![],
            visit: None,
            summary: t("", s.summary),
            description: t("", ""),
            facts: vec![],
            caveats: vec![],
            sources: vec![],
        }
    }

    fn person(id: &str, name: &str) -> Person {
        Person {
            id: id.to_string(),
            name: t(name, name),
            alt_names: vec![],
            born: None,
            died: None,
            role: t("", ""),
            bio: t("", ""),
            sites: vec![],
            sources: vec![],
            uncertain: false,
            note: None,
        }
    }

    fn province(id: &str, vi: &str, en: &str, merged_into: Option<&str>) -> Province {
        Province {
            id: id.to_string(),
            name: t(vi, en),
            merged_into: merged_into.map(str::to_string),
            current: merged_into.is_none(),
        }
    }

    const HD: &str = "hai-duong";
    const HP: &str = "hai-phong";
    const BG: &str = "bac-giang";
    const BN: &str = "bac-ninh";

    /// The five components in Quảng Ninh (the Yên Tử side).
    fn quang_ninh_specs() -> Vec<Spec> {
        use Era::*;
        use RecognitionKind::*;
        use SiteKind::*;
        vec![
            Spec {
                id: "hoa-yen",
                vi: "Chùa Hoa Yên",
                en: "Hoa Yen Pagoda",
                component: Some(1),
                lat: 21.150,
                lon: 106.718,
                eras: &[Ly, Tran],
                people: &["tran-nhan-tong", "phap-loa", "huyen-quang"],
                ..DEF
            },
            Spec {
                id: "lan",
                vi: "Chùa Lân",
                en: "Lan Pagoda",
                alt: &["Thiền viện Trúc Lâm Yên Tử"],
                kind: ZenMonastery,
                component: Some(2),
                lat: 21.12,
                lon: 106.73,
                eras: &[Tran, LeTrungHung],
                people: &["tran-nhan-tong"],
                ..DEF
            },
            Spec {
                id: "ngoa-van",
                vi: "Chùa Ngọa Vân",
                en: "Ngoa Van Pagoda",
                component: Some(3),
                lat: 21.16,
                lon: 106.59,
                people: &["tran-nhan-tong", "phap-loa"],
                recs: &[SpecialNationalRelic],
                ..DEF
            },
            Spec {
                id: "thai-mieu",
                vi: "Thái Miếu nhà Trần",
                en: "Tran Dynasty Ancestral Temple",
                kind: AncestralTemple,
                component: Some(4),
                lat: 21.115,
                lon: 106.545,
                ..DEF
            },
            Spec {
                id: "yen-giang",
                vi: "Bãi cọc Yên Giang",
                en: "Yen Giang stake yard",
                kind: ArchaeologicalSite,
                component: Some(5),
                lat: 20.94,
                lon: 106.80,
                people: &["tran-hung-dao"],
                recs: &[NationalRelic],
                summary: "Stakes of the Bạch Đằng victory of 1288",
                ..DEF
            },
        ]
    }

    /// The components in the former Bắc Giang and Hải Dương, then the associated places.
    fn inland_specs() -> Vec<Spec> {
        use Era::*;
        use RecognitionKind::*;
        use SeriesPart::*;
        use SiteKind::*;
        vec![
            Spec {
                id: "vinh-nghiem",
                vi: "Chùa Vĩnh Nghiêm",
                en: "Vinh Nghiem Pagoda",
                alt: &["chùa Đức La"],
                component: Some(6),
                part: Dissemination,
                before: BG,
                now: BN,
                lat: 21.19,
                lon: 106.27,
                eras: &[Ly, Tran],
                recs: &[NationalRelic, MemoryOfTheWorld],
                summary: "Pagoda and woodblock repository",
                ..DEF
            },
            Spec {
                id: "bo-da",
                vi: "Chùa Bổ Đà",
                en: "Bo Da Pagoda",
                component: Some(7),
                part: Dissemination,
                before: BG,
                now: BN,
                lat: 21.22,
                lon: 106.06,
                eras: &[Ly, LeTrungHung],
                recs: &[NationalTreasure],
                summary: "Pagoda with a stupa garden and sutra woodblocks",
                ..DEF
            },
            Spec {
                id: "con-son",
                vi: "Chùa Côn Sơn",
                en: "Con Son Pagoda",
                alt: &["Thiên Tư Phúc tự", "chùa Hun"],
                component: Some(8),
                part: Revival,
                before: HD,
                now: HP,
                lat: 21.14,
                lon: 106.38,
                people: &["phap-loa", "huyen-quang", "nguyen-trai"],
                recs: &[NationalRelic],
                ..DEF
            },
            Spec {
                id: "kiep-bac",
                vi: "Đền Kiếp Bạc",
                en: "Kiep Bac Temple",
                kind: Temple,
                component: Some(9),
                part: Revival,
                before: HD,
                now: HP,
                lat: 21.11,
                lon: 106.33,
                people: &["tran-hung-dao"],
                summary: "Temple by the Lục Đầu river",
                ..DEF
            },
            Spec {
                id: "thanh-mai",
                vi: "Chùa Thanh Mai",
                en: "Thanh Mai Pagoda",
                component: Some(10),
                part: Revival,
                before: HD,
                now: HP,
                lat: 21.19,
                lon: 106.43,
                people: &["phap-loa"],
                recs: &[NationalTreasure, NationalRelic],
                ..DEF
            },
            Spec {
                id: "kinh-chu",
                vi: "Động Kính Chủ",
                en: "Kinh Chu Cave",
                kind: Cave,
                component: Some(11),
                part: Revival,
                before: HD,
                now: HP,
                lat: 21.03,
                lon: 106.52,
                recs: &[NationalTreasure, SpecialNationalRelic],
                ..DEF
            },
            Spec {
                id: "nham-duong",
                vi: "Chùa Nhẫm Dương",
                en: "Nham Duong Pagoda",
                alt: &["Thánh Quang tự"],
                component: Some(12),
                part: Revival,
                before: HD,
                now: HP,
                lat: 21.039,
                lon: 106.538,
                eras: &[Prehistoric, Tran],
                ..DEF
            },
            Spec {
                id: "quynh-lam",
                vi: "Chùa Quỳnh Lâm",
                en: "Quynh Lam Pagoda",
                status: SiteStatus::Associated,
                // Test fixture: not a sourced coordinate.
                lat: 21.08,
                lon: 106.50,
                ..DEF
            },
            Spec {
                id: "an-sinh",
                vi: "Đền An Sinh",
                en: "An Sinh Temple",
                kind: Temple,
                status: SiteStatus::Dropped,
                // Test fixture: not a sourced coordinate.
                lat: 21.12,
                lon: 106.55,
                ..DEF
            },
        ]
    }

    fn property() -> Property {
        Property {
            name: t("Quần thể", "Complex"),
            short_name: t(
                "Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc",
                "Yen Tu – Vinh Nghiem – Con Son, Kiep Bac",
            ),
            unesco_ref: 1732,
            inscribed: "2025-07-12".to_string(),
            session: t("", ""),
            component_count: 12,
            criteria: vec![],
            areas: vec![],
            story: vec![],
            point: Location {
                lat: 21.119256,
                lon: 106.535397,
                precision_m: 0,
                approximate: false,
                source: Some("s1".to_string()),
                note: None,
                shares_position_of: None,
            },
            summary: t("", ""),
            facts: vec![],
            provinces: vec![
                province("quang-ninh", "Quảng Ninh", "Quang Ninh", None),
                province(BN, "Bắc Ninh", "Bac Ninh", None),
                province(HP, "Hải Phòng", "Hai Phong", None),
                province(BG, "Bắc Giang", "Bac Giang", Some(BN)),
                province(HD, "Hải Dương", "Hai Duong", Some(HP)),
            ],
            actors: vec![],
            sources: vec![],
        }
    }

    fn dataset() -> Dataset {
        Dataset {
            property: property(),
            sites: quang_ninh_specs()
                .into_iter()
                .chain(inland_specs())
                .map(site)
                .collect(),
            people: vec![
                person("tran-nhan-tong", "Trần Nhân Tông"),
                person("phap-loa", "Pháp Loa"),
                person("huyen-quang", "Huyền Quang"),
                person("tran-hung-dao", "Trần Hưng Đạo"),
                person("nguyen-trai", "Nguyễn Trãi"),
                person("no-site", "Nobody"),
            ],
            timeline: vec![],
            sources: vec![],
        }
    }

    fn ids(ds: &Dataset, hits: &[Hit]) -> Vec<String> {
        hits.iter()
            .map(|h| ds.sites[h.site_index].id.clone())
            .collect()
    }

    fn text_query(s: &str) -> Query {
        Query {
            text: s.to_string(),
            ..Query::default()
        }
    }

    fn sorted(mut v: Vec<String>) -> Vec<String> {
        v.sort();
        v
    }

    #[test]
    fn passing_sites_ignores_the_sort_and_keeps_the_index() {
        let ds = dataset();
        let mut index = None;
        let caves = Query {
            kinds: vec![SiteKind::Cave],
            sort: Sort::DistanceFrom("kinh-chu".to_string()),
            ..Query::default()
        };
        let got = passing_sites(&ds, &caves, Lang::En, &mut index);
        let want: Vec<usize> = run(
            &ds,
            &Query {
                sort: Sort::Component,
                ..caves.clone()
            },
            Lang::En,
        )
        .iter()
        .map(|h| h.site_index)
        .collect();
        assert_eq!(got, want);
        assert!(got.iter().any(|&i| ds.sites[i].id == "kinh-chu"));
        let built = index.clone().expect("the index is kept");
        passing_sites(&ds, &Query::default(), Lang::En, &mut index);
        assert!(std::sync::Arc::ptr_eq(
            &built,
            index.as_ref().expect("still kept")
        ));
    }

    #[test]
    fn default_query_lists_everything_in_component_order() {
        let ds = dataset();
        let hits = run(&ds, &Query::default(), Lang::Vi);
        let got = ids(&ds, &hits);
        assert_eq!(got.len(), ds.sites.len());
        assert_eq!(got[0], "hoa-yen");
        assert_eq!(got[11], "nham-duong");
        assert_eq!(got[12], "quynh-lam");
        assert_eq!(got[13], "an-sinh");
        assert!(hits.iter().all(|h| h.score == 0 && !h.name_match));
        assert!(hits.iter().all(|h| h.distance_km.is_none()));
    }

    #[test]
    fn folding_equivalent_queries_give_identical_results() {
        let ds = dataset();
        let base = run(&ds, &text_query("con son"), Lang::Vi);
        assert_eq!(ids(&ds, &base)[0], "con-son");
        for q in [
            "Côn Sơn",
            "CÔN SƠN",
            "Co\u{0302}n So\u{031B}n",
            "  côn   SON ",
        ] {
            assert_eq!(run(&ds, &text_query(q), Lang::Vi), base, "{q}");
        }
    }

    #[test]
    fn name_matches_rank_first() {
        let ds = dataset();
        // "trần" is in Thái Miếu nhà Trần's name and in many sites' people.
        let hits = run(&ds, &text_query("trần"), Lang::Vi);
        let got = ids(&ds, &hits);
        assert_eq!(got[0], "thai-mieu");
        assert!(hits[0].name_match);
        assert_eq!(hits[0].score, SCORE_PREFIX);
        assert!(got.contains(&"hoa-yen".to_string()));
        // The others hold "Trần" in their people's names.
        assert!(hits[1..]
            .iter()
            .all(|h| !h.name_match && h.score == SCORE_DETAILS_PHRASE));
        // Body matches keep component order among themselves.
        let rest: Vec<u8> = hits[1..]
            .iter()
            .filter_map(|h| ds.sites[h.site_index].component)
            .collect();
        assert!(rest.windows(2).all(|w| w[0] < w[1]));
        // An alternative name counts as a name.
        let hits = run(&ds, &text_query("chua hun"), Lang::Vi);
        assert_eq!(ids(&ds, &hits), ["con-son"]);
        assert_eq!(hits[0].score, SCORE_EXACT);
    }

    #[test]
    fn name_score_tiers() {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let terms = |s: &str| Terms::new(s, &[]);
        let n = names(&["chua con son", "con son pagoda"]);
        assert_eq!(name_score(&n, &terms("con son pagoda")), SCORE_EXACT);
        assert_eq!(name_score(&n, &terms("con son")), SCORE_PREFIX);
        assert_eq!(name_score(&n, &terms("son")), SCORE_WORD);
        assert_eq!(name_score(&n, &terms("son con")), SCORE_NAME);
        // Words before the last are whole words; the last may be unfinished.
        assert_eq!(name_score(&n, &terms("pagoda c")), SCORE_NAME);
        assert_eq!(name_score(&n, &terms("pag con")), 0);
        assert_eq!(name_score(&n, &terms("kiep")), 0);
        assert_eq!(name_score(&n, &terms("")), 0);
        const {
            assert!(SCORE_EXACT > SCORE_PREFIX && SCORE_PREFIX > SCORE_WORD);
            assert!(SCORE_WORD > SCORE_NAME && SCORE_NAME > SCORE_PHRASE);
            assert!(SCORE_PHRASE > SCORE_OTHER);
        }
        // Ranking across sites: exact before prefix.
        let ds = dataset();
        let hits = run(&ds, &text_query("lan pagoda"), Lang::En);
        assert_eq!(ids(&ds, &hits)[0], "lan");
        assert_eq!(hits[0].score, SCORE_EXACT);
    }

    #[test]
    fn text_searches_other_fields() {
        let ds = dataset();
        let hits = run(&ds, &text_query("luc dau"), Lang::Vi);
        assert_eq!(ids(&ds, &hits), ["kiep-bac"]);
        assert!(!hits[0].name_match);
        assert_eq!(
            hits[0].score, SCORE_SUMMARY_PHRASE,
            "\"Lục Đầu\" side by side in the summary"
        );
        // People's names.
        let got = ids(&ds, &run(&ds, &text_query("nguyen trai"), Lang::Vi));
        assert_eq!(got, ["con-son"]);
        // Words may come from different fields; all must be present.
        assert_eq!(
            ids(&ds, &run(&ds, &text_query("kiep hung dao"), Lang::Vi)),
            ["kiep-bac"]
        );
        assert!(run(&ds, &text_query("kiep nguyen"), Lang::Vi).is_empty());
        // Punctuation only: no text filter.
        assert_eq!(
            run(&ds, &text_query(" – ,"), Lang::Vi).len(),
            ds.sites.len()
        );
    }

    #[test]
    fn the_property_name_is_not_a_match_and_words_match_from_their_start() {
        let mut ds = dataset();
        let an_sinh = ds.sites.iter().position(|s| s.id == "an-sinh").unwrap_or(0);
        ds.sites[an_sinh].summary = t(
            "",
            "Dropped from the Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc nomination",
        );
        assert_eq!(
            ids(&ds, &run(&ds, &text_query("côn sơn"), Lang::En)),
            ["con-son"]
        );
        assert_eq!(
            ids(&ds, &run(&ds, &text_query("nomination"), Lang::En)),
            ["an-sinh"]
        );
        // A word matches from its start only.
        assert!(run(&ds, &text_query("ination"), Lang::En).is_empty());
        // The property's name typed in full asks for nothing narrower than every site.
        let all = run(
            &ds,
            &text_query("Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc"),
            Lang::Vi,
        );
        assert_eq!(all.len(), ds.sites.len());
    }

    #[test]
    fn phrase_in_summary_then_details_then_description_then_scattered_words() {
        let mut ds = dataset();
        let at = |ds: &Dataset, id: &str| ds.sites.iter().position(|s| s.id == id).unwrap_or(0);
        let (kc, nd, tm, lan) = (
            at(&ds, "kinh-chu"),
            at(&ds, "nham-duong"),
            at(&ds, "thanh-mai"),
            at(&ds, "lan"),
        );
        ds.sites[kc].description = t("", "Near Côn Sơn. Côn Sơn again.");
        ds.sites[nd].summary = t("", "Below Côn Sơn hill");
        ds.sites[tm].description = t("", "Seen from Côn Sơn.");
        ds.sites[lan].summary = t("Chùa còn giữ tháp ở Sơn Động", "");
        let hits = run(&ds, &text_query("con son"), Lang::Vi);
        assert_eq!(
            ids(&ds, &hits),
            ["con-son", "nham-duong", "kinh-chu", "thanh-mai", "lan"]
        );
        let scores: Vec<(u32, u32)> = hits.iter().map(|h| (h.score, h.occurrences)).collect();
        assert_eq!(
            scores,
            [
                (SCORE_PREFIX, 0),
                (SCORE_SUMMARY_PHRASE, 1),
                (SCORE_PHRASE, 2),
                (SCORE_PHRASE, 1),
                (SCORE_SUMMARY_WORDS, 0)
            ]
        );
        // A former province is a detail, above a description.
        let hits = run(&ds, &text_query("hai duong"), Lang::Vi);
        assert!(hits.iter().all(|h| h.score == SCORE_DETAILS_PHRASE));
        const {
            assert!(SCORE_NAME > SCORE_SUMMARY_PHRASE);
            assert!(SCORE_SUMMARY_PHRASE > SCORE_DETAILS_PHRASE);
            assert!(SCORE_DETAILS_PHRASE > SCORE_PHRASE);
            assert!(SCORE_PHRASE > SCORE_SUMMARY_WORDS);
            assert!(SCORE_SUMMARY_WORDS > SCORE_DETAILS_WORDS);
            assert!(SCORE_DETAILS_WORDS > SCORE_DESCRIPTION_WORDS);
            assert!(SCORE_DESCRIPTION_WORDS > SCORE_OTHER);
        }
    }

    #[test]
    fn or_within_a_facet_and_across_facets() {
        let ds = dataset();
        let mut q = Query {
            kinds: vec![SiteKind::Temple, SiteKind::Cave],
            ..Query::default()
        };
        assert_eq!(
            sorted(ids(&ds, &run(&ds, &q, Lang::Vi))),
            ["an-sinh", "kiep-bac", "kinh-chu"]
        );
        q.provinces = vec!["hai-phong".to_string()];
        assert_eq!(ids(&ds, &run(&ds, &q, Lang::Vi)), ["kiep-bac", "kinh-chu"]);
        q.recognitions = vec![RecognitionKind::NationalTreasure];
        assert_eq!(ids(&ds, &run(&ds, &q, Lang::Vi)), ["kinh-chu"]);
        q.statuses = vec![SiteStatus::Dropped];
        assert!(run(&ds, &q, Lang::Vi).is_empty());

        let q = Query {
            eras: vec![Era::Ly, Era::Prehistoric],
            people: vec!["phap-loa".to_string(), "tran-hung-dao".to_string()],
            ..Query::default()
        };
        assert_eq!(ids(&ds, &run(&ds, &q, Lang::Vi)), ["hoa-yen"]);
        let q = Query {
            parts: vec![SeriesPart::Dissemination],
            ..Query::default()
        };
        assert_eq!(ids(&ds, &run(&ds, &q, Lang::Vi)), ["vinh-nghiem", "bo-da"]);
    }

    #[test]
    fn facet_counts_are_disjunctive_and_list_zeros() {
        let ds = dataset();
        let q = Query {
            kinds: vec![SiteKind::Cave],
            provinces: vec!["hai-phong".to_string()],
            ..Query::default()
        };
        let f = facet_counts(&ds, &q);
        assert_eq!(f.total, 1);
        // Kinds: counted within Hải Phòng, ignoring the kind filter itself.
        let kind = |k: SiteKind| f.kinds.iter().find(|v| v.value == k).map(|v| v.count);
        assert_eq!(f.kinds.len(), SiteKind::ALL.len());
        assert_eq!(kind(SiteKind::Pagoda), Some(3));
        assert_eq!(kind(SiteKind::Temple), Some(1));
        assert_eq!(kind(SiteKind::Cave), Some(1));
        assert_eq!(kind(SiteKind::Tomb), Some(0));
        assert!(f
            .kinds
            .iter()
            .any(|v| v.value == SiteKind::Cave && v.selected));
        assert!(f.kinds.iter().filter(|v| v.selected).count() == 1);
        // Provinces: counted among caves, ignoring the province filter.
        let prov: Vec<(&str, usize, bool)> = f
            .provinces
            .iter()
            .map(|v| (v.value.as_str(), v.count, v.selected))
            .collect();
        assert_eq!(
            prov,
            [
                ("quang-ninh", 0, false),
                ("bac-ninh", 0, false),
                ("hai-phong", 1, true)
            ]
        );
        let former: Vec<(&str, usize)> = f
            .former_provinces
            .iter()
            .map(|v| (v.value.as_str(), v.count))
            .collect();
        assert_eq!(former, [("bac-giang", 0), ("hai-duong", 1)]);
        // Other facets: within the current results.
        let status = |s: SiteStatus| f.statuses.iter().find(|v| v.value == s).map(|v| v.count);
        assert_eq!(status(SiteStatus::Component), Some(1));
        assert_eq!(status(SiteStatus::Dropped), Some(0));
        assert_eq!(f.eras.len(), Era::ALL.len());
        assert_eq!(f.recognitions.len(), RecognitionKind::ALL.len());
        assert_eq!(f.parts.len(), SeriesPart::ALL.len());
        // People: only those on some site, in people.json order.
        let people: Vec<&str> = f.people.iter().map(|v| v.value.as_str()).collect();
        assert_eq!(
            people,
            [
                "tran-nhan-tong",
                "phap-loa",
                "huyen-quang",
                "tran-hung-dao",
                "nguyen-trai"
            ]
        );
        assert!(f.people.iter().all(|v| v.count == 0));
    }

    #[test]
    fn facet_counts_without_filters_and_with_text() {
        let ds = dataset();
        let f = facet_counts(&ds, &Query::default());
        assert_eq!(f.total, ds.sites.len());
        let prov: Vec<usize> = f.provinces.iter().map(|v| v.count).collect();
        // Quảng Ninh also holds the associated and the dropped site.
        assert_eq!(prov, [7, 2, 5]);
        let f = facet_counts(&ds, &text_query("pháp loa"));
        assert_eq!(f.total, 4);
        let era_tran = f
            .eras
            .iter()
            .find(|v| v.value == Era::Tran)
            .map(|v| v.count);
        assert_eq!(era_tran, Some(4));
        let part = |p: SeriesPart| f.parts.iter().find(|v| v.value == p).map(|v| v.count);
        assert_eq!(part(SeriesPart::Founding), Some(2));
        assert_eq!(part(SeriesPart::Revival), Some(2));
        assert_eq!(part(SeriesPart::Dissemination), Some(0));
    }

    #[test]
    fn former_province_hai_duong() {
        let ds = dataset();
        let five = ["con-son", "kiep-bac", "thanh-mai", "kinh-chu", "nham-duong"];
        let q = Query {
            provinces: vec!["hai-duong".to_string()],
            ..Query::default()
        };
        assert_eq!(ids(&ds, &run(&ds, &q, Lang::Vi)), five);
        let q = Query {
            provinces: vec!["hai-phong".to_string()],
            ..Query::default()
        };
        assert_eq!(ids(&ds, &run(&ds, &q, Lang::Vi)), five);
        for text in ["Hải Dương", "hai duong", "HAI DUONG"] {
            let got = ids(&ds, &run(&ds, &text_query(text), Lang::Vi));
            assert_eq!(got, five, "{text}");
        }
        // A word before the last is a whole word: "bac" is not the start of "Bạch Đằng"; the
        // last word may be: "bach" finds "Bạch Đằng" as "bac" does while it is typed.
        let got = ids(&ds, &run(&ds, &text_query("Bắc Giang"), Lang::Vi));
        assert_eq!(got, ["vinh-nghiem", "bo-da"]);
        let got = ids(&ds, &run(&ds, &text_query("giang bac"), Lang::Vi));
        assert_eq!(got, ["vinh-nghiem", "bo-da", "yen-giang"]);
        // The facet counts the former province too.
        let f = facet_counts(&ds, &Query::default());
        let hd = f.former_provinces.iter().find(|v| v.value == "hai-duong");
        assert_eq!(hd.map(|v| v.count), Some(5));
    }

    #[test]
    fn unknown_ids_are_ignored_when_running() {
        let ds = dataset();
        let q = Query {
            provinces: vec!["atlantis".to_string()],
            people: vec!["nobody-at-all".to_string()],
            sort: Sort::DistanceFrom("nowhere".to_string()),
            ..Query::default()
        };
        assert_eq!(
            run(&ds, &q, Lang::Vi),
            run(&ds, &Query::default(), Lang::Vi)
        );
        // A known person on no site selects nothing.
        let q = Query {
            people: vec!["no-site".to_string()],
            ..Query::default()
        };
        assert!(run(&ds, &q, Lang::Vi).is_empty());
    }

    #[test]
    fn url_round_trip() {
        let q = Query {
            text: "Chùa Côn Sơn & Kiếp Bạc = 100% + \"x\", a/b?#".to_string(),
            provinces: vec!["hai-duong".to_string(), "hai-phong".to_string()],
            kinds: vec![SiteKind::Pagoda, SiteKind::Cave],
            eras: vec![Era::Tran, Era::LeTrungHung],
            parts: vec![SeriesPart::Revival],
            people: vec!["phap-loa".to_string(), "tran-nhan-tong".to_string()],
            recognitions: vec![RecognitionKind::NationalTreasure],
            statuses: vec![SiteStatus::Component, SiteStatus::Dropped],
            sort: Sort::DistanceFrom("con-son".to_string()),
        };
        let s = q.to_query_string();
        assert!(s.is_ascii());
        assert!(s.contains("kind=pagoda,cave"), "{s}");
        assert!(s.contains("sort=near:con-son"), "{s}");
        assert_eq!(Query::from_params(&parse_query_string(&s)), q);
        assert_eq!(Query::from_query_string(&format!("?{s}")), q);
        assert_eq!(q.to_params()[0], ("q".to_string(), q.text.clone()));
        for sort in [Sort::Component, Sort::Name] {
            let q2 = Query {
                sort,
                text: "Đền Kiếp Bạc".to_string(),
                ..Query::default()
            };
            assert_eq!(Query::from_query_string(&q2.to_query_string()), q2);
        }
        assert_eq!(Query::default().to_query_string(), "");
        assert_eq!(Query::from_query_string(""), Query::default());
    }

    #[test]
    fn same_view_same_url() {
        let a = Query {
            kinds: vec![SiteKind::Cave, SiteKind::Pagoda, SiteKind::Cave],
            provinces: vec!["hai-phong".to_string(), "bac-ninh".to_string()],
            ..Query::default()
        };
        let b = Query {
            kinds: vec![SiteKind::Pagoda, SiteKind::Cave],
            provinces: vec!["bac-ninh".to_string(), "hai-phong".to_string()],
            ..Query::default()
        };
        assert_eq!(a.to_query_string(), b.to_query_string());
        assert_eq!(
            a.to_query_string(),
            "province=bac-ninh,hai-phong&kind=pagoda,cave"
        );
    }

    #[test]
    fn parses_repeated_keys_plus_and_percent() {
        let q = Query::from_query_string("?kind=cave&kind=temple&q=c%C3%B4n+s%C6%A1n&sort=name");
        assert_eq!(q.kinds, [SiteKind::Temple, SiteKind::Cave]);
        assert_eq!(q.text, "côn sơn");
        assert_eq!(q.sort, Sort::Name);
        let pairs = parse_query_string("a=1&&b&c=%zz&d=%4&e=%&f=%E1%BB&g=x=y#frag=1");
        assert_eq!(
            pairs,
            [
                ("a".to_string(), "1".to_string()),
                ("b".to_string(), String::new()),
                ("c".to_string(), "%zz".to_string()),
                ("d".to_string(), "%4".to_string()),
                ("e".to_string(), "%".to_string()),
                ("f".to_string(), "\u{FFFD}".to_string()),
                ("g".to_string(), "x=y".to_string()),
            ]
        );
    }

    #[test]
    fn garbage_params_are_ignored() {
        let q = Query::from_query_string(
            "kind=pagoda,spaceship,,PAGODA&era=%ZZ,tran&part=middle&status=lost\
             &recognition=nobel&province=h%C3%A0i,,hai-duong&person=<script>\
             &sort=near:&zzz=1&=&&==&%&sort=sideways",
        );
        assert_eq!(q.kinds, [SiteKind::Pagoda]);
        assert_eq!(q.eras, [Era::Tran]);
        assert!(q.parts.is_empty() && q.statuses.is_empty() && q.recognitions.is_empty());
        assert_eq!(q.provinces, ["hai-duong"]);
        assert!(q.people.is_empty());
        assert_eq!(q.sort, Sort::Component);
        assert_eq!(q.text, "");
        // Arbitrary bytes never panic.
        for s in [
            "%",
            "%%%",
            "?&=",
            "q=%F0%9F",
            "q=\u{1F642}&kind=\u{0301}",
            "&&&&",
        ] {
            let _ = Query::from_query_string(s);
        }
    }

    #[test]
    fn sort_by_name_in_vietnamese_order() {
        let ds = dataset();
        let q = Query {
            sort: Sort::Name,
            ..Query::default()
        };
        let hits = run(&ds, &q, Lang::Vi);
        let names: Vec<&str> = hits
            .iter()
            .map(|h| ds.sites[h.site_index].name.vi.as_str())
            .collect();
        for w in names.windows(2) {
            assert_ne!(text::collate_vi(w[0], w[1]), Ordering::Greater, "{w:?}");
        }
        let pos = |n: &str| names.iter().position(|x| *x == n).unwrap_or(usize::MAX);
        // Đ after every C…; Thái after Đ.
        assert!(pos("Đền An Sinh") > pos("Chùa Vĩnh Nghiêm"));
        assert!(pos("Đền Kiếp Bạc") > pos("Đền An Sinh"));
        assert!(pos("Động Kính Chủ") > pos("Đền Kiếp Bạc"));
        assert!(pos("Thái Miếu nhà Trần") > pos("Động Kính Chủ"));
        assert_eq!(names[0], "Bãi cọc Yên Giang");
        // English names sort in English order.
        let hits = run(&ds, &q, Lang::En);
        let first = &ds.sites[hits[0].site_index].name.en;
        assert_eq!(first, "An Sinh Temple");
    }

    #[test]
    fn sort_by_distance() {
        let ds = dataset();
        let q = Query {
            sort: Sort::DistanceFrom("con-son".to_string()),
            ..Query::default()
        };
        let hits = run(&ds, &q, Lang::Vi);
        let got = ids(&ds, &hits);
        assert_eq!(got.len(), ds.sites.len() - 1);
        assert!(!got.contains(&"con-son".to_string()));
        assert_eq!(got[0], "kiep-bac");
        let d: Vec<f64> = hits.iter().filter_map(|h| h.distance_km).collect();
        assert_eq!(d.len(), hits.len());
        assert!(d.windows(2).all(|w| w[0] <= w[1]));
        assert!(d[0] > 3.0 && d[0] < 10.0, "{}", d[0]);
        // With text, name matches still come first.
        let q = Query {
            text: "pagoda".to_string(),
            ..q
        };
        let hits = run(&ds, &q, Lang::En);
        assert!(hits.iter().all(|h| h.name_match));
        // Unknown origin: component order, no distances.
        let q = Query {
            sort: Sort::DistanceFrom("nowhere".to_string()),
            ..Query::default()
        };
        let hits = run(&ds, &q, Lang::Vi);
        assert_eq!(ids(&ds, &hits)[0], "hoa-yen");
        assert!(hits.iter().all(|h| h.distance_km.is_none()));
    }

    #[test]
    fn toggle_and_clear() {
        let mut q = Query::default();
        toggle(&mut q.kinds, SiteKind::Cave);
        toggle(&mut q.kinds, SiteKind::Pagoda);
        toggle(&mut q.kinds, SiteKind::Cave);
        assert_eq!(q.kinds, [SiteKind::Pagoda]);
        q.text = "x".to_string();
        q.sort = Sort::Name;
        assert!(q.has_filters());
        assert_eq!(q.active_filter_count(), 1);
        q.clear_filters();
        assert!(!q.has_filters());
        assert_eq!(q.sort, Sort::Name);
    }

    #[test]
    fn index_matches_run() {
        let ds = dataset();
        let index = SearchIndex::build(&ds);
        assert_eq!(index.len(), ds.sites.len());
        assert!(index
            .searchable_text(7)
            .is_some_and(|b| b.contains("hai duong")));
        let q = text_query("chua");
        assert_eq!(
            run_indexed(&index, &ds, &q, Lang::Vi),
            run(&ds, &q, Lang::Vi)
        );
        assert_eq!(facet_counts_indexed(&index, &ds, &q), facet_counts(&ds, &q));
        let (hits, facets) = search(&index, &ds, &q, Lang::Vi);
        assert_eq!(hits, run(&ds, &q, Lang::Vi));
        assert_eq!(facets, facet_counts(&ds, &q));
        assert_eq!(facets.total, hits.len());
    }

    /// Timing on 5,000 synthetic sites: `cargo test --release --lib domain::query -- --ignored
    /// --nocapture`.
    #[test]
    #[ignore]
    fn perf_5000_sites() {
        let mut ds = dataset();
        let base = ds.sites.clone();
        let words = "Chùa nằm trên sườn núi, gắn với Trúc Lâm Yên Tử và các vị tổ; \
                     the pagoda stands on the mountainside among stupas and old trees. ";
        ds.sites = (0..5000)
            .map(|i| {
                let mut s = base[i % base.len()].clone();
                s.id = format!("{}-{i}", s.id);
                s.name.vi = format!("{} {i}", s.name.vi);
                s.description = t(&words.repeat(8), &words.repeat(8));
                s
            })
            .collect();
        let start = std::time::Instant::now();
        let index = SearchIndex::build(&ds);
        println!("index: {:?}", start.elapsed());
        for text in ["", "c", "con", "con son", "trần nhân tông", "xyzzy"] {
            let q = Query {
                text: text.to_string(),
                sort: Sort::Name,
                ..Query::default()
            };
            let start = std::time::Instant::now();
            let hits = run_indexed(&index, &ds, &q, Lang::Vi);
            let ran = start.elapsed();
            let start = std::time::Instant::now();
            let (_, f) = search(&index, &ds, &q, Lang::Vi);
            println!(
                "{text:?}: {} hits, {} total, run {ran:?}, search (run + facets) {:?}",
                hits.len(),
                f.total,
                start.elapsed()
            );
        }
    }
}

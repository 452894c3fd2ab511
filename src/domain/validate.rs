//! Checks the bundled data beyond its JSON shape: ids, references, sources, texts in both
//! languages, coordinates, dates and ⚠ notes. Every [`Problem`] names the file, the record id and
//! the field path, so a data editor can find it without reading Rust.

use super::dataset::{Dataset, FILES};
use super::date::IsoDate;
use super::model::{AreaKind, DatePrecision, Festival, KeyFact, Location, LunarDay, Site, Text};
use super::parse::LoadError;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::Path;

/// Fewest words a site description may have in each language.
pub const DESCRIPTION_MIN_WORDS: usize = 150;
/// Most words a site description may have in each language.
pub const DESCRIPTION_MAX_WORDS: usize = 300;
/// Southern and northern bounds (degrees) every point must fall within.
pub const LAT_RANGE: (f64, f64) = (20.8, 21.5);
/// Western and eastern bounds (degrees) every point must fall within.
pub const LON_RANGE: (f64, f64) = (105.9, 107.1);
/// Smallest precision radius (metres) an approximate location may claim.
pub const APPROXIMATE_MIN_PRECISION_M: u32 = 1000;

/// One thing wrong in the data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file, e.g. `sites.json`.
    pub file: String,
    /// The record: a site, person, milestone or source id, `property`, or `site/festival`.
    pub id: String,
    /// The field path inside the record, e.g. `facts[2].sources` or `description.en`.
    pub field: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}: {}: {}",
            self.file, self.id, self.field, self.message
        )
    }
}

const PROPERTY: &str = "property.json";
const SITES: &str = "sites.json";
const PEOPLE: &str = "people.json";
const TIMELINE: &str = "timeline.json";
const SOURCES: &str = "sources.json";

/// Runs every check over the dataset; an empty list means the data is sound.
pub fn validate(ds: &Dataset) -> Vec<Problem> {
    let mut c = Checker::new(ds);
    c.check_sources();
    c.check_property();
    c.check_sites();
    c.check_components();
    c.check_people();
    c.check_timeline();
    c.out
}

/// Reads the five files from `dir` and parses them; errors name the file, record, field, line
/// and column.
pub fn load_dir(dir: &Path) -> Result<Dataset, String> {
    let mut texts: Vec<String> = Vec::with_capacity(FILES.len());
    for file in FILES {
        let path = dir.join(file);
        match std::fs::read_to_string(&path) {
            Ok(t) => texts.push(t),
            Err(e) => return Err(format!("{file}: cannot read {}: {e}", path.display())),
        }
    }
    parse_texts([&texts[0], &texts[1], &texts[2], &texts[3], &texts[4]])
}

/// Parses the five files' texts (in [`FILES`] order) like [`Dataset::parse`], describing a failure
/// with the file, the record id and field path where they can be found, the line and the column.
pub fn parse_texts(texts: [&str; 5]) -> Result<Dataset, String> {
    Dataset::parse(texts).map_err(|err| {
        let text = FILES
            .iter()
            .position(|f| *f == err.file())
            .map_or("", |i| texts[i]);
        describe_load_error(&err, text)
    })
}

/// Describes a load error as `file: id: field: message (line L, column C)`, locating the record
/// and field from the position in `text` (the body of the failing file).
pub fn describe_load_error(err: &LoadError, text: &str) -> String {
    match err {
        LoadError::Json {
            file,
            line,
            column,
            path,
            message,
        } => {
            let (id, field) = record_and_field(file, text, path);
            // Syntax errors stop the parser after the field it names; shape errors are in it.
            let syntax = serde_json::from_str::<IgnoredAny>(text).is_err();
            let mut out = String::new();
            out.push_str(file);
            if let Some(id) = id {
                out.push_str(": ");
                out.push_str(&id);
            }
            if !field.is_empty() {
                out.push_str(if syntax { ": near " } else { ": " });
                out.push_str(&field);
            }
            out.push_str(&format!(": line {line}, column {column}: {message}"));
            out
        }
        other => other.to_string(),
    }
}

/// True for an id made of lowercase ASCII letters, digits and inner hyphens.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Number of whitespace-separated words.
pub fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// The project writes Vietnamese in one accent convention, that of the country's official name
/// (Cộng hòa): in a final `oa`, `oe` or `uy` with no consonant after it, the tone mark sits on the
/// first vowel (`hòa`, `tọa`, `khỏe`, `thủy`; `quý` keeps its mark on the `y`, since `qu` is one
/// consonant). Returns each word of `s` written the other way (`hoà`, `toạ`, `khoẻ`, `thuỷ`), with
/// its form in the project's convention.
pub fn old_accent_words(s: &str) -> Vec<(String, String)> {
    const TONES: [(char, &str); 5] = [
        ('a', "àáảãạ"),
        ('e', "èéẻẽẹ"),
        ('y', "ỳýỷỹỵ"),
        ('o', "òóỏõọ"),
        ('u', "ùúủũụ"),
    ];
    // The tone (0–4) and base letter of a marked vowel.
    let tone_of = |c: char| {
        let lower = c.to_lowercase().next().unwrap_or(c);
        TONES
            .iter()
            .find_map(|(base, marked)| marked.chars().position(|m| m == lower).map(|i| (*base, i)))
    };
    let marked = |base: char, tone: usize, upper: bool| {
        let c = TONES
            .iter()
            .find(|(b, _)| *b == base)
            .and_then(|(_, m)| m.chars().nth(tone))
            .unwrap_or(base);
        if upper {
            c.to_uppercase().next().unwrap_or(c)
        } else {
            c
        }
    };
    let mut out = Vec::new();
    for word in s.split(|c: char| !c.is_alphabetic()) {
        let chars: Vec<char> = word.chars().collect();
        let n = chars.len();
        if n < 2 {
            continue;
        }
        let (first, last) = (chars[n - 2], chars[n - 1]);
        let Some((base, tone)) = tone_of(last) else {
            continue;
        };
        let first_lower = first.to_lowercase().next().unwrap_or(first);
        let before = if n >= 3 {
            chars[n - 3].to_lowercase().next()
        } else {
            None
        };
        let old = match (first_lower, base) {
            ('o', 'a' | 'e') => true,
            ('u', 'y') => before != Some('q'),
            _ => false,
        };
        if !old {
            continue;
        }
        let mut fixed: String = chars[..n - 2].iter().collect();
        fixed.push(marked(first_lower, tone, first.is_uppercase()));
        fixed.push(if last.is_uppercase() {
            base.to_ascii_uppercase()
        } else {
            base
        });
        out.push((word.to_string(), fixed));
    }
    out
}

/// Checks an ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with real month lengths) and returns
/// its precision.
pub fn parse_iso_date(s: &str) -> Result<DatePrecision, String> {
    IsoDate::parse_checked(s).map(|d| d.precision())
}

fn precision_name(p: DatePrecision) -> &'static str {
    match p {
        DatePrecision::Year => "year (YYYY)",
        DatePrecision::Month => "month (YYYY-MM)",
        DatePrecision::Day => "day (YYYY-MM-DD)",
    }
}

/// `prefix.name`, or `name` at the top of a record.
fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix}.{name}")
    }
}

/// A record's id for messages: the id, or its position where the id is empty.
fn rid(id: &str, index: usize) -> String {
    if id.trim().is_empty() {
        format!("[{index}]")
    } else {
        id.to_string()
    }
}

struct Checker<'a> {
    ds: &'a Dataset,
    sources: HashSet<&'a str>,
    sites: HashSet<&'a str>,
    people: HashSet<&'a str>,
    provinces: HashSet<&'a str>,
    current_provinces: HashSet<&'a str>,
    actors: HashSet<&'a str>,
    out: Vec<Problem>,
}

impl<'a> Checker<'a> {
    fn new(ds: &'a Dataset) -> Self {
        let p = &ds.property;
        Checker {
            ds,
            sources: ds.sources.iter().map(|s| s.id.as_str()).collect(),
            sites: ds.sites.iter().map(|s| s.id.as_str()).collect(),
            people: ds.people.iter().map(|s| s.id.as_str()).collect(),
            provinces: p.provinces.iter().map(|s| s.id.as_str()).collect(),
            current_provinces: p
                .provinces
                .iter()
                .filter(|s| s.current)
                .map(|s| s.id.as_str())
                .collect(),
            actors: p.actors.iter().map(|s| s.id.as_str()).collect(),
            out: Vec::new(),
        }
    }

    fn push(&mut self, file: &str, id: &str, field: impl Into<String>, message: impl Into<String>) {
        self.out.push(Problem {
            file: file.to_string(),
            id: id.to_string(),
            field: field.into(),
            message: message.into(),
        });
    }

    /// Ids unique within one list, and slugs.
    fn unique_ids<'b>(
        &mut self,
        file: &str,
        items: impl Iterator<Item = (String, &'b str, String, String)>,
    ) {
        let mut seen: HashMap<&'b str, String> = HashMap::new();
        for (record, id, field, position) in items {
            if !is_slug(id) {
                self.push(
                    file,
                    &record,
                    field.clone(),
                    format!("\"{id}\" is not a slug (lowercase a-z, 0-9 and inner '-')"),
                );
            }
            if let Some(first) = seen.get(id) {
                self.push(
                    file,
                    &record,
                    field,
                    format!("duplicate id \"{id}\" (first at {first}, again at {position})"),
                );
            } else {
                seen.insert(id, position);
            }
        }
    }

    fn text(&mut self, file: &str, id: &str, field: &str, t: &Text) {
        if t.vi.trim().is_empty() {
            self.push(file, id, join(field, "vi"), "missing Vietnamese text");
        }
        self.accents(file, id, &join(field, "vi"), &t.vi);
        if t.en.trim().is_empty() {
            self.push(file, id, join(field, "en"), "missing English text");
        }
    }

    /// Vietnamese text in the project's one accent convention (see [`old_accent_words`]).
    fn accents(&mut self, file: &str, id: &str, field: &str, vi: &str) {
        for (old, new) in old_accent_words(vi) {
            self.push(
                file,
                id,
                field,
                format!("\"{old}\" is in the old accent placement; write \"{new}\" (as in \"Cộng hòa\")"),
            );
        }
    }

    fn opt_text(&mut self, file: &str, id: &str, field: &str, t: &Option<Text>) {
        if let Some(t) = t {
            self.text(file, id, field, t);
        }
    }

    fn strings(&mut self, file: &str, id: &str, field: &str, list: &[String]) {
        for (i, s) in list.iter().enumerate() {
            if s.trim().is_empty() {
                self.push(file, id, format!("{field}[{i}]"), "empty text");
            }
            self.accents(file, id, &format!("{field}[{i}]"), s);
        }
    }

    /// Source ids all resolve; `required` also asks for at least one.
    fn cite(&mut self, file: &str, id: &str, field: &str, list: &[String], required: bool) {
        if required && list.is_empty() {
            self.push(file, id, field, "cites no source");
        }
        let mut seen = HashSet::new();
        for (i, s) in list.iter().enumerate() {
            if !self.sources.contains(s.as_str()) {
                self.push(
                    file,
                    id,
                    field,
                    format!("unknown source \"{s}\" (at [{i}]; not in sources.json)"),
                );
            }
            if !seen.insert(s.as_str()) {
                self.push(file, id, field, format!("source \"{s}\" cited twice"));
            }
        }
    }

    /// References to ids of another kind all resolve.
    fn refs(&mut self, file: &str, id: &str, field: &str, list: &[String], kind: Kind) {
        for (i, r) in list.iter().enumerate() {
            let (known, what) = match kind {
                Kind::Site => (self.sites.contains(r.as_str()), "site (sites.json)"),
                Kind::Person => (self.people.contains(r.as_str()), "person (people.json)"),
                Kind::Actor => (
                    self.actors.contains(r.as_str()),
                    "actor (property.json actors)",
                ),
            };
            if !known {
                self.push(
                    file,
                    id,
                    format!("{field}[{i}]"),
                    format!("unknown {what} \"{r}\""),
                );
            }
        }
    }

    /// An `uncertain: true` item needs a note in both languages; any note must be complete.
    fn uncertain(
        &mut self,
        file: &str,
        id: &str,
        prefix: &str,
        uncertain: bool,
        note: &Option<Text>,
    ) {
        let field = join(prefix, "note");
        match note {
            None if uncertain => self.push(
                file,
                id,
                field,
                "uncertain: true needs a note saying what is uncertain",
            ),
            None => {}
            Some(t) => self.text(file, id, &field, t),
        }
    }

    fn fact(&mut self, file: &str, id: &str, prefix: &str, f: &KeyFact) {
        self.text(file, id, &join(prefix, "text"), &f.text);
        self.cite(file, id, &join(prefix, "sources"), &f.sources, true);
        self.uncertain(file, id, prefix, f.uncertain, &f.note);
    }

    /// `within` names a component with a location, and only on a place without its own.
    fn within(&mut self, f: &str, id: &str, ds: &Dataset, s: &Site) {
        let Some(w) = &s.within else { return };
        if s.location.is_some() {
            self.push(
                f,
                id,
                "within",
                "a place with a location of its own takes no \"within\"",
            );
        }
        if s.component.is_some() {
            self.push(f, id, "within", "a component has its own location");
        }
        match ds.site(w) {
            None => self.push(
                f,
                id,
                "within",
                format!("unknown site \"{w}\" (sites.json)"),
            ),
            Some(c) if c.component.is_none() || c.location.is_none() => self.push(
                f,
                id,
                "within",
                format!("\"{w}\" is not a component with a location"),
            ),
            Some(_) => {}
        }
    }

    /// No two sites share coordinates unless one declares `shares_position_of` the other, and
    /// every such declaration names a site with the same coordinates.
    fn shared_positions(&mut self, f: &str, ds: &Dataset) {
        let placed: Vec<(usize, &Site, &Location)> = ds
            .sites
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.location.as_ref().map(|l| (i, s, l)))
            .collect();
        let declares =
            |a: &Location, b: &Site| a.shares_position_of.as_deref() == Some(b.id.as_str());
        for (n, &(i, a, la)) in placed.iter().enumerate() {
            for &(_, b, lb) in &placed[n + 1..] {
                if la.lat == lb.lat && la.lon == lb.lon && !declares(la, b) && !declares(lb, a) {
                    self.push(
                        f,
                        &rid(&a.id, i),
                        "location",
                        format!(
                            "same coordinates as \"{}\" ({}, {}); give the place no location (and \"within\" its component), or declare \"shares_position_of\"",
                            b.id, la.lat, la.lon
                        ),
                    );
                }
            }
            if let Some(o) = &la.shares_position_of {
                let same = ds
                    .site(o)
                    .and_then(|b| b.location.as_ref())
                    .is_some_and(|lb| lb.lat == la.lat && lb.lon == la.lon);
                if !same {
                    self.push(
                        f,
                        &rid(&a.id, i),
                        "location.shares_position_of",
                        format!("\"{o}\" is not a site with the same coordinates"),
                    );
                }
            }
        }
    }

    fn location(&mut self, file: &str, id: &str, prefix: &str, l: &Location) {
        let (lat0, lat1) = LAT_RANGE;
        let (lon0, lon1) = LON_RANGE;
        if !(l.lat.is_finite() && (lat0..=lat1).contains(&l.lat)) {
            self.push(
                file,
                id,
                join(prefix, "lat"),
                format!("latitude {} is outside {lat0}–{lat1}", l.lat),
            );
        }
        if !(l.lon.is_finite() && (lon0..=lon1).contains(&l.lon)) {
            self.push(
                file,
                id,
                join(prefix, "lon"),
                format!("longitude {} is outside {lon0}–{lon1}", l.lon),
            );
        }
        if l.precision_m == 0 {
            self.push(file, id, join(prefix, "precision_m"), "must be > 0");
        }
        if l.approximate {
            if l.precision_m < APPROXIMATE_MIN_PRECISION_M {
                self.push(
                    file,
                    id,
                    join(prefix, "precision_m"),
                    format!(
                        "an approximate location needs precision_m >= {APPROXIMATE_MIN_PRECISION_M}, not {}",
                        l.precision_m
                    ),
                );
            }
            if l.note.is_none() {
                self.push(
                    file,
                    id,
                    join(prefix, "note"),
                    "an approximate location needs a note on how it was estimated",
                );
            }
        }
        self.opt_text(file, id, &join(prefix, "note"), &l.note);
        if let Some(s) = &l.source {
            self.cite(
                file,
                id,
                &join(prefix, "source"),
                std::slice::from_ref(s),
                false,
            );
        }
    }

    fn date(&mut self, file: &str, id: &str, field: &str, s: &str, want: Option<DatePrecision>) {
        match parse_iso_date(s) {
            Err(e) => self.push(file, id, field, e),
            Ok(p) => {
                if let Some(w) = want {
                    if p != w {
                        self.push(
                            file,
                            id,
                            field,
                            format!("\"{s}\" does not have the precision {}", precision_name(w)),
                        );
                    }
                }
            }
        }
    }

    fn lunar(&mut self, file: &str, id: &str, field: &str, d: &LunarDay) -> bool {
        let mut ok = true;
        if !(1..=12).contains(&d.month) {
            self.push(
                file,
                id,
                join(field, "month"),
                format!("lunar month {} is not 1–12", d.month),
            );
            ok = false;
        }
        if !(1..=30).contains(&d.day) {
            self.push(
                file,
                id,
                join(field, "day"),
                format!("lunar day {} is not 1–30", d.day),
            );
            ok = false;
        }
        ok
    }

    fn check_sources(&mut self) {
        let ds = self.ds;
        self.unique_ids(
            SOURCES,
            ds.sources.iter().enumerate().map(|(i, s)| {
                (
                    rid(&s.id, i),
                    s.id.as_str(),
                    "id".to_string(),
                    format!("[{i}]"),
                )
            }),
        );
        for (i, s) in ds.sources.iter().enumerate() {
            let id = rid(&s.id, i);
            if s.title.trim().is_empty() {
                self.push(SOURCES, &id, "title", "empty title");
            }
            if s.publisher.trim().is_empty() {
                self.push(SOURCES, &id, "publisher", "empty publisher");
            }
            if !(s.url.starts_with("http://") || s.url.starts_with("https://")) {
                self.push(
                    SOURCES,
                    &id,
                    "url",
                    format!("\"{}\" does not start with http:// or https://", s.url),
                );
            }
            if s.lang.trim().is_empty() {
                self.push(SOURCES, &id, "lang", "empty language code");
            }
            if let Some(d) = &s.date {
                self.date(SOURCES, &id, "date", d, None);
            }
        }
    }

    fn check_property(&mut self) {
        let p = &self.ds.property;
        let id = "property";
        let f = PROPERTY;
        self.text(f, id, "name", &p.name);
        self.text(f, id, "short_name", &p.short_name);
        self.text(f, id, "session", &p.session);
        self.text(f, id, "summary", &p.summary);
        self.date(f, id, "inscribed", &p.inscribed, Some(DatePrecision::Day));
        self.cite(f, id, "sources", &p.sources, true);
        for (i, c) in p.criteria.iter().enumerate() {
            let pre = format!("criteria[{i}]");
            if c.code.trim().is_empty() {
                self.push(f, id, join(&pre, "code"), "empty criterion code");
            }
            self.text(f, id, &join(&pre, "text"), &c.text);
            self.cite(f, id, &join(&pre, "sources"), &c.sources, true);
        }
        for (i, a) in p.areas.iter().enumerate() {
            let pre = format!("areas[{i}]");
            if !(a.hectares.is_finite() && a.hectares > 0.0) {
                self.push(f, id, join(&pre, "hectares"), "must be a positive number");
            }
            self.cite(f, id, &join(&pre, "sources"), &a.sources, true);
            self.uncertain(f, id, &pre, a.uncertain, &a.note);
        }
        for (i, s) in p.story.iter().enumerate() {
            let pre = format!("story[{i}]");
            self.text(f, id, &join(&pre, "title"), &s.title);
            self.text(f, id, &join(&pre, "text"), &s.text);
            self.refs(f, id, &join(&pre, "sites"), &s.sites, Kind::Site);
            self.cite(f, id, &join(&pre, "sources"), &s.sources, true);
        }
        self.location(f, id, "point", &p.point);
        if p.point.approximate {
            self.push(
                f,
                id,
                "point.approximate",
                "the property point must be exact",
            );
        }
        if p.point.source.is_none() {
            self.push(f, id, "point.source", "the property point needs a source");
        }
        for (i, fact) in p.facts.iter().enumerate() {
            self.fact(f, id, &format!("facts[{i}]"), fact);
        }
        self.unique_ids(
            f,
            p.provinces.iter().enumerate().map(|(i, v)| {
                let field = format!("provinces[{i}].id");
                (id.to_string(), v.id.as_str(), field.clone(), field)
            }),
        );
        for (i, v) in p.provinces.iter().enumerate() {
            let pre = format!("provinces[{i}]");
            self.text(f, id, &join(&pre, "name"), &v.name);
            if let Some(m) = &v.merged_into {
                if !self.current_provinces.contains(m.as_str()) {
                    self.push(
                        f,
                        id,
                        join(&pre, "merged_into"),
                        format!("\"{m}\" is not a current province in provinces"),
                    );
                }
            }
        }
        self.unique_ids(
            f,
            p.actors.iter().enumerate().map(|(i, v)| {
                let field = format!("actors[{i}].id");
                (id.to_string(), v.id.as_str(), field.clone(), field)
            }),
        );
        for (i, a) in p.actors.iter().enumerate() {
            self.text(f, id, &format!("actors[{i}].name"), &a.name);
        }
    }

    /// A festival of site `id` (`j`-th in its list): names, lunar days in order, sources, ⚠.
    fn check_festival(&mut self, id: &str, j: usize, fe: &Festival) {
        let f = SITES;
        let fid = format!("{id}/{}", fe.id);
        let fid = fid.as_str();
        let pre = format!("festivals[{j}]");
        self.text(f, fid, &join(&pre, "name"), &fe.name);
        self.text(f, fid, &join(&pre, "text"), &fe.text);
        let start_ok = self.lunar(f, fid, &join(&pre, "start"), &fe.start);
        // Without an end (a one-day festival, or one whose closing day the sources do
        // not give) the main day may be any day from the start on.
        let mut last = LunarDay { month: 12, day: 30 };
        if let Some(end) = &fe.end {
            if self.lunar(f, fid, &join(&pre, "end"), end) && start_ok {
                if *end < fe.start {
                    self.push(
                        f,
                        fid,
                        join(&pre, "end"),
                        format!(
                            "ends ({}/{}) before it starts ({}/{})",
                            end.day, end.month, fe.start.day, fe.start.month
                        ),
                    );
                }
                last = *end;
            }
        }
        if let Some(main) = &fe.main_day {
            if self.lunar(f, fid, &join(&pre, "main_day"), main)
                && start_ok
                && (*main < fe.start || *main > last)
            {
                self.push(
                    f,
                    fid,
                    join(&pre, "main_day"),
                    "main day is outside the festival's days (before start or after end)",
                );
            }
        }
        self.cite(f, fid, &join(&pre, "sources"), &fe.sources, true);
        self.uncertain(f, fid, &pre, fe.uncertain, &fe.note);
    }

    fn check_sites(&mut self) {
        let ds = self.ds;
        let f = SITES;
        self.unique_ids(
            f,
            ds.sites.iter().enumerate().map(|(i, s)| {
                (
                    rid(&s.id, i),
                    s.id.as_str(),
                    "id".to_string(),
                    format!("[{i}]"),
                )
            }),
        );
        self.unique_ids(
            f,
            ds.sites.iter().enumerate().flat_map(|(i, s)| {
                s.festivals.iter().enumerate().map(move |(j, fe)| {
                    (
                        format!("{}/{}", rid(&s.id, i), fe.id),
                        fe.id.as_str(),
                        format!("festivals[{j}].id"),
                        format!("[{i}].festivals[{j}]"),
                    )
                })
            }),
        );
        self.shared_positions(f, ds);
        for (i, s) in ds.sites.iter().enumerate() {
            self.check_site(&rid(&s.id, i), s);
        }
    }

    /// One site's fields (ids and shared positions are checked across all sites).
    fn check_site(&mut self, id: &str, s: &Site) {
        let (f, ds) = (SITES, self.ds);
        self.text(f, id, "name", &s.name);
        self.strings(f, id, "alt_names", &s.alt_names);
        for (field, prov) in [
            ("province_before", &s.province_before),
            ("province_now", &s.province_now),
        ] {
            if !self.provinces.contains(prov.as_str()) {
                self.push(
                    f,
                    id,
                    field,
                    format!("unknown province \"{prov}\" (property.json provinces)"),
                );
            }
        }
        if self.provinces.contains(s.province_now.as_str())
            && !self.current_provinces.contains(s.province_now.as_str())
        {
            self.push(
                f,
                id,
                "province_now",
                format!("\"{}\" is not a current province", s.province_now),
            );
        }
        self.text(f, id, "locality", &s.locality);
        match &s.location {
            Some(l) => self.location(f, id, "location", l),
            None if s.component.is_some() => {
                self.push(f, id, "location", "a component needs a location")
            }
            None => {}
        }
        self.within(f, id, ds, s);
        // Components must have a sourced era; for associated and dropped places the sources
        // often give none, and an empty list is better than a guess.
        if s.eras.is_empty() && s.component.is_some() {
            self.push(f, id, "eras", "no era");
        }
        if s.eras_uncertain && s.eras.is_empty() {
            self.push(f, id, "eras_uncertain", "no era to be uncertain about");
        }
        match &s.eras_note {
            None if s.eras_uncertain => self.push(
                f,
                id,
                "eras_note",
                "eras_uncertain: true needs a note saying what is uncertain",
            ),
            None => {}
            Some(t) => self.text(f, id, "eras_note", t),
        }
        self.opt_text(f, id, "founded", &s.founded);
        self.refs(f, id, "people", &s.people, Kind::Person);
        for (j, r) in s.recognitions.iter().enumerate() {
            let pre = format!("recognitions[{j}]");
            self.text(f, id, &join(&pre, "title"), &r.title);
            if let Some(d) = &r.date {
                self.date(f, id, &join(&pre, "date"), d, Some(DatePrecision::Day));
                if let (Some(y), Some(dy)) = (r.year, d.get(..4)) {
                    if dy != format!("{y:04}") {
                        self.push(
                            f,
                            id,
                            join(&pre, "year"),
                            format!("year {y} does not match date {d}"),
                        );
                    }
                }
            }
            self.cite(f, id, &join(&pre, "sources"), &r.sources, true);
            self.uncertain(f, id, &pre, r.uncertain, &r.note);
        }
        for (j, fe) in s.festivals.iter().enumerate() {
            self.check_festival(id, j, fe);
        }
        if let Some(v) = &s.visit {
            self.text(f, id, "visit.text", &v.text);
            self.date(f, id, "visit.as_of", &v.as_of, None);
            self.cite(f, id, "visit.sources", &v.sources, true);
            self.uncertain(f, id, "visit", v.uncertain, &v.note);
        }
        self.check_site_texts(id, s);
    }

    /// One site's summary, description, key facts, caveats and sources.
    fn check_site_texts(&mut self, id: &str, s: &Site) {
        let f = SITES;
        self.text(f, id, "summary", &s.summary);
        self.text(f, id, "description", &s.description);
        // A description names the place; "nó" ("it") for a monument reads as translated.
        if s.description
            .vi
            .split(|c: char| !c.is_alphabetic())
            .any(|w| w.to_lowercase() == "nó")
        {
            self.push(
                f,
                id,
                "description.vi",
                "calls the place \"nó\"; name it instead (\"chùa\", \"đền\", \"bãi cọc\"…)",
            );
        }
        for (lang, t) in [("vi", &s.description.vi), ("en", &s.description.en)] {
            let n = word_count(t);
            if n > 0 && !(DESCRIPTION_MIN_WORDS..=DESCRIPTION_MAX_WORDS).contains(&n) {
                self.push(
                    f,
                    id,
                    format!("description.{lang}"),
                    format!(
                        "{n} words; a description needs {DESCRIPTION_MIN_WORDS}–{DESCRIPTION_MAX_WORDS}"
                    ),
                );
            }
        }
        if s.facts.is_empty() {
            self.push(f, id, "facts", "no key fact");
        }
        for (j, fact) in s.facts.iter().enumerate() {
            self.fact(f, id, &format!("facts[{j}]"), fact);
        }
        for (j, c) in s.caveats.iter().enumerate() {
            let pre = format!("caveats[{j}]");
            self.text(f, id, &join(&pre, "text"), &c.text);
            self.cite(f, id, &join(&pre, "sources"), &c.sources, true);
        }
        self.cite(f, id, "sources", &s.sources, true);
    }

    fn check_components(&mut self) {
        use super::model::SiteStatus;
        let ds = self.ds;
        let f = SITES;
        let mut by_number: HashMap<u8, Vec<&str>> = HashMap::new();
        for (i, s) in ds.sites.iter().enumerate() {
            let id = rid(&s.id, i);
            match (s.status, s.component) {
                (SiteStatus::Component, None) => self.push(
                    f,
                    &id,
                    "component",
                    "status is component but there is no component number",
                ),
                (SiteStatus::Component, Some(n)) => {
                    if !(1..=12).contains(&n) {
                        self.push(
                            f,
                            &id,
                            "component",
                            format!("component number {n} is not 1–12"),
                        );
                    }
                    by_number.entry(n).or_default().push(s.id.as_str());
                }
                (_, Some(n)) => self.push(
                    f,
                    &id,
                    "component",
                    format!(
                        "component number {n} on a site whose status is {}",
                        s.status.id()
                    ),
                ),
                (_, None) => {}
            }
        }
        for (i, s) in ds.sites.iter().enumerate() {
            if let Some(n) = s.component {
                if let Some(ids) = by_number.get(&n) {
                    if ids.len() > 1 && ids.first() != Some(&s.id.as_str()) {
                        self.push(
                            f,
                            &rid(&s.id, i),
                            "component",
                            format!(
                                "component number {n} is also used by {}",
                                ids.iter()
                                    .copied()
                                    .filter(|o| *o != s.id)
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ),
                        );
                    }
                }
            }
        }
        let missing: Vec<String> = (1..=12u8)
            .filter(|n| !by_number.contains_key(n))
            .map(|n| n.to_string())
            .collect();
        if !missing.is_empty() {
            self.push(
                f,
                "components",
                "component",
                format!("no site has component number {}", missing.join(", ")),
            );
        }
        let count = ds
            .sites
            .iter()
            .filter(|s| s.status == SiteStatus::Component)
            .count();
        if usize::try_from(ds.property.component_count).ok() != Some(count) {
            self.push(
                PROPERTY,
                "property",
                "component_count",
                format!(
                    "says {} but sites.json has {count} components",
                    ds.property.component_count
                ),
            );
        }
    }

    fn check_people(&mut self) {
        let ds = self.ds;
        let f = PEOPLE;
        self.unique_ids(
            f,
            ds.people.iter().enumerate().map(|(i, p)| {
                (
                    rid(&p.id, i),
                    p.id.as_str(),
                    "id".to_string(),
                    format!("[{i}]"),
                )
            }),
        );
        for (i, p) in ds.people.iter().enumerate() {
            let id = rid(&p.id, i);
            let id = id.as_str();
            self.text(f, id, "name", &p.name);
            self.strings(f, id, "alt_names", &p.alt_names);
            self.text(f, id, "role", &p.role);
            self.text(f, id, "bio", &p.bio);
            if let (Some(b), Some(d)) = (p.born, p.died) {
                if d < b {
                    self.push(f, id, "died", format!("died {d} before born {b}"));
                }
            }
            self.refs(f, id, "sites", &p.sites, Kind::Site);
            self.cite(f, id, "sources", &p.sources, true);
            self.uncertain(f, id, "", p.uncertain, &p.note);
        }
    }

    fn check_timeline(&mut self) {
        let ds = self.ds;
        let f = TIMELINE;
        self.unique_ids(
            f,
            ds.timeline.iter().enumerate().map(|(i, m)| {
                (
                    rid(&m.id, i),
                    m.id.as_str(),
                    "id".to_string(),
                    format!("[{i}]"),
                )
            }),
        );
        let mut prev: Option<(IsoDate, IsoDate, String, String)> = None;
        for (i, m) in ds.timeline.iter().enumerate() {
            let id = rid(&m.id, i);
            let id = id.as_str();
            let start = IsoDate::parse(&m.date);
            self.date(f, id, "date", &m.date, Some(m.precision));
            let mut end = start;
            if let Some(end_text) = &m.end_date {
                end = IsoDate::parse(end_text);
                self.date(f, id, "end_date", end_text, Some(m.precision));
                if let (Some(s), Some(e)) = (start, end) {
                    if e < s {
                        self.push(
                            f,
                            id,
                            "end_date",
                            format!("{end_text} is before the start date {}", m.date),
                        );
                    }
                }
            }
            if let (Some(start), Some(end)) = (start, end) {
                if let Some((prev_start, prev_end, prev_id, prev_date)) = &prev {
                    if (start, end) < (*prev_start, *prev_end) {
                        self.push(
                            f,
                            id,
                            "date",
                            format!(
                                "out of chronological order: {} comes after {prev_id} ({prev_date})",
                                m.date
                            ),
                        );
                    }
                }
                prev = Some((start, end, id.to_string(), m.date.clone()));
            }
            self.text(f, id, "title", &m.title);
            self.text(f, id, "text", &m.text);
            self.refs(f, id, "actors", &m.actors, Kind::Actor);
            self.refs(f, id, "sites", &m.sites, Kind::Site);
            self.cite(f, id, "sources", &m.sources, true);
            self.uncertain(f, id, "", m.uncertain, &m.note);
        }
    }
}

/// A field of the data that carries one of the fact sheet's ⚠ (sources disagree, or the fact is
/// unconfirmed), for [`check_flagged`]. Key facts and recognitions are found by words of their
/// English text, so the list survives reordering.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Flagged<'a> {
    /// Every area figure of the property of this kind.
    Area(AreaKind),
    /// A key fact of the property whose English text contains the words.
    PropertyFact(&'a str),
    /// A key fact of site `.0` whose English text contains the words `.1`.
    SiteFact(&'a str, &'a str),
    /// A recognition of site `.0` whose English title contains the words `.1`.
    Recognition(&'a str, &'a str),
    /// Festival `.1` of site `.0`.
    Festival(&'a str, &'a str),
    /// The visitor information of a site.
    Visit(&'a str),
    /// The `eras` of a site (`eras_uncertain`).
    Eras(&'a str),
    /// A milestone of the timeline.
    Milestone(&'a str),
    /// A person.
    Person(&'a str),
}

/// Checks that every field in `list` (each with the fact sheet's wording of its ⚠) exists and is
/// marked `uncertain: true` (`eras_uncertain` for eras). The note itself is checked by
/// [`validate`].
pub fn check_flagged(ds: &Dataset, list: &[(&str, Flagged<'_>)]) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut push = |file: &str, id: &str, field: String, message: String| {
        out.push(Problem {
            file: file.to_string(),
            id: id.to_string(),
            field,
            message,
        })
    };
    let unflagged = |wording: &str| {
        format!("the fact sheet marks this ⚠ (\"{wording}\") but it is not marked uncertain: true")
    };
    let site = |id: &str| ds.sites.iter().find(|s| s.id == id);
    for (wording, at) in list {
        let missing = |what: &str| format!("{what} for the fact sheet's ⚠ (\"{wording}\")");
        match *at {
            Flagged::Area(kind) => {
                let mut found = false;
                for (i, a) in ds.property.areas.iter().enumerate() {
                    if a.kind == kind {
                        found = true;
                        if !a.uncertain {
                            push(
                                PROPERTY,
                                "property",
                                format!("areas[{i}]"),
                                unflagged(wording),
                            );
                        }
                    }
                }
                if !found {
                    let what = format!("no {} area", kind.id());
                    push(PROPERTY, "property", "areas".into(), missing(&what));
                }
            }
            Flagged::PropertyFact(words) => {
                match ds
                    .property
                    .facts
                    .iter()
                    .position(|f| f.text.en.contains(words))
                {
                    Some(i) if !ds.property.facts[i].uncertain => push(
                        PROPERTY,
                        "property",
                        format!("facts[{i}]"),
                        unflagged(wording),
                    ),
                    Some(_) => {}
                    None => {
                        let what = format!("no key fact containing \"{words}\"");
                        push(PROPERTY, "property", "facts".into(), missing(&what))
                    }
                }
            }
            Flagged::SiteFact(id, words) | Flagged::Recognition(id, words) => {
                let facts = matches!(at, Flagged::SiteFact(..));
                let field = if facts { "facts" } else { "recognitions" };
                let Some(s) = site(id) else {
                    push(SITES, id, field.into(), missing("no such site"));
                    continue;
                };
                let hit = if facts {
                    s.facts
                        .iter()
                        .position(|f| f.text.en.contains(words))
                        .map(|i| (i, s.facts[i].uncertain))
                } else {
                    s.recognitions
                        .iter()
                        .position(|r| r.title.en.contains(words))
                        .map(|i| (i, s.recognitions[i].uncertain))
                };
                match hit {
                    Some((i, false)) => {
                        push(SITES, id, format!("{field}[{i}]"), unflagged(wording))
                    }
                    Some(_) => {}
                    None => {
                        let what = format!("no entry in {field} containing \"{words}\"");
                        push(SITES, id, field.into(), missing(&what))
                    }
                }
            }
            Flagged::Festival(id, festival) => {
                let hit = site(id).and_then(|s| {
                    s.festivals
                        .iter()
                        .position(|f| f.id == festival)
                        .map(|j| (j, s.festivals[j].uncertain))
                });
                let rec = format!("{id}/{festival}");
                match hit {
                    Some((j, false)) => {
                        push(SITES, &rec, format!("festivals[{j}]"), unflagged(wording))
                    }
                    Some(_) => {}
                    None => push(SITES, &rec, "festivals".into(), missing("no such festival")),
                }
            }
            Flagged::Visit(id) => match site(id).map(|s| s.visit.as_ref().map(|v| v.uncertain)) {
                Some(Some(false)) => push(SITES, id, "visit".into(), unflagged(wording)),
                Some(Some(true)) => {}
                Some(None) => push(SITES, id, "visit".into(), missing("no visitor information")),
                None => push(SITES, id, "visit".into(), missing("no such site")),
            },
            Flagged::Eras(id) => match site(id) {
                Some(s) if !s.eras_uncertain => {
                    push(SITES, id, "eras_uncertain".into(), unflagged(wording))
                }
                Some(_) => {}
                None => push(SITES, id, "eras".into(), missing("no such site")),
            },
            Flagged::Milestone(id) => match ds.timeline.iter().find(|m| m.id == id) {
                Some(m) if !m.uncertain => {
                    push(TIMELINE, id, "uncertain".into(), unflagged(wording))
                }
                Some(_) => {}
                None => push(TIMELINE, id, "id".into(), missing("no such milestone")),
            },
            Flagged::Person(id) => match ds.people.iter().find(|p| p.id == id) {
                Some(p) if !p.uncertain => push(PEOPLE, id, "uncertain".into(), unflagged(wording)),
                Some(_) => {}
                None => push(PEOPLE, id, "id".into(), missing("no such person")),
            },
        }
    }
    out
}

#[derive(Clone, Copy)]
enum Kind {
    Site,
    Person,
    Actor,
}

// ---------------------------------------------------------------- locating a JSON error

/// The record id (`property`, or the `id` of the top-level element the path starts in) and the
/// field path inside that record, from a serde path such as `[3].facts[0].sources`.
fn record_and_field(file: &str, text: &str, path: &str) -> (Option<String>, String) {
    if file == PROPERTY {
        return (Some("property".to_string()), path.to_string());
    }
    let Some(rest) = path.strip_prefix('[') else {
        return (None, path.to_string());
    };
    let Some((index, field)) = rest.split_once(']') else {
        return (None, path.to_string());
    };
    let id = index
        .parse()
        .ok()
        .and_then(|n| record_id(text, n))
        .unwrap_or_else(|| format!("[{index}]"));
    (Some(id), field.trim_start_matches('.').to_string())
}

/// The `id` of record `n` in a top-level array, read as far as the text allows (it may be
/// malformed further on, which is why this is not a plain `Vec<Value>`).
fn record_id(text: &str, n: usize) -> Option<String> {
    let ids = RefCell::new(Vec::new());
    let mut de = serde_json::Deserializer::from_str(text);
    // An error only ends the reading; the ids read until then are what is wanted.
    let _ = de::Deserializer::deserialize_seq(&mut de, Records(&ids));
    ids.into_inner().into_iter().nth(n).flatten()
}

/// Visits the top-level records, noting each one's `id` as soon as it has been read.
struct Records<'a>(&'a RefCell<Vec<Option<String>>>);

impl<'de> Visitor<'de> for Records<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of records")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        loop {
            self.0.borrow_mut().push(None);
            if seq.next_element_seed(Records(self.0))?.is_none() {
                return Ok(());
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            if key == "id" {
                let id = map.next_value::<String>()?;
                if let Some(last) = self.0.borrow_mut().last_mut() {
                    *last = Some(id);
                }
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

impl<'de> DeserializeSeed<'de> for Records<'_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    fn words(n: usize, w: &str) -> String {
        vec![w; n].join(" ")
    }

    fn t(s: &str) -> Value {
        json!({"vi": format!("{s} (vi)"), "en": format!("{s} (en)")})
    }

    fn site(n: u8) -> Value {
        json!({
            "id": format!("site-{n}"),
            "name": t("Site"),
            "kind": "pagoda",
            "status": "component",
            "component": n,
            "part": "founding",
            "province_before": "old",
            "province_now": "new",
            "locality": t("Somewhere"),
            "location": {"lat": 21.0 + f64::from(n) / 100.0, "lon": 106.5, "precision_m": 3000,
                         "approximate": true, "note": t("estimate")},
            "eras": ["tran"],
            "people": ["p1"],
            "festivals": [{"id": format!("fest-{n}"), "name": t("Fest"),
                           "start": {"month": 1, "day": 10}, "end": {"month": 3, "day": 30},
                           "text": t("Fest text"), "sources": ["s1"]}],
            "summary": t("One line"),
            "description": {"vi": words(160, "chữ"), "en": words(160, "word")},
            "facts": [{"text": t("A fact"), "sources": ["s1"]}],
            "sources": ["s1"]
        })
    }

    fn sample() -> Value {
        json!({
            "property": {
                "name": t("Property"), "short_name": t("Prop"), "unesco_ref": 1732,
                "inscribed": "2025-07-12", "session": t("47th"), "component_count": 12,
                "criteria": [{"code": "iii", "text": t("crit"), "sources": ["s1"]}],
                "areas": [{"kind": "core", "hectares": 525.748, "sources": ["s1"]}],
                "story": [{"part": "founding", "title": t("T"), "text": t("X"),
                           "sites": ["site-1"], "sources": ["s1"]}],
                "point": {"lat": 21.119256, "lon": 106.535397, "precision_m": 100,
                          "approximate": false, "source": "s1"},
                "summary": t("Summary"),
                "facts": [{"text": t("fact"), "sources": ["s1"]}],
                "provinces": [{"id": "old", "name": t("Old"), "merged_into": "new", "current": false},
                              {"id": "new", "name": t("New"), "current": true}],
                "actors": [{"id": "new", "name": t("New")}],
                "sources": ["s1"]
            },
            "sites": (1..=12).map(site).collect::<Vec<_>>(),
            "people": [{"id": "p1", "name": t("P"), "role": t("R"), "bio": t("B"),
                        "sites": ["site-1"], "sources": ["s1"]}],
            "timeline": [
                {"id": "m1", "date": "2014", "precision": "year", "title": t("A"), "text": t("A"),
                 "phase": "tentative_list", "status": "done", "actors": ["new"], "sources": ["s1"]},
                {"id": "m2", "date": "2014-09-23", "precision": "day", "end_date": "2014-10-02",
                 "title": t("B"), "text": t("B"), "phase": "preparation", "status": "done",
                 "actors": [], "sites": ["site-2"], "sources": ["s1"]}
            ],
            "sources": [{"id": "s1", "title": "T", "publisher": "P",
                         "url": "https://example.org/", "lang": "en", "date": "2024-02-29"}]
        })
    }

    /// Reads a `serde_json` value built in a test into a record type.
    fn from_value<T: serde::de::DeserializeOwned>(v: &Value) -> T {
        serde_json::from_value(v.clone()).expect("test data reads")
    }

    fn build(v: &Value) -> Dataset {
        Dataset {
            property: from_value(&v["property"]),
            sites: from_value(&v["sites"]),
            people: from_value(&v["people"]),
            timeline: from_value(&v["timeline"]),
            sources: from_value(&v["sources"]),
        }
    }

    /// Validates a modified sample and returns the problems as strings.
    fn problems(edit: impl FnOnce(&mut Value)) -> Vec<String> {
        let mut v = sample();
        edit(&mut v);
        validate(&build(&v)).iter().map(|p| p.to_string()).collect()
    }

    fn has(ps: &[String], parts: &[&str]) -> bool {
        ps.iter().any(|p| parts.iter().all(|x| p.contains(x)))
    }

    #[test]
    fn sample_is_valid() {
        let ps = problems(|_| {});
        assert!(ps.is_empty(), "{ps:#?}");
    }

    #[test]
    fn display_names_file_id_field() {
        let p = Problem {
            file: "sites.json".into(),
            id: "con-son".into(),
            field: "facts[2].sources".into(),
            message: "cites no source".into(),
        };
        assert_eq!(
            p.to_string(),
            "sites.json: con-son: facts[2].sources: cites no source"
        );
    }

    #[test]
    fn duplicate_ids() {
        let ps = problems(|v| v["sites"][1]["id"] = json!("site-1"));
        assert!(
            has(&ps, &["sites.json: site-1: id: duplicate", "[0]", "[1]"]),
            "{ps:#?}"
        );
        let ps = problems(|v| v["sites"][1]["festivals"][0]["id"] = json!("fest-1"));
        assert!(
            has(
                &ps,
                &["sites.json", "fest-1", "festivals[0].id", "duplicate"]
            ),
            "{ps:#?}"
        );
    }

    #[test]
    fn unresolved_references() {
        let ps = problems(|v| {
            v["sites"][0]["people"] = json!(["nobody"]);
            v["people"][0]["sites"] = json!(["nowhere"]);
            v["timeline"][0]["actors"] = json!(["ghost"]);
            v["sites"][3]["facts"][0]["sources"] = json!(["s404"]);
            v["sites"][4]["province_now"] = json!("old");
            v["property"]["story"][0]["sites"] = json!(["x"]);
        });
        assert!(
            has(&ps, &["sites.json: site-1: people[0]: unknown person"]),
            "{ps:#?}"
        );
        assert!(
            has(&ps, &["people.json: p1: sites[0]: unknown site"]),
            "{ps:#?}"
        );
        assert!(
            has(&ps, &["timeline.json: m1: actors[0]: unknown actor"]),
            "{ps:#?}"
        );
        assert!(has(
            &ps,
            &["sites.json: site-4: facts[0].sources: unknown source \"s404\""]
        ));
        assert!(
            has(&ps, &["site-5: province_now", "not a current"]),
            "{ps:#?}"
        );
        assert!(
            has(&ps, &["property.json: property: story[0].sites[0]"]),
            "{ps:#?}"
        );
    }

    #[test]
    fn components() {
        let ps = problems(|v| v["sites"][1]["component"] = json!(1));
        assert!(
            has(&ps, &["site-2: component: component number 1 is also used"]),
            "{ps:#?}"
        );
        assert!(has(&ps, &["no site has component number 2"]), "{ps:#?}");
        let ps = problems(|v| v["sites"][11]["component"] = json!(13));
        assert!(
            has(&ps, &["site-12: component: component number 13"]),
            "{ps:#?}"
        );
        let ps = problems(|v| v["sites"][0]["status"] = json!("associated"));
        assert!(
            has(&ps, &["site-1: component:", "status is associated"]),
            "{ps:#?}"
        );
        assert!(
            has(&ps, &["property.json: property: component_count"]),
            "{ps:#?}"
        );
    }

    #[test]
    fn texts_and_descriptions() {
        let ps = problems(|v| {
            v["sites"][0]["name"]["en"] = json!("  ");
            v["sites"][1]["description"]["vi"] = json!(words(149, "a"));
            v["sites"][2]["description"]["en"] = json!(words(301, "a"));
            v["people"][0]["bio"]["vi"] = json!("");
        });
        assert!(has(&ps, &["site-1: name.en: missing English"]), "{ps:#?}");
        assert!(has(&ps, &["site-2: description.vi: 149 words"]), "{ps:#?}");
        assert!(has(&ps, &["site-3: description.en: 301 words"]), "{ps:#?}");
        assert!(
            has(&ps, &["people.json: p1: bio.vi: missing Vietnamese"]),
            "{ps:#?}"
        );
    }

    #[test]
    fn citations_required() {
        let ps = problems(|v| {
            v["sites"][0]["sources"] = json!([]);
            v["sites"][0]["facts"][0]["sources"] = json!([]);
            v["timeline"][1]["sources"] = json!([]);
            v["people"][0]["sources"] = json!([]);
        });
        assert!(has(&ps, &["site-1: sources: cites no source"]), "{ps:#?}");
        assert!(
            has(&ps, &["site-1: facts[0].sources: cites no source"]),
            "{ps:#?}"
        );
        assert!(has(&ps, &["timeline.json: m2: sources"]), "{ps:#?}");
        assert!(has(&ps, &["people.json: p1: sources"]), "{ps:#?}");
    }

    #[test]
    fn locations() {
        let ps = problems(|v| {
            v["sites"][0]["location"]["lat"] = json!(10.8);
            v["sites"][1]["location"]["precision_m"] = json!(50);
            v["sites"][2]["location"]
                .as_object_mut()
                .unwrap()
                .remove("note");
            v["property"]["point"]["approximate"] = json!(true);
        });
        assert!(
            has(&ps, &["site-1: location.lat: latitude 10.8"]),
            "{ps:#?}"
        );
        assert!(has(&ps, &["site-2: location.precision_m"]), "{ps:#?}");
        assert!(has(&ps, &["site-3: location.note"]), "{ps:#?}");
        assert!(has(&ps, &["property: point.approximate"]), "{ps:#?}");
    }

    #[test]
    fn shared_positions_need_a_declaration() {
        let same = |v: &mut Value| {
            v["sites"][1]["location"]["lat"] = v["sites"][0]["location"]["lat"].clone();
        };
        let ps = problems(same);
        assert!(
            has(&ps, &["site-1: location: same coordinates as \"site-2\""]),
            "{ps:#?}"
        );
        let ps = problems(|v| {
            same(v);
            v["sites"][1]["location"]["shares_position_of"] = json!("site-1");
        });
        assert!(ps.is_empty(), "{ps:#?}");
        // A declaration must name a site on the same point.
        let ps = problems(|v| {
            v["sites"][1]["location"]["shares_position_of"] = json!("site-3");
        });
        assert!(
            has(&ps, &["site-2: location.shares_position_of", "site-3"]),
            "{ps:#?}"
        );
    }

    #[test]
    fn within_names_a_component_and_replaces_the_location() {
        let ps = problems(|v| {
            v["sites"][0].as_object_mut().unwrap().remove("location");
        });
        assert!(
            has(&ps, &["site-1: location: a component needs"]),
            "{ps:#?}"
        );
        let ps = problems(|v| {
            v["sites"][1]["within"] = json!("site-1");
            v["sites"][2]["within"] = json!("nowhere");
        });
        assert!(
            has(&ps, &["site-2: within: a place with a location"]),
            "{ps:#?}"
        );
        assert!(has(&ps, &["site-2: within: a component"]), "{ps:#?}");
        assert!(has(&ps, &["site-3: within: unknown site"]), "{ps:#?}");
    }

    #[test]
    fn dates() {
        assert_eq!(parse_iso_date("2024-02-29"), Ok(DatePrecision::Day));
        assert!(parse_iso_date("2023-02-29").is_err());
        assert!(parse_iso_date("1900-02-29").is_err());
        assert_eq!(parse_iso_date("2000-02-29"), Ok(DatePrecision::Day));
        assert!(parse_iso_date("2024-04-31").is_err());
        assert!(parse_iso_date("2024-13").is_err());
        assert!(parse_iso_date("24-01-01").is_err());
        assert!(parse_iso_date("2024-1-01").is_err());
        assert_eq!(parse_iso_date("2015"), Ok(DatePrecision::Year));
        assert_eq!(parse_iso_date("2022-01"), Ok(DatePrecision::Month));
        let ps = problems(|v| {
            v["timeline"][1]["date"] = json!("2014-09");
            v["sources"][0]["date"] = json!("2024-02-30");
        });
        assert!(
            has(&ps, &["timeline.json: m2: date:", "precision"]),
            "{ps:#?}"
        );
        assert!(has(&ps, &["sources.json: s1: date:", "day 30"]), "{ps:#?}");
        let ps = problems(|v| v["timeline"][1]["end_date"] = json!("2014-09-01"));
        assert!(has(&ps, &["m2: end_date:", "before the start"]), "{ps:#?}");
    }

    #[test]
    fn timeline_order() {
        let ps = problems(|v| v["timeline"][0]["date"] = json!("2015"));
        assert!(
            has(
                &ps,
                &["timeline.json: m2: date: out of chronological order"]
            ),
            "{ps:#?}"
        );
    }

    #[test]
    fn lunar_days() {
        let ps = problems(|v| {
            v["sites"][0]["festivals"][0]["start"] = json!({"month": 13, "day": 1});
            v["sites"][1]["festivals"][0]["end"] = json!({"month": 1, "day": 2});
            v["sites"][2]["festivals"][0]["start"]["day"] = json!(31);
        });
        assert!(
            has(&ps, &["site-1/fest-1: festivals[0].start.month"]),
            "{ps:#?}"
        );
        assert!(
            has(&ps, &["site-2/fest-2: festivals[0].end: ends"]),
            "{ps:#?}"
        );
        assert!(
            has(&ps, &["site-3/fest-3: festivals[0].start.day"]),
            "{ps:#?}"
        );
        let ps = problems(|v| {
            let f = &mut v["sites"][0]["festivals"][0];
            f.as_object_mut().unwrap().remove("end");
            f["main_day"] = json!({"month": 1, "day": 20});
        });
        assert!(
            ps.is_empty(),
            "open-ended festival with a later main day: {ps:#?}"
        );
        let ps = problems(|v| {
            v["sites"][0]["festivals"][0]["main_day"] = json!({"month": 1, "day": 5});
            v["sites"][1]["festivals"][0]["main_day"] = json!({"month": 4, "day": 1});
        });
        assert!(
            has(&ps, &["site-1/fest-1: festivals[0].main_day"]),
            "{ps:#?}"
        );
        assert!(
            has(&ps, &["site-2/fest-2: festivals[0].main_day"]),
            "{ps:#?}"
        );
    }

    #[test]
    fn uncertain_needs_note() {
        let ps = problems(|v| {
            v["sites"][0]["facts"][0]["uncertain"] = json!(true);
            v["timeline"][0]["uncertain"] = json!(true);
            v["people"][0]["uncertain"] = json!(true);
            v["people"][0]["note"] = json!({"vi": "x", "en": ""});
        });
        assert!(
            has(&ps, &["sites.json: site-1: facts[0].note: uncertain"]),
            "{ps:#?}"
        );
        assert!(has(&ps, &["timeline.json: m1: note:"]), "{ps:#?}");
        assert!(has(&ps, &["people.json: p1: note.en"]), "{ps:#?}");
    }

    #[test]
    fn sources_file() {
        let ps = problems(|v| {
            v["sources"][0]["url"] = json!("example.org");
            v["sources"][0]["lang"] = json!("");
        });
        assert!(has(&ps, &["sources.json: s1: url"]), "{ps:#?}");
        assert!(has(&ps, &["sources.json: s1: lang"]), "{ps:#?}");
    }

    #[test]
    fn slugs() {
        assert!(is_slug("con-son"));
        assert!(is_slug("s12"));
        assert!(!is_slug("Con-son"));
        assert!(!is_slug("côn-sơn"));
        assert!(!is_slug("-x"));
        assert!(!is_slug(""));
    }

    #[test]
    fn load_error_names_record_and_field() {
        let mut v = sample();
        v["sites"][2]["component"] = json!("three");
        let sites = serde_json::to_string_pretty(&v["sites"]).unwrap();
        let others: Vec<String> = ["property", "people", "timeline", "sources"]
            .iter()
            .map(|k| serde_json::to_string_pretty(&v[*k]).unwrap())
            .collect();
        let err =
            parse_texts([&others[0], &sites, &others[1], &others[2], &others[3]]).unwrap_err();
        assert!(
            err.starts_with("sites.json: site-3: component: line "),
            "{err}"
        );
        assert!(err.contains("column"), "{err}");

        let err = parse_texts([
            &others[0],
            "[\n  {\"id\": }\n]",
            &others[1],
            &others[2],
            &others[3],
        ])
        .unwrap_err();
        assert!(err.starts_with("sites.json"), "{err}");
        assert!(err.contains("line 2, column"), "{err}");

        let mut p = v["property"].clone();
        p["point"]["lat"] = json!("north");
        let prop = serde_json::to_string_pretty(&p).unwrap();
        let err = parse_texts([&prop, &sites, &others[1], &others[2], &others[3]]).unwrap_err();
        assert!(
            err.starts_with("property.json: property: point.lat: line "),
            "{err}"
        );
    }

    #[test]
    fn one_accent_convention() {
        let pairs = |s: &str| -> Vec<(String, String)> { old_accent_words(s) };
        let w = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            pairs("Cộng Hoà, toạ độ, hoả táng, Thuỷ Nguyệt, khoẻ, tuỳ, HOÀ"),
            vec![
                w("Hoà", "Hòa"),
                w("toạ", "tọa"),
                w("hoả", "hỏa"),
                w("Thuỷ", "Thủy"),
                w("khoẻ", "khỏe"),
                w("tuỳ", "tùy"),
                w("HOÀ", "HÒA"),
            ]
        );
        // The project's convention, "qu" + y, and words with a final consonant pass.
        assert!(
            pairs("Cộng hòa, tọa độ, thủy, quý, Quỳnh Lâm, hoàng, thuyền, khoảng, Hoà-").len() == 1
        );
        let ps = problems(|v| {
            v["sites"][0]["summary"]["vi"] = json!("Xã Cộng Hoà");
            v["sites"][1]["summary"]["en"] = json!("Cộng Hoà commune");
        });
        assert!(
            has(&ps, &["site-1: summary.vi:", "\"Hoà\"", "\"Hòa\""]),
            "{ps:#?}"
        );
        assert!(!has(&ps, &["site-2: summary.en"]), "{ps:#?}");
    }

    #[test]
    fn descriptions_name_the_place() {
        let ps = problems(|v| {
            let d = v["sites"][0]["description"]["vi"]
                .as_str()
                .unwrap_or("")
                .to_string();
            v["sites"][0]["description"]["vi"] = json!(format!("{d} Nó nằm trên núi."));
            let d = v["sites"][1]["description"]["vi"]
                .as_str()
                .unwrap_or("")
                .to_string();
            v["sites"][1]["description"]["vi"] =
                json!(format!("{d} Chùa nằm trên núi, nói chung."));
        });
        assert!(has(&ps, &["site-1: description.vi:", "\"nó\""]), "{ps:#?}");
        assert!(!has(&ps, &["site-2: description.vi"]), "{ps:#?}");
    }

    #[test]
    fn words_are_whitespace_tokens() {
        assert_eq!(word_count("  Côn  Sơn\nKiếp\tBạc "), 4);
    }
}

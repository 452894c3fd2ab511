//! The people index's lifelines: who lived when, drawn from `people.json`, with the events the
//! data dates as marks. Everything the chart and its table alternative show is worked out here,
//! once, so that both hold the same facts: the groups (from the role text), the rows, the shared
//! time axis (scale and ticks), which records count as a dated event, and the wording of dates.
//!
//! Only dated data is drawn: a life's bar starts at the year of birth and ends at the year of
//! death where the data gives them; a missing year is drawn as a dotted stub of fixed length
//! (a length in the drawing, not in years) and said in words ("not given in the data").

use crate::domain::dataset::Dataset;
use crate::domain::model::{Lang, Person, Site};

/// The groups of the people index. `people.json` has no group field: the group is read from the
/// English role text by [`group_of`], by the rule [`GROUP_RULE`] states.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    /// The role names Trúc Lâm.
    TrucLam,
    /// The role names a king or a general.
    Rulers,
    /// The role names a monk or a Zen master (outside Trúc Lâm).
    Monks,
    /// The role names a scholar.
    Scholars,
    /// Anything else.
    Others,
}

/// Every group, in the page's order.
pub const GROUPS: [Group; 5] = [
    Group::TrucLam,
    Group::Rulers,
    Group::Monks,
    Group::Scholars,
    Group::Others,
];

/// How the groups are made, as the page states it.
pub const GROUP_RULE: (&str, &str) = (
    "Mỗi người được xếp nhóm theo vai trò ghi bên tên mình, theo từ đầu tiên khớp: “Trúc Lâm”, rồi “vua” hoặc “tướng”, rồi “thiền sư” hoặc “nhà sư”, rồi “nhà nho”; những người còn lại ở mục “Những người khác”.",
    "Each person is grouped by the role given beside their name, by the first word that matches: “Trúc Lâm”, then “king” or “general”, then “Zen master” or “monk”, then “scholar”; everyone else is under “Others”.",
);

impl Group {
    /// The group's heading.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Group::TrucLam => lang.t("Các vị tổ Trúc Lâm", "The Trúc Lâm patriarchs"),
            Group::Rulers => lang.t("Vua và tướng", "Kings and generals"),
            Group::Monks => lang.t("Các thiền sư khác", "Other monks"),
            Group::Scholars => lang.t("Nhà nho", "Scholars"),
            Group::Others => lang.t("Những người khác", "Others"),
        }
    }

    /// A slug for ids and classes.
    pub fn id(self) -> &'static str {
        match self {
            Group::TrucLam => "truc-lam",
            Group::Rulers => "rulers",
            Group::Monks => "monks",
            Group::Scholars => "scholars",
            Group::Others => "others",
        }
    }
}

/// The group of a person, from the English role text (see [`GROUP_RULE`]).
pub fn group_of(p: &Person) -> Group {
    let role = p.role.en.to_lowercase();
    let has = |w: &str| role.contains(w);
    if has("trúc lâm") {
        Group::TrucLam
    } else if has("king") || has("general") {
        Group::Rulers
    } else if has("zen master") || has("monk") {
        Group::Monks
    } else if has("scholar") {
        Group::Scholars
    } else {
        Group::Others
    }
}

/// The people of each group, in the data's order; empty groups left out.
pub fn grouped(ds: &Dataset) -> Vec<(Group, Vec<&Person>)> {
    GROUPS
        .iter()
        .map(|&g| (g, ds.people.iter().filter(|p| group_of(p) == g).collect()))
        .filter(|(_, ps): &(Group, Vec<&Person>)| !ps.is_empty())
        .collect()
}

/// A person's life dates in words, at the data's precision (years): "1637–1704",
/// "? – 1308 (năm sinh không rõ)"… `None` when the data gives neither year.
pub fn dates_text(p: &Person, lang: Lang) -> Option<String> {
    match (p.born, p.died) {
        (Some(b), Some(d)) => Some(format!("{b}–{d}")),
        (None, Some(d)) => Some(match lang {
            Lang::Vi => format!("mất năm {d}; năm sinh không có trong dữ liệu"),
            Lang::En => format!("died {d}; year of birth not given in the data"),
        }),
        (Some(b), None) => Some(match lang {
            Lang::Vi => format!("sinh năm {b}; năm mất không có trong dữ liệu"),
            Lang::En => format!("born {b}; year of death not given in the data"),
        }),
        (None, None) => None,
    }
}

/// A year cell of the table: the year, or "not given in the data".
pub fn year_cell(year: Option<i32>, lang: Lang) -> String {
    year.map_or_else(
        || {
            lang.t("không có trong dữ liệu", "not given in the data")
                .to_string()
        },
        |y| y.to_string(),
    )
}

/// How a dated event's year is meant: on it, before it, after it (as the data's text says).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Qualifier {
    /// In that year.
    At,
    /// Before that year ("before 1220").
    Before,
    /// After that year ("after … 1300").
    After,
}

impl Qualifier {
    /// The year with its qualifier: "1288", "trước 1220", "after 1300".
    pub fn with_year(self, year: i32, lang: Lang) -> String {
        match (self, lang) {
            (Qualifier::At, _) => year.to_string(),
            (Qualifier::Before, Lang::Vi) => format!("trước {year}"),
            (Qualifier::Before, Lang::En) => format!("before {year}"),
            (Qualifier::After, Lang::Vi) => format!("sau {year}"),
            (Qualifier::After, Lang::En) => format!("after {year}"),
        }
    }
}

/// The first year (1000–1899) a text names, with "before"/"after" when the words before it in the
/// same clause (since the last comma) say so. Centuries ("13th century") are not years.
pub fn first_year(text: &str) -> Option<(i32, Qualifier)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i + 4 <= bytes.len() {
        let digits = bytes[i..i + 4].iter().all(u8::is_ascii_digit);
        let before_ok = i == 0 || !bytes[i - 1].is_ascii_digit();
        let after_ok = i + 4 == bytes.len() || !bytes[i + 4].is_ascii_digit();
        if digits && before_ok && after_ok {
            let year: i32 = text[i..i + 4].parse().ok()?;
            if !(1000..1900).contains(&year) {
                i += 4;
                continue;
            }
            let clause = text[..i].rsplit(',').next().unwrap_or("").to_lowercase();
            let words: Vec<&str> = clause
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            let q = if words.contains(&"before") {
                Qualifier::Before
            } else if words.contains(&"after") {
                Qualifier::After
            } else {
                Qualifier::At
            };
            return Some((year, q));
        }
        i += 1;
    }
    None
}

/// A dated event drawn as a mark: a site's founding where its `founded` text names a year, or a
/// timeline milestone dated before 1900.
#[derive(Clone, Debug, PartialEq)]
pub struct DatedEvent {
    /// The year.
    pub year: i32,
    /// On, before or after that year.
    pub qualifier: Qualifier,
    /// The site it belongs to, where it is a founding.
    pub site: Option<String>,
    /// What it is, in (Vietnamese, English): the site's name and the data's own founding text, or
    /// the milestone's title.
    pub label: (String, String),
}

impl DatedEvent {
    /// The label in `lang`.
    pub fn label(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.label.0,
            Lang::En => &self.label.1,
        }
    }
}

/// The founding of `site` as a dated event, where its English `founded` text names a year (the
/// Vietnamese text must name the same year, or nothing is drawn).
pub fn founding(site: &Site) -> Option<DatedEvent> {
    let founded = site.founded.as_ref()?;
    let (year, qualifier) = first_year(&founded.en)?;
    let vi_year = first_year(&founded.vi).map(|(y, _)| y);
    (vi_year == Some(year)).then(|| DatedEvent {
        year,
        qualifier,
        site: Some(site.id.clone()),
        label: (
            format!("{}: {}", site.name.vi, founded.vi),
            format!("{}: {}", site.name.en, founded.en),
        ),
    })
}

/// Every dated event, by year: timeline milestones before 1900 (dated by their `date`), then
/// site foundings whose text names a year.
pub fn dated_events(ds: &Dataset) -> Vec<DatedEvent> {
    let mut out: Vec<DatedEvent> = ds
        .timeline
        .iter()
        .filter_map(|m| {
            let year: i32 = m.date.get(..4)?.parse().ok()?;
            (year < 1900).then(|| DatedEvent {
                year,
                qualifier: Qualifier::At,
                site: None,
                label: (m.title.vi.clone(), m.title.en.clone()),
            })
        })
        .chain(ds.sites.iter().filter_map(founding))
        .collect();
    out.sort_by_key(|e| e.year);
    out
}

/// One person's row of the chart and the table.
#[derive(Clone, Debug, PartialEq)]
pub struct LifeRow<'a> {
    /// The person.
    pub person: &'a Person,
    /// Their group.
    pub group: Group,
}

/// The people with at least one year in the data, by group, then by the first year known.
pub fn rows(ds: &Dataset) -> Vec<LifeRow<'_>> {
    let mut out: Vec<LifeRow> = ds
        .people
        .iter()
        .filter(|p| p.born.is_some() || p.died.is_some())
        .map(|p| LifeRow {
            person: p,
            group: group_of(p),
        })
        .collect();
    out.sort_by_key(|r| (r.group, r.person.born.or(r.person.died)));
    out
}

/// The people the data gives no year for.
pub fn undated(ds: &Dataset) -> Vec<&Person> {
    ds.people
        .iter()
        .filter(|p| p.born.is_none() && p.died.is_none())
        .collect()
}

/// The width of a row's track (SVG user units; the names are beside it, in HTML).
pub const WIDTH: f64 = 600.0;
/// Space left of the axis, in the track.
pub const LEFT: f64 = 14.0;
/// Space right of the axis.
pub const RIGHT: f64 = 14.0;
/// Length of the dotted stub that stands for a year the data does not give (track units).
pub const STUB: f64 = 40.0;

/// The shared time axis: years `min..=max` over `LEFT..WIDTH - RIGHT`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    /// First year of the axis.
    pub min: i32,
    /// Last year of the axis.
    pub max: i32,
}

impl Scale {
    /// The axis covering every year in `years`, widened to whole half-centuries with room for
    /// a stub before the earliest one.
    pub fn covering(years: &[i32]) -> Option<Scale> {
        let lo = *years.iter().min()?;
        let hi = *years.iter().max()?;
        let min = (lo - 40).div_euclid(50) * 50;
        let max = (hi + 49).div_euclid(50) * 50;
        Some(Scale {
            min,
            max: max.max(min + 50),
        })
    }

    /// The x of a year.
    pub fn x(&self, year: i32) -> f64 {
        let span = f64::from(self.max - self.min);
        LEFT + (WIDTH - LEFT - RIGHT) * f64::from(year - self.min) / span
    }

    /// Tick years: every 50 years for spans up to 300 years, every 100 beyond.
    pub fn ticks(&self) -> Vec<i32> {
        let step = if self.max - self.min <= 300 { 50 } else { 100 };
        let first = (self.min + step - 1).div_euclid(step) * step;
        (0..)
            .map(|k| first + k * step)
            .take_while(|y| *y <= self.max)
            .collect()
    }
}

/// An x of the track as a percentage of its width, for HTML placed over it (tick labels).
pub fn percent(x: f64) -> f64 {
    x / WIDTH * 100.0
}

/// The axis for the rows and events.
pub fn scale_for(rows: &[LifeRow], events: &[DatedEvent]) -> Option<Scale> {
    let years: Vec<i32> = rows
        .iter()
        .flat_map(|r| [r.person.born, r.person.died])
        .flatten()
        .chain(events.iter().map(|e| e.year))
        .collect();
    Scale::covering(&years)
}

/// The narrowest track the event marks are laid out for, CSS pixels: a 360 px screen less the
/// page's side padding, with room to spare.
pub const NARROW_TRACK_PX: f64 = 320.0;
/// Width of the ◆ glyph at the marks' 1rem (16 px) text, with a little room, CSS pixels.
const DIAMOND_PX: f64 = 16.0;
/// Width of an arrow (◂ or ▸) and its thin space beside the ◆, CSS pixels.
const ARROW_PX: f64 = 16.0;
/// Least space between two marks of one row, CSS pixels.
const MARK_GAP_PX: f64 = 3.0;

/// The left and right ends of an event's mark (◆ and its arrow), in track units, on a track
/// `track_px` CSS pixels wide.
pub fn mark_extent(e: &DatedEvent, scale: &Scale, track_px: f64) -> (f64, f64) {
    let unit = WIDTH / track_px.max(1.0);
    let x = scale.x(e.year);
    let half = DIAMOND_PX / 2.0 * unit;
    let arrow = ARROW_PX * unit;
    match e.qualifier {
        Qualifier::At => (x - half, x + half),
        Qualifier::Before => (x - half - arrow, x + half),
        Qualifier::After => (x - half, x + half + arrow),
    }
}

/// The row (0 = top) of each event's mark, and how many rows there are, such that no two marks
/// of one row overlap on a track [`NARROW_TRACK_PX`] wide (so on none wider): each mark, from
/// the leftmost, goes into the first row whose last mark ends before it starts.
pub fn mark_rows(events: &[DatedEvent], scale: &Scale) -> (Vec<usize>, usize) {
    let gap = MARK_GAP_PX * WIDTH / NARROW_TRACK_PX;
    let extents: Vec<(f64, f64)> = events
        .iter()
        .map(|e| mark_extent(e, scale, NARROW_TRACK_PX))
        .collect();
    let mut order: Vec<usize> = (0..events.len()).collect();
    order.sort_by(|&a, &b| extents[a].0.total_cmp(&extents[b].0));
    let mut row_of = vec![0; events.len()];
    let mut ends: Vec<f64> = Vec::new();
    for i in order {
        let (start, end) = extents[i];
        match ends.iter().position(|&e| e + gap <= start) {
            Some(r) => {
                ends[r] = end;
                row_of[i] = r;
            }
            None => {
                row_of[i] = ends.len();
                ends.push(end);
            }
        }
    }
    let rows = ends.len().max(1);
    (row_of, rows)
}

/// The pieces of one bar, in x: the span the data dates, and the dotted stubs standing for a
/// missing birth or death year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bar {
    /// Known span (birth to death), where both years are given.
    pub known: Option<(f64, f64)>,
    /// A dotted stub before the death year, where the birth year is not given.
    pub unknown_start: Option<(f64, f64)>,
    /// A dotted stub after the birth year, where the death year is not given.
    pub unknown_end: Option<(f64, f64)>,
    /// A dot at each year the data gives.
    pub dots: [Option<f64>; 2],
}

/// The bar of a person on `scale`.
pub fn bar(p: &Person, scale: &Scale) -> Bar {
    let b = p.born.map(|y| scale.x(y));
    let d = p.died.map(|y| scale.x(y));
    Bar {
        known: b.zip(d),
        unknown_start: match (b, d) {
            (None, Some(d)) => Some((d - STUB, d)),
            _ => None,
        },
        unknown_end: match (b, d) {
            (Some(b), None) => Some((b, b + STUB)),
            _ => None,
        },
        dots: [b, d],
    }
}

/// The accessible name of a person's bar: "Trần Nhân Tông: died 1308; year of birth not given
/// in the data".
pub fn bar_label(p: &Person, lang: Lang) -> String {
    let name = p.name.get(lang);
    match dates_text(p, lang) {
        Some(d) => format!("{name}: {d}"),
        None => name.to_string(),
    }
}

/// The accessible name of an event's mark.
pub fn event_label(e: &DatedEvent, lang: Lang) -> String {
    format!(
        "{} — {}",
        e.qualifier.with_year(e.year, lang),
        e.label(lang)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::Text;

    fn real() -> Dataset {
        Dataset::bundled()
    }

    fn person(id: &str, born: Option<i32>, died: Option<i32>, role: &str) -> Person {
        Person {
            id: id.into(),
            name: Text {
                vi: id.into(),
                en: id.into(),
            },
            alt_names: vec![],
            born,
            died,
            role: Text {
                vi: role.into(),
                en: role.into(),
            },
            bio: Text {
                vi: String::new(),
                en: String::new(),
            },
            sites: vec![],
            sources: vec![],
            uncertain: false,
            note: None,
        }
    }

    #[test]
    fn years_are_read_with_their_qualifier() {
        assert_eq!(
            first_year("Under the Lý, before 1220, by the monk Hiện Quang"),
            Some((1220, Qualifier::Before))
        );
        assert_eq!(
            first_year("After Trần Hưng Đạo's death in 1300, according to the stele"),
            Some((1300, Qualifier::After))
        );
        assert_eq!(
            first_year("Stakes of the Bạch Đằng battle of 1288"),
            Some((1288, Qualifier::At))
        );
        assert_eq!(first_year("13th century"), None);
        assert_eq!(first_year("Restored in 2002"), None);
        assert_eq!(first_year("No 12345 here"), None);
        assert_eq!(first_year(""), None);
    }

    #[test]
    fn groups_follow_the_role_text() {
        let g = |role| group_of(&person("x", None, None, role));
        assert_eq!(
            g("Trần-dynasty king and monk, founder of Trúc Lâm Zen"),
            Group::TrucLam
        );
        assert_eq!(g("Trần-dynasty general"), Group::Rulers);
        assert_eq!(g("Lê-dynasty king"), Group::Rulers);
        assert_eq!(g("Zen master of the Tào Động school"), Group::Monks);
        assert_eq!(g("Trần-era scholar"), Group::Scholars);
        assert_eq!(g("Historical figure linked to Côn Sơn"), Group::Others);
    }

    #[test]
    fn scale_ticks_and_bars() {
        let s = Scale::covering(&[1290, 1334]).expect("years");
        assert_eq!((s.min, s.max), (1250, 1350));
        assert_eq!(s.ticks(), vec![1250, 1300, 1350]);
        assert!((s.x(1250) - LEFT).abs() < 1e-9);
        assert!((s.x(1350) - (WIDTH - RIGHT)).abs() < 1e-9);
        assert!(s.x(1300) < s.x(1301));
        let wide = Scale::covering(&[1220, 1704]).expect("years");
        assert_eq!((wide.min, wide.max), (1150, 1750));
        assert_eq!(wide.ticks().first(), Some(&1200));
        assert_eq!(wide.ticks().len(), 6);
        assert_eq!(Scale::covering(&[]), None);

        let died_only = bar(&person("a", None, Some(1308), ""), &s);
        assert_eq!(died_only.known, None);
        let (a, b) = died_only.unknown_start.expect("stub");
        assert!((b - s.x(1308)).abs() < 1e-9 && (b - a - STUB).abs() < 1e-9);
        assert_eq!(died_only.unknown_end, None);
        let born_only = bar(&person("b", Some(1300), None, ""), &s);
        assert!(born_only.unknown_end.is_some() && born_only.known.is_none());
        let both = bar(&person("c", Some(1290), Some(1334), ""), &s);
        assert_eq!(both.known, Some((s.x(1290), s.x(1334))));
        assert!(both.unknown_start.is_none() && both.unknown_end.is_none());
    }

    #[test]
    fn dates_are_said_at_the_data_precision() {
        let p = person("a", None, Some(1308), "");
        assert_eq!(
            dates_text(&p, Lang::En).as_deref(),
            Some("died 1308; year of birth not given in the data")
        );
        assert_eq!(
            dates_text(&person("b", Some(1637), Some(1704), ""), Lang::Vi).as_deref(),
            Some("1637–1704")
        );
        assert_eq!(dates_text(&person("c", None, None, ""), Lang::Vi), None);
        assert_eq!(year_cell(None, Lang::En), "not given in the data");
    }

    #[test]
    fn the_real_data() {
        let ds = real();
        // Every person is either on the chart or listed as undated, never both.
        let rows = rows(&ds);
        let undated = undated(&ds);
        assert_eq!(rows.len() + undated.len(), ds.people.len());
        assert!(rows
            .iter()
            .all(|r| r.person.born.is_some() || r.person.died.is_some()));
        // Every group is non-empty and every person is in one.
        let total: usize = grouped(&ds).iter().map(|(_, ps)| ps.len()).sum();
        assert_eq!(total, ds.people.len());
        // The three patriarchs are the Trúc Lâm group.
        let truc_lam: Vec<&str> = ds
            .people
            .iter()
            .filter(|p| group_of(p) == Group::TrucLam)
            .map(|p| p.id.as_str())
            .collect();
        assert_eq!(truc_lam, ["tran-nhan-tong", "phap-loa", "huyen-quang"]);
        // Events: only dated ones, each on the axis.
        let events = dated_events(&ds);
        assert!(events.iter().all(|e| e.year < 1900));
        for e in &events {
            if let Some(site) = e.site.as_deref().and_then(|id| ds.site(id)) {
                let founded = site.founded.as_ref().expect("a founding has a text");
                assert!(founded.en.contains(&e.year.to_string()));
                assert!(founded.vi.contains(&e.year.to_string()));
            }
        }
        let scale = scale_for(&rows, &events).expect("there are dates");
        for r in &rows {
            for y in [r.person.born, r.person.died].into_iter().flatten() {
                let x = scale.x(y);
                assert!((LEFT..=WIDTH - RIGHT).contains(&x), "{y}");
            }
        }
    }

    #[test]
    fn event_marks_in_one_row_never_overlap_on_a_phone() {
        let ds = real();
        let events = dated_events(&ds);
        let scale = scale_for(&rows(&ds), &events).expect("a scale");
        let (row_of, n) = mark_rows(&events, &scale);
        assert_eq!(row_of.len(), events.len());
        assert!(n >= 1 && row_of.iter().all(|&r| r < n));
        for track in [NARROW_TRACK_PX, 336.0, 600.0, 900.0] {
            for i in 0..events.len() {
                for j in i + 1..events.len() {
                    if row_of[i] != row_of[j] {
                        continue;
                    }
                    let (a, b) = (
                        mark_extent(&events[i], &scale, track),
                        mark_extent(&events[j], &scale, track),
                    );
                    assert!(
                        a.1 <= b.0 || b.1 <= a.0,
                        "{track}px: {:?} and {:?} overlap",
                        events[i].label,
                        events[j].label
                    );
                }
            }
        }
    }

    #[test]
    fn close_marks_go_to_separate_rows_and_far_ones_share_one() {
        let scale = Scale {
            min: 1200,
            max: 1400,
        };
        let ev = |year, qualifier| DatedEvent {
            year,
            qualifier,
            site: None,
            label: (String::new(), String::new()),
        };
        let events = [
            ev(1220, Qualifier::Before),
            ev(1288, Qualifier::At),
            ev(1300, Qualifier::After),
            ev(1390, Qualifier::At),
        ];
        let (row_of, n) = mark_rows(&events, &scale);
        assert_eq!(n, 2, "{row_of:?}");
        assert_ne!(row_of[1], row_of[2]);
        assert_eq!(row_of[0], 0);
        assert_eq!(mark_rows(&[], &scale), (vec![], 1));
    }
}

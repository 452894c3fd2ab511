//! The typed shape of the bundled JSON under `public/data/`.
//!
//! These types are the contract between the data files and the app. They carry no Leptos and
//! are deserialized the same way in the browser and in native tests. The schema is documented
//! for non-programmers in `docs/data-schema.md`.

use serde::Deserialize;

/// Declares a fieldless enum from one table: each variant with the id that names it in the data
/// and in URLs, and where visitors read it, its label in Vietnamese and English. Gives the enum,
/// `ALL` (every variant, in the table's order), `id()`, `from_id()`, `label()`, and serde's
/// `Deserialize` from the id through `from_id()` (one string reader for every enum, instead of
/// a derived reader per enum).
macro_rules! data_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$vmeta:meta])* $variant:ident = $id:literal => ($vi:literal, $en:literal),)+
        }
    ) => {
        data_enum! {
            $(#[$meta])*
            pub enum $name { $($(#[$vmeta])* $variant = $id,)+ }
        }

        impl $name {
            /// Visitor-facing label.
            pub fn label(self, lang: Lang) -> &'static str {
                match self {
                    $($name::$variant => lang.t($vi, $en),)+
                }
            }
        }
    };
    (
        $(#[$meta:meta])*
        pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $id:literal,)+ }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<$name, D::Error> {
                let id = String::deserialize(d)?;
                $name::from_id(&id)
                    .ok_or_else(|| serde::de::Error::unknown_variant(&id, &[$($id),+]))
            }
        }

        impl $name {
            /// Every variant, in the table's order.
            pub const ALL: [$name; [$($id),+].len()] = [$($name::$variant),+];

            /// The id used in the data and in URLs.
            pub fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $id,)+
                }
            }

            /// The variant with this id.
            pub fn from_id(id: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|v| v.id() == id)
            }
        }
    };
}

/// The two languages every visitor-facing text exists in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Vietnamese, the default.
    #[default]
    Vi,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 code (`vi`, `en`), as used in `<html lang>` and in the URL.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// Parses `vi`/`en` (and regional forms like `en-GB`, `vi-VN`); anything else is `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let lower = code.trim().to_ascii_lowercase();
        let primary = lower.split(['-', '_']).next().unwrap_or("");
        match primary {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Picks the Vietnamese or English variant of a UI string. Taking both at every call site
    /// means a missing translation cannot compile.
    pub fn t(self, vi: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }

    /// The other language (for the language switch).
    pub fn other(self) -> Lang {
        match self {
            Lang::Vi => Lang::En,
            Lang::En => Lang::Vi,
        }
    }
}

/// A text in Vietnamese and English.
#[derive(Clone, Debug, PartialEq, Default, Deserialize)]
pub struct Text {
    /// Vietnamese, with its exact diacritics.
    pub vi: String,
    /// English.
    pub en: String,
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
}

/// A statement shown to visitors with the sources that support it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct KeyFact {
    /// The statement, in the project's own words.
    pub text: Text,
    /// Ids in `sources.json`; at least one.
    pub sources: Vec<String>,
    /// True where the fact sheet marks the fact ⚠ (sources disagree or it is unconfirmed).
    #[serde(default)]
    pub uncertain: bool,
    /// What is uncertain and what each source says; required when `uncertain`.
    pub note: Option<Text>,
}

// ---------------------------------------------------------------- property.json

/// `property.json`: the World Heritage property as a whole.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Property {
    /// Full official name.
    pub name: Text,
    /// Short name for the header.
    pub short_name: Text,
    /// UNESCO World Heritage List reference number (1732).
    pub unesco_ref: u32,
    /// Inscription date, ISO `YYYY-MM-DD`.
    pub inscribed: String,
    /// The Committee session, e.g. "47th session, Paris".
    pub session: Text,
    /// Number of component parts (12).
    pub component_count: u32,
    /// Criteria with what each means here.
    pub criteria: Vec<Criterion>,
    /// Core and buffer areas; conflicting figures appear as separate entries.
    pub areas: Vec<AreaFigure>,
    /// Founding → dissemination → revival.
    pub story: Vec<StoryPart>,
    /// UNESCO's point for the property (exact, sourced).
    pub point: Location,
    /// One paragraph on the property.
    pub summary: Text,
    /// Key facts on the property as a whole.
    pub facts: Vec<KeyFact>,
    /// Provinces before and after the 2025 merger.
    pub provinces: Vec<Province>,
    /// Everyone who acts in the timeline: provinces, ministries, UNESCO bodies.
    pub actors: Vec<Actor>,
    /// Sources for the property-level statements.
    pub sources: Vec<String>,
}

/// A UNESCO criterion and its meaning for this property.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Criterion {
    /// Roman numeral, e.g. "iii".
    pub code: String,
    /// What it means here.
    pub text: Text,
    /// Source ids.
    pub sources: Vec<String>,
}

data_enum! {
    /// Which area a figure describes.
    pub enum AreaKind {
        /// The inscribed property itself.
        Core = "core",
        /// The buffer zone around it.
        Buffer = "buffer",
    }
}

/// One area figure in hectares, with its sources.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct AreaFigure {
    /// Core or buffer.
    pub kind: AreaKind,
    /// Hectares.
    pub hectares: f64,
    /// Source ids.
    pub sources: Vec<String>,
    /// True where sources disagree.
    #[serde(default)]
    pub uncertain: bool,
    /// Explanation of the disagreement.
    pub note: Option<Text>,
}

data_enum! {
    /// The three parts of the series.
    pub enum SeriesPart {
        /// Yên Tử: where Trúc Lâm was founded.
        Founding = "founding" => ("Khởi nguồn", "Founding"),
        /// Vĩnh Nghiêm: teaching and printing.
        Dissemination = "dissemination" => ("Truyền bá", "Dissemination"),
        /// Côn Sơn – Kiếp Bạc: revival.
        Revival = "revival" => ("Phục hưng", "Revival"),
    }
}

/// One chapter of the founding → dissemination → revival story.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct StoryPart {
    /// Which part.
    pub part: SeriesPart,
    /// Heading.
    pub title: Text,
    /// A paragraph.
    pub text: Text,
    /// Site ids that carry this part.
    pub sites: Vec<String>,
    /// Source ids.
    pub sources: Vec<String>,
}

/// A province, before or after the 2025 merger.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Province {
    /// Slug, e.g. `hai-duong`.
    pub id: String,
    /// Name.
    pub name: Text,
    /// For a former province: the id of the province it merged into in 2025.
    pub merged_into: Option<String>,
    /// True for a province that exists since 1 July 2025 (including unchanged ones).
    pub current: bool,
}

/// Someone who acts in the dossier's story.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Actor {
    /// Slug; province actors reuse the province id.
    pub id: String,
    /// Name.
    pub name: Text,
}

// ---------------------------------------------------------------- sites.json

data_enum! {
    /// What kind of place a site is.
    pub enum SiteKind {
        /// Chùa.
        Pagoda = "pagoda" => ("Chùa", "Pagoda"),
        /// Thiền viện.
        ZenMonastery = "zen_monastery" => ("Thiền viện", "Zen monastery"),
        /// Đền.
        Temple = "temple" => ("Đền", "Temple"),
        /// Thái Miếu.
        AncestralTemple = "ancestral_temple" => ("Thái miếu", "Ancestral temple"),
        /// Động.
        Cave = "cave" => ("Động", "Cave"),
        /// Di chỉ khảo cổ, bãi cọc.
        ArchaeologicalSite = "archaeological_site" => ("Di chỉ khảo cổ", "Archaeological site"),
        /// Vườn tháp.
        StupaGarden = "stupa_garden" => ("Vườn tháp", "Stupa garden"),
        /// Lăng.
        Tomb = "tomb" => ("Lăng mộ", "Tomb"),
        /// Danh thắng: a landscape, stream, lake or mountain area.
        Landscape = "landscape" => ("Danh thắng", "Landscape"),
    }
}

data_enum! {
    /// Whether a place is one of the 12 inscribed components.
    pub enum SiteStatus {
        /// One of the 12 component parts (has a `component` number).
        Component = "component" => ("Hợp phần di sản", "Component part"),
        /// Inside or linked to the property but not a separate component.
        Associated = "associated" => ("Địa điểm liên quan", "Associated place"),
        /// Proposed earlier, dropped from the final dossier.
        Dropped = "dropped" => ("Đã rút khỏi hồ sơ", "Dropped from the dossier"),
    }
}

data_enum! {
    /// Historical period.
    pub enum Era {
        /// Before recorded dynasties.
        Prehistoric = "prehistoric" => ("Tiền sử", "Prehistory"),
        /// Lý dynasty (1009–1225).
        Ly = "ly" => ("Nhà Lý", "Lý dynasty"),
        /// Trần dynasty (1225–1400).
        Tran = "tran" => ("Nhà Trần", "Trần dynasty"),
        /// Early Lê (Lê sơ, 1428–1527).
        LeSo = "le_so" => ("Lê sơ", "Early Lê"),
        /// Mạc dynasty.
        Mac = "mac" => ("Nhà Mạc", "Mạc dynasty"),
        /// Restored Lê (Lê trung hưng).
        LeTrungHung = "le_trung_hung" => ("Lê trung hưng", "Restored Lê"),
        /// Nguyễn dynasty.
        Nguyen = "nguyen" => ("Nhà Nguyễn", "Nguyễn dynasty"),
        /// 20th–21st century.
        Modern = "modern" => ("Hiện đại", "Modern"),
    }
}

/// A point with its precision and where it comes from.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Location {
    /// Latitude, WGS 84 degrees.
    pub lat: f64,
    /// Longitude, WGS 84 degrees.
    pub lon: f64,
    /// Radius in metres within which the true point lies (e.g. 3000 for an estimate).
    pub precision_m: u32,
    /// True for an estimate; shown to visitors as an approximate location.
    pub approximate: bool,
    /// Source id, where the coordinate is sourced.
    pub source: Option<String>,
    /// How the point was obtained.
    pub note: Option<Text>,
    /// The id of another site whose coordinates these deliberately repeat. Two records may
    /// share coordinates only when one declares it here (the check rejects any other pair).
    pub shares_position_of: Option<String>,
}

data_enum! {
    /// Kinds of official recognition.
    pub enum RecognitionKind {
        /// Di tích quốc gia.
        NationalRelic = "national_relic" => ("Di tích quốc gia", "National relic"),
        /// Di tích quốc gia đặc biệt.
        SpecialNationalRelic = "special_national_relic" => ("Di tích quốc gia đặc biệt", "Special national relic"),
        /// Bảo vật quốc gia.
        NationalTreasure = "national_treasure" => ("Bảo vật quốc gia", "National treasure"),
        /// UNESCO Memory of the World (Asia-Pacific register).
        MemoryOfTheWorld = "memory_of_the_world" => ("Di sản tư liệu thế giới (Ký ức thế giới)", "Memory of the World"),
    }
}

/// An official recognition of a site or of an object kept there.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Recognition {
    /// Kind.
    pub kind: RecognitionKind,
    /// What was recognised and by which decision.
    pub title: Text,
    /// Year, where sourced.
    pub year: Option<i32>,
    /// Full ISO date, where sourced.
    pub date: Option<String>,
    /// Source ids.
    pub sources: Vec<String>,
    /// ⚠ flag.
    #[serde(default)]
    pub uncertain: bool,
    /// Note, required when uncertain.
    pub note: Option<Text>,
}

/// A day of the Vietnamese lunar calendar, without a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
pub struct LunarDay {
    /// Month 1–12.
    pub month: u8,
    /// Day 1–30; 30 in an `end` means "to the last day of the month" (29 or 30).
    pub day: u8,
}

/// A festival held on lunar dates every year.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Festival {
    /// Slug, unique across all sites.
    pub id: String,
    /// Name.
    pub name: Text,
    /// First day.
    pub start: LunarDay,
    /// Last day, where the festival spans several days; absent for a one-day event.
    pub end: Option<LunarDay>,
    /// The main day, where it is not the first.
    pub main_day: Option<LunarDay>,
    /// A short text.
    pub text: Text,
    /// Source ids.
    pub sources: Vec<String>,
    /// ⚠ flag.
    #[serde(default)]
    pub uncertain: bool,
    /// Note, required when uncertain.
    pub note: Option<Text>,
}

/// Practical information, which changes: always dated.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct VisitorInfo {
    /// What a visitor needs: access, fees, hours, distances.
    pub text: Text,
    /// ISO date (YYYY, YYYY-MM or YYYY-MM-DD) of the information.
    pub as_of: String,
    /// Source ids.
    pub sources: Vec<String>,
    /// ⚠ flag.
    #[serde(default)]
    pub uncertain: bool,
    /// Note, required when uncertain.
    pub note: Option<Text>,
}

/// A note on something the fact sheet marks ⚠, shown prominently to readers.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Caveat {
    /// The note.
    pub text: Text,
    /// Source ids of the conflicting or thin evidence.
    pub sources: Vec<String>,
}

/// `sites.json`: one entry per component part or associated place.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Site {
    /// Stable slug, e.g. `con-son`.
    pub id: String,
    /// Official name.
    pub name: Text,
    /// Other names, in Vietnamese with diacritics (e.g. "chùa Hun", "Thiên Tư Phúc tự").
    #[serde(default)]
    pub alt_names: Vec<String>,
    /// Kind.
    pub kind: SiteKind,
    /// Component, associated or dropped.
    pub status: SiteStatus,
    /// 1–12 for components; absent otherwise.
    pub component: Option<u8>,
    /// Part in the series.
    pub part: SeriesPart,
    /// Province id before the 2025 merger.
    pub province_before: String,
    /// Province id now.
    pub province_now: String,
    /// District / commune, as named before 2025.
    pub locality: Text,
    /// Coordinates of the place's own, where known. Absent for a place that has no position
    /// of its own in the sources (see `within`).
    pub location: Option<Location>,
    /// For a place without a position of its own: the id of the component whose area it lies
    /// in, where the fact sheet says so. Absent when no source says which.
    pub within: Option<String>,
    /// The `location` of the `within` component, filled in when the dataset is loaded (never
    /// read from the file).
    #[serde(skip)]
    pub borrowed: Option<Location>,
    /// Periods the site belongs to.
    pub eras: Vec<Era>,
    /// ⚠ on `eras`: true where the fact sheet marks the site's period uncertain (sources
    /// disagree on when it was built).
    #[serde(default)]
    pub eras_uncertain: bool,
    /// What is uncertain about `eras` and what each source says; required when `eras_uncertain`.
    pub eras_note: Option<Text>,
    /// Founding date in words (e.g. "before 1220, under the Lý").
    pub founded: Option<Text>,
    /// Person ids.
    #[serde(default)]
    pub people: Vec<String>,
    /// Official recognitions.
    #[serde(default)]
    pub recognitions: Vec<Recognition>,
    /// Festivals.
    #[serde(default)]
    pub festivals: Vec<Festival>,
    /// Practical information.
    pub visit: Option<VisitorInfo>,
    /// One line.
    pub summary: Text,
    /// 150–300 words in each language.
    pub description: Text,
    /// Key facts with sources.
    pub facts: Vec<KeyFact>,
    /// Notes for every ⚠ the fact sheet attaches to this site.
    #[serde(default)]
    pub caveats: Vec<Caveat>,
    /// Source ids for the site as a whole.
    pub sources: Vec<String>,
}

impl Site {
    /// Where the place is drawn and measured from: its own location, else the position of the
    /// component whose area it lies in (`within`), else none.
    pub fn place(&self) -> Option<&Location> {
        self.location.as_ref().or(self.borrowed.as_ref())
    }

    /// The order in which lists show sites: the components by number, then the associated
    /// places, then the dropped ones (`SiteStatus` is ordered that way).
    pub fn components_first(&self) -> (SiteStatus, Option<u8>) {
        (self.status, self.component)
    }
}

// ---------------------------------------------------------------- people.json

/// `people.json`: a historical person linked to the sites.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Person {
    /// Slug, e.g. `tran-nhan-tong`.
    pub id: String,
    /// Name (Vietnamese with diacritics; English usually the same name).
    pub name: Text,
    /// Other names (dharma names, titles), in Vietnamese.
    #[serde(default)]
    pub alt_names: Vec<String>,
    /// Year of birth, where sourced.
    pub born: Option<i32>,
    /// Year of death, where sourced.
    pub died: Option<i32>,
    /// Role in one line (king, patriarch, general…).
    pub role: Text,
    /// A short biography.
    pub bio: Text,
    /// Site ids.
    pub sites: Vec<String>,
    /// Source ids.
    pub sources: Vec<String>,
    /// ⚠ flag.
    #[serde(default)]
    pub uncertain: bool,
    /// Note, required when uncertain.
    pub note: Option<Text>,
}

// ---------------------------------------------------------------- timeline.json

data_enum! {
    /// How precisely a date is known.
    pub enum DatePrecision {
        /// `YYYY`.
        Year = "year",
        /// `YYYY-MM`.
        Month = "month",
        /// `YYYY-MM-DD`.
        Day = "day",
    }
}

data_enum! {
    /// Phases of the nomination.
    pub enum Phase {
        /// Getting onto the Tentative List.
        TentativeList = "tentative_list" => ("Danh sách dự kiến", "Tentative list"),
        /// Research and writing the dossier.
        Preparation = "preparation" => ("Chuẩn bị hồ sơ", "Preparation"),
        /// Sending the dossier.
        Submission = "submission" => ("Nộp hồ sơ", "Submission"),
        /// ICOMOS evaluation.
        Evaluation = "evaluation" => ("ICOMOS thẩm định", "ICOMOS evaluation"),
        /// The Committee's decision.
        Decision = "decision" => ("Ủy ban quyết định", "Committee decision"),
        /// What follows inscription.
        AfterInscription = "after_inscription" => ("Sau khi ghi danh", "After inscription"),
    }
}

data_enum! {
    /// Where a milestone stands.
    pub enum Status {
        /// Happened.
        Done = "done" => ("Đã xong", "Done"),
        /// Under way.
        Ongoing = "ongoing" => ("Đang thực hiện", "Ongoing"),
        /// Announced, not yet done.
        Planned = "planned" => ("Dự kiến", "Planned"),
    }
}

/// `timeline.json`: one dated step of the nomination or of the provinces' cooperation.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Milestone {
    /// Slug, e.g. `2014-tentative-list`.
    pub id: String,
    /// ISO date at its precision: `2015`, `2022-01` or `2014-09-23`.
    pub date: String,
    /// Precision of `date`.
    pub precision: DatePrecision,
    /// End of a span (same format), e.g. a ten-day mission.
    pub end_date: Option<String>,
    /// Title.
    pub title: Text,
    /// A short paragraph.
    pub text: Text,
    /// Phase.
    pub phase: Phase,
    /// Done, ongoing or planned.
    pub status: Status,
    /// Actor ids (from `property.json` `actors`).
    pub actors: Vec<String>,
    /// Site ids.
    #[serde(default)]
    pub sites: Vec<String>,
    /// Source ids.
    pub sources: Vec<String>,
    /// ⚠ flag.
    #[serde(default)]
    pub uncertain: bool,
    /// Note, required when uncertain.
    pub note: Option<Text>,
}

// ---------------------------------------------------------------- sources.json

data_enum! {
    /// What kind of publisher a source is; the list of sources is grouped by it.
    pub enum SourceGroup {
        /// UNESCO, ministries, provinces and the sites' own authorities.
        Official = "official",
        /// Newspapers, magazines and news agencies.
        Press = "press",
        /// Reference works: calendars, documents, encyclopaedic and scholarly pages.
        Reference = "reference",
        /// Travel guides, tourism sites and travel blogs.
        Travel = "travel",
    }
}

/// `sources.json`: a public page the data rests on.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Source {
    /// Id as in the fact sheet, lowercased: `s1`, `f3`, `v2`, `l1`, `d1` (the fact sheet's S1), `seed`.
    pub id: String,
    /// Title (in the page's language, as far as known).
    pub title: String,
    /// Publisher or website.
    pub publisher: String,
    /// Address.
    pub url: String,
    /// Language code of the page: vi, en, fr, es.
    pub lang: String,
    /// Publication date where known (ISO).
    pub date: Option<String>,
    /// What kind of publisher it is.
    #[serde(default)]
    pub group: Option<SourceGroup>,
    /// A remark on the page in both languages: what a page without a telling title is about, a
    /// copy read instead of the original, a title cut short…
    #[serde(default)]
    pub note: Option<Text>,
}

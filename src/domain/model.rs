//! The typed shape of the bundled JSON under `public/data/`.
//!
//! These types are the contract between the data files and the app. They carry no Leptos and
//! are deserialized the same way in the browser and in native tests. The schema is documented
//! for non-programmers in `docs/data-schema.md`.

use crate::{from_json_enum, from_json_struct};
use serde::Serialize;

/// The two languages every visitor-facing text exists in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "lowercase")]
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
#[derive(Clone, Debug, PartialEq, Default, Serialize)]
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
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct KeyFact {
    /// The statement, in the project's own words.
    pub text: Text,
    /// Ids in `sources.json`; at least one.
    pub sources: Vec<String>,
    /// True where the fact sheet marks the fact ⚠ (sources disagree or it is unconfirmed).
    pub uncertain: bool,
    /// What is uncertain and what each source says; required when `uncertain`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

// ---------------------------------------------------------------- property.json

/// `property.json`: the World Heritage property as a whole.
#[derive(Clone, Debug, PartialEq, Serialize)]
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
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Criterion {
    /// Roman numeral, e.g. "iii".
    pub code: String,
    /// What it means here.
    pub text: Text,
    /// Source ids.
    pub sources: Vec<String>,
}

/// Which area a figure describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AreaKind {
    /// The inscribed property itself.
    Core,
    /// The buffer zone around it.
    Buffer,
}

impl AreaKind {
    /// Every kind, in the data's order.
    pub const ALL: [AreaKind; 2] = [AreaKind::Core, AreaKind::Buffer];

    /// The id used in the data.
    pub fn id(self) -> &'static str {
        match self {
            AreaKind::Core => "core",
            AreaKind::Buffer => "buffer",
        }
    }
}

/// One area figure in hectares, with its sources.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AreaFigure {
    /// Core or buffer.
    pub kind: AreaKind,
    /// Hectares.
    pub hectares: f64,
    /// Source ids.
    pub sources: Vec<String>,
    /// True where sources disagree.
    pub uncertain: bool,
    /// Explanation of the disagreement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// The three parts of the series.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SeriesPart {
    /// Yên Tử: where Trúc Lâm was founded.
    Founding,
    /// Vĩnh Nghiêm: teaching and printing.
    Dissemination,
    /// Côn Sơn – Kiếp Bạc: revival.
    Revival,
}

impl SeriesPart {
    /// All parts in story order.
    pub const ALL: [SeriesPart; 3] = [
        SeriesPart::Founding,
        SeriesPart::Dissemination,
        SeriesPart::Revival,
    ];

    /// The id used in data and URLs.
    pub fn id(self) -> &'static str {
        match self {
            SeriesPart::Founding => "founding",
            SeriesPart::Dissemination => "dissemination",
            SeriesPart::Revival => "revival",
        }
    }

    /// Visitor-facing label.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            SeriesPart::Founding => lang.t("Khởi nguồn", "Founding"),
            SeriesPart::Dissemination => lang.t("Truyền bá", "Dissemination"),
            SeriesPart::Revival => lang.t("Phục hưng", "Revival"),
        }
    }
}

/// One chapter of the founding → dissemination → revival story.
#[derive(Clone, Debug, PartialEq, Serialize)]
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
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Province {
    /// Slug, e.g. `hai-duong`.
    pub id: String,
    /// Name.
    pub name: Text,
    /// For a former province: the id of the province it merged into in 2025.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merged_into: Option<String>,
    /// True for a province that exists since 1 July 2025 (including unchanged ones).
    pub current: bool,
}

/// Someone who acts in the dossier's story.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Actor {
    /// Slug; province actors reuse the province id.
    pub id: String,
    /// Name.
    pub name: Text,
}

// ---------------------------------------------------------------- sites.json

/// What kind of place a site is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SiteKind {
    /// Chùa.
    Pagoda,
    /// Thiền viện.
    ZenMonastery,
    /// Đền.
    Temple,
    /// Thái Miếu.
    AncestralTemple,
    /// Động.
    Cave,
    /// Di chỉ khảo cổ, bãi cọc.
    ArchaeologicalSite,
    /// Vườn tháp.
    StupaGarden,
    /// Lăng.
    Tomb,
    /// Danh thắng: a landscape, stream, lake or mountain area.
    Landscape,
}

impl SiteKind {
    /// Every kind, in display order.
    pub const ALL: [SiteKind; 9] = [
        SiteKind::Pagoda,
        SiteKind::ZenMonastery,
        SiteKind::Temple,
        SiteKind::AncestralTemple,
        SiteKind::Cave,
        SiteKind::ArchaeologicalSite,
        SiteKind::StupaGarden,
        SiteKind::Tomb,
        SiteKind::Landscape,
    ];

    /// The id used in data and URLs.
    pub fn id(self) -> &'static str {
        match self {
            SiteKind::Pagoda => "pagoda",
            SiteKind::ZenMonastery => "zen_monastery",
            SiteKind::Temple => "temple",
            SiteKind::AncestralTemple => "ancestral_temple",
            SiteKind::Cave => "cave",
            SiteKind::ArchaeologicalSite => "archaeological_site",
            SiteKind::StupaGarden => "stupa_garden",
            SiteKind::Tomb => "tomb",
            SiteKind::Landscape => "landscape",
        }
    }

    /// Visitor-facing label.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            SiteKind::Pagoda => lang.t("Chùa", "Pagoda"),
            SiteKind::ZenMonastery => lang.t("Thiền viện", "Zen monastery"),
            SiteKind::Temple => lang.t("Đền", "Temple"),
            SiteKind::AncestralTemple => lang.t("Thái miếu", "Ancestral temple"),
            SiteKind::Cave => lang.t("Động", "Cave"),
            SiteKind::ArchaeologicalSite => lang.t("Di chỉ khảo cổ", "Archaeological site"),
            SiteKind::StupaGarden => lang.t("Vườn tháp", "Stupa garden"),
            SiteKind::Tomb => lang.t("Lăng mộ", "Tomb"),
            SiteKind::Landscape => lang.t("Danh thắng", "Landscape"),
        }
    }
}

/// Whether a place is one of the 12 inscribed components.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SiteStatus {
    /// One of the 12 component parts (has a `component` number).
    Component,
    /// Inside or linked to the property but not a separate component.
    Associated,
    /// Proposed earlier, dropped from the final dossier.
    Dropped,
}

impl SiteStatus {
    /// Every status.
    pub const ALL: [SiteStatus; 3] = [
        SiteStatus::Component,
        SiteStatus::Associated,
        SiteStatus::Dropped,
    ];

    /// The id used in data and URLs.
    pub fn id(self) -> &'static str {
        match self {
            SiteStatus::Component => "component",
            SiteStatus::Associated => "associated",
            SiteStatus::Dropped => "dropped",
        }
    }

    /// Visitor-facing label.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            SiteStatus::Component => lang.t("Hợp phần di sản", "Component part"),
            SiteStatus::Associated => lang.t("Địa điểm liên quan", "Associated place"),
            SiteStatus::Dropped => lang.t("Đã rút khỏi hồ sơ", "Dropped from the dossier"),
        }
    }
}

/// Historical period.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Era {
    /// Before recorded dynasties.
    Prehistoric,
    /// Lý dynasty (1009–1225).
    Ly,
    /// Trần dynasty (1225–1400).
    Tran,
    /// Early Lê (Lê sơ, 1428–1527).
    LeSo,
    /// Mạc dynasty.
    Mac,
    /// Restored Lê (Lê trung hưng).
    LeTrungHung,
    /// Nguyễn dynasty.
    Nguyen,
    /// 20th–21st century.
    Modern,
}

impl Era {
    /// Every era in time order.
    pub const ALL: [Era; 8] = [
        Era::Prehistoric,
        Era::Ly,
        Era::Tran,
        Era::LeSo,
        Era::Mac,
        Era::LeTrungHung,
        Era::Nguyen,
        Era::Modern,
    ];

    /// The id used in data and URLs.
    pub fn id(self) -> &'static str {
        match self {
            Era::Prehistoric => "prehistoric",
            Era::Ly => "ly",
            Era::Tran => "tran",
            Era::LeSo => "le_so",
            Era::Mac => "mac",
            Era::LeTrungHung => "le_trung_hung",
            Era::Nguyen => "nguyen",
            Era::Modern => "modern",
        }
    }

    /// Visitor-facing label.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Era::Prehistoric => lang.t("Tiền sử", "Prehistory"),
            Era::Ly => lang.t("Nhà Lý", "Lý dynasty"),
            Era::Tran => lang.t("Nhà Trần", "Trần dynasty"),
            Era::LeSo => lang.t("Lê sơ", "Early Lê"),
            Era::Mac => lang.t("Nhà Mạc", "Mạc dynasty"),
            Era::LeTrungHung => lang.t("Lê trung hưng", "Restored Lê"),
            Era::Nguyen => lang.t("Nhà Nguyễn", "Nguyễn dynasty"),
            Era::Modern => lang.t("Hiện đại", "Modern"),
        }
    }
}

/// A point with its precision and where it comes from.
#[derive(Clone, Debug, PartialEq, Serialize)]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// How the point was obtained.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// Kinds of official recognition.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RecognitionKind {
    /// Di tích quốc gia.
    NationalRelic,
    /// Di tích quốc gia đặc biệt.
    SpecialNationalRelic,
    /// Bảo vật quốc gia.
    NationalTreasure,
    /// UNESCO Memory of the World (Asia-Pacific register).
    MemoryOfTheWorld,
}

impl RecognitionKind {
    /// Every kind.
    pub const ALL: [RecognitionKind; 4] = [
        RecognitionKind::NationalRelic,
        RecognitionKind::SpecialNationalRelic,
        RecognitionKind::NationalTreasure,
        RecognitionKind::MemoryOfTheWorld,
    ];

    /// The id used in data and URLs.
    pub fn id(self) -> &'static str {
        match self {
            RecognitionKind::NationalRelic => "national_relic",
            RecognitionKind::SpecialNationalRelic => "special_national_relic",
            RecognitionKind::NationalTreasure => "national_treasure",
            RecognitionKind::MemoryOfTheWorld => "memory_of_the_world",
        }
    }

    /// Visitor-facing label.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            RecognitionKind::NationalRelic => lang.t("Di tích quốc gia", "National relic"),
            RecognitionKind::SpecialNationalRelic => {
                lang.t("Di tích quốc gia đặc biệt", "Special national relic")
            }
            RecognitionKind::NationalTreasure => lang.t("Bảo vật quốc gia", "National treasure"),
            RecognitionKind::MemoryOfTheWorld => lang.t(
                "Di sản tư liệu thế giới (Ký ức thế giới)",
                "Memory of the World",
            ),
        }
    }
}

/// An official recognition of a site or of an object kept there.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Recognition {
    /// Kind.
    pub kind: RecognitionKind,
    /// What was recognised and by which decision.
    pub title: Text,
    /// Year, where sourced.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// Full ISO date, where sourced.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Source ids.
    pub sources: Vec<String>,
    /// ⚠ flag.
    pub uncertain: bool,
    /// Note, required when uncertain.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// A day of the Vietnamese lunar calendar, without a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct LunarDay {
    /// Month 1–12.
    pub month: u8,
    /// Day 1–30; 30 in an `end` means "to the last day of the month" (29 or 30).
    pub day: u8,
}

/// A festival held on lunar dates every year.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Festival {
    /// Slug, unique across all sites.
    pub id: String,
    /// Name.
    pub name: Text,
    /// First day.
    pub start: LunarDay,
    /// Last day, where the festival spans several days; absent for a one-day event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<LunarDay>,
    /// The main day, where it is not the first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub main_day: Option<LunarDay>,
    /// A short text.
    pub text: Text,
    /// Source ids.
    pub sources: Vec<String>,
    /// ⚠ flag.
    pub uncertain: bool,
    /// Note, required when uncertain.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// Practical information, which changes: always dated.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct VisitorInfo {
    /// What a visitor needs: access, fees, hours, distances.
    pub text: Text,
    /// ISO date (YYYY, YYYY-MM or YYYY-MM-DD) of the information.
    pub as_of: String,
    /// Source ids.
    pub sources: Vec<String>,
    /// ⚠ flag.
    pub uncertain: bool,
    /// Note, required when uncertain.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// A note on something the fact sheet marks ⚠, shown prominently to readers.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Caveat {
    /// The note.
    pub text: Text,
    /// Source ids of the conflicting or thin evidence.
    pub sources: Vec<String>,
}

/// `sites.json`: one entry per component part or associated place.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Site {
    /// Stable slug, e.g. `con-son`.
    pub id: String,
    /// Official name.
    pub name: Text,
    /// Other names, in Vietnamese with diacritics (e.g. "chùa Hun", "Thiên Tư Phúc tự").
    pub alt_names: Vec<String>,
    /// Kind.
    pub kind: SiteKind,
    /// Component, associated or dropped.
    pub status: SiteStatus,
    /// 1–12 for components; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub component: Option<u8>,
    /// Part in the series.
    pub part: SeriesPart,
    /// Province id before the 2025 merger.
    pub province_before: String,
    /// Province id now.
    pub province_now: String,
    /// District / commune, as named before 2025.
    pub locality: Text,
    /// Coordinates.
    pub location: Location,
    /// Periods the site belongs to.
    pub eras: Vec<Era>,
    /// Founding date in words (e.g. "before 1220, under the Lý").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub founded: Option<Text>,
    /// Person ids.
    pub people: Vec<String>,
    /// Official recognitions.
    pub recognitions: Vec<Recognition>,
    /// Festivals.
    pub festivals: Vec<Festival>,
    /// Practical information.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub visit: Option<VisitorInfo>,
    /// One line.
    pub summary: Text,
    /// 150–300 words in each language.
    pub description: Text,
    /// Key facts with sources.
    pub facts: Vec<KeyFact>,
    /// Notes for every ⚠ the fact sheet attaches to this site.
    pub caveats: Vec<Caveat>,
    /// Source ids for the site as a whole.
    pub sources: Vec<String>,
}

// ---------------------------------------------------------------- people.json

/// `people.json`: a historical person linked to the sites.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Person {
    /// Slug, e.g. `tran-nhan-tong`.
    pub id: String,
    /// Name (Vietnamese with diacritics; English usually the same name).
    pub name: Text,
    /// Other names (dharma names, titles), in Vietnamese.
    pub alt_names: Vec<String>,
    /// Year of birth, where sourced.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub born: Option<i32>,
    /// Year of death, where sourced.
    #[serde(skip_serializing_if = "Option::is_none")]
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
    pub uncertain: bool,
    /// Note, required when uncertain.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

// ---------------------------------------------------------------- timeline.json

/// How precisely a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    /// `YYYY`.
    Year,
    /// `YYYY-MM`.
    Month,
    /// `YYYY-MM-DD`.
    Day,
}

impl DatePrecision {
    /// Every precision, coarsest first.
    pub const ALL: [DatePrecision; 3] = [
        DatePrecision::Year,
        DatePrecision::Month,
        DatePrecision::Day,
    ];

    /// The id used in the data.
    pub fn id(self) -> &'static str {
        match self {
            DatePrecision::Year => "year",
            DatePrecision::Month => "month",
            DatePrecision::Day => "day",
        }
    }
}

/// Phases of the nomination.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Getting onto the Tentative List.
    TentativeList,
    /// Research and writing the dossier.
    Preparation,
    /// Sending the dossier.
    Submission,
    /// ICOMOS evaluation.
    Evaluation,
    /// The Committee's decision.
    Decision,
    /// What follows inscription.
    AfterInscription,
}

impl Phase {
    /// All phases in order.
    pub const ALL: [Phase; 6] = [
        Phase::TentativeList,
        Phase::Preparation,
        Phase::Submission,
        Phase::Evaluation,
        Phase::Decision,
        Phase::AfterInscription,
    ];

    /// The id used in data and URLs.
    pub fn id(self) -> &'static str {
        match self {
            Phase::TentativeList => "tentative_list",
            Phase::Preparation => "preparation",
            Phase::Submission => "submission",
            Phase::Evaluation => "evaluation",
            Phase::Decision => "decision",
            Phase::AfterInscription => "after_inscription",
        }
    }

    /// Visitor-facing label.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Phase::TentativeList => lang.t("Danh sách dự kiến", "Tentative list"),
            Phase::Preparation => lang.t("Chuẩn bị hồ sơ", "Preparation"),
            Phase::Submission => lang.t("Nộp hồ sơ", "Submission"),
            Phase::Evaluation => lang.t("ICOMOS thẩm định", "ICOMOS evaluation"),
            Phase::Decision => lang.t("Ủy ban quyết định", "Committee decision"),
            Phase::AfterInscription => lang.t("Sau khi ghi danh", "After inscription"),
        }
    }
}

/// Where a milestone stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Happened.
    Done,
    /// Under way.
    Ongoing,
    /// Announced, not yet done.
    Planned,
}

impl Status {
    /// Every status.
    pub const ALL: [Status; 3] = [Status::Done, Status::Ongoing, Status::Planned];

    /// The id used in the data.
    pub fn id(self) -> &'static str {
        match self {
            Status::Done => "done",
            Status::Ongoing => "ongoing",
            Status::Planned => "planned",
        }
    }

    /// Visitor-facing label.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Status::Done => lang.t("Đã xong", "Done"),
            Status::Ongoing => lang.t("Đang thực hiện", "Ongoing"),
            Status::Planned => lang.t("Dự kiến", "Planned"),
        }
    }
}

/// `timeline.json`: one dated step of the nomination or of the provinces' cooperation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Milestone {
    /// Slug, e.g. `2014-tentative-list`.
    pub id: String,
    /// ISO date at its precision: `2015`, `2022-01` or `2014-09-23`.
    pub date: String,
    /// Precision of `date`.
    pub precision: DatePrecision,
    /// End of a span (same format), e.g. a ten-day mission.
    #[serde(skip_serializing_if = "Option::is_none")]
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
    pub sites: Vec<String>,
    /// Source ids.
    pub sources: Vec<String>,
    /// ⚠ flag.
    pub uncertain: bool,
    /// Note, required when uncertain.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

// ---------------------------------------------------------------- sources.json

/// `sources.json`: a public page the data rests on.
#[derive(Clone, Debug, PartialEq, Serialize)]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

// ---------------------------------------------------------------- reading the data files

// Every record type reads from a JSON object with a member per field (src/domain/json.rs).
// `: default` marks a member that may be absent (an empty list, `false`); an absent `Option` is
// `None`; any other absent member is an error.

from_json_struct!(Text { vi, en });
from_json_struct!(KeyFact {
    text,
    sources,
    uncertain: default,
    note
});
from_json_struct!(Property {
    name,
    short_name,
    unesco_ref,
    inscribed,
    session,
    component_count,
    criteria,
    areas,
    story,
    point,
    summary,
    facts,
    provinces,
    actors,
    sources
});
from_json_struct!(Criterion {
    code,
    text,
    sources
});
from_json_struct!(AreaFigure {
    kind,
    hectares,
    sources,
    uncertain: default,
    note
});
from_json_struct!(StoryPart {
    part,
    title,
    text,
    sites,
    sources
});
from_json_struct!(Province {
    id,
    name,
    merged_into,
    current
});
from_json_struct!(Actor { id, name });
from_json_struct!(Location {
    lat,
    lon,
    precision_m,
    approximate,
    source,
    note
});
from_json_struct!(Recognition {
    kind,
    title,
    year,
    date,
    sources,
    uncertain: default,
    note
});
from_json_struct!(LunarDay { month, day });
from_json_struct!(Festival {
    id,
    name,
    start,
    end,
    main_day,
    text,
    sources,
    uncertain: default,
    note
});
from_json_struct!(VisitorInfo {
    text,
    as_of,
    sources,
    uncertain: default,
    note
});
from_json_struct!(Caveat { text, sources });
from_json_struct!(Site {
    id,
    name,
    alt_names: default,
    kind,
    status,
    component,
    part,
    province_before,
    province_now,
    locality,
    location,
    eras,
    founded,
    people: default,
    recognitions: default,
    festivals: default,
    visit,
    summary,
    description,
    facts,
    caveats: default,
    sources
});
from_json_struct!(Person {
    id,
    name,
    alt_names: default,
    born,
    died,
    role,
    bio,
    sites,
    sources,
    uncertain: default,
    note
});
from_json_struct!(Milestone {
    id,
    date,
    precision,
    end_date,
    title,
    text,
    phase,
    status,
    actors,
    sites: default,
    sources,
    uncertain: default,
    note
});
from_json_struct!(Source {
    id,
    title,
    publisher,
    url,
    lang,
    date
});
from_json_enum!(
    AreaKind,
    SeriesPart,
    SiteKind,
    SiteStatus,
    Era,
    RecognitionKind,
    DatePrecision,
    Phase,
    Status
);

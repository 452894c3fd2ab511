//! The nomination dossier: progress per phase, the steps' durations, the after-inscription
//! checklist and the timeline filter with its URL form.

use super::dataset::Dataset;
use super::date::{self, IsoDate};
use super::model::{Lang, Milestone, Phase, Status};
use super::text;

// ---------------------------------------------------------------- progress

/// How far one phase has come, counted over its milestones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhaseProgress {
    /// The phase.
    pub phase: Phase,
    /// Milestones in the phase.
    pub total: usize,
    /// Of which done.
    pub done: usize,
    /// Of which under way.
    pub ongoing: usize,
    /// Of which announced only.
    pub planned: usize,
    /// All done → done; some done or under way → ongoing; nothing started (or no milestone) →
    /// planned.
    pub status: Status,
    /// 0–100; see [`percent`].
    pub percent: u8,
}

/// Progress in percent: a done milestone is a whole step, an ongoing one half a step, a planned
/// one none; rounded down, so 100 means everything is done. Something started never shows 0
/// (it shows at least 1). No milestones → 0.
pub fn percent(done: usize, ongoing: usize, total: usize) -> u8 {
    if total == 0 {
        return 0;
    }
    let half_steps = (done * 2 + ongoing).min(total * 2);
    let p = half_steps * 100 / (total * 2);
    let p = if p == 0 && half_steps > 0 { 1 } else { p };
    u8::try_from(p).unwrap_or(100)
}

/// The status a group of milestones shares: see [`PhaseProgress::status`].
fn derived_status(done: usize, ongoing: usize, total: usize) -> Status {
    if total > 0 && done == total {
        Status::Done
    } else if done + ongoing > 0 {
        Status::Ongoing
    } else {
        Status::Planned
    }
}

/// Progress of each of the six phases, in [`Phase::ALL`] order (phases without milestones
/// included, as planned at 0%).
pub fn phase_progress(timeline: &[Milestone]) -> Vec<PhaseProgress> {
    Phase::ALL
        .iter()
        .map(|&phase| {
            let (mut done, mut ongoing, mut planned) = (0, 0, 0);
            for m in timeline.iter().filter(|m| m.phase == phase) {
                match m.status {
                    Status::Done => done += 1,
                    Status::Ongoing => ongoing += 1,
                    Status::Planned => planned += 1,
                }
            }
            let total = done + ongoing + planned;
            PhaseProgress {
                phase,
                total,
                done,
                ongoing,
                planned,
                status: derived_status(done, ongoing, total),
                percent: percent(done, ongoing, total),
            }
        })
        .collect()
}

/// Progress of the whole dossier, weighted by milestones (every milestone counts the same,
/// whatever its phase), with the rule of [`percent`].
pub fn overall_progress(timeline: &[Milestone]) -> u8 {
    let done = timeline.iter().filter(|m| m.status == Status::Done).count();
    let ongoing = timeline
        .iter()
        .filter(|m| m.status == Status::Ongoing)
        .count();
    percent(done, ongoing, timeline.len())
}

/// The parsed start date of a milestone, if it parses.
pub fn start_date(m: &Milestone) -> Option<IsoDate> {
    IsoDate::parse(&m.date)
}

/// The parsed end date of a milestone's span, if it has one and it parses.
pub fn end_date(m: &Milestone) -> Option<IsoDate> {
    m.end_date.as_deref().and_then(IsoDate::parse)
}

/// Sorts milestones by start date (stable; unparseable dates last).
fn sort_by_date(v: &mut [&Milestone]) {
    crate::domain::sort::sort_by_key(v, |m| match start_date(m) {
        Some(d) => (0, d),
        None => (1, IsoDate::year(0)),
    });
}

/// The after-inscription checklist: milestones of phase after-inscription still ongoing or
/// planned (UNESCO's requests and the provinces' commitments), by date.
pub fn after_inscription_requests(timeline: &[Milestone]) -> Vec<&Milestone> {
    let mut v: Vec<&Milestone> = timeline
        .iter()
        .filter(|m| m.phase == Phase::AfterInscription && m.status != Status::Done)
        .collect();
    sort_by_date(&mut v);
    v
}

// ---------------------------------------------------------------- durations

/// Days between the main steps of the nomination, with the milestones they were measured from.
///
/// Days count from the first day of each date's period, so a date known only to the month or
/// year gives an approximate count (`approximate` is then true).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StepDurations<'a> {
    /// The Tentative List entry used.
    pub tentative: Option<&'a Milestone>,
    /// The official submission used.
    pub submission: Option<&'a Milestone>,
    /// The Committee's decision used.
    pub decision: Option<&'a Milestone>,
    /// Tentative List → submission, in days.
    pub tentative_to_submission_days: Option<i64>,
    /// Submission → decision, in days.
    pub submission_to_decision_days: Option<i64>,
    /// Tentative List → decision, in days.
    pub tentative_to_decision_days: Option<i64>,
    /// True when a date used is known only to the month or year.
    pub approximate: bool,
}

/// A done milestone with a parseable date, paired with that date.
fn dated_done(timeline: &[Milestone], phase: Phase) -> Vec<(IsoDate, &Milestone)> {
    timeline
        .iter()
        .filter(|m| m.phase == phase && m.status == Status::Done)
        .filter_map(|m| start_date(m).map(|d| (d, m)))
        .collect()
}

/// The earliest of a list (the first in data order on a tie).
fn earliest<'a>(v: &[(IsoDate, &'a Milestone)]) -> Option<(IsoDate, &'a Milestone)> {
    v.iter()
        .copied()
        .reduce(|a, b| if b.0 < a.0 { b } else { a })
}

/// The latest of a list (the last in data order on a tie).
fn latest<'a>(v: &[(IsoDate, &'a Milestone)]) -> Option<(IsoDate, &'a Milestone)> {
    v.iter()
        .copied()
        .reduce(|a, b| if b.0 >= a.0 { b } else { a })
}

/// The decision step with its date: the inscription itself, not another event filed under the
/// same phase (a bridge opened "2025-07", dated only to the month, would otherwise sort first).
fn decision_step(timeline: &[Milestone]) -> Option<(IsoDate, &Milestone)> {
    let decision_all = dated_done(timeline, Phase::Decision);
    let inscribed: Vec<_> = decision_all
        .iter()
        .copied()
        .filter(|(_, m)| m.id.contains("inscri"))
        .collect();
    earliest(&inscribed).or_else(|| earliest(&decision_all))
}

/// The inscription: the done milestone of the Committee's decision (see [`step_durations`]), or
/// `None` while there is none.
pub fn inscription(timeline: &[Milestone]) -> Option<&Milestone> {
    decision_step(timeline).map(|(_, m)| m)
}

/// What has been done since the inscription: the done milestones of phase after-inscription,
/// by date.
pub fn done_since_inscription(timeline: &[Milestone]) -> Vec<&Milestone> {
    let mut v: Vec<&Milestone> = timeline
        .iter()
        .filter(|m| m.phase == Phase::AfterInscription && m.status == Status::Done)
        .collect();
    sort_by_date(&mut v);
    v
}

/// Durations between the main steps, computed from the done, dated milestones:
/// - the Tentative List entry: the earliest milestone of phase tentative-list whose id contains
///   "tentative" (the data's slugs, e.g. `2014-tentative-list`), else the phase's earliest;
/// - the submission: the latest milestone of phase submission (a draft precedes the official
///   dossier);
/// - the decision: the earliest milestone of phase decision.
///
/// A missing step leaves its durations `None`; `None` overall when no duration can be computed.
pub fn step_durations(timeline: &[Milestone]) -> Option<StepDurations<'_>> {
    let tentative_all = dated_done(timeline, Phase::TentativeList);
    let named: Vec<_> = tentative_all
        .iter()
        .copied()
        .filter(|(_, m)| m.id.contains("tentative"))
        .collect();
    let tentative = earliest(&named).or_else(|| earliest(&tentative_all));
    let submission = latest(&dated_done(timeline, Phase::Submission));
    let decision = decision_step(timeline);

    let between = |a: Option<(IsoDate, &Milestone)>, b: Option<(IsoDate, &Milestone)>| {
        a.zip(b).map(|((a, _), (b, _))| date::days_between(&a, &b))
    };
    let result = StepDurations {
        tentative: tentative.map(|(_, m)| m),
        submission: submission.map(|(_, m)| m),
        decision: decision.map(|(_, m)| m),
        tentative_to_submission_days: between(tentative, submission),
        submission_to_decision_days: between(submission, decision),
        tentative_to_decision_days: between(tentative, decision),
        approximate: [tentative, submission, decision]
            .iter()
            .flatten()
            .any(|(d, _)| d.day.is_none()),
    };
    let any = result.tentative_to_submission_days.is_some()
        || result.submission_to_decision_days.is_some()
        || result.tentative_to_decision_days.is_some();
    any.then_some(result)
}

// ---------------------------------------------------------------- timeline filter

/// What the visitor filters the timeline by; every part is optional (empty = no filter).
/// Phases are OR-ed, actors are OR-ed, and the parts are AND-ed together.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TimelineQuery {
    /// Keep milestones of these phases.
    pub phases: Vec<Phase>,
    /// Keep milestones reaching into this year or later.
    pub from_year: Option<i32>,
    /// Keep milestones starting in this year or earlier.
    pub to_year: Option<i32>,
    /// Keep milestones naming one of these actor ids.
    pub actors: Vec<String>,
    /// Words that must all appear (diacritics and case ignored).
    pub text: String,
}

/// Splits a comma-separated URL value into trimmed, non-empty parts.
fn split_list(value: &str) -> impl Iterator<Item = &str> {
    value.split(',').map(str::trim).filter(|s| !s.is_empty())
}

impl TimelineQuery {
    /// True when nothing is filtered.
    pub fn is_empty(&self) -> bool {
        self.phases.is_empty()
            && self.from_year.is_none()
            && self.to_year.is_none()
            && self.actors.is_empty()
            && self.text.trim().is_empty()
    }

    /// The URL parameters (`phase`, `from`, `to`, `actor`, `q`; lists comma-separated), only
    /// those that filter something.
    pub fn to_params(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        if !self.phases.is_empty() {
            let ids: Vec<&str> = self.phases.iter().map(|p| p.id()).collect();
            out.push(("phase".to_string(), ids.join(",")));
        }
        if let Some(y) = self.from_year {
            out.push(("from".to_string(), y.to_string()));
        }
        if let Some(y) = self.to_year {
            out.push(("to".to_string(), y.to_string()));
        }
        if !self.actors.is_empty() {
            out.push(("actor".to_string(), self.actors.join(",")));
        }
        let text = self.text.trim();
        if !text.is_empty() {
            out.push(("q".to_string(), text.to_string()));
        }
        out
    }

    /// Reads the URL parameters back. Unknown keys, unknown phases and unreadable years are
    /// ignored; repeated keys add up; duplicates are dropped; a reversed year range is swapped.
    pub fn from_params(params: &[(String, String)]) -> TimelineQuery {
        let mut q = TimelineQuery::default();
        for (key, value) in params {
            match key.as_str() {
                "phase" => {
                    for p in split_list(value)
                        .filter_map(|id| Phase::ALL.iter().copied().find(|p| p.id() == id))
                    {
                        if !q.phases.contains(&p) {
                            q.phases.push(p);
                        }
                    }
                }
                "from" => q.from_year = value.trim().parse().ok().or(q.from_year),
                "to" => q.to_year = value.trim().parse().ok().or(q.to_year),
                "actor" => {
                    for a in split_list(value) {
                        if !q.actors.iter().any(|x| x == a) {
                            q.actors.push(a.to_string());
                        }
                    }
                }
                "q" => {
                    let t = value.trim();
                    if !t.is_empty() {
                        q.text = t.to_string();
                    }
                }
                _ => {}
            }
        }
        if let (Some(a), Some(b)) = (q.from_year, q.to_year) {
            if a > b {
                q.from_year = Some(b);
                q.to_year = Some(a);
            }
        }
        q
    }

    /// Drops actor ids the dataset does not know (from an old or hand-edited URL).
    pub fn retain_known_actors(&mut self, ds: &Dataset) {
        self.actors
            .retain(|a| ds.property.actors.iter().any(|x| &x.id == a));
    }
}

/// True when the milestone's years (start to end of its span) overlap the query's range.
/// With a year bound set, a milestone whose date does not parse is left out.
fn in_year_range(m: &Milestone, q: &TimelineQuery) -> bool {
    if q.from_year.is_none() && q.to_year.is_none() {
        return true;
    }
    let Some(start) = start_date(m) else {
        return false;
    };
    let end_year = end_date(m).map_or(start.year, |e| e.year.max(start.year));
    q.from_year.is_none_or(|f| end_year >= f) && q.to_year.is_none_or(|t| start.year <= t)
}

/// Everything a text search looks in, folded: title and text in both languages, the date as
/// shown in `lang`, actor names, site names (and their other names), the note.
fn haystack(ds: &Dataset, m: &Milestone, lang: Lang) -> String {
    let mut parts: Vec<&str> = vec![&m.title.vi, &m.title.en, &m.text.vi, &m.text.en];
    if let Some(note) = &m.note {
        parts.push(&note.vi);
        parts.push(&note.en);
    }
    for id in &m.actors {
        if let Some(a) = ds.property.actors.iter().find(|a| &a.id == id) {
            parts.push(&a.name.vi);
            parts.push(&a.name.en);
        }
    }
    for id in &m.sites {
        if let Some(s) = ds.site(id) {
            parts.push(&s.name.vi);
            parts.push(&s.name.en);
            parts.extend(s.alt_names.iter().map(String::as_str));
        }
    }
    let shown_date = start_date(m)
        .map(|s| date::format_span(&s, end_date(m).as_ref(), lang))
        .unwrap_or_default();
    parts.push(&shown_date);
    text::fold(&parts.join("\n"))
}

/// The timeline's milestones that match the query, by date (unparseable dates last).
pub fn filter_timeline<'a>(ds: &'a Dataset, q: &TimelineQuery, lang: Lang) -> Vec<&'a Milestone> {
    let words = text::tokens(&q.text);
    let mut v: Vec<&Milestone> = ds
        .timeline
        .iter()
        .filter(|m| q.phases.is_empty() || q.phases.contains(&m.phase))
        .filter(|m| q.actors.is_empty() || m.actors.iter().any(|a| q.actors.contains(a)))
        .filter(|m| in_year_range(m, q))
        .filter(|m| {
            if words.is_empty() {
                return true;
            }
            text::matches_tokens(&haystack(ds, m, lang), &words)
        })
        .collect();
    sort_by_date(&mut v);
    v
}

#[cfg(test)]
mod real_data_tests {
    use super::*;

    #[test]
    fn durations_over_the_real_timeline_use_the_inscription() {
        let text = include_str!("../../public/data/timeline.json");
        let timeline: Vec<Milestone> = serde_json::from_str(text).expect("timeline.json parses");
        let d = step_durations(&timeline).expect("durations");
        assert_eq!(d.decision.map(|m| m.id.as_str()), Some("2025-07-inscribed"));
        // 2014-09-23 → 2024-01-26 → 2025-07-12, counted with Python's datetime.
        assert_eq!(d.tentative_to_submission_days, Some(3412));
        assert_eq!(d.submission_to_decision_days, Some(533));
        assert_eq!(d.tentative_to_decision_days, Some(3945));
    }

    #[test]
    fn the_inscription_and_what_followed_it() {
        let text = include_str!("../../public/data/timeline.json");
        let timeline: Vec<Milestone> = serde_json::from_str(text).expect("timeline.json parses");
        let m = inscription(&timeline).expect("inscribed");
        assert_eq!(
            (m.id.as_str(), m.date.as_str()),
            ("2025-07-inscribed", "2025-07-12")
        );
        let done: Vec<&str> = done_since_inscription(&timeline)
            .iter()
            .map(|m| m.date.as_str())
            .collect();
        assert_eq!(done, ["2025-08-17", "2025-12-20"]);
        assert!(inscription(&[]).is_none());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{DatePrecision, Text};

    fn t(s: &str) -> Text {
        Text {
            vi: s.to_string(),
            en: s.to_string(),
        }
    }

    fn ms(id: &str, date: &str, phase: Phase, status: Status) -> Milestone {
        let precision = match date.len() {
            4 => DatePrecision::Year,
            7 => DatePrecision::Month,
            _ => DatePrecision::Day,
        };
        Milestone {
            id: id.to_string(),
            date: date.to_string(),
            precision,
            end_date: None,
            title: t(id),
            text: t(""),
            phase,
            status,
            actors: vec![],
            sites: vec![],
            sources: vec!["s1".to_string()],
            uncertain: false,
            note: None,
        }
    }

    use Phase::*;
    use Status::*;

    fn progress_of(tl: &[Milestone], phase: Phase) -> PhaseProgress {
        phase_progress(tl)
            .into_iter()
            .find(|p| p.phase == phase)
            .unwrap()
    }

    #[test]
    fn percent_counts_ongoing_as_half() {
        assert_eq!(percent(0, 0, 0), 0);
        assert_eq!(percent(1, 0, 1), 100);
        assert_eq!(percent(0, 1, 1), 50);
        assert_eq!(percent(1, 1, 2), 75);
        assert_eq!(percent(2, 1, 3), 83);
        assert_eq!(percent(0, 0, 3), 0);
        assert_eq!(percent(0, 1, 200), 1, "started never shows 0");
        assert_eq!(
            percent(199, 0, 200),
            99,
            "rounded down: 100 only when all done"
        );
    }

    #[test]
    fn phase_status_for_each_mix() {
        let tl = vec![
            ms("a", "2014-09-23", TentativeList, Done),
            ms("b", "2021-02-01", TentativeList, Done),
            ms("c", "2022", Preparation, Done),
            ms("d", "2023", Preparation, Ongoing),
            ms("e", "2023-09-30", Submission, Ongoing),
            ms("f", "2024", Evaluation, Planned),
            ms("g", "2024", Evaluation, Planned),
            ms("h", "2026", AfterInscription, Done),
            ms("i", "2027", AfterInscription, Planned),
        ];
        let all = phase_progress(&tl);
        assert_eq!(
            all.iter().map(|p| p.phase).collect::<Vec<_>>(),
            Phase::ALL.to_vec()
        );

        let p = progress_of(&tl, TentativeList);
        assert_eq!((p.total, p.done, p.status, p.percent), (2, 2, Done, 100));
        let p = progress_of(&tl, Preparation);
        assert_eq!(
            (p.done, p.ongoing, p.status, p.percent),
            (1, 1, Ongoing, 75)
        );
        let p = progress_of(&tl, Submission);
        assert_eq!((p.ongoing, p.status, p.percent), (1, Ongoing, 50));
        let p = progress_of(&tl, Evaluation);
        assert_eq!((p.planned, p.status, p.percent), (2, Planned, 0));
        let p = progress_of(&tl, Decision);
        assert_eq!((p.total, p.status, p.percent), (0, Planned, 0));
        let p = progress_of(&tl, AfterInscription);
        assert_eq!(
            (p.done, p.planned, p.status, p.percent),
            (1, 1, Ongoing, 50)
        );
    }

    #[test]
    fn overall_is_weighted_by_milestones() {
        assert_eq!(overall_progress(&[]), 0);
        let tl = vec![
            ms("a", "2014", TentativeList, Done),
            ms("b", "2015", TentativeList, Done),
            ms("c", "2016", TentativeList, Done),
            ms("d", "2025", AfterInscription, Ongoing),
        ];
        // (3 × 2 + 1) half steps of 8 → 87.5 → 87 (by phases it would be (100 + 50) / 2 = 75).
        assert_eq!(overall_progress(&tl), 87);
        let done: Vec<_> = tl.iter().take(3).cloned().collect();
        assert_eq!(overall_progress(&done), 100);
    }

    #[test]
    fn checklist_lists_open_after_inscription_items_by_date() {
        let tl = vec![
            ms("cert", "2025-12-20", AfterInscription, Done),
            ms("plan-b", "2027", AfterInscription, Planned),
            ms("plan-a", "2026-03", AfterInscription, Ongoing),
            ms("other", "2026", Evaluation, Planned),
        ];
        let ids: Vec<&str> = after_inscription_requests(&tl)
            .iter()
            .map(|m| m.id.as_str())
            .collect();
        assert_eq!(ids, ["plan-a", "plan-b"]);
    }

    fn nomination() -> Vec<Milestone> {
        vec![
            ms("2012-request", "2012-10-12", TentativeList, Done),
            ms("2014-tentative-list", "2014-09-23", TentativeList, Done),
            ms("2021-tentative-list", "2021-02-01", TentativeList, Done),
            ms("2023-draft", "2023-09-30", Submission, Done),
            ms("2024-submitted", "2024-01-26", Submission, Done),
            ms("2025-inscribed", "2025-07-12", Decision, Done),
            ms("2025-ceremony", "2025-08-17", Decision, Done),
        ]
    }

    #[test]
    fn durations_between_main_steps() {
        let tl = nomination();
        let d = step_durations(&tl).unwrap();
        assert_eq!(d.tentative.unwrap().id, "2014-tentative-list");
        assert_eq!(d.submission.unwrap().id, "2024-submitted");
        assert_eq!(d.decision.unwrap().id, "2025-inscribed");
        // python3: (date(2024,1,26) - date(2014,9,23)).days etc.
        assert_eq!(d.tentative_to_submission_days, Some(3412));
        assert_eq!(d.submission_to_decision_days, Some(533));
        assert_eq!(d.tentative_to_decision_days, Some(3945));
        assert!(!d.approximate);
    }

    #[test]
    fn durations_with_missing_steps() {
        assert_eq!(step_durations(&[]), None);
        let mut tl = nomination();
        tl.retain(|m| m.phase != Decision);
        let d = step_durations(&tl).unwrap();
        assert_eq!(d.tentative_to_submission_days, Some(3412));
        assert_eq!(d.submission_to_decision_days, None);
        assert_eq!(d.decision, None);
        // A planned decision is not a step taken.
        tl.push(ms("2025-decision", "2025-07", Decision, Planned));
        assert_eq!(step_durations(&tl).unwrap().decision, None);
        // Only one step: nothing to measure.
        let only = vec![ms("2014-tentative-list", "2014-09-23", TentativeList, Done)];
        assert_eq!(step_durations(&only), None);
    }

    #[test]
    fn durations_fall_back_and_flag_approximate_dates() {
        let tl = vec![
            ms("entry", "2014-09", TentativeList, Done),
            ms("sent", "2024-01-26", Submission, Done),
        ];
        let d = step_durations(&tl).unwrap();
        assert_eq!(d.tentative.unwrap().id, "entry");
        assert_eq!(d.tentative_to_submission_days, Some(3434)); // from 2014-09-01
        assert!(d.approximate);
    }

    fn dataset(timeline: Vec<Milestone>) -> Dataset {
        let property = serde_json::json!({
            "name": {"vi": "P", "en": "P"}, "short_name": {"vi": "P", "en": "P"},
            "unesco_ref": 1732, "inscribed": "2025-07-12",
            "session": {"vi": "", "en": ""}, "component_count": 12, "criteria": [],
            "areas": [], "story": [],
            "point": {"lat": 21.0, "lon": 106.0, "precision_m": 10, "approximate": false},
            "summary": {"vi": "", "en": ""}, "facts": [], "provinces": [],
            "actors": [
                {"id": "quang-ninh", "name": {"vi": "Quảng Ninh", "en": "Quảng Ninh"}},
                {"id": "icomos", "name": {"vi": "ICOMOS", "en": "ICOMOS"}}
            ],
            "sources": []
        });
        let site = serde_json::json!({
            "id": "con-son", "name": {"vi": "Chùa Côn Sơn", "en": "Côn Sơn Pagoda"},
            "alt_names": ["chùa Hun"], "kind": "pagoda", "status": "component",
            "component": 9, "part": "revival", "province_before": "hai-duong",
            "province_now": "hai-phong", "locality": {"vi": "", "en": ""},
            "location": {"lat": 21.1, "lon": 106.3, "precision_m": 3000, "approximate": true},
            "eras": ["tran"], "summary": {"vi": "", "en": ""},
            "description": {"vi": "", "en": ""}, "facts": [], "sources": []
        });
        Dataset {
            property: serde_json::from_value(property).unwrap(),
            sites: vec![serde_json::from_value(site).unwrap()],
            people: vec![],
            timeline,
            sources: vec![],
        }
    }

    fn sample() -> Dataset {
        let mut a = ms("2014-tentative-list", "2014-09-23", TentativeList, Done);
        a.title = Text {
            vi: "Đưa vào Danh sách dự kiến".into(),
            en: "Entered on the Tentative List".into(),
        };
        a.actors = vec!["quang-ninh".into()];
        let mut b = ms("2024-mission", "2024-08-05", Evaluation, Done);
        b.end_date = Some("2024-08-15".into());
        b.title = Text {
            vi: "Đoàn chuyên gia ICOMOS khảo sát".into(),
            en: "ICOMOS field mission".into(),
        };
        b.actors = vec!["icomos".into()];
        b.sites = vec!["con-son".into()];
        let mut c = ms("2019-span", "2019", Preparation, Done);
        c.end_date = Some("2023".into());
        let d = ms("2025-inscribed", "2025-07-12", Decision, Done);
        // Out of date order on purpose: results come back sorted.
        dataset(vec![d, b, c, a])
    }

    fn ids(v: &[&Milestone]) -> Vec<String> {
        v.iter().map(|m| m.id.clone()).collect()
    }

    #[test]
    fn empty_query_returns_everything_by_date() {
        let ds = sample();
        let q = TimelineQuery::default();
        assert!(q.is_empty());
        assert_eq!(
            ids(&filter_timeline(&ds, &q, Lang::Vi)),
            [
                "2014-tentative-list",
                "2019-span",
                "2024-mission",
                "2025-inscribed"
            ]
        );
    }

    #[test]
    fn filters_by_phase_actor_and_years() {
        let ds = sample();
        let q = TimelineQuery {
            phases: vec![TentativeList, Decision],
            ..Default::default()
        };
        assert_eq!(
            ids(&filter_timeline(&ds, &q, Lang::Vi)),
            ["2014-tentative-list", "2025-inscribed"]
        );
        let q = TimelineQuery {
            actors: vec!["icomos".into()],
            ..Default::default()
        };
        assert_eq!(ids(&filter_timeline(&ds, &q, Lang::Vi)), ["2024-mission"]);
        // The 2019–2023 span overlaps 2021–2022.
        let q = TimelineQuery {
            from_year: Some(2021),
            to_year: Some(2022),
            ..Default::default()
        };
        assert_eq!(ids(&filter_timeline(&ds, &q, Lang::Vi)), ["2019-span"]);
        let q = TimelineQuery {
            from_year: Some(2024),
            ..Default::default()
        };
        assert_eq!(
            ids(&filter_timeline(&ds, &q, Lang::Vi)),
            ["2024-mission", "2025-inscribed"]
        );
        let q = TimelineQuery {
            to_year: Some(2014),
            phases: vec![Decision],
            ..Default::default()
        };
        assert!(filter_timeline(&ds, &q, Lang::Vi).is_empty());
    }

    #[test]
    fn text_search_folds_diacritics_and_looks_everywhere() {
        let ds = sample();
        let find = |text: &str, lang: Lang| {
            let q = TimelineQuery {
                text: text.into(),
                ..Default::default()
            };
            ids(&filter_timeline(&ds, &q, lang))
        };
        assert_eq!(find("danh sach du kien", Lang::En), ["2014-tentative-list"]);
        assert_eq!(find("TENTATIVE", Lang::Vi), ["2014-tentative-list"]);
        assert_eq!(find("quang ninh", Lang::Vi), ["2014-tentative-list"]); // actor name
        assert_eq!(find("Côn Sơn", Lang::Vi), ["2024-mission"]); // site name
        assert_eq!(find("chua hun", Lang::Vi), ["2024-mission"]); // site's other name
        assert_eq!(find("Co\u{302}n So\u{31b}n", Lang::Vi), ["2024-mission"]); // NFD input
        assert_eq!(find("Aug 2024", Lang::En), ["2024-mission"]); // date as shown
        assert_eq!(find("08/2024", Lang::Vi), ["2024-mission"]);
        assert!(find("icomos tentative", Lang::Vi).is_empty()); // all words must match
    }

    #[test]
    fn url_round_trip() {
        let q = TimelineQuery {
            phases: vec![Submission, Evaluation],
            from_year: Some(2014),
            to_year: Some(2025),
            actors: vec!["quang-ninh".into(), "icomos".into()],
            text: "ICOMOS Paris".into(),
        };
        let params = q.to_params();
        assert_eq!(
            params,
            vec![
                ("phase".to_string(), "submission,evaluation".to_string()),
                ("from".to_string(), "2014".to_string()),
                ("to".to_string(), "2025".to_string()),
                ("actor".to_string(), "quang-ninh,icomos".to_string()),
                ("q".to_string(), "ICOMOS Paris".to_string()),
            ]
        );
        assert_eq!(TimelineQuery::from_params(&params), q);
        assert!(TimelineQuery::default().to_params().is_empty());
    }

    #[test]
    fn url_parsing_ignores_what_it_does_not_know() {
        let p = |k: &str, v: &str| (k.to_string(), v.to_string());
        let q = TimelineQuery::from_params(&[
            p("phase", "decision,bogus,,decision"),
            p("phase", "tentative_list"),
            p("from", "twenty"),
            p("to", "2020"),
            p("from", "2025"),
            p("actor", " icomos , nobody"),
            p("sort", "date"),
            p("q", "   "),
        ]);
        assert_eq!(q.phases, [Decision, TentativeList]);
        assert_eq!(
            (q.from_year, q.to_year),
            (Some(2020), Some(2025)),
            "swapped"
        );
        assert_eq!(q.actors, ["icomos", "nobody"]);
        assert_eq!(q.text, "");
        let mut q = q;
        q.retain_known_actors(&sample());
        assert_eq!(q.actors, ["icomos"]);
    }
}

//! The dossier page's parts: its outcome and phases, the after-inscription requests, the
//! durations between the main steps, the timeline filters, the timeline items and their
//! sources, and moving focus to a linked milestone.

pub mod filters;
pub mod focus;
pub mod progress;
pub mod timeline;

use crate::domain::date;
use crate::domain::dossier::{end_date, start_date};
use crate::domain::model::{Lang, Milestone, Status};
use leptos::prelude::*;

/// A milestone's date at its precision, in the language's short form ("23/09/2014",
/// "Sep 2014", spans "5–15 Aug 2024"); the raw text if it does not parse.
pub fn milestone_date(m: &Milestone, lang: Lang) -> String {
    start_date(m)
        .map(|s| date::format_span(&s, end_date(m).as_ref(), lang))
        .unwrap_or_else(|| m.date.clone())
}

/// The id used in class names for a status.
pub fn status_id(s: Status) -> &'static str {
    match s {
        Status::Done => "done",
        Status::Ongoing => "ongoing",
        Status::Planned => "planned",
    }
}

/// A shape for each status, so that it never rests on colour alone.
pub fn status_icon(s: Status) -> &'static str {
    match s {
        Status::Done => "✓",
        Status::Ongoing => "◐",
        Status::Planned => "○",
    }
}

/// The status as an icon and its label: "◐ Đang thực hiện".
pub fn status_label(s: Status, lang: Lang) -> impl IntoView {
    view! {
        <span class=format!("dossier-status status-{}", status_id(s))>
            <span class="status-icon" aria-hidden="true">{status_icon(s)}</span>
            " "
            {s.label(lang)}
        </span>
    }
}

/// The deep link to one milestone: `/dossier?m=<id>` (with the base path and `lang`).
pub fn milestone_href(id: &str, lang: Lang) -> String {
    crate::nav::href_with("/dossier", lang, &[("m".to_string(), id.to_string())])
}

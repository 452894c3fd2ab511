//! Progress of the dossier (overall and per phase), the Committee's after-inscription requests
//! and the durations between the main steps.

use super::{milestone_date, milestone_href, status_id, status_label};
use crate::domain::date;
use crate::domain::dossier::{self, PhaseProgress};
use crate::domain::model::{Lang, Milestone, Status};
use crate::nav::href_with;
use leptos::prelude::*;

/// A progress bar with its percentage as text. The bar is named by `labelled_by` and reads
/// its value as `valuetext`.
fn meter(percent: u8, labelled_by: String, valuetext: String) -> impl IntoView {
    view! {
        <div class="meter">
            <progress
                max="100"
                value=percent.to_string()
                aria-labelledby=labelled_by
                aria-valuetext=valuetext
            ></progress>
            <span class="meter-value" aria-hidden="true">{format!("{percent}%")}</span>
        </div>
    }
}

/// "2/8 mốc đã xong, 6 đang thực hiện" / "2 of 8 milestones done, 6 ongoing".
pub fn counts_text(p: &PhaseProgress, lang: Lang) -> String {
    if p.total == 0 {
        return lang.t("Chưa có mốc nào", "No milestones yet").to_string();
    }
    let mut s = match lang {
        Lang::Vi => format!("{}/{} mốc đã xong", p.done, p.total),
        Lang::En => format!("{} of {} milestones done", p.done, p.total),
    };
    if p.ongoing > 0 {
        s.push_str(&format!(
            ", {} {}",
            p.ongoing,
            lang.t("đang thực hiện", "ongoing")
        ));
    }
    if p.planned > 0 {
        s.push_str(&format!(", {} {}", p.planned, lang.t("dự kiến", "planned")));
    }
    s
}

/// The overall meter.
pub fn overall(timeline: &[Milestone], lang: Lang) -> impl IntoView {
    let percent = dossier::overall_progress(timeline);
    let done = timeline.iter().filter(|m| m.status == Status::Done).count();
    let summary = match lang {
        Lang::Vi => format!("{done}/{} mốc đã xong", timeline.len()),
        Lang::En => format!("{done} of {} milestones done", timeline.len()),
    };
    view! {
        <div class="overall-progress">
            <p class="overall-label" id="overall-label">
                <strong>{lang.t("Tiến độ chung", "Overall progress")}</strong>
                ": "
                {format!("{percent}%")}
                " · "
                {summary.clone()}
            </p>
            {meter(percent, "overall-label".to_string(), format!("{percent}% — {summary}"))}
        </div>
    }
}

/// The six phases in order, each with its status, meter and counts, and a link that filters
/// the timeline to it.
pub fn phase_list(timeline: &[Milestone], lang: Lang) -> impl IntoView {
    let items = dossier::phase_progress(timeline)
        .into_iter()
        .map(|p| {
            let heading = format!("phase-{}", p.phase.id());
            let counts = counts_text(&p, lang);
            let filter = format!(
                "{}#timeline",
                href_with(
                    "/dossier",
                    lang,
                    &[("phase".to_string(), p.phase.id().to_string())]
                )
            );
            view! {
                <li
                    class=format!("phase status-{}", status_id(p.status))
                    data-phase=p.phase.id()
                    data-percent=p.percent.to_string()
                >
                    <h3 id=heading.clone()>{p.phase.label(lang)}</h3>
                    <p class="phase-status">{status_label(p.status, lang)}</p>
                    {meter(p.percent, heading, format!("{}% — {counts}", p.percent))}
                    <p class="phase-counts">{counts.clone()}</p>
                    {(p.total > 0).then(|| view! {
                        <a class="phase-filter" href=filter>
                            {lang.t("Xem trên dòng thời gian", "Show on the timeline")}
                            <span class="visually-hidden">{format!(": {}", p.phase.label(lang))}</span>
                        </a>
                    })}
                </li>
            }
        })
        .collect_view();
    view! { <ol class="phase-list">{items}</ol> }
}

/// The after-inscription requests still under way, as a list with a status for each (not a
/// box to tick: they are never "finished" in the way a form is).
pub fn requests(timeline: &[Milestone], lang: Lang) -> impl IntoView {
    let reqs = dossier::after_inscription_requests(timeline);
    if reqs.is_empty() {
        return view! {
            <p>{lang.t("Không có việc nào đang chờ.", "Nothing is pending.")}</p>
        }
        .into_any();
    }
    let items = reqs
        .iter()
        .map(|m| {
            view! {
                <li class=format!("request status-{}", status_id(m.status)) data-milestone=m.id.clone()>
                    {status_label(m.status, lang)}
                    <span class="request-title">
                        <a href=milestone_href(&m.id, lang)>{m.title.get(lang).to_string()}</a>
                    </span>
                    <span class="request-since">
                        {format!("{} {}", lang.t("từ", "since"), milestone_date(m, lang))}
                    </span>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="request-list">{items}</ul> }.into_any()
}

/// 3412 → "3.412" (vi) / "3,412" (en).
fn group_thousands(n: i64, lang: Lang) -> String {
    let digits = n.unsigned_abs().to_string();
    let sep = lang.t(".", ",");
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    if n < 0 {
        format!("-{out}")
    } else {
        out
    }
}

/// One end of a step: date, title and a link to it, with ⚠ when it is uncertain.
fn step_end(m: &Milestone, lang: Lang) -> impl IntoView {
    view! {
        <a href=milestone_href(&m.id, lang)>
            <time datetime=m.date.clone()>{milestone_date(m, lang)}</time>
            " “"
            {m.title.get(lang).to_string()}
            "”"
        </a>
        {m.uncertain.then(|| view! {
            " "
            <span class="uncertain">
                <span aria-hidden="true">"⚠ "</span>
                {lang.t("chưa chắc chắn", "uncertain")}
            </span>
        })}
    }
}

/// The durations tentative list → submission → decision, naming the milestones measured.
pub fn durations(timeline: &[Milestone], lang: Lang) -> impl IntoView {
    let Some(d) = dossier::step_durations(timeline) else {
        return view! {
            <p>{lang.t("Chưa đủ mốc để tính.", "Not enough milestones to compute them yet.")}</p>
        }
        .into_any();
    };
    let approx = if d.approximate { "≈ " } else { "" };
    let row = |label: &'static str,
               days: Option<i64>,
               from: Option<&Milestone>,
               to: Option<&Milestone>| {
        let (Some(days), Some(from), Some(to)) = (days, from, to) else {
            return None;
        };
        let count = match lang {
            Lang::Vi => format!("{} ngày", group_thousands(days, lang)),
            Lang::En => format!("{} days", group_thousands(days, lang)),
        };
        Some(view! {
            <div class="duration">
                <dt>{label}</dt>
                <dd>
                    <strong class="duration-value">
                        {format!("{approx}{}", date::describe_duration(days, lang))}
                    </strong>
                    {format!(" ({count})")}
                    <span class="duration-ends">
                        {lang.t("từ ", "from ")}
                        {step_end(from, lang)}
                        {lang.t(" đến ", " to ")}
                        {step_end(to, lang)}
                    </span>
                </dd>
            </div>
        })
    };
    let rows = vec![
        row(
            lang.t(
                "Danh sách dự kiến → nộp hồ sơ",
                "Tentative list → submission",
            ),
            d.tentative_to_submission_days,
            d.tentative,
            d.submission,
        ),
        row(
            lang.t("Nộp hồ sơ → quyết định", "Submission → decision"),
            d.submission_to_decision_days,
            d.submission,
            d.decision,
        ),
        row(
            lang.t(
                "Danh sách dự kiến → quyết định",
                "Tentative list → decision",
            ),
            d.tentative_to_decision_days,
            d.tentative,
            d.decision,
        ),
    ];
    let any_uncertain = [d.tentative, d.submission, d.decision]
        .iter()
        .flatten()
        .any(|m| m.uncertain);
    view! {
        <dl class="durations">{rows}</dl>
        <p class="duration-note">
            {lang.t(
                "Số ngày đếm từ ngày đầu của mỗi mốc; năm và tháng được làm tròn xuống, nên mọi khoảng thời gian đều là gần đúng.",
                "Days are counted from the first day of each milestone; years and months are rounded down, so every duration is approximate.",
            )}
            {d.approximate.then(|| lang.t(
                " ≈: một mốc chỉ biết đến tháng hoặc năm.",
                " ≈: a milestone is known only to the month or year.",
            ))}
            {any_uncertain.then(|| lang.t(
                " ⚠: ngày của một mốc chưa chắc chắn; xem ghi chú của mốc đó.",
                " ⚠: a milestone's date is uncertain; see its note.",
            ))}
        </p>
    }
    .into_any()
}

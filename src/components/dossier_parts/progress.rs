//! What the dossier achieved (the inscription), its phases, the Committee's after-inscription
//! requests and what has been done since, and the durations between the main steps.

use super::{milestone_date, milestone_href, status_id, status_label};
use crate::domain::date;
use crate::domain::dossier::{self, PhaseProgress};
use crate::domain::model::{Lang, Milestone, Phase, Status};
use crate::nav::href_with;
use leptos::prelude::*;

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

/// What the dossier achieved: the inscription, with its date and a link to it on the timeline;
/// a plain notice while there is no decision yet.
pub fn outcome(timeline: &[Milestone], lang: Lang) -> impl IntoView {
    let Some(m) = dossier::inscription(timeline) else {
        return view! {
            <p class="outcome">
                {lang.t(
                    "Ủy ban Di sản Thế giới chưa ra quyết định.",
                    "The World Heritage Committee has not decided yet.",
                )}
            </p>
        }
        .into_any();
    };
    view! {
        <div class="outcome" data-milestone=m.id.clone()>
            <p class="outcome-date">
                <span class="outcome-icon" aria-hidden="true">"✓ "</span>
                <time datetime=m.date.clone()>{milestone_date(m, lang)}</time>
            </p>
            <p class="outcome-title">{m.title.get(lang).to_string()}</p>
            <p class="outcome-text">{m.text.get(lang).to_string()}</p>
            <p>
                <a href=milestone_href(&m.id, lang)>
                    {lang.t("Xem mốc này trên dòng thời gian", "See this milestone on the timeline")}
                </a>
            </p>
        </div>
    }
    .into_any()
}

/// The phases that led to the decision, in order, each with its status, its counts and a link
/// that filters the timeline to it. What follows the inscription is not a phase to finish: it has
/// its own list ([`requests`], [`done_since`]).
pub fn phase_list(timeline: &[Milestone], lang: Lang) -> impl IntoView {
    let items = dossier::phase_progress(timeline)
        .into_iter()
        .filter(|p| p.phase != Phase::AfterInscription)
        .map(|p| {
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
                <li class=format!("phase status-{}", status_id(p.status)) data-phase=p.phase.id()>
                    <h3>{p.phase.label(lang)}</h3>
                    <p class="phase-status">{status_label(p.status, lang)}</p>
                    <p class="phase-counts">{counts}</p>
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

/// The Committee's after-inscription requests still under way, each with its status (not a box
/// to tick: they are the long-term care of the property).
pub fn requests(timeline: &[Milestone], lang: Lang) -> impl IntoView {
    let reqs = dossier::after_inscription_requests(timeline);
    if reqs.is_empty() {
        return view! {
            <p>{lang.t("Không có việc nào đang chờ.", "Nothing is pending.")}</p>
        }
        .into_any();
    }
    view! { <ul class="request-list">{reqs.into_iter().map(|m| request_item(m, lang)).collect_view()}</ul> }
        .into_any()
}

/// What has been done since the inscription (the announcement, the certificate…), by date.
pub fn done_since(timeline: &[Milestone], lang: Lang) -> impl IntoView {
    let done = dossier::done_since_inscription(timeline);
    (!done.is_empty()).then(|| {
        view! {
            <h3>{lang.t("Đã diễn ra từ khi ghi danh", "Done since the inscription")}</h3>
            <ul class="request-list since-list">
                {done.into_iter().map(|m| request_item(m, lang)).collect_view()}
            </ul>
        }
    })
}

/// One after-inscription milestone: status, title linking to it, and its date.
fn request_item(m: &Milestone, lang: Lang) -> impl IntoView {
    let since = match m.status {
        Status::Done => milestone_date(m, lang),
        _ => format!("{} {}", lang.t("từ", "since"), milestone_date(m, lang)),
    };
    view! {
        <li class=format!("request status-{}", status_id(m.status)) data-milestone=m.id.clone()>
            {status_label(m.status, lang)}
            <span class="request-title">
                <a href=milestone_href(&m.id, lang)>{m.title.get(lang).to_string()}</a>
            </span>
            <span class="request-since">{since}</span>
        </li>
    }
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

//! Every source the data cites, grouped by kind of publisher.

use crate::components::data_view::with_data;
use crate::domain::date::{format, IsoDate};
use crate::domain::model::{Lang, Source, SourceGroup};
use crate::domain::route::Page;
use crate::domain::sources::{group_id, group_label, grouped, language_name};
use crate::i18n::{title_effect, use_lang};
use crate::router::use_scroll_to_fragment_once;
use leptos::prelude::*;

/// The list of sources in groups, each source with an anchor (`#src-<id>`) and one label, its
/// id, which the footnotes of the other pages show too.
#[component]
pub fn Sources() -> impl IntoView {
    let lang = use_lang();
    title_effect(Page::Sources);
    let scroll_once = use_scroll_to_fragment_once();
    with_data(move |ds| {
        let l = lang.get();
        scroll_once();
        let groups = grouped(&ds.sources);
        let toc = groups
            .iter()
            .map(|(g, list)| {
                let href = format!("#sources-{}", group_id(*g));
                view! {
                    <li>
                        <a href=href>{group_label(*g, l)}</a>
                        {format!(" ({})", list.len())}
                    </li>
                }
            })
            .collect_view();
        let sections = groups
            .into_iter()
            .map(|(g, list)| view! { <SourceGroupList group=g list=list.into_iter().cloned().collect() lang=l /> })
            .collect_view();
        view! {
            <h1>{l.t("Nguồn tư liệu", "Sources")}</h1>
            <p>{l.t(
                "Mọi thông tin trong trang đều dựa trên các nguồn công khai dưới đây. Chỗ nào các nguồn khác nhau, trang ghi rõ.",
                "Everything in this explorer rests on the public sources below. Where they disagree, the page says so.",
            )}</p>
            <p>{l.t(
                "Mỗi nguồn có một mã, như s14: chú thích ở các trang khác ghi cùng mã ấy. Ngày đăng chỉ được ghi khi biết.",
                "Each source has one label, such as s14: the footnotes on the other pages show the same label. A publication date is given only where it is known.",
            )}</p>
            <p>
                {l.t(
                    "Toàn bộ dữ liệu, kèm mã nguồn của từng thông tin, có thể tải xuống ở trang ",
                    "All of the data, with each fact's source ids, can be downloaded from the ",
                )}
                <a href=crate::nav::href("/data", l)>{Page::Data.title(l)}</a>
                {l.t(".", " page.")}
            </p>
            <nav class="page-toc" aria-labelledby="sources-toc-label">
                <p class="page-toc-label" id="sources-toc-label">{l.t("Các nhóm nguồn", "Groups of sources")}</p>
                <ul>{toc}</ul>
            </nav>
            {sections}
        }
    })
}

/// One group: its heading and its sources.
#[component]
fn SourceGroupList(group: Option<SourceGroup>, list: Vec<Source>, lang: Lang) -> impl IntoView {
    let id = format!("sources-{}", group_id(group));
    let heading = format!("{id}-h");
    let labelled_by = heading.clone();
    let items = list
        .into_iter()
        .map(|s| view! { <SourceItem source=s lang /> })
        .collect_view();
    view! {
        <section id=id class="source-group" aria-labelledby=labelled_by>
            <h2 id=heading>{group_label(group, lang)}</h2>
            <ul class="source-list">{items}</ul>
        </section>
    }
}

/// One source: its label, title (linking to the page, in the page's own language), publisher,
/// date where known, language when it is not the visitor's, and any note in the visitor's
/// language.
#[component]
fn SourceItem(source: Source, lang: Lang) -> impl IntoView {
    let date = source.date.as_deref().map(|d| {
        let shown = IsoDate::parse(d).map_or_else(|| d.to_string(), |p| format(&p, lang));
        view! { " · " <time class="date" datetime=d.to_string()>{shown}</time> }
    });
    let language = language_name(&source.lang, lang)
        .map(|name| view! { " · " <span class="source-lang">{name}</span> });
    let note = source
        .note
        .as_ref()
        .map(|n| view! { <span class="source-note">{n.get(lang).to_string()}</span> });
    view! {
        <li id=format!("src-{}", source.id) class="source">
            <span class="source-id">{source.id.clone()}</span>
            <span class="source-body">
                <a href=source.url.clone() rel="noopener noreferrer" lang=source.lang.clone()>
                    {source.title.clone()}
                </a>
                <span class="source-meta">
                    <span class="publisher" lang=source.lang.clone()>{source.publisher.clone()}</span>
                    {date}
                    {language}
                </span>
                {note}
            </span>
        </li>
    }
}

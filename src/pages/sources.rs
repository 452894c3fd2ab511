//! Every source the data cites.

use crate::components::data_view::with_data;
use crate::domain::route::Page;
use crate::i18n::{title_effect, use_lang};
use leptos::prelude::*;

/// The list of sources, each with an anchor (`#src-<id>`) that citations link to.
#[component]
pub fn Sources() -> impl IntoView {
    let lang = use_lang();
    title_effect(Page::Sources);
    with_data(move |ds| {
        let l = lang.get();
        let items = ds
            .sources
            .iter()
            .map(|s| {
                view! {
                    <li id=format!("src-{}", s.id) class="source">
                        <span class="source-id">{format!("[{}]", s.id)}</span>" "
                        <a href=s.url.clone() rel="noopener noreferrer" lang=s.lang.clone()>{s.title.clone()}</a>
                        " — "<span class="publisher">{s.publisher.clone()}</span>
                        {s.date.clone().map(|d| view! { ", "<span class="date">{d}</span> })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <h1>{l.t("Nguồn tư liệu", "Sources")}</h1>
            <p>{l.t(
                "Mọi thông tin trong trang đều dựa trên các nguồn công khai dưới đây. Chỗ nào các nguồn khác nhau, trang ghi rõ.",
                "Everything in this explorer rests on the public sources below. Where they disagree, the page says so.",
            )}</p>
            <ol class="source-list">{items}</ol>
        }
    })
}

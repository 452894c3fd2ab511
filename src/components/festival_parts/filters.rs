//! The month and province filters and the announced result count.

use super::Calendar;
use crate::domain::calendar::{
    count_label, month_counts, month_name, province_count, province_options,
};
use crate::domain::model::Lang;
use leptos::prelude::*;

/// Two labelled selects (solar month of the start, current province) and a reset button.
#[component]
pub fn FilterBar(cal: Calendar, lang: Lang) -> impl IntoView {
    let l = lang;
    let counts = Memo::new(move |_| {
        let f = cal.filter.get();
        cal.with_upcoming(|_, list| month_counts(list, &f))
    });
    let months = (1..=12u8)
        .map(|m| {
            let label = move || {
                let n = counts.with(|c| c[usize::from(m - 1)]);
                format!("{} ({n})", month_name(m, l))
            };
            view! {
                <option value=m.to_string() prop:selected=move || cal.filter.with(|f| f.month == Some(m))>
                    {label}
                </option>
            }
        })
        .collect_view();
    let options = cal
        .ds
        .with_value(|ds| province_options(&ds.property.provinces, l));
    let provinces = options
        .into_iter()
        .map(|(id, name)| {
            let id_sel = id.clone();
            let id_count = id.clone();
            let label = move || {
                let f = cal.filter.get();
                let n = cal.with_upcoming(|_, list| province_count(list, &f, &id_count));
                format!("{name} ({n})")
            };
            view! {
                <option
                    value=id
                    prop:selected=move || cal.filter.with(|f| f.province.as_deref() == Some(id_sel.as_str()))
                >
                    {label}
                </option>
            }
        })
        .collect_view();
    let on_month = move |ev| {
        let v = event_target_value(&ev);
        cal.update(|f| f.month = v.parse().ok());
    };
    let on_province = move |ev| {
        let v = event_target_value(&ev);
        cal.update(|f| f.province = (!v.is_empty()).then_some(v));
    };
    view! {
        <form class="fest-filters" role="search" aria-label=l.t("Lọc lễ hội", "Filter festivals")
            on:submit=|ev| ev.prevent_default()>
            <div class="fest-field">
                <label for="fest-month">{l.t("Tháng (dương lịch)", "Month (solar)")}</label>
                <select id="fest-month" name="month" aria-describedby="fest-month-hint" on:change=on_month>
                    <option value="" prop:selected=move || cal.filter.with(|f| f.month.is_none())>
                        {l.t("Mọi tháng", "All months")}
                    </option>
                    {months}
                </select>
                <small id="fest-month-hint" class="fest-hint">
                    {l.t("Theo ngày khai hội sắp tới", "By the next opening day")}
                </small>
            </div>
            <div class="fest-field">
                <label for="fest-province">{l.t("Tỉnh, thành phố", "Province or city")}</label>
                <select id="fest-province" name="province" on:change=on_province>
                    <option value="" prop:selected=move || cal.filter.with(|f| f.province.is_none())>
                        {l.t("Mọi tỉnh, thành", "All provinces")}
                    </option>
                    {provinces}
                </select>
            </div>
            <Show when=move || !cal.filter.with(|f| f.is_empty())>
                <button type="button" class="fest-clear" on:click=move |_| cal.update(|f| *f = Default::default())>
                    {l.t("Bỏ lọc", "Clear filters")}
                </button>
            </Show>
        </form>
    }
}

/// "3 trên 15 lễ hội" / "3 of 15 festivals", announced politely when it changes.
#[component]
pub fn ResultCount(cal: Calendar, lang: Lang) -> impl IntoView {
    let text = move || {
        let f = cal.filter.get();
        cal.with_upcoming(|_, list| {
            let shown = list.iter().filter(|u| f.matches(u)).count();
            count_label(shown, list.len(), lang)
        })
    };
    view! {
        <p class="fest-count" role="status" aria-live="polite" aria-atomic="true">{text}</p>
    }
}

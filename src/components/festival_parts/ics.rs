//! The "download calendar (.ics)" button: every festival's next occurrence as an all-day event.

use super::Calendar;
use crate::domain::calendar::{ics_events, ics_filename};
use crate::domain::festival::ics_calendar_at;
use crate::domain::model::Lang;
use crate::nav::href;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlElement, Url};

/// Saves `text` as a file named `filename` through a Blob, an object URL and a temporary
/// `<a download>` (HtmlAnchorElement is not among the enabled web-sys features, hence the
/// attributes and `HtmlElement::click`).
pub fn download_text(filename: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let doc = document();
    let link = doc.create_element("a")?;
    link.set_attribute("href", &url)?;
    link.set_attribute("download", filename)?;
    link.set_attribute("hidden", "")?;
    let body = doc.body().ok_or_else(|| JsValue::from_str("no body"))?;
    body.append_child(&link)?;
    let clicked = link
        .dyn_ref::<HtmlElement>()
        .map(|a| a.click())
        .ok_or_else(|| JsValue::from_str("not an HTML element"));
    link.remove();
    // Give the browser time to start the download before the URL is released.
    set_timeout(
        move || {
            let _ = Url::revoke_object_url(&url);
        },
        Duration::from_secs(10),
    );
    clicked
}

/// The absolute address of a site page, for the events' URL field.
fn site_url(id: &str, lang: Lang) -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}", href(&format!("/site/{id}"), lang))
}

/// The download button, with a line saying what the file holds and an error if it fails.
#[component]
pub fn IcsDownload(cal: Calendar, lang: Lang) -> impl IntoView {
    let failed = RwSignal::new(false);
    let download = move |_| {
        let today = cal.today.get_untracked();
        let ics = cal.with_upcoming(|_, list| {
            let events = ics_events(list, lang, &|id| site_url(id, lang));
            ics_calendar_at(&events, today)
        });
        let ok = download_text(ics_filename(lang), "text/calendar;charset=utf-8", &ics).is_ok();
        failed.set(!ok);
    };
    view! {
        <div class="fest-ics">
            <button type="button" class="primary" aria-describedby="fest-ics-hint" on:click=download>
                <span aria-hidden="true">"⤓ "</span>
                {lang.t("Tải lịch (.ics)", "Download calendar (.ics)")}
            </button>
            <p id="fest-ics-hint" class="fest-hint">
                {lang.t(
                    "Lần tới của mọi lễ hội, trong khoảng 12 tháng tới, cho ứng dụng lịch của bạn.",
                    "The next occurrence of every festival, over the coming 12 months, for your calendar app.",
                )}
            </p>
            <p class="fest-ics-error" role="alert">
                {move || failed.get().then(|| lang.t(
                    "Không tạo được tệp lịch trong trình duyệt này.",
                    "This browser could not create the calendar file.",
                ))}
            </p>
        </div>
    }
}

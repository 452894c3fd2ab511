//! Browser tests of components, in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yentu_explorer::components::error_panel::ErrorPanel;
use yentu_explorer::components::site_card::{status_badge, SiteCard};
use yentu_explorer::domain::model::*;
use yentu_explorer::domain::parse::LoadError;

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> web_sys::HtmlElement {
    let doc = document();
    let div = doc.create_element("div").expect("div");
    doc.body()
        .expect("body")
        .append_child(&div)
        .expect("append");
    div.unchecked_into()
}

fn sample_site() -> Site {
    let t = |vi: &str, en: &str| Text {
        vi: vi.into(),
        en: en.into(),
    };
    Site {
        id: "con-son".into(),
        name: t("Chùa Côn Sơn", "Con Son Pagoda"),
        alt_names: vec!["chùa Hun".into()],
        kind: SiteKind::Pagoda,
        status: SiteStatus::Component,
        component: Some(8),
        part: SeriesPart::Revival,
        province_before: "hai-duong".into(),
        province_now: "hai-phong".into(),
        locality: t("Cộng Hòa, Chí Linh", "Cộng Hòa, Chí Linh"),
        location: Some(Location {
            lat: 21.14,
            lon: 106.38,
            precision_m: 3000,
            approximate: true,
            source: None,
            note: None,
            shares_position_of: None,
        }),
        within: None,
        borrowed: None,
        eras: vec![Era::Tran],
        eras_uncertain: false,
        eras_note: None,
        founded: None,
        people: vec![],
        recognitions: vec![],
        festivals: vec![],
        visit: None,
        summary: t("Chùa của Huyền Quang", "Huyen Quang's pagoda"),
        description: t("", ""),
        facts: vec![],
        caveats: vec![],
        sources: vec![],
    }
}

#[wasm_bindgen_test]
fn site_card_shows_name_kind_province_and_component() {
    let el = container();
    let site = sample_site();
    let _h = leptos::mount::mount_to(el.clone(), move || {
        view! { <SiteCard site=site.clone() province="Hải Phòng (before 2025: Hải Dương)".to_string() lang=Lang::En /> }
    });
    let text = el.text_content().unwrap_or_default();
    assert!(text.contains("Con Son Pagoda"), "{text}");
    assert!(
        text.contains("Chùa Côn Sơn"),
        "Vietnamese name shown beside the English: {text}"
    );
    assert!(text.contains("Component 8"), "{text}");
    assert!(text.contains("Pagoda"), "{text}");
    assert!(text.contains("Hải Dương"), "{text}");
    let link = el.query_selector("a").ok().flatten().expect("a link");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("/en/site/con-son/")
    );
    el.remove();
}

#[wasm_bindgen_test]
fn status_badge_in_both_languages() {
    let site = sample_site();
    assert_eq!(status_badge(&site, Lang::Vi), "Hợp phần 8");
    assert_eq!(status_badge(&site, Lang::En), "Component 8");
}

#[wasm_bindgen_test]
fn error_panel_names_the_file_and_retries() {
    let el = container();
    let calls = Arc::new(AtomicUsize::new(0));
    let c = calls.clone();
    let _h = leptos::mount::mount_to(el.clone(), move || {
        let c = c.clone();
        view! {
            <ErrorPanel
                error=LoadError::Json { file: "sites.json".into(), line: 3, column: 7, path: String::new(), message: "expected value".into() }
                retry=move |_| { c.fetch_add(1, Ordering::SeqCst); }
            />
        }
    });
    let text = el.text_content().unwrap_or_default();
    assert!(text.contains("sites.json"), "{text}");
    assert!(
        text.contains("dòng 3, cột 7"),
        "Vietnamese by default: {text}"
    );
    let alert = el.query_selector("[role=alert]").ok().flatten();
    assert!(alert.is_some(), "announced as an alert");
    let button: web_sys::HtmlElement = el
        .query_selector("button")
        .ok()
        .flatten()
        .expect("try again button")
        .unchecked_into();
    button.click();
    button.click();
    assert_eq!(calls.load(Ordering::SeqCst), 2);
    el.remove();
}

#[wasm_bindgen_test]
fn highlighted_marks_folded_matches_as_elements_never_html() {
    use yentu_explorer::components::catalogue::highlighted;
    let el = container();
    let _h = leptos::mount::mount_to(el.clone(), || {
        view! { <p>{highlighted("Chùa Côn Sơn <b>x</b>", "con son")}</p> }
    });
    let marks = el.query_selector_all("mark").expect("query");
    assert_eq!(marks.length(), 2);
    let texts: Vec<String> = (0..marks.length())
        .filter_map(|i| marks.item(i))
        .filter_map(|n| n.text_content())
        .collect();
    assert_eq!(texts, ["Côn", "Sơn"]);
    assert!(
        el.query_selector("b").ok().flatten().is_none(),
        "data is text, not HTML"
    );
    assert!(el.text_content().unwrap_or_default().contains("<b>x</b>"));
    el.remove();
}

#[wasm_bindgen_test]
fn dossier_phases_follow_the_real_timeline() {
    use yentu_explorer::components::dossier_parts::progress::phase_list;
    use yentu_explorer::domain::dossier::phase_progress;
    let timeline: Vec<Milestone> =
        serde_json::from_str(include_str!("../public/data/timeline.json")).expect("timeline");
    // The phases up to the decision; what follows the inscription has its own list.
    let expected: Vec<String> = phase_progress(&timeline)
        .iter()
        .filter(|p| p.phase != Phase::AfterInscription)
        .map(|p| format!("phase status-{}", p.status.id()))
        .collect();
    let el = container();
    let t = timeline.clone();
    let _h = leptos::mount::mount_to(el.clone(), move || phase_list(&t, Lang::En));
    let items = el.query_selector_all("li.phase").expect("query");
    assert_eq!(items.length(), 5, "one item per phase up to the decision");
    let classes: Vec<String> = (0..items.length())
        .filter_map(|i| items.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .map(|e| e.class_name())
        .collect();
    assert_eq!(classes, expected);
    assert_eq!(
        el.query_selector_all("progress").expect("query").length(),
        0
    );
    let text = el.text_content().unwrap_or_default();
    assert!(text.contains("ICOMOS evaluation"), "{text}");
    el.remove();
}

//! The visit planner's parts: the state read from the URL, the stop chooser, the order and
//! date options, the itinerary by day, and the downloads.
//!
//! What the visitor sees derives from the URL (`s`, `r`, `d`, `date`) and the loaded dataset;
//! the controls write the URL back (a new history entry each), so back/forward, reload and a
//! shared link all give the same plan. Only the visitor's position, if they allow it, is kept in
//! memory: it never leaves the phone and is not stored.

mod chooser;
mod export;
mod itinerary;
mod options;

pub use chooser::Chooser;
pub use export::Downloads;
pub use itinerary::Itinerary;
pub use options::OrderOptions;

use crate::components::site_parts::cite::source_href;
use crate::domain::dataset::Dataset;
use crate::domain::model::Lang;
use crate::domain::plan::Plan;
use crate::nav::{use_query_pairs, use_set_query};
use leptos::prelude::*;
use std::sync::Arc;

/// The planner's reactive state (cheap to copy into views).
#[derive(Clone, Copy)]
pub struct Planner {
    /// The dataset.
    pub ds: StoredValue<Arc<Dataset>>,
    /// The plan the URL describes.
    pub plan: Memo<Plan>,
    /// The visitor's position `(lat, lon)`, only in memory, where they allowed it.
    pub here: RwSignal<Option<(f64, f64)>>,
    /// Writes a plan to the URL.
    set: Callback<Plan>,
}

impl Planner {
    /// The state for `ds`.
    pub fn new(ds: Arc<Dataset>) -> Planner {
        let pairs = use_query_pairs();
        let known = ds.clone();
        let plan = Memo::new(move |_| pairs.with(|p| Plan::from_pairs(p, Some(&known))));
        let set_query = use_set_query();
        let set = Callback::new(move |p: Plan| set_query(p.to_pairs(), false));
        Planner {
            ds: StoredValue::new(ds),
            plan,
            here: RwSignal::new(None),
            set,
        }
    }

    /// Changes the plan and writes it to the URL (a new history entry).
    pub fn update(&self, change: impl FnOnce(&mut Plan)) {
        let mut p = self.plan.get_untracked();
        change(&mut p);
        if p != self.plan.get_untracked() {
            self.set.run(p);
        }
    }
}

/// A list of source ids as links to their entries in the list of sources, titles as tooltips:
/// "(Nguồn: s62, s63)".
fn sources_view(ds: &Dataset, ids: &[String], lang: Lang) -> AnyView {
    if ids.is_empty() {
        return ().into_any();
    }
    let links = ids
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let title = ds.source(id).map(|s| s.title.clone()).unwrap_or_default();
            view! {
                {(i > 0).then_some(", ")}
                <a class="plan-source" href=source_href(id, lang) title=title>{id.clone()}</a>
            }
        })
        .collect_view();
    view! { <span class="plan-sources">" (" {lang.t("Nguồn: ", "Sources: ")} {links} ")"</span> }
        .into_any()
}

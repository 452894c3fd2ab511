//! The catalogue of sites: search box, facets, sorting, result cards and a shareable link.
//!
//! Everything the visitor sees is derived from the URL query ([`Query::from_params`]); every
//! control writes the URL back ([`Catalogue::update`]) and nothing keeps a second copy. The
//! [`SearchIndex`] is built once per dataset, so a keystroke only re-runs
//! [`search`](crate::domain::query::search) (microseconds) and updates the DOM in place.

mod cards;
mod facets;
mod toolbar;

pub use cards::{highlighted, result_list};
pub use facets::facet_panel;
pub use toolbar::{clear_all, copy_link, result_count, search_box, sort_controls};

use crate::domain::dataset::Dataset;
use crate::domain::model::Lang;
use crate::domain::query::{search, Facets, Hit, Query, SearchIndex};
use crate::i18n::use_lang;
use crate::nav::{use_query_pairs, use_set_query};
use leptos::prelude::*;
use std::sync::Arc;

/// The catalogue's reactive state, all of it derived from the URL (cheap to copy into views).
#[derive(Clone, Copy)]
pub struct Catalogue {
    /// The dataset.
    pub ds: StoredValue<Arc<Dataset>>,
    /// The page language.
    pub lang: Memo<Lang>,
    /// The query the URL describes.
    pub query: Memo<Query>,
    /// The search text alone (cards re-highlight only when it changes).
    pub text: Memo<String>,
    /// Ranked results and facet counts for `query`.
    pub results: Memo<(Vec<Hit>, Facets)>,
    /// Writes a query to the URL (`true`: replace the history entry).
    set: Callback<(Query, bool)>,
}

impl Catalogue {
    /// Creates the state for `ds`, building the search index once.
    pub fn new(ds: Arc<Dataset>) -> Catalogue {
        let lang = use_lang();
        let pairs = use_query_pairs();
        let query = Memo::new(move |_| pairs.with(|p| Query::from_params(p)));
        let text = Memo::new(move |_| query.with(|q| q.text.clone()));
        let index = Arc::new(SearchIndex::build(&ds));
        let data = Arc::clone(&ds);
        let results = Memo::new(move |_| query.with(|q| search(&index, &data, q, lang.get())));
        let set_query = use_set_query();
        let set =
            Callback::new(move |(q, replace): (Query, bool)| set_query(q.to_params(), replace));
        Catalogue {
            ds: StoredValue::new(ds),
            lang,
            query,
            text,
            results,
            set,
        }
    }

    /// Changes the query with `change` and writes it to the URL: `replace` while typing, a new
    /// history entry for filter and sort changes (so back and forward walk through them).
    pub fn update(&self, replace: bool, change: impl FnOnce(&mut Query)) {
        let mut q = self.query.get_untracked();
        change(&mut q);
        self.set.run((q, replace));
    }

    /// The number of results.
    pub fn total(&self) -> usize {
        self.results.with(|(hits, _)| hits.len())
    }
}

/// Runs `f` once the view is mounted, and again whenever a signal it reads changes, like
/// [`Effect::new`]. Taking a boxed closure, it is one copy of the effect machinery for every
/// effect of the catalogue instead of one per closure (the page's code is fetched on demand, so
/// its size is download time).
pub fn watch(f: Box<dyn Fn()>) {
    Effect::new(move |_| f());
}

/// The whole catalogue for a loaded dataset.
#[component]
pub fn CatalogueView(ds: Arc<Dataset>) -> impl IntoView {
    let cat = Catalogue::new(ds);
    // Rebuilt only when the language changes; everything inside follows the query in place, so
    // focus stays on the control the visitor is using.
    // (A closure inside `view!` is type-erased: it shares its rendering code with the other
    // pages' closures that return an `AnyView`.)
    view! {
        {move || {
            let l = cat.lang.get();
            view! {
                <div class="catalogue">
                    <div class="cat-toolbar">
                        {search_box(cat, l)}
                        {sort_controls(cat, l)}
                        {copy_link(cat, l)}
                    </div>
                    <div class="cat-body">
                        {facet_panel(cat, l)}
                        <section class="cat-results" aria-labelledby="cat-results-heading">
                            <h2 id="cat-results-heading" class="visually-hidden">
                                {l.t("Kết quả", "Results")}
                            </h2>
                            <div class="cat-results-bar">
                                {result_count(cat, l)}
                                {clear_all(cat, l)}
                            </div>
                            {result_list(cat, l)}
                        </section>
                    </div>
                </div>
            }
            .into_any()
        }}
    }
}

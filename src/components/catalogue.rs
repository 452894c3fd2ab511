//! The catalogue of sites: search box, facets, sorting, result cards and a shareable link.
//!
//! Everything the visitor sees is derived from the URL query ([`Query::from_params`]); every
//! control writes the URL back ([`Catalogue::update`], [`Catalogue::type_text`]) and nothing
//! keeps a second copy. The [`SearchIndex`] is built once per dataset, so a keystroke only
//! re-runs [`search`](crate::domain::query::search) and updates the cards in place.

mod cards;
mod export;
mod facets;
mod toolbar;

pub use cards::{highlighted, marked, ResultList};
pub use export::ExportResults;
pub use facets::FilterPanel;
pub use toolbar::{ClearAll, CopyLink, MapLink, PersonLinks, ResultCount, SearchBox, SortControls};

use crate::domain::dataset::Dataset;
use crate::domain::model::Lang;
use crate::domain::query::{search, Facets, Hit, Query, SearchIndex};
use crate::i18n::use_lang;
use crate::nav::{use_query_pairs, use_set_query};
use leptos::html;
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
    /// The search text alone (cards re-mark only when it changes).
    pub text: Memo<String>,
    /// Ranked results and facet counts for `query`.
    pub results: Memo<(Vec<Hit>, Facets)>,
    /// The result count above the cards, where "show results" and Enter in the search box move
    /// the focus.
    pub count_ref: NodeRef<html::P>,
    /// Writes a query to the URL (`true`: replace the history entry).
    set: Callback<(Query, bool)>,
    /// The query string the last keystroke wrote: while the URL still shows it, the next
    /// keystroke replaces that history entry instead of adding one.
    typed: StoredValue<Option<String>>,
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
            count_ref: NodeRef::new(),
            set,
            typed: StoredValue::new(None),
        }
    }

    /// Changes the filters or the sort with `change` and writes the query to the URL as a new
    /// history entry, so that back and forward walk through the changes.
    pub fn update(&self, change: impl FnOnce(&mut Query)) {
        let mut q = self.query.get_untracked();
        change(&mut q);
        self.set.run((q, false));
    }

    /// Writes the search text as typed. The first keystroke after anything else (a filter, the
    /// sort, back or forward) adds a history entry; the following ones replace it, so that Back
    /// undoes the typing as one step and then each filter step in turn.
    pub fn type_text(&self, text: String) {
        let now = self.query.get_untracked();
        let replace = self.typed.get_value().as_deref() == Some(now.to_query_string().as_str());
        let q = Query { text, ..now };
        self.typed.set_value(Some(q.to_query_string()));
        self.set.run((q, replace));
    }

    /// The number of results.
    pub fn total(&self) -> usize {
        self.results.try_with(|(hits, _)| hits.len()).unwrap_or(0)
    }

    /// "5 kết quả" / "5 results".
    pub fn total_text(&self, lang: Lang) -> String {
        let n = self.total();
        match lang {
            Lang::Vi => format!("{n} kết quả"),
            Lang::En if n == 1 => "1 result".to_string(),
            Lang::En => format!("{n} results"),
        }
    }

    /// Moves the focus to the result count and brings it into view.
    pub fn focus_results(&self) {
        if let Some(h) = self.count_ref.get_untracked() {
            h.scroll_into_view();
            let _ = h.focus();
        }
    }
}

/// The whole catalogue for a loaded dataset.
#[component]
pub fn CatalogueView(ds: Arc<Dataset>) -> impl IntoView {
    let cat = Catalogue::new(ds);
    // Rebuilt only when the language changes; everything inside follows the query in place, so
    // focus stays on the control the visitor is using.
    move || {
        let lang = cat.lang.get();
        view! {
            <div class="catalogue">
                <div class="cat-toolbar">
                    <SearchBox cat lang />
                    <SortControls cat lang />
                    <CopyLink cat lang />
                </div>
                <div class="cat-body">
                    <FilterPanel cat lang />
                    <section class="cat-results" aria-labelledby="cat-results-heading">
                        <h2 id="cat-results-heading" class="visually-hidden">
                            {lang.t("Kết quả", "Results")}
                        </h2>
                        <div class="cat-results-bar">
                            <ResultCount cat lang />
                            <MapLink cat lang />
                            <ClearAll cat lang />
                            <PersonLinks cat lang />
                        </div>
                        <ExportResults cat lang />
                        <ResultList cat lang />
                    </section>
                </div>
            </div>
        }
    }
}

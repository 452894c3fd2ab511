//! The festival calendar: filters, result count, festival cards and the .ics download.
//!
//! What the visitor sees derives from the URL (`month`, `province`, `today`) and the loaded
//! dataset; the controls write the URL back and nothing keeps a second copy.

mod card;
mod filters;
mod ics;

pub use card::FestivalList;
pub use filters::{FilterBar, ResultCount};
pub use ics::{download_text, IcsDownload};

use crate::clock;
use crate::domain::calendar::{merge_pairs, upcoming, Filter, Upcoming};
use crate::domain::dataset::Dataset;
use crate::domain::lunar::{SolarDate, VIETNAM_TZ};
use crate::domain::model::Lang;
use crate::i18n::use_lang;
use crate::nav::{use_query_pairs, use_set_query};
use leptos::prelude::*;
use std::sync::Arc;

/// The calendar's reactive state (cheap to copy into views).
#[derive(Clone, Copy)]
pub struct Calendar {
    /// The dataset.
    pub ds: StoredValue<Arc<Dataset>>,
    /// The page language.
    pub lang: Memo<Lang>,
    /// Today in Vietnam, or the `today` the URL fixes.
    pub today: Memo<SolarDate>,
    /// The filter the URL describes.
    pub filter: Memo<Filter>,
    /// Writes a filter to the URL, keeping its other parameters.
    set: Callback<Filter>,
}

impl Calendar {
    /// The state for `ds`.
    pub fn new(ds: Arc<Dataset>) -> Calendar {
        let lang = use_lang();
        let pairs = use_query_pairs();
        // `clock::today` reads the address bar; tracking the query re-reads it after navigation.
        let today = Memo::new(move |_| {
            pairs.track();
            clock::today()
        });
        let provinces = ds.property.provinces.clone();
        let filter = Memo::new(move |_| pairs.with(|p| Filter::from_pairs(p, &provinces)));
        let set_query = use_set_query();
        let set = Callback::new(move |f: Filter| {
            set_query(merge_pairs(&pairs.get_untracked(), &f), false)
        });
        Calendar {
            ds: StoredValue::new(ds),
            lang,
            today,
            filter,
            set,
        }
    }

    /// Runs `f` over every festival's next occurrence, soonest first.
    pub fn with_upcoming<R>(&self, f: impl FnOnce(&Dataset, &[Upcoming<'_>]) -> R) -> R {
        let today = self.today.get();
        let ds = self.ds.get_value();
        let list = upcoming(&ds.sites, today, VIETNAM_TZ);
        f(&ds, &list)
    }

    /// Changes the filter and writes it to the URL (a new history entry).
    pub fn update(&self, change: impl FnOnce(&mut Filter)) {
        let mut f = self.filter.get_untracked();
        change(&mut f);
        self.set.run(f);
    }
}

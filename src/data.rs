//! The one place that fetches data: `data/<file>.json` relative to the app's base URL, with
//! gloo-net, into typed structs; every failure becomes a [`LoadError`] the UI can show. The
//! dataset is shared with the pages through [`DataCtx`], loaded when a page first asks for it.

use crate::domain::dataset::{Dataset, Need};
use crate::domain::parse::{parse_json, LoadError};
use crate::schedule::{mark, next_task};
use gloo_net::http::Request;
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use std::sync::Arc;

/// The URL of a data file. Relative, so that it resolves against `<base href>` and the site
/// works at the root of a host and under a sub-path alike.
pub fn data_url(file: &str) -> String {
    format!("data/{file}")
}

/// Fetches one data file's bytes. Read as bytes, not text, the JSON goes into the WebAssembly's
/// memory as it came, instead of being decoded into a JavaScript string and encoded back.
pub async fn fetch_bytes(file: &str) -> Result<Vec<u8>, LoadError> {
    let resp = Request::get(&data_url(file))
        .send()
        .await
        .map_err(|e| LoadError::Network {
            file: file.to_string(),
            message: e.to_string(),
        })?;
    if !resp.ok() {
        return Err(LoadError::Http {
            file: file.to_string(),
            status: resp.status(),
        });
    }
    resp.binary().await.map_err(|e| LoadError::Network {
        file: file.to_string(),
        message: e.to_string(),
    })
}

/// Fetches one data file and reads it into `T` with serde.
pub async fn fetch_json<T: DeserializeOwned>(file: &str) -> Result<T, LoadError> {
    let json = fetch_bytes(file).await?;
    parse_json(file, json)
}

/// Fetches the files `need` names concurrently and reads them into a [`Dataset`], one file per
/// task of the browser's event loop ([`next_task`]); the timeline and the sources (with
/// `need.records`) by the code in their own chunk ([`crate::lazy::read_records`]), fetched
/// alongside the files. What `need` leaves out is empty. The first failing file (in the files'
/// order) is reported.
pub async fn load_dataset(need: Need) -> Result<Arc<Dataset>, LoadError> {
    let files = need.files();
    let fetches = futures::future::join_all(files.iter().map(|f| fetch_bytes(f)));
    let bodies = if need.records {
        let (bodies, code) = futures::join!(fetches, crate::lazy::preload_records());
        code.map_err(|_| records_code_missing(files[3]))?;
        bodies
    } else {
        fetches.await
    };
    let mut ok = Vec::with_capacity(files.len());
    for b in bodies {
        ok.push(b?);
    }
    mark("yentu:data-fetched");
    next_task().await;
    let property = parse_json(files[0], &ok[0])?;
    next_task().await;
    let sites = parse_json(files[1], &ok[1])?;
    next_task().await;
    let people = parse_json(files[2], &ok[2])?;
    let (timeline, sources) = match (ok.get(3), ok.get(4)) {
        (Some(timeline), Some(sources)) => crate::lazy::read_records(timeline, sources)
            .await
            .map_err(|_| records_code_missing(files[3]))??,
        _ => (Vec::new(), Vec::new()),
    };
    next_task().await;
    mark("yentu:data-parsed");
    let dataset = Dataset::new(property, sites, people, timeline, sources);
    mark("yentu:data-ready");
    Ok(Arc::new(dataset))
}

/// The code that reads the timeline and the sources could not be fetched: for the visitor, the
/// same as the file itself not arriving (offline, most often).
fn records_code_missing(file: &str) -> LoadError {
    LoadError::Network {
        file: file.to_string(),
        message: "the code that reads it could not be downloaded".to_string(),
    }
}

/// The dataset as the pages see it: `None` while it loads.
pub type DataState = Option<Result<Arc<Dataset>, LoadError>>;

/// One copy of the dataset, fetched the first time a page asks for it.
#[derive(Clone, Copy)]
struct Loader {
    /// Loading (or not asked for yet), loaded or failed.
    state: RwSignal<DataState>,
    /// Whether it has been asked for.
    started: StoredValue<bool>,
    /// What it holds.
    need: Need,
}

impl Loader {
    fn new(need: Need) -> Loader {
        Loader {
            state: RwSignal::new(None),
            started: StoredValue::new(false),
            need,
        }
    }

    /// Already loaded: the build tool's copy.
    fn loaded(dataset: Arc<Dataset>, need: Need) -> Loader {
        Loader {
            state: RwSignal::new(Some(Ok(dataset))),
            started: StoredValue::new(true),
            need,
        }
    }

    /// Whether it has loaded (reactive).
    fn is_loaded(self) -> bool {
        self.state.with(|s| matches!(s, Some(Ok(_))))
    }

    /// Starts loading, unless it has started already.
    fn start(self) {
        if self.started.get_value() {
            return;
        }
        self.started.set_value(true);
        leptos::task::spawn_local(async move {
            let loaded = load_dataset(self.need).await;
            self.state.set(Some(loaded));
        });
    }

    /// Loads it again, after an error.
    fn reload(self) {
        self.state.set(None);
        self.started.set_value(false);
        self.start();
    }
}

/// The dataset, shared read-only by every page, loaded when a page first asks for it, in the
/// copy its route names ([`Need`]): whole; without the timeline and the sources; or (the map)
/// also with the sites' long fields left out. Once the whole copy has loaded, every page reads it.
#[derive(Clone, Copy)]
pub struct DataCtx {
    whole: Loader,
    sites: Loader,
    lite: Loader,
}

impl Default for DataCtx {
    /// Nothing asked for yet.
    fn default() -> DataCtx {
        DataCtx {
            whole: Loader::new(Need::WHOLE),
            sites: Loader::new(Need::SITES),
            lite: Loader::new(Need::LITE),
        }
    }
}

impl DataCtx {
    /// Every copy already loaded (the build tool's, whose pages are drawn from the whole data).
    pub fn loaded(dataset: Arc<Dataset>) -> DataCtx {
        DataCtx {
            whole: Loader::loaded(dataset.clone(), Need::WHOLE),
            sites: Loader::loaded(dataset.clone(), Need::SITES),
            lite: Loader::loaded(dataset, Need::LITE),
        }
    }

    /// The copy that holds what `need` names and no more.
    fn loader(self, need: Need) -> Loader {
        if need.records {
            self.whole
        } else if need.lite_sites {
            self.lite
        } else {
            self.sites
        }
    }

    /// The dataset as a page that needs `need` sees it (reactive), loading its copy on the first
    /// call: `None` while it loads. The whole copy serves a page whose own copy was never asked
    /// for, once it has loaded; a page keeps the copy it was drawn from (the whole one arriving
    /// later does not draw it again under the visitor).
    pub fn state(self, need: Need) -> DataState {
        let own = self.loader(need);
        if !own.started.get_value()
            && self
                .whole
                .state
                .with_untracked(|s| matches!(s, Some(Ok(_))))
        {
            return self.whole.state.get();
        }
        own.start();
        own.state.get()
    }

    /// Starts loading the copy for `need` without asking for its state: the landing page's data,
    /// read while the page's own code is still on its way.
    pub fn prefetch(self, need: Need) {
        self.loader(need).start();
    }

    /// Loads the copy for `need` again ("try again" after an error).
    pub fn retry(self, need: Need) {
        self.loader(need).reload();
    }

    /// Whether any copy has loaded (reactive), without asking for one.
    pub fn any_loaded(self) -> bool {
        [self.whole, self.sites, self.lite]
            .iter()
            .any(|l| l.is_loaded())
    }

    /// Whether a smaller copy has loaded and the whole one has not been asked for (reactive).
    pub fn only_part_loaded(self) -> bool {
        !self.whole.started.get_value() && (self.sites.is_loaded() || self.lite.is_loaded())
    }

    /// Starts loading the whole dataset without waiting for it.
    pub fn load_whole(self) {
        self.whole.start();
    }
}

/// The dataset from context.
pub fn use_data() -> DataCtx {
    expect_context::<DataCtx>()
}

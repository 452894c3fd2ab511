//! The one place that fetches data: `data/<file>.json` relative to the app's base URL, with
//! gloo-net, into typed structs; every failure becomes a [`LoadError`] the UI can show. The
//! dataset is shared with the pages through [`DataCtx`], loaded when a page first asks for it.

use crate::domain::dataset::{files, Dataset};
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

/// Fetches the five core files concurrently and parses them into a [`Dataset`], one file per
/// task of the browser's event loop ([`next_task`]); with `lite`, the sites without their long
/// fields ([`files`]). The first failing file (in the files' order) is reported.
pub async fn load_dataset(lite: bool) -> Result<Arc<Dataset>, LoadError> {
    let files = files(lite);
    let bodies = futures::future::join_all(files.iter().map(|f| fetch_bytes(f))).await;
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
    let timeline = parse_json(files[3], &ok[3])?;
    let sources = parse_json(files[4], &ok[4])?;
    next_task().await;
    mark("yentu:data-parsed");
    let dataset = Dataset::new(property, sites, people, timeline, sources);
    mark("yentu:data-ready");
    Ok(Arc::new(dataset))
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
    /// The sites without their long fields ([`crate::domain::dataset::SITES_LITE`]).
    lite: bool,
}

impl Loader {
    fn new(lite: bool) -> Loader {
        Loader {
            state: RwSignal::new(None),
            started: StoredValue::new(false),
            lite,
        }
    }

    /// Already loaded: the build tool's copy.
    fn loaded(dataset: Arc<Dataset>, lite: bool) -> Loader {
        Loader {
            state: RwSignal::new(Some(Ok(dataset))),
            started: StoredValue::new(true),
            lite,
        }
    }

    /// Starts loading, unless it has started already.
    fn start(self) {
        if self.started.get_value() {
            return;
        }
        self.started.set_value(true);
        leptos::task::spawn_local(async move {
            let loaded = load_dataset(self.lite).await;
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

/// The dataset, shared read-only by every page, loaded when a page first asks for it: whole,
/// or (the map) with the sites' long fields left out ([`Route::lite_sites`](crate::domain::route::Route::lite_sites)).
#[derive(Clone, Copy)]
pub struct DataCtx {
    full: Loader,
    lite: Loader,
}

impl Default for DataCtx {
    /// Nothing asked for yet.
    fn default() -> DataCtx {
        DataCtx {
            full: Loader::new(false),
            lite: Loader::new(true),
        }
    }
}

impl DataCtx {
    /// Both copies already loaded (the build tool's, whose pages are drawn from the whole data).
    pub fn loaded(dataset: Arc<Dataset>) -> DataCtx {
        DataCtx {
            full: Loader::loaded(dataset.clone(), false),
            lite: Loader::loaded(dataset, true),
        }
    }

    fn loader(self, lite: bool) -> Loader {
        if lite {
            self.lite
        } else {
            self.full
        }
    }

    /// The dataset as a page sees it (reactive), loading it on the first call: `None` while it
    /// loads. With `lite`, the sites' long fields are empty.
    pub fn state(self, lite: bool) -> DataState {
        let loader = self.loader(lite);
        loader.start();
        loader.state.get()
    }

    /// Loads the dataset again ("try again" after an error).
    pub fn retry(self, lite: bool) {
        self.loader(lite).reload();
    }

    /// Whether either copy has loaded (reactive), without asking for one.
    pub fn any_loaded(self) -> bool {
        [self.full, self.lite]
            .iter()
            .any(|l| l.state.with(|s| matches!(s, Some(Ok(_)))))
    }

    /// Whether only the lite copy has been asked for, and it has loaded (reactive).
    pub fn only_lite_loaded(self) -> bool {
        !self.full.started.get_value() && self.lite.state.with(|s| matches!(s, Some(Ok(_))))
    }

    /// Starts loading the whole dataset without waiting for it.
    pub fn load_full(self) {
        self.full.start();
    }
}

/// The dataset from context.
pub fn use_data() -> DataCtx {
    expect_context::<DataCtx>()
}

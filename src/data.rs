//! The one place that fetches data: `data/<file>.json` relative to the app's base URL, with
//! gloo-net, into typed structs; every failure becomes a [`LoadError`] the UI can show.

use crate::domain::dataset::{Dataset, FILES};
use crate::domain::parse::{parse_json, LoadError};
use crate::schedule::{mark, next_task};
use gloo_net::http::Request;
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
/// task of the browser's event loop ([`next_task`]). The first failing file (in [`FILES`]
/// order) is reported.
pub async fn load_dataset() -> Result<Arc<Dataset>, LoadError> {
    let bodies = futures::future::join_all(FILES.iter().map(|f| fetch_bytes(f))).await;
    let mut ok = Vec::with_capacity(FILES.len());
    for b in bodies {
        ok.push(b?);
    }
    mark("yentu:data-fetched");
    next_task().await;
    let property = parse_json(FILES[0], &ok[0])?;
    next_task().await;
    let sites = parse_json(FILES[1], &ok[1])?;
    next_task().await;
    let people = parse_json(FILES[2], &ok[2])?;
    let timeline = parse_json(FILES[3], &ok[3])?;
    let sources = parse_json(FILES[4], &ok[4])?;
    next_task().await;
    mark("yentu:data-parsed");
    let dataset = Dataset::new(property, sites, people, timeline, sources);
    mark("yentu:data-ready");
    Ok(Arc::new(dataset))
}

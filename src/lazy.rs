//! Pages fetched on demand. In the release build (`--cfg yentu_split`, set by
//! `scripts/build.sh`) `wasm-split-cli` moves each page below, with the code only it uses, into a
//! `.wasm` chunk of its own, fetched the first time a visitor opens that page: the first download
//! holds only the shell, the data loading and the not-found page. Without that cfg (tests, debug builds)
//! the same functions are plain calls and everything is in one module.
//!
//! A chunk that cannot be fetched (offline on a mountain path, a server error) is not a panic: the
//! page shows a message in the visitor's language with "try again", like a failed data file.

use crate::components::loading::Loading;
use crate::components::offline::OfflinePanel;
use crate::domain::dataset::{read_records as read_records_of, Dataset};
use crate::domain::export::results_text;
use crate::domain::model::{Lang, Milestone, Source};
use crate::domain::parse::LoadError;
use crate::domain::query::{passing_sites, Query, SearchIndex};
use crate::domain::route::Page;
use crate::i18n::use_lang;
use crate::pages::data::DataPage;
use crate::pages::dossier::Dossier;
use crate::pages::festivals::Festivals;
use crate::pages::home::Home;
use crate::pages::map::MapPage;
use crate::pages::not_found::NotFound;
use crate::pages::people::People;
use crate::pages::person::PersonPage;
use crate::pages::plan::PlanPage;
use crate::pages::site::SitePage;
use crate::pages::sites::Sites;
use crate::pages::sources::Sources;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::future::Future;
use std::sync::Arc;

/// A page's code could not be fetched.
#[derive(Clone, Debug)]
pub struct ChunkError;

#[cfg(yentu_split)]
impl From<leptos::wasm_split::SplitLoaderError> for ChunkError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkError
    }
}

/// Declares `pub async fn $name(args) -> Result<$ret, ChunkError>` returning `$body(args)`, with
/// `$body` and the code only it uses split into the chunk `$chunk` when the build splits, and
/// `pub async fn $preload()`, which fetches that chunk without calling anything: for code a page
/// needs only after something the visitor does.
macro_rules! lazy_fn {
    ($(#[$doc:meta])* $name:ident, $preload:ident, $chunk:ident, ($($arg:ident: $ty:ty),*) -> $ret:ty = $body:expr) => {
        $(#[$doc])*
        #[cfg(yentu_split)]
        #[leptos::wasm_split::wasm_split(
            $chunk,
            wasm_split_path = ::leptos::wasm_split,
            fallible,
            preload(#[doc = "Fetches this function's chunk in advance."] $preload)
        )]
        pub fn $name($($arg: $ty),*) -> Result<$ret, ChunkError> {
            Ok(($body)($($arg),*))
        }

        $(#[$doc])*
        #[cfg(not(yentu_split))]
        pub async fn $name($($arg: $ty),*) -> Result<$ret, ChunkError> {
            Ok(($body)($($arg),*))
        }

        /// Fetches this function's chunk in advance (nothing to fetch in an unsplit build).
        #[cfg(not(yentu_split))]
        pub async fn $preload() -> Result<(), ChunkError> {
            Ok(())
        }
    };
}

/// Declares, with [`lazy_fn!`], `pub async fn $name() -> Result<AnyView, ChunkError>` drawing the
/// page `$page`, split into the chunk `$chunk`, and its `$preload`.
macro_rules! lazy_page {
    ($(#[$doc:meta])* $name:ident, $preload:ident, $chunk:ident, $page:ident) => {
        #[allow(non_upper_case_globals, dead_code)]
        #[doc = concat!("The chunk name of `", stringify!($name), "` (checked against the route table).")]
        const $chunk: &str = stringify!($chunk);

        lazy_fn!($(#[$doc])* $name, $preload, $chunk, () -> AnyView = || view! { <$page /> }.into_any());
    };
}

lazy_page!(
    /// The overview.
    home_page, preload_home, page_home, Home
);
lazy_page!(
    /// The catalogue of sites (search, facets, sorting).
    sites_page, preload_sites, page_sites, Sites
);
lazy_page!(
    /// One site's page.
    site_page, preload_site, page_site, SitePage
);
lazy_page!(
    /// The dossier's story.
    dossier_page, preload_dossier, page_dossier, Dossier
);
lazy_page!(
    /// The map.
    map_page, preload_map, page_map, MapPage
);
lazy_page!(
    /// The festival calendar.
    festivals_page, preload_festivals, page_festivals, Festivals
);
lazy_page!(
    /// The list of sources.
    sources_page, preload_sources, page_sources, Sources
);
lazy_page!(
    /// The visit planner.
    plan_page, preload_plan, page_plan, PlanPage
);
lazy_page!(
    /// The people index with the lifelines.
    people_page, preload_people, page_people, People
);
lazy_page!(
    /// One person's page.
    person_page, preload_person, page_person, PersonPage
);

lazy_page!(
    /// The data downloads.
    data_page, preload_data, page_data, DataPage
);

lazy_page!(
    /// The footer's offline panel: the service worker and the offline copy's status. Not needed
    /// to read a page, so it comes in a chunk of its own once the page is drawn.
    offline_panel, preload_offline_panel, part_offline, OfflinePanel
);

lazy_fn!(
    /// The catalogue's results as a file to download: CSV, or GeoJSON with `geojson`, for the
    /// sites at `indices` in `ds` (their pages' addresses under `root`). A visitor who never
    /// downloads never needs this code: it is fetched on the first click (and with the pages'
    /// chunks when the browser is idle, for use offline).
    results_file, preload_export, part_export,
    (ds: &Dataset, indices: &[usize], root: &str, geojson: bool) -> String = results_text
);

lazy_fn!(
    /// The sites that pass the filters of `q` (the map's; its sort is ignored), ranked as the
    /// catalogue ranks them, with `index` built on the first call and kept for the next. The map
    /// needs this only when its address has filters, and fetches the search's code then.
    filter_sites, preload_search, part_search,
    (ds: &Dataset, q: &Query, lang: Lang, index: &mut Option<Arc<SearchIndex>>) -> Vec<usize> = passing_sites
);

/// The chunk of [`read_records`]: the build tool puts its code in the bundle of every page that
/// shows the timeline or the sources (`src/bin/build_site/chunks.rs`).
pub const RECORDS_CHUNK: &str = "part_records";

lazy_fn!(
    /// Reads the timeline and the sources (`timeline.json`, `sources.json`), which only some
    /// pages show ([`Need::records`](crate::domain::dataset::Need)): the overview, the catalogue
    /// and the map load without this code. [`crate::data::load_dataset`] fetches it alongside
    /// the files.
    read_records, preload_records, part_records,
    (timeline: &[u8], sources: &[u8]) -> Result<(Vec<Milestone>, Vec<Source>), LoadError> = read_records_of
);

/// The page for a route: in the browser, fetched with its chunk ([`lazy_view`]); natively (the
/// build tool), drawn at once. The not-found page is in the first download.
pub fn page_view(page: Page) -> AnyView {
    #[cfg(target_arch = "wasm32")]
    return match page {
        Page::Home => lazy_view(home_page).into_any(),
        Page::Sites => lazy_view(sites_page).into_any(),
        Page::Site => lazy_view(site_page).into_any(),
        Page::Dossier => lazy_view(dossier_page).into_any(),
        Page::Map => lazy_view(map_page).into_any(),
        Page::Festivals => lazy_view(festivals_page).into_any(),
        Page::Sources => lazy_view(sources_page).into_any(),
        Page::Plan => lazy_view(plan_page).into_any(),
        Page::People => lazy_view(people_page).into_any(),
        Page::Person => lazy_view(person_page).into_any(),
        Page::Data => lazy_view(data_page).into_any(),
        Page::NotFound => view! { <NotFound /> }.into_any(),
    };
    #[cfg(not(target_arch = "wasm32"))]
    match page {
        Page::Home => view! { <Home /> }.into_any(),
        Page::Sites => view! { <Sites /> }.into_any(),
        Page::Site => view! { <SitePage /> }.into_any(),
        Page::Dossier => view! { <Dossier /> }.into_any(),
        Page::Map => view! { <MapPage /> }.into_any(),
        Page::Festivals => view! { <Festivals /> }.into_any(),
        Page::Sources => view! { <Sources /> }.into_any(),
        Page::Plan => view! { <PlanPage /> }.into_any(),
        Page::People => view! { <People /> }.into_any(),
        Page::Person => view! { <PersonPage /> }.into_any(),
        Page::Data => view! { <DataPage /> }.into_any(),
        Page::NotFound => view! { <NotFound /> }.into_any(),
    }
}

/// The chunk of each page, in the route table's order (a test compares them).
pub const CHUNKS: [(Page, &str); 11] = [
    (Page::Home, page_home),
    (Page::Sites, page_sites),
    (Page::Site, page_site),
    (Page::Map, page_map),
    (Page::Dossier, page_dossier),
    (Page::Festivals, page_festivals),
    (Page::Sources, page_sources),
    (Page::Plan, page_plan),
    (Page::People, page_people),
    (Page::Person, page_person),
    (Page::Data, page_data),
];

/// Once the data has loaded and the page has been quiet for a few seconds, fetches every page's
/// chunk in the background, one after the other, so that later pages open at once, and still open
/// if the signal is lost on the way up the mountain. Skipped when the visitor has asked the
/// browser to save data (`navigator.connection.saveData`). Failures are ignored here: opening
/// the page fetches its chunk again, with a message if that fails too.
#[cfg(target_arch = "wasm32")]
pub fn prefetch_pages_when_idle() {
    use std::sync::atomic::{AtomicBool, Ordering};
    static STARTED: AtomicBool = AtomicBool::new(false);
    if !cfg!(yentu_split) || save_data() || STARTED.swap(true, Ordering::Relaxed) {
        return;
    }
    leptos::task::spawn_local(async {
        crate::schedule::sleep_ms(3000).await;
        let _ = preload_home().await;
        let _ = preload_sites().await;
        let _ = preload_site().await;
        let _ = preload_map().await;
        let _ = preload_dossier().await;
        let _ = preload_festivals().await;
        let _ = preload_sources().await;
        let _ = preload_plan().await;
        let _ = preload_people().await;
        let _ = preload_person().await;
        let _ = preload_data().await;
        let _ = preload_export().await;
        let _ = preload_search().await;
        let _ = preload_records().await;
    });
}

/// Whether the browser reports the visitor's data saver (`navigator.connection.saveData`, also
/// sent as `Save-Data: on`; Chromium-based browsers). Read by reflection: web-sys's
/// `NetworkInformation` has no `saveData`, which is not part of a standard.
#[cfg(target_arch = "wasm32")]
pub fn save_data() -> bool {
    let get = |target: &wasm_bindgen::JsValue, key: &str| {
        js_sys::Reflect::get(target, &wasm_bindgen::JsValue::from_str(key)).ok()
    };
    let navigator = wasm_bindgen::JsValue::from(window().navigator());
    get(&navigator, "connection")
        .filter(|c| c.is_object())
        .and_then(|c| get(&c, "saveData"))
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// A route's view that fetches the page's code first: the loading line meanwhile, and on failure
/// a message with "try again" that fetches it again.
pub fn lazy_view<F, Fut>(load: F) -> impl IntoView
where
    F: Fn() -> Fut + Copy + Send + Sync + 'static,
    Fut: Future<Output = Result<AnyView, ChunkError>> + 'static,
{
    let attempt = RwSignal::new(0u32);
    view! {
        <Suspense fallback=|| view! { <Loading /> }>
            {move || {
                attempt.track();
                Suspend::new(SendWrapper::new(async move {
                    match load().await {
                        Ok(page) => page,
                        Err(ChunkError) => {
                            view! { <ChunkErrorPanel retry=move || attempt.update(|n| *n += 1) /> }
                                .into_any()
                        }
                    }
                }))
            }}
        </Suspense>
    }
}

/// The alert shown when a page's code could not be fetched.
#[component]
fn ChunkErrorPanel(#[prop(into)] retry: Callback<()>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="error-panel" role="alert">
            // The page's only heading: the page itself could not be drawn.
            <h1>{move || lang.get().t("Không tải được trang này", "This page could not be loaded")}</h1>
            <p class="error-message">
                {move || {
                    lang.get()
                        .t(
                            "Không tải được mã của trang này. Hãy kiểm tra kết nối mạng rồi thử lại.",
                            "The code for this page could not be downloaded. Check your connection and try again.",
                        )
                }}
            </p>
            <button type="button" class="retry" on:click=move |_| retry.run(())>
                {move || lang.get().t("Thử lại", "Try again")}
            </button>
        </section>
    }
}

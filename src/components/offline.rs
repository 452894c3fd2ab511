//! The site offline: registers the service worker the build writes (`sw.js`, see
//! `src/bin/build_site/offline.rs`) once the first page is drawn and the browser is idle, and
//! shows where the offline copy stands: saving, complete (since when, how much space it takes),
//! "Save for offline use" (with Save-Data on, or after the visitor removed the copy), "Remove
//! offline copy", "Offline: everything here still works", and "A new version is ready — reload"
//! when a newer build has been cached. Nothing reloads unless the visitor asks.
//!
//! Every browser call is in effects and handlers (the build tool draws this component too).

use crate::domain::offline::format_size;
use crate::i18n::use_lang;
use leptos::prelude::*;

/// Where the offline copy stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Copy {
    /// Not known yet (and in the pages the build tool writes).
    Unknown,
    /// The browser has no service workers (or the page is not in a secure context).
    Unsupported,
    /// Not on this device: the visitor can save it (Save-Data, or removed earlier).
    NotSaved,
    /// Being downloaded.
    Saving,
    /// Complete, since the given local time (already formatted in both languages).
    Saved { vi: String, en: String },
    /// Could not be saved (e.g. a file failed to download).
    Failed,
}

/// The panel's state, shared with the browser code.
#[derive(Clone, Copy)]
pub struct OfflineState {
    pub copy: RwSignal<Copy>,
    pub online: RwSignal<bool>,
    pub update_ready: RwSignal<bool>,
    /// Bytes the offline copy will take (from the page's head).
    pub size: RwSignal<Option<f64>>,
    /// Bytes this site takes on the device (`navigator.storage.estimate()`).
    pub usage: RwSignal<Option<f64>>,
}

/// The offline panel where the footer holds it. In the browser its code is fetched in a chunk of
/// its own (`lazy::offline_panel`) a few seconds after the app has taken over the page, so that
/// neither it nor the service worker it starts competes with the page's own code and data;
/// meanwhile, and if that fails, the panel stands empty, as the build tool writes it.
#[component]
pub fn OfflineFooter() -> impl IntoView {
    #[cfg(target_arch = "wasm32")]
    return view! {
        <Suspense fallback=|| view! { <EmptyPanel /> }>
            {Suspend::new(send_wrapper::SendWrapper::new(async {
                crate::schedule::after_takeover(3000).await;
                crate::lazy::offline_panel()
                    .await
                    .unwrap_or_else(|_| view! { <EmptyPanel /> }.into_any())
            }))}
        </Suspense>
    };
    #[cfg(not(target_arch = "wasm32"))]
    view! { <OfflinePanel /> }
}

/// The panel as it stands before anything is known: what [`OfflinePanel`] draws at first.
#[component]
fn EmptyPanel() -> impl IntoView {
    let lang = use_lang();
    view! {
        <section
            class="offline-panel"
            aria-label=move || lang.get().t("Dùng khi không có mạng", "Offline use")
            data-offline="unknown"
        >
            <p role="status" class="offline-status"></p>
        </section>
    }
}

/// The offline status panel (in the footer) and the update notice.
#[component]
pub fn OfflinePanel() -> impl IntoView {
    let lang = use_lang();
    let t = move |vi: &'static str, en: &'static str| lang.get().t(vi, en);
    let st = OfflineState {
        copy: RwSignal::new(Copy::Unknown),
        online: RwSignal::new(true),
        update_ready: RwSignal::new(false),
        size: RwSignal::new(None),
        usage: RwSignal::new(None),
    };
    Effect::new(move |_| {
        #[cfg(target_arch = "wasm32")]
        browser::start(st);
    });
    let save = move |_| {
        #[cfg(target_arch = "wasm32")]
        browser::save(st);
    };
    let remove = move |_| {
        #[cfg(target_arch = "wasm32")]
        browser::remove(st);
    };
    let reload = move |_| {
        #[cfg(target_arch = "wasm32")]
        browser::reload();
    };
    let size = move || {
        st.size
            .get()
            .map(|b| format!(" ({})", format_size(b, lang.get())))
            .unwrap_or_default()
    };
    let state_attr = move || match st.copy.get() {
        Copy::Unknown => "unknown",
        Copy::Unsupported => "unsupported",
        Copy::NotSaved => "not-saved",
        Copy::Saving => "saving",
        Copy::Saved { .. } => "complete",
        Copy::Failed => "failed",
    };
    view! {
        <section class="offline-panel" aria-label=move || t("Dùng khi không có mạng", "Offline use") data-offline=state_attr>
            <p role="status" class="offline-status">
                <Show when=move || !st.online.get()>
                    <strong class="offline-now">
                        {move || t("Đang ngoại tuyến: mọi thứ ở đây vẫn dùng được.", "Offline: everything here still works.")}
                    </strong>
                    " "
                </Show>
                {move || match st.copy.get() {
                    Copy::Unknown | Copy::Unsupported => String::new(),
                    Copy::NotSaved => t("Trang chưa được lưu để dùng khi không có mạng.", "This site is not saved for offline use.").to_string(),
                    Copy::Saving => t("Đang lưu trang để dùng khi không có mạng…", "Saving the site for offline use…").to_string(),
                    Copy::Failed => t("Chưa lưu được bản ngoại tuyến; sẽ thử lại ở lần mở sau.", "The offline copy could not be saved; it will be tried again next visit.").to_string(),
                    Copy::Saved { vi, en } => match lang.get() {
                        crate::domain::model::Lang::Vi => format!("Bản ngoại tuyến đã đầy đủ, cập nhật {vi}."),
                        crate::domain::model::Lang::En => format!("Offline copy complete, updated {en}."),
                    },
                }}
                {move || match (st.copy.get(), st.usage.get()) {
                    (Copy::Saved { .. }, Some(u)) => format!(
                        " {} {}.",
                        t("Dung lượng trên máy:", "Space used on this device:"),
                        format_size(u, lang.get())
                    ),
                    _ => String::new(),
                }}
            </p>
            <Show when=move || matches!(st.copy.get(), Copy::NotSaved | Copy::Failed)>
                <button type="button" class="offline-save" on:click=save>
                    {move || t("Lưu để dùng khi không có mạng", "Save for offline use")}
                    {size}
                </button>
            </Show>
            <Show when=move || matches!(st.copy.get(), Copy::Saved { .. })>
                <button type="button" class="offline-remove" on:click=remove>
                    {move || t("Xóa bản ngoại tuyến", "Remove offline copy")}
                </button>
            </Show>
        </section>
        <Show when=move || st.update_ready.get()>
            <div class="update-notice" role="status">
                <span>{move || t("Đã có phiên bản mới.", "A new version is ready.")}</span>
                " "
                <button type="button" class="update-reload" on:click=reload>
                    {move || t("Tải lại", "Reload")}
                </button>
                <button type="button" class="update-later" on:click=move |_| st.update_ready.set(false)>
                    {move || t("Để sau", "Later")}
                </button>
            </div>
        </Show>
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    //! The browser side: service worker, Cache Storage, storage estimate.

    use super::{Copy, OfflineState};
    use crate::domain::model::Lang;
    use crate::domain::offline::format_stamp;
    use crate::nav::base_path;
    use leptos::prelude::*;
    use leptos::task::spawn_local;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;

    /// The visitor removed the offline copy: saved again only when they ask.
    const CHOICE_KEY: &str = "yentu-offline";
    /// The entry the service worker writes last when it caches a build (sw.js's COMPLETE).
    const COMPLETE: &str = "__offline-complete";
    /// How often an open page asks whether a new version was deployed.
    const UPDATE_EVERY_MS: i32 = 60 * 60 * 1000;

    fn sw_supported() -> bool {
        let w = window();
        w.is_secure_context()
            && js_sys::Reflect::has(&w.navigator(), &JsValue::from_str("serviceWorker"))
                .unwrap_or(false)
    }

    fn scope() -> String {
        format!("{}/", base_path())
    }

    async fn sleep(ms: i32) {
        let p = js_sys::Promise::new(&mut |resolve, _| {
            let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        });
        let _ = JsFuture::from(p).await;
    }

    /// Until the browser is idle (at most 3 s), where it says so.
    async fn idle() {
        let w = window();
        let ric = js_sys::Reflect::get(&w, &JsValue::from_str("requestIdleCallback"))
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        let Some(ric) = ric else {
            return sleep(500).await;
        };
        let p = js_sys::Promise::new(&mut |resolve, _| {
            let opts = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&opts, &"timeout".into(), &3000.into());
            let _ = ric.call2(&w, &resolve, &opts);
        });
        let _ = JsFuture::from(p).await;
    }

    fn saved_choice_off() -> bool {
        window()
            .local_storage()
            .ok()
            .flatten()
            .and_then(|s| s.get_item(CHOICE_KEY).ok().flatten())
            .is_some_and(|v| v == "off")
    }

    fn set_choice_off(off: bool) {
        if let Some(s) = window().local_storage().ok().flatten() {
            let _ = if off {
                s.set_item(CHOICE_KEY, "off")
            } else {
                s.remove_item(CHOICE_KEY)
            };
        }
    }

    /// The offline copy's size, from the page's head (the build stamps it).
    fn copy_size() -> Option<f64> {
        document()
            .query_selector("meta[name=yentu-offline-bytes]")
            .ok()
            .flatten()
            .and_then(|m| m.get_attribute("content"))
            .and_then(|c| c.trim().parse::<f64>().ok())
            .filter(|b| *b > 0.0)
    }

    /// When the current offline copy was completed, if there is one.
    async fn completed() -> Option<Copy> {
        let caches = window().caches().ok()?;
        let url = format!("{}{COMPLETE}", scope());
        let found = JsFuture::from(caches.match_with_str(&url)).await.ok()?;
        let response = found.dyn_into::<web_sys::Response>().ok()?;
        let text = JsFuture::from(response.text().ok()?)
            .await
            .ok()?
            .as_string()?;
        let d = js_sys::Date::new(&JsValue::from_str(&text));
        if d.get_time().is_nan() {
            return None;
        }
        let stamp = |lang| {
            format_stamp(
                d.get_full_year() as i32,
                d.get_month() + 1,
                d.get_date(),
                d.get_hours(),
                d.get_minutes(),
                lang,
            )
        };
        Some(Copy::Saved {
            vi: stamp(Lang::Vi),
            en: stamp(Lang::En),
        })
    }

    async fn refresh_usage(st: OfflineState) {
        let Ok(p) = window().navigator().storage().estimate() else {
            return;
        };
        if let Ok(e) = JsFuture::from(p).await {
            let e: web_sys::StorageEstimate = e.unchecked_into();
            st.usage.set(e.get_usage());
        }
    }

    async fn show_complete(st: OfflineState) {
        match completed().await {
            Some(copy) => {
                st.copy.set(copy);
                refresh_usage(st).await;
            }
            None => st.copy.set(Copy::Failed),
        }
    }

    /// Called once, when the panel is first drawn in the browser.
    pub fn start(st: OfflineState) {
        let w = window();
        st.online.set(w.navigator().on_line());
        st.size.set(copy_size());
        for (event, online) in [("online", true), ("offline", false)] {
            let f = Closure::<dyn Fn()>::new(move || st.online.set(online));
            let _ = w.add_event_listener_with_callback(event, f.as_ref().unchecked_ref());
            f.forget();
        }
        if !sw_supported() {
            st.copy.set(Copy::Unsupported);
            return;
        }
        spawn_local(async move {
            let container = window().navigator().service_worker();
            let existing = JsFuture::from(container.get_registration_with_document_url(&scope()))
                .await
                .ok()
                .and_then(|r| r.dyn_into::<web_sys::ServiceWorkerRegistration>().ok());
            if let Some(reg) = existing {
                watch(st, &reg);
                if reg.active().is_some() {
                    show_complete(st).await;
                } else {
                    st.copy.set(Copy::Saving);
                    register(st).await;
                }
                return;
            }
            if saved_choice_off() || crate::lazy::save_data() {
                st.copy.set(Copy::NotSaved);
                return;
            }
            // After the first page is drawn (the app has taken over) and the browser is idle.
            for _ in 0..100 {
                let ready = document()
                    .document_element()
                    .and_then(|h| h.get_attribute("data-app"))
                    .is_some_and(|v| v == "ready");
                if ready {
                    break;
                }
                sleep(100).await;
            }
            idle().await;
            register(st).await;
        });
    }

    /// Registers the service worker and waits until it is active, i.e. the copy is complete.
    async fn register(st: OfflineState) {
        st.copy.set(Copy::Saving);
        let container = window().navigator().service_worker();
        let opts = web_sys::RegistrationOptions::new();
        opts.set_scope(&scope());
        let url = format!("{}sw.js", scope());
        match JsFuture::from(container.register_with_options(&url, &opts)).await {
            Ok(reg) => {
                if let Ok(reg) = reg.dyn_into::<web_sys::ServiceWorkerRegistration>() {
                    watch(st, &reg);
                }
            }
            Err(e) => {
                leptos::logging::warn!("offline copy: {e:?}");
                st.copy.set(Copy::Failed);
                return;
            }
        }
        // `ready` resolves once a worker is active: it has cached every file.
        if let Ok(ready) = container.ready() {
            let _ = JsFuture::from(ready).await;
        }
        show_complete(st).await;
    }

    /// Says when a newer version has been cached and waits for the visitor; asks for updates
    /// when the page is shown again and every hour.
    fn watch(st: OfflineState, reg: &web_sys::ServiceWorkerRegistration) {
        let container = window().navigator().service_worker();
        let has_controller = move || window().navigator().service_worker().controller().is_some();
        if reg.waiting().is_some() && has_controller() {
            st.update_ready.set(true);
        }
        let reg2 = reg.clone();
        let on_found = Closure::<dyn Fn()>::new(move || {
            let Some(installing) = reg2.installing() else {
                return;
            };
            let worker = installing.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                if worker.state() == web_sys::ServiceWorkerState::Installed && has_controller() {
                    st.update_ready.set(true);
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
        // Once the visitor chose to reload, the new worker takes control: then reload.
        let on_change = Closure::<dyn Fn()>::new(move || {
            if RELOADING.with(|r| r.get()) {
                let _ = window().location().reload();
            }
        });
        container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();
        let reg3 = reg.clone();
        let check = Closure::<dyn Fn()>::new(move || {
            if document().visibility_state() == web_sys::VisibilityState::Visible {
                let _ = reg3.update();
            }
        });
        let _ = document()
            .add_event_listener_with_callback("visibilitychange", check.as_ref().unchecked_ref());
        let _ = window().set_interval_with_callback_and_timeout_and_arguments_0(
            check.as_ref().unchecked_ref(),
            UPDATE_EVERY_MS,
        );
        check.forget();
    }

    thread_local! {
        static RELOADING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

    /// The visitor chose to reload: the waiting worker takes over, then the page reloads.
    pub fn reload() {
        RELOADING.with(|r| r.set(true));
        spawn_local(async {
            let container = window().navigator().service_worker();
            let reg = JsFuture::from(container.get_registration_with_document_url(&scope()))
                .await
                .ok()
                .and_then(|r| r.dyn_into::<web_sys::ServiceWorkerRegistration>().ok());
            match reg.and_then(|r| r.waiting()) {
                Some(waiting) => {
                    let _ = waiting.post_message(&JsValue::from_str("skip-waiting"));
                }
                None => {
                    let _ = window().location().reload();
                }
            }
        });
    }

    /// "Save for offline use": also asks the browser to keep the site's storage (not evicted
    /// under storage pressure), which a visitor's explicit choice justifies.
    pub fn save(st: OfflineState) {
        set_choice_off(false);
        if let Ok(p) = window().navigator().storage().persist() {
            spawn_local(async move {
                let _ = JsFuture::from(p).await;
            });
        }
        spawn_local(register(st));
    }

    /// "Remove offline copy": the service worker and every cache of the site.
    pub fn remove(st: OfflineState) {
        set_choice_off(true);
        spawn_local(async move {
            let container = window().navigator().service_worker();
            if let Some(reg) =
                JsFuture::from(container.get_registration_with_document_url(&scope()))
                    .await
                    .ok()
                    .and_then(|r| r.dyn_into::<web_sys::ServiceWorkerRegistration>().ok())
            {
                if let Ok(p) = reg.unregister() {
                    let _ = JsFuture::from(p).await;
                }
            }
            if let Ok(caches) = window().caches() {
                if let Ok(keys) = JsFuture::from(caches.keys()).await {
                    for key in js_sys::Array::from(&keys).iter() {
                        if let Some(name) = key.as_string().filter(|n| n.starts_with("yentu-")) {
                            let _ = JsFuture::from(caches.delete(&name)).await;
                        }
                    }
                }
            }
            st.update_ready.set(false);
            st.copy.set(Copy::NotSaved);
            refresh_usage(st).await;
        });
    }
}

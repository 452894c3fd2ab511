//! "Today" for festival dates, injectable so tests do not depend on the clock.

use crate::domain::date::UNIX_EPOCH_JDN;
use crate::domain::lunar::{SolarDate, VIETNAM_TZ};
#[cfg(target_arch = "wasm32")]
use crate::domain::urlenc::decode_pairs;

/// Today's date in Vietnam (UTC+7). A `today=YYYY-MM-DD` query parameter overrides it, so that
/// end-to-end tests (and a visitor planning ahead) can fix the day.
#[cfg(target_arch = "wasm32")]
pub fn today() -> SolarDate {
    if let Some(d) = override_from_url() {
        return d;
    }
    let now_ms = js_sys::Date::now();
    let local_days = ((now_ms / 1000.0 + VIETNAM_TZ * 3600.0) / 86400.0).floor() as i64;
    SolarDate::from_jdn(UNIX_EPOCH_JDN + local_days)
}

/// The build date in Vietnam (UTC+7), for pages rendered by the build tool: `YENTU_TODAY`
/// (`YYYY-MM-DD`) if set, so that a build can be reproduced, else the system clock. The festival
/// page says which day its dates were computed for, and the app recomputes them on start.
#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> SolarDate {
    if let Some(d) = std::env::var("YENTU_TODAY")
        .ok()
        .and_then(|v| SolarDate::parse(&v))
    {
        return d;
    }
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64());
    let local_days = ((secs + VIETNAM_TZ * 3600.0) / 86400.0).floor() as i64;
    SolarDate::from_jdn(UNIX_EPOCH_JDN + local_days)
}

#[cfg(target_arch = "wasm32")]
fn override_from_url() -> Option<SolarDate> {
    let search = web_sys::window()?.location().search().ok()?;
    let (_, v) = decode_pairs(&search)
        .into_iter()
        .find(|(k, _)| k == "today")?;
    SolarDate::parse(&v)
}

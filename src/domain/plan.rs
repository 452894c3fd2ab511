//! The visit planner (`/plan`): which stops, in which order, split into days, how far apart in a
//! straight line, what the data knows about each stop, and hand-off links to maps apps.
//!
//! Everything here is pure: the page (`src/pages/plan.rs`) only draws it. Distances are
//! great-circle distances between the data's approximate positions ([`geo::distance_km`]), never
//! road distances or driving times, which the data does not hold.

use crate::domain::dataset::Dataset;
use crate::domain::festival::{occurrence_in, IcsEvent};
use crate::domain::geo;
use crate::domain::lunar::{solar_to_lunar, SolarDate};
use crate::domain::model::{Festival, Lang, Milestone, Site, SiteStatus};
use crate::domain::urlenc::encode_component;

/// Up to this many stops (the start included) the shortest order is exact (Held–Karp).
pub const EXACT_MAX: usize = 12;

/// The most stops a plan keeps (more ids in a URL are ignored).
pub const MAX_STOPS: usize = 40;

// ------------------------------------------------------------------------------ the plan

/// A plan as the URL holds it: the stops in the visitor's order, round trip or one way, the day
/// breaks and the first day's date.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// Site ids in visiting order, no duplicates.
    pub stops: Vec<String>,
    /// True when the route returns to the first stop.
    pub round: bool,
    /// Day breaks: `b` in the list means a new day starts at stop index `b` (1 ≤ b < stops),
    /// sorted, no duplicates.
    pub breaks: Vec<usize>,
    /// The first day, where the visitor chose one.
    pub date: Option<SolarDate>,
}

/// Whether an id from a URL looks like a site slug.
fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 80
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

impl Plan {
    /// Reads `s` (stops, comma-separated), `r=1` (round trip), `d` (day breaks,
    /// comma-separated stop indices) and `date` (`YYYY-MM-DD`). Ids the dataset does not know
    /// or places it has no position for (when `known` is given), duplicates and impossible
    /// breaks are dropped.
    pub fn from_pairs(pairs: &[(String, String)], known: Option<&Dataset>) -> Plan {
        let get = |k: &str| {
            pairs
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.as_str())
        };
        let mut stops: Vec<String> = Vec::new();
        for id in get("s").unwrap_or("").split(',').map(str::trim) {
            let known_id = known.is_none_or(|ds| ds.site(id).is_some_and(|s| s.place().is_some()));
            if is_slug(id) && known_id && !stops.iter().any(|s| s == id) && stops.len() < MAX_STOPS
            {
                stops.push(id.to_string());
            }
        }
        let mut plan = Plan {
            round: get("r") == Some("1"),
            breaks: get("d")
                .unwrap_or("")
                .split(',')
                .filter_map(|b| b.trim().parse().ok())
                .collect(),
            date: get("date").and_then(SolarDate::parse),
            stops,
        };
        plan.clean_breaks();
        plan
    }

    /// The URL parameters, in a fixed order; empty parts are left out.
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        if !self.stops.is_empty() {
            out.push(("s".to_string(), self.stops.join(",")));
        }
        if self.round {
            out.push(("r".to_string(), "1".to_string()));
        }
        if !self.breaks.is_empty() {
            let d: Vec<String> = self.breaks.iter().map(|b| b.to_string()).collect();
            out.push(("d".to_string(), d.join(",")));
        }
        if let Some(d) = self.date {
            out.push((
                "date".to_string(),
                format!("{:04}-{:02}-{:02}", d.year, d.month, d.day),
            ));
        }
        out
    }

    /// Sorts the breaks and drops duplicates and those outside 1..stops.
    fn clean_breaks(&mut self) {
        let n = self.stops.len();
        self.breaks.retain(|&b| b >= 1 && b < n);
        self.breaks.sort_unstable();
        self.breaks.dedup();
    }

    /// Whether stop `id` is in the plan.
    pub fn has(&self, id: &str) -> bool {
        self.stops.iter().any(|s| s == id)
    }

    /// Adds a stop at the end, or removes it if present (its day breaks move with the stops).
    pub fn toggle(&mut self, id: &str) {
        if let Some(i) = self.stops.iter().position(|s| s == id) {
            self.remove(i);
        } else if self.stops.len() < MAX_STOPS {
            self.stops.push(id.to_string());
        }
    }

    /// Removes the stop at `i`; breaks after it shift down by one.
    pub fn remove(&mut self, i: usize) {
        if i >= self.stops.len() {
            return;
        }
        self.stops.remove(i);
        self.breaks = self
            .breaks
            .iter()
            .map(|&b| if b > i { b - 1 } else { b })
            .collect();
        self.clean_breaks();
    }

    /// Swaps the stop at `i` with the one before it (`up`) or after it. Day breaks stay where
    /// they are: the stops move between days.
    pub fn move_stop(&mut self, i: usize, up: bool) {
        let j = if up { i.checked_sub(1) } else { Some(i + 1) };
        if let Some(j) = j.filter(|&j| j < self.stops.len() && i < self.stops.len()) {
            self.stops.swap(i, j);
        }
    }

    /// Adds or removes the day break before stop `i`.
    pub fn toggle_break(&mut self, i: usize) {
        if let Some(p) = self.breaks.iter().position(|&b| b == i) {
            self.breaks.remove(p);
        } else {
            self.breaks.push(i);
        }
        self.clean_breaks();
    }

    /// Replaces the stops (a suggestion or a new order); breaks beyond the end are dropped.
    pub fn set_stops(&mut self, stops: Vec<String>) {
        self.stops = stops;
        self.clean_breaks();
    }

    /// The plan's sites, in order (ids the dataset does not know are skipped, and so are places
    /// whose position is not known, which the chooser does not offer and [`Plan::from_pairs`]
    /// drops: see [`unplaced`](Plan::unplaced)). A place within a component's area counts at
    /// that component's position ([`Site::place`]).
    pub fn sites<'a>(&self, ds: &'a Dataset) -> Vec<&'a Site> {
        self.stops
            .iter()
            .filter_map(|id| ds.site(id))
            .filter(|s| s.place().is_some())
            .collect()
    }

    /// The plan's places whose position is not known: listed apart, without distances.
    pub fn unplaced<'a>(&self, ds: &'a Dataset) -> Vec<&'a Site> {
        self.stops
            .iter()
            .filter_map(|id| ds.site(id))
            .filter(|s| s.place().is_none())
            .collect()
    }
}

// ------------------------------------------------------------------------------ distances

/// A site's point for the planner: its own position, or that of the component whose area it
/// lies in. [`Plan::sites`] holds only sites that have one; `None` otherwise.
pub fn site_point(s: &Site) -> Option<(f64, f64)> {
    s.place().map(|l| (l.lat, l.lon))
}

/// The straight-line distance in km between two sites' recorded positions (own, or their
/// component's); `NaN` when one has none ([`Plan::sites`] leaves such sites out).
pub fn site_km(a: &Site, b: &Site) -> f64 {
    match (a.place(), b.place()) {
        (Some(p), Some(q)) => geo::distance_km(p.lat, p.lon, q.lat, q.lon),
        _ => f64::NAN,
    }
}

/// How far off a straight-line distance between two sites may be, in km: the sum of the two
/// positions' precision radii.
pub fn leg_margin_km(a: &Site, b: &Site) -> f64 {
    let r = |s: &Site| s.place().map_or(0, |l| l.precision_m);
    f64::from(r(a) + r(b)) / 1000.0
}

/// The matrix of straight-line distances between points `(lat, lon)`.
pub fn matrix(points: &[(f64, f64)]) -> Vec<Vec<f64>> {
    points
        .iter()
        .map(|&(la, lo)| {
            points
                .iter()
                .map(|&(lb, lob)| geo::distance_km(la, lo, lb, lob))
                .collect()
        })
        .collect()
}

/// The length of visiting `order` (indices into `d`), returning to the first when `round`.
pub fn route_length(d: &[Vec<f64>], order: &[usize], round: bool) -> f64 {
    let mut total: f64 = order.windows(2).map(|w| d[w[0]][w[1]]).sum();
    if round && order.len() > 1 {
        total += d[order[order.len() - 1]][order[0]];
    }
    total
}

// ------------------------------------------------------------------------------ ordering

/// How an order was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// Dynamic programming over subsets: the shortest order for certain.
    Exact,
    /// Nearest neighbour, then 2-opt: usually short, not guaranteed shortest.
    Approximate,
}

/// The shortest order of the points of `d` starting at point 0 (kept first): a round trip back
/// to 0 when `round`, else a one-way route ending anywhere. Exact (Held–Karp, O(2ⁿ·n²)) up to
/// [`EXACT_MAX`] points, nearest neighbour + 2-opt above.
pub fn shortest_order(d: &[Vec<f64>], round: bool) -> (Vec<usize>, Method) {
    let n = d.len();
    if n <= 2 {
        return ((0..n).collect(), Method::Exact);
    }
    if n <= EXACT_MAX {
        (held_karp(d, round), Method::Exact)
    } else {
        (two_opt(d, nearest_neighbour(d), round), Method::Approximate)
    }
}

/// Held–Karp over the points 1..n (point 0 fixed first).
fn held_karp(d: &[Vec<f64>], round: bool) -> Vec<usize> {
    let m = d.len() - 1; // points 1..=m, bit i-1 for point i
    let full = (1usize << m) - 1;
    let mut cost = vec![f64::INFINITY; (1 << m) * m];
    let mut prev = vec![usize::MAX; (1 << m) * m];
    for j in 0..m {
        cost[(1 << j) * m + j] = d[0][j + 1];
    }
    for set in 1..=full {
        for j in 0..m {
            if set & (1 << j) == 0 {
                continue;
            }
            let here = cost[set * m + j];
            if !here.is_finite() {
                continue;
            }
            for k in 0..m {
                if set & (1 << k) != 0 {
                    continue;
                }
                let next = set | (1 << k);
                let c = here + d[j + 1][k + 1];
                if c < cost[next * m + k] {
                    cost[next * m + k] = c;
                    prev[next * m + k] = j;
                }
            }
        }
    }
    let end_cost = |j: usize| cost[full * m + j] + if round { d[j + 1][0] } else { 0.0 };
    let mut last = 0;
    for j in 1..m {
        if end_cost(j) < end_cost(last) {
            last = j;
        }
    }
    let mut order = Vec::with_capacity(m + 1);
    let mut set = full;
    let mut j = last;
    while j != usize::MAX {
        order.push(j + 1);
        let p = prev[set * m + j];
        set &= !(1 << j);
        j = p;
    }
    order.push(0);
    order.reverse();
    order
}

/// The nearest unvisited point each time, from point 0.
fn nearest_neighbour(d: &[Vec<f64>]) -> Vec<usize> {
    let n = d.len();
    let mut seen = vec![false; n];
    let mut order = vec![0];
    seen[0] = true;
    while order.len() < n {
        let here = order[order.len() - 1];
        let next = (0..n)
            .filter(|&k| !seen[k])
            .min_by(|&a, &b| d[here][a].total_cmp(&d[here][b]));
        match next {
            Some(k) => {
                seen[k] = true;
                order.push(k);
            }
            None => break,
        }
    }
    order
}

/// Reverses stretches of `order` (never moving its first point) while that shortens the route.
fn two_opt(d: &[Vec<f64>], mut order: Vec<usize>, round: bool) -> Vec<usize> {
    let n = order.len();
    let mut best = route_length(d, &order, round);
    let mut improved = true;
    let mut passes = 0;
    while improved && passes < 100 {
        improved = false;
        passes += 1;
        for i in 1..n - 1 {
            for j in i + 1..n {
                order[i..=j].reverse();
                let len = route_length(d, &order, round);
                if len + 1e-9 < best {
                    best = len;
                    improved = true;
                } else {
                    order[i..=j].reverse();
                }
            }
        }
    }
    order
}

/// The visitor's order against the shortest one.
#[derive(Clone, Debug, PartialEq)]
pub struct OrderReport {
    /// Straight-line km of the plan's order (from `start` when given).
    pub current_km: f64,
    /// Straight-line km of the shortest order found.
    pub best_km: f64,
    /// That order, as indices into the sites.
    pub best: Vec<usize>,
    /// Exact or approximate.
    pub method: Method,
}

impl OrderReport {
    /// Whether the plan's order is as short as the best found (within a metre).
    pub fn is_best(&self) -> bool {
        self.current_km <= self.best_km + 1e-3
    }
}

/// The shortest order of `sites` starting at the first of them or, when given, at `start`
/// (the visitor's position, not a stop), and how the plan's own order compares.
pub fn order_report(sites: &[&Site], round: bool, start: Option<(f64, f64)>) -> OrderReport {
    let mut pts: Vec<(f64, f64)> = start.into_iter().collect();
    pts.extend(
        sites
            .iter()
            .map(|s| site_point(s).unwrap_or((f64::NAN, f64::NAN))),
    );
    let d = matrix(&pts);
    let given: Vec<usize> = (0..pts.len()).collect();
    let (order, method) = shortest_order(&d, round);
    let shift = usize::from(start.is_some());
    OrderReport {
        current_km: route_length(&d, &given, round),
        best_km: route_length(&d, &order, round),
        best: order
            .into_iter()
            .filter(|&i| i >= shift)
            .map(|i| i - shift)
            .collect(),
        method,
    }
}

// ------------------------------------------------------------------------------ legs and days

/// One leg of the route.
#[derive(Clone, Debug, PartialEq)]
pub struct Leg<'a> {
    /// Where it starts.
    pub from: &'a Site,
    /// Where it ends.
    pub to: &'a Site,
    /// Straight-line km between the recorded positions.
    pub km: f64,
    /// ± km (the two positions' precision).
    pub margin_km: f64,
    /// True for a leg between the Bắc Giang side and the Hải Dương side ([`crosses_bridge`]).
    pub bridge: bool,
}

/// One day of the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Day<'a> {
    /// 1-based.
    pub number: usize,
    /// Its date, where the plan has one.
    pub date: Option<SolarDate>,
    /// Index of its first stop in the plan.
    pub first: usize,
    /// Its stops.
    pub stops: Vec<&'a Site>,
    /// Its legs: from the previous day's last stop to its first, then between its stops (and,
    /// on the last day of a round trip, back to the start).
    pub legs: Vec<Leg<'a>>,
}

impl Day<'_> {
    /// The day's straight-line km.
    pub fn km(&self) -> f64 {
        self.legs.iter().map(|l| l.km).sum()
    }
}

fn leg<'a>(from: &'a Site, to: &'a Site) -> Leg<'a> {
    Leg {
        from,
        to,
        km: site_km(from, to),
        margin_km: leg_margin_km(from, to),
        bridge: crosses_bridge(from, to),
    }
}

/// Every leg of the plan, in order (the return leg last on a round trip).
pub fn legs<'a>(sites: &[&'a Site], round: bool) -> Vec<Leg<'a>> {
    let mut out: Vec<Leg<'a>> = sites.windows(2).map(|w| leg(w[0], w[1])).collect();
    if round && sites.len() > 1 {
        out.push(leg(sites[sites.len() - 1], sites[0]));
    }
    out
}

/// The plan's days: split at the breaks; the leg that crosses a break belongs to the later day.
pub fn days<'a>(sites: &[&'a Site], plan: &Plan) -> Vec<Day<'a>> {
    let all = legs(sites, plan.round);
    let mut bounds = vec![0];
    bounds.extend(plan.breaks.iter().copied().filter(|&b| b < sites.len()));
    bounds.push(sites.len());
    let mut out = Vec::new();
    for (k, w) in bounds.windows(2).enumerate() {
        let (a, b) = (w[0], w[1]);
        if a >= b {
            continue;
        }
        // Leg i goes from stop i to stop i+1: the day holds legs a-1 .. b-1.
        let mut day_legs: Vec<Leg<'a>> = all
            .iter()
            .take(sites.len().saturating_sub(1))
            .enumerate()
            .filter(|(i, _)| i + 1 >= a && i + 1 < b)
            .map(|(_, l)| l.clone())
            .collect();
        if b == sites.len() && plan.round && sites.len() > 1 {
            if let Some(ret) = all.last() {
                day_legs.push(ret.clone());
            }
        }
        out.push(Day {
            number: k + 1,
            date: plan.date.map(|d| d.add_days(k as i64)),
            first: a,
            stops: sites[a..b].to_vec(),
            legs: day_legs,
        });
    }
    out
}

/// Formats km for visitors: one decimal below 10 km, whole km above.
pub fn format_km(km: f64, lang: Lang) -> String {
    let s = if km < 10.0 {
        format!("{km:.1}")
    } else {
        format!("{km:.0}")
    };
    match lang {
        Lang::Vi => format!("{} km", s.replace('.', ",")),
        Lang::En => format!("{s} km"),
    }
}

// ------------------------------------------------------------------------------ the bridge

/// True for a leg between a component on the former Bắc Giang side (`province_before`
/// `bac-giang`: Vĩnh Nghiêm, Bổ Đà) and one on the former Hải Dương side (`hai-duong`: Côn
/// Sơn, Kiếp Bạc, Thanh Mai, Kính Chủ, Nhẫm Dương), which the Đồng Việt bridge links.
pub fn crosses_bridge(a: &Site, b: &Site) -> bool {
    fn side(s: &Site) -> Option<&str> {
        (s.status == SiteStatus::Component).then_some(s.province_before.as_str())
    }
    matches!(
        (side(a), side(b)),
        (Some("bac-giang"), Some("hai-duong")) | (Some("hai-duong"), Some("bac-giang"))
    )
}

/// The timeline's milestones about the Đồng Việt bridge, in the timeline's order.
pub fn bridge_milestones(ds: &Dataset) -> Vec<&Milestone> {
    ds.timeline
        .iter()
        .filter(|m| m.title.vi.contains("Đồng Việt") || m.text.vi.contains("cầu Đồng Việt"))
        .collect()
}

// ------------------------------------------------------------------------------ festivals

/// The festivals of `site` under way on `date` (Vietnamese lunar calendar at `tz`).
pub fn festivals_on(site: &Site, date: SolarDate, tz: f64) -> Vec<&Festival> {
    let year = solar_to_lunar(date, tz).year;
    site.festivals
        .iter()
        .filter(|f| {
            (year - 1..=year)
                .any(|y| occurrence_in(f, y, tz).is_some_and(|o| o.start <= date && date <= o.end))
        })
        .collect()
}

// ------------------------------------------------------------------------------ suggestions

/// A set of stops built from the data, with what it is built from.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    /// Stable id (for tests and the DOM).
    pub id: String,
    /// Its name.
    pub title: (String, String),
    /// What it is built from, in (Vietnamese, English).
    pub built_from: (String, String),
    /// Site ids, components first by number.
    pub sites: Vec<String>,
}

impl Suggestion {
    /// The title in `lang`.
    pub fn title(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.title.0,
            Lang::En => &self.title.1,
        }
    }

    /// What it is built from, in `lang`.
    pub fn built_from(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.built_from.0,
            Lang::En => &self.built_from.1,
        }
    }
}

/// Site ids sorted components first, by number, then by the data's order.
fn in_catalogue_order(ds: &Dataset, ids: &[&str]) -> Vec<String> {
    let mut sites: Vec<&Site> = ds
        .sites
        .iter()
        .filter(|s| ids.contains(&s.id.as_str()))
        .collect();
    sites.sort_by_key(|s| s.components_first());
    sites.into_iter().map(|s| s.id.clone()).collect()
}

/// The components linked to the people whose role (English) contains `needle`, with the
/// people's names.
fn people_sites(ds: &Dataset, needle: &str) -> (Vec<String>, Vec<String>) {
    let people: Vec<_> = ds
        .people
        .iter()
        .filter(|p| p.role.en.contains(needle))
        .collect();
    let ids: Vec<&str> = people
        .iter()
        .flat_map(|p| p.sites.iter().map(String::as_str))
        .filter(|id| {
            ds.site(id)
                .is_some_and(|s| s.status == SiteStatus::Component)
        })
        .collect();
    let names = people.iter().map(|p| p.name.vi.clone()).collect();
    (in_catalogue_order(ds, &ids), names)
}

/// The suggestions: all the components; each part of the series; the components linked to the
/// people the data calls Trúc Lâm patriarchs or founder; those linked to the people whose role
/// names a victory. Each is left out when the data yields fewer than two stops.
pub fn suggestions(ds: &Dataset) -> Vec<Suggestion> {
    let mut out = Vec::new();
    let components: Vec<&str> = ds
        .sites
        .iter()
        .filter(|s| s.status == SiteStatus::Component)
        .map(|s| s.id.as_str())
        .collect();
    let n = components.len();
    out.push(Suggestion {
        id: "components".into(),
        title: (
            format!("Cả {n} hợp phần di sản"),
            format!("All {n} components"),
        ),
        built_from: (
            "Mọi điểm có trạng thái “hợp phần di sản” trong dữ liệu, theo số thứ tự hợp phần."
                .into(),
            "Every site the data lists as a component part, by component number.".into(),
        ),
        sites: in_catalogue_order(ds, &components),
    });
    for part in crate::domain::model::SeriesPart::ALL {
        let ids: Vec<&str> = ds
            .sites
            .iter()
            .filter(|s| s.status == SiteStatus::Component && s.part == part)
            .map(|s| s.id.as_str())
            .collect();
        out.push(Suggestion {
            id: format!("part-{}", part.id()),
            title: (
                format!("Chặng “{}”", part.label(Lang::Vi)),
                format!("The “{}” part", part.label(Lang::En)),
            ),
            built_from: (
                format!(
                    "Các hợp phần mà dữ liệu xếp vào phần “{}” của chuỗi di tích.",
                    part.label(Lang::Vi)
                ),
                format!(
                    "The components the data places in the “{}” part of the series.",
                    part.label(Lang::En)
                ),
            ),
            sites: in_catalogue_order(ds, &ids),
        });
    }
    let (ids, names) = people_sites(ds, "Trúc Lâm");
    let list = names.join(", ");
    out.push(Suggestion {
        id: "truc-lam".into(),
        title: (
            "Theo dấu Trúc Lâm Tam Tổ".into(),
            "In the steps of the Trúc Lâm patriarchs".into(),
        ),
        built_from: (
            format!("Các hợp phần gắn với những nhân vật mà dữ liệu ghi vai trò có nhắc đến Trúc Lâm: {list}."),
            format!("The components linked to the people whose role in the data names Trúc Lâm: {list}."),
        ),
        sites: ids,
    });
    let (ids, names) = people_sites(ds, "victory");
    let list = names.join(", ");
    out.push(Suggestion {
        id: "victories".into(),
        title: (
            "Chiến thắng của nhà Trần".into(),
            "The Trần dynasty's victories".into(),
        ),
        built_from: (
            format!("Các hợp phần gắn với những nhân vật mà dữ liệu ghi vai trò có nhắc đến một chiến thắng: {list}."),
            format!("The components linked to the people whose role in the data names a victory: {list}."),
        ),
        sites: ids,
    });
    out.retain(|s| s.sites.len() >= 2);
    out
}

// ------------------------------------------------------------------------------ maps links

/// What a maps app searches for: the site's Vietnamese name and locality (the gate a maps app
/// knows, rather than the data's approximate point).
pub fn place_query(site: &Site) -> String {
    format!("{}, {}", site.name.vi, site.locality.vi)
}

/// One maps app's link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapLink {
    /// The app's name.
    pub app: &'static str,
    /// The address.
    pub url: String,
}

/// One maps app's addresses, each given the URL-encoded "name, locality" of the places.
struct MapsApp {
    name: &'static str,
    /// Shows a place.
    place: fn(&str) -> String,
    /// Directions from the first place to the second.
    route: fn(&str, &str) -> String,
    /// Directions from the device's own position (the app asks for it) to a place.
    from_here: fn(&str) -> String,
}

/// Google Maps, Apple Maps, OpenStreetMap and any `geo:` app (which shows the destination).
const MAPS_APPS: [MapsApp; 4] = [
    MapsApp {
        name: "Google Maps",
        place: |q| format!("https://www.google.com/maps/search/?api=1&query={q}"),
        route: |a, b| format!("https://www.google.com/maps/dir/?api=1&origin={a}&destination={b}"),
        from_here: |b| format!("https://www.google.com/maps/dir/?api=1&destination={b}"),
    },
    MapsApp {
        name: "Apple Maps",
        place: |q| format!("https://maps.apple.com/?q={q}"),
        route: |a, b| format!("https://maps.apple.com/?saddr={a}&daddr={b}"),
        from_here: |b| format!("https://maps.apple.com/?daddr={b}"),
    },
    MapsApp {
        name: "OpenStreetMap",
        place: |q| format!("https://www.openstreetmap.org/search?query={q}"),
        route: |a, b| format!("https://www.openstreetmap.org/directions?from={a}&to={b}"),
        from_here: |b| format!("https://www.openstreetmap.org/directions?to={b}"),
    },
    MapsApp {
        name: "geo:",
        place: |q| format!("geo:0,0?q={q}"),
        route: |_, b| format!("geo:0,0?q={b}"),
        from_here: |b| format!("geo:0,0?q={b}"),
    },
];

/// One link per maps app, its address made by `url`.
fn maps_links(url: impl Fn(&MapsApp) -> String) -> Vec<MapLink> {
    MAPS_APPS
        .iter()
        .map(|app| MapLink {
            app: app.name,
            url: url(app),
        })
        .collect()
}

/// Links that show a site in each maps app.
pub fn place_links(site: &Site) -> Vec<MapLink> {
    let q = encode_component(&place_query(site));
    maps_links(|app| (app.place)(&q))
}

/// Links that open directions from `from` to `to` (the `geo:` link shows the destination).
pub fn leg_links(from: &Site, to: &Site) -> Vec<MapLink> {
    let a = encode_component(&place_query(from));
    let b = encode_component(&place_query(to));
    maps_links(|app| (app.route)(&a, &b))
}

/// Links that open directions from the device's own position to `to` (each app asks for the
/// position itself: the page never puts it in a link).
pub fn from_here_links(to: &Site) -> Vec<MapLink> {
    let b = encode_component(&place_query(to));
    maps_links(|app| (app.from_here)(&b))
}

/// Google Maps directions through every stop of a day (Google takes up to 9 waypoints; longer
/// days get `None`, and the visitor uses the legs' links).
pub fn day_google_link(stops: &[&Site]) -> Option<String> {
    if stops.len() < 2 || stops.len() > 11 {
        return None;
    }
    let q = |s: &Site| encode_component(&place_query(s));
    let mid: Vec<String> = stops[1..stops.len() - 1].iter().map(|s| q(s)).collect();
    let mut url = format!(
        "https://www.google.com/maps/dir/?api=1&origin={}&destination={}",
        q(stops[0]),
        q(stops[stops.len() - 1])
    );
    if !mid.is_empty() {
        url.push_str("&waypoints=");
        url.push_str(&mid.join("%7C"));
    }
    Some(url)
}

// ------------------------------------------------------------------------------ .ics

/// The downloaded calendar's name.
pub fn ics_filename(lang: Lang) -> &'static str {
    lang.t("ke-hoach-tham-quan.ics", "visit-plan.ics")
}

/// The downloaded GPX file's name.
pub fn gpx_filename(lang: Lang) -> &'static str {
    lang.t("ke-hoach-tham-quan.gpx", "visit-plan.gpx")
}

/// One all-day event per day of a dated plan (none without a date): "Day N: A → B → C", with the
/// day's stops, their localities and the straight-line km in the description, and `plan_url` as
/// the link. The uid is built from the plan's parameters so that a re-import updates the events.
pub fn ics_events(days: &[Day<'_>], plan: &Plan, lang: Lang, plan_url: &str) -> Vec<IcsEvent> {
    let key: String = plan
        .stops
        .iter()
        .map(|s| s.chars().take(3).collect::<String>())
        .collect::<Vec<_>>()
        .join("");
    days.iter()
        .filter_map(|day| {
            let date = day.date?;
            let names: Vec<&str> = day.stops.iter().map(|s| s.name.get(lang)).collect();
            let mut lines: Vec<String> = day
                .stops
                .iter()
                .enumerate()
                .map(|(i, s)| format!("{}. {} — {}", day.first + i + 1, s.name.get(lang), s.locality.get(lang)))
                .collect();
            lines.push(format!(
                "{} {}",
                format_km(day.km(), lang),
                lang.t(
                    "theo đường chim bay giữa các vị trí gần đúng (không phải quãng đường đi thực tế).",
                    "in a straight line between approximate positions (not a road distance).",
                )
            ));
            Some(IcsEvent {
                uid: format!(
                    "plan-{key}-{:04}{:02}{:02}-{}@yentu-explorer",
                    date.year, date.month, date.day, day.number
                ),
                summary: format!("{} {}: {}", lang.t("Ngày", "Day"), day.number, names.join(" → ")),
                description: lines.join("\n"),
                start: date,
                end_inclusive: date,
                url: Some(plan_url.to_string()),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn held_karp_keeps_the_start_first() {
        let pts = [(0.0, 0.0), (0.0, 3.0), (0.0, 1.0), (0.0, 2.0)];
        let d = matrix(&pts);
        let (o, m) = shortest_order(&d, false);
        assert_eq!(m, Method::Exact);
        assert_eq!(o, vec![0, 2, 3, 1]);
    }

    #[test]
    fn km_are_formatted_per_language() {
        assert_eq!(format_km(3.25, Lang::Vi), "3,2 km");
        assert_eq!(format_km(3.25, Lang::En), "3.2 km");
        assert_eq!(format_km(42.4, Lang::En), "42 km");
    }
}

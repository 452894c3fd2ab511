//! Geometry: great-circle distances, the map projection, zoom and pan, label boxes, and the
//! province outlines (their simplification and the merged post-2025 borders).
//!
//! Conventions: a point on the Earth is `(lat, lon)` in WGS 84 degrees in function arguments, but
//! outline rings store `[lon, lat]` as GeoJSON does. Map coordinates are SVG user units of the
//! viewBox, `x` to the right and `y` down.

use crate::domain::math;
use crate::domain::num::trimmed;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

/// Mean Earth radius in kilometres (IUGG).
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

/// Great-circle distance in kilometres between two WGS 84 points (haversine formula).
pub fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a =
        math::sin(dp / 2.0).powi(2) + math::cos(p1) * math::cos(p2) * math::sin(dl / 2.0).powi(2);
    2.0 * EARTH_RADIUS_KM * math::asin(a.sqrt())
}

// ---------------------------------------------------------------- bounds

/// A latitude/longitude rectangle in WGS 84 degrees (not crossing the antimeridian).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Bounds {
    /// Southern edge.
    pub min_lat: f64,
    /// Western edge.
    pub min_lon: f64,
    /// Northern edge.
    pub max_lat: f64,
    /// Eastern edge.
    pub max_lon: f64,
}

impl Bounds {
    /// The smallest bounds holding every finite `(lat, lon)` point; `None` when there is none.
    pub fn from_points(points: &[(f64, f64)]) -> Option<Bounds> {
        let mut it = points
            .iter()
            .filter(|(lat, lon)| lat.is_finite() && lon.is_finite());
        let &(lat, lon) = it.next()?;
        let mut b = Bounds {
            min_lat: lat,
            min_lon: lon,
            max_lat: lat,
            max_lon: lon,
        };
        for &(lat, lon) in it {
            b.min_lat = b.min_lat.min(lat);
            b.max_lat = b.max_lat.max(lat);
            b.min_lon = b.min_lon.min(lon);
            b.max_lon = b.max_lon.max(lon);
        }
        Some(b)
    }

    /// These bounds grown on every side by `fraction` of their span (0.05 = 5 % each side).
    pub fn pad(&self, fraction: f64) -> Bounds {
        let dlat = (self.max_lat - self.min_lat) * fraction;
        let dlon = (self.max_lon - self.min_lon) * fraction;
        Bounds {
            min_lat: self.min_lat - dlat,
            min_lon: self.min_lon - dlon,
            max_lat: self.max_lat + dlat,
            max_lon: self.max_lon + dlon,
        }
    }

    /// True when `(lat, lon)` lies inside the bounds or on their edge.
    pub fn contains(&self, lat: f64, lon: f64) -> bool {
        (self.min_lat..=self.max_lat).contains(&lat) && (self.min_lon..=self.max_lon).contains(&lon)
    }

    /// The centre `(lat, lon)`.
    pub fn center(&self) -> (f64, f64) {
        (
            (self.min_lat + self.max_lat) / 2.0,
            (self.min_lon + self.max_lon) / 2.0,
        )
    }
}

// ---------------------------------------------------------------- projection

/// Smallest span (degrees) a projection is fitted to, so that a single point still gives a map.
const MIN_SPAN_DEG: f64 = 0.01;

/// Equirectangular projection scaled by cos(φ0) at the centre latitude, fitted into a viewBox.
///
/// At the scale of a few provinces (about 2° of latitude) the distortion is well under 1 %.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Projection {
    lat0: f64,
    lon0: f64,
    cos_lat0: f64,
    /// viewBox units per degree of latitude.
    k: f64,
    cx: f64,
    cy: f64,
}

impl Projection {
    /// Fits `bounds` into a `width`×`height` viewBox leaving `margin` units on every side,
    /// preserving the aspect ratio; the centre of the bounds lands on the centre of the viewBox.
    pub fn fit(bounds: Bounds, width: f64, height: f64, margin: f64) -> Projection {
        let (lat0, lon0) = bounds.center();
        let cos_lat0 = math::cos(lat0.to_radians()).max(1e-6);
        let span_x = ((bounds.max_lon - bounds.min_lon) * cos_lat0).max(MIN_SPAN_DEG * cos_lat0);
        let span_y = (bounds.max_lat - bounds.min_lat).max(MIN_SPAN_DEG);
        let avail_w = (width - 2.0 * margin).max(1e-6);
        let avail_h = (height - 2.0 * margin).max(1e-6);
        let k = (avail_w / span_x).min(avail_h / span_y);
        Projection {
            lat0,
            lon0,
            cos_lat0,
            k,
            cx: width / 2.0,
            cy: height / 2.0,
        }
    }

    /// Map coordinates `(x, y)` of a `(lat, lon)` point (y grows downwards).
    pub fn project(&self, lat: f64, lon: f64) -> (f64, f64) {
        (
            self.cx + (lon - self.lon0) * self.cos_lat0 * self.k,
            self.cy - (lat - self.lat0) * self.k,
        )
    }

    /// The `(lat, lon)` point at map coordinates `(x, y)`; inverse of [`Projection::project`].
    pub fn unproject(&self, x: f64, y: f64) -> (f64, f64) {
        (
            self.lat0 - (y - self.cy) / self.k,
            self.lon0 + (x - self.cx) / (self.k * self.cos_lat0),
        )
    }

    /// Kilometres on the ground per viewBox unit (exact along meridians and the centre parallel).
    pub fn km_per_unit(&self) -> f64 {
        EARTH_RADIUS_KM * std::f64::consts::PI / 180.0 / self.k
    }
}

/// A scale bar no longer than `max_units` viewBox units: the longest 1, 2 or 5 × 10ⁿ km that fits,
/// as `(km, units)`; `(0.0, 0.0)` when the inputs are not positive and finite.
pub fn nice_scale_bar(km_per_unit: f64, max_units: f64) -> (f64, f64) {
    let valid = |v: f64| v.is_finite() && v > 0.0;
    if !valid(km_per_unit) || !valid(max_units) {
        return (0.0, 0.0);
    }
    let max_km = km_per_unit * max_units;
    let exp = math::log10(max_km).floor() as i32;
    for e in [exp + 1, exp, exp - 1] {
        let base = 10f64.powi(e);
        for m in [5.0, 2.0, 1.0] {
            let km = m * base;
            if km <= max_km * (1.0 + 1e-12) {
                return (km, km / km_per_unit);
            }
        }
    }
    (0.0, 0.0)
}

// ---------------------------------------------------------------- zoom and pan

/// Smallest zoom factor of a [`View`] (the whole map).
pub const MIN_SCALE: f64 = 1.0;
/// Largest zoom factor of a [`View`].
pub const MAX_SCALE: f64 = 16.0;

/// The area a [`View`] moves over, viewBox units: its top-left corner and size. The whole of it
/// shows at zoom 1; it has the shape of the frame it is drawn in.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct World {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

impl World {
    /// The `width`×`height` viewBox from the origin.
    pub fn new(width: f64, height: f64) -> World {
        World {
            x: 0.0,
            y: 0.0,
            w: width,
            h: height,
        }
    }

    /// The smallest world of a frame's shape (`aspect` = its width / its height) that holds
    /// `area`, centred on it: taller for a narrow frame, wider for a wide one. A non-positive or
    /// non-finite `aspect` gives `area` itself.
    pub fn around(area: World, aspect: f64) -> World {
        if !(aspect.is_finite() && aspect > 0.0 && area.w > 0.0 && area.h > 0.0) {
            return area;
        }
        let (w, h) = if aspect < area.w / area.h {
            (area.w, area.w / aspect)
        } else {
            (area.h * aspect, area.h)
        };
        World {
            x: area.x + (area.w - w) / 2.0,
            y: area.y + (area.h - h) / 2.0,
            w,
            h,
        }
    }

    /// The centre `(x, y)`.
    pub fn center(&self) -> (f64, f64) {
        (self.x + self.w / 2.0, self.y + self.h / 2.0)
    }
}

/// The visible window over a [`World`]: its centre and a zoom factor.
///
/// At `scale` 1 the whole world is visible; at 2 half its width, and so on.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct View {
    /// Centre x of the visible window, viewBox units.
    pub cx: f64,
    /// Centre y of the visible window, viewBox units.
    pub cy: f64,
    /// Zoom factor, kept within [`MIN_SCALE`]..=[`MAX_SCALE`].
    pub scale: f64,
}

impl View {
    /// The whole world.
    pub fn full(world: &World) -> View {
        let (cx, cy) = world.center();
        View {
            cx,
            cy,
            scale: MIN_SCALE,
        }
    }

    /// Multiplies the zoom by `factor` (clamped to 1..=16), keeping the map point at viewBox
    /// coordinates `(x, y)` (e.g. under the cursor) at the same place on screen.
    pub fn zoom_at(&mut self, factor: f64, x: f64, y: f64) {
        if !(factor.is_finite() && factor > 0.0 && x.is_finite() && y.is_finite()) {
            return;
        }
        let new_scale = math::clamp(self.scale * factor, MIN_SCALE, MAX_SCALE);
        let ratio = self.scale / new_scale;
        self.cx = x - (x - self.cx) * ratio;
        self.cy = y - (y - self.cy) * ratio;
        self.scale = new_scale;
    }

    /// Moves the visible window by `(dx, dy)` viewBox units (positive `dx` reveals what lies to
    /// the right). To follow a pointer drag, pass minus the drag distance in viewBox units.
    pub fn pan(&mut self, dx: f64, dy: f64) {
        if dx.is_finite() && dy.is_finite() {
            self.cx += dx;
            self.cy += dy;
        }
    }

    /// Keeps the visible window inside the world (call after zoom or pan).
    pub fn clamp_to(&mut self, world: &World) {
        self.scale = math::clamp(self.scale, MIN_SCALE, MAX_SCALE);
        let (hw, hh) = (world.w / self.scale / 2.0, world.h / self.scale / 2.0);
        let (x0, y0) = (world.x + hw, world.y + hh);
        self.cx = math::clamp(self.cx, x0, (world.x + world.w - hw).max(x0));
        self.cy = math::clamp(self.cy, y0, (world.y + world.h - hh).max(y0));
    }

    /// The view that shows every point `(x, y)` (viewBox units) with `margin` units around them,
    /// zoomed in as far as allowed but not past `max_scale`; the whole world when `points` is
    /// empty.
    pub fn fit(points: &[(f64, f64)], world: &World, margin: f64, max_scale: f64) -> View {
        let finite: Vec<(f64, f64)> = points
            .iter()
            .copied()
            .filter(|(x, y)| x.is_finite() && y.is_finite())
            .collect();
        let Some(&(x0, y0)) = finite.first() else {
            return View::full(world);
        };
        let (mut min_x, mut max_x, mut min_y, mut max_y) = (x0, x0, y0, y0);
        for &(x, y) in &finite {
            min_x = min_x.min(x);
            max_x = max_x.max(x);
            min_y = min_y.min(y);
            max_y = max_y.max(y);
        }
        let bw = (max_x - min_x + 2.0 * margin).max(1e-9);
        let bh = (max_y - min_y + 2.0 * margin).max(1e-9);
        let top = math::clamp(max_scale, MIN_SCALE, MAX_SCALE);
        let scale = math::clamp((world.w / bw).min(world.h / bh), MIN_SCALE, top);
        let mut view = View {
            cx: (min_x + max_x) / 2.0,
            cy: (min_y + max_y) / 2.0,
            scale,
        };
        view.clamp_to(world);
        view
    }

    /// The visible window as `(x, y, w, h)` for an SVG `viewBox`.
    pub fn view_box(&self, world: &World) -> (f64, f64, f64, f64) {
        let (w, h) = (world.w / self.scale, world.h / self.scale);
        (self.cx - w / 2.0, self.cy - h / 2.0, w, h)
    }

    /// The visible window as the text of an SVG `viewBox` attribute, e.g. `"0 0 800 600"`.
    pub fn view_box_attr(&self, world: &World) -> String {
        let (x, y, w, h) = self.view_box(world);
        format!(
            "{} {} {} {}",
            trimmed(x, 2),
            trimmed(y, 2),
            trimmed(w, 2),
            trimmed(h, 2)
        )
    }

    /// viewBox coordinates of the point at fractions `(fx, fy)` (0..=1) across the rendered SVG,
    /// e.g. a pointer position divided by the element's size.
    pub fn to_user(&self, world: &World, fx: f64, fy: f64) -> (f64, f64) {
        let (x, y, w, h) = self.view_box(world);
        (x + fx * w, y + fy * h)
    }
}

// ---------------------------------------------------------------- labels

/// How a label's text is aligned on its `x` (the SVG `text-anchor`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Anchor {
    /// Text starts at `x` (label to the right of its marker).
    Start,
    /// Text is centred on `x` (label above or below its marker).
    Middle,
    /// Text ends at `x` (label to the left of its marker).
    End,
}

impl Anchor {
    /// The SVG `text-anchor` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// Where a label goes: `x` per its `anchor`, `y` its vertical centre (use
/// `dominant-baseline="central"`).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct PlacedLabel {
    /// Anchor x, viewBox units.
    pub x: f64,
    /// Vertical centre, viewBox units.
    pub y: f64,
    /// Text alignment on `x`.
    pub anchor: Anchor,
}

impl PlacedLabel {
    /// The label's box `[x0, y0, x1, y1]` for a text `width`×`height`.
    pub fn bbox(&self, width: f64, height: f64) -> [f64; 4] {
        let x0 = match self.anchor {
            Anchor::Start => self.x,
            Anchor::Middle => self.x - width / 2.0,
            Anchor::End => self.x - width,
        };
        [x0, self.y - height / 2.0, x0 + width, self.y + height / 2.0]
    }
}

/// True when two boxes `[x0, y0, x1, y1]` overlap with a positive area (touching is allowed).
pub fn boxes_overlap(a: &[f64; 4], b: &[f64; 4]) -> bool {
    const EPS: f64 = 1e-9;
    a[0] < b[2] - EPS && b[0] < a[2] - EPS && a[1] < b[3] - EPS && b[1] < a[3] - EPS
}

// The placement of the names on the map: `crate::domain::map_place`.

// ---------------------------------------------------------------- outlines

/// The province outlines of `public/data/provinces.json`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Outlines {
    /// The provinces as they were before the July 2025 merger.
    pub provinces: Vec<ProvinceShape>,
}

/// One pre-2025 province's outline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProvinceShape {
    /// Slug of the pre-2025 province, e.g. `bac-giang`.
    pub id: String,
    /// Vietnamese name.
    pub name_vi: String,
    /// English name (without diacritics).
    pub name_en: String,
    /// Slug of the post-2025 province it belongs to (`bac-giang` → `bac-ninh`,
    /// `hai-duong` → `hai-phong`, others themselves).
    pub current_id: String,
    /// Closed rings of `[lon, lat]` (first point repeated last); islands are separate rings.
    pub rings: Vec<Vec<[f64; 2]>>,
}

impl ProvinceShape {
    /// True for a province that no longer exists since the 2025 merger.
    pub fn is_former(&self) -> bool {
        self.id != self.current_id
    }
}

impl Outlines {
    /// The shape with this pre-2025 id.
    pub fn get(&self, id: &str) -> Option<&ProvinceShape> {
        self.provinces.iter().find(|p| p.id == id)
    }

    /// The post-2025 province ids, in order of first appearance.
    pub fn current_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = Vec::new();
        for p in &self.provinces {
            if !ids.contains(&p.current_id.as_str()) {
                ids.push(&p.current_id);
            }
        }
        ids
    }

    /// Bounds of every ring point; `None` when there are none.
    pub fn bounds(&self) -> Option<Bounds> {
        let pts: Vec<(f64, f64)> = self
            .provinces
            .iter()
            .flat_map(|p| p.rings.iter().flatten())
            .map(|&[lon, lat]| (lat, lon))
            .collect();
        Bounds::from_points(&pts)
    }
}

/// The post-2025 province a pre-2025 province belongs to: `bac-giang` → `bac-ninh`,
/// `hai-duong` → `hai-phong`, any other id itself.
pub fn current_province_id(id: &str) -> &str {
    match id {
        "bac-giang" => "bac-ninh",
        "hai-duong" => "hai-phong",
        other => other,
    }
}

/// An SVG path `"M x y L x y … Z"` for `[lon, lat]` rings, coordinates rounded to 1 decimal
/// (consecutive points that round alike are dropped). Use `fill-rule="evenodd"` for holes.
pub fn ring_to_path(proj: &Projection, rings: &[Vec<[f64; 2]>]) -> String {
    let mut out = String::new();
    for ring in rings {
        let mut last: Option<(String, String)> = None;
        let mut count = 0;
        for &[lon, lat] in ring {
            let (x, y) = proj.project(lat, lon);
            let p = (trimmed(x, 1), trimmed(y, 1));
            if last.as_ref() == Some(&p) {
                continue;
            }
            let cmd = if count == 0 { 'M' } else { 'L' };
            if !out.is_empty() {
                out.push(' ');
            }
            let _ = write!(out, "{cmd}{} {}", p.0, p.1);
            last = Some(p);
            count += 1;
        }
        if count > 0 {
            out.push_str(" Z");
        }
    }
    out
}

/// An SVG path for border edges (`[[lon, lat]; 2]`), chaining edges that continue one another
/// into polylines; coordinates rounded to 1 decimal. Not closed, so stroke it without fill.
pub fn edges_to_path(proj: &Projection, edges: &[[[f64; 2]; 2]]) -> String {
    let mut out = String::new();
    let mut last_end: Option<(String, String)> = None;
    for &[[lon0, lat0], [lon1, lat1]] in edges {
        let (x0, y0) = proj.project(lat0, lon0);
        let (x1, y1) = proj.project(lat1, lon1);
        let a = (trimmed(x0, 1), trimmed(y0, 1));
        let b = (trimmed(x1, 1), trimmed(y1, 1));
        if last_end.as_ref() != Some(&a) {
            if !out.is_empty() {
                out.push(' ');
            }
            let _ = write!(out, "M{} {}", a.0, a.1);
        }
        if a != b {
            let _ = write!(out, " L{} {}", b.0, b.1);
        }
        last_end = Some(b);
    }
    out
}

/// A point rounded to 4 decimals as integers, for comparing shared vertices.
type Key = (i64, i64);

/// The comparison key of a `[lon, lat]` point (rounded to 4 decimals, ≈ 11 m).
fn key(p: [f64; 2]) -> Key {
    ((p[0] * 1e4).round() as i64, (p[1] * 1e4).round() as i64)
}

/// The direction-free comparison key of an edge.
fn edge_key(a: [f64; 2], b: [f64; 2]) -> (Key, Key) {
    let (ka, kb) = (key(a), key(b));
    if ka <= kb {
        (ka, kb)
    } else {
        (kb, ka)
    }
}

/// Splits each post-2025 province's edges into outer (`true`) and internal (`false`) ones.
fn classify_edges(outlines: &Outlines, want_outer: bool) -> Vec<(String, Vec<[[f64; 2]; 2]>)> {
    outlines
        .current_ids()
        .into_iter()
        .map(|cid| {
            let members: Vec<&ProvinceShape> = outlines
                .provinces
                .iter()
                .filter(|p| p.current_id == cid)
                .collect();
            // Each edge with a member (by index) that has it, sorted, once per pair.
            let mut owned: Vec<((Key, Key), usize)> = Vec::new();
            for (i, m) in members.iter().enumerate() {
                for ring in &m.rings {
                    for w in ring.windows(2) {
                        owned.push((edge_key(w[0], w[1]), i));
                    }
                }
            }
            crate::domain::sort::sort(&mut owned);
            owned.dedup();
            // The distinct edges, sorted, each with whether two members have it.
            let mut keys: Vec<((Key, Key), bool)> = Vec::new();
            for (k, _) in owned {
                match keys.last_mut() {
                    Some((last, shared)) if *last == k => *shared = true,
                    _ => keys.push((k, false)),
                }
            }
            let mut seen = vec![false; keys.len()];
            let mut edges = Vec::new();
            for m in &members {
                for ring in &m.rings {
                    for w in ring.windows(2) {
                        let k = edge_key(w[0], w[1]);
                        if k.0 == k.1 {
                            continue;
                        }
                        let Ok(at) = keys.binary_search_by_key(&k, |e| e.0) else {
                            continue;
                        };
                        let keep = if want_outer {
                            !keys[at].1
                        } else {
                            keys[at].1 && !std::mem::replace(&mut seen[at], true)
                        };
                        if keep {
                            edges.push([w[0], w[1]]);
                        }
                    }
                }
            }
            (cid.to_string(), edges)
        })
        .collect()
}

/// The borders of the post-2025 provinces, for drawing: for each current id (in order of first
/// appearance), the ring edges of its former provinces that are not shared by two of them.
///
/// Edges are compared by their points rounded to 4 decimals, in both directions. Limitation:
/// this needs neighbouring outlines to share exact vertices along their common border (true for
/// the Natural Earth data once simplified with [`simplify_shared`], not for independently
/// generalised outlines). Where no edge is shared the result is every member's full outline,
/// i.e. the current province drawn as its group of former outlines, internal border included.
pub fn current_borders(outlines: &Outlines) -> Vec<(String, Vec<[[f64; 2]; 2]>)> {
    classify_edges(outlines, true)
}

/// The complement of [`current_borders`]: for each current id, the edges shared by two of its
/// former provinces (the pre-2025 internal borders, drawn lighter), each edge once.
pub fn internal_borders(outlines: &Outlines) -> Vec<(String, Vec<[[f64; 2]; 2]>)> {
    classify_edges(outlines, false)
}

// ---------------------------------------------------------------- simplification

/// Distance from `p` to the segment `a`–`b` (plain planar degrees).
fn seg_distance(p: [f64; 2], a: [f64; 2], b: [f64; 2]) -> f64 {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 {
        math::clamp(((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2, 0.0, 1.0)
    } else {
        0.0
    };
    let (qx, qy) = (a[0] + t * dx, a[1] + t * dy);
    ((p[0] - qx).powi(2) + (p[1] - qy).powi(2)).sqrt()
}

/// Douglas–Peucker on an open polyline: keep flags for `pts`, endpoints always kept.
fn dp_open(pts: &[[f64; 2]], tol: f64) -> Vec<[f64; 2]> {
    let n = pts.len();
    if n < 3 {
        return pts.to_vec();
    }
    let mut keep = vec![false; n];
    keep[0] = true;
    keep[n - 1] = true;
    let mut stack = vec![(0usize, n - 1)];
    while let Some((s, e)) = stack.pop() {
        if e <= s + 1 {
            continue;
        }
        let (mut best, mut best_d) = (s, -1.0);
        for (i, &p) in pts.iter().enumerate().take(e).skip(s + 1) {
            let d = seg_distance(p, pts[s], pts[e]);
            if d > best_d {
                best = i;
                best_d = d;
            }
        }
        if best_d > tol {
            keep[best] = true;
            stack.push((s, best));
            stack.push((best, e));
        }
    }
    pts.iter()
        .zip(keep)
        .filter_map(|(&p, k)| k.then_some(p))
        .collect()
}

/// Douglas–Peucker simplification with tolerance `tol` (same units as the points, here degrees).
///
/// The first and last points are always kept. A closed ring (first point repeated last) is split
/// at its point farthest from the start and stays closed; if it had at least a triangle it keeps
/// one. A non-positive or non-finite `tol` returns the points unchanged.
pub fn simplify(ring: &[[f64; 2]], tol: f64) -> Vec<[f64; 2]> {
    let n = ring.len();
    if n < 3 || !(tol.is_finite() && tol > 0.0) {
        return ring.to_vec();
    }
    if ring[0] != ring[n - 1] {
        return dp_open(ring, tol);
    }
    let start = ring[0];
    let dist = |p: [f64; 2]| ((p[0] - start[0]).powi(2) + (p[1] - start[1]).powi(2)).sqrt();
    let far = (1..n - 1).fold(0, |best, i| {
        if dist(ring[i]) > dist(ring[best]) {
            i
        } else {
            best
        }
    });
    if far == 0 {
        // Every point is the start point.
        return vec![start, start];
    }
    let mut out = dp_open(&ring[..=far], tol);
    let second = dp_open(&ring[far..], tol);
    out.extend_from_slice(&second[1..]);
    if out.len() < 4 {
        // Keep a triangle: add the point farthest from the start–far chord.
        let chord_far = (1..n - 1).filter(|&i| i != far).max_by(|&i, &j| {
            seg_distance(ring[i], start, ring[far])
                .total_cmp(&seg_distance(ring[j], start, ring[far]))
        });
        if let Some(i) = chord_far {
            if seg_distance(ring[i], start, ring[far]) > 0.0 {
                out = if i < far {
                    vec![start, ring[i], ring[far], start]
                } else {
                    vec![start, ring[far], ring[i], start]
                };
            }
        }
    }
    out
}

/// True when a closed ring encloses no area worth drawing (fewer than three distinct points).
pub fn ring_is_degenerate(ring: &[[f64; 2]]) -> bool {
    let mut distinct: Vec<Key> = ring.iter().map(|&p| key(p)).collect();
    crate::domain::sort::sort(&mut distinct);
    distinct.dedup();
    distinct.len() < 3
}

/// Simplifies the rings of many shapes together so that borders they share stay identical:
/// `shapes[i]` is the list of closed `[lon, lat]` rings of shape `i`.
///
/// Vertices are compared rounded to 4 decimals. Junctions (vertices with other than two distinct
/// neighbours over all rings, where a border meets a third shape or the coast) are always kept;
/// the arcs between them are simplified with [`simplify`] in a canonical direction, so a border
/// shared by two shapes simplifies to the same vertices in both. Consecutive duplicates are
/// removed first; rings that degenerate are dropped.
pub fn simplify_shared(shapes: &[Vec<Vec<[f64; 2]>>], tol: f64) -> Vec<Vec<Vec<[f64; 2]>>> {
    // Clean rings: no consecutive duplicates, closed.
    let cleaned: Vec<Vec<Vec<[f64; 2]>>> = shapes
        .iter()
        .map(|rings| {
            rings
                .iter()
                .map(|ring| {
                    let mut out: Vec<[f64; 2]> = Vec::with_capacity(ring.len());
                    for &p in ring {
                        if out.last().is_none_or(|&q| key(q) != key(p)) {
                            out.push(p);
                        }
                    }
                    if let (Some(&f), Some(&l)) = (out.first(), out.last()) {
                        if key(f) != key(l) {
                            out.push(f);
                        }
                    }
                    out
                })
                .filter(|r| !ring_is_degenerate(r))
                .collect()
        })
        .collect();
    let mut neighbours: HashMap<Key, HashSet<Key>> = HashMap::new();
    for ring in cleaned.iter().flatten() {
        for w in ring.windows(2) {
            let (a, b) = (key(w[0]), key(w[1]));
            neighbours.entry(a).or_default().insert(b);
            neighbours.entry(b).or_default().insert(a);
        }
    }
    let is_junction = |p: [f64; 2]| neighbours.get(&key(p)).is_none_or(|s| s.len() != 2);
    cleaned
        .iter()
        .map(|rings| {
            rings
                .iter()
                .map(|ring| simplify_ring_at_junctions(ring, tol, &is_junction))
                .filter(|r| !ring_is_degenerate(r))
                .collect()
        })
        .collect()
}

/// Simplifies one closed, cleaned ring, keeping junction vertices and simplifying each arc
/// between them in a canonical direction.
fn simplify_ring_at_junctions(
    ring: &[[f64; 2]],
    tol: f64,
    is_junction: &dyn Fn([f64; 2]) -> bool,
) -> Vec<[f64; 2]> {
    let open = &ring[..ring.len() - 1];
    let junctions: Vec<usize> = (0..open.len()).filter(|&i| is_junction(open[i])).collect();
    let Some(&first) = junctions.first() else {
        return simplify(ring, tol);
    };
    // Rotate to start at the first junction and close again.
    let mut rot: Vec<[f64; 2]> = open[first..]
        .iter()
        .chain(&open[..first])
        .copied()
        .collect();
    rot.push(rot[0]);
    let cuts: Vec<usize> = junctions
        .iter()
        .map(|&j| j - first)
        .chain(std::iter::once(open.len()))
        .collect();
    let mut out: Vec<[f64; 2]> = vec![rot[0]];
    for w in cuts.windows(2) {
        let arc = &rot[w[0]..=w[1]];
        let forward: Vec<Key> = arc.iter().map(|&p| key(p)).collect();
        let mut backward = forward.clone();
        backward.reverse();
        let simplified = if backward < forward {
            let mut rev = arc.to_vec();
            rev.reverse();
            let mut s = simplify(&rev, tol);
            s.reverse();
            s
        } else {
            simplify(arc, tol)
        };
        out.extend_from_slice(&simplified[1..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_from_points_pad_contains() {
        assert_eq!(Bounds::from_points(&[]), None);
        let b = Bounds::from_points(&[(21.0, 106.0), (22.0, 107.0), (f64::NAN, 1.0)]);
        let b = b.expect("bounds");
        assert_eq!(
            (b.min_lat, b.max_lat, b.min_lon, b.max_lon),
            (21.0, 22.0, 106.0, 107.0)
        );
        let p = b.pad(0.1);
        assert!((p.min_lat - 20.9).abs() < 1e-12 && (p.max_lon - 107.1).abs() < 1e-12);
        assert!(b.contains(21.5, 106.5) && b.contains(21.0, 107.0));
        assert!(!b.contains(20.99, 106.5) && !b.contains(21.5, 107.01));
    }

    #[test]
    fn projection_single_point_is_finite() {
        let b = Bounds::from_points(&[(21.0, 106.0)]).expect("bounds");
        let p = Projection::fit(b, 800.0, 600.0, 20.0);
        let (x, y) = p.project(21.0, 106.0);
        assert!((x - 400.0).abs() < 1e-9 && (y - 300.0).abs() < 1e-9);
        assert!(p.km_per_unit().is_finite());
    }

    #[test]
    fn view_clamp_and_view_box() {
        let world = World::new(800.0, 600.0);
        let mut v = View::full(&world);
        assert_eq!(v.view_box(&world), (0.0, 0.0, 800.0, 600.0));
        assert_eq!(v.view_box_attr(&world), "0 0 800 600");
        v.pan(-100.0, 0.0);
        v.clamp_to(&world);
        assert_eq!(v, View::full(&world));
        v.zoom_at(1000.0, 0.0, 0.0);
        assert_eq!(v.scale, MAX_SCALE);
        v.zoom_at(0.0001, 0.0, 0.0);
        assert_eq!(v.scale, MIN_SCALE);
        v.zoom_at(f64::NAN, 1.0, 1.0);
        assert_eq!(v.scale, MIN_SCALE);
    }

    #[test]
    fn world_around_takes_the_frame_shape() {
        let map = World::new(800.0, 500.0);
        let tall = World::around(map, 0.5);
        assert_eq!(
            (tall.x, tall.y, tall.w, tall.h),
            (0.0, -550.0, 800.0, 1600.0)
        );
        let wide = World::around(map, 2.0);
        assert_eq!(
            (wide.x, wide.y, wide.w, wide.h),
            (-100.0, 0.0, 1000.0, 500.0)
        );
        assert_eq!(World::around(map, 1.6), map);
        assert_eq!(World::around(map, f64::NAN), map);
        let mut v = View::full(&tall);
        assert_eq!(v.view_box(&tall), (0.0, -550.0, 800.0, 1600.0));
        v.pan(0.0, 5000.0);
        v.clamp_to(&tall);
        assert_eq!(v, View::full(&tall));
    }

    #[test]
    fn view_fit_contains_points() {
        let world = World::new(800.0, 600.0);
        let pts = [(100.0, 100.0), (200.0, 150.0)];
        let v = View::fit(&pts, &world, 10.0, MAX_SCALE);
        let (x, y, w, h) = v.view_box(&world);
        for (px, py) in pts {
            assert!(px >= x && px <= x + w && py >= y && py <= y + h);
        }
        assert!(v.scale > 1.0);
        assert_eq!(View::fit(&[], &world, 10.0, MAX_SCALE), View::full(&world));
        assert_eq!(View::fit(&pts, &world, 10.0, 2.0).scale, 2.0);
    }

    #[test]
    fn ring_path_format() {
        let b = Bounds {
            min_lat: 0.0,
            min_lon: 0.0,
            max_lat: 1.0,
            max_lon: 1.0,
        };
        let p = Projection::fit(b, 100.0, 100.0, 0.0);
        let path = ring_to_path(&p, &[vec![[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0]]]);
        assert!(
            path.starts_with("M0 100 L100 100 L100 0 L0 100 Z"),
            "{path}"
        );
        assert_eq!(ring_to_path(&p, &[]), "");
    }

    #[test]
    fn simplify_open_line() {
        let line = [[0.0, 0.0], [1.0, 0.001], [2.0, -0.001], [3.0, 0.0]];
        assert_eq!(simplify(&line, 0.01), vec![[0.0, 0.0], [3.0, 0.0]]);
        assert_eq!(simplify(&line, 0.0), line.to_vec());
        let bent = [[0.0, 0.0], [1.0, 1.0], [2.0, 0.0]];
        assert_eq!(simplify(&bent, 0.5), bent.to_vec());
    }

    #[test]
    fn simplify_tiny_ring_keeps_triangle() {
        let ring = [
            [0.0, 0.0],
            [0.001, 0.0],
            [0.001, 0.001],
            [0.0, 0.001],
            [0.0, 0.0],
        ];
        let s = simplify(&ring, 0.01);
        assert_eq!(s.len(), 4);
        assert_eq!(s.first(), s.last());
        assert!(!ring_is_degenerate(&s));
    }

    #[test]
    fn shared_border_stays_shared() {
        // Two squares sharing a wiggly vertical border x = 1.
        let border: Vec<[f64; 2]> = (0..=10)
            .map(|i| [1.0 + if i % 2 == 1 { 0.0005 } else { 0.0 }, i as f64 / 10.0])
            .collect();
        let mut left = vec![[0.0, 0.0]];
        left.extend(border.iter().copied());
        left.push([0.0, 1.0]);
        left.push([0.0, 0.0]);
        let mut right: Vec<[f64; 2]> = border.iter().rev().copied().collect();
        right.push([2.0, 0.0]);
        right.insert(0, [2.0, 1.0]);
        right.push([2.0, 1.0]);
        let out = simplify_shared(&[vec![left], vec![right]], 0.002);
        let o = Outlines {
            provinces: out
                .into_iter()
                .enumerate()
                .map(|(i, rings)| ProvinceShape {
                    id: format!("p{i}"),
                    name_vi: String::new(),
                    name_en: String::new(),
                    current_id: "c".into(),
                    rings,
                })
                .collect(),
        };
        let internal = internal_borders(&o);
        assert_eq!(internal.len(), 1);
        assert!(!internal[0].1.is_empty());
        let outer = current_borders(&o);
        // The outer border is the 2×1 rectangle: 6 edges (junction vertices kept).
        assert_eq!(outer[0].1.len(), 6, "{:?}", outer[0].1);
    }
}

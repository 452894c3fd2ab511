//! Pure layout for the map: the projection of the sites, the basemap (province paths, borders
//! and label points) and the spreading of markers that share a place. No Leptos here, so it can
//! move to `domain/` as it is.

use crate::domain::dataset::Dataset;
use crate::domain::geo::{
    current_borders, edges_to_path, internal_borders, ring_to_path, Bounds, Outlines, Projection,
};
use crate::domain::math;
use crate::domain::model::Lang;
use crate::domain::num::{fixed, local};

/// Width of the map's full viewBox, in user units.
pub const MAP_W: f64 = 800.0;
/// Height of the map's full viewBox, in user units (the CSS aspect ratio must match).
pub const MAP_H: f64 = 500.0;

/// The projection of the map: every site of the dataset (not only the filtered ones, so that
/// the map does not jump when a filter changes) and the property's point, padded for context.
pub fn site_projection(ds: &Dataset) -> Projection {
    let mut pts: Vec<(f64, f64)> = ds
        .sites
        .iter()
        .map(|s| (s.location.lat, s.location.lon))
        .collect();
    pts.push((ds.property.point.lat, ds.property.point.lon));
    let bounds = Bounds::from_points(&pts).unwrap_or(Bounds {
        min_lat: 20.9,
        min_lon: 106.0,
        max_lat: 21.3,
        max_lon: 106.9,
    });
    Projection::fit(bounds.pad(0.25), MAP_W, MAP_H, 10.0)
}

/// One pre-2025 province, filled.
#[derive(Clone, Debug, PartialEq)]
pub struct ProvinceFill {
    /// Pre-2025 id.
    pub id: String,
    /// SVG path (use `fill-rule="evenodd"`).
    pub path: String,
    /// True when it no longer exists since 2025.
    pub former: bool,
    /// True when a site of the property lies in it (the others are context).
    pub in_property: bool,
}

/// Borders of one post-2025 province.
#[derive(Clone, Debug, PartialEq)]
pub struct BorderPath {
    /// Post-2025 id.
    pub id: String,
    /// SVG path of open polylines.
    pub path: String,
    /// True when a site of the property lies in it.
    pub in_property: bool,
}

/// A province name on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct ProvinceLabel {
    /// Centre x, user units.
    pub x: f64,
    /// Centre y, user units.
    pub y: f64,
    /// Vietnamese name.
    pub name_vi: String,
    /// English name.
    pub name_en: String,
    /// A pre-2025 province that no longer exists.
    pub former: bool,
    /// A province of the property.
    pub in_property: bool,
}

impl ProvinceLabel {
    /// The label text: former names get "(cũ)" / "(former)".
    pub fn text(&self, lang: Lang) -> String {
        match (lang, self.former) {
            (Lang::Vi, false) => self.name_vi.clone(),
            (Lang::En, false) => self.name_en.clone(),
            (Lang::Vi, true) => format!("{} (cũ)", self.name_vi),
            (Lang::En, true) => format!("{} (former)", self.name_en),
        }
    }
}

/// Everything drawn under the markers, computed once when the outlines arrive.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Basemap {
    /// Province fills.
    pub fills: Vec<ProvinceFill>,
    /// Pre-2025 borders inside a post-2025 province (drawn dashed and lighter).
    pub former: Vec<BorderPath>,
    /// Post-2025 borders (drawn solid).
    pub current: Vec<BorderPath>,
    /// Names.
    pub labels: Vec<ProvinceLabel>,
}

impl Basemap {
    /// Projects the outlines. `property_ids` are the province ids (before or after 2025) where
    /// the property's sites lie.
    pub fn build(outlines: &Outlines, proj: &Projection, property_ids: &[String]) -> Basemap {
        let in_prop = |id: &str| property_ids.iter().any(|p| p == id);
        let fills = outlines
            .provinces
            .iter()
            .map(|p| ProvinceFill {
                id: p.id.clone(),
                path: ring_to_path(proj, &p.rings),
                former: p.is_former(),
                in_property: in_prop(&p.id) || in_prop(&p.current_id),
            })
            .collect();
        let to_paths = |list: Vec<(String, Vec<[[f64; 2]; 2]>)>| -> Vec<BorderPath> {
            list.into_iter()
                .filter(|(_, edges)| !edges.is_empty())
                .map(|(id, edges)| BorderPath {
                    in_property: in_prop(&id),
                    path: edges_to_path(proj, &edges),
                    id,
                })
                .collect()
        };
        let labels = outlines
            .provinces
            .iter()
            .filter_map(|p| {
                let rings: Vec<Vec<(f64, f64)>> = p
                    .rings
                    .iter()
                    .map(|r| r.iter().map(|&[lon, lat]| proj.project(lat, lon)).collect())
                    .collect();
                let (x, y) = label_point(&rings, MAP_W, MAP_H)?;
                Some(ProvinceLabel {
                    x,
                    y,
                    name_vi: p.name_vi.clone(),
                    name_en: p.name_en.clone(),
                    former: p.is_former(),
                    in_property: in_prop(&p.id) || in_prop(&p.current_id),
                })
            })
            .collect();
        Basemap {
            fills,
            former: to_paths(internal_borders(outlines)),
            current: to_paths(current_borders(outlines)),
            labels,
        }
    }
}

/// Even-odd point-in-polygon over every ring.
fn inside(rings: &[Vec<(f64, f64)>], x: f64, y: f64) -> bool {
    let mut odd = false;
    for ring in rings {
        for w in ring.windows(2) {
            let ((x0, y0), (x1, y1)) = (w[0], w[1]);
            if (y0 > y) != (y1 > y) && x < x0 + (y - y0) * (x1 - x0) / (y1 - y0) {
                odd = !odd;
            }
        }
    }
    odd
}

/// Distance from `(x, y)` to the segment `a`–`b`.
fn seg_dist(x: f64, y: f64, a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 {
        math::clamp(((x - a.0) * dx + (y - a.1) * dy) / len2, 0.0, 1.0)
    } else {
        0.0
    };
    ((x - a.0 - t * dx).powi(2) + (y - a.1 - t * dy).powi(2)).sqrt()
}

/// A point well inside the visible part (`0..w`, `0..h`) of a shape, for its name: on a grid,
/// the inside point farthest from both the shape's border and the frame. `None` when the shape
/// shows only as a sliver.
pub fn label_point(rings: &[Vec<(f64, f64)>], w: f64, h: f64) -> Option<(f64, f64)> {
    const NX: usize = 48;
    const NY: usize = 30;
    const MIN_ROOM: f64 = 14.0;
    let mut best: Option<((f64, f64), f64)> = None;
    for gx in 0..NX {
        for gy in 0..NY {
            let x = w * (gx as f64 + 0.5) / NX as f64;
            let y = h * (gy as f64 + 0.5) / NY as f64;
            if !inside(rings, x, y) {
                continue;
            }
            // Names are wide: the frame's left and right count half.
            let mut d = (x.min(w - x) / 2.0).min(y).min(h - y);
            for ring in rings {
                for s in ring.windows(2) {
                    d = d.min(seg_dist(x, y, s[0], s[1]));
                }
            }
            if best.is_none_or(|(_, bd)| d > bd) {
                best = Some(((x, y), d));
            }
        }
    }
    best.filter(|(_, d)| *d >= MIN_ROOM).map(|(p, _)| p)
}

/// Moves points closer than `min_d` to one another apart: each group of such points (joined
/// transitively) is laid out clockwise from the top on a circle around its centre, neighbours
/// `min_d` apart. Lone points stay where they are. Same order and length as `points`.
pub fn spread(points: &[(f64, f64)], min_d: f64) -> Vec<(f64, f64)> {
    let n = points.len();
    let mut group: Vec<usize> = (0..n).collect();
    fn root(g: &mut [usize], mut i: usize) -> usize {
        while g[i] != i {
            g[i] = g[g[i]];
            i = g[i];
        }
        i
    }
    for i in 0..n {
        for j in i + 1..n {
            let (a, b) = (points[i], points[j]);
            if ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt() < min_d {
                let (ri, rj) = (root(&mut group, i), root(&mut group, j));
                group[rj.max(ri)] = ri.min(rj);
            }
        }
    }
    let mut out = points.to_vec();
    let roots: Vec<usize> = (0..n).map(|i| root(&mut group, i)).collect();
    for r in 0..n {
        let members: Vec<usize> = (0..n).filter(|&i| roots[i] == r).collect();
        let k = members.len();
        if k < 2 {
            continue;
        }
        let cx = members.iter().map(|&i| points[i].0).sum::<f64>() / k as f64;
        let cy = members.iter().map(|&i| points[i].1).sum::<f64>() / k as f64;
        let radius = (min_d / (2.0 * math::sin(std::f64::consts::PI / k as f64))).max(min_d * 0.6);
        for (slot, &i) in members.iter().enumerate() {
            let a = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * slot as f64 / k as f64;
            out[i] = (cx + radius * math::cos(a), cy + radius * math::sin(a));
        }
    }
    out
}

/// Rough width of a label in the map's font, for [`crate::domain::geo::place_labels`].
pub fn label_width(text: &str, font_px: f64) -> f64 {
    text.chars().count() as f64 * font_px * 0.56
}

/// A scale-bar length: "500 m", "2 km", "0,5 km" never.
pub fn format_scale(km: f64, lang: Lang) -> String {
    if km < 1.0 {
        format!("{} m", fixed(km * 1000.0, 0))
    } else {
        format!("{} km", local(km, 3, lang))
    }
}

// These run natively once this file moves to `domain/` (components compile for wasm32 only).
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spread_separates_shared_points() {
        let pts = [(10.0, 10.0), (10.0, 10.0), (10.0, 10.0), (100.0, 100.0)];
        let out = spread(&pts, 8.0);
        assert_eq!(out[3], (100.0, 100.0));
        for i in 0..3 {
            for j in i + 1..3 {
                let d = ((out[i].0 - out[j].0).powi(2) + (out[i].1 - out[j].1).powi(2)).sqrt();
                assert!(d >= 8.0 - 1e-9, "{d}");
            }
        }
    }

    #[test]
    fn label_point_inside_square() {
        let sq = vec![vec![
            (100.0, 100.0),
            (300.0, 100.0),
            (300.0, 300.0),
            (100.0, 300.0),
            (100.0, 100.0),
        ]];
        let (x, y) = label_point(&sq, 800.0, 500.0).expect("point");
        assert!(inside(&sq, x, y));
        assert!((x - 200.0).abs() < 20.0 && (y - 200.0).abs() < 20.0);
    }
}

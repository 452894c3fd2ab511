//! A small fixed locator map of the property's area with some of its sites marked (a person's
//! sites, on the person page): the big map's projection ([`site_projection`]), every other
//! drawn site as a faint dot for context, the chosen sites as the map's markers (shape by part,
//! a component's number inside), moved apart where they would touch ([`spread`]), with a
//! thin line back to the true point. Places without a position of their own are not drawn; the
//! page lists them in the text alternative.

use crate::domain::dataset::Dataset;
use crate::domain::map_layout::{site_projection, MAP_H, MAP_W};
use crate::domain::model::{SeriesPart, Site};

/// Radius of a marker, in the map's user units (the thumbnail is drawn at about 40% of the
/// map's 800 units, so about 9 CSS pixels, as on the map).
pub const MARK_R: f64 = 22.0;
/// Radius of a context dot, user units.
pub const DOT_R: f64 = 5.0;

/// A marked site.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// The site's id.
    pub id: String,
    /// Where the marker is drawn.
    pub at: (f64, f64),
    /// The site's true point (differs from `at` when the marker was moved apart).
    pub point: (f64, f64),
    /// The component number, drawn inside; `None` for an associated or dropped place.
    pub number: Option<u8>,
    /// The part of the series (the marker's shape and colour).
    pub part: SeriesPart,
}

/// The locator: the view box, the context dots, the marks, and the sites not drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct Locator {
    /// `min-x min-y width height` of the SVG's viewBox.
    pub view_box: [f64; 4],
    /// The other drawn sites of the property.
    pub context: Vec<(f64, f64)>,
    /// The chosen sites with a position of their own, components first by number.
    pub marks: Vec<Mark>,
    /// The chosen sites without a position of their own (ids), in the input order.
    pub not_drawn: Vec<String>,
}

/// The locator for `chosen` (sites of `ds`).
pub fn locator(ds: &Dataset, chosen: &[&Site]) -> Locator {
    let proj = site_projection(ds);
    let is_chosen = |s: &Site| chosen.iter().any(|c| c.id == s.id);
    let context: Vec<(f64, f64)> = ds
        .sites
        .iter()
        .filter(|s| !is_chosen(s))
        .filter_map(|s| s.location.as_ref().map(|l| proj.project(l.lat, l.lon)))
        .collect();
    let mut drawn: Vec<&Site> = chosen
        .iter()
        .copied()
        .filter(|s| s.location.is_some())
        .collect();
    // Most important first: components by number, then the others in the input order.
    drawn.sort_by_key(|s| s.component.unwrap_or(u8::MAX));
    let points: Vec<(f64, f64)> = drawn
        .iter()
        .filter_map(|s| s.location.as_ref().map(|l| proj.project(l.lat, l.lon)))
        .collect();
    let placed = spread(&points, 2.0 * MARK_R + 4.0);
    let marks: Vec<Mark> = drawn
        .iter()
        .zip(&points)
        .enumerate()
        .map(|(i, (s, &point))| Mark {
            id: s.id.clone(),
            at: placed.get(i).copied().unwrap_or(point),
            point,
            number: s.component,
            part: s.part,
        })
        .collect();
    let not_drawn = chosen
        .iter()
        .filter(|s| s.location.is_none())
        .map(|s| s.id.clone())
        .collect();
    let view_box = frame(&context, &marks);
    Locator {
        view_box,
        context,
        marks,
        not_drawn,
    }
}

/// Twelve directions, every 30° (written out: the trigonometry of `std` would add its own
/// code to the page's; `domain::math` keeps the one the map needs).
const DIRECTIONS: [(f64, f64); 12] = [
    (1.0, 0.0),
    (0.866_025_403_784_438_6, 0.5),
    (0.5, 0.866_025_403_784_438_6),
    (0.0, 1.0),
    (-0.5, 0.866_025_403_784_438_6),
    (-0.866_025_403_784_438_6, 0.5),
    (-1.0, 0.0),
    (-0.866_025_403_784_438_6, -0.5),
    (-0.5, -0.866_025_403_784_438_6),
    (0.0, -1.0),
    (0.5, -0.866_025_403_784_438_6),
    (0.866_025_403_784_438_6, -0.5),
];

/// Moves markers apart so that none is closer than `min_d` to one placed before it: each keeps
/// its point if it can, else takes the nearest free slot on rings around it (12 directions,
/// growing by `min_d / 2`). The map's own placement (`map_place::Spread`) is built for thousands
/// of markers and would weigh on the person page's code; a thumbnail holds a handful.
fn spread(points: &[(f64, f64)], min_d: f64) -> Vec<(f64, f64)> {
    let mut out: Vec<(f64, f64)> = Vec::with_capacity(points.len());
    let free = |p: (f64, f64), out: &[(f64, f64)]| {
        out.iter()
            .all(|q| ((p.0 - q.0).powi(2) + (p.1 - q.1).powi(2)).sqrt() >= min_d - 1e-9)
    };
    for &p in points {
        let slot = (0..=8)
            .flat_map(|ring| {
                let r = f64::from(ring) * min_d / 2.0;
                let steps = if ring == 0 { 1 } else { 12 };
                DIRECTIONS[..steps]
                    .iter()
                    .map(move |(dx, dy)| (p.0 + r * dx, p.1 + r * dy))
            })
            .find(|&c| free(c, &out))
            .unwrap_or(p);
        out.push(slot);
    }
    out
}

/// The part of the map around every dot and marker, with room for the markers, widened to the
/// map's shape and kept inside it; the whole map when there is nothing to frame.
fn frame(context: &[(f64, f64)], marks: &[Mark]) -> [f64; 4] {
    let pts = context
        .iter()
        .chain(marks.iter().flat_map(|m| [&m.at, &m.point]));
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for &(x, y) in pts {
        (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
    }
    if x0 > x1 {
        return [0.0, 0.0, MAP_W, MAP_H];
    }
    let pad = 2.0 * MARK_R;
    let (mut w, mut h) = (
        (x1 - x0 + 2.0 * pad).min(MAP_W),
        (y1 - y0 + 2.0 * pad).min(MAP_H),
    );
    // The map's shape (8:5), growing the shorter side.
    if w / h > MAP_W / MAP_H {
        h = w * MAP_H / MAP_W;
    } else {
        w = h * MAP_W / MAP_H;
    }
    let (cx, cy) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
    // `max` then `min` rather than `f64::clamp`, whose panic message formats floats and so
    // brings Rust's float printing into the page's code.
    let x = (cx - w / 2.0).max(0.0).min((MAP_W - w).max(0.0));
    let y = (cy - h / 2.0).max(0.0).min((MAP_H - h).max(0.0));
    [x, y, w, h]
}

impl Mark {
    /// True when the marker was moved away from its true point.
    pub fn moved(&self) -> bool {
        (self.at.0 - self.point.0).abs() > 1e-6 || (self.at.1 - self.point.1).abs() > 1e-6
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::person::sites_of;

    #[test]
    fn every_person_with_sites_gets_a_locator_with_marks_apart_and_inside() {
        let ds = Dataset::bundled();
        for p in &ds.people {
            let chosen = sites_of(&ds, p);
            let loc = locator(&ds, &chosen);
            let with_position = chosen.iter().filter(|s| s.location.is_some()).count();
            assert_eq!(loc.marks.len(), with_position, "{}", p.id);
            assert_eq!(
                loc.marks.len() + loc.not_drawn.len(),
                chosen.len(),
                "{}",
                p.id
            );
            assert_eq!(
                loc.context.len() + loc.marks.len(),
                ds.sites.iter().filter(|s| s.location.is_some()).count()
            );
            let [x, y, w, h] = loc.view_box;
            assert!(
                (w / h - MAP_W / MAP_H).abs() < 1e-9
                    && x >= 0.0
                    && y >= 0.0
                    && x + w <= MAP_W + 1e-9
                    && y + h <= MAP_H + 1e-9
            );
            for (i, a) in loc.marks.iter().enumerate() {
                let inside = a.at.0 - MARK_R >= x
                    && a.at.0 + MARK_R <= x + w
                    && a.at.1 - MARK_R >= y
                    && a.at.1 + MARK_R <= y + h;
                assert!(inside, "{} {} outside {:?}", p.id, a.id, loc.view_box);
                for b in &loc.marks[i + 1..] {
                    let d = ((a.at.0 - b.at.0).powi(2) + (a.at.1 - b.at.1).powi(2)).sqrt();
                    assert!(
                        d >= 2.0 * MARK_R,
                        "{}: {} and {} touch ({d:.1})",
                        p.id,
                        a.id,
                        b.id
                    );
                }
            }
        }
    }

    #[test]
    fn spread_keeps_free_points_and_moves_crowded_ones_apart() {
        let pts = [
            (100.0, 100.0),
            (105.0, 100.0),
            (100.0, 104.0),
            (300.0, 300.0),
        ];
        let out = spread(&pts, 48.0);
        assert_eq!(out[0], pts[0]);
        assert_eq!(out[3], pts[3]);
        for i in 0..out.len() {
            for j in i + 1..out.len() {
                let d = (out[i].0 - out[j].0).hypot(out[i].1 - out[j].1);
                assert!(d >= 48.0 - 1e-9, "{i} {j} {d}");
            }
        }
        assert!(spread(&[], 10.0).is_empty());
    }

    #[test]
    fn components_come_first_and_places_without_a_position_are_listed() {
        let ds = Dataset::bundled();
        let chosen: Vec<&Site> = ds.sites.iter().collect();
        let loc = locator(&ds, &chosen);
        let numbers: Vec<u8> = loc.marks.iter().map_while(|m| m.number).collect();
        assert!(numbers.windows(2).all(|w| w[0] < w[1]), "{numbers:?}");
        assert!(loc.context.is_empty());
        let without: Vec<&str> = ds
            .sites
            .iter()
            .filter(|s| s.location.is_none())
            .map(|s| s.id.as_str())
            .collect();
        assert!(!without.is_empty());
        assert_eq!(loc.not_drawn, without);
    }
}

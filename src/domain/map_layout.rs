//! Pure layout for the map: the projection of the sites, the basemap (province paths, borders
//! and label points), the visible world for the frame's shape, the sizes of the marks on screen,
//! and the layout of the markers and their names at one zoom ([`crate::domain::map_place`]).

use crate::domain::dataset::Dataset;
use crate::domain::geo::{
    current_borders, edges_to_path, internal_borders, ring_to_path, Bounds, Outlines, Projection,
    View, World,
};
use crate::domain::map_place::{
    place_names_all, LabelRoom, NamePos, Namer, Placement, Rect4, Spread, Wanted,
};
use crate::domain::math;
use crate::domain::model::Lang;
use crate::domain::num::{fixed, local};

/// Width of the map's full viewBox, in user units.
pub const MAP_W: f64 = 800.0;
/// Height of the map's full viewBox, in user units (the CSS aspect ratio must match).
pub const MAP_H: f64 = 500.0;

/// The sites among `hits` (indices into `ds.sites`) that the map draws as markers: those with a
/// position of their own. A place without one is listed beside its component
/// ([`within_area`]) or among the places whose position is not known ([`unplaced`]).
pub fn drawn(ds: &Dataset, hits: &[usize]) -> Vec<usize> {
    hits.iter()
        .copied()
        .filter(|&i| ds.sites.get(i).is_some_and(|s| s.location.is_some()))
        .collect()
}

/// The sites among `hits` that lie within the area of the site `component` (by id), in the
/// order of `hits`.
pub fn within_area(ds: &Dataset, hits: &[usize], component: &str) -> Vec<usize> {
    hits.iter()
        .copied()
        .filter(|&i| {
            ds.sites
                .get(i)
                .is_some_and(|s| s.location.is_none() && s.within.as_deref() == Some(component))
        })
        .collect()
}

/// The sites among `hits` without a position of their own that no drawn site of `hits` holds
/// in its area: no source says where they are, or their component is filtered out.
pub fn unplaced(ds: &Dataset, hits: &[usize]) -> Vec<usize> {
    let shown = drawn(ds, hits);
    hits.iter()
        .copied()
        .filter(|&i| {
            ds.sites.get(i).is_some_and(|s| {
                s.location.is_none()
                    && !s.within.as_deref().is_some_and(|w| {
                        shown
                            .iter()
                            .any(|&j| ds.sites.get(j).is_some_and(|c| c.id == w))
                    })
            })
        })
        .collect()
}

/// The projection of the map: every site of the dataset (not only the filtered ones, so that
/// the map does not jump when a filter changes) and the property's point, padded for context.
pub fn site_projection(ds: &Dataset) -> Projection {
    let mut pts: Vec<(f64, f64)> = ds
        .sites
        .iter()
        .filter_map(|s| s.location.as_ref().map(|l| (l.lat, l.lon)))
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

/// Where the rings' edges cross the horizontal line at `y`: a point of that line is inside
/// (even-odd rule) when an odd number of these lie to its right ([`inside_row`]).
fn row_crossings(rings: &[Vec<(f64, f64)>], y: f64) -> Vec<f64> {
    rings
        .iter()
        .flat_map(|ring| ring.windows(2))
        .filter_map(|w| {
            let ((x0, y0), (x1, y1)) = (w[0], w[1]);
            ((y0 > y) != (y1 > y)).then(|| x0 + (y - y0) * (x1 - x0) / (y1 - y0))
        })
        .collect()
}

/// Whether `x` is inside, given the crossings of its row ([`row_crossings`]).
fn inside_row(crossings: &[f64], x: f64) -> bool {
    crossings.iter().filter(|&&c| x < c).count() % 2 == 1
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
    let row_y = |gy: usize| h * (gy as f64 + 0.5) / NY as f64;
    let rows: Vec<Vec<f64>> = (0..NY).map(|gy| row_crossings(rings, row_y(gy))).collect();
    for gx in 0..NX {
        let x = w * (gx as f64 + 0.5) / NX as f64;
        for (gy, crossings) in rows.iter().enumerate() {
            let y = row_y(gy);
            if !inside_row(crossings, x) {
                continue;
            }
            // Names are wide: the frame's left and right count half.
            let mut d = (x.min(w - x) / 2.0).min(y).min(h - y);
            // Only a point with more room than the best so far can replace it: stop measuring
            // once this one has less.
            let beaten = |d: f64| best.is_some_and(|(_, bd)| d <= bd);
            'rings: for ring in rings {
                for s in ring.windows(2) {
                    d = d.min(seg_dist(x, y, s[0], s[1]));
                    if beaten(d) {
                        break 'rings;
                    }
                }
            }
            if best.is_none_or(|(_, bd)| d > bd) {
                best = Some(((x, y), d));
            }
        }
    }
    best.filter(|(_, d)| *d >= MIN_ROOM).map(|(p, _)| p)
}

// ---------------------------------------------------------------- marks on screen

/// Radius of a marker's symbol, CSS pixels (the diamond reaches 11).
pub const MARKER_PX: f64 = 9.0;
/// Radius of a marker's tap target, CSS pixels: 26 px across, more than the 24 × 24 of
/// WCAG 2.5.8.
pub const HIT_PX: f64 = 13.0;
/// Least distance between two drawn markers, CSS pixels: their tap targets never overlap, so a
/// tap on a marker's centre is a tap on that marker.
pub const MARKER_GAP_PX: f64 = 2.0 * HIT_PX;
/// Half-side of the square around every marker that names keep off, CSS pixels.
pub const MARKER_BOX_PX: f64 = 11.0;
/// Font size of a name, CSS pixels.
pub const LABEL_PX: f64 = 12.0;
/// Height of a name's box, CSS pixels.
pub const LABEL_BOX_PX: f64 = 16.0;
/// Room kept free along the frame's edges, CSS pixels.
pub const FRAME_PAD_PX: f64 = 3.0;
/// Longest scale bar, CSS pixels.
pub const SCALE_BAR_PX: f64 = 100.0;
/// Zoom of a view centred on one site (a site page's "see it on the map").
pub const SITE_ZOOM: f64 = 3.0;

/// The boxes of the scale bar (bottom left) and the north arrow (top right) in a frame of
/// `w`×`h` CSS pixels, pixels from its top-left corner: names keep off them.
pub fn furniture_px(w: f64, h: f64) -> [Rect4; 2] {
    [
        [6.0, h - 36.0, 14.0 + SCALE_BAR_PX + 8.0, h - 6.0],
        [w - 42.0, 12.0, w - 6.0, 48.0],
    ]
}

/// Advance widths of the printable ASCII characters (space to `~`) in hundredths of an em: those
/// of DejaVu Sans rounded up, the widest of the usual sans-serif fonts, so that a name measured
/// with them is never cut in another.
const ADVANCE: [u8; 95] = [
    33, 42, 47, 85, 65, 97, 79, 29, 41, 41, 51, 85, 33, 38, 33, 35, 65, 65, 65, 65, 65, 65, 65, 65,
    65, 65, 35, 35, 85, 85, 85, 55, 101, 70, 70, 71, 79, 65, 59, 79, 77, 31, 31, 67, 57, 88, 76,
    80, 62, 80, 71, 65, 63, 75, 70, 100, 70, 63, 70, 41, 35, 41, 85, 51, 51, 63, 65, 56, 65, 63,
    37, 65, 65, 29, 29, 59, 29, 99, 65, 63, 65, 65, 43, 54, 41, 65, 61, 83, 61, 61, 54, 65, 35, 65,
    85,
];

/// Width of one character, ems: a Vietnamese letter as its base letter (Ơ and Ư wider), a
/// character of another script a full em.
fn advance(c: char) -> f64 {
    let ascii = if c.is_ascii() {
        Some(c)
    } else {
        let upper = crate::domain::text::lower_char(c) != c;
        match crate::domain::text::fold_char(c) {
            Some(b) if b.is_ascii_alphabetic() => {
                Some(if upper { b.to_ascii_uppercase() } else { b })
            }
            _ => None,
        }
    };
    let wide = matches!(
        c,
        'Ơ' | 'Ờ' | 'Ớ' | 'Ở' | 'Ỡ' | 'Ợ' | 'Ư' | 'Ừ' | 'Ứ' | 'Ử' | 'Ữ' | 'Ự'
    );
    match ascii {
        _ if wide => 0.92,
        Some(a) if (' '..='~').contains(&a) => f64::from(ADVANCE[a as usize - 32]) / 100.0,
        _ => 1.0,
    }
}

/// Width of a name in the map's font at `font_px`, CSS pixels, never less than it is drawn.
pub fn label_width(text: &str, font_px: f64) -> f64 {
    text.chars().map(advance).sum::<f64>() * font_px
}

/// Room around the sites in a narrow frame, as a fraction of their extent on each side.
const UPRIGHT_PAD: f64 = 0.08;

/// The world of a frame of `w`×`h` CSS pixels (what shows at zoom 1): the map's viewBox for a
/// frame of its shape, wider for a wider one; for a narrower frame (a phone held upright), the
/// sites `points` across its width with a little room. `points` are every site of the dataset, not
/// only the filtered ones, so that the map does not jump when a filter changes.
pub fn world_for(w: f64, h: f64, points: &[(f64, f64)]) -> World {
    let aspect = if h > 0.0 { w / h } else { 0.0 };
    let map = World::new(MAP_W, MAP_H);
    // A frame of the map's own shape (give or take a rounded pixel) shows it as it is.
    if (aspect - MAP_W / MAP_H).abs() < 0.01 {
        return map;
    }
    if !(aspect > 0.0 && aspect < MAP_W / MAP_H) {
        return World::around(map, aspect);
    }
    let finite = || {
        points
            .iter()
            .filter(|(x, y)| x.is_finite() && y.is_finite())
    };
    let (x0, x1) = finite().fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), p| {
        (a.min(p.0), b.max(p.0))
    });
    let (y0, y1) = finite().fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), p| {
        (a.min(p.1), b.max(p.1))
    });
    if x1.partial_cmp(&x0) != Some(std::cmp::Ordering::Greater) {
        return World::around(map, aspect);
    }
    let pad = (x1 - x0) * UPRIGHT_PAD;
    let area = World {
        x: x0 - pad,
        y: y0 - pad,
        w: x1 - x0 + 2.0 * pad,
        h: y1 - y0 + 2.0 * pad,
    };
    World::around(area, aspect)
}

/// The view of one site: centred on its point `at`, zoomed to [`SITE_ZOOM`].
pub fn view_on(at: (f64, f64), world: &World) -> View {
    View::fit(&[at], world, 0.0, SITE_ZOOM)
}

/// User units per CSS pixel for a view in a frame `w_px` wide.
pub fn units_per_px(view: &View, world: &World, w_px: f64) -> f64 {
    world.w / view.scale / w_px.max(1.0)
}

/// What the map needs to place its markers at one zoom.
#[derive(Clone, Copy, Debug)]
pub struct MarkerRequest<'a> {
    /// The true points, user units, in map order (most important first).
    pub points: &'a [(f64, f64)],
    /// Which markers are components.
    pub components: &'a [bool],
    /// Width of each marker's name, CSS pixels (see [`label_width`]).
    pub widths_px: &'a [f64],
    /// The world `(x, y, w, h)`, user units: what shows at zoom 1.
    pub world: (f64, f64, f64, f64),
    /// User units per CSS pixel.
    pub upp: f64,
}

/// The markers as drawn at one zoom, with the components' names as the layout left room for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MarkerLayout {
    /// Where each marker is drawn, and the groups.
    pub placement: Placement,
    /// The components' names within the world (the view at zoom 1), by marker.
    pub names: Vec<Option<NamePos>>,
    /// The order the components' names were placed in (marker indices).
    pub name_order: Vec<usize>,
    /// The world they were placed in.
    pub world: (f64, f64, f64, f64),
}

/// The room names have in a window `(x, y, w, h)` at `u` user units per pixel, given the
/// drawn markers and the boxes to avoid (filled in): the window less a pad along its edges.
fn name_room<'a>(
    window: (f64, f64, f64, f64),
    u: f64,
    markers: &'a [(f64, f64)],
    avoid: &'a mut [Rect4; 2],
) -> LabelRoom<'a> {
    let (x, y, w, h) = window;
    *avoid = furniture_px(w / u, h / u)
        .map(|b| [x + b[0] * u, y + b[1] * u, x + b[2] * u, y + b[3] * u]);
    let pad = FRAME_PAD_PX * u;
    LabelRoom {
        frame: [x + pad, y + pad, x + w - pad, y + h - pad],
        markers,
        marker_r: MARKER_BOX_PX * u,
        height: LABEL_BOX_PX * u,
        avoid,
    }
}

/// Where the markers go at one zoom: no two drawn markers closer than [`MARKER_GAP_PX`] (their
/// tap targets apart). The components come first and are never grouped; then their names are
/// placed within the world, and the other places keep off those names (moved around them, or
/// grouped when there is no room), so that every component can be named before any other
/// place. It does not depend on where the view is, only on the zoom: panning moves nothing.
pub fn layout_markers(req: &MarkerRequest) -> MarkerLayout {
    let u = req.upp;
    let n = req.points.len();
    let is_component = |i: usize| req.components.get(i).copied().unwrap_or(false);
    let mut spread = Spread::new(req.points, MARKER_GAP_PX * u, MARKER_BOX_PX * u);
    let (x, y, w, h) = req.world;
    spread.keep_inside([x, y, x + w, y + h], HIT_PX * u);
    let components: Vec<usize> = (0..n).filter(|&i| is_component(i)).collect();
    for &i in &components {
        spread.place(i, true);
    }
    let at: Vec<(f64, f64)> = components.iter().map(|&i| spread.at(i)).collect();
    let wanted: Vec<Wanted> = components
        .iter()
        .enumerate()
        .map(|(k, &i)| Wanted {
            marker: k,
            width: req.widths_px.get(i).copied().unwrap_or(0.0) * u,
            far: true,
        })
        .collect();
    let mut avoid = [[0.0; 4]; 2];
    let room = name_room(req.world, u, &at, &mut avoid);
    let height = room.height;
    let (_, order, _, found) = place_names_all(&room, &wanted);
    let mut names = vec![None; n];
    for ((name, want), &i) in found.iter().zip(&wanted).zip(&components) {
        let Some(name) = name else { continue };
        spread.avoid_box(name.label.bbox(want.width, height));
        if let Some(l) = name.leader {
            spread.avoid_line(l);
        }
        names[i] = Some(*name);
    }
    for i in (0..n).filter(|&i| !is_component(i)) {
        spread.place(i, false);
    }
    MarkerLayout {
        placement: spread.finish(),
        names,
        name_order: order.into_iter().map(|k| components[k]).collect(),
        world: req.world,
    }
}

/// What the map needs to name its markers at one view.
#[derive(Clone, Copy, Debug)]
pub struct NameRequest<'a> {
    /// The visible window `(x, y, w, h)`, user units.
    pub window: (f64, f64, f64, f64),
    /// User units per CSS pixel.
    pub upp: f64,
    /// Width of each marker's name, CSS pixels (see [`label_width`]).
    pub widths_px: &'a [f64],
    /// Which markers are components (named before any other place).
    pub components: &'a [bool],
    /// Places named first after the components (the selected and the highlighted one).
    pub first: &'a [usize],
}

/// The names on the map at one view.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Names {
    /// Where each marker's name goes (same order as the markers); `None`: not named.
    pub at: Vec<Option<NamePos>>,
    /// The markers drawn alone inside the window that got no name, in map order: the page lists
    /// them beside the map.
    pub unnamed: Vec<usize>,
}

/// Names the markers laid out by [`layout_markers`]: the components first (at zoom 1 where
/// the layout left room for them, else anew in the window), then the other places with the
/// markers of `req.first` ahead; every name inside the window, off every marker, the scale
/// bar, the north arrow and every other name, or left out and listed in [`Names::unnamed`].
/// Groups are not named (they show their count).
pub fn layout_names(layout: &MarkerLayout, req: &NameRequest) -> Names {
    let placement = &layout.placement;
    let (x, y, w, h) = req.window;
    let u = req.upp;
    let n = placement.at.len();
    let shown = |i: usize| {
        let (mx, my) = placement.at[i];
        placement.drawn(i)
            && placement.size.get(i) == Some(&1)
            && mx >= x
            && mx <= x + w
            && my >= y
            && my <= y + h
    };
    let is_component = |i: usize| req.components.get(i).copied().unwrap_or(false);
    let want = |i: usize| Wanted {
        marker: i,
        width: req.widths_px.get(i).copied().unwrap_or(0.0) * u,
        far: is_component(i),
    };
    // The drawn markers; the places of a group are not obstacles of their own (they sit under
    // its marker), so they are left out as points that are nowhere.
    let obstacles: Vec<(f64, f64)> = (0..n)
        .map(|i| match placement.drawn(i) {
            true => placement.at[i],
            false => (f64::NAN, f64::NAN),
        })
        .collect();
    let mut avoid = [[0.0; 4]; 2];
    let room = name_room(req.window, u, &obstacles, &mut avoid);
    let mut at = vec![None; n];
    let components: Vec<usize> = layout
        .name_order
        .iter()
        .copied()
        .filter(|&i| i < n && shown(i))
        .collect();
    let same = |a: f64, b: f64| (a - b).abs() <= 1e-9 * (1.0 + a.abs().max(b.abs()));
    let (lw, rw) = (layout.world, req.window);
    let at_zoom_1 = same(lw.0, rw.0) && same(lw.1, rw.1) && same(lw.2, rw.2) && same(lw.3, rw.3);
    let mut namer = if at_zoom_1 {
        let mut namer = Namer::new(&room);
        for &i in &components {
            if let Some(c) = layout.names.get(i).copied().flatten() {
                namer.add(&c, want(i).width, i);
                at[i] = Some(c);
            }
        }
        namer
    } else {
        let wanted: Vec<Wanted> = components.iter().map(|&i| want(i)).collect();
        let (namer, _, _, found) = place_names_all(&room, &wanted);
        for (&i, c) in components.iter().zip(found) {
            at[i] = c;
        }
        namer
    };
    let mut seen = vec![false; n];
    let mut others: Vec<usize> = Vec::new();
    for i in req.first.iter().copied().chain(0..n) {
        if i < n && !is_component(i) && !seen[i] && shown(i) {
            seen[i] = true;
            others.push(i);
        }
    }
    let wanted: Vec<Wanted> = others.iter().map(|&i| want(i)).collect();
    for (&i, c) in others.iter().zip(namer.place(&wanted, 0)) {
        at[i] = c;
    }
    let mut unnamed: Vec<usize> = components
        .iter()
        .chain(&others)
        .copied()
        .filter(|&i| at[i].is_none())
        .collect();
    crate::domain::sort::sort(&mut unnamed);
    Names { at, unnamed }
}

/// Which province names show in a view: those whose box (`(x, y, width_px)`: centred on the
/// point, `width_px` wide, [`LABEL_BOX_PX`] high) lies inside the window and overlaps no drawn
/// marker, no marker's name and no other province name shown before it. The markers' names
/// matter more: a province name gives way.
pub fn province_names_shown(
    labels: &[(f64, f64, f64)],
    layout: &MarkerLayout,
    names: &Names,
    req: &NameRequest,
) -> Vec<bool> {
    let (x, y, w, h) = req.window;
    let u = req.upp;
    let half = LABEL_BOX_PX * u / 2.0;
    let r = MARKER_BOX_PX * u;
    let p = &layout.placement;
    let in_window = |b: &Rect4| b[0] >= x && b[1] >= y && b[2] <= x + w && b[3] <= y + h;
    let markers: Vec<Rect4> = (0..p.at.len())
        .filter(|&i| p.drawn(i))
        .map(|i| p.at[i])
        .filter(|&(mx, my)| mx >= x - r && mx <= x + w + r && my >= y - r && my <= y + h + r)
        .map(|(mx, my)| [mx - r, my - r, mx + r, my + r])
        .collect();
    let mut taken: Vec<Rect4> = names
        .at
        .iter()
        .enumerate()
        .filter_map(|(i, n)| {
            let n = (*n)?;
            let width = req.widths_px.get(i).copied().unwrap_or(0.0) * u;
            Some(n.label.bbox(width, LABEL_BOX_PX * u))
        })
        .collect();
    labels
        .iter()
        .map(|&(lx, ly, width_px)| {
            let half_w = width_px * u / 2.0;
            let b = [lx - half_w, ly - half, lx + half_w, ly + half];
            let clear = |o: &Rect4| !crate::domain::geo::boxes_overlap(&b, o);
            let shown = in_window(&b) && markers.iter().all(clear) && taken.iter().all(clear);
            if shown {
                taken.push(b);
            }
            shown
        })
        .collect()
}

/// A scale-bar length: "500 m", "2 km", "0,5 km" never.
pub fn format_scale(km: f64, lang: Lang) -> String {
    if km < 1.0 {
        format!("{} m", fixed(km * 1000.0, 0))
    } else {
        format!("{} km", local(km, 3, lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_vietnamese_name_is_as_wide_as_its_base_letters_in_the_same_case() {
        let px = LABEL_PX;
        assert_eq!(
            label_width("Chùa Côn Sơn", px),
            label_width("Chua Con Son", px)
        );
        assert_eq!(
            label_width("ĐỀN KIẾP BẠC", px),
            label_width("DEN KIEP BAC", px)
        );
        assert_eq!(
            label_width("Đền Kiếp Bạc", px),
            label_width("Den Kiep Bac", px)
        );
        assert!(label_width("Đ", px) > label_width("đ", px));
        // Ơ and Ư wider than O and U; a character of another script a full em.
        assert_eq!(label_width("Ư", px), 0.92 * px);
        assert_eq!(label_width("Ờ", px), 0.92 * px);
        assert_eq!(label_width("寺", px), px);
        assert_eq!(label_width("", px), 0.0);
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
        assert!(inside_row(&row_crossings(&sq, y), x));
        assert!(!inside_row(&row_crossings(&sq, y), 50.0));
        assert!(!inside_row(&row_crossings(&sq, 50.0), x));
        assert!((x - 200.0).abs() < 20.0 && (y - 200.0).abs() < 20.0);
    }
}

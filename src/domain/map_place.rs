//! Where the markers and their names go on the map at one zoom.
//!
//! Markers closer than a tap target to one another are moved apart (onto rings around their
//! true point, most important first) or, when there is no room left near them, grouped into the
//! nearest drawn marker, which then stands for the group. Names go beside their marker, inside
//! the visible frame, off every drawn marker and every other name, or are left out.
//!
//! Both run in about linear time: the neighbours of a point are found in a grid of cells, not by
//! comparing every pair.

use crate::domain::geo::{boxes_overlap, Anchor, PlacedLabel};

/// A rectangle `[x0, y0, x1, y1]`, user units.
pub type Rect4 = [f64; 4];

/// No item (an empty cell or the end of a cell's list).
const NONE: u32 = u32::MAX;
/// Most cells a grid allocates (the cells grow beyond their nominal size past this).
const MAX_CELLS: usize = 1 << 16;

/// Items in square cells over a bounded area. An item may sit in several cells (a wide box);
/// a point outside the area is kept in the nearest edge cell, so queries stay correct.
struct Grid {
    x0: f64,
    y0: f64,
    cell: f64,
    cols: usize,
    rows: usize,
    /// First entry of each cell.
    head: Vec<u32>,
    /// `(item, next entry of the same cell)`.
    entries: Vec<(u32, u32)>,
}

impl Grid {
    /// A grid over `area` with cells of at least `cell` (larger when the area would need more
    /// than [`MAX_CELLS`], or `items` is small).
    fn new(area: Rect4, cell: f64, items: usize) -> Grid {
        let (w, h) = ((area[2] - area[0]).max(1e-9), (area[3] - area[1]).max(1e-9));
        let budget = (4 * items).clamp(64, MAX_CELLS) as f64;
        let cell = cell.max((w * h / budget).sqrt()).max(1e-9);
        let cols = ((w / cell) as usize + 1).min(MAX_CELLS);
        let rows = ((h / cell) as usize + 1).min(MAX_CELLS / cols).max(1);
        Grid {
            x0: area[0],
            y0: area[1],
            cell,
            cols,
            rows,
            head: vec![NONE; cols * rows],
            entries: Vec::with_capacity(items),
        }
    }

    /// The column of `x`, clamped to the grid (the cast saturates, and maps NaN to 0).
    fn col(&self, x: f64) -> usize {
        (((x - self.x0) / self.cell) as usize).min(self.cols - 1)
    }

    /// The row of `y`, clamped to the grid.
    fn row(&self, y: f64) -> usize {
        (((y - self.y0) / self.cell) as usize).min(self.rows - 1)
    }

    /// Adds `item` to every cell `r` touches.
    fn insert(&mut self, r: Rect4, item: u32) {
        for row in self.row(r[1])..=self.row(r[3]) {
            for col in self.col(r[0])..=self.col(r[2]) {
                let cell = row * self.cols + col;
                self.entries.push((item, self.head[cell]));
                self.head[cell] = (self.entries.len() - 1) as u32;
            }
        }
    }

    /// True when `hit` holds for an item of a cell that `r` touches (items may repeat).
    fn any(&self, r: Rect4, mut hit: impl FnMut(usize) -> bool) -> bool {
        let (first, last) = (self.col(r[0]), self.col(r[2]));
        for row in self.row(r[1])..self.row(r[3]) + 1 {
            let start = row * self.cols;
            let cells = self.head.get(start + first..start + last + 1);
            for &head in cells.unwrap_or_default() {
                // The end of a cell's chain, `NONE`, is past the end of `entries`.
                let mut e = head;
                while let Some(&(item, next)) = self.entries.get(e as usize) {
                    if hit(item as usize) {
                        return true;
                    }
                    e = next;
                }
            }
        }
        false
    }
}

/// The smallest rectangle holding every finite point, grown by `margin`.
fn bounds(points: &[(f64, f64)], margin: f64) -> Rect4 {
    let mut b = [
        f64::INFINITY,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NEG_INFINITY,
    ];
    for &(x, y) in points
        .iter()
        .filter(|(x, y)| x.is_finite() && y.is_finite())
    {
        b = [b[0].min(x), b[1].min(y), b[2].max(x), b[3].max(y)];
    }
    if b[0] > b[2] {
        return [0.0, 0.0, 1.0, 1.0];
    }
    [b[0] - margin, b[1] - margin, b[2] + margin, b[3] + margin]
}

/// The markers as drawn at one zoom.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Placement {
    /// Where each marker is drawn (its true point, or moved apart from the others), in the
    /// order of the input.
    pub at: Vec<(f64, f64)>,
    /// The drawn marker that stands for each marker: itself when drawn, else the head of the
    /// group it joined.
    pub head: Vec<u32>,
    /// For each drawn marker, how many markers its group holds (1: alone); 0 for the others.
    pub size: Vec<u32>,
    /// Each group's head and members (the head first), by head.
    pub groups: Vec<(u32, Vec<u32>)>,
}

impl Placement {
    /// True when marker `i` is drawn (alone or as the head of a group).
    pub fn drawn(&self, i: usize) -> bool {
        self.head.get(i).is_some_and(|&h| h as usize == i)
    }

    /// The indices of the drawn markers, in input order.
    pub fn drawn_indices(&self) -> Vec<usize> {
        (0..self.head.len()).filter(|&i| self.drawn(i)).collect()
    }

    /// The markers of the group that marker `head` stands for (itself first); just itself when
    /// it is alone.
    pub fn members(&self, head: usize) -> Vec<usize> {
        match self.groups.binary_search_by_key(&(head as u32), |g| g.0) {
            Ok(k) => self.groups[k].1.iter().map(|&m| m as usize).collect(),
            Err(_) => vec![head],
        }
    }

    /// True when marker `i` was moved away from its true point `p`.
    pub fn moved(&self, i: usize, p: (f64, f64)) -> bool {
        self.at
            .get(i)
            .is_some_and(|&(x, y)| (x - p.0).abs() > 1e-9 || (y - p.1).abs() > 1e-9)
    }
}

/// Rings of slots a marker may move to, and the first of them it tries before it joins a group.
const RINGS: usize = 6;
const NEAR_RINGS: usize = 3;

/// The number of slots on the first `rings` rings.
const fn slots_within(rings: usize) -> usize {
    3 * rings * (rings + 1)
}

/// Slots around a point, ring by ring: 6 at distance 1, 12 at 2, 18 at 3… (neighbours on a
/// ring are at least 1 apart), clockwise from the top. Unit distance.
fn ring_slots() -> Vec<(f64, f64)> {
    let mut out = Vec::with_capacity(slots_within(RINGS));
    for ring in 1..=RINGS {
        let n = 6 * ring;
        for j in 0..n {
            let a = std::f64::consts::TAU * j as f64 / n as f64;
            out.push((
                ring as f64 * crate::domain::math::sin(a),
                -(ring as f64) * crate::domain::math::cos(a),
            ));
        }
    }
    out
}

/// Places markers one at a time, most important first, so that no two drawn markers are closer
/// than `min_d`: each keeps its true point when it is free, else takes the first free slot on
/// rings around it (see [`ring_slots`]); a free slot keeps the marker's square off the boxes to
/// avoid (names already placed) and, for a marker whose true point is in the frame, inside the
/// frame. When the near rings have no free slot the marker joins the group of the nearest drawn
/// marker that may stand for a group, else it takes a free slot farther out. A protected marker
/// never joins nor heads a group, so it stays itself.
pub struct Spread {
    d: f64,
    points: Vec<(f64, f64)>,
    at: Vec<(f64, f64)>,
    head: Vec<u32>,
    size: Vec<u32>,
    protected: Vec<bool>,
    markers: Grid,
    slots: Vec<(f64, f64)>,
    avoid: Vec<Shape>,
    avoid_grid: Grid,
    /// Half-side of a marker's square for the boxes to avoid.
    box_r: f64,
    /// The frame markers stay inside, if any.
    frame: Option<Rect4>,
}

impl Spread {
    /// Ready to place markers whose true points are `points`, `min_d` apart, keeping squares of
    /// half-side `box_r` off the boxes to avoid.
    pub fn new(points: &[(f64, f64)], min_d: f64, box_r: f64) -> Spread {
        let n = points.len();
        let d = if min_d.is_finite() && min_d > 0.0 {
            min_d
        } else {
            0.0
        };
        let area = bounds(points, (RINGS as f64 + 1.0) * d.max(box_r));
        Spread {
            d,
            points: points.to_vec(),
            at: points.to_vec(),
            head: (0..n as u32).collect(),
            size: vec![1; n],
            protected: vec![false; n],
            // Cells twice the spacing: the square a slot is tested in (side 2d) touches 4.
            markers: Grid::new(area, 2.0 * d, n),
            slots: ring_slots(),
            avoid: Vec::new(),
            avoid_grid: Grid::new(area, 4.0 * d, 64),
            box_r: box_r.max(0.0),
            frame: None,
        }
    }

    /// Keeps the markers whose true point lies in `frame` inside it (their centres at least
    /// `inset` from its edges) when they move.
    pub fn keep_inside(&mut self, frame: Rect4, inset: f64) {
        self.frame = Some([
            frame[0] + inset,
            frame[1] + inset,
            frame[2] - inset,
            frame[3] - inset,
        ]);
    }

    /// Where marker `i` is drawn so far.
    pub fn at(&self, i: usize) -> (f64, f64) {
        self.at.get(i).copied().unwrap_or((f64::NAN, f64::NAN))
    }

    /// Keeps the markers placed from now on off the box `b`.
    pub fn avoid_box(&mut self, b: Rect4) {
        self.avoid_shape(Shape::Box(b));
    }

    /// Keeps the markers placed from now on off the line `l` (`[x0, y0, x1, y1]`).
    pub fn avoid_line(&mut self, l: Rect4) {
        self.avoid_shape(Shape::Line(l));
    }

    fn avoid_shape(&mut self, s: Shape) {
        self.avoid_grid.insert(s.bounds(), self.avoid.len() as u32);
        self.avoid.push(s);
    }

    fn clear_of_markers(&self, c: (f64, f64)) -> bool {
        let d = self.d;
        let d2 = d * d * (1.0 - 1e-9);
        !self.markers.any([c.0 - d, c.1 - d, c.0 + d, c.1 + d], |j| {
            self.at
                .get(j)
                .is_some_and(|q| (q.0 - c.0).powi(2) + (q.1 - c.1).powi(2) < d2)
        })
    }

    fn clear_of_boxes(&self, c: (f64, f64)) -> bool {
        let r = self.box_r;
        let sq = [c.0 - r, c.1 - r, c.0 + r, c.1 + r];
        !self
            .avoid_grid
            .any(sq, |k| self.avoid[k].hits(&Shape::Box(sq)))
    }

    /// The drawn marker nearest to `p` within the ring's reach that may head a group.
    fn nearest_head(&self, p: (f64, f64)) -> Option<usize> {
        let reach = 3.0 * self.d;
        let mut best: Option<(f64, usize)> = None;
        self.markers
            .any([p.0 - reach, p.1 - reach, p.0 + reach, p.1 + reach], |j| {
                let q = self.at[j];
                let dd = (q.0 - p.0).powi(2) + (q.1 - p.1).powi(2);
                if !self.protected[j] && best.is_none_or(|(bd, bj)| dd < bd || dd == bd && j < bj) {
                    best = Some((dd, j));
                }
                false
            });
        best.map(|(_, j)| j)
    }

    /// Places marker `i` (once); `protected`: it never joins nor heads a group.
    pub fn place(&mut self, i: usize, protected: bool) {
        let Some(&p) = self.points.get(i) else {
            return;
        };
        self.protected[i] = protected;
        if self.d == 0.0 || !(p.0.is_finite() && p.1.is_finite()) {
            return;
        }
        let d = self.d;
        let inside =
            |f: &Rect4, c: (f64, f64)| c.0 >= f[0] && c.0 <= f[2] && c.1 >= f[1] && c.1 <= f[3];
        let frame = self.frame.filter(|f| inside(f, p));
        // The true point, then the slots; `range` picks some of them without allocating.
        let slot = |k: usize| match k {
            0 => p,
            k => {
                let s = self.slots[k - 1];
                (p.0 + s.0 * d, p.1 + s.1 * d)
            }
        };
        let free = |this: &Spread, c: (f64, f64)| {
            (c == p || frame.is_none_or(|f| inside(&f, c)))
                && this.clear_of_markers(c)
                && this.clear_of_boxes(c)
        };
        let (near, all) = (slots_within(NEAR_RINGS) + 1, self.slots.len() + 1);
        let mut chosen = (0..near).map(slot).find(|&c| free(self, c));
        if chosen.is_none() && !protected {
            if let Some(h) = self.nearest_head(p) {
                self.head[i] = h as u32;
                self.size[h] += 1;
                self.size[i] = 0;
                self.at[i] = self.at[h];
                return;
            }
        }
        // Farther out; else a slot clear of the markers only; else the true point.
        chosen = chosen
            .or_else(|| (near..all).map(slot).find(|&c| free(self, c)))
            .or_else(|| (0..all).map(slot).find(|&c| self.clear_of_markers(c)));
        let c = chosen.unwrap_or(p);
        self.at[i] = c;
        self.markers.insert([c.0, c.1, c.0, c.1], i as u32);
    }

    /// The placement.
    pub fn finish(self) -> Placement {
        let mut groups: Vec<(u32, Vec<u32>)> = (0..self.head.len())
            .filter(|&i| self.size[i] > 1)
            .map(|i| (i as u32, vec![i as u32]))
            .collect();
        for (i, &h) in self.head.iter().enumerate() {
            if h as usize != i {
                if let Ok(k) = groups.binary_search_by_key(&h, |g| g.0) {
                    groups[k].1.push(i as u32);
                }
            }
        }
        Placement {
            at: self.at,
            head: self.head,
            size: self.size,
            groups,
        }
    }
}

/// Places every marker at `points` (user units, most important first) in order with
/// [`Spread`], none protected, nothing to avoid.
pub fn place_markers(points: &[(f64, f64)], min_d: f64) -> Placement {
    let mut s = Spread::new(points, min_d, 0.0);
    for i in 0..points.len() {
        s.place(i, false);
    }
    s.finish()
}

/// What the names are placed around and kept off.
#[derive(Clone, Copy, Debug)]
pub struct LabelRoom<'a> {
    /// The visible frame: every name stays inside it.
    pub frame: Rect4,
    /// Drawn marker centres: names keep off the square of half-side `marker_r` around each.
    pub markers: &'a [(f64, f64)],
    /// Half-side of a marker's square, user units.
    pub marker_r: f64,
    /// Height of a name, user units.
    pub height: f64,
    /// Other boxes to keep clear (the scale bar, the north arrow).
    pub avoid: &'a [Rect4],
}

/// Rows of names above and below a crowded marker, each one name's height farther.
const FAR_ROWS: usize = 10;
/// Positions along a row on either side of the marker, each two names' heights apart.
const FAR_SHIFTS: usize = 16;

/// Where a name goes and, when it is away from its marker, the line that leads to it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NamePos {
    /// The text's anchor and vertical centre.
    pub label: PlacedLabel,
    /// A line `[x0, y0, x1, y1]` from the marker's edge to the name, for a name placed in a row
    /// away from its marker.
    pub leader: Option<Rect4>,
}

/// A name wanted on the map.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Wanted {
    /// Index into [`LabelRoom::markers`].
    pub marker: usize,
    /// Width of the name, user units.
    pub width: f64,
    /// It may go away from its marker, in rows above and below with a leader line (kept for
    /// the names that must be on the map).
    pub far: bool,
}

/// The names placed beside their marker, in order: right, left, above, below, then the four
/// corners, each clear of the marker's own square by `gap`.
fn near_candidates(x: f64, y: f64, off: f64, h: f64) -> [PlacedLabel; 8] {
    let l = |dx: f64, dy: f64, anchor| PlacedLabel {
        x: x + dx,
        y: y + dy,
        anchor,
    };
    [
        l(off, 0.0, Anchor::Start),
        l(-off, 0.0, Anchor::End),
        l(0.0, -off - h / 2.0, Anchor::Middle),
        l(0.0, off + h / 2.0, Anchor::Middle),
        l(off, -off - h / 4.0, Anchor::Start),
        l(off, off + h / 4.0, Anchor::Start),
        l(-off, -off - h / 4.0, Anchor::End),
        l(-off, off + h / 4.0, Anchor::End),
    ]
}

/// The names placed in rows above and below a marker at `(x, y)`, centred at steps of two
/// names' heights along each row, nearest first, each with its leader line from the marker's
/// edge (`r` from its centre) to the nearest point of the name's box.
fn far_candidates(x: f64, y: f64, r: f64, off: f64, h: f64, w: f64) -> Vec<NamePos> {
    let mut out: Vec<(f64, NamePos)> = Vec::with_capacity(FAR_ROWS * 2 * (2 * FAR_SHIFTS + 1));
    for row in 1..=FAR_ROWS {
        for below in [false, true] {
            let reach = off + row as f64 * h;
            let cy = if below {
                y + reach + h / 2.0
            } else {
                y - reach - h / 2.0
            };
            for j in 0..=2 * FAR_SHIFTS {
                let shift = (j as f64 / 2.0).ceil() * if j % 2 == 1 { -1.0 } else { 1.0 };
                let label = PlacedLabel {
                    x: x + shift * 0.75 * h,
                    y: cy,
                    anchor: Anchor::Middle,
                };
                let b = label.bbox(w, h);
                // The nearest point of the box, and the marker's edge towards it.
                let (tx, ty) = (
                    crate::domain::math::clamp(x, b[0], b[2]),
                    if below { b[1] } else { b[3] },
                );
                let len = ((tx - x).powi(2) + (ty - y).powi(2)).sqrt();
                if len <= r {
                    continue;
                }
                let (fx, fy) = (x + (tx - x) * r / len, y + (ty - y) * r / len);
                let leader = Some([fx, fy, tx, ty]);
                out.push((len, NamePos { label, leader }));
            }
        }
    }
    crate::domain::sort::sort_by(&mut out, |a, b| a.0.total_cmp(&b.0));
    out.into_iter().map(|(_, c)| c).collect()
}

/// A thing names keep off: a box, or a leader line.
#[derive(Clone, Copy, Debug)]
enum Shape {
    Box(Rect4),
    Line(Rect4),
}

impl Shape {
    fn bounds(&self) -> Rect4 {
        match *self {
            Shape::Box(b) => b,
            Shape::Line([x0, y0, x1, y1]) => [x0.min(x1), y0.min(y1), x0.max(x1), y0.max(y1)],
        }
    }

    fn hits(&self, other: &Shape) -> bool {
        match (*self, *other) {
            (Shape::Box(a), Shape::Box(b)) => boxes_overlap(&a, &b),
            (Shape::Box(b), Shape::Line(l)) | (Shape::Line(l), Shape::Box(b)) => {
                line_hits_box(l, b)
            }
            (Shape::Line(a), Shape::Line(b)) => lines_cross(a, b),
        }
    }
}

/// True when the segment `l` passes through the inside of box `b` (Liang–Barsky clipping; a
/// segment along an edge or touching a corner does not).
fn line_hits_box(l: Rect4, b: Rect4) -> bool {
    const EPS: f64 = 1e-9;
    let (dx, dy) = (l[2] - l[0], l[3] - l[1]);
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    for (p, q) in [
        (-dx, l[0] - b[0]),
        (dx, b[2] - l[0]),
        (-dy, l[1] - b[1]),
        (dy, b[3] - l[1]),
    ] {
        if p.abs() < EPS {
            if q <= EPS {
                return false;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
    }
    t1 - t0 > EPS
}

/// Distance from `p` to the segment `l`.
fn segment_distance(l: Rect4, p: (f64, f64)) -> f64 {
    let (dx, dy) = (l[2] - l[0], l[3] - l[1]);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 {
        crate::domain::math::clamp(((p.0 - l[0]) * dx + (p.1 - l[1]) * dy) / len2, 0.0, 1.0)
    } else {
        0.0
    };
    ((l[0] + t * dx - p.0).powi(2) + (l[1] + t * dy - p.1).powi(2)).sqrt()
}

/// True when two segments cross (touching at an end does not count).
fn lines_cross(a: Rect4, b: Rect4) -> bool {
    let side = |p: (f64, f64), q: (f64, f64), r: (f64, f64)| {
        (q.0 - p.0) * (r.1 - p.1) - (q.1 - p.1) * (r.0 - p.0)
    };
    let (a0, a1, b0, b1) = ((a[0], a[1]), (a[2], a[3]), (b[0], b[1]), (b[2], b[3]));
    let (d1, d2) = (side(b0, b1, a0), side(b0, b1, a1));
    let (d3, d4) = (side(a0, a1, b0), side(a0, a1, b1));
    d1 * d2 < 0.0 && d3 * d4 < 0.0
}

/// Places names, most important first, keeping off the names it placed before.
pub struct Namer<'a> {
    room: &'a LabelRoom<'a>,
    markers: Grid,
    names: Grid,
    /// The names and leaders placed, each with its marker; a removed one stays as `None`.
    shapes: Vec<(Shape, usize, bool)>,
}

impl<'a> Namer<'a> {
    /// Ready to place names in `room`.
    pub fn new(room: &'a LabelRoom<'a>) -> Namer<'a> {
        let [fx0, fy0, fx1, fy1] = room.frame;
        let (r, h) = (room.marker_r.max(0.0), room.height.max(0.0));
        // Only the markers near the frame can be in the way.
        let near = [fx0 - r, fy0 - r, fx1 + r, fy1 + r];
        let mut markers = Grid::new(near, 2.0 * h, room.markers.len().min(4096));
        for (i, &(x, y)) in room.markers.iter().enumerate() {
            if x >= near[0] && x <= near[2] && y >= near[1] && y <= near[3] {
                markers.insert([x, y, x, y], i as u32);
            }
        }
        Namer {
            room,
            markers,
            names: Grid::new(room.frame, 2.0 * h, 256),
            shapes: Vec::new(),
        }
    }

    /// True when `s` (a name's box or its leader, for the marker `own`) overlaps a marker: a box
    /// its square, a leader its disc (a leader starts at its own marker's edge).
    fn on_marker(&self, s: &Shape, own: usize) -> bool {
        let b = s.bounds();
        let r = self.room.marker_r.max(0.0);
        let markers = self.room.markers;
        self.markers
            .any([b[0] - r, b[1] - r, b[2] + r, b[3] + r], |j| {
                let (mx, my) = markers[j];
                match *s {
                    Shape::Box(b) => boxes_overlap(&b, &[mx - r, my - r, mx + r, my + r]),
                    Shape::Line(l) => j != own && segment_distance(l, (mx, my)) < r,
                }
            })
    }

    /// True when `s` (a name's box or its leader, for the marker `own`) overlaps no marker, no
    /// box to avoid, no name or leader placed.
    fn clear(&self, s: &Shape, own: usize) -> bool {
        let b = s.bounds();
        !self.on_marker(s, own)
            && !self
                .names
                .any(b, |k| self.shapes[k].2 && s.hits(&self.shapes[k].0))
            && !self.room.avoid.iter().any(|a| s.hits(&Shape::Box(*a)))
    }

    /// True when `s` for marker `own` is clear of every marker and box to avoid, and the
    /// markers whose names or leaders it overlaps (at most `limit` + 1 of them, repeats kept).
    fn blockers(&self, s: &Shape, own: usize, limit: usize) -> Option<Vec<usize>> {
        let b = s.bounds();
        if self.on_marker(s, own) || self.room.avoid.iter().any(|a| s.hits(&Shape::Box(*a))) {
            return None;
        }
        let mut out: Vec<usize> = Vec::new();
        self.names.any(b, |k| {
            let (shape, owner, alive) = &self.shapes[k];
            if *alive && s.hits(shape) && !out.contains(owner) {
                out.push(*owner);
            }
            out.len() > limit
        });
        Some(out)
    }

    /// True when a name of width `w` for marker `own` fits at `c`.
    fn fits(&self, c: &NamePos, w: f64, own: usize) -> bool {
        let [fx0, fy0, fx1, fy1] = self.room.frame;
        let b = c.label.bbox(w, self.room.height.max(0.0));
        b[0] >= fx0
            && b[1] >= fy0
            && b[2] <= fx1
            && b[3] <= fy1
            && self.clear(&Shape::Box(b), own)
            && c.leader.is_none_or(|l| self.clear(&Shape::Line(l), own))
    }

    /// Adds the name of marker `own` at `c` (`w` wide) as something later names keep off.
    pub fn add(&mut self, c: &NamePos, w: f64, own: usize) {
        let mut add = |s: Shape| {
            self.names.insert(s.bounds(), self.shapes.len() as u32);
            self.shapes.push((s, own, true));
        };
        add(Shape::Box(c.label.bbox(w, self.room.height.max(0.0))));
        if let Some(l) = c.leader {
            add(Shape::Line(l));
        }
    }

    /// Removes the name of marker `own`.
    fn remove(&mut self, own: usize) {
        for s in self.shapes.iter_mut().filter(|s| s.1 == own) {
            s.2 = false;
        }
    }

    /// Every place a name may take, in order: beside its marker, then (when `far`) in rows.
    fn candidates(&self, want: &Wanted, far: bool) -> Vec<NamePos> {
        let (r, h) = (self.room.marker_r.max(0.0), self.room.height.max(0.0));
        let off = r + h * 0.2;
        let Some(&(x, y)) = self.room.markers.get(want.marker) else {
            return Vec::new();
        };
        if !(x.is_finite() && y.is_finite() && want.width.is_finite() && want.width > 0.0) {
            return Vec::new();
        }
        let mut out: Vec<NamePos> = near_candidates(x, y, off, h)
            .into_iter()
            .map(|label| NamePos {
                label,
                leader: None,
            })
            .collect();
        if far {
            out.extend(far_candidates(x, y, r, off, h, want.width));
        }
        out
    }

    /// The markers whose names keep a place `c` for `want` from fitting, when it is otherwise
    /// free (inside the frame, off the markers and the boxes to avoid) and at most `limit`.
    fn blocked_by(&self, c: &NamePos, want: &Wanted, limit: usize) -> Option<Vec<usize>> {
        let [fx0, fy0, fx1, fy1] = self.room.frame;
        let b = c.label.bbox(want.width, self.room.height.max(0.0));
        if !(b[0] >= fx0 && b[1] >= fy0 && b[2] <= fx1 && b[3] <= fy1) {
            return None;
        }
        let mut all = self.blockers(&Shape::Box(b), want.marker, limit)?;
        if let Some(l) = c.leader {
            for o in self.blockers(&Shape::Line(l), want.marker, limit)? {
                if !all.contains(&o) {
                    all.push(o);
                }
            }
        }
        (all.len() <= limit).then_some(all)
    }

    /// Finds room for the names of `missing` (indices into `wanted`, all `far`) by moving one
    /// name already placed: a place for the missing name that only that name is in the way of,
    /// when that name then finds another place. Updates `out`.
    fn bump(&mut self, wanted: &[Wanted], out: &mut [Option<NamePos>], missing: &[usize]) {
        const TRIES: usize = 100;
        for &k in missing {
            let want = wanted[k];
            for c in self.candidates(&want, true).into_iter().take(TRIES) {
                let Some(blockers) = self.blocked_by(&c, &want, 1) else {
                    continue;
                };
                let Some(&other) = blockers.first() else {
                    continue;
                };
                let Some(j) = wanted.iter().position(|w| w.marker == other) else {
                    continue;
                };
                let (was, wj) = (out[j], wanted[j]);
                self.remove(other);
                self.add(&c, want.width, want.marker);
                if let Some(moved) = self.find(&wj, wj.far) {
                    self.add(&moved, wj.width, wj.marker);
                    out[j] = Some(moved);
                    out[k] = Some(c);
                    break;
                }
                self.remove(want.marker);
                if let Some(p) = was {
                    self.add(&p, wj.width, wj.marker);
                }
            }
        }
    }

    /// The first place that fits for a name: beside its marker, then (when `far`) in rows.
    fn find(&self, want: &Wanted, far: bool) -> Option<NamePos> {
        let (r, h) = (self.room.marker_r.max(0.0), self.room.height.max(0.0));
        let off = r + h * 0.2;
        let &(x, y) = self.room.markers.get(want.marker)?;
        if !(x.is_finite() && y.is_finite() && want.width.is_finite() && want.width > 0.0) {
            return None;
        }
        let fits = |c: &NamePos| self.fits(c, want.width, want.marker);
        let beside = near_candidates(x, y, off, h).map(|label| NamePos {
            label,
            leader: None,
        });
        beside.into_iter().find(fits).or_else(|| {
            far.then(|| {
                far_candidates(x, y, r, off, h, want.width)
                    .into_iter()
                    .find(fits)
            })
            .flatten()
        })
    }

    /// Places the names of `wanted` (see [`Wanted`]), most important first. The first `pinned`
    /// take their place in turn, beside their marker or else (when `far`) away from it; then the
    /// others: first each beside its marker (right, left, above, below, the corners), then the
    /// `far` ones that found no room there in rows above and below with a leader line (shortest
    /// first). A name that lies outside the frame or overlaps a marker, a box to avoid, a name or
    /// a leader already placed is left out (`None`). Same order and length as `wanted`.
    pub fn place(&mut self, wanted: &[Wanted], pinned: usize) -> Vec<Option<NamePos>> {
        let mut out: Vec<Option<NamePos>> = vec![None; wanted.len()];
        let pinned = pinned.min(wanted.len());
        for phase in 0..3 {
            for (k, want) in wanted.iter().enumerate() {
                let turn = match phase {
                    0 => k < pinned,
                    1 => k >= pinned,
                    _ => k >= pinned && want.far && out[k].is_none(),
                };
                if !turn {
                    continue;
                }
                if let Some(c) = self.find(want, phase != 1 && want.far) {
                    self.add(&c, want.width, want.marker);
                    out[k] = Some(c);
                }
            }
        }
        let missing: Vec<usize> = (0..wanted.len())
            .filter(|&k| out[k].is_none() && wanted[k].far)
            .collect();
        if !missing.is_empty() {
            self.bump(wanted, &mut out, &missing);
        }
        out
    }
}

/// Places the names of `wanted` in `room` so that as many as possible find room: when one is
/// left out, the placement starts again with that name pinned (placed before the names that
/// are not, beside its marker or away from it), at most once per name, and no more after
/// three tries that do no better. Returns the namer (to
/// place more names after these), the order used (indices into `wanted`), how many of them are
/// pinned, and the names (in the order of `wanted`).
pub fn place_names_all<'a>(
    room: &'a LabelRoom<'a>,
    wanted: &[Wanted],
) -> (Namer<'a>, Vec<usize>, usize, Vec<Option<NamePos>>) {
    struct Attempt<'a> {
        missing: usize,
        namer: Namer<'a>,
        order: Vec<usize>,
        pinned: usize,
        names: Vec<Option<NamePos>>,
    }
    let mut order: Vec<usize> = (0..wanted.len()).collect();
    let mut best: Option<Attempt<'a>> = None;
    let mut worse = 0;
    for pinned in 0..=wanted.len() {
        let mut namer = Namer::new(room);
        let ordered: Vec<Wanted> = order.iter().map(|&k| wanted[k]).collect();
        let placed = namer.place(&ordered, pinned);
        let mut names = vec![None; wanted.len()];
        for (&k, p) in order.iter().zip(&placed) {
            names[k] = *p;
        }
        let missing = placed.iter().filter(|p| p.is_none()).count();
        // The first name left out that is not pinned yet: pinned next, after the others.
        let next = (pinned..order.len()).find(|&j| placed[j].is_none());
        if best.as_ref().is_some_and(|b| missing >= b.missing) {
            worse += 1;
        }
        if best.as_ref().is_none_or(|b| missing < b.missing) {
            worse = 0;
            let order = order.clone();
            best = Some(Attempt {
                missing,
                namer,
                order,
                pinned,
                names,
            });
        }
        // Give up after three tries that do no better.
        let Some(j) = next.filter(|_| missing > 0 && worse < 3) else {
            break;
        };
        let k = order.remove(j);
        order.insert(pinned, k);
    }
    match best {
        Some(b) => (b.namer, b.order, b.pinned, b.names),
        None => (Namer::new(room), order, 0, vec![None; wanted.len()]),
    }
}

/// Places the names of `wanted` in `room` with a new [`Namer`].
pub fn place_names(room: &LabelRoom, wanted: &[Wanted]) -> Vec<Option<NamePos>> {
    Namer::new(room).place(wanted, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dist(a: (f64, f64), b: (f64, f64)) -> f64 {
        ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
    }

    #[test]
    fn shared_points_are_moved_apart() {
        let pts = [(10.0, 10.0), (10.0, 10.0), (10.0, 10.0), (100.0, 100.0)];
        let p = place_markers(&pts, 8.0);
        assert_eq!(p.at[0], (10.0, 10.0), "the first keeps its point");
        assert_eq!(p.at[3], (100.0, 100.0));
        for i in 0..4 {
            assert!(p.drawn(i));
            for j in i + 1..4 {
                assert!(dist(p.at[i], p.at[j]) >= 8.0 - 1e-6);
            }
        }
        assert!(p.moved(1, pts[1]) && !p.moved(0, pts[0]));
    }

    #[test]
    fn no_room_left_makes_a_group() {
        let pts = vec![(0.0, 0.0); 45];
        let p = place_markers(&pts, 5.0);
        assert_eq!(p.drawn_indices().len(), 37);
        assert_eq!(p.size[0], 9);
        assert_eq!(p.size.iter().sum::<u32>(), 45);
        assert_eq!(p.head[44], 0);
        assert_eq!(p.members(0), vec![0, 37, 38, 39, 40, 41, 42, 43, 44]);
        assert_eq!(p.members(1), vec![1]);
    }

    #[test]
    fn moved_markers_stay_in_the_frame() {
        let pts = vec![(3.0, 3.0); 7];
        let mut s = Spread::new(&pts, 5.0, 0.0);
        s.keep_inside([0.0, 0.0, 100.0, 100.0], 2.0);
        for i in 0..7 {
            s.place(i, false);
        }
        let p = s.finish();
        assert_eq!(p.at[0], (3.0, 3.0));
        for &(x, y) in &p.at[1..] {
            assert!(x >= 2.0 && y >= 2.0, "{x} {y}");
        }
    }

    #[test]
    fn a_protected_marker_heads_no_group_and_boxes_are_avoided() {
        let pts = vec![(0.0, 0.0); 45];
        let mut s = Spread::new(&pts, 5.0, 1.0);
        s.place(0, true);
        s.avoid_box([2.0, -1.0, 20.0, 1.0]);
        for i in 1..45 {
            s.place(i, false);
        }
        let p = s.finish();
        assert_eq!(p.size[0], 1);
        assert!(p.drawn(0));
        assert_eq!(p.size.iter().sum::<u32>(), 45);
        for i in p.drawn_indices().into_iter().skip(1) {
            let (x, y) = p.at[i];
            assert!(!boxes_overlap(
                &[x - 1.0, y - 1.0, x + 1.0, y + 1.0],
                &[2.0, -1.0, 20.0, 1.0]
            ));
        }
    }

    #[test]
    fn names_stay_in_the_frame_and_off_markers() {
        let markers = [(95.0, 50.0), (50.0, 50.0), (62.0, 50.0)];
        let room = LabelRoom {
            frame: [0.0, 0.0, 100.0, 100.0],
            markers: &markers,
            marker_r: 3.0,
            height: 4.0,
            avoid: &[],
        };
        let want = |marker, width| Wanted {
            marker,
            width,
            far: false,
        };
        let out = place_names(&room, &[want(0, 20.0), want(1, 8.0), want(2, 30.0)]);
        // Right of (95, 50) is outside: it goes left.
        assert_eq!(out[0].map(|l| l.label.anchor), Some(Anchor::End));
        let boxes: Vec<Rect4> = out
            .iter()
            .zip([20.0, 8.0, 30.0])
            .filter_map(|(l, w)| l.map(|l| l.label.bbox(w, 4.0)))
            .collect();
        for (k, b) in boxes.iter().enumerate() {
            assert!(b[0] >= 0.0 && b[2] <= 100.0);
            for m in &markers {
                assert!(!boxes_overlap(
                    b,
                    &[m.0 - 3.0, m.1 - 3.0, m.0 + 3.0, m.1 + 3.0]
                ));
            }
            for c in &boxes[k + 1..] {
                assert!(!boxes_overlap(b, c));
            }
        }
    }
}

#[cfg(test)]
mod shape_tests {
    use super::*;

    #[test]
    fn lines_and_boxes() {
        let b = [0.0, 0.0, 10.0, 10.0];
        assert!(line_hits_box([-5.0, 5.0, 15.0, 5.0], b));
        assert!(line_hits_box([5.0, 5.0, 6.0, 6.0], b));
        assert!(!line_hits_box([-5.0, 11.0, 15.0, 11.0], b));
        assert!(!line_hits_box([-5.0, 0.0, 15.0, 0.0], b), "along an edge");
        assert!(!line_hits_box([-5.0, 5.0, 0.0, 5.0], b), "ends on an edge");
        assert!(line_hits_box([-1.0, -1.0, 11.0, 11.0], b));
        assert!(lines_cross([0.0, 0.0, 10.0, 10.0], [0.0, 10.0, 10.0, 0.0]));
        assert!(!lines_cross(
            [0.0, 0.0, 10.0, 10.0],
            [10.0, 10.0, 20.0, 0.0]
        ));
        assert!(!lines_cross([0.0, 0.0, 10.0, 0.0], [0.0, 1.0, 10.0, 1.0]));
    }
}

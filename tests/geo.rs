//! Map geometry: projection, distances, zoom and pan, scale bar, labels, outlines, simplification.

use yentu_explorer::domain::geo::{
    boxes_overlap, current_borders, distance_km, internal_borders, nice_scale_bar, ring_to_path,
    simplify, Bounds, Outlines, Projection, View, World, MAX_SCALE,
};
use yentu_explorer::domain::map_place::{place_markers, place_names, LabelRoom, Wanted};

const W: f64 = 800.0;
const H: f64 = 600.0;
const M: f64 = 20.0;
const WORLD: World = World {
    x: 0.0,
    y: 0.0,
    w: W,
    h: H,
};

fn close(a: f64, b: f64, eps: f64) -> bool {
    (a - b).abs() <= eps
}

fn region() -> Bounds {
    Bounds {
        min_lat: 20.5,
        min_lon: 105.5,
        max_lat: 22.0,
        max_lon: 108.0,
    }
}

/// Deterministic pseudo-random numbers in 0..1 (a linear congruential generator).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

// ---------------------------------------------------------------- projection

#[test]
fn centre_of_bounds_is_centre_of_view_box() {
    let p = Projection::fit(region(), W, H, M);
    let (lat0, lon0) = region().center();
    let (x, y) = p.project(lat0, lon0);
    assert!(
        close(x, W / 2.0, 1e-9) && close(y, H / 2.0, 1e-9),
        "{x} {y}"
    );
}

#[test]
fn corners_touch_the_margins_on_the_limiting_axis() {
    let b = region();
    let p = Projection::fit(b, W, H, M);
    let (x0, y_bottom) = p.project(b.min_lat, b.min_lon);
    let (x1, y_top) = p.project(b.max_lat, b.max_lon);
    let eps = 1e-9;
    let fills_width = close(x0, M, eps) && close(x1, W - M, eps);
    let fills_height = close(y_top, M, eps) && close(y_bottom, H - M, eps);
    assert!(fills_width || fills_height, "{x0} {x1} {y_top} {y_bottom}");
    // Everything inside the margins, and north is up.
    for v in [x0, x1] {
        assert!(v >= M - eps && v <= W - M + eps);
    }
    for v in [y_top, y_bottom] {
        assert!(v >= M - eps && v <= H - M + eps);
    }
    assert!(y_top < y_bottom && x0 < x1);
}

#[test]
fn bounds_with_the_view_box_aspect_fill_it_exactly() {
    // A lon span chosen so that span·cos(φ0) : lat span = 760 : 560.
    let (min_lat, max_lat) = (21.0, 22.0);
    let cos0 = ((min_lat + max_lat) / 2.0_f64).to_radians().cos();
    let lon_span = (W - 2.0 * M) / (H - 2.0 * M) / cos0;
    let b = Bounds {
        min_lat,
        min_lon: 106.0,
        max_lat,
        max_lon: 106.0 + lon_span,
    };
    let p = Projection::fit(b, W, H, M);
    let corners = [
        (b.min_lat, b.min_lon, M, H - M),
        (b.min_lat, b.max_lon, W - M, H - M),
        (b.max_lat, b.min_lon, M, M),
        (b.max_lat, b.max_lon, W - M, M),
    ];
    for (lat, lon, ex, ey) in corners {
        let (x, y) = p.project(lat, lon);
        assert!(
            close(x, ex, 1e-6) && close(y, ey, 1e-6),
            "({lat},{lon}) → {x},{y}"
        );
    }
}

#[test]
fn unproject_inverts_project() {
    let p = Projection::fit(region(), W, H, M);
    for i in 0..=10 {
        for j in 0..=10 {
            let lat = 20.0 + 0.3 * i as f64;
            let lon = 105.0 + 0.35 * j as f64;
            let (x, y) = p.project(lat, lon);
            let (lat2, lon2) = p.unproject(x, y);
            assert!(close(lat, lat2, 1e-9) && close(lon, lon2, 1e-9));
        }
    }
}

#[test]
fn km_per_unit_matches_ground_distance() {
    let p = Projection::fit(region(), W, H, M);
    let (lat0, lon0) = region().center();
    for (dlat, dlon) in [(0.2, 0.0), (0.0, 0.2), (0.1, 0.1)] {
        let (x0, y0) = p.project(lat0, lon0);
        let (x1, y1) = p.project(lat0 + dlat, lon0 + dlon);
        let units = ((x1 - x0).powi(2) + (y1 - y0).powi(2)).sqrt();
        let km = distance_km(lat0, lon0, lat0 + dlat, lon0 + dlon);
        let rel = (units * p.km_per_unit() - km).abs() / km;
        assert!(rel < 0.005, "({dlat},{dlon}): {rel}");
    }
}

// ---------------------------------------------------------------- distances

#[test]
fn distances_match_an_independent_computation() {
    // Expected values computed independently with python3 `math`: the spherical law of cosines
    // with R = 6371.0088 km, and Vincenty's formula on the WGS 84 ellipsoid.
    let cases = [
        // (a, b, law of cosines, Vincenty)
        ((21.150, 106.718), (21.22, 106.06), 68.664_208, 68.765_969), // Hoa Yên ↔ Bổ Đà
        ((21.14, 106.38), (21.11, 106.33), 6.166_339, 6.165_408),     // Côn Sơn ↔ Kiếp Bạc
        ((21.150, 106.718), (21.039, 106.538), 22.384_237, 22.379_331), // Hoa Yên ↔ Nhẫm Dương
        ((21.19, 106.27), (21.22, 106.06), 22.024_020, 22.055_385),   // Vĩnh Nghiêm ↔ Bổ Đà
    ];
    for ((la1, lo1), (la2, lo2), spherical, ellipsoidal) in cases {
        let d = distance_km(la1, lo1, la2, lo2);
        assert!(
            (d - spherical).abs() / spherical < 1e-4,
            "{d} vs {spherical}"
        );
        assert!(
            (d - ellipsoidal).abs() / ellipsoidal < 0.005,
            "{d} vs {ellipsoidal}"
        );
        assert!(close(d, distance_km(la2, lo2, la1, lo1), 1e-9));
    }
    assert!(close(distance_km(21.0, 106.0, 21.0, 106.0), 0.0, 1e-12));
    let hoa_yen_bo_da = distance_km(21.150, 106.718, 21.22, 106.06);
    assert_eq!(hoa_yen_bo_da.round(), 69.0);
}

// ---------------------------------------------------------------- view

#[test]
fn zoom_at_keeps_the_anchor_fixed() {
    let mut v = View::full(&WORLD);
    let mut rng = Lcg(7);
    for _ in 0..50 {
        let (x, y, w, h) = v.view_box(&WORLD);
        let (fx, fy) = (rng.next(), rng.next());
        let (ax, ay) = (x + fx * w, y + fy * h);
        let factor = 0.5 + 1.5 * rng.next();
        v.zoom_at(factor, ax, ay);
        let (x2, y2, w2, h2) = v.view_box(&WORLD);
        assert!(close((ax - x2) / w2, fx, 1e-9) && close((ay - y2) / h2, fy, 1e-9));
        assert!((1.0..=MAX_SCALE).contains(&v.scale));
    }
}

#[test]
fn zoom_in_then_out_returns_to_the_same_view() {
    let mut v = View::full(&WORLD);
    v.zoom_at(2.0, 123.0, 456.0);
    assert!(close(v.scale, 2.0, 1e-12));
    v.zoom_at(0.5, 123.0, 456.0);
    assert!(close(v.scale, 1.0, 1e-12));
    assert!(close(v.cx, W / 2.0, 1e-9) && close(v.cy, H / 2.0, 1e-9));
}

#[test]
fn pan_moves_and_clamp_keeps_inside() {
    let mut v = View::full(&WORLD);
    v.zoom_at(4.0, W / 2.0, H / 2.0);
    v.pan(30.0, -20.0);
    assert!(close(v.cx, W / 2.0 + 30.0, 1e-9) && close(v.cy, H / 2.0 - 20.0, 1e-9));
    v.pan(10_000.0, 10_000.0);
    v.clamp_to(&WORLD);
    let (x, y, w, h) = v.view_box(&WORLD);
    assert!(close(x + w, W, 1e-9) && close(y + h, H, 1e-9));
}

#[test]
fn fit_to_results_shows_every_point() {
    let p = Projection::fit(region(), W, H, M);
    let sites = [(21.150, 106.718), (21.14, 106.38), (21.11, 106.33)];
    let pts: Vec<(f64, f64)> = sites.iter().map(|&(la, lo)| p.project(la, lo)).collect();
    let v = View::fit(&pts, &WORLD, 15.0, MAX_SCALE);
    let (x, y, w, h) = v.view_box(&WORLD);
    for (px, py) in pts {
        assert!(
            px >= x + 15.0 - 1e-9 && px <= x + w - 15.0 + 1e-9,
            "{px} in {x}+{w}"
        );
        assert!(py >= y && py <= y + h);
    }
    assert!(v.scale > 1.0);
    let attr = v.view_box_attr(&WORLD);
    assert_eq!(attr.split(' ').count(), 4);
}

// ---------------------------------------------------------------- scale bar

#[test]
fn scale_bar_is_a_nice_number_that_fits() {
    assert_eq!(nice_scale_bar(1.0, 100.0), (100.0, 100.0));
    let (km, units) = nice_scale_bar(0.3, 100.0);
    assert!(close(km, 20.0, 1e-12) && close(units, 20.0 / 0.3, 1e-9));
    assert_eq!(nice_scale_bar(0.07, 100.0).0, 5.0);
    assert_eq!(nice_scale_bar(2.5, 150.0).0, 200.0);
    assert_eq!(nice_scale_bar(0.001, 100.0).0, 0.1);
    assert_eq!(nice_scale_bar(0.0, 100.0), (0.0, 0.0));
    assert_eq!(nice_scale_bar(1.0, f64::NAN), (0.0, 0.0));
    let mut rng = Lcg(3);
    for _ in 0..200 {
        let kpu = 10f64.powf(rng.next() * 4.0 - 2.0);
        let max = 20.0 + 200.0 * rng.next();
        let (km, units) = nice_scale_bar(kpu, max);
        assert!(units <= max * (1.0 + 1e-9) && units > max / 2.5 - 1e-9);
        let mantissa = km / 10f64.powf(km.log10().floor());
        assert!(
            [1.0, 2.0, 5.0].iter().any(|m| close(mantissa, *m, 1e-9)),
            "{km}"
        );
    }
}

// ---------------------------------------------------------------- labels

#[test]
fn labels_never_overlap_each_other_or_markers_and_stay_in_the_frame() {
    let mut rng = Lcg(42);
    let pts: Vec<(f64, f64)> = (0..60)
        .map(|_| (rng.next() * 400.0, rng.next() * 300.0))
        .collect();
    let wanted: Vec<Wanted> = (0..60)
        .map(|i| Wanted {
            marker: i,
            width: 30.0 + rng.next() * 60.0,
            far: false,
        })
        .collect();
    let (h, r) = (12.0, 6.0);
    let frame = [20.0, 10.0, 380.0, 290.0];
    let room = LabelRoom {
        frame,
        markers: &pts,
        marker_r: r,
        height: h,
        avoid: &[[300.0, 250.0, 400.0, 300.0]],
    };
    let out = place_names(&room, &wanted);
    assert_eq!(out, place_names(&room, &wanted), "deterministic");
    assert_eq!(out.len(), pts.len());
    let boxes: Vec<[f64; 4]> = out
        .iter()
        .zip(&wanted)
        .filter_map(|(l, want)| l.map(|l| l.label.bbox(want.width, h)))
        .collect();
    assert!(boxes.len() > 5 && boxes.len() < 60, "{}", boxes.len());
    for (i, a) in boxes.iter().enumerate() {
        assert!(a[0] >= frame[0] && a[1] >= frame[1] && a[2] <= frame[2] && a[3] <= frame[3]);
        assert!(!boxes_overlap(a, &[300.0, 250.0, 400.0, 300.0]));
        for b in &boxes[i + 1..] {
            assert!(!boxes_overlap(a, b));
        }
        for &(x, y) in &pts {
            assert!(!boxes_overlap(a, &[x - r, y - r, x + r, y + r]));
        }
    }
}

#[test]
fn lone_marker_gets_its_label_on_the_right() {
    let frame = [0.0, 0.0, 400.0, 300.0];
    let room = |markers: &'static [(f64, f64)]| LabelRoom {
        frame,
        markers,
        marker_r: 5.0,
        height: 10.0,
        avoid: &[],
    };
    let one = [Wanted {
        marker: 0,
        width: 40.0,
        far: false,
    }];
    let out = place_names(&room(&[(100.0, 100.0)]), &one);
    let l = out[0].expect("placed").label;
    assert_eq!(l.anchor.as_str(), "start");
    assert!(l.x > 100.0 && close(l.y, 100.0, 1e-9));
    // A second marker right of the first pushes the first label to the left.
    let out = place_names(&room(&[(100.0, 100.0), (120.0, 100.0)]), &one);
    assert_eq!(out[0].map(|l| l.label.anchor.as_str()), Some("end"));
}

#[test]
fn markers_are_spread_without_overlap_or_grouped() {
    let mut rng = Lcg(1732);
    let pts: Vec<(f64, f64)> = (0..5000)
        .map(|_| (rng.next() * 800.0, rng.next() * 500.0))
        .collect();
    let p = place_markers(&pts, 20.0);
    let drawn = p.drawn_indices();
    assert!(drawn.len() > 300 && drawn.len() < 1500, "{}", drawn.len());
    assert_eq!(p.size.iter().map(|&s| s as usize).sum::<usize>(), pts.len());
    for (k, &i) in drawn.iter().enumerate() {
        for &j in &drawn[k + 1..] {
            let (a, b) = (p.at[i], p.at[j]);
            assert!(((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt() >= 20.0 - 1e-6);
        }
    }
}

// ---------------------------------------------------------------- outlines

fn outlines() -> Outlines {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/provinces.json");
    let text = std::fs::read_to_string(path).expect("provinces.json is bundled");
    serde_json::from_str(&text).expect("provinces.json reads into Outlines")
}

#[test]
fn provinces_json_has_ten_provinces_with_current_ids() {
    let o = outlines();
    assert_eq!(o.provinces.len(), 10);
    let expected = [
        ("quang-ninh", "quang-ninh"),
        ("bac-giang", "bac-ninh"),
        ("bac-ninh", "bac-ninh"),
        ("hai-duong", "hai-phong"),
        ("hai-phong", "hai-phong"),
        ("ha-noi", "ha-noi"),
        ("lang-son", "lang-son"),
        ("thai-nguyen", "thai-nguyen"),
        ("hung-yen", "hung-yen"),
        ("thai-binh", "thai-binh"),
    ];
    for (id, current) in expected {
        let p = o.get(id).unwrap_or_else(|| panic!("{id} missing"));
        assert_eq!(p.current_id, current, "{id}");
        assert_eq!(p.is_former(), id != current);
        assert!(!p.name_vi.is_empty() && !p.name_en.is_empty());
        assert!(!p.rings.is_empty());
        for ring in &p.rings {
            assert!(ring.len() >= 4 && ring.first() == ring.last(), "{id}");
            for &[lon, lat] in ring {
                assert!((105.0..=108.6).contains(&lon) && (20.0..=23.0).contains(&lat));
                assert!(close(lon * 1e4, (lon * 1e4).round(), 1e-6));
            }
        }
    }
    assert_eq!(
        o.get("bac-giang").map(|p| p.name_vi.as_str()),
        Some("Bắc Giang")
    );
    assert_eq!(o.current_ids().len(), 8);
}

#[test]
fn merged_provinces_share_their_former_border() {
    let o = outlines();
    let internal = internal_borders(&o);
    let borders = current_borders(&o);
    for cid in ["bac-ninh", "hai-phong"] {
        let shared = internal
            .iter()
            .find(|(c, _)| c == cid)
            .map(|(_, e)| e.len());
        assert!(shared.unwrap_or(0) > 0, "{cid}: no shared edge found");
        let outer = borders.iter().find(|(c, _)| c == cid).map(|(_, e)| e.len());
        let all: usize = o
            .provinces
            .iter()
            .filter(|p| p.current_id == cid)
            .flat_map(|p| p.rings.iter().map(|r| r.len() - 1))
            .sum();
        assert_eq!(outer.unwrap_or(0) + 2 * shared.unwrap_or(0), all, "{cid}");
    }
    for (cid, _) in &internal {
        if !["bac-ninh", "hai-phong"].contains(&cid.as_str()) {
            let n = internal
                .iter()
                .find(|(c, _)| c == cid)
                .map(|(_, e)| e.len());
            assert_eq!(n, Some(0), "{cid} was not merged");
        }
    }
}

#[test]
fn ring_paths_are_compact_svg() {
    let o = outlines();
    let b = o.bounds().expect("bounds");
    let p = Projection::fit(b, W, H, M);
    let qn = o.get("quang-ninh").expect("quang-ninh");
    let path = ring_to_path(&p, &qn.rings);
    assert!(path.starts_with('M') && path.ends_with('Z'));
    assert_eq!(path.matches('M').count(), qn.rings.len());
    for tok in path.split([' ', 'M', 'L', 'Z']).filter(|t| !t.is_empty()) {
        let v: f64 = tok.parse().expect("number");
        assert!((-1.0..=W + 1.0).contains(&v));
        assert!(tok.split('.').nth(1).is_none_or(|d| d.len() == 1), "{tok}");
    }
}

// ---------------------------------------------------------------- simplify

/// True when `p` lies within `tol` of the segment `a`–`b`.
fn near_segment(p: [f64; 2], a: [f64; 2], b: [f64; 2], tol: f64) -> bool {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 {
        (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    ((p[0] - a[0] - t * dx).powi(2) + (p[1] - a[1] - t * dy).powi(2)).sqrt() <= tol + 1e-12
}

#[test]
fn simplify_keeps_endpoints_and_stays_within_tolerance() {
    let mut rng = Lcg(11);
    let line: Vec<[f64; 2]> = (0..200)
        .map(|i| [i as f64 * 0.001, (rng.next() - 0.5) * 0.01])
        .collect();
    let tol = 0.002;
    let s = simplify(&line, tol);
    assert_eq!(s.first(), line.first());
    assert_eq!(s.last(), line.last());
    assert!(s.len() < line.len());
    // A subsequence of the input, and every dropped point is near the segment replacing it.
    let idx: Vec<usize> = s
        .iter()
        .map(|p| {
            line.iter()
                .position(|q| q == p)
                .expect("kept point from input")
        })
        .collect();
    assert!(idx.windows(2).all(|w| w[0] < w[1]));
    for w in idx.windows(2) {
        for p in &line[w[0]..=w[1]] {
            assert!(near_segment(*p, line[w[0]], line[w[1]], tol));
        }
    }
}

#[test]
fn simplify_keeps_rings_closed() {
    let ring: Vec<[f64; 2]> = (0..=100)
        .map(|i| {
            let a = (i % 100) as f64 / 100.0 * std::f64::consts::TAU;
            [106.0 + 0.1 * a.cos(), 21.0 + 0.1 * a.sin()]
        })
        .collect();
    let s = simplify(&ring, 0.002);
    assert_eq!(s.first(), ring.first());
    assert_eq!(s.last(), ring.last());
    assert!(s.len() >= 4 && s.len() < ring.len());
    assert_eq!(simplify(&ring[..2], 0.002), ring[..2].to_vec());
}

// ---------------------------------------------------------------- the map of the real data

mod real_map {
    use super::boxes_overlap;
    use std::path::Path;
    use yentu_explorer::domain::dataset::Dataset;
    use yentu_explorer::domain::geo::View;
    use yentu_explorer::domain::map_layout::{
        furniture_px, label_width, layout_markers, layout_names, site_projection, units_per_px,
        world_for, MarkerLayout, MarkerRequest, NameRequest, Names, LABEL_BOX_PX, LABEL_PX,
        MARKER_BOX_PX, MARKER_GAP_PX,
    };
    use yentu_explorer::domain::model::Lang;
    use yentu_explorer::domain::validate::load_dir;

    fn data() -> Dataset {
        load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data"))
            .expect("the real data loads")
    }

    /// The map frame's size in CSS pixels at a window width (style/map_svg.css): up to 640 px
    /// the full width (less the padding past 480 px) and 70 % of the screen's height, at least
    /// 300 px (at 360 × 780: 546 px); at 768 px the single column (72rem main less 1rem padding
    /// each side) at 8:5; at 1280 px the map column (3fr of 1120 px less a 1.5rem gap) at 8:5.
    const FRAMES: [(u32, f64, f64); 10] = [
        (360, 360.0, 300.0),
        (360, 360.0, 420.0),
        (360, 360.0, 500.0),
        (360, 360.0, 546.0),
        (360, 360.0, 600.0),
        (390, 390.0, 590.0),
        (412, 412.0, 640.0),
        (600, 576.0, 600.0),
        (768, 734.0, 458.75),
        (1280, 657.6, 411.0),
    ];

    /// One layout of every site at the initial view of a frame.
    struct Laid {
        order: Vec<usize>,
        markers: MarkerLayout,
        names: Names,
        widths: Vec<f64>,
        upp: f64,
        window: (f64, f64, f64, f64),
    }

    fn lay_out(ds: &Dataset, w: f64, h: f64, lang: Lang) -> Laid {
        let proj = site_projection(ds);
        // The drawn sites only: a place without a position of its own has no marker.
        let mut order: Vec<usize> = (0..ds.sites.len())
            .filter(|&i| ds.sites[i].location.is_some())
            .collect();
        order.sort_by_key(|&i| (ds.sites[i].components_first(), i));
        let site = |i: usize| &ds.sites[order[i]];
        let points: Vec<(f64, f64)> = (0..order.len())
            .filter_map(|i| site(i).location.as_ref())
            .map(|l| proj.project(l.lat, l.lon))
            .collect();
        let widths: Vec<f64> = (0..order.len())
            .map(|i| label_width(site(i).name.get(lang), LABEL_PX))
            .collect();
        let components: Vec<bool> = (0..order.len())
            .map(|i| site(i).component.is_some())
            .collect();
        let world = world_for(w, h, &points);
        let view = View::full(&world);
        let upp = units_per_px(&view, &world, w);
        let window = view.view_box(&world);
        let markers = layout_markers(&MarkerRequest {
            points: &points,
            components: &components,
            widths_px: &widths,
            world: window,
            upp,
        });
        let names = layout_names(
            &markers,
            &NameRequest {
                window,
                upp,
                widths_px: &widths,
                components: &components,
                first: &[],
            },
        );
        Laid {
            order,
            markers,
            names,
            widths,
            upp,
            window,
        }
    }

    #[test]
    fn every_name_is_whole_inside_the_frame_and_off_markers_and_names() {
        let ds = data();
        for (vw, w, h) in FRAMES {
            for lang in [Lang::Vi, Lang::En] {
                let r = lay_out(&ds, w, h, lang);
                let (u, p) = (r.upp, &r.markers.placement);
                let (x, y, ww, hh) = r.window;
                let ctx = format!("{vw} px ({w}×{h}), {lang:?}");
                let name_of = |i: usize| ds.sites[r.order[i]].name.get(lang);
                // Drawn markers are a tap target apart; components are never in a group.
                let drawn = p.drawn_indices();
                for (k, &i) in drawn.iter().enumerate() {
                    for &j in &drawn[k + 1..] {
                        let (a, b) = (p.at[i], p.at[j]);
                        let d = ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt() / u;
                        assert!(d >= MARKER_GAP_PX - 1e-6, "{ctx}: {i} {j} {d} px apart");
                    }
                }
                let furniture = furniture_px(w, h);
                let mut boxes = Vec::new();
                for (i, l) in r.names.at.iter().enumerate() {
                    let Some(l) = l else { continue };
                    let name = name_of(i);
                    let b = l.label.bbox(r.widths[i] * u, LABEL_BOX_PX * u);
                    let px = [
                        (b[0] - x) / u,
                        (b[1] - y) / u,
                        (b[2] - x) / u,
                        (b[3] - y) / u,
                    ];
                    let inside = px[0] >= 0.0 && px[1] >= 0.0;
                    let inside = inside && px[2] <= ww / u + 1e-6 && px[3] <= hh / u + 1e-6;
                    assert!(inside, "{ctx}: {name} {px:?} outside the frame");
                    for f in &furniture {
                        assert!(!boxes_overlap(&px, f), "{ctx}: {name} over the furniture");
                    }
                    for &j in &drawn {
                        let (mx, my) = p.at[j];
                        let r = MARKER_BOX_PX * u;
                        let m = [mx - r, my - r, mx + r, my + r];
                        assert!(!boxes_overlap(&b, &m), "{ctx}: {name} over {}", name_of(j));
                    }
                    boxes.push((name, b));
                }
                for (k, (a, ba)) in boxes.iter().enumerate() {
                    for (b, bb) in &boxes[k + 1..] {
                        assert!(!boxes_overlap(ba, bb), "{ctx}: {a} over {b}");
                    }
                }
                for i in 0..r.order.len() {
                    let site = &ds.sites[r.order[i]];
                    if site.component.is_some() {
                        assert!(p.drawn(i) && p.size[i] == 1, "{ctx}: {} grouped", site.id);
                        assert!(r.names.at[i].is_some(), "{ctx}: {} has no name", site.id);
                    }
                    // A place drawn alone without a name is listed beside the map.
                    let alone = p.drawn(i) && p.size[i] == 1;
                    let listed = r.names.unnamed.contains(&i);
                    assert_eq!(
                        alone && r.names.at[i].is_none(),
                        listed,
                        "{ctx}: {}",
                        site.id
                    );
                }
            }
        }
    }

    #[test]
    fn the_layout_is_the_same_every_time() {
        let ds = data();
        let a = lay_out(&ds, 360.0, 546.0, Lang::Vi);
        let b = lay_out(&ds, 360.0, 546.0, Lang::Vi);
        assert_eq!(a.markers, b.markers);
        assert_eq!(a.names, b.names);
    }
}

//! The visit planner's logic over the real data: exact ordering against brute force, round and
//! one-way routes, day splits, the URL round trip, the Đồng Việt bridge note, suggestions, maps
//! links, GPX (also written for `tests/gpx_check.py`, which reads it back with gpxpy) and .ics.

use std::path::Path;
use yentu_explorer::domain::dataset::Dataset;
use yentu_explorer::domain::festival::ics_calendar_at;
use yentu_explorer::domain::gpx::{gpx, waypoint_name};
use yentu_explorer::domain::lunar::{SolarDate, VIETNAM_TZ};
use yentu_explorer::domain::model::{Lang, Site, SiteStatus};
use yentu_explorer::domain::plan::*;
use yentu_explorer::domain::urlenc::{decode_pairs, encode_pairs};
use yentu_explorer::domain::validate::load_dir;

fn data() -> Dataset {
    load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data"))
        .expect("the real data loads")
}

/// A small deterministic generator (xorshift64*), so that failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Every permutation of 1..n after the fixed start 0: the shortest length.
fn brute_force(d: &[Vec<f64>], round: bool) -> f64 {
    fn go(
        d: &[Vec<f64>],
        order: &mut Vec<usize>,
        left: &mut Vec<usize>,
        round: bool,
        best: &mut f64,
    ) {
        if left.is_empty() {
            *best = best.min(route_length(d, order, round));
            return;
        }
        for i in 0..left.len() {
            let k = left.remove(i);
            order.push(k);
            go(d, order, left, round, best);
            order.pop();
            left.insert(i, k);
        }
    }
    let mut best = f64::INFINITY;
    go(
        d,
        &mut vec![0],
        &mut (1..d.len()).collect(),
        round,
        &mut best,
    );
    best
}

fn is_permutation_from_zero(order: &[usize], n: usize) -> bool {
    let mut seen = order.to_vec();
    seen.sort_unstable();
    order.first() == Some(&0) && seen == (0..n).collect::<Vec<_>>()
}

fn points(sites: &[&Site]) -> Vec<(f64, f64)> {
    sites.iter().filter_map(|s| site_point(s)).collect()
}

#[test]
fn exact_order_equals_brute_force_on_random_sets_of_up_to_nine_sites() {
    let ds = data();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for trial in 0..120 {
        let n = 1 + rng.below(9);
        let mut pool: Vec<&Site> = ds.sites.iter().filter(|s| s.place().is_some()).collect();
        let mut chosen = Vec::new();
        for _ in 0..n {
            chosen.push(pool.remove(rng.below(pool.len())));
        }
        let d = matrix(&points(&chosen));
        for round in [false, true] {
            let (order, method) = shortest_order(&d, round);
            assert_eq!(method, Method::Exact);
            assert!(
                is_permutation_from_zero(&order, n),
                "trial {trial}: {order:?}"
            );
            let got = route_length(&d, &order, round);
            let want = brute_force(&d, round);
            assert!(
                (got - want).abs() < 1e-9,
                "trial {trial} n {n} round {round}: {got} vs {want}"
            );
        }
    }
}

#[test]
fn exact_order_equals_brute_force_on_random_points() {
    // The real sites share positions; random points have no ties.
    let mut rng = Rng(42);
    for _ in 0..60 {
        let n = 2 + rng.below(8);
        let pts: Vec<(f64, f64)> = (0..n)
            .map(|_| (20.9 + rng.unit() * 0.4, 106.0 + rng.unit() * 0.9))
            .collect();
        let d = matrix(&pts);
        for round in [false, true] {
            let (order, _) = shortest_order(&d, round);
            let got = route_length(&d, &order, round);
            assert!((got - brute_force(&d, round)).abs() < 1e-9);
        }
    }
}

#[test]
fn round_and_one_way_routes_differ_as_they_should() {
    let ds = data();
    let comps: Vec<&Site> = ds
        .sites
        .iter()
        .filter(|s| s.status == SiteStatus::Component)
        .collect();
    assert_eq!(comps.len(), 12);
    let d = matrix(&points(&comps));
    let (one_way, m1) = shortest_order(&d, false);
    let (round, m2) = shortest_order(&d, true);
    assert_eq!((m1, m2), (Method::Exact, Method::Exact));
    let l1 = route_length(&d, &one_way, false);
    let l2 = route_length(&d, &round, true);
    // A round trip is the one-way route plus a way back: never shorter.
    assert!(l2 >= l1, "{l2} < {l1}");
    // The given order (by component number) is never shorter than the best.
    let given: Vec<usize> = (0..12).collect();
    assert!(route_length(&d, &given, false) >= l1 - 1e-9);
    assert!(route_length(&d, &given, true) >= l2 - 1e-9);
    // Straight line over the property: tens of km, not hundreds.
    assert!(l1 > 50.0 && l1 < 250.0, "{l1}");
}

#[test]
fn more_than_twelve_stops_are_ordered_approximately() {
    let mut rng = Rng(7);
    let pts: Vec<(f64, f64)> = (0..20)
        .map(|_| (20.9 + rng.unit() * 0.4, 106.0 + rng.unit() * 0.9))
        .collect();
    let d = matrix(&pts);
    for round in [false, true] {
        let (order, method) = shortest_order(&d, round);
        assert_eq!(method, Method::Approximate);
        assert!(is_permutation_from_zero(&order, 20));
        let given: Vec<usize> = (0..20).collect();
        assert!(route_length(&d, &order, round) <= route_length(&d, &given, round));
    }
}

#[test]
fn url_round_trip() {
    let ds = data();
    let mut rng = Rng(99);
    for _ in 0..200 {
        let n = rng.below(14);
        // Places without a known position cannot be planned (tests/positions.rs).
        let mut pool: Vec<&Site> = ds.sites.iter().filter(|s| s.place().is_some()).collect();
        let stops: Vec<String> = (0..n.min(pool.len()))
            .map(|_| pool.remove(rng.below(pool.len())).id.clone())
            .collect();
        let mut breaks: Vec<usize> = (1..n).filter(|_| rng.below(3) == 0).collect();
        breaks.dedup();
        let plan = Plan {
            stops,
            round: rng.below(2) == 0,
            breaks,
            date: (rng.below(2) == 0)
                .then(|| SolarDate::new(2026, 1 + rng.below(12) as u8, 1 + rng.below(28) as u8))
                .flatten(),
        };
        let query = encode_pairs(&plan.to_pairs());
        let back = Plan::from_pairs(&decode_pairs(query.trim_start_matches('?')), Some(&ds));
        assert_eq!(back, plan, "{query}");
    }
}

#[test]
fn junk_in_the_url_is_dropped() {
    let ds = data();
    let pairs =
        decode_pairs("s=con-son,nowhere,con-son,<b>,kiep-bac&d=0,1,1,9,x&date=2026-02-30&r=yes");
    let plan = Plan::from_pairs(&pairs, Some(&ds));
    assert_eq!(plan.stops, vec!["con-son", "kiep-bac"]);
    assert_eq!(plan.breaks, vec![1]);
    assert_eq!(plan.date, None);
    assert!(!plan.round);
}

#[test]
fn editing_keeps_breaks_sensible() {
    let mut p = Plan {
        stops: ["a", "b", "c", "d"].map(String::from).to_vec(),
        breaks: vec![2],
        ..Plan::default()
    };
    p.move_stop(0, false);
    assert_eq!(p.stops, ["b", "a", "c", "d"]);
    p.move_stop(0, true); // nothing above the first
    assert_eq!(p.stops, ["b", "a", "c", "d"]);
    p.remove(0);
    assert_eq!(p.breaks, vec![1]);
    p.toggle_break(2);
    assert_eq!(p.breaks, vec![1, 2]);
    p.toggle("c");
    assert_eq!(p.stops, ["a", "d"]);
    assert_eq!(p.breaks, vec![1]);
}

#[test]
fn days_split_the_route_and_its_kilometres() {
    let ds = data();
    let ids = ["hoa-yen", "ngoa-van", "vinh-nghiem", "con-son", "kiep-bac"];
    for round in [false, true] {
        let plan = Plan {
            stops: ids.map(String::from).to_vec(),
            round,
            breaks: vec![2, 4],
            date: SolarDate::new(2026, 3, 30),
        };
        let sites = plan.sites(&ds);
        let days = days(&sites, &plan);
        assert_eq!(days.len(), 3);
        assert_eq!(days[0].stops.len(), 2);
        assert_eq!(days[1].stops.len(), 2);
        assert_eq!(days[2].stops.len(), 1);
        assert_eq!(days[2].date, SolarDate::new(2026, 4, 1));
        // Day 2 starts with the leg from day 1's last stop.
        assert_eq!(days[1].legs[0].from.id, "ngoa-van");
        let total: f64 = days.iter().map(|d| d.km()).sum();
        let all: f64 = legs(&sites, round).iter().map(|l| l.km).sum();
        assert!((total - all).abs() < 1e-9);
        assert_eq!(
            days.iter().map(|d| d.legs.len()).sum::<usize>(),
            legs(&sites, round).len()
        );
        // Every leg says how approximate it is: two positions of ±3 km.
        assert!(days[0]
            .legs
            .iter()
            .all(|l| (l.margin_km - 6.0).abs() < 1e-9));
    }
}

#[test]
fn vinh_nghiem_to_con_son_mentions_the_dong_viet_bridge() {
    let ds = data();
    let vn = ds.site("vinh-nghiem").unwrap();
    let cs = ds.site("con-son").unwrap();
    let l = &legs(&[vn, cs], false)[0];
    assert!(l.bridge);
    assert!(crosses_bridge(cs, ds.site("bo-da").unwrap()));
    assert!(!crosses_bridge(vn, ds.site("bo-da").unwrap()));
    assert!(!crosses_bridge(vn, ds.site("hoa-yen").unwrap()));
    let ms = bridge_milestones(&ds);
    let ids: Vec<&str> = ms.iter().map(|m| m.id.as_str()).collect();
    assert!(
        ids.contains(&"2022-06-dong-viet-bridge-work-begins"),
        "{ids:?}"
    );
    assert!(ids.contains(&"2025-07-dong-viet-bridge-opens"), "{ids:?}");
    assert!(ms.iter().all(|m| !m.sources.is_empty()));
    assert!(ms.iter().any(|m| m.uncertain));
}

#[test]
fn suggestions_come_from_the_data() {
    let ds = data();
    let sug = suggestions(&ds);
    let all = sug.iter().find(|s| s.id == "components").unwrap();
    assert_eq!(all.sites.len(), 12);
    assert_eq!(all.title(Lang::En), "All 12 components");
    assert_eq!(all.sites[0], "hoa-yen");
    let truc_lam = sug.iter().find(|s| s.id == "truc-lam").unwrap();
    assert!(truc_lam.built_from(Lang::Vi).contains("Pháp Loa"));
    assert!(truc_lam.built_from(Lang::En).contains("Huyền Quang"));
    for id in &truc_lam.sites {
        let linked = ds
            .people
            .iter()
            .any(|p| p.role.en.contains("Trúc Lâm") && p.sites.contains(id));
        assert!(linked, "{id}");
    }
    let victories = sug.iter().find(|s| s.id == "victories").unwrap();
    assert_eq!(victories.sites, vec!["bai-coc-yen-giang", "kiep-bac"]);
    for s in &sug {
        assert!(!s.built_from(Lang::Vi).is_empty() && !s.built_from(Lang::En).is_empty());
        assert!(s.sites.iter().all(|id| ds.site(id).is_some()));
    }
}

#[test]
fn maps_links_name_the_site_and_its_locality() {
    let ds = data();
    let cs = ds.site("con-son").unwrap();
    let kb = ds.site("kiep-bac").unwrap();
    let links = leg_links(cs, kb);
    let google = &links[0].url;
    assert!(google.starts_with("https://www.google.com/maps/dir/?api=1&origin="));
    assert!(
        google.contains("Ch%C3%B9a%20C%C3%B4n%20S%C6%A1n"),
        "{google}"
    ); // Chùa Côn Sơn
    assert!(google.contains("Ch%C3%AD%20Linh"), "{google}");
    assert!(!google.contains("21.14"), "no coordinates: {google}");
    assert!(links.iter().any(|l| l.url.starts_with("geo:0,0?q=")));
    assert!(place_links(cs).iter().all(|l| !l.url.contains("106.38")));
    let day = day_google_link(&[cs, kb, ds.site("thanh-mai").unwrap()]).unwrap();
    assert!(day.contains("&waypoints="));
}

#[test]
fn festivals_on_a_date() {
    let ds = data();
    let hoa_yen = ds.site("hoa-yen").unwrap();
    // The Yên Tử spring festival opens on the 10th of the first lunar month: 2026-02-26.
    let on = festivals_on(hoa_yen, SolarDate::new(2026, 2, 26).unwrap(), VIETNAM_TZ);
    assert!(on.iter().any(|f| f.id == "yen-tu-spring"), "{on:?}");
    let off = festivals_on(hoa_yen, SolarDate::new(2026, 8, 1).unwrap(), VIETNAM_TZ);
    assert!(off.is_empty());
}

/// Writes the GPX of all twelve components and the expected waypoints to `target/gpx-check/`,
/// where `tests/gpx_check.py` reads them back with gpxpy.
#[test]
fn gpx_holds_every_waypoint() {
    let ds = data();
    let sug = suggestions(&ds);
    let ids = &sug.iter().find(|s| s.id == "components").unwrap().sites;
    let sites: Vec<&Site> = ids.iter().filter_map(|id| ds.site(id)).collect();
    let text = gpx(
        &sites,
        "Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc <plan> & co",
    );
    assert!(text.contains("&lt;plan&gt; &amp; co"));
    assert_eq!(text.matches("<wpt ").count(), 12);
    assert_eq!(text.matches("<rtept ").count(), 12);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/gpx-check");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("plan.gpx"), &text).unwrap();
    let expect: Vec<String> = sites
        .iter()
        .map(|s| {
            format!(
                "{}\t{}\t{}",
                s.place().map_or(f64::NAN, |l| l.lat),
                s.place().map_or(f64::NAN, |l| l.lon),
                waypoint_name(s)
            )
        })
        .collect();
    std::fs::write(dir.join("plan.expect.tsv"), expect.join("\n") + "\n").unwrap();
}

#[test]
fn ics_has_one_event_per_day_with_folded_lines_and_right_dates() {
    let ds = data();
    let plan = Plan {
        stops: [
            "hoa-yen",
            "lan",
            "ngoa-van",
            "thai-mieu-nha-tran",
            "vinh-nghiem",
            "con-son",
            "kiep-bac",
        ]
        .map(String::from)
        .to_vec(),
        round: false,
        breaks: vec![4],
        date: SolarDate::new(2026, 12, 31),
    };
    let sites = plan.sites(&ds);
    let ds_days = days(&sites, &plan);
    let events = ics_events(
        &ds_days,
        &plan,
        Lang::Vi,
        "https://example.org/plan/?s=hoa-yen",
    );
    assert_eq!(events.len(), 2);
    let ics = ics_calendar_at(&events, SolarDate::new(2026, 12, 1).unwrap());
    assert!(ics.contains("DTSTART;VALUE=DATE:20261231\r\n"));
    assert!(ics.contains("DTEND;VALUE=DATE:20270101\r\n"));
    assert!(ics.contains("DTSTART;VALUE=DATE:20270101\r\n"));
    assert!(ics.contains("DTEND;VALUE=DATE:20270102\r\n"));
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 2);
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{line}");
    }
    assert!(!ics.replace("\r\n", "").contains('\n'));
    // Unfolded, the summary names the day's stops.
    let unfolded = ics.replace("\r\n ", "");
    assert!(unfolded
        .contains("SUMMARY:Ngày 1: Chùa Hoa Yên → Chùa Lân → Chùa Ngọa Vân → Thái Miếu nhà Trần"));
    // Without a date there is nothing to put in a calendar.
    let undated = Plan {
        date: None,
        ..plan.clone()
    };
    assert!(ics_events(&days(&sites, &undated), &undated, Lang::En, "x").is_empty());
}

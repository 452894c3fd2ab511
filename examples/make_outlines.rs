//! Converts the pre-2025 province GeoJSON into the compact `public/data/provinces.json`.
//!
//! Usage (from the crate root): `cargo run --example make_outlines [GEOJSON] [OUTPUT]`, with
//! defaults `../shared/geo/provinces-pre2025.geojson` and `public/data/provinces.json`.
//! Rings are simplified together (shared borders stay shared, tolerance 0.002°), rounded to
//! 4 decimals, and each province gets a slug id and the id of its post-2025 province.

use serde_json::Value;
use std::process::ExitCode;
use yentu_explorer::domain::geo::{
    current_borders, current_province_id, internal_borders, simplify_shared, Outlines,
    ProvinceShape,
};

/// Douglas–Peucker tolerance, degrees (≈ 200 m).
const TOLERANCE_DEG: f64 = 0.002;
/// Default input, relative to the crate root.
const DEFAULT_INPUT: &str = "../shared/geo/provinces-pre2025.geojson";
/// Default output, relative to the crate root.
const DEFAULT_OUTPUT: &str = "public/data/provinces.json";

/// Slug of each province by its HASC code.
const IDS: [(&str, &str); 10] = [
    ("VN.QN", "quang-ninh"),
    ("VN.BG", "bac-giang"),
    ("VN.BN", "bac-ninh"),
    ("VN.HD", "hai-duong"),
    ("VN.HP", "hai-phong"),
    ("VN.HI", "ha-noi"),
    ("VN.LS", "lang-son"),
    ("VN.TY", "thai-nguyen"),
    ("VN.HY", "hung-yen"),
    ("VN.TB", "thai-binh"),
];

/// A province read from the GeoJSON, before simplification.
struct RawProvince {
    id: String,
    name_vi: String,
    name_en: String,
    rings: Vec<Vec<[f64; 2]>>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let input = args.first().map(String::as_str).unwrap_or(DEFAULT_INPUT);
    let output = args.get(1).map(String::as_str).unwrap_or(DEFAULT_OUTPUT);
    match run(input, output) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("make_outlines: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(input: &str, output: &str) -> Result<(), String> {
    let text = std::fs::read_to_string(input).map_err(|e| format!("cannot read {input}: {e}"))?;
    let doc: Value =
        serde_json::from_str(&text).map_err(|e| format!("{input} is not valid JSON: {e}"))?;
    let features = doc
        .get("features")
        .and_then(Value::as_array)
        .ok_or_else(|| format!("{input}: no \"features\" array"))?;

    let mut raw = Vec::new();
    for (i, f) in features.iter().enumerate() {
        raw.push(read_feature(f).map_err(|e| format!("{input}: feature {i}: {e}"))?);
    }
    for (_, id) in IDS {
        if !raw.iter().any(|p| p.id == id) {
            return Err(format!("{input}: province {id} is missing"));
        }
    }

    let shapes: Vec<Vec<Vec<[f64; 2]>>> = raw.iter().map(|p| p.rings.clone()).collect();
    let before: usize = shapes.iter().flatten().map(Vec::len).sum();
    let simplified = simplify_shared(&shapes, TOLERANCE_DEG);
    let outlines = Outlines {
        provinces: raw
            .into_iter()
            .zip(simplified)
            .map(|(p, rings)| ProvinceShape {
                current_id: current_province_id(&p.id).to_string(),
                id: p.id,
                name_vi: p.name_vi,
                name_en: p.name_en,
                rings: rings
                    .into_iter()
                    .map(|r| r.into_iter().map(|[x, y]| [round4(x), round4(y)]).collect())
                    .collect(),
            })
            .collect(),
    };
    if let Some(p) = outlines.provinces.iter().find(|p| p.rings.is_empty()) {
        return Err(format!("province {} has no ring left", p.id));
    }
    let after: usize = outlines
        .provinces
        .iter()
        .flat_map(|p| &p.rings)
        .map(Vec::len)
        .sum();

    let json = serde_json::to_string(&outlines).map_err(|e| format!("cannot serialise: {e}"))?;
    std::fs::write(output, &json).map_err(|e| format!("cannot write {output}: {e}"))?;

    println!(
        "{output}: {} provinces, {before} → {after} points, {} bytes",
        outlines.provinces.len(),
        json.len()
    );
    let internal = internal_borders(&outlines);
    for (cid, edges) in current_borders(&outlines) {
        let shared = internal
            .iter()
            .find(|(c, _)| *c == cid)
            .map_or(0, |(_, e)| e.len());
        println!(
            "  {cid}: {} border edges, {shared} former internal edges",
            edges.len()
        );
    }
    Ok(())
}

/// Reads one GeoJSON feature (Polygon or MultiPolygon) into a province.
fn read_feature(f: &Value) -> Result<RawProvince, String> {
    let props = f.get("properties").ok_or("no properties")?;
    let prop = |name: &str| -> Result<String, String> {
        props
            .get(name)
            .and_then(Value::as_str)
            .map(str::to_string)
            .ok_or_else(|| format!("no string property {name:?}"))
    };
    let hasc = prop("hasc")?;
    let id = IDS
        .iter()
        .find(|(h, _)| *h == hasc)
        .map(|(_, id)| id.to_string())
        .ok_or_else(|| format!("unknown hasc {hasc:?}"))?;
    let status = prop("status_2025")?;
    let merged = current_province_id(&id) != id;
    if merged != status.starts_with("merged into") {
        return Err(format!(
            "{id}: status_2025 {status:?} disagrees with the merger table"
        ));
    }
    let geometry = f.get("geometry").ok_or("no geometry")?;
    let kind = geometry.get("type").and_then(Value::as_str).unwrap_or("");
    let coords = geometry.get("coordinates").ok_or("no coordinates")?;
    let polygons: Vec<&Value> = match kind {
        "Polygon" => vec![coords],
        "MultiPolygon" => coords
            .as_array()
            .ok_or("MultiPolygon is not an array")?
            .iter()
            .collect(),
        other => return Err(format!("unsupported geometry type {other:?}")),
    };
    let mut rings = Vec::new();
    for poly in polygons {
        for ring in poly.as_array().ok_or("polygon is not an array")? {
            rings.push(read_ring(ring)?);
        }
    }
    Ok(RawProvince {
        id,
        name_vi: prop("name_vi")?,
        name_en: prop("name_en")?,
        rings,
    })
}

/// Reads a ring of `[lon, lat]` positions, checking that they are plausible coordinates.
fn read_ring(ring: &Value) -> Result<Vec<[f64; 2]>, String> {
    let positions = ring.as_array().ok_or("ring is not an array")?;
    positions
        .iter()
        .map(|pos| {
            let lon = pos.get(0).and_then(Value::as_f64);
            let lat = pos.get(1).and_then(Value::as_f64);
            match (lon, lat) {
                (Some(lon), Some(lat))
                    if (-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat) =>
                {
                    Ok([lon, lat])
                }
                _ => Err(format!("bad position {pos}")),
            }
        })
        .collect()
}

/// Rounds to 4 decimals (≈ 11 m).
fn round4(v: f64) -> f64 {
    (v * 1e4).round() / 1e4
}

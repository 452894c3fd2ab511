#!/usr/bin/env python3
"""Reads the Data page's downloads back with independent readers.

Usage: tests/downloads_check.py DIST   (a built site folder: dist, dist-sub, /tmp/dist-x)

The files under DIST/data/downloads/ were written by the build tool (src/bin/build_site/
downloads.rs, from src/domain/export.rs); this script checks them against the data the site
serves (DIST/data/*.json) with readers that share no code with the writer:
- sites.csv and timeline.csv: Python's csv module (BOM, one row per site or milestone, every
  column present, Vietnamese intact);
- sites.geojson: geojson-validator (PyPI) for the structure and the geometries, then the
  features (lon/lat order, null geometry for places without a position);
- sites.gpx: gpxpy (one waypoint per site with a position);
- festivals.ics: icalendar (one event per festival occurrence in the 12 months from the build
  date, and the Yên Tử spring festival opening on 2027-02-15).
Exits non-zero with a message on the first failure.
"""
import csv
import datetime
import io
import json
import os
import sys

import geojson_validator
import gpxpy
import icalendar
import loguru

SITE_COLUMNS = [
    "id", "component_number", "name_vi", "name_en", "summary_vi", "summary_en", "status",
    "status_vi", "status_en", "part", "part_vi", "part_en", "kind", "kind_vi", "kind_en",
    "eras_vi", "eras_en", "eras_uncertain", "province_now", "province_before_2025",
    "locality_vi", "locality_en", "latitude", "longitude", "precision_m",
    "position_approximate", "shares_position_of", "within", "sources", "url_vi", "url_en",
]
TIMELINE_COLUMNS = [
    "id", "date", "precision", "end_date", "phase", "phase_vi", "phase_en", "status",
    "status_vi", "status_en", "title_vi", "title_en", "text_vi", "text_en", "uncertain",
    "note_vi", "note_en", "sites", "sources",
]


def fail(msg):
    print(f"downloads_check: FAIL: {msg}", file=sys.stderr)
    sys.exit(1)


def check(cond, msg):
    if not cond:
        fail(msg)


def read_csv(path, columns):
    raw = open(path, "rb").read()
    check(raw.startswith(b"\xef\xbb\xbf"), f"{path}: no UTF-8 byte-order mark")
    check(b"\r\n" in raw, f"{path}: records do not end in CRLF")
    text = raw.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    with open(path, encoding="utf-8-sig", newline="") as f:
        header = next(csv.reader(f))
    check(header == columns, f"{path}: columns {header}")
    for i, row in enumerate(rows):
        check(None not in row and all(v is not None for v in row.values()),
              f"{path}: row {i + 2} does not have {len(columns)} fields")
    return rows


def check_sites_csv(dist, sites):
    rows = read_csv(os.path.join(dist, "data/downloads/sites.csv"), SITE_COLUMNS)
    check(len(rows) == len(sites), f"sites.csv: {len(rows)} rows for {len(sites)} sites")
    by_id = {r["id"]: r for r in rows}
    for s in sites:
        r = by_id.get(s["id"])
        check(r is not None, f"sites.csv: no row for {s['id']}")
        check(r["name_vi"] == s["name"]["vi"] and r["name_en"] == s["name"]["en"],
              f"sites.csv: names of {s['id']}")
        check(r["summary_vi"] == s["summary"]["vi"], f"sites.csv: summary of {s['id']}")
        loc = s.get("location")
        if loc:
            check(float(r["latitude"]) == loc["lat"] and float(r["longitude"]) == loc["lon"],
                  f"sites.csv: coordinates of {s['id']}")
            check(int(r["precision_m"]) == loc["precision_m"], f"sites.csv: precision of {s['id']}")
        else:
            check(r["latitude"] == "" and r["precision_m"] == "",
                  f"sites.csv: {s['id']} has no position but coordinates")
        check(r["url_en"].endswith(f"/en/site/{s['id']}/"), f"sites.csv: url_en of {s['id']}")
    con_son = by_id.get("con-son", {})
    check("Côn Sơn" in con_son.get("name_vi", ""), "sites.csv: Côn Sơn lost its diacritics")
    check(any(r["province_before_2025"] == "Hải Dương" for r in rows),
          "sites.csv: no province before 2025 reads Hải Dương")
    return len(rows)


def check_geojson(dist, sites):
    path = os.path.join(dist, "data/downloads/sites.geojson")
    data = json.load(open(path, encoding="utf-8"))
    problems = geojson_validator.validate_structure(data, check_crs=True)
    check(not problems, f"sites.geojson: structure: {problems}")
    geoms = geojson_validator.validate_geometries(data)
    check(not geoms.get("invalid") and not geoms.get("problematic"),
          f"sites.geojson: geometries: {geoms}")
    features = data["features"]
    check(data["type"] == "FeatureCollection", "sites.geojson: not a FeatureCollection")
    check(len(features) == len(sites), f"sites.geojson: {len(features)} features")
    by_id = {f["id"]: f for f in features}
    for s in sites:
        f = by_id.get(s["id"])
        check(f is not None, f"sites.geojson: no feature for {s['id']}")
        loc = s.get("location")
        if loc:
            check(f["geometry"]["coordinates"] == [loc["lon"], loc["lat"]],
                  f"sites.geojson: {s['id']} not in lon, lat order")
            p = f["properties"]
            check(p["precision_m"] == loc["precision_m"]
                  and p["position_approximate"] == loc["approximate"],
                  f"sites.geojson: precision of {s['id']}")
        else:
            check(f["geometry"] is None, f"sites.geojson: {s['id']} has no position but a geometry")
    return len(features)


def check_gpx(dist, sites):
    path = os.path.join(dist, "data/downloads/sites.gpx")
    gpx = gpxpy.parse(open(path, encoding="utf-8"))
    placed = [s for s in sites if s.get("location")]
    check(len(gpx.waypoints) == len(placed),
          f"sites.gpx: {len(gpx.waypoints)} waypoints for {len(placed)} placed sites")
    for w, s in zip(gpx.waypoints, placed):
        check(abs(w.latitude - s["location"]["lat"]) < 1e-6, f"sites.gpx: latitude of {s['id']}")
        check(s["name"]["vi"] in w.name, f"sites.gpx: name of {s['id']}: {w.name}")
        check("±" in (w.description or ""), f"sites.gpx: no precision for {s['id']}")
    return len(gpx.waypoints)


def check_ics(dist, sites):
    path = os.path.join(dist, "data/downloads/festivals.ics")
    raw = open(path, "rb").read()
    for line in raw.split(b"\r\n"):
        check(len(line) <= 75, f"festivals.ics: line longer than 75 octets: {line[:40]!r}")
    cal = icalendar.Calendar.from_ical(raw)
    events = list(cal.walk("VEVENT"))
    stamps = {e.decoded("DTSTAMP").date() for e in events}
    check(len(stamps) == 1, f"festivals.ics: DTSTAMPs {stamps}")
    built = stamps.pop()
    until = built + datetime.timedelta(days=365)
    festivals = [f for s in sites for f in s.get("festivals", [])]
    seen = set()
    for e in events:
        start, end = e.decoded("DTSTART"), e.decoded("DTEND")
        check(end > built and start < until, f"festivals.ics: {e['UID']} outside the 12 months")
        # UID: <festival id>-<lunar year>@yentu-explorer
        seen.add(str(e["UID"]).split("@")[0].rsplit("-", 1)[0])
    check(seen == {f["id"] for f in festivals},
          f"festivals.ics: festivals {sorted(seen)} vs the data's")
    yen_tu = [e for e in events if str(e["UID"]) == "yen-tu-spring-2027@yentu-explorer"]
    if built <= datetime.date(2027, 2, 15):
        check(yen_tu and yen_tu[0].decoded("DTSTART") == datetime.date(2027, 2, 15),
              "festivals.ics: the Yên Tử spring festival does not open on 2027-02-15")
        check("Yên Tử" in str(yen_tu[0]["SUMMARY"]), "festivals.ics: Yên Tử lost its diacritics")
    return len(events), built


def check_timeline(dist):
    timeline = json.load(open(os.path.join(dist, "data/timeline.json"), encoding="utf-8"))
    rows = read_csv(os.path.join(dist, "data/downloads/timeline.csv"), TIMELINE_COLUMNS)
    check(len(rows) == len(timeline), f"timeline.csv: {len(rows)} rows for {len(timeline)}")
    for r, m in zip(rows, timeline):
        check(r["id"] == m["id"] and r["date"] == m["date"] and r["precision"] == m["precision"],
              f"timeline.csv: {m['id']}")
        check((r["uncertain"] == "⚠") == bool(m.get("uncertain")), f"timeline.csv: ⚠ of {m['id']}")
    return len(rows)


def main():
    if len(sys.argv) != 2:
        print("usage: downloads_check.py DIST", file=sys.stderr)
        return 2
    dist = sys.argv[1]
    # geojson-validator logs each step (with loguru); its results are checked here.
    loguru.logger.disable("geojson_validator")
    sites = json.load(open(os.path.join(dist, "data/sites.json"), encoding="utf-8"))
    n_csv = check_sites_csv(dist, sites)
    n_geo = check_geojson(dist, sites)
    n_gpx = check_gpx(dist, sites)
    n_ics, built = check_ics(dist, sites)
    n_tl = check_timeline(dist)
    print(f"downloads_check {dist}: sites.csv {n_csv} rows, sites.geojson {n_geo} features, "
          f"sites.gpx {n_gpx} waypoints, festivals.ics {n_ics} events from {built}, "
          f"timeline.csv {n_tl} rows: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

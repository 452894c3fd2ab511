#!/usr/bin/env python3
"""Reads the planner's GPX back with an independent parser (gpxpy, from PyPI).

`cargo test --test plan` writes target/gpx-check/plan.gpx (all twelve components) and
plan.expect.tsv (lat, lon, name per stop); this script parses the GPX with gpxpy and checks that
every waypoint and route point is there, in order, with its name and position, and that each
waypoint's description states the position's precision. Run after `cargo test` (scripts/test.sh
does); it runs that one test itself when the files are missing.
"""
import math
import os
import subprocess
import sys

import gpxpy

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIR = os.path.join(ROOT, "target", "gpx-check")
GPX = os.path.join(DIR, "plan.gpx")
EXPECT = os.path.join(DIR, "plan.expect.tsv")


def main() -> int:
    if not (os.path.exists(GPX) and os.path.exists(EXPECT)):
        subprocess.run(
            ["cargo", "test", "--quiet", "--test", "plan", "gpx_holds_every_waypoint"],
            cwd=ROOT,
            check=True,
        )
    with open(EXPECT, encoding="utf-8") as f:
        expected = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    with open(GPX, encoding="utf-8") as f:
        doc = gpxpy.parse(f)
    failures = []
    if len(doc.waypoints) != len(expected):
        failures.append(f"{len(doc.waypoints)} waypoints, expected {len(expected)}")
    if len(doc.routes) != 1 or len(doc.routes[0].points) != len(expected):
        failures.append("expected one route with a point per stop")
    points = doc.routes[0].points if doc.routes else []
    for i, (lat, lon, name) in enumerate(expected):
        for kind, seq in (("waypoint", doc.waypoints), ("route point", points)):
            if i >= len(seq):
                failures.append(f"{kind} {i + 1} ({name}) missing")
                continue
            p = seq[i]
            if p.name != name:
                failures.append(f"{kind} {i + 1}: name {p.name!r}, expected {name!r}")
            if not (math.isclose(p.latitude, float(lat), abs_tol=1e-6) and math.isclose(p.longitude, float(lon), abs_tol=1e-6)):
                failures.append(f"{kind} {i + 1} ({name}): at {p.latitude},{p.longitude}, expected {lat},{lon}")
            if not p.description or "±" not in p.description or "km" not in p.description:
                failures.append(f"{kind} {i + 1} ({name}): no precision in the description")
    if failures:
        print("gpx_check: FAILED", file=sys.stderr)
        for msg in failures:
            print("  " + msg, file=sys.stderr)
        return 1
    print(f"gpx_check: gpxpy {gpxpy.__version__} read {len(doc.waypoints)} waypoints and {len(points)} route points, names, positions and precision as written")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Prepares the benchmark's variants of a built dist/:

- <out>/real:   dist/ as built, plus floor.html, a plain static HTML page of the same first
                screen (the 12 component cards), the floor to compare the app's load against;
- <out>/synth:  dist/ with data/sites.json (and its lite copy, data/sites-lite.json) replaced by
                N synthetic sites (default 5,000) made by varying the real ones (ids, names and
                coordinates), for the scaling timings.
"""
import copy
import html
import json
import os
import random
import shutil
import sys


def vary(site, i, lat, lon):
    """The i-th synthetic site: a copy of a real one with its own id, name and point."""
    base = copy.deepcopy(site)
    base["id"] = f"{base['id']}-{i}"
    if i >= 12:
        base.pop("component", None)
        base["status"] = "associated"
    base["name"]["vi"] = f"{base['name']['vi']} {i}"
    base["name"]["en"] = f"{base['name']['en']} {i}"
    # Every synthetic place gets a point of its own, also copies of places that have none
    # in the real data (no "within").
    base.pop("within", None)
    base.setdefault("location", {"precision_m": 3000, "approximate": True,
                                 "note": {"vi": "Ước tính.", "en": "Estimate."}})
    base["location"]["lat"] = lat
    base["location"]["lon"] = lon
    for fest in base.get("festivals", []):
        fest["id"] = f"{fest['id']}-{i}"
    return base


def main():
    dist, out = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 5000
    real, synth = os.path.join(out, "real"), os.path.join(out, "synth")
    for d in (real, synth):
        shutil.rmtree(d, ignore_errors=True)
        shutil.copytree(dist, d)
    with open(os.path.join(dist, "data", "sites.json"), encoding="utf-8") as f:
        sites = json.load(f)
    with open(os.path.join(dist, "data", "property.json"), encoding="utf-8") as f:
        prop = json.load(f)

    # The floor: the same first screen as static HTML with the same stylesheet.
    css = [x for x in os.listdir(dist) if x.endswith(".css")]
    provinces = {p["id"]: p["name"]["vi"] for p in prop["provinces"]}
    cards = []
    for s in sorted((s for s in sites if s.get("component")), key=lambda s: s["component"]):
        cards.append(
            '<li><article class="site-card part-{part}"><p class="card-badges"><span class="badge status">'
            "Hợp phần {n}</span></p><h3 class=\"card-title\"><a href=\"site/{id}\">{name}</a></h3>"
            '<p class="card-meta">{prov}</p><p class="card-summary">{summary}</p></article></li>'.format(
                part=s["part"], n=s["component"], id=s["id"], name=html.escape(s["name"]["vi"]),
                prov=html.escape(provinces.get(s["province_now"], "")), summary=html.escape(s["summary"]["vi"]),
            )
        )
    links = "".join(f'<link rel="stylesheet" href="{c}">' for c in css)
    floor = (
        '<!doctype html><html lang="vi"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>Floor</title>{links}<body><header class=\"site-header\"><span class=\"brand-name\">"
        "Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc</span></header><main><h1>"
        + html.escape(prop["name"]["vi"])
        + '</h1><ul class="card-grid">'
        + "".join(cards)
        + "</ul></main></body></html>"
    )
    with open(os.path.join(real, "floor.html"), "w", encoding="utf-8") as f:
        f.write(floor)

    # The floor of a deep-linked site page: the page as the build wrote it, without its scripts
    # (the app), in each language.
    import re
    for lang, path in (("vi", "site/con-son/index.html"), ("en", "en/site/con-son/index.html")):
        with open(os.path.join(dist, path), encoding="utf-8") as f:
            page = f.read()
        page = re.sub(r"<script\b[^>]*>.*?</script>", "", page, flags=re.S)
        with open(os.path.join(real, f"site-floor-{lang}.html"), "w", encoding="utf-8") as f:
            f.write(page)

    # The same variations of the lite copy the build tool wrote (src/bin/build_site/lite.rs),
    # which the map reads.
    with open(os.path.join(dist, "data", "sites-lite.json"), encoding="utf-8") as f:
        lite = json.load(f)
    rng = random.Random(1732)
    out_sites, out_lite = [], []
    for i in range(n):
        lat, lon = round(20.85 + rng.random() * 0.6, 4), round(105.95 + rng.random() * 1.1, 4)
        for source, out in ((sites, out_sites), (lite, out_lite)):
            out.append(vary(source[i % len(source)], i, lat, lon))
    for name, data in (("sites.json", out_sites), ("sites-lite.json", out_lite)):
        with open(os.path.join(synth, "data", name), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False)
    print(f"fixtures: {real} (+ floor.html), {synth} ({n} sites)")


if __name__ == "__main__":
    main()

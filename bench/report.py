#!/usr/bin/env python3
"""Turns the benchmark's JSON results into BENCHMARKS.md."""
import json
import os
import platform
import subprocess
import sys
from datetime import datetime, timezone

work, runs = sys.argv[1], sys.argv[2]
sizes = json.load(open(os.path.join(work, "sizes.json")))
t = json.load(open(os.path.join(work, "timings.json")))


def kb(n):
    return f"{n / 1024:.1f} KB"


def chromium_version():
    try:
        return subprocess.run(["chromium", "--version"], capture_output=True, text=True).stdout.strip()
    except OSError:
        return "?"


def check(ok):
    return "✅" if ok else "❌"


wasm_js = sizes["wasm"]["gzip9"] + sizes["js"]["gzip9"]
files = sizes.get("files", {})
code = t.get("code", {})


def landing(name):
    """(raw, gzip) of the code a visitor downloads when landing on a page."""
    got = [files[f] for f in code.get(name, []) if f in files]
    return sum(g["raw"] for g in got), sum(g["gzip9"] for g in got), len(got)


first_download = landing("overview")[1] if "overview" in code else wasm_js
floor = t["floor_first_card"]["median"]
first = t["real_first_card"]["median"]
lines = []
lines.append("# Benchmarks\n")
lines.append(
    f"Produced by `scripts/bench.sh {runs}` on {datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}, "
    f"{platform.machine()}, {os.cpu_count()} cores, {chromium_version()} headless. Timings are medians of "
    f"{runs} fresh page loads (keystrokes: medians over every key typed). The site is served by "
    "`scripts/static_server.py` on loopback with gzip; no network throttling, so load times measure "
    "parsing, compiling and rendering, not transfer.\n"
)
lines.append("## Sizes\n")
lines.append("| asset | raw | gzip -9 |\n|---|---:|---:|")
for k in ["wasm", "js", "css", "data"] + sorted(x for x in sizes if x.startswith("data/")):
    lines.append(f"| {k} | {kb(sizes[k]['raw'])} | {kb(sizes[k]['gzip9'])} |")
lines.append(
    "\nThe release build splits the app: the main module holds the shell and the data loading; "
    "each page's code (the overview's too) is fetched the first time it is opened (src/lazy.rs), "
    "the landing page's in one bundle requested together with the main module. Code downloaded "
    "when landing on each page (the .wasm and .js files the browser requested until the page was "
    "drawn, gzip -9):\n"
)
lines.append("| landing page | files | raw | gzip -9 | budget 250 KB |\n|---|---:|---:|---:|---:|")
for name in code:
    raw, gz, n = landing(name)
    lines.append(f"| {name} | {n} | {kb(raw)} | {kb(gz)} | {gz / (250 * 1024):.0%} {check(gz <= 250 * 1024)} |")
lines.append(
    f"\nFirst download, landing on the overview (wasm + js, gzip -9): **{kb(first_download)}** (target ≤ 180 KB: "
    f"{check(first_download <= 180 * 1024)}; {first_download / (180 * 1024):.0%} of it). "
    f"All code, every chunk included once (the bundles repeat chunks and are not counted): {kb(wasm_js)}.\n"
)
lines.append("## Timings (median, ms)\n")
lines.append("| measure | real data (23 sites) | 5,000 synthetic sites |\n|---|---:|---:|")
lines.append(f"| static HTML floor: navigation → first card | {floor:.0f} | |")
lines.append(f"| overview: navigation → first card (the page as the build wrote it) | {first:.0f} | |")
lines.append(f"| overview: navigation → the app has taken over (first card drawn by the app) | {t['real_app_card']['median']:.0f} | |")
lines.append(
    f"| catalogue: navigation → first card drawn by the app | {t['real_catalogue_first_card']['median']:.0f} | {t['synth_catalogue_first_card']['median']:.0f} |"
)
lines.append(f"| map: navigation → first marker drawn | {t['real_map']['median']:.0f} | {t['synth_map']['median']:.0f} |")
lines.append(
    f"| search: keystroke → updated list | {t['real_keystroke']['median']:.1f} (p90 {t['real_keystroke']['p90']:.1f}, n={t['real_keystroke']['samples']}) "
    f"| {t['synth_keystroke']['median']:.1f} (p90 {t['synth_keystroke']['p90']:.1f}, n={t['synth_keystroke']['samples']}) |"
)
site = t.get("site", {})
if site:
    lines.append(
        "\nA deep-linked site page (`/site/con-son/`, `/en/site/con-son/`) against a static copy of the "
        "same page without its scripts (the floor); the `<h1>` times are medians of "
        f"{next(iter(site.values()))['h1']['runs']} loads of each, the page and its floor alternately:\n"
    )
    lines.append("| language | its `<h1>` in the DOM | floor | ratio | first contentful paint | floor | largest contentful paint | floor |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|")
    for lang, v in site.items():
        r = v["h1"]["median"] / v["floor_h1"]["median"] if v["floor_h1"]["median"] else float("inf")
        lines.append(
            f"| {lang} | {v['h1']['median']:.0f} | {v['floor_h1']['median']:.0f} | {r:.2f}× {check(r <= 1.2)} "
            f"| {v['paint']['fcp']:.0f} | {v['floor_paint']['fcp']:.0f} | {v['paint']['lcp']:.0f} | {v['floor_paint']['lcp']:.0f} |"
        )
ratio = first / floor if floor else float("inf")
lines.append("\nTargets:\n")
app_ratio = t["real_app_card"]["median"] / floor if floor else float("inf")
lines.append(
    f"- first card ≤ 2× the static floor: {ratio:.2f}× {check(ratio <= 2)} "
    f"(the app's own first card: {app_ratio:.2f}× the floor)"
)
lines.append(f"- keystroke → list ≤ 16 ms with the real data: {check(t['real_keystroke']['median'] <= 16)}")
lines.append(f"- keystroke → list ≤ 50 ms with 5,000 sites: {check(t['synth_keystroke']['median'] <= 50)}\n")
# The offline copy (bench/offline_bench.js): what sw.js caches, and how long a first visit takes
# until the footer says the copy is complete.
offline_path = os.path.join(work, "offline.json")
if os.path.exists(offline_path):
    o = json.load(open(offline_path))
    lines.append("## Offline copy\n")
    lines.append(
        "Every file the service worker keeps (sw.js's list: every page in both languages, the code with every "
        "chunk and bundle, styles, data, manifest and icons; not the share images). \"As transferred\" is gzip -6, "
        "as scripts/static_server.py sends it (PNG as is).\n"
    )
    lines.append("| files | raw | as transferred (gzip -6) | first visit → offline copy complete (median) |\n|---:|---:|---:|---:|")
    lines.append(f"| {o['files']} | {kb(o['raw'])} | {kb(o['gzip'])} | {o['medianCompleteMs']:.0f} ms |\n")
    if "weak" in o:
        w = o["weak"]
        lines.append(
            f"A returning visit on a weak signal, once the copy is complete: every answer from the network "
            f"{w['delayMs'] / 1000:.0f} s late (the service worker's own fetches too), navigation → the app ready: "
            + ", ".join(f"`/{p}` {ms} ms" for p, ms in zip(w["pages"], w["readyMs"]))
            + ".\n"
        )
lines.append("## Lighthouse 12, mobile preset (median of 3 runs)\n")
lines.append("| page | performance | accessibility | best practices | SEO | LCP | CLS | TBT |\n|---|---:|---:|---:|---:|---:|---:|---:|")
for name, stem in [("overview `/`", "lh-home"), ("catalogue `/en/sites/`", "lh-sites"), ("site page `/site/con-son/`", "lh-site"), ("map `/map/`", "lh-map")]:
    runs_lh = []
    for i in (1, 2, 3):
        p = os.path.join(work, f"{stem}-{i}.json")
        if os.path.exists(p):
            runs_lh.append(json.load(open(p)))
    if not runs_lh:
        lines.append(f"| {name} | – | – | – | – | – | – | – |")
        continue

    def med(vals):
        vals = sorted(vals)
        return vals[len(vals) // 2]

    sc = lambda k: med([round((r["categories"].get(k, {}).get("score") or 0) * 100) for r in runs_lh])
    au = lambda k: med([r["audits"][k].get("numericValue", 0) for r in runs_lh])
    lines.append(
        f"| {name} | {sc('performance')} | {sc('accessibility')} | {sc('best-practices')} | {sc('seo')} "
        f"| {au('largest-contentful-paint') / 1000:.1f} s | {au('cumulative-layout-shift'):.3f} | {au('total-blocking-time'):.0f} ms |"
    )
lines.append("\nTargets: accessibility 100, performance ≥ 95, best practices 100, SEO 100.")
# The hand-kept record of what each size choice cost (bench/decisions.md) closes the report.
decisions = os.path.join(os.path.dirname(os.path.abspath(__file__)), "decisions.md")
if os.path.exists(decisions):
    lines.append("")
    lines.append(open(decisions, encoding="utf-8").read().rstrip())
print("\n".join(lines))

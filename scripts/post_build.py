#!/usr/bin/env python3
"""trunk post-build hook: adds the Content-Security-Policy and writes 404.html.

- CSP: scripts only from the site itself plus the one inline module script trunk writes to start
  the app (allowed by its SHA-256 hash, computed here from the built page), and
  'wasm-unsafe-eval', which WebAssembly compilation needs. No 'unsafe-eval', no inline styles.
- The loading screen's summary: property.json's Vietnamese summary, the same text the overview
  shows first, so that the first paint already holds the page's main text.
- The loading screen's list of the 12 component parts, as plain static cards drawn from
  sites.json (the same markup as the overview's cards): a visitor on a weak signal, or without
  JavaScript, sees the sites at once; the app replaces them when it starts.
- 404.html: a copy of index.html, so that hosts without rewrite rules (which answer unknown
  paths with 404.html) open deep links such as /site/con-son directly.
"""
import base64
import hashlib
import html as htmllib
import json
import os
import re
import sys

POLICY = (
    "default-src 'self'; "
    "script-src 'self' 'wasm-unsafe-eval' {hashes}; "
    "style-src 'self'; "
    "img-src 'self' data:; "
    "font-src 'self'; "
    "connect-src 'self'; "
    "object-src 'none'; "
    "base-uri 'self'; "
    "form-action 'self'"
)


PARTS_VI = {"founding": "Khởi nguồn", "dissemination": "Truyền bá", "revival": "Phục hưng"}
PARTS_EN = {"founding": "Founding", "dissemination": "Dissemination", "revival": "Revival"}


def boot_cards() -> str:
    """The 12 component parts as static cards (Vietnamese, like the page before the app runs)."""
    esc = htmllib.escape
    with open(os.path.join("public", "data", "sites.json"), encoding="utf-8") as f:
        sites = json.load(f)
    with open(os.path.join("public", "data", "property.json"), encoding="utf-8") as f:
        provinces = {p["id"]: p["name"] for p in json.load(f)["provinces"]}
    cards = []
    for s in sorted((s for s in sites if s.get("component")), key=lambda s: s["component"]):
        now = provinces.get(s["province_now"], {"vi": "", "en": ""})
        before = provinces.get(s["province_before"], {"vi": "", "en": ""})
        where_vi = now["vi"] if now == before else f"{now['vi']} (trước 2025: {before['vi']})"
        where_en = now["en"] if now == before else f"{now['en']} (before 2025: {before['en']})"
        part, n = s["part"], int(s["component"])
        # data-en holds the English text; boot.js swaps it in for English visitors.
        cards.append(
            f'<li><article class="site-card part-{esc(part)}"><p class="card-badges">'
            f'<span class="badge status" data-en="Component {n}">Hợp phần {n}</span>'
            f'<span class="badge part part-{esc(part)}" data-en="{esc(PARTS_EN.get(part, part))}">'
            f"{esc(PARTS_VI.get(part, part))}</span></p>"
            f'<h3 class="card-title"><a href="site/{esc(s["id"])}" data-en="{esc(s["name"]["en"])}">'
            f'{esc(s["name"]["vi"])}</a></h3>'
            f'<p class="card-meta"><span class="province" data-en="{esc(where_en)}">{esc(where_vi)}</span></p>'
            f'<p class="card-summary" data-en="{esc(s["summary"]["en"])}">{esc(s["summary"]["vi"])}</p>'
            "</article></li>"
        )
    return (
        '<section class="components" aria-labelledby="boot-components-title">'
        '<h2 id="boot-components-title" data-en="The 12 component parts">12 hợp phần di sản</h2>'
        f'<ul class="card-grid">{"".join(cards)}</ul></section>'
    )


def main() -> int:
    stage = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "")
    index = os.path.join(stage, "index.html")
    try:
        with open(index, encoding="utf-8") as f:
            html = f.read()
    except OSError as e:
        print(f"post_build: cannot read {index}: {e}", file=sys.stderr)
        return 1
    try:
        with open(os.path.join("public", "data", "property.json"), encoding="utf-8") as f:
            summary = json.load(f)["summary"]
        html = re.sub(
            r"(<p[^>]*id=\"?boot-summary\"?)([^>]*>)(.*?)(</p>)",
            lambda m: m.group(1)
            + ' data-en="'
            + htmllib.escape(summary["en"])
            + '"'
            + m.group(2)
            + htmllib.escape(summary["vi"])
            + m.group(4),
            html,
            count=1,
            flags=re.S,
        )
    except (OSError, KeyError, ValueError) as e:
        print(f"post_build: boot summary left as written ({e})", file=sys.stderr)
    try:
        html = html.replace("<div id=boot-components></div>", boot_cards(), 1).replace(
            '<div id="boot-components"></div>', boot_cards(), 1
        )
    except (OSError, KeyError, ValueError) as e:
        print(f"post_build: no static component cards ({e})", file=sys.stderr)
    inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"
        for body in inline
    )
    meta = '<meta http-equiv="Content-Security-Policy" content="' + POLICY.format(hashes=hashes) + '">'
    html, n = re.subn(r"(<meta charset=[^>]*>)", r"\1" + meta.replace("\\", "\\\\"), html, count=1)
    if n != 1:
        print("post_build: no <meta charset> to place the CSP after", file=sys.stderr)
        return 1
    for name in ("index.html", "404.html"):
        with open(os.path.join(stage, name), "w", encoding="utf-8") as f:
            f.write(html)
    print(f"post_build: CSP with {len(inline)} inline script hash(es); 404.html written")
    return 0


if __name__ == "__main__":
    sys.exit(main())

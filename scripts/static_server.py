#!/usr/bin/env python3
"""A plain static file server over a folder, as a static host serves it.

- Serves files only; never rewrites a path to index.html.
- Like GitHub Pages or Netlify, answers a missing path with the folder's 404.html (status 404).
- `--prefix /yentu/` mounts the folder under a sub-path, as a host serving the site from one.
- `--rewrite` answers missing paths with index.html and status 200 instead, as a host with
  rewrite rules does (tools such as Lighthouse refuse a page that comes with status 404).
- `.wasm` is sent as application/wasm.
- Compresses text and WebAssembly with gzip when the browser accepts it (as most static hosts do);
  `--no-gzip` turns that off.
"""
import argparse
import functools
import gzip
import http.server
import os
import posixpath
import sys
import urllib.parse


COMPRESSIBLE = (".wasm", ".js", ".css", ".json", ".html", ".svg", ".ics", ".txt")


class Handler(http.server.SimpleHTTPRequestHandler):
    prefix = "/"
    rewrite = False
    use_gzip = True
    _gz_cache = {}
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".json": "application/json",
        ".svg": "image/svg+xml",
        ".ics": "text/calendar",
    }

    def log_message(self, fmt, *args):
        if os.environ.get("STATIC_SERVER_QUIET") != "1":
            super().log_message(fmt, *args)

    def translate_path(self, path):
        path = urllib.parse.urlsplit(path).path
        if not path.startswith(self.prefix):
            return os.path.join(self.directory, "\0missing")
        rest = "/" + path[len(self.prefix):]
        return super().translate_path(rest)

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            index = os.path.join(path, "index.html")
            if os.path.exists(index):
                if not urllib.parse.urlsplit(self.path).path.endswith("/"):
                    self.send_response(301)
                    parts = urllib.parse.urlsplit(self.path)
                    self.send_header("Location", urllib.parse.urlunsplit(parts._replace(path=parts.path + "/")))
                    self.end_headers()
                    return None
                return super().send_head()
        if os.path.isfile(path):
            if self.use_gzip and path.endswith(COMPRESSIBLE) and "gzip" in self.headers.get("Accept-Encoding", ""):
                return self._send_gzip(path)
            return super().send_head()
        not_found = os.path.join(self.directory, "index.html" if self.rewrite else "404.html")
        if os.path.isfile(not_found):
            f = open(not_found, "rb")
            fs = os.fstat(f.fileno())
            self.send_response(200 if self.rewrite else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(fs.st_size))
            self.end_headers()
            return f
        self.send_error(404)
        return None


    def _send_gzip(self, path):
        import io
        mtime = os.path.getmtime(path)
        cached = self._gz_cache.get(path)
        if not cached or cached[0] != mtime:
            with open(path, "rb") as f:
                cached = (mtime, gzip.compress(f.read(), 6))
            self._gz_cache[path] = cached
        body = cached[1]
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        return io.BytesIO(body)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default="dist")
    ap.add_argument("--port", type=int, default=8080)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--prefix", default="/")
    ap.add_argument("--no-gzip", action="store_true")
    ap.add_argument("--rewrite", action="store_true")
    args = ap.parse_args()
    Handler.rewrite = args.rewrite
    Handler.use_gzip = not args.no_gzip
    prefix = "/" + args.prefix.strip("/") + "/" if args.prefix.strip("/") else "/"
    Handler.prefix = prefix
    handler = functools.partial(Handler, directory=os.path.abspath(args.dir))
    http.server.ThreadingHTTPServer.allow_reuse_address = True
    with http.server.ThreadingHTTPServer((args.host, args.port), handler) as httpd:
        print(f"serving {args.dir} at http://{args.host}:{args.port}{prefix}", flush=True)
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            sys.exit(0)


if __name__ == "__main__":
    main()

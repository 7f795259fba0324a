"""A static file server for the browser tests and the search benchmark.

Serves one folder under a URL sub-path (`/xxgk/` by default) on 127.0.0.1 only, like a
web server with no rewrite rules: `…/dir/` serves `dir/index.html`, anything outside
the sub-path is 404. It counts the bytes of every response body, so a test can tell
how much a query downloaded.
"""
import http.server
import os
import threading
import urllib.parse


class CountingServer:
    def __init__(self, root, prefix="/xxgk/"):
        self.root = os.path.abspath(root)
        self.prefix = prefix
        self.lock = threading.Lock()
        self.log = []   # (path, bytes)
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                path = urllib.parse.urlsplit(self.path).path
                if not path.startswith(server.prefix):
                    return self.send_body(404, b"not found", "text/plain")
                rel = urllib.parse.unquote(path[len(server.prefix):])
                if rel == "" or rel.endswith("/"):
                    rel += "index.html"
                full = os.path.abspath(os.path.join(server.root, rel))
                if not full.startswith(server.root + os.sep) or not os.path.isfile(full):
                    return self.send_body(404, b"not found", "text/plain")
                with open(full, "rb") as f:
                    data = f.read()
                with server.lock:
                    server.log.append((path, len(data)))
                self.send_body(200, data, server.content_type(full))

            def send_body(self, code, data, ctype):
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(data)

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @staticmethod
    def content_type(path):
        ext = os.path.splitext(path)[1].lower()
        return {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
                ".js": "text/javascript; charset=utf-8", ".json": "application/json",
                ".xml": "application/xml", ".wasm": "application/wasm",
                ".txt": "text/plain; charset=utf-8"}.get(ext, "application/octet-stream")

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}{self.prefix}"

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()

    def reset(self):
        with self.lock:
            self.log.clear()

    def fetched(self):
        with self.lock:
            return list(self.log)

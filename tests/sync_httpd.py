#!/usr/bin/env python3
"""A web server for the sync tests, on 127.0.0.1 only, that serves a folder
well or badly. The first path component picks the behaviour, the rest names a
file of the folder:

  /good/F        the file, with ETag and Last-Modified, 304 for a matching
                 If-None-Match, Range requests answered with 206
  /redirect/F    302 to /good/F
  /slow/F        headers, then one byte every 0.5 s
  /truncated/F   Content-Length of the whole file, half of it, then closes
  /truncdata/F   like /good/ for manifest.txt(.minisig), /truncated/ otherwise
  /liar/F        Content-Length 1000 bytes above the real size; closes after it
  /short/F       Content-Length 10 bytes below the real size (data files only)
  /huge/F        manifest.txt: an endless body without a length
  /hugefile/F    like /good/ for manifest.txt(.minisig); files: a
                 Content-Length of 10 GB
  /bigger/F      like /good/ for manifest.txt(.minisig); files: no length,
                 the file and then 100 KB more
  /loop/F        302 to itself, for ever
  /file/F        302 to file:///etc/passwd
  /notmod/F      304 Not Modified to every request
  /error/F       500

PUT and MKCOL (the uploads), the body kept under FOLDER/put/PATH:
  /store/P       201, like a WebDAV server that has every collection
  /flaky/P       500 for the first 3 PUTs of the server's life, then /store/
  /put500/P      500          /put403/P   403          /put507/P   507 (full)
  /putslow/P     reads the body, then waits 30 s before answering
Every PUT also appends "PUT PATH User-Agent: ...", and its Authorization
header's scheme and credential, to LOGFILE.

Usage: sync_httpd.py FOLDER PORTFILE LOGFILE [CERT KEY]. Binds port 0,
writes the port to PORTFILE, appends "METHOD PATH RANGE" lines to LOGFILE.
With CERT and KEY (PEM) it speaks https.
"""
import email.utils
import hashlib
import http.server
import os
import socketserver
import ssl
import sys
import time

ROOT, PORTFILE, LOGFILE = sys.argv[1], sys.argv[2], sys.argv[3]
SIGNED = ("manifest.txt", "manifest.txt.minisig")


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def log(self):
        with open(LOGFILE, "a") as f:
            f.write("%s %s %s\n" % (self.command, self.path,
                                     self.headers.get("Range", "-")))

    def file(self, name):
        path = os.path.join(ROOT, name)
        if ".." in name.split("/") or not os.path.isfile(path):
            return None
        with open(path, "rb") as f:
            return f.read()

    def send(self, code, headers=(), body=b"", length=None, close=False):
        self.send_response(code)
        for k, v in headers:
            self.send_header(k, v)
        if length is not None:
            self.send_header("Content-Length", str(length))
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if body:
            self.wfile.write(body)
            self.wfile.flush()

    def good(self, name, data):
        etag = '"%s"' % hashlib.sha256(data).hexdigest()[:16]
        mtime = os.path.getmtime(os.path.join(ROOT, name))
        hdrs = [("ETag", etag), ("Last-Modified", email.utils.formatdate(mtime, usegmt=True))]
        if self.headers.get("If-None-Match") == etag:
            return self.send(304, hdrs)
        rng = self.headers.get("Range")
        if rng and rng.startswith("bytes=") and rng.endswith("-"):
            start = int(rng[6:-1])
            part = data[start:]
            hdrs.append(("Content-Range", "bytes %d-%d/%d" % (start, len(data) - 1, len(data))))
            return self.send(206, hdrs, part, len(part))
        return self.send(200, hdrs, data, len(data))

    flaky_left = [3]

    def do_PUT(self):
        n = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(n)
        parts = self.path.lstrip("/").split("/", 1)
        mode, name = parts[0], parts[1] if len(parts) > 1 else ""
        auth = self.headers.get("Authorization", "-")
        if auth.startswith("AWS4-HMAC-SHA256"):
            auth = auth.split(",")[0]  # the credential scope, not the signature
        with open(LOGFILE, "a") as f:
            f.write("PUT %s User-Agent: %s | Auth: %s\n"
                    % (self.path, self.headers.get("User-Agent", "-"), auth))
        if mode == "flaky" and Handler.flaky_left[0] > 0:
            Handler.flaky_left[0] -= 1
            return self.send(500, body=b"try later", length=9)
        if mode in ("store", "flaky"):
            if ".." in name.split("/"):
                return self.send(403, length=0)
            path = os.path.join(ROOT, "put", name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(body)
            return self.send(201, length=0)
        if mode == "putslow":
            time.sleep(30)
            return self.send(201, length=0)
        codes = {"put500": 500, "put403": 403, "put507": 507}
        return self.send(codes.get(mode, 404), length=0)

    def do_MKCOL(self):
        self.log()
        return self.send(405, length=0)

    def do_GET(self):
        self.log()
        parts = self.path.lstrip("/").split("/", 1)
        mode, name = parts[0], parts[1] if len(parts) > 1 else ""
        data = self.file(name)
        if mode == "loop":
            return self.send(302, [("Location", self.path)], length=0)
        if mode == "file":
            return self.send(302, [("Location", "file:///etc/passwd")], length=0)
        if mode == "redirect":
            return self.send(302, [("Location", "/good/" + name)], length=0)
        if mode == "notmod":
            return self.send(304, [("ETag", '"x"')])
        if mode == "error":
            return self.send(500, body=b"broken", length=6)
        if mode == "bigger" and name not in SIGNED and data is not None:
            self.send_response(200)
            self.send_header("Connection", "close")
            self.close_connection = True
            self.end_headers()
            try:
                self.wfile.write(data + b"X" * 100000)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        if mode == "bigger":
            return self.good(name, data)
        if mode == "hugefile":
            if name in SIGNED:
                return self.good(name, data)
            return self.send(200, length=10 * 1024 ** 3, close=True)
        if mode == "huge":
            if name == "manifest.txt":
                self.send_response(200)
                self.send_header("Connection", "close")
                self.close_connection = True
                self.end_headers()
                try:
                    chunk = b"# " + b"A" * 65533 + b"\n"
                    for _ in range(4096):  # 256 MB at most, if nobody stops it
                        self.wfile.write(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                return
            return self.good(name, data)
        if data is None:
            return self.send(404, body=b"not found", length=9)
        if mode == "good":
            return self.good(name, data)
        if mode == "slow":
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            try:
                for i in range(len(data)):
                    self.wfile.write(data[i:i + 1])
                    self.wfile.flush()
                    time.sleep(0.5)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        if mode == "truncated" or (mode == "truncdata" and name not in SIGNED):
            return self.send(200, body=data[:len(data) // 2], length=len(data), close=True)
        if mode == "truncdata":
            return self.good(name, data)
        if mode == "liar":
            return self.send(200, body=data, length=len(data) + 1000, close=True)
        if mode == "short":
            if name in SIGNED:
                return self.good(name, data)
            return self.send(200, body=data, length=max(0, len(data) - 10), close=True)
        return self.send(404, body=b"no such mode", length=12)


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


srv = Server(("127.0.0.1", 0), Handler)
if len(sys.argv) > 5:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(sys.argv[4], sys.argv[5])
    srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
with open(PORTFILE + ".tmp", "w") as f:
    f.write(str(srv.server_address[1]))
os.rename(PORTFILE + ".tmp", PORTFILE)
srv.serve_forever()

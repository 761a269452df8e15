"""A stand-in Nominatim server on 127.0.0.1 that answers /search like the real one.

`answers` maps a query to what the server does: a list of result dicts (JSON), an int HTTP
status (e.g. 429), ("sleep", seconds) to answer too late, ("body", bytes) to answer any bytes
with status 200, or ("trickle", bytes, seconds) to send a body one byte every so many seconds.
Every request is recorded.
"""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


def nominatim_result(name, lat, lon, *, country_code, addresstype="city", boundingbox=None):
    """A search result shaped like Nominatim's format=json answer with addressdetails=1."""
    return {
        "place_id": 1,
        "licence": "Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright",
        "lat": str(lat),
        "lon": str(lon),
        "class": "place",
        "type": addresstype,
        "addresstype": addresstype,
        "name": name,
        "display_name": f"{name}, Somewhere",
        "address": {"country_code": country_code},
        "boundingbox": [
            str(v) for v in (boundingbox or (lat - 0.1, lat + 0.1, lon - 0.1, lon + 0.1))
        ],
    }


class NominatimStandIn:
    """Context manager running the stand-in server; `base` is its host:port."""

    def __init__(self, answers):
        self.answers = answers
        self.requests = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                url = urlsplit(self.path)
                params = {key: values[0] for key, values in parse_qs(url.query).items()}
                outer.requests.append(
                    {
                        "path": url.path,
                        "params": params,
                        "user_agent": self.headers.get("User-Agent"),
                        "time": time.monotonic(),
                    }
                )
                answer = outer.answers.get(params.get("q"), [])
                if isinstance(answer, tuple) and answer[0] == "sleep":
                    time.sleep(answer[1])
                    answer = []
                if isinstance(answer, tuple) and answer[0] in ("body", "trickle"):
                    self._send_raw(answer)
                    return
                if isinstance(answer, int):
                    self.send_response(answer)
                    self.end_headers()
                    self.wfile.write(b"Too many requests")
                    return
                body = json.dumps(answer).encode()
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting (the timeout case)

            def _send_raw(self, answer):
                body = answer[1]
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if answer[0] == "body":
                        self.wfile.write(body)
                        return
                    for byte in body:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(answer[2])
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.base = f"127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self):
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self._server.shutdown()
        self._server.server_close()

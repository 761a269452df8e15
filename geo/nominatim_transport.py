"""The HTTP transport for Nominatim searches: one try, one deadline, a size cap, checked JSON."""

import contextlib
import http.client
import json
import socket
import ssl
import threading
from typing import Any
from urllib.parse import urlsplit

from geopy.adapters import AdapterHTTPError, BaseSyncAdapter
from geopy.exc import (
    GeocoderParseError,
    GeocoderServiceError,
    GeocoderTimedOut,
    GeocoderUnavailable,
)

MAX_ANSWER_BYTES = 1_000_000  # a one-result search answer is a few kilobytes


class BoundedSearchAdapter(BaseSyncAdapter):  # type: ignore[misc]  # geopy has no type hints
    """geopy's transport for Nominatim searches, bounded in time and size.

    geopy's requests adapter times each socket read, not the whole answer (a server trickling
    a byte every half second never times out), reads answers of any size, and retries
    silently (each retry is another request, against the one-per-second rule). Here the whole
    exchange has one deadline, the answer is capped at `MAX_ANSWER_BYTES`, there is one try,
    and an answer that is not a list of results with coordinates is a parse error.
    """

    def __init__(self, *, proxies: Any = None, ssl_context: Any = None) -> None:
        super().__init__(proxies=proxies, ssl_context=ssl_context)
        self._ssl_context = ssl_context or ssl.create_default_context()

    def get_text(self, url: str, *, timeout: float, headers: dict[str, str]) -> str:
        """The answer's body as text (geopy's adapter interface)."""
        return self._get(url, timeout=timeout, headers=headers).decode("utf-8", "replace")

    def get_json(self, url: str, *, timeout: float, headers: dict[str, str]) -> Any:
        """The answer's body as JSON, checked to be search results (geopy's interface)."""
        body = self._get(url, timeout=timeout, headers=headers)
        try:
            answer = json.loads(body)
        except ValueError:
            raise GeocoderParseError("the answer is not JSON") from None
        _check_search_answer(answer)
        return answer

    def _get(self, url: str, *, timeout: float, headers: dict[str, str]) -> bytes:
        parts = urlsplit(url)
        connection: http.client.HTTPConnection
        if parts.scheme == "https":
            connection = http.client.HTTPSConnection(
                parts.hostname or "", parts.port, timeout=timeout, context=self._ssl_context
            )
        else:
            connection = http.client.HTTPConnection(
                parts.hostname or "", parts.port, timeout=timeout
            )
        timed_out = threading.Event()
        sockets: list[socket.socket] = []  # the connection's socket, once connected

        def give_up() -> None:  # at the deadline, whatever the socket is waiting for
            timed_out.set()
            for open_socket in sockets:
                # already closed: the read in progress ends by itself
                with contextlib.suppress(OSError):
                    open_socket.shutdown(socket.SHUT_RDWR)

        watchdog = threading.Timer(timeout, give_up)
        watchdog.daemon = True
        watchdog.start()
        try:
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            connection.request("GET", target, headers=headers)
            # Kept here: for an answer that closes the connection, http.client hands the
            # socket over to the response and forgets it.
            if connection.sock is not None:
                sockets.append(connection.sock)
            if timed_out.is_set():  # the deadline passed while connecting
                raise TimeoutError
            response = connection.getresponse()
            body = bytearray()
            while chunk := response.read1(65_536):
                body += chunk
                if len(body) > MAX_ANSWER_BYTES:
                    raise GeocoderServiceError(
                        f"the answer is larger than {MAX_ANSWER_BYTES:,} bytes"
                    )
            if timed_out.is_set():
                raise GeocoderTimedOut(f"no complete answer within {timeout:g} s")
        except (OSError, http.client.HTTPException) as error:
            if timed_out.is_set() or isinstance(error, TimeoutError):
                raise GeocoderTimedOut(f"no complete answer within {timeout:g} s") from None
            raise GeocoderUnavailable(str(error) or type(error).__name__) from None
        finally:
            watchdog.cancel()
            connection.close()
        if response.status >= 400:
            raise AdapterHTTPError(
                f"Non-successful status code {response.status}",
                status_code=response.status,
                headers={key.lower(): value for key, value in response.getheaders()},
                text=body[:500].decode("utf-8", "replace"),
            )
        return bytes(body)


def _check_search_answer(answer: Any) -> None:
    """Raise `GeocoderParseError` unless `answer` is a list of results with coordinates."""
    if not isinstance(answer, list):
        raise GeocoderParseError(f"expected a list of results, got {type(answer).__name__}")
    for result in answer:
        if not isinstance(result, dict):
            raise GeocoderParseError("a result is not an object")
        try:
            lat, lon = float(result["lat"]), float(result["lon"])
        except (KeyError, TypeError, ValueError):
            raise GeocoderParseError("a result has no usable lat/lon") from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise GeocoderParseError(f"a result is off the globe ({lat}, {lon})")

"""Running the app for browser tests: a Streamlit server on a free port and Debian's Chromium,
with every request that would leave the machine refused (the app serves the map's scripts
itself, from static/) and OpenStreetMap tiles answered by a small local PNG, or refused to see
the offline outlines.

Also used by `benchmarks/` and for screenshots. The recipe follows the team's field notes,
"Browser tests offline".
"""

import contextlib
import io
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "tests" / "artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
# The map's frame (its title, first the component's name, becomes the map's name once it runs).
MAP_FRAME = 'iframe[src*="/component/streamlit_folium.st_folium/"]'
# The events a big story's layers (static/app/bulk.js) on the map draw in view: a cluster
# counts those its title gives ("8,532 events here", "8 532 …" in French), a dot is one.
BULK_DRAWN_JS = r"""() => newsmap.bulkLayers.filter((b) => b.group._map).reduce((sum, bulk) => {
    let drawn = 0;
    bulk.drawn.eachLayer((mark) => {
        const cluster = mark.options.icon.options.className === "nm-cluster-icon";
        const count = cluster && /^[\d\s,.\u00a0\u202f]+/.exec(mark.options.title);
        drawn += count ? parseInt(count[0].replace(/\D/g, ""), 10) : 1;
    });
    return sum + drawn;
}, 0)"""

_TILE = re.compile(r"^https://[a-z.]*tile\.openstreetmap\.org/\d+/\d+/\d+\.png")


def chromium_path() -> str | None:
    """Debian's Chromium (or $CHROMIUM), None when missing."""
    configured = os.environ.get("CHROMIUM")
    if configured and Path(configured).exists():
        return configured
    return shutil.which("chromium") or shutil.which("chromium-browser")


def launch_chromium(playwright: Any) -> Any:
    """Debian's Chromium, headless, for the benchmarks and screenshots (`make test` installs
    it); exits naming the fix when it is missing."""
    path = chromium_path()
    if path is None:
        raise SystemExit("Chromium is not installed: run `make test` first")
    return playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)


def offline_page(browser: Any) -> Any:
    """A page in a laptop-sized window of its own, from which no request leaves the machine
    (`OfflineRouter`); close it with `page.context.close()`."""
    context = browser.new_context(viewport={"width": 1400, "height": 950})
    context.route("**/*", OfflineRouter())
    return context.new_page()


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def tile_png() -> bytes:
    """A light 256 px map tile with a faint grid, so screenshots show where tiles would be."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (256, 256), (236, 236, 232))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 255, 255), outline=(214, 214, 208))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


class OfflineRouter:
    """Playwright route handler: localhost passes, tiles get a local PNG, everything else is
    refused and remembered in `refused`. With `fail_every_tile=n` every n-th tile is refused
    instead (1: no tile loads, as on a machine with no network)."""

    def __init__(self, *, fail_every_tile: int = 0) -> None:
        self.refused: list[str] = []
        self.tiles_served = 0
        self.tiles_refused = 0
        self._fail_every = fail_every_tile
        self._tile = tile_png()

    def __call__(self, route: Any) -> None:
        url = route.request.url
        if url.startswith(("http://127.0.0.1", "http://localhost", "ws://", "data:", "blob:")):
            route.continue_()
        elif _TILE.match(url):
            count = self.tiles_served + self.tiles_refused + 1
            if self._fail_every and count % self._fail_every == 0:
                self.tiles_refused += 1
                route.abort()
            else:
                self.tiles_served += 1
                route.fulfill(status=200, body=self._tile, content_type="image/png")
        else:
            self.refused.append(url)
            route.abort()


def wait_for_health(base_url: str, process: subprocess.Popen, timeout: float = 90) -> None:
    """Wait until Streamlit answers /_stcore/health with "ok"."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited with status {process.returncode}")
        with (
            contextlib.suppress(OSError),
            urllib.request.urlopen(f"{base_url}/_stcore/health", timeout=2) as answer,
        ):
            if answer.read().decode().strip() == "ok":
                return
        time.sleep(0.25)
    raise TimeoutError(f"{base_url} not healthy after {timeout} s")


@contextlib.contextmanager
def running_app(
    extra_env: dict[str, str] | None = None, *, base_path: str = ""
) -> Iterator[tuple[str, subprocess.Popen]]:
    """`streamlit run app.py` on a free localhost port, mounted at `base_path` (as in
    "~/+"); yields (the app's URL, process)."""
    port = free_port()
    env = {**os.environ, **(extra_env or {})}
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(REPO / "app.py"),
        "--server.headless=true",
        f"--server.port={port}",
        "--server.address=127.0.0.1",
        "--browser.gatherUsageStats=false",
        "--server.fileWatcherType=none",
        f"--server.baseUrlPath={base_path}",
    ]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    log = (ARTIFACTS / f"streamlit-{port}.log").open("w")
    process = subprocess.Popen(command, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)
    base_url = f"http://127.0.0.1:{port}" + (f"/{base_path}" if base_path else "")
    try:
        wait_for_health(base_url, process)
        yield base_url, process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def wait_for_app(page: Any, timeout: float = 60_000) -> None:
    """Wait until the script has finished running and no skeleton is left."""
    page.wait_for_selector(
        '[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=timeout
    )
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stSkeleton\"]')", timeout=timeout
    )


def wait_for_map(page: Any, timeout: float = 60_000) -> Any:
    """The map frame once Leaflet has drawn it (its container has tiles or marks)."""
    frame = page.frame_locator(MAP_FRAME)
    frame.locator(".leaflet-container").wait_for(timeout=timeout)
    frame.locator(".leaflet-control-layers").wait_for(timeout=timeout)
    return frame

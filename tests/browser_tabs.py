"""The browser tests' fixtures and their tab: Debian's Chromium, the app on the sample story, and
tabs on it where nothing leaves the machine (registered by tests/conftest.py, so that every
module shares one browser)."""

import contextlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import sync_playwright

from tests.browser_support import (
    ARTIFACTS,
    CHROMIUM_ARGS,
    MAP_FRAME,
    OfflineRouter,
    chromium_path,
    running_app,
    wait_for_app,
    wait_for_map,
)

COUNT_LINE = re.compile(r"^[\d,]+ of [\d,]+ events$")


def _device(name: str) -> dict[str, Any]:
    """Playwright's description of a device (read at import: the browser fixture's Playwright
    cannot be nested in another)."""
    with sync_playwright() as playwright:
        settings = dict(playwright.devices[name])
    settings.pop("default_browser_type", None)
    return settings


PIXEL_7 = _device("Pixel 7")


def require(condition: Any, message: str) -> None:
    """Skip when something `make test` installs is missing; with CI=true, fail instead."""
    if condition:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{message} (CI=true: these tests must run)")
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Debian Chromium, one for the whole session (Playwright's sync API allows one
    instance per thread)."""
    path = chromium_path()
    require(path, "Debian's chromium is not installed (make test installs it)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def app_url(sample_dir: Path) -> Iterator[str]:
    """The app on the sample story, one server per test module."""
    with running_app({"STORIES_DIR": str(sample_dir)}) as (base_url, _):
        yield base_url


# Runs in every frame before its own scripts: records errors where the test can read them
# (console messages from the map's iframe carry no frame URL, so they are caught at the source).
ERROR_RECORDER = """
window.__errors = [];
window.addEventListener("error", (event) => window.__errors.push(String(event.message)));
window.addEventListener("unhandledrejection", (e) => window.__errors.push(String(e.reason)));
const originalError = console.error;
console.error = function (...args) {
    window.__errors.push(args.map(String).join(" "));
    return originalError.apply(console, args);
};
"""


@dataclass
class Tab:
    """One browser tab on the app, with what it logged and what it tried to fetch."""

    page: Any
    router: OfflineRouter
    page_errors: list[str] = field(default_factory=list)

    def map_errors(self) -> list[str]:
        """JavaScript errors recorded inside the map's iframe."""
        return self.page.frame_locator(MAP_FRAME).locator("body").evaluate("() => window.__errors")

    def open(self, url: str) -> None:
        self.page.goto(url)
        wait_for_app(self.page)

    def count_line(self) -> str:
        return self.page.get_by_text(COUNT_LINE).inner_text()

    def share_link(self) -> str:
        """Open the sidebar's Share pop-over, read the link it offers, and close it again."""
        self.page.get_by_test_id("stSidebar").get_by_role("button", name="Share").click()
        link = self.page.locator('[data-testid="stCode"]').first.inner_text()
        self.page.keyboard.press("Escape")
        return link

    def wait_count(self, expected: str) -> None:
        self.page.get_by_text(expected, exact=True).wait_for(timeout=30_000)

    def map(self) -> Any:
        return wait_for_map(self.page)

    def marks(self) -> dict[str, int]:
        frame = self.page.frame_locator(MAP_FRAME)
        return {
            "markers": frame.locator(".nm-marker").count(),
            "lines": frame.locator("path.nm-line").count(),
            "arrows": frame.locator(".nm-arrow").count(),
            "areas": frame.locator("path.nm-region-area").count(),
        }

    def wait_marks(self, markers: int, lines: int) -> None:
        frame = self.page.frame_locator(MAP_FRAME)
        frame.locator("body").evaluate(
            """(body, [markers, lines]) => new Promise((resolve, reject) => {
                const started = Date.now();
                const check = () => {
                    const m = document.querySelectorAll('.nm-marker').length;
                    const l = document.querySelectorAll('path.nm-line').length;
                    // ...and the view update that follows each redraw has run (see _ViewUpdate)
                    const settled = window.newsmap && "fitToken" in window.newsmap.state
                        && !window.map._animatingZoom;
                    if (m === markers && l === lines && settled) { resolve(true); }
                    else if (Date.now() - started > 20000) {
                        reject(new Error(`map shows ${m} markers and ${l} lines`));
                    } else { setTimeout(check, 100); }
                };
                check();
            })""",
            [markers, lines],
        )

    def wait_map_steady(self) -> None:
        """Wait until the map frame has kept its size and view for half a second: a late layout
        change (a scrollbar appearing, the frame height set) resizes Leaflet's container and
        shifts every mark, so a click aimed before it can land beside its target."""
        self.page.frame_locator(MAP_FRAME).locator("body").evaluate(
            """() => new Promise((resolve, reject) => {
                const shape = () => JSON.stringify([
                    window.map.getSize(), window.map.getCenter(), window.map.getZoom(),
                    window.map._animatingZoom, window.innerWidth, window.innerHeight,
                ]);
                let last = shape(), since = Date.now();
                const started = Date.now();
                const check = () => {
                    const now = shape();
                    if (now !== last) { last = now; since = Date.now(); }
                    if (Date.now() - since >= 500) { resolve(true); }
                    else if (Date.now() - started > 20000) {
                        reject(new Error(`the map kept moving for 20 s: ${now}`));
                    } else { setTimeout(check, 50); }
                };
                check();
            })"""
        )

    def open_layer_control(self) -> None:
        """Unfold the layer control (folded into a button) by hovering it, unless it is open."""
        frame = self.page.frame_locator(MAP_FRAME)
        if not frame.locator(".leaflet-control-layers-expanded").count():
            # it unfolds under the pointer, hiding the button: no check that the hover "landed"
            frame.locator(".leaflet-control-layers-toggle").hover(force=True)
        frame.locator(".leaflet-control-layers-expanded").wait_for()

    def open_popup(self, event_id: str) -> str:
        """Click an event's marker like a user and return its popup's text."""
        frame = self.page.frame_locator(MAP_FRAME)
        self.wait_map_steady()
        frame.locator(f'[data-event="{event_id}"]').first.click()
        popup = frame.locator(f'.leaflet-popup-content [data-event="{event_id}"]')
        popup.wait_for(timeout=10_000)
        frame.locator(f'.leaflet-popup:has([data-event="{event_id}"])').evaluate(
            """(element) => new Promise((resolve, reject) => {
                const started = Date.now();  // faded in, for the screenshot
                const check = () => {
                    if (getComputedStyle(element).opacity === "1") { resolve(true); }
                    else if (Date.now() - started > 10000) { reject(new Error("popup faded")); }
                    else { setTimeout(check, 50); }
                };
                check();
            })"""
        )
        self.wait_map_steady()  # the map may pan to fit the popup in view
        return popup.inner_text()

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def open_list(self) -> None:
        """Open the list of events under the map, and wait until its lines stop moving (a
        click while the expander opens lands beside the line it aimed at)."""
        self.page.get_by_text(re.compile(r"events on the map, as a list")).click()
        line = self.page.locator('[data-testid="stExpander"] a[href*="event="]').first
        line.wait_for()
        box = None
        for _ in range(50):
            now = line.bounding_box()
            if now is not None and now == box:
                return
            box = now
            self.page.wait_for_timeout(60)

    def click_list_link(self, event_id: str) -> None:
        """Click the list's "Link to this event" of an event. The click is sent to the link
        itself: the page under the map still settles (its chart, the list) when the list
        opens, and a click aimed at a moving link can land beside it."""
        link = self.page.locator(f'[data-testid="stExpander"] a[href*="event={event_id}"]').first
        link.scroll_into_view_if_needed()
        link.dispatch_event("click", {"button": 0})

    def no_streamlit_exception(self) -> None:
        assert self.page.locator('[data-testid="stException"]').count() == 0


DESKTOP = {"viewport": {"width": 1400, "height": 950}}


@contextlib.contextmanager
def open_tab(browser: Any, router: OfflineRouter | None = None, **options: Any) -> Iterator[Tab]:
    """A tab (its own context: cookies, size, device) where nothing leaves the machine and every
    error is recorded; at the end, no refused request and no uncaught error. `options` are
    Playwright's context options (default: a 1400 × 950 desktop window)."""
    router = router or OfflineRouter()
    context = browser.new_context(**(options or DESKTOP))
    context.add_init_script(ERROR_RECORDER)
    context.route("**/*", router)
    page = context.new_page()
    opened = Tab(page, router)
    page.on("pageerror", lambda error: opened.page_errors.append(str(error)))
    try:
        yield opened
    finally:
        context.close()
    assert router.refused == [], f"requests that would have left the machine: {router.refused}"
    assert opened.page_errors == [], f"uncaught JavaScript errors: {opened.page_errors}"


@pytest.fixture
def tab(browser: Any) -> Iterator[Tab]:
    """A tab where OpenStreetMap tiles load (as a local PNG) and nothing else leaves the app."""
    with open_tab(browser) as opened:
        yield opened


@pytest.fixture
def tileless_tab(browser: Any) -> Iterator[Tab]:
    """A tab on a machine with no network at all: even the tiles fail."""
    with open_tab(browser, OfflineRouter(fail_every_tile=1)) as opened:
        yield opened

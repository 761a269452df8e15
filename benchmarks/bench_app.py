"""Benchmark the dashboard and print figures (not a test: nothing here passes or fails).

Run after `make test` (it needs the Chromium that installs):

    .venv/bin/python -m benchmarks.bench_app

Prints the server-side time of a filter-change rerun (AppTest, warm), the time from navigation
to the first rendered map in Chromium (cold server and warm), the app process's peak memory on
the map pages, then the time of a first draft on the Import page and the peak memory after it.
Targets: rerun under 300 ms warm, peak memory under 300 MB on the map pages and 600 MB with the
Import page used.
"""

import statistics
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from streamlit.testing.v1 import AppTest  # noqa: E402

from geo.view import ACTORS_KEY, DATES_KEY, LAYERS_KEY  # noqa: E402
from tests.browser_support import (  # noqa: E402
    CHROMIUM_ARGS,
    MAP_FRAME,
    OfflineRouter,
    chromium_path,
    running_app,
    wait_for_app,
)

RERUNS = 20


def _rerun_times() -> list[float]:
    """Seconds per rerun after a filter change, the app already warm."""
    app = AppTest.from_file(str(REPO / "app.py"), default_timeout=120).run()
    choices = [
        lambda a: a.multiselect(key=ACTORS_KEY).set_value(["nato", "france"]),
        lambda a: a.multiselect(key=ACTORS_KEY).set_value(
            ["north-korea", "south-korea", "russia", "ukraine"]
        ),
        lambda a: a.date_input(key=DATES_KEY).set_value((date(2024, 10, 18), date(2024, 10, 22))),
        lambda a: a.date_input(key=DATES_KEY).set_value((date(2024, 6, 1), date(2024, 10, 22))),
        lambda a: a.multiselect(key=LAYERS_KEY).set_value(["diplomacy"]),
        lambda a: a.multiselect(key=LAYERS_KEY).set_value(["troops", "diplomacy"]),
    ]
    for change in choices:  # warm every code path once
        change(app).run()
    times = []
    for index in range(RERUNS):
        change = choices[index % len(choices)]
        started = time.perf_counter()
        change(app).run()
        times.append(time.perf_counter() - started)
        if app.exception:
            raise RuntimeError(f"the app failed: {[e.value for e in app.exception]}")
    return times


def _peak_rss_mb(pid: int) -> float:
    """Peak resident memory of a process (Linux VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _map_load_seconds(browser, base_url: str) -> float:
    context = browser.new_context(viewport={"width": 1400, "height": 950})
    context.route("**/*", OfflineRouter())
    page = context.new_page()
    started = time.perf_counter()
    page.goto(f"{base_url}/")
    page.frame_locator(MAP_FRAME).locator(".nm-marker").first.wait_for(timeout=120_000)
    elapsed = time.perf_counter() - started
    wait_for_app(page)
    context.close()
    return elapsed


# Clicks "Next day" and resolves with the milliseconds until the map has drawn that day (the
# day label changed and a frame was painted). Playback runs in the browser: no server rerun.
STEP_JS = """() => new Promise((resolve) => {
    const day = document.querySelector(".nm-playback-day");
    const before = day.textContent;
    const started = performance.now();
    document.querySelector('.nm-playback button[aria-label="Next day"]').click();
    const check = () => day.textContent !== before
        ? requestAnimationFrame(() => resolve(performance.now() - started))
        : requestAnimationFrame(check);
    check();
})"""


def _playback_step_ms(browser, base_url: str) -> list[float]:
    """Milliseconds from a "Next day" click to the new day drawn, over a month of steps."""
    context = browser.new_context(viewport={"width": 1400, "height": 950})
    context.route("**/*", OfflineRouter())
    page = context.new_page()
    page.goto(f"{base_url}/")
    frame = page.frame_locator(MAP_FRAME)
    frame.locator(".nm-marker").first.wait_for(timeout=120_000)
    wait_for_app(page)
    frame.get_by_role("button", name="Next event").click()  # into playback: the first event
    body = frame.locator("body")
    steps = [body.evaluate(STEP_JS) for _ in range(30)]
    context.close()
    return steps


def _export_bytes() -> int:
    """Size of the downloaded HTML map of the shipped story's whole view."""
    from geo.catalog import load_catalog
    from geo.i18n import Words
    from geo.map import standalone_html
    from geo.paths import DATA_DIR
    from geo.resolver import default_resolver

    story = load_catalog(DATA_DIR / "stories", resolver=default_resolver()).default_story()
    page = standalone_html(
        story, list(story.events), Words("en", story.actors), summary=None, link="https://x/"
    )
    return len(page.encode("utf-8"))


def main() -> None:
    """Run every measurement and print the figures."""
    from playwright.sync_api import sync_playwright

    times = _rerun_times()
    print(
        f"filter-change rerun (AppTest, warm, {RERUNS} runs): "
        f"median {statistics.median(times) * 1000:.0f} ms, "
        f"max {max(times) * 1000:.0f} ms  (target < 300 ms)"
    )

    path = chromium_path()
    if path is None:
        print("Chromium not installed: run `make test` first for the browser figures.")
        return
    with running_app() as (base_url, process), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        cold = _map_load_seconds(browser, base_url)
        warm = [_map_load_seconds(browser, base_url) for _ in range(3)]
        peak = _peak_rss_mb(process.pid)
        steps = _playback_step_ms(browser, base_url)
        drafting = _import_draft_seconds(browser, base_url)
        browser.close()
        peak_with_import = _peak_rss_mb(process.pid)
    print(
        f"first rendered map in Chromium: cold server {cold:.2f} s, "
        f"warm median {statistics.median(warm):.2f} s (tiles answered locally)"
    )
    print(f"app process peak memory (VmHWM), map pages: {peak:.0f} MB  (target < 300 MB)")
    print(
        f"playback step, click to the new day drawn ({len(steps)} steps, no server rerun): "
        f"median {statistics.median(steps):.0f} ms, max {max(steps):.0f} ms  (target < 300 ms)"
    )
    print(f"downloaded HTML map, shipped story: {_export_bytes() / 1e6:.2f} MB  (target < 1.5 MB)")
    print(
        f"Import page, first French draft (loads GeoNames and the French model): {drafting:.1f} s; "
        f"peak memory after it: {peak_with_import:.0f} MB  (target < 600 MB)"
    )


def _import_draft_seconds(browser, base_url: str) -> float:
    """Paste a French evaluation article on the Import page and draft it, in Chromium."""
    article = next((REPO / "tests" / "eval" / "articles").glob("fr-wagner-*.txt"))
    context = browser.new_context(viewport={"width": 1400, "height": 950})
    context.route("**/*", OfflineRouter())
    page = context.new_page()
    page.goto(f"{base_url}/import")
    wait_for_app(page)
    page.get_by_label("Article text").fill(article.read_text("utf-8"))
    page.get_by_role("spinbutton", name="Publication date").first.click()
    page.keyboard.type("20230625")
    page.keyboard.press("Escape")
    started = time.perf_counter()
    page.get_by_role("button", name="Draft events").click()
    page.get_by_text("events ready").wait_for(timeout=180_000)
    elapsed = time.perf_counter() - started
    context.close()
    return elapsed


if __name__ == "__main__":
    main()

"""Benchmark big ACLED-format stories and print figures (not a test: nothing here fails).

    .venv/bin/python -m benchmarks.bench_scale [--sizes 1000,10000,100000] [--no-browser]

For each size it writes a made-up ACLED export (benchmarks/acled_sample.py) and measures, in a
fresh process (so that memory is that size's alone): loading the story (read, validate, build)
and making its columns, a filter (a month and an actor), a whole filter-change rerun of the
map page (AppTest, median of six), the map's script for all events (what each run sends the
map) and the packed events (what a big story's page gets once), the timeline's spec, and the
process's peak memory (the app's runs included). Then, with Chromium (installed by
`make test`), the time from navigation to the first drawn map of the story, against a
one-marker story served by the same app in the same run. Targets (issue 11, 100,000
events): load < 5 s, filter change < 300 ms, first map < 2× the one-marker page, data sent
< 3 MB, memory < 500 MB.
"""

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.acled_sample import acled_rows, write_acled  # noqa: E402

ONE_MARKER = """id: one-marker
title: One marker
outlet: Bench
published: 2024-10-22
language: en
events:
- {id: one, date_start: 2024-10-21, date_end: 2024-10-21, time_precision: day,
   layer: diplomacy, kind: summons, actor: south-korea, place: Seoul, place_text: Séoul,
   geo_precision: exact, status: confirmed, summary: One event., quote: Un événement.,
   source: Bench, source_date: 2024-10-22}
"""


def measure(folder: Path) -> dict[str, float]:
    """Everything measured inside one process, for the story `front` of `folder`."""
    from streamlit_folium import _get_feature_group_string  # the script st_folium sends

    from geo.catalog import load_catalog
    from geo.filtering import filter_events
    from geo.i18n import Words
    from geo.map import build_base_map, build_layers
    from geo.map.bulk import drawn_in_bulk, packed
    from geo.resolver import default_resolver
    from geo.timeline import timeline_chart
    from geo.timeline_counts import counted, counts_chart
    from geo.view import default_view

    resolver = default_resolver(online=None)
    started = time.perf_counter()
    story = load_catalog(folder, resolver=resolver).stories["front"]
    loaded = time.perf_counter() - started
    words = Words("en", story.actors)
    view = default_view(story)
    started = time.perf_counter()
    every = filter_events(story, view.event_filter())
    columns_s = time.perf_counter() - started  # the first filter makes the columns
    month = replace(view, start=date(2024, 6, 1), end=date(2024, 6, 30), actors=("russia",))
    started = time.perf_counter()
    events = filter_events(story, month.event_filter())
    filtered = time.perf_counter() - started
    started = time.perf_counter()
    data = packed(story) if drawn_in_bulk(story, every) else b""
    packed_s = time.perf_counter() - started
    started = time.perf_counter()
    base = build_base_map(story, words)
    groups = build_layers(story, every, words)
    script = "".join(_get_feature_group_string(g, base, i) for i, g in enumerate(groups))
    built = time.perf_counter() - started
    started = time.perf_counter()
    start, end = story.span()
    if counted(every):
        chart = counts_chart(story, every, words, start=start, end=end)
    else:
        chart = timeline_chart(every, words, start=start, end=end)
    spec = json.dumps(chart.to_dict(validate=False))
    charted = time.perf_counter() - started
    return {
        "events": len(every),
        "load_s": loaded,
        "columns_s": columns_s,
        "filter_ms": filtered * 1000,
        "filtered": len(events),
        "packed_s": packed_s,
        "packed_mb": len(data) / 1e6,
        "map_build_s": built,
        "map_script_mb": len(script.encode()) / 1e6,
        "timeline_s": charted,
        "timeline_mb": len(spec.encode()) / 1e6,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def reruns(folder: Path) -> dict[str, float]:
    """Median milliseconds of a filter-change rerun of the map page (AppTest, in this process):
    the actor filter set to one actor, then back to all, six times; and the process's peak
    memory (the app's, serving one reader)."""
    os.environ["STORIES_DIR"] = str(folder)
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_file(str(REPO / "app.py"), default_timeout=600)
    app.query_params["story"] = "front"
    app.run()
    choices = list(app.multiselect(key="filter_actors").options)
    times = []
    for turn in range(6):
        app.multiselect(key="filter_actors").set_value(choices if turn % 2 else choices[1:2])
        started = time.perf_counter()
        app.run()
        times.append(time.perf_counter() - started)
    return {
        "rerun_ms": statistics.median(times) * 1000,
        "app_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _peak_mb(process: subprocess.Popen) -> float:
    """A process's peak resident memory so far (Linux: VmHWM)."""
    for line in Path(f"/proc/{process.pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def first_maps(folder: Path) -> dict[str, float]:
    """Seconds to the first drawn map: the big story, then the one-marker story (each opened
    twice, the second counts); the bytes the app sent the big story's page until its map was
    drawn; and the app server's peak memory."""
    from playwright.sync_api import sync_playwright

    from tests.browser_support import MAP_FRAME, launch_chromium, offline_page, running_app

    figures: dict[str, float] = {}
    with (
        running_app({"STORIES_DIR": str(folder)}) as (base_url, server),
        sync_playwright() as pw,
    ):
        browser = launch_chromium(pw)
        for story, mark in (("front", ".nm-cluster, .nm-marker"), ("one-marker", ".nm-marker")):
            for _attempt in range(2):  # the first opening warms the server; the second counts
                page = offline_page(browser)
                received = [0]

                def heard(frame: bytes | str, received: list[int] = received) -> None:
                    received[0] += len(frame)

                page.on("websocket", lambda socket, heard=heard: socket.on("framereceived", heard))
                started = time.perf_counter()
                page.goto(f"{base_url}/?story={story}&lang=en")
                page.frame_locator(MAP_FRAME).locator(mark).first.wait_for(timeout=300_000)
                figures[story] = time.perf_counter() - started
                figures[f"{story}_mb"] = received[0] / 1e6
                page.context.close()
        browser.close()
        figures["server_peak_mb"] = _peak_mb(server)
    return figures


def main() -> None:
    """Measure each size and print a table (Markdown, for the README)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)  # a folder measured in this process
    parser.add_argument("--reruns", help=argparse.SUPPRESS)  # the same, the app's reruns
    options = parser.parse_args()
    if options.child:
        print(json.dumps(measure(Path(options.child))))
        return
    if options.reruns:
        print(json.dumps(reruns(Path(options.reruns))))
        return
    print(
        "| events | load | filter (a month, an actor) | rerun (AppTest) | map script per run "
        "| packed events (once) | sent until the first map | timeline spec "
        "| peak memory: load / app (AppTest) / server | first map / one-marker map |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for size in (int(text) for text in options.sizes.split(",")):
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            write_acled(folder / "front.csv", acled_rows(size))
            (folder / "one-marker.yaml").write_text(ONE_MARKER, encoding="utf-8")
            got = _child(folder, "--child")
            got.update(_child(folder, "--reruns"))
            browser = "not measured"
            sent = "not measured"
            if not options.no_browser:
                try:
                    maps = first_maps(folder)
                    big, one = maps["front"], maps["one-marker"]
                    browser = f"{big:.1f} s / {one:.1f} s ({big / one:.1f}×)"
                    sent = f"{maps['front_mb']:.2f} MB"
                    got["server_peak_mb"] = maps["server_peak_mb"]
                except Exception as error:  # a figure, not a failure: say what happened
                    browser = f"no map ({type(error).__name__})"
        server = got.get("server_peak_mb")
        print(
            f"| {got['events']:,} | {got['load_s'] + got['columns_s']:.2f} s "
            f"| {got['filter_ms']:.0f} ms ({got['filtered']:,} events) "
            f"| {got['rerun_ms']:.0f} ms | {got['map_script_mb']:.2f} MB "
            f"| {got['packed_mb']:.2f} MB | {sent} "
            f"| {got['timeline_s']:.2f} s, {got['timeline_mb']:.2f} MB "
            f"| {got['peak_mb']:.0f} MB / {got['app_peak_mb']:.0f} MB"
            f" / {f'{server:.0f} MB' if server else 'not measured'} | {browser} |",
            flush=True,
        )


def _child(folder: Path, mode: str) -> dict[str, float]:
    """Figures measured in a fresh process (so that its memory is this size's alone)."""
    answer = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_scale", mode, str(folder)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, float] = json.loads(answer.stdout.strip().splitlines()[-1])
    return figures


if __name__ == "__main__":
    main()

"""End to end in headless Chromium: the real app, the real map, offline (the app serves the
map's scripts itself; a test fails if any request would leave the machine).

Each test saves a screenshot under tests/artifacts/. With CI=true a missing browser fails the
run instead of skipping it.
"""

import contextlib
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser_support import MAP_FRAME, OfflineRouter, running_app, wait_for_app
from tests.browser_tabs import Tab, open_tab
from tests.conftest import (
    DELETE,
    MOVEMENT_EVENT,
    SAMPLE_EVENTS,
    SAMPLE_STORY_ID,
    make_event,
    sample_ids,
    write_story,
)

pytestmark = pytest.mark.browser
STORY_ID = SAMPLE_STORY_ID
TOTAL = len(SAMPLE_EVENTS)
# What the sample story draws: a marker per single-place event, a line per movement.
MARKERS = len(sample_ids(origin=None))
LINES = TOTAL - MARKERS


def _count(shown: int) -> str:
    return f"{shown} of {TOTAL} events"


def _remove_actors(tab: Tab, names: list[str]) -> None:
    for name in names:
        tab.page.get_by_role("button", name=f"Remove {name}").first.click()
        wait_for_app(tab.page)


def test_default_view_renders_the_story(tab, app_url):
    tab.open(f"{app_url}/")
    tab.map()
    tab.wait_marks(markers=MARKERS, lines=LINES)
    marks = tab.marks()
    assert marks == {"markers": MARKERS, "lines": LINES, "arrows": LINES, "areas": 1}
    assert tab.count_line() == _count(TOTAL)
    frame = tab.page.frame_locator(MAP_FRAME)
    assert frame.locator("img.leaflet-tile").count() > 0, "tiles are requested and drawn"
    assert frame.locator(".nm-offline-note").count() == 0, "no outlines while tiles load"
    box = tab.page.locator(MAP_FRAME).bounding_box()
    assert box["height"] > 500 and box["width"] > 500
    labels = frame.locator(".nm-troop-label").all_inner_texts()
    assert sorted(labels) == [
        "1,500 · claimed by South Korea",
        "12,000 planned · claimed by South Korea",
    ], "a claimed number says who claims it"
    assert tab.page.get_by_text("Legend", exact=True).is_visible()
    assert tab.map_errors() == []
    frame.locator("body").evaluate("() => console.error('probe')")  # the recorder does record
    assert tab.map_errors() == ["probe"]
    tab.screenshot("default-view")


def test_with_no_network_at_all_the_map_shows_country_outlines(tileless_tab, app_url):
    tab = tileless_tab
    tab.open(f"{app_url}/")
    tab.map()
    tab.wait_marks(markers=MARKERS, lines=LINES)
    frame = tab.page.frame_locator(MAP_FRAME)
    note = frame.locator(".nm-offline-note")
    note.wait_for(timeout=20_000)
    assert "country outlines (Natural Earth)" in note.inner_text()
    assert frame.locator(".leaflet-nm-outlines-pane path").count() > 100
    assert tab.router.tiles_refused > 0 and tab.router.tiles_served == 0
    assert tab.marks() == {"markers": MARKERS, "lines": LINES, "arrows": LINES, "areas": 1}
    assert tab.map_errors() == []
    tab.screenshot("no-network-outlines")


def test_when_some_tiles_fail_the_note_says_how_many(browser, app_url):
    with open_tab(browser, OfflineRouter(fail_every_tile=3)) as opened:
        opened.open(f"{app_url}/")
        opened.map()
        opened.wait_marks(markers=MARKERS, lines=LINES)
        note = opened.page.frame_locator(MAP_FRAME).locator(".nm-offline-note")
        expect(note).to_have_text(
            re.compile(r"^\d+ of \d+ map tiles could not load: country outlines"), timeout=20_000
        )
        failed, total = map(int, re.findall(r"\d+", note.inner_text())[:2])
        assert 0 < failed < total
        assert opened.map_errors() == []
        opened.screenshot("some-tiles-missing")


def test_when_the_outlines_cannot_load_either_the_note_says_so(browser, app_url):
    with open_tab(browser, OfflineRouter(fail_every_tile=1)) as opened:
        opened.page.route("**/countries-50m.json", lambda route: route.abort())
        opened.open(f"{app_url}/")
        opened.map()
        opened.wait_marks(markers=MARKERS, lines=LINES)
        note = opened.page.frame_locator(MAP_FRAME).locator(".nm-offline-note")
        expect(note).to_have_text(
            re.compile(r"^Map tiles and the offline outlines could not load \(TypeError"),
            timeout=20_000,
        )
        opened.screenshot("no-tiles-no-outlines")


def test_filters_change_the_map_and_the_url(tab, app_url):
    tab.open(f"{app_url}/")
    tab.map()
    tab.wait_marks(markers=MARKERS, lines=LINES)

    # Dates: type 2024-10-21 into the start of the range and press Enter.
    tab.page.locator('[data-range-field="start"] [role="spinbutton"]').first.click()
    tab.page.keyboard.type("20241021")
    tab.page.keyboard.press("Enter")
    tab.page.wait_for_url(re.compile(r"start=2024-10-21"))
    late = [e for e in SAMPLE_EVENTS if e["date_end"] >= "2024-10-21"]
    tab.wait_count(_count(len(late)))
    tab.wait_marks(markers=len(late), lines=0)

    # Actors: keep South Korea and the United Kingdom.
    _remove_actors(tab, ["Russia", "North Korea", "NATO", "France"])
    tab.page.wait_for_url(re.compile(r"actor=south-korea&actor=united-kingdom"))
    tab.wait_count(_count(2))
    tab.wait_marks(markers=2, lines=0)
    link = tab.share_link()
    assert "start=2024-10-21" in link and "actor=south-korea&actor=united-kingdom" in link
    assert tab.map_errors() == []
    tab.screenshot("filtered-view")


def test_a_shared_link_reopens_the_view_on_every_page(tab, app_url):
    query = (
        f"?story={STORY_ID}&start=2024-10-21&end=2024-10-22"
        "&actor=south-korea&actor=united-kingdom&layer=diplomacy"
    )
    tab.open(f"{app_url}/{query}")
    tab.map()
    tab.wait_marks(markers=2, lines=0)
    assert tab.count_line() == _count(2)
    tab.screenshot("shared-link-map")
    for page_path in ("timeline", "events", "places", "about"):
        tab.open(f"{app_url}/{page_path}{query}")
        assert tab.count_line() == _count(2), page_path
        assert "actor=united-kingdom" in tab.page.url
        link = tab.share_link().replace("\n", "")
        # The story's last day is the default; the reader's language is part of the view.
        canonical = query.replace("&end=2024-10-22", "").replace(STORY_ID, f"{STORY_ID}&lang=en")
        assert link == f"{app_url}/{page_path}{canonical}", "the share link names this page once"
        tab.no_streamlit_exception()
        tab.screenshot(f"shared-link-{page_path}")
    # Moving between pages with the navigation keeps the parameters.
    tab.page.get_by_test_id("stSidebarNavLink").filter(has_text="Map").click()
    tab.page.wait_for_url(re.compile(r"layer=diplomacy"))
    wait_for_app(tab.page)
    assert tab.count_line() == _count(2)


def test_a_link_to_a_page_that_does_not_exist_shares_the_map(tab, app_url):
    tab.open(f"{app_url}/nonexistent?story={STORY_ID}&actor=nato")
    tab.wait_count(_count(1))
    dialog = tab.page.get_by_role("dialog")  # Streamlit's "Page not found"
    expect(dialog).to_be_visible()
    tab.page.keyboard.press("Escape")
    expect(dialog).to_have_count(0)
    link = tab.share_link().replace("\n", "")
    assert link == f"{app_url}/?story={STORY_ID}&lang=en&actor=nato"
    tab.no_streamlit_exception()


def test_clicking_a_marker_opens_its_popup(tab, app_url):
    tab.open(f"{app_url}/?story={STORY_ID}&actor=france")
    tab.map()
    tab.wait_marks(markers=1, lines=0)
    text = tab.open_popup("france-worried")
    assert "Ce serait vraiment très préoccupant" in text
    assert "Source: Test Gazette, 22 Oct 2024" in text
    assert "CONFIRMED" in text.upper() and "France → North Korea" in text
    tab.screenshot("popup")


def test_a_popup_near_the_corner_opens_clear_of_the_maps_controls(tab, app_url):
    tab.open(f"{app_url}/?story={STORY_ID}&actor=south-korea")
    tab.map()
    tab.wait_marks(markers=len(sample_ids(actor="south-korea")), lines=0)
    frame = tab.page.frame_locator(MAP_FRAME)
    # Move the marker just below and left of the layers button, where a popup would open
    # under the button and past the map's top edge unless the map pans it clear.
    frame.locator("body").evaluate(
        """() => {
            const marker = document.querySelector('[data-event="intelligence-report"]');
            const box = marker.getBoundingClientRect();
            const frame = window.map.getContainer().getBoundingClientRect();
            const size = window.map.getSize();
            const x = box.left + box.width / 2 - frame.left;
            const y = box.top + box.height / 2 - frame.top;
            window.map.panBy([x - (size.x - 90), y - 80], {animate: false});
        }"""
    )
    tab.open_popup("intelligence-report")
    clear = frame.locator("body").evaluate(
        """() => {
            const frame = window.map.getContainer().getBoundingClientRect();
            const popup = document.querySelector(".leaflet-popup").getBoundingClientRect();
            const close = document.querySelector(".leaflet-popup-close-button");
            const box = close.getBoundingClientRect();
            const middle = [box.left + box.width / 2, box.top + box.height / 2];
            const top = document.elementFromPoint(...middle);
            const controls = [...document.querySelectorAll(".leaflet-control")]
                .map((control) => control.getBoundingClientRect())
                .filter((c) => c.left < popup.right && popup.left < c.right
                    && c.top < popup.bottom && popup.top < c.bottom);
            return {
                inside: popup.left >= frame.left && popup.right <= frame.right
                    && popup.top >= frame.top && popup.bottom <= frame.bottom,
                closeOnTop: top === close || close.contains(top),
                controlsOverlapping: controls.length,
            };
        }"""
    )
    assert clear == {"inside": True, "closeOnTop": True, "controlsOverlapping": 0}
    tab.screenshot("popup-near-corner")


def test_unticking_a_layer_hides_it_and_it_stays_hidden(tab, app_url):
    tab.open(f"{app_url}/")
    tab.map()
    tab.wait_marks(markers=MARKERS, lines=LINES)
    frame = tab.page.frame_locator(MAP_FRAME)
    tab.open_layer_control()
    diplomacy = len(sample_ids(layer="diplomacy"))
    frame.get_by_label("Troop movements").uncheck()
    tab.wait_marks(markers=diplomacy, lines=0)
    # A filter change redraws the layers: the unticked one must not come back.
    tab.page.get_by_role("button", name="Remove France").first.click()
    tab.wait_count(_count(TOTAL - 1))
    tab.wait_marks(markers=diplomacy - 1, lines=0)
    assert not frame.get_by_label("Troop movements").is_checked()
    tab.open_layer_control()
    frame.get_by_label("Troop movements").check()
    tab.wait_marks(markers=MARKERS - 1, lines=LINES)
    tab.screenshot("layer-control")


def test_a_filter_change_keeps_the_map_and_the_users_zoom(tab, app_url):
    tab.open(f"{app_url}/")
    tab.map()
    tab.wait_marks(markers=MARKERS, lines=LINES)
    # Record every script run from now on: panning and zooming must not start one.
    tab.page.evaluate(
        """() => {
            window.__runs = 0;
            const app = document.querySelector('[data-testid="stApp"]');
            new MutationObserver(() => {
                if (app.getAttribute('data-test-script-state') === 'running') { window.__runs++; }
            }).observe(app, {attributes: true});
        }"""
    )
    frame = tab.page.frame_locator(MAP_FRAME)
    body = frame.locator("body")
    body.evaluate("() => { window.__probe = 'same iframe'; window.map.setView([37.6, 127.0], 7); }")
    frame.locator(".leaflet-control-zoom-in").click()
    tab.page.wait_for_timeout(1500)
    assert tab.page.evaluate("() => window.__runs") == 0, "zooming reran the script"
    before = body.evaluate("() => [window.map.getZoom(), window.map.getCenter().lat]")
    assert before[0] == 7.5

    diplomacy = len(sample_ids(layer="diplomacy"))
    tab.page.get_by_role("button", name="Remove Troop movements").first.click()
    tab.wait_count(_count(diplomacy))
    tab.wait_marks(markers=diplomacy, lines=0)
    after = body.evaluate(
        "() => [window.__probe, window.map.getZoom(), window.map.getCenter().lat]"
    )
    assert after[0] == "same iframe", "the map iframe was not reloaded"
    assert after[1] == before[0] and after[2] == pytest.approx(before[1], abs=0.01)
    tab.screenshot("zoom-kept")

    # On request, the map fits the events again (Brussels to Korea: a much wider view).
    tab.page.get_by_role("button", name="Fit the map to these events").click()
    body.evaluate(
        """() => new Promise((resolve) => {
            const check = () => window.map.getZoom() < 5 ? resolve(true) : setTimeout(check, 100);
            check();
        })"""
    )
    assert body.evaluate("() => window.__probe") == "same iframe"


def test_every_page_opens_cleanly(tab, app_url):
    for page_path in ("", "timeline", "events", "places", "about"):
        tab.open(f"{app_url}/{page_path}")
        tab.no_streamlit_exception()
        assert tab.count_line() == _count(TOTAL)
        if page_path == "":
            tab.map()
            tab.wait_marks(markers=MARKERS, lines=LINES)
            assert tab.map_errors() == []
        tab.screenshot(f"page-{page_path or 'map'}")


def test_first_visits_to_a_fresh_server_at_once_all_work(browser, sample_dir):
    # A shared link opened by several readers while a sleeping app wakes up: on a fresh
    # server, Streamlit runs a requested page's own file first (legacy pages/ navigation).
    pages = ("timeline", "events", "places", "about")
    with (
        running_app({"STORIES_DIR": str(sample_dir)}) as (base_url, _),
        contextlib.ExitStack() as stack,
    ):
        tabs = [stack.enter_context(open_tab(browser, OfflineRouter())) for _ in pages]
        for opened, page_path in zip(tabs, pages, strict=True):
            opened.page.goto(f"{base_url}/{page_path}?actor=nato", wait_until="commit")
        for opened, page_path in zip(tabs, pages, strict=True):
            opened.wait_count(_count(1))
            wait_for_app(opened.page)
            opened.no_streamlit_exception()
            assert opened.page.get_by_text("Page not found").count() == 0
            assert f"/{page_path}?" in opened.page.url and "actor=nato" in opened.page.url
            opened.screenshot(f"first-visit-{page_path}")


def test_the_map_loads_when_the_app_is_mounted_under_a_path(browser, tab, sample_dir):
    # Community Cloud serves the app under /~/+/ inside its own page: the map's scripts are
    # found relative to the map frame, and share links name the public address.
    with running_app({"STORIES_DIR": str(sample_dir)}, base_path="~/+") as (app_url, _):
        tab.open(f"{app_url}/?story={STORY_ID}&actor=france")
        tab.map()
        tab.wait_marks(markers=1, lines=0)
        origin = app_url.removesuffix("/~/+")
        link = tab.share_link()
        assert link.replace("\n", "") == f"{origin}/?story={STORY_ID}&lang=en&actor=france"
        tab.screenshot("mounted-under-a-path")


def test_the_shipped_story_renders_every_event(tab, shipped_catalog):
    story = shipped_catalog.default_story()
    movements = sum(event.is_movement for event in story.events)
    with running_app() as (base_url, _):
        tab.open(f"{base_url}/")
        tab.map()
        tab.wait_marks(markers=len(story.events) - movements, lines=movements)
        total = len(story.events)
        assert tab.count_line() == f"{total} of {total} events"
        assert tab.map_errors() == []
        tab.screenshot("shipped-story")


# --- Hostile input ------------------------------------------------------------------------------

XSS = '<script>window.__xss=1</script><img src=x onerror="window.__xss=1">'
HOSTILE = (
    f"{XSS} ${{window.__xss=1}} `backtick` \\u0041 \\ end \u202eright-to-left\u202c "
    "עברית العربية 🚀🇰🇷"
)


def _hostile_folder(folder: Path) -> Path:
    long_text = "Long " + "x" * 10_000
    write_story(
        folder,
        "hostile.yaml",
        id="hostile-story",
        title=f"Title {HOSTILE}",
        published="2030-01-01",
        summary=HOSTILE,
        url="https://example.com/a)![x](https://evil.example/p.png)<img src=x onerror=alert(1)>",
        mentions=[{"place": "Vladivostok", "place_text": HOSTILE[:190], "note": HOSTILE}],
        events=[
            make_event(summary=HOSTILE, quote=HOSTILE, source=HOSTILE, place_text=HOSTILE[:190]),
            make_event(id="long-one", summary=long_text, quote=long_text, place="Paris"),
            make_event(MOVEMENT_EVENT, summary=HOSTILE, quote=HOSTILE),
        ],
    )
    (folder / "broken.yaml").write_text("id: broken\nevents: [\n", "utf-8")
    bad_events = {
        "missing-field": make_event(summary=DELETE),
        "wrong-type": make_event(troops="many"),
        "unknown-actor": make_event(actor="atlantis"),
        "unresolvable": make_event(place="Xyzzyville"),
        "backwards": make_event(date_end="2024-01-01"),
    }
    for story_id, event in bad_events.items():
        write_story(
            folder,
            f"{story_id}.yaml",
            id=story_id,
            published="2020-01-01",
            events=[make_event(id="fine"), event | {"id": "bad"}],
        )
    write_story(folder, "duplicates.yaml", id="duplicates", events=[make_event(), make_event()])
    return folder


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def hostile_app(tmp_path_factory) -> Iterator[tuple[str, Path]]:
    folder = _hostile_folder(tmp_path_factory.mktemp("hostile"))
    before = _snapshot(folder)
    with running_app({"STORIES_DIR": str(folder)}) as (base_url, _):
        yield base_url, folder
    assert _snapshot(folder) == before, "the app wrote to the stories folder"


def _no_script_ran(tab: Tab) -> None:
    assert tab.page.evaluate("() => window.__xss") is None
    frames = tab.page.locator(MAP_FRAME)
    if frames.count():
        flag = tab.page.frame_locator(MAP_FRAME).locator("body").evaluate("() => window.__xss")
        assert flag is None


def test_hostile_text_is_shown_as_text_and_runs_nothing(tab, hostile_app):
    base_url, _ = hostile_app
    tab.open(f"{base_url}/?story=hostile-story")
    tab.map()
    tab.wait_marks(markers=2, lines=1)
    assert "<script>window.__xss=1</script>" in tab.page.locator("h4").first.inner_text()
    frame = tab.page.frame_locator(MAP_FRAME)
    frame.locator("body").evaluate("() => window.map.setView([37.6, 127.0], 6, {animate: false})")
    text = tab.open_popup("summons-in-seoul")
    assert XSS in text and "${window.__xss=1}" in text and "`backtick`" in text
    assert "\\u0041" in text and "🚀" in text and "עברית" in text
    tab.page.wait_for_timeout(500)
    _no_script_ran(tab)
    assert tab.map_errors() == []
    tab.screenshot("hostile-popup")
    for page_path in ("timeline", "events", "places", "about"):
        tab.open(f"{base_url}/{page_path}?story=hostile-story")
        tab.no_streamlit_exception()
        _no_script_ran(tab)
        tab.screenshot(f"hostile-{page_path}")
    assert "<img src=x" in tab.page.get_by_text("Title <script>", exact=False).first.inner_text()
    assert tab.page.locator('img[src*="evil.example"]').count() == 0


def test_malformed_files_are_named_and_the_rest_still_works(tab, hostile_app):
    base_url, _ = hostile_app
    tab.open(f"{base_url}/?story=wrong-type")
    tab.map()
    assert tab.count_line() == "1 of 1 events"
    warning = tab.page.get_by_text(re.compile(r"\d+ problems in the data files"))
    assert warning.is_visible()
    tab.page.get_by_text("What is wrong, where").click()
    details = tab.page.locator('[data-testid="stExpander"] [data-testid="stCode"]').inner_text()
    expected = [
        "broken.yaml: broken YAML: line 3",
        "missing-field.yaml: event 'bad' (#2): field 'summary'",
        "wrong-type.yaml: event 'bad' (#2): field 'troops': Input should be a valid integer",
        "unknown-actor.yaml: event 'bad' (#2): field 'actor': unknown actor",
        "unresolvable.yaml: event 'bad' (#2): field 'place': place not found",
        "backwards.yaml: event 'bad' (#2): field 'date_end': ends before it starts",
        "duplicates.yaml: event 'summons-in-seoul' (#2): field 'id': duplicate event id",
    ]
    for line in expected:
        assert line in details, line
    tab.screenshot("malformed-files")
    for story_id in ("missing-field", "unknown-actor", "unresolvable", "backwards", "duplicates"):
        tab.open(f"{base_url}/events?story={story_id}")
        tab.no_streamlit_exception()
        assert tab.count_line() == "1 of 1 events"


# --- Import ---------------------------------------------------------------------------------------

IMPORT_ARTICLE = (
    "La Corée du Nord envoie des soldats\n\n"
    "Selon le renseignement sud-coréen, la Corée du Nord a envoyé 1 500 soldats à Oussouriisk "
    "vendredi. La Corée du Sud a convoqué lundi l’ambassadeur russe à Séoul.\n"
)


def _draft_imported_article(tab, base_url: str, day: str) -> None:
    """Paste the test article on the Import page, type its publication day, draft it."""
    tab.open(f"{base_url}/import")
    tab.page.get_by_label("Article text").fill(IMPORT_ARTICLE)
    tab.page.get_by_role("spinbutton", name="Publication date").first.click()
    tab.page.keyboard.type(day)
    tab.page.keyboard.press("Escape")
    tab.page.get_by_role("button", name="Draft events").click()
    tab.page.get_by_text("2 events ready.").wait_for(timeout=120_000)
    wait_for_app(tab.page)  # (a click during a rerun may be lost: the next steps click)


def test_an_article_older_than_ten_years_takes_its_publication_date(browser, tmp_path):
    """Streamlit's date input refuses days over ten years back unless told otherwise: an
    article of 2008 must still be given its date and drafted."""
    stories = tmp_path / "stories"
    write_story(stories, "other.yaml", id="other-story", events=[make_event()])
    with (
        running_app({"STORIES_DIR": str(stories)}) as (base_url, _),
        open_tab(browser, OfflineRouter()) as tab,
    ):
        _draft_imported_article(tab, base_url, "20081022")
        assert tab.page.get_by_text("outside allowed range").count() == 0


def test_an_article_pasted_reviewed_and_saved_opens_on_the_map(browser, tmp_path):
    stories = tmp_path / "stories"
    write_story(stories, "other.yaml", id="other-story", events=[make_event()])
    with (
        running_app({"STORIES_DIR": str(stories), "IMPORT_SAVE": "1"}) as (base_url, _),
        open_tab(browser, OfflineRouter()) as tab,
    ):
        _draft_imported_article(tab, base_url, "20241022")
        tab.screenshot("import-drafted")
        # Edit the table: untick the first row. The grid draws on a canvas: the "include" box
        # of row 1 is the first column after the row markers (32 px), under a 35 px header.
        grid = tab.page.locator('[data-testid="stDataFrame"] .dvn-scroller').first
        grid.scroll_into_view_if_needed()
        grid.click(position={"x": 76, "y": 35 + 17})
        tab.page.get_by_text("1 event ready.").wait_for(timeout=30_000)
        wait_for_app(tab.page)  # (the edit's rerun and the preview map's are over)
        tab.screenshot("import-edited")
        tab.page.get_by_role("button", name="Save to the stories folder and open it").click()
        tab.page.wait_for_url(re.compile(r"story=la-coree-du-nord-envoie-des-soldats"))
        tab.page.get_by_role("heading", name="La Corée du Nord envoie des soldats").wait_for()
        tab.wait_count("1 of 1 events")
        tab.map()
        tab.wait_marks(markers=1, lines=0)
        tab.no_streamlit_exception()
        tab.screenshot("import-saved-on-the-map")
    saved = stories / "la-coree-du-nord-envoie-des-soldats.yaml"
    text = saved.read_text("utf-8")
    assert "convoqué lundi l’ambassadeur russe à Séoul" in text
    assert "kind: summons" in text and "1 500" not in text.split("events:")[1].split("quote")[0]

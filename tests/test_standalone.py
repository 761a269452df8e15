"""The map of a view as one self-contained HTML file (geo.map.standalone)."""

import re

from geo.catalog import load_catalog
from geo.i18n import Words
from geo.map import standalone_html
from geo.safe_html import escape_text
from tests.conftest import make_event, write_story
from tests.test_map_layers import HOSTILE

LIMIT = 1_500_000  # bytes, the publishing issue's target


def _page(story, events, words, summary=None):
    return standalone_html(story, events, words, summary=summary, link="https://app.example/?x=1")


def test_the_file_holds_everything_it_needs(sample_story, english):
    page = _page(sample_story, list(sample_story.events), english)
    assert len(page.encode("utf-8")) < LIMIT
    # No script, style or image comes from anywhere: all inline (tiles are the only requests).
    assert re.findall(r'<script[^>]+src=|<link[^>]+href=|<img[^>]+src="(?!data:)', page) == []
    assert page.count("<script>") >= 5, "Leaflet, jQuery, topojson, newsmap and the map"
    assert "L.map(" in page and "newsmap.readers(" in page
    assert "data:application/json;base64," in page, "the offline outlines are inside"
    assert "data:image/png;base64," in page, "Leaflet's layer button image is inside"
    assert '<html lang="en">' in page
    for text in ("Sample: North Korean troops in Russia", "Test Gazette, 22 Oct 2024", "Legend"):
        assert text in page, text
    assert 'href="https://app.example/?x=1"' in page


def test_it_shows_the_view_its_summary_and_caveats_in_the_readers_language(sample_story, french):
    events = [e for e in sample_story.events if e.actor == "nato"]
    page = _page(sample_story, events, french, summary="OTAN · 18 oct. 2024")
    assert '<html lang="fr">' in page and "Légende" in page
    assert "Affiché seulement :</strong> OTAN · 18 oct. 2024" in page
    assert f"{len(events)} événement" in page
    for caveat in sample_story.meta.caveats:
        assert escape_text(caveat) in page
    shown = set(re.findall(r'data-event=\\"([a-z0-9-]+)\\"', page))
    assert shown == {e.id for e in events}


def test_story_text_is_escaped_in_the_page_around_the_map(tmp_path, offline_curated_resolver):
    write_story(
        tmp_path,
        title=HOSTILE,
        outlet=HOSTILE,
        caveats=[HOSTILE, "{map}"],
        events=[make_event(summary=HOSTILE)],
    )
    story = load_catalog(tmp_path, resolver=offline_curated_resolver).stories["test-story"]
    page = _page(story, list(story.events), Words("en", story.actors), summary=HOSTILE)
    for raw in ("<script>window.pwned", "<img src=x", "${window.pwned"):
        assert raw not in page, raw
    assert escape_text(HOSTILE) in page
    assert page.count('<div class="folium-map"') == 1 and "<li>{map}</li>" in page

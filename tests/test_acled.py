"""ACLED CSV exports in the stories folder: read as stories, codes mapped through
data/acled.yaml, bad rows named (line, column, value) and skipped, sidecar metadata. The files
are made up here (benchmarks/acled_sample.py), never downloaded."""

from datetime import date

import pytest

from benchmarks.acled_sample import COLUMNS, acled_rows, write_acled
from geo.catalog import load_catalog
from geo.export import to_csv_text
from geo.i18n import Words
from geo.map.popups import popup_html
from geo.readers.acled_rows import KEYS, REQUIRED, EventRows
from tests.conftest import write_story


def _row(**changes: str) -> dict:
    row = next(acled_rows(1))
    row.update(
        event_id_cnty="UKR101",
        event_date="2024-10-18",
        time_precision="1",
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1="Military Forces of Russia (2000-)",
        actor2="Military Forces of Ukraine (2019-)",
        country="Ukraine",
        admin1="Kharkivska",
        location="Vovchansk",
        latitude="50.2908",
        longitude="36.9411",
        geo_precision="1",
        notes="On 18 October 2024, Russian forces clashed with Ukrainian forces in Vovchansk.",
        fatalities="3",
        source="Suspilne",
    )
    row.update(changes)
    return row


def _load(tmp_path, resolver, rows, name="front.csv"):
    write_acled(tmp_path / name, rows)
    catalog = load_catalog(tmp_path, resolver=resolver)
    return catalog, catalog.stories.get(name.removesuffix(".csv"))


def test_an_acled_row_is_an_event_at_its_own_coordinates(tmp_path, offline_curated_resolver):
    catalog, story = _load(tmp_path, offline_curated_resolver, [_row()])
    assert catalog.problems == ()
    (event,) = story.events
    assert (event.id, event.layer, event.kind, event.status) == (
        "ukr101",
        "battles",
        "clash",
        "confirmed",
    )
    assert (event.actor, event.counterpart) == ("russia", "ukraine"), "year ranges ignored"
    assert (event.date_start, event.date_end, event.time_precision) == (
        date(2024, 10, 18),
        date(2024, 10, 18),
        "day",
    )
    place = story.location_of(event)
    assert (place.lat, place.lon, place.source) == (50.2908, 36.9411, "story")
    assert event.place_text == "Vovchansk" and event.geo_precision == "exact"
    assert event.quote == _row()["notes"], "ACLED's notes, verbatim"
    assert event.source == "ACLED, from: Suspilne"
    assert event.properties["fatalities"] == "3"
    assert event.properties["event_type"] == "Battles"
    assert "notes" not in event.properties and "latitude" not in event.properties
    assert story.meta.outlet == "ACLED" and story.meta.title == "ACLED events: front"
    assert story.layer_ids() == ("battles",)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"time_precision": "2"}, ("2024-10-15", "2024-10-21", "day")),  # the week around it
        ({"time_precision": "3"}, ("2024-10-01", "2024-10-31", "month")),
        ({"event_date": "18 October 2024"}, ("2024-10-18", "2024-10-18", "day")),
    ],
)
def test_acled_time_precision_becomes_a_span(tmp_path, offline_curated_resolver, changes, expected):
    _, story = _load(tmp_path, offline_curated_resolver, [_row(**changes)])
    (event,) = story.events
    assert (event.date_start.isoformat(), event.date_end.isoformat(), event.time_precision) == (
        expected
    )


@pytest.mark.parametrize(
    ("changes", "layer", "kind", "precision"),
    [
        ({"sub_event_type": "Air/drone strike", "geo_precision": "2"}, "strikes", "strike", "near"),
        (
            {"sub_event_type": "Peaceful protest", "geo_precision": "3"},
            "unrest",
            "protest",
            "region",
        ),
        ({"sub_event_type": "Agreement"}, "developments", "agreement", "exact"),
        # A sub-event type the table lacks takes its event type's layer.
        (
            {"sub_event_type": "Something new", "event_type": "Riots"},
            "unrest",
            "other_development",
            "exact",
        ),
    ],
)
def test_acled_codes_map_through_the_table(
    tmp_path, offline_curated_resolver, changes, layer, kind, precision
):
    _, story = _load(tmp_path, offline_curated_resolver, [_row(**changes)])
    (event,) = story.events
    assert (event.layer, event.kind, event.geo_precision) == (layer, kind, precision)


def test_unknown_acled_actors_become_actors_of_the_story(tmp_path, offline_curated_resolver):
    rows = [_row(actor1="Protesters (Ukraine)", actor2=""), _row(event_id_cnty="UKR102")]
    _, story = _load(tmp_path, offline_curated_resolver, rows)
    first, second = story.events
    assert first.actor == "protesters-ukraine" and first.counterpart is None
    assert story.actors["protesters-ukraine"].name_en == "Protesters (Ukraine)"
    assert second.actor == "russia"
    words = Words("fr", story.actors)
    assert words.actor("protesters-ukraine") == "Protesters (Ukraine)"


def test_bad_rows_are_named_by_line_column_and_value_and_the_rest_loads(
    tmp_path, offline_curated_resolver
):
    rows = [
        _row(event_id_cnty="UKR1"),
        _row(event_id_cnty="UKR2", latitude="north"),
        _row(event_id_cnty="UKR3", event_date="yesterday"),
        _row(event_id_cnty="UKR4", geo_precision="7"),
        _row(event_id_cnty="UKR5", sub_event_type="Duel", event_type="Jousting"),
        _row(event_id_cnty="UKR6", actor1=" "),
        _row(event_id_cnty="UKR7", longitude="200"),
        _row(event_id_cnty="UKR1"),  # a second UKR1
        _row(event_id_cnty="UKR9"),
    ]
    catalog, story = _load(tmp_path, offline_curated_resolver, rows)
    assert [event.id for event in story.events] == ["ukr1", "ukr9"]
    problems = [str(problem) for problem in catalog.problems]
    expected = [
        "front.csv: line 3: field 'latitude': expected a number (got 'north')",
        "front.csv: line 4: field 'event_date': expected a date",
        "front.csv: line 5: field 'geo_precision': expected one of 1, 2, 3 (got '7')",
        "front.csv: line 6: field 'sub_event_type': not an ACLED event type",
        "front.csv: line 7: field 'actor1': empty (got ' ')",
        "front.csv: line 8: field 'longitude': expected a number from -180 to 180 (got '200')",
        "duplicate event id",
    ]
    for text in expected:
        assert any(text in problem for problem in problems), (text, problems)
    assert len(problems) == len(expected)


def test_a_csv_that_is_not_an_acled_export_is_named_and_the_others_load(
    tmp_path, offline_curated_resolver
):
    (tmp_path / "notes.csv").write_text("name,age\nAda,36\n", "utf-8")
    (tmp_path / "binary.csv").write_bytes(b"\xff\xfe\x00garbage")
    write_story(tmp_path, events=[])
    catalog, story = _load(tmp_path, offline_curated_resolver, [_row()])
    assert story is not None and "test-story" in catalog.stories
    problems = [str(problem) for problem in catalog.problems]
    assert any("notes.csv: not an ACLED export: no column event_id_cnty" in p for p in problems)
    assert any("binary.csv" in p for p in problems)
    assert not any("Ada" in p for p in problems), "a stranger file's content is not shown"


def test_a_sidecar_gives_the_story_its_metadata_and_is_not_a_story_itself(
    tmp_path, offline_curated_resolver
):
    (tmp_path / "front.yaml").write_text(
        "title: Fighting around Kharkiv, 2024\noutlet: ACLED (curated by the desk)\n"
        "caveats: [Fatality counts are estimates.]\npublished: 2024-11-01\n",
        "utf-8",
    )
    catalog, story = _load(tmp_path, offline_curated_resolver, [_row()])
    assert catalog.problems == ()
    assert list(catalog.stories) == ["front"]
    assert story.meta.title == "Fighting around Kharkiv, 2024"
    assert story.meta.caveats == ["Fatality counts are estimates."]
    assert story.meta.published == date(2024, 11, 1)


def test_a_broken_sidecar_is_named_and_the_data_still_loads(tmp_path, offline_curated_resolver):
    (tmp_path / "front.yaml").write_text("title: [unclosed\nwho: me\n", "utf-8")
    catalog, story = _load(tmp_path, offline_curated_resolver, [_row()])
    assert len(story.events) == 1
    assert any("front.yaml" in str(problem) for problem in catalog.problems)


def test_one_name_at_two_points_keeps_both_points(tmp_path, offline_curated_resolver):
    rows = [_row(), _row(event_id_cnty="UKR102", latitude="50.3")]
    _, story = _load(tmp_path, offline_curated_resolver, rows)
    first, second = (story.location_of(event) for event in story.events)
    assert (first.lat, second.lat) == (50.2908, 50.3)


def test_hostile_acled_text_is_escaped_in_the_popup_and_defused_in_exports(
    tmp_path, offline_curated_resolver
):
    hostile = "<img src=x onerror=alert(1)>`${alert(2)}`"
    rows = [
        _row(notes=hostile, actor1=hostile, tags=hostile),
        _row(event_id_cnty="UKR102", notes="=1+1"),
    ]
    _, story = _load(tmp_path, offline_curated_resolver, rows)
    event, formula = story.events
    html = popup_html(event, story, Words("en", story.actors))
    assert "<img" not in html and "${" not in html and "`" not in html
    assert "&lt;img" in html
    assert "'=1+1" in to_csv_text(story, [formula]), "a formula-like cell is defused"


def test_the_sample_generator_writes_every_acled_column(tmp_path, offline_curated_resolver):
    catalog, story = _load(tmp_path, offline_curated_resolver, list(acled_rows(200, seed=3)))
    header = (tmp_path / "front.csv").read_text("utf-8").splitlines()[0]
    assert header.split(",") == list(COLUMNS)
    assert catalog.problems == () and len(story.events) == 200
    assert {event.layer for event in story.events} == {
        "battles",
        "strikes",
        "civilians",
        "unrest",
        "developments",
    }


def test_a_document_s_events_are_kept_compactly_and_given_back_whole():
    rows = EventRows(["fatalities", "admin2"])
    first = {
        "id": "ukr1",
        "date_start": "2024-10-18",
        "date_end": "2024-10-18",
        "time_precision": "day",
        "layer": "battles",
        "kind": "clash",
        "actor": "russia",
        "counterpart": None,
        "place": "Vovchansk, Ukraine",
        "place_text": "Vovchansk",
        "geo_precision": "exact",
        "status": "confirmed",
        "summary": "Armed clash: Russia, Vovchansk",
        "quote": "Russian forces clashed.",
        "source": "ACLED, from: Suspilne",
        "source_date": "2024-10-19",
        "properties": {"fatalities": "3"},
    }
    second = {**first, "id": "ukr2", "properties": {"admin2": "Chuhuivskyi", "fatalities": "0"}}
    rows.append(tuple(first[key] for key in KEYS), ("3", None))
    rows.append(tuple(second[key] for key in KEYS), ("0", "Chuhuivskyi"))
    assert len(rows) == 2 and rows[0] == first and rows[1] == second
    assert rows[1:] == [second]
    assert rows[0:2] == [first, second] and list(rows) == [first, second]
    assert rows[0] is not rows[0], "a new mapping each time: the document's are never shared"


def test_an_export_with_only_the_required_columns_loads_and_shared_values_stay_apart(
    tmp_path, offline_curated_resolver
):
    # No actor2, admin1, notes, source or timestamp; a short line, a long one and a blank one.
    header = ",".join(REQUIRED)
    row = "UKR{n},18 October 2024,{precision},Battles,Armed clash,Russia,Ukraine,Vovchansk,{lat},"
    row += "36.94,1"
    lines = [
        header,
        row.format(n=1, precision=1, lat="50.29"),
        row.format(n=2, precision=3, lat="50.29"),  # the same day, to the month
        "",
        row.format(n=3, precision=1, lat="50.31") + ",an extra cell",  # a second point
        "UKR4,18 October 2024,1,Battles",  # cut short: its first missing cell is named
    ]
    (tmp_path / "front.csv").write_text("\n".join(lines) + "\n", "utf-8")
    catalog = load_catalog(tmp_path, resolver=offline_curated_resolver)
    story = catalog.stories["front"]
    spans = [(e.id, e.date_start.isoformat(), e.date_end.isoformat()) for e in story.events]
    assert spans == [
        ("ukr1", "2024-10-18", "2024-10-18"),
        ("ukr2", "2024-10-01", "2024-10-31"),
        ("ukr3", "2024-10-18", "2024-10-18"),
    ]
    first, _, third = story.events
    assert (
        first.place == "Vovchansk, Ukraine" and third.place == "Vovchansk, Ukraine (50.31, 36.94)"
    )
    assert first.quote == "Battles; Armed clash" and first.source == "ACLED, from: unnamed sources"
    assert first.properties == {"event_type": "Battles", "country": "Ukraine"}
    assert first.counterpart is None
    assert first.source_date == date(2024, 10, 18), "no timestamp: the event's own day"
    (problem,) = catalog.problems
    assert "front.csv: line 6: field 'geo_precision': expected one of 1, 2, 3 (got '')" in str(
        problem
    )

"""Every validation rule of a story file, each failing case naming file, event, field, value."""

import pytest

from geo.catalog import load_actors, load_catalog, load_story_file
from tests.conftest import DELETE, MOVEMENT_EVENT, make_event, write_story

NO_VALUE = object()  # the problem records no value (a missing field)

# (case, event changes, field named in the problem, bad value shown, words in the message)
EVENT_RULES = [
    ("missing field", {"summary": DELETE}, "summary", NO_VALUE, "missing"),
    ("unknown field", {"colour": "red"}, "colour", "red", "unknown field"),
    ("bad id", {"id": "Not A Slug"}, "id", "Not A Slug", "pattern"),
    ("bad date", {"date_start": "21/10/2024"}, "date_start", "21/10/2024", "YYYY-MM-DD"),
    ("impossible date", {"date_start": "2024-02-30"}, "date_start", "2024-02-30", "real date"),
    ("number as date", {"date_end": 20241021}, "date_end", 20241021, "YYYY-MM-DD"),
    ("end before start", {"date_end": "2024-10-01"}, "date_end", "2024-10-01", "before"),
    ("bad layer", {"layer": "navy"}, "layer", "navy", "troops"),
    ("bad kind", {"kind": "rumour"}, "kind", "rumour", "statement"),
    ("bad status", {"status": "maybe"}, "status", "maybe", "confirmed"),
    ("bad geo precision", {"geo_precision": "city"}, "geo_precision", "city", "exact"),
    ("bad time precision", {"time_precision": "week"}, "time_precision", "week", "day"),
    ("troops as text", {"troops": "1500"}, "troops", "1500", "integer"),
    ("troops negative", {"troops": -5}, "troops", -5, "must be at least 0"),
    ("troops as bool", {"troops": True}, "troops", True, "integer"),
    ("summary as number", {"summary": 12}, "summary", 12, "string"),
    ("empty quote", {"quote": "  "}, "quote", "  ", "at least 1"),
    ("unknown actor", {"actor": "atlantis"}, "actor", "atlantis", "unknown actor"),
    ("unknown counterpart", {"counterpart": "mars"}, "counterpart", "mars", "unknown actor"),
    (
        "unknown claimant",
        {"claimed_by": "nobody", "status": "claimed"},
        "claimed_by",
        "nobody",
        "unknown actor",
    ),
    ("claimant of a confirmed event", {"claimed_by": "nato"}, "claimed_by", "nato", "no claimant"),
    ("actor is counterpart", {"counterpart": "south-korea"}, "counterpart", "south-korea", "same"),
    ("unresolvable place", {"place": "Xyzzyville"}, "place", "Xyzzyville", "not found"),
    ("no place at all", {"place": DELETE, "place_text": DELETE}, "place", None, "missing"),
    ("place and origin", {"origin": "Seoul"}, "place", "Seoul", "not both"),
    ("text without place", {"place": DELETE}, "place_text", "Séoul", "without"),
    (
        "javascript url",
        {"source_url": "javascript:alert(1)"},
        "source_url",
        "javascript:alert(1)",
        "http",
    ),
    (
        "month precision not a month",
        {"time_precision": "month", "date_start": "2024-06-03", "date_end": "2024-06-30"},
        "time_precision",
        "month",
        "1st",
    ),
    (
        "year precision not a year",
        {"time_precision": "year", "date_start": "2024-01-01", "date_end": "2024-06-30"},
        "time_precision",
        "year",
        "31 December",
    ),
]


@pytest.mark.parametrize(
    ("changes", "field", "value", "words"),
    [case[1:] for case in EVENT_RULES],
    ids=[case[0] for case in EVENT_RULES],
)
def test_each_event_rule_names_file_event_field_and_value(
    tmp_path, offline_curated_resolver, changes, field, value, words
):
    good = make_event(id="good-event")
    bad = make_event(id="bad-event", **changes) if "id" not in changes else make_event(**changes)
    path = write_story(tmp_path, events=[good, bad])

    story, problems = load_story_file(
        path, actors=load_actors()[0], resolver=offline_curated_resolver
    )

    assert story is not None
    assert [event.id for event in story.events] == ["good-event"], "the valid event is kept"
    assert len(problems) >= 1
    problem = next(p for p in problems if p.field == field)
    assert problem.file == str(path)
    assert problem.event is not None and "#2" in problem.event
    if value is NO_VALUE:
        assert not problem.has_value, "a missing field has no value to show"
    else:
        assert problem.has_value and problem.value == value
    text = str(problem)
    assert str(path) in text and f"'{field}'" in text and "#2" in text
    assert words.lower() in text.lower()


def test_movement_needs_origin_and_destination(tmp_path, offline_curated_resolver):
    event = make_event(MOVEMENT_EVENT, destination=DELETE, destination_text=DELETE)
    path = write_story(tmp_path, events=[event])
    story, problems = load_story_file(
        path, actors=load_actors()[0], resolver=offline_curated_resolver
    )
    assert story is not None and story.events == ()
    assert [(p.field, p.value) for p in problems] == [("destination", None)]


def test_diplomacy_event_cannot_be_a_movement(tmp_path, offline_curated_resolver):
    event = make_event(MOVEMENT_EVENT, layer="diplomacy", kind="visit")
    path = write_story(tmp_path, events=[event])
    _, problems = load_story_file(path, actors=load_actors()[0], resolver=offline_curated_resolver)
    assert [(p.field, p.value) for p in problems] == [("layer", "diplomacy")]


def test_duplicate_event_id_keeps_the_first(tmp_path, offline_curated_resolver):
    first = make_event(summary="first")
    second = make_event(summary="second")
    path = write_story(tmp_path, events=[first, second])
    story, problems = load_story_file(
        path, actors=load_actors()[0], resolver=offline_curated_resolver
    )
    assert [event.summary for event in story.events] == ["first"]
    assert [(p.field, p.value, p.event) for p in problems] == [
        ("id", "summons-in-seoul", "'summons-in-seoul' (#2)")
    ]


def test_valid_movement_event_resolves_both_ends(tmp_path, offline_curated_resolver):
    path = write_story(tmp_path, events=[make_event(MOVEMENT_EVENT)])
    story, problems = load_story_file(
        path, actors=load_actors()[0], resolver=offline_curated_resolver
    )
    assert problems == []
    assert story.place_of("North Korea").precision == "country"
    assert story.place_of("Ussuriysk").location == pytest.approx((43.80467, 131.95734))


@pytest.mark.parametrize(
    ("meta", "field", "value"),
    [
        ({"published": "yesterday"}, "published", "yesterday"),
        ({"id": "Bad Id"}, "id", "Bad Id"),
        ({"url": "ftp://example.org/a"}, "url", "ftp://example.org/a"),
        ({"language": "French"}, "language", "French"),
        ({"title": None}, "title", None),
    ],
)
def test_bad_story_metadata_skips_the_story(tmp_path, offline_curated_resolver, meta, field, value):
    path = write_story(tmp_path, events=[make_event()], **meta)
    story, problems = load_story_file(
        path, actors=load_actors()[0], resolver=offline_curated_resolver
    )
    assert story is None
    assert [(p.field, p.value) for p in problems] == [(field, value)]
    assert problems[0].event is None and str(path) in str(problems[0])


def test_problem_values_are_shortened_in_messages(tmp_path, offline_curated_resolver):
    path = write_story(tmp_path, events=[make_event(kind="x" * 500)])
    _, problems = load_story_file(path, actors=load_actors()[0], resolver=offline_curated_resolver)
    assert "x" * 80 not in str(problems[0]) and "…" in str(problems[0])
    assert problems[0].value == "x" * 500


def test_one_bad_actor_leaves_the_other_actors_and_their_events(tmp_path, offline_curated_resolver):
    actors_file = tmp_path / "actors.yaml"
    actors_file.write_text(
        "actors:\n"
        "  - {id: south-korea, name_en: South Korea, name_fr: Corée du Sud, color: '#1f78b4'}\n"
        "  - {id: wagner, name_en: Wagner, name_fr: Wagner, color: red}\n",
        "utf-8",
    )
    write_story(
        tmp_path / "stories",
        events=[make_event(counterpart=None), make_event(id="b", counterpart="wagner")],
    )
    catalog = load_catalog(
        tmp_path / "stories", resolver=offline_curated_resolver, actors_file=actors_file
    )
    assert [(p.file, p.event, p.field, p.value) for p in catalog.problems] == [
        (str(actors_file), "'wagner' (#2)", "color", "red"),
        (str(catalog.stories["test-story"].file), "'b' (#2)", "counterpart", "wagner"),
    ]
    assert str(catalog.problems[0]).startswith(f"{actors_file}: actor 'wagner' (#2)")
    assert [event.id for event in catalog.stories["test-story"].events] == ["summons-in-seoul"]


def test_every_country_is_an_actor_and_a_story_may_declare_its_own(
    tmp_path, offline_curated_resolver
):
    militia = {
        "id": "a-militia",
        "name_en": "A militia",
        "name_fr": "Une milice",
        "color": "#123456",
    }
    clash = {"id": "nato", "name_en": "Not NATO", "name_fr": "Pas l'OTAN", "color": "#654321"}
    write_story(
        tmp_path,
        events=[
            make_event(actor="china", counterpart="taiwan"),
            make_event(id="militia-speaks", actor="a-militia", counterpart=None),
        ],
        actors=[militia, clash],
    )
    catalog = load_catalog(tmp_path, resolver=offline_curated_resolver)
    story = catalog.stories["test-story"]
    assert [event.id for event in story.events] == ["summons-in-seoul", "militia-speaks"]
    assert (story.actors["china"].name_fr, story.actors["china"].country) == ("Chine", "CN")
    assert story.actors["a-militia"].name_fr == "Une milice"
    assert story.actors["nato"].name_en == "NATO", "a declared actor never replaces a known one"
    assert [(p.entry, p.field, p.value) for p in catalog.problems] == [("actor", "id", "nato")]


def test_mentions_are_resolved_and_bad_ones_reported(tmp_path, offline_curated_resolver):
    path = write_story(
        tmp_path,
        events=[make_event()],
        mentions=[
            {"place": "Vladivostok", "place_text": "Vladivostok"},
            {"place": "Xyzzyville", "place_text": "Xyzzyville"},
            {"place": "Seoul"},
        ],
    )
    story, problems = load_story_file(
        path, actors=load_actors()[0], resolver=offline_curated_resolver
    )
    assert [mention.place for mention in story.mentions] == ["Vladivostok"]
    assert "Vladivostok" in story.places
    assert [str(problem).split(": ", 1)[1] for problem in problems] == [
        "mention #2: field 'place': place not found in any gazetteer (got 'Xyzzyville')",
        "mention #3: field 'place_text': missing (required)",
    ]

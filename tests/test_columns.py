"""The columns answer as the per-event rules do: filters (dates overlap, actors, layers,
statuses; date order, ties in file order), the linked event, and what a set of events shows
(the legend's questions), on the sample story and on a made-up big one, for many filters."""

import random
from datetime import timedelta

import pytest

from benchmarks.acled_sample import acled_rows, write_acled
from geo import vocabulary
from geo.catalog import load_catalog
from geo.columns import EventSet
from geo.filtering import EventFilter, filter_events, left_out, with_event
from geo.resolver import PlaceResolver


def _kept_by_rule(story, event_filter):
    """The filter's rule, event by event, as its docstring states it."""
    f = event_filter
    kept = [
        e
        for e in story.events
        if (f.start is None or e.date_end >= f.start)
        and (f.end is None or e.date_start <= f.end)
        and (f.actors is None or e.actor in f.actors)
        and (f.layers is None or e.layer in f.layers)
        and (f.statuses is None or e.status in f.statuses)
    ]
    return sorted(kept, key=lambda e: (e.date_start, e.date_end))


def _filters(story, count, seed):
    rng = random.Random(seed)  # noqa: S311  (made-up filters, not secrets)
    first, last = story.span()
    days = (last - first).days
    actors = sorted({e.actor for e in story.events})

    def some(values):
        return None if rng.random() < 0.3 else frozenset(rng.sample(values, rng.randint(0, 3)))

    for _ in range(count):
        start = first + timedelta(days=rng.randint(-2, days + 2))
        yield EventFilter(
            start=None if rng.random() < 0.2 else start,
            end=None if rng.random() < 0.2 else start + timedelta(days=rng.randint(0, days)),
            actors=some(actors),
            layers=some(list(vocabulary.LAYERS.ids)),
            statuses=some(list(vocabulary.STATUSES.ids)),
        )


@pytest.fixture(scope="module")
def big_story(tmp_path_factory, gazetteer):
    folder = tmp_path_factory.mktemp("big")
    write_acled(folder / "front.csv", acled_rows(3000))
    resolver = PlaceResolver(gazetteer=gazetteer, geonames=None)
    return load_catalog(folder, resolver=resolver).stories["front"]


@pytest.mark.parametrize("which", ["sample", "big"])
def test_the_columns_filter_as_the_rule_does(which, sample_story, big_story):
    story = sample_story if which == "sample" else big_story
    for event_filter in _filters(story, 60, seed=len(story.events)):
        shown = filter_events(story, event_filter)
        assert [e.id for e in shown] == [e.id for e in _kept_by_rule(story, event_filter)]
        for event in story.events[:: max(1, len(story.events) // 20)]:
            assert left_out(story, event_filter, event.id) == (event not in list(shown))


def test_the_linked_event_joins_the_shown_ones_in_date_order(sample_story):
    nato = filter_events(sample_story, EventFilter(actors=frozenset({"nato"})))
    shown = with_event(nato, "seoul-summons")
    expected = _kept_by_rule(sample_story, EventFilter(actors=frozenset({"nato"})))
    expected = sorted(
        [*expected, next(e for e in sample_story.events if e.id == "seoul-summons")],
        key=lambda e: (e.date_start, e.date_end),
    )
    assert [e.id for e in shown] == [e.id for e in expected]
    assert with_event(nato, "") == nato and with_event(nato, "no-such-event") == nato
    assert with_event(nato, nato[0].id) == nato
    assert not left_out(sample_story, EventFilter(), "no-such-event")


@pytest.mark.parametrize("which", ["sample", "big"])
def test_what_a_set_shows_is_what_its_events_show(which, sample_story, big_story):
    story = sample_story if which == "sample" else big_story
    for event_filter in _filters(story, 25, seed=7):
        events = list(filter_events(story, event_filter))
        shown = EventSet.of(story, events).shown  # found by id, as for any list of events
        moving = [e for e in events if e.is_movement]
        singles = [e for e in events if not e.is_movement]
        assert shown.actors == tuple(dict.fromkeys(e.actor for e in events))
        assert shown.layers == {e.layer for e in events}
        assert shown.single_kinds == {e.kind for e in singles}
        assert shown.statuses == {e.status for e in events}
        assert shown.singles == len(singles)
        assert shown.regions == any(
            story.place_of(n).precision == "region" for e in events for n in e.place_names
        )
        assert shown.country_ends == any(
            story.place_of(n).precision == "country" for e in moving for n in e.place_names
        )
        assert shown.planned_movements == any(e.kind == "plan" for e in moving)
        assert shown.troop_movements == any(e.troops for e in moving)


def test_an_event_set_is_a_sequence_of_its_story_s_events(sample_story):
    every = filter_events(sample_story, EventFilter())
    assert len(every) == len(sample_story.events)
    listed = list(every)
    assert every[0] == listed[0] and every[-1] == listed[-1]
    assert [e.id for e in every[2:5]] == [e.id for e in list(every)[2:5]]
    assert every == list(every) and every != list(every)[1:]
    assert sample_story.actor_ids() == list(dict.fromkeys(e.actor for e in sample_story.events))
    assert sample_story.span() == (
        min(e.date_start for e in sample_story.events),
        max(e.date_end for e in sample_story.events),
    )

"""Property-based: whatever a story file holds, loading reports Problems and never crashes."""

import tempfile
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.catalog import load_actors, load_catalog, load_story_file
from geo.errors import Problem
from geo.gazetteer import Gazetteer
from geo.model import EVENT_FIELDS
from geo.paths import GAZETTEER_FILE
from geo.resolver import PlaceResolver
from tests.conftest import STORY_META, make_event

RESOLVER = PlaceResolver(gazetteer=Gazetteer.from_file(GAZETTEER_FILE), geonames=None)
ACTORS = load_actors()[0]

text = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=60)
scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**12), max_value=10**12)
    | st.floats(allow_nan=True, allow_infinity=True)
    | text
    | st.dates()
)
values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(text, children, max_size=3),
    max_leaves=8,
)


def _load(document: object) -> tuple[object, list[Problem]]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "story.yaml"
        path.write_text(yaml.safe_dump(document, allow_unicode=True), "utf-8")
        return load_story_file(path, actors=ACTORS, resolver=RESOLVER)


def _well_formed(problems: list[Problem]) -> None:
    for problem in problems:
        assert isinstance(problem, Problem)
        assert problem.file.endswith("story.yaml") and problem.message
        assert len(str(problem)) < 1000


@settings(max_examples=300, deadline=None)
@given(field=st.sampled_from([*EVENT_FIELDS, "unexpected"]), value=values)
def test_any_value_in_any_event_field(field, value):
    story, problems = _load({**STORY_META, "events": [make_event(**{field: value})]})
    assert story is not None, "bad event fields never lose the story"
    _well_formed(problems)
    if problems:
        assert story.events == ()
        named = {problem.event for problem in problems}
        assert named == {"'summons-in-seoul' (#1)"} or field == "id"
    else:
        assert len(story.events) == 1


@settings(max_examples=200, deadline=None)
@given(field=st.sampled_from([*STORY_META, "events", "mentions", "unexpected"]), value=values)
def test_any_value_in_any_story_field(field, value):
    story, problems = _load({**STORY_META, "events": [make_event()], field: value})
    _well_formed(problems)
    assert story is not None or problems


@settings(max_examples=200, deadline=None)
@given(content=st.binary(max_size=300) | text.map(str.encode))
def test_any_file_content(content):
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "story.yaml").write_bytes(content)
        (Path(folder) / "other.yaml").write_text(
            yaml.safe_dump({**STORY_META, "id": "other", "events": [make_event()]}), "utf-8"
        )
        catalog = load_catalog(Path(folder), resolver=RESOLVER)
    assert "other" in catalog.stories, "a bad file never stops the others"
    _ = [str(problem) for problem in catalog.problems]

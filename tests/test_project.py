"""Guards on the project's shape: boundaries, documentation, vocabularies, quote checking."""

import ast
import re
from pathlib import Path
from typing import get_args

import pytest

from geo import vocabulary
from geo.model import Event, GeoPrecision, Kind, Layer, Status, TimePrecision
from geo.quotes import missing_excerpts, quote_excerpts
from tests.conftest import make_event

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text("utf-8")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", sorted((REPO / "geo").glob("*.py")), ids=lambda p: p.name)
def test_geo_never_imports_streamlit(path):
    imported = _imports(path)
    assert not imported & {"streamlit", "streamlit_folium"}, f"{path.name} imports Streamlit"


@pytest.mark.parametrize(
    ("literal", "documented"),
    [
        (Layer, vocabulary.LAYERS),
        (Kind, vocabulary.KINDS),
        (Status, vocabulary.STATUSES),
        (GeoPrecision, vocabulary.GEO_PRECISIONS),
        (TimePrecision, vocabulary.TIME_PRECISIONS),
    ],
)
def test_every_vocabulary_value_is_documented_in_code_and_readme(literal, documented):
    assert list(get_args(literal)) == list(documented)
    for value in documented:
        assert re.search(rf"`{value}`", README), f"README does not document `{value}`"


def test_every_event_field_is_documented_in_readme():
    for field in Event.model_fields:
        assert f"`{field}`" in README, f"README does not document the event field `{field}`"


def test_readme_has_exactly_the_two_setup_commands():
    setup = README.split("## Set up", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"^make \w+$", setup, flags=re.MULTILINE)
    assert commands == ["make run", "make test"]
    assert "make test" in (REPO / ".ci" / "run").read_text("utf-8")


def test_tests_never_read_the_shared_sources_folder():
    needle = "../" + "shared"  # a user's clone has no such folder
    for path in (REPO / "tests").rglob("*.py"):
        assert needle not in path.read_text("utf-8"), path


def test_quote_checker_finds_verbatim_excerpts_and_misses():
    source = (
        "Le NIS\u00a0«\u00a0a détecté du 8 au 13 (octobre)\u00a0» des transports. Puis autre chose."
    )
    good = Event.model_validate(
        make_event(id="good", quote="« a détecté du 8 au 13 (octobre) » […] Puis autre chose.")
    )
    paraphrase = Event.model_validate(make_event(id="bad", quote="a vu du 8 au 13 octobre"))
    apostrophe = Event.model_validate(
        make_event(id="typo", quote="Le NIS « a détecté du 8 au 13 (octobre) ' ")
    )
    assert quote_excerpts(good.quote) == ["« a détecté du 8 au 13 (octobre) »", "Puis autre chose."]
    assert missing_excerpts([good, paraphrase, apostrophe], source) == [
        ("bad", "a vu du 8 au 13 octobre"),
        ("typo", "Le NIS « a détecté du 8 au 13 (octobre) '"),
    ]


def test_shipped_story_quotes_are_short_excerpts(shipped_catalog):
    story = shipped_catalog.story("north-korean-troops-in-russia")
    total = sum(len(event.quote) for event in story.events)
    assert max(len(event.quote) for event in story.events) < 400
    assert total < 4000, "short attributed quotes only, never the whole article"

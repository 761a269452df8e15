"""Guards on the project's shape: boundaries, documentation, vocabularies, quote checking."""

import ast
import re
from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError

from geo import vocabulary
from geo.catalog import load_catalog
from geo.export import to_csv_text
from geo.i18n import Words
from geo.map import build_layers, legend_html
from geo.map.symbology import SHAPES
from geo.model import EVENT_FIELDS, validate_event
from geo.quotes import missing_excerpts, quote_excerpts
from geo.tables import events_table
from geo.timeline import timeline_chart
from geo.view import default_view, parse_view
from tests.conftest import make_event, write_story

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


GEO_MODULES = sorted((REPO / "geo").rglob("*.py"))
PROJECT_MODULES = [
    *GEO_MODULES,
    *sorted((REPO / "pages").glob("*.py")),
    REPO / "app.py",
    *sorted((REPO / "dashboard").glob("*.py")),
]


def test_only_the_dashboard_package_and_pages_import_streamlit():
    importers = {
        str(path.relative_to(REPO))
        for path in REPO.rglob("*.py")
        if not path.is_relative_to(REPO / ".venv")
        and not path.is_relative_to(REPO / "tests")
        and not path.is_relative_to(REPO / "benchmarks")
        and _imports(path) & {"streamlit", "streamlit_folium"}
    }
    allowed = {"app.py"} | {f"pages/{p.name}" for p in (REPO / "pages").glob("*.py")}
    allowed |= {f"dashboard/{p.name}" for p in (REPO / "dashboard").glob("*.py")}
    assert importers <= allowed, importers - allowed


@pytest.mark.parametrize("path", GEO_MODULES, ids=lambda p: str(p.relative_to(REPO)))
def test_geo_never_imports_streamlit(path):
    imported = _imports(path)
    assert not imported & {"streamlit", "streamlit_folium"}, f"{path.name} imports Streamlit"


@pytest.mark.parametrize("path", PROJECT_MODULES, ids=lambda p: str(p.relative_to(REPO)))
def test_modules_are_short_and_say_what_they_are(path):
    text = path.read_text("utf-8")
    assert len(text.splitlines()) <= 350, f"{path.name} is over 350 lines: split it by job"
    assert ast.get_docstring(ast.parse(text)), f"{path.name} has no module docstring"


@pytest.mark.parametrize("table", vocabulary.EVENT_VOCABULARIES.values(), ids=lambda t: t.field)
def test_the_model_accepts_exactly_the_vocabulary(table):
    for value in table.ids:
        validate_event(make_event(**_valid_with(table.field, value)))
    with pytest.raises(ValidationError, match=f"expected one of: {re.escape(table.listing())}"):
        validate_event(make_event(**{table.field: "not-a-value"}))


def _valid_with(field: str, value: str) -> dict:
    """Event changes that make `field`=`value` valid with the rest of the event."""
    changes: dict = {field: value}
    if field == "time_precision" and value == "month":
        changes |= {"date_start": "2024-10-01", "date_end": "2024-10-31"}
    if field == "time_precision" and value == "year":
        changes |= {"date_start": "2024-01-01", "date_end": "2024-12-31"}
    return changes


@pytest.mark.parametrize("table", vocabulary.EVENT_VOCABULARIES.values(), ids=lambda t: t.field)
def test_every_vocabulary_value_is_named_and_documented_in_both_languages_and_the_readme(table):
    for term in table:
        assert term.name_en and term.name_fr and term.description_en and term.description_fr
        assert re.search(rf"`{term.id}`", README), f"README does not document `{term.id}`"
    assert len(set(table.ids)) == len(table.ids)


def test_every_kind_has_a_marker_shape_and_every_status_a_colour():
    assert all(term.shape in SHAPES for term in vocabulary.KINDS)
    assert all(term.color and term.shape for term in vocabulary.STATUSES)
    assert all(term.color for term in vocabulary.LAYERS)


def test_a_new_layer_and_kind_are_one_row_each(monkeypatch, tmp_path, offline_curated_resolver):
    # What the README's "Adding a layer" promises: a row in each table, nothing else.
    cyber = vocabulary.Term(
        "cyber", "Cyber attacks", "Cyberattaques", "Cyber.", "Cyber.", "#000000"
    )
    hack = vocabulary.Term("hack", "Hack", "Piratage", "A hack.", "Un piratage.", shape="star")
    monkeypatch.setattr(vocabulary.LAYERS, "terms", (*vocabulary.LAYERS.terms, cyber))
    monkeypatch.setattr(vocabulary.KINDS, "terms", (*vocabulary.KINDS.terms, hack))
    write_story(tmp_path, events=[make_event(id="a-strike", layer="cyber", kind="hack")])
    catalog = load_catalog(tmp_path, resolver=offline_curated_resolver)
    story = catalog.stories["test-story"]
    assert [event.id for event in story.events] == ["a-strike"] and catalog.problems == ()
    events = list(story.events)
    words = Words("en", story.actors)
    assert build_layers(story, events, words)[0].layer_name == "Cyber attacks"
    assert "Hack" in legend_html(story, events, words)
    assert events_table(story, events, words)["Layer"].tolist() == ["Cyber attacks"]
    chart = timeline_chart(events, words, start=date(2024, 10, 1), end=date(2024, 10, 31))
    assert "Cyber attacks" in str(chart.to_dict())
    view, notices = parse_view({"layer": ["cyber"]}, catalog)
    assert view.layers == ("cyber",) and notices == []
    assert "cyber" in default_view(story).layers
    assert ",cyber,hack," in to_csv_text(story, events)


def test_every_event_field_is_documented_in_readme():
    for field in EVENT_FIELDS:
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
    good = validate_event(
        make_event(id="good", quote="« a détecté du 8 au 13 (octobre) » […] Puis autre chose.")
    )
    paraphrase = validate_event(make_event(id="bad", quote="a vu du 8 au 13 octobre"))
    apostrophe = validate_event(
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

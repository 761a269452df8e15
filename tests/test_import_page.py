"""AppTest of the Import page: draft an article, see the review table and map, save the story."""

import json
from datetime import date
from pathlib import Path

import pytest
import streamlit as st
import yaml
from streamlit.testing.v1 import AppTest

from geo.draft.text import MAX_CHARACTERS
from tests.conftest import write_sample_story

REPO = Path(__file__).resolve().parent.parent
ARTICLE = (
    "La Corée du Nord envoie des soldats en Russie\n\n"
    "Selon le renseignement sud-coréen, la Corée du Nord a envoyé 1 500 soldats à Oussouriisk "
    "vendredi. La Corée du Sud a convoqué lundi l’ambassadeur russe à Séoul.\n\n"
    "L’Otan a déclaré mardi ne pas pouvoir confirmer ce déploiement.\n"
)


@pytest.fixture(autouse=True)
def stories(monkeypatch, tmp_path):
    """A stories folder of its own (saving writes there), fresh caches, saving off."""
    folder = tmp_path / "stories"
    write_sample_story(folder)
    monkeypatch.setenv("STORIES_DIR", str(folder))
    monkeypatch.delenv("IMPORT_SAVE", raising=False)
    st.cache_data.clear()
    yield folder
    st.cache_data.clear()


def _drafted(
    article: str = ARTICLE, published: date | None = date(2024, 10, 22), language: str = "en"
) -> AppTest:
    app = AppTest.from_file(str(REPO / "app.py"), default_timeout=180)
    app.query_params["lang"] = language
    app.switch_page("pages/import.py").run()
    app.text_area(key="import_text").input(article)
    if published is not None:
        app.date_input(key="import_published").set_value(published)
    return app.button(key="import_draft_button").click().run()


def test_an_article_gives_draft_events_a_table_a_map_and_a_story_file():
    app = _drafted()
    assert [error.value for error in app.exception] == []
    assert any("events ready" in message.value for message in app.success)
    table = app.dataframe[0].value
    assert len(table) >= 3 and table["include"].all()
    for quote in table["quote"]:
        assert quote in ARTICLE, "every quote is cut from the article"
    assert {"south-korea", "north-korea", "nato"} <= set(table["actor"])
    summons = table[table["kind"] == "summons"].iloc[0]
    assert (summons["actor"], summons["date_start"]) == ("south-korea", date(2024, 10, 21))
    assert len(app.get("component_instance")) == 1, "the draft is previewed on the map"
    labels = [button.proto.label for button in app.get("download_button")]
    assert labels == ["Download the story (YAML)"]
    assert not [b for b in app.button if b.key == "import_save"], "saving is off by default"


def test_an_empty_article_is_refused_with_a_sentence():
    app = _drafted("   ")
    assert [error.value for error in app.exception] == []
    assert "cannot be drafted" in app.error[0].value
    assert not app.get("download_button")


def test_an_article_too_long_to_draft_is_refused_with_its_length():
    app = _drafted("\n\n".join([ARTICLE] * (2 * MAX_CHARACTERS // len(ARTICLE))))
    assert "characters long, over the 200,000 drafted at once" in app.error[0].value
    assert not app.get("download_button")


def test_an_article_without_a_date_asks_for_one():
    app = _drafted(ARTICLE, published=None)
    assert "no publication date" in app.error[0].value


def test_why_an_article_cannot_be_drafted_is_said_in_the_readers_language():
    app = _drafted(ARTICLE, published=None, language="fr")
    message = app.error[0].value
    assert "aucune date de publication" in message, message
    assert "publication date" not in message  # no English inside the French sentence
    app = _drafted("   ", language="fr")
    assert "le texte est vide" in app.error[0].value, app.error[0].value


def test_saving_writes_a_new_story_and_never_replaces_one(monkeypatch, stories):
    monkeypatch.setenv("IMPORT_SAVE", "1")
    app = _drafted()
    story_id = app.text_input(key="import_title").value  # the title the id is made from
    assert story_id
    app.button(key="import_save").click().run()
    assert [error.value for error in app.exception] == []
    saved = [path for path in stories.iterdir() if path.name != "sample.yaml"]
    assert len(saved) == 1
    content = yaml.safe_load(saved[0].read_text("utf-8"))
    assert content["events"] and all(e["quote"] in ARTICLE for e in content["events"])
    before = saved[0].read_bytes()
    again = _drafted()
    again.button(key="import_save").click().run()
    assert "Not saved" in again.error[0].value and "already exists" in again.error[0].value
    assert saved[0].read_bytes() == before


def test_the_first_story_is_imported_into_an_empty_folder(monkeypatch, tmp_path):
    """A newsroom's own, empty stories folder: the Import page still runs, and the saved story
    opens on the map."""
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv("STORIES_DIR", str(empty))
    monkeypatch.setenv("IMPORT_SAVE", "1")
    app = _drafted()
    assert [error.value for error in app.exception] == []
    assert any("events ready" in message.value for message in app.success)
    app.button(key="import_save").click().run()
    assert [error.value for error in app.exception] == []
    (saved,) = empty.iterdir()
    assert yaml.safe_load(saved.read_text("utf-8"))["events"]
    assert not app.info, "the map shows the new story, not the empty folder's notice"
    assert len(app.get("component_instance")) == 1


def test_an_organisation_the_article_defines_is_offered_and_saved_as_an_actor(monkeypatch, stories):
    monkeypatch.setenv("IMPORT_SAVE", "1")
    article = (
        "Les rebelles quittent Kidal\n\n"
        "Mardi, le Cadre stratégique permanent (CSP), coalition de groupes armés, a annoncé "
        "s’être retiré de Kidal.\n"
    )
    app = _drafted(article, date(2023, 11, 15))
    assert [error.value for error in app.exception] == []
    assert [message.value for message in app.success] == ["1 event ready."]
    assert set(app.dataframe[0].value["actor"]) == {"csp"}
    columns = json.loads(app.dataframe[0].proto.columns)
    options = {o["value"]: o["label"] for o in columns["actor"]["type_config"]["options"]}
    assert "csp" in options and "mali" in options, "the reviewer may choose it in the table"
    # shown by name, kept as an id
    assert (options["mali"], options["csp"]) == ("Mali", "Cadre stratégique permanent")
    app.button(key="import_save").click().run()
    (saved,) = [path for path in stories.iterdir() if path.name != "sample.yaml"]
    story = yaml.safe_load(saved.read_text("utf-8"))
    assert [actor["id"] for actor in story["actors"]] == ["csp"]
    assert {event["actor"] for event in story["events"]} == {"csp"}


def test_the_review_table_speaks_the_readers_language():
    app = _drafted(language="fr")
    assert [error.value for error in app.exception] == []
    columns = json.loads(app.dataframe[0].proto.columns)
    labels = {name: column.get("label") for name, column in columns.items()}
    assert (labels["place"], labels["origin"], labels["place_text"]) == (
        "lieu",
        "origine",
        "lieu tel qu'écrit",
    )
    assert labels["quote"] == "citation (mot pour mot)"
    # the values are shown in French too (the story file keeps the ids)
    shown = {
        name: {o["value"]: o["label"] for o in columns[name]["type_config"]["options"]}
        for name in ("layer", "kind", "status", "actor")
    }
    assert shown["layer"]["troops"] == "Mouvements de troupes"
    assert shown["kind"]["summons"] == "Convocation"
    assert shown["status"]["claimed"] == "Affirmé"
    assert shown["actor"]["south-korea"] == "Corée du Sud"


def test_the_maps_filters_are_folded_away_on_the_import_page_only():
    """The Import page keeps the map's view (its widgets are drawn, so a reader who comes back
    finds the map as left) but folds it into a closed expander; the map shows it open."""
    app = AppTest.from_file(str(REPO / "app.py"), default_timeout=60)
    app.query_params["actor"] = ["north-korea", "russia"]
    app.run()
    assert [e.label for e in app.sidebar.expander] == []
    assert set(app.multiselect(key="filter_actors").value) == {"north-korea", "russia"}
    app.switch_page("pages/import.py").run()
    folded = app.sidebar.expander
    assert [e.label for e in folded] == ["The map's view (story and filters)"]
    assert not folded[0].proto.expanded
    assert [m.key for m in folded[0].multiselect] == [
        "filter_actors",
        "filter_layers",
        "filter_statuses",
    ]
    app.switch_page("pages/map.py").run()
    assert set(app.multiselect(key="filter_actors").value) == {"north-korea", "russia"}

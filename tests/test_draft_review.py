"""The import page's review table as data (`geo.draft.review`): rows from a drafted story and
a story back from the rows a reviewer edited, which the app must load."""

from datetime import date
from pathlib import Path

from geo.catalog import load_actors
from geo.draft.document import Document, build_document
from geo.draft.ner import entity_finder
from geo.draft.pipeline import Drafter
from geo.draft.review import COLUMNS, LABELS, document_from_rows, row_problems, rows_from_document
from geo.draft.text import read_article
from geo.i18n import Words, languages
from geo.resolver import PlaceResolver
from geo.stories import build_story
from tests.test_draft_pipeline import load_document


def _document(resolver: PlaceResolver, body: str) -> Document:
    actors, _ = load_actors()
    drafter = Drafter(resolver, actors, entities=entity_finder)
    article = read_article(f"Titre\n\n{body}\n".encode(), filename="article.txt")
    drafted = drafter.draft(article, language="fr", published=date(2024, 10, 23))
    return build_document(drafted, resolver)


def _precision_of(resolver: PlaceResolver):
    def precision_of(name: str) -> str | None:
        place = resolver.resolve(name)
        return place.precision if place else None

    return precision_of


def test_dates_a_reviewer_narrows_inside_a_month_are_a_range_of_days(
    resolver: PlaceResolver, tmp_path: Path
) -> None:
    document = _document(resolver, "En juin, la Russie a envoyé 2 000 soldats à Koursk.")
    (row,) = rows_from_document(document)
    assert (row["date_start"], row["date_end"], row["time_precision"]) == (
        date(2024, 6, 1),
        date(2024, 6, 30),
        "month",
    )
    meta = {key: value for key, value in document.content.items() if key != "events"}
    # the reviewer knows the day: 12 June (the precision column is not theirs to edit)
    narrowed = [{**row, "date_start": date(2024, 6, 12), "date_end": date(2024, 6, 12)}]
    built = document_from_rows(meta, narrowed, precision_of=_precision_of(resolver))
    (event,) = built.content["events"]
    assert event["time_precision"] == "day"
    story, problems = load_document(built.document(), tmp_path, resolver)
    assert problems == [] and story is not None
    # left whole, the month stays a month
    kept = document_from_rows(meta, [row], precision_of=_precision_of(resolver))
    assert kept.content["events"][0]["time_precision"] == "month"


def test_each_problem_names_its_row_and_column_in_the_readers_language(
    resolver: PlaceResolver, tmp_path: Path
) -> None:
    document = _document(resolver, "Lundi, la Corée du Sud a convoqué l'ambassadeur russe à Séoul.")
    (row,) = rows_from_document(document)
    meta = {key: value for key, value in document.content.items() if key != "events"}
    edited = [
        row,
        {**row, "date_end": date(2024, 10, 1)},  # before its start
        {**row, "actor": None},  # a cell emptied
        {**row, "include": False, "actor": None},  # left out: never named
        {**row, "troops": -5},
        {**row, "place": "Xyzzyville"},
    ]
    built = document_from_rows(meta, edited, precision_of=_precision_of(resolver))
    actors, _ = load_actors()
    path = tmp_path / "story.yaml"
    _, problems = build_story(built.content, path=path, actors=actors, resolver=resolver)
    start = row["date_start"].isoformat()
    assert row_problems(problems, built, Words("en")) == [
        f"Row 2, column “to”: ends before it starts ({start}) (got '2024-10-01')",
        "Row 3, column “Actor”: empty: fill it in",
        "Row 5, column “Troops”: must be at least 0 (got -5)",
        "Row 6, column “place”: place not found in any gazetteer (got 'Xyzzyville')",
    ]
    assert row_problems(problems, built, Words("fr")) == [
        f"Ligne 2, colonne « au » : finit avant de commencer ({start}) (valeur : '2024-10-01')",
        "Ligne 3, colonne « Acteur » : vide : à remplir",
        "Ligne 5, colonne « Soldats » : doit valoir au moins 0 (valeur : -5)",
        "Ligne 6, colonne « lieu » : lieu introuvable dans les répertoires de lieux"
        " (valeur : 'Xyzzyville')",
    ]


def test_every_column_of_the_table_has_a_label_in_each_language() -> None:
    for language in languages():
        words = Words(language)
        assert {column: bool(words(LABELS[column])) for column in COLUMNS} == dict.fromkeys(
            COLUMNS, True
        )

"""The import page's review table as data (`geo.draft.review`): rows from a drafted story and
a story back from the rows a reviewer edited, which the app must load."""

from datetime import date
from pathlib import Path

from geo.catalog import load_actors
from geo.draft.document import Document, build_document
from geo.draft.ner import entity_finder
from geo.draft.pipeline import Drafter
from geo.draft.review import document_from_rows, rows_from_document
from geo.draft.text import read_article
from geo.resolver import PlaceResolver
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

"""The people who speak for states (`data/leaders.yaml`): the file is valid, its names belong
to one state each and are no word nor town, and the importer finds a state by them."""

from datetime import date
from pathlib import Path

import pytest

from geo.actors import known_actors
from geo.catalog import load_actors
from geo.draft.pipeline import Drafter
from geo.draft.place_words import stop_words
from geo.draft.text import read_article
from geo.leaders import LEADERS_FILE, Leader, load_leaders, with_leaders
from geo.model import Actor
from geo.names import name_key
from geo.resolver import PlaceResolver

_TOWN = 15_000  # a surname alone may not be the name of a town this big
# Surnames news uses for one person far more than for the town: kept, the person wins.
_PEOPLE_OVER_TOWNS = {
    "Rubio": "Marco Rubio; Rubio is also a town of Táchira, Venezuela",
    "Sandu": "Maia Sandu; Sandu is also a county town of Guizhou, China",
}


def _actor(actor_id: str, country: str | None, *aliases: str) -> Actor:
    return Actor(
        id=actor_id,
        name_en=actor_id.title(),
        name_fr=actor_id.title(),
        color="#000000",
        country=country,
        aliases=list(aliases),
    )


def test_a_persons_names_join_the_actor_of_their_country() -> None:
    actors = {"india": _actor("india", "IN"), "nato": _actor("nato", None, "Mark Rutte")}
    modi = Leader(
        country="IN", name="Narendra Modi", roles=["head of government"], aliases=["Modi"]
    )
    merged, problems = with_leaders(actors, [modi])
    assert problems == []
    assert merged["india"].aliases == ["Narendra Modi", "Modi"]
    assert merged["nato"] == actors["nato"]
    assert actors["india"].aliases == []  # the given actors are not changed


def test_a_name_of_another_actor_or_an_unknown_country_is_a_named_problem() -> None:
    actors = {
        "nato": _actor("nato", None, "Mark Rutte"),
        "netherlands": _actor("netherlands", "NL"),
    }
    rutte = Leader(country="NL", name="Mark Rutte", roles=["head of government"], aliases=["Rutte"])
    nobody = Leader(country="ZZ", name="Jane Roe", roles=["head of state"])
    merged, problems = with_leaders(actors, [rutte, nobody])
    assert merged["netherlands"].aliases == ["Rutte"]
    assert [(p.event, p.field, p.value, p.message) for p in problems] == [
        ("Mark Rutte", "aliases", "Mark Rutte", "already a name of nato"),
        ("Jane Roe", "country", "ZZ", "no actor has this country"),
    ]
    assert all(p.entry == "person" and p.file.endswith("leaders.yaml") for p in problems)


def test_a_bad_entry_of_a_leaders_file_is_named_and_the_rest_kept(tmp_path: Path) -> None:
    path = tmp_path / "leaders.yaml"
    path.write_text(
        "leaders:\n"
        "  - {country: IN, name: Narendra Modi, roles: [head of government]}\n"
        "  - {country: India, name: Rahul Gandhi, roles: [leader of the opposition]}\n",
        encoding="utf-8",
    )
    leaders, problems = load_leaders(path)
    assert [leader.name for leader in leaders] == ["Narendra Modi"]
    assert {(p.event, p.field) for p in problems} == {
        ("'Rahul Gandhi' (#2)", "country"),
        ("'Rahul Gandhi' (#2)", "roles.0"),
    }


@pytest.fixture(scope="module")
def shipped() -> list[Leader]:
    leaders, problems = load_leaders(LEADERS_FILE)
    assert problems == []
    return leaders


def test_the_shipped_list_is_valid_and_every_name_is_one_states(shipped: list[Leader]) -> None:
    assert len(shipped) >= 300
    shared, problems = load_actors()
    assert problems == []
    _, clashes = with_leaders(known_actors(shared), shipped)
    assert [str(p) for p in clashes] == []
    names = [name_key(n) for leader in shipped for n in (leader.name, *leader.aliases)]
    people = [name_key(leader.name) for leader in shipped]
    assert len(people) == len(set(people)), "a person is listed twice"
    assert len(names) == len(set(names)) or _same_person_only(shipped)


def _same_person_only(leaders: list[Leader]) -> bool:
    """Whether every name given twice is given twice for the same country."""
    seen: dict[str, str] = {}
    for leader in leaders:
        for spelling in (leader.name, *leader.aliases):
            if seen.setdefault(name_key(spelling), leader.country) != leader.country:
                return False
    return True


def test_no_name_alone_is_a_word_or_a_town(shipped: list[Leader], resolver: PlaceResolver) -> None:
    towns = resolver.geonames()
    assert towns is not None
    wrong = []
    for leader in shipped:
        for spelling in (leader.name, *leader.aliases):
            if not any(char.isupper() for char in spelling):  # ("al-Sisi", "pape François")
                wrong.append((leader.name, spelling, "not capitalised"))
            if " " in spelling or "-" in spelling or spelling in _PEOPLE_OVER_TOWNS:
                continue  # a full name
            if name_key(spelling) in stop_words():
                wrong.append((leader.name, spelling, "a common word"))
            town = towns.match(spelling)
            if (
                town
                and town.population >= _TOWN
                and name_key(town.place.name) == name_key(spelling)
            ):
                wrong.append((leader.name, spelling, f"a town of {town.population:,} people"))
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "language", "actor"),
    [
        # people data/actors.yaml does not name, in sentences that name no country
        ("Javier Milei a déclaré mardi que les négociations reprendraient.", "fr", "argentina"),
        ("Ruto said on Tuesday that the talks would resume.", "en", "kenya"),
        ("Pedro Sánchez a annoncé lundi la fin des discussions.", "fr", "spain"),
        # ... and those of 2014-2021
        ("Pompeo said on Tuesday that the talks would resume.", "en", "united-states"),
        ("Petro Porochenko a annoncé lundi la fin des discussions.", "fr", "ukraine"),
    ],
)
def test_the_importer_finds_a_state_by_its_people(
    drafter: Drafter, text: str, language: str, actor: str
) -> None:
    article = read_article(f"Title\n\n{text}\n".encode(), filename="a.txt")
    drafted = drafter.draft(article, language=language, published=date(2024, 5, 7))
    assert [d.actor for d in drafted.drafts][:1] == [actor]


@pytest.mark.parametrize(
    "text",
    [
        "Abiy said on Monday that the army would respect the truce.",  # not Abiy Adi, Tigray
        "Rubio said on Monday that talks would resume.",  # not Rubio, Venezuela
    ],
)
def test_a_persons_name_is_no_place(drafter: Drafter, text: str) -> None:
    article = read_article(f"Title\n\n{text}\n".encode(), filename="a.txt")
    drafted = drafter.draft(article, language="en", published=date(2024, 5, 7))
    assert [p.text for p in drafted.places] == []
    assert len(drafted.drafts) == 1 and drafted.drafts[0].place is None

"""Sites the offline gazetteers lack, shown at the town the text names with them
(`geo.draft.local_sites`): which words make a site, which town it is put at, when it is left
out, and how a story file and the review table carry it (`near` precision, a flag)."""

from datetime import date
from pathlib import Path

import pytest

from geo.draft.document import build_document
from geo.draft.drafts import FLAG_SITE
from geo.draft.pipeline import Drafted, Drafter
from geo.draft.review import document_from_rows, rows_from_document
from geo.draft.text import read_article
from geo.resolver import PlaceResolver
from tests.test_draft_pipeline import load_document

PUBLISHED = date(2024, 10, 23)


def _drafted(drafter: Drafter, body: str, language: str) -> Drafted:
    article = read_article(f"Titre\n\n{body}\n".encode(), filename="article.txt")
    return drafter.draft(article, language=language, published=PUBLISHED)


def _sites(drafter: Drafter, body: str, language: str) -> list[tuple[str, str]]:
    """(words, the place they are shown at) of each site found."""
    mentions = _drafted(drafter, body, language).places
    return [(m.text, m.place.name) for m in mentions if m.approximate]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        # a name and a head word, the town after "in" / ", à"
        (
            "en",
            "Rebels shelled the Al-Nour hospital in Kadugli on Monday.",
            ("Al-Nour hospital", "Kadugli"),
        ),
        (
            "fr",
            "Lundi, l’armée israélienne a frappé l’hôpital Al-Awda, à Jabalia.",
            ("hôpital Al-Awda", "Jabālyā"),
        ),
        (
            "fr",
            "Les soldats ont quitté la base aérienne 201, à Agadez, lundi.",
            ("base aérienne 201", "Agadez"),
        ),
        # "the town's": the town named before
        (
            "en",
            "Fighting reached Kupiansk on Monday. Shells hit the town's water plant on Tuesday.",
            ("water plant", "Kupyansk"),
        ),
        # a name set apart by a comma, then what it is and where
        (
            "en",
            "Thousands fled to Kalma, a camp for displaced people near Nyala, on Monday.",
            ("Kalma", "Nyala"),
        ),
        # a head word and a fixed adjective, the town named before in the sentence
        (
            "fr",
            "Mercredi, à Niamey, des militaires ont encerclé le palais présidentiel.",
            ("palais présidentiel", "Niamey"),
        ),
        # the place inside a site's name is not where it is ("mer Noire")
        (
            "fr",
            "Le quartier général de la flotte russe de la mer Noire, à Sébastopol, a été touché.",
            ("quartier général de la flotte russe de la mer Noire", "Sevastopol"),
        ),
        # a town named right before a site's name, whatever it stands for elsewhere
        (
            "en",
            "Ukraine's energy ministry said the Kyiv Thermal Power Plant was hit on Monday.",
            ("Thermal Power Plant", "Kyiv"),
        ),
        # a hospital named after the country that gave it
        (
            "en",
            "Israeli strikes hit Rafah overnight, and the Kuwaiti hospital received 23 bodies.",
            ("Kuwaiti hospital", "Rafaḩ"),
        ),
        # a name, an adjective and a head; "the city" is the capital named before
        (
            "en",
            "Rebels entered Damascus and opened the gates of Al-Nour military prison, north of "
            "the city.",
            ("Al-Nour military prison", "Damascus"),
        ),
        # a part of a capital linked to it by "of"
        (
            "en",
            "Talks ended in Moscow on Friday. On Sunday, crowds looted a hall in the Mazzeh "
            "district of Damascus.",
            ("Mazzeh district", "Damascus"),
        ),
        # a street, at the town after it
        (
            "fr",
            "Onze jours après l’attentat de la rue Istiklal, à Istanbul, la Turquie a frappé la "
            "Syrie.",
            ("rue Istiklal", "Istanbul"),
        ),
        # a hotel, a memorial, a road bridge: at the town linked to them
        (
            "fr",
            "Les jihadistes ont frappé à Bamako mardi. La ville n’avait plus été visée depuis "
            "l’attentat contre l’hôtel Radisson Blu, en 2015.",
            ("hôtel Radisson Blu", "Bamako"),
        ),
        (
            "en",
            "In Kherson, spans of the Antonivskyi road bridge had collapsed into the river.",
            ("Antonivskyi road bridge", "Kherson"),
        ),
        # a square of "la capitale": the capital the text names most, not the last one
        (
            "fr",
            "Mardi, les militaires ont pris le pouvoir à Bamako. Ils tiennent Bamako depuis. À "
            "Paris, le Quai d’Orsay a condamné le coup. Dans la capitale, des habitants ont "
            "acclamé les soldats sur la place de l’Indépendance.",
            ("place de l’Indépendance", "Bamako"),
        ),
        # villages: in the region the text names with them
        (
            "en",
            "Russian forces took the village of Krokhmalne in the Kharkiv region on Monday.",
            ("village of Krokhmalne", "Kharkiv Oblast"),
        ),
        (
            "fr",
            "Mardi, l’armée a repris les villages de Kroukhmalne et Pichtchane, dans la région de "
            "Kharkiv.",
            ("villages de Kroukhmalne et Pichtchane", "Kharkiv Oblast"),
        ),
    ],
)
def test_a_site_is_shown_at_its_town(
    drafter: Drafter, language: str, body: str, expected: tuple[str, str]
) -> None:
    assert _sites(drafter, body, language) == [expected]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "Rebels stormed the Al-Nour hospital on Monday."),  # no town in the text
        ("en", "Israel closed the Rafah crossing on Monday."),  # the town itself
        ("fr", "La Russie a frappé le port d’Odessa lundi."),
        ("en", "Protesters gathered outside the Russian embassy in Seoul."),  # an actor's word
        # a capital named for its government is no site's town
        (
            "fr",
            "Le gouverneur installé par Moscou a parlé mardi. Des débris sont tombés près du "
            "théâtre Lounatcharski.",
        ),
        # nor in the last of several regions named before it
        (
            "en",
            "Kyiv's troops entered the Kursk region. The governor of the Sumy region ordered "
            "people out. Russia said it had retaken the village of Krupets.",
        ),
        # a village is not put at a town merely named nearby
        ("en", "Troops entered the village of Krokhmalne on Monday. Fighting went on in Pokrovsk."),
        # a site that is no part of a town is not put in the last town named
        ("en", "Talks ended in Moscow on Monday. Biden hosted talks at Shangri-La on Friday."),
        # nor is a part of a town put at a site named before it, which is no town
        (
            "en",
            "Israel closed the Kerem Shalom crossing on Sunday. A day later, the Nasser hospital "
            "was hit.",
        ),
        # nor at a town named after it
        ("fr", "Mercredi, la chambre haute du musée a ouvert le traité signé à Pyongyang."),
        # "à la place de": instead of, no square
        ("fr", "À Bamako, le colonel Goïta a parlé mardi à la place de Bah Ndaw."),
        # a town after "and" is not the site's town
        (
            "fr",
            "Un millier de soldats sont sur la base aérienne 101, et 400 sont à Ouallam.",
        ),
    ],
)
def test_no_site_where_the_text_does_not_give_its_town(
    drafter: Drafter, language: str, body: str
) -> None:
    assert _sites(drafter, body, language) == []


def test_a_site_is_written_at_its_town_near_it_and_flagged(
    drafter: Drafter, resolver: PlaceResolver, tmp_path: Path
) -> None:
    body = "Lundi, l’armée israélienne a frappé l’hôpital Al-Awda, à l’est de Jabalia."
    document = build_document(_drafted(drafter, body, "fr"), resolver)
    (event,) = document.content["events"]
    assert (event["place"], event["place_text"]) == ("Jabālyā", "hôpital Al-Awda")
    assert event["geo_precision"] == "near"
    assert FLAG_SITE in document.flags[event["id"]]
    story, problems = load_document(document, tmp_path / "drafted", resolver)
    assert problems == [] and story is not None
    assert story.events[0].geo_precision == "near"
    # the review table keeps it near, edited or not
    meta = {key: value for key, value in document.content.items() if key != "events"}

    def precision_of(name: str) -> str | None:
        place = resolver.resolve(name)
        return place.precision if place else None

    rows = rows_from_document(document)
    built = document_from_rows(meta, rows, precision_of=precision_of)
    assert built.content["events"][0]["geo_precision"] == "near"
    edited = [{**rows[0], "summary": "Strike on a hospital."}]
    built = document_from_rows(meta, edited, precision_of=precision_of)
    assert built.content["events"][0]["geo_precision"] == "near"


def test_a_country_a_site_is_named_after_or_in_takes_no_part(drafter: Drafter) -> None:
    """The Saudi hospital in El Fasher: neither Saudi Arabia nor Sudan (whose town it is in)
    says or does anything in the sentence."""
    body = (
        "On Saturday, RSF fighters stormed the South Hospital in El Fasher. The charity said "
        "on Sunday it had moved its staff to the Saudi hospital."
    )
    drafted = _drafted(drafter, body, "en")
    actors = {(d.actor, d.counterpart) for d in drafted.drafts}
    assert not {"saudi-arabia", "sudan"} & {actor for pair in actors for actor in pair}


def test_a_site_named_again_by_its_own_name_is_that_site(drafter: Drafter) -> None:
    body = (
        "L’aéroport international de La Tontouta est fermé depuis mardi. Jeudi, Emmanuel Macron "
        "s’est posé à La Tontouta avec trois ministres."
    )
    drafted = _drafted(drafter, body, "fr")
    visit = next(d for d in drafted.drafts if d.kind == "visit")
    assert visit.place is not None
    assert (visit.place.text, visit.place.place.name) == (
        "La Tontouta",
        "La Tontouta International Airport",
    )


@pytest.mark.parametrize(
    ("language", "body", "words", "site"),
    [
        (
            "fr",
            "Les frappes ont visé la centrale de Zaporijjia.",
            "centrale de Zaporijjia",
            "Zaporizhzhia Nuclear Power Plant",
        ),
        (
            "fr",
            "Des drones ont frappé la centrale nucléaire de Zaporijjia.",
            "centrale nucléaire de Zaporijjia",
            "Zaporizhzhia Nuclear Power Plant",
        ),
        (
            "fr",
            "Les rebelles ont ouvert la prison de Saydnaya.",
            "prison de Saydnaya",
            "Sednaya Prison",
        ),
        (
            "en",
            "Rebels opened the gates of Sednaya military prison.",
            "Sednaya",
            "Sednaya Prison",
        ),
        (
            "en",
            "Israel closed the Kerem Shalom crossing.",
            "Kerem Shalom crossing",
            "Kerem Shalom border crossing",
        ),
        ("en", "US bombers struck Fordow on Sunday.", "Fordow", "Fordow Fuel Enrichment Plant"),
    ],
)
def test_a_site_of_the_gazetteer_is_that_site_not_its_town(
    drafter: Drafter, language: str, body: str, words: str, site: str
) -> None:
    """The nuclear plant, the prison, the crossing: where the gazetteer has them, not at the
    town they are named after (nor near a town, for the reviewer to check)."""
    mentions = _drafted(drafter, body, language).places
    found = [(m.text, m.place.name, m.kind, m.approximate) for m in mentions]
    assert (words, site, "site", False) in found
    assert not any(m.approximate for m in mentions)


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        # the capital of the country named before
        (
            "fr",
            "L’armée a pris le pouvoir au Gabon. Des officiers sont apparus au palais "
            "présidentiel.",
            [("palais présidentiel", "Libreville")],
        ),
        # a country's parliament is at its capital, not at a town the sentence names after it
        # nor at the one it names before
        (
            "fr",
            "Mercredi, la chambre haute du Parlement russe a ratifié le traité signé à Pyongyang.",
            [("Parlement russe", "Moscow")],
        ),
        (
            "fr",
            "Après le sommet de Vilnius, le Parlement turc a ratifié le protocole le 23 janvier.",
            [("Parlement turc", "Ankara")],
        ),
        # … or of the country the words name; none for an institution of no state
        (
            "fr",
            "Le Parlement kényan a voté l’envoi de policiers.",
            [("Parlement kényan", "Nairobi")],
        ),
        ("fr", "Le Parlement européen a condamné le coup d’État au Gabon.", []),
        # the country named most before, not the last one named
        (
            "en",
            "South Korea's president spoke. South Korea's army obeyed him, he said, not North "
            "Korea. Troops landed at the National Assembly.",
            [("National Assembly", "Seoul")],
        ),
        # the capital its sentence names, whichever country the text named most before
        (
            "fr",
            "Washington a condamné l’attaque, et les États-Unis ont envoyé un porte-avions. À "
            "Paris, la ministre a annoncé mardi devant l’Assemblée nationale la mort de huit "
            "Français.",
            [("Assemblée nationale", "Paris")],
        ),
        # a parliament's lower house, at the capital of the country the text is about
        (
            "fr",
            "Londres a dévoilé sa riposte lundi. Devant la Chambre des communes, le ministre a "
            "dénoncé un acte de piraterie.",
            [("Chambre des communes", "London")],
        ),
        (
            "en",
            "Canada's prime minister answered questions in the House of Commons on Monday.",
            [("House of Commons", "Ottawa")],
        ),
        # no country named: nowhere
        ("en", "Troops landed at the National Assembly.", []),
    ],
)
def test_a_states_institution_is_shown_at_its_capital(
    drafter: Drafter, language: str, body: str, expected: list[tuple[str, str]]
) -> None:
    assert _sites(drafter, body, language) == expected

"""Found on articles written for the evaluation set after the importer's first development
(`tests/eval`, dev split): a list of places struck is one event at each of them, a town inside
a list or after a locative inside a name the French model took for an organisation is still a
town, "le Grand Nouméa" names no person, a capital's French name is the capital, and a few more
words of war ("broke out of", "swept into", "Hama fell", rebel factions)."""

from datetime import date

import pytest

from geo.draft.pipeline import Drafted, Drafter
from geo.draft.text import read_article

PUBLISHED = date(2025, 6, 24)


def _drafted(drafter: Drafter, body: str, language: str) -> Drafted:
    article = read_article(f"Titre\n\n{body}\n".encode(), filename="article.txt")
    return drafter.draft(article, language=language, published=PUBLISHED)


def _places(drafter: Drafter, body: str, language: str) -> list[tuple[str, str]]:
    return [(m.text, m.place.name) for m in _drafted(drafter, body, language).places]


def _troop_places(drafter: Drafter, body: str, language: str) -> list[str | None]:
    drafts = _drafted(drafter, body, language).drafts
    return [d.place.text if d.place else None for d in drafts if d.layer == "troops"]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "fr",
            "Jeudi, des missiles russes ont visé Kharkiv, Odessa et Dnipro.",
            ["Kharkiv", "Odessa", "Dnipro"],
        ),
        (
            "fr",
            "L’Iran a riposté vendredi. Le lundi 16 juin, de nouveaux missiles iraniens ont "
            "touché Tel-Aviv et Haïfa.",
            ["Tel-Aviv", "Haïfa"],
        ),
        (
            "en",
            "On Monday, Russian drones struck Sumy and Kharkiv overnight.",
            ["Sumy", "Kharkiv"],
        ),
        (  # the towns listed, not the country they are said to be in
            "en",
            "Armenia's defence ministry said Azerbaijani units opened fire with artillery, "
            "mortars and drones on positions near Sotk, Goris and Jermuk, inside Armenia's "
            "recognised territory.",
            ["Sotk", "Goris", "Jermuk"],
        ),
        # places taken one after the other ("puis", "then"), the act in its participle
        (
            "fr",
            "L’armée éthiopienne a lancé une offensive. Les troupes fédérales ont avancé vers le "
            "nord, prenant Gondar, puis Mekele et Axoum.",
            ["Gondar", "Mekele", "Axoum"],
        ),
        (
            "fr",
            "L’armée éthiopienne a lancé une offensive. Les troupes fédérales ont pris Gondar, "
            "puis Axoum.",
            ["Gondar", "Axoum"],
        ),
        (
            "en",
            "Ethiopia's army launched an offensive. Federal troops advanced north, taking Gondar, "
            "then Axum and Adwa.",
            ["Gondar", "Axum", "Adwa"],
        ),
    ],
)
def test_a_list_of_places_struck_is_one_event_at_each(
    drafter: Drafter, language: str, body: str, expected: list[str]
) -> None:
    assert _troop_places(drafter, body, language)[-len(expected) :] == expected


@pytest.mark.parametrize(
    ("language", "body"),
    [
        # the places are who delivered the missiles, not where they struck
        (
            "fr",
            "Jeudi, des missiles de croisière Storm Shadow, livrés par Londres et Paris, ont été "
            "tirés par l’Ukraine sur Sébastopol.",
        ),
        # two places with no "et" / "and" closing them are no list ("Putrajaya, Malaysia's…")
        ("en", "On Monday, Thai troops shelled Surin, Sisaket's neighbour, for hours."),
    ],
)
def test_places_that_are_no_list_of_targets_make_one_event(
    drafter: Drafter, language: str, body: str
) -> None:
    assert len(_troop_places(drafter, body, language)) == 1


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        # a town after "à" inside what the model calls one name ("Congrès à Versailles")
        (
            "fr",
            "Le texte doit encore être approuvé par le Parlement réuni en Congrès à Versailles.",
            ("Versailles", "Versailles"),
        ),
        # a participle the model takes for a party's name ("Parti de Toulon": ORG)
        (
            "fr",
            "Parti de Toulon dimanche et arrivé au large dans la nuit de jeudi à vendredi, le "
            "navire transporte quelque 350 hommes du génie.",
            ("Toulon", "Toulon"),
        ),
        # "le Grand Nouméa": the town and its suburbs
        (
            "fr",
            "Des barrages ont surgi lundi soir dans le Grand Nouméa.",
            ("Nouméa", "Nouméa"),
        ),
        # a town in a list after a town found ("from Athens and Larnaca")
        (
            "en",
            "On Monday, Israeli airlines added flights from Athens and Larnaca.",
            ("Larnaca", "Larnaca"),
        ),
        # a town in a list before a town found, which the model took for a person
        (
            "fr",
            "Les frappes ont visé la Syrie. Hier, à Ankara, il a désigné ses objectifs : Tal "
            "Rifaat, Manbij et Kobané.",
            ("Manbij", "Manbij"),
        ),
        # a list past a name no layer knows ("dont Khiam et Naqoura": Khiam is a village)
        (
            "fr",
            "Mardi, l’armée israélienne a frappé plusieurs villages du sud du Liban, dont Khiam "
            "et Naqoura.",
            ("Naqoura", "En Nâqoûra"),
        ),
        # a meeting named after the city it is held in
        (
            "en",
            "Speaking at the Munich Security Conference on Saturday, Zelensky called for arms.",
            ("Munich", "Munich"),
        ),
        # "Tal", "Tel", "Tell" or "Tall", a long vowel written double or not
        (
            "fr",
            "Les drones turcs ont frappé de Tal Rifaat, dans le nord-ouest de la Syrie, jusqu’à "
            "Kobané.",
            ("Tal Rifaat", "Tall Rif‘at"),
        ),
        # an Arabic name's final "h" written or not
        ("en", "On Monday, Israeli jets struck the port of Hodeidah.", ("Hodeidah", "Al Ḩudaydah")),
        # a landmark that holds an actor's name ("UN"), one of another name ("Oval Office")
        (
            "en",
            "At UN headquarters in New York, the spokesman called for restraint on Monday.",
            ("UN headquarters", "United Nations headquarters"),
        ),
        (
            "en",
            "Speaking in the Oval Office on Tuesday, Trump announced a truce.",
            ("Oval Office", "White House"),
        ),
        # France as French news calls it from its overseas territories
        (
            "fr",
            "Samedi, l’évacuation des vacanciers venus de l’Hexagone a commencé à Nouméa.",
            ("Hexagone", "Metropolitan France"),
        ),
        # a capital's French name, in an article naming France and a town near Vienne (Isère)
        (
            "fr",
            "La France a réagi depuis Genève. Le directeur de l’AIEA a convoqué une réunion "
            "d’urgence à Vienne.",
            ("Vienne", "Vienna"),
        ),
    ],
)
def test_towns_found_where_a_name_or_a_namesake_hid_them(
    drafter: Drafter, language: str, body: str, expected: tuple[str, str]
) -> None:
    assert expected in _places(drafter, body, language)


@pytest.mark.parametrize(
    "body",
    [
        # a two-letter word opening a sentence ("Lu": read) is a town only after a locative
        "Lu à la télévision nigérienne par le porte-parole de la junte, le communiqué accuse.",
        # a force named after a continent
        "Au Burkina Faso, Africa Corps, successeur de Wagner, a envoyé 100 hommes.",
        # a ship's name, first after its kind, then alone
        "Lundi, les Houthis ont visé le pétrolier Huang Pu. Mardi, le Huang Pu a repris sa route.",
    ],
)
def test_words_that_look_like_places_are_none(drafter: Drafter, body: str) -> None:
    places = [text for text, _ in _places(drafter, body, "fr")]
    assert places in ([], ["Burkina Faso"])


def test_a_name_after_a_title_is_no_town_later(drafter: Drafter) -> None:
    body = (
        "Redwan Hussein, adviser to Prime Minister Abiy Ahmed, signed for Ethiopia on Monday. "
        "Abiy said in a statement that his government was committed."
    )
    assert [text for text, _ in _places(drafter, body, "en")] == ["Ethiopia"]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "On November 27, Hayat Tahrir al-Sham (HTS) and allied factions broke out of their "
            "enclave in Idlib province.",
            "Idlib province",
        ),
        ("Rebels led by Hayat Tahrir al-Sham (HTS) swept into Damascus on Sunday.", "Damascus"),
        ("Russian forces took Avdiivka on Saturday. Bakhmut fell on Thursday.", "Bakhmut"),
    ],
)
def test_words_of_war_make_a_troop_event(drafter: Drafter, body: str, place: str) -> None:
    assert place in _troop_places(drafter, body, "en")


def test_prices_that_fell_are_no_town_taken(drafter: Drafter) -> None:
    body = "The Russian army entered Kupiansk on Monday. Oil prices fell on Tuesday."
    assert _troop_places(drafter, body, "en") == ["Kupiansk"]


def test_a_group_word_opening_a_sentence_is_the_group_named_before(drafter: Drafter) -> None:
    body = (
        "Rebels led by Hayat Tahrir al-Sham (HTS) entered Aleppo on Friday.\n\nRussian jets "
        "bombed Idlib on Saturday.\n\nRebels announced on Sunday that they had entered Damascus."
    )
    drafts = _drafted(drafter, body, "en").drafts
    assert [d.actor for d in drafts] == ["hts", "russia", "hts"]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "en",
            "Qatar and Kuwait welcomed the deal on Tuesday.",
            [("kuwait", None), ("qatar", None)],
        ),
        # a list of three before "ont annoncé" (whose words of speech start at "ont")
        (
            "fr",
            "Dimanche, le Mali, le Burkina Faso et le Niger ont annoncé leur retrait.",
            [("burkina-faso", None), ("mali", None), ("niger", None)],
        ),
        # capitals named for their governments: each where its own act was
        (
            "fr",
            "Mardi, Washington et Moscou appellent Ankara à la retenue.",
            [("russia", "Moscou"), ("united-states", "Washington")],
        ),
    ],
)
def test_names_joined_before_a_verb_all_act(
    drafter: Drafter, language: str, body: str, expected: list[tuple[str, str | None]]
) -> None:
    drafts = _drafted(drafter, body, language).drafts
    acts = sorted((d.actor, d.place.text if d.place else None) for d in drafts)
    assert acts == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        # a region named alone in a list of places (no locative word before it)
        (
            "en",
            "The dead include fighters from Malaysia, Yemen and Chechnya, the army said.",
            ("Chechnya", "Chechen Republic"),
        ),
        # a point of the compass joined to a name is a region, not a town nor a person
        (
            "fr",
            "En RDC, la force devra stabiliser le Sud-Kivu et l’Ouganda l’aidera.",
            ("Sud-Kivu", "South Kivu"),
        ),
        # ...and the next name of the list after its article
        (
            "fr",
            "En RDC, la force devra stabiliser Goma, le Sud-Kivu et l’Ituri.",
            ("Sud-Kivu", "South Kivu"),
        ),
        # a county, as a region word after the name
        (
            "en",
            "Chinese drones flew over Pingtung County on Monday.",
            ("Pingtung County", "Pingtung"),
        ),
    ],
)
def test_a_region_named_alone_in_a_list_or_by_its_form(
    drafter: Drafter, language: str, body: str, expected: tuple[str, str]
) -> None:
    assert expected in _places(drafter, body, language)


def test_the_north_east_of_a_country_is_no_region_named_alone(drafter: Drafter) -> None:
    places = _places(drafter, "En Haïti, les gangs contrôlent le Nord-Est du pays.", "fr")
    assert [text for text, _ in places] == ["Haïti"]

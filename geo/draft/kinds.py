"""What a sentence tells: a troop event, a diplomatic act, or both, and where their words are.

A strong diplomatic act (summons, call, visit, agreement, video) decides the sentence; so does a
quotation, which is a statement. Otherwise troops are concerned when a military word and a troop
verb occur, or a number of troops. Reported speech ("X a déclaré que Y a envoyé…", "X said Y
sent…") makes a troop event claimed by X; a statement whose object is the troops' act ("a
dénoncé les frappes russes"), or that demands or foresees it, stays a statement. A fronted phrase
of circumstance ("After meeting X,") is not the sentence's event. A clause joined on with
another strong act ("…, and the two governments agreed…") makes a second one.
"""

import re
from dataclasses import dataclass

from geo.draft.asides import aside_spans
from geo.draft.background import background, told_before
from geo.draft.claim_words import DENIED
from geo.draft.clauses import denied, scene_masked
from geo.draft.lexicon import (
    CONTRAST,
    DIPLOMACY_KINDS,
    MILITARY,
    QUOTE_OPENERS,
    SPEECH,
    STRONG_DIPLOMACY,
    TROOP_KINDS,
    first_kind,
    plain,
)
from geo.draft.numbers import troop_numbers
from geo.draft.struck import STRUCK, TAKEN

# A statement about troops that only demands, warns or foresees ("demanded that the RSF end
# their siege", "said Russia would take measures") is a statement, not a troop event.
_DEMAND = re.compile(
    r"(?:demand\w*|urg\w+|call(?:s|ed)? (?:on|for)|exig\w+|réclam\w+|somm\w+|"
    r"appel\w+ (?:à|au|aux))",
    re.IGNORECASE,
)
_MODAL = re.compile(r"\b(?:would|could|should|might|serai|pourrai|devrai)\w*\b", re.IGNORECASE)
_SUBORDINATE = re.compile(r"\b(que|qu'|that)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Kinds:
    """What a sentence is about: a troop event and/or a diplomatic act, and where their words
    are (offsets in the sentence)."""

    troops: tuple[str, int] | None
    diplomacy: tuple[str, int] | None
    speech: int | None = None  # "X a déclaré que…": where the reporting words are
    # Another diplomatic act in a clause joined on ("X travelled to Budapest, and the two
    # governments agreed…"): (kind, where its words are).
    also: tuple[str, int] | None = None


# A time set by another event, opening the sentence: what it tells is told already
# The outlet speaking of its own article ("Franceinfo fait le point sur cette décision…"): no act
_EDITORIAL = re.compile(
    r"\W*(?:[A-Z][\w.-]*\s+){1,2}(?:fait le point|vous (?:explique|résume)|décrypte)\b"
)
_FRONTED_TIME = re.compile(
    r"\W*(?:[\w-]+\s+){0,3}(?:jours?|days?|semaines?|weeks?|heures?|hours?|mois|months?)\s+"
    r"(?:après|after)\b[^,;:]*",
    re.IGNORECASE,
)


def classify(text: str, group: bool = False) -> Kinds:
    """The events a sentence's words make (see the module's docstring); `group`: the sentence
    names an armed group, whose name is a force's ("Les talibans sont entrés dans Kaboul")."""
    words = plain(text)
    if _EDITORIAL.match(words):
        return Kinds(None, None)
    scene = scene_masked(words)  # "Speaking at a meeting…, Putin said": the saying is the event
    fronted = _FRONTED_TIME.match(words)  # ("Trois jours après l'attaque qui a frappé Bamako,")
    after = fronted.end() if fronted else 0
    behind = background(words)
    aside = lambda position: position < after or behind(position)  # noqa: E731
    # ("Deux jours après l'incursion de chasseurs russes, Tallinn a annoncé…": the saying)
    main_act = first_kind(DIPLOMACY_KINDS, scene, aside)
    troops = first_kind(TROOP_KINDS, scene, aside) or (
        None if main_act and scene != words else first_kind(TROOP_KINDS, words, aside)
    )
    # ("Hours before the summit, Russian forces advanced": the advance, not the summit)
    diplomacy = main_act or (
        None
        if troops and MILITARY.search(scene) and scene[troops[1]] != " "
        else first_kind(DIPLOMACY_KINDS, words, aside)
    )
    if diplomacy and _BARE_PLURAL.match(words, diplomacy[1]) and _set_apart(words, diplomacy[1]):
        diplomacy = None  # "Serbs, who form the majority … and reject the authority of…,"
    if diplomacy and diplomacy[0] == "statement" and _unsaid(words, diplomacy[1]):
        diplomacy = None  # "The exercise was announced without warning": nobody named says it
    denial = DENIED.search(words)  # "denied that Niamey had signed an agreement": the denial
    if diplomacy and denial and denial.start() < diplomacy[1] and not aside(denial.start()):
        diplomacy = ("statement", denial.start())
    struck = STRUCK.search(words, after) or TAKEN.search(text, after)
    if struck and not (troops and MILITARY.search(words)):
        troops = ("deployment", struck.start())  # "Sébastopol a été visée", "avait pris Anéfis"
    troops = troops if MILITARY.search(words) or struck or group else None
    # "sont entrés sans rencontrer de résistance": what did not happen tells nothing.
    if diplomacy and _negated(words, diplomacy[1]):  # "met…, but left without an agreement"
        negated = diplomacy[1]
        diplomacy = first_kind(  # (another act after the clause: "…, an official said")
            DIPLOMACY_KINDS,
            words,
            lambda p: aside(p) or negated <= p < _clause_end(words, negated) or _negated(words, p),
        )
    troops = None if troops and _negated(words, troops[1]) else troops
    if troops and diplomacy and _SAID_OF.search(words, max(0, troops[1] - 50), troops[1]):
        troops = None  # "calling the raid a flagrant violation": what is said of it, no act
    claimed = _CLAIMED_ATTACK.search(words)
    at = claimed.start() if claimed and not aside(claimed.start()) else None
    if at is not None and ((troops and at < troops[1]) or not (troops or diplomacy)):
        troops, diplomacy = None, ("statement", at)  # "ISIS-K claimed the attack"
    counted = troops is None and MILITARY.search(words) and troop_numbers(text)
    if counted:
        troops = ("deployment", troop_numbers(text)[0].start)  # "a évoqué 300 soldats"
        if diplomacy and diplomacy[1] > troops[1] and aside(troops[1]):
            # "La France, qui compte près de 400 militaires au Gabon, « condamne… »": both
            return Kinds(troops, diplomacy)
    quoted = words.lstrip()[:1] in QUOTE_OPENERS
    closing = max(words.rfind(mark) for mark in '»”"') if quoted else -1
    if diplomacy and diplomacy[1] < closing:  # "« J'ai parlé… du partenariat… », a déclaré X"
        diplomacy = ("statement", diplomacy[1])
    speech = _speech(scene) or _speech(words)  # (not "told" in "Asked whether Kyiv had told him…,")
    said_of = diplomacy and (
        _SAID_OF.search(words, max(0, diplomacy[1] - 50), diplomacy[1])
        or _SAID_OF_TALKS.search(words, max(0, diplomacy[1] - 50), diplomacy[1])
    )
    if diplomacy and diplomacy[0] in ("agreement", "visit") and said_of:
        diplomacy = ("statement", said_of.start())  # "Blinken hailed the Pretoria deal"
    if (
        diplomacy
        and diplomacy[0] in STRONG_DIPLOMACY
        and speech is not None
        and speech.start() < diplomacy[1]
        and _THAT.search(words, speech.end(), diplomacy[1])
    ):  # "a affirmé que … une partie des indépendantistes ait passé un accord": what was said
        diplomacy = ("statement", speech.start())
    if (
        diplomacy
        and diplomacy[0] not in STRONG_DIPLOMACY
        and speech is not None
        and speech.start() < diplomacy[1]
        and (troops is None or troops[1] > diplomacy[1])
    ):  # "X a ajouté que Londres travaillerait… pour y répondre": what X said is the act
        diplomacy = ("statement", speech.start())
    if (
        diplomacy
        and diplomacy[0] == "visit"
        and troops
        and _MOTION.match(words, diplomacy[1])
        and MILITARY.search(words[: diplomacy[1]])
    ):
        diplomacy = None  # "3,000 North Korean troops arrived in Russia": no visit
    if diplomacy and (diplomacy[0] in STRONG_DIPLOMACY or quoted or troops is None):
        acts = _acts_by_clause(words) if diplomacy[0] in STRONG_DIPLOMACY else []
        if len(acts) > 1:
            return Kinds(None, acts[0], also=acts[1])
        return Kinds(None, diplomacy, also=_contrasted(words, diplomacy[1]))
    if diplomacy and troops and diplomacy[1] < troops[1] and DENIED.match(words, diplomacy[1]):
        return Kinds(None, diplomacy)  # "dément la présence de soldats": the denial is the act
    if (
        diplomacy
        and troops
        and diplomacy[0] == "statement"
        and diplomacy[1] < troops[1]
        and (
            _DEMAND.match(words, diplomacy[1])
            or _MODAL.search(words, diplomacy[1], _clause_end(words, troops[1]))
        )
    ):
        return Kinds(None, diplomacy)  # "demanded that the RSF end…", "said … would be…"
    if (
        diplomacy
        and troops
        and diplomacy[0] == "statement"
        and diplomacy[1] < troops[1]
        and _ACCUSED.match(words, diplomacy[1])
        and not _INTENT.search(words, diplomacy[1], troops[1])
    ):  # "Bichkek a accusé l'armée tadjike d'engager des chars": the troops' act, as claimed
        # (not "accuses Russia of preparing a new offensive": an intent, a statement)
        return Kinds(troops, None, diplomacy[1])
    if (
        diplomacy
        and troops
        and diplomacy[0] == "statement"
        and diplomacy[1] < troops[1]
        and not counted
        and not _SUBORDINATE.search(words, diplomacy[1], troops[1])
        and not ((found := _speech(words)) and found.start() < troops[1])
    ):
        # "a dénoncé les frappes russes": what was said is the act
        return Kinds(None, diplomacy, also=_contrasted(words, diplomacy[1]))
    if (
        diplomacy
        and troops
        and (diplomacy[0] == "response" or _ANSWERED.match(words, diplomacy[1]))
        and speech is not None
        and speech[0].casefold() == "saying"
        and diplomacy[1] < speech.start() < troops[1]
    ):  # "rejected that version as false, saying the destroyer had left…": the answer
        return Kinds(None, diplomacy)
    if troops is None or told_before(words, troops[1]):
        return Kinds(None, None)
    # "X a déclaré que Y a envoyé…", "X said Y sent…" (English may leave out "that").
    reported = speech is not None and speech.start() < troops[1]
    if reported and speech is not None:
        return Kinds(troops, None, speech.start())
    return Kinds(troops, None)


# Words said of an agreement ("hailed the Pretoria deal", "a salué l'accord"): a statement
# (not "a dénoncé les accords militaires": in French, ended them, a response).
_SAID_OF = re.compile(
    r"\b(?:hail|welcom|prais|salu|condamn|condemn|denounc|criticis|criticiz|critiqu|"
    r"applaud|félicit|called|calls|calling|described|describes|qualifi|reject|évoqu)\w*\s+"
    r"(?:\S+\s+){0,5}$",
    re.IGNORECASE,
)
# …and of talks ("reproche à Kiev d'avoir saboté les pourparlers", "urged both sides to resume
# talks"; not of troops: "accused Russian units of shelling Nikopol" tells the shelling)
_SAID_OF_TALKS = re.compile(
    r"\b(?:reproch|accus|blam|exhort|urged|urges)\w*\s+(?:\S+\s+){0,5}$", re.IGNORECASE
)
_THAT = re.compile(r"\b(?:que|qu'|that)\b", re.IGNORECASE)
# Words of speech in the passive with no one named as saying them ("was announced without…").
_PASSIVE = re.compile(r"\b(?:was|were|been|is|are|a été|ont été|avaient? été|est|sont)\s+$", re.I)
_BY = re.compile(r"\w+\s+(?:\w+\s+){0,3}?(?:by|par)\b", re.IGNORECASE)


# An attack claimed: the claim is the sentence's act (the attack is told where it happened).
_CLAIMED_ATTACK = re.compile(
    r"\b(?:claimed|claims|claiming|revendiqu\w+)\s+(?:responsibility\b|la responsabilité|(?:the|"
    r"l'|les|cet|cette|ces)\s*(?:attacks?|bombings?|strikes?|assaults?|raids?|attaques?|attentats?|"
    r"assauts?|frappes?)\b)",
    re.IGNORECASE,
)
_ANSWERED = re.compile(r"reject|dismiss|rejet|démen|deni|nié|répon|répliqu|respond", re.I)
_BARE_PLURAL = re.compile(r"(?:reject|blame|accuse|insist)\b", re.IGNORECASE)


def _set_apart(words: str, position: int) -> bool:
    return any(a <= position < b for a, b in aside_spans(words))


def _unsaid(words: str, trigger: int) -> bool:
    return bool(_PASSIVE.search(words, 0, trigger)) and not _BY.match(words, trigger)


_ACCUSED = re.compile(r"accus\w*|blam\w*", re.IGNORECASE)
_INTENT = re.compile(
    r"\b(?:prepar\w*|plann\w*|plans?|intend\w*|seek\w*|want\w*|prépar\w*|vouloir|veut|"
    r"veulent|projet\w*|projeter|cherch\w*|envisag\w*)\b",
    re.IGNORECASE,
)
# Words of a visit that are also troops'' ("arrived in", "s'est rendu").
_MOTION = re.compile(
    r"(?:est |sont )?arriv|travel|se rend|s'est rendu|sont rendus|s'est posé|(?:a|ont) atterri|"
    r"landed",
    re.IGNORECASE,
)


def _negated(words: str, trigger: int) -> bool:
    return denied(words, trigger)


# Where a clause is joined on: ", and", ", et", "; ", ", puis", ", while".
_JOINED = re.compile(r",\s+(?:and|et|puis|then|while|tandis que|alors que)\s+|;\s+", re.IGNORECASE)


def _acts_by_clause(words: str) -> list[tuple[str, int]]:
    """The strong diplomatic act of each clause joined on, in order, one per kind and never
    denied ("X travelled to Budapest…, and the two governments agreed…": visit, agreement)."""
    starts = [0, *(joint.end() for joint in _JOINED.finditer(words))]
    ends = [*(joint.start() for joint in _JOINED.finditer(words)), len(words)]
    acts: list[tuple[str, int]] = []
    for start, end in zip(starts, ends, strict=True):
        found = first_kind(DIPLOMACY_KINDS, words[start:end])
        if found and found[0] in STRONG_DIPLOMACY and found[0] not in (a[0] for a in acts):
            where = start + found[1]
            if not _negated(words, where):
                acts.append((found[0], where))
    return acts


# ", et Paris a fait part de sa préoccupation", ", and London pledged…": a clause with a subject
# of its own, named
_NEW_SUBJECT = re.compile(
    r",\s+(?:et|and|mais|but)\s+"
    r"(?=(?:l'|le |la |les |the )?(?-i:[A-ZÀ-Ý])\w+\s+(?:a|ont|has|have|\w+ed)\b)",
    re.IGNORECASE,
)


def _contrasted(words: str, first: int) -> tuple[str, int] | None:
    """The act of a clause set against the first ("Pékin a appelé au dialogue, tandis que le
    Kremlin s'est dit préoccupé": a second statement), if it has one of its own."""
    joint = CONTRAST.search(words, first) or _NEW_SUBJECT.search(words, first)
    if joint is None:
        return None
    found = first_kind(DIPLOMACY_KINDS, words[joint.end() :])
    if found is None or _negated(words, joint.end() + found[1]):
        return None
    return found[0], joint.end() + found[1]


def _clause_end(words: str, position: int) -> int:
    """Where the clause holding `position` ends (a comma, a semicolon, the sentence's end)."""
    ends = [words.find(mark, position) for mark in ",;:"]
    return min([end for end in ends if end >= 0], default=len(words))


# "La Corée du Nord, qui soutient la Russie, …", "Russia, which maintains a base…": words of
# speech in a relative clause report nothing.
_RELATIVE_BEFORE = re.compile(r"\b(?:qui|which|who)\s+$", re.IGNORECASE)


def _speech(words: str) -> re.Match[str] | None:
    """The first words of reported speech that are not in a relative clause nor negated
    ("Israel was not told in advance, an official said": said; "la Cédéao, dont le Mali a
    annoncé son retrait, a dit…": dit)."""
    aside = background(words)  # (as the words of an act: `first_kind`)
    for match in SPEECH.finditer(words):
        if not (
            _RELATIVE_BEFORE.search(words[max(0, match.start() - 12) : match.start()])
            or aside(match.start())
            or _negated(words, match.start())
        ):
            return match
    return None


# Words that report what others did ("a fait état de frappes", "reported strikes").
_REPORTS = re.compile(r"(?:a|ont|avai(?:en)?t)\s+(?:\w+\s+)?(?:fait état|signalé)|reported", re.I)


def reported(text: str, speech: int | None) -> int | None:
    """Where the words that report others' acts are, if the speech at `speech` is such."""
    return speech if speech is not None and _REPORTS.match(plain(text), speech) else None

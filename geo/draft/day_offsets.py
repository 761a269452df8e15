"""Days an act's words set off the day its sentence stands on: an act told "later" (after the
day carried, on a day the text does not give), or in a clause of "a day after", "trois jours
avant" set after the sentence's day (that many days before or after it).
"""

import re
from dataclasses import replace
from datetime import date, timedelta

from geo.draft.dates import DateMention
from geo.draft.lexicon import plain
from geo.draft.numbers import NUMBER_WORDS

# "He later acknowledged…", "Il a plus tard reconnu…": after the day carried, on a day the text
# does not give (not "hours later", "later that day", "later on Friday", "au plus tard le…")
_LATER = re.compile(
    r"(?<!hours )(?<!days )(?<!weeks )(?<!months )(?<!minutes )\blater\b"
    r"(?!\s+(?:that|on|in|this|the same)\b)|\bpar la suite\b|^\W*(?:depuis|since then)\s*,|"
    r"\bdepuis lors\b|"
    r"(?<!heures )(?<!jours )(?<!semaines )(?<!mois )(?<!au )\bplus tard\b"
    r"(?!\s+(?:le|dans|ce|en)\b)",
    re.IGNORECASE,
)


# ", a day after Putin signed the treaty", ", trois jours après que la Maison Blanche eut
# annoncé": an act told in a clause set after the sentence's day took place so many days off it
_DAYS_OFF = re.compile(
    r"[,;]\s*(?:(?P<count>an?|one|two|three|four|five|six|une?|deux|trois|quatre|cinq|six)\s+"
    r"(?P<unit>days?|weeks?|jours?|semaines?)\s+(?P<way>after|before|après|avant))\s+[^,;:]*$",
    re.IGNORECASE,
)
# (a clause with a verb: "after Tehran fired", "after seizing", "après que l'armée eut pris",
# "après avoir pris"; "a day after the attack" dates the attack's noun, which is no act's word)
_FRENCH_VERB_CLAUSE = re.compile(r"\b(?:que|qu'|avoir|être|été)\b", re.IGNORECASE)
_ENGLISH_VERB = re.compile(
    r"\S*(?:ed|ing)\b|(?:took|sent|struck|began|flew|shot|went|met|held|spoke|told|broke|drove"
    r"|led|left|fought|made|said)\b",
    re.IGNORECASE,
)
COUNTS = {"an": 1, **NUMBER_WORDS}  # ("trois jours après", "a day after")


def later(text: str, carried: DateMention, published: date) -> DateMention | None:
    """The span from the day carried to publication when `text` tells its act "later" with no
    day of its own; else None."""
    if _LATER.search(plain(text)) and carried.precision == "day" and carried.last < published:
        return replace(carried, last=published)
    return None


def days_off(text: str, offset: int, trigger: int, when: DateMention) -> DateMention:
    """The day of an act whose words (at `trigger` in `text`, at `offset` in the article) are
    the verb of a clause of "a day after", "trois jours avant" set after the day its sentence
    names (`when`): that day less (or plus) so many days."""
    words = plain(text)
    found = _DAYS_OFF.search(words[:trigger]) if trigger >= 0 else None
    if (
        found is None
        or when.first != when.last
        or when.start - offset > found.start()
        or not (
            _FRENCH_VERB_CLAUSE.search(words, found.end("way"), trigger)
            or _ENGLISH_VERB.match(words, trigger)
        )
    ):
        return when
    days = COUNTS[found["count"].casefold()] * (7 if found["unit"][:1] in "ws" else 1)
    days = -days if found["way"][:2] in ("af", "ap") else days
    day = when.first + timedelta(days=days)
    return replace(when, first=day, last=day)

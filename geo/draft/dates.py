"""Date phrases of French and English news text, found by regex rules and resolved to days.

Offsets leave out the preposition or article before a date ("le 8 octobre" -> "8 octobre") but keep
fixed phrases ("la veille", "last week") and modifiers ("dernier", "mid-"). A weekday, day or month
without a year is the latest one on or before publication, or the next one when the nearest verb
of its clause (or of the next one, after a fronted "Mercredi,") is future (a day: the nearer one
when no verb tells; "ce"/"this": the publication's week). "dernier"/"last" is strictly before and
never yesterday. début/early = days 1-10, mi-/mid- 11-20, fin/late 21-end; a night is the two days
it joins (its eve the first, the day after it the day after the second); the start of a week
Monday to Wednesday, its end Friday to Sunday; a range of weekdays with times ("from 5am on Monday
to Tuesday") the days it spans; a weekend Saturday and Sunday; "N months ago" that month.
`relative`: counted from the publication date or the anchor, which moves to each day-precision
mention; "X came a day after Y" dates Y from the anchor, so only when there is one.
tests/test_draft_dates.py has a case for every convention.
"""

import re
from dataclasses import dataclass
from datetime import date, timedelta

from geo.draft.calendar_days import mkdate, month_span, pick_day, shift, year_of
from geo.draft.date_rules import (
    _BREAK,
    _EXCLUDED_BEFORE,
    _FOLD,
    _FULL,
    _MONTHS,
    _NAMED,
    _NOT_A_YEAR,
    _NUMBERS,
    _QUAL,
    _RULES,
    _STEP,
    _TENSE_RE,
    _WEEKDAYS,
    HOLIDAYS,
)

_Res = tuple[date, date, str, bool]
# (days, True): days from the anchor (la veille = -1); (days, False): the same, but only when the
# text has an anchor ("came a day after X" says nothing without the day the narrative stands at)
# ("night",): the night after the narrative's day ("Lundi, … Dans la nuit, …"), or before
# publication ("drones entered Polish airspace overnight"); ("that", weekday): that weekday of
# the narrative's week ("The break came on March 16… That Saturday evening, …")
_Part = tuple[int, int, _Res | tuple[int, bool] | tuple[str] | tuple[str, int]]
_NIGHT_AFTER = ("night",)
_DAY = timedelta(days=1)


@dataclass(frozen=True)
class DateMention:
    """A date phrase of a text, with its character offsets and the days it may mean."""

    start: int
    end: int
    text: str
    first: date
    last: date
    precision: str
    relative: bool


_FOR = re.compile(r"\b(?:pour|for)\s+$")
_OWNED = re.compile(r"'s\b")  # ("blamed it for Monday's attack": that Monday, before)
_UNTIL = re.compile(r"\b(?:until|through|till|jusqu'(?:au|à)|d'ici (?:au|à|le))\s+$")


@dataclass(frozen=True)
class _Ctx:
    text: str
    norm: str
    lang: str
    published: date

    def tense(self, start: int, end: int) -> int:
        # -1 past (-2 pluperfect), 1 future, 0 unknown: the verb marker nearest the mention in
        # its clause, or in the next one when the mention is fronted before a comma ("Mercredi,
        # ils se réuniront"); unknown for the end of a span ("extended the suspension through
        # May 11": the nearer)
        if _UNTIL.search(self.norm, max(0, start - 16), start):
            return 0
        if _FOR.search(self.norm, max(0, start - 8), start) and not _OWNED.match(self.norm, end):
            return 1  # "une rencontre pour mardi soir", "talks set for Tuesday"
        left = max([b.end() for b in _BREAK.finditer(self.norm, 0, start)], default=0)
        right = stop.start() if (stop := _BREAK.search(self.norm, end)) else len(self.norm)
        marks = self._marks(start, end, left, right)
        if not marks and stop and stop.group() == "," and not self.norm[end:right].strip():
            after = _BREAK.search(self.norm, stop.end())
            marks = self._marks(start, end, stop.end(), after.start() if after else len(self.norm))
        joint = [b for b in _BREAK.finditer(self.norm, 0, start) if b.end() == left]
        if not marks and joint and joint[0].group() in ("and", "et"):
            # "is due in Yerevan on Thursday and in Baku on Friday": a clause with no verb
            # goes with the one before
            cut = joint[0].start()
            first = max([b.end() for b in _BREAK.finditer(self.norm, 0, cut)], default=0)
            marks = self._marks(start, end, first, cut)
        return {"f": 1, None: 0, "pp": -2}.get(min(marks, default=(0, None))[1], -1)

    def _marks(self, start: int, end: int, left: int, right: int) -> list[tuple[int, str | None]]:
        return [
            (start - x.end() if x.end() <= start else x.start() - end, x.lastgroup)
            for x in _TENSE_RE[self.lang].finditer(self.norm, left, right)
            if x.lastgroup != "n" and not start <= x.start() < end
        ]

    def month(self, m: re.Match[str], group: str) -> int | None:
        form = m.group(group)
        if self.lang == "en" and (form in ("may", "march", "august") or form not in _FULL):
            return _MONTHS["en"][form] if self.text[m.start(group)].isupper() else None
        return _MONTHS[self.lang][form]


def _parts(kind: str, m: re.Match[str], ctx: _Ctx) -> list[_Part] | None:
    g = {k: v and " ".join(v.split()) for k, v in m.groupdict().items()}
    pub, start, end = ctx.published, m.start("s") if g.get("s") is not None else m.start(), m.end()
    qw = g.get("q0") or g.get("q") or g.get("q2")
    q, yq = (_QUAL[w] if w else None for w in (qw, g.get("yq")))
    y1, y2 = (int(g.get(k) or 0) or None for k in ("y1", "y2"))
    part = _NAMED[re.split(r"[\s-]", g["part"])[0]] if g.get("part") else None
    tense, relative = ctx.tense(start, end), qw is not None or yq is not None
    sofar = g.get("sofar") is not None
    if kind in ("date", "list"):
        m1 = ctx.month(m, "m1" if g.get("m1") else "m2")
        m2 = ctx.month(m, "m2" if g.get("m2") else "m1")
        sep = g.get("sep") or ""
        if m1 is None or m2 is None or ("and" in sep and not m.group().startswith("be")):
            return None
        d1, d2 = (int(re.sub(r"\D", "", g.get(k) or g.get("d1") or "0")) for k in ("d1", "d2"))
        days = [(start, end, d1, d2)]
        if kind == "list":
            found = [(n.start(), n.end(), int(n[0])) for n in re.finditer(r"\d+", m["list"])]
            days = [(m.start("list") + s, m.start("list") + e, d, d) for s, e, d in found]
            days[0], days[-1] = (start, *days[0][1:]), (days[-1][0], end, *days[-1][2:])
            d1 = d2 = days[0][2]
        ey = y2 or (pub.year + yq if yq is not None and not y1 else None)
        ref = None if y1 or ey else pick_day(pub, m1, d1, tense if q is None else q)
        if not (sy := y1 or (ey - ((m1, d1) > (m2, d2)) if ey else ref.year if ref else 0)):
            return None
        out: list[_Part] = []
        for s, e, a, b in days:
            first, last = mkdate(sy, m1, a), mkdate(ey or sy + ((m2, b) < (m1, a)), m2, b)
            if g.get("night") and last:  # "the night of June 15": the 15th and the 16th
                last += _DAY
            out += (
                [(s, e, (first, last, "day", relative))] if first and last and first <= last else []
            )
        return out if len(out) == len(days) else None
    if kind == "holiday":  # "on Christmas Day": the nearest one its verb's tense points to
        feast = pick_day(pub, *HOLIDAYS[g.get("hol") or g["hol2"]], tense)
        return [(start, end, (feast, feast, "day", True))] if feast else None
    if kind == "overnight":
        return [(start, end, _NIGHT_AFTER)]
    if kind == "thatday":
        return [(start, end, ("that", _WEEKDAYS[ctx.lang].index(g["w1"])))]
    if kind in ("weekday", "night"):
        w1, w2 = (_WEEKDAYS[ctx.lang].index(g[k] or "") if g.get(k) else -1 for k in ("w1", "w2"))
        if kind == "weekday" and w2 < 0 and _EXCLUDED_BEFORE.search(ctx.norm, 0, start):
            return None
        wd = w2 if w2 >= 0 else w1
        last = pub + timedelta(shift(pub.weekday(), wd, 7, q, tense) if wd >= 0 else 0)
        first = last - (_DAY if w1 < 0 else timedelta((w2 - w1) % 7 if w2 >= 0 else 0))
        if kind == "night" and w2 < 0 <= w1:
            eve = first == pub and q is None and tense <= 0
            first, last = (first - _DAY, first) if eve else (first, first + _DAY)
        if kind == "weekday" and w2 >= 0 and w1 == pub.weekday() and q is None:
            first, last = pub, pub + timedelta((w2 - w1) % 7)  # "from Wednesday until Thursday"
        return [(start, end, (first, last, "day", True))]
    if kind == "months":  # "de janvier à mars", "in January and February 2025"
        m1, m2 = ctx.month(m, "m1"), ctx.month(m, "m2")
        if m1 is None or m2 is None:
            return None
        y2 = y2 or (y1 + (m2 < m1) if y1 else year_of(pub, m2, None, tense))
        y1 = y1 or y2 - (m2 < m1)
        first, last = month_span(y1, m1)[0], month_span(y2, m2)[1]
        return [(start, end, (first, last, "month", False))] if first <= last else None
    if kind in ("month", "season", "year"):
        month = ctx.month(m, "m1") if g.get("m1") else _NAMED.get(g.get("season") or "")
        cue = ctx.norm[m.start() : start].strip() not in ("", "the") or part is not None
        cue = cue or bool(g.get("mois"))
        if (
            ((g.get("m1") or g.get("season")) and (month is None or not (cue or y1 or relative)))
            or (g.get("m1") == "mars" and ctx.text[m.start("m1")] == "M" and not cue)
            or (g.get("season") == "fall" and not (y1 or qw) and ctx.norm.startswith(" of", end))
            or (kind == "year" and y1 and _NOT_A_YEAR.match(ctx.norm, end))
            or (kind == "month" and not (g.get("m1") or part is not None or qw or sofar))
        ):
            return None  # a bare month name, Mars the planet, the fall of a city, 2 000 soldiers
        if kind == "year":  # a year, a third of one, years "from 2014 to 2022", the year so far
            y, a = y1 or pub.year + (q or 0), 1 if part is None else 4 * part + 1
            span = (date(y, a, 1), month_span(y2 or y, 12 if part is None else a + 3)[1])
            span = (span[0], pub) if sofar else span
            # (a span up to publication covers no whole month: a range of days)
            exact = "day" if sofar else "year" if part is None else "month"
            return [(start, end, (*span, exact, not y1))] if span[0] <= span[1] else None
        if month is None:
            y, month, relative = pub.year, pub.month + (q or 0), True
        else:
            y = y1 or (pub.year + yq if yq is not None else year_of(pub, month, q, tense))
        if kind == "season" and q == -1 and not y1:  # the last one over: by its last month
            y = year_of(pub, (month + 1) % 12 + 1, -1, 0) - (month == 12)
        first, last = month_span(y, month)[0], month_span(y, month + 2 * (kind == "season"))[1]
        if sofar:  # "earlier this month", "depuis le début du mois": up to publication (a span,
            # not a day the narrative stands at: "the next day" after it cannot be known)
            return [(start, end, (first, pub, "day", True))]
        if part is not None:  # days 1-10, 11-20, 21-end
            last = last if part > 1 else first + (10 * part + 9) * _DAY
            first += 10 * part * _DAY
        return [(start, end, (first, last, "month" if part is None else "day", relative))]
    n = g.get("n") or "1"
    unit = (g.get("unit") or "d")[0]
    words = m.group().split()
    step = _STEP.get(" ".join(words), next((_STEP[w] for w in reversed(words) if w in _STEP), 0))
    count = int(n) if n.isdigit() else _NUMBERS[ctx.lang][n]
    if unit in "may":  # "three months ago", "il y a un an": that month
        months = month_span(pub.year, pub.month - count * (12 if unit in "ay" else 1))
        return [(start, end, (*months, "month", True))]
    off = step * count * (7 if unit in "sw" else 1)
    if kind in ("anchor", "after"):  # "a day after X": X is the day before the anchor
        return [(start, end, (off if kind == "anchor" else -off, kind == "anchor"))]
    first = last = pub + timedelta(off)
    if kind == "weekend":  # Saturday and Sunday
        # last: strictly before; next: strictly after; none: the latest, or the next (future verb)
        weekend = pub.weekday() > 4
        weeks = {1: int(weekend), -1: -1}.get(q or 0, 0 if weekend or tense > 0 else -1)
        first = pub - timedelta(pub.weekday() - 7 * weeks - 5)
        last = first + _DAY if tense > 0 or first > pub else min(first + _DAY, pub)
    elif kind == "week":  # Monday to Sunday; this week: Monday to publication (to Sunday, future)
        monday = pub - timedelta(pub.weekday() - 7 * (q or 0))
        first = pub if not q and tense > 0 else monday
        last = monday + 6 * _DAY if q or tense > 0 else pub
        if part is not None:  # its start Monday to Wednesday, its end Friday to Sunday
            first = monday + (0 if part == 0 else 4) * _DAY
            last = first + 2 * _DAY
            last = min(last, pub) if not q and tense <= 0 and first <= pub else last
    return [(start, end, (first, last, "day", True))]


def _resolved(kind: str, m: re.Match[str], ctx: _Ctx) -> list[_Part] | None:
    """A rule's days, or None when they fall outside the calendar (a date near year 1 or
    9999 counted back or forward)."""
    try:
        return _parts(kind, m, ctx)
    except (ValueError, OverflowError):
        return None


_NIGHT = re.compile(r"nuit|night", re.IGNORECASE)


def narrative_days(mention: DateMention) -> tuple[date, date]:
    """Where a day-precision mention leaves the narrative: its days, but a night's last one (the
    eve of "la nuit de lundi à mardi" is Monday, the day after it Wednesday)."""
    if _NIGHT.search(mention.text):
        return mention.last, mention.last
    return mention.first, mention.last


# A weekday or a night named bare: no day of the month, no "dernier", "prochain", "last"…
_BARE_DAY = re.compile(
    r"^(?!.*\d)(?!.*\b(?:derni[eè]re?|pass[ée]e?|prochaine?|ce|cette|last|next|this|past|"
    r"coming)\b)",
    re.IGNORECASE,
)


def _rewound(
    part: tuple[date, date, str, bool], words: str, where: tuple[date, date], named: str, lang: str
) -> tuple[date, date, str, bool]:
    """A bare weekday counted from publication, weeks after the day the narrative stands on
    whose words named that weekday: the narrative's ("Tout a basculé le lundi 13 mai au soir. …
    Dans la nuit de lundi à mardi": the 13th, not the Monday before publication)."""
    first, last, precision, relative = part
    back = (first - where[0]).days
    weekday = _WEEKDAYS[lang][first.weekday()]
    if (
        precision == "day"
        and 0 < back < 28
        and back % 7 == 0
        and re.search(rf"\b{weekday}\b", named, re.IGNORECASE)
        and _BARE_DAY.match(words)
    ):
        return first - timedelta(back), last - timedelta(back), precision, relative
    return part


def find_dates(
    text: str,
    *,
    language: str,
    published: date,
    anchor: date | tuple[date, date] | DateMention | None = None,
) -> list[DateMention]:
    """The date phrases of `text`, in order, resolved against `published` and `anchor` (a day,
    the first and last days of a span, or a date phrase where the narrative stands: "le
    lendemain" of a night is the day after it)."""
    if (lang := language.lower()[:2]) not in _RULES:
        raise ValueError(f"unsupported language {language!r}: 'fr' or 'en'")
    norm = "".join(c.lower() if len(c.lower()) == 1 else c for c in text.translate(_FOLD))
    ctx = _Ctx(text, norm, lang, published)
    found = [
        (parts, rank)
        for rank, (pattern, kind) in enumerate(_RULES[lang])
        for m in pattern.finditer(ctx.norm)
        if (parts := _resolved(kind, m, ctx))
    ]
    chosen: list[_Part] = []
    for parts, _ in sorted(found, key=lambda f: (f[0][0][0] - f[0][-1][1], f[1])):
        if all(parts[-1][1] <= c[0] or parts[0][0] >= c[1] for c in chosen):
            chosen += parts
    named = anchor.text if isinstance(anchor, DateMention) else ""  # the words of the last day
    if isinstance(anchor, DateMention):
        anchor = narrative_days(anchor)
    span = anchor if isinstance(anchor, tuple) else (anchor or published, anchor or published)
    mentions, where = [], span
    anchored = anchor is not None
    for start, end, part in sorted(chosen, key=lambda c: c[0]):
        if len(part) == 4:
            res = _rewound(part, text[start:end], where, named, lang)
        elif len(part) == 1:
            if any(0 <= c[0] - end <= 40 and len(c[2]) == 4 for c in chosen):
                continue  # "An overnight rocket salvo on Sept. 22": that day's night
            eve = where[1] if anchored and where[1] < published else published - _DAY
            res = (eve, eve + _DAY, "day", True)
        elif isinstance(part[0], str):  # "that Saturday": the one nearest the narrative's day
            if not anchored or not isinstance(part[1], int):
                continue
            day = where[0] + timedelta((part[1] - where[0].weekday() + 3) % 7 - 3)
            res = (day, day, "day", True)
        else:
            offset, always = part
            if not (always or anchored):
                continue
            try:
                day = (where[1] if offset >= 0 else where[0]) + timedelta(offset)
            except OverflowError:  # before year 1 or after 9999: no such day
                continue
            res = (day, day, "day", True)
        mentions.append(mention := DateMention(start, end, text[start:end], *res))
        if res[2] == "day":
            where, named = narrative_days(mention), mention.text
        anchored = anchored or res[2] == "day"
    return mentions

"""Calendar arithmetic for the date rules: a month's days, and the day, weekday, month or year a
qualifier ("dernier", "next", "ce") or a verb's tense points to from the publication date."""

import calendar
from datetime import date


def mkdate(year: int, month: int, day: int) -> date | None:
    """The day, or None when the month has no such day (30 February)."""
    return date(year, month, day) if 1 <= day <= calendar.monthrange(year, month)[1] else None


def month_span(year: int, month: int) -> tuple[date, date]:
    """A month's first and last days (a month past December runs into the next year)."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def pick_day(pub: date, month: int, day: int, mode: int) -> date | None:
    """The day of a month named without its year: on or before `pub` for a past verb (`mode`
    < 0), after it for a future one (> 0), else the nearer of the two."""
    days = [x for y in range(pub.year - 8, pub.year + 9) if (x := mkdate(y, month, day))]
    past, future = [x for x in days if x <= pub], [x for x in days if x > pub]
    if past and (not future or mode < 0 or (mode == 0 and pub - past[-1] <= future[0] - pub)):
        return past[-1]
    return future[0] if future else None


def shift(now: int, target: int, size: int, q: int | None, tense: int) -> int:
    """Steps from `now` to `target` in a cycle of `size` (weekdays, months) for a qualifier;
    "ce"/"this" is in the publication's week, or the nearest one its verb's tense points to."""
    if q == 0 and tense == 0:
        return target - now
    q = None if q == 0 else q
    if q == 1 or (q is None and tense > 0):
        return (target - now) % size or (size if q == 1 else 0)
    back = (now - target) % size  # "jeudi dernier" is neither today nor yesterday
    # (nor is a weekday told in the pluperfect today: "had appealed on Tuesday", a Tuesday)
    earlier = q == -1 and back < (2 if size == 7 else 1)
    earlier = earlier or (size == 7 and tense < -1 and back == 0)
    return -back - size * earlier


def year_of(pub: date, month: int, q: int | None, tense: int) -> int:
    """The year of a month named without one, for its qualifier and its verb's tense."""
    return pub.year + (pub.month - 1 + shift(pub.month, month, 12, q, tense)) // 12

"""Check the hand annotations of the evaluation set against their articles.

Run from anywhere (it is not a pytest module):

    .venv/bin/python tests/eval/check_annotations.py

For every ``annotations/<id>.yaml`` it verifies that:

- the file parses, has exactly the keys of the schema (see ``README.md``) and ``id`` matches the
  file name; ``language``, ``split``, place ``kind``, event ``layer``, ``kind`` and ``status`` take
  allowed values; dates are ISO dates and ``date_start <= date_end``; actor slugs are slugs;
- the article exists as ``articles/<id>.txt`` (title, blank line, body) or ``articles/<id>.html``
  (title = the ``<h1>`` of ``<article>``, body = its ``<p>``/``<h2>`` blocks outside the article's
  header, footer and figures, joined by blank lines), and ``title`` is the article's title;
- every place ``text``, every ``not_places`` entry and every event ``sentence`` is an exact
  substring of the body; every ``place_text`` / ``origin_text`` / ``destination_text`` is an exact
  substring of its sentence and is listed among the places;
- every troop number (of an event, and in ``troop_numbers``) appears in the body in a written form
  (``12000``, ``12 000`` with any space, ``12,000``, ``12.000``, or a word form such as
  "un millier"), and every event troop number is listed in ``troop_numbers``;
- the held-out split has as many French as English articles.

It prints one line per article (id, language, split, words, places, events) and exits with status
1 if anything is wrong. Warnings (such as an ASCII apostrophe in a French body) do not fail it.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

import yaml

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
ANNOTATIONS = HERE / "annotations"

TOP_KEYS = {
    "id",
    "language",
    "published",
    "outlet",
    "title",
    "split",
    "story",
    "sources_consulted",
    "places",
    "not_places",
    "events",
    "troop_numbers",
}
PLACE_KEYS = {"text", "name", "kind", "lat", "lon"}
EVENT_REQUIRED = {
    "sentence",
    "date_start",
    "date_end",
    "layer",
    "kind",
    "actor",
    "troops",
    "status",
    "claimed_by",
}
EVENT_OPTIONAL = {"place_text", "origin_text", "destination_text"}
LANGUAGES = {"fr", "en"}
SPLITS = {"dev", "heldout"}
PLACE_KINDS = {"city", "region", "country", "sea", "landmark", "area"}
LAYERS = {"troops", "diplomacy"}
EVENT_KINDS = {
    "deployment",
    "transport",
    "training",
    "plan",
    "agreement",
    "intelligence_report",
    "summons",
    "statement",
    "call",
    "visit",
    "video_release",
    "response",
}
STATUSES = {"confirmed", "claimed", "unconfirmed", "denied"}
SLUG = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
SPACES = [" ", "\u00a0", "\u202f", "\u2009"]
# Word forms accepted for troop numbers written out in full (extend when an article needs it).
NUMBER_WORDS = {
    1000: ["un millier", "mille", "a thousand", "one thousand"],
    2000: ["deux mille", "two thousand"],
    10000: ["dix mille", "ten thousand"],
}


class _ArticleHTML(HTMLParser):
    """Collects the title and body blocks of the first <article> of a saved page."""

    SKIP: ClassVar[set[str]] = {"header", "footer", "figure", "aside", "nav", "script", "style"}
    BLOCKS: ClassVar[set[str]] = {"p", "h2"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth_article = 0
        self.skip_depth = 0
        self.in_h1 = False
        self.block: list[str] | None = None
        self.title = ""
        self.blocks: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth_article += 1
            return
        if not self.depth_article:
            return
        if tag == "h1":
            self.in_h1 = True
        if tag in self.SKIP:
            self.skip_depth += 1
        elif tag in self.BLOCKS and not self.skip_depth:
            self.block = []

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth_article -= 1
            return
        if not self.depth_article:
            return
        if tag == "h1":
            self.in_h1 = False
        if tag in self.SKIP:
            self.skip_depth -= 1
        elif tag in self.BLOCKS and self.block is not None:
            self.blocks.append(" ".join("".join(self.block).split(" ")).strip())
            self.block = None

    def handle_data(self, data):
        if not self.depth_article:
            return
        if self.in_h1:
            self.title += data
        if self.block is not None:
            self.block.append(data.replace("\n", " "))


def read_article(article_id: str) -> tuple[Path, str, str]:
    """Returns (path, title, body) of an article, from its .txt or .html file."""
    txt, page = ARTICLES / f"{article_id}.txt", ARTICLES / f"{article_id}.html"
    if txt.exists():
        text = txt.read_text(encoding="utf-8")
        title, sep, body = text.partition("\n\n")
        if not sep or "\n" in title:
            raise ValueError(f"{txt.name}: expected a title line, a blank line, then the body")
        return txt, title, body.strip()
    if page.exists():
        parser = _ArticleHTML()
        parser.feed(page.read_text(encoding="utf-8"))
        if not parser.title or not parser.blocks:
            raise ValueError(f"{page.name}: no <article> with an <h1> and body blocks")
        return page, parser.title.strip(), "\n\n".join(parser.blocks)
    raise FileNotFoundError(f"no articles/{article_id}.txt or .html")


def number_forms(n: int) -> list[str]:
    digits = str(n)
    forms = [digits]
    if n >= 1000:
        groups = []
        while digits:
            groups.insert(0, digits[-3:])
            digits = digits[:-3]
        forms += [sep.join(groups) for sep in [*SPACES, ",", "."]]
    return forms + NUMBER_WORDS.get(n, [])


def number_in_text(n: int, text: str) -> bool:
    for form in number_forms(n):
        pattern = (
            r"(?<![\d.,])" + re.escape(form) + r"(?![\d])"
            if form[0].isdigit()
            else r"\b" + re.escape(form) + r"\b"
        )
        if re.search(pattern, text, flags=re.IGNORECASE):
            return True
    return False


def as_date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return None
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def check(path: Path) -> tuple[list[str], list[str], dict]:
    errors: list[str] = []
    warnings: list[str] = []
    try:
        ann = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        return [f"does not parse: {exc}"], warnings, {}
    if not isinstance(ann, dict):
        return ["not a mapping"], warnings, {}
    keys = set(ann)
    if keys != TOP_KEYS:
        missing, extra = sorted(TOP_KEYS - keys), sorted(keys - TOP_KEYS)
        errors.append(f"keys: missing {missing}, unexpected {extra}")
    aid = ann.get("id")
    if aid != path.stem:
        errors.append(f"id {aid!r} does not match the file name")
    if ann.get("language") not in LANGUAGES:
        errors.append(f"language {ann.get('language')!r}")
    if ann.get("split") not in SPLITS:
        errors.append(f"split {ann.get('split')!r}")
    if as_date(ann.get("published")) is None:
        errors.append(f"published {ann.get('published')!r} is not an ISO date")
    if not ann.get("sources_consulted"):
        errors.append("sources_consulted is empty")
    try:
        art_path, title, body = read_article(path.stem)
    except (OSError, ValueError) as exc:
        return [*errors, str(exc)], warnings, {}
    if ann.get("title") != title:
        errors.append(f"title differs from the article's: {ann.get('title')!r} vs {title!r}")
    if ann.get("language") == "fr" and "'" in body:
        warnings.append("ASCII apostrophe in a French body")

    place_texts: set[str] = set()
    for place in ann.get("places") or []:
        if not isinstance(place, dict) or set(place) != PLACE_KEYS:
            errors.append(f"place {place!r}: keys must be {sorted(PLACE_KEYS)}")
            continue
        text = place["text"]
        if text in place_texts:
            errors.append(f"place {text!r} listed twice")
        place_texts.add(text)
        if text not in body:
            errors.append(f"place {text!r} is not in the body")
        if place["kind"] not in PLACE_KINDS:
            errors.append(f"place {text!r}: kind {place['kind']!r}")
        lat, lon = place["lat"], place["lon"]
        if not (
            isinstance(lat, (int, float))
            and -90 <= lat <= 90
            and isinstance(lon, (int, float))
            and -180 <= lon <= 180
        ):
            errors.append(f"place {text!r}: bad coordinates {lat!r}, {lon!r}")
    for word in ann.get("not_places") or []:
        if not isinstance(word, str) or word not in body:
            errors.append(f"not_places {word!r} is not in the body")
        elif word in place_texts:
            errors.append(f"{word!r} is both a place and a not_place")

    troop_numbers = ann.get("troop_numbers")
    if not isinstance(troop_numbers, list) or not all(isinstance(n, int) for n in troop_numbers):
        errors.append("troop_numbers must be a list of integers")
        troop_numbers = []
    for n in troop_numbers:
        if not number_in_text(n, body):
            errors.append(f"troop number {n} is not written in the body")

    events = ann.get("events") or []
    for i, event in enumerate(events, 1):
        where = f"event {i}"
        if not isinstance(event, dict):
            errors.append(f"{where}: not a mapping")
            continue
        ekeys = set(event)
        if not ekeys >= EVENT_REQUIRED or ekeys - EVENT_REQUIRED - EVENT_OPTIONAL:
            errors.append(
                f"{where}: missing {sorted(EVENT_REQUIRED - ekeys)}, "
                f"unexpected {sorted(ekeys - EVENT_REQUIRED - EVENT_OPTIONAL)}"
            )
        sentence = event.get("sentence", "")
        if not isinstance(sentence, str) or sentence not in body:
            errors.append(f"{where}: sentence is not in the body: {sentence!r}")
            sentence = ""
        start, end = as_date(event.get("date_start")), as_date(event.get("date_end"))
        if start is None or end is None:
            errors.append(f"{where}: dates must be ISO dates")
        elif start > end:
            errors.append(f"{where}: date_start {start} is after date_end {end}")
        if event.get("layer") not in LAYERS:
            errors.append(f"{where}: layer {event.get('layer')!r}")
        if event.get("kind") not in EVENT_KINDS:
            errors.append(f"{where}: kind {event.get('kind')!r}")
        if event.get("status") not in STATUSES:
            errors.append(f"{where}: status {event.get('status')!r}")
        for key in ("actor", "claimed_by"):
            value = event.get(key)
            if value is None and key == "claimed_by":
                continue
            if not isinstance(value, str) or not SLUG.match(value):
                errors.append(f"{where}: {key} {value!r} is not a slug")
        if event.get("place_text") and (event.get("origin_text") or event.get("destination_text")):
            errors.append(f"{where}: give place_text or origin_text/destination_text, not both")
        for key in EVENT_OPTIONAL:
            value = event.get(key)
            if value is None:
                continue
            if value not in sentence:
                errors.append(f"{where}: {key} {value!r} is not in its sentence")
            if value not in place_texts:
                errors.append(f"{where}: {key} {value!r} is not listed in places")
        troops = event.get("troops")
        if troops is not None:
            if not isinstance(troops, int) or isinstance(troops, bool):
                errors.append(f"{where}: troops must be an integer or null")
            else:
                if not number_in_text(troops, body):
                    errors.append(f"{where}: troop number {troops} is not written in the body")
                if troops not in troop_numbers:
                    errors.append(f"{where}: troop number {troops} is missing from troop_numbers")

    stats = {
        "id": path.stem,
        "language": ann.get("language"),
        "split": ann.get("split"),
        "format": art_path.suffix[1:],
        "words": len(body.split()),
        "places": len(ann.get("places") or []),
        "events": len(events),
    }
    return errors, warnings, stats


def main() -> int:
    paths = sorted(ANNOTATIONS.glob("*.yaml"))
    if not paths:
        print("no annotations found", file=sys.stderr)
        return 1
    failed = False
    rows = []
    for path in paths:
        errors, warnings, stats = check(path)
        for message in warnings:
            print(f"warning: {path.name}: {message}")
        for message in errors:
            print(f"error: {path.name}: {message}")
        failed |= bool(errors)
        if stats:
            rows.append(stats)
    heldout = [r for r in rows if r["split"] == "heldout"]
    by_lang = {lang: sum(r["language"] == lang for r in heldout) for lang in LANGUAGES}
    if len(set(by_lang.values())) > 1:
        print(f"error: held-out articles are not balanced by language: {by_lang}")
        failed = True
    print(f"{'id':45} lang split   fmt  words places events")
    for r in rows:
        print(
            f"{r['id']:45} {r['language']:4} {r['split']:7} {r['format']:4} {r['words']:5} "
            f"{r['places']:6} {r['events']:6}"
        )
    print(
        f"{len(rows)} articles, {sum(r['events'] for r in rows)} events, "
        f"{sum(r['places'] for r in rows)} places: {'FAILED' if failed else 'OK'}"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

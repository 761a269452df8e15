"""An article's text for drafting: `read_article` makes plain text or a saved HTML page into an
`Article` (the body exactly as a reader sees it, with title, date, language, URL and outlet;
`geo.draft.sentences` cuts it into sentences). Pages are untrusted: only `html.parser` reads
them (nothing runs or is fetched), inputs over `MAX_BYTES` are refused, parsing is time-bounded,
and an article longer than `MAX_CHARACTERS` is refused with a message (drafting it would take
minutes: the page would seem to hang).
"""

import codecs
import json
import re
import time
from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from itertools import count
from typing import Any

from geo.draft.furniture import BOILERPLATE, byline_outlet, paragraphs
from geo.errors import WordedError
from geo.names import name_key
from geo.names import word_set as _words

MAX_BYTES = 5_000_000  # larger inputs are refused (bytes; characters for a str)
MAX_CHARACTERS = 200_000  # a longer body is refused (about 35,000 words; drafting takes ~20 s)
PARSE_SECONDS = 10.0  # a backstop: reading a page stops with ArticleError after this long
MAX_DEPTH = 500  # elements nested deeper are not tracked (their text is kept)
_Ids = tuple[int, int, int]  # the articleBody, <article> and <main> an element is in (0: none)


@dataclass(frozen=True)
class Article:
    """An article's body text (paragraphs separated by blank lines) and what is known about it."""

    text: str
    title: str | None
    published: date | None
    language: str | None
    url: str | None
    outlet: str | None


class ArticleError(WordedError, ValueError):
    """The input cannot be read as an article; the message says why, for a person."""


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_MAGIC = {b"%PDF": "PDF", b"\x89PNG": "PNG", b"\xff\xd8\xff": "JPEG", b"PK\x03\x04": "ZIP/Office"}
_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{1,40})", re.I)


def _decode(data: bytes | str) -> str:
    """The input as text without control characters and with \\n line ends, or ArticleError."""
    if len(data) > MAX_BYTES:
        unit = "characters" if isinstance(data, str) else "bytes"
        raise ArticleError(f"import.error.too_large_{unit}", size=len(data), limit=MAX_BYTES)
    text = data if isinstance(data, str) else ""
    if isinstance(data, bytes):
        if what := next((w for m, w in _MAGIC.items() if data.startswith(m)), None):
            raise ArticleError("import.error.not_text", what=what)
        declared = _CHARSET.search(data[:4096])
        charset = declared.group(1).decode("ascii").lower() if declared else "cp1252"
        utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        for encoding in ["utf-16"] if utf16 else ["utf-8-sig", charset, "cp1252"]:
            try:  # UTF-8 must be valid; a declared or default charset replaces bad bytes
                text = data.decode(encoding, "strict" if encoding == "utf-8-sig" else "replace")
                break
            except (LookupError, UnicodeDecodeError):
                continue
    if len(_CONTROL.findall(text, 0, 8192)) > min(len(text), 8192) / 10:
        raise ArticleError("import.error.binary")
    text = _CONTROL.sub("", text.removeprefix("\ufeff")).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError("import.error.empty")
    return text


_INVISIBLE = _words("head title script style template noscript svg math iframe object")
_HARD = _words("nav header footer aside figure figcaption form button select textarea h1")
_BLOCKS = _words(
    "p h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote div section article main header footer nav"
    " aside figure figcaption table tr td th caption pre address details summary hr body html"
)
_VOID = _words("area base br col embed hr img input link meta source track wbr param")
_URL = re.compile(r"https?://[^\s/?#]+\S{0,2000}", re.I)
_SOFT_WORDS = (
    r"share(?!d)|sharing|social|related|newsletter|comment(?!ary)|promo|advert|subscri|cookie"
)
_SOFT = re.compile(rf"(?i)(?<![a-z])(?:{_SOFT_WORDS}|breadcrumb|byline|dateline|ads?(?![a-z]))")


class _Page(HTMLParser):
    """Collects a page's text chunks with their skip level and containers, and its metadata."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.deadline = time.monotonic() + PARSE_SECONDS
        self.stack: list[tuple[str, int, _Ids]] = [("", 0, (0, 0, 0))]  # tag, skip level, ids
        self.open: dict[str, int] = {}  # how many of each tag are on the stack
        self.overflow, self.counter = 0, count(1)  # elements past MAX_DEPTH; container ids
        self.buf: list[tuple[int, _Ids, str]] = []  # skip level (0 body, 1-2 boilerplate), text
        self.paras: list[tuple[_Ids, list[str]]] = []  # containers; text at skip levels 0-1, 0-2
        self.grab: dict[str, tuple[_Ids, int, list[str]]] = {}  # open h1, title, JSON-LD
        self.got: list[tuple[str, _Ids, int, str]] = []  # their text and where they were
        self.meta: dict[str, str] = {}

    def check(self, boundary: bool = False) -> None:
        if time.monotonic() > self.deadline:
            raise ArticleError("import.error.too_slow", seconds=f"{PARSE_SECONDS:g}")
        if boundary and self.buf:
            texts = [_clean("".join(t for lv, _, t in self.buf if lv <= top)) for top in range(3)]
            self.paras.append((self.buf[0][1], texts))
            self.buf = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.check(tag in _BLOCKS)
        a = {k: (v or "")[:2000] for k, v in attrs}
        _, level, ids = self.stack[-1]
        if tag in ("meta", "link", "html"):
            rel = "canonical" if "canonical" in a.get("rel", "").lower() else ""
            key = {"html": "lang", "link": rel}.get(tag) or a.get("property") or a.get("name")
            value = a.get({"html": "lang", "link": "href"}.get(tag, "content"))
            if (key := key or a.get("itemprop")) and value:
                self.meta.setdefault(key.lower(), value)
        elif tag == "br":
            self.handle_data(" ")
        elif tag == "time" and a.get("datetime"):
            self.got.append(("time", ids, level, a["datetime"]))
        if tag in _VOID:
            return
        body = "articlebody" in a.get("itemprop", "").lower()
        own = 3 if tag in _INVISIBLE else 2 if tag in _HARD else 0
        if not own and tag not in ("html", "body", "main", "article") and not body:
            own = 1 if _SOFT.search(a.get("class", "") + " " + a.get("id", "")) else 0
        starts = (body, tag == "article", tag == "main")
        new = [next(self.counter) if s and not i else i for s, i in zip(starts, ids, strict=True)]
        ld = tag == "script" and "ld+json" in a.get("type", "").lower()
        if tag in ("h1", "title") or ld:
            self.grab[tag] = (ids, level, [])
        if len(self.stack) > MAX_DEPTH:
            self.overflow += 1
        else:
            self.stack.append((tag, max(level, own), (new[0], new[1], new[2])))
            self.open[tag] = self.open.get(tag, 0) + 1

    def handle_endtag(self, tag: str) -> None:
        self.check(tag in _BLOCKS)
        if tag in self.grab:
            ids, level, parts = self.grab.pop(tag)
            self.got.append((tag, ids, level, "".join(parts)))
        if self.overflow and tag not in _VOID:
            self.overflow -= 1
        elif self.open.get(tag):  # close it and whatever was left open inside it
            while (popped := self.stack.pop()[0]) != tag:
                self.open[popped] -= 1
            self.open[tag] -= 1

    def handle_data(self, data: str) -> None:
        self.check()
        for *_, parts in self.grab.values():
            parts.append(data)
        _, level, ids = self.stack[-1]
        if level < 3:
            self.buf.append((level, ids, data))


def _clean(text: str | None) -> str:  # ASCII whitespace runs as one space (not U+00A0), trimmed
    return _CONTROL.sub("", re.sub(r"[ \t\n\r\f\v]+", " ", text or "")).strip()


def _read_html(text: str) -> Article:
    page, text = _Page(), re.sub(r"<!\[(?!CDATA\[)", "<!", text)  # html.parser asserts on <![x[
    try:  # one feed and no close(): an unterminated tag at the end is dropped, as browsers do
        page.feed(text)
    except AssertionError as error:  # how html.parser gives up on a declaration
        raise ArticleError("import.error.markup", error=str(error)) from None
    page.check(boundary=True)
    level = 0 if any(texts[0] for _, texts in page.paras) else 1  # class-based skips, if need be
    chosen = paras = [(ids, texts[level]) for ids, texts in page.paras if texts[level]]
    if not paras:
        raise ArticleError("import.error.no_body")
    for slot in range(3):  # the largest articleBody, else <article>, else <main>, else the page
        groups: dict[int, list[tuple[_Ids, str]]] = {}
        for ids, para in paras:
            groups.setdefault(ids[slot], []).append((ids, para))
        groups.pop(0, None)
        if groups:
            chosen = max(groups.values(), key=lambda group: sum(len(t) for _, t in group))
            break
    body = _drop_stamps([para for _, para in chosen if not BOILERPLATE.match(para)])
    if not body:
        raise ArticleError("import.error.no_body")
    article, meta = chosen[0][0][1], page.meta
    around = [texts[2] for ids, texts in page.paras if not article or ids[1] == article]
    got = {tag: [g for g in page.got if g[0] == tag] for tag in ("h1", "title", "script", "time")}
    mine = sorted(got["h1"], key=lambda g: not article or g[1][1] != article)  # the article's 1st
    h1s = [_clean(t) for _, ids, lv, t in mine if (article and ids[1] == article) or lv < 2]
    ld_date, ld_outlet = _json_ld([g[3] for g in got["script"]])
    outlet = _clean(meta.get("og:site_name") or meta.get("application-name") or ld_outlet)[:300]
    title = next((t for t in h1s if t), "") or _clean(meta.get("og:title"))
    full = _clean(got["title"][0][3]) if got["title"] else ""  # "Title – Site name"
    named = re.fullmatch(r"\s+[|–—·-]\s+(.{1,100})", full[len(title) :]) if title else None
    outlet = outlet or (named[1] if named and full.startswith(title) else "")
    if not title and full:  # without the site name at its end
        title = re.sub(rf"\s+[|–—·-]\s+{re.escape(outlet)}$", "", full) if outlet else full
    times = [g[3] for g in sorted(got["time"], key=lambda g: g[1][1] != article)][:1]
    stamps = [meta.get(k) for k in ("article:published_time", "date", "datepublished")]
    dated = (_first_date(value[:100]) for value in [*stamps, *times, ld_date] if value)
    published = next((d for d in dated if d), None) or find_published("\n\n".join(around))
    lang = meta.get("lang", "")[:2].lower()
    language = detect_language("\n\n".join(body)) or (lang if lang in ("fr", "en") else None)
    urls = [meta.get(key, "").strip() for key in ("canonical", "og:url")]
    url = next((u for u in urls if _URL.fullmatch(u) and u.isprintable()), None)
    return Article("\n\n".join(body), title[:300] or None, published, language, url, outlet or None)


def _json_ld(blocks: list[str]) -> tuple[str | None, str | None]:
    """The first datePublished and publisher name in JSON-LD blocks; broken JSON is ignored."""
    todo: list[Any] = []
    for block in blocks:
        with suppress(ValueError, RecursionError):
            todo.append(json.loads(block))
    found: dict[str, str] = {}
    for node in todo:  # breadth first, at most 10,000 values
        for key in ("datePublished", "publisher") if isinstance(node, dict) else ():
            value = node.get(key)
            value = value.get("name") if isinstance(value, dict) else value
            found.update({key: value} if isinstance(value, str) and key not in found else {})
        if isinstance(node, dict | list) and len(todo) < 10_000:
            todo.extend(node.values() if isinstance(node, dict) else node)
    return found.get("datePublished"), found.get("publisher")


_MONTH_NAMES = (
    "janvier janv january jan|février fevrier févr fevr fév fev february feb|mars march mar"
    "|avril avr april apr|mai may|juin june jun|juillet juil july jul|août aout august aug"
    "|septembre september sept sep|octobre october oct|novembre november nov"
    "|décembre decembre déc dec december"
)
_MONTHS = {n: i for i, names in enumerate(_MONTH_NAMES.split("|"), 1) for n in names.split()}
_MON, _YEAR = "|".join(_MONTHS), r"(?P<y>(?:19|20)\d\d)"
_DAY = r"(?P<d>[0-3]?\d)(?:er|st|nd|rd|th)?"
_DATES = [
    re.compile(rf"\b{_YEAR}[-/](?P<m>[01]?\d)[-/](?P<d>[0-3]?\d)(?!\d)"),
    re.compile(rf"\b{_DAY}\.?\s+(?P<m>{_MON})\.?,?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b(?P<m>{_MON})\.?\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b(?P<d>[0-3]?\d)[/.-](?P<m>[01]?\d)[/.-]{_YEAR}\b"),
]
_PUBLISHED = r"(?P<pub>publi[ée]e?|published|posted|mis en ligne)"
_LABEL = re.compile(rf"(?i)\b(?:{_PUBLISHED}|mise? à jour|modifi[ée]e?|updated)\b")


def _first_date(text: str) -> date | None:  # the first valid one; numeric dates are day first
    found = sorted((m.start(), i, m) for i, p in enumerate(_DATES) for m in p.finditer(text))
    for *_, m in found:
        month = m["m"] if m["m"].isdigit() else _MONTHS[m["m"].lower()]
        with suppress(ValueError):
            return date(int(m["y"]), int(month), int(m["d"]))
    return None


def find_published(text: str) -> date | None:
    """The publication date stated near the top of a text (labelled, or alone on a short line)."""
    published = updated = bare = None
    for line in [line.strip() for line in text[:1500].splitlines() if line.strip()][:15]:
        for label in _LABEL.finditer(line):
            found = _first_date(line[label.end() : label.end() + 60])
            published = published or (found if label["pub"] else None)
            updated = updated or found
        if bare is None and len(line) <= 100 and not line.endswith("."):
            bare = _first_date(line)
    return published or updated or bare


def _drop_stamps(paras: list[str]) -> list[str]:
    """Without the date or byline stamps (short, dated, no final period) among the first three."""
    top = [p for p in paras[:3] if len(p) > 150 or p[-1] == "." or not find_published(p)]
    return top + paras[3:] or paras


def _read_text(text: str) -> Article:
    paras = [para for block in re.split(r"\n\s*\n", text) for para in paragraphs(block)]
    if not paras:  # nothing but page furniture ("©", "Advertisement")
        raise ArticleError("import.error.no_body")
    first = paras[0] if len(paras) > 1 and len(paras[0]) <= 200 else ""  # a title: a short line
    stamp = _LABEL.search(first) and _first_date(first)  # "Publié le 22/10/2024" is no title
    titled = first and not stamp and "\n" not in first and first[-1] not in ".,;:"
    title = paras.pop(0) if titled else None
    if title:  # the title again (a page copied whole repeats it): said once
        paras = [para for para in paras if name_key(para) != name_key(title)]
    body = "\n\n".join(_drop_stamps(paras))
    published = find_published(text.replace(title, "", 1) if title else text)
    return Article(body, title, published, detect_language(body), None, byline_outlet(text))


def read_article(data: bytes | str, *, filename: str | None = None) -> Article:
    """An article from plain text or a saved HTML page; ArticleError when it cannot be read."""
    text, suffix = _decode(data), (filename or "").lower().rpartition(".")[2]
    sniffed = re.search(r"<(?:!doctype html|html|body|p|article|div)\b", text[:4096], re.I)
    html = suffix in ("html", "htm", "xhtml") or (suffix != "txt" and sniffed is not None)
    article = _read_html(text) if html else _read_text(text)
    if len(article.text) > MAX_CHARACTERS:
        raise ArticleError("import.error.too_long", size=len(article.text), limit=MAX_CHARACTERS)
    return article


_FR = _words("le la les des du de une est et dans pour qui que sur au pas par avec ont été l d qu")
_EN = _words("the of and in is was to that it for with as are were by has have had from this which")


def detect_language(text: str) -> str | None:
    """'fr' or 'en' from function-word counts; None when too short or unclear."""
    words = re.findall(r"[^\W\d_]+", text[:50_000].lower())
    fr, en = sum(w in _FR for w in words), sum(w in _EN for w in words)
    sure = len(words) >= 8 and fr + en >= 6  # enough words, and enough of them function words
    return None if not sure else "fr" if fr >= 2 * en else "en" if en >= 2 * fr else None

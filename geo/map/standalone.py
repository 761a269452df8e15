"""The map of a view as one self-contained HTML file, for a site that cannot embed the app: its
scripts, styles, images and offline country outlines inside it, with the story's title and
source, the filter summary, the legend and the caveats. It opens from disk with no server; with
no network at all the country outlines stand in for the tiles.
"""

import base64
import re
from collections.abc import Sequence
from typing import cast

import folium

from geo.columns import EventSet
from geo.i18n import Words
from geo.map.assets import STATIC_DIR, STATIC_URL, static_text
from geo.map.base import build_base_map
from geo.map.layers import build_layer_control, build_layers
from geo.map.legend import legend_html
from geo.model import Event
from geo.safe_html import escape_text
from geo.stories import Story

# The coarser outlines of the same package: a tenth of the app's, enough for a page's map.
STANDALONE_OUTLINES = "vendor/world-atlas-2.0.2/countries-110m.json"
_SCRIPT = re.compile(r'<script src="' + re.escape(STATIC_URL) + r'([^"]+)"></script>')
_STYLE = re.compile(r'<link rel="stylesheet" href="' + re.escape(STATIC_URL) + r'([^"]+)"\s*/>')
_CSS_IMAGE = re.compile(r"url\((images/[^)]+\.png)\)")

PAGE_STYLE = """
html, body { margin: 0; height: auto; font: 15px/1.45 system-ui, sans-serif; color: #1a1a1a; }
.nm-page { display: grid; grid-template-columns: minmax(0, 1fr) 250px; gap: 12px 18px;
  padding: 14px 18px; max-width: 1400px; margin: 0 auto; }
.nm-page > header, .nm-page > footer { grid-column: 1 / -1; }
.nm-page h1 { font-size: 22px; margin: 0 0 4px; }
.nm-page p { margin: 2px 0; }
.nm-map-box { position: relative; height: 72vh; min-height: 360px; }
.nm-page footer, .nm-page aside { font-size: 13px; color: #444; }
@media (max-width: 700px) { .nm-page { grid-template-columns: minmax(0, 1fr); } }
"""


def _inline_script(path: str) -> str:
    # A script's text inside <script>: "</script" would end the element early.
    return "<script>" + static_text(path).replace("</script", "<\\/script") + "</script>"


def _inline_style(path: str) -> str:
    folder = (STATIC_DIR / path).parent

    def image(match: re.Match[str]) -> str:
        data = base64.b64encode((folder / match[1]).read_bytes()).decode()
        return f"url(data:image/png;base64,{data})"

    return "<style>" + _CSS_IMAGE.sub(image, static_text(path)) + "</style>"


def standalone_html(
    story: Story,
    events: Sequence[Event],
    words: Words,
    *,
    summary: str | None,
    link: str,
    context: EventSet | None = None,
) -> str:
    """The whole page: the map of `events` (the view's), the story's title, outlet and source,
    `summary` (what the filters leave out, None for the whole story), the legend of what is
    shown, the caveats, `link` (the live view in the app), and the `context` events shown."""
    outlines = base64.b64encode((STATIC_DIR / STANDALONE_OUTLINES).read_bytes()).decode()
    base = build_base_map(story, words, outlines_url=f"data:application/json;base64,{outlines}")
    groups = build_layers(
        story, events, words, fit_token=1, link=link, bulk_inline=True, context=context
    )
    for group in groups:
        group.add_to(base)
    control = build_layer_control()
    control.add_to(base)
    # newsmap.js finds the map and its layer control as the app's map frame names them.
    figure = cast(folium.Figure, base.get_root())  # a map's root is its figure
    # (queued now, run once the page's script has made them, before the view update)
    names = (
        f"setTimeout(function () {{ window.map = {base.get_name()}; "
        f"window.layer_control = {control.get_name()}; }}, 0);"
    )
    figure.script.add_child(folium.Element(names))
    page = figure.render()
    page = _SCRIPT.sub(lambda match: _inline_script(match[1]), page)
    page = _STYLE.sub(lambda match: _inline_style(match[1]), page)
    return _framed(page, story, events, words, summary=summary, link=link, context=context)


def _framed(
    page: str,
    story: Story,
    events: Sequence[Event],
    words: Words,
    *,
    summary: str | None,
    link: str,
    context: EventSet | None,
) -> str:
    meta = story.meta
    source = escape_text(f"{meta.outlet}, {words.day(meta.published)}")
    if meta.url:
        source = f'<a href="{escape_text(meta.url)}">{source}</a>'
    count = words.count("sidebar.count", len(events), total=len(story.events))
    lines = [f"<h1>{escape_text(meta.title)}</h1>", f"<p>{source} · {escape_text(count)}</p>"]
    if summary:
        shown = escape_text(words("header.showing_only"))
        lines.append(f"<p><strong>{shown}</strong> {escape_text(summary)}</p>")
    caveats = "".join(f"<li>{escape_text(caveat)}</li>" for caveat in meta.caveats)
    aside = legend_html(story, events, words, hint=False, context=context)  # no sidebar here
    if caveats:
        title = escape_text(words.count("map.caveats", len(meta.caveats)))
        aside += f"<h2 style='font-size:14px'>{title}</h2><ul>{caveats}</ul>"
    live = escape_text(words("export.live"))
    footer = (
        f'<footer><a href="{escape_text(link)}">{live}</a> · '
        f"{escape_text(words('export.credits'))}</footer>"
    )
    before = f'<div class="nm-page"><header>{"".join(lines)}</header><div class="nm-map-box">'
    after = f"</div><aside>{aside}</aside>{footer}</div>"
    title = escape_text(meta.title)
    page = page.replace("<html>", f'<html lang="{escape_text(words.language)}">', 1)
    page = page.replace("</head>", f"<title>{title}</title><style>{PAGE_STYLE}</style></head>", 1)
    start = page.index('<div class="folium-map"')
    end = page.index("</div>", start) + len("</div>")
    return page[:start] + before + page[start:end] + after + page[end:]

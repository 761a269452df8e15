"""The escaping helpers: for text that reaches HTML or JavaScript (popups, tooltips, legend),
and for text shown by Streamlit's markdown.

folium puts popup and tooltip content inside JavaScript template literals and then into
innerHTML, so story text must be safe in both: HTML-escaped (< > & " ') and with the characters
that mean something in a template literal (` $ \\) turned into HTML entities. A `${...}` or a
stray `\\u` in a story would otherwise run code or break the whole map script
(see ../shared/NOTES.md, "Folium and untrusted text").
"""

import html
import re

_TEMPLATE_LITERAL_ENTITIES = str.maketrans({"`": "&#96;", "$": "&#36;", "\\": "&#92;"})


def escape_text(text: object) -> str:
    """`text` as inert HTML, also safe inside a JavaScript template literal."""
    return html.escape(str(text), quote=True).translate(_TEMPLATE_LITERAL_ENTITIES)


_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def escape_markdown(text: str) -> str:
    """Text shown literally by Streamlit's markdown (no links, images, HTML or maths)."""
    return _MARKDOWN_SPECIALS.sub(r"\\\1", text)

"""Links to the app: its public address, a view's share link, a link to one event, and the
HTML that embeds a view in another page."""

from collections.abc import Mapping
from urllib.parse import parse_qsl, urlencode, urlsplit

from geo.safe_html import escape_text

EVENT_PARAM = "event"
AT_PARAM = "at"  # the day the map's playback shows


# Community Cloud serves the app itself under this path, inside a frame at the app's public
# address; links people share should name the public address.
_CLOUD_APP_MOUNT = "/~/+"


def app_origin(url: str, base_path: str) -> str:
    """Scheme, host and base path of the app, from the URL the browser reports and the server's
    configured base path (`server.baseUrlPath`).

    The reported URL's own path is not used: it may name a page, or a page that does not exist
    (Streamlit then shows the default page). Community Cloud's inner mount
    (https://x.streamlit.app/~/+) is left out: links name the public address.
    """
    parts = urlsplit(url)
    path = "/" + base_path.strip("/") if base_path.strip("/") else ""
    return f"{parts.scheme}://{parts.netloc}{path.removesuffix(_CLOUD_APP_MOUNT)}"


def share_url(origin: str, page_path: str, params: Mapping[str, str | list[str]]) -> str:
    """The full link that reopens a view: the app's origin, the page's path ("" for the default
    page) and the view's query parameters."""
    path = f"/{page_path}" if page_path else "/"
    return f"{origin}{path}?{urlencode(params, doseq=True)}"


def event_url(view_url: str, event_id: str) -> str:
    """The link that opens the view of `view_url` on one event (its `event=` replaced, and no
    playback day: the event shows whatever day the view was played to)."""
    parts = urlsplit(view_url)
    query = [(key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True)]
    query = [(key, value) for key, value in query if key not in (EVENT_PARAM, AT_PARAM)]
    query.append((EVENT_PARAM, event_id))
    return parts._replace(query=urlencode(query)).geturl()


def embed_snippet(map_link: str, title: str) -> str:
    """The HTML that embeds the view of `map_link` in another page: Streamlit's embed mode (no
    sidebar, no toolbar: the page shows its filter summary and legend), as wide as the page's
    column and about two thirds as high."""
    src = f"{map_link}&embed=true" if "?" in map_link else f"{map_link}?embed=true"
    return (
        f'<iframe src="{escape_text(src)}" title="{escape_text(title)}" '
        'loading="lazy" style="width:100%;aspect-ratio:3/2;min-height:480px;border:0">'
        "</iframe>"
    )

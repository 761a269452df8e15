"""Entry point: `streamlit run app.py`. Shows the default story and its events as a table."""

import pandas as pd
import streamlit as st

from geo.resolver import default_resolver
from geo.stories import load_catalog

st.set_page_config(page_title="News map", layout="wide")


@st.cache_resource(show_spinner=False)
def _catalog():
    return load_catalog(resolver=default_resolver())


catalog = _catalog()
for problem in catalog.problems:
    st.warning(str(problem))
if catalog.default_story_id is None:
    st.error("No story could be loaded.")
    st.stop()
story = catalog.story(catalog.default_story_id)
st.title(story.meta.title)
st.caption(f"{story.meta.outlet}, {story.meta.published:%d %B %Y}")
st.dataframe(pd.DataFrame([event.model_dump() for event in story.events]), hide_index=True)

"""The home page: what each lesson teaches, in a sentence and a small picture, with a link to it."""

from __future__ import annotations

import importlib

import streamlit as st

from ui.charts import show
from ui.i18n import t
from ui.lessons import LESSONS
from ui.router import enter

enter()


@st.cache_data(show_spinner=False)
def thumbnail(key: str):
    """The lesson's picture and its text alternative, computed by the engine once per server."""
    module = importlib.import_module(f"lessons.{key}")
    return module.thumbnail(), module.thumbnail_alt()


st.title(t("home.title"))
st.markdown(f"#### {t('home.tagline')}")
st.markdown(t("home.intro"))

st.subheader(t("home.lessons"))
columns = st.columns(min(3, len(LESSONS)) or 1)
for index, lesson in enumerate(LESSONS):
    with columns[index % len(columns)].container(border=True):
        figure, alt = thumbnail(lesson.key)
        show(figure, key=f"thumb_{lesson.key}", alt=alt, toolbar=False, static=True)
        st.page_link(lesson.page_file, label=f"**{t(f'{lesson.key}.nav')}**", icon=lesson.icon)
        st.markdown(t(f"{lesson.key}.blurb"))

st.info(t("home.class_tip"), icon=":material/co_present:")

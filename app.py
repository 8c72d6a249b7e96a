"""Unrolled: the router and frame. Registers the lesson pages, draws the shared sidebar, runs a page."""

from __future__ import annotations

import logging

import streamlit as st
import torch

from ui import heap, present, sidebar  # noqa: F401  (heap: the start-up heap set aside, see ui/heap.py)
from ui.compute import one_thread
from ui.i18n import resolve_language, t, write_language_to_url
from ui.lessons import LESSONS
from ui.messages import literal

# One thread per computation: visitors' sessions already run side by side, and on a busy machine the
# thread pools spin instead of working (a 200-step unroll took 30 ms with two threads, 4 ms with one; an
# LSTM's hand-worked Jacobians 2.8 s instead of 0.26 s). torch's own pool, and NumPy's OpenBLAS and
# torch's OpenMP through threadpoolctl. Each run of the script is a new thread, so every run asks.
torch.set_num_threads(1)
one_thread()

bad_lang = resolve_language()
bad_present = present.resolve()
st.set_page_config(
    page_icon=":material/all_inclusive:", layout="wide", initial_sidebar_state=present.sidebar_state()
)

home = st.Page("pages/home.py", title=t("home.nav"), icon=":material/home:", default=True)
lesson_pages = [
    st.Page(lesson.page_file, title=t(f"{lesson.key}.nav"), icon=lesson.icon, url_path=lesson.url_path)
    for lesson in LESSONS
]
teach = st.Page("pages/teach.py", title=t("teach.nav"), icon=":material/co_present:", url_path="teach")
glossary = st.Page(
    "pages/glossary.py", title=t("glossary.nav"), icon=":material/translate:", url_path="glossary"
)
page = st.navigation({t("common.nav_start"): [home, teach, glossary], t("common.nav_lessons"): lesson_pages})
st.set_page_config(page_title=f"{page.title} · Unrolled")  # the tab names the lesson, in its language

sidebar.draw()
write_language_to_url()
present.write_to_url()
present.style()
if bad_lang is not None:
    st.warning(t("common.bad_lang", raw=literal(bad_lang)), icon=":material/translate:")
if bad_present is not None:
    st.warning(t("present.bad", raw=literal(bad_present)), icon=":material/co_present:")

try:
    page.run()
except Exception:  # the last line of defence on a public server: log it, show no traceback
    logging.getLogger("unrolled").exception("page %s failed", page.url_path)
    st.error(t("common.unexpected"), icon=":material/error:")

"""Make sure every page runs inside app.py's router, even on a server's very first visit.

Streamlit treats a folder named `pages/` as old-style pages until some run calls `st.navigation`. If the
first visitor after a start opens a shared link such as `/unroll?...`, Streamlit runs that page file on
its own: no sidebar, no language, and the same for every later visitor. (AppTest resets that flag
before every run, so there it happens on every run.) Each page calls `enter()` first: when the page was
started that way, it clears the flag and runs app.py in its place, in this same run, so the router
draws the frame and runs this page again with the same URL and the same clicks.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

APP = Path(__file__).resolve().parent.parent / "app.py"


@cache
def _router_code():
    return compile(APP.read_text(encoding="utf-8"), str(APP), "exec")


def enter() -> None:
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        exec(_router_code(), {"__name__": "__main__", "__file__": str(APP)})
        st.stop()

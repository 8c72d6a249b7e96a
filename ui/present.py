"""Projector mode: `?present=1` on any page, or the sidebar switch, for a lecture hall.

The sidebar starts collapsed, text is 1.3 x the normal view, chart fonts 1.35 x and lines thicker
(`lessons.charts.projected`), colours are pushed to black on white for a washed-out projector, and the
long explanations a page wraps in `folded()` fold away so the figures fill the screen. Like the language,
the mode is kept in the URL once chosen, so a lecturer's link opens the room's view.
"""

from __future__ import annotations

from contextlib import nullcontext

import streamlit as st

from ui.i18n import t
from ui.params import BoolParam

URL_KEY = "present"
STATE_KEY = "present"  # session key of the mode (also the sidebar switch's key)
_WRITTEN = "_present_in_url"  # what we last wrote to ?present=, to tell our writes from a new link
TEXT_SCALE = 1.3
BASE_FONT_PX = 17  # the theme's baseFontSize (.streamlit/config.toml), the root size the normal view has

# Fixed rules (nothing a visitor sent is in them). Streamlit sizes its text in rem: scaling the root scales
# body text, headings, widgets and the sidebar together. Captions and muted text go to near-black, the page
# to white, so nothing depends on a projector's contrast.
_STYLE = f"""<style>
html {{ font-size: {BASE_FONT_PX * TEXT_SCALE:.2f}px !important; }}
.stApp, [data-testid="stAppViewContainer"], [data-testid="stHeader"] {{ background: #ffffff !important; }}
[data-testid="stCaptionContainer"], [data-testid="stWidgetLabel"] p {{
  color: #000000 !important; opacity: 1;
}}
[data-testid="stMarkdownContainer"] {{ color: #000000; }}
button [data-testid="stMarkdownContainer"], [data-testid="stAlert"] [data-testid="stMarkdownContainer"] {{
  color: inherit;
}}
[data-testid="stMainBlockContainer"] {{
  max-width: 100% !important; padding-left: 2rem; padding-right: 2rem;
}}
</style>"""


def resolve() -> str | None:
    """Settle the mode for this run from a new `?present=` link, else the session. Returns the bad value
    if the URL had one (the page then says so and shows the normal view)."""
    ss = st.session_state
    raw = st.query_params.get(URL_KEY)
    if raw is not None and raw != ss.get(_WRITTEN):
        ss[_WRITTEN] = raw
        value, problems = BoolParam().parse(URL_KEY, raw, False)
        ss[STATE_KEY] = value
        if problems:
            return raw
    ss.setdefault(STATE_KEY, False)
    return None


def on() -> bool:
    return bool(st.session_state.get(STATE_KEY, False))


def sidebar_state() -> str:
    return "collapsed" if on() else "auto"


def switch() -> None:
    """The sidebar switch."""
    st.toggle(t("present.switch"), key=STATE_KEY, help=t("present.switch_help"))


def write_to_url() -> None:
    """`?present=1` while the mode is on; no key when it is off."""
    qp = st.query_params
    if on():
        if qp.get(URL_KEY) != "1":
            qp[URL_KEY] = "1"
        st.session_state[_WRITTEN] = "1"
    elif URL_KEY in qp:
        del qp[URL_KEY]
        st.session_state[_WRITTEN] = None


def style() -> None:
    if on():
        st.html(_STYLE)


def folded():
    """Where a page writes a long explanation: as is in the normal view, in a closed expander when
    projecting, so the figure fills the screen and the lecturer opens the text when the room needs it."""
    if on():
        return st.expander(t("present.explanation"), icon=":material/notes:")
    return nullcontext()

"""The glossary: the course's terms in Spanish and English side by side, each with a one-sentence definition
in both languages, an anchor (`/glossary#hidden-state`) the lessons link to, and the lessons that use it.
`?lesson=<key>` (or the select box) shows only one lesson's terms."""

from __future__ import annotations

import unicodedata

import streamlit as st

from lessons.glossary import TERMS
from ui.i18n import CATALOG, language, t
from ui.lessons import LESSONS
from ui.messages import literal
from ui.params import MAX_RAW_SHOWN, first, shorten
from ui.router import enter

enter()

LESSON_KEY = "lesson"  # in the URL
FILTER_KEY = "glossary:lesson"
_SEEN = "_glossary_url_lesson"
BY_KEY = {lesson.key: lesson for lesson in LESSONS}

lang = language()


def sort_key(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFD", text.casefold()) if unicodedata.category(ch) != "Mn"
    )


def text(key: str, in_lang: str) -> str:
    return CATALOG[key][in_lang].format()  # the definitions' LaTeX braces are doubled in the catalog


# A link's ?lesson= fills the select box once; afterwards the box is the truth and the URL follows it.
ss, qp = st.session_state, st.query_params
raw = first(qp.get_all(LESSON_KEY)) if LESSON_KEY in qp else None
if raw != ss.get(_SEEN):
    ss[_SEEN] = raw
    if raw is None or raw.strip() in ("", "all"):
        ss[FILTER_KEY] = "all"
    elif raw.strip() in BY_KEY:
        ss[FILTER_KEY] = raw.strip()
    else:
        ss[FILTER_KEY] = "all"
        st.warning(t("glossary.bad_lesson", raw=literal(shorten(raw, MAX_RAW_SHOWN))), icon=":material/info:")
if ss.get(FILTER_KEY) not in ("all", *BY_KEY):
    ss[FILTER_KEY] = "all"

st.title(t("glossary.title"))
st.markdown(t("glossary.intro"))
names = {"all": t("glossary.filter_all"), **{key: t(f"{key}.nav") for key in BY_KEY}}
chosen = st.selectbox(t("glossary.filter"), options=tuple(names), format_func=names.get, key=FILTER_KEY)
wanted = None if chosen == "all" else chosen
if qp.get(LESSON_KEY) != wanted:
    if wanted is None:
        del qp[LESSON_KEY]
    else:
        qp[LESSON_KEY] = wanted
    ss[_SEEN] = wanted

shown = [term for term in TERMS if wanted is None or wanted in term.lessons]
shown.sort(key=lambda term: sort_key(text(f"glossary.term_{term.key}", lang)))
st.caption(t("glossary.count", count=len(shown)))

for term in shown:
    es, en = text(f"glossary.term_{term.key}", "es"), text(f"glossary.term_{term.key}", "en")
    with st.container(border=True):
        st.subheader(f"{es} · {en}" if es != en else es, anchor=term.anchor)
        spanish, english = st.columns(2)
        spanish.markdown(f"**ES** · {text(f'glossary.def_{term.key}', 'es')}")
        english.markdown(f"**EN** · {text(f'glossary.def_{term.key}', 'en')}")
        row = st.container(horizontal=True, vertical_alignment="center", gap="small")
        row.caption(t("glossary.used_in"))
        for key in term.lessons:
            row.page_link(BY_KEY[key].page_file, label=t(f"{key}.nav"), icon=BY_KEY[key].icon)

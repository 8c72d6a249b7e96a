"""The lecturer's page: a QR code of any link of the app (the current view by default), every lesson's guided
tour stop by stop with its links, and the lecture notes each lesson follows. No lesson settings of its own.

The QR code is drawn as big as its column (full width on a phone), with big modules and a quiet zone, and
downloads as PNG and SVG. A pasted link is checked (`lessons.teach.check_link`) and only ever shown as code.
"""

from __future__ import annotations

import streamlit as st

from lessons import teach as T
from lessons.glossary import terms_of
from ui import present
from ui.i18n import CATALOG, language, t
from ui.lessons import LESSONS
from ui.messages import literal
from ui.params import MAX_RAW_SHOWN, shorten
from ui.router import enter
from ui.urlstate import LAST_PAGE

enter()

PAGE_PATH = "teach"
SOURCE_KEY = "teach:source"
PASTE_KEY = "teach:paste"
PAGE_PATHS = ("", PAGE_PATH, "glossary", *(lesson.url_path for lesson in LESSONS))
BY_KEY = {lesson.key: lesson for lesson in LESSONS}

lang = language()
projecting = present.on()
base = T.app_base(st.context.url, PAGE_PATH)


@st.cache_data(max_entries=64, show_spinner=False)
def drawn(url: str) -> tuple[bytes, bytes, int]:
    """The QR code of `url` as PNG and SVG and its size in modules (about 40 ms to draw, so kept)."""
    code = T.qr(url)
    return T.png(code), T.svg(code, title=url), T.modules(code)


def stop_title(lesson: str, stop) -> str:
    key = f"{lesson}.tour_{stop.key}_title"
    return CATALOG[key][lang] if key in CATALOG else stop.key


def current_view() -> tuple[str | None, dict[str, str]]:
    """The lesson this visitor saw last and its query (its settings, and its tour stop when one is open);
    (None, {}) before any lesson. Projector mode is left out: a phone reads the normal view better."""
    ss = st.session_state
    key = ss.get(LAST_PAGE)
    if key not in BY_KEY:
        return None, {"lang": lang}
    query = dict(ss.get(f"_url:{key}") or {})
    tour = ss.get(f"_tour_url:{key}") or (None, None)
    if tour[0] == "1" and tour[1]:
        query.update(tour="1", stop=str(tour[1]))
    query["lang"] = lang
    return key, query


tours = {lesson.key: T.tour_of(lesson.key) for lesson in LESSONS}

st.title(t("teach.title"))
st.markdown(t("teach.intro"))

# ---------------------------------------------------------------------------------------------- QR code
st.header(t("teach.qr_heading"), anchor="qr")
view_lesson, view_query = current_view()
labels = {
    "view": t("teach.source_view", title=t(f"{view_lesson}.nav")) if view_lesson else t("teach.source_home"),
    "paste": t("teach.source_paste"),
}
targets: dict[str, tuple[str, dict[str, str]]] = {
    "view": (BY_KEY[view_lesson].url_path if view_lesson else "", view_query)
}
for lesson in LESSONS:
    name = t(f"{lesson.key}.nav")
    labels[f"lesson:{lesson.key}"] = t("teach.source_lesson", lesson=name)
    targets[f"lesson:{lesson.key}"] = (lesson.url_path, {"lang": lang})
    for number, stop in enumerate(tours[lesson.key], start=1):
        option = f"stop:{lesson.key}:{number}"
        labels[option] = t(
            "teach.source_stop", lesson=name, number=number, title=stop_title(lesson.key, stop)
        )
        targets[option] = (lesson.url_path, T.stop_query(number, lang, present=False))
if st.session_state.get(SOURCE_KEY) not in labels:
    st.session_state[SOURCE_KEY] = "view"
source = st.selectbox(t("teach.source"), options=tuple(labels), format_func=labels.get, key=SOURCE_KEY)

url, problem = None, None
if source == "paste":
    text = st.text_input(t("teach.paste"), key=PASTE_KEY, max_chars=T.MAX_LINK, help=t("teach.paste_help"))
    if base is not None:
        checked = T.check_link(text or "", base, PAGE_PATHS)
        url = checked.url
        if checked.problem == "empty":
            st.info(t("teach.link_empty"), icon=":material/link:")
        elif checked.problem == "too_long":
            st.warning(
                t("teach.link_too_long", length=len(text.strip()), limit=T.MAX_LINK), icon=":material/info:"
            )
        elif checked.problem is not None:
            raw = literal(shorten(text.strip(), MAX_RAW_SHOWN))
            host = literal(base.split("://", 1)[-1].split("/", 1)[0])
            st.warning(t(f"teach.link_{checked.problem}", raw=raw, host=host), icon=":material/info:")
elif base is not None:
    url_path, query = targets[source]
    url = T.view_url(base, url_path, query)

if base is None:
    st.warning(t("teach.no_base"), icon=":material/info:")
elif url is not None:
    image, vector, size = drawn(url)
    picture, about = st.columns([3, 2], vertical_alignment="top")
    picture.image(image, width="stretch", alt=t("teach.qr_alt", url=url))
    with about:
        st.caption(t("teach.qr_caption", modules=size, quiet=T.QUIET_ZONE))
        st.markdown(t("teach.qr_link"))
        st.code(url, language=None, wrap_lines=True)
        if projecting:
            st.caption(t("teach.qr_no_present"))
        row = st.container(horizontal=True)
        row.download_button(
            t("teach.download_png"),
            data=image,
            file_name="unrolled-qr.png",
            mime="image/png",
            icon=":material/download:",
            on_click="ignore",
            key="teach:png",
        )
        row.download_button(
            t("teach.download_svg"),
            data=vector,
            file_name="unrolled-qr.svg",
            mime="image/svg+xml",
            icon=":material/download:",
            on_click="ignore",
            key="teach:svg",
        )

# ---------------------------------------------------------------------------------------------- tours
st.header(t("teach.tours_heading"), anchor="tours")
st.markdown(t("teach.tours_intro"))
if projecting:
    st.caption(t("teach.present_on"))
kinds = {kind: t(f"teach.kind_{kind}") for kind in ("choice", "number", "none")}
for lesson in LESSONS:
    name, stops = t(f"{lesson.key}.nav"), tours[lesson.key]
    st.subheader(name, anchor=f"tour-{lesson.key}")
    notes = [
        t("teach.note", number=reading.number, file=reading.file, section=reading.section)
        for reading in T.NOTES.get(lesson.key, ())
    ]
    if notes:
        st.markdown(t("teach.notes") + "\n" + "\n".join(f"- {note}" for note in notes))
    st.page_link(
        lesson.page_file,
        label=t("teach.open_lesson"),
        icon=lesson.icon,
        query_params=T.frame_query(lang, projecting),
    )
    st.page_link(
        "pages/glossary.py",
        label=t("teach.lesson_terms", count=len(terms_of(lesson.key))),
        icon=":material/translate:",
        query_params={"lesson": lesson.key, "lang": lang},
    )
    if not stops:
        st.caption(t("teach.no_tour"))
        continue
    questions = sum(stop.question is not None for stop in stops)
    st.caption(t("teach.summary", count=len(stops), questions=questions))
    for number, stop in enumerate(stops, start=1):
        kind = T.question_kind(stop)
        row = st.container(horizontal=True, vertical_alignment="center", gap="small")
        row.page_link(
            lesson.page_file,
            label=t("teach.stop", number=number, title=stop_title(lesson.key, stop)),
            icon=":material/quiz:" if kind else ":material/visibility:",
            query_params=T.stop_query(number, lang, projecting),
        )
        row.caption(kinds[kind or "none"])

st.divider()
st.page_link(
    "pages/glossary.py", label=t("teach.glossary"), icon=":material/translate:", query_params={"lang": lang}
)

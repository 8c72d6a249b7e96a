"""The sidebar every page shares: language, compute device, a short "about", and the page's language
for screen readers."""

from __future__ import annotations

import streamlit as st

from engine import available_devices
from ui import compute, present
from ui.a11y import mark_document
from ui.export import mark_toolbars
from ui.i18n import LANGUAGE_NAMES, LANGUAGES, STATE_KEY, chose_language, t


def draw() -> None:
    with st.sidebar:
        st.segmented_control(
            t("common.language"),
            options=LANGUAGES,
            format_func=LANGUAGE_NAMES.get,
            key=STATE_KEY,
            required=True,
            on_change=chose_language,
        )
        names = {"auto": t("common.device_auto", best=available_devices()[0]), "cpu": "CPU"}
        st.selectbox(
            t("common.device"),
            options=tuple(names),
            format_func=names.get,
            key=compute.STATE_KEY,
            help=t("common.device_help"),
        )
        present.switch()
        st.caption(t("common.about"))
        mark_document()
        mark_toolbars()

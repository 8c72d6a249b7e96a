"""A page's settings kept in its widgets and mirrored in the URL.

On the first run of a page (or when a new link is opened) the URL fills the widgets; bad values get a
`Problem` each and bounded defaults. Afterwards the widgets are the truth and the URL follows them, so
copying the address bar always shares exactly what is on screen. Coming back to a page through the
navigation (an empty URL) restores where the visitor left it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import streamlit as st

from ui.i18n import URL_KEY as LANG_KEY
from ui.params import Problem, Schema, first

# Keys of the frame around a page's settings, which a page's own writes leave in the URL: the language,
# projector mode and the guided tour (ui/present.py, ui/tour.py).
FRAME_KEYS = frozenset({LANG_KEY, "present", "tour", "stop"})
LAST_PAGE = "_url:last"  # the page whose view this visitor saw last (the lecturer's page makes its QR code)


class PageState:
    def __init__(self, page: str, schema: Schema):
        self.page = page
        self.schema = schema
        self._stored = f"_settings:{page}"  # the last settings this page used
        self._written = f"_url:{page}"  # the query we last wrote, to tell it from a new link
        self._written_from = f"_url_from:{page}"  # the settings that query was written from

    def key(self, name: str) -> str:
        """The session key of the widget for setting `name`."""
        return f"{self.page}:{name}"

    def _query(self) -> dict[str, str]:
        qp = st.query_params
        return {k: first(qp.get_all(k)) for k in self.schema.keys if k in qp}

    def load(self) -> tuple[Any, list[Problem]]:
        """Settle where this run's settings come from and fill the widgets' keys before they draw."""
        ss = st.session_state
        query = self._query()
        stored = ss.get(self._stored)
        problems: list[Problem] = []
        if stored is not None and (query == ss.get(self._written) or not query):
            settings, fresh = stored, False
        else:
            settings, problems = self.schema.parse(query)
            fresh = True
        for name, param in self.schema.params.items():
            if fresh or self.key(name) not in ss:
                ss[self.key(name)] = param.to_widget(getattr(settings, name))
        ss[self._stored] = settings
        return settings, problems

    def read(self) -> tuple[Any, list[Problem]]:
        """The settings the widgets hold now (a setting whose widget is not drawn keeps its value)."""
        ss = st.session_state
        stored = ss.get(self._stored, self.schema.defaults)
        held = {}
        for name, param in self.schema.params.items():
            key = self.key(name)
            held[name] = ss[key] if key in ss else param.to_widget(getattr(stored, name))
        return self.schema.from_widgets(held)

    def set_widgets(self, settings: Any) -> None:
        """Put `settings` into the widgets (from a callback, such as a preset, before they draw)."""
        for name, held in self.schema.to_widgets(settings).items():
            st.session_state[self.key(name)] = held

    def save(self, settings: Any, url_keys: Iterable[str] | None = None) -> None:
        """Remember `settings` and mirror `url_keys` of them (all by default) in the URL."""
        ss = st.session_state
        ss[self._stored] = settings
        before, before_query = ss.get(self._written_from), ss.get(self._written) or {}
        wanted = {}
        for key in self.schema.keys if url_keys is None else url_keys:
            value = getattr(settings, key)
            unchanged = before is not None and key in before_query and getattr(before, key) == value
            wanted[key] = before_query[key] if unchanged else self.schema.params[key].format(value)
        qp = st.query_params
        for key in list(qp.keys()):
            if key not in wanted and key not in FRAME_KEYS:
                del qp[key]
        for key, text in wanted.items():
            if qp.get(key) != text or len(qp.get_all(key)) > 1:
                qp[key] = text
        ss[self._written] = wanted
        ss[self._written_from] = settings
        ss[LAST_PAGE] = self.page

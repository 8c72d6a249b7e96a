"""Spanish and English: every visible string comes from one catalog through `t()`.

The language is chosen, in this order, by `?lang=es|en` in the URL, the sidebar switch, and the
browser's language (`st.context.locale`): Spanish for `es-*`, English for any other language, and
Spanish when the browser says nothing (the course is Spanish-speaking).
"""

from __future__ import annotations

import importlib
import pkgutil
import string

import streamlit as st
from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx

from ui import strings

LANGUAGES = ("es", "en")
DEFAULT_LANGUAGE = "es"
LANGUAGE_NAMES = {"es": "Español", "en": "English"}
STATE_KEY = "lang"  # session key of the chosen language (also the sidebar widget's key)
URL_KEY = "lang"
_WRITTEN = "_lang_in_url"  # what we last wrote to ?lang=, to tell our writes from a new link
_EXPLICIT = "_lang_explicit"  # the visitor chose (URL or switch): keep it in the URL
_RUN_LANGUAGE = "_unrolled_language"  # the language settled for the session's latest run, on its context


def _load_catalog() -> dict[str, dict[str, str]]:
    catalog: dict[str, dict[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(strings.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{strings.__name__}.{info.name}")
        for key, texts in module.STRINGS.items():
            if key in catalog:
                raise ValueError(f"catalog key {key!r} defined twice (again in {info.name})")
            catalog[key] = texts
    return catalog


CATALOG = _load_catalog()


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def language() -> str:
    # A page calls t() a hundred times a run; reading st.session_state costs tens of microseconds each
    # time, the run's context one. It only changes in a full run, which starts by resolve_language().
    lang = getattr(get_script_run_ctx(suppress_warning=True), _RUN_LANGUAGE, None)
    if lang is None:
        lang = st.session_state.get(STATE_KEY)
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def t(key: str, **values) -> str:
    """The text for `key` in the current language, with `values` put into its placeholders."""
    text = CATALOG[key][language()]
    return text.format(**values) if values else text


def from_locale(locale: str | None) -> str:
    if not locale:
        return DEFAULT_LANGUAGE
    return "es" if locale.lower().startswith("es") else "en"


def resolve_language() -> str | None:
    """Settle the language for this run. Returns the bad `?lang=` value if the URL had one."""
    ss = st.session_state
    raw = st.query_params.get(URL_KEY)
    bad = None
    if raw is not None and raw != ss.get(_WRITTEN):
        ss[_WRITTEN] = raw
        if raw.strip().lower() in LANGUAGES:
            ss[STATE_KEY] = raw.strip().lower()
            ss[_EXPLICIT] = True
        else:
            bad = raw
    if ss.get(STATE_KEY) not in LANGUAGES:
        ss[STATE_KEY] = from_locale(st.context.locale)
    ctx = get_script_run_ctx(suppress_warning=True)
    if ctx is not None:
        setattr(ctx, _RUN_LANGUAGE, ss[STATE_KEY])
    return bad


def chose_language() -> None:
    """Sidebar switch callback: the visitor's choice is kept in the URL from now on."""
    st.session_state[_EXPLICIT] = True


def write_language_to_url() -> None:
    """Keep `?lang=` in the URL once the visitor chose a language, so a shared link keeps it."""
    ss = st.session_state
    if ss.get(_EXPLICIT) and st.query_params.get(URL_KEY) != language():
        st.query_params[URL_KEY] = language()
        ss[_WRITTEN] = language()

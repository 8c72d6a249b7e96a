"""Open the app under Streamlit's AppTest, the way a visitor would: always through app.py."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 60


def open_app(
    page: str | None = None, query: Mapping[str, str] | None = None, locale: str | None = "en-US"
) -> AppTest:
    """Run app.py, then switch to `page` (e.g. "pages/unroll.py") with `query` in the URL."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.context["locale"] = locale
    if page is None:
        at.query_params.update(query or {})
        return at.run()
    at.run()
    at.switch_page(page)
    at.query_params.clear()
    at.query_params.update(query or {})
    return at.run()


def texts(at: AppTest) -> str:
    """Every piece of text the page shows, joined, for 'is this on screen' checks."""
    parts = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error", "latex"):
        parts += [str(el.value) for el in getattr(at, kind)]
    return "\n".join(parts)


def query(at: AppTest) -> dict[str, str]:
    """The page's URL query, one value per key (the last, as Streamlit reads it)."""
    return {k: (v[-1] if isinstance(v, list) else v) for k, v in at.query_params.items()}


def latex(at: AppTest) -> str:
    return "\n".join(el.value for el in at.latex)


def warnings(at: AppTest) -> str:
    return "\n".join(w.value for w in at.warning)


def assert_clean(at: AppTest) -> None:
    """No exception, and not our last-resort error box either."""
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]

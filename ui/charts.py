"""Draw a lesson's figure dict with Streamlit, without Plotly re-validating it on every rerun, with its text
alternative for screen readers."""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go
import streamlit as st

from lessons.charts import NO_TOOLBAR, Alt, Figure
from ui.a11y import alternative
from ui.i18n import CATALOG, language


class _Checked(go.Figure):
    """A figure that is already a valid Plotly dict (the builders are validated by the tests).

    Streamlit asks a plotly Figure for `to_dict()` and trusts it; this skips graph_objects' per-property
    validation, which would cost most of a rerun's time budget.
    """

    def __init__(self, spec: Figure):  # no super().__init__: nothing to build or validate
        self._spec = spec

    def to_dict(self) -> Figure:
        return self._spec


def show(
    figure: Figure,
    key: str,
    *,
    alt: Alt | str,
    toolbar: bool = True,
    static: bool = False,
    where: Any = st,
) -> None:
    """Draw `figure` (a dict from a lesson's builder); `static` pictures take no mouse input.

    `alt` is the chart's text alternative, in the page's language: what it shows and its key numbers, built
    by the lesson beside the figure's builder from the same data. It is required: a screen reader meets a
    chart as nothing without it. It follows the chart as a visually hidden paragraph, in one gapless
    container with it, so it takes no room on the page and is read right after the chart.
    """
    if isinstance(alt, Alt):
        alt = alt.text(CATALOG, language())
    if not alt or not alt.strip():
        raise ValueError(f"chart {key!r} has no text alternative")
    config = {
        "responsive": True,
        **({} if toolbar else NO_TOOLBAR),
        **({"staticPlot": True} if static else {}),
    }
    box = where.container(gap=None)
    box.plotly_chart(_Checked(figure), key=key, config=config)
    box.html(alternative(alt))

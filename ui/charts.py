"""Draw a lesson's figure dict with Streamlit, without Plotly re-validating it on every rerun."""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go
import streamlit as st

from lessons.charts import NO_TOOLBAR, Figure


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
    alt: str | None = None,
    toolbar: bool = True,
    static: bool = False,
    where: Any = st,
) -> None:
    """Draw `figure` (a dict from a lesson's builder); `static` pictures take no mouse input.

    `alt` is the chart's text alternative, in the page's language: what it shows and its key numbers, built
    from the same data as the figure (issue 19 gives it to screen readers).
    """
    config = {
        "responsive": True,
        **({} if toolbar else NO_TOOLBAR),
        **({"staticPlot": True} if static else {}),
    }
    where.plotly_chart(_Checked(figure), key=key, config=config)

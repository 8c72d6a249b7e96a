"""Draw a lesson's figure dict with Streamlit, without Plotly re-validating it on every rerun, with its text
alternative for screen readers, and its numbers sent to the browser as binary arrays instead of JSON text."""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

import numpy as np
import plotly.graph_objects as go
import streamlit as st

from lessons.charts import NO_TOOLBAR, Alt, Figure, projected, readable_labels
from ui import export, present
from ui.a11y import alternative
from ui.i18n import CATALOG, language

# Arrays of at least this many numbers go as float32 (7 significant digits, where every hover shows 4
# decimals at most); smaller ones keep float64, exact. A 64-unit x 200-step heatmap is 12 800 numbers: 264 KB
# of JSON text, 68 KB as float32 (issue 11: the bytes of a rerun are part of what a visitor waits for).
FLOAT32_FROM = 2048
_INT32 = np.iinfo(np.int32)


def typed_array(values: np.ndarray) -> dict[str, str] | np.ndarray:
    """Plotly's typed-array form ({dtype, bdata, shape}: base64 of the raw bytes), read by plotly.js as is.

    Arrays of other kinds (text, objects, booleans) and empty ones are returned unchanged. plotly.js has no
    64-bit integers: integers go as int32 where they fit, else as float64.
    """
    kind = values.dtype.kind
    if kind not in "fiu" or values.size == 0:
        return values
    if kind == "f":
        dtype = "f4" if values.size >= FLOAT32_FROM else "f8"
    else:
        dtype = "i4" if _INT32.min <= values.min() and values.max() <= _INT32.max else "f8"
    data = np.ascontiguousarray(values, dtype=np.dtype(dtype).newbyteorder("<"))
    spec = {"dtype": dtype, "bdata": base64.b64encode(data.tobytes()).decode("ascii")}
    if data.ndim > 1:
        spec["shape"] = ",".join(map(str, data.shape))
    return spec


# Attributes that take text, where plotly.js would not read a typed array as the strings it means.
_TEXT = frozenset({"text", "hovertext", "texttemplate", "ids", "labels", "ticktext", "tickvals"})


def compact(value: Any) -> Any:
    """`value` (a trace, or anything inside one) with every NumPy array of numbers in Plotly's typed-array
    form, but those given to text attributes."""
    if isinstance(value, np.ndarray):
        return typed_array(value)
    if isinstance(value, dict):
        return {k: v if k in _TEXT else compact(v) for k, v in value.items()}
    if isinstance(value, list):
        return [compact(v) for v in value]
    return value


class _Checked(go.Figure):
    """A figure that is already a valid Plotly dict (the builders are validated by the tests).

    Streamlit asks a plotly Figure for `to_dict()` and trusts it; this skips graph_objects' per-property
    validation, which would cost most of a rerun's time budget.
    """

    def __init__(self, spec: Figure, projector: bool = False):  # no super().__init__: nothing to validate
        self._spec = spec
        self._projector = projector

    def to_dict(self) -> Figure:
        spec = readable_labels(self._spec)
        if self._projector:
            spec = projected(spec)
        return {**spec, "data": compact(spec["data"])}


def show(
    figure: Figure,
    key: str,
    *,
    alt: Alt | str,
    toolbar: bool = True,
    static: bool = False,
    where: Any = st,
    csv: bool | Callable[[], Any] = False,
    notebook: Any = None,
) -> None:
    """Draw `figure` (a dict from a lesson's builder); `static` pictures take no mouse input.

    `alt` is the chart's text alternative, in the page's language: what it shows and its key numbers, built
    by the lesson beside the figure's builder from the same data. It is required: a screen reader meets a
    chart as nothing without it. It follows the chart as a visually hidden paragraph, in one gapless
    container with it, so it takes no room on the page and is read right after the chart.

    The toolbar's camera saves a PNG at twice the size named after `key` (and `ui.export` adds an SVG
    button beside it). `csv` adds a button that downloads the chart's numbers: `True` for the table of
    the figure's points (`ui.export.figure_table`), or a function returning the table (a DataFrame, or
    rows as dataclasses); `notebook` (the page's settings dataclass) adds one that downloads a notebook
    rebuilding this view. Both are built only when clicked.
    """
    if isinstance(alt, Alt):
        alt = alt.text(CATALOG, language())
    if not alt or not alt.strip():
        raise ValueError(f"chart {key!r} has no text alternative")
    config = {
        "responsive": True,
        **({"toImageButtonOptions": export.image_options(key)} if toolbar else NO_TOOLBAR),
        **({"staticPlot": True} if static else {}),
    }
    box = where.container(gap=None)
    box.plotly_chart(_Checked(figure, present.on()), key=key, config=config)
    box.html(alternative(alt))
    if csv or notebook is not None:
        table = (csv if callable(csv) else lambda: export.figure_table(figure)) if csv else None
        export.buttons(where, key, table, notebook)

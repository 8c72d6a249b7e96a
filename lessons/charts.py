"""Plotly figures as plain JSON dicts, and the app's chart style.

Building `plotly.graph_objects` figures validates every property in Python and costs tens of
milliseconds per chart; a page rerun has 50 ms in all. So lesson figures are plain dicts in Plotly's
own JSON schema ({"data": [...], "layout": {...}}), drawn with `ui.charts.show`. The tests run every
builder's output through Plotly's validator (`validate`), so a mistake still fails loudly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

INK = "#1c2330"
ACCENT = "#1d5f8a"
WARM = "#c8553d"
MUTED = "#8a94a3"
GRID = "#e3e7ec"
ZERO = "#c3cad3"
DIVERGING = "RdBu_r"  # blue negative, red positive, white at zero
SEQUENTIAL = "Blues"
FONT = {"family": "sans-serif", "size": 15, "color": INK}
NO_TOOLBAR = {"displayModeBar": False}

Figure = dict[str, Any]


def layout(height: int, **extra: Any) -> dict[str, Any]:
    """The app's layout defaults: transparent background, readable font, small margins."""
    base = {
        "height": height,
        "margin": {"l": 10, "r": 10, "t": 30, "b": 10},
        "font": FONT,
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
    }
    return {**base, **extra}


def axis(title: str | None = None, **extra: Any) -> dict[str, Any]:
    """A gridded axis with a title."""
    base = {"showgrid": True, "gridcolor": GRID, "zerolinecolor": ZERO}
    if title is not None:
        base["title"] = {"text": title}
    return {**base, **extra}


def hidden_axis(**extra: Any) -> dict[str, Any]:
    return {"visible": False, **extra}


def vline(x: float, color: str = ACCENT) -> dict[str, Any]:
    """A dashed vertical line across the plot at x (a layout shape)."""
    return {
        "type": "line",
        "xref": "x",
        "yref": "paper",
        "x0": x,
        "x1": x,
        "y0": 0,
        "y1": 1,
        "line": {"color": color, "width": 1, "dash": "dash"},
    }


def hline(y: float, color: str = INK, opacity: float = 0.35) -> dict[str, Any]:
    return {
        "type": "line",
        "xref": "paper",
        "yref": "y",
        "x0": 0,
        "x1": 1,
        "y0": y,
        "y1": y,
        "line": {"color": color, "width": 1, "dash": "dot"},
        "opacity": opacity,
    }


def finite_bound(values: np.ndarray, fallback: float = 1.0) -> float:
    """The largest |value| over the finite entries (for a symmetric colour scale)."""
    finite = np.abs(values[np.isfinite(values)])
    bound = float(finite.max()) if finite.size else 0.0
    return bound or fallback


def plotly_safe(text: str) -> str:
    """Text for a chart label: Plotly reads a few HTML tags in labels, so `<`, `>` and `&` are escaped."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def validate(figure: Figure) -> None:
    """Raise if the dict is not a valid Plotly figure (for tests: slow, never on a page)."""
    import plotly.graph_objects as go

    go.Figure(figure)


def training_figure(
    steps: Sequence[int],
    loss: Sequence[float],
    metric: tuple[Sequence[int], Sequence[float]] | None,
    labels: Mapping[str, str],
    height: int = 270,
) -> Figure:
    """A training's loss (left axis) and, when given, one measure from 0 to 1 (right axis, in %), drawn as
    they grow. `labels`: "train_step", "loss" and, with a measure, "metric" (its name)."""
    step_word, loss_name = labels["train_step"], labels["loss"]
    data = [
        {
            "type": "scatter",
            "x": list(steps),
            "y": np.round(np.asarray(loss, dtype=np.float64), 4).tolist(),
            "mode": "lines",
            "name": loss_name,
            "line": {"color": WARM, "width": 2.5},
            "hovertemplate": f"{step_word} %{{x}}<br>{loss_name} = %{{y:.4f}}<extra></extra>",
        }
    ]
    extra: dict[str, Any] = {}
    if metric is not None:
        name, (x, values) = labels["metric"], metric
        data.append(
            {
                "type": "scatter",
                "x": list(x),
                "y": np.round(100 * np.asarray(values, dtype=np.float64), 2).tolist(),
                "mode": "lines" if len(x) > 30 else "lines+markers",
                "name": name,
                "yaxis": "y2",
                "line": {"color": ACCENT, "width": 2.5},
                "hovertemplate": f"{step_word} %{{x}}<br>{name} = %{{y:.1f}}%<extra></extra>",
            }
        )
        extra["yaxis2"] = axis(
            name + " (%)",
            overlaying="y",
            side="right",
            range=[0, 101],
            tickmode="array",
            tickvals=[0, 25, 50, 75, 100],
            showgrid=False,
        )
    return {
        "data": data,
        "layout": layout(
            height,
            legend={"orientation": "h", "y": 1.16, "x": 0},
            xaxis=axis(step_word, rangemode="tozero"),
            yaxis=axis(loss_name, rangemode="tozero"),
            **extra,
        ),
    }

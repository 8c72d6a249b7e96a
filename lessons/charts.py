"""Plotly figures as plain JSON dicts, and the app's chart style.

Building `plotly.graph_objects` figures validates every property in Python and costs tens of
milliseconds per chart; a page rerun has 50 ms in all. So lesson figures are plain dicts in Plotly's
own JSON schema ({"data": [...], "layout": {...}}), drawn with `ui.charts.show`. The tests run every
builder's output through Plotly's validator (`validate`), so a mistake still fails loudly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np

INK = "#1c2330"
ACCENT = "#1d5f8a"
WARM = "#c8553d"
MUTED = "#8a94a3"
GRID = "#e3e7ec"
ZERO = "#c3cad3"
PAGE = "#fbfaf7"  # the theme's backgroundColor (.streamlit/config.toml): charts are drawn on it
DIVERGING = "RdBu_r"  # blue negative, red positive, white at zero
SEQUENTIAL = "Blues"
TICK_FONT = {"color": "#5b6470"}  # 5.7:1 on PAGE
TITLE_FONT = {"color": INK}
FONT = {"family": "sans-serif", "size": 15, "color": INK}
NO_TOOLBAR = {"displayModeBar": False}

Figure = dict[str, Any]


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def rgb(color: str) -> tuple[int, int, int]:
    """'#rrggbb' as three 0-255 channels."""
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def luminance(color: str) -> float:
    """WCAG 2 relative luminance of '#rrggbb'."""
    r, g, b = (_linear(c) for c in rgb(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two '#rrggbb' colours, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)))
    return (lb + 0.05) / (la + 0.05)


@cache
def readable(color: str, background: str = PAGE, ratio: float = 4.5) -> str:
    """`color`, darkened just enough (towards black, same hue) for text on `background` at `ratio` (AA)."""
    r, g, b = rgb(color)
    for step in range(101):
        k = 1 - step / 100
        darker = f"#{round(r * k):02x}{round(g * k):02x}{round(b * k):02x}"
        if contrast(darker, background) >= ratio:
            return darker
    return "#000000"


MUTED_TEXT = readable(MUTED)  # MUTED and WARM are for lines and marks; text in them uses these
WARM_TEXT = readable(WARM)


@dataclass(frozen=True)
class Alt:
    """A chart's text alternative: catalog sentences, each a key and the numbers that fill it in.

    A lesson builds it beside the figure's builder from the same data; the page's language is applied when
    it is drawn (`ui.charts.show`), so the lessons stay free of the catalog and the tests read the numbers
    (`values`) without parsing text. Sentences add up: `alt("a.x", n=1) + alt("a.y")`.
    """

    sentences: tuple[tuple[str, Mapping[str, Any]], ...]

    def __add__(self, other: Alt) -> Alt:
        return Alt(self.sentences + other.sentences)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(key for key, _ in self.sentences)

    @property
    def values(self) -> dict[str, Any]:
        """Every sentence's values in one dict (a later sentence's win on a clash)."""
        return {name: value for _, values in self.sentences for name, value in values.items()}

    def text(self, catalog: Mapping[str, Mapping[str, str]], language: str) -> str:
        return " ".join(catalog[key][language].format(**values) for key, values in self.sentences)


def alt(key: str, **values: Any) -> Alt:
    """One sentence of a text alternative: the catalog `key` with `values` (numbers as plain floats)."""
    return Alt(((key, values),))


def numbers(values, digits: int = 3) -> str:
    """Numbers for a sentence, language-neutral: "0.12, -0.305, 1.5e+03" (a minus sign, not a hyphen)."""
    return ", ".join(f"{float(v):.{digits}g}".replace("-", "−") for v in values)


def alt_if(condition: bool, key: str, **values: Any) -> Alt:
    """The sentence when `condition` holds, else nothing."""
    return alt(key, **values) if condition else Alt(())


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
    """A gridded axis with a title, its labels in colours that read at 4.5:1 (Streamlit's chart theme
    would draw them in a grey at 3.6:1 on the page)."""
    tickfont = {**TICK_FONT, **extra.pop("tickfont", {})}  # a size given keeps the colour
    base = {"showgrid": True, "gridcolor": GRID, "zerolinecolor": ZERO, "tickfont": tickfont}
    if title is not None:
        base["title"] = {"text": title, "font": TITLE_FONT}
    return {**base, **extra}


def colorbar(title: str | None = None, side: str | None = None, **extra: Any) -> dict[str, Any]:
    """A heatmap's colour bar, labelled in the same readable colours as the axes."""
    base: dict[str, Any] = {"tickfont": {**TICK_FONT, **extra.pop("tickfont", {})}}
    if title is not None:
        base["title"] = {"text": title, "font": TITLE_FONT, **({"side": side} if side else {})}
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

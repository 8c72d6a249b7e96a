"""Plotly figures as plain JSON dicts, and the app's chart style.

Building `plotly.graph_objects` figures validates every property in Python and costs tens of
milliseconds per chart; a page rerun has 50 ms in all. So lesson figures are plain dicts in Plotly's
own JSON schema ({"data": [...], "layout": {...}}), drawn with `ui.charts.show`. The tests run every
builder's output through Plotly's validator (`validate`), so a mistake still fails loudly.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np

INK = "#1c2330"
ACCENT = "#1d5f8a"
WARM = "#c8553d"
MUTED = "#858f9d"  # lines and marks that carry meaning keep 3:1 on PAGE (WCAG 1.4.11)
GRID = "#e3e7ec"
ZERO = "#c3cad3"
PAGE = "#fbfaf7"  # the theme's backgroundColor (.streamlit/config.toml): charts are drawn on it
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


# ---------------------------------------------------------------- colour scales, even to the eye

_WHITE_D65 = (0.95047, 1.0, 1.08883)
_RGB_TO_XYZ = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])


def to_lab(color: str) -> np.ndarray:
    """CIELAB (D65) of '#rrggbb'."""
    xyz = _RGB_TO_XYZ @ np.array([_linear(c) for c in rgb(color)]) / _WHITE_D65
    f = np.where(xyz > 216 / 24389, np.cbrt(xyz), (24389 / 27 * xyz + 16) / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def from_lab(lab: np.ndarray) -> str:
    """'#rrggbb' of a CIELAB (D65) colour, clipped to sRGB."""
    fy = (lab[0] + 16) / 116
    f = np.array([fy + lab[1] / 500, fy, fy - lab[2] / 200])
    xyz = np.where(f**3 > 216 / 24389, f**3, (116 * f - 16) / (24389 / 27)) * _WHITE_D65
    linear = np.clip(np.linalg.solve(_RGB_TO_XYZ, xyz), 0, 1)
    encoded = np.where(linear <= 0.0031308, 12.92 * linear, 1.055 * linear ** (1 / 2.4) - 0.055)
    return "#" + "".join(f"{round(255 * c):02x}" for c in encoded)


def even_ramp(anchors: tuple[str, ...], n: int) -> list[str]:
    """n colours along the path through `anchors` (a designed scale's colours) in CIELAB, at equal
    distances along it: the scale's look, in steps even to the eye (CIE76 colour difference)."""
    path = np.array([to_lab(c) for c in anchors])
    lengths = np.linalg.norm(np.diff(path, axis=0), axis=1)
    where = np.concatenate([[0.0], np.cumsum(lengths)])
    colours = []
    for target in np.linspace(0.0, where[-1], n):
        k = min(int(np.searchsorted(where, target, side="right")) - 1, len(lengths) - 1)
        share = (target - where[k]) / lengths[k] if lengths[k] else 0.0
        colours.append(from_lab(path[k] + share * (path[k + 1] - path[k])))
    return colours


def diverging(low: tuple[str, ...], high: tuple[str, ...], per_side: int) -> list[str]:
    """A diverging scale: `low`'s colours to its last (the middle), then on through `high`, each side
    resampled in `per_side` even steps."""
    return even_ramp(low, per_side + 1) + even_ramp(high, per_side + 1)[1:]


# ColorBrewer's RdBu (blue negative, red positive, near-white at zero), as Plotly's "RdBu_r" draws it but
# resampled in even steps: Plotly's own took steps that differed 2.8-fold. Both ends stay told apart with
# deuteranopia (tests/test_a11y.py).
RDBU = ("#053061", "#2166ac", "#4393c3", "#92c5de", "#d1e5f0", "#f7f7f7")
BURD = ("#f7f7f7", "#fddbc7", "#f4a582", "#d6604d", "#b2182b", "#67001f")
DIVERGING = [[k / 10, c] for k, c in enumerate(diverging(RDBU, BURD, 5))]

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


_AXIS_KEY = re.compile(r"^[xy]axis\d*$")
_SCALED = ("heatmap", "contour", "histogram2d")


def _ticks(part: dict[str, Any] | None) -> dict[str, Any]:
    part = dict(part or {})
    part["tickfont"] = {**TICK_FONT, **part.get("tickfont", {})}
    return part


def readable_labels(figure: Figure) -> Figure:
    """`figure` with every axis's and colour bar's labels in `TICK_FONT`'s colour where its builder gave
    none: Streamlit's chart theme would draw them grey at 3.6:1 on the page. Applied to every figure on its
    way to the browser (ui.charts), so no builder can forget it; a colour a builder chose is kept."""
    layout_ = dict(figure.get("layout", {}))
    for key in {"xaxis", "yaxis", *(k for k in layout_ if _AXIS_KEY.match(k))}:
        layout_[key] = _ticks(layout_.get(key))
    if "coloraxis" in layout_:
        layout_["coloraxis"] = {
            **layout_["coloraxis"],
            "colorbar": _ticks(layout_["coloraxis"].get("colorbar")),
        }
    data = []
    for trace in figure.get("data", []):
        if trace.get("type") in _SCALED:
            trace = {**trace, "colorbar": _ticks(trace.get("colorbar"))}
        elif isinstance(trace.get("marker"), dict) and "colorscale" in trace["marker"]:
            trace = {
                **trace,
                "marker": {**trace["marker"], "colorbar": _ticks(trace["marker"].get("colorbar"))},
            }
        data.append(trace)
    return {**figure, "layout": layout_, "data": data}


PROJECTED_FONT = 1.35  # chart text in projector mode, against the normal view
PROJECTED_LINE = 1.8  # line widths
PROJECTED_MARK = 1.3  # marker sizes
PROJECTED_GRID = "#aab2bd"  # grid lines that survive a washed-out projector
_DEFAULT_LINE_WIDTH = 2  # plotly.js's default for scatter lines


def _scaled_fonts(value: Any, default_size: float | None = None) -> Any:
    """`value` (a layout part) with every `font`/`tickfont`/`textfont` size scaled, recursively."""
    if isinstance(value, list):
        return [_scaled_fonts(v) for v in value]
    if not isinstance(value, dict):
        return value
    out = {}
    for key, part in value.items():
        if key in ("font", "tickfont", "textfont", "insidetextfont", "outsidetextfont") and isinstance(
            part, dict
        ):
            size = part.get("size", default_size if key == "font" else None)
            part = {**part, "color": INK} if key == "tickfont" else dict(part)
            if isinstance(size, int | float):
                part["size"] = round(size * PROJECTED_FONT, 1)
            out[key] = _scaled_fonts(part)
        elif key == "gridcolor":
            out[key] = PROJECTED_GRID
        else:
            out[key] = _scaled_fonts(part)
    return out


def projected(figure: Figure) -> Figure:
    """`figure` for a lecture hall: every font 1.35 x (plotly.js's 12 px default where a part gave none),
    tick labels in ink, darker grid lines, lines 1.8 x as thick and markers 1.3 x as big. Colours of data
    are kept (they carry meaning and the colour-blind-safe scales stay as they are)."""
    layout_ = _scaled_fonts(dict(figure.get("layout", {})))
    if "size" not in figure.get("layout", {}).get("font", {}):
        layout_["font"] = {**layout_.get("font", {}), "size": round(12 * PROJECTED_FONT, 1)}
    data = []
    for trace in figure.get("data", []):
        trace = _scaled_fonts(trace)
        line = trace.get("line")
        if trace.get("type", "scatter") == "scatter" and "lines" in str(trace.get("mode", "lines")):
            line = dict(line or {})
            width = line.get("width", _DEFAULT_LINE_WIDTH)
            if isinstance(width, int | float):
                line["width"] = round(width * PROJECTED_LINE, 2)
            trace["line"] = line
        marker = trace.get("marker")
        if isinstance(marker, dict) and isinstance(marker.get("size"), int | float):
            trace["marker"] = {**marker, "size": round(marker["size"] * PROJECTED_MARK, 2)}
        data.append(trace)
    return {**figure, "layout": layout_, "data": data}


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

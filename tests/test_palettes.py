"""Every heatmap colour scale reads without hue (issue 18: a colour-blind-safe palette on every heatmap, in
every mode).

A scale reads in lightness alone when CIE L* runs one way along it (sequential), or one way from each end
to its centre (diverging: light in the middle, dark at both ends, or the reverse), over a range large
enough to see. Checked for normal vision and for protanopia, deuteranopia and tritanopia simulated with
Machado, Oliveira & Fernandes (2009) at severity 1 on linear sRGB.

The scales are collected two ways, so a new one cannot escape:
- from the figures the pages draw: every registered page under AppTest at its defaults, at each option of
  each choice and switch, at each stop of its tour, and in projector mode, walking every trace;
- from the source: every `colorscale` written in lessons/, ui/ and pages/, resolved to its value (a
  computed one must be listed in COMPUTED with the scales it can produce).
A heatmap with no scale of its own (Plotly's or Streamlit's theme default, hue-coded) fails too, and so does
a Vega-Lite chart coloured by a data field (its scale would escape this check).
"""

from __future__ import annotations

import ast
import importlib
import json
from functools import cache
from pathlib import Path

import numpy as np
import plotly.colors
import pytest

from lessons import gradients as GR
from lessons.charts import projected, readable_labels
from tests.apptest import assert_clean, open_app
from ui.lessons import LESSONS
from ui.params import BoolParam, ChoiceParam

ROOT = Path(__file__).resolve().parent.parent
VISIONS = {
    "normal": np.eye(3),
    "protanopia": np.array(
        [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
    ),
    "deuteranopia": np.array(
        [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
    ),
    "tritanopia": np.array(
        [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]]
    ),
}
MIN_RANGE = 40.0  # L* from end to end of a sequential scale, or from each end to a diverging one's centre
MIN_STEP = 1.0  # L* between neighbours of 21 even samples (of each side): no stretch that reads flat
CENTRE_RISE = 10.0  # an inner stop this much lighter (darker) than both ends makes a scale diverging
HEATMAPS = ("heatmap", "contour", "histogram2d", "heatmapgl", "densitymapbox")

# Scales computed in the source (not a literal or a module constant): what each can produce.
COMPUTED = {
    ("lessons/gradients.py", "scale"): lambda: [
        GR.log_colors(np.array(z), "")["colorscale"]
        for z in ([-30.0, 30.0], [-1.0, 1.0], [-30.0, 1.0], [-1.0, 30.0], [-5.0, 2.0], [-0.5, 0.5])
    ],
}


# ---------------------------------------------------------------- lightness as each eye sees it


def _linear(c: np.ndarray) -> np.ndarray:
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def normalise(scale) -> list[list]:
    """A scale as [[position, colour], ...]; Plotly's named scales by their colours."""
    if isinstance(scale, str):
        return plotly.colors.get_colorscale(scale)
    return [[float(p), c] for p, c in scale]


def lightness(scale, vision: str, positions: np.ndarray) -> np.ndarray:
    """CIE L* (D65) of the scale's colours at `positions`, as seen with `vision`."""
    colours = plotly.colors.sample_colorscale(normalise(scale), list(positions), colortype="tuple")
    rgb = np.array([plotly.colors.unconvert_from_RGB_255(c) if max(c) > 1 else c for c in colours])
    seen = np.clip(_linear(np.asarray(rgb, dtype=np.float64)) @ VISIONS[vision].T, 0, 1)
    y = seen @ np.array([0.2126, 0.7152, 0.0722])
    f = np.where(y > 216 / 24389, np.cbrt(y), (24389 / 27 * y + 16) / 116)
    return 116 * f - 16


def centre(scale) -> float | None:
    """Where a diverging scale turns (the inner stop lightest, or darkest, against both ends, with normal
    vision), or None for a sequential one."""
    stops = normalise(scale)
    where = np.array([p for p, _ in stops])
    L = lightness(stops, "normal", where)
    inner = range(1, len(stops) - 1)
    if not len(inner):
        return None
    top = max(inner, key=lambda k: L[k])
    if L[top] - max(L[0], L[-1]) >= CENTRE_RISE:
        return float(where[top])
    bottom = min(inner, key=lambda k: L[k])
    if min(L[0], L[-1]) - L[bottom] >= CENTRE_RISE:
        return float(where[bottom])
    return None


def _one_way(L: np.ndarray) -> str | None:
    """What is wrong with a run of lightness that should go one way, steadily and far enough."""
    steps = np.diff(L) * np.sign(L[-1] - L[0])
    if abs(L[-1] - L[0]) < MIN_RANGE:
        return f"spans only {abs(L[-1] - L[0]):.1f} L* (< {MIN_RANGE})"
    if (steps < MIN_STEP).any():
        k = int(np.argmin(steps))
        return f"turns or stalls at {k}/{len(steps)}: L* {L[k]:.1f} -> {L[k + 1]:.1f}"
    return None


def problems(scale) -> list[str]:
    """Why `scale` does not read in lightness alone, for each vision (empty when it does)."""
    turn = centre(scale)
    wrong = []
    for vision in VISIONS:
        if turn is None:
            runs = {"": lightness(scale, vision, np.linspace(0, 1, 21))}
        else:  # both sides run from their end to the centre
            runs = {
                "low side: ": lightness(scale, vision, np.linspace(0, turn, 21)),
                "high side: ": lightness(scale, vision, np.linspace(1, turn, 21)),
            }
        for side, L in runs.items():
            why = _one_way(L)
            if why:
                wrong.append(f"{vision}, {'diverging ' if turn is not None else 'sequential '}{side}{why}")
    if turn is not None:
        for vision in VISIONS:  # both ends on the same side of the centre: light middle or dark middle
            L = lightness(scale, vision, np.array([0.0, turn, 1.0]))
            if np.sign(L[1] - L[0]) != np.sign(L[1] - L[2]):
                wrong.append(f"{vision}: the ends lie on both sides of the centre's lightness")
    return wrong


def key_of(scale) -> str:
    return json.dumps(normalise(scale))


# ---------------------------------------------------------------- the scales in the source


def _sources() -> list[Path]:
    return sorted(p for folder in ("lessons", "ui", "pages") for p in (ROOT / folder).glob("*.py"))


@cache
def source_scales() -> dict[str, list]:
    """Every `colorscale` written in the source: where it is -> the scales it stands for."""
    found: dict[str, list] = {}
    for path in _sources():
        rel = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(), filename=rel)
        values = [
            value
            for node in ast.walk(tree)
            if isinstance(node, ast.Dict)
            for key, value in zip(node.keys, node.values, strict=True)
            if isinstance(key, ast.Constant) and key.value == "colorscale"
        ]
        values += [
            kw.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            for kw in node.keywords
            if kw.arg == "colorscale"
        ]
        if not values:
            continue
        module = None
        if rel.startswith("lessons/"):
            module = importlib.import_module(rel[:-3].replace("/", "."))
        for value in values:
            text = ast.unparse(value)
            where = f"{rel}:{value.lineno} {text}"
            if (rel, text) in COMPUTED:
                found[where] = COMPUTED[(rel, text)]()
                continue
            try:
                found[where] = [ast.literal_eval(value)]
                continue
            except ValueError:
                pass
            if module is not None and isinstance(value, ast.Name | ast.Attribute):
                found[where] = [eval(text, vars(module))]  # a module constant, e.g. GATE_SCALE
                continue
            found[where] = []  # unknown: reported by the test below
    return found


def test_the_source_has_colour_scales_to_check():
    names = " ".join(source_scales())
    for constant in ("DIVERGING", "GATE_SCALE", "WEIGHT_SCALE"):
        assert constant in names


def test_every_colour_scale_in_the_source_is_known():
    unknown = [where for where, scales in source_scales().items() if not scales]
    assert not unknown, f"computed colour scales: list what each can produce in COMPUTED: {unknown}"


def test_every_colour_scale_in_the_source_reads_in_lightness_alone():
    wrong = {
        where: problems(scale)
        for where, scales in source_scales().items()
        for scale in scales
        if problems(scale)
    }
    assert not wrong, wrong


# ---------------------------------------------------------------- the scales on the pages


def views(lesson) -> list[dict[str, str]]:
    """The page's defaults, each option of each choice and switch (the others at their defaults), each
    stop of its tour, and the defaults in projector mode."""
    module = importlib.import_module(f"lessons.{lesson.key}")
    schema = module.SCHEMA
    found = [{}, {"present": "1"}]
    for key, param in schema.params.items():
        if isinstance(param, ChoiceParam):
            found += [{key: option} for option in param.options]
        elif isinstance(param, BoolParam):
            found += [{key: "true"}, {key: "false"}]
    found += [dict(stop.settings) for stop in getattr(module, "TOUR", ())]
    unique, settled = [], set()
    for view in found:  # one run per distinct view: a switch set to its default is the defaults again
        settings, _ = schema.parse({k: v for k, v in view.items() if k != "present"})
        key = (repr(settings), view.get("present"))
        if key not in settled:
            settled.add(key)
            unique.append(view)
    return unique


def figure_scales(spec: dict) -> tuple[list, list[str]]:
    """The colour scales of a Plotly figure (traces, markers, colour axes), and the heatmap-like traces
    that have none of their own (drawn in a theme's default scale)."""
    scales, bare = [], []
    layout = spec.get("layout", {})
    axes = {k: v for k, v in layout.items() if k.startswith("coloraxis") and isinstance(v, dict)}
    scales += [axis["colorscale"] for axis in axes.values() if "colorscale" in axis]
    for trace in spec.get("data", []):
        marker = trace.get("marker") if isinstance(trace.get("marker"), dict) else {}
        for part in (trace, marker):
            if "colorscale" in part:
                scales.append(part["colorscale"])
        kind = trace.get("type", "scatter")
        coloured = "colorscale" in trace or trace.get("coloraxis") in axes
        uncoloured = kind == "contour" and trace.get("contours", {}).get("coloring") == "none"
        if kind in HEATMAPS and not coloured and not uncoloured:
            bare.append(f"{kind} {trace.get('name', '')}".strip())
    return scales, bare


def vega_colour_fields(spec) -> list[str]:
    """Colour channels of a Vega-Lite spec driven by a data field (a colour scale this file does not
    check yet): any there must get a check before they ship."""
    found = []
    if isinstance(spec, dict):
        encoding = spec.get("encoding", {})
        for channel in ("color", "fill", "stroke"):
            part = encoding.get(channel) if isinstance(encoding, dict) else None
            if isinstance(part, dict) and ("field" in part or "scale" in part):
                found.append(f"{channel}: {part.get('field', part.get('scale'))}")
        for value in spec.values():
            found += vega_colour_fields(value)
    elif isinstance(spec, list):
        for value in spec:
            found += vega_colour_fields(value)
    return found


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.key)
def test_every_heatmap_on_the_page_reads_in_lightness_alone(lesson):
    seen: dict[str, str] = {}
    bare: list[str] = []
    for view in views(lesson):
        at = open_app(f"pages/{lesson.key}.py", view)
        assert_clean(at)
        for chart in at.get("plotly_chart"):
            scales, no_scale = figure_scales(json.loads(chart.proto.spec))
            bare += [f"{view}: {name}" for name in no_scale]
            for scale in scales:
                seen.setdefault(key_of(scale), json.dumps(view))
        for chart in at.get("vega_lite_chart"):
            bare += [f"{view}: Vega-Lite {c}" for c in vega_colour_fields(json.loads(chart.proto.spec))]
    assert not bare, f"heatmaps in a theme's default scale, or unchecked Vega-Lite colour scales: {bare}"
    wrong = {seen[k]: problems(json.loads(k)) for k in seen if problems(json.loads(k))}
    assert not wrong, wrong


# ---------------------------------------------------------------- the check itself


def test_the_check_refuses_scales_that_need_hue():
    rainbow = [[0.0, "#0000ff"], [0.5, "#00ff00"], [1.0, "#ff0000"]]  # lightness up then down, by hue
    assert problems(rainbow)
    red_green = [[0.0, "#d62728"], [1.0, "#2ca02c"]]  # told apart by hue, barely by lightness
    assert problems(red_green)
    assert problems("Viridis") == []  # designed to read in lightness for every eye
    assert problems([[0.0, "#ffffff"], [1.0, "#000000"]]) == []
    assert problems("RdBu") == [] and centre("RdBu") == pytest.approx(0.5)
    # deuteranopia joins red and green: a red-to-green scale of equal lightness reads flat
    assert any("deuteranopia" in p for p in problems([[0.0, "#a05000"], [1.0, "#5a7000"]]))


def test_the_walk_finds_scales_and_bare_heatmaps():
    spec = {
        "data": [
            {"type": "heatmap", "z": [[0]], "colorscale": [[0, "#ffffff"], [1, "#000000"]]},
            {"type": "heatmap", "z": [[0]]},
            {"type": "contour", "z": [[0]], "contours": {"coloring": "none"}},
            {"type": "scatter", "marker": {"color": [1, 2], "colorscale": "Viridis"}},
            {"type": "heatmap", "z": [[0]], "coloraxis": "coloraxis"},
        ],
        "layout": {"coloraxis": {"colorscale": "Cividis"}},
    }
    scales, bare = figure_scales(spec)
    assert scales == ["Cividis", [[0, "#ffffff"], [1, "#000000"]], "Viridis"]
    assert bare == ["heatmap"]
    vega = {"layer": [{"encoding": {"color": {"field": "v", "type": "quantitative"}}}, {"encoding": {}}]}
    assert vega_colour_fields(vega) == ["color: v"]
    assert (
        vega_colour_fields({"encoding": {"color": {"condition": {"value": "#000"}, "value": "#fff"}}}) == []
    )


def test_projector_mode_and_readable_labels_keep_every_scale():
    scales = [scale for found in source_scales().values() for scale in found]
    figure = {
        "data": [{"type": "heatmap", "z": [[0.0]], "colorscale": scale} for scale in scales],
        "layout": {},
    }
    for mode in (projected, readable_labels):
        assert figure_scales(mode(figure)) == figure_scales(figure)

"""Take a chart out of the app (issue 18): PNG and SVG from its toolbar, its numbers as CSV, and a notebook
that rebuilds the page's view with `from engine import ...` and plotly.

- Toolbar: Plotly's modebar has one camera button, whose format is `config.toImageButtonOptions`.
  `ui.charts.show` sets it to a PNG at twice the size named after the chart's key; `toolbar_script()` is one
  fixed script (no visitor text in it: the two button names come from the catalog) that puts an "SVG"
  button beside each camera. Its click sets the chart's `toImageButtonOptions.format` to `svg`, clicks the
  camera (which reads the options at click time, synchronously) and puts the format back. A
  MutationObserver keeps it there after reruns and after Plotly rebuilds a modebar.
- CSV: `figure_table(figure)` is the tidy table behind a figure dict: one row per point, columns `trace`,
  `x`, `y` (and `z` for heatmaps), the numbers as the builder gave them (float64, written exactly).
- Notebook: `notebook(lesson, settings, ...)` is an nbformat 4 notebook whose first markdown cell names the
  lesson and the view (its link's query, in the page's language) and whose code cells are
  `lessons.notebooks.NOTEBOOKS[lesson](settings)`.

The downloads are built only when a visitor clicks (`st.download_button` with a callable): a rerun pays
for none of them.
"""

from __future__ import annotations

import dataclasses
import json
import re
import urllib.parse
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd
import streamlit as st

from lessons.charts import Figure
from lessons.notebooks import NOTEBOOKS, Cell
from ui.i18n import CATALOG, LANGUAGES, language, t

PNG_SCALE = 2

# ---------------------------------------------------------------- toolbar: PNG and SVG


def image_options(key: str) -> dict[str, Any]:
    """Plotly's camera button: a PNG at twice the drawn size, named after the chart."""
    return {"format": "png", "scale": PNG_SCALE, "filename": file_stem(key)}


def file_stem(key: str) -> str:
    """A file name from a chart key (keys are the app's own, but keep it to safe characters anyway)."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", key) or "chart"


# The camera is found by Plotly's own title ("Download plot as a PNG", or "Download plot" for other
# formats), then marked with a class, since its title is replaced by the page's language.
_SCRIPT = """<script>
(() => {
  window.__unrolledExportNames = %(names)s;
  if (window.__unrolledExport) { window.__unrolledExport(); return; }
  const CAMERA = "button.modebar-btn[data-title^='Download plot'], button.modebar-btn.unrolled-png";
  const SVG_NS = "http://www.w3.org/2000/svg";
  const icon = () => {  // the word "SVG" as the button's picture (built node by node: see toolbar_script)
    const svg = document.createElementNS(SVG_NS, "svg");
    for (const [k, v] of [["viewBox", "0 0 28 16"], ["width", "1.75em"], ["height", "1em"],
                          ["aria-hidden", "true"], ["class", "icon"]]) svg.setAttribute(k, v);
    const text = document.createElementNS(SVG_NS, "text");
    for (const [k, v] of [["x", "1"], ["y", "12.5"], ["font-size", "11"], ["font-weight", "700"],
                          ["font-family", "sans-serif"], ["fill", "#505a68"]]) text.setAttribute(k, v);
    text.textContent = "SVG";
    svg.appendChild(text);
    return svg;
  };
  const name = (button, text) => {
    if (button.getAttribute("data-title") !== text) button.setAttribute("data-title", text);
    if (button.getAttribute("aria-label") !== text) button.setAttribute("aria-label", text);
  };
  const saveSvg = (event) => {
    event.preventDefault();
    event.stopPropagation();
    const button = event.currentTarget;
    const gd = button.closest(".js-plotly-plot");
    const camera = button.parentElement && button.parentElement.querySelector("button.unrolled-png");
    if (!gd || !gd._context || !camera) return;
    const options = gd._context.toImageButtonOptions || {};
    gd._context.toImageButtonOptions = Object.assign({}, options, {format: "svg"});
    try { camera.click(); } finally { gd._context.toImageButtonOptions = options; }
  };
  let queued = false;
  const mark = () => {
    queued = false;
    const names = window.__unrolledExportNames;
    for (const camera of document.querySelectorAll(CAMERA)) {
      if (!camera.closest(".js-plotly-plot")) continue;
      camera.classList.add("unrolled-png");
      name(camera, names.png);
      let svg = camera.parentElement.querySelector("button.unrolled-svg");
      if (!svg) {
        svg = document.createElement("button");
        svg.type = "button";
        svg.className = "modebar-btn unrolled-svg";
        svg.setAttribute("rel", "tooltip");
        svg.appendChild(icon());
        svg.addEventListener("click", saveSvg);
        camera.insertAdjacentElement("afterend", svg);
      }
      name(svg, names.svg);
    }
  };
  const queue = () => { if (!queued) { queued = true; requestAnimationFrame(mark); } };
  window.__unrolledExport = queue;
  new MutationObserver(queue).observe(document.body, {childList: true, subtree: true});
  queue();
})();
</script>"""


def toolbar_script(lang: str) -> str:
    """The script that names each chart's PNG button and adds its SVG button, in `lang`."""
    assert lang in LANGUAGES
    names = {"png": CATALOG["export.png"][lang], "svg": CATALOG["export.svg"][lang]}
    # Catalog text only, as a JS literal. Streamlit's sanitiser (DOMPurify) drops a script whose text has
    # "<" before a letter or "/", as markup would: the script holds none (the icon is built node by node).
    script = _SCRIPT % {"names": json.dumps(names).replace("<", "\\u003c")}
    assert not re.search(r"<[/\w]", script.removeprefix("<script>").removesuffix("</script>"))
    return script


def mark_toolbars() -> None:
    st.html(toolbar_script(language()), unsafe_allow_javascript=True)


# ---------------------------------------------------------------- CSV


def _values(value: Any, n: int | None = None) -> np.ndarray | None:
    if value is None:
        return None
    if isinstance(value, dict):  # a typed array ({dtype, bdata}) never reaches here: builders give NumPy
        return None
    array = np.asarray(value)
    if array.dtype.kind in "fiub":
        return array.astype(np.float64)
    return array.astype(object)


def _axis(value: Any, n: int) -> np.ndarray:
    array = _values(value)
    if array is None or array.ndim != 1 or len(array) != n:
        return np.arange(n, dtype=np.float64)
    return array


_HOVER_NAME = re.compile(r"([^\s>=]+)\s*=\s*%\{z")


def trace_name(trace: dict[str, Any], index: int) -> str:
    """A trace's name; for the app's unnamed heatmap panels, the quantity their hover text names
    ("... f = %{z:.4f}"); else `trace <index>`."""
    if trace.get("name"):
        return str(trace["name"])
    found = _HOVER_NAME.search(str(trace.get("hovertemplate", "")))
    return found.group(1) if found else f"trace {index}"


def figure_table(figure: Figure) -> pd.DataFrame:
    """One row per point of every trace: `trace` (`trace_name`), `x`, `y`, and `z` where a trace has one (a
    heatmap: one row per cell, x and y its column's and row's coordinates, indices where it has none)."""
    frames = []
    for i, trace in enumerate(figure.get("data", [])):
        name = trace_name(trace, i)
        z = _values(trace.get("z"))
        if z is not None and z.ndim == 2:
            rows, cols = z.shape
            x, y = _axis(trace.get("x"), cols), _axis(trace.get("y"), rows)
            frames.append(
                pd.DataFrame({"trace": name, "x": np.tile(x, rows), "y": np.repeat(y, cols), "z": z.ravel()})
            )
            continue
        x, y = _values(trace.get("x")), _values(trace.get("y"))
        if x is None and y is None:
            continue
        if x is None or x.ndim != 1:
            x = np.arange(len(y), dtype=np.float64)
        if y is None or y.ndim != 1:
            y = np.arange(len(x), dtype=np.float64)
        n = min(len(x), len(y))
        frame = {"trace": name, "x": x[:n], "y": y[:n]}
        if z is not None and z.ndim == 1 and len(z) >= n:
            frame["z"] = z[:n]
        frames.append(pd.DataFrame(frame))
    table = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["trace", "x", "y"])
    for column in ("x", "y", "z"):
        if column in table and table[column].dtype == object:
            numeric = pd.to_numeric(table[column], errors="coerce")
            if numeric.notna().sum() == table[column].notna().sum():
                table[column] = numeric.astype(np.float64)
    return table


def as_frame(table: Any) -> pd.DataFrame:
    """A DataFrame as is; a sequence of dataclasses (an engine report's rows) one row each."""
    if isinstance(table, pd.DataFrame):
        return table
    return pd.DataFrame([dataclasses.asdict(row) for row in table])


def csv_bytes(table: Any) -> bytes:
    """UTF-8 CSV; floats written with Python's shortest round-trip text, so they read back exactly."""
    return as_frame(table).to_csv(index=False).encode("utf-8")


# ---------------------------------------------------------------- notebook


def _cell(kind: str, source: str, index: int) -> dict[str, Any]:
    cell: dict[str, Any] = {"cell_type": kind, "id": f"cell-{index}", "metadata": {}, "source": source}
    if kind == "code":
        cell.update(outputs=[], execution_count=None)
    return cell


def lesson_of(settings: Any) -> str:
    """The lesson a settings dataclass belongs to: its module `lessons.<key>`."""
    return type(settings).__module__.rsplit(".", 1)[-1]


def view_link(lesson: str, query: Mapping[str, str]) -> str:
    """The view's path and query, percent-encoded (so it holds no markdown a visitor could have typed)."""
    text = urllib.parse.urlencode(dict(query), quote_via=urllib.parse.quote)
    return f"/{lesson}" + (f"?{text}" if text else "")


def notebook(lesson: str, settings: Any, lang: str, query: Mapping[str, str]) -> dict[str, Any]:
    """An nbformat 4 notebook that rebuilds the view `settings` of `lesson`, its first cell in `lang`."""
    assert lang in LANGUAGES
    title = CATALOG[f"{lesson}.nav"][lang]
    intro = CATALOG["export.notebook_intro"][lang].format(lesson=title)
    cells: list[Cell] = [("markdown", f"# {title}\n\n{intro}\n\n```text\n{view_link(lesson, query)}\n```")]
    cells += NOTEBOOKS[lesson](settings)
    return {
        "cells": [_cell(kind, source, i) for i, (kind, source) in enumerate(cells)],
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def notebook_bytes(lesson: str, settings: Any, lang: str, query: Mapping[str, str]) -> bytes:
    return (json.dumps(notebook(lesson, settings, lang, query), ensure_ascii=False, indent=1) + "\n").encode()


# ---------------------------------------------------------------- the buttons under a chart


def buttons(
    where: Any,
    key: str,
    table: Callable[[], Any] | None,
    settings: Any = None,
) -> None:
    """A CSV button (the numbers `table()` returns: a DataFrame, or a sequence of dataclasses) and, given
    the page's settings, a notebook button.

    Both build their file only when clicked (on Streamlit's thread for downloads), so they capture now
    what they need from this run: the language and the URL's query.
    """
    row = where.container(horizontal=True, gap="small")
    stem = file_stem(key)
    if table is not None:
        row.download_button(
            t("export.csv"),
            data=lambda: csv_bytes(table()),
            file_name=f"{stem}.csv",
            mime="text/csv",
            on_click="ignore",
            type="tertiary",
            icon=":material/table_view:",
            key=f"{key}:csv",
            help=t("export.csv_help"),
        )
    if settings is not None:
        lesson = lesson_of(settings)
        if lesson in NOTEBOOKS:
            lang, query = language(), st.query_params.to_dict()
            row.download_button(
                t("export.notebook"),
                data=lambda: notebook_bytes(lesson, settings, lang, query),
                file_name=f"{lesson}.ipynb",
                mime="application/x-ipynb+json",
                on_click="ignore",
                type="tertiary",
                icon=":material/code:",
                key=f"{key}:ipynb",
                help=t("export.notebook_help"),
            )


def picture_buttons(where: Any, key: str, spec: dict[str, Any]) -> None:
    """PNG (twice the size) and SVG of a Vega-Lite chart (`st.altair_chart`), drawn on the server by
    vl-convert when clicked. Streamlit 1.67 keeps vega-embed's own export menu off (of a spec's
    `embedOptions` it passes only theme, renderer and padding), so these buttons stand in for it."""
    row = where.container(horizontal=True, gap="small")
    stem = file_stem(key)
    for kind, icon, mime in (
        ("png", ":material/image:", "image/png"),
        ("svg", ":material/draw:", "image/svg+xml"),
    ):
        row.download_button(
            kind.upper(),
            data=lambda kind=kind: vega_picture(spec, kind),
            file_name=f"{stem}.{kind}",
            mime=mime,
            on_click="ignore",
            type="tertiary",
            icon=icon,
            key=f"{key}:{kind}",
            help=t(f"export.{kind}"),
        )


def vega_picture(spec: dict[str, Any], kind: str) -> bytes:
    """The chart of a Vega-Lite `spec` as PNG (scale 2) or SVG bytes."""
    import vl_convert  # a Deno runtime inside: loaded only when a visitor asks for a picture

    if kind == "png":
        return vl_convert.vegalite_to_png(spec, scale=2)
    return vl_convert.vegalite_to_svg(spec).encode()

"""Export in Chromium (issue 18): a chart's toolbar saves a PNG (twice the drawn size) and an SVG, named in
the page's language; the CSV button downloads the chart's numbers; the notebook button downloads a
notebook that runs in a real kernel and computes the page's numbers."""

from __future__ import annotations

import io
import json
import struct

import numpy as np
import pandas as pd
import pytest

from lessons import gradients as G
from lessons import unroll as U
from tests.e2e.test_pages import assert_no_exception, open_page
from tests.test_notebooks import python3_kernel, reference, run_notebook
from ui.i18n import CATALOG

LECTURE = "/unroll?mode=scalar&x=0.7,0.9,1.1&U=0.2&W=0.3&b=-0.1&h0=0&act=tanh&step=1"
GRADIENTS = "/gradients?part=weight&w=0.9&T=25&h0=-0.3&log=true"


def toolbar(page, lang: str):
    """The first chart with a toolbar: hovered (Plotly shows the modebar on hover), its two buttons."""
    svg = page.locator("button.unrolled-svg").first
    svg.wait_for(state="attached", timeout=20_000)
    plot = page.locator(".js-plotly-plot").filter(has=page.locator("button.unrolled-svg")).first
    plot.scroll_into_view_if_needed()
    plot.hover()
    png = plot.locator("button.unrolled-png")
    assert png.get_attribute("aria-label") == CATALOG["export.png"][lang]
    assert plot.locator("button.unrolled-svg").get_attribute("aria-label") == CATALOG["export.svg"][lang]
    assert plot.locator("button.unrolled-svg").get_attribute("data-title") == CATALOG["export.svg"][lang]
    return plot, png, plot.locator("button.unrolled-svg")


def download(page, button):
    with page.expect_download(timeout=30_000) as info:
        button.click()
    d = info.value
    return d.suggested_filename, open(d.path(), "rb").read()


@pytest.mark.parametrize(("lang", "locale"), [("en", "en-US"), ("es", "es-AR")])
def test_the_toolbar_saves_png_and_svg(page_in, base_url, lang, locale):
    page = open_page(page_in(locale, height=1400), base_url, LECTURE)
    assert_no_exception(page)
    plot, png, svg = toolbar(page, lang)
    name, data = download(page, png)
    assert name == "unroll_series.png" and data[:8] == b"\x89PNG\r\n\x1a\n"
    width = struct.unpack(">I", data[16:20])[0]  # the IHDR chunk: twice the drawn width
    drawn = plot.locator(".main-svg").first.bounding_box()["width"]
    assert abs(width - 2 * drawn) <= 4, (width, drawn)
    plot.hover()
    name, data = download(page, svg)
    assert name == "unroll_series.svg" and b"<svg" in data[:400]
    assert b"h_t" in data  # the legend, drawn as text
    plot.hover()  # the camera is back to PNG after the SVG
    name, data = download(page, png)
    assert name == "unroll_series.png" and data[:4] == b"\x89PNG"
    assert_no_exception(page)


def test_the_svg_button_survives_a_rerun(page_in, base_url):
    page = open_page(page_in("en-US", height=1400), base_url, LECTURE)
    page.get_by_role("button", name="Next").click()
    page.wait_for_timeout(1500)
    _, _, svg = toolbar(page, "en")
    assert page.locator("button.unrolled-svg").count() == page.locator("button.unrolled-png").count() >= 1
    name, data = download(page, svg)
    assert name == "unroll_series.svg" and b"<svg" in data[:400]


def test_the_csv_holds_the_charts_numbers_exactly(page_in, base_url):
    page = open_page(page_in("en-US", height=1400), base_url, LECTURE)
    name, data = download(page, page.get_by_role("button", name=CATALOG["export.csv"]["en"]).first)
    assert name == "unroll_series.csv"
    table = pd.read_csv(io.BytesIO(data), float_precision="round_trip")
    assert list(table.columns[:3]) == ["trace", "x", "y"]
    s, _ = U.SCHEMA.parse({"mode": "scalar", "x": "0.7,0.9,1.1", "U": "0.2", "W": "0.3", "b": "-0.1"})
    h = U.compute(s).h[:, 0]
    got = table[table.trace == "h_t"]
    np.testing.assert_array_equal(got.x.to_numpy(), [0, 1, 2])
    np.testing.assert_array_equal(got.y.to_numpy(), h)  # exact: 0.039978680311..., not 0.0400


def test_the_notebook_runs_and_computes_the_pages_numbers(page_in, base_url, tmp_path):
    page = open_page(page_in("es-AR", height=1400), base_url, GRADIENTS)
    assert_no_exception(page)
    name, data = download(page, page.get_by_role("button", name=CATALOG["export.notebook"]["es"]).first)
    assert name == "gradients.ipynb"
    nb = json.loads(data)
    first = "".join(nb["cells"][0]["source"])
    assert CATALOG["gradients.nav"]["es"] in first and "w=0.9" in first and "T=25" in first
    with python3_kernel() as km:
        ran = run_notebook(nb, tmp_path / "out.pkl", km)
    s, _ = G.SCHEMA.parse({"part": "weight", "w": "0.9", "T": "25", "h0": "-0.3"})
    for key, values in reference("gradients", s).items():
        np.testing.assert_array_equal(np.asarray(ran["numbers"][key], dtype=float), values, err_msg=key)

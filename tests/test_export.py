"""Export (issue 18): the table behind a chart (its numbers exactly), the CSV, the notebook file, the
toolbar script, and the buttons on a page under AppTest."""

from __future__ import annotations

import io
import json

import nbformat
import numpy as np
import pandas as pd

from engine import load_pretrained
from lessons import gates as GA
from lessons import memory as M
from lessons import shapes as S
from lessons import unroll as U
from tests.apptest import assert_clean, open_app
from ui.export import as_frame, csv_bytes, figure_table, image_options, notebook_bytes, toolbar_script
from ui.i18n import CATALOG


class Labels(dict):
    """A builder's labels: each one its own key (the words do not matter here)."""

    def __missing__(self, key):
        return key


LECTURE, _ = U.SCHEMA.parse({"mode": "scalar"})


def test_a_line_charts_table_is_its_points_exactly():
    r = U.compute(LECTURE)
    table = figure_table(U.series_figure(r, 1, Labels()))
    assert list(table.columns) == ["trace", "x", "y"]
    h = table[table.trace == "h_t"]
    assert h.y.dtype == np.float64
    np.testing.assert_array_equal(h.x.to_numpy(), [0.0, 1.0, 2.0])
    np.testing.assert_array_equal(h.y.to_numpy(), r.h[:, 0])  # 0.0399786803..., not the 4 decimals shown
    np.testing.assert_array_equal(table[table.trace == "x_t"].y.to_numpy(), LECTURE.x)


def test_a_heatmaps_table_has_a_row_per_cell_named_from_its_hover():
    s, _ = U.SCHEMA.parse({"mode": "layer", "H": "5", "T": "7", "seed": "2"})
    r = U.compute(s)
    table = figure_table(U.states_heatmap(r, Labels()))
    assert len(table) == 5 * 7 and set(table.trace) == {"h"}
    for row in table.sample(10, random_state=0).itertuples():
        assert row.z == r.h[int(row.x), int(row.y)]  # x is the step, y the unit


def test_stacked_heatmap_panels_are_named_by_what_they_show():
    model = load_pretrained(GA.DEFAULT_MODEL)
    reading = GA.read(model, GA.DEFAULT_TEXT)
    table = figure_table(GA.heatmaps_figure(reading, 0, 0, None, Labels()))
    assert list(dict.fromkeys(table.trace)) == list(reading.names)
    T, H = reading.values["h"].shape
    assert len(table) == len(reading.names) * T * H


def test_the_csv_reads_back_exactly():
    h = M.hand_read(M.SCHEMA.parse({"scale": "3"})[0])
    table = figure_table(M.scale_figure(h, Labels()))
    back = pd.read_csv(io.BytesIO(csv_bytes(table)), float_precision="round_trip")
    pd.testing.assert_frame_equal(back, table, check_exact=True)
    np.testing.assert_array_equal(back[back.trace == "c1"].y.to_numpy(), np.round(h.by_scale[:, 0], 4))


def test_text_on_an_axis_stays_text_and_rows_as_dataclasses_become_a_table():
    table = figure_table({"data": [{"type": "bar", "x": np.array(["a", "b"]), "y": np.array([1, 2])}]})
    assert table.x.tolist() == ["a", "b"] and table.y.tolist() == [1.0, 2.0]
    assert table.trace.tolist() == ["trace 0", "trace 0"]
    report = S.compute(S.SCHEMA.parse({"cell": "lstm", "input_size": "5", "hidden_size": "7"})[0])
    frame = as_frame(report.parameters)
    assert frame["count"].sum() == report.total and "weight_ih_l0" in frame["name"].tolist()


def test_the_notebook_file_is_valid_nbformat_4():
    nb = json.loads(notebook_bytes("unroll", LECTURE, "en", {"mode": "scalar", "step": "1"}))
    nbformat.validate(nbformat.from_dict(nb))
    assert nb["nbformat"] == 4 and nb["metadata"]["kernelspec"]["name"] == "python3"
    assert "/unroll?mode=scalar&step=1" in nb["cells"][0]["source"]
    assert "from engine import unroll_rnn" in "".join(c["source"] for c in nb["cells"])


def test_the_toolbar_script_names_its_buttons_in_each_language():
    for lang in ("es", "en"):
        script = toolbar_script(lang)
        assert json.dumps(CATALOG["export.svg"][lang]) in script
        assert json.dumps(CATALOG["export.png"][lang]) in script
    assert image_options("unroll_series") == {"format": "png", "scale": 2, "filename": "unroll_series"}
    assert image_options("a b/c")["filename"] == "a_b_c"


def test_the_page_draws_the_buttons_and_the_toolbar_options():
    at = open_app("pages/memory.py", {})
    assert_clean(at)
    buttons = {b.proto.label: b for b in at.get("download_button")}
    assert set(buttons) == {CATALOG["export.csv"]["en"], CATALOG["export.notebook"]["en"]}
    at = open_app("pages/unroll.py", {"mode": "scalar"})
    assert_clean(at)
    configs = [json.loads(chart.proto.config) for chart in at.get("plotly_chart")]
    assert {"format": "png", "scale": 2, "filename": "unroll_series"} in [
        c.get("toImageButtonOptions") for c in configs
    ]


def test_every_lesson_has_a_notebook_and_a_second_view_under_test():
    from lessons.notebooks import NOTEBOOKS
    from tests.test_notebooks import OTHER_VIEWS
    from ui.lessons import LESSONS

    assert set(NOTEBOOKS) == set(OTHER_VIEWS) == {lesson.key for lesson in LESSONS}


def test_the_altair_picture_downloads_as_png_and_svg():
    from lessons import convolutions as C
    from ui.export import vega_picture

    settings, _ = C.SCHEMA.parse({})
    labels = {"inputs": "inputs", "time": "t", "output": "output", "layer": "layer {n} (d = {d})"}
    spec = C.field_spec(C.compute_field(settings), labels)
    png, svg = vega_picture(spec, "png"), vega_picture(spec, "svg")
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and svg.lstrip().startswith(b"<svg")
    assert b"layer 1 (d = 1)" in svg  # the picture's own rows, drawn as text
    at = open_app("pages/convolutions.py", {})
    assert_clean(at)
    keys = {b.proto.id for b in at.get("download_button")}
    assert any("convolutions_field:png" in k for k in keys) and any(
        "convolutions_field:svg" in k for k in keys
    )

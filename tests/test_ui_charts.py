"""The figures' numbers go to the browser as Plotly typed arrays: the same numbers, in fewer bytes."""

import base64

import numpy as np
import plotly.io as pio

from ui.charts import FLOAT32_FROM, _Checked, compact, typed_array


def decode(spec: dict) -> np.ndarray:
    values = np.frombuffer(base64.b64decode(spec["bdata"]), dtype=np.dtype(spec["dtype"]).newbyteorder("<"))
    return values.reshape([int(n) for n in spec["shape"].split(",")]) if "shape" in spec else values


def test_small_float_arrays_stay_exact():
    values = np.array([0.04, 0.0917, 0.1465, -1e-300, np.nan])
    spec = typed_array(values)
    assert spec["dtype"] == "f8"
    np.testing.assert_array_equal(decode(spec), values)


def test_large_arrays_go_as_float32_with_their_shape():
    values = np.random.default_rng(0).normal(size=(64, 200))
    assert values.size >= FLOAT32_FROM
    spec = typed_array(values)
    assert (spec["dtype"], spec["shape"]) == ("f4", "64,200")
    np.testing.assert_allclose(decode(spec), values, rtol=1e-7, atol=0)


def test_integers_go_as_int32_where_they_fit_else_as_float64():
    assert typed_array(np.arange(5))["dtype"] == "i4"
    np.testing.assert_array_equal(decode(typed_array(np.arange(5))), np.arange(5))
    big = np.array([0, 60_000_000_000])
    assert typed_array(big)["dtype"] == "f8"
    np.testing.assert_array_equal(decode(typed_array(big)), big)


def test_text_and_other_kinds_are_left_alone():
    words = np.array(["a", "b"])
    assert typed_array(words) is words
    trace = {"type": "heatmap", "z": np.zeros((2, 2)), "text": np.array([[1.0, 2.0]]), "x": [0, 1]}
    out = compact(trace)
    assert out["z"]["dtype"] == "f8" and out["text"] is trace["text"] and out["x"] == [0, 1]


def test_a_heatmap_of_64_units_by_200_steps_sends_under_two_fifths_of_the_bytes():
    z = np.random.default_rng(1).normal(size=(64, 200))
    figure = {"data": [{"type": "heatmap", "z": z}], "layout": {}}
    as_text = len(pio.to_json(figure, validate=False))
    as_typed = len(pio.to_json(_Checked(figure), validate=False))
    assert as_typed < 0.4 * as_text

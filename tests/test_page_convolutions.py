"""The "Convolutions over time" page under AppTest: the count against the engine, the picture's spec, the
URL, bad input, the forecasts against the shipped models."""

import json

import pytest

from engine import receptive_field
from tests.apptest import assert_clean, latex, open_app, query, texts, warnings

PAGE = "pages/convolutions.py"
GERON = {"kernel_size": "2", "mode": "doubling", "layers": "4", "blocks": "2", "padding": "causal"}


def metric(at, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def field_spec(at) -> dict:
    (chart,) = at.get("vega_lite_chart")
    return json.loads(chart.proto.spec)


def test_default_page_draws_the_cone_and_mirrors_the_url():
    at = open_app(PAGE)
    assert_clean(at)
    assert metric(at, "Receptive field") == "16 inputs"
    assert query(at) == {
        "kernel_size": "2",
        "mode": "doubling",
        "layers": "4",
        "blocks": "1",
        "padding": "causal",
        "series": "0",
        "model": "forecast1-deeprnn",
    }
    spec = field_spec(at)
    assert [p["name"] for p in spec["params"]] == ["out", "rows"]
    assert len(spec["layer"]) == 6 and spec["height"] == 60 + 46 * 5
    assert "Output 31 depends on 16 inputs, from 16 to 31" in texts(at)
    assert len(at.get("plotly_chart")) == 3
    assert "0.0202" in texts(at)  # Géron's naive error beside ours


def test_the_lecture_wavenet_link():
    at = open_app(PAGE, {"kernel_size": "2", "mode": "doubling", "layers": "10", "blocks": "3"})
    assert_clean(at)
    assert metric(at, "Receptive field") == "3\u202f070 inputs"
    assert r"= 3\,070" in latex(at) and r"3 \cdot (2-1)" in latex(at)
    assert "kernel of 1 024" in at.success[0].value
    assert not at.get("vega_lite_chart")  # 30 layers: said, not drawn
    assert "up to 8 layers" in texts(at)
    assert "3\u202f069 layers instead of 30" in texts(at)


def test_controls_change_the_count_and_the_url():
    at = open_app(PAGE, GERON)
    assert_clean(at)
    assert metric(at, "Receptive field") == "31 inputs"
    at.number_input(key="convolutions:kernel_size").set_value(3).run()
    assert_clean(at)
    assert metric(at, "Receptive field") == f"{receptive_field(3, (1, 2, 4, 8) * 2)} inputs"
    assert query(at)["kernel_size"] == "3"
    at.button_group(key="convolutions:mode").set_value("typed").run()
    at.text_input(key="convolutions:dilations").set_value("1, 3, 9").run()
    assert_clean(at)
    assert query(at)["dilations"] == "1,3,9" and "layers" not in query(at)
    assert metric(at, "Receptive field") == f"{receptive_field(3, (1, 3, 9) * 2)} inputs"
    at.button_group(key="convolutions:padding").set_value("same").run()
    assert "come after the output" in texts(at)


@pytest.mark.parametrize(
    ("params", "said", "used"),
    [
        ({"kernel_size": "40"}, "outside the allowed range", "8"),
        ({"blocks": "9"}, "outside the allowed range", "4"),
        ({"mode": "typed", "dilations": "1, two, 4"}, "left out", "1,4"),
        ({"mode": "typed", "dilations": "1, 99999"}, "outside the allowed range", "1,1024"),
        ({"model": "<b>gpt</b>"}, "not one of the options", "forecast1-deeprnn"),
        ({"series": "5000"}, "outside the allowed range", "999"),
    ],
)
def test_bad_values_in_the_url_get_a_message_and_a_working_page(params, said, used):
    at = open_app(PAGE, {**GERON, **params})
    assert_clean(at)
    assert said in warnings(at)
    key = next(iter(params.keys() - {"mode"}))
    assert query(at)[key] == used
    assert "<b>" not in warnings(at).replace("`<b>gpt</b>`", "")


def test_spanish():
    at = open_app(PAGE, GERON, locale="es-AR")
    assert_clean(at)
    assert metric(at, "Campo receptivo") == "31 entradas"
    assert "La salida 31 depende de 31 entradas" in texts(at)


def test_training_a_forecaster_live():
    at = open_app(PAGE, GERON)
    at.session_state["convolutions:train_panel"] = True  # the expander draws its content only when open
    at.run()
    at.button_group(key="convolutions:train_kind").set_value("linear")
    at.slider(key="convolutions:train_steps").set_value(50).run()
    at.button(key="convolutions:train").click().run()
    assert_clean(at)
    done = "\n".join(s.value for s in at.success)
    assert done.startswith("Linear trained: 50 steps in")
    mse = float(done.split("Validation error ")[1].split(" ")[0])
    assert 0 < mse < 1
    assert "the naive one: 0.0202" in done

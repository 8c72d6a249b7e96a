"""The "Unroll an RNN" page under AppTest: values shown, URL handling, bad input."""

import pytest

from tests.apptest import assert_clean, latex, open_app, query, texts, warnings

PAGE = "pages/unroll.py"
LECTURE_LINK = {
    "mode": "scalar",
    "x": "0.7,0.9,1.1",
    "U": "0.2",
    "W": "0.3",
    "b": "-0.1",
    "h0": "0",
    "act": "tanh",
    "step": "2",
}


def test_the_lecture_link_shows_the_hand_worked_numbers():
    at = open_app(PAGE, LECTURE_LINK)
    assert_clean(at)
    assert r"h_{2} = \tanh(0.2 \cdot 1.1 + 0.3 \cdot 0.0917 + (-0.1)) = \tanh(0.1475) = 0.1465" in latex(at)
    table = at.dataframe[0].value
    assert [round(v, 4) for v in table["h_t"]] == [0.04, 0.0917, 0.1465]
    assert [round(v, 4) for v in table["h_{t-1}"]] == [0.0, 0.04, 0.0917]
    assert "0.0399 and 0.1464" in texts(at)  # the notes' truncated digits, explained
    assert query(at) == LECTURE_LINK
    assert at.metric[0].value == "0"  # our numbers and torch.nn.RNN's, exactly equal in float64


def test_the_issue_example_equation_for_step_one():
    at = open_app(PAGE, {**LECTURE_LINK, "step": "1"})
    assert r"h_{1} = \tanh(0.2 \cdot 0.9 + 0.3 \cdot 0.0400 + (-0.1))" in latex(at)
    assert latex(at).endswith("= 0.0917\n$$")


def test_no_query_opens_the_lecture_example_and_writes_it_to_the_url():
    at = open_app(PAGE, {})
    assert_clean(at)
    assert query(at) == {**LECTURE_LINK, "step": "0"}
    assert r"h_{0} = \tanh(0.2 \cdot 0.7 + 0.3 \cdot 0 + (-0.1))" in latex(at)


def test_step_controls_move_through_time_and_the_url_follows():
    at = open_app(PAGE, {})
    at.slider(key="unroll:step").set_value(1).run()
    assert "h_{1} =" in latex(at) and query(at)["step"] == "1"
    next_button = next(b for b in at.button if b.label == "Next")
    next_button.click().run()
    assert "h_{2} =" in latex(at) and query(at)["step"] == "2"
    next(b for b in at.button if b.label == "Next").click().run()  # already the last step
    assert query(at)["step"] == "2"
    next(b for b in at.button if b.label == "Back").click().run()
    assert query(at)["step"] == "1"


def test_play_turns_into_pause():
    at = open_app(PAGE, {})
    next(b for b in at.button if b.label == "Play").click().run()
    assert_clean(at)
    assert at.session_state["unroll:playing"] is True
    assert any(b.label == "Pause" for b in at.button)


def test_changing_a_weight_recomputes_and_updates_the_url():
    at = open_app(PAGE, LECTURE_LINK)
    at.number_input(key="unroll:W").set_value(0.5).run()
    assert_clean(at)
    assert query(at)["W"] == "0.5"
    assert r"0.5 \cdot 0.0917" not in latex(at)  # h_1 changed too
    assert r"0.5 \cdot" in latex(at)


def test_inputs_typed_with_spanish_decimal_commas():
    at = open_app(PAGE, {}, locale="es-AR")
    at.text_input(key="unroll:x").input("0,5; 1,5").run()
    assert_clean(at)
    assert query(at)["x"] == "0.5,1.5"
    assert not at.warning


def test_a_preset_sets_every_value():
    at = open_app(PAGE, {})
    at.get("button_group")  # presets are pills
    pills = next(el for el in at.get("button_group") if el.key == "unroll:preset")
    pills.set_value("memory").run()
    assert_clean(at)
    q = query(at)
    assert q["W"] == "0.95" and q["x"].startswith("1,0,0") and len(q["x"].split(",")) == 20


@pytest.mark.parametrize(
    ("params", "said"),
    [
        ({"x": "abc"}, "is empty"),
        ({"x": "0.7,nan,inf,1.1"}, "left out 2"),
        ({"x": ",".join(["1"] * 501)}, "the most is 500"),
        ({"mode": "banana"}, "not one of the options"),
        ({"act": "sigmoid"}, "not one of the options"),
        ({"U": "1e308"}, "outside the allowed range"),
        ({"W": "NaN"}, "not a finite number"),
        ({"b": "zero"}, "is not a number"),
        ({"step": "99"}, "outside the allowed range"),
    ],
)
def test_bad_values_in_the_url_get_a_message_and_a_working_page(params, said):
    at = open_app(PAGE, {**LECTURE_LINK, **params})
    assert_clean(at)
    assert said in warnings(at)
    assert at.latex and at.dataframe  # the page goes on working
    for key, value in query(at).items():  # the URL now holds what is used
        assert value != params.get(key)


def test_a_bad_typed_list_says_what_was_used_instead():
    at = open_app(PAGE, {})
    at.text_input(key="unroll:x").input("hello").run()
    assert_clean(at)
    assert "`0.7, 0.9, 1.1`" in warnings(at) or "`0.7,0.9,1.1`" in warnings(at)
    assert len(at.dataframe[0].value) == 3


def test_what_a_visitor_types_is_never_markdown_or_html():
    at = open_app(PAGE, {**LECTURE_LINK, "x": "<img src=x onerror=alert(1)>", "act": "**bold**"})
    assert_clean(at)
    message = warnings(at)
    assert "`<img, src=x, onerror=alert(1)>`" in message  # split into items, each left out, as code
    assert "`**bold**`" in message


def test_values_past_float64_are_shown_as_overflow():
    at = open_app(
        PAGE,
        {
            "mode": "scalar",
            "x": ",".join(["1"] * 500),
            "U": "1",
            "W": "10",
            "b": "0",
            "act": "relu",
            "step": "400",
        },
    )
    assert_clean(at)
    assert "float64" in warnings(at)
    assert "What explodes here is the states, in the forward pass, not a gradient" in warnings(at)
    assert r"\text{overflow}" in latex(at)
    at = open_app(PAGE, dict(at.query_params), locale="es-AR")  # the states, in Spanish too: no gradient
    assert "Lo que explota aquí son los estados, en la pasada hacia adelante, no un gradiente" in warnings(at)


def test_a_layer_from_the_url():
    link = {
        "mode": "layer",
        "I": "3",
        "H": "32",
        "T": "50",
        "seed": "7",
        "init": "gaussian",
        "scale": "1.2",
        "signal": "noise",
        "act": "relu",
        "output": "true",
        "O": "2",
        "units": "0,5",
        "step": "10",
    }
    at = open_app(PAGE, link)
    assert_clean(at)
    assert query(at) == link
    assert "h_{10,0}" in latex(at)
    assert float(at.metric[0].value) < 1e-12  # against torch.nn.RNN
    assert len(at.get("plotly_chart")) >= 4  # bars, heatmap, units, output, weights


def test_bad_layer_values_are_bounded():
    at = open_app(PAGE, {"mode": "layer", "H": "1000", "T": "100000000", "units": "0,99", "seed": "-5"})
    assert_clean(at)
    q = query(at)
    assert (q["H"], q["T"], q["units"], q["seed"]) == ("64", "200", "0,63", "0")
    assert "outside the allowed range" in warnings(at)
    at = open_app(PAGE, {"mode": "layer", "H": "8", "units": "0,20"})
    assert query(at)["units"] == "0"
    assert "left out 1" in warnings(at)


def test_switching_mode_keeps_each_modes_settings():
    at = open_app(PAGE, {**LECTURE_LINK, "W": "0.7"})
    at.button_group(key="unroll:mode").set_value("layer").run()
    assert_clean(at)
    assert query(at)["mode"] == "layer" and "W" not in query(at)
    at.button_group(key="unroll:mode").set_value("scalar").run()
    assert query(at)["W"] == "0.7"


def test_the_page_in_spanish():
    at = open_app(PAGE, LECTURE_LINK, locale="es-ES")
    assert_clean(at)
    assert at.title[0].value == "Desenrollar una RNN"
    assert "Igual que PyTorch" in texts(at)

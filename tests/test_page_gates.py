"""The "Inside LSTM and GRU" page under AppTest: what it shows, the URL, bad input, training a model."""

from contextlib import contextmanager

import pytest

from engine import make_task
from tests.apptest import assert_clean, latex, open_app, query, texts, warnings

PAGE = "pages/gates.py"
DEFAULT = {"model": "lstm-depth", "text": "if(a(b)c(d(e)))f", "unit": "10", "step": "0"}
REMEMBER_EXAMPLE = make_task("remember").showcase[0]
GRU_LINK = {"model": "gru-depth", "text": "f(g(h(x)))y(z)", "unit": "3", "step": "5"}


def captions(at) -> str:
    return "\n".join(c.value for c in at.caption)


def charts(at) -> list[str]:
    return [chart.proto.spec for chart in at.get("plotly_chart")]


def open_panel(at, key: str):
    at.session_state[key] = True  # an expander that draws its content only when open
    return at.run()


def test_the_default_view_reads_the_example_and_highlights_the_depth_unit():
    at = open_app(PAGE, {})
    assert_clean(at)
    assert query(at) == DEFAULT
    assert "**16 of 16** right" in captions(at)  # the prediction under every character
    prose = texts(at)
    assert "**unit 10**" in prose and "**r = +0.974**" in prose  # lstm-depth's c unit 10
    assert at.selectbox(key="gates:unit").value == 10
    assert "r($c$) = +0.974, r($h$) = +0.687 over the 200 example texts; on this text, r($c$) = +0.789" in (
        captions(at)
    )
    assert latex(at).startswith("$$\n" + r"\begin{aligned}i_{0,10} &= \sigma")
    assert r"h_{0,10} &= o_{0,10} \tanh(c_{0,10})" in latex(at)
    assert len(charts(at)) == 4  # answers, heatmaps, one unit's lines, every unit's r
    assert '"ticktext":["i","f","(","a","(","b",")"' in charts(at)[1].replace(" ", "")


def test_the_url_drives_model_text_unit_and_step():
    at = open_app(PAGE, GRU_LINK)
    assert_clean(at)
    assert query(at) == GRU_LINK
    assert not at.warning
    assert r"r_{5,3} &= \sigma" in latex(at) and r"n_{5,3} &= \tanh" in latex(at)
    assert "Chosen unit, 3: r($h$)" in captions(at)
    assert at.button_group(key="gates:model").value == "gru-depth"
    assert "**14 of 14** right" in captions(at)


def test_the_widgets_change_unit_and_step_and_the_url_follows():
    at = open_app(PAGE, GRU_LINK)
    at.selectbox(key="gates:unit").set_value(7).run()
    assert query(at)["unit"] == "7" and r"r_{5,7}" in latex(at)
    at.button(key="gates:next").click().run()
    assert query(at)["step"] == "6" and r"r_{6,7}" in latex(at)
    at.select_slider(key="gates:step").set_value(13).run()
    assert query(at)["step"] == "13"
    assert at.button(key="gates:next").disabled  # already the last character
    at.button(key="gates:prev").click().run()
    assert query(at)["step"] == "12"
    assert_clean(at)


def test_another_model_brings_its_own_unit_and_a_text_it_can_read():
    at = open_app(PAGE, {**DEFAULT, "step": "12"})
    at.button_group(key="gates:model").set_value("lstm-remember").run()
    assert_clean(at)
    q = query(at)
    assert q["model"] == "lstm-remember" and q["text"] == REMEMBER_EXAMPLE
    assert q["unit"] == "10"  # its forget-gate unit
    assert "r = −0.90" in texts(at) and "$f$" in texts(at)
    assert q["step"] == "12" and not at.warning  # nothing to complain about: the page chose
    at.button_group(key="gates:model").set_value("gru-depth").run()
    assert query(at)["text"] == "if(a(b)c(d(e)))f" and query(at)["unit"] == "11"


def test_a_text_without_brackets_has_no_r_and_says_why():
    at = open_app(PAGE, {"text": "abc"})
    assert_clean(at)
    assert "on this text, “depth” does not change, so there is no r." in captions(at)


def test_typing_a_text_and_taking_an_example():
    at = open_app(PAGE, {**DEFAULT, "step": "15"})
    at.text_input(key="gates:text").input("((x))").run()
    assert_clean(at)
    assert query(at)["text"] == "((x))" and query(at)["step"] == "4"
    assert "**5 of 5** right" in captions(at)
    at.button_group(key="gates:example").set_value("((((((((x))))))))").run()
    assert query(at)["text"] == "((((((((x))))))))"


@pytest.mark.parametrize(
    ("params", "said", "used"),
    [
        ({"model": "banana"}, "`banana` is not one of the options", {"model": "lstm-depth"}),
        ({"text": "f(<b>x</b>)"}, "it cannot read `<`, `>`, `/`", {"text": "f(bxb)"}),
        ({"text": "Hola Mundo"}, "it cannot read `H`, the space, `M`", {"text": "holamundo"}),
        ({"text": ""}, "The text is empty", {"text": "if(a(b)c(d(e)))f"}),
        (
            {"text": "(" * 500},
            "The text has 500 characters and the model reads at most 60",
            {"text": "(" * 60},
        ),
        ({"unit": "999"}, "`999` is outside the allowed range, 0 to 15; using `15`", {"unit": "15"}),
        ({"step": "-1"}, "`-1` is outside the allowed range, 0 to 59; using `0`", {"step": "0"}),
        ({"step": "500"}, "`500` is outside the allowed range, 0 to 15; using `15`", {"step": "15"}),
        ({"unit": "abc"}, "`abc` is not a number; using `10`", {"unit": "10"}),
        ({"model": "mine"}, "you have not trained one yet; using `lstm-depth`", {"model": "lstm-depth"}),
    ],
)
def test_bad_values_in_the_url_get_a_message_and_a_working_page(params, said, used):
    at = open_app(PAGE, {**DEFAULT, **params})
    assert_clean(at)
    assert said in warnings(at)
    assert len(charts(at)) == 4 and at.latex  # the page goes on working
    assert query(at) == {**DEFAULT, **used}  # the URL holds what is used


def test_a_long_unreadable_text_can_be_put_right_in_one_click():
    at = open_app(PAGE, {**DEFAULT, "text": "Función(X) "})
    assert "Using `funcion(x)`" in warnings(at)
    at.button(key="gates:use_readable").click().run()
    assert_clean(at)
    assert at.text_input(key="gates:text").value == "funcion(x)" and not at.warning


def test_what_a_visitor_types_is_never_markdown_or_html():
    at = open_app(PAGE, {**DEFAULT, "text": "**<img src=x>**", "model": "<script>"})
    assert_clean(at)
    message = warnings(at)
    assert "`<script>`" in message and "`*`, `<`, the space, `=`, `>`" in message
    assert "<img" not in message.replace("`<`", "")


def test_depths_the_model_never_saw_are_pointed_out():
    at = open_app(PAGE, {**DEFAULT, "text": "a))" + "(" * 12})
    assert_clean(at)
    notes = "\n".join(i.value for i in at.info)
    assert "Steps 1–3: the depth is below 0" in notes  # a, ), ) then back up from -2
    assert "Steps 13–14: the nesting goes deeper than 8" in notes


def test_the_conventions_put_pytorchs_gru_beside_the_lectures():
    at = open_panel(open_app(PAGE, GRU_LINK), "gates:conventions")
    assert_clean(at)
    shown = latex(at)
    assert r"n_t &= \tanh(W_{in} x_t + b_{in} + r_t \odot (W_{hn} h_{t-1} + b_{hn}))" in shown
    assert r"U_h (r_t \odot h_{t-1})" in shown  # Cho 2014, notes 003
    assert r"h_t &= (1 - z_t) \odot h_{t-1} + z_t \odot \tilde h_t" in shown  # notes 002
    assert "their $z$ is PyTorch's $1 - z$" in texts(at)


def test_training_a_model_live_then_looking_inside_it():
    at = open_panel(open_app(PAGE, {}), "gates:train_panel")
    at.button_group(key="gates:train_task").set_value("remember")
    at.slider(key="gates:train_hidden").set_value(6)
    at.slider(key="gates:train_seconds").set_value(2)
    at.slider(key="gates:train_steps").set_value(20).run()
    at.button(key="gates:train").click().run()
    assert_clean(at)
    done = "\n".join(s.value for s in at.success)
    assert done.startswith("Done: LSTM of 6 units, last digit, 20 steps in")
    assert "Yours · LSTM 6" in at.button_group(key="gates:model").options
    assert query(at)["model"] == "lstm-depth"  # not switched behind the visitor's back
    at.button(key="gates:look").click().run()
    assert_clean(at)
    q = query(at)
    assert q["model"] == "mine" and q["text"] == REMEMBER_EXAMPLE
    assert r"f_{0," in latex(at) and len(charts(at)) == 5  # its gates, and the loss curve below
    at.selectbox(key="gates:unit").set_value(5).run()
    assert query(at)["unit"] == "5" and r"i_{0,5}" in latex(at)

    at.button_group(key="gates:train_cell").set_value("gru")
    at.slider(key="gates:train_hidden").set_value(4).run()
    at.button(key="gates:train").click().run()  # a new model while looking at the last one
    assert_clean(at)
    assert not at.warning  # unit 5 was the old model's: the new one shows its own best unit
    assert int(query(at)["unit"]) < 4 and r"r_{0," in latex(at)
    assert "Yours · GRU 4" in at.button_group(key="gates:model").options


def test_a_busy_server_says_so_and_trains_nothing(monkeypatch):
    @contextmanager
    def every_slot_taken():
        yield False

    monkeypatch.setattr("ui.live_training.training_slot", every_slot_taken)
    at = open_panel(open_app(PAGE, {}), "gates:train_panel")
    at.button(key="gates:train").click().run()
    assert_clean(at)
    assert "training as much as it can at once" in warnings(at)
    assert "Yours" not in " ".join(at.button_group(key="gates:model").options)


def test_the_page_in_spanish():
    at = open_app(PAGE, DEFAULT, locale="es-AR")
    assert_clean(at)
    assert at.title[0].value == "Dentro de LSTM y GRU"
    assert "acierta **16 de 16**" in captions(at)
    assert "Cada compuerta y cada estado" in texts(at)

"""The xLSTM page under AppTest: the numbers shown, the URL, bad input answered with a message."""

from lessons import xlstm as L
from tests.apptest import assert_clean, latex, open_app, query, texts, warnings

PAGE = "pages/xlstm.py"
DEFAULT_QUERY = {
    "cell": "slstm",
    "bits": "0110100111",
    "prompt": "a3b7c1d9?c",
    "step": "9",
    "unit": "0",
    "first": "2",
    "second": "6",
}


def test_default_opens_the_slstm_step_and_writes_every_setting_to_the_url():
    at = open_app(PAGE, {})
    assert_clean(at)
    assert query(at) == DEFAULT_QUERY
    shown = latex(at)
    assert r"\tilde i_{9}" in shown and r"m_{9} &= \max(" in shown
    h = L.fmt(L.slstm_inside("0110100111").arrays["h"][9, 0])
    assert shown.count(f"= {h}\\end{{aligned}}") == 2  # unstabilised and stabilised: the same h
    assert "Both forms give the same" in texts(at)
    assert len(at.table) == 3  # parity answers, recall answers, the three cells side by side


def test_the_mlstm_link_shows_the_memory_and_which_key_the_query_reads():
    at = open_app(PAGE, {"cell": "mlstm", "prompt": "a3b7c1d9?c", "step": "9"})
    assert_clean(at)
    shown = texts(at)
    assert "The matrix memory at step 9" in shown
    assert "matches the key of step 5 (`c1`)" in shown
    assert r"\max(|n_{9}^\top q_{9}|, 1)" in latex(at)


def test_step_and_unit_follow_the_sliders_and_the_url():
    at = open_app(PAGE, {**DEFAULT_QUERY, "step": "4", "unit": "3"})
    assert "unit 3 at step 4" in texts(at)
    at.slider(key="xlstm:step").set_value(2).run()
    assert query(at)["step"] == "2" and r"\tilde z_{2}" in latex(at)
    at.slider(key="xlstm:second").set_value(-1.0).run()
    assert query(at)["second"] == "-1"
    demo = L.overwrite(2.0, -1.0)
    assert f"{demo.slstm_ratio[6]:.3f}" in texts(at)


def test_switching_to_the_mlstm_clamps_the_step_to_the_prompt():
    at = open_app(PAGE, {**DEFAULT_QUERY, "bits": "0" * 30, "step": "25"})
    at.button_group(key="xlstm:cell").set_value("mlstm").run()
    assert_clean(at)
    assert query(at)["step"] == "9"  # the prompt has 10 characters


def test_an_example_pill_fills_the_bit_string():
    at = open_app(PAGE, {})
    at.button_group(key="xlstm:bits_example").set_value("1" * 41).run()
    assert_clean(at)
    assert query(at)["bits"] == "1" * 41
    assert at.text_input(key="xlstm:bits").value == "1" * 41


def test_bad_input_is_answered_with_messages_not_a_traceback():
    at = open_app(PAGE, {"cell": "gru", "bits": "01x1", "prompt": "a3b7?c", "step": "abc", "first": "99"})
    assert_clean(at)
    said = warnings(at)
    assert "`gru` is not one of the options" in said  # an unknown model
    assert "characters that are not bits (`x`)" in said and "`011` is used" in said
    assert "`a3b7?c` is not letter-digit pairs" in said
    assert "**Step t**: `abc` is not a number; using `9`" in said
    assert "**Strength of the 1st write \\(ĩ\\)**" in said
    assert query(at)["bits"] == "011" and query(at)["first"] == "12"


def test_too_long_and_html_like_text_is_cut_and_quoted():
    at = open_app(PAGE, {"bits": "1" * 300, "prompt": "<b>x</b>?a"})
    assert_clean(at)
    said = warnings(at)
    assert "160" in said and len(query(at)["bits"]) == 160
    assert "characters the models do not read" in said and "`<b>x</b>?a`" in said


def test_spanish():
    at = open_app(PAGE, {}, locale="es-AR")
    assert_clean(at)
    assert "Las dos formas dan el mismo" in texts(at)
    assert "Por qué una compuerta de entrada exponencial" in texts(at)

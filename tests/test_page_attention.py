"""The "Seq2seq and attention" page under AppTest: output, URL, bad input, pinning, training a model."""

from contextlib import contextmanager

import pytest

from tests.apptest import assert_clean, latex, open_app, query, texts, warnings

PAGE = "pages/attention.py"
ISSUE_LINK = {"model": "seq2seq-dates-attn", "text": "3 de febrero de 1987"}
DEFAULT = {**ISSUE_LINK, "step": "0", "pin": "-1", "teacher_forcing": "0.5"}
REVERSE = {**DEFAULT, "model": "seq2seq-reverse-attn", "text": "abcdefgh"}


def codes(at) -> list[str]:
    return [c.value for c in at.code]


def charts(at) -> list[str]:
    return [chart.proto.spec for chart in at.get("plotly_chart")]


def open_panel(at, key: str):
    at.session_state[key] = True  # an expander that draws its content only when open
    return at.run()


def test_the_issue_link_reads_the_date():
    at = open_app(PAGE, ISSUE_LINK)
    assert_clean(at)
    assert query(at) == DEFAULT
    assert codes(at)[0] == "1987-02-03"
    assert "Right: it is `1987-02-03`" in "\n".join(s.value for s in at.success)
    assert len(charts(at)) == 3  # alignment, step 0's scores and weights, the bottleneck
    heat = charts(at)[0].replace(" ", "")
    assert '"ticktext":["3","␣","d","e"' in heat and "⟨eos⟩" in heat
    assert r"s_{0,17}" in latex(at) and r"y_{0} = \texttt{1}" in latex(at)  # the year's "9", one right of "1"


def test_the_default_view_is_the_issue_link():
    at = open_app(PAGE, {})
    assert_clean(at)
    assert query(at) == DEFAULT


def test_the_widgets_drive_the_url_and_back():
    at = open_app(PAGE, REVERSE)
    assert codes(at)[0] == "hgfedcba"
    at.select_slider(key="attention:step").set_value(3).run()
    assert query(at)["step"] == "3" and r"y_{3} = \texttt{e}" in latex(at)
    at.button(key="attention:next").click().run()
    assert query(at)["step"] == "4"
    at.text_input(key="attention:text").input("hola").run()
    assert_clean(at)
    assert query(at)["text"] == "hola" and query(at)["step"] == "4" and codes(at)[0] == "aloh"
    at.button_group(key="attention:model").set_value("seq2seq-dates-attn").run()
    assert query(at)["text"] == "3 de febrero de 1987"  # it cannot read "hola": its first example
    at.button_group(key="attention:example").set_value("25/12/2023").run()
    assert query(at)["text"] == "25/12/2023" and codes(at)[0] == "2023-12-25"
    link = query(at)
    again = open_app(PAGE, link)  # the URL round trip: the same setup in a fresh session
    assert query(again) == link and codes(again)[0] == "2023-12-25"


def test_pinning_a_step_changes_the_output():
    at = open_app(PAGE, ISSUE_LINK)
    at.selectbox(key="attention:pin").set_value(0).run()  # step 0 looks only at the day, "3"
    assert_clean(at)
    assert query(at)["pin"] == "0"
    original, pinned = codes(at)[1:3]
    assert original == "1987-02-03" and pinned.startswith("3") and pinned != original
    assert len(charts(at)) == 4  # the pinned alignment too
    assert "pinned" in latex(at) or "Step 0 wrote `3`" in texts(at)


def test_without_attention_the_page_explains_the_bottleneck():
    at = open_app(PAGE, {**REVERSE, "model": "seq2seq-reverse-noattn", "pin": "2"})
    assert_clean(at)
    assert "has no attention to pin" in warnings(at) and query(at)["pin"] == "-1"
    assert "**has no attention**" in "\n".join(i.value for i in at.info)
    assert r"u_{0} &= hd_{0}" in latex(at)
    assert len(charts(at)) == 1  # only the bottleneck curve


@pytest.mark.parametrize(
    ("params", "said", "used"),
    [
        ({"model": "banana"}, "`banana` is not one of the options", {"model": "seq2seq-dates-attn"}),
        ({"text": "3 de <b>mayo</b> de 1999"}, "it cannot read `<`, `>`", {"text": "3 de bmayo/b de 1999"}),
        ({"text": ""}, "The input is empty", {"text": "3 de febrero de 1987"}),
        ({"text": "1" * 500}, "the model reads at most 34", {"text": "1" * 34}),
        ({"step": "99"}, "`99` is outside the allowed range, 0 to 10; using `10`", {"step": "10"}),
        ({"pin": "abc"}, "`abc` is not a number", {"pin": "-1"}),
        ({"model": "mine"}, "you have not trained one yet", {"model": "seq2seq-dates-attn"}),
    ],
)
def test_bad_values_in_the_url_get_a_message_and_a_working_page(params, said, used):
    at = open_app(PAGE, {**DEFAULT, **params})
    assert_clean(at)
    assert said in warnings(at)
    assert len(charts(at)) >= 2 and at.latex  # the page goes on working
    assert query(at) == {**DEFAULT, **used}


def test_what_a_visitor_types_is_never_markdown_or_html():
    at = open_app(PAGE, {**DEFAULT, "text": "**<img src=x>**", "model": "<script>"})
    assert_clean(at)
    message = warnings(at)
    assert "`<script>`" in message and "`*`, `<`, `=`, `x`, `>`" in message
    assert "<img" not in message.replace("`<`", "")


def test_comparing_the_three_scores_on_one_input():
    at = open_panel(open_app(PAGE, REVERSE), "attention:compare")
    assert_clean(at)
    assert codes(at)[1:4] == ["hgfedcba"] * 3
    assert "Dot" in texts(at) and "General" in texts(at) and "Additive" in texts(at)
    assert len(charts(at)) == 6


def test_training_a_model_live_then_looking_at_it(monkeypatch):
    monkeypatch.setitem(__import__("lessons.attention").attention.TRAIN_BUDGET, "max_steps", 30)
    at = open_panel(open_app(PAGE, {}), "attention:train_panel")
    at.slider(key="attention:teacher_forcing").set_value(0.8).run()
    at.button(key="attention:train").click().run()
    assert_clean(at)
    done = "\n".join(s.value for s in at.success)
    assert "Done: 30 steps in" in done and "teacher forcing 0.80" in done
    assert "Yours · 30 steps" in at.button_group(key="attention:model").options
    assert query(at)["model"] == "seq2seq-dates-attn"  # not switched behind the visitor's back
    at.button(key="attention:look").click().run()
    assert_clean(at)
    q = query(at)
    assert q["model"] == "mine" and q["text"] == "atencion"
    assert len(codes(at)[0]) >= 1 and at.latex


def test_a_busy_server_says_so_and_trains_nothing(monkeypatch):
    @contextmanager
    def every_slot_taken():
        yield False

    monkeypatch.setattr("ui.live_training.training_slot", every_slot_taken)
    at = open_panel(open_app(PAGE, {}), "attention:train_panel")
    at.button(key="attention:train").click().run()
    assert_clean(at)
    assert "training as much as it can at once" in warnings(at)
    assert "Yours" not in " ".join(at.button_group(key="attention:model").options)


def test_the_page_in_spanish():
    at = open_app(PAGE, ISSUE_LINK, locale="es-AR")
    assert_clean(at)
    assert at.title[0].value == "Seq2seq y atención"
    assert "Correcta" in "\n".join(s.value for s in at.success)
    assert "El cuello de botella, medido" in texts(at)

"""The "Predicting sequences" page under AppTest: the lecture's example, edits, URL, bad input, beam."""

import pytest

from tests.apptest import assert_clean, latex, open_app, query, texts, warnings

PAGE = "pages/sequences.py"
DEFAULT = {
    "labels": "1 0 1 1 1 0",
    "probs": "0.1 0.9 | 0.8 0.2 | 0.4 0.6 | 0.7 0.3 | 0.5 0.5 | 0.6 0.4",
    "bits": "false",
    "model": "seq2seq-reverse-tf100",
    "text": "secuencias",
    "beam": "3",
    "temperature": "1",
    "seed": "0",
}


def charts(at) -> list[str]:
    return [chart.proto.spec for chart in at.get("plotly_chart")]


@pytest.fixture(scope="module")
def default():
    return open_app(PAGE, {})


def test_the_default_view_is_the_lectures_example(default):
    at = default
    assert_clean(at)
    assert query(at) == DEFAULT
    assert r"- \ln 0.9 - \ln 0.8 - \ln 0.6 \\ &\quad - \ln 0.3 - \ln 0.5 - \ln 0.6" in latex(at)
    assert "= 3.247" in latex(at)
    assert [m.value for m in at.metric][:3] == ["3.247", "0.541", "4/6"]
    assert "At step 5 the label ties" in texts(at)
    assert len(charts(at)) == 4  # loss, accuracy by length, the forcing view, the beam's tree
    assert "Where the beam beats greedy" in texts(at)


def test_editing_the_table_and_the_units():
    at = open_app(PAGE, DEFAULT)
    at.text_input(key="sequences:probs").input(
        "0.1 0.9 | 0.8 0.2 | 0.4 0.6 | 0.7 0.3 | 0.5 0.5 | 0.9 0.1"
    ).run()
    assert_clean(at)
    assert r"- \ln 0.9" in latex(at) and query(at)["probs"].endswith("0.9 0.1")
    at.toggle(key="sequences:bits").set_value(True).run()
    assert query(at)["bits"] == "true" and r"\log_2" in latex(at) and "bits" in latex(at)
    at.button_group(key="sequences:preset").set_value("confident").run()
    assert_clean(at)
    assert query(at)["probs"].startswith("0.01 0.99")


def test_bad_table_and_text_get_messages_and_a_fix():
    at = open_app(PAGE, {**DEFAULT, "probs": "0.2 0.2 | 0.5 x", "labels": "1 9", "text": "Canción!"})
    assert_clean(at)
    said = warnings(at)
    assert "sums to 0.4, not 1: divided by 0.4 (renormalised)" in said
    assert "`x` are not numbers" in said and "The label `9` is not a class" in said
    assert "it cannot read" in said and "`cancion`" in said
    at.button(key="sequences:use_table").click().run()
    assert_clean(at)
    assert query(at)["probs"] == "0.5 0.5 | 1 0" and "renormalised" not in warnings(at)


@pytest.mark.parametrize(
    ("params", "said", "used"),
    [
        ({"beam": "99"}, "outside the allowed range, 1 to 8", {"beam": "8"}),
        ({"beam": "0"}, "outside the allowed range, 1 to 8", {"beam": "1"}),
        ({"temperature": "abc"}, "`abc` is not a number", {"temperature": "1"}),
        ({"model": "banana"}, "`banana` is not one of the options", {"model": "seq2seq-reverse-tf100"}),
        ({"text": "a" * 40}, "the model reads at most 12", {"text": "a" * 12}),
        ({"probs": "<script>"}, "are not numbers", {"probs": "<script>"}),
    ],
)
def test_bad_urls_are_explained(params, said, used):
    at = open_app(PAGE, {**DEFAULT, **params})
    assert_clean(at)
    assert said in warnings(at)
    for key, value in used.items():
        assert query(at)[key] == value


def test_the_beam_win_and_a_mistake_step_by_step():
    at = open_app(PAGE, DEFAULT)
    at.button(key="sequences:win").click().run()
    assert_clean(at)
    assert query(at)["beam"] == "5"
    assert "more probable than greedy's" in texts(at)
    at.button(key="sequences:mistake").click().run()
    assert_clean(at)
    assert "From step" in texts(at) and "is fed its own mistake" in texts(at)
    link = query(at)
    again = open_app(PAGE, link)
    assert query(again) == link


def test_sampling_follows_the_temperature():
    at = open_app(PAGE, DEFAULT)
    at.slider(key="sequences:temperature").set_value(0.1).run()
    assert_clean(at)
    assert query(at)["temperature"] == "0.1" and "At $T = 0.1$" in texts(at)


def test_spanish():
    at = open_app(PAGE, {}, locale="es-AR")
    assert_clean(at)
    assert at.title[0].value == "Predecir secuencias"
    assert "En el paso 5 la etiqueta empata" in texts(at)

"""The "Seq2seq and attention" tour: its shape and catalog, and every question's answer against a reference
computed here from the shipped models' own `translate` (their batched greedy decoding, which returns the
attention weights), on the stop's own settings."""

import numpy as np
import pytest

from engine import load_pretrained
from lessons import attention as L

STOPS = {stop.key: stop for stop in L.TOUR}


def settings(key: str) -> L.AttentionSettings:
    parsed, problems = L.SCHEMA.parse(dict(STOPS[key].settings))
    assert problems == []
    return parsed


def answer(key: str):
    return STOPS[key].question.answer(settings(key))


def test_the_month_digit_looks_at_the_letter_the_weights_say():
    s = settings("month")
    output, weights = load_pretrained(s.model).translate(s.text)  # (len(output), len(text))
    assert output[s.step] == "6"  # the step asked about writes the month's second digit
    j = int(np.argmax(weights[s.step]))
    start = s.text.find(L.TOUR_MONTH)
    expected = s.text[j] if start <= j < start + len(L.TOUR_MONTH) else "other"
    reveal = answer("month")
    assert reveal.value == expected == "n"
    assert reveal.values["j"] == str(j) and reveal.values["weight"] == f"{weights[s.step, j]:.2f}"


def test_pinned_on_the_j_the_month_follows():
    s = settings("pin")
    model = load_pretrained(s.model)
    assert s.text[s.pin] == "j"
    free, _ = model.translate(s.text)
    pinned, weights = model.translate(s.text, pin={s.step: s.pin})
    assert weights[s.step, s.pin] == pytest.approx(1.0)
    reveal = answer("pin")
    assert reveal.value == float(pinned[s.step]) and reveal.text == pinned[s.step]
    assert reveal.values["pinned"] == pinned and reveal.values["output"] == free
    assert pinned[s.step] != free[s.step]  # the stop shows the output following the pin


def test_without_attention_sixteen_letters_go_wrong_and_with_attention_right():
    s = settings("bottleneck")
    right = s.text[::-1]
    output, weights = load_pretrained(s.model).translate(s.text)
    assert weights is None  # no attention to show
    reveal = answer("bottleneck")
    assert reveal.value == ("yes" if output == right else "no") == "no"
    assert reveal.values["in_place"] == str(sum(a == b for a, b in zip(output, right, strict=False)))
    # the next stop says the model with attention reverses the same string without a mistake
    long = settings("long")
    assert long.text == s.text and load_pretrained(long.model).translate(long.text)[0] == right


def test_the_look_texts_say_what_the_models_do():
    dates = load_pretrained(L.DATES)
    output, weights = dates.translate(settings("alignment").text)
    assert output == "1987-02-03"
    text = settings("alignment").text
    looks = [text[int(np.argmax(row))] for row in weights]
    assert all(ch in "1987" for ch in looks[:4]) and looks[6] == "f" and looks[9] == "3"
    s = settings("reverse")
    output, weights = load_pretrained(s.model).translate(s.text)
    assert output == s.text[::-1]
    assert [int(np.argmax(row)) for row in weights] == list(range(len(s.text) - 1, -1, -1))

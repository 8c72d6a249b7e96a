"""The xLSTM tour: well formed, every answer checked against references the lesson does not use (the
paper's sLSTM recurrence and PyTorch's LSTM equations written out in float64, the running parity and the
recall answer worked out here, the read weights summed back into the engine's h~); the tour on the page
is tests/test_tour_page_xlstm.py."""

import math

import numpy as np

from lessons import xlstm as L
from ui.i18n import CATALOG

STOPS = {stop.key: stop for stop in L.TOUR}


def parsed(stop):
    settings, problems = L.SCHEMA.parse(dict(stop.settings))
    assert not problems, problems
    return settings


def settings(key: str) -> L.XLSTMSettings:
    return parsed(STOPS[key])


def sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-x))


def test_stop_texts_are_read_as_they_are():
    for stop in L.TOUR:
        s = settings(stop.key)
        settled, issues = L.settle(s)
        assert not issues and settled == s, stop.key


def test_overwrite_against_the_two_recurrences_written_out():
    s = settings("overwrite")
    t1, t2 = L.DEMO_WRITES
    f = sigmoid(L.DEMO_FORGET)
    c_lstm = c = n = 0.0
    for t in range(t2 + 1):
        z_pre = dict(zip(L.DEMO_WRITES, L.DEMO_Z, strict=True)).get(t, 0.0)
        i_pre = {t1: s.first, t2: s.second}.get(t, L.DEMO_QUIET)
        c_lstm = f * c_lstm + sigmoid(i_pre) * math.tanh(z_pre)  # PyTorch's LSTM, g = tanh
        c, n = f * c + math.exp(i_pre) * math.tanh(z_pre), f * n + math.exp(i_pre)  # the paper's (8), (9)
    new = math.tanh(L.DEMO_Z[1])
    lstm, slstm = math.tanh(c_lstm), c / n
    reveal = STOPS["overwrite"].question.answer(s)
    assert reveal.value == ("slstm" if abs(slstm - new) < abs(lstm - new) else "lstm")
    assert reveal.values["lstm"] == f"{lstm:.3f}" and reveal.values["slstm"] == f"{slstm:.3f}"
    for lang in ("es", "en"):  # the look quotes the stop's strengths
        look = CATALOG["xlstm.tour_overwrite_look"][lang]
        assert f"\\tilde i = {s.first:g}$" in look and f"\\tilde i = {s.second:g}$" in look


def test_parity_counts_against_the_running_parity_worked_out_here():
    s = settings("parity")
    truth, ones = [], 0
    for bit in s.bits:
        ones += bit == "1"
        truth.append(ones % 2)
    right = {
        name: sum(a == b for a, b in zip(L.model(name).predict(s.bits), truth, strict=True))
        for name in L.PARITY_MODELS
    }
    reveal = STOPS["parity"].question.answer(s)
    n, mlstm = len(truth), right["parity-mlstm"]
    assert reveal.value == ("all" if mlstm == n else "most" if mlstm >= 0.75 * n else "under")
    assert reveal.values == {
        "n": str(n),
        "mlstm": str(mlstm),
        "slstm": str(right["parity-slstm"]),
        "lstm": str(right["parity-lstm"]),
    }


def test_most_read_step_sums_back_into_the_engines_h_tilde():
    s = settings("mlstm_read")
    data = L.mlstm_inside(s.prompt)
    weights = L.read_weights(data, s.step)
    # the weights are what h~_t is made of: sum_s w_s v_s, against the recurrent trace's own h~_t
    np.testing.assert_allclose(
        weights @ data.arrays["v"][: s.step + 1], data.arrays["h_tilde"][s.step], atol=1e-9
    )
    best = int(np.argmax(np.abs(weights)))
    reveal = STOPS["mlstm_read"].question.answer(s)
    assert reveal.value == best and reveal.text == str(best)
    key = s.prompt[-1]
    assert s.prompt[best - 1 : best + 1] == key + s.prompt[s.prompt.index(key) + 1]  # the pair asked for


def test_who_recalls_against_the_answer_worked_out_here():
    s = settings("recall")
    pairs, key = s.prompt.split("?")
    truth = dict(zip(pairs[::2], pairs[1::2], strict=True))[key]
    said = {name: L.model(name).predict(s.prompt) for name in L.RECALL_MODELS}
    mlstm, lstm = said["recall-mlstm"] == truth, said["recall-lstm"] == truth
    reveal = STOPS["recall"].question.answer(s)
    expected = {
        (True, True): "both",
        (True, False): "mlstm",
        (False, True): "lstm",
        (False, False): "neither",
    }
    assert reveal.value == expected[mlstm, lstm]
    assert reveal.values["truth"] == truth and reveal.values["pairs"] == str(len(pairs) // 2)

"""The shapes lesson's guided tour: its stops and catalog, and every answer against a real torch module."""

import string

import pytest
import torch

from lessons import shapes as L
from lessons.tour import Choice, Number
from ui.i18n import CATALOG

MODULES = {"rnn": torch.nn.RNN, "lstm": torch.nn.LSTM, "gru": torch.nn.GRU}
QUESTIONS = [stop for stop in L.TOUR if stop.question is not None]


def settings_of(stop):
    settings, problems = L.SCHEMA.parse(dict(stop.settings))
    assert problems == []
    return settings


def real_module(s):
    """The module built and run the ordinary way, on the CPU (the tour's networks are small)."""
    rnn = MODULES[s.cell](
        s.input_size, s.hidden_size, num_layers=s.num_layers, bidirectional=s.bidirectional, batch_first=False
    )
    with torch.no_grad():
        output, state = rnn(torch.zeros(s.seq_len, s.batch, s.input_size))
    h_n = state[0] if s.cell == "lstm" else state
    return rnn, output, h_n


@pytest.mark.parametrize("stop", QUESTIONS, ids=lambda s: s.key)
def test_reveal_placeholders_are_the_answers_values(stop):
    values = stop.question.answer(settings_of(stop)).values
    for lang in ("es", "en"):
        text = CATALOG[f"shapes.tour_{stop.key}_reveal"][lang]
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name}
        assert names == set(values), (lang, names, set(values))
        text.format(**values)


@pytest.mark.parametrize("stop", QUESTIONS, ids=lambda s: s.key)
def test_a_choice_answers_with_one_of_its_options(stop):
    if isinstance(stop.question, Choice):
        assert stop.question.answer(settings_of(stop)).value in stop.question.options


def test_parameter_counts_are_torchs():
    for stop in QUESTIONS:
        if not isinstance(stop.question, Number):
            continue
        s = settings_of(stop)
        rnn, _, _ = real_module(s)
        reveal = stop.question.answer(s)
        total = sum(p.numel() for p in rnn.parameters())
        assert reveal.value == total
        assert reveal.text == L.count_text(total)
        if "tensors" in reveal.values:
            assert reveal.values["tensors"] == str(len(list(rnn.parameters())))
        if "rnn" in reveal.values:
            plain = torch.nn.RNN(
                s.input_size, s.hidden_size, num_layers=s.num_layers, bidirectional=s.bidirectional
            )
            plain_total = sum(p.numel() for p in plain.parameters())
            assert reveal.values["rnn"] == L.count_text(plain_total)
            assert total == int(reveal.values["G"]) * plain_total  # what the reveal sentence says
        assert stop.question.right(float(total), reveal)
        assert not stop.question.right(float(total - 1), reveal)


def stop(key):
    return next(s for s in L.TOUR if s.key == key)


def test_the_basic_rnn_has_four_parameters_not_three():
    rnn, _, _ = real_module(settings_of(stop("basic")))
    assert sum(p.numel() for p in rnn.parameters()) == 4


def test_the_lstm_question_quotes_stop_2s_count():
    """The ask says "the RNN of stop 2 had 32 parameters": stop 2 is the multivariable RNN, and it does."""
    assert L.TOUR[1].key == "multivariable"
    rnn, _, _ = real_module(settings_of(L.TOUR[1]))
    assert sum(p.numel() for p in rnn.parameters()) == 32
    assert "32" in CATALOG["shapes.tour_lstm_ask"]["es"] and "32" in CATALOG["shapes.tour_lstm_ask"]["en"]
    lstm = settings_of(stop("lstm"))
    assert (lstm.input_size, lstm.hidden_size, lstm.num_layers) == (2, 4, 1)


def test_w_ih_shape_is_torchs():
    s = settings_of(stop("multivariable"))
    rnn, _, _ = real_module(s)
    shape = tuple(rnn.weight_ih_l0.shape)
    reveal = stop("multivariable").question.answer(s)
    options = {"h_i": (s.hidden_size, s.input_size), "i_h": (s.input_size, s.hidden_size)}
    options["h_h"] = (s.hidden_size, s.hidden_size)
    assert len(set(options.values())) == 3  # the sizes tell the options apart
    assert options[reveal.value] == shape
    assert reveal.values["shape"] == L.shape_text(shape)


def test_output_shape_is_what_the_real_lstm_returns():
    s = settings_of(stop("bilstm"))
    _, output, h_n = real_module(s)
    reveal = stop("bilstm").question.answer(s)
    T, N, H = s.seq_len, s.batch, s.hidden_size
    options = {"t_n_h": (T, N, H), "t_n_2h": (T, N, 2 * H), "dl_n_h": (2 * s.num_layers, N, H)}
    assert len(set(options.values())) == 3
    assert options[reveal.value] == tuple(output.shape)
    assert reveal.values["output"] == L.shape_text(output.shape)
    assert reveal.values["h_n"] == L.shape_text(h_n.shape)


def test_the_huge_stop_says_its_size_right():
    s = settings_of(stop("huge"))
    rnn = torch.nn.LSTM(
        s.input_size, s.hidden_size, num_layers=s.num_layers, bidirectional=s.bidirectional, device="meta"
    )
    total = sum(p.numel() for p in rnn.parameters())
    assert round(total / 1e9, 1) == 1.4 and 4 * total > 5e9
    assert s.batch_first

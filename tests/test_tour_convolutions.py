"""The convolutions lesson's guided tour: its stops and catalog, and every answer against real nn.Conv1d
stacks whose receptive fields autograd measures (the inputs whose gradient is not zero)."""

import string

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from lessons import convolutions as L
from lessons.tour import Choice
from ui.i18n import CATALOG

QUESTIONS = [stop for stop in L.TOUR if stop.question is not None]


def settings_of(stop):
    settings, problems = L.SCHEMA.parse(dict(stop.settings))
    assert problems == []
    settings, _ = L.settle(settings)
    return settings


def stop(key):
    return next(s for s in L.TOUR if s.key == key)


def layer_dilations(s):
    """The stack's dilations written out from the settings' meaning, not from the lesson."""
    one = [1] * s.layers if s.mode == "constant" else [2**i for i in range(s.layers)]
    return one * s.blocks


def seen_inputs(kernel_size, dilations, padding, length, output):
    """Positions of the inputs that output `output` of a real stack of nn.Conv1d depends on: positive
    weights (nothing cancels), one input channel, gradients by autograd."""
    x = torch.zeros(1, 1, length, dtype=torch.float64, requires_grad=True)
    h = x
    for d in dilations:
        conv = nn.Conv1d(1, 1, kernel_size, dilation=d, padding="same" if padding == "same" else 0)
        conv = conv.double()
        with torch.no_grad():
            conv.weight.fill_(1.0)
        if padding == "causal":
            h = F.pad(h, ((kernel_size - 1) * d, 0))  # zeros on the left only
        h = conv(h)
    assert h.shape[-1] == length
    h[0, 0, output].backward()
    return torch.nonzero(x.grad[0, 0]).flatten().tolist()


@pytest.mark.parametrize("stop", QUESTIONS, ids=lambda s: s.key)
def test_reveal_placeholders_are_the_answers_values(stop):
    values = stop.question.answer(settings_of(stop)).values
    for lang in ("es", "en"):
        text = CATALOG[f"convolutions.tour_{stop.key}_reveal"][lang]
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name}
        assert names == set(values), (lang, names, set(values))
        text.format(**values)


@pytest.mark.parametrize("key", ["undilated", "doubling", "wavenet"])
def test_fields_are_what_autograd_measures(key):
    s = settings_of(stop(key))
    d = layer_dilations(s)
    field = 1 + sum((s.kernel_size - 1) * x for x in d)
    length = field + 10
    seen = seen_inputs(s.kernel_size, d, "causal", length, length - 1)
    assert seen == list(range(length - field, length))  # consecutive, ending at the output
    question = stop(key).question
    reveal = question.answer(s)
    assert reveal.value == len(seen)
    assert reveal.text == L.count_text(len(seen))
    assert question.right(float(len(seen)), reveal) and not question.right(len(seen) + 1.0, reveal)


def test_the_sums_in_the_reveals():
    undilated = stop("undilated").question.answer(settings_of(stop("undilated"))).values
    assert (undilated["field"], undilated["k1"], undilated["sum"], undilated["layers"]) == (
        "5",
        "1",
        "4",
        "4",
    )
    doubling = stop("doubling").question.answer(settings_of(stop("doubling"))).values
    assert (doubling["field"], doubling["sum"]) == ("16", "15")


def test_three_blocks_overlap_by_one_input_each():
    s = settings_of(stop("wavenet"))
    block = [2**i for i in range(s.layers)]
    one = 1 + sum(block)
    three = len(seen_inputs(2, block * 3, "causal", 3100, 3099))
    values = stop("wavenet").question.answer(s).values
    assert values["block_field"] == L.count_text(one) == L.count_text(1024)
    assert values["field"] == L.count_text(three) == L.count_text(3 * one - 2)
    assert values["naive"] == L.count_text(3 * one)
    assert "1024" in CATALOG["convolutions.tour_wavenet_ask"]["es"]  # the ask quotes one block's field


def test_centred_padding_moves_the_window_without_widening_it():
    s = settings_of(stop("centred"))
    assert s.padding == "same"
    d = layer_dilations(s)
    centred = seen_inputs(s.kernel_size, d, "same", L.WINDOW, L.WINDOW // 2)
    causal = seen_inputs(s.kernel_size, d, "causal", L.WINDOW, L.WINDOW - 1)
    reveal = stop("centred").question.answer(s)
    expected = {True: "same", False: "wider" if len(centred) > len(causal) else "narrower"}
    assert reveal.value == expected[len(centred) == len(causal)] == "same"
    assert reveal.values == {
        "t": str(L.WINDOW // 2),
        "centred": str(len(centred)),
        "future": str(sum(p > L.WINDOW // 2 for p in centred)),
        "causal": str(len(causal)),
    }
    assert int(reveal.values["future"]) > 0


@pytest.mark.parametrize("stop", QUESTIONS, ids=lambda s: s.key)
def test_a_choice_answers_with_one_of_its_options(stop):
    if isinstance(stop.question, Choice):
        assert stop.question.answer(settings_of(stop)).value in stop.question.options

"""The "Memory networks" tour: its shape and catalog, and every question's answer against a reference
computed here: the hand memory with torch's softmax written out, the stories by the shipped networks'
forward pass over their own word ids."""

import numpy as np
import pytest
import torch

from engine import generate_story, load_pretrained
from lessons import memory as L

STOPS = {stop.key: stop for stop in L.TOUR}


def settings(key: str) -> L.MemorySettings:
    parsed, problems = L.SCHEMA.parse(dict(STOPS[key].settings))
    assert problems == []
    return parsed


def answer(key: str):
    return STOPS[key].question.answer(settings(key))


def read(s: L.MemorySettings) -> tuple[torch.Tensor, torch.Tensor]:
    """softmax(K x) and its weighted sum of the values, written out with torch."""
    K = torch.tensor([s.k1, s.k2, s.k3], dtype=torch.float64)
    V = torch.tensor([s.v1, s.v2, s.v3], dtype=torch.float64)
    x = s.scale * torch.tensor(s.query, dtype=torch.float64)
    e = torch.exp(K @ x - (K @ x).max())
    c = e / e.sum()
    return c, c @ V


def test_at_scale_zero_every_slot_weighs_a_third():
    c, s = read(settings("uniform"))
    reveal = answer("uniform")
    assert reveal.value == pytest.approx(float(c[0])) == pytest.approx(1 / 3)
    assert STOPS["uniform"].question.right(1 / 3, reveal) and not STOPS["uniform"].question.right(0.5, reveal)
    assert reveal.values["s"] == ", ".join(f"{x:.3f}" for x in s.tolist())


def test_a_tied_query_reads_halfway_between_the_two_values():
    st = settings("tie")
    c, s = read(st)
    v1, v2, v3 = (torch.tensor(v, dtype=torch.float64) for v in (st.v1, st.v2, st.v3))
    candidates = {"v1": v1, "v2": v2, "half": (v1 + v2) / 2, "mean": (v1 + v2 + v3) / 3}
    nearest = min(candidates, key=lambda k: float((candidates[k] - s).norm()))
    assert answer("tie").value == nearest == "half"
    assert float(c[0]) == pytest.approx(float(c[1])) and float(c[0]) > 0.49


def hops_attention(s: L.MemorySettings) -> tuple[np.ndarray, str, object]:
    """The network's forward pass on its own word ids: (hops, sentences) weights, answer, the story."""
    story = generate_story(s.task, s.language, s.seed)
    model = load_pretrained(L.SHIPPED[s.hops])
    ids_story, ids_question = model.encode([story.sentences], [story.question])
    with torch.no_grad():
        trace = model(ids_story, ids_question)
    words = model.words[int(trace.logits[0].argmax())]
    return trace.attention[0, :, : len(story.sentences)].numpy(), words, story


def test_hop_one_finds_who_has_the_milk_and_hop_two_where_they_went():
    s = settings("hops")
    attention, word, story = hops_attention(s)
    first, second = (int(row.argmax()) for row in attention[:2])
    reveal = answer("hops")
    assert story.supporting == (first, second)  # who took the milk, then where that person went (★)
    assert reveal.value == "object" and reveal.values["i1"] == str(first + 1)
    assert reveal.values["i2"] == str(second + 1)
    assert reveal.values["answer"] == word == story.answer  # three hops answer right
    assert reveal.values["s1"] == story.sentences[first]


def test_one_hop_answers_wrong():
    s = settings("one_hop")
    attention, word, story = hops_attention(s)
    reveal = answer("one_hop")
    assert reveal.value == ("yes" if word == story.answer else "no") == "no"
    assert reveal.values["answer"] == word and reveal.values["i"] == str(int(attention[0].argmax()) + 1)

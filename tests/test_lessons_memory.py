"""lessons.memory: the settings rules, the memory by hand against the lecture, the story's input, the
mLSTM read against its recurrence, and every figure valid for Plotly."""

import dataclasses

import numpy as np
import pytest
import torch

from engine import load_pretrained
from engine.babi import MAX_SENTENCES, generate_story
from lessons import memory as L
from lessons.charts import validate

S = L.SCHEMA.defaults


def test_the_hand_read_is_the_lectures():
    s = dataclasses.replace(S, scale=2.0)
    h = L.hand_read(s)
    x = 2.0 * np.array(s.query)
    alpha = np.array([np.dot(k, x) for k in (s.k1, s.k2, s.k3)])
    c = np.exp(alpha) / np.exp(alpha).sum()
    np.testing.assert_allclose(h.scores, alpha, rtol=1e-12)
    np.testing.assert_allclose(h.weights, c, rtol=1e-12)
    np.testing.assert_allclose(h.read, c @ np.array([s.v1, s.v2, s.v3]), rtol=1e-12)
    np.testing.assert_allclose(h.by_scale[0], [1 / 3] * 3, rtol=1e-12)  # scale 0: a plain average
    index = int(np.flatnonzero(L.SCALES == 2.0)[0])
    np.testing.assert_allclose(h.by_scale[index], h.weights, rtol=1e-12)
    assert r"\alpha_1" in L.hand_latex(h) and "softmax" in L.hand_latex(h)


def test_a_sharp_query_picks_its_slot():
    query = L.sharp_query(S, 1)
    h = L.hand_read(dataclasses.replace(S, query=query, scale=L.SHARP_SCALE))
    assert h.weights[1] > 0.99 and np.allclose(h.read, S.v2, atol=0.05)


def test_one_number_is_padded_with_zero():
    s, problems = L.settle(dataclasses.replace(S, k2=(3.0,)))
    assert s.k2 == (3.0, 0.0) and [(p.key, p.code, p.used) for p in problems] == [("k2", "padded", "3,0")]


def test_the_url_holds_the_story_only_when_edited():
    assert "story" not in L.url_keys(S) and {"task", "language", "seed", "hops", "question"} <= set(
        L.url_keys(S)
    )
    edited = dataclasses.replace(S, edited=True, story="Mary went to the garden.")
    assert {"story", "edited"} <= set(L.url_keys(edited))
    parsed, problems = L.SCHEMA.parse(L.SCHEMA.to_query(edited, L.url_keys(edited)))
    assert parsed == edited and not problems


def test_the_generated_story_comes_with_its_answer_and_facts():
    si = L.story_input(S)
    story = generate_story(S.task, S.language, S.seed)
    assert si.sentences == story.sentences and si.question == story.question and si.own_question
    assert si.answer == story.answer and si.supporting == story.supporting


def test_an_edited_story_says_what_was_left_out():
    lines = [f"Mary went to the {'garden' if k % 2 else 'kitchen'}" for k in range(24)]
    lines[23] = "Mary went to the kitchen and then to the garden and then home"
    text = "\n".join(["", *lines[:3], "   ", *lines[3:]])
    si = L.story_input(dataclasses.replace(S, edited=True, story=text, question="Where is Mary"))
    assert len(si.sentences) == MAX_SENTENCES and si.dropped == 4 and si.blank_lines == 2
    assert si.long == (MAX_SENTENCES,) and si.answer is None and si.supporting == () and not si.own_question
    lines = L.story_problems_lines(
        si, None, {"dropped": "d{n}/{max}", "long": "l{which}/{max}", "blank": "b{n}"}
    )
    assert lines == ["d4/20", "l20/10", "b2"]


def test_an_empty_story_is_empty():
    si = L.story_input(dataclasses.replace(S, edited=True, story="\n \n"))
    assert si.sentences == () and si.answer is None


def mlstm_recurrence(keys, values, q):
    """Notes 002, eq. 19-21 with f_t = i_t = 1, step by step: C_t = C_{t-1} + v_t k_t^T, n_t = n_{t-1} + k_t,
    h~ = C q / max(|n^T q|, 1)."""
    C, n = torch.zeros(2, 2, dtype=torch.float64), torch.zeros(2, dtype=torch.float64)
    for k, v in zip(keys, values, strict=True):
        C = C + torch.outer(torch.tensor(v, dtype=torch.float64), torch.tensor(k, dtype=torch.float64))
        n = n + torch.tensor(k, dtype=torch.float64)
    q = torch.tensor(q, dtype=torch.float64)
    return (C @ q / max(abs(float(n @ q)), 1.0)).numpy()


def test_the_mlstm_read_is_its_recurrence():
    s = dataclasses.replace(S, scale=1.5)
    h = L.hand_read(s)
    m = L.mlstm_read(h)
    q = 1.5 * np.array(s.query)
    np.testing.assert_allclose(m.h, mlstm_recurrence((s.k1, s.k2, s.k3), (s.v1, s.v2, s.v3), q), rtol=1e-12)
    np.testing.assert_allclose(
        m.Cq,
        sum(np.dot(k, q) * np.array(v) for k, v in zip((s.k1, s.k2, s.k3), (s.v1, s.v2, s.v3), strict=True)),
    )
    assert "C = " in L.mlstm_latex(h, m)


def test_seq2seq_attention_is_a_memory_read():
    link = L.seq2seq_link(load_pretrained("seq2seq-reverse-dot"), L.LINK_TEXT, L.LINK_STEP)
    assert link.max_diff < 1e-5 and link.weights.sum() == pytest.approx(1)


@pytest.fixture(scope="module")
def model():
    return load_pretrained(L.SHIPPED[3])


def test_figures_are_valid_and_their_text_holds_their_numbers(model):
    h = L.hand_read(S)
    labels = {"scale": "scale", "weight": "weight", "hop": "hop {k}"}
    validate(L.scale_figure(h, labels))
    alt = L.scale_alt(h, "{scale}|{now}|{zero}|{top}|{high}")
    assert alt.startswith("1.00|c1 = 0.64") and "c1 = 0.33" in alt
    si = L.story_input(S)
    r = L.read_story(model, si)
    figure = L.attention_figure(r, si.supporting, labels)
    validate(figure)
    assert figure["data"][0]["z"].shape == (len(si.sentences), 3)
    assert figure["data"][0]["y"][si.supporting[0]].endswith("★")
    alt = L.attention_alt(r, "{n} {hops}: {each}", "[{k} {i} {w}]")
    peaks = L.hop_peaks(r)
    assert alt.startswith(f"{len(si.sentences)} 3:") and f"[1 {peaks[0][0] + 1} {peaks[0][1]:.2f}]" in alt
    validate(L.thumbnail())


def test_chart_labels_escape_visitor_text(model):
    si = L.story_input(dataclasses.replace(S, edited=True, story="<b>Mary</b> went to the garden"))
    figure = L.attention_figure(L.read_story(model, si), (), {"hop": "hop {k}"})
    assert "<b>" not in figure["data"][0]["y"][0] and "&lt;b&gt;" in figure["data"][0]["y"][0]


def test_the_accuracy_table_comes_from_the_meta(model):
    metas = {hops: load_pretrained(L.SHIPPED[hops]).meta for hops in L.HOPS}
    table = L.accuracy_table(metas)
    assert table.shape == (3, 3)
    assert table[2, 1] == pytest.approx(100 * metas[3]["accuracy_by_task"]["2"])
    rows = L.accuracy_rows(table, "hops", ["t1", "t2", "t3"])
    assert rows[0]["hops"] == "1" and rows[2]["t2"].endswith(" %")

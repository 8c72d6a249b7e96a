"""lessons.attention without Streamlit: settings rules, decodings against the engine, every figure valid."""

import numpy as np
import pytest

from engine import accuracy_by_length, load_pretrained
from lessons import attention as L
from lessons.charts import training_figure, validate

LABELS = {
    "source": "input j",
    "output": "output i",
    "scores": "s_{i}j",
    "weights": "w_{i}j",
    "length": "length",
    "exact": "exact (%)",
    "with_attention": "with",
    "without_attention": "without",
    "train_step": "step",
    "loss": "loss",
    "exact_short": "exact",
}


@pytest.fixture(scope="module")
def dates():
    return load_pretrained(L.DATES)


@pytest.fixture(scope="module")
def reverse():
    return load_pretrained(L.REVERSE_ATTN)


def steps_of(model):
    return lambda text: L.decode(model, text).steps


def test_the_decoding_is_the_engines_translation(dates):
    d = L.decode(dates, "3 de febrero de 1987")
    output, attention = dates.translate("3 de febrero de 1987")
    assert d.output == output == "1987-02-03"
    assert d.out_tokens[-1] == "<eos>" and d.src_tokens[-1] == "<eos>"
    np.testing.assert_allclose(d.weights[: len(output), : len(d.src)], attention, atol=1e-6)
    np.testing.assert_allclose(d.weights.sum(axis=1), 1.0, atol=1e-5)
    assert np.allclose(d.weights, np.exp(d.scores) / np.exp(d.scores).sum(axis=1, keepdims=True), atol=1e-5)


def test_year_digits_look_at_the_year_and_month_digits_at_the_month(dates):
    text = "3 de febrero de 1987"
    d = L.decode(dates, text)
    year, month = range(16, 21), range(5, 13)  # "1987" and one to the right; "febrero" and the space
    assert all(int(d.weights[i].argmax()) in year for i in range(4))
    assert all(int(d.weights[i].argmax()) in month for i in (5, 6))


def test_a_pin_makes_the_output_follow_the_attention(dates):
    text = "3 de febrero de 1987"
    pinned = L.decode(dates, text, {0: 0})  # step 0 looks only at the day, "3"
    assert pinned.pinned[0] and pinned.weights[0, 0] == 1.0
    assert pinned.output.startswith("3") and pinned.output != "1987-02-03"
    assert pinned.output == dates.translate(text, pin={0: 0})[0]


def test_settle_reads_what_the_model_can_read(dates, reverse):
    s, problems, verdict = L.settle(L.AttentionSettings(text="3 de Febrero de 1987"), dates, steps_of(dates))
    assert s.text == "3 de febrero de 1987" and verdict.replaced and not problems
    s, _, verdict = L.settle(
        L.AttentionSettings(model=L.REVERSE_ATTN, text="Árbol!"), reverse, steps_of(reverse)
    )
    assert s.text == "arbol"
    s, _, verdict = L.settle(L.AttentionSettings(text=""), dates, steps_of(dates))
    assert s.text == L.DEFAULT_TEXT and verdict.example
    s, _, verdict = L.settle(L.AttentionSettings(text="<>!"), dates, steps_of(dates))
    assert s.text == L.DEFAULT_TEXT and verdict.example
    s, _, _ = L.settle(L.AttentionSettings(text="x" * 30), reverse, steps_of(reverse))
    assert s.text == "x" * 20


def test_settle_bounds_the_step_and_the_pin(dates, reverse):
    noattn = load_pretrained(L.REVERSE_NOATTN)
    s, problems, _ = L.settle(L.AttentionSettings(text="abc", step=20, pin=30), reverse, steps_of(reverse))
    assert (s.step, s.pin) == (3, 3)  # three letters and <eos>; positions 0..3
    assert {p.key for p in problems} == {"step", "pin"}
    s, problems, _ = L.settle(L.AttentionSettings(text="abc", pin=1), noattn, steps_of(noattn))
    assert s.pin == L.NO_PIN and problems[0].code == "no_attention"


def test_expected_outputs():
    reverse, dates = load_pretrained(L.REVERSE_NOATTN), load_pretrained(L.DATES)
    assert L.expected_output(reverse, "abc") == "cba"
    assert L.expected_output(dates, "25/12/2023") == "2023-12-25"
    assert L.expected_output(dates, "31/02/2023") is None


def test_the_step_equations_carry_the_numbers(dates):
    d = L.decode(dates, "3 de febrero de 1987")
    tex = L.step_latex(dates, d, 0)
    j = int(d.weights[0].argmax())
    assert f"s_{{0,{j}}}" in tex and f"= {d.weights[0, j]:.3f}" in tex
    assert r"\mathbb{R}^{128}" in tex and r"y_{0} = \texttt{1}" in tex
    assert r"\langle\mathrm{eos}\rangle" in L.step_latex(dates, d, d.steps - 1)
    noattn = load_pretrained(L.REVERSE_NOATTN)
    assert r"u_{0} &= hd_{0}" in L.step_latex(noattn, L.decode(noattn, "abc"), 0)


def test_the_bottleneck_gap_is_at_least_30_points_at_lengths_16_to_20():
    with_attention = accuracy_by_length(load_pretrained(L.REVERSE_ATTN), n_per_length=50)
    without = accuracy_by_length(load_pretrained(L.REVERSE_NOATTN), n_per_length=50)
    assert L.gap(with_attention, without) >= 30
    assert without[20] < without[5]  # quality falls with length
    validate(L.bottleneck_figure(with_attention, without, LABELS))


def test_every_figure_is_valid_plotly(dates, reverse):
    d = L.decode(dates, "miércoles 20 de junio de 1990")
    heat = L.alignment_figure(d.src_tokens, d.out_tokens, d.weights, LABELS, step=3)
    validate(heat)
    assert "␣" in heat["layout"]["xaxis"]["ticktext"] and "⟨eos⟩" in heat["layout"]["yaxis"]["ticktext"]
    validate(L.alignment_figure(d.src_tokens, d.out_tokens, d.weights, LABELS, compact=True))
    validate(L.step_figure(d, 2, LABELS))
    validate(L.thumbnail())
    run = L.new_run(0.5)
    run.steps, run.loss, run.exact = [25, 50], [2.0, 1.5], [(50, 0.1)]
    names = {"train_step": "step", "loss": "loss", "metric": "exact match"}
    validate(training_figure(run.steps, run.loss, run.metric(), names))
    validate(training_figure(run.steps, run.loss, None, names))


def test_visitor_text_in_labels_is_never_html():
    src = ("<", "b", ">", "&", "<eos>")
    fig = L.alignment_figure(src, ("x", "<eos>"), np.full((2, 5), 0.2), LABELS)
    assert fig["layout"]["xaxis"]["ticktext"][:4] == ["&lt;", "b", "&gt;", "&amp;"]
    assert "&lt;" in fig["data"][0]["text"][0][0]


def test_a_live_run_learns_a_little_and_reports():
    from engine import train_seq2seq

    run = L.new_run(1.0)
    training = {**L.LIVE["training"], "max_steps": 10, "max_seconds": 20.0}
    for progress in train_seq2seq(
        run.model, L.ReverseTask(**L.LIVE["task"]), **training, teacher_forcing=1.0
    ):
        run.report(progress)
    assert run.done and run.steps[-1] == 10 and run.exact and run.exact[-1][0] == 10
    assert L.decode(run.model, L.TRAIN_EXAMPLE).weights is not None

"""The xLSTM lesson's settings rules, computations, figures (validated by Plotly) and text alternatives."""

import math

import numpy as np
import pytest
import torch

from lessons import xlstm as L
from lessons.charts import validate
from ui.i18n import CATALOG

LABELS = {key: CATALOG[f"xlstm.label_{key}"]["en"] for key in L.LABEL_KEYS}
LABELS.update({name: CATALOG[f"xlstm.model_{name.replace('-', '_')}"]["en"] for name in L.MODEL_CELL})


def say(key, **values):
    return CATALOG[key]["en"].format(**values) if values else CATALOG[key]["en"]


@pytest.fixture(scope="module")
def slstm():
    return L.slstm_inside("0110100111")


@pytest.fixture(scope="module")
def mlstm():
    return L.mlstm_inside("a3b7c1d9?c")


def test_settle_keeps_good_input_and_clamps_step_and_unit():
    s, issues = L.settle(L.XLSTMSettings(bits="0110", step=100, unit=40))
    assert not issues and s.bits == "0110" and s.step == 3 and s.unit == 15
    s, _ = L.settle(L.XLSTMSettings(cell="mlstm", prompt="a3?a", step=100))
    assert s.step == 3  # the prompt has 4 characters


def test_settle_explains_bad_texts():
    s, issues = L.settle(L.XLSTMSettings(bits="01x1 2", prompt="A3?A"))
    assert s.bits == "011" and s.prompt == L.DEFAULT_PROMPT
    assert [i.code for i in issues] == ["bits", "prompt_chars"]
    assert dict(issues[0].values)["chars"] == " 2x"
    _, issues = L.settle(L.XLSTMSettings(prompt="a3b7?c"))
    assert [i.code for i in issues] == ["prompt_form"]
    s, issues = L.settle(L.XLSTMSettings(bits="abc"))
    assert s.bits == L.DEFAULT_BITS and issues[0].code == "bits"


def test_schema_bounds_every_setting():
    s, problems = L.SCHEMA.parse({"cell": "gru", "bits": "1" * 500, "step": "-3", "first": "1e9"})
    assert s.cell == "slstm" and len(s.bits) == L.MAX_PARITY_LEN and s.step == 0 and s.first == L.GATE_BOUND
    assert {p.code for p in problems} == {"unknown_choice", "too_long", "clamped"}


def test_slstm_inside_agrees_with_the_model(slstm):
    model = L.model("parity-slstm")
    h = model.rnn(model.encode([slstm.text]))[0].double().numpy()
    np.testing.assert_allclose(slstm.arrays["h"], h, atol=1e-5)
    np.testing.assert_allclose(slstm.true["c"] / slstm.true["n"], slstm.arrays["c"] / slstm.arrays["n"])


def test_step_equations_show_the_same_h_both_ways(slstm, mlstm):
    raw, stab = L.slstm_step_latex(slstm, 4, 2)
    h = L.fmt(slstm.arrays["h"][4, 2])
    assert raw.endswith(f"= {h}\\end{{aligned}}") and stab.endswith(f"= {h}\\end{{aligned}}")
    assert r"\max(" in stab and r"\exp(" in raw
    _, stab0 = L.slstm_step_latex(slstm, 0, 0)
    assert r"-\infty" in stab0  # m_{-1}
    raw, stab = L.mlstm_step_latex(mlstm, 9)
    assert r"\max(|n_{9}^\top q_{9}|, 1)" in raw and "e^{-m_{9}}" in stab


def test_fmt():
    assert L.fmt(0.12345) == "0.1235"
    assert L.fmt(math.inf) == r"\infty"
    assert L.fmt(123456.0) == r"1.235 \times 10^{5}"


def test_the_query_reads_back_the_asked_key(mlstm):
    weights = L.read_weights(mlstm, 9)  # the step that reads "?c"; c's value 1 was written at step 5
    assert int(np.argmax(np.abs(weights))) == 5
    h_tilde = weights @ mlstm.arrays["v"][:10]  # the weights rebuild the read exactly
    np.testing.assert_allclose(h_tilde, mlstm.arrays["h_tilde"][9], atol=1e-10)
    assert mlstm.parallel_gap < 1e-10


def test_overwrite_demo_matches_the_formulas():
    demo = L.overwrite(2.0, 6.0)
    sig = lambda v: 1 / (1 + math.exp(-v))  # noqa: E731
    f, z = sig(L.DEMO_FORGET), math.tanh(2.0)
    c, n = 0.0, 0.0  # unstabilised sLSTM by hand; the LSTM by hand too
    c_l = 0.0
    for t in range(L.DEMO_T):
        zt = {1: z, 6: -z}.get(t, 0.0)
        it = {1: 2.0, 6: 6.0}.get(t, L.DEMO_QUIET)
        c, n = f * c + math.exp(it) * zt, f * n + math.exp(it)
        c_l = f * c_l + sig(it) * zt
        assert demo.slstm_ratio[t] == pytest.approx(c / n, abs=1e-9)
        assert demo.lstm_read[t] == pytest.approx(math.tanh(c_l), abs=1e-9)
    assert demo.slstm_ratio[6] < -0.9 < demo.lstm_read[6] < 0  # the sLSTM overwrites, the LSTM mixes
    equal = L.overwrite(6.0, 6.0)
    kept = f**5  # the first write, five forget steps later, against the second at full weight
    assert equal.slstm_ratio[6] == pytest.approx(z * (kept - 1) / (kept + 1))  # equal strengths average


def test_answers_and_accuracy_tables():
    got = L.parity_answers("0110")
    assert got.truth == [0, 1, 0, 0] and got.by_model["parity-slstm"] == [0, 1, 0, 0]
    got = L.recall_answers("a3b7c1?b")
    assert got.truth == "7" and got.by_model["recall-mlstm"] == "7"
    parity = L.accuracy_table("parity")
    assert set(parity.model) == set(L.PARITY_MODELS) and parity.length.max() == 160
    assert L.mean_accuracy(parity, "parity-slstm", 1, 40) >= 0.95
    assert L.mean_accuracy(parity, "parity-mlstm", 41, 160) < 0.6
    recall = L.accuracy_table("recall")
    assert L.mean_accuracy(recall, "recall-mlstm", 8, 8) >= 0.95


def test_comparison_table_counts_real_parameters():
    table = L.comparison_table(say)
    assert list(table[say("xlstm.col_cell")]) == ["LSTM", "sLSTM", "mLSTM"]
    params = table[say("xlstm.col_params")]
    lstm = L.model("parity-lstm")
    assert f"{lstm.num_parameters():,}" in params[0]
    assert f"{sum(p.numel() for p in lstm.rnn.parameters()):,}" in params[0]
    assert "—" in params[1]  # no sLSTM recall model


def test_every_figure_is_valid_plotly(slstm, mlstm):
    demo = L.overwrite(2.0, 6.0)
    figures = [
        L.slstm_heatmaps(slstm, 3, 2, LABELS),
        L.slstm_nm_figure(slstm, 3, 2, LABELS),
        L.mlstm_heatmaps(mlstm, 9, LABELS),
        L.mlstm_gates_figure(mlstm, 9, LABELS),
        L.memory_figure(mlstm, 9, LABELS),
        L.match_figure(mlstm, 9, LABELS),
        L.overwrite_figure(demo, LABELS),
        L.accuracy_figure(L.accuracy_table("parity"), "parity", LABELS),
        L.accuracy_figure(L.accuracy_table("recall"), "recall", LABELS),
        L.decay_figure(mlstm, LABELS),
        L.thumbnail(),
    ]
    for figure in figures:
        validate(figure)
    long = L.slstm_inside("01" * 80)
    validate(L.slstm_heatmaps(long, 159, 15, LABELS))


def test_chart_labels_from_visitor_text_are_escaped():
    inside = L.mlstm_inside("a3b7?a")
    figure = L.match_figure(inside, 5, {**LABELS, "source_step": "<b>"})
    assert figure["layout"]["xaxis"]["title"]["text"] == "<b>"  # catalog text, ours
    assert all("<" not in tick for tick in figure["layout"]["xaxis"]["ticktext"])


def test_text_alternatives_carry_the_key_numbers(slstm, mlstm):
    alt = L.slstm_heatmaps_alt(slstm, 3, LABELS, say)
    assert "16 units over 10 steps" in alt and "step 3" in alt
    lo = f"{slstm.arrays['n'][3].min():.2f}"
    assert lo in alt
    assert f"m = {slstm.arrays['m'][3, 2]:.3f}" in L.slstm_nm_alt(slstm, 3, 2, say)
    assert "step 5 ('c1')" in L.match_alt(mlstm, 9, say)
    assert "32 × 32" in L.memory_alt(mlstm, 9, say)
    assert "step 9" in L.mlstm_gates_alt(mlstm, 9, say) and "q (query) from" in L.mlstm_heatmaps_alt(
        mlstm, 9, LABELS, say
    )
    demo = L.overwrite(2.0, 6.0)
    alt = L.overwrite_alt(demo, say)
    assert f"{demo.slstm_ratio[6]:.3f}" in alt and f"{demo.lstm_read[6]:.3f}" in alt
    alt = L.accuracy_alt(L.accuracy_table("parity"), "parity", LABELS, say)
    assert "50 fresh strings per length" in alt and "sLSTM (parity-slstm): 100.0% inside" in alt
    assert "10 × 10" in L.decay_alt(mlstm, say)
    for lang in ("es", "en"):  # every alt template formats in both languages
        assert L.decay_alt(mlstm, lambda key, lang=lang, **v: CATALOG[key][lang].format(**v))


def test_inside_runs_in_float64_from_the_float32_model():
    model = L.model("recall-mlstm")
    assert next(model.parameters()).dtype == torch.float32
    inside = L.mlstm_inside("a3?a")
    assert inside.arrays["C"].dtype == np.float64

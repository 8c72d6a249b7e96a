"""lessons.convolutions without Streamlit: the Altair spec (valid, and what Altair itself builds), the
formula, the comparison with undilated stacks against real Conv1d modules, the forecast figures."""

import dataclasses
import json
import re

import altair as alt
import pytest
import torch
from torch import nn

from engine import load_pretrained, receptive_field
from lessons import convolutions as L
from lessons.charts import validate
from ui.i18n import CATALOG
from ui.params import Problem

LABELS = {key: CATALOG[f"convolutions.l_{key}"]["en"] for key in L.LABEL_KEYS}
LABELS_ES = {key: CATALOG[f"convolutions.l_{key}"]["es"] for key in L.LABEL_KEYS}


def settings(**changes) -> L.ConvSettings:
    return dataclasses.replace(L.ConvSettings(), **changes)


def test_presets_and_lecture_numbers():
    assert L.compute_field(L.apply_preset(settings(), "wavenet")).size == 3070
    assert L.compute_field(L.apply_preset(settings(), "wavenet_block")).size == 1024
    geron = L.compute_field(L.apply_preset(settings(), "geron"))
    assert geron.size == 31 and geron.dilations == (1, 2, 4, 8) * 2
    assert L.matching_preset(L.apply_preset(settings(), "geron")) == "geron"
    assert L.matching_preset(settings(kernel_size=3)) is None


def test_modes_and_settle():
    assert L.dilations(settings(mode="constant", layers=3, blocks=2)) == (1,) * 6
    assert L.dilations(settings(mode="doubling", layers=3)) == (1, 2, 4)
    typed, problems = L.settle(settings(mode="typed", dilations=(3, 1), layers=7))
    assert typed.layers == 2 and L.dilations(typed) == (3, 1) and problems == []
    assert "dilations" in L.url_keys(typed) and "layers" not in L.url_keys(typed)
    assert "layers" in L.url_keys(settings()) and "dilations" not in L.url_keys(settings())


def test_bad_input_is_bounded_with_problems():
    parsed, problems = L.SCHEMA.parse(
        {"kernel_size": "99", "blocks": "0", "dilations": "1, x, 5000", "model": "gpt", "mode": "typed"}
    )
    assert parsed.kernel_size == L.MAX_KERNEL and parsed.blocks == 1
    assert parsed.dilations == (1, L.MAX_DILATION) and parsed.model == "forecast1-deeprnn"
    codes = {(p.key, p.code) for p in problems}
    assert {("kernel_size", "clamped"), ("blocks", "clamped"), ("dilations", "dropped")} <= codes
    assert {("dilations", "clamped"), ("model", "unknown_choice")} <= codes
    assert all(isinstance(p, Problem) for p in problems)


def test_formula_has_the_numbers_in():
    f = L.compute_field(L.apply_preset(settings(), "wavenet"))
    tex = L.formula_tex(f)
    assert r"3 \cdot (2-1)" in tex and r"1 + 2 + 4" in tex and tex.endswith(r"= 3\,070 \end{aligned}")
    assert L.formula_tex(L.compute_field(settings(layers=1))).endswith(r"= 2 \end{aligned}")


@pytest.mark.parametrize("kernel_size,layers", [(2, 4), (3, 3), (5, 1), (1, 2)])
def test_parameter_counts_match_conv1d(kernel_size, layers):
    stack = nn.Sequential(
        *[nn.Conv1d(1 if i == 0 else L.CHANNELS, L.CHANNELS, kernel_size) for i in range(layers)]
    )
    assert L.stack_parameters(kernel_size, layers) == sum(p.numel() for p in stack.parameters())
    assert sum(p.numel() for p in nn.RNN(1, 20).parameters()) == L.RNN_PARAMETERS


def test_comparison_undilated_reaches_the_same_field():
    f = L.compute_field(L.apply_preset(settings(), "wavenet"))
    c = L.compare(f)
    assert c.undilated_layers == 3069 and c.dilated_layers == 30 and c.rnn_steps == 3069
    assert receptive_field(2, [1] * c.undilated_layers) == f.size
    odd = L.compare(L.compute_field(settings(kernel_size=3, layers=3)))  # field 15: 7 layers of k = 3
    assert odd.undilated_layers == 7 and receptive_field(3, [1] * 7) == odd.field
    assert L.compare(L.compute_field(settings(kernel_size=1))).kernel_size == 2


SPEC_CASES = [
    settings(),
    L.apply_preset(settings(), "geron"),
    settings(kernel_size=3, mode="typed", dilations=(2, 3, 1), padding="same"),
    settings(kernel_size=1, layers=2),
    settings(kernel_size=8, layers=8, mode="constant", padding="same"),
]


def without_view_names(spec: dict) -> str:
    return re.sub(r"view_[0-9a-f_]+", "VIEW", json.dumps(spec, sort_keys=True))


@pytest.mark.parametrize(
    "s,labels", [(SPEC_CASES[0], LABELS), (SPEC_CASES[2], LABELS_ES), (SPEC_CASES[4], LABELS)]
)
def test_field_spec_is_what_altair_builds_and_valid(s, labels):
    f = L.compute_field(s)
    spec = L.field_spec(f, labels, output=20)
    built = L.field_chart(f, labels, 20).to_dict(validate=False)
    assert without_view_names(spec) == without_view_names(built)
    # Vega-Lite's schema (raises if invalid); three rows of the data stand for all of them (every row is
    # checked by the next test), since validating each costs seconds
    alt.LayerChart.from_dict({**spec, "data": {"values": spec["data"]["values"][:3]}})
    (out,) = [p for p in spec["params"] if p["name"] == "out"]
    assert out["select"]["on"] == "pointerover" and out["value"] == [{"o": 20}]
    rows = next(p for p in spec["params"] if p["name"] == "rows")["value"]
    assert len(rows) == f.layers + 1 and rows[0] == labels["inputs"]


@pytest.mark.parametrize("s", SPEC_CASES)
def test_picture_nodes_hold_each_outputs_cone(s):
    f = L.compute_field(s)
    nodes = L.picture_nodes(f)
    assert len(nodes) == L.WINDOW * (f.layers + 1)
    for o in (0, 13, L.WINDOW - 1):
        lit = {(n["l"], n["p"]) for n in nodes if str(o) in n["outs"].split(",")}
        expected = {
            (layer, p)
            for layer, ps in enumerate(L.cone(f.kernel_size, f.dilations, o, L.WINDOW, f.padding))
            for p in ps
        }
        assert lit == expected
        if f.padding == "causal":
            assert all(p <= o for _, p in lit)
    top = [n for n in nodes if n["l"] == f.layers]
    assert all(n["outs"] == str(n["p"]) for n in top)


def test_field_alt_says_the_numbers():
    f = L.compute_field(L.apply_preset(settings(), "geron"))
    text = L.field_alt(f, LABELS)
    assert "Output 31 depends on 31 inputs, from 1 to 31" in text and "31 inputs" in text
    centred = L.field_alt(L.compute_field(settings(padding="same")), LABELS, output=10)
    assert "come after the output" in centred


@pytest.fixture(scope="module")
def models():
    return {name: load_pretrained(name) for name in L.ONE_STEP + L.TEN_STEPS}


def test_forecast_figures_and_texts(models):
    sf = L.forecast_series(L.compute_test_forecasts(models), 3)
    assert sf.inputs.shape == (50,) and sf.future.shape == (10,)
    for fed in L.ONE_STEP:
        assert sf.ten[f"fed:{fed}"].shape == (10,)
    with torch.no_grad():
        direct = models["forecast10-lstm"].predict(torch.from_numpy(sf.inputs)[None])[0].numpy()
    assert (abs(direct - sf.ten["forecast10-lstm"]) < 1e-6).all()
    with torch.no_grad():
        fed = L.rollout(models["forecast1-rnn"], torch.from_numpy(sf.inputs)[None], 10)[0].numpy()
    assert (abs(fed - sf.ten["fed:forecast1-rnn"]) < 1e-6).all()
    assert sf.one["naive"] == sf.inputs[-1]
    for labels in (LABELS, LABELS_ES):
        validate(L.one_step_figure(sf, labels))
        validate(L.ten_step_figure(sf, "forecast1-wavenet", labels))
        assert "Test series 3" in L.one_step_alt(sf, LABELS)
        assert "fed back" in L.ten_step_alt(sf, "forecast1-linear", LABELS)


def test_scores_table_and_ordering(models):
    scores = L.compute_scores(models)
    headers, rows = L.scores_table(scores, "forecast1-deeprnn", LABELS)
    assert len(rows) == 1 + 4 + 1 + 1 + 4 and headers[-1] == LABELS["col_geron"]
    assert rows[0][-1] == "0.0202" and rows[0][1] == "0.0202"  # his data set: his naive error
    assert scores.by_step["fed:forecast1-deeprnn"].shape == (10,)
    values = L.ordering_values(scores, "forecast1-deeprnn", LABELS)
    assert float(values["ratio"]) > 1
    validate(L.errors_figure(scores, "forecast1-rnn", LABELS))
    assert "tenth" in L.errors_alt(scores, "forecast1-rnn", LABELS)


def test_thumbnail():
    validate(L.thumbnail())


def test_a_live_run_is_bounded_and_measured():
    data = L.series_data(1)
    run, loop = L.start_run("gpt", 10**9, -5, data, "r1")
    assert run.kind == "wavenet" and run.max_steps == L.TRAIN_STEPS[1] and run.seed == 0
    run, loop = L.start_run("linear", 20, 3, data, "r2")
    assert run.max_steps == L.TRAIN_STEPS[0]
    for report in loop:
        run.report(report)
        if report.step >= 30:
            break
    loop.close()
    run.finish()
    assert run.steps[-1] == 30 and run.valid_mse is not None and 0 < run.valid_mse < 1
    assert not any(p.requires_grad for p in run.model.parameters())

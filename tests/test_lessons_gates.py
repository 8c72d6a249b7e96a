"""lessons.gates without Streamlit: settings rules, readings against the engine, every figure valid Plotly."""

import dataclasses
import re

import numpy as np
import pytest
import torch

from engine import load_pretrained, lstm_step, make_task
from lessons import gates as L
from lessons.charts import training_figure, validate
from ui.params import Problem

LABELS = {
    "t": "t",
    "char": "char",
    "text": "text",
    "prediction": "answer",
    "target": "right",
    "unit": "unit",
    "gates": "gates",
    "states": "states",
    "feature_depth": "depth",
    "feature_digit": "a digit arrives",
    "right_axis": "right axis",
    "loss": "loss",
    "accuracy": "accuracy",
    "train_step": "step",
    **{f"name_{n}": f"name of {n}" for n in "ifgocrznh"},
}
DEPTH = make_task("depth")
REMEMBER = make_task("remember")


@pytest.fixture(scope="module")
def models():
    return {name: load_pretrained(name) for name in L.SHIPPED}


@pytest.fixture(scope="module")
def facts(models):
    return {name: L.facts(model) for name, model in models.items()}


def figures(reading, facts, unit, step):
    return [
        L.prediction_figure(reading, step, LABELS),
        L.heatmaps_figure(reading, unit, step, facts, LABELS),
        L.unit_figure(reading, unit, step, facts.feature, LABELS),
        L.r_figure(facts, unit, LABELS),
    ]


@pytest.mark.parametrize("name", L.SHIPPED)
def test_every_figure_of_every_model_is_valid_plotly(models, facts, name):
    model = models[name]
    for text in (model.task.showcase[0], model.task.showcase[-1][:1]):
        reading = L.read(model, text)
        for figure in figures(reading, facts[name], unit=model.hidden_size - 1, step=len(text) - 1):
            validate(figure)
            assert "nan" not in repr(figure).lower()


def test_training_figure_and_thumbnail_are_valid():
    names = {"train_step": "step", "loss": "loss", "metric": "accuracy"}
    validate(training_figure([10, 20, 30], [2.1, 1.2, 0.4], ([10, 20, 30], [0.3, 0.6, 0.95]), names))
    validate(training_figure([], [], ([], []), names))
    thumb = L.thumbnail()
    validate(thumb)
    assert np.asarray(thumb["data"][0]["z"]).shape == (16, len(L.THUMBNAIL_TEXT))


def test_a_reading_is_the_models_own_answers_and_gates(models):
    model = models["lstm-depth"]
    text = "((ab)c(((d))))e"
    reading = L.read(model, text)
    assert reading.predictions.tolist() == model.predict(text)
    assert reading.targets.tolist() == [1, 2, 2, 2, 1, 1, 2, 3, 4, 4, 3, 2, 1, 0, 0]
    assert reading.names == ("i", "f", "g", "o", "c", "h")
    with torch.no_grad():
        h = model.rnn(model.encode(text))[0].numpy()
    np.testing.assert_array_equal(reading.values["h"], h)  # the module's own output
    assert reading.right.all()  # the shipped model counts this one right


def test_r_on_one_text_is_pearsons(models):
    model = models["lstm-depth"]
    reading = L.read(model, "if(a(b)c(d(e)))f")
    r = L.text_r(reading, 10, ("c", "h"))
    depth = torch.tensor([0, 0, 1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 2, 1, 0, 0], dtype=torch.float64)
    for name in ("c", "h"):
        unit = torch.from_numpy(reading.values[name][:, 10]).double()
        assert r[name] == pytest.approx(torch.corrcoef(torch.stack([unit, depth]))[0, 1].item(), abs=1e-12)
    assert L.text_r(L.read(model, "abc"), 10, ("c",)) is None  # depth 0 all along: no r


def test_the_step_in_the_equations_is_the_engines(models):
    model = models["gru-depth"]
    reading = L.read(model, "f(g(h(x)))")
    step = L.step_of(reading, 4, 3)
    assert abs(step.h - reading.values["h"][4, 3]) < 1e-5
    latex = L.step_latex(step)
    assert latex.startswith(r"\begin{aligned}r_{4,3} &= \sigma")
    assert r"n_{4,3} &= \tanh" in latex and r"h_{4,3} &= (1 - z_{4,3})\, n_{4,3} + z_{4,3}\, h_{3,3}" in latex
    assert f"= {step.h:.4f}" in latex.split(r"\\")[-1]  # the last line ends at h_t
    assert latex.count(r"\underbrace") == 3 * 4 + 1  # four terms per gate, and r inside n


def test_the_lstm_equations_have_every_number(models):
    reading = L.read(models["lstm-depth"], "if(a(b)c(d(e)))f")
    step = L.step_of(reading, 9, 10)
    reference = lstm_step(reading.trace, 9, 10)
    assert (step.c, step.h, step.f.value) == (reference.c, reference.h, reference.f.value)
    latex = L.step_latex(step)
    for gate in ("i", "f", "g", "o"):
        g = getattr(step, gate)
        assert f"{g.value:.4f}" in latex and f"{abs(g.pre):.4f}" in latex
    numbers = [float(x) for x in re.findall(r"-?\d+\.\d{4}", latex)]
    assert abs(step.f.value * step.c_prev + step.i.value * step.g.value - step.c) < 1e-12
    assert round(step.c, 4) in [round(x, 4) for x in numbers]


@pytest.mark.parametrize(
    ("text", "used", "codes", "example"),
    [
        ("if(a(b)c)", "if(a(b)c)", (), False),
        ("Hola Mundo <b>", "holamundob", ("bad_chars",), False),
        ("Función(x)", "funcion(x)", ("bad_chars",), False),
        ("", DEPTH.showcase[0], ("empty",), True),
        ("   <>", DEPTH.showcase[0], ("bad_chars",), True),
        ("a" * 500, "a" * 60, ("too_long",), False),
    ],
)
def test_text_the_model_cannot_read_is_replaced_and_explained(text, used, codes, example):
    s, problems, verdict = L.settle(dataclasses.replace(L.GatesSettings(), text=text), DEPTH, 16)
    assert s.text == used and verdict.used == used
    assert tuple(issue.code for issue in verdict.check.errors) == codes
    assert verdict.replaced == bool(codes) and verdict.example == example
    assert problems == []


def test_the_remember_model_reads_digits_not_brackets():
    s, _, verdict = L.settle(dataclasses.replace(L.GatesSettings(), text="a(1)b"), REMEMBER, 12)
    assert s.text == "a1b" and verdict.check.errors[0].chars == "()"


def test_settle_resolves_the_unit_and_bounds_unit_and_step():
    s, problems, _ = L.settle(L.GatesSettings(), DEPTH, 16, best_unit=10)
    assert (s.unit, s.step, problems) == (10, 0, [])
    s, problems, _ = L.settle(L.GatesSettings(text="(a)", unit=15, step=40), REMEMBER, 12, best_unit=3)
    assert s.text == "a" and s.unit == 11 and s.step == 0
    assert [(p.key, p.code, p.used) for p in problems] == [
        ("unit", "clamped", "11"),
        ("step", "clamped", "0"),
    ]


def test_a_url_value_corrected_twice_gets_one_message():
    from_url = [Problem("step", "clamped", "500", "59", {"lo": "0", "hi": "59"})]
    from_settle = [
        Problem("step", "clamped", "59", "15", {"lo": "0", "hi": "15"}),
        Problem("unit", "clamped", "15", "11", {}),
    ]
    merged = L.merge_problems(from_url, from_settle)
    assert [(p.key, p.raw, p.used, p.detail.get("hi")) for p in merged] == [
        ("step", "500", "15", "15"),
        ("unit", "15", "11", None),
    ]
    auto = [Problem("unit", "not_number", "abc", str(L.AUTO_UNIT))]
    assert L.with_unit_used(auto, 10)[0].used == "10"


def test_the_url_schema_is_bounded():
    s, problems = L.SCHEMA.parse({"model": "banana", "unit": "999", "step": "-1", "text": "x" * 5000})
    assert s.model == L.DEFAULT_MODEL and s.unit == L.MAX_UNITS - 1 and s.step == 0
    assert len(s.text) == L.MAX_URL_TEXT
    assert {p.key for p in problems} == {"model", "unit", "step", "text"}
    assert L.SCHEMA.parse({"model": "MINE", "text": ""})[0] == dataclasses.replace(
        L.GatesSettings(), model=L.MINE, text=""
    )


def test_spans_of_positions():
    assert L.spans([3, 8, 9, 10, 11, 20]) == "3, 8–11, 20"
    assert L.spans([]) == ""


def test_visitor_characters_reach_charts_escaped():
    reading = L.read(load_pretrained("lstm-depth"), "ab")
    tampered = dataclasses.replace(reading, text="<b")  # as if a character slipped through
    figure = L.prediction_figure(tampered, 0, LABELS)
    assert figure["data"][0]["text"][0] == "&lt;"
    assert L.heatmaps_figure(tampered, 0, 0, None, LABELS)["layout"]["xaxis"]["ticktext"][0] == "&lt;"


def test_a_fresh_model_is_bounded_and_a_training_run_keeps_its_reports():
    with pytest.raises(ValueError):
        L.fresh_model("depth", "lstm", 64)
    with pytest.raises(ValueError):
        L.fresh_model("parity", "lstm", 8)
    from engine import train_tagger

    model = L.fresh_model("remember", "gru", 4, seed=1)
    run = L.TrainingRun(model, "x", "gru", "remember", 4, max_steps=20, max_seconds=30)
    assert run.fraction == 0 and run.version == "x:0"
    for progress in train_tagger(model, max_steps=20, max_seconds=30, report_every=10):
        run.report(progress)
    assert run.steps == [10, 20] and run.done and run.fraction == 1.0 and run.version == "x:20"
    run.finish()
    assert 0 <= run.final_accuracy <= 1 and not any(p.requires_grad for p in model.parameters())
    reading = L.read(model, "ab3cd")
    validate(L.heatmaps_figure(reading, 0, 0, L.facts(model), LABELS))


def test_the_code_shown_gives_the_numbers_shown():
    s = L.GatesSettings(model="gru-depth", text="f(g(h(x)))", unit=2, step=3)
    scope: dict = {}
    exec(L.torch_code(s, 2, 3), scope)  # the snippet a student pastes into a notebook
    reading = L.read(load_pretrained("gru-depth"), s.text)
    shown = L.step_of(reading, 3, 2)
    assert (scope["step"].h, scope["step"].z.value) == (shown.h, shown.z.value)


def test_the_code_shown_for_a_model_trained_here_trains_the_same_model():
    from engine import train_tagger

    model = L.fresh_model("depth", "gru", 5, seed=7)
    run = L.TrainingRun(model, "x", "gru", "depth", 5, max_steps=500, max_seconds=60, seed=7)
    reports = train_tagger(
        model, max_steps=500, max_seconds=60, batch_size=L.TRAIN_BATCH, lr=L.TRAIN_LR, seed=7
    )
    for progress in reports:
        run.report(progress)
        if progress.step == 30:
            break  # stopped by the visitor, as a rerun does: between two reports
    reports.close()
    s = L.GatesSettings(model=L.MINE, text="(a(b))", unit=4, step=2)
    scope: dict = {}
    exec(L.torch_code(s, 4, 2, run), scope)
    assert "max_steps=30" in L.torch_code(s, 4, 2, run)
    reading = L.read(model, s.text)
    np.testing.assert_allclose(scope["trace"].h.numpy(), reading.values["h"], rtol=0, atol=1e-6)

"""Every lesson's "open in a notebook" runs in a real Jupyter kernel (nbclient, the venv's python) from the
repository's root, at the default view and at one other, and its numbers are the lesson's own.

The reference is the lesson module's computation (what the page draws), not the notebook's code; the
notebook's figure must draw those numbers.
"""

from __future__ import annotations

import contextlib
import importlib
import pickle
import sys

import nbformat
import numpy as np
import pytest
from jupyter_client import KernelManager
from jupyter_client.kernelspec import KernelSpecManager
from nbclient import NotebookClient

from engine import SHIPPED_FORECASTERS, load_pretrained
from lessons.gates import GatesSettings
from tests.apptest import ROOT
from ui.export import notebook
from ui.i18n import CATALOG

# One view besides the default per lesson: (lesson, query), parsed by the lesson's own SCHEMA.
OTHER_VIEWS = {
    "unroll": {"mode": "layer", "H": "8", "T": "30", "seed": "3", "signal": "noise", "init": "gaussian"},
    "gradients": {"w": "0.9", "T": "25", "h0": "-0.3"},
    "gates": {"model": "gru-depth", "text": "f(g(h)i)"},
    "xlstm": {"cell": "mlstm"},
    "sequences": {"labels": "1 0 2", "probs": "0.2 0.5 0.3|0.9 0.05 0.05|0.1 0.1 0.8", "bits": "1"},
    "attention": {"model": "seq2seq-reverse-dot", "text": "memoria"},
    "memory": {"scale": "3", "query": "0.5, -1"},
    "shapes": {
        "cell": "lstm",
        "input_size": "5",
        "hidden_size": "7",
        "num_layers": "2",
        "bidirectional": "1",
    },
    "convolutions": {"series": "7"},
}


def settings_for(lesson: str, query: dict[str, str]):
    L = importlib.import_module(f"lessons.{lesson}")
    settings, problems = L.SCHEMA.parse(query)
    assert not problems, problems
    return settings


def reference(lesson: str, s) -> dict[str, np.ndarray]:
    """What the page draws for settings `s`, computed by the lesson module."""
    L = importlib.import_module(f"lessons.{lesson}")
    if lesson == "unroll":
        r = L.compute(s)
        if s.mode == "scalar":
            return {"x_t": r.x[:, 0], "a_t": r.a[:, 0], "h_t": r.h[:, 0]}
        return {"h": r.h}
    if lesson == "gradients":
        r = L.compute_scalar(s.T, s.h0)
        return {"w": r.w, "h_T": r.h_T, "log10_abs_grad": r.log10}
    if lesson == "gates":
        return L.read(load_pretrained(s.model), s.text).values
    if lesson == "xlstm":
        inside = L.slstm_inside(s.bits) if s.cell == "slstm" else L.mlstm_inside(s.prompt)
        names = "zifocnh" if s.cell == "slstm" else "qkvoh"
        return {name: inside.arrays[name] for name in names}
    if lesson == "sequences":
        result = L.read_table(s.labels, s.probs).result
        return {"loss": result.loss_bits if s.bits else result.loss}
    if lesson == "attention":
        return {"weights": L.decode(load_pretrained(s.model), s.text).weights}
    if lesson == "memory":
        by_scale = L.hand_read(s).by_scale
        return {f"c{i + 1}": by_scale[:, i] for i in range(by_scale.shape[1])}
    if lesson == "shapes":
        return {"count": np.array([p.count for p in L.compute(s).parameters], dtype=float)}
    if lesson == "convolutions":
        sf = L.forecast_series(L.compute_test_forecasts(_forecasters()), s.series)
        one = {name: np.array([value]) for name, value in sf.one.items()}
        return {"series": sf.inputs, "truth": sf.future[:1], **one}
    raise AssertionError(lesson)


_MODELS: dict = {}


def _forecasters() -> dict:
    if not _MODELS:
        _MODELS.update({name: load_pretrained(name) for name in SHIPPED_FORECASTERS})
    return _MODELS


@contextlib.contextmanager
def python3_kernel():
    """A `python3` kernel started in the repository's root. `python3` must be this interpreter (the
    venv's): ipykernel's wheel installs its spec into the venv, with argv "python", which jupyter_client
    replaces by sys.executable."""
    spec = KernelSpecManager().get_kernel_spec("python3")
    assert spec.argv[0] in ("python", "python3", sys.executable), spec.argv
    km = KernelManager(kernel_name="python3")
    km.start_kernel(cwd=str(ROOT))
    try:
        yield km
    finally:
        km.shutdown_kernel(now=True)


@pytest.fixture(scope="module")
def kernel():
    """One kernel for the module (a start costs seconds); each notebook begins with `%reset -f`, so none
    reads what an earlier one left."""
    with python3_kernel() as km:
        yield km


def run_notebook(nb_dict: dict, out_path, km: KernelManager) -> dict:
    nb = nbformat.from_dict(nb_dict)
    nbformat.validate(nb)
    dump = f"""\
import pickle
drawn = [(tr.name, np.asarray(tr.z) if getattr(tr, "z", None) is not None else np.asarray(tr.y))
         for tr in fig.data]
with open({str(out_path)!r}, "wb") as f:
    pickle.dump((numbers, drawn), f)"""
    nb.cells.insert(0, nbformat.v4.new_code_cell("%reset -f"))
    nb.cells.append(nbformat.v4.new_code_cell(dump))
    client = NotebookClient(
        nb, km=km, kernel_name="python3", timeout=120, resources={"metadata": {"path": str(ROOT)}}
    )
    client.execute()
    with open(out_path, "rb") as f:
        numbers, figure = pickle.load(f)
    return {"numbers": numbers, "figure": figure, "notebook": nb}


VIEWS = [(lesson, {}) for lesson in OTHER_VIEWS] + list(OTHER_VIEWS.items())


@pytest.mark.parametrize(
    ("lesson", "query"), VIEWS, ids=[f"{k}-{'default' if not q else 'other'}" for k, q in VIEWS]
)
def test_the_notebook_runs_and_draws_the_lessons_numbers(lesson, query, kernel, tmp_path):
    s = settings_for(lesson, query)
    ran = run_notebook(notebook(lesson, s, "es", {"lang": "es", **query}), tmp_path / "out.pkl", kernel)
    for cell in ran["notebook"].cells:
        for output in cell.get("outputs", []):
            assert output.get("output_type") != "error", output
    expected = reference(lesson, s)
    numbers = ran["numbers"]
    assert set(numbers) == set(expected)
    exact = lesson != "convolutions"  # the app forecasts 1 000 series in one batch, the notebook one
    for name, values in expected.items():
        got = np.asarray(numbers[name], dtype=float)
        want = np.asarray(values, dtype=float)
        assert got.shape == want.shape, name
        if exact:
            np.testing.assert_array_equal(got, want, err_msg=name)
        else:
            np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-6, err_msg=name)
    # the figure draws those numbers: a named trace's y (a line) or z (a heatmap, steps across)
    named = [(name, values) for name, values in ran["figure"] if name in numbers]
    assert named or lesson in ("unroll", "attention", "shapes")
    for name, values in named:
        drawn = values.T if values.ndim == 2 else values
        np.testing.assert_array_equal(
            drawn.astype(float), np.asarray(numbers[name], dtype=float), err_msg=name
        )
    assert ran["figure"] or not numbers


def test_the_first_cell_names_the_lesson_and_the_view_in_the_pages_language():
    s = settings_for("memory", {"scale": "3"})
    es = notebook("memory", s, "es", {"scale": "3", "lang": "es", "question": "`<b>x</b>` ¿dónde?"})
    en = notebook("memory", s, "en", {"scale": "3"})
    first_es, first_en = es["cells"][0]["source"], en["cells"][0]["source"]
    assert first_es.startswith(f"# {CATALOG['memory.nav']['es']}") and CATALOG["memory.nav"]["en"] in first_en
    assert "rehace la vista" in first_es and "rebuilds the view" in first_en
    assert "/memory?scale=3&lang=es&question=%60%3Cb%3Ex%3C%2Fb%3E%60%20%C2%BFd%C3%B3nde%3F" in first_es
    assert "<b>" not in first_es  # visitor text goes in percent-encoded
    nbformat.validate(nbformat.from_dict(es))
    assert all(cell["cell_type"] == "code" for cell in es["cells"][1:])


def test_visitor_text_becomes_a_string_literal_never_code():
    s = GatesSettings(text="a\"); import os; os.system('x')  # (\n")
    source = "\n".join(cell["source"] for cell in notebook("gates", s, "en", {})["cells"][1:])
    compile(source, "notebook", "exec")
    assert repr(s.text) in source

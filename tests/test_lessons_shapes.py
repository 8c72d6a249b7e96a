"""lessons.shapes without Streamlit: the figures (valid Plotly), tables, formulas, presets and pasted code."""

import contextlib
import dataclasses
import io
import itertools
import json

import pytest
import torch

from lessons import shapes as L
from lessons.charts import validate
from ui.i18n import CATALOG

LABELS = {key: CATALOG[f"shapes.l_{key}"]["en"] for key in L.LABEL_KEYS}
ISSUE = L.ShapesSettings(cell="lstm", input_size=5, hidden_size=7, num_layers=2, bidirectional=True)


def settings(**changes) -> L.ShapesSettings:
    return dataclasses.replace(L.ShapesSettings(), **changes)


def texts_of(figure) -> str:
    return " ".join(str(a.get("text", "")) for a in figure["layout"].get("annotations", []))


FIGURE_CASES = [
    settings(cell=cell, num_layers=layers, bidirectional=bi, seq_len=T, hidden_size=7, input_size=5)
    for cell, layers, bi, T in [
        ("rnn", 1, False, 1),
        ("rnn", 1, False, 3),
        ("lstm", 2, True, 3),
        ("gru", 3, False, 8),
        ("lstm", 5, True, 100),
        ("gru", 8, True, 100_000),
    ]
]


@pytest.mark.parametrize(
    "s", FIGURE_CASES, ids=lambda s: f"{s.cell}-{s.num_layers}-{s.bidirectional}-{s.seq_len}"
)
@pytest.mark.parametrize("numbers", [True, False], ids=["answers", "quiz"])
def test_every_figure_is_valid_plotly(s, numbers):
    r = L.compute(s)
    for figure in (L.network_figure(r, LABELS, numbers), L.gates_figure(r, LABELS, numbers)):
        validate(figure)
        json.dumps(figure)  # plain data all the way down: nothing Streamlit would have to convert


def test_the_other_figures_are_valid_plotly():
    validate(L.configurations_figure(LABELS))
    validate(L.thumbnail())


def test_the_network_names_every_state_by_its_index_in_h_n():
    text = texts_of(L.network_figure(L.compute(ISSUE), LABELS))
    for k in range(4):  # 2 layers x 2 directions
        assert f"h0[{k}], c0[{k}]" in text and f"h_n[{k}], c_n[{k}]" in text
    assert text.count("cat") >= 2 * 3 + 2  # both directions joined at every step of both layers
    assert "(N, I) = (1, 5)" in text and "(N, D·H) = (1, 14)" in text


def test_long_sequences_and_deep_stacks_are_drawn_with_gaps():
    s = settings(cell="gru", num_layers=6, seq_len=100)
    text = texts_of(L.network_figure(L.compute(s), LABELS))
    assert "x<sub>99</sub>" in text and "x<sub>3</sub>" not in text and "…" in text
    assert "h_n[5]" in text and "h_n[2]" not in text and "⋮" in text
    assert L.steps_drawn(3) == [0, 1, 2] and L.steps_drawn(9) == [0, 1, 2, None, 8]
    assert L.layers_drawn(3) == [0, 1, 2] and L.layers_drawn(8) == [0, 1, None, 7]


def test_a_quiz_draws_letters_without_numbers():
    r = L.compute(ISSUE)
    text = texts_of(L.network_figure(r, LABELS, numbers=False)) + texts_of(L.gates_figure(r, LABELS, False))
    assert "(N, I)" in text and "(1, 5)" not in text and "28" not in text and "14" not in text


def test_the_gates_figure_stacks_the_gates_in_pytorchs_order():
    text = texts_of(L.gates_figure(L.compute(ISSUE), LABELS))
    assert text.index("<b>i</b>") < text.index("<b>f</b>") < text.index("<b>g</b>") < text.index("<b>o</b>")
    assert "4H = 28" in text and "2H = 14" in text  # weight_ih_l1 reads both directions
    gru = texts_of(L.gates_figure(L.compute(settings(cell="gru", hidden_size=4)), LABELS))
    assert gru.index("<b>r</b>") < gru.index("<b>z</b>") < gru.index("<b>n</b>")


def test_the_lecture_table():
    r = L.compute(ISSUE)
    rows = L.lecture_rows(r, quiz=False)
    assert rows[0] == ("x", "(3, 1, 5)", "weight_ih_l0", "(28, 5)")
    assert rows[5][:2] == ("c_n", "(4, 1, 7)")
    assert rows[8][2:] == ("weight_ih_l1", "(28, 14)")
    assert len(rows) == 16 and rows[-1][:2] == ("", "")
    quiz = L.lecture_rows(r, quiz=True)
    assert {row[1] for row in quiz[:6]} == {"?"} and quiz[0][2] == "weight_ih_l0"
    markdown = L.lecture_markdown(r, ["Variable", "Tamaño", "Parámetro", "Tamaño"], quiz=False)
    assert markdown.startswith("| Variable | Tamaño | Parámetro | Tamaño |")
    assert "| `weight_ih_l1` | (28,\u00a014) |" in markdown


def test_a_deep_stack_shows_two_layers_in_the_lecture_table():
    r = L.compute(settings(cell="lstm", num_layers=8, bidirectional=True))
    rows = L.lecture_rows(r, quiz=False, labels=LABELS)
    assert len(r.parameters) == 64 and len(rows) == 17
    assert rows[-1][2] == "… layers 2 to 7: as layer 1"


def test_the_tables_hold_the_reports_numbers():
    r = L.compute(ISSUE)
    table = L.parameters_table(r, LABELS).frame()
    row = table[table["Parameter"] == "weight_ih_l1_reverse"].iloc[0]
    assert (row["Shape"], row["In letters"], row["Count"]) == ("(28, 14)", "(4H, 2H)", "392")
    assert row["What it is"] == "W_ih, layer 1, reverse: gates i, f, g, o"
    tensors = L.tensors_table(r, LABELS).frame().set_index("Tensor")
    assert (
        tensors.loc["output", "Batched"] == "(3, 1, 14)" and tensors.loc["output", "Unbatched"] == "(3, 14)"
    )
    assert tensors.loc["h_n", "In letters"] == "(D·num_layers, N, H)"
    assert "concatenated" in tensors.loc["output", "What it is"]
    hidden = L.parameters_table(r, LABELS, quiz=True)
    assert set(hidden.column("Shape")) == {"?"} and set(hidden.column("Count")) == {"?"}
    markdown = L.tensors_table(r, LABELS).markdown()
    assert markdown.startswith("| Tensor | Batched |") and "| `output` | (3,\u00a01,\u00a014) |" in markdown


def test_the_count_with_the_numbers_in():
    tex = L.count_tex_lines(L.compute(ISSUE), LABELS)
    assert r"2 \times [4 \cdot 7 \cdot (5 + 7) + 8 \cdot 7] = 2 \times 392 = 784" in tex
    assert r"2 \times [4 \cdot 7 \cdot (14 + 7) + 8 \cdot 7] = 2 \times 644 = 1\,288" in tex
    assert r"784 + 1\,288 = 2\,072" in tex
    one = L.count_tex_lines(L.compute(settings(cell="lstm", input_size=5, hidden_size=7)), LABELS)
    assert r"4 \cdot 7 \cdot (5 + 7) + 8 \cdot 7 = 392" in one and "total" not in one
    deep = L.count_tex_lines(L.compute(settings(cell="gru", num_layers=4)), LABELS)
    assert "layers 1 to 3, each" in deep and r"3 \times" in deep
    quiz = L.count_tex_lines(L.compute(ISSUE), LABELS, quiz=True)
    assert "784" not in quiz and "2\\,072" not in quiz and r"(5 + 7)" in quiz
    assert "8H" in L.formula_tex("lstm", LABELS) and "6H" in L.formula_tex("gru", LABELS)
    both = L.count_equation(L.compute(ISSUE), LABELS)
    assert both.startswith(r"\begin{gathered}") and "8H" in both and "2\\,072" in both


def test_sizes_in_text():
    assert L.count_text(1_375_993_856) == "1\u202f375\u202f993\u202f856"
    assert L.shape_text((28,)) == "(28,)" and L.shape_text((16384, 1024)) == "(16\u202f384, 1\u202f024)"
    assert L.memory_text(4 * 1_375_993_856) == "5.5 GB" and L.memory_text(16) == "16 B"


def run_snippet(code: str) -> tuple[dict, str]:
    scope: dict = {}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(code, scope)  # the snippet a student pastes into a notebook
    return scope, out.getvalue()


@pytest.mark.parametrize(
    "s",
    [
        L.apply_preset(L.ShapesSettings(), "basic"),
        ISSUE,
        settings(cell="gru", input_size=3, hidden_size=4, num_layers=3, batch_first=True, seq_len=6, batch=2),
        settings(cell="rnn", input_size=2, hidden_size=3, num_layers=2, bidirectional=True, batch_first=True),
    ],
    ids=["basic", "issue", "gru-batch-first", "rnn-bi-batch-first"],
)
def test_the_code_the_page_shows_gives_the_numbers_it_shows(s):
    r = L.compute(s)
    scope, printed = run_snippet(L.torch_code(r))
    shapes = {name: tuple(p.shape) for name, p in scope["rnn"].named_parameters()}
    assert shapes == {p.name: p.shape for p in r.parameters}
    assert str(r.total) in printed.splitlines()
    assert tuple(scope["output"].shape) == r.tensor("output").shape
    assert tuple(scope["h_n"].shape) == r.tensor("h_n").shape
    checks = [line for line in printed.splitlines() if line in ("True", "False")]
    assert checks and set(checks) == {"True"}  # where h_n sits in output, as the page says


def test_the_code_for_a_huge_network_builds_on_meta():
    r = L.compute(L.apply_preset(L.ShapesSettings(), "huge"))
    code = L.torch_code(r)
    assert 'device="meta"' in code and "\n# output, (h_n, c_n) = rnn(x)" in code
    scope, printed = run_snippet(code)
    assert all(p.is_meta for p in scope["rnn"].parameters())
    assert str(r.total) in printed.splitlines()


def test_where_the_states_meet_is_true_of_a_real_module():
    for bi, bf in itertools.product((False, True), repeat=2):
        s = settings(
            cell="gru", input_size=3, hidden_size=4, num_layers=2, bidirectional=bi, batch_first=bf, batch=2
        )
        c = L.config(s)
        rnn = torch.nn.GRU(3, 4, num_layers=2, bidirectional=bi, batch_first=bf)
        x = torch.randn((2, 3, 3) if bf else (3, 2, 3))
        output, h_n = rnn(x)
        meet = L.where_states_meet(c)
        scope = {"output": output, "h_n": h_n}
        assert torch.equal(eval(meet[0], scope), h_n[-2] if bi else h_n[-1])
        if bi:
            assert torch.equal(eval(meet[1], scope), h_n[-1])


def test_configuration_shapes_use_this_network():
    values = L.configuration_shapes(L.compute(ISSUE))
    assert values["last"] == "(N,\u00a0D·H) = (1,\u00a014)"
    assert values["h_n"] == "(D·num_layers,\u00a0N,\u00a0H) = (4,\u00a01,\u00a07)"
    assert values["x_one"] == "(1,\u00a0N,\u00a0I) = (1,\u00a01,\u00a05)"
    assert "=" not in L.configuration_shapes(L.compute(ISSUE), numbers=False)["output"]


def test_presets_are_valid_settings_and_recognised():
    for name in L.PRESETS:
        s = L.apply_preset(L.ShapesSettings(), name)
        assert L.SCHEMA.parse(L.SCHEMA.to_query(s)) == (s, [])
        assert L.matching_preset(s) == name
    lecture = [L.apply_preset(L.ShapesSettings(), name) for name in L.LECTURE_PRESETS]
    assert [(s.input_size, s.hidden_size, s.num_layers) for s in lecture] == [
        (1, 1, 1),
        (1, 4, 1),
        (2, 4, 1),
        (2, 4, 2),
    ]
    assert all(s.cell == "rnn" and s.seq_len == 3 for s in lecture)


@pytest.mark.parametrize(
    ("query", "field", "used", "code"),
    [
        ({"hidden_size": "0"}, "hidden_size", 1, "clamped"),
        ({"hidden_size": "-5"}, "hidden_size", 1, "clamped"),
        ({"hidden_size": "abc"}, "hidden_size", 1, "not_number"),
        ({"hidden_size": "1e12"}, "hidden_size", L.MAX_HIDDEN, "clamped"),
        ({"num_layers": "100"}, "num_layers", L.MAX_LAYERS, "clamped"),
        ({"seq_len": "2.5"}, "seq_len", 2, "not_integer"),
        ({"cell": "transformer"}, "cell", "rnn", "unknown_choice"),
        ({"bidirectional": "maybe"}, "bidirectional", False, "not_bool"),
    ],
)
def test_bad_urls_get_bounded_values_and_a_problem(query, field, used, code):
    s, problems = L.SCHEMA.parse(query)
    assert getattr(s, field) == used and [p.code for p in problems] == [code]
    L.compute(s)  # and the module builds


def test_quiz_is_in_the_url_only_when_on():
    assert "quiz" not in L.url_keys(L.ShapesSettings())
    assert L.url_keys(settings(quiz=True))[-1] == "quiz"
    assert L.settle(ISSUE) == (ISSUE, [])

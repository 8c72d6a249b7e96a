"""The "Vanishing and exploding gradients" page under AppTest: values shown, URL handling, bad input."""

import numpy as np
import pytest

from tests.apptest import assert_clean, open_app, query, texts, warnings

PAGE = "pages/gradients.py"
ISSUE_LINK = {"w": "1.5", "T": "10", "h0": "0.5", "H": "32", "norm": "1.2", "act": "tanh"}
DEFAULTS = {
    "part": "weight",
    "w": "1.5",
    "T": "10",
    "h0": "0.5",
    "log": "true",
    "H": "32",
    "length": "100",
    "norm": "0.9",
    "init": "orthogonal",
    "act": "tanh",
    "seed": "0",
    "gate_bias": "1",
    "clip": "1",
    "window": "20",
}


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def charts(at) -> int:
    return len(at.get("plotly_chart"))


PART_OF = {
    "w": "weight",
    "T": "weight",
    "log": "weight",
    "H": "matrix",
    "norm": "matrix",
    "act": "matrix",
    "init": "matrix",
    "gate_bias": "gates",
    "clip": "fixes",
    "window": "fixes",
}
CHARTS = {"weight": 1, "matrix": 4, "gates": 1, "fixes": 3}  # nine figures in all, one part on screen


def go(at, part: str):
    """Switch to another part of the lesson, as the chapter switch at the top does."""
    at.button_group(key="gradients:part").set_value(part).run()
    assert_clean(at)
    assert charts(at) == CHARTS[part]
    return at


def lecture(w, T, h0=0.5):
    hs = [h0]
    for _ in range(T):
        hs.append(np.tanh(w * hs[-1]))
    dh = 1
    for t in range(T):
        dh = (1 - hs[-1 - t] ** 2) * w * dh
    return hs[-1], dh


def test_the_issue_link_shows_the_lecture_numbers_and_pascanu():
    at = open_app(PAGE, ISSUE_LINK)
    assert_clean(at)
    h, dh = lecture(1.5, 10)
    shown = metrics(at)
    assert shown["h_T with T = 10"] == f"{h:.4f}" == "0.8585"
    assert shown["∂h_T/∂h_0 with T = 10"] == f"{dh:.1e}".replace("e-0", "e-")  # 6.0e-4
    assert query(at) == {**DEFAULTS, **ISSUE_LINK}
    assert charts(at) == CHARTS["weight"]
    go(at, "matrix")
    page = texts(at)
    assert "Pascanu, Mikolov and Bengio (2013)" in page and "$\\rho$ = 1.200" in page
    assert "σ_max = 1.20 > 1 and the gradient does not explode" in warnings(at)  # lectures vs computed
    assert query(at)["part"] == "matrix" and query(at)["norm"] == "1.2"


def test_no_query_opens_the_default_view_and_writes_every_control_to_the_url():
    at = open_app(PAGE, {})
    assert_clean(at)
    assert query(at) == DEFAULTS
    go(at, "matrix")
    assert "**It vanishes.**" in texts(at)
    assert "vanishing is guaranteed" in "\n".join(i.value for i in at.info)


@pytest.mark.parametrize(
    ("kind", "key", "value", "url"),
    [
        ("slider", "w", -2.5, "-2.5"),
        ("slider", "T", 50, "50"),
        ("toggle", "log", False, "false"),
        ("slider", "H", 8, "8"),
        ("slider", "norm", 1.5, "1.5"),
        ("button_group", "act", "relu", "relu"),
        ("button_group", "init", "gaussian", "gaussian"),
        ("slider", "gate_bias", 3.0, "3"),
        ("number_input", "clip", 50.0, "50"),
        ("slider", "window", 5, "5"),
    ],
)
def test_each_control_changes_the_url(kind, key, value, url):
    at = open_app(PAGE, {"H": "8", "length": "40", "part": PART_OF[key]})
    getattr(at, kind)(key=f"gradients:{key}").set_value(value).run()
    assert_clean(at)
    assert query(at)[key] == url
    assert charts(at) == CHARTS[PART_OF[key]]


def test_the_norm_slider_moves_from_vanishing_to_exploding():
    at = open_app(PAGE, {"act": "linear", "H": "8", "length": "60", "part": "matrix"})
    at.slider(key="gradients:norm").set_value(0.8).run()
    assert "**It vanishes.**" in texts(at)
    at.slider(key="gradients:norm").set_value(1.3).run()
    assert "**It explodes.**" in texts(at)
    go(at, "fixes")  # part 4 works on the same network
    assert "σ_max = 1.3" in texts(at)
    shown = metrics(at)
    assert shown["cosine(before, after)"] == "1.000000"  # clipped, same direction
    assert float(shown["‖g‖ after"]) == pytest.approx(1.0, rel=1e-5)


@pytest.mark.parametrize(
    ("params", "said", "used"),
    [
        ({"T": "100000000"}, "outside the allowed range", {"T": "200"}),
        ({"w": "1e308"}, "outside the allowed range", {"w": "4"}),
        ({"act": "unknown"}, "not one of the options", {"act": "tanh"}),
        ({"H": "0"}, "outside the allowed range", {"H": "1"}),
        ({"norm": "-1"}, "outside the allowed range", {"norm": "0.1"}),
        ({"length": "1e9", "window": "500"}, "outside the allowed range", {"length": "200", "window": "200"}),
        ({"w": "nan", "clip": "inf"}, "not a finite number", {"w": "1.5", "clip": "1"}),
        ({"seed": "<b>x</b>"}, "`<b>x</b>` is not a number", {"seed": "0"}),
    ],
)
def test_bad_values_in_the_url_get_a_message_bounded_values_and_a_working_page(params, said, used):
    at = open_app(PAGE, {**ISSUE_LINK, **params})
    assert_clean(at)
    assert said in warnings(at)
    for key, value in used.items():
        assert query(at)[key] == value
    assert charts(at) == CHARTS["weight"] and at.metric  # the page goes on working
    go(at, "fixes")


def test_a_window_longer_than_the_sequence_is_fitted():
    at = open_app(PAGE, {"length": "30", "window": "80", "H": "8", "part": "fixes"})
    assert_clean(at)
    assert query(at)["window"] == "30"
    assert "outside the allowed range, 1 to 30" in warnings(at)


def test_sizes_past_float64_are_named_not_hidden():
    at = open_app(PAGE, {"w": "4", "T": "200", "act": "sigmoid", "norm": "0.1", "length": "200", "H": "4"})
    assert_clean(at)
    assert "below the smallest normal float64" in warnings(at)  # the chosen w: about 10^-452
    assert metrics(at)["∂h_T/∂h_0 with T = 200"].endswith("e-452")
    go(at, "matrix")
    assert "(underflow in float64)" in texts(at)  # the matrix: 10^-320


def test_a_preset_sets_the_matrix():
    at = open_app(PAGE, {"H": "8", "length": "100", "part": "matrix"})
    pills = next(el for el in at.get("button_group") if el.key == "gradients:preset")
    pills.set_value("explode").run()
    assert_clean(at)
    q = query(at)
    assert (q["act"], q["norm"], q["init"], q["H"]) == ("linear", "1.1", "orthogonal", "8")
    assert "**It explodes.**" in texts(at)


def test_the_page_in_spanish():
    at = open_app(PAGE, {"H": "8", "length": "40", "part": "matrix"}, locale="es-AR")
    assert_clean(at)
    assert at.title[0].value == "Gradientes que se desvanecen y explotan"
    assert "Pascanu, Mikolov y Bengio (2013)" in texts(at)


def test_the_parts_in_order_and_back_to_the_network():
    at = open_app(PAGE, {"H": "8", "length": "40"})
    for part in ("matrix", "gates", "fixes"):
        next(b for b in at.button if b.label.startswith("Next:")).click().run()
        assert_clean(at)
        assert query(at)["part"] == part and charts(at) == CHARTS[part]
    assert not any(b.label.startswith("Next:") for b in at.button)  # the last part
    assert "H = 8 units, T = 40 steps" in texts(at)
    next(b for b in at.button if b.label == "Change it in part 2").click().run()
    assert query(at)["part"] == "matrix"


def test_an_unknown_part_falls_back_to_the_first():
    at = open_app(PAGE, {"part": "<i>five</i>"})
    assert_clean(at)
    assert "`<i>five</i>` is not one of the options" in warnings(at)
    assert query(at)["part"] == "weight" and charts(at) == CHARTS["weight"]


@pytest.mark.parametrize(("act", "norm"), [("tanh", "1"), ("linear", "1")])  # sigmoid's 4 is past the slider
def test_the_boundary_of_pascanus_theorem_says_so_on_every_seed(act, norm):
    for seed in ("1", "7"):
        at = open_app(PAGE, {"part": "matrix", "init": "orthogonal", "norm": norm, "act": act, "seed": seed})
        assert_clean(at)
        said = "\n".join(i.value for i in at.info)
        assert "the boundary" in said and "guaranteed" not in said.replace("not guaranteed", "")
        assert "does not explode" not in warnings(at)  # sigma_max = 1.00 is not > 1
        if act == "linear":
            assert "keeps the norm exactly" in said and "**Neither vanishes nor explodes**" in texts(at)

"""ui.params: every bad value gives a bounded value to use and a problem that says so."""

from dataclasses import dataclass

import pytest

from ui.params import (
    BoolParam,
    ChoiceParam,
    FloatListParam,
    FloatParam,
    IntParam,
    Schema,
    TextParam,
    format_number,
    split_numbers,
)


def codes(problems):
    return [p.code for p in problems]


@pytest.mark.parametrize(
    ("raw", "value", "problem"),
    [
        ("0.25", 0.25, []),
        ("-3", -3.0, []),
        ("abc", 1.0, ["not_number"]),
        ("", 1.0, ["not_number"]),
        ("nan", 1.0, ["not_finite"]),
        ("inf", 1.0, ["not_finite"]),
        ("-Infinity", 1.0, ["not_finite"]),
        ("1e308", 10.0, ["clamped"]),
        ("-1e400", 1.0, ["not_finite"]),
        ("−2", -2.0, []),
    ],
)
def test_float(raw, value, problem):
    got, problems = FloatParam(-10, 10).parse("U", raw, 1.0)
    assert got == value and codes(problems) == problem


@pytest.mark.parametrize(
    ("raw", "value", "problem"),
    [
        ("10", 10, []),
        ("100000000", 200, ["clamped"]),
        ("0", 1, ["clamped"]),
        ("2.5", 2, ["not_integer"]),
        ("x", 7, ["not_number"]),
        ("1e8", 200, ["clamped"]),
    ],
)
def test_int(raw, value, problem):
    got, problems = IntParam(1, 200).parse("T", raw, 7)
    assert got == value and codes(problems) == problem


def test_choice_is_case_insensitive_and_falls_back():
    param = ChoiceParam(("tanh", "relu"))
    assert param.parse("act", "ReLU", "tanh") == ("relu", [])
    value, problems = param.parse("act", "sigmoid", "tanh")
    assert value == "tanh" and codes(problems) == ["unknown_choice"]
    assert problems[0].detail["options"] == "tanh, relu"


def test_bool():
    assert BoolParam().parse("o", "true", False) == (True, [])
    assert BoolParam().parse("o", "0", True) == (False, [])
    assert codes(BoolParam().parse("o", "maybe", False)[1]) == ["not_bool"]


def test_list_keeps_good_numbers_and_says_what_it_dropped():
    param = FloatListParam(max_len=5, lo=-100, hi=100)
    value, problems = param.parse("x", "0.7, abc, nan, 1e9, 1.1", (1.0,))
    assert value == (0.7, 100.0, 1.1)
    assert sorted(codes(problems)) == ["clamped", "dropped"]
    assert [p.raw for p in problems if p.code == "dropped"] == ["abc, nan"]


def test_list_too_long_is_cut_and_empty_falls_back():
    param = FloatListParam(max_len=500, lo=-1, hi=1)
    value, problems = param.parse("x", ",".join(["0.5"] * 501), (0.0,))
    assert len(value) == 500 and codes(problems) == ["too_many"]
    value, problems = param.parse("x", " , ", (0.7, 0.9))
    assert value == (0.7, 0.9) and codes(problems) == ["empty"]


def test_list_reads_spanish_decimal_commas_between_semicolons():
    assert split_numbers("0,7; 0,9; 1,1") == ["0.7", "0.9", "1.1"]
    assert split_numbers("0.7, 0.9 1.1") == ["0.7", "0.9", "1.1"]


def test_integer_list_refuses_fractions():
    param = FloatListParam(max_len=3, lo=0, hi=9, integer=True, as_text=False)
    value, problems = param.parse("units", "1,2.5,3", (0,))
    assert value == (1, 3) and codes(problems) == ["dropped"]
    assert param.to_widget((1, 3)) == [1, 3]


def test_text_is_cut_and_stripped_of_control_characters():
    value, problems = TextParam(max_len=5).parse("text", "ab\x00cdefgh", "x")
    assert value == "abcde" and codes(problems) == ["too_long"]
    value, problems = TextParam(max_len=5).parse("text", "", "def")
    assert value == "def" and codes(problems) == ["empty"]


def test_format_number_round_trips():
    for v in (0.2, -0.1, 1e-05, 3.0, 12345.678):
        assert float(format_number(v)) == v
    assert format_number(3.0) == "3"


@dataclass(frozen=True)
class Demo:
    w: float = 1.5
    T: int = 10
    act: str = "tanh"


SCHEMA = Schema(Demo, w=FloatParam(-4, 4), T=IntParam(1, 200), act=ChoiceParam(("tanh", "relu")))


def test_schema_reads_a_query_and_reports_every_problem():
    settings, problems = SCHEMA.parse({"w": "1e308", "T": "100000000", "act": "nope", "other": "1"})
    assert settings == Demo(w=4.0, T=200, act="tanh")
    assert {(p.key, p.code) for p in problems} == {
        ("w", "clamped"),
        ("T", "clamped"),
        ("act", "unknown_choice"),
    }


def test_schema_round_trips_through_the_query():
    settings = Demo(w=-0.25, T=3, act="relu")
    assert SCHEMA.parse(SCHEMA.to_query(settings)) == (settings, [])


def test_schema_must_match_the_dataclass():
    with pytest.raises(ValueError):
        Schema(Demo, w=FloatParam(0, 1))

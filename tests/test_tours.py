"""Every lesson's guided tour (issue 18): its shape, its catalog, and each stop walked under AppTest.

Each stop opened from its link shows the stop in the container keyed `tour`, puts the stop's settings into
the page's widgets, and for a predict-then-reveal stop holds the page back until a guess is checked, then
shows the answer computed on the stop's settings and whether the guess was right.
"""

from __future__ import annotations

import importlib

import pytest

from lessons.tour import Choice, Number, Stop, check_tour
from tests.apptest import assert_clean, open_app, texts
from ui.i18n import CATALOG, placeholders
from ui.lessons import LESSONS

TOURS = {lesson.key: importlib.import_module(f"lessons.{lesson.key}") for lesson in LESSONS}
STOPS = [
    (key, i, stop) for key, module in TOURS.items() for i, stop in enumerate(getattr(module, "TOUR", ()))
]


@pytest.mark.parametrize("key", list(TOURS))
def test_every_lesson_has_a_tour_that_fits_the_rules(key):
    module = TOURS[key]
    assert hasattr(module, "TOUR"), f"{key} has no guided tour"
    assert check_tour(key, module.TOUR, module.SCHEMA, CATALOG) == []


@pytest.mark.parametrize(("key", "index", "stop"), [s for s in STOPS if s[2].question is not None])
def test_a_reveal_says_the_numbers_it_computes(key, index, stop):
    settings, _ = TOURS[key].SCHEMA.parse(dict(stop.settings))
    reveal = stop.question.answer(settings)
    sentence = f"{key}.tour_{stop.key}_reveal"
    for lang in ("es", "en"):
        assert placeholders(CATALOG[sentence][lang]) == set(reveal.values), (sentence, lang)
    if isinstance(stop.question, Choice):
        assert reveal.value in stop.question.options
    else:
        assert stop.question.lo <= float(reveal.value) <= stop.question.hi and reveal.text


def _page(key: str) -> str:
    return f"pages/{key}.py"


def _guess_key(key: str, stop: Stop) -> str:
    return f"tour:{key}:{stop.key}:guess"


@pytest.mark.parametrize(("key", "index", "stop"), STOPS, ids=[f"{k}-{s.key}" for k, _, s in STOPS])
def test_each_stop_opens_from_its_link_and_reveals_the_engine_answer(key, index, stop):
    lang = ("es", "en")[index % 2]  # every stop once, the two languages taking turns
    module = TOURS[key]
    at = open_app(_page(key), {"tour": "1", "stop": str(index + 1), "lang": lang}, locale=None)
    assert_clean(at)
    shown = texts(at)
    title = CATALOG[f"{key}.tour_{stop.key}_title"][lang]
    assert title in shown
    settings, _ = module.SCHEMA.parse(dict(stop.settings))
    held = module.SCHEMA.to_widgets(settings)
    for name in stop.settings:
        assert at.session_state[f"{key}:{name}"] == held[name], name
    assert at.query_params["tour"] == ["1"] or at.query_params["tour"] == "1"
    if stop.question is None:
        return
    waiting = CATALOG["tour.waiting"][lang]
    assert any(waiting in str(box.value) for box in at.info), "the page should wait for a guess"
    reveal = stop.question.answer(settings)
    if isinstance(stop.question, Choice):
        at.radio(key=_guess_key(key, stop)).set_value(reveal.value)
    else:
        assert isinstance(stop.question, Number)
        at.number_input(key=_guess_key(key, stop)).set_value(float(reveal.value))
    at.run()
    at.button(key=f"tour:{key}:{stop.key}:check").click()
    at.run()
    assert_clean(at)
    assert not any(waiting in str(box.value) for box in at.info)
    said = "\n".join(str(box.value) for box in at.success)
    right = CATALOG["tour.right"][lang].split("{guess}")[1].split("{answer}")[0]
    assert right in said, said
    if isinstance(stop.question, Choice):
        assert CATALOG[f"{key}.tour_{stop.key}_opt_{reveal.value}"][lang] in said
    else:
        assert reveal.text in said


@pytest.mark.parametrize(
    "query",
    [
        {"tour": "maybe"},
        {"tour": "1", "stop": "0"},
        {"stop": "99"},
        {"tour": "1", "stop": "abc"},
        {"tour": "1", "stop": "1" * 500},
    ],
)
def test_bad_tour_values_get_a_message_and_the_normal_page(query):
    at = open_app("pages/gradients.py", query)
    assert_clean(at)
    assert at.warning, "a bad value gets a message"
    assert CATALOG["tour.start"]["en"].split("(")[0].strip() in [
        b.label.split("(")[0].strip() for b in at.button
    ]
    assert "tour" not in at.query_params and "stop" not in at.query_params


def test_a_wrong_guess_is_told_so_with_the_computed_answer():
    stop = TOURS["gradients"].TOUR[0]
    index = 0
    at = open_app("pages/gradients.py", {"tour": "1", "stop": str(index + 1)})
    settings, _ = TOURS["gradients"].SCHEMA.parse(dict(stop.settings))
    reveal = stop.question.answer(settings)
    wrong = next(o for o in stop.question.options if o != reveal.value)
    at.radio(key=_guess_key("gradients", stop)).set_value(wrong)
    at.run()
    at.button(key=f"tour:gradients:{stop.key}:check").click()
    at.run()
    assert_clean(at)
    said = "\n".join(str(box.value) for box in at.warning)
    assert "not quite" in said and CATALOG[f"gradients.tour_{stop.key}_opt_{reveal.value}"]["en"] in said


def test_next_puts_the_next_stops_settings_into_the_page():
    tour = TOURS["gradients"].TOUR
    at = open_app("pages/gradients.py", {"tour": "1", "stop": "2"})
    at.button(key="tour:gradients:next").click()
    at.run()
    assert_clean(at)
    settings, _ = TOURS["gradients"].SCHEMA.parse(dict(tour[2].settings))
    for name in tour[2].settings:
        assert at.session_state[f"gradients:{name}"] == TOURS["gradients"].SCHEMA.to_widgets(settings)[name]
    assert at.query_params["stop"] in ("3", ["3"])
    assert texts(at).count(CATALOG[f"gradients.tour_{tour[2].key}_title"]["en"]) >= 1

"""Every lesson's guided tour (issue 18), on its page under AppTest, the same checks for each lesson.

- The tour's shape and catalog: 4-8 stops, at least two predict-then-reveal, settings the page accepts,
  every text in es and en, each reveal's placeholders filled by the numbers its answer computes.
- Each stop opened from its own link, in both languages: the tour's box, the stop's settings in the widgets
  and in the URL, and a question stop holding the page back (no figure) until a guess is checked.
- The tour walked with Next in both languages, every question answered right and its verdict, answer and
  reveal checked against the engine's answer on the stop's settings; then Back.
- Every question answered wrongly: told so, with the computed answer.
- Bad `tour` / `stop` values: a message and the normal page. Projector mode folds the long explanations.

Each lesson's answers are checked against references the lesson does not use in tests/test_tour_<lesson>.py.
"""

from __future__ import annotations

import importlib

import pytest

from lessons.tour import Choice, check_tour
from tests import tourwalk
from tests.apptest import assert_clean, open_app, query
from ui.i18n import CATALOG, placeholders
from ui.lessons import LESSONS

MODULES = {lesson.key: importlib.import_module(f"lessons.{lesson.key}") for lesson in LESSONS}
KEYS = list(MODULES)
STOPS = [(key, number, stop) for key in KEYS for number, stop in enumerate(MODULES[key].TOUR, start=1)]
QUESTIONS = [s for s in STOPS if s[2].question is not None]


def _id(case) -> str:
    key, number, stop = case
    return f"{key}-{number}-{stop.key}"


@pytest.mark.parametrize("key", KEYS)
def test_every_lesson_has_a_tour_that_fits_the_rules(key):
    module = MODULES[key]
    assert check_tour(key, module.TOUR, module.SCHEMA, CATALOG) == []


@pytest.mark.parametrize("case", QUESTIONS, ids=_id)
def test_a_reveal_says_the_numbers_it_computes(case):
    key, _, stop = case
    settings, _ = MODULES[key].SCHEMA.parse(dict(stop.settings))
    reveal = stop.question.answer(settings)
    sentence = f"{key}.tour_{stop.key}_reveal"
    for lang in ("es", "en"):
        assert placeholders(CATALOG[sentence][lang]) == set(reveal.values), (sentence, lang)
    if isinstance(stop.question, Choice):
        assert reveal.value in stop.question.options
    else:
        assert stop.question.lo <= float(reveal.value) <= stop.question.hi and reveal.text


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("case", STOPS, ids=_id)
def test_each_stop_opens_from_its_link(case, lang):
    key, number, stop = case
    at = open_app(f"pages/{key}.py", {"tour": "1", "stop": str(number), "lang": lang}, locale=None)
    assert_clean(at)
    assert any(b.key == f"tour:{key}:close" for b in at.button), "the tour's box"
    tourwalk.holds_stop(at, key, MODULES[key], stop)
    url = query(at)
    schema = MODULES[key].SCHEMA
    opened, _ = schema.parse({k: v for k, v in url.items() if k in schema.keys})
    wanted, _ = schema.parse(dict(stop.settings))
    for name in stop.settings:  # the URL opens the stop's view (a page may leave defaults out of it)
        assert getattr(opened, name) == getattr(wanted, name), name
    assert url["tour"] == "1" and url["stop"] == str(number)
    waiting = CATALOG["tour.waiting"][lang] in [box.value for box in at.info]
    assert waiting == (stop.question is not None), "a question holds the page back until a guess"
    if stop.question is not None:
        assert not at.get("plotly_chart"), "no figure gives the answer away before the guess"


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("key", KEYS)
def test_the_tour_walked_with_next(key, lang):
    tourwalk.walk(key, MODULES[key], lang)


@pytest.mark.parametrize("key", KEYS)
def test_wrong_guesses_are_told_so_with_the_computed_answer(key):
    tourwalk.wrong_answers(key, MODULES[key])


@pytest.mark.parametrize(
    "bad", tourwalk.BAD_QUERIES, ids=lambda q: "&".join(f"{k}={v[:8]}" for k, v in q.items())
)
@pytest.mark.parametrize("key", KEYS)
def test_bad_tour_values_give_a_message_and_the_normal_page(key, bad):
    tourwalk.bad_values(key, bad)


@pytest.mark.parametrize("key", KEYS)
def test_projector_mode_folds_the_long_explanations(key):
    assert tourwalk.explanations(key, present=True), "at least the intro folds"
    assert tourwalk.explanations(key, present=False) == []

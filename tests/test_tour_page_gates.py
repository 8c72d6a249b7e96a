"""The gates tour on its page under AppTest: walked with Next in both languages, every question answered
and its reveal checked against the engine, wrong guesses, each stop from its own link in es and en with
its settings in the widgets and the URL, bad tour links, and the intro folded in projector mode."""

import pytest

from lessons import gates as L
from tests import tourwalk
from tests.apptest import assert_clean, open_app, query
from ui.i18n import CATALOG

KEY = "gates"


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_tour_walked_with_next(lang):
    tourwalk.walk(KEY, L, lang)


def test_wrong_guesses_are_told_so_with_the_computed_answer():
    tourwalk.wrong_answers(KEY, L)


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("number", range(1, len(L.TOUR) + 1))
def test_each_stop_opens_from_its_link(number, lang):
    stop = L.TOUR[number - 1]
    at = open_app(f"pages/{KEY}.py", {"tour": "1", "stop": str(number), "lang": lang}, locale=None)
    assert_clean(at)
    assert any(b.key == f"tour:{KEY}:close" for b in at.button), "the tour's box"
    tourwalk.holds_stop(at, KEY, L, stop)
    q = query(at)
    assert {k: q.get(k) for k in stop.settings} == dict(stop.settings)  # the URL is the stop's view
    waiting = CATALOG["tour.waiting"][lang] in [box.value for box in at.info]
    assert waiting == (stop.question is not None)  # a question holds the page back until a guess
    assert bool(at.get("plotly_chart")) == (stop.question is None)


@pytest.mark.parametrize("query", tourwalk.BAD_QUERIES)
def test_bad_tour_values_give_a_message_and_the_normal_page(query):
    tourwalk.bad_values(KEY, query)


def test_projector_mode_folds_the_intro():
    intro = CATALOG["gates.intro"]["en"]
    at = open_app(f"pages/{KEY}.py", {"present": "1"})
    assert_clean(at)
    folded = [e for e in at.expander if e.label == CATALOG["present.explanation"]["en"]]
    assert folded and intro in [m.value for m in folded[0].markdown]
    assert [m.value for m in at.markdown].count(intro) == 1  # there, and nowhere else
    assert tourwalk.explanations(KEY, present=False) == []

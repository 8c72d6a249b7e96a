"""The "Seq2seq and attention" tour on its page under AppTest: walked with Next in both languages, every
question answered and its reveal checked against the engine, wrong guesses, and bad tour links."""

import pytest

from lessons import attention as L
from tests import tourwalk

KEY = "attention"


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_tour_walked_with_next(lang):
    tourwalk.walk(KEY, L, lang)


def test_wrong_guesses_are_told_so_with_the_computed_answer():
    tourwalk.wrong_answers(KEY, L)


@pytest.mark.parametrize("query", tourwalk.BAD_QUERIES)
def test_bad_tour_values_give_a_message_and_the_normal_page(query):
    tourwalk.bad_values(KEY, query)


def test_projector_mode_folds_the_long_explanations():
    assert len(tourwalk.explanations(KEY, present=True)) >= 3
    assert tourwalk.explanations(KEY, present=False) == []

"""The convolutions page's guided tour under AppTest: every stop from its link in both languages, every
question answered (right in Spanish, wrong in English) and checked, and bad tour links."""

import pytest

from lessons import convolutions as L
from tests import tourpage
from tests.apptest import assert_clean, open_app

PAGE = "pages/convolutions.py"
STOPS = list(enumerate(L.TOUR, start=1))


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize(("number", "stop"), STOPS, ids=[s.key for s in L.TOUR])
def test_each_stop_opens_from_its_link(number, stop, lang):
    at = tourpage.open_stop(PAGE, number, lang)
    tourpage.assert_stop_view(at, "convolutions", L.SCHEMA, stop, L.url_keys)
    if stop.question is None:
        assert at.subheader, "a stop without a question shows the page"
        return
    assert not at.subheader, "the page waits for the guess"
    tourpage.answer_and_check(at, "convolutions", L.SCHEMA, stop, lang, right=lang == "es")
    assert at.subheader
    tourpage.assert_stop_view(at, "convolutions", L.SCHEMA, stop, L.url_keys)


@pytest.mark.parametrize("link", tourpage.BAD_LINKS, ids=lambda q: "&".join(f"{k}={v}" for k, v in q.items()))
def test_a_bad_tour_link_gets_a_message_and_the_normal_page(link):
    tourpage.assert_bad_link(PAGE, link)


def test_projector_mode_folds_the_long_explanations():
    at = open_app(PAGE, {"present": "1", "tour": "1", "stop": "6"}, locale="es-AR")
    assert_clean(at)
    intro = tourpage.words("convolutions.intro", "es")
    folded = [md.value for expander in at.expander for md in expander.markdown]
    assert intro in folded


def test_the_tour_walks_with_next_and_back():
    tourpage.walk(PAGE, "convolutions", L.SCHEMA, L.TOUR, L.url_keys)

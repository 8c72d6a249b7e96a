"""The classroom kit in Chromium (issue 18): projector mode on every lesson, and every lesson's guided tour
walked stop by stop with Next in both languages, each question answered and its reveal checked against
the answer the engine computes on the stop's settings."""

from __future__ import annotations

import importlib
import time

import pytest

from lessons.tour import Choice
from tests.e2e.harness import screenshot, wait_until_idle
from ui.i18n import CATALOG
from ui.lessons import LESSONS

KEYS = [lesson.key for lesson in LESSONS]
URLS = {lesson.key: f"/{lesson.url_path}" for lesson in LESSONS}
MEASURE = """() => {
  const size = (el) => el ? parseFloat(getComputedStyle(el).fontSize) : null;
  const side = document.querySelector('[data-testid="stSidebar"]');
  return {
    title: size(document.querySelector('h1')),
    label: size(document.querySelector('[data-testid="stMain"] [data-testid="stWidgetLabel"] p')),
    tick: size(document.querySelector('.js-plotly-plot .xtick text, .js-plotly-plot .ytick text')),
    sidebar: side ? side.getBoundingClientRect().width : 0,
    plots: document.querySelectorAll('.js-plotly-plot').length,
    errors: document.querySelectorAll('[data-testid="stException"]').length,
  };
}"""


def settle(page, timeout: float = 60.0) -> None:
    """Wait until the run a click started is over (faster than wait_until_idle's 1.5 s of quiet)."""
    time.sleep(0.25)
    deadline = time.monotonic() + timeout
    quiet = 0
    while time.monotonic() < deadline:
        quiet = 0 if page.locator('[data-testid="stStatusWidget"]').count() else quiet + 1
        if quiet >= 4:
            return
        time.sleep(0.1)
    raise TimeoutError("the app kept running")


@pytest.mark.parametrize("key", KEYS)
def test_projector_mode_makes_text_and_charts_bigger_and_folds_the_sidebar(page_in, base_url, key):
    normal = page_in("es-AR")
    normal.goto(f"{base_url}{URLS[key]}?lang=es")
    wait_until_idle(normal)
    before = normal.evaluate(MEASURE)
    projected = page_in("es-AR")
    projected.goto(f"{base_url}{URLS[key]}?lang=es&present=1")
    wait_until_idle(projected)
    after = projected.evaluate(MEASURE)
    screenshot(projected, f"present_{key}")
    assert after["errors"] == 0 and before["errors"] == 0
    assert before["sidebar"] > 100 and after["sidebar"] < 5, (before, after)
    assert after["title"] / before["title"] >= 1.25
    if before["label"] and after["label"]:
        assert after["label"] / before["label"] >= 1.25
    assert after["plots"] >= 1
    if before["tick"] and after["tick"]:
        assert after["tick"] / before["tick"] >= 1.25, (before, after)
    assert "present=1" in projected.url


def test_bad_present_value_gets_a_message_and_the_normal_view(page_in, base_url):
    page = page_in("en-US")
    page.goto(f"{base_url}/gradients?present=projector")
    wait_until_idle(page)
    assert page.locator('[data-testid="stAlert"]').filter(has_text="present").count() == 1
    assert page.evaluate(MEASURE)["sidebar"] > 100
    assert page.locator('[data-testid="stException"]').count() == 0


def _option_index(question: Choice, wanted: str) -> int:
    return question.options.index(wanted)


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("key", KEYS)
def test_each_tour_walks_stop_by_stop_and_reveals_the_engines_answers(page_in, base_url, key, lang):
    module = importlib.import_module(f"lessons.{key}")
    stops = module.TOUR
    page = page_in("es-AR" if lang == "es" else "en-US")
    page.goto(f"{base_url}{URLS[key]}?tour=1&lang={lang}")
    wait_until_idle(page)
    tour = page.locator(".st-key-tour")
    for index, stop in enumerate(stops):
        stop_of = CATALOG["tour.stop_of"][lang].format(number=index + 1, count=len(stops))
        tour.get_by_text(stop_of).wait_for(timeout=60_000)
        assert f"stop={index + 1}" in page.url
        assert page.locator('[data-testid="stException"]').count() == 0, (key, stop.key)
        if stop.question is not None:
            settings, _ = module.SCHEMA.parse(dict(stop.settings))
            reveal = stop.question.answer(settings)
            waiting = CATALOG["tour.waiting"][lang]
            assert page.get_by_text(waiting).count() == 1, "the page waits for a guess"
            # In Spanish the right answer is given, in English a wrong one where there is one.
            if isinstance(stop.question, Choice):
                wrong = [o for o in stop.question.options if o != reveal.value]
                guess = reveal.value if lang == "es" or not wrong else wrong[0]
                tour.locator('[data-testid="stRadio"] [role="radiogroup"] label').nth(
                    _option_index(stop.question, guess)
                ).click()
                right = guess == reveal.value
            else:
                field = tour.locator('input[type="number"]')
                field.fill(str(float(reveal.value)))
                field.press("Enter")
                right = True
            settle(page)
            tour.get_by_role("button", name=CATALOG["tour.check"][lang]).click()
            settle(page)
            said = tour.text_content()
            verdict = CATALOG["tour.right" if right else "tour.wrong"][lang]
            assert verdict.split("**")[1] in said, (key, stop.key, said)
            for value in reveal.values.values():
                assert value in said, (key, stop.key, value)
            if not isinstance(stop.question, Choice):
                assert reveal.text in said
            assert page.get_by_text(waiting).count() == 0
            assert page.locator('[data-testid="stException"]').count() == 0, (key, stop.key)
        if index + 1 < len(stops):
            tour.get_by_role("button", name=CATALOG["tour.next"][lang]).click()
            settle(page)
    screenshot(page, f"tour_{key}_{lang}")
    tour.get_by_role("button", name=CATALOG["tour.finish"][lang]).click()
    settle(page)
    assert "tour=" not in page.url and "stop=" not in page.url
    assert page.get_by_text(CATALOG["tour.start"][lang].split("(")[0].strip()).count() == 1

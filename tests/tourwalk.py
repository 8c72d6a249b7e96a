"""Walk a lesson's guided tour under AppTest the way a student does: open `?tour=1`, answer each question
(right, or wrong when asked), check it, compare the reveal with the engine's answer, then Next; and the
bad `tour` / `stop` values. Shared by the `tests/test_tour_page_<lesson>.py` files."""

from __future__ import annotations

from types import ModuleType

from lessons.tour import Choice, Number, Stop
from tests.apptest import assert_clean, open_app, texts
from ui.i18n import CATALOG

BAD_QUERIES = (
    {"tour": "maybe"},
    {"tour": "1", "stop": "0"},
    {"stop": "99"},
    {"tour": "1", "stop": "abc"},
    {"tour": "1", "stop": "1" * 500},
)


def said(at, kind: str) -> str:
    return "\n".join(str(box.value) for box in getattr(at, kind))


def holds_stop(at, key: str, module: ModuleType, stop: Stop) -> None:
    """The page's widgets hold the stop's settings."""
    settings, _ = module.SCHEMA.parse(dict(stop.settings))
    held = module.SCHEMA.to_widgets(settings)
    for name in stop.settings:
        assert at.session_state[f"{key}:{name}"] == held[name], (stop.key, name)


def wrong_guess(stop: Stop, value):
    """A guess the question does not accept as right."""
    question = stop.question
    if isinstance(question, Choice):
        return next(o for o in question.options if o != value)
    far = max(question.abs, question.rel * abs(float(value))) + question.step
    guess = float(value) + far
    return guess if guess <= question.hi else float(value) - far


def answer(at, key: str, module: ModuleType, stop: Stop, lang: str, right: bool = True) -> None:
    """Check that the page waits, give a guess, check it: the verdict and the answer are the engine's."""
    waiting = CATALOG["tour.waiting"][lang]
    assert waiting in said(at, "info"), f"{stop.key}: the page should wait for a guess"
    settings, _ = module.SCHEMA.parse(dict(stop.settings))
    reveal = stop.question.answer(settings)
    guess = reveal.value if right else wrong_guess(stop, reveal.value)
    guess_key = f"tour:{key}:{stop.key}:guess"
    if isinstance(stop.question, Choice):
        at.radio(key=guess_key).set_value(guess)
    else:
        assert isinstance(stop.question, Number)
        at.number_input(key=guess_key).set_value(float(guess))
    at.run()
    at.button(key=f"tour:{key}:{stop.key}:check").click()
    at.run()
    assert_clean(at)
    assert waiting not in said(at, "info")
    box = said(at, "success" if right else "warning")
    verdict = CATALOG["tour.right" if right else "tour.wrong"][lang].split("{guess}")[1].split("{answer}")[0]
    assert verdict in box, (stop.key, box)
    shown = (
        CATALOG[f"{key}.tour_{stop.key}_opt_{reveal.value}"][lang]
        if isinstance(stop.question, Choice)
        else reveal.text
    )
    assert shown in box, (stop.key, shown, box)
    reveal_start = CATALOG[f"{key}.tour_{stop.key}_reveal"][lang].format(**reveal.values)[:40]
    assert reveal_start in box, (stop.key, reveal_start, box)


def walk(key: str, module: ModuleType, lang: str) -> None:
    """Every stop in order with Next, each question answered right; then Back once."""
    tour = module.TOUR
    at = open_app(f"pages/{key}.py", {"tour": "1", "lang": lang}, locale=None)
    for i, stop in enumerate(tour):
        assert_clean(at)
        assert at.query_params["stop"] in (str(i + 1), [str(i + 1)])
        stop_of = CATALOG["tour.stop_of"][lang].format(number=i + 1, count=len(tour))
        title = CATALOG[f"{key}.tour_{stop.key}_title"][lang]
        assert f"{stop_of} · {title}" in texts(at), stop.key
        holds_stop(at, key, module, stop)
        if stop.question is not None:
            answer(at, key, module, stop, lang)
        assert at.get("plotly_chart"), f"{stop.key}: the page's figures are drawn"
        if i + 1 < len(tour):
            at.button(key=f"tour:{key}:next").click()
            at.run()
    at.button(key=f"tour:{key}:back").click()
    at.run()
    assert_clean(at)
    holds_stop(at, key, module, tour[-2])


def wrong_answers(key: str, module: ModuleType) -> None:
    """Each question's stop from its link, answered wrongly: told so, with the computed answer."""
    for i, stop in enumerate(module.TOUR):
        if stop.question is None:
            continue
        at = open_app(f"pages/{key}.py", {"tour": "1", "stop": str(i + 1)})
        assert_clean(at)
        answer(at, key, module, stop, "en", right=False)


def bad_values(key: str, query: dict[str, str]) -> None:
    at = open_app(f"pages/{key}.py", query)
    assert_clean(at)
    assert at.warning, "a bad value gets a message"
    starts = [b for b in at.button if b.key == f"tour:{key}:start"]
    assert starts, "the normal page, with the button that starts the tour"
    assert "tour" not in at.query_params and "stop" not in at.query_params


def explanations(key: str, present: bool) -> list[str]:
    """The page's folded explanations: the expanders labelled as such (projector mode folds them)."""
    at = open_app(f"pages/{key}.py", {"present": "1"} if present else {})
    assert_clean(at)
    label = CATALOG["present.explanation"]["en"]
    return [e.label for e in at.expander if e.label == label]

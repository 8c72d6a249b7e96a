"""Walk a lesson's guided tour under AppTest: open each stop from its link, answer its question, check
the reveal, and feed the tour bad links (used by tests/test_tour_page_<lesson>.py)."""

from __future__ import annotations

from lessons.tour import Choice, Stop
from tests.apptest import assert_clean, open_app, query
from ui.i18n import CATALOG

LOCALES = {"es": "es-AR", "en": "en-US"}
BAD_LINKS = (
    {"tour": "maybe"},
    {"tour": "1", "stop": "0"},
    {"stop": "99"},
    {"tour": "1", "stop": "abc"},
)


def words(key: str, lang: str, **values) -> str:
    text = CATALOG[key][lang]
    return text.format(**values) if values else text


def tour_box(at):
    """The container keyed `tour`, or None."""

    def find(node):
        for child in getattr(node, "children", {}).values():
            if getattr(child, "key", None) == "tour":
                return child
            found = find(child)
            if found is not None:
                return found
        return None

    return find(at.main)


def open_stop(page: str, number: int, lang: str):
    return open_app(page, {"tour": "1", "stop": str(number)}, locale=LOCALES[lang])


def assert_stop_view(at, lesson: str, schema, stop: Stop, url_keys) -> None:
    """No exception, the tour is drawn at this stop, and the widgets (mirrored in the URL) hold the stop's
    settings, the others their defaults."""
    assert_clean(at)
    assert tour_box(at) is not None
    expected, _ = schema.parse(dict(stop.settings))
    shown = query(at)
    for key in url_keys(expected):
        assert shown[key] == schema.params[key].format(getattr(expected, key)), key
    held = schema.to_widgets(expected)
    for key in stop.settings:
        assert at.session_state[f"{lesson}:{key}"] == held[key], key


def answer_and_check(at, lesson: str, schema, stop: Stop, lang: str, right: bool):
    """Commit to a guess (the right one, or a wrong one), check it, and return the reveal the engine
    computes; asserts the page says the same answer and the right verdict."""
    waiting = words("tour.waiting", lang)
    assert any(box.value == waiting for box in at.info), "the page should wait for a guess"
    settings, _ = schema.parse(dict(stop.settings))
    reveal = stop.question.answer(settings)
    key = f"tour:{lesson}:{stop.key}:guess"
    if isinstance(stop.question, Choice):
        guess = reveal.value if right else next(o for o in stop.question.options if o != reveal.value)
        at.radio(key=key).set_value(guess)
        shown = words(f"{lesson}.tour_{stop.key}_opt_{guess}", lang)
        answer = words(f"{lesson}.tour_{stop.key}_opt_{reveal.value}", lang)
    else:
        target = float(reveal.value)
        guess = target if right else wrong_number(stop.question, target)
        at.number_input(key=key).set_value(guess)
        shown, answer = f"{guess:g}", reveal.text
    at.run()  # a guess reruns the page, as in the browser, and enables the check button
    at.button(key=f"tour:{lesson}:{stop.key}:check").click()
    at.run()
    assert_clean(at)
    verdict = words("tour.right" if right else "tour.wrong", lang, guess=shown, answer=answer)
    expected = verdict + "\n\n" + words(f"{lesson}.tour_{stop.key}_reveal", lang, **reveal.values)
    boxes = at.success if right else at.warning
    assert any(box.value == expected for box in boxes), [b.value for b in boxes]
    assert not any(box.value == waiting for box in at.info), "the page should show itself once answered"
    return reveal


def wrong_number(question, target: float) -> float:
    """A guess inside the question's bounds that is not right."""
    step = max(question.step, question.abs, question.rel * abs(target)) * 2 + 1
    guess = target + step if target + step <= question.hi else target - step
    assert question.lo <= guess <= question.hi
    return guess


def assert_bad_link(page: str, query_: dict, lang: str = "en") -> None:
    """A bad tour link: a warning, the normal page (no tour box drawn as a tour), no exception."""
    at = open_app(page, query_, locale=LOCALES[lang])
    assert_clean(at)
    assert at.warning, "a bad tour link should say so"
    box = tour_box(at)
    next_buttons = [b for b in at.button if b.key and b.key.endswith(":next")]
    assert not next_buttons and (box is None or len(box.children) == 1)


def walk(page: str, lesson: str, schema, stops, url_keys, lang: str = "en") -> None:
    """Walk the tour from the start button with Next to the end, answering each question, then one
    stop back with Back: every stop's view holds its own settings."""
    at = open_app(page, {}, locale=LOCALES[lang])
    at.button(key=f"tour:{lesson}:start").click()
    at.run()
    for number, stop in enumerate(stops, start=1):
        assert_stop_view(at, lesson, schema, stop, url_keys)
        assert query(at)["stop"] == str(number)
        if stop.question is not None:
            answer_and_check(at, lesson, schema, stop, lang, right=True)
        if number < len(stops):
            at.button(key=f"tour:{lesson}:next").click()
            at.run()
    at.button(key=f"tour:{lesson}:back").click()
    at.run()
    assert_stop_view(at, lesson, schema, stops[-2], url_keys)

"""Checks every lesson's tour needs under AppTest: each stop opens from its link in es and en with the
stop's settings in the widgets, a question stop holds the page until a guess is checked and then says the
answer the engine computes and whether the guess was right, Back/Next walk the stops in order, and bad
`tour`/`stop` values give a message and the normal page. The lesson's test file picks the guesses."""

from __future__ import annotations

from collections.abc import Mapping

from lessons.tour import Choice, Number, Stop
from tests.apptest import assert_clean, open_app, query
from ui.i18n import CATALOG, placeholders

LOCALES = {"es": "es-ES", "en": "en-US"}
BAD_LINKS = (
    {"tour": "maybe"},
    {"tour": "1", "stop": "0"},
    {"stop": "99"},
    {"tour": "1", "stop": "abc"},
)


def parsed(schema, stop: Stop):
    settings, problems = schema.parse(dict(stop.settings))
    assert not problems, problems
    return settings


def open_stop(page: str, number: int, lang: str):
    return open_app(page, {"tour": "1", "stop": str(number)}, locale=LOCALES[lang])


def assert_stop_view(at, lesson: str, schema, stop: Stop, widget_prefix: str | None = None) -> None:
    """No exception, the tour container drawn, the widgets and the URL holding the stop's settings."""
    assert_clean(at)
    assert any(getattr(b, "key", "") == f"tour:{lesson}:close" for b in at.button), "no tour box"
    prefix = widget_prefix or lesson
    settings = parsed(schema, stop)
    for key in stop.settings:
        held = at.session_state[f"{prefix}:{key}"]
        assert held == schema.params[key].to_widget(getattr(settings, key)), (stop.key, key, held)
    q = query(at)
    for key, text in stop.settings.items():
        assert q.get(key) == text, (stop.key, key, q.get(key), text)


def shown(at) -> str:
    return "\n".join(str(el.value) for kind in ("success", "warning", "info") for el in getattr(at, kind))


def check_question(at, lesson: str, schema, stop: Stop, guess, right: bool, lang: str) -> None:
    """The page waits; after the guess is checked, the answer the engine computes is shown, with the
    verdict."""
    question = stop.question
    waiting = CATALOG["tour.waiting"][lang]
    assert waiting in [el.value for el in at.info], "the page body should wait for a guess"
    key = f"tour:{lesson}:{stop.key}:guess"
    if isinstance(question, Choice):
        at.radio(key=key).set_value(guess).run()
    else:
        at.number_input(key=key).set_value(guess).run()
    next(b for b in at.button if b.key == f"tour:{lesson}:{stop.key}:check").click().run()
    assert_clean(at)
    assert waiting not in [el.value for el in at.info]
    reveal = question.answer(parsed(schema, stop))
    if isinstance(question, Choice):
        answer = CATALOG[f"{lesson}.tour_{stop.key}_opt_{reveal.value}"][lang]
    else:
        answer = reveal.text
    assert question.right(guess, reveal) is right
    boxes = at.success if right else at.warning
    verdict = CATALOG["tour.right" if right else "tour.wrong"][lang].split("{guess}")[1].split("{answer}")[0]
    said = "\n".join(el.value for el in boxes)
    assert f"**{answer}**" in said and verdict in said, said
    sentence = CATALOG[f"{lesson}.tour_{stop.key}_reveal"][lang].format(**reveal.values)
    assert sentence in said


def check_placeholders(lesson: str, schema, stops: tuple[Stop, ...]) -> None:
    for stop in stops:
        if stop.question is None:
            continue
        reveal = stop.question.answer(parsed(schema, stop))
        for lang in ("es", "en"):
            text = CATALOG[f"{lesson}.tour_{stop.key}_reveal"][lang]
            assert placeholders(text) == set(reveal.values), (stop.key, lang)
            text.format(**reveal.values)
        if isinstance(stop.question, Number):
            assert stop.question.lo <= float(reveal.value) <= stop.question.hi


def walk(page: str, lesson: str, stops: tuple[Stop, ...], lang: str = "en") -> list[Mapping[str, str]]:
    """Open the tour at stop 1 and walk it with Next (showing each answer), then back with Back: the URL's
    query at every stop, in the order visited."""
    at = open_app(page, {"tour": "1"}, locale=LOCALES[lang])
    seen = []

    def here():
        assert_clean(at)
        q = query(at)
        seen.append(q)
        stop = stops[int(q["stop"]) - 1]
        if stop.question is not None:
            skip = [b for b in at.button if b.key == f"tour:{lesson}:{stop.key}:skip"]
            if skip:
                skip[0].click().run()
                assert_clean(at)

    here()
    for _ in stops[1:]:
        next(b for b in at.button if b.key == f"tour:{lesson}:next").click().run()
        here()
    for _ in stops[1:]:
        next(b for b in at.button if b.key == f"tour:{lesson}:back").click().run()
        here()
    return seen


def check_bad_links(page: str, lesson: str) -> None:
    for link in BAD_LINKS:
        at = open_app(page, link)
        assert_clean(at)
        assert at.warning, link
        assert any(b.key == f"tour:{lesson}:start" for b in at.button), link
        assert not any(b.key == f"tour:{lesson}:close" for b in at.button), link


def check_projector_folds(page: str, intro: str) -> None:
    """In projector mode the page's intro is inside the folded 'Explanation' expander, not in the body."""
    at = open_app(page, {"present": "1"})
    assert_clean(at)
    folded = [e for e in at.expander if e.label == CATALOG["present.explanation"]["en"]]
    assert folded and any(intro == m.value for m in folded[0].markdown)
    assert [m.value for m in at.markdown].count(intro) == 1  # there, and nowhere else
    normal = open_app(page, {})
    assert not [e for e in normal.expander if e.label == CATALOG["present.explanation"]["en"]]
    assert any(intro == m.value for m in normal.markdown)

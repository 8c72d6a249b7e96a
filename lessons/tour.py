"""A lesson's guided tour as data: its stops, what each sets on the page, and the questions whose answers
the engine computes (no Streamlit here; `ui.tour` draws it).

A stop is a view of the page (the URL query of the page's settings) and a catalog text that says what to
look at. A stop with a `Question` is "predict, then reveal": the student commits to a guess before the page
shows the view, then sees the answer, computed on the stop's settings by `Question.answer`, never written
into the tour. Catalog keys, for lesson `L` and stop `S`:

- `L.tour_S_title`, `L.tour_S_look`: the stop's title and what to look at;
- with a question: `L.tour_S_ask` (the question), `L.tour_S_reveal` (the sentence shown with the answer,
  its placeholders filled from `Reveal.values`), and for a `Choice` one `L.tour_S_opt_O` per option `O`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

MIN_STOPS, MAX_STOPS = 4, 8
MIN_QUESTIONS = 2


@dataclass(frozen=True)
class Reveal:
    """What a question's answer is on a stop's settings: `value` (an option id, or a number), `text` (a
    number's answer as the page shows it; a choice's is its option's label) and `values` (the numbers the
    reveal sentence quotes, as text)."""

    value: str | float
    text: str = ""
    values: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Choice:
    """Pick one of `options` (ids; labels from the catalog). `answer(settings)` computes the right one."""

    options: tuple[str, ...]
    answer: Callable[[Any], Reveal]

    def right(self, guess: str | None, reveal: Reveal) -> bool:
        return guess == reveal.value


@dataclass(frozen=True)
class Number:
    """Type a number in [lo, hi]; right when within `rel` (relative) or `abs` (absolute) of the answer."""

    answer: Callable[[Any], Reveal]
    lo: float
    hi: float
    step: float = 0.01
    rel: float = 0.0
    abs: float = 0.0

    def right(self, guess: float | None, reveal: Reveal) -> bool:
        if guess is None or not math.isfinite(guess):
            return False
        target = float(reveal.value)
        return abs(guess - target) <= max(self.abs, self.rel * abs(target))


Question = Choice | Number


@dataclass(frozen=True)
class Stop:
    key: str  # catalog suffix: `<lesson>.tour_<key>_...`
    settings: Mapping[str, str]  # the page's URL query at this stop (parsed by the page's schema)
    question: Question | None = None


def check_tour(lesson: str, stops: tuple[Stop, ...], schema: Any, catalog: Mapping[str, Mapping[str, str]]):
    """What is wrong with a tour, as a list of sentences (empty when it is fine): the number of stops and
    questions, settings the page's schema does not accept, catalog keys missing in a language."""
    wrong = []
    if not MIN_STOPS <= len(stops) <= MAX_STOPS:
        wrong.append(f"{lesson}: {len(stops)} stops, not {MIN_STOPS}-{MAX_STOPS}")
    if sum(stop.question is not None for stop in stops) < MIN_QUESTIONS:
        wrong.append(f"{lesson}: fewer than {MIN_QUESTIONS} predict-then-reveal stops")
    if len({stop.key for stop in stops}) != len(stops):
        wrong.append(f"{lesson}: two stops share a key")
    for stop in stops:
        unknown = set(stop.settings) - set(schema.keys)
        if unknown:
            wrong.append(f"{lesson}.{stop.key}: settings the page does not have: {sorted(unknown)}")
        _, problems = schema.parse(dict(stop.settings))
        if problems:
            wrong.append(f"{lesson}.{stop.key}: settings the page refuses: {problems}")
        for key in catalog_keys(lesson, stop):
            if key not in catalog or any(not catalog[key].get(lang) for lang in ("es", "en")):
                wrong.append(f"{lesson}.{stop.key}: catalog key {key} missing or empty")
    return wrong


def catalog_keys(lesson: str, stop: Stop) -> list[str]:
    base = f"{lesson}.tour_{stop.key}"
    keys = [f"{base}_title", f"{base}_look"]
    if stop.question is not None:
        keys += [f"{base}_ask", f"{base}_reveal"]
    if isinstance(stop.question, Choice):
        keys += [f"{base}_opt_{option}" for option in stop.question.options]
    return keys

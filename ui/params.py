"""Settings that arrive as text (from the URL or a text box): parsed, bounded, and explained.

A lesson describes its settings as a frozen dataclass and a `Schema` that gives each field a `Param`.
The same schema reads the URL, checks what widgets hold and writes the URL back, so a shared link opens
exactly the setup it was made from. Nothing here raises on bad input: every parse returns the value to
use and a list of `Problem`s that say what was wrong and what was used instead. No Streamlit here.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

MAX_RAW_SHOWN = 40  # how much of a bad value a message repeats


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one setting. `code` names the kind; the UI turns it into a sentence."""

    key: str
    code: str  # not_number, not_finite, not_integer, clamped, unknown_choice, not_bool, dropped,
    #            too_many, empty, too_long
    raw: str  # what came in, shortened
    used: str  # what is used instead, as text
    detail: dict[str, Any] = field(default_factory=dict)


def shorten(raw: str, limit: int = MAX_RAW_SHOWN) -> str:
    raw = raw.replace("\n", " ").replace("\r", " ")
    return raw if len(raw) <= limit else raw[: limit - 1] + "…"


def format_number(value: float) -> str:
    """Shortest text that reads back as the same float (0.2 -> '0.2', 1e-05 -> '1e-05')."""
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(float(value))


class Param:
    """How one setting is read from text, checked, and written back."""

    def parse(self, key: str, raw: str, default: Any) -> tuple[Any, list[Problem]]:
        raise NotImplementedError

    def format(self, value: Any) -> str:
        return str(value)

    def to_widget(self, value: Any) -> Any:
        """What the widget holds for this value (most widgets hold the value itself)."""
        return value

    def from_widget(self, key: str, held: Any, default: Any) -> tuple[Any, list[Problem]]:
        """The value a widget holds, checked like the URL's (widgets bound most of it already)."""
        if isinstance(held, str):
            return self.parse(key, held, default)
        return self.check(key, held, default)

    def check(self, key: str, value: Any, default: Any) -> tuple[Any, list[Problem]]:
        return self.parse(key, self.format(value), default)


def _to_float(text: str) -> float | None:
    try:
        return float(text.strip().replace("−", "-"))
    except ValueError:
        return None


def _finite_number(key: str, raw: str, used: str) -> tuple[float | None, list[Problem]]:
    """The finite number in `raw`, or None and the problem (`used` says what is used instead)."""
    value = _to_float(raw)
    if value is None:
        return None, [Problem(key, "not_number", shorten(raw), used)]
    if not math.isfinite(value):
        return None, [Problem(key, "not_finite", shorten(raw), used)]
    return value, []


@dataclass(frozen=True)
class FloatParam(Param):
    lo: float
    hi: float

    def parse(self, key, raw, default):
        value, problems = _finite_number(key, raw, self.format(default))
        if value is None:
            return default, problems
        return self._clamp(key, raw, value)

    def _clamp(self, key, raw, value):
        clamped = min(max(value, self.lo), self.hi)
        if clamped != value:
            detail = {"lo": format_number(self.lo), "hi": format_number(self.hi)}
            return clamped, [Problem(key, "clamped", shorten(raw), self.format(clamped), detail)]
        return value, []

    def check(self, key, value, default):
        if value is None or not math.isfinite(float(value)):
            return default, [Problem(key, "not_finite", shorten(str(value)), self.format(default))]
        return self._clamp(key, str(value), float(value))

    def format(self, value):
        return format_number(value)


@dataclass(frozen=True)
class IntParam(Param):
    lo: int
    hi: int

    def parse(self, key, raw, default):
        value, problems = _finite_number(key, raw, str(default))
        if value is None:
            return default, problems
        if not value.is_integer():
            problems.append(Problem(key, "not_integer", shorten(raw), str(round(value))))
        number = min(max(round(value), self.lo), self.hi)
        if number != round(value):
            detail = {"lo": str(self.lo), "hi": str(self.hi)}
            problems = [Problem(key, "clamped", shorten(raw), str(number), detail)]
        return number, problems

    def check(self, key, value, default):
        if value is None:
            return default, [Problem(key, "not_number", "", str(default))]
        return self.parse(key, str(value), default)


@dataclass(frozen=True)
class ChoiceParam(Param):
    options: tuple[str, ...]

    def parse(self, key, raw, default):
        text = raw.strip().lower()
        for option in self.options:
            if option.lower() == text:
                return option, []
        detail = {"options": ", ".join(self.options)}
        return default, [Problem(key, "unknown_choice", shorten(raw), default, detail)]

    def check(self, key, value, default):
        if value in self.options:
            return value, []
        return self.parse(key, str(value), default)


TRUE_WORDS = ("true", "1", "yes", "on", "si", "sí")
FALSE_WORDS = ("false", "0", "no", "off")


@dataclass(frozen=True)
class BoolParam(Param):
    def parse(self, key, raw, default):
        text = raw.strip().lower()
        if text in TRUE_WORDS:
            return True, []
        if text in FALSE_WORDS:
            return False, []
        return default, [Problem(key, "not_bool", shorten(raw), self.format(default))]

    def check(self, key, value, default):
        if isinstance(value, bool):
            return value, []
        return self.parse(key, str(value), default)

    def format(self, value):
        return "true" if value else "false"


def split_numbers(text: str) -> list[str]:
    """Split a typed list. With a ';' the items are split on ';' and a ',' is a decimal comma
    (the Spanish way: '0,7; 0,9'); otherwise commas and spaces separate items."""
    if ";" in text:
        return [item.strip().replace(",", ".") for item in text.split(";") if item.strip()]
    return [item for item in re.split(r"[,\s]+", text.strip()) if item]


@dataclass(frozen=True)
class FloatListParam(Param):
    """A list of numbers, typed as text: bad items are left out, big ones clamped, long lists cut."""

    max_len: int
    lo: float
    hi: float
    integer: bool = False
    as_text: bool = True  # the widget is a text box (else a multiselect holding a list)

    def parse(self, key, raw, default):
        values, problems = _parse_list(self, key, raw, tuple(default))
        return values, list(problems)

    def _parse(self, key, raw, default):
        items = split_numbers(raw)
        problems, values, bad = [], [], []
        for item in items:
            value = _to_float(item)
            if value is None or not math.isfinite(value) or (self.integer and not value.is_integer()):
                bad.append(item)
                continue
            clamped = min(max(value, self.lo), self.hi)
            if clamped != value:
                detail = {"lo": format_number(self.lo), "hi": format_number(self.hi)}
                problems.append(Problem(key, "clamped", shorten(item), format_number(clamped), detail))
            values.append(int(clamped) if self.integer else clamped)
        if bad:
            problems.append(Problem(key, "dropped", shorten(", ".join(bad)), "", {"count": len(bad)}))
        if len(values) > self.max_len:
            detail = {"max": self.max_len, "count": len(values)}
            problems.append(Problem(key, "too_many", f"{len(values)}", str(self.max_len), detail))
            values = values[: self.max_len]
        if not values:
            return tuple(default), [*problems, Problem(key, "empty", shorten(raw), self.format(default))]
        return tuple(values), problems

    def format(self, value):
        return ",".join(format_number(v) for v in value)

    def to_widget(self, value):
        if not self.as_text:
            return list(value)
        return ", ".join(format_number(v) for v in value)

    def check(self, key, value, default):
        return self.parse(key, self.format(value), default)


@lru_cache(maxsize=64)
def _parse_list(
    param: FloatListParam, key: str, raw: str, default: tuple
) -> tuple[tuple, tuple[Problem, ...]]:
    """A typed list is parsed again on every rerun while it stays in its box: remember the answers."""
    values, problems = param._parse(key, raw, default)
    return values, tuple(problems)


@dataclass(frozen=True)
class TextParam(Param):
    """Free text, cut at `max_len` characters (which characters a model reads is its own check)."""

    max_len: int
    allow_empty: bool = False

    def parse(self, key, raw, default):
        text = "".join(ch for ch in raw if ch.isprintable())
        if not text and not self.allow_empty:
            return default, [Problem(key, "empty", "", default)]
        if len(text) > self.max_len:
            cut = text[: self.max_len]
            detail = {"max": self.max_len, "count": len(text)}
            return cut, [Problem(key, "too_long", shorten(text), shorten(cut), detail)]
        return text, []

    def check(self, key, value, default):
        return self.parse(key, "" if value is None else str(value), default)


class Schema:
    """The settings of one page: a frozen dataclass and a Param for each of its fields."""

    def __init__(self, settings_class: type, **params: Param):
        names = [f.name for f in dataclasses.fields(settings_class)]
        missing = set(names) ^ set(params)
        if missing:
            raise ValueError(f"schema and {settings_class.__name__} disagree on {sorted(missing)}")
        self.settings_class = settings_class
        self.params = params
        self.defaults = settings_class()

    @property
    def keys(self) -> list[str]:
        return list(self.params)

    def parse(self, query: Mapping[str, str]) -> tuple[Any, list[Problem]]:
        """Settings from URL text; missing keys keep their defaults, unknown keys are ignored."""
        return self._build({k: query[k] for k in self.params if k in query}, lambda p: p.parse)

    def from_widgets(self, held: Mapping[str, Any]) -> tuple[Any, list[Problem]]:
        """Settings from what the widgets hold, checked like the URL."""
        return self._build({k: held[k] for k in self.params if k in held}, lambda p: p.from_widget)

    def _build(self, given: Mapping[str, Any], how) -> tuple[Any, list[Problem]]:
        values, problems = {}, []
        for key, param in self.params.items():
            default = getattr(self.defaults, key)
            if key not in given:
                values[key] = default
                continue
            value, found = how(param)(key, given[key], default)
            values[key] = value
            problems.extend(found)
        return self.settings_class(**values), problems

    def to_query(self, settings: Any, keys: Iterable[str] | None = None) -> dict[str, str]:
        keys = self.keys if keys is None else keys
        return {k: self.params[k].format(getattr(settings, k)) for k in keys}

    def to_widgets(self, settings: Any) -> dict[str, Any]:
        return {k: p.to_widget(getattr(settings, k)) for k, p in self.params.items()}


def replace(settings: Any, **changes: Any) -> Any:
    return dataclasses.replace(settings, **changes)


def first(values: Sequence[Any] | Any) -> Any:
    """URL values may repeat (`?x=1&x=2`); the last one counts, as in st.query_params."""
    if isinstance(values, list | tuple):
        return values[-1] if values else ""
    return values

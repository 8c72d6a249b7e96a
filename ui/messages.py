"""Messages that repeat what a visitor typed, made safe: visitor text is never markdown or HTML."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import streamlit as st

from ui.i18n import t
from ui.params import Problem

_MARKDOWN_SPECIAL = "\\`*_{}[]()<>#+-.!|:~$&"


def literal(text: str) -> str:
    """`text` as inline code in markdown: shown letter for letter, never interpreted."""
    text = text.replace("`", "'").replace("\n", " ").replace("\r", " ")
    return f"`{text}`" if text.strip() else "` `"


def escape_markdown(text: str) -> str:
    """`text` with every markdown and HTML character escaped, for running prose."""
    return "".join("\\" + ch if ch in _MARKDOWN_SPECIAL else ch for ch in text)


def problem_text(problem: Problem, label: str) -> str:
    values = {k: v for k, v in problem.detail.items() if k not in ("raw", "used", "name")}
    return t(
        f"problem.{problem.code}",
        name=f"**{escape_markdown(label)}**",
        raw=literal(problem.raw),
        used=literal(problem.used),
        **values,
    )


def show_problems(problems: Sequence[Problem], labels: Mapping[str, str] | None = None, where=st) -> None:
    """One warning box listing every problem, each with what was wrong and what is used instead."""
    if not problems:
        return
    labels = labels or {}
    lines = [f"- {problem_text(p, labels.get(p.key, p.key))}" for p in problems]
    where.warning(t("problem.heading") + "\n\n" + "\n".join(lines), icon=":material/info:")

"""The glossary as data: enough terms, every one in both languages, every lesson covered, and every lesson it
names really using it; the lessons' links into it land on anchors that exist."""

from __future__ import annotations

import re

import pytest

from lessons.glossary import BY_KEY, TERMS, anchor, link, terms_of
from ui.i18n import CATALOG, LANGUAGES
from ui.lessons import LESSONS

LESSON_KEYS = [lesson.key for lesson in LESSONS]
ISSUE_PAIRS = {  # the issue's examples, word for word
    "hidden_state": ("estado oculto", "hidden state"),
    "forget_gate": ("compuerta de olvido", "forget gate"),
    "vanishing_gradient": ("desvanecimiento del gradiente", "vanishing gradient"),
}


def lesson_text(lesson: str, lang: str) -> str:
    return " ".join(texts[lang] for key, texts in CATALOG.items() if key.startswith(f"{lesson}.")).lower()


def test_there_are_enough_terms_with_unique_keys_and_anchors():
    assert len(TERMS) >= 30
    assert len(BY_KEY) == len(TERMS)
    assert len({term.anchor for term in TERMS}) == len(TERMS)
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", term.anchor) for term in TERMS)


def test_every_term_has_a_name_and_a_one_sentence_definition_in_both_languages():
    for term in TERMS:
        for part in ("term", "def"):
            texts = CATALOG[f"glossary.{part}_{term.key}"]
            assert set(texts) == set(LANGUAGES), term.key
            for lang in LANGUAGES:
                text = texts[lang].format()  # LaTeX braces are doubled in the catalog
                assert text.strip(), (term.key, lang)
                if part == "def":
                    assert text.endswith("."), (term.key, lang)
                    # one sentence: no full stop then a capital inside ("et al." aside)
                    assert not re.search(r"[^.l]\. [A-ZÁÉÍÓÚ]", text.replace("et al. (", "")), (
                        term.key,
                        lang,
                    )


def test_the_issue_s_pairs_are_there():
    for key, (es, en) in ISSUE_PAIRS.items():
        assert CATALOG[f"glossary.term_{key}"] == {"es": es, "en": en}
    assert "retropropagación" in CATALOG["glossary.term_bptt"]["es"]
    assert "backpropagation through time" in CATALOG["glossary.term_bptt"]["en"]


def test_every_lesson_has_terms_and_every_term_names_real_lessons_in_course_order():
    for term in TERMS:
        assert term.lessons, term.key
        assert set(term.lessons) <= set(LESSON_KEYS), term.key
        assert list(term.lessons) == sorted(term.lessons, key=LESSON_KEYS.index), term.key
    for lesson in LESSON_KEYS:
        assert len(terms_of(lesson)) >= 3, lesson


@pytest.mark.parametrize("term", TERMS, ids=lambda term: term.key)
def test_each_lesson_a_term_names_uses_it_in_both_languages(term):
    for lesson in term.lessons:
        assert any(word in lesson_text(lesson, "es") for word in term.found_es), (term.key, lesson, "es")
        assert any(word in lesson_text(lesson, "en") for word in term.found_en), (term.key, lesson, "en")


def test_links_are_relative_and_carry_the_language():
    assert anchor("hidden_state") == "hidden-state"
    assert link("hidden_state", "es") == "glossary?lang=es#hidden-state"


GLOSSARY_LINK = re.compile(r"\]\(glossary\?lang=(es|en)#([a-z0-9-]+)\)")


def test_the_lessons_link_their_terms_to_anchors_that_exist_in_their_own_language():
    anchors = {term.anchor for term in TERMS}
    for lesson in LESSON_KEYS:
        intro = CATALOG[f"{lesson}.intro"]
        for lang in LANGUAGES:
            found = GLOSSARY_LINK.findall(intro[lang])
            assert found, (lesson, lang)
            for link_lang, target in found:
                assert link_lang == lang and target in anchors, (lesson, lang, target)
    every = [text for texts in CATALOG.values() for text in texts.values()]
    for _lang, target in (m for text in every for m in GLOSSARY_LINK.findall(text)):
        assert target in anchors, target

"""The glossary page under AppTest: both languages side by side, an anchor per term, the lesson filter from
the URL and the select box, and a bad lesson in the URL."""

from __future__ import annotations

import unicodedata

from lessons.glossary import TERMS, terms_of
from tests.apptest import assert_clean, open_app, query, texts, warnings
from ui.i18n import CATALOG

PAGE = "pages/glossary.py"


def anchors(at) -> list[str]:
    return [header.proto.anchor for header in at.subheader]


def test_every_term_in_both_languages_with_its_anchor():
    at = open_app(PAGE, {}, locale="es-AR")
    assert_clean(at)
    assert at.title[0].value == "Glosario · Glossary"
    assert sorted(anchors(at)) == sorted(term.anchor for term in TERMS)
    headings = [header.value for header in at.subheader]
    assert "estado oculto · hidden state" in headings
    assert "compuerta de olvido · forget gate" in headings
    shown = texts(at)
    assert "**ES** · El vector $h_t$" in shown and "**EN** · The vector $h_t$" in shown
    assert "{{" not in shown  # the catalog's doubled LaTeX braces are undone


def plain(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFD", text.casefold()) if unicodedata.category(ch) != "Mn"
    )


def test_terms_are_in_alphabetical_order_of_the_page_s_language():
    for locale, side in (("en-US", "en"), ("es-AR", "es")):
        at = open_app(PAGE, {}, locale=locale)
        order = [term.key for term in TERMS]
        names = [CATALOG[f"glossary.term_{key}"][side] for key in order]
        expected = [
            CATALOG[f"glossary.term_{key}"]
            for key in sorted(order, key=lambda k: plain(CATALOG[f"glossary.term_{k}"][side]))
        ]
        shown = [header.value for header in at.subheader]
        assert shown == [f"{n['es']} · {n['en']}" if n["es"] != n["en"] else n["es"] for n in expected], (
            locale
        )
        assert len(names) == len(shown)


def test_a_lesson_link_shows_only_its_terms_and_the_url_follows_the_box():
    at = open_app(PAGE, {"lesson": "gates"}, locale="en-US")
    assert_clean(at)
    assert sorted(anchors(at)) == sorted(term.anchor for term in terms_of("gates"))
    assert "forget-gate" in anchors(at) and "wavenet" not in anchors(at)
    at.selectbox(key="glossary:lesson").set_value("convolutions").run()
    assert "wavenet" in anchors(at) and "forget-gate" not in anchors(at)
    assert query(at)["lesson"] == "convolutions"
    at.selectbox(key="glossary:lesson").set_value("all").run()
    assert len(anchors(at)) == len(TERMS) and "lesson" not in query(at)


def test_each_term_links_the_lessons_that_use_it():
    at = open_app(PAGE, {"lesson": "xlstm"}, locale="en-US")
    pages = [link.proto.page for link in at.get("page_link")]
    assert pages.count("xlstm") == len(terms_of("xlstm"))


def test_a_bad_lesson_in_the_url_says_so_and_shows_everything():
    at = open_app(PAGE, {"lesson": "<script>x</script>"}, locale="en-US")
    assert_clean(at)
    assert "`<script>x</script>` in the address does not exist" in warnings(at)
    assert len(anchors(at)) == len(TERMS)
    assert "Every lesson" in texts(at) or at.selectbox(key="glossary:lesson").value == "all"

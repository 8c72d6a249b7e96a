"""The lecturer's page under AppTest: the QR code of the current view, every lesson's tour and notes (with a
small fake tour while the lessons' own are being written), and bad input in the link box."""

from __future__ import annotations

from urllib.parse import parse_qsl

import pytest
from streamlit.testing.v1 import AppTest

from lessons.glossary import terms_of
from lessons.tour import Choice, Number, Reveal, Stop
from tests.apptest import ROOT, TIMEOUT, assert_clean, texts, warnings
from ui.lessons import LESSONS

PAGE = "pages/teach.py"
BASE = "http://localhost:8501"
LECTURE_LINK = {
    "mode": "scalar",
    "x": "0.7,0.9,1.1",
    "U": "0.2",
    "W": "0.3",
    "b": "-0.1",
    "h0": "0",
    "act": "tanh",
}
FAKE_TOUR = (
    Stop("start", {"mode": "scalar", "step": "0"}),
    Stop("guess", {"mode": "scalar", "step": "1"}, Choice(("up", "down"), lambda s: Reveal("up", "up"))),
    Stop("number", {"mode": "scalar", "step": "2"}, Number(lambda s: Reveal(0.1, "0.1"), lo=-1, hi=1)),
)


@pytest.fixture
def fake_tours(monkeypatch):
    """unroll gets a three-stop tour; every other lesson has none (as on a branch before their tours)."""
    import importlib

    for lesson in LESSONS:
        monkeypatch.delattr(importlib.import_module(f"lessons.{lesson.key}"), "TOUR", raising=False)
    monkeypatch.setattr(importlib.import_module("lessons.unroll"), "TOUR", FAKE_TOUR, raising=False)


def open_teach(query=None, locale="en-US", before=None, browser_url=True) -> AppTest:
    """Start the app; optionally visit `before` = (page, query) first; then open /teach."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.context["locale"] = locale
    at.context["url"] = BASE + "/"
    at.run()
    if before is not None:
        at.switch_page(before[0])
        at.query_params.clear()
        at.query_params.update(before[1])
        at.context["url"] = BASE + "/" + before[0].removeprefix("pages/").removesuffix(".py")
        at.run()
        assert_clean(at)
    at.switch_page(PAGE)
    at.query_params.clear()
    at.query_params.update(query or {})
    if browser_url:
        at.context["url"] = BASE + "/teach"
    else:
        at.context.pop("url")
    return at.run()


def code_link(at: AppTest) -> str:
    return at.code[0].value


def links(at: AppTest) -> list[tuple[str, str, dict[str, str]]]:
    return [
        (link.proto.page, link.proto.label, dict(parse_qsl(link.proto.query_string)))
        for link in at.get("page_link")
    ]


def test_with_no_lesson_seen_the_code_opens_the_start_page(fake_tours):
    at = open_teach()
    assert_clean(at)
    assert at.title[0].value == "For the lecturer"
    assert at.selectbox(key="teach:source").value == "view"
    assert code_link(at) == BASE + "/?lang=en"
    assert len(at.get("image")) == 1


def test_the_code_opens_the_last_lesson_view_with_its_settings_and_language(fake_tours):
    at = open_teach(before=("pages/unroll.py", {**LECTURE_LINK, "step": "2"}), locale="es-AR")
    assert_clean(at)
    assert "Desenrollar una RNN" in at.selectbox(key="teach:source").format_func("view")
    url = code_link(at)
    assert url.startswith(BASE + "/unroll?")
    assert dict(parse_qsl(url.split("?", 1)[1])) == {**LECTURE_LINK, "step": "2", "lang": "es"}


def test_a_tour_stop_open_in_the_view_is_in_the_code(fake_tours):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.context.update(locale="en-US", url=BASE + "/")
    at.run()
    at.switch_page("pages/unroll.py")
    at.query_params.update({**LECTURE_LINK, "step": "1"})
    at.run()
    at.session_state["_tour_url:unroll"] = ("1", "2")  # what ui.tour keeps when stop 2 is open
    at.switch_page(PAGE)
    at.query_params.clear()
    at.context["url"] = BASE + "/teach"
    at.run()
    assert_clean(at)
    query = dict(parse_qsl(code_link(at).split("?", 1)[1]))
    assert query == {**LECTURE_LINK, "step": "1", "tour": "1", "stop": "2", "lang": "en"}


def test_every_lesson_shows_its_notes_and_the_fake_tour_stop_by_stop(fake_tours):
    at = open_teach(query={"present": "1"})
    assert_clean(at)
    shown = texts(at)
    assert "001_090a72988971c56b.txt" in shown and "Redes recurrentes - Neurona recurrente básica" in shown
    assert "1.28 Procesando secuencias con Capas convolucionales de 1D - Wavenet" in shown
    assert shown.count("This lesson has no guided tour yet.") == len(LESSONS) - 1
    assert "3 stops, 2 of them predict, then reveal." in shown
    stops = [(page, label, query) for page, label, query in links(at) if "tour" in query]
    assert [label for _, label, _ in stops] == ["Stop 1: start", "Stop 2: guess", "Stop 3: number"]
    for number, (page, _, query) in enumerate(stops, start=1):
        assert page == "unroll"
        assert query == {"tour": "1", "stop": str(number), "lang": "en", "present": "1"}
    captions = [c.value for c in at.caption]
    assert (
        "predict, then reveal (pick an option)" in captions
        and "predict, then reveal (type a number)" in captions
    )
    lesson_links = {page for page, label, _ in links(at) if label == "Open the lesson"}
    assert lesson_links == {lesson.url_path for lesson in LESSONS}
    glossaries = [query for page, label, query in links(at) if page == "glossary" and "lesson" in query]
    assert [query["lesson"] for query in glossaries] == [lesson.key for lesson in LESSONS]
    assert f"Its {len(terms_of('gates'))} terms in the glossary" in [label for _, label, _ in links(at)]


def test_a_stop_can_be_the_code(fake_tours):
    at = open_teach(query={"present": "1"})
    at.selectbox(key="teach:source").set_value("stop:unroll:2").run()
    assert_clean(at)
    assert code_link(at) == BASE + "/unroll?tour=1&stop=2&lang=en"  # phones get the normal view
    at.selectbox(key="teach:source").set_value("lesson:gates").run()
    assert code_link(at) == BASE + "/gates?lang=en"


def test_a_pasted_link_of_this_app_becomes_the_code(fake_tours):
    at = open_teach()
    at.selectbox(key="teach:source").set_value("paste").run()
    assert_clean(at)
    assert not at.code and "Paste a link of this app above" in texts(at)
    at.text_input(key="teach:paste").input("/gradients?part=matrix&norm=1.2").run()
    assert_clean(at)
    assert code_link(at) == BASE + "/gradients?part=matrix&norm=1.2"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("javascript:alert(1)", "is not an http(s) link"),
        ("<img src=x onerror=alert(1)>", "is not an http(s) link"),
        ("https://evil.example/unroll", "goes to another server"),
        ("/nowhere?x=1", "is not a page of this app"),
    ],
)
def test_bad_links_get_a_message_never_a_code_or_a_traceback(fake_tours, text, message):
    at = open_teach()
    at.selectbox(key="teach:source").set_value("paste").run()
    at.text_input(key="teach:paste").input(text).run()
    assert_clean(at)
    assert message in warnings(at)
    assert not at.code and not at.get("image")
    assert "<img" not in warnings(at).replace("`<img", "")  # quoted as code, never as HTML


def test_the_link_box_is_bounded(fake_tours):
    at = open_teach()
    at.selectbox(key="teach:source").set_value("paste").run()
    at.text_input(key="teach:paste").input("/unroll?x=" + "9" * 5000).run()
    assert_clean(at)
    assert len(at.text_input(key="teach:paste").value or "") <= 1500  # the widget keeps no more


def test_without_the_browser_s_address_it_says_so(fake_tours):
    at = open_teach(browser_url=False)
    assert_clean(at)
    assert "did not say the app's address" in warnings(at)

"""The lecturer's page as data: the lecture notes each lesson follows, tour links, the link check, QR codes
decoded back to their link by zxing-cpp (a decoder we did not write)."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from lessons import teach as T
from lessons.tour import Choice, Reveal, Stop
from ui.lessons import LESSONS

LECTURES = Path(__file__).resolve().parents[2] / "shared" / T.LECTURES_DIR
BASE = "http://localhost:8501"
PAGES = ("", "teach", "glossary", *(lesson.url_path for lesson in LESSONS))


@pytest.mark.skipif(not LECTURES.is_dir(), reason="../shared/lectures is not beside this checkout")
@pytest.mark.parametrize("lesson", [lesson.key for lesson in LESSONS])
def test_every_lesson_names_notes_that_exist_and_sections_that_are_in_them(lesson):
    readings = T.NOTES[lesson]
    assert readings, lesson
    for reading in readings:
        path = LECTURES / reading.file
        assert path.is_file(), reading.file
        assert reading.section in T.heading_lines(path.read_text(encoding="utf-8")), reading


def test_the_notes_cover_every_lesson_and_nothing_else():
    assert set(T.NOTES) == {lesson.key for lesson in LESSONS}


def test_a_heading_is_found_without_its_markdown():
    text = (
        "intro\n## [Red de Memoria](https://example.org/v?t=1)\nprose "
        + "x" * 100
        + "\n# Vanilla RNN *Gradient Flow*"
    )
    assert T.heading_lines(text) == ["intro", "Red de Memoria", "Vanilla RNN Gradient Flow"]


def test_stop_links_are_the_issue_s_form():
    assert T.stop_link("unroll", 3, "es", present=False) == "/unroll?tour=1&stop=3&lang=es"
    assert T.stop_link("gates", 1, "en", present=True) == "/gates?tour=1&stop=1&lang=en&present=1"


def test_a_lesson_without_a_tour_has_none_and_a_fake_one_is_read(monkeypatch):
    import lessons.unroll

    monkeypatch.delattr(lessons.unroll, "TOUR", raising=False)
    assert T.tour_of("unroll") == ()
    assert T.tour_of("no_such_lesson") == ()
    stops = (
        Stop("a", {"step": "0"}),
        Stop("b", {"step": "1"}, Choice(("up", "down"), lambda s: Reveal("up", "up"))),
    )
    monkeypatch.setattr(lessons.unroll, "TOUR", stops, raising=False)
    assert T.tour_of("unroll") == stops
    assert [T.question_kind(stop) for stop in stops] == [None, "choice"]


@pytest.mark.parametrize(
    ("url", "path", "base"),
    [
        ("http://localhost:8501/teach", "teach", "http://localhost:8501"),
        ("https://unrolled.example.org/teach/", "teach", "https://unrolled.example.org"),
        ("https://example.org/courses/rnn/teach", "teach", "https://example.org/courses/rnn"),
        ("http://localhost:8501", "", "http://localhost:8501"),
        (None, "teach", None),
        ("about:blank", "teach", None),
    ],
)
def test_the_app_s_base_comes_from_the_browser_s_url(url, path, base):
    assert T.app_base(url, path) == base


def test_a_view_url_keeps_commas_and_quotes_spaces():
    url = T.view_url(BASE, "unroll", {"x": "0.7,0.9", "text": "3 de febrero", "lang": "es"})
    assert url == "http://localhost:8501/unroll?x=0.7,0.9&text=3%20de%20febrero&lang=es"
    assert T.view_url(BASE, "", {}) == "http://localhost:8501/"


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("/unroll?step=2", "http://localhost:8501/unroll?step=2"),
        (
            "  http://localhost:8501/gates?model=gru-depth#top ",
            "http://localhost:8501/gates?model=gru-depth#top",
        ),
        ("http://LOCALHOST:8501/", "http://LOCALHOST:8501/"),
        ("/", "http://localhost:8501/"),
        ("/glossary?lang=en#hidden-state", "http://localhost:8501/glossary?lang=en#hidden-state"),
    ],
)
def test_links_of_this_app_are_accepted(text, url):
    assert T.check_link(text, BASE, PAGES) == T.LinkCheck(url, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("/unroll?x=" + "1," * 800, "too_long"),
        ("javascript:alert(1)", "not_link"),
        ("data:text/html,<b>x</b>", "not_link"),
        ("unroll?step=2", "not_link"),
        ("//evil.example/unroll", "not_link"),  # protocol-relative: another host, refused
        ("https://evil.example/unroll", "other_host"),
        ("http://localhost:9999/unroll", "other_host"),
        ("http://user@localhost:8501/unroll", "other_host"),
        ("http://localhost:notaport/unroll", "not_link"),
        ("/unroll now", "not_link"),
        ("/unroll\n/gates", "not_link"),
        ("/no-such-page", "not_page"),
        ("/unroll/extra", "not_page"),
        ("ftp://localhost:8501/unroll", "not_link"),
    ],
)
def test_anything_else_gets_a_reason(text, problem):
    assert T.check_link(text, BASE, PAGES) == T.LinkCheck(None, problem)


def test_a_path_prefix_is_kept_and_required():
    base = "https://example.org/rnn"
    assert T.check_link("/rnn/unroll?step=1", base, PAGES).url == "https://example.org/rnn/unroll?step=1"
    assert T.check_link("/unroll?step=1", base, PAGES).problem == "not_page"


def decode(image) -> list[str]:
    return [result.text for result in zxingcpp.read_barcodes(image)]


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost:8501/unroll?mode=scalar&x=0.7,0.9,1.1&U=0.2&W=0.3&b=-0.1&h0=0&act=tanh&step=2&lang=es",
        "https://unrolled.example.org/attention?model=seq2seq-dates-attn&text=3%20de%20febrero%20de%201987"
        "&step=0&pin=-1&teacher_forcing=0.5&tour=1&stop=3&lang=en",
        "http://localhost:8501/?lang=es",
    ],
)
def test_the_png_decodes_back_to_its_link_even_shrunk_to_a_phone_photo(url):
    code = T.qr(url)
    image = Image.open(io.BytesIO(T.png(code)))
    assert image.size[0] >= 1000  # drawn big: it is scaled down on screen, never up
    assert decode(image) == [url]
    assert decode(image.resize((180, 180), Image.Resampling.BILINEAR)) == [url]
    assert 21 <= T.modules(code) <= 61  # a short link stays a coarse code


def test_the_svg_has_the_quiet_zone_and_an_escaped_title():
    url = "http://localhost:8501/unroll?x=1&act=tanh"
    code = T.qr(url)
    root = ET.fromstring(T.svg(code, title=url))
    side = T.modules(code) + 2 * T.QUIET_ZONE
    assert root.get("width") == str(side * 10)
    assert root.find("{http://www.w3.org/2000/svg}title").text == url

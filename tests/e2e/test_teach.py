"""The lecturer's page and the glossary in Chromium: at a laptop's and a phone's width, in Spanish and
English, the QR code on /teach is taken off the screen, decoded by zxing-cpp and must be the link of the
lesson view this visitor had open; a lesson's glossary link lands on the term's anchor."""

from __future__ import annotations

import io
from urllib.parse import parse_qsl, urlsplit

import pytest
import zxingcpp
from PIL import Image

from tests.e2e.harness import screenshot, wait_until_idle
from tests.e2e.test_pages import LECTURE_LINK, assert_no_exception, open_page

WIDTHS = {"laptop": (1400, 1000), "phone": (390, 844)}


def go_in_app(page, url_path: str) -> None:
    """Open another page through the sidebar's menu: the same session (a new address would start a new
    one, without what this visitor saw)."""
    collapsed = page.locator('[data-testid="stSidebarNav"]').is_hidden()
    if collapsed:
        page.get_by_test_id("stExpandSidebarButton").click()
    page.locator(f'[data-testid="stSidebarNav"] a[href$="/{url_path}"]').click()
    wait_until_idle(page)
    if collapsed and page.locator('[data-testid="stSidebarNav"]').is_visible():  # a phone: it covers the page
        page.locator('[data-testid="stSidebar"]').hover()
        page.get_by_test_id("stSidebarCollapseButton").click()
        page.wait_for_timeout(500)


def read_qr(page) -> str:
    image = page.locator('[data-testid="stImage"] img').first
    image.scroll_into_view_if_needed()
    shot = Image.open(io.BytesIO(image.screenshot()))
    found = [result.text for result in zxingcpp.read_barcodes(shot)]
    assert len(found) == 1, found
    return found[0]


def split(url: str) -> tuple[str, dict[str, str]]:
    parts = urlsplit(url)
    return parts.path, dict(parse_qsl(parts.query))


@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("locale", ["es-AR", "en-US"])
def test_the_qr_code_is_the_view_the_lecturer_had_open(page_in, base_url, locale, width):
    page = open_page(page_in(locale, *WIDTHS[width]), base_url, LECTURE_LINK)
    assert_no_exception(page)
    view_path, view_query = split(page.url)
    go_in_app(page, "teach")
    assert_no_exception(page)
    assert urlsplit(page.url).path == "/teach"
    decoded = read_qr(page)
    path, query = split(decoded)
    assert decoded.startswith(base_url + "/")
    assert path == view_path == "/unroll"
    assert query == {**view_query, "lang": locale[:2]}  # the view, and the lecturer's language for the phones
    assert page.locator('[data-testid="stCode"]').first.inner_text().strip() == decoded
    image = page.locator('[data-testid="stImage"] img').first.bounding_box()
    main = page.locator('[data-testid="stMain"]').bounding_box()
    assert image["width"] >= (0.8 if width == "phone" else 0.5) * main["width"] - 64  # as wide as it can be
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS[width][0]  # no sideways scroll
    screenshot(page, f"teach_{locale[:2]}_{width}")


def test_a_pasted_link_is_the_code_and_a_bad_one_a_message(page_in, base_url):
    page = open_page(page_in("en-US", 390, 844), base_url, "/teach")
    choice = page.get_by_role("combobox", name="What the code opens")
    choice.click()
    choice.fill("A link I paste")
    choice.press("Enter")
    wait_until_idle(page)
    box = page.get_by_role("textbox", name="A link of this app")
    box.fill("<img src=x id=injected onerror=alert(1)>")
    box.press("Enter")
    wait_until_idle(page)
    assert_no_exception(page)
    assert "is not an http(s) link" in page.locator('[data-testid="stAlert"]').first.inner_text()
    assert page.locator("#injected").count() == 0
    box.fill("/gates?model=gru-depth&text=f(g(h(x)))y(z)&unit=3&step=5")
    box.press("Enter")
    wait_until_idle(page)
    assert read_qr(page) == base_url + "/gates?model=gru-depth&text=f(g(h(x)))y(z)&unit=3&step=5"


@pytest.mark.parametrize("locale", ["es-AR", "en-US"])
def test_a_lesson_s_glossary_link_lands_on_the_term(page_in, base_url, locale):
    page = open_page(page_in(locale, 1400, 900), base_url, "/unroll")
    lang = locale[:2]
    link = page.locator(f'[data-testid="stMarkdown"] a[href="glossary?lang={lang}#hidden-state"]').first
    assert link.get_attribute("target") == "_blank"  # Streamlit opens markdown links in a new tab
    with page.context.expect_page() as opened:
        link.click()
    glossary = opened.value
    wait_until_idle(glossary)
    assert_no_exception(glossary)
    parts = urlsplit(glossary.url)
    assert (parts.path, parts.fragment, dict(parse_qsl(parts.query))["lang"]) == (
        "/glossary",
        "hidden-state",
        lang,
    )
    term = glossary.locator("#hidden-state")
    assert term.count() == 1
    assert "estado oculto" in term.inner_text() and "hidden state" in term.inner_text()
    glossary.wait_for_function(
        "() => { const r = document.getElementById('hidden-state').getBoundingClientRect();"
        " return r.top >= 0 && r.top < window.innerHeight; }",
        timeout=10_000,
    )
    screenshot(glossary, f"glossary_anchor_{lang}")


@pytest.mark.parametrize("path", ["/teach", "/glossary"])
def test_the_phone_layout_passes_axe(page_in, base_url, path):
    from tests.e2e.test_a11y import BARE_STREAMLIT, blocking_violations

    page = open_page(page_in("es-AR", *WIDTHS["phone"]), base_url, path)
    assert_no_exception(page)
    assert blocking_violations(page, BARE_STREAMLIT) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS["phone"][0]

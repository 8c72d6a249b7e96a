"""Accessibility in Chromium (issue 19): axe-core's WCAG 2.1 A/AA rules on every page in both languages,
the contrast of the charts' labels, the page's language and title, and the step-through with the keyboard
alone.

axe-core comes bundled in axe-playwright-python (requirements-dev.txt): nothing is downloaded at test time.
A serious or critical violation fails the test, except those a bare Streamlit page has too
(`BARE_STREAMLIT`, each with its reason and the elements it is allowed on); `test_the_exceptions_are_
still_streamlits_own` checks on a bare page that each one is still there, so an exception is dropped once
Streamlit fixes it.
"""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.e2e.harness import serve_app, wait_until_idle
from tests.e2e.test_pages import PAGES, assert_no_exception, open_page, query_of
from ui.i18n import CATALOG
from ui.lessons import LESSONS

AXE = Axe()
WCAG_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
BLOCKING = ("serious", "critical")
# Streamlit 1.67's own, measured on tests/e2e/bare_app.py served the same way. Rule -> (where, why).
BARE_STREAMLIT = {
    "list": (
        '[data-testid="stSidebarNav"]',
        "st.navigation with sections draws its sidebar menu as a <ul> whose children are the sections' <div>"
        "s, not <li>s (a screen reader still reads every link, with its section heading)",
    ),
    "listitem": (
        '[data-testid="stSidebarNav"]',
        "the same menu: its <li> links sit inside those <div>s, not directly in a <ul>",
    ),
}
# axe-core leaves text inside SVG out of its contrast rule: every chart label (Plotly draws them as SVG
# text) is checked here against what is behind it. That is the page's background, #fbfaf7, except for a
# light label drawn on a mark (a beam-search node, a heatmap cell with its number): then it is checked
# against the mark's own fill. A heatmap's cells are one bitmap image, whose colours the page cannot read;
# Plotly picks black or white for the numbers on them by the cell's brightness, so those are left out.
CHART_TEXT_BELOW_AA = r"""
() => {
  const lum = (rgb) => {
    const [r, g, b] = rgb.map((c) => {
      c /= 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  const page = lum([0xfb, 0xfa, 0xf7]);
  const fillOf = (el) => {
    const f = getComputedStyle(el).fill.match(/\d+(\.\d+)?/g);
    return f ? lum(f.slice(0, 3).map(Number)) : null;
  };
  const low = [];
  for (const text of document.querySelectorAll(".main-svg text")) {
    if (!text.textContent.trim() || text.getBBox().width === 0) continue;
    const l = fillOf(text);
    if (l === null) continue;
    let behind = page;
    if (l > 0.5) {  // a light label: what is under its middle? (Plotly's layers take no pointer events)
      const box = text.getBoundingClientRect();
      const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
      const inside = (el) => {
        const b = el.getBoundingClientRect();
        return b.width > 0 && cx >= b.left && cx <= b.right && cy >= b.top && cy <= b.bottom;
      };
      const plot = text.closest(".js-plotly-plot");
      if ([...plot.querySelectorAll("image")].some(inside)) continue;  // a heatmap's bitmap
      const marks = [...plot.querySelectorAll("path.point, g.points path, rect")].filter(
        (el) => inside(el) && fillOf(el) !== null && getComputedStyle(el).fillOpacity !== "0");
      if (marks.length) behind = fillOf(marks[marks.length - 1]);
    }
    if (ratio(l, behind) < 4.5) low.push(`${text.textContent.slice(0, 30)}: ${ratio(l, behind).toFixed(2)}`);
  }
  return low;
}
"""
TITLES = {
    "home": "home.nav",
    "teach": "teach.nav",
    "glossary": "glossary.nav",
    **{lesson.key: f"{lesson.key}.nav" for lesson in LESSONS},
}


def blocking_violations(page, allowed: dict[str, tuple[str, str]]) -> list[str]:
    """Serious and critical violations as 'rule: element' lines, less the allowed ones where allowed."""
    found = []
    for violation in AXE.run(page, options=WCAG_AA).response["violations"]:
        if violation["impact"] not in BLOCKING:
            continue
        for node in violation["nodes"]:
            where = allowed.get(violation["id"], (None,))[0]
            inside = where is not None and page.evaluate(
                "([target, where]) => !!document.querySelector(target)?.closest(where)",
                [node["target"][0], where],
            )
            if not inside:
                found.append(f"{violation['id']}: {node['html'][:120]}  ({violation['help']})")
    return found


@pytest.mark.parametrize("locale", ["es-AR", "en-US"])
@pytest.mark.parametrize("name", list(PAGES))
def test_every_page_passes_axe_in_its_language(page_in, base_url, name, locale):
    lang = locale[:2]
    page = open_page(page_in(locale, width=1280, height=1000), base_url, PAGES[name])
    assert_no_exception(page)
    assert page.evaluate("document.documentElement.lang") == lang
    assert page.title() == f"{CATALOG[TITLES[name]][lang]} · Unrolled"
    assert blocking_violations(page, BARE_STREAMLIT) == []
    assert page.evaluate(CHART_TEXT_BELOW_AA) == []


def test_the_phone_layout_passes_axe(page_in, base_url):
    """390 px wide: more equations scroll sideways, and each must take the keyboard's focus."""
    page = open_page(page_in("es-AR", width=390, height=900), base_url, "/shapes")
    assert page.evaluate("document.documentElement.lang") == "es"  # set from the collapsed sidebar
    assert blocking_violations(page, BARE_STREAMLIT) == []


@pytest.mark.parametrize(
    "link",
    [
        "/gradients?tour=1&stop=1&lang=es",  # a question waiting for a guess
        "/gradients?tour=1&stop=2&lang=en&present=1",  # a tour stop, projected
        "/attention?present=1&lang=es",
    ],
)
def test_the_tour_and_projector_mode_pass_axe(page_in, base_url, link):
    page = open_page(page_in("es-AR", width=1280, height=1000), base_url, link)
    assert_no_exception(page)
    assert blocking_violations(page, BARE_STREAMLIT) == []
    assert page.evaluate(CHART_TEXT_BELOW_AA) == []


def test_the_exceptions_are_still_streamlits_own(browser):
    with serve_app(script="tests/e2e/bare_app.py") as bare_url:
        context = browser.new_context(locale="en-US", viewport={"width": 1280, "height": 1000})
        page = context.new_page()
        page.goto(bare_url)
        wait_until_idle(page)
        assert set(blocking_violations(page, {})) and {
            line.split(":")[0] for line in blocking_violations(page, {})
        } == set(BARE_STREAMLIT)
        context.close()


def test_the_language_follows_the_switch(page_in, base_url):
    page = open_page(page_in("en-US"), base_url, "/unroll")
    assert page.evaluate("document.documentElement.lang") == "en"
    page.locator('[data-testid="stSidebar"]').get_by_text("Español").click()
    wait_until_idle(page)
    assert page.evaluate("document.documentElement.lang") == "es"
    assert page.title() == "Desenrollar una RNN · Unrolled"


def test_every_chart_has_its_text_alternative(page_in, base_url):
    page = open_page(page_in("es-AR", height=2600), base_url, "/")
    charts = page.locator('[data-testid="stPlotlyChart"]').count()
    alternatives = page.locator("p.unrolled-alt").all_inner_texts()
    assert charts == len(LESSONS) == len(alternatives)
    assert all(text.strip() for text in alternatives)


def test_the_step_through_with_the_keyboard_alone(page_in, base_url):
    """Tab to Next and press Enter; then the arrow keys on the step slider."""
    page = open_page(page_in("en-US"), base_url, "/unroll?mode=scalar&x=1,0,0,0,0,0&step=0")
    next_button = page.get_by_role("button", name=re.compile("Next"))
    for _ in range(80):  # the Tab order reaches it (past the sidebar, the tour button, the glossary links)
        page.keyboard.press("Tab")
        if page.evaluate(
            "document.activeElement?.tagName === 'BUTTON' && /Next$/.test(document.activeElement.innerText)"
        ):
            break
    assert next_button.evaluate("el => el === document.activeElement")
    page.keyboard.press("Enter")
    wait_until_idle(page)
    assert query_of(page)["step"] == "1"
    page.get_by_role("slider", name=re.compile("Step")).focus()
    page.keyboard.press("ArrowRight")
    wait_until_idle(page)
    assert query_of(page)["step"] == "2"

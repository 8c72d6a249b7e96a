"""What Streamlit 1.67 leaves to the app for screen readers and keyboards (issue 19).

- `<html lang>`: Streamlit serves every page as `lang="en"` and has no setting for it, so a screen reader
  read the Spanish pages with English pronunciation. `mark_document()` runs one fixed script (no visitor
  text in it: the language is one of `LANGUAGES`) that sets it, and on every change of the page makes each
  region that scrolls sideways (a wide equation, a long line of code) reachable with Tab, as WCAG 2.1.1
  asks: Streamlit's code blocks and KaTeX's displays scroll but take no focus.
- Text alternatives: `alternative()` is a chart's description as a visually hidden paragraph, escaped
  (never visitor HTML), read by screen readers right after the chart; `ui.charts.show` places it.

The browser tests (tests/e2e/test_a11y.py) check both with axe-core in Chromium and fail when a Streamlit
upgrade breaks them.
"""

from __future__ import annotations

import html

import streamlit as st

from ui.i18n import LANGUAGES, language

# Visually hidden but read: the usual "sr-only" rules (the element stays in the accessibility tree).
_HIDDEN = (
    "position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;"
    "clip:rect(0 0 0 0);clip-path:inset(50%);white-space:normal"
)

# Runs once per language change (Streamlit re-runs an html element's script when its body changes).
# Regions: elements that scroll sideways and hold nothing focusable get tabindex=0, so arrow keys scroll
# them once focused; recomputed after every change of the page (a rerun redraws them) and on resize.
_SCRIPT = """<script>
(() => {
  document.documentElement.lang = "%(lang)s";
  if (window.__unrolledRegions) return;
  const SELECTOR = ".katex-display, [data-testid='stCode'] pre, [data-testid='stMarkdownContainer'] pre";
  const FOCUSABLE = "a[href], button, input, select, textarea, [tabindex]";
  let queued = false;
  const mark = () => {
    queued = false;
    for (const el of document.querySelectorAll(SELECTOR)) {
      const scrolls = el.scrollWidth > el.clientWidth + 1 && !el.querySelector(FOCUSABLE);
      if (scrolls && el.getAttribute("tabindex") === null) el.setAttribute("tabindex", "0");
      if (!scrolls && el.getAttribute("tabindex") === "0") el.removeAttribute("tabindex");
    }
  };
  const queue = () => { if (!queued) { queued = true; requestAnimationFrame(mark); } };
  window.__unrolledRegions = new MutationObserver(queue);
  window.__unrolledRegions.observe(document.body, {childList: true, subtree: true});
  window.addEventListener("resize", queue);
  queue();
})();
</script>"""


def mark_document() -> None:
    """Set `<html lang>` to the page's language and keep its scrolling regions keyboard-reachable."""
    lang = language()
    assert lang in LANGUAGES  # the only value that goes into the script
    st.html(_SCRIPT % {"lang": lang}, unsafe_allow_javascript=True)


def alternative(text: str) -> str:
    """HTML for a visually hidden paragraph that says `text` (escaped: it may quote what a visitor typed)."""
    return f'<p class="unrolled-alt" style="{_HIDDEN}">{html.escape(text)}</p>'

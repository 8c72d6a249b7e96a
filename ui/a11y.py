"""What Streamlit 1.67 leaves to the app for screen readers and keyboards (issue 19).

- `<html lang>`: Streamlit serves every page as `lang="en"` and has no setting for it, so a screen reader
  read the Spanish pages with English pronunciation. `mark_document()` runs one fixed script (no visitor
  text in it: the language is one of `LANGUAGES`) that sets it, and on every change of the page makes each
  region that scrolls sideways (a wide equation, a long line of code) reachable with Tab, as WCAG 2.1.1
  asks: Streamlit's code blocks and KaTeX's displays scroll but take no focus.
- Code colours: Streamlit's syntax highlighting draws `True`/`False` in a green at 2.1:1 on the code
  background (and has no theme setting for it); `CODE_TOKENS` redraws each token class in a colour of the
  same family at 4.5:1 or more (tests/test_a11y.py checks every one against `CODE_BACKGROUND`).
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

CODE_BACKGROUND = "#f4f5f6"  # Streamlit's code blocks on this theme (measured in Chromium)
# Prism's token classes as Streamlit 1.67 colours them, each in a darker colour of the same family.
CODE_TOKENS = {
    ".token.comment, .token.prolog, .token.doctype, .token.cdata, .token.punctuation": "#5b6470",
    ".token.attr-name, .token.property, .token.variable": "#1d5f8a",
    ".token.boolean, .token.constant, .token.symbol, .token.inserted": "#1f6b3a",
    ".token.number, .token.regex": "#0f6b6b",
    ".token.string, .token.char, .token.attr-value": "#2f6b1f",
    ".token.operator, .token.entity, .token.decorator, .token.atrule": "#8a4b00",
    ".token.url": "#6b3fa0",
    ".token.keyword, .token.tag": "#1f4fa0",
    ".token.deleted": "#a8432d",
}
_STYLE = (
    "<style>"
    + "".join(
        ", ".join(f"body [data-testid='stCode'] {one.strip()}" for one in selector.split(","))
        + f"{{color:{color}}}"
        for selector, color in CODE_TOKENS.items()
    )
    + "</style>"
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
    st.html(_STYLE + _SCRIPT % {"lang": lang}, unsafe_allow_javascript=True)


def alternative(text: str) -> str:
    """HTML for a visually hidden paragraph that says `text` (escaped: it may quote what a visitor typed)."""
    return f'<p class="unrolled-alt" style="{_HIDDEN}">{html.escape(text)}</p>'

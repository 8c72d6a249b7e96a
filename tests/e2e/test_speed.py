"""What a visitor waits for in the browser: a slider moved on the unroll lesson's layer view, timed until its
heatmap is drawn again, beside the same move on a bare Streamlit page (benchmarks/bare_app.py) served the
same way. The times are printed and written to benchmarks/results/browser.json; the goals live in the
benchmark (benchmarks/server.py), so this test asserts only what must hold: the move redraws the figure
with new numbers, and nothing errs.
"""

from __future__ import annotations

import json
import statistics
import time

import pytest

from tests.e2e.harness import ROOT, serve_app

LAYER = (
    "/unroll?mode=layer&I=4&H=64&T=200&seed=0&init=orthogonal&scale=1&signal=sine&act=tanh&output=true&O=4"
)
MOVES = 6

# A signature of the chart's numbers: the last number of its first row (z) or of its y values. For the
# heatmap that is the state of unit 0 at the last step, which every change of the scale moves.
SIGNATURE = """
([chart, before]) => {
  const gd = document.querySelector(chart + " .js-plotly-plot");
  if (!gd || !gd._fullData || !gd._fullData.length) return before === null ? null : false;
  const d = gd._fullData[0];
  const row = d.z ? d.z[0] : d.y;
  const now = String(row[row.length - 1]);
  return before === null ? now : now !== before;
}
"""


@pytest.fixture(scope="module")
def bare_url():
    with serve_app(script="benchmarks/bare_app.py") as url:
        yield url


def time_slider_moves(page, slider: str, chart: str) -> list[float]:
    """Press the slider's right arrow MOVES times, each time waiting for the chart's numbers to change."""
    page.wait_for_selector(f"{chart} .js-plotly-plot", timeout=120_000)
    times = []
    for _ in range(MOVES):
        page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=60_000)
        before = page.evaluate(SIGNATURE, [chart, None])
        thumb = page.locator(f"{slider} input[type=range]").first
        thumb.focus()
        start = time.perf_counter()
        thumb.press("ArrowRight")
        page.wait_for_function(SIGNATURE, arg=[chart, before], polling=5, timeout=30_000)
        times.append(1000 * (time.perf_counter() - start))
    return times


def test_a_slider_move_redraws_the_heatmap_beside_a_bare_page(page_in, base_url, bare_url):
    page = page_in("en-US", width=1400, height=1000)
    page.goto(base_url + LAYER)
    # The recurrent matrix's scale: every state after the first step moves with it.
    app_ms = time_slider_moves(page, ".st-key-unroll-scale", ".st-key-unroll_heatmap")
    assert page.locator('[data-testid="stException"]').count() == 0

    bare = page_in("en-US", width=1400, height=1000)
    bare.goto(bare_url)
    bare_ms = time_slider_moves(bare, '[data-testid="stSlider"]', '[data-testid="stPlotlyChart"]')

    result = {
        "unroll_layer_heatmap_ms": app_ms,
        "bare_page_ms": bare_ms,
        "median_ms": {"unroll": statistics.median(app_ms), "bare": statistics.median(bare_ms)},
    }
    (ROOT / "benchmarks" / "results").mkdir(exist_ok=True)
    (ROOT / "benchmarks" / "results" / "browser.json").write_text(json.dumps(result, indent=1))
    print(
        f"\nslider move to redrawn chart, median: unroll layer {result['median_ms']['unroll']:.0f} ms, "
        f"bare page {result['median_ms']['bare']:.0f} ms"
    )
    assert len(app_ms) == len(bare_ms) == MOVES

"""Projector mode (issue 18): `?present=1` or the sidebar switch; figures projected, explanations folded."""

from __future__ import annotations

import copy
import json

from lessons.charts import PROJECTED_FONT, PROJECTED_LINE, PROJECTED_MARK, projected
from tests.apptest import assert_clean, open_app, query, warnings
from ui.i18n import CATALOG


def test_projected_scales_fonts_lines_and_marks_and_keeps_the_data():
    figure = {
        "data": [
            {"type": "scatter", "mode": "lines+markers", "y": [1, 2],
             "line": {"color": "#123456", "width": 3}, "marker": {"size": 8}, "textfont": {"size": 10}},
            {"type": "heatmap", "z": [[1, 2]], "colorscale": [[0, "#fff"], [1, "#000"]]},
        ],
        "layout": {"font": {"size": 15},
                   "xaxis": {"tickfont": {"color": "#5b6470"}, "title": {"font": {"size": 14}}},
                   "annotations": [{"text": "a", "font": {"size": 12}}]},
    }  # fmt: skip
    before = copy.deepcopy(figure)
    out = projected(figure)
    assert figure == before, "the builder's figure is not changed"
    assert out["layout"]["font"]["size"] == round(15 * PROJECTED_FONT, 1)
    assert out["layout"]["xaxis"]["title"]["font"]["size"] == round(14 * PROJECTED_FONT, 1)
    assert out["layout"]["annotations"][0]["font"]["size"] == round(12 * PROJECTED_FONT, 1)
    assert out["data"][0]["line"] == {"color": "#123456", "width": round(3 * PROJECTED_LINE, 2)}
    assert out["data"][0]["marker"]["size"] == round(8 * PROJECTED_MARK, 2)
    assert out["data"][0]["textfont"]["size"] == round(10 * PROJECTED_FONT, 1)
    assert out["data"][1]["colorscale"] == figure["data"][1]["colorscale"] and out["data"][1]["z"] == [[1, 2]]


def test_a_line_with_no_width_gets_plotlys_default_thickened():
    out = projected({"data": [{"type": "scatter", "y": [1]}], "layout": {}})
    assert out["data"][0]["line"]["width"] == round(2 * PROJECTED_LINE, 2)
    assert out["layout"]["font"]["size"] == round(12 * PROJECTED_FONT, 1)


def _chart_specs(at) -> list[dict]:
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def test_present_in_the_link_projects_the_page_and_stays_in_the_url():
    at = open_app("pages/gradients.py", {"present": "1"})
    assert_clean(at)
    assert at.session_state["present"] is True
    assert query(at).get("present") == "1"
    label = CATALOG["present.explanation"]["en"]
    assert label in [e.label for e in at.expander], "the long explanations are folded"
    [spec] = _chart_specs(at)[:1]
    assert spec["layout"]["font"]["size"] == round(15 * PROJECTED_FONT, 1)
    normal = open_app("pages/gradients.py", {})
    assert _chart_specs(normal)[0]["layout"]["font"]["size"] == 15
    assert label not in [e.label for e in normal.expander]
    assert "present" not in query(normal)


def test_the_sidebar_switch_turns_it_off_and_the_url_follows():
    at = open_app("pages/gradients.py", {"present": "1"})
    at.toggle(key="present").set_value(False)
    at.run()
    assert_clean(at)
    assert "present" not in query(at)
    assert _chart_specs(at)[0]["layout"]["font"]["size"] == 15


def test_a_bad_present_value_gets_a_message_and_the_normal_view():
    for raw in ("projector", "2", "<b>x</b>"):
        at = open_app("pages/gradients.py", {"present": raw})
        assert_clean(at)
        assert "present" in warnings(at) and at.session_state["present"] is False
        assert _chart_specs(at)[0]["layout"]["font"]["size"] == 15


def test_present_works_on_the_home_page_too():
    at = open_app(None, {"present": "1"})
    assert_clean(at)
    assert at.session_state["present"] is True

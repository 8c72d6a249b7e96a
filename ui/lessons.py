"""The lessons the app serves, in course order: one page file and one URL path each.

`app.py` registers exactly these pages with `st.navigation`, and the home page shows a card for each.
A lesson's title and blurb are the catalog keys `<key>.nav` and `<key>.blurb`; its picture comes from
`lessons.<key>.thumbnail()`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Lesson:
    key: str  # catalog namespace, page file pages/<key>.py, figure module lessons/<key>.py
    url_path: str
    icon: str

    @property
    def page_file(self) -> str:
        return f"pages/{self.key}.py"


LESSONS: tuple[Lesson, ...] = (
    Lesson("unroll", "unroll", ":material/linear_scale:"),
    Lesson("gradients", "gradients", ":material/trending_down:"),
    Lesson("gates", "gates", ":material/tune:"),
    Lesson("xlstm", "xlstm", ":material/memory:"),
    Lesson("sequences", "sequences", ":material/format_list_numbered:"),
    Lesson("attention", "attention", ":material/center_focus_strong:"),
    Lesson("memory", "memory", ":material/menu_book:"),
    Lesson("shapes", "shapes", ":material/view_in_ar:"),
    Lesson("convolutions", "convolutions", ":material/waves:"),
)

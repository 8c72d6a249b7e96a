"""A bare Streamlit page, served like the app (tests/e2e/test_a11y.py): the same kind of navigation (two
sections in the sidebar), a widget and a caption, and nothing of the app's own. What axe finds here is
Streamlit's, not ours."""

import streamlit as st


def first() -> None:
    st.title("Bare")
    st.slider("Step", 0, 10, 2)
    st.caption("A caption.")


def second() -> None:
    st.title("Second")


page = st.navigation(
    {
        "Start": [st.Page(first, title="First", default=True)],
        "Lessons": [st.Page(second, title="Second", url_path="second")],
    }
)
page.run()

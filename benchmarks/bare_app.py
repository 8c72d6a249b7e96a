"""The yardstick for the real-server benchmark: a bare Streamlit page (one slider, one Plotly chart, one
small table), served the same way as the app, so every lesson's figures can be read against it.

Its one setting, `n`, comes from the URL, as the lessons' settings do: the load client changes it with a
new query each time, exactly as it changes a lesson's.
"""

import numpy as np
import streamlit as st

st.set_page_config(page_title="Bare", layout="wide")
try:
    start = int(st.query_params.get("n", "10"))
except ValueError:
    start = 10
n = st.slider("n", 1, 100, min(max(start, 1), 100))
x = np.arange(n)
st.plotly_chart({"data": [{"type": "scatter", "x": x, "y": np.sin(x / 5)}], "layout": {"height": 300}})
st.table({"k": [1, 2, 3], "n": [n, 2 * n, 3 * n]})

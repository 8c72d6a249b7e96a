"""Per-lesson logic without Streamlit: settings schemas, tidy tables and figure builders.

Each `lessons/<name>.py` pairs with `pages/<name>.py`: the page reads widgets and the URL and draws;
the lesson module turns engine tensors into tables and Plotly figures, and can be tested on its own.
"""

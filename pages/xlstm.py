"""Lesson: xLSTM. The sLSTM and the mLSTM, trained, one step and over time; why exp gates; two tasks."""

from __future__ import annotations

import pandas as pd
import streamlit as st
import torch

from lessons import xlstm as L
from ui import compute, present
from ui.charts import show
from ui.i18n import language, t
from ui.messages import literal, show_problems
from ui.router import enter
from ui.tour import open_tour
from ui.urlstate import PageState

enter()

ss = st.session_state
state = PageState("xlstm", L.SCHEMA)
url_settings, url_problems = state.load()
guide = open_tour("xlstm", L.TOUR, state)
BIT_EXAMPLES = ("0110100111", "1" * 41, "10" * 40)
PROMPT_EXAMPLES = ("a3b7c1d9?c", "k2p8z0?k", "a1b2c3d4e5f6g7h8?e")

LATEX = {"latex": True}  # a value to format with: these strings' LaTeX braces are written doubled


def labels() -> dict[str, str]:
    out = {key: t(f"xlstm.label_{key}") for key in L.LABEL_KEYS}
    for name in (*L.PARITY_MODELS, *L.RECALL_MODELS):
        out[name] = t(f"xlstm.model_{name.replace('-', '_')}")
    return out


@st.cache_data(max_entries=64, show_spinner=False)
def inside(cell: str, text: str) -> L.SLSTMInside | L.MLSTMInside:
    return L.slstm_inside(text) if cell == "slstm" else L.mlstm_inside(text)


@st.cache_data(max_entries=128, show_spinner=False)
def step_view(cell: str, text: str, step: int, unit: int, lang: str) -> tuple:
    """The equations, figures and text alternatives of one step of the inspected cell (in `lang`)."""
    data, lab = inside(cell, text), labels()
    if cell == "slstm":
        raw, stab = L.slstm_step_latex(data, step, unit)
        figures = [
            (L.slstm_heatmaps(data, step, unit, lab), L.slstm_heatmaps_alt(data, step, lab, t)),
            (L.slstm_nm_figure(data, step, unit, lab), L.slstm_nm_alt(data, step, unit, t)),
        ]
        return raw, stab, float(data.arrays["h"][step, unit]), figures
    raw, stab = L.mlstm_step_latex(data, step)
    figures = [
        (L.mlstm_heatmaps(data, step, lab), L.mlstm_heatmaps_alt(data, step, lab, t)),
        (L.mlstm_gates_figure(data, step, lab), L.mlstm_gates_alt(data, step, t)),
        (L.memory_figure(data, step, lab), L.memory_alt(data, step, t)),
        (L.match_figure(data, step, lab), L.match_alt(data, step, t)),
    ]
    return raw, stab, None, figures


@st.cache_data(max_entries=128, show_spinner=False)
def overwrite_view(first: float, second: float, lang: str) -> tuple:
    demo = L.overwrite(first, second)
    return demo, L.overwrite_figure(demo, labels()), L.overwrite_alt(demo, t)


@st.cache_data(max_entries=64, show_spinner=False)
def answers(task: str, text: str) -> L.Answers:
    return L.parity_answers(text) if task == "parity" else L.recall_answers(text)


@st.cache_data(max_entries=4, show_spinner=False)
def accuracy_view(task: str, lang: str) -> tuple:
    table = L.accuracy_table(task)
    lab = labels()
    return L.accuracy_figure(table, task, lab), L.accuracy_alt(table, task, lab, t), int(table.n.iloc[0])


@st.cache_data(max_entries=64, show_spinner=False)
def decay_view(prompt: str, lang: str) -> tuple:
    data = inside("mlstm", prompt)
    return L.decay_figure(data, labels()), L.decay_alt(data, t), data.parallel_gap


@st.cache_data(max_entries=4, show_spinner=False)
def comparison(lang: str) -> pd.DataFrame:
    return L.comparison_table(t)


def use_example(field: str) -> None:
    """An example pill puts its text in the box, then lets go (so the same pill can be picked again)."""
    chosen = ss.get(f"xlstm:{field}_example")
    if chosen:
        ss[state.key(field)] = chosen
    ss[f"xlstm:{field}_example"] = None


# ---------------------------------------------------------------- controls

lang = language()
st.title(t("xlstm.title"))
guide.place()  # the tour goes at the top; it is drawn once the settings are saved
with present.folded():
    st.markdown(t("xlstm.intro", **LATEX))

st.segmented_control(
    t("xlstm.name_cell"),
    options=L.CELLS_INSIDE,
    format_func={c: t(f"xlstm.cell_option_{c}") for c in L.CELLS_INSIDE}.get,
    key=state.key("cell"),
    required=True,
)
left, right = st.columns(2)
left.text_input(t("xlstm.name_bits"), key=state.key("bits"), help=t("xlstm.bits_help", max=L.MAX_PARITY_LEN))
left.pills(
    t("xlstm.examples"),
    options=BIT_EXAMPLES,
    format_func={e: e if len(e) <= 12 else e[:10] + "…" for e in BIT_EXAMPLES}.get,
    key="xlstm:bits_example",
    on_change=use_example,
    args=("bits",),
    label_visibility="collapsed",
)
right.text_input(
    t("xlstm.name_prompt"), key=state.key("prompt"), help=t("xlstm.prompt_help", max=L.MAX_PAIRS)
)
right.pills(
    t("xlstm.examples"),
    options=PROMPT_EXAMPLES,
    format_func={e: e if len(e) <= 12 else e[:10] + "…" for e in PROMPT_EXAMPLES}.get,
    key="xlstm:prompt_example",
    on_change=use_example,
    args=("prompt",),
    label_visibility="collapsed",
)

settings, widget_problems = state.read()
settings, issues = L.settle(settings)
show_problems([*url_problems, *widget_problems], {key: t(f"xlstm.name_{key}") for key in L.SCHEMA.keys})
for issue in issues:
    values = {key: literal(value) for key, value in issue.values}
    st.warning(t(f"xlstm.issue_{issue.code}", raw=literal(issue.raw), used=literal(issue.used), **values))
for field in (
    "step",
    "unit",
):  # drawn below; the texts keep what the visitor typed (the warning says what is read)
    ss[state.key(field)] = getattr(settings, field)
state.save(settings)
guide.draw()

cell = settings.cell
text = L.inside_text(settings)
model_width = L.model(L.INSIDE_MODEL[cell]).hidden_size

# ---------------------------------------------------------------- 1. one step

st.header(t("xlstm.step_header"))
if len(text) > 1:
    st.slider(t("xlstm.name_step"), 0, len(text) - 1, key=state.key("step"))
if cell == "slstm":
    st.slider(t("xlstm.name_unit"), 0, model_width - 1, key=state.key("unit"))
step, unit = settings.step, settings.unit
raw, stab, h_value, figures = step_view(cell, text, step, unit, lang)
if cell == "slstm":
    st.markdown(t("xlstm.step_intro_slstm", unit=unit, t=step, char=literal(text[step])))
else:
    st.markdown(t("xlstm.step_intro_mlstm", t=step, chars=literal(text[max(step - 1, 0) : step + 1])))
st.markdown(f"**{t('xlstm.as_lecture')}**")
st.latex(raw)
st.markdown(f"**{t('xlstm.stabilised')}**")
st.latex(stab)
if h_value is not None:
    st.markdown(t("xlstm.same_h", h=f"{h_value:.4f}"))
if step == 0:
    st.caption(t("xlstm.first_step", **LATEX))
with present.folded():
    st.info(t("xlstm.why_m", **LATEX), icon=":material/functions:")
st.caption(compute.ran_on(torch.device("cpu"), torch.float64))  # the shipped models' weights, run in float64

# ---------------------------------------------------------------- 2. over time

st.header(t("xlstm.time_header"))
if cell == "slstm":
    st.markdown(t("xlstm.time_slstm", H=model_width))
    (heat, heat_alt), (lines, lines_alt) = figures
    show(heat, key="xlstm_heatmaps", alt=heat_alt, csv=True, notebook=settings)
    st.caption(t("xlstm.nm_caption", unit=unit))
    show(lines, key="xlstm_nm", alt=lines_alt)
else:
    st.markdown(t("xlstm.time_mlstm", d=model_width))
    (heat, heat_alt), (lines, lines_alt), (memory, memory_alt), (match, match_alt) = figures
    show(heat, key="xlstm_heatmaps", alt=heat_alt, csv=True, notebook=settings)
    show(lines, key="xlstm_gates", alt=lines_alt)
    st.subheader(t("xlstm.memory_header", t=step))
    st.markdown(t("xlstm.memory_text", d=model_width))
    show(memory, key="xlstm_memory", alt=memory_alt)
    show(match, key="xlstm_match", alt=match_alt)
    weights = L.read_weights(inside(cell, text), step)
    best = int(abs(weights).argmax())
    st.markdown(
        t(
            "xlstm.match_text",
            t=step,
            s=best,
            chars=literal(text[max(best - 1, 0) : best + 1]),
            w=f"{weights[best]:.3f}",
        )
    )
    if step == len(text) - 1:
        st.caption(t("xlstm.match_answer"))

# ---------------------------------------------------------------- 3. overwrite

st.header(t("xlstm.overwrite_header"))
with present.folded():
    st.markdown(t("xlstm.overwrite_text", **LATEX))
left, right = st.columns(2)
left.slider(t("xlstm.name_first"), -L.GATE_BOUND, L.GATE_BOUND, step=0.5, key=state.key("first"))
right.slider(t("xlstm.name_second"), -L.GATE_BOUND, L.GATE_BOUND, step=0.5, key=state.key("second"))
demo, demo_figure, demo_alt = overwrite_view(settings.first, settings.second, lang)
show(demo_figure, key="xlstm_overwrite", alt=demo_alt)
after = L.DEMO_WRITES[1]
st.markdown(
    t(
        "xlstm.overwrite_numbers",
        lstm=f"{demo.lstm_read[after]:.3f}",
        slstm=f"{demo.slstm_ratio[after]:.3f}",
        z=f"{demo.z[1]:.3f}",
    )
)

# ---------------------------------------------------------------- 4. the tasks

st.header(t("xlstm.tasks_header"))
yes_no = {True: t("xlstm.yes"), False: t("xlstm.no")}
lab = labels()
left, right = st.columns(2)
with left:
    st.markdown(t("xlstm.parity_text", **LATEX))
    got = answers("parity", settings.bits)
    rows = [
        {
            t("xlstm.col_model"): lab[name],
            t("xlstm.col_final"): out[-1],
            t("xlstm.col_right"): yes_no[out[-1] == got.truth[-1]],
            t(
                "xlstm.col_steps_right"
            ): f"{sum(a == b for a, b in zip(out, got.truth, strict=True))}/{len(out)}",
        }
        for name, out in got.by_model.items()
    ]
    st.table(pd.DataFrame(rows).set_index(t("xlstm.col_model")))
    st.markdown(t("xlstm.truth", answer=f"`{got.truth[-1]}`"))
    figure, alt, per = accuracy_view("parity", lang)
    show(figure, key="xlstm_acc_parity", alt=alt)
with right:
    st.markdown(t("xlstm.recall_text"))
    got = answers("recall", settings.prompt)
    rows = [
        {
            t("xlstm.col_model"): lab[name],
            t("xlstm.col_answer"): out,
            t("xlstm.col_right"): yes_no[out == got.truth],
        }
        for name, out in got.by_model.items()
    ]
    st.table(pd.DataFrame(rows).set_index(t("xlstm.col_model")))
    st.markdown(t("xlstm.truth", answer=f"`{got.truth}`"))
    figure, alt, per_recall = accuracy_view("recall", lang)
    show(figure, key="xlstm_acc_recall", alt=alt)
st.caption(t("xlstm.acc_caption", parity=per, recall=per_recall))

# ---------------------------------------------------------------- 5. side by side

st.header(t("xlstm.compare_header"))
st.table(comparison(lang).set_index(t("xlstm.col_cell")))
st.caption(t("xlstm.compare_caption"))
figure, alt, gap = decay_view(settings.prompt, lang)
st.markdown(t("xlstm.decay_text", gap=f"{gap:.1e}"))
show(figure, key="xlstm_decay", alt=alt)

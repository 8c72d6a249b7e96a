"""Lesson: unroll an RNN. One neuron worked step by step as in the lectures, then a whole layer."""

from __future__ import annotations

import dataclasses
import time

import streamlit as st
import torch

from lessons import unroll as L
from ui import compute, present
from ui.charts import show
from ui.i18n import t
from ui.messages import show_problems
from ui.params import Problem
from ui.router import enter
from ui.tour import open_tour
from ui.urlstate import PageState

enter()

PLAY_INTERVAL = 0.9  # seconds between steps while playing
PLAYING = "unroll:playing"
LAST_TICK = "unroll:last_tick"
PRESET = "unroll:preset"

state = PageState("unroll", L.SCHEMA)
url_settings, url_problems = state.load()
guide = open_tour("unroll", L.TOUR, state)


def labels() -> dict[str, str]:
    return {
        "t": t("unroll.axis_t"),
        "unit": t("common.unit"),
        "torch": t("unroll.col_torch"),
        "overflow": t("common.overflow"),
        "drive": t("unroll.drive"),
        "carry": t("unroll.carry"),
        "from_unit": t("unroll.from_unit"),
        "to_unit": t("unroll.to_unit"),
    }


def setting_names() -> dict[str, str]:
    return {key: t(f"unroll.name_{key}") for key in L.SCHEMA.keys}


# A layer's result is up to 0.7 MB (64 units x 200 steps, with its pre-activations and read-out): 32 of them
# bound the cache at about 22 MB for the whole server, where 256 let it grow by 180 MB (issue 11's soak).
@st.cache_data(max_entries=32, show_spinner=False)
def run(key: str, _settings: L.UnrollSettings, dtype_name: str, device_name: str) -> L.Result:
    """Cached by `key`, the text of the settings that change the numbers (hashing the settings
    themselves, with up to 500 inputs, would cost more than computing them)."""
    return L.compute(_settings, dtype=getattr(torch, dtype_name), device=device_name)


def apply_preset() -> None:
    name = st.session_state.get(PRESET)
    if name:
        current, _ = state.read()
        state.set_widgets(L.apply_preset(current, name))
        st.session_state[PLAYING] = False


# ---------------------------------------------------------------- controls

st.title(t("unroll.title"))
guide.place()  # the tour goes at the top; it is drawn once the settings are saved
with present.folded():
    st.markdown(t("unroll.intro"))

mode = st.segmented_control(
    t("unroll.mode"),
    options=L.MODES,
    format_func={m: t(f"unroll.mode_{m}") for m in L.MODES}.get,
    key=state.key("mode"),
    required=True,
)
preset_slot = st.container()  # filled once the settings are read, so a pill lights when they match

if mode == "scalar":
    st.text_input(t("unroll.name_x"), key=state.key("x"), help=t("unroll.x_help", max=L.MAX_INPUTS))
    cols = st.columns(5)
    for col, name in zip(cols, ("U", "W", "b", "h0"), strict=False):
        col.number_input(
            t(f"unroll.name_{name}"),
            min_value=-L.WEIGHT_BOUND,
            max_value=L.WEIGHT_BOUND,
            step=0.05,
            format="%g",
            key=state.key(name),
            help=t(f"unroll.help_{name}"),
        )
    cols[4].segmented_control(
        t("unroll.name_act"), options=("tanh", "relu"), key=state.key("act"), required=True
    )
else:
    cols = st.columns(4)
    cols[0].slider(t("unroll.name_I"), 1, L.MAX_INPUT_SIZE, key=state.key("I"))
    cols[1].slider(t("unroll.name_H"), 1, L.MAX_HIDDEN, key=state.key("H"))
    cols[2].slider(t("unroll.name_T"), 1, L.MAX_LENGTH, key=state.key("T"))
    cols[3].number_input(t("unroll.name_seed"), 0, 1_000_000, step=1, key=state.key("seed"))
    cols = st.columns(4)
    cols[0].segmented_control(
        t("unroll.name_init"),
        options=("gaussian", "orthogonal"),
        format_func={i: t(f"unroll.init_{i}") for i in ("gaussian", "orthogonal")}.get,
        key=state.key("init"),
        required=True,
        help=t("unroll.init_help"),
    )
    cols[1].slider(
        t("unroll.name_scale"), 0.0, 3.0, step=0.05, key=state.key("scale"), help=t("unroll.scale_help")
    )
    cols[2].selectbox(
        t("unroll.name_signal"),
        options=("sine", "step", "noise", "lecture"),
        format_func={k: t(f"unroll.signal_{k}") for k in ("sine", "step", "noise", "lecture")}.get,
        key=state.key("signal"),
    )
    cols[3].segmented_control(
        t("unroll.name_act"), options=("tanh", "relu"), key=state.key("act"), required=True
    )
    cols = st.columns([1, 3])
    cols[0].toggle(t("unroll.name_output"), key=state.key("output"), help=t("unroll.output_help"))
    if st.session_state.get(state.key("output")):
        cols[1].slider(t("unroll.name_O"), 1, L.MAX_OUTPUT_SIZE, key=state.key("O"))

settings, widget_problems = state.read()
presets = L.SCALAR_PRESETS if mode == "scalar" else L.LAYER_PRESETS
matching = L.matching_preset(settings)
st.session_state[PRESET] = matching if matching in presets else None
preset_slot.pills(
    t("unroll.presets"),
    options=presets,
    format_func={p: t(f"unroll.preset_{p}") for p in presets}.get,
    key=PRESET,
    on_change=apply_preset,
    help=t("unroll.presets_help"),
)
settings, cross_problems = L.settle(settings)
st.session_state[state.key("step")] = settings.step
st.session_state[state.key("units")] = list(settings.units)
seen: set[tuple[str, str]] = set()
problems: list[Problem] = []
for p in [*url_problems, *widget_problems, *cross_problems]:
    if (p.key, p.code) not in seen:
        seen.add((p.key, p.code))
        problems.append(p)
show_problems(problems, setting_names())
state.save(settings, L.url_keys(settings))
guide.draw()

device = compute.device()
dtype = compute.dtype()
numbers = L.compute_key(settings)
result = run(repr(numbers), numbers, str(dtype).removeprefix("torch."), str(device))
LABELS = labels()
OVERFLOW_TEX = rf"\text{{{t('common.overflow')}}}"

if result.first_overflow is not None:
    st.warning(t("unroll.overflow", step=result.first_overflow), icon=":material/warning:")

# ---------------------------------------------------------------- step by step


def advance(delta: int) -> None:
    key = state.key("step")
    st.session_state[key] = min(max(st.session_state.get(key, 0) + delta, 0), L.length(settings) - 1)
    st.session_state[PLAYING] = False


playing = bool(st.session_state.get(PLAYING))


@st.fragment(run_every=PLAY_INTERVAL if playing else None)
def step_view() -> None:
    last = L.length(settings) - 1
    key = state.key("step")
    if st.session_state.get(PLAYING):
        now = time.monotonic()
        if now - st.session_state.get(LAST_TICK, now) >= 0.6 * PLAY_INTERVAL:
            st.session_state[key] = min(st.session_state.get(key, 0) + 1, last)
        st.session_state[LAST_TICK] = now
    st.session_state[key] = min(max(st.session_state.get(key, 0), 0), last)

    st.subheader(t("unroll.step_heading"))
    is_playing = bool(st.session_state.get(PLAYING))
    controls = st.container(horizontal=True, vertical_alignment="bottom")
    controls.button(
        t("common.prev"),
        icon=":material/skip_previous:",
        on_click=advance,
        args=(-1,),
        disabled=last == 0,
        key="unroll:prev",
    )
    if controls.button(
        t("common.pause") if is_playing else t("common.play"),
        icon=":material/pause:" if is_playing else ":material/play_arrow:",
        disabled=last == 0,
        type="primary",
        key="unroll:play",
    ):
        if not is_playing and st.session_state[key] >= last:
            st.session_state[key] = 0
        st.session_state[PLAYING] = not is_playing
        st.session_state.pop(LAST_TICK, None)
        st.rerun()
    controls.button(
        t("common.next"),
        icon=":material/skip_next:",
        on_click=advance,
        args=(1,),
        disabled=last == 0,
        key="unroll:next",
    )
    if last > 0:
        st.slider(t("unroll.name_step"), 0, last, key=key)
    step = st.session_state[key]
    if is_playing and step >= last:
        st.session_state[PLAYING] = False
        st.rerun()
    state.save(dataclasses.replace(settings, step=step), L.url_keys(settings))

    if settings.mode == "scalar":
        st.latex(L.scalar_equation(settings, result, step, OVERFLOW_TEX))
        show(
            L.chain_figure(settings, result, step, LABELS),
            key="unroll_chain",
            alt=L.chain_alt(settings, result, step),
            toolbar=False,
        )
        st.caption(t("unroll.chain_caption"))
        show(
            L.series_figure(result, step, LABELS),
            key="unroll_series",
            alt=L.series_alt(result, step),
            csv=True,
            notebook=dataclasses.replace(settings, step=step),
        )
    else:
        unit = settings.units[0]
        st.latex(L.unit_equation(settings, result, step, unit, OVERFLOW_TEX))
        st.caption(t("unroll.unit_equation_caption", unit=unit))
        show(
            L.step_bars(result, step, LABELS),
            key="unroll_bars",
            alt=L.step_bars_alt(result, step),
            toolbar=False,
        )


# ---------------------------------------------------------------- the lesson body

if settings.mode == "scalar":
    st.latex(r"h_t = f(a_t), \qquad a_t = U\,x_t + W\,h_{t-1} + b, \qquad t = 0, \dots, T-1")
    with st.expander(t("unroll.notation_heading"), icon=":material/menu_book:"):
        st.markdown(t("unroll.notation"))
    step_view()

    if L.is_lecture_example(settings):
        h = result.h[:, 0]
        st.info(
            t(
                "unroll.lecture_note",
                r0=L.fmt(h[0]),
                r2=L.fmt(h[2]),
                c0=L.truncated(h[0]),
                c2=L.truncated(h[2]),
                e0=f"{h[0]:.6f}",
                e2=f"{h[2]:.6f}",
            ),
            icon=":material/school:",
        )

    st.subheader(t("unroll.table_heading"))
    four = st.column_config.NumberColumn(format="%.4f")
    table = L.steps_table(settings, result, LABELS)
    st.dataframe(
        table,
        hide_index=True,
        column_config={c: four for c in table.columns[1:]},
        height=min(400, 38 + 35 * len(table)),
    )
else:
    st.latex(
        rf"h_t = f(\underbrace{{W_{{ih}}}}_{{{settings.H}\times{settings.I}}}\,x_t + b_{{ih}}"
        rf" + \underbrace{{W_{{hh}}}}_{{{settings.H}\times{settings.H}}}\,h_{{t-1}} + b_{{hh}})"
        + (r", \qquad o_t = V h_t + c" if settings.output else "")
    )
    with st.expander(t("unroll.notation_heading"), icon=":material/menu_book:"):
        st.markdown(t("unroll.notation"))
    step_view()

    st.subheader(t("unroll.heatmap_heading"))
    show(
        L.states_heatmap(result, LABELS, settings.units),
        key="unroll_heatmap",
        alt=L.states_alt(result, settings.units),
        csv=True,
        notebook=settings,
    )
    st.caption(t("unroll.heatmap_caption"))
    st.multiselect(
        t("unroll.name_units"),
        options=list(range(settings.H)),
        key=state.key("units"),
        max_selections=L.MAX_UNITS_SHOWN,
        format_func={u: f"{t('common.unit')} {u}" for u in range(settings.H)}.get,
    )
    show(
        L.units_figure(result, settings.units, LABELS),
        key="unroll_units",
        alt=L.units_alt(result, settings.units),
    )
    if result.o is not None:
        st.subheader(t("unroll.output_heading"))
        show(L.output_figure(result, LABELS), key="unroll_output", alt=L.output_alt(result))

    st.subheader(t("unroll.weights_heading"))
    cols = st.columns([2, 3])
    show(L.weights_figure(result, LABELS), key="unroll_weights", alt=L.weights_alt(result), where=cols[0])
    sv = result.singular_values
    cols[1].markdown(
        t(
            "unroll.weights_text",
            smax=f"{sv[0]:.3f}",
            smin=f"{sv[-1]:.3f}",
            rho=f"{result.spectral_radius:.3f}",
            init=t(f"unroll.init_{settings.init}"),
            scale=f"{settings.scale:g}",
        )
    )

# ---------------------------------------------------------------- the same as PyTorch

with st.container(border=True):
    st.subheader(t("unroll.torch_heading"))
    cols = st.columns([1, 2])
    diff = result.torch_max_diff
    cols[0].metric(t("unroll.torch_metric"), f"{diff:.1e}" if diff else "0")
    cols[0].caption(t("unroll.torch_caption", count=result.h.size) + " " + compute.ran_on(device, dtype))
    cols[1].code(L.torch_code(settings), language="python")

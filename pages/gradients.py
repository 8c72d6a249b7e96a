"""Lesson: vanishing and exploding gradients. One weight as in the lectures' code, then a matrix, then
why gates help, then the fixes."""

from __future__ import annotations

import math

import numpy as np
import streamlit as st
import torch

from lessons import gradients as L
from ui import present
from ui.charts import show
from ui.i18n import t
from ui.messages import show_problems
from ui.params import Problem
from ui.router import enter
from ui.tour import open_tour
from ui.urlstate import PageState

enter()

PRESET = "gradients:preset"
ACTS = L.ACTIVATIONS
INITS = L.INITS

state = PageState("gradients", L.SCHEMA)
url_settings, url_problems = state.load()
guide = open_tour("gradients", L.TOUR, state)


def labels() -> dict[str, str]:
    keys = (
        "state", "state_axis", "gradient", "grad", "abs_grad", "k", "lag", "scale", "jac_norm", "bound",
        "measured", "sv", "sv_index", "unit_circle", "eigenvalues", "boundary", "current", "input_norm",
        "rnn", "lstm", "gru", "total", "before", "after", "threshold", "grad_norm", "orthogonal",
        "gaussian", "full", "truncated", "t", "overflow_in", "underflow_in",
    )  # fmt: skip
    return {k: t(f"gradients.label_{k}") for k in keys}


def setting_names() -> dict[str, str]:
    return {key: t(f"gradients.name_{key}") for key in L.SCHEMA.keys}


def apply_preset() -> None:
    name = st.session_state.get(PRESET)
    if name:
        current, _ = state.read()
        state.set_widgets(L.apply_preset(current, name))


# The largest entries (a full BPTT at 64 units x 200 steps) are 0.15 MB: 32 bound the cache near 5 MB for the
# whole server. A class opening one shared link needs one entry; a visitor going back to a value, a few.
@st.cache_data(max_entries=32, show_spinner=False)
def cached(key: str, _compute, _args: tuple):
    """Every computation of the page, cached under the name of the function and the text of the
    settings it reads (`key`; nothing else is hashed). One decorated function: Streamlit reads a
    decorated function's source again on every run of the page."""
    return _compute(*_args)


def run(compute, *args):
    return cached(f"{compute.__name__}{args!r}", compute, args)


def size_text(log10: float) -> str:
    """A size for running text: the number, and what float64 / float32 would make of it."""
    text = L.sci(log10)
    if log10 == -math.inf:
        return text
    for status_of, fmt in (
        (L.float_status(log10), "float64"),
        (L.float_status(log10, float32=True), "float32"),
    ):
        if status_of != "ok":
            return f"{text} ({t(f'gradients.status_{status_of}', fmt=fmt)})"
    return text


# ---------------------------------------------------------------- settings: URL, widgets, problems

settings, widget_problems = state.read()
settings, cross_problems = L.settle(settings)
st.session_state[state.key("window")] = settings.window
LABELS = labels()

st.title(t("gradients.title"))
guide.place()  # the tour goes at the top; it is drawn once the settings are saved
with present.folded():
    st.markdown(t("gradients.intro"))
seen: set[tuple[str, str]] = set()
problems: list[Problem] = []
for p in [*url_problems, *widget_problems, *cross_problems]:
    if (p.key, p.code) not in seen:
        seen.add((p.key, p.code))
        problems.append(p)
show_problems(problems, setting_names())
state.save(settings, L.url_keys(settings))
guide.draw()

with st.expander(t("gradients.notation_heading"), icon=":material/menu_book:"):
    st.markdown(t("gradients.notation"))

NETWORK = (settings.H, settings.length, settings.norm)  # the network of part 2, reused by parts 3 and 4


def go_to(part: str) -> None:
    st.session_state[state.key("part")] = part


def network_summary() -> None:
    """Parts 3 and 4 reuse part 2's network: say which, with a way back to change it."""
    row = st.container(horizontal=True, vertical_alignment="center")
    row.caption(
        t(
            "gradients.network_summary",
            H=settings.H,
            T=settings.length,
            norm=f"{settings.norm:g}",
            init=t(f"gradients.init_{settings.init}"),
            act=settings.act,
            seed=settings.seed,
        )
    )
    row.button(
        t("gradients.change_network"),
        icon=":material/tune:",
        on_click=go_to,
        args=("matrix",),
        type="tertiary",
    )


def part_weight() -> None:
    st.header(t("gradients.s1_heading"), divider="gray")
    with present.folded():
        st.markdown(t("gradients.s1_intro"))
    st.latex(
        r"h_t = \tanh(w\,h_{t-1}),\qquad \frac{\partial h_T}{\partial h_0} = \prod_{t=1}^{T} w\,(1 - h_t^2)"
    )
    cols = st.columns([2.6, 2, 2, 1.7], gap="medium", vertical_alignment="bottom")
    cols[0].slider(t("gradients.name_w"), -L.W_LIMIT, L.W_LIMIT, step=0.05, key=state.key("w"))
    cols[1].slider(t("gradients.name_T"), 1, L.MAX_T, key=state.key("T"))
    cols[2].slider(t("gradients.name_h0"), -1.0, 1.0, step=0.05, key=state.key("h0"))
    cols[3].toggle(t("gradients.name_log"), key=state.key("log"), help=t("gradients.log_help"))

    sweep = run(L.compute_scalar, settings.T, settings.h0)
    point = run(L.scalar_point, settings.w, settings.T, settings.h0)
    cols = st.columns([3, 1.2])
    show(
        L.scalar_figure(sweep, point, settings.log, LABELS),
        key="gradients_scalar",
        alt=L.scalar_alt(sweep, point),
        where=cols[0],
        csv=True,
        notebook=settings,
    )
    with cols[1]:
        st.metric(t("gradients.metric_state", T=settings.T), f"{point.h_T:.4f}")
        st.metric(t("gradients.metric_grad", T=settings.T), L.signed_sci(point.log10, point.sign))
        if point.status != "ok":
            st.warning(t(f"gradients.point_{point.status}"), icon=":material/warning:")
        w_top, log_top = L.largest(sweep)
        said = "gradients.saturation" if log_top < 0 else "gradients.saturation_grows"
        st.markdown(t(said, h0=f"{settings.h0:g}", T=settings.T, value=L.sci(log_top, 2), w=f"{w_top:.2f}"))
    with st.expander(t("gradients.lecture_code_heading"), icon=":material/code:"):
        st.markdown(t("gradients.lecture_code_intro"))
        st.code(L.lecture_code(settings), language="python")


def part_matrix() -> None:
    st.header(t("gradients.s2_heading"), divider="gray")
    with present.folded():
        st.markdown(t("gradients.s2_intro"))
    st.latex(
        r"\frac{\partial h_T}{\partial h_k} = \prod_{t=k+1}^{T} \operatorname{diag}\big(f'(a_t)\big)\,W_{hh},"
        r"\qquad"
        r" \Big\|\frac{\partial h_T}{\partial h_k}\Big\| \le \big(\sigma_{max}(W_{hh})\,\gamma\big)^{T-k}"
    )
    matching = L.matching_preset(settings)
    st.session_state[PRESET] = matching
    st.pills(
        t("gradients.presets"),
        options=tuple(L.PRESETS),
        format_func={p: t(f"gradients.preset_{p}") for p in L.PRESETS}.get,
        key=PRESET,
        on_change=apply_preset,
        help=t("gradients.presets_help"),
    )
    cols = st.columns([2, 2, 1], gap="medium", vertical_alignment="bottom")
    cols[0].slider(t("gradients.name_H"), 1, L.MAX_HIDDEN, key=state.key("H"))
    cols[1].slider(t("gradients.name_length"), 1, L.MAX_T, key=state.key("length"))
    cols[2].number_input(t("gradients.name_seed"), 0, 1_000_000, step=1, key=state.key("seed"))
    row = st.container(horizontal=True, vertical_alignment="bottom", gap="large")
    row.segmented_control(
        t("gradients.name_init"),
        options=INITS,
        format_func={i: t(f"gradients.init_{i}") for i in INITS}.get,
        key=state.key("init"),
        required=True,
        help=t("gradients.init_help"),
    )
    row.segmented_control(
        t("gradients.name_act"),
        options=ACTS,
        key=state.key("act"),
        required=True,
        help=t("gradients.act_help"),
    )
    st.slider(
        t("gradients.name_norm"),
        *L.NORM_RANGE,
        step=0.05,
        key=state.key("norm"),
        help=t("gradients.norm_help"),
    )

    here = run(L.compute_chain, *NETWORK, settings.init, settings.act, settings.seed)
    cols = st.columns([3, 2])
    show(L.norms_figure(here, LABELS), key="gradients_norms", alt=L.norms_alt(here), where=cols[0])
    with cols[1]:
        outcome = L.verdict(here.longest, settings.length)
        st.markdown(
            t(
                f"gradients.verdict_{outcome}",
                T=settings.length,
                value=size_text(here.longest),
                bound=L.sci(float(here.bound[0])),
            )
        )
        st.markdown(
            t(
                "gradients.pascanu",
                rho=f"{here.rho:.3f}",
                smax=f"{here.sigma_max:.3f}",
                gamma=f"{here.gamma:g}",
                inv_gamma=f"{1 / here.gamma:g}",
            )
        )
        case = L.pascanu_case(here)
        if case == "linear_edge" and L.orthogonal_up_to_scale(here):
            case = "linear_edge_orthogonal"
        st.info(
            t(
                f"gradients.now_{case}",
                rho=f"{here.rho:.3f}",
                smax=f"{here.sigma_max:.3f}",
                inv_gamma=f"{1 / here.gamma:g}",
            ),
            icon=":material/function:",
        )
        if L.above_one(here.sigma_max) and outcome != "explode":
            st.warning(t("gradients.lecture_differs", smax=f"{here.sigma_max:.2f}"), icon=":material/school:")

    cols = st.columns(2)
    with cols[0]:
        st.subheader(t("gradients.spectrum_heading"))
        show(
            L.spectrum_figure(here, LABELS), key="gradients_spectrum", alt=L.spectrum_alt(here), toolbar=False
        )
        st.caption(t("gradients.spectrum_caption"))
    with cols[1]:
        st.subheader(t("gradients.eigen_heading"))
        show(L.eigen_figure(here, LABELS), key="gradients_eigen", alt=L.eigen_alt(here), toolbar=False)
        st.caption(t("gradients.eigen_caption", rho=f"{here.rho:.3f}"))

    st.subheader(t("gradients.map_heading"))
    grid = run(L.compute_map, settings.H, settings.length, settings.init, settings.act, settings.seed)
    show(L.map_figure(grid, settings.norm, LABELS), key="gradients_map", alt=L.map_alt(grid, settings.norm))
    st.caption(t("gradients.map_caption", act=settings.act, init=t(f"gradients.init_{settings.init}")))


def part_gates() -> None:
    network_summary()
    st.header(t("gradients.s3_heading"), divider="gray")
    with present.folded():
        st.markdown(t("gradients.s3_intro", H=settings.H, T=settings.length))
    st.slider(
        t("gradients.name_gate_bias"),
        *L.GATE_BIAS_RANGE,
        step=0.25,
        key=state.key("gate_bias"),
        help=t("gradients.gate_bias_help"),
        width=480,
    )
    reach = L.gates_result(
        {
            cell: run(
                L.compute_cell,
                cell,
                settings.H,
                settings.length,
                settings.seed,
                0.0 if cell == "rnn" else settings.gate_bias,
            )
            for cell in L.CELLS
        }
    )
    cols = st.columns([3, 2])
    show(L.reach_figure(reach, LABELS), key="gradients_reach", alt=L.reach_alt(reach), where=cols[0])
    with cols[1]:
        for cell in ("rnn", "lstm", "gru"):
            st.metric(
                t("gradients.metric_reach", cell=LABELS[cell], T=settings.length),
                L.sci(float(reach.log10[cell][0])),
            )
    st.latex(
        r"c_t = f_t \odot c_{t-1} + i_t \odot g_t \quad\Rightarrow\quad"
        r" \frac{\partial c_t}{\partial c_{t-1}} = \operatorname{diag}(f_t) + \dots"
    )
    st.markdown(
        t(
            "gradients.cell_path",
            f=f"{reach.mean_f:.2f}",
            z=f"{reach.mean_z:.2f}",
            bias=f"{settings.gate_bias:g}",
        )
    )


def part_fixes() -> None:
    network_summary()
    st.header(t("gradients.s4_heading"), divider="gray")
    with present.folded():
        st.markdown(t("gradients.s4_intro"))

    st.subheader(t("gradients.clip_heading"))
    st.latex(r"g \leftarrow g \cdot \min\Big(1,\ \frac{c}{\|g\|}\Big)")
    row = st.container(horizontal=True, vertical_alignment="bottom", gap="large")
    row.number_input(
        t("gradients.name_clip"),
        *L.CLIP_RANGE,
        step=0.5,
        format="%g",
        key=state.key("clip"),
        help=t("gradients.clip_help"),
        width=220,
    )
    full = run(L.compute_full, *NETWORK, settings.init, settings.act, settings.seed)
    clipped = L.clip(full.grads, settings.clip)
    after = clipped.log10_total + (math.log10(clipped.coefficient) if clipped.coefficient > 0 else -math.inf)
    cos = L.cosine(clipped.before, clipped.after)
    row.metric(t("gradients.metric_before"), L.sci(clipped.log10_total))
    row.metric(t("gradients.metric_after"), L.sci(after))
    row.metric(t("gradients.metric_cosine"), "—" if math.isnan(cos) else f"{cos:.6f}")
    cols = st.columns([3, 2])
    show(L.clip_figure(clipped, LABELS), key="gradients_clip", alt=L.clip_alt(clipped), where=cols[0])
    cols[1].markdown(
        t(
            "gradients.clip_text_clipped" if clipped.clipped else "gradients.clip_text_kept",
            norm=size_text(clipped.log10_total),
            c=f"{settings.clip:g}",
            coef=L.sci(math.log10(clipped.coefficient)) if clipped.coefficient > 0 else "0",
        )
    )

    st.subheader(t("gradients.init_heading"))
    orth, gauss = (
        run(L.compute_chain, *NETWORK, init, settings.act, settings.seed) for init in L.INITS_SHOWN
    )
    cols = st.columns([3, 2])
    show(L.init_figure(orth, gauss, LABELS), key="gradients_init", alt=L.init_alt(orth, gauss), where=cols[0])
    cols[1].markdown(
        t(
            "gradients.init_text",
            s=f"{settings.norm:g}",
            T=settings.length,
            orth=L.sci(orth.longest),
            gauss=L.sci(gauss.longest),
            rho_orth=f"{orth.rho:.2f}",
            rho_gauss=f"{gauss.rho:.2f}",
        )
    )

    st.subheader(t("gradients.tbptt_heading"))
    st.slider(
        t("gradients.name_window"),
        1,
        settings.length,
        key=state.key("window"),
        help=t("gradients.window_help"),
        width=480,
    )
    truncated = run(
        L.compute_truncated, *NETWORK, settings.init, settings.act, settings.seed, settings.window
    )
    compared = L.BPTTResult(full.grads, truncated)
    cols = st.columns([3, 2])
    show(
        L.tbptt_figure(full, settings.window, LABELS),
        key="gradients_tbptt",
        alt=L.tbptt_alt(full, settings.window),
        where=cols[0],
    )
    with cols[1]:
        cos = compared.cosine
        st.metric(t("gradients.metric_tbptt_cosine"), "—" if math.isnan(cos) else f"{cos:.3f}")
        st.metric(t("gradients.metric_tbptt_ratio"), L.sci(compared.log10_truncated - compared.log10_full))
        st.markdown(t("gradients.tbptt_text", k=settings.window, T=settings.length))


PART_TITLES = {part: t(f"gradients.s{i}_heading") for i, part in enumerate(L.PARTS, start=1)}
st.segmented_control(
    t("gradients.part"),
    options=L.PARTS,
    format_func=PART_TITLES.get,
    key=state.key("part"),
    required=True,
    label_visibility="collapsed",
)
{"weight": part_weight, "matrix": part_matrix, "gates": part_gates, "fixes": part_fixes}[settings.part]()
after = L.PARTS.index(settings.part) + 1
if after < len(L.PARTS):
    st.button(
        t("gradients.next_part", title=PART_TITLES[L.PARTS[after]]),
        icon=":material/arrow_forward:",
        on_click=go_to,
        args=(L.PARTS[after],),
        type="primary",
    )
st.caption(
    t(
        "gradients.ran_on",
        numpy=np.__version__,
        torch=torch.__version__.split("+")[0],
    )
)

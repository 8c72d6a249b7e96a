"""Lesson: predicting sequences. The loss by hand, teacher forcing against free running, greedy against
beam search, and sampling with a temperature."""

from __future__ import annotations

from functools import cache

import streamlit as st
import torch

from lessons import sequences as L
from ui import compute, present, seq2seq
from ui.charts import show
from ui.i18n import language, t
from ui.messages import literal, problem_text
from ui.router import enter
from ui.tour import open_tour
from ui.urlstate import PageState

enter()

ss = st.session_state
state = PageState("sequences", L.SCHEMA)
url_settings, url_problems = state.load()
guide = open_tour("sequences", L.TOUR, state)
device = compute.device()
PRESET = "sequences:preset"


# ---------------------------------------------------------------- cached computations


def model_for(name: str):
    return seq2seq.shipped(name, str(device))


def models() -> dict:
    return {name: model_for(name) for name in L.MODELS}


@st.cache_resource(max_entries=256, show_spinner=False)
def forcing(name: str, dev: str, text: str) -> list:
    return L.forcing_steps_for(model_for(name), text)


@st.cache_resource(max_entries=256, show_spinner=False)
def beam(name: str, dev: str, text: str, width: int):
    return L.beam_search(model_for(name), text, width)


@st.cache_resource(max_entries=256, show_spinner=False)
def samples(name: str, dev: str, text: str, temperature: float, seed: int):
    return L.sample(model_for(name), text, L.N_SAMPLES, temperature, seed)


@st.cache_resource(max_entries=4, show_spinner=False)
def beam_win(dev: str):
    return L.find_win(models())


@st.cache_resource(max_entries=8, show_spinner=False)
def mistakes(name: str, dev: str) -> tuple[str, ...]:
    return L.mistakes(model_for(name))


# ---------------------------------------------------------------- callbacks


def use_preset() -> None:
    preset = ss.get(PRESET)
    if preset in L.PRESETS:
        labels, probs = L.PRESETS[preset]
        ss[state.key("labels")], ss[state.key("probs")] = labels, probs


def use_table(labels: str, probs: str) -> None:
    ss[state.key("labels")], ss[state.key("probs")] = labels, probs


def show_mistake() -> None:
    found = mistakes(ss[state.key("model")], str(device))
    if found:
        current = ss.get(state.key("text"), "")
        later = [s for s in found if s != current]
        ss[state.key("text")] = later[0] if later else found[0]


def show_win(name: str, text: str) -> None:
    ss[state.key("model")] = name
    ss[state.key("text")] = text
    ss[state.key("beam")] = L.BENCH_BEAM


@cache
def labels(lang: str) -> dict[str, str]:
    keys = ("step", "nats", "bits", "length", "exact", "forced", "free", "output_step", "p_right")
    return {key: t(f"sequences.chart_{key}") for key in keys}


def model_names() -> dict[str, str]:
    return {name: t(f"sequences.model_{name.rsplit('-', 1)[1]}") for name in L.MODELS}


LABELS = labels(language())
NAMES = model_names()

st.title(t("sequences.title"))
guide.place()  # the tour goes at the top; it is drawn once the settings are saved
with present.folded():
    st.markdown(t("sequences.intro"))

# ---------------------------------------------------------------- 1. the loss, by hand

st.header(t("sequences.loss_heading"))
with present.folded():
    st.markdown(t("sequences.loss_intro"))
ss[PRESET] = next(
    (k for k, v in L.PRESETS.items() if v == (ss.get(state.key("labels")), ss.get(state.key("probs")))), None
)
preset_names = {k: t(f"sequences.preset_{k}") for k in L.PRESETS}
st.pills(
    t("sequences.presets"),
    options=list(L.PRESETS),
    format_func=preset_names.get,
    key=PRESET,
    on_change=use_preset,
)
cols = st.columns([1, 3])
cols[0].text_input(t("sequences.name_labels"), key=state.key("labels"), help=t("sequences.labels_help"))
cols[1].text_input(t("sequences.name_probs"), key=state.key("probs"), help=t("sequences.probs_help"))
st.toggle(t("sequences.name_bits"), key=state.key("bits"), help=t("sequences.bits_help"))

# the model and the text come in from the widgets drawn further down; read them all now
settings, widget_problems = state.read()
model = model_for(settings.model)
settings, verdict = L.settle(settings, model)
table = L.read_table(settings.labels, settings.probs)

setting_names = {key: t(f"sequences.name_{key}") for key in L.SCHEMA.keys}
lines = [problem_text(p, setting_names[p.key]) for p in [*url_problems, *widget_problems]]
lines += [L.note_text(note, t, literal) for note in table.notes]
if verdict.replaced:
    for code in verdict.codes:
        if code == "bad_chars":
            chars = ", ".join(t("sequences.space") if ch == " " else literal(ch) for ch in verdict.chars)
            lines.append(t("sequences.issue_bad_chars", chars=chars))
        elif code == "too_long":
            lines.append(t("sequences.issue_too_long", count=len(verdict.given), max=model.max_len))
        else:
            lines.append(t("sequences.issue_empty"))
    key = "issue_used_example" if verdict.example else "issue_used"
    lines.append(t(f"sequences.{key}", used=literal(settings.text)))
if lines:
    st.warning(
        t("problem.heading") + "\n\n" + "\n".join(f"- {line}" for line in lines), icon=":material/info:"
    )
    if table.notes:
        st.button(
            t("sequences.use_table"),
            on_click=use_table,
            args=(table.labels_text(), table.probs_text()),
            key="sequences:use_table",
            icon=":material/auto_fix_high:",
        )
state.save(settings, L.URL_KEYS)
guide.draw()
bits = settings.bits
r = table.result

st.markdown(L.markdown_table(L.loss_frame(table, bits, t)))
st.latex(L.sum_latex(table, bits))
unit = t("sequences.unit_bits") if bits else t("sequences.unit_nats")
metrics = st.columns(3)
metrics[0].metric(t("sequences.metric_total", unit=unit), L.fmt(r.total_bits if bits else r.total))
metrics[1].metric(
    t("sequences.metric_mean", unit=unit), L.fmt((r.total_bits if bits else r.total) / table.steps)
)
metrics[2].metric(t("sequences.metric_accuracy"), f"{int(r.correct.sum())}/{table.steps}")
show(
    L.loss_figure(table, bits, LABELS),
    key="sequences_loss",
    alt=L.loss_alt(table, bits, t),
    toolbar=False,
    csv=True,
    notebook=settings,
)
captions = [t("sequences.loss_caption")]
if r.ties.any():
    tied = [str(k + 1) for k in r.ties.nonzero()[0]]
    key = "sequences.tie_caption" if len(tied) == 1 else "sequences.tie_caption_many"
    captions.append(t(key, steps=", ".join(tied)))
if L.has_infinite(r):
    captions.append(t("sequences.infinite_caption"))
st.caption(" ".join(captions))

st.subheader(t("sequences.accuracy_heading"))
summary = L.preset_summary()
st.markdown(L.markdown_table(L.preset_frame(summary, preset_names, bits, t)))
st.markdown(L.accuracy_story(summary, bits, t))

# ---------------------------------------------------------------- 2. teacher forcing against free running

st.header(t("sequences.forcing_heading"))
with present.folded():
    st.markdown(t("sequences.forcing_intro"))
all_models = models()
curves = L.length_curves(all_models)
n_held_out = L.held_out_per_length(all_models)
show(
    L.length_figure(curves, NAMES, LABELS),
    key="sequences_length",
    alt=L.length_alt(curves, NAMES, n_held_out, t),
    toolbar=False,
)
st.caption(L.length_caption(curves, NAMES, n_held_out, t))

st.subheader(t("sequences.steps_heading"))
with st.container(horizontal=True, vertical_alignment="bottom"):
    st.segmented_control(
        t("sequences.name_model"),
        options=L.MODELS,
        format_func=NAMES.get,
        key=state.key("model"),
        required=True,
        help=t("sequences.model_help"),
    )
    st.text_input(
        t("sequences.name_text"), key=state.key("text"), help=t("sequences.text_help", max=model.max_len)
    )
    st.button(
        t("sequences.find_mistake"), on_click=show_mistake, key="sequences:mistake", icon=":material/search:"
    )
text = settings.text
steps = forcing(settings.model, str(device), text)
out = L.greedy_output(steps)
expected = L.expected_output(text)
cols = st.columns([1, 2], vertical_alignment="center")
cols[0].code(out.text or t("sequences.empty_output"), language=None)
if out.text == expected:
    cols[1].success(t("sequences.right", expected=literal(expected)), icon=":material/check_circle:")
else:
    cols[1].markdown(":red[:material/cancel:] " + t("sequences.wrong", expected=literal(expected)))
st.markdown(L.markdown_table(L.forcing_frame(steps, t)))
show(L.forcing_figure(steps, LABELS), key="sequences_forcing", alt=L.forcing_alt(steps, t), toolbar=False)
split = L.first_divergence(steps)
st.caption(
    (t("sequences.forcing_same") if split is None else t("sequences.forcing_split", i=split))
    + " "
    + compute.ran_on(device, torch.float32)
)

# ---------------------------------------------------------------- 3. greedy against beam

st.header(t("sequences.beam_heading"))
with present.folded():
    st.markdown(t("sequences.beam_intro"))
st.slider(t("sequences.name_beam"), 1, L.MAX_BEAM, key=state.key("beam"), help=t("sequences.beam_help"))
result = beam(settings.model, str(device), text, settings.beam)
st.markdown(
    t(
        "sequences.greedy_line",
        output=literal(out.text or "∅"),
        logp=L.fmt(out.log_prob),
        p=f"{out.prob:.4f}",
    )
)
st.markdown(L.markdown_table(L.beam_frame(result, expected, t)))
st.markdown(L.beam_story(out, result, t, literal))
show(L.tree_figure(result, LABELS), key="sequences_tree", alt=L.tree_alt(result, t), toolbar=False)
st.caption(t("sequences.tree_caption", width=settings.beam, weighed=sum(result.candidates)))

with st.spinner(t("sequences.win_spinner")):
    found = beam_win(str(device))
with st.container(border=True):
    st.markdown(f"**{t('sequences.win_heading')}**")
    if found is None:
        st.markdown(t("sequences.win_none", n=L.WIN_CANDIDATES, width=L.BENCH_BEAM))
    else:
        name, win = found
        st.markdown(L.win_story(name, win, NAMES, t, literal))
        st.button(
            t("sequences.win_show"),
            on_click=show_win,
            args=(name, win.src),
            key="sequences:win",
            icon=":material/account_tree:",
        )

# ---------------------------------------------------------------- 4. sampling


@st.fragment
def sampling() -> None:
    st.header(t("sequences.sample_heading"))
    with present.folded():
        st.markdown(t("sequences.sample_intro", n=L.N_SAMPLES))
    cols = st.columns(2)
    cols[0].slider(
        t("sequences.name_temperature"),
        L.MIN_TEMPERATURE,
        L.MAX_TEMPERATURE,
        step=0.1,
        key=state.key("temperature"),
        help=t("sequences.temperature_help"),
    )
    cols[1].number_input(t("sequences.name_seed"), 0, 9999, step=1, key=state.key("seed"))
    now, problems = state.read()
    now = L.dataclasses.replace(now, text=settings.text)
    if problems:
        st.warning("\n".join(problem_text(p, setting_names[p.key]) for p in problems), icon=":material/info:")
    state.save(now, L.URL_KEYS)
    drawn = samples(settings.model, str(device), text, now.temperature, now.seed)
    st.markdown(L.markdown_table(L.sample_frame(drawn, expected, t)))
    st.markdown(L.sample_story(drawn, out, result, now.temperature, t))


sampling()

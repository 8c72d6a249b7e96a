"""Lesson: seq2seq and attention. A trained encoder-decoder writes; where it looks at every step."""

from __future__ import annotations

from functools import cache

import streamlit as st
import torch

from lessons import attention as L
from ui import compute, live_training, present, seq2seq
from ui.charts import show
from ui.i18n import language, t
from ui.messages import literal, problem_text
from ui.router import enter
from ui.tour import open_tour
from ui.urlstate import PageState

enter()

EXAMPLE = "attention:example"
VIEWED = "attention:viewed_run"  # the training run of the "mine" model last shown
STEPS = "attention:steps"  # the number of decoder steps of the text in use, for the step buttons

ss = st.session_state
state = PageState("attention", L.SCHEMA)
url_settings, url_problems = state.load()
guide = open_tour("attention", L.TOUR, state)
device = compute.device()


def decoding(name: str, text: str, pin: dict[int, int] | None = None) -> L.Decoding:
    return seq2seq.decoding_for(name, device, text, pin)


def fit_step_and_pin() -> None:
    """After a new model or text: the step kept if the output still has it, the pin let go."""
    name, text = ss[state.key("model")], ss.get(state.key("text"), "")
    model = seq2seq.model_for(name, device)
    steps = decoding(name, L.check_text(model, text).used).steps
    key = state.key("step")
    ss[key] = min(max(int(ss.get(key, 0) or 0), 0), steps - 1)
    ss[state.key("pin")] = L.NO_PIN


# ---------------------------------------------------------------- callbacks (run before the page)


def model_changed() -> None:
    """A new model: its first example if it cannot read the text."""
    model = seq2seq.model_for(ss[state.key("model")], device)
    if not model.check(ss.get(state.key("text"), "")).ok:
        ss[state.key("text")] = L.example_for(model)
    fit_step_and_pin()


def example_chosen() -> None:
    example = ss.get(EXAMPLE)
    if example:
        ss[state.key("text")] = example
        fit_step_and_pin()


def put_text(text: str) -> None:
    ss[state.key("text")] = text


def advance(delta: int) -> None:
    key = state.key("step")
    ss[key] = min(max(ss.get(key, 0) + delta, 0), ss.get(STEPS, 1) - 1)
    ss[state.key("pin")] = L.NO_PIN


def look_at_mine() -> None:
    if seq2seq.trained() is not None:
        ss[state.key("model")] = L.MINE
        model_changed()


@cache
def labels(lang: str) -> dict[str, str]:
    """Chart labels in `lang` (the current language: t() reads it)."""
    keys = ("source", "output", "length", "exact", "with_attention", "without_attention")
    keys += ("exact_short",)
    return {
        **{key: t(f"attention.{key}") for key in keys},
        "scores": t("attention.scores_axis"),
        "weights": t("attention.weights_axis"),
    }


def model_names(record: L.TrainingRun | None) -> dict[str, str]:
    names = {name: t(f"attention.model_{name.replace('-', '_')}") for name in L.SHIPPED}
    if record is not None:
        names[L.MINE] = t("attention.model_mine", steps=record.steps[-1])
    return names


def chars_of(text: str) -> str:
    return ", ".join(t("attention.space") if ch == " " else literal(ch) for ch in text)


# ---------------------------------------------------------------- the model and the text

LABELS = labels(language())
notes: list[str] = []  # message lines beyond the settings' own problems
record = seq2seq.trained()
options = (*L.SHIPPED, L.MINE) if record is not None else L.SHIPPED
model_key = state.key("model")
if ss.get(model_key) not in options:
    if ss.get(model_key) == L.MINE:
        notes.append(t("attention.no_trained", raw=literal(L.MINE), used=literal(L.DEFAULT_MODEL)))
    ss[model_key] = L.DEFAULT_MODEL
elif ss.get(model_key) == L.MINE and ss.get(VIEWED) not in (None, record.run):
    model_changed()  # a new model of the visitor's: a text it reads
ss[VIEWED] = record.run if record is not None else None

st.title(t("attention.title"))
guide.place()  # the tour goes at the top; it is drawn once the settings are saved
with present.folded():
    st.markdown(t("attention.intro"))

names = model_names(record)
st.segmented_control(
    t("attention.name_model"),
    options=options,
    format_func=names.get,
    key=model_key,
    required=True,
    on_change=model_changed,
    help=t("attention.model_help"),
)
model_name = ss[model_key]
model = seq2seq.model_for(model_name, device)
task_name = model.config["task"]
st.text_input(
    t("attention.name_text"),
    key=state.key("text"),
    on_change=fit_step_and_pin,
    help=t(f"attention.text_help_{task_name}", max=model.max_len),
)
examples = L.EXAMPLES[task_name] if model_name != L.MINE else (*L.EXAMPLES[task_name][:1], "abcdefgh")
ss[EXAMPLE] = ss[state.key("text")] if ss.get(state.key("text")) in examples else None
st.pills(
    t("attention.examples"),
    options=examples,
    format_func={e: f"`{e}`" for e in examples}.get,
    key=EXAMPLE,
    on_change=example_chosen,
)

settings, widget_problems = state.read()
settings, cross_problems, verdict = L.settle(settings, model, lambda text: decoding(model_name, text).steps)
problems = L.merge_problems(L.merge_problems(url_problems, widget_problems), cross_problems)
setting_names = {key: t(f"attention.name_{key}") for key in L.SCHEMA.keys}
lines = [problem_text(p, setting_names[p.key]) for p in problems] + notes
if verdict.replaced:
    codes = {issue.code for issue in verdict.check.errors}
    for issue in verdict.check.errors:
        if issue.code == "bad_chars":
            lines.append(t(f"attention.issue_bad_chars_{task_name}", chars=chars_of(issue.chars)))
        elif issue.code == "too_long":
            lines.append(t("attention.issue_too_long", count=len(verdict.check.text), max=issue.limit))
        else:
            lines.append(t(f"attention.issue_{issue.code}"))
    if verdict.example:
        lines.append(t("attention.issue_used_example", used=literal(settings.text)))
    elif codes == {"too_long"}:
        lines.append(t("attention.issue_used_start", used=literal(settings.text), max=model.max_len))
    else:
        lines.append(t("attention.issue_used", used=literal(settings.text), max=model.max_len))
if lines:
    with st.container():
        st.warning(
            t("problem.heading") + "\n\n" + "\n".join(f"- {line}" for line in lines), icon=":material/info:"
        )
        if verdict.replaced and ss.get(state.key("text")) != settings.text:
            st.button(
                t("attention.use_readable", used=literal(settings.text)),
                on_click=put_text,
                args=(settings.text,),
                key="attention:use_readable",
                icon=":material/auto_fix_high:",
            )
for issue in model.check(settings.text).warnings:
    chars = literal(issue.chars) if issue.chars else ""
    st.info(t(f"attention.issue_{issue.code}", chars=chars), icon=":material/help:")

ss[state.key("step")] = settings.step
ss[state.key("pin")] = settings.pin
state.save(settings, L.URL_KEYS)
d = decoding(model_name, settings.text)
step = settings.step
ss[STEPS] = d.steps
guide.draw()

# ---------------------------------------------------------------- the output and its alignment

st.subheader(t("attention.output_heading"))
expected = L.expected_output(model, settings.text)
cols = st.columns([1, 2], vertical_alignment="center")
cols[0].code(d.output or t("attention.empty_output"), language=None)
if expected is None:
    cols[1].caption(t("attention.no_expected"))
elif d.output == expected:
    cols[1].success(t("attention.right", expected=literal(expected)), icon=":material/check_circle:")
else:
    cols[1].markdown(":red[:material/cancel:] " + t("attention.wrong", expected=literal(expected)))
if d.has_attention:
    show(
        L.alignment_figure(d.src_tokens, d.out_tokens, d.weights, LABELS, step),
        key="attention_heatmap",
        alt=L.alignment_alt(d.src_tokens, d.out_tokens, d.weights, step),
        csv=True,
        notebook=settings,
    )
    st.caption(t(f"attention.heatmap_caption_{task_name}") + " " + compute.ran_on(device, torch.float32))
else:
    st.info(t("attention.no_alignment", size=model.config["hidden_size"]), icon=":material/compress:")
    st.caption(compute.ran_on(device, torch.float32))

# ---------------------------------------------------------------- step by step

st.subheader(t("attention.step_heading"))
bahdanau = d.has_attention and model.wiring == "bahdanau"
with present.folded():
    st.markdown(t("attention.step_intro_bahdanau" if bahdanau else "attention.step_intro"))
with st.container(horizontal=True, vertical_alignment="bottom"):
    last = d.steps - 1
    st.button(
        t("common.prev"),
        icon=":material/skip_previous:",
        on_click=advance,
        args=(-1,),
        disabled=step == 0,
        key="attention:prev",
    )
    st.button(
        t("common.next"),
        icon=":material/skip_next:",
        on_click=advance,
        args=(1,),
        disabled=step >= last,
        key="attention:next",
    )
    if last > 0:
        step_names = {i: f"{i} · {L.shown(tok)}" for i, tok in enumerate(d.out_tokens)}
        st.select_slider(
            t("attention.name_step"),
            options=list(range(last + 1)),
            format_func=step_names.get,
            key=state.key("step"),
        )
if d.has_attention:
    show(L.step_figure(d, step, LABELS), key="attention_step", alt=L.step_alt(d, step), toolbar=False)
st.latex(L.step_latex(model, d, step))
if d.has_attention:
    first = " " + t("attention.step_first_bahdanau") if bahdanau and step == 0 else ""
    st.caption(t("attention.step_caption", i=step, size=model.encoder_size) + first)
else:
    st.caption(t("attention.step_caption_noattn", i=step))

# ---------------------------------------------------------------- intervene

st.subheader(t("attention.pin_heading"))
if not d.has_attention:
    st.caption(t("attention.pin_needs_attention"))
else:
    with present.folded():
        st.markdown(t("attention.pin_intro", i=step))
    positions = [L.NO_PIN, *range(len(d.src_tokens))]
    pin_names = {j: f"j = {j} · {L.shown(tok)}" for j, tok in enumerate(d.src_tokens)}
    pin_names[L.NO_PIN] = t("attention.pin_none")
    st.selectbox(t("attention.name_pin"), options=positions, format_func=pin_names.get, key=state.key("pin"))
    if settings.pin != L.NO_PIN:
        pinned = decoding(model_name, settings.text, L.pins_for(settings))
        cols = st.columns(2)
        cols[0].markdown(f"**{t('attention.pin_original')}**")
        cols[0].code(d.output or t("attention.empty_output"), language=None)
        cols[1].markdown(f"**{t('attention.pin_pinned', i=step, j=settings.pin)}**")
        cols[1].code(pinned.output or t("attention.empty_output"), language=None)
        show(
            L.alignment_figure(pinned.src_tokens, pinned.out_tokens, pinned.weights, LABELS, step),
            key="attention_pinned",
            alt=L.alignment_alt(pinned.src_tokens, pinned.out_tokens, pinned.weights, step),
        )
        st.caption(
            t(
                "attention.pin_caption",
                i=step,
                j=settings.pin,
                char=literal(L.shown(d.src_tokens[settings.pin])),
                before=literal(L.shown(pinned.out_tokens[step])),
                original=literal(L.shown(d.out_tokens[step])),
            )
        )

# ---------------------------------------------------------------- the bottleneck, measured

st.subheader(t("attention.bottleneck_heading"))
with present.folded():
    st.markdown(t("attention.bottleneck_intro", n=seq2seq.BOTTLENECK_PER_LENGTH))
with st.spinner(t("attention.bottleneck_spinner")):
    with_attention, without = seq2seq.bottleneck(str(device))
show(
    L.bottleneck_figure(with_attention, without, LABELS),
    key="attention_bottleneck",
    alt=L.bottleneck_alt(with_attention, without),
    toolbar=False,
)
st.caption(t("attention.bottleneck_caption", gap=f"{L.gap(with_attention, without):.0f}"))

# ---------------------------------------------------------------- compare scoring functions


def reversal_text(names: tuple[str, ...]) -> tuple[str, bool]:
    """The visitor's text if every one of these reversal models reads it, else the first example; and
    whether it is the visitor's."""
    reads = task_name == "reverse" and all(
        seq2seq.model_for(name, device).check(settings.text).ok for name in names
    )
    return (settings.text if reads else L.EXAMPLES["reverse"][0]), reads


def compare() -> None:
    text, reads = reversal_text(L.COMPARED)
    st.markdown(
        t("attention.compare_intro", text=literal(text))
        + ("" if reads else " " + t("attention.compare_other_text"))
    )
    columns = st.columns(len(L.COMPARED))
    for column, name in zip(columns, L.COMPARED, strict=True):
        score = seq2seq.model_for(name, device).config["score"]
        one = decoding(name, text)
        column.markdown(f"**{t(f'attention.score_{score}')}**")
        column.code(one.output or t("attention.empty_output"), language=None)
        figure = L.alignment_figure(one.src_tokens, one.out_tokens, one.weights, LABELS, compact=True)
        alt = L.alignment_alt(one.src_tokens, one.out_tokens, one.weights)
        show(figure, key=f"attention_compare_{score}", alt=alt, toolbar=False, where=column)
    st.caption(t("attention.compare_caption"))


# Drawn only when open: three more decodings and heatmaps would cost much of every rerun.
panel = st.expander(
    t("attention.compare_heading"), icon=":material/compare:", key="attention:compare", on_change="rerun"
)
if panel.open:
    with panel:
        compare()

# ---------------------------------------------------------------- two wirings, side by side


def wirings() -> None:
    text, reads = reversal_text(L.WIRED)
    st.markdown(
        t("attention.wirings_intro", text=literal(text))
        + ("" if reads else " " + t("attention.compare_other_text"))
    )
    for column, name in zip(st.columns(2, gap="large"), L.WIRED, strict=True):
        one_model = seq2seq.model_for(name, device)
        wiring, one = one_model.wiring, decoding(name, text)
        column.markdown(f"**{t(f'attention.wiring_{wiring}')}**")
        column.latex(L.WIRING_LATEX[wiring])
        column.markdown(t(f"attention.wiring_{wiring}_note"))
        column.code(one.output or t("attention.empty_output"), language=None)
        figure = L.alignment_figure(one.src_tokens, one.out_tokens, one.weights, LABELS, compact=True)
        alt = L.alignment_alt(one.src_tokens, one.out_tokens, one.weights)
        show(figure, key=f"attention_wiring_{wiring}", alt=alt, toolbar=False, where=column)
        exact = one_model.meta.get("exact")
        if exact is not None:
            column.caption(t("attention.wiring_exact", n=L.HELD_OUT_EXACT, exact=f"{100 * exact:.1f}"))
    st.markdown(t("attention.wirings_code"))
    st.code(L.LECTURE_BAHDANAU_CODE, language="python")
    st.caption(t("attention.wirings_caption"))


panel = st.expander(
    t("attention.wirings_heading"), icon=":material/alt_route:", key="attention:wirings", on_change="rerun"
)
if panel.open:  # drawn only when open, like the comparison
    with panel:
        wirings()

# ---------------------------------------------------------------- train your own


def draw_alignment(run: L.TrainingRun, where, key: str) -> None:
    one = L.decode(run.model, L.TRAIN_EXAMPLE)
    # Letters only, as translate() returns the attention: in half the page's width the end token's
    # label would run into the last letter's, and the anti-diagonal is what this picture is for.
    rows, cols = len(one.output), len(one.src)
    figure = L.alignment_figure(
        one.src_tokens[:cols], one.out_tokens[:rows], one.weights[:rows, :cols], LABELS
    )
    with where.container():
        alt = L.alignment_alt(one.src_tokens[:cols], one.out_tokens[:rows], one.weights[:rows, :cols])
        show(figure, key=key, alt=alt, toolbar=False)
        st.caption(
            t(
                "attention.train_alignment",
                example=literal(L.TRAIN_EXAMPLE),
                step=run.steps[-1],
                output=literal(one.output),
            )
        )


def train_settings(training: bool) -> None:
    st.slider(
        t("attention.name_teacher_forcing"),
        0.0,
        1.0,
        step=0.05,
        key=state.key("teacher_forcing"),
        disabled=training,
    )


def start_training():
    return seq2seq.start(ss.get(state.key("teacher_forcing"), settings.teacher_forcing), device)


def training_controls() -> None:
    st.markdown(
        t(
            "attention.train_intro",
            steps=L.TRAIN_BUDGET["max_steps"],
            seconds=f"{L.TRAIN_BUDGET['max_seconds']:.0f}",
            example=literal(L.TRAIN_EXAMPLE),
        )
    )
    run = live_training.panel(
        "attention",
        start_training,
        metric=LABELS["exact_short"],
        settings=train_settings,
        draw=draw_alignment,
        caption=t("attention.train_chart_caption"),
    )
    if run is None:
        return
    values = {"steps": run.steps[-1], "seconds": f"{run.elapsed:.0f}", "tf": f"{run.teacher_forcing:.2f}"}
    if run.done and run.last_exact is not None:
        st.success(
            t("attention.train_done", exact=f"{100 * run.last_exact:.0f}", **values),
            icon=":material/check_circle:",
        )
    else:
        st.success(t("attention.train_stopped", **values), icon=":material/check_circle:")
    if ss.get(model_key) == L.MINE:
        st.caption(t("attention.train_looking"))
    else:
        st.button(
            t("attention.train_look"),
            icon=":material/visibility:",
            on_click=look_at_mine,
            key="attention:look",
        )


panel = st.expander(
    t("attention.train_heading"),
    icon=":material/model_training:",
    key="attention:train_panel",
    on_change="rerun",
)
if panel.open:  # drawn only when open, like the comparison
    with panel:
        training_controls()

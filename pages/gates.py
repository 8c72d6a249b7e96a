"""Lesson: inside LSTM and GRU. A trained model reads a text; every gate and state, unit by unit."""

from __future__ import annotations

from functools import cache

import streamlit as st
import torch

from engine import CharTagger
from lessons import gates as L
from ui import compute, live_training, present, taggers
from ui.charts import show
from ui.i18n import language, t
from ui.messages import literal, problem_text
from ui.router import enter
from ui.tour import open_tour
from ui.urlstate import PageState

enter()

EXAMPLE = "gates:example"
VIEWED = "gates:viewed_run"  # the training run of the "mine" model last shown
LENGTH = "gates:length"  # the length of the text in use, for the step buttons' callbacks
TRAIN_KEYS = {
    "cell": "gates:train_cell",
    "task": "gates:train_task",
    "hidden": "gates:train_hidden",
    "seconds": "gates:train_seconds",
    "steps": "gates:train_steps",
    "seed": "gates:train_seed",
}
TRAIN_DEFAULTS = {"cell": "lstm", "task": "depth", "hidden": 12, "seconds": 45, "steps": 2000, "seed": 0}

ss = st.session_state
state = PageState("gates", L.SCHEMA)
url_settings, url_problems = state.load()
guide = open_tour("gates", L.TOUR, state)
device = compute.device()


def model_for(name: str) -> CharTagger:
    return taggers.model_for(name, device)


def used_text(model: CharTagger, text: str) -> str:
    return text if model.check(text).ok else L.readable_text(model.task, text)


def clamp_step(length: int) -> None:
    key = state.key("step")
    ss[key] = min(max(int(ss.get(key, 0) or 0), 0), max(length - 1, 0))


# ---------------------------------------------------------------- callbacks (run before the page)


def model_changed() -> None:
    """A new model: its own best unit, and its first example if it cannot read the text."""
    model = model_for(ss[state.key("model")])
    ss[state.key("unit")] = L.AUTO_UNIT
    text = ss.get(state.key("text"), "")
    if not model.check(text).ok:
        ss[state.key("text")] = model.task.showcase[0]
    clamp_step(len(used_text(model, ss[state.key("text")])))


def text_changed() -> None:
    model = model_for(ss[state.key("model")])
    clamp_step(len(used_text(model, ss.get(state.key("text"), ""))))


def example_chosen() -> None:
    example = ss.get(EXAMPLE)
    if example:
        ss[state.key("text")] = example
        clamp_step(len(example))


def put_text(text: str) -> None:
    ss[state.key("text")] = text


def advance(delta: int) -> None:
    key = state.key("step")
    ss[key] = min(max(ss.get(key, 0) + delta, 0), ss.get(LENGTH, 1) - 1)


def look_inside() -> None:
    """Show this visitor's model in every view above."""
    if taggers.trained() is not None:
        ss[state.key("model")] = L.MINE
        model_changed()


@cache
def labels(lang: str) -> dict[str, str]:
    """Chart labels in `lang` (the current language: t() reads it)."""
    names = {f"name_{n}": t(f"gates.name_{n}") for n in ("i", "f", "g", "o", "c", "h", "r", "z", "n")}
    return {
        **names,
        "t": t("gates.col_t"),
        "char": t("gates.col_char"),
        "text": t("gates.row_text"),
        "prediction": t("gates.row_prediction"),
        "target": t("gates.row_target"),
        "unit": t("gates.unit"),
        "gates": t("gates.gates_axis"),
        "states": t("gates.states_axis"),
        "feature_depth": t("gates.feature_depth"),
        "feature_digit": t("gates.feature_digit"),
        "right_axis": t("gates.right_axis"),
        "accuracy": t("gates.accuracy"),
    }


def model_names(record: L.TrainingRun | None) -> dict[str, str]:
    names = {name: t(f"gates.model_{name.replace('-', '_')}") for name in L.SHIPPED}
    if record is not None:
        names[L.MINE] = t("gates.model_mine", cell=record.cell.upper(), hidden=record.hidden)
    return names


def signed(r: float) -> str:
    return f"{r:+.3f}".replace("-", "−")


# ---------------------------------------------------------------- the model and the text

LABELS = labels(language())
notes: list[str] = []  # message lines beyond the settings' own problems
record = taggers.trained()
options = (*L.SHIPPED, L.MINE) if record is not None else L.SHIPPED
model_key = state.key("model")
if ss.get(model_key) not in options:
    if ss.get(model_key) == L.MINE:
        notes.append(t("gates.no_trained", raw=literal(L.MINE), used=literal(L.DEFAULT_MODEL)))
    ss[model_key] = L.DEFAULT_MODEL
elif ss.get(model_key) == L.MINE and ss.get(VIEWED) not in (None, record.run):
    model_changed()  # a new model of the visitor's: its own best unit, a text it reads
ss[VIEWED] = record.run if record is not None else None

st.title(t("gates.title"))
guide.place()  # the tour goes at the top; it is drawn once the settings are saved
with present.folded():
    st.markdown(t("gates.intro"))

names = model_names(record)
st.segmented_control(
    t("gates.name_model"),
    options=options,
    format_func=names.get,
    key=model_key,
    required=True,
    on_change=model_changed,
    help=t("gates.model_help"),
)
model_name = ss[model_key]
model = model_for(model_name)
info = taggers.facts_for(model_name, device)
if ss.get(state.key("unit"), L.AUTO_UNIT) < 0:
    ss[state.key("unit")] = info.unit
task_name = model.task.name
st.text_input(
    t("gates.name_text"),
    key=state.key("text"),
    on_change=text_changed,
    help=t(f"gates.text_help_{task_name}", max=model.max_len),
)
examples = model.task.showcase
ss[EXAMPLE] = ss[state.key("text")] if ss.get(state.key("text")) in examples else None
st.pills(
    t("gates.examples"),
    options=examples,
    format_func={e: f"`{e}`" for e in examples}.get,
    key=EXAMPLE,
    on_change=example_chosen,
)

settings, widget_problems = state.read()
settings, cross_problems, verdict = L.settle(settings, model.task, model.hidden_size, info.unit)
ss[state.key("unit")] = settings.unit
ss[state.key("step")] = settings.step
ss[LENGTH] = len(settings.text)
problems = L.merge_problems(L.merge_problems(url_problems, widget_problems), cross_problems)
problems = L.with_unit_used(problems, settings.unit)

setting_names = {key: t(f"gates.name_{key}") for key in L.SCHEMA.keys}
lines = [problem_text(p, setting_names[p.key]) for p in problems] + notes
if verdict.replaced:
    codes = {issue.code for issue in verdict.check.errors}
    for issue in verdict.check.errors:
        if issue.code == "bad_chars":
            chars = ", ".join(t("gates.space") if ch == " " else literal(ch) for ch in issue.chars)
            lines.append(t(f"gates.issue_bad_chars_{task_name}", chars=chars))
        elif issue.code == "too_long":
            lines.append(t("gates.issue_too_long", count=len(verdict.check.text), max=issue.limit))
        else:
            lines.append(t(f"gates.issue_{issue.code}"))
    if verdict.example:
        lines.append(t("gates.issue_used_example", used=literal(settings.text)))
    elif codes == {"too_long"}:
        lines.append(t("gates.issue_used_start", used=literal(settings.text), max=model.max_len))
    else:
        lines.append(t("gates.issue_used", used=literal(settings.text), max=model.max_len))
if lines:
    with st.container():
        st.warning(
            t("problem.heading") + "\n\n" + "\n".join(f"- {line}" for line in lines), icon=":material/info:"
        )
        if verdict.replaced and ss.get(state.key("text")) != settings.text:
            st.button(
                t("gates.use_readable", used=literal(settings.text)),
                on_click=put_text,
                args=(settings.text,),
                key="gates:use_readable",
                icon=":material/auto_fix_high:",
            )
for issue in model.check(settings.text).warnings:
    st.info(
        t(f"gates.issue_{issue.code}", steps=L.spans(issue.positions), max=issue.limit),
        icon=":material/help:",
    )

state.save(settings, L.URL_KEYS)
guide.draw()
reading = taggers.reading_for(model_name, device, settings.text)
unit, step = settings.unit, settings.step

# ---------------------------------------------------------------- what it answers

st.subheader(t("gates.predictions_heading"))
show(
    L.prediction_figure(reading, step, LABELS),
    key="gates_predictions",
    alt=L.prediction_alt(reading, step),
    toolbar=False,
)
st.caption(t(f"gates.score_{task_name}", right=int(reading.right.sum()), total=len(reading.text)))

# ---------------------------------------------------------------- every gate and state

st.subheader(t("gates.inside_heading"))
if info.feature == "depth":
    st.markdown(t("gates.best_depth", unit=info.unit, state=info.state, r=signed(info.r)))
else:  # the sign is the model's own: a visitor's model may learn the opposite of the shipped one
    sign = t("gates.digit_drops" if info.r < 0 else "gates.digit_rises")
    st.markdown(t("gates.best_digit", unit=info.unit, state=info.state, r=signed(info.r), sign=sign))

H = model.hidden_size
unit_names = {
    u: f"{u}{' ★' if u == info.unit else ''} · r = {signed(float(r))}"
    for u, r in enumerate(info.r_all[info.state])
}
controls = st.columns([1, 3], vertical_alignment="bottom")
controls[0].selectbox(
    t("gates.name_unit"), options=list(range(H)), format_func=unit_names.get, key=state.key("unit")
)
with controls[1].container(horizontal=True, vertical_alignment="bottom"):
    last = len(settings.text) - 1
    st.button(
        t("common.prev"),
        icon=":material/skip_previous:",
        on_click=advance,
        args=(-1,),
        disabled=step == 0,
        key="gates:prev",
    )
    st.button(
        t("common.next"),
        icon=":material/skip_next:",
        on_click=advance,
        args=(1,),
        disabled=step >= last,
        key="gates:next",
    )
    if last > 0:
        char_names = {k: f"{k} · {ch}" for k, ch in enumerate(settings.text)}
        st.select_slider(
            t("gates.name_step"),
            options=list(range(last + 1)),
            format_func=char_names.get,
            key=state.key("step"),
        )
chosen = ", ".join(f"r(${name}$) = {signed(float(r[unit]))}" for name, r in info.r_all.items())
on_text = L.text_r(reading, unit, info.r_all)
if on_text is None:
    here = t("gates.r_flat_feature", feature=LABELS[f"feature_{info.feature}"])
else:
    here = ", ".join(
        f"r(${name}$) = {signed(r)}" if r is not None else t("gates.r_undefined", name=f"${name}$")
        for name, r in on_text.items()
    )
st.caption(t("gates.chosen_r", unit=unit, values=chosen, here=here))

show(
    L.heatmaps_figure(reading, unit, step, info, LABELS),
    key="gates_heatmaps",
    alt=L.heatmaps_alt(reading, unit, step, info),
    csv=True,
    notebook=settings,
)
st.caption(t("gates.heatmaps_caption") + " " + compute.ran_on(device, torch.float32))

# ---------------------------------------------------------------- one unit

st.subheader(t("gates.unit_heading", unit=unit))
show(
    L.unit_figure(reading, unit, step, info.feature, LABELS),
    key="gates_unit",
    alt=L.unit_alt(reading, unit, step, info.feature),
)
st.caption(t("gates.unit_caption", unit=unit, feature=LABELS[f"feature_{info.feature}"]))
show(L.r_figure(info, unit, LABELS), key="gates_r", alt=L.r_alt(info, unit), toolbar=False)
st.caption(t("gates.r_caption", feature=LABELS[f"feature_{info.feature}"]))

# ---------------------------------------------------------------- one step by hand

st.subheader(t("gates.step_heading", t=step, unit=unit))
one = L.step_of(reading, step, unit)
st.latex(L.step_latex(one))
module = "LSTM" if reading.cell == "lstm" else "GRU"
module_h = float(reading.values["h"][step, unit])
st.caption(
    t(
        "gates.step_caption",
        module=module,
        unit=unit,
        t=step,
        char=literal(settings.text[step]),
        module_h=f"{module_h:.4f}",
    )
    + (" " + t(f"gates.first_step_{reading.cell}") if step == 0 else "")
)

# ---------------------------------------------------------------- conventions


def conventions(cell: str) -> None:
    st.markdown(t("gates.conventions_intro"))
    first, second = ("LSTM", "GRU") if cell == "lstm" else ("GRU", "LSTM")
    tabs = dict(zip((first, second), st.tabs([first, second]), strict=True))
    lectures = {"LSTM": ("003", "000"), "GRU": ("003", "002")}
    for name, tab in tabs.items():
        with tab:
            ours, theirs = st.columns(2, gap="large")
            ours.markdown(f"**{t('gates.conv_torch')}**")
            ours.latex(L.CONVENTIONS[f"{name.lower()}_torch"])
            for notes in lectures[name]:
                theirs.markdown(f"**{t(f'gates.conv_{notes}')}**")
                theirs.latex(L.CONVENTIONS[f"{name.lower()}_{notes}"])
                if notes == "000":
                    theirs.caption(t("gates.conv_000_note"))
            st.markdown(t(f"gates.conv_{name.lower()}_notes"))


# Drawn only when open: six formulas and their notes would cost a tenth of every rerun.
panel = st.expander(
    t("gates.conventions_heading"), icon=":material/menu_book:", key="gates:conventions", on_change="rerun"
)
if panel.open:
    with panel:
        conventions(reading.cell)
panel = st.expander(t("gates.code_heading"), icon=":material/code:", key="gates:code", on_change="rerun")
if panel.open:
    with panel:
        run = taggers.trained() if model_name == L.MINE else None
        st.code(L.torch_code(settings, unit, step, run), language="python")
# ---------------------------------------------------------------- train your own


def train_settings(training: bool) -> None:
    for name, key in TRAIN_KEYS.items():
        ss.setdefault(key, TRAIN_DEFAULTS[name])
    cols = st.columns([1, 1, 2], vertical_alignment="bottom")
    cols[0].segmented_control(
        t("gates.train_cell"), L.TRAIN_CELLS, format_func=str.upper, key=TRAIN_KEYS["cell"], required=True
    )
    tasks = {task: t(f"gates.task_{task}") for task in L.TRAIN_TASKS}
    cols[1].segmented_control(
        t("gates.train_task"), L.TRAIN_TASKS, format_func=tasks.get, key=TRAIN_KEYS["task"], required=True
    )
    cols[2].slider(t("gates.train_hidden"), *L.TRAIN_HIDDEN, key=TRAIN_KEYS["hidden"])
    cols = st.columns([2, 2, 1], vertical_alignment="bottom")
    cols[0].slider(t("gates.train_seconds"), *L.TRAIN_SECONDS, key=TRAIN_KEYS["seconds"])
    cols[1].slider(t("gates.train_steps"), *L.TRAIN_STEPS, step=10, key=TRAIN_KEYS["steps"])
    cols[2].number_input(t("gates.train_seed"), 0, 9999, step=1, key=TRAIN_KEYS["seed"])


def start_training():
    c = {name: ss.get(key, TRAIN_DEFAULTS[name]) for name, key in TRAIN_KEYS.items()}
    return taggers.start(c["task"], c["cell"], c["hidden"], c["seconds"], c["steps"], c["seed"], device)


def training_controls() -> None:
    st.markdown(t("gates.train_intro"))
    record = live_training.panel(
        "gates",
        start_training,
        metric=LABELS["accuracy"],
        settings=train_settings,
        caption=t("gates.train_chart_caption"),
    )
    if record is None:
        return
    said = "gates.train_done" if record.done else "gates.train_stopped"
    st.success(
        t(
            said,
            cell=record.cell.upper(),
            hidden=record.hidden,
            task=t(f"gates.task_{record.task}"),
            steps=record.steps[-1],
            seconds=f"{record.elapsed:.0f}",
            acc=f"{100 * record.final_accuracy:.1f}",
        ),
        icon=":material/check_circle:",
    )
    if ss.get(model_key) == L.MINE:
        st.caption(t("gates.train_looking"))
    else:
        st.button(t("gates.train_look"), icon=":material/visibility:", on_click=look_inside, key="gates:look")


panel = st.expander(
    t("gates.train_heading"), icon=":material/model_training:", key="gates:train_panel", on_change="rerun"
)
if panel.open:  # drawn only when open, like the conventions
    with panel:
        training_controls()

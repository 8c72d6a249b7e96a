"""Lesson: memory networks. A soft key-value memory by hand, then a network that reads a story in hops."""

from __future__ import annotations

from functools import cache

import numpy as np
import streamlit as st
import torch

from engine import MemN2N, load_pretrained
from engine.babi import MAX_SENTENCES, MAX_WORDS
from lessons import memory as L
from ui import compute, live_training, present
from ui.charts import show
from ui.i18n import language, t
from ui.messages import literal, problem_text
from ui.router import enter
from ui.tour import open_tour
from ui.urlstate import PageState

enter()

ss = st.session_state
state = PageState("memory", L.SCHEMA)
url_settings, url_problems = state.load()
guide = open_tour("memory", L.TOUR, state)
device = compute.device()


@st.cache_resource(max_entries=8, show_spinner=False)
def shipped(hops: int, device_name: str) -> MemN2N:
    """A shipped model, loaded once per server and device; shared by every visitor, so never changed."""
    return load_pretrained(L.SHIPPED[hops], device_name)


@st.cache_data(max_entries=256, show_spinner=False)
def reading(key: str, hops: int, device_name: str, _si: L.StoryInput):
    """Cached by `key`: hops, device, sentences and question (a reading is a few small arrays)."""
    return L.read_story(shipped(hops, device_name), _si)


@st.cache_data(max_entries=64, show_spinner=False)
def hand(key: str, _s: L.MemorySettings) -> L.HandRead:
    return L.hand_read(_s)


@st.cache_resource(show_spinner=False)
def link_to_attention():
    model = load_pretrained("seq2seq-reverse-dot")
    return L.seq2seq_link(model, L.LINK_TEXT, L.LINK_STEP)


@cache
def labels(lang: str) -> dict[str, str]:
    return {
        "scale": t("memory.scale_axis"),
        "weight": t("memory.weight_axis"),
        "hop": t("memory.hop", k="{k}"),
        "step": t("memory.train_step_axis"),
        "loss": t("memory.train_loss_axis"),
    }


# ---------------------------------------------------------------- callbacks (run before the page)


def story_chosen() -> None:
    """A new task, language or seed: the generated story and its own question."""
    ss[state.key("edited")] = False
    ss[state.key("question")] = ""


def another_story() -> None:
    key = state.key("seed")
    ss[key] = (int(ss.get(key, 0) or 0) + 1) % (L.MAX_SEED + 1)
    story_chosen()


def story_edited() -> None:
    ss[state.key("edited")] = True


def sharp(slot: int) -> None:
    settings, _ = state.read()
    settings, _ = L.settle(settings)
    ss[state.key("query")] = L.VECTOR.to_widget(L.sharp_query(settings, slot))
    ss[state.key("scale")] = L.SHARP_SCALE


def reset_hand() -> None:
    defaults = L.SCHEMA.defaults
    for key in L.HAND_KEYS:
        ss[state.key(key)] = L.SCHEMA.params[key].to_widget(getattr(defaults, key))


# ---------------------------------------------------------------- the memory by hand

LABELS = labels(language())
st.title(t("memory.title"))
guide.place()  # the tour goes at the top; it is drawn once the settings are saved
with present.folded():
    st.markdown(t("memory.intro"))

st.subheader(t("memory.hand_heading"))
with present.folded():
    st.markdown(t("memory.hand_intro"))
columns = st.columns(L.SLOTS + 1)
for i, column in enumerate(columns[: L.SLOTS]):
    column.markdown(f"**{t('memory.slot', i=i + 1)}**")
    for kind in ("k", "v"):
        column.text_input(
            t(f"memory.name_{kind}{i + 1}"), key=state.key(f"{kind}{i + 1}"), help=t("memory.vector_help")
        )
columns[-1].markdown("**x**")
columns[-1].text_input(t("memory.name_query"), key=state.key("query"), help=t("memory.vector_help"))
columns[-1].slider(t("memory.name_scale"), 0.0, 8.0, step=0.25, key=state.key("scale"))
with st.container(horizontal=True):
    for i in range(L.SLOTS):
        st.button(
            t("memory.sharp", i=i + 1),
            on_click=sharp,
            args=(i,),
            key=f"memory:sharp{i}",
            icon=":material/target:",
        )
    st.button(t("memory.reset"), on_click=reset_hand, key="memory:reset", icon=":material/restart_alt:")

# ---------------------------------------------------------------- the story's widgets' values

if not ss.get(state.key("edited")):
    settings_now, _ = state.read()
    ss[state.key("story")] = L.story_text(settings_now)

settings, widget_problems = state.read()
settings, cross_problems = L.settle(settings)
names = {key: t(f"memory.name_{key}") for key in L.SCHEMA.keys}
lines = [problem_text(p, names[p.key]) for p in [*url_problems, *widget_problems] if p.code != "padded"]
lines += [
    t("memory.padded", name=f"**{names[p.key]}**", raw=literal(p.raw), used=literal(p.used))
    for p in cross_problems
]
if lines:
    st.warning(
        t("problem.heading") + "\n\n" + "\n".join(f"- {line}" for line in lines), icon=":material/info:"
    )
state.save(settings, L.url_keys(settings))
guide.draw()

h = hand(repr(settings), settings)
st.latex(L.hand_latex(h))
best = int(np.argmax(h.weights))
show(
    L.scale_figure(h, LABELS),
    key="memory_scale",
    toolbar=False,
    alt=L.scale_alt(h, t("memory.alt_scale")),
    csv=True,
    notebook=settings,
)
st.caption(t("memory.hand_caption", w=f"{h.weights[best]:.3f}", i=best + 1))

# ---------------------------------------------------------------- a story, read in hops

st.subheader(t("memory.story_heading"))
with present.folded():
    st.markdown(t("memory.story_intro"))
with st.container(horizontal=True, vertical_alignment="bottom"):
    tasks = {task: t(f"memory.task_{task}") for task in (1, 2, 3)}
    st.segmented_control(
        t("memory.name_task"),
        options=list(tasks),
        format_func=tasks.get,
        key=state.key("task"),
        required=True,
        on_change=story_chosen,
    )
    langs = {lang: t(f"memory.lang_{lang}") for lang in ("es", "en")}
    st.segmented_control(
        t("memory.name_language"),
        options=list(langs),
        format_func=langs.get,
        key=state.key("language"),
        required=True,
        on_change=story_chosen,
    )
    st.number_input(
        t("memory.name_seed"), 0, L.MAX_SEED, step=1, key=state.key("seed"), on_change=story_chosen, width=160
    )
    st.button(t("memory.new_story"), on_click=another_story, key="memory:another", icon=":material/casino:")
    hops_names = {hops: str(hops) for hops in L.HOPS}
    st.segmented_control(
        t("memory.name_hops"),
        options=list(L.HOPS),
        format_func=hops_names.get,
        key=state.key("hops"),
        required=True,
    )

si = L.story_input(settings)
cols = st.columns([3, 2])
cols[0].text_area(
    t("memory.name_story"),
    key=state.key("story"),
    height=260,
    on_change=story_edited,
    help=t("memory.story_help", max=MAX_SENTENCES, words=MAX_WORDS),
)
generated_question = L.generate_story(settings.task, settings.language, settings.seed).question
cols[1].text_input(
    t("memory.name_question"),
    key=state.key("question"),
    placeholder=generated_question,
    help=t("memory.question_help"),
)
if settings.edited:
    cols[1].caption(t("memory.edited_note"))
    cols[1].button(
        t("memory.back_to_generated"), on_click=story_chosen, key="memory:back", icon=":material/undo:"
    )

model = shipped(settings.hops, str(device))
r = reading(repr((settings.hops, str(device), si.sentences, si.question)), settings.hops, str(device), si)
issues = L.story_problems_lines(
    si,
    r,
    {"dropped": t("memory.issue_dropped"), "long": t("memory.issue_long"), "blank": t("memory.issue_blank")},
)
if r.unknown:
    issues.append(t("memory.issue_unknown", words=", ".join(literal(w) for w in r.unknown)))
if not si.sentences:
    issues.append(t("memory.issue_empty_story"))
if not any(w in model.index for w in L.tokenize(si.question)[0]):
    issues.append(t("memory.issue_empty_question"))
if issues:
    st.info("\n".join(f"- {line}" for line in issues), icon=":material/help:")

cols = st.columns([1, 2], vertical_alignment="center")
cols[0].markdown(t("memory.answer", answer=literal(r.answer)))
if si.answer is None:
    cols[1].caption(t("memory.no_expected"))
elif r.answer == si.answer:
    cols[1].success(t("memory.right", expected=literal(si.answer)), icon=":material/check_circle:")
else:
    cols[1].markdown(":red[:material/cancel:] " + t("memory.wrong", expected=literal(si.answer)))
top = ", ".join(f"{literal(word)} {100 * p:.1f} %" for word, p in L.top_answers(model, r))
st.caption(t("memory.top", top=top))
if r.sentences:
    show(
        L.attention_figure(r, si.supporting, LABELS),
        key="memory_attention",
        toolbar=False,
        alt=L.attention_alt(r, t("memory.alt_attention"), t("memory.alt_hop")),
    )
    st.caption(t("memory.heatmap_caption") + " " + compute.ran_on(device, torch.float32))

# ---------------------------------------------------------------- hops against tasks

st.subheader(t("memory.table_heading"))
metas = {hops: shipped(hops, str(device)).meta for hops in L.HOPS}
with present.folded():
    st.markdown(t("memory.table_intro", n=metas[1]["held_out_per_task"]))
table = L.accuracy_table(metas)
task_labels = [t("memory.table_task", t=task) for task in (1, 2, 3)]
st.table(L.accuracy_rows(table, t("memory.table_hops"), task_labels))
st.caption(t("memory.table_caption", one=f"{table[0, 1]:.1f}", three=f"{table[2, 1]:.1f}"))

# ---------------------------------------------------------------- the link

st.subheader(t("memory.link_heading"))
link = link_to_attention()
st.markdown(t("memory.link_attention", text=literal(L.LINK_TEXT), i=L.LINK_STEP, diff=f"{link.max_diff:.1e}"))
st.caption(t("memory.link_weights", model=", ".join(f"{w:.3f}" for w in link.weights)))
m = L.mlstm_read(h)
st.markdown(t("memory.link_mlstm", raw=", ".join(f"{w:.2f}" for w in m.raw_weights)))
st.latex(L.mlstm_latex(h, m))
st.markdown(
    t(
        "memory.link_compare",
        soft=literal(", ".join(f"{x:.3f}" for x in h.read)),
        linear=literal(", ".join(f"{x:.3f}" for x in m.h)),
    )
)

# ---------------------------------------------------------------- train your own


def draw_live(run: L.MemoryRun, where, key: str) -> None:
    """The visitor's network reading the same task-2 story at every report: its hops sharpening."""
    task, lang, seed = L.TRAIN_STORY
    story = L.generate_story(task, lang, seed)
    r = run.model.read(list(story.sentences), story.question)
    with where.container():
        show(
            L.attention_figure(r, story.supporting, LABELS),
            key=key,
            toolbar=False,
            alt=L.attention_alt(r, t("memory.alt_attention"), t("memory.alt_hop")),
        )
        st.caption(
            t(
                "memory.train_story",
                step=run.steps[-1],
                question=literal(story.question),
                answer=literal(story.answer),
                output=literal(r.answer),
            )
        )


def training_controls() -> None:
    st.markdown(
        t(
            "memory.train_intro",
            hops=settings.hops,
            steps=L.TRAIN["max_steps"],
            seconds=f"{L.TRAIN['max_seconds']:.0f}",
        )
    )
    run = live_training.panel(
        "memory",
        lambda: L.start_training(settings.hops, device, TRAIN_BUDGET),
        metric=t("memory.train_metric"),
        draw=draw_live,
        caption=t("memory.train_chart_caption"),
    )
    if run is None:
        return
    values = {"steps": run.steps[-1], "seconds": f"{run.elapsed:.0f}"}
    if run.done:
        acc = live_training.cached("memory", ("accuracy",), lambda: L.train_accuracy(run))
        n = 2 * L.TRAIN_EVAL
        st.success(
            t("memory.train_done", acc=f"{100 * acc[2]:.0f}", acc1=f"{100 * acc[1]:.0f}", n=n, **values),
            icon=":material/check_circle:",
        )
    else:
        st.success(t("memory.train_stopped", **values), icon=":material/check_circle:")


TRAIN_BUDGET = ss.get("memory:train_budget")  # the tests shrink it; visitors cannot reach it
panel = st.expander(
    t("memory.train_heading"), icon=":material/model_training:", key="memory:train_panel", on_change="rerun"
)
if panel.open:  # drawn only when open: its widgets and a live model cost nothing until then
    with panel:
        training_controls()

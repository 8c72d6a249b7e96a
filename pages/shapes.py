"""Lesson: shapes and architectures. What nn.RNN / LSTM / GRU hold, and how networks are wired."""

from __future__ import annotations

import streamlit as st
import torch

from engine import CELLS, ShapeReport
from lessons import shapes as L
from ui import present
from ui.charts import show
from ui.i18n import language, t
from ui.messages import show_problems
from ui.router import enter
from ui.tour import open_tour
from ui.urlstate import PageState

enter()

PRESET = "shapes:preset"
REVEALED = "shapes:revealed"  # the configuration whose answers the visitor chose to see, in quiz mode
PARAMETER_ROWS_SHOWN = 16  # a longer list of parameters scrolls in a box PARAMETER_TABLE_HEIGHT high
PARAMETER_TABLE_HEIGHT = 640

state = PageState("shapes", L.SCHEMA)
url_settings, url_problems = state.load()
guide = open_tour("shapes", L.TOUR, state)


@st.cache_resource(show_spinner=False)
def labels(lang: str) -> dict[str, str]:
    """The words inside tables and pictures, in `lang` (the visitor's language when first asked);
    shared by every visitor and never changed."""
    return {key: t(f"shapes.l_{key}") for key in L.LABEL_KEYS}


def setting_names() -> dict[str, str]:
    return {key: t(f"shapes.name_{key}") for key in L.SCHEMA.keys}


@st.cache_data(max_entries=256, show_spinner=False)
def run(key: str, _settings: L.ShapesSettings) -> ShapeReport:
    """Cached by `key`, the text of the network's configuration (the quiz switch does not change it)."""
    return L.compute(_settings)


def apply_preset() -> None:
    name = st.session_state.get(PRESET)
    if name:
        current, _ = state.read()
        state.set_widgets(L.apply_preset(current, name))


def reveal(key: str | None) -> None:
    st.session_state[REVEALED] = key


# ---------------------------------------------------------------- controls

st.title(t("shapes.title"))
guide.place()  # the tour goes at the top; it is drawn once the settings are saved
with present.folded():
    st.markdown(t("shapes.intro"))

preset_slot = st.container()  # filled once the settings are read, so a pill lights when they match
cols = st.columns([3, 2, 2, 2])
cols[0].segmented_control(
    t("shapes.name_cell"),
    options=CELLS,
    format_func=L.CELL_NAMES.get,
    key=state.key("cell"),
    required=True,
    help=t("shapes.help_cell"),
)
bounds = {
    "input_size": L.MAX_INPUT_SIZE,
    "hidden_size": L.MAX_HIDDEN,
    "num_layers": L.MAX_LAYERS,
    "seq_len": L.MAX_SEQ_LEN,
    "batch": L.MAX_BATCH,
}
for col, name in zip(cols[1:], ("input_size", "hidden_size", "num_layers"), strict=True):
    col.number_input(
        t(f"shapes.name_{name}"),
        min_value=1,
        max_value=bounds[name],
        step=1,
        key=state.key(name),
        help=t(f"shapes.help_{name}", max=L.count_text(bounds[name])),
    )
cols = st.columns([3, 2, 2, 2])
with cols[0].container(horizontal=True):
    st.toggle(
        t("shapes.name_bidirectional"), key=state.key("bidirectional"), help=t("shapes.help_bidirectional")
    )
    st.toggle(t("shapes.name_batch_first"), key=state.key("batch_first"), help=t("shapes.help_batch_first"))
for col, name in zip(cols[1:3], ("seq_len", "batch"), strict=True):
    col.number_input(
        t(f"shapes.name_{name}"),
        min_value=1,
        max_value=bounds[name],
        step=1,
        key=state.key(name),
        help=t(f"shapes.help_{name}", max=L.count_text(bounds[name])),
    )
cols[3].toggle(t("shapes.name_quiz"), key=state.key("quiz"), help=t("shapes.help_quiz"))

settings, widget_problems = state.read()
matching = L.matching_preset(settings)
st.session_state[PRESET] = matching
preset_slot.pills(
    t("shapes.presets"),
    options=tuple(L.PRESETS),
    format_func={p: t(f"shapes.preset_{p}") for p in L.PRESETS}.get,
    key=PRESET,
    on_change=apply_preset,
    help=t("shapes.presets_help"),
)
settings, cross_problems = L.settle(settings)
show_problems([*url_problems, *widget_problems, *cross_problems], setting_names())
state.save(settings, L.url_keys(settings))
guide.draw()

config = L.config(settings)
key = repr(config)
report = run(key, settings)
LABELS = labels(language())

st.code(L.constructor_code(config), language="python")

# ---------------------------------------------------------------- quiz: answers hidden until revealed

hidden = settings.quiz and st.session_state.get(REVEALED) != key
numbers = not hidden
if settings.quiz:
    with st.container(border=True):
        st.markdown(t("shapes.quiz_note"))
        if hidden:
            st.button(
                t("shapes.reveal"),
                icon=":material/visibility:",
                type="primary",
                on_click=reveal,
                args=(key,),
                key="shapes:reveal",
            )
        else:
            st.button(
                t("shapes.conceal"),
                icon=":material/visibility_off:",
                on_click=reveal,
                args=(None,),
                key="shapes:conceal",
            )

# ---------------------------------------------------------------- the lecture's table and the count

st.subheader(t("shapes.table_heading"))
cols = st.columns([4, 2], gap="medium")
with cols[0]:
    headers = [
        t("shapes.head_variable"),
        t("shapes.head_size"),
        t("shapes.head_parameter"),
        t("shapes.head_size"),
    ]
    st.markdown(L.lecture_markdown(report, headers, quiz=hidden, labels=LABELS))
    st.caption(t("shapes.table_caption"))
with cols[1]:
    with present.folded():
        st.markdown(t("shapes.notation"))
    st.metric(t("shapes.metric_total"), L.HIDDEN if hidden else L.count_text(report.total))
    st.metric(
        t("shapes.metric_memory"),
        L.HIDDEN if hidden else L.memory_text(L.BYTES_FLOAT32 * report.total),
        help=t("shapes.metric_memory_help"),
    )
    st.metric(t("shapes.metric_here"), t("shapes.metric_here_value"), help=t("shapes.metric_here_help"))

# a heading and its first paragraph in one markdown element: fewer elements, a faster rerun
st.markdown(
    f"### {t('shapes.count_heading')}\n\n"
    + t("shapes.count_text", cell=L.CELL_NAMES[config.cell], G=config.blocks)
)
st.latex(L.count_equation(report, LABELS, quiz=hidden))
st.caption(t("shapes.count_caption"))

# ---------------------------------------------------------------- every parameter, every tensor

st.subheader(t("shapes.parameters_heading"))
many = len(report.parameters) > PARAMETER_ROWS_SHOWN
with st.container(height=PARAMETER_TABLE_HEIGHT if many else "content", border=many):
    st.markdown(L.parameters_table(report, LABELS, quiz=hidden).markdown())
st.caption(t("shapes.parameters_caption"))

st.markdown(
    f"### {t('shapes.tensors_heading')}\n\n" + L.tensors_table(report, LABELS, quiz=hidden).markdown()
)
st.caption(t("shapes.tensors_caption"))
meet = L.where_states_meet(config)
if config.bidirectional:
    st.markdown(t("shapes.where_bi", last=meet[0], first=meet[1]))
else:
    st.markdown(t("shapes.where_uni", last=meet[0]))

# ---------------------------------------------------------------- pictures

st.subheader(t("shapes.network_heading"))
show(
    L.network_figure(report, LABELS, numbers=numbers),
    key="shapes_network",
    alt=L.network_alt(report, numbers=numbers),
    toolbar=False,
    csv=lambda: report.parameters,
    notebook=settings,
)
st.caption(t("shapes.network_caption"))

st.subheader(t("shapes.gates_heading"))
show(
    L.gates_figure(report, LABELS, numbers=numbers),
    key="shapes_gates",
    alt=L.gates_alt(report, numbers=numbers),
    toolbar=False,
)
st.caption(t("shapes.gates_caption") if config.blocks > 1 else t("shapes.rnn_no_gates"))

st.markdown(f"### {t('shapes.configs_heading')}\n\n{t('shapes.configs_intro')}")
show(
    L.configurations_figure(LABELS),
    key="shapes_configs",
    alt=L.configurations_alt(),
    toolbar=False,
    static=True,
)
values = L.configuration_shapes(report, numbers=numbers)
rows = []
for name in L.CONFIGURATIONS:
    torch_key = f"shapes.torch_{name}"
    if name == "many_to_one":
        torch_key += "_bi" if config.bidirectional else "_uni"
    elif name == "encoder_decoder":  # h_n is h0 as it is only one-directional; an LSTM hands c_n over too
        torch_key += "_bi" if config.bidirectional else ("_lstm" if config.cell == "lstm" else "_uni")
    rows.append((f"**{t(f'shapes.sub_{name}')}**", t(f"shapes.example_{name}"), t(torch_key, **values)))
headers = (t("shapes.col_configuration"), t("shapes.col_example"), t("shapes.col_in_torch"))
st.markdown(L.markdown_table(headers, rows))

# ---------------------------------------------------------------- the same in PyTorch

with st.container(border=True):
    st.subheader(t("shapes.torch_heading"))
    st.caption(t("shapes.torch_caption"))
    st.code(L.torch_code(report), language="python")
    st.caption(
        t("shapes.ran_on", module=L.MODULE_NAMES[config.cell], version=torch.__version__.split("+")[0])
    )

"""Lesson: convolutions over time. WaveNet's dilated causal stacks, their receptive fields, forecasting."""

from __future__ import annotations

import uuid

import altair as alt
import streamlit as st
import torch

from engine import SHIPPED_FORECASTERS, load_pretrained
from lessons import convolutions as L
from ui import export, live_training, present
from ui.charts import show
from ui.i18n import language, t
from ui.messages import show_problems
from ui.router import enter
from ui.tour import open_tour
from ui.urlstate import PageState

enter()

PRESET = "convolutions:preset"

state = PageState("convolutions", L.SCHEMA)
url_settings, url_problems = state.load()
guide = open_tour("convolutions", L.TOUR, state)


@st.cache_resource(show_spinner=False)
def labels(lang: str) -> dict[str, str]:
    """The words inside tables and pictures, in `lang`; shared by every visitor and never changed."""
    return {key: t(f"convolutions.l_{key}") for key in L.LABEL_KEYS}


@st.cache_resource(show_spinner=False)
def models() -> dict:
    """The shipped forecasters, frozen and shared by every visitor (never mutated)."""
    return {name: load_pretrained(name) for name in SHIPPED_FORECASTERS}


@st.cache_resource(show_spinner=False)
def scores() -> L.Scores:
    """Every model's errors on Géron's validation and test series, once per server."""
    return L.compute_scores(models())


@st.cache_resource(show_spinner=False)
def test_forecasts() -> L.TestForecasts:
    """Every model's forecasts for the 1 000 test series, computed once per server (read only)."""
    return L.compute_test_forecasts(models())


def forecasts(index: int) -> L.SeriesForecasts:
    return L.forecast_series(test_forecasts(), index)


@st.cache_data(max_entries=256, show_spinner=False)
def field(key: str, _settings: L.ConvSettings) -> L.Field:
    return L.compute_field(_settings)


class Drawn(alt.LayerChart):
    """A chart whose Vega-Lite spec is already built (`L.field_spec`, checked against Altair's schema by
    the tests): Streamlit asks for `to_dict()` and gets it, without Altair validating it again."""

    def __init__(self, spec: dict):  # no super().__init__: nothing to build or validate
        object.__setattr__(self, "_spec", spec)

    def to_dict(self, *args, **kwargs) -> dict:
        return self._spec


def setting_names() -> dict[str, str]:
    return {key: t(f"convolutions.name_{key}") for key in L.SCHEMA.keys}


def apply_preset() -> None:
    name = st.session_state.get(PRESET)
    if name:
        current, _ = state.read()
        state.set_widgets(L.apply_preset(current, name))


LABELS = labels(language())

st.title(t("convolutions.title"))
guide.place()  # the tour goes at the top; it is drawn once the settings are saved
with present.folded():
    st.markdown(t("convolutions.intro"))

# ---------------------------------------------------------------- the receptive field: controls

st.header(t("convolutions.field_heading"))
preset_slot = st.container()
cols = st.columns([2, 4, 2, 2])
cols[0].number_input(
    t("convolutions.name_kernel_size"),
    min_value=1,
    max_value=L.MAX_KERNEL,
    step=1,
    key=state.key("kernel_size"),
    help=t("convolutions.help_kernel_size", max=L.MAX_KERNEL),
)
cols[1].segmented_control(
    t("convolutions.name_mode"),
    options=L.MODES,
    format_func={m: t(f"convolutions.mode_{m}") for m in L.MODES}.get,
    key=state.key("mode"),
    required=True,
    help=t("convolutions.help_mode", max=L.MAX_LAYERS, hi=L.MAX_DILATION),
)
typed = st.session_state.get(state.key("mode")) == "typed"
if typed:
    cols[2].text_input(
        t("convolutions.name_dilations"),
        key=state.key("dilations"),
        help=t("convolutions.help_dilations", max=L.MAX_LAYERS, hi=L.MAX_DILATION),
    )
else:
    cols[2].number_input(
        t("convolutions.name_layers"),
        min_value=1,
        max_value=L.MAX_LAYERS,
        step=1,
        key=state.key("layers"),
        help=t("convolutions.help_layers", max=L.MAX_LAYERS),
    )
cols[3].number_input(
    t("convolutions.name_blocks"),
    min_value=1,
    max_value=L.MAX_BLOCKS,
    step=1,
    key=state.key("blocks"),
    help=t("convolutions.help_blocks", max=L.MAX_BLOCKS),
)
st.segmented_control(
    t("convolutions.name_padding"),
    options=L.PADDINGS,
    format_func={p: t(f"convolutions.padding_{p}") for p in L.PADDINGS}.get,
    key=state.key("padding"),
    required=True,
    help=t("convolutions.help_padding"),
)
problems_slot = st.container()

# the forecasting controls are drawn further down; their values are read with the others here
settings, widget_problems = state.read()
st.session_state[PRESET] = L.matching_preset(settings)
preset_slot.pills(
    t("convolutions.presets"),
    options=tuple(L.PRESETS),
    format_func={p: t(f"convolutions.preset_{p}") for p in L.PRESETS}.get,
    key=PRESET,
    on_change=apply_preset,
    help=t("convolutions.presets_help"),
)
settings, cross_problems = L.settle(settings)
show_problems([*url_problems, *widget_problems, *cross_problems], setting_names(), where=problems_slot)
state.save(settings, L.url_keys(settings))
guide.draw()

# ---------------------------------------------------------------- the count, the formula, the picture

f = field(repr((settings.kernel_size, L.block(settings), settings.blocks, settings.padding)), settings)
with st.container(horizontal=True, gap="large"):
    st.metric(
        t("convolutions.metric_field"),
        t("convolutions.field_value", n=L.count_text(f.size)),
        help=t("convolutions.metric_field_help"),
        width="content",
    )
    st.metric(t("convolutions.metric_layers"), str(f.layers), width="content")
st.markdown(t("convolutions.formula_text"))
st.latex(L.formula_tex(f))
if f.kernel_size == 1:
    st.info(t("convolutions.kernel_one"), icon=":material/info:")
if L.matching_preset(settings) in ("wavenet_block", "wavenet"):
    st.success(t("convolutions.lecture_check"), icon=":material/check_circle:")

if f.drawable:
    description = L.field_alt(f, LABELS)
    spec = L.field_spec(f, LABELS)
    st.altair_chart(Drawn(spec), key="convolutions_field", alt=description)
    export.picture_buttons(st, "convolutions_field", spec)
    st.caption(description)
    notes = [t("convolutions.picture_caption", window=L.WINDOW)]
    notes.append(t("convolutions.picture_future" if f.padding == "same" else "convolutions.picture_causal"))
    if f.size > L.WINDOW:
        notes.append(t("convolutions.picture_clipped", field=L.count_text(f.size), window=L.WINDOW))
    if f.dilations and f.dilations[0] > 1 and f.kernel_size > 1:
        notes.append(t("convolutions.picture_gaps"))
    st.markdown(" ".join(notes))
else:
    st.info(t("convolutions.too_deep", max=L.MAX_DRAWN_LAYERS, layers=f.layers), icon=":material/info:")
    if f.dilations[0] > 1 and f.kernel_size > 1:
        st.markdown(t("convolutions.picture_gaps"))

with st.expander(t("convolutions.growth_heading"), icon=":material/table_rows:"):
    heads = [t("convolutions.col_layer"), t("convolutions.col_dilation"), t("convolutions.col_field")]
    st.markdown(L.markdown_table(heads, L.growth_rows(f)))

# ---------------------------------------------------------------- why dilation

st.header(t("convolutions.why_heading"))
c = L.compare(f)
st.markdown(
    t(
        "convolutions.why_text",
        k=c.kernel_size,
        k1=c.kernel_size - 1,
        field=L.count_text(c.field),
        undilated=L.count_text(c.undilated_layers),
        dilated=L.count_text(c.dilated_layers),
        channels=L.CHANNELS,
        p_undilated=L.count_text(c.undilated_parameters),
        p_dilated=L.count_text(c.dilated_parameters),
    )
    + (" " + t("convolutions.why_kernel_one") if f.kernel_size == 1 else "")
)
headers = [
    t("convolutions.col_stack"),
    t("convolutions.col_layers"),
    t("convolutions.col_parameters", c=L.CHANNELS),
    t("convolutions.col_path"),
]
rows = [
    [t("convolutions.row_dilated"), L.count_text(c.dilated_layers), L.count_text(c.dilated_parameters)],
    [t("convolutions.row_undilated"), L.count_text(c.undilated_layers), L.count_text(c.undilated_parameters)],
]
rows[0].append(L.count_text(c.dilated_layers))
rows[1].append(L.count_text(c.undilated_layers))
rows.append(
    [
        t("convolutions.row_rnn"),
        t("convolutions.rnn_layers"),
        t("convolutions.rnn_parameters", p=L.count_text(L.RNN_PARAMETERS)),
        L.count_text(c.rnn_steps),
    ]
)
st.markdown(L.markdown_table(headers, rows))
with present.folded():
    st.markdown(
        t("convolutions.rnn_text", steps=L.count_text(c.rnn_steps), layers=L.count_text(c.dilated_layers))
    )

# ---------------------------------------------------------------- forecasting

st.header(t("convolutions.forecast_heading"))
with present.folded():
    st.markdown(t("convolutions.forecast_intro"))
cols = st.columns(2)
cols[0].number_input(
    t("convolutions.name_series"),
    min_value=0,
    max_value=L.TEST_SERIES - 1,
    step=1,
    key=state.key("series"),
    help=t("convolutions.help_series", n=L.count_text(L.TEST_SERIES), max=L.TEST_SERIES - 1),
)
cols[1].selectbox(
    t("convolutions.name_model"),
    options=L.ONE_STEP,
    format_func=L.MODEL_NAMES.get,
    key=state.key("model"),
    help=t("convolutions.help_model"),
)
sf = forecasts(settings.series)
st.subheader(t("convolutions.one_heading"))
show(
    L.one_step_figure(sf, LABELS),
    key="convolutions_one",
    alt=L.one_step_alt(sf, LABELS),
    csv=True,
    notebook=settings,
)
st.caption(t("convolutions.one_caption"))
st.subheader(t("convolutions.ten_heading"))
show(
    L.ten_step_figure(sf, settings.model, LABELS),
    key="convolutions_ten",
    alt=L.ten_step_alt(sf, settings.model, LABELS),
)
st.caption(t("convolutions.ten_caption"))

s = scores()
st.subheader(t("convolutions.table_heading"))
headers, rows = L.scores_table(s, settings.model, LABELS)
st.markdown(L.markdown_table(headers, rows))
st.caption(t("convolutions.table_caption"))
st.markdown(t("convolutions.ordering", **L.ordering_values(s, settings.model, LABELS)))

st.subheader(t("convolutions.compound_heading"))
with present.folded():
    st.markdown(t("convolutions.compound_text"))
show(
    L.errors_figure(s, settings.model, LABELS),
    key="convolutions_errors",
    alt=L.errors_alt(s, settings.model, LABELS),
)
st.caption(t("convolutions.errors_caption"))
st.caption(t("convolutions.models_caption"))
st.caption(t("convolutions.ran_on", version=torch.__version__.split("+")[0], device="CPU"))

# ---------------------------------------------------------------- train your own

TRAIN = {
    "kind": "convolutions:train_kind",
    "steps": "convolutions:train_steps",
    "seed": "convolutions:train_seed",
}


@st.cache_resource(show_spinner=False)
def one_step_data():
    """Géron's one-step data set, shared read-only by every visitor's training."""
    return L.series_data(1)


def train_settings(training: bool) -> None:
    ss = st.session_state
    for name, default in (("kind", "wavenet"), ("steps", L.TRAIN_STEPS_DEFAULT), ("seed", 0)):
        ss.setdefault(TRAIN[name], default)
    cols = st.columns([2, 2, 1], vertical_alignment="bottom")
    cols[0].segmented_control(
        t("convolutions.train_kind"),
        L.TRAIN_KINDS,
        format_func={k: t(f"convolutions.train_kind_{k}") for k in L.TRAIN_KINDS}.get,
        key=TRAIN["kind"],
        required=True,
        disabled=training,
    )
    cols[1].slider(
        t("convolutions.train_steps"), *L.TRAIN_STEPS, step=50, key=TRAIN["steps"], disabled=training
    )
    cols[2].number_input(t("convolutions.train_seed"), 0, 9999, step=1, key=TRAIN["seed"], disabled=training)


def start_training():
    ss = st.session_state
    run = uuid.uuid4().hex[:12]
    return L.start_run(ss[TRAIN["kind"]], ss[TRAIN["steps"]], ss[TRAIN["seed"]], one_step_data(), run)


def train_your_own() -> None:
    """Train a small one-step forecaster live with the shared component (progress, Stop, the loss curve);
    its settings stay in the session, not the URL, like the other lessons' training."""
    st.markdown(t("convolutions.train_intro", seconds=int(L.TRAIN_SECONDS)))
    run = live_training.panel(
        "convolutions", start_training, settings=train_settings, caption=t("convolutions.train_chart_caption")
    )
    if run is None:
        return
    shipped = scores().valid
    said = "convolutions.train_done" if run.done else "convolutions.train_stopped"
    st.success(
        t(
            said,
            model=t(f"convolutions.train_kind_{run.kind}"),
            steps=run.steps[-1],
            seconds=f"{run.elapsed:.0f}",
            mse=L.mse_text(run.valid_mse),
            shipped=L.mse_text(shipped[L.SHIPPED_OF_KIND[run.kind]]),
            naive=L.mse_text(shipped["naive1"]),
        ),
        icon=":material/check_circle:",
    )


panel = st.expander(
    t("convolutions.train_heading"),
    icon=":material/model_training:",
    key="convolutions:train_panel",
    on_change="rerun",
)
if panel.open:
    with panel:
        train_your_own()

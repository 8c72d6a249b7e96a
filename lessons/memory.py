"""The "Memory networks" lesson without Streamlit: settings, the memory by hand, stories read in hops,
the hops-against-tasks table, the link to attention and the mLSTM, and the figures with their text.

The memory read is the lecture's (notes 003): alpha_i = k_i . x, c = softmax(alpha), s = sum_i c_i v_i.
The story part reads a bAbI-style story with a shipped end-to-end memory network (engine.memory.MemN2N)
and shows, hop by hop, the attention p^k over the sentences.

A chart's text alternative (`*_alt`) is built here from the same numbers as its figure; the page passes
the catalog's templates in its language (`lessons` never imports the catalog).
"""

from __future__ import annotations

import dataclasses
import functools
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import torch

from engine import MemN2N, Progress, Reading, TrainingLog, generate_story, memory_read
from engine.babi import LANGUAGES, MAX_SENTENCES, MAX_WORDS, TASKS, tokenize
from engine.memory import EVAL_SEED, accuracy_by_task, story_pool, train_memn2n
from lessons.charts import (
    ACCENT,
    MUTED,
    WARM,
    Alt,
    Figure,
    alt,
    axis,
    hidden_axis,
    layout,
    plotly_safe,
    vline,
)
from lessons.tour import Choice, Number, Reveal, Stop
from ui.params import (
    BoolParam,
    ChoiceParam,
    FloatListParam,
    FloatParam,
    IntParam,
    Problem,
    Schema,
    TextParam,
    shorten,
)


@dataclass(frozen=True)
class LinesParam(TextParam):
    """Free text of several lines (a story): line breaks kept, other unprintable characters dropped,
    cut at `max_len` characters."""

    def parse(self, key, raw, default):
        lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        text = "\n".join("".join(ch for ch in line if ch.isprintable()) for line in lines)
        if len(text) > self.max_len:
            cut = text[: self.max_len]
            detail = {"max": self.max_len, "count": len(text)}
            return cut, [Problem(key, "too_long", shorten(text), shorten(cut), detail)]
        return text, []


WEIGHT_SCALE = [[0.0, "#ffffff"], [0.15, "#dbe8f2"], [1.0, ACCENT]]  # weights 0 to 1, as attention's
HOPS = (1, 2, 3)
SHIPPED = {hops: f"memn2n-hops{hops}" for hops in HOPS}
SLOTS = 3  # memory slots in the memory by hand
MAX_STORY_CHARS = 3000  # what the story box and the URL may bring (the model keeps MAX_SENTENCES)
MAX_QUESTION_CHARS = 200
MAX_SEED = 999_999
VECTOR = FloatListParam(2, -9.0, 9.0)  # a 2-number key, value or query
SCALES = np.round(np.linspace(0.0, 8.0, 33), 2)  # the query scales drawn in the scale figure

DEFAULT_KEYS = ((1.0, 0.0), (0.0, 1.0), (-1.0, -1.0))
DEFAULT_VALUES = ((2.0, 0.0), (0.0, 2.0), (-1.0, 1.0))
DEFAULT_QUERY = (1.0, 0.2)
LINK_TEXT = "memoria"  # what the shipped dot-attention reversal model reads in the link panel
LINK_STEP = 2
THUMBNAIL = (2, "es", 4)  # task, language, seed of the home page's picture


@dataclass(frozen=True)
class MemorySettings:
    k1: tuple[float, ...] = DEFAULT_KEYS[0]
    k2: tuple[float, ...] = DEFAULT_KEYS[1]
    k3: tuple[float, ...] = DEFAULT_KEYS[2]
    v1: tuple[float, ...] = DEFAULT_VALUES[0]
    v2: tuple[float, ...] = DEFAULT_VALUES[1]
    v3: tuple[float, ...] = DEFAULT_VALUES[2]
    query: tuple[float, ...] = DEFAULT_QUERY
    scale: float = 1.0
    task: int = 2
    language: str = "es"
    seed: int = 1
    hops: int = 3
    story: str = ""  # the visitor's sentences, one a line (used only when `edited`)
    edited: bool = False  # False: the story generated from task, language and seed
    question: str = ""  # empty: the generated story's own question


SCHEMA = Schema(
    MemorySettings,
    k1=VECTOR,
    k2=VECTOR,
    k3=VECTOR,
    v1=VECTOR,
    v2=VECTOR,
    v3=VECTOR,
    query=VECTOR,
    scale=FloatParam(0.0, 8.0),
    task=IntParam(1, 3),
    language=ChoiceParam(LANGUAGES),
    seed=IntParam(0, MAX_SEED),
    hops=IntParam(1, 3),
    story=LinesParam(MAX_STORY_CHARS, allow_empty=True),
    edited=BoolParam(),
    question=TextParam(MAX_QUESTION_CHARS, allow_empty=True),
)
HAND_KEYS = ("k1", "k2", "k3", "v1", "v2", "v3", "query", "scale")
STORY_KEYS = ("task", "language", "seed", "hops", "question")


def url_keys(s: MemorySettings) -> list[str]:
    """Every setting that differs from its default, and the story's choices always; the story's text
    only when the visitor edited it."""
    keys = [k for k in HAND_KEYS if getattr(s, k) != getattr(SCHEMA.defaults, k)]
    keys += list(STORY_KEYS)
    if s.edited:
        keys += ["edited", "story"]
    return keys


def settle(s: MemorySettings) -> tuple[MemorySettings, list[Problem]]:
    """A vector typed with one number gets a 0 as its second ("padded")."""
    problems, changes = [], {}
    for key in (*HAND_KEYS[:-1],):
        vector = getattr(s, key)
        if len(vector) < 2:
            used = (*vector, 0.0)
            changes[key] = used
            problems.append(Problem(key, "padded", VECTOR.format(vector), VECTOR.format(used)))
    return dataclasses.replace(s, **changes), problems


# ---------------------------------------------------------------- the memory by hand


@dataclass(frozen=True)
class HandRead:
    keys: np.ndarray  # (3, 2)
    values: np.ndarray  # (3, 2)
    query: np.ndarray  # (2,) the query as typed
    scale: float
    scores: np.ndarray  # (3,) alpha_i = k_i . (scale * query)
    weights: np.ndarray  # (3,) c = softmax(alpha)
    read: np.ndarray  # (2,) s = sum_i c_i v_i
    by_scale: np.ndarray  # (len(SCALES), 3): the weights at every scale in SCALES


def hand_read(s: MemorySettings) -> HandRead:
    keys = torch.tensor([s.k1, s.k2, s.k3], dtype=torch.float64)
    values = torch.tensor([s.v1, s.v2, s.v3], dtype=torch.float64)
    query = torch.tensor(s.query, dtype=torch.float64)
    x = s.scale * query
    weights, read = memory_read(x, keys, values)
    scaled = torch.tensor(SCALES, dtype=torch.float64)[:, None] * query  # (S, 2)
    by_scale, _ = memory_read(scaled, keys.expand(len(SCALES), -1, -1), values.expand(len(SCALES), -1, -1))
    return HandRead(
        keys.numpy(),
        values.numpy(),
        query.numpy(),
        s.scale,
        (keys @ x).numpy(),
        weights.numpy(),
        read.numpy(),
        by_scale.numpy(),
    )


def fmt(x: float, digits: int = 2) -> str:
    text = f"{x:.{digits}f}"
    return "0." + "0" * digits if text in ("-0." + "0" * digits,) else text


def vec(v: Sequence[float], digits: int = 2) -> str:
    return r"\begin{pmatrix}" + r"\\".join(fmt(x, digits) for x in v) + r"\end{pmatrix}"


def hand_latex(h: HandRead) -> str:
    """The three lines of the lecture's read with this memory's numbers in."""
    x = h.scale * h.query
    alpha = r"\\[2pt]".join(
        rf"\alpha_{i + 1} = {vec(h.keys[i])}\cdot{vec(x)} = {fmt(h.scores[i])}" for i in range(SLOTS)
    )
    c = r",\;".join(f"{fmt(w, 3)}" for w in h.weights)
    s = " + ".join(rf"{fmt(h.weights[i], 3)}\,{vec(h.values[i])}" for i in range(SLOTS))
    return (
        rf"x = {fmt(h.scale)}\,{vec(h.query)} = {vec(x)}\\[4pt]"
        + alpha
        + r"\\[4pt]"
        + rf"c = \mathrm{{softmax}}(\alpha) = ({c})\\[4pt]"
        + rf"s = \textstyle\sum_i c_i v_i = {s} = {vec(h.read, 3)}"
    )


SHARP_SCALE = 6.0


def sharp_query(s: MemorySettings, slot: int) -> tuple[float, ...]:
    """The query for a sharp match with key `slot`: that key itself (the page also sets SHARP_SCALE)."""
    return tuple(getattr(s, f"k{slot + 1}"))


def scale_figure(h: HandRead, labels: Mapping[str, str]) -> Figure:
    colors = (ACCENT, WARM, MUTED)
    data = [
        {
            "type": "scatter",
            "mode": "lines",
            "x": SCALES,
            "y": np.round(h.by_scale[:, i], 4),
            "name": f"c{i + 1}",
            "line": {"color": colors[i], "width": 3},
            "hovertemplate": "%{x}: %{y:.3f}<extra>c" + str(i + 1) + "</extra>",
        }
        for i in range(SLOTS)
    ]
    return {
        "data": data,
        "layout": layout(
            300,
            xaxis=axis(labels["scale"], range=[0, float(SCALES[-1])]),
            yaxis=axis(labels["weight"], range=[0, 1.02]),
            shapes=[vline(h.scale)],
            legend={"orientation": "h", "y": 1.12, "x": 0},
        ),
    }


def scale_alt(h: HandRead, template: str) -> str:
    """Text of the scale figure: the weights at the current scale, at 0 and at the largest scale."""

    def ws(row: np.ndarray) -> str:
        return ", ".join(f"c{i + 1} = {w:.2f}" for i, w in enumerate(row))

    return template.format(
        scale=fmt(h.scale),
        now=ws(h.weights),
        zero=ws(h.by_scale[0]),
        top=fmt(SCALES[-1]),
        high=ws(h.by_scale[-1]),
    )


# ---------------------------------------------------------------- a story, read


@dataclass(frozen=True)
class StoryInput:
    """What the model reads, and what of the visitor's text it left out."""

    sentences: tuple[str, ...]
    question: str
    answer: str | None  # the generated story's answer (None for an edited story)
    supporting: tuple[int, ...]  # indices into `sentences` (empty for an edited story)
    blank_lines: int  # empty lines left out
    dropped: int  # sentences before the last MAX_SENTENCES, left out
    long: tuple[int, ...]  # 1-based numbers of sentences cut at MAX_WORDS words
    own_question: bool  # the question box was empty: the generated story's question is used


def story_lines(s: MemorySettings) -> tuple[str, ...]:
    story = generate_story(s.task, s.language, s.seed)
    return story.sentences


def story_text(s: MemorySettings) -> str:
    return "\n".join(story_lines(s))


def story_input(s: MemorySettings) -> StoryInput:
    generated = generate_story(s.task, s.language, s.seed)
    lines = s.story.splitlines() if s.edited else list(generated.sentences)
    kept = [line.strip() for line in lines if line.strip()]
    blank = len(lines) - len(kept)
    dropped = max(0, len(kept) - MAX_SENTENCES)
    kept = kept[dropped:]
    own = not s.question.strip()
    question = generated.question if own else s.question.strip()
    same = tuple(kept) == generated.sentences and question == generated.question
    long = tuple(i + 1 for i, line in enumerate(kept) if tokenize(line)[1])
    return StoryInput(
        tuple(kept),
        question,
        generated.answer if same else None,
        generated.supporting if same else (),
        blank,
        dropped,
        long,
        own,
    )


def read_story(model: MemN2N, si: StoryInput) -> Reading:
    return model.read(list(si.sentences), si.question)


def top_answers(model: MemN2N, reading: Reading, n: int = 3) -> list[tuple[str, float]]:
    order = np.argsort(-reading.probs)[:n]
    return [(model.words[i], float(reading.probs[i])) for i in order]


def sentence_label(i: int, sentence: str, supporting: Sequence[int], width: int = 44) -> str:
    text = sentence if len(sentence) <= width else sentence[: width - 1] + "…"
    star = " ★" if i in supporting else ""
    return plotly_safe(f"{i + 1}. {text}{star}")


def attention_figure(reading: Reading, supporting: Sequence[int], labels: Mapping[str, str]) -> Figure:
    """The attention of every hop over the sentences: sentences as rows (first at the top), hops as
    columns, each cell's weight written in."""
    K, n = reading.attention.shape
    z = np.round(reading.attention.T, 3)  # (n, K)
    rows = [sentence_label(i, s, supporting) for i, s in enumerate(reading.sentences)]
    cols = [labels["hop"].format(k=k + 1) for k in range(K)]
    text = np.where(z >= 0.005, np.char.mod("%.2f", z), "")
    return {
        "data": [
            {
                "type": "heatmap",
                "z": z,
                "x": cols,
                "y": rows,
                "text": text,
                "texttemplate": "%{text}",
                "colorscale": WEIGHT_SCALE,
                "zmin": 0,
                "zmax": 1,
                "showscale": False,
                "xgap": 2,
                "ygap": 2,
                "hovertemplate": "%{y}<br>%{x}: %{z:.3f}<extra></extra>",
            }
        ],
        "layout": layout(
            max(160, 28 * n + 70),
            xaxis=axis(None, side="top", showgrid=False),
            yaxis=axis(None, autorange="reversed", showgrid=False, automargin=True),
            margin={"l": 10, "r": 10, "t": 40, "b": 10},
        ),
    }


def attention_alt(reading: Reading, template: str, hop_template: str) -> str:
    """Text of the attention figure: for each hop, the sentence it weighs most and that weight."""
    hops = []
    for k, row in enumerate(reading.attention):
        if row.size == 0:
            continue
        i = int(row.argmax())
        hops.append(hop_template.format(k=k + 1, i=i + 1, sentence=reading.sentences[i], w=f"{row[i]:.2f}"))
    return template.format(n=len(reading.sentences), hops=len(reading.attention), each=" ".join(hops))


def hop_peaks(reading: Reading) -> list[tuple[int, float]]:
    """(0-based sentence, weight) of each hop's largest weight."""
    return [(int(row.argmax()), float(row.max())) for row in reading.attention if row.size]


# ---------------------------------------------------------------- hops against tasks


def accuracy_table(metas: Mapping[int, Mapping]) -> np.ndarray:
    """(hops, tasks) held-out accuracy in percent from the shipped models' measured meta."""
    return np.array(
        [[100 * float(metas[h]["accuracy_by_task"][str(t)]) for t in TASKS] for h in HOPS], dtype=float
    )


def accuracy_rows(table: np.ndarray, hop_label: str, task_labels: Sequence[str]) -> list[dict[str, str]]:
    return [
        {hop_label: str(h), **{task_labels[j]: f"{table[i, j]:.1f} %" for j in range(len(TASKS))}}
        for i, h in enumerate(HOPS)
    ]


# ---------------------------------------------------------------- the link: attention and the mLSTM


@dataclass(frozen=True)
class MLSTMRead:
    C: np.ndarray  # (2, 2) sum_i v_i k_i^T (forget and input gates at 1)
    n: np.ndarray  # (2,) sum_i k_i
    Cq: np.ndarray  # (2,) C q = sum_i (k_i . q) v_i
    raw_weights: np.ndarray  # (3,) k_i . q
    normaliser: float  # max(|n . q|, 1)
    h: np.ndarray  # (2,) C q / max(|n . q|, 1)


def mlstm_read(h: HandRead) -> MLSTMRead:
    """The mLSTM's read of the same three slots (notes 002, eq. 19-21, every gate 1, no 1/sqrt(d))."""
    q = h.scale * h.query
    C = sum(np.outer(h.values[i], h.keys[i]) for i in range(SLOTS))
    n = h.keys.sum(0)
    Cq = C @ q
    norm = max(abs(float(n @ q)), 1.0)
    return MLSTMRead(C, n, Cq, h.keys @ q, norm, Cq / norm)


def signed_sum(weights: Sequence[float], terms: Sequence[str]) -> str:
    """w_1 t_1 + w_2 t_2 - |w_3| t_3: each weight's sign written once."""
    out = ""
    for k, (w, term) in enumerate(zip(weights, terms, strict=True)):
        sign = "-" if fmt(w).startswith("-") else "+"
        if k == 0:
            out += ("-" if sign == "-" else "") + rf"{fmt(abs(w))}\,{term}"
        else:
            out += rf" {sign} {fmt(abs(w))}\,{term}"
    return out


def mlstm_latex(h: HandRead, m: MLSTMRead) -> str:
    mat = r"\begin{pmatrix}" + r"\\".join("&".join(fmt(x) for x in row) for row in m.C) + r"\end{pmatrix}"
    terms = signed_sum([m.raw_weights[i] for i in range(SLOTS)], [vec(h.values[i]) for i in range(SLOTS)])
    return (
        rf"C = \textstyle\sum_i v_i k_i^\top = {mat},\quad C\,x = {terms} = {vec(m.Cq)}\\[4pt]"
        rf"\tilde h = \dfrac{{C\,x}}{{\max(|n^\top x|, 1)}} = \dfrac{{{vec(m.Cq)}}}{{{fmt(m.normaliser)}}}"
        rf" = {vec(m.h, 3)}"
    )


@dataclass(frozen=True)
class Seq2SeqLink:
    """One decoder step of the shipped dot-attention model, recomputed as a memory read."""

    text: str
    step: int
    weights: np.ndarray  # the model's own w_ij
    read_weights: np.ndarray  # memory_read(hd_i, h, h)'s weights
    max_diff: float  # largest |difference| between the two contexts (and weights)


def seq2seq_link(model, text: str, step: int) -> Seq2SeqLink:
    """Query = decoder state hd_i, keys = values = encoder states h_j: memory_read gives the model's own
    attention weights and context (the dot score s_ij = hd_i . h_j)."""
    trace = model.trace(text)
    one = trace.steps[step]
    h = trace.h.detach().double()  # (T, He)
    weights, read = memory_read(one.hd_i.detach().double(), h, h)
    diff = max(float((weights - one.w_i.double()).abs().max()), float((read - one.c_i.double()).abs().max()))
    return Seq2SeqLink(text, step, one.w_i.double().numpy(), weights.numpy(), diff)


def story_problems_lines(si: StoryInput, reading: Reading, t_lines: Mapping[str, str]) -> list[str]:
    """Sentences (as catalog templates already in the page's language) saying what was left out."""
    lines = []
    if si.dropped:
        lines.append(t_lines["dropped"].format(n=si.dropped, max=MAX_SENTENCES))
    if si.long:
        lines.append(t_lines["long"].format(which=", ".join(map(str, si.long)), max=MAX_WORDS))
    if si.blank_lines and si.sentences:
        lines.append(t_lines["blank"].format(n=si.blank_lines))
    return lines


# ---------------------------------------------------------------- train your own

# A network small enough to learn tasks 1 and 2 live on a shared server: embedding 16, a pool of 600
# stories of each task and language, bounded in steps and seconds (the tests shrink it).
TRAIN = {
    "embed_size": 16,
    "pool_size": 600,
    "batch_size": 32,
    "lr": 0.01,
    "max_steps": 1500,
    "max_seconds": 60.0,
    "report_every": 50,
    "eval_every": 150,
}
TRAIN_TASKS = (1, 2)
TRAIN_EVAL = 100  # fresh stories of each task and language measured at every evaluation
TRAIN_STORY = (2, "es", 7)  # the story whose attention is redrawn at every report


@dataclass
class MemoryRun(TrainingLog):
    """A network a visitor trains on the page and what its training reported so far."""

    model: MemN2N
    hops: int = 3
    task2: list[tuple[int, float]] = field(default_factory=list, kw_only=True)  # (step, accuracy)
    task1: list[tuple[int, float]] = field(default_factory=list, kw_only=True)

    def report(self, p: Progress) -> None:
        super().report(p)
        if "task2" in p.metrics:
            self.task2.append((p.step, p.metrics["task2"]))
            self.task1.append((p.step, p.metrics["task1"]))

    def metric(self) -> tuple[list[int], list[float]]:
        return [s for s, _ in self.task2], [a for _, a in self.task2]


def start_training(hops: int, device, budget: Mapping | None = None) -> tuple[MemoryRun, Iterator[Progress]]:
    """A fresh network of `hops` hops (bounded to 1-3) and its training loop on tasks 1 and 2."""
    hops = min(max(int(hops), 1), 3)
    c = {**TRAIN, **(budget or {})}
    model = MemN2N(hops=hops, embed_size=c["embed_size"], seed=0).to(device)
    run = MemoryRun(
        model, uuid.uuid4().hex[:12], hops, max_steps=c["max_steps"], max_seconds=c["max_seconds"]
    )
    pool = story_pool(c["pool_size"], seed=0, tasks=TRAIN_TASKS)
    held = story_pool(TRAIN_EVAL, seed=EVAL_SEED, tasks=TRAIN_TASKS)
    loop = train_memn2n(
        model,
        pool=pool,
        batch_size=c["batch_size"],
        lr=c["lr"],
        max_steps=c["max_steps"],
        max_seconds=c["max_seconds"],
        seed=0,
        report_every=c["report_every"],
        eval_every=c["eval_every"],
        eval_stories=held,
    )
    return run, loop


def train_accuracy(run: MemoryRun) -> dict[int, float]:
    return accuracy_by_task(run.model, story_pool(TRAIN_EVAL, seed=EVAL_SEED, tasks=TRAIN_TASKS))


def _thumbnail_reading():
    from engine import load_pretrained

    task, lang, seed = THUMBNAIL
    story = generate_story(task, lang, seed)
    return load_pretrained(SHIPPED[3]).read(list(story.sentences), story.question)


def thumbnail_alt() -> Alt:
    """The home page's picture in words (the same reading as `thumbnail`)."""
    r = _thumbnail_reading()
    top = r.attention.argmax(axis=1)
    return alt(
        "memory.alt_thumbnail",
        hops=r.attention.shape[0],
        n=r.attention.shape[1],
        top=", ".join(str(int(k) + 1) for k in top),
        weight=float(r.attention.max(axis=1).min()),
    )


def thumbnail() -> Figure:
    """The home page's picture: the three-hop model's attention on a task-2 story (a real reading)."""
    r = _thumbnail_reading()
    heat = {
        "type": "heatmap",
        "z": np.round(r.attention, 3),
        "colorscale": WEIGHT_SCALE,
        "zmin": 0,
        "zmax": 1,
        "showscale": False,
        "hoverinfo": "skip",
        "xgap": 1,
        "ygap": 1,
    }
    margin = {"l": 0, "r": 0, "t": 0, "b": 0}
    return {"data": [heat], "layout": layout(120, margin=margin, xaxis=hidden_axis(), yaxis=hidden_axis())}


# ---------------------------------------------------------------- the guided tour
# Each question's answer is computed on the stop's own settings: the memory read by engine.memory_read, the
# stories by the shipped networks (on the CPU, loaded once and never changed), as the page computes them.

TOUR_STORY = {"task": "2", "language": "es", "seed": "2"}  # "¿Dónde está la leche?": two facts, 10 lines
TIE_QUERY = "1,1"  # as close to k1 as to k2


@functools.cache
def tour_model(hops: int) -> MemN2N:
    from engine import load_pretrained

    return load_pretrained(SHIPPED[hops])


def tour_reading(s: MemorySettings) -> tuple[StoryInput, Reading]:
    si = story_input(s)
    return si, read_story(tour_model(s.hops), si)


def uniform_answer(s: MemorySettings) -> Reveal:
    """The weight c_1 of the first slot."""
    h = hand_read(settle(s)[0])
    return Reveal(
        float(h.weights[0]),
        fmt(h.weights[0], 3),
        {"c": ", ".join(fmt(w, 3) for w in h.weights), "s": ", ".join(fmt(x, 3) for x in h.read)},
    )


TIE_OPTIONS = ("v1", "v2", "half", "mean")


def tie_answer(s: MemorySettings) -> Reveal:
    """Which of v1, v2, (v1 + v2) / 2 and the mean of the three values the read s is closest to."""
    h = hand_read(settle(s)[0])
    candidates = np.stack([h.values[0], h.values[1], h.values[:2].mean(0), h.values.mean(0)])
    nearest = int(np.argmin(np.linalg.norm(candidates - h.read, axis=1)))
    return Reveal(
        TIE_OPTIONS[nearest],
        values={
            "c": ", ".join(fmt(w, 3) for w in h.weights),
            "s": ", ".join(fmt(x, 3) for x in h.read),
            "scale": fmt(h.scale),
        },
    )


HOP_OPTIONS = ("object", "place", "other")  # the fact about the object, where its holder went, another


def hop_answer(s: MemorySettings) -> Reveal:
    """Which of the story's two facts hop 1 weighs most: the object's (who took it) or the place's (where
    that person went), or another sentence; with what hop 2 then reads, for the reveal."""
    si, r = tour_reading(s)
    peaks = hop_peaks(r)
    (i1, w1), (i2, w2) = peaks[0], peaks[min(1, len(peaks) - 1)]
    facts = {si.supporting[0]: "object", si.supporting[-1]: "place"} if si.supporting else {}
    return Reveal(
        facts.get(i1, "other"),
        values={
            "i1": str(i1 + 1),
            "w1": f"{w1:.2f}",
            "s1": r.sentences[i1],
            "i2": str(i2 + 1),
            "w2": f"{w2:.2f}",
            "s2": r.sentences[i2],
            "answer": r.answer,
        },
    )


def one_hop_answer(s: MemorySettings) -> Reveal:
    """Does the network answer the story's question right?"""
    si, r = tour_reading(s)
    i, w = hop_peaks(r)[0]
    right = si.answer or ""
    return Reveal(
        "yes" if r.answer == right else "no",
        values={
            "answer": r.answer,
            "right": right,
            "i": str(i + 1),
            "w": f"{w:.2f}",
            "sentence": r.sentences[i],
        },
    )


TOUR: tuple[Stop, ...] = (
    Stop("hand", {"query": "1,0.2", "scale": "1"}),
    Stop("uniform", {"scale": "0"}, Number(uniform_answer, lo=0, hi=1, step=0.01, abs=0.02)),
    Stop("tie", {"query": TIE_QUERY, "scale": "8"}, Choice(TIE_OPTIONS, tie_answer)),
    Stop(
        "hops",
        {**TOUR_STORY, "hops": "3"},
        Choice(HOP_OPTIONS, hop_answer),
    ),
    Stop("one_hop", {**TOUR_STORY, "hops": "1"}, Choice(("yes", "no"), one_hop_answer)),
    Stop("link", {"query": "1,0.2", "scale": "1"}),
)

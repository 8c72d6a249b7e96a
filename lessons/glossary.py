"""The course's glossary as data: each term, the lessons that use it, and the words that find it there.

A term's names and definitions are catalog keys (`glossary.term_<key>`, `glossary.def_<key>`, both
languages side by side on the /glossary page); its anchor there is `anchor(key)`. `found` holds, per
language, lower-case words that a lesson's catalog text contains when the lesson uses the term: the tests
check every listed lesson against them, so "the lessons that use it" stays true as the lessons change.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

GLOSSARY_PATH = "glossary"


@dataclass(frozen=True)
class Term:
    key: str  # catalog suffix; the anchor is the key with hyphens
    lessons: tuple[str, ...]  # lesson keys, in course order
    found_es: tuple[str, ...]
    found_en: tuple[str, ...]

    @property
    def anchor(self) -> str:
        return anchor(self.key)


def anchor(key: str) -> str:
    return key.replace("_", "-")


def link(key: str, lang: str) -> str:
    """A relative link from any page of the app to a term on the glossary page, in `lang`. Relative (no
    leading slash), so it also works when the app is served under a path prefix."""
    return f"{GLOSSARY_PATH}?{urlencode({'lang': lang})}#{anchor(key)}"


TERMS: tuple[Term, ...] = (
    Term(
        "recurrent_network",
        ("unroll", "gradients", "gates", "shapes"),
        ("red recurrente", "rnn"),
        ("recurrent network", "rnn"),
    ),
    Term(
        "hidden_state",
        ("unroll", "gates", "attention"),
        ("estado oculto", "estados ocultos", "estado h_t", "estado anterior"),
        ("hidden state", "state h_t", "previous state"),
    ),
    Term("time_step", ("unroll", "convolutions"), ("paso de tiempo", "pasos de tiempo"), ("time step",)),
    Term("unrolling", ("unroll", "gradients", "shapes"), ("desenroll",), ("unroll",)),
    Term("shared_weights", ("unroll", "shapes"), ("mismos pesos",), ("same weights",)),
    Term("activation", ("unroll", "gradients"), ("activación",), ("activation",)),
    Term("bptt", ("gradients",), ("bptt",), ("bptt",)),
    Term("vanishing_gradient", ("unroll", "gradients"), ("desvanec",), ("vanish",)),
    Term("exploding_gradient", ("unroll", "gradients"), ("explota", "explosión"), ("explode",)),
    Term("jacobian", ("gradients",), ("jacobian",), ("jacobian",)),
    Term("singular_value", ("unroll", "gradients"), ("valor singular",), ("singular value",)),
    Term("gradient_clipping", ("gradients",), ("recorte",), ("clipping",)),
    Term("orthogonal_init", ("unroll", "gradients"), ("ortogonal",), ("orthogonal",)),
    Term("lstm", ("gradients", "gates", "xlstm", "shapes"), ("lstm",), ("lstm",)),
    Term("cell_state", ("gates", "xlstm", "shapes"), ("celda",), ("cell",)),
    Term("gate", ("gradients", "gates", "xlstm", "shapes"), ("compuerta",), ("gate",)),
    Term("forget_gate", ("gradients", "gates"), ("compuerta de olvido",), ("forget gate",)),
    Term("input_gate", ("gates", "xlstm"), ("compuerta de entrada",), ("input gate",)),
    Term("output_gate", ("gates", "xlstm"), ("compuerta de salida",), ("output gate",)),
    Term("gru", ("gradients", "gates", "shapes"), ("gru",), ("gru",)),
    Term("update_gate", ("gradients", "gates"), ("compuerta de actualización",), ("update gate",)),
    Term("reset_gate", ("gradients", "gates"), ("compuerta de reinicio",), ("reset gate",)),
    Term("xlstm", ("xlstm",), ("xlstm",), ("xlstm",)),
    Term("exponential_gating", ("xlstm",), ("exponencial",), ("exponential",)),
    Term("normalizer_state", ("xlstm",), ("normalizador",), ("normaliser",)),
    Term("matrix_memory", ("xlstm", "memory"), ("mlstm",), ("mlstm",)),
    Term("softmax", ("sequences", "attention", "memory"), ("softmax",), ("softmax",)),
    Term("cross_entropy", ("sequences",), ("entropía cruzada",), ("cross-entropy",)),
    Term("encoder_decoder", ("sequences", "attention"), ("codificador",), ("encoder",)),
    Term("teacher_forcing", ("sequences", "attention"), ("teacher forcing",), ("teacher forcing",)),
    Term("greedy_decoding", ("sequences",), ("voraz",), ("greedy",)),
    Term("beam_search", ("sequences",), ("beam search",), ("beam search",)),
    Term("temperature", ("sequences",), ("temperatura",), ("temperature",)),
    Term("bottleneck", ("attention",), ("cuello de botella",), ("bottleneck",)),
    Term("attention", ("attention", "memory"), ("atención",), ("attention",)),
    Term("attention_weights", ("attention",), ("w_{ij}",), ("w_{ij}",)),
    Term("context_vector", ("attention",), ("contexto",), ("context",)),
    Term("additive_attention", ("attention",), ("aditiva",), ("additive",)),
    Term("memory_network", ("memory",), ("redes de memoria", "red de memoria"), ("memory network",)),
    Term("key_value", ("xlstm", "memory"), ("clave",), ("key",)),
    Term("hop", ("memory",), ("salto",), ("hop",)),
    Term("bidirectional", ("shapes",), ("bidireccional",), ("bidirectional",)),
    Term("deep_rnn", ("shapes", "convolutions"), ("capas",), ("layers",)),
    Term("batch", ("shapes",), ("batch",), ("batch",)),
    Term("conv1d", ("convolutions",), ("convolucional",), ("convolution",)),
    Term("kernel_size", ("convolutions",), ("núcleo",), ("kernel",)),
    Term("dilation", ("convolutions",), ("dilatación",), ("dilation",)),
    Term("causal_padding", ("convolutions",), ("causal",), ("causal",)),
    Term("receptive_field", ("convolutions",), ("campo receptivo",), ("receptive field",)),
    Term("wavenet", ("convolutions",), ("wavenet",), ("wavenet",)),
)

BY_KEY = {term.key: term for term in TERMS}


def terms_of(lesson: str) -> tuple[Term, ...]:
    return tuple(term for term in TERMS if lesson in term.lessons)

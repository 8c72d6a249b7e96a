"""Encoder-decoder networks with and without attention, decoded one step at a time so it can be watched.

The encoder (a GRU, LSTM or plain tanh RNN, optionally bidirectional) reads the source characters followed
by an end token and leaves one state per position, h_1 .. h_T (T = len(src) + 1). The decoder is a cell
of the same kind that starts from the encoder's last state (the bottleneck vector). Attention is wired in
one of two ways (`wiring`), in the lecture's notation (file 000: s_ij, w_ij, c_i, u_i):

Luong-style (Luong, Pham and Manning 2015), `wiring="luong"`: the current decoder state scores, and the
previous context is fed back into the next input ("input feeding", which lets the decoder remember
where it looked):

    x_i  = concat(E y_{i-1}, c_{i-1})       previous character's embedding and previous context
    hd_i = cell(x_i, hd_{i-1})              decoder state
    s_ij = score(hd_i, h_j)                 dot, general or additive (engine.attention)
    w_ij = softmax_j(s_ij)
    c_i  = sum_j w_ij h_j
    u_i  = concat(c_i, hd_i)
    p_i  = softmax(W_o u_i + b_o)           next-character probabilities; greedy decoding takes argmax

Bahdanau-style (Bahdanau, Cho and Bengio 2014) as lecture 000's code writes it, `wiring="bahdanau"`: the
previous decoder state scores (`self.attention(hidden[-1], encoder_outputs)`), the context goes into the
cell's input (`torch.cat([x, context])`) and the read-out sees the new state and the context
(`self.fc(torch.cat([output, context]))`):

    s_ij = score(hd_{i-1}, h_j)
    w_ij = softmax_j(s_ij),   c_i = sum_j w_ij h_j
    x_i  = concat(E y_{i-1}, c_i)
    hd_i = cell(x_i, hd_{i-1})
    u_i  = concat(hd_i, c_i)
    p_i  = softmax(W_o u_i + b_o)

(The lecture's score is additive with one linear layer over concat(hidden, h_j), which is W_1 hd + W_2 h_j
plus a bias; engine.attention's additive score has no bias.) Both wirings decode through the same two
calls, `encode` once and `step` per output character, so search strategies work on every model. Without
attention the decoder sees only x_i = E y_{i-1}, u_i = hd_i, and everything it knows about the source
passed through the bottleneck hd_0.

Training uses teacher forcing with a ratio: at each step each sequence is fed the true previous
character with that probability, and otherwise its own greedy prediction. `train_seq2seq` is a generator
of `Progress` reports (engine.training).

    model = load_pretrained("seq2seq-dates-attn")        # engine.pretrained
    model.check("5 de marzo de 1999").ok                  # True (else .issues say what is wrong)
    output, attention = model.translate("5 de marzo de 1999")  # "1999-03-05", a (10, 18) array
    steps = model.decode_steps("5 de marzo de 1999")      # a DecoderStep per character, then <eos>
    model.translate("05/03/1999", pin={0: 3})             # step 0 looks only at source position 3
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

import numpy as np
import torch
from torch import Tensor, nn

from engine.attention import SCORES, Attention
from engine.seqdata import WEEKDAYS, DatesTask, Example, ReverseTask, make_task, parse_date
from engine.taggers import TextCheck, TextIssue
from engine.training import Budget, Progress

CELLS = ("gru", "lstm", "rnn")  # "rnn": nn.RNN with tanh, as the lecture's code
WIRINGS = ("luong", "bahdanau")
SPECIALS = ("<pad>", "<sos>", "<eos>")
PAD, SOS, EOS = 0, 1, 2
MODEL_CLASS = "engine.seq2seq:Seq2Seq"
ALPHABET_WORDS = {
    "reverse": "the lowercase letters a-z",
    "dates": "digits, '/', spaces and the lowercase letters of Spanish dates (with á and é)",
}

# A reversal model small enough to train live on a page, in three parts:
#     task = ReverseTask(**LIVE_SETTINGS["task"])
#     model = make_seq2seq(task, **LIVE_SETTINGS["model"], seed=seed)
#     for progress in train_seq2seq(model, task, **LIVE_SETTINGS["training"], teacher_forcing=0.5): ...
# Measured in CPU time of one core: the anti-diagonal shows by step 200-300 (5-6 s), exact match
# passes 90% by step 400-500 (8-12 s). A busy machine stretches the wall time two to four times.
LIVE_SETTINGS: dict[str, dict[str, Any]] = {
    "task": {"min_len": 1, "max_len": 8},
    "model": {"hidden_size": 32, "embed_size": 16, "score": "additive", "cell": "gru"},
    "training": {
        "batch_size": 32,
        "lr": 5e-3,
        "lr_schedule": "cosine",
        "max_steps": 1500,
        "max_seconds": 60.0,
        "report_every": 25,
        "eval_every": 100,
    },
}


class Vocab:
    """Characters to token ids and back; ids 0, 1, 2 are padding, start and end."""

    def __init__(self, alphabet: str):
        if len(set(alphabet)) != len(alphabet):
            raise ValueError("alphabet has repeated characters")
        self.alphabet = alphabet
        self.itos = [*SPECIALS, *alphabet]
        self.stoi = {ch: i for i, ch in enumerate(self.itos) if i >= len(SPECIALS)}

    def __len__(self) -> int:
        return len(self.itos)

    def encode(self, text: str, eos: bool = True) -> list[int]:
        return [self.stoi[ch] for ch in text] + ([EOS] if eos else [])

    def decode(self, ids: Sequence[int]) -> str:
        """Characters up to the first end token; padding and start tokens are skipped."""
        out = []
        for i in ids:
            if i == EOS:
                break
            if i >= len(SPECIALS):
                out.append(self.itos[i])
        return "".join(out)

    def token(self, i: int) -> str:
        return self.itos[i]


def choose(logits: Tensor) -> Tensor:
    """Greedy choice: the argmax of the logits over real characters and the end token (never <pad> or
    <sos>, which no target contains)."""
    allowed = logits.clone()
    allowed[..., PAD] = -math.inf
    allowed[..., SOS] = -math.inf
    return allowed.argmax(-1)


def pad_batch(seqs: Sequence[Sequence[int]]) -> tuple[Tensor, Tensor]:
    """Token lists -> (ids (B, T) padded with PAD, lengths (B,))."""
    lengths = torch.tensor([len(s) for s in seqs], dtype=torch.long)
    ids = torch.full((len(seqs), int(lengths.max())), PAD, dtype=torch.long)
    for b, s in enumerate(seqs):
        ids[b, : len(s)] = torch.tensor(s, dtype=torch.long)
    return ids, lengths


@dataclass(frozen=True)
class DecoderStep:
    """Everything decoder step i computed, for one source sentence (T = len(src) + 1 with the end token).

    Without attention `s_i`, `w_i` and `c_i` are None and `u_i` is hd_i.
    """

    i: int  # the step, from 0: it writes output character i
    y_prev: int  # the token fed in: <sos> at step 0, then the previous output
    x_i: Tensor  # (E [+ He],) the cell's input: concat(E y_prev, c_{i-1}) (Bahdanau-style: c_i)
    hd_i: Tensor  # (H,) decoder state after this step
    cd_i: Tensor | None  # (H,) LSTM cell state (None for a GRU)
    s_i: Tensor | None  # (T,) scores s_ij over the source positions (from hd_i; Bahdanau-style hd_{i-1})
    w_i: Tensor | None  # (T,) weights w_ij = softmax_j(s_ij) (one-hot when pinned)
    c_i: Tensor | None  # (He,) context sum_j w_ij h_j
    u_i: Tensor  # (He + H,) the read-out's input: concat(c_i, hd_i) (Bahdanau-style: concat(hd_i, c_i))
    logits: Tensor  # (V,) W_o u_i + b_o
    p: Tensor  # (V,) softmax(logits)
    y_i: int  # the chosen token: argmax p over the characters and <eos>
    token: str  # its character, or "<eos>"
    pinned: bool = False  # True when w_i was pinned instead of computed


@dataclass(frozen=True)
class Seq2SeqTrace:
    """A whole greedy decoding of one source: encoder states and every decoder step."""

    src: str
    src_tokens: list[str]  # the source characters and "<eos>": the T positions attention looks at
    h: Tensor  # (T, He) encoder states h_j
    hd0: Tensor  # (H,) the decoder's initial state: the bottleneck vector
    steps: list[DecoderStep]
    tgt_tokens: list[str]  # the output vocabulary, indexed like p and logits

    @property
    def output(self) -> str:
        return "".join(step.token for step in self.steps if step.y_i != EOS)

    @property
    def weights(self) -> Tensor | None:
        """(steps, T): every row of weights, end-token row and column included; None without attention."""
        if not self.steps or self.steps[0].w_i is None:
            return None
        return torch.stack([step.w_i for step in self.steps])

    @property
    def attention(self) -> np.ndarray | None:
        """(len(output), len(src)): as `Seq2Seq.translate` returns it."""
        w = self.weights
        if w is None:
            return None
        return w[: len(self.output), : len(self.src)].numpy()


class _Step(NamedTuple):
    state: Any  # hd (B, H), or (hd, cd) for an LSTM
    hd: Tensor  # (B, H)
    x: Tensor  # (B, E [+ He])
    s: Tensor | None  # (B, T)
    w: Tensor | None  # (B, T)
    c: Tensor | None  # (B, He)
    u: Tensor  # (B, He + H)
    logits: Tensor  # (B, V)


class Seq2Seq(nn.Module):
    """A character encoder-decoder; `score=None` leaves attention out, `wiring` says where it enters.

    Built from plain keywords (its `config`), so a checkpoint rebuilds it with `from_checkpoint`.
    """

    def __init__(
        self,
        *,
        task: str,
        src_alphabet: str,
        tgt_alphabet: str,
        max_src_len: int,
        max_out_len: int,
        cell: str = "gru",
        score: str | None = "additive",
        hidden_size: int = 64,
        embed_size: int = 32,
        bidirectional: bool = False,
        wiring: str = "luong",
    ):
        super().__init__()
        if wiring not in WIRINGS:
            raise ValueError(f"wiring must be one of {WIRINGS}, not {wiring!r}")
        if cell not in CELLS:
            raise ValueError(f"cell must be one of {CELLS}, not {cell!r}")
        if score is not None and score not in SCORES:
            raise ValueError(f"score must be one of {SCORES} or None, not {score!r}")
        self.config = {
            "task": task,
            "src_alphabet": src_alphabet,
            "tgt_alphabet": tgt_alphabet,
            "max_src_len": int(max_src_len),
            "max_out_len": int(max_out_len),
            "cell": cell,
            "score": score,
            "hidden_size": int(hidden_size),
            "embed_size": int(embed_size),
            "bidirectional": bool(bidirectional),
            "wiring": wiring,
        }
        self.meta: dict[str, Any] = {}
        self.src_vocab, self.tgt_vocab = Vocab(src_alphabet), Vocab(tgt_alphabet)
        H, E = hidden_size, embed_size
        He = 2 * H if bidirectional else H
        self.encoder_size = He
        rnn = {"gru": nn.GRU, "lstm": nn.LSTM, "rnn": nn.RNN}[cell]
        self.src_embed = nn.Embedding(len(self.src_vocab), E, padding_idx=PAD)
        self.encoder = rnn(E, H, batch_first=True, bidirectional=bidirectional)
        self.bridge = nn.Linear(He, H) if bidirectional else None  # hd_0 = tanh(W [h_fwd; h_bwd] + b)
        self.bridge_c = nn.Linear(He, H) if bidirectional and cell == "lstm" else None
        self.tgt_embed = nn.Embedding(len(self.tgt_vocab), E)
        self.attention = Attention(score, H, He) if score else None
        cell_class = {"gru": nn.GRUCell, "lstm": nn.LSTMCell, "rnn": nn.RNNCell}[cell]
        self.decoder = cell_class(E + (He if score else 0), H)
        self.out = nn.Linear((He if score else 0) + H, len(self.tgt_vocab))  # logits = W_o u_i + b_o

    # --- what a page needs to know -------------------------------------------------------------------

    @property
    def alphabet(self) -> str:
        """The characters a source may contain."""
        return self.src_vocab.alphabet

    @property
    def vocab(self) -> Vocab:
        return self.src_vocab

    @property
    def max_len(self) -> int:
        """The longest source the model takes."""
        return self.config["max_src_len"]

    @property
    def has_attention(self) -> bool:
        return self.attention is not None

    @property
    def wiring(self) -> str:
        """ "luong" or "bahdanau": which decoder state scores and where the context enters."""
        return self.config["wiring"]

    def describe_alphabet(self) -> str:
        """The characters a source may contain, in words (English; the page translates by code)."""
        return ALPHABET_WORDS.get(self.config["task"], repr(self.alphabet))

    def check(self, src: str) -> TextCheck:
        """What is wrong with `src` for this model, without raising, whatever the text.

        Blocking issues (the house codes of engine.taggers.TextIssue): `empty`, `too_long` (limit =
        max_len), `bad_chars` (chars and positions outside the alphabet). For the dates task, warnings
        the model still answers through: `not_a_date` (none of the four formats, a day that does not
        exist or a year outside 1900-2099) and `wrong_weekday` (the weekday does not fit the date).
        """
        text = src if isinstance(src, str) else ""
        issues: list[TextIssue] = []
        if not text:
            issues.append(TextIssue("empty", "The text is empty: type at least one character.", True))
        if len(text) > self.max_len:
            message = f"The text has {len(text)} characters; this model reads at most {self.max_len}."
            positions = tuple(range(self.max_len, len(text)))
            issues.append(TextIssue("too_long", message, True, positions=positions, limit=self.max_len))
        bad = [k for k, ch in enumerate(text) if ch not in self.src_vocab.stoi]
        if bad:
            chars = "".join(dict.fromkeys(text[k] for k in bad))
            message = f"This model only reads {self.describe_alphabet()}; it cannot read {chars!r}."
            issues.append(TextIssue("bad_chars", message, True, positions=tuple(bad), chars=chars))
        if not issues and self.config["task"] == "dates":
            date, weekday = parse_date(text)
            if date is None:
                message = (
                    "This is not a date in one of the four formats the model learned; it answers anyway."
                )
                issues.append(TextIssue("not_a_date", message, False))
            elif weekday is not None and weekday != WEEKDAYS[date.weekday()]:
                message = (
                    f"That day was a {WEEKDAYS[date.weekday()]}, not a {weekday}; the model answers anyway."
                )
                issues.append(TextIssue("wrong_weekday", message, False, chars=weekday))
        readable = "".join(ch for ch in text if ch in self.src_vocab.stoi)[: self.max_len]
        return TextCheck(text=text, issues=tuple(issues), readable=readable)

    def _check(self, srcs: Sequence[str]) -> None:
        for src in srcs:
            verdict = self.check(src)
            if not verdict.ok:
                raise ValueError(" ".join(issue.message for issue in verdict.errors))

    # --- the network -----------------------------------------------------------------------------------

    def encode(self, src_ids: Tensor, src_lens: Tensor) -> tuple[Tensor, Any, Tensor]:
        """Encoder states h (B, T, He), the decoder's initial state, and the mask (B, T) of real positions."""
        T = src_ids.shape[1]
        packed = nn.utils.rnn.pack_padded_sequence(
            self.src_embed(src_ids), src_lens.cpu(), batch_first=True, enforce_sorted=False
        )
        out, last = self.encoder(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(out, batch_first=True, total_length=T)  # (B, T, He)
        mask = torch.arange(T, device=src_ids.device)[None, :] < src_lens.to(src_ids.device)[:, None]
        if self.config["cell"] == "lstm":
            h_n, c_n = last  # (directions, B, H) each
        else:
            h_n, c_n = last, None
        if self.bridge is None:
            state = h_n[0] if c_n is None else (h_n[0], c_n[0])
        else:
            hd0 = torch.tanh(self.bridge(torch.cat([h_n[0], h_n[1]], dim=-1)))
            state = hd0 if c_n is None else (hd0, self.bridge_c(torch.cat([c_n[0], c_n[1]], dim=-1)))
        return h, state, mask

    def step(
        self,
        y_prev: Tensor,
        state: Any,
        c_prev: Tensor | None,
        h: Tensor,
        mask: Tensor,
        keys: Tensor | None = None,
        pin: Tensor | None = None,
    ) -> _Step:
        """One decoder step for a batch: y_prev (B,), c_prev (B, He); `pin` (B, T) replaces the weights.

        Luong-style: the cell reads concat(E y_prev, c_prev), then its new state scores. Bahdanau-style:
        the state it is given (hd_{i-1}) scores first, and the cell reads concat(E y_prev, c_i);
        `c_prev` is not needed (it is taken so that both wirings decode through the same call).
        """
        x = self.tgt_embed(y_prev)  # (B, E)
        if self.attention is None:
            state = self.decoder(x, state)
            hd = state[0] if isinstance(state, tuple) else state  # (B, H)
            return _Step(state, hd, x, None, None, None, hd, self.out(hd))
        if self.config["wiring"] == "bahdanau":
            hd_prev = state[0] if isinstance(state, tuple) else state
            c, w, s = self._attend(hd_prev, h, mask, keys, pin)
            x = torch.cat([x, c], dim=-1)  # (B, E + He)
            state = self.decoder(x, state)
            hd = state[0] if isinstance(state, tuple) else state
            u = torch.cat([hd, c], dim=-1)  # (B, H + He)
        else:
            x = torch.cat([x, c_prev], dim=-1)  # (B, E + He)
            state = self.decoder(x, state)
            hd = state[0] if isinstance(state, tuple) else state  # (B, H)
            c, w, s = self._attend(hd, h, mask, keys, pin)
            u = torch.cat([c, hd], dim=-1)  # (B, He + H)
        return _Step(state, hd, x, s, w, c, u, self.out(u))

    def _attend(
        self, query: Tensor, h: Tensor, mask: Tensor, keys: Tensor | None, pin: Tensor | None
    ) -> tuple[Tensor, Tensor, Tensor]:
        c, w, s = self.attention(query, h, mask, keys)
        if pin is not None:
            w = pin
            c = torch.einsum("bt,bth->bh", w, h)
        return c, w, s

    def _start(self, h: Tensor) -> Tensor | None:
        return h.new_zeros(h.shape[0], self.encoder_size) if self.attention is not None else None

    def forward(
        self,
        src_ids: Tensor,
        src_lens: Tensor,
        tgt_ids: Tensor,
        teacher_forcing: float = 1.0,
        generator: torch.Generator | None = None,
    ) -> Tensor:
        """Logits (B, L, V) for targets tgt_ids (B, L) that end in <eos>, as in training.

        At each step each sequence is fed the true previous token with probability `teacher_forcing`
        and its own greedy choice otherwise.
        """
        h, state, mask = self.encode(src_ids, src_lens)
        keys = self.attention.keys(h) if self.attention is not None else None
        c = self._start(h)
        B, L = tgt_ids.shape
        y_prev = torch.full((B,), SOS, dtype=torch.long, device=src_ids.device)
        logits = []
        for i in range(L):
            out = self.step(y_prev, state, c, h, mask, keys)
            state, c = out.state, out.c
            logits.append(out.logits)
            y_prev = tgt_ids[:, i]
            if teacher_forcing < 1.0:
                own = choose(out.logits)
                forced = torch.rand(B, generator=generator, device=src_ids.device) < teacher_forcing
                y_prev = torch.where(forced, y_prev, own)
        return torch.stack(logits, dim=1)

    def _encode_srcs(self, srcs: Sequence[str]) -> tuple[Tensor, Tensor]:
        device = self.out.weight.device
        ids, lens = pad_batch([self.src_vocab.encode(s) for s in srcs])
        return ids.to(device), lens

    @torch.no_grad()
    def greedy(
        self, srcs: Sequence[str], pin: dict[int, int] | None = None, end_token: bool = False
    ) -> tuple[list[str], list[np.ndarray | None]]:
        """Greedy decoding of a batch: outputs and attention arrays as `translate` gives them.

        With `end_token=True` the arrays keep the end token's row (when it was written) and column:
        (steps, len(src) + 1).
        """
        self._check(srcs)
        src_ids, src_lens = self._encode_srcs(srcs)
        h, state, mask = self.encode(src_ids, src_lens)
        keys = self.attention.keys(h) if self.attention is not None else None
        pins = self._pins(pin, src_lens, h) if pin else {}
        c = self._start(h)
        B = len(srcs)
        y = torch.full((B,), SOS, dtype=torch.long, device=h.device)
        done = torch.zeros(B, dtype=torch.bool, device=h.device)
        tokens, weights = [], []
        for i in range(self.config["max_out_len"] + 1):
            out = self.step(y, state, c, h, mask, keys, pins.get(i))
            state, c = out.state, out.c
            y = choose(out.logits)
            tokens.append(y)
            if out.w is not None:
                weights.append(out.w)
            done = done | (y == EOS)
            if bool(done.all()):
                break
        ids = torch.stack(tokens, dim=1).tolist()  # (B, steps)
        w_all = torch.stack(weights, dim=1).cpu() if weights else None  # (B, steps, T)
        outputs, attentions = [], []
        for b, src in enumerate(srcs):
            text = self.tgt_vocab.decode(ids[b])[: self.config["max_out_len"]]
            outputs.append(text)
            rows, cols = len(text), len(src)
            if end_token:  # the <eos> row when it was written within the cap, and the <eos> column
                rows, cols = rows + (ids[b][len(text) : len(text) + 1] == [EOS]), cols + 1
            attentions.append(None if w_all is None else w_all[b, :rows, :cols].numpy())
        return outputs, attentions

    def _pins(self, pin: dict[int, int], src_lens: Tensor, h: Tensor) -> dict[int, Tensor]:
        if self.attention is None:
            raise ValueError("a model without attention has no attention to pin")
        pins = {}
        for i, j in pin.items():
            limit = int(src_lens.min())  # source characters and the end token: 0 .. len(src)
            if not (0 <= int(j) < limit and int(i) >= 0):
                raise ValueError(f"pin {i}: {j} is outside the source (positions 0 to {limit - 1})")
            pins[int(i)] = nn.functional.one_hot(torch.full((h.shape[0],), int(j)), h.shape[1]).to(h)
        return pins

    def translate(self, src: str, pin: dict[int, int] | None = None) -> tuple[str, np.ndarray | None]:
        """Greedy output for `src`, and its attention: a (len(output), len(src)) array, or None.

        Row i holds the weights over the source characters while writing output character i (the
        end token's row and column are left out, so a row sums to 1 minus the weight on the end
        token). `pin={i: j}` forces step i to look only at source position j (0 .. len(src), the last
        being the end token) and decodes greedily from there. Raises ValueError for a text whose
        `check` is not ok (the page checks first).
        """
        outputs, attentions = self.greedy([src], pin)
        return outputs[0], attentions[0]

    def translate_batch(self, srcs: Sequence[str]) -> list[tuple[str, np.ndarray | None]]:
        """`translate` for many sources at once (faster)."""
        if not srcs:
            return []
        outputs, attentions = self.greedy(srcs)
        return list(zip(outputs, attentions, strict=True))

    @torch.no_grad()
    def trace(self, src: str, pin: dict[int, int] | None = None) -> Seq2SeqTrace:
        """The full greedy decoding of one source, every step's pieces kept (same result as translate)."""
        self._check([src])
        src_ids, src_lens = self._encode_srcs([src])
        h, state, mask = self.encode(src_ids, src_lens)
        keys = self.attention.keys(h) if self.attention is not None else None
        pins = self._pins(pin, src_lens, h) if pin else {}
        hd0 = (state[0] if isinstance(state, tuple) else state)[0].clone()
        c = self._start(h)
        y = torch.full((1,), SOS, dtype=torch.long, device=h.device)
        steps: list[DecoderStep] = []
        for i in range(self.config["max_out_len"] + 1):
            out = self.step(y, state, c, h, mask, keys, pins.get(i))
            y_prev, y = int(y[0]), choose(out.logits)
            y_i = int(y[0])
            if i == self.config["max_out_len"] and y_i != EOS:
                break  # the cap: max_out_len characters written
            state, c = out.state, out.c
            steps.append(
                DecoderStep(
                    i=i,
                    y_prev=y_prev,
                    x_i=_first(out.x),
                    hd_i=_first(out.hd),
                    cd_i=_first(out.state[1]) if isinstance(out.state, tuple) else None,
                    s_i=_first(out.s),
                    w_i=_first(out.w),
                    c_i=_first(out.c),
                    u_i=_first(out.u),
                    logits=_first(out.logits),
                    p=torch.softmax(out.logits[0], -1).cpu(),
                    y_i=y_i,
                    token=self.tgt_vocab.token(y_i),
                    pinned=i in pins,
                )
            )
            if y_i == EOS:
                break
        return Seq2SeqTrace(
            src=src,
            src_tokens=[*src, "<eos>"],
            h=h[0].cpu(),
            hd0=hd0.cpu(),
            steps=steps,
            tgt_tokens=list(self.tgt_vocab.itos),
        )

    def decode_steps(self, src: str, pin: dict[int, int] | None = None) -> list[DecoderStep]:
        """The decoder steps of `trace(src, pin)`: one per output character, then the <eos> step."""
        return self.trace(src, pin).steps

    def beam_search(self, src: str, beam_size: int):
        """The `beam_size` best outputs a beam of that width finds, best first (engine.decoding)."""
        from engine.decoding import beam_search  # engine.decoding builds on this module

        return beam_search(self, src, beam_size)

    # --- checkpoints ------------------------------------------------------------------------------------

    @classmethod
    def from_checkpoint(cls, checkpoint: dict[str, Any]) -> Seq2Seq:
        model = cls(**checkpoint["config"])
        model.load_state_dict(checkpoint["state_dict"])
        model.meta = dict(checkpoint.get("meta", {}))
        return model


def _first(t: Tensor | None) -> Tensor | None:
    """Row 0 of a batch of one, on the CPU."""
    return None if t is None else t[0].cpu()


def make_seq2seq(
    task: ReverseTask | DatesTask,
    *,
    score: str | None = "additive",
    cell: str = "gru",
    hidden_size: int = 64,
    embed_size: int = 32,
    bidirectional: bool = False,
    wiring: str = "luong",
    seed: int = 0,
) -> Seq2Seq:
    """A fresh model for `task`, its weights drawn from `seed` (the global torch RNG is left alone)."""
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        return Seq2Seq(
            task=task.name,
            src_alphabet=task.src_alphabet,
            tgt_alphabet=task.tgt_alphabet,
            max_src_len=task.max_src_len,
            max_out_len=task.max_tgt_len + 5,
            cell=cell,
            score=score,
            hidden_size=hidden_size,
            embed_size=embed_size,
            bidirectional=bidirectional,
            wiring=wiring,
        )


# --- measures ----------------------------------------------------------------------------------------


def exact_match(model: Seq2Seq, examples: Sequence[Example], batch_size: int = 500) -> float:
    """The share of examples whose greedy output equals the target exactly."""
    right = 0
    for k in range(0, len(examples), batch_size):
        chunk = examples[k : k + batch_size]
        outputs, _ = model.greedy([e.src for e in chunk])
        right += sum(o == e.tgt for o, e in zip(outputs, chunk, strict=True))
    return right / max(1, len(examples))


def accuracy_by_length(
    model: Seq2Seq, lengths: Sequence[int] = range(1, 21), n_per_length: int = 100, seed: int = 0
) -> dict[int, float]:
    """Exact-match accuracy of a reversal model for each source length, on fresh held-out strings.

    The strings come from the held-out part of the reversal task (never used in training), drawn from
    `seed`. This is the lesson's version of Bahdanau et al.'s Fig. 2 (quality against sentence length).
    """
    if model.config["task"] != "reverse":
        raise ValueError(f"accuracy_by_length needs a reversal model, not a {model.config['task']!r} one")
    task = ReverseTask(1, max(lengths))
    return {
        int(L): exact_match(model, task.sample_length(n_per_length, int(L), seed=seed, split="test"))
        for L in lengths
    }


def antidiagonal_alignment(model: Seq2Seq, srcs: Sequence[str], offset: int = 0) -> dict[str, float]:
    """How well a reversal model's attention follows the anti-diagonal: output i looks at src[T-1-i].

    Over every output character whose position exists in the source: `argmax`, the share whose
    strongest weight is on position T-1-i+offset; `weight`, the mean weight there. `offset=1` measures
    the diagonal one to the right (position T, the end token, for i = 0): where a forward encoder's
    state has just read the mirrored character and still remembers it.
    """
    on_argmax, weight, rows = 0, 0.0, 0
    _, attentions = model.greedy(srcs, end_token=True)
    for src, attention in zip(srcs, attentions, strict=True):
        if attention is None:
            raise ValueError("a model without attention has no alignment")
        for i in range(min(len(attention), len(src))):
            j = len(src) - 1 - i + offset
            on_argmax += int(attention[i].argmax() == j)
            weight += float(attention[i, j]) if 0 <= j <= len(src) else 0.0
            rows += 1
    return {"argmax": on_argmax / max(1, rows), "weight": weight / max(1, rows)}


DATE_OUTPUT_FIELDS = {"year": range(0, 4), "month": range(5, 7), "day": range(8, 10)}


def field_alignment(model: Seq2Seq, examples: Sequence[Example], slack: int = 1) -> dict[str, float]:
    """For dates: the share of each ISO field's digits whose strongest weight falls on that field in the
    source (its span from the generator, widened by `slack` characters each side)."""
    hits = {name: 0 for name in DATE_OUTPUT_FIELDS}
    counts = {name: 0 for name in DATE_OUTPUT_FIELDS}
    for e, (_, attention) in zip(examples, model.translate_batch([e.src for e in examples]), strict=True):
        for name, positions in DATE_OUTPUT_FIELDS.items():
            start, end = e.spans[name]
            for i in positions:
                if i < len(attention):
                    counts[name] += 1
                    hits[name] += int(start - slack <= int(attention[i].argmax()) < end + slack)
    return {name: hits[name] / max(1, counts[name]) for name in hits}


# --- training ----------------------------------------------------------------------------------------


def _batch(model: Seq2Seq, examples: Sequence[Example]) -> tuple[Tensor, Tensor, Tensor]:
    src_ids, src_lens = pad_batch([model.src_vocab.encode(e.src) for e in examples])
    tgt_ids, _ = pad_batch([model.tgt_vocab.encode(e.tgt) for e in examples])
    return src_ids, src_lens, tgt_ids


def train_seq2seq(
    model: Seq2Seq,
    task: ReverseTask | DatesTask | str,
    *,
    max_steps: int,
    max_seconds: float,
    batch_size: int = 64,
    lr: float = 3e-3,
    teacher_forcing: float = 1.0,
    seed: int = 0,
    lr_schedule: Literal["constant", "cosine"] = "constant",
    clip: float = 1.0,
    report_every: int = 25,
    eval_every: int = 250,
    eval_size: int = 200,
) -> Iterator[Progress]:
    """Train `model` in place on fresh batches of `task`'s training part; yield a Progress report every
    `report_every` steps and a last one (done=True) when `max_steps` or `max_seconds` is reached.

    Adam with gradient clipping; `lr_schedule="cosine"` decays the rate to a tenth by `max_steps`.
    `teacher_forcing` is the probability of feeding the true previous character. Metrics:
    `token_accuracy` of the latest batch (under teacher forcing as trained), `lr`, and every
    `eval_every` steps and at the end `exact`, greedy exact match on `eval_size` held-out examples.
    Stop early by not asking for the next report: the model keeps what it has learned.
    """
    if isinstance(task, str):
        task = make_task(task)
    budget = Budget(max_steps, max_seconds)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.Adam(params, lr=lr)
    generator = torch.Generator().manual_seed(seed)
    device = model.out.weight.device
    held_out = task.sample(eval_size, seed=seed + 1, split="test")
    loss_fn = nn.CrossEntropyLoss(ignore_index=PAD)
    metrics: dict[str, float] = {}
    step, loss_value = 0, math.nan
    model.train()
    done = budget.spent(step)
    if done:
        yield Progress(step, budget.max_steps, loss_value, budget.elapsed, dict(metrics), True)
    # The loop ends on the same reading of the clock that marked the last report done, so a budget that
    # runs out between two reports still ends with a done=True one.
    while not done:
        if lr_schedule == "cosine":
            rate = lr * (0.1 + 0.45 * (1 + math.cos(math.pi * min(1.0, step / max(1, max_steps)))))
            for group in optimizer.param_groups:
                group["lr"] = rate
        examples = task.sample(batch_size, seed=_step_seed(seed, step), split="train")
        src_ids, src_lens, tgt_ids = (t.to(device) for t in _batch(model, examples))
        logits = model(src_ids, src_lens, tgt_ids, teacher_forcing, generator)  # (B, L, V)
        loss = loss_fn(logits.reshape(-1, logits.shape[-1]), tgt_ids.reshape(-1))
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        nn.utils.clip_grad_norm_(params, clip)
        optimizer.step()
        step += 1
        loss_value = float(loss.detach())
        done = budget.spent(step)
        if step % report_every == 0 or done:
            real = tgt_ids != PAD
            metrics["token_accuracy"] = float((logits.argmax(-1) == tgt_ids)[real].float().mean())
            metrics["lr"] = optimizer.param_groups[0]["lr"]
            if step % eval_every == 0 or done:
                model.eval()
                metrics["exact"] = exact_match(model, held_out)
                model.train()
            yield Progress(step, budget.max_steps, loss_value, budget.elapsed, dict(metrics), done)
    model.eval()


def _step_seed(seed: int, step: int) -> int:
    return random.Random(f"{seed}:{step}").getrandbits(31)

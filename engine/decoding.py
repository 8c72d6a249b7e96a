"""How a sequence is scored and how a seq2seq model's output is chosen: the loss by hand, teacher forcing
against free running, greedy and beam search, and sampling with a temperature.

The loss of a sequence is the sum of the per-step losses (lecture 000): at step t the loss is
-log p_t[y_t], the minus log of the probability the prediction gave the right class. `sequence_loss`
does it by hand for any table of probabilities.

Everything that decodes a `Seq2Seq` uses only its per-step interface: `encode(src_ids, src_lens)` once,
then `step(y_prev, state, c_prev, h, mask)` for every output character, threading the returned `state`
and `c` (the initial `c` comes from `_start(h)`, as the model's own greedy decoding does). So every
wiring of the decoder is decoded the same way.

    model = load_pretrained("seq2seq-reverse-tf100")
    result = beam_search(model, "abcdef", beam_size=5)   # or model.beam_search("abcdef", 5)
    result.hypotheses[0]                                  # Hypothesis(text='fedcba', log_prob=-0.01, ...)
    result.steps[0]                                       # the BeamNodes kept and pruned at step 0
    score(model, "abc", "cba").log_prob                   # log P(c, b, a, <eos> | abc) by teacher forcing

Log-probabilities are natural logs of the softmax over the whole output vocabulary (what training's
cross-entropy uses). A hypothesis always ends in <eos>: after `max_out_len` characters only <eos> may
follow, so its log-probability is exactly the teacher-forced score of its text followed by <eos>.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import torch
from torch import Tensor

from engine.seq2seq import EOS, PAD, SOS, Seq2Seq, pad_batch

LN2 = math.log(2.0)
SUM_TOLERANCE = 1e-6  # how far from 1 a row of probabilities may sum


# --------------------------------------------------------------------------- the loss, by hand


@dataclass(frozen=True)
class SequenceLoss:
    """The loss of one sequence of T predictions over C classes, step by step, in nats.

    `correct[t]` holds when the label's probability is strictly the largest of its row; a row where the
    label ties for the largest (0.5 against 0.5) is a tie, counted as not correct (`ties[t]`).
    """

    probs: np.ndarray  # (T, C) float64, every row sums to 1
    labels: np.ndarray  # (T,) int, the right class at each step
    p_right: np.ndarray  # (T,) probs[t, labels[t]]
    loss: np.ndarray  # (T,) -ln p_right (inf where p_right is 0)
    predicted: np.ndarray  # (T,) argmax of each row (the first one on a tie)
    correct: np.ndarray  # (T,) bool
    ties: np.ndarray  # (T,) bool: the label shares the largest probability with another class

    @property
    def total(self) -> float:
        """The sequence's cost: the sum of the per-step losses (nats)."""
        return float(self.loss.sum())

    @property
    def mean(self) -> float:
        return self.total / len(self.loss)

    @property
    def loss_bits(self) -> np.ndarray:
        return self.loss / LN2

    @property
    def total_bits(self) -> float:
        return self.total / LN2

    @property
    def accuracy(self) -> float:
        return float(self.correct.mean())


def sequence_loss(probs: Sequence[Sequence[float]] | np.ndarray, labels: Sequence[int]) -> SequenceLoss:
    """The per-step cross-entropy -ln p_t[y_t] of a table of predictions (T, C) against labels (T,).

    Raises ValueError unless every row is a probability distribution (non-negative, summing to 1 within
    1e-6) and every label is a class index.
    """
    p = np.asarray(probs, dtype=np.float64)
    y = np.asarray(labels, dtype=np.int64)
    if p.ndim != 2 or y.shape != (p.shape[0],) or p.shape[0] == 0:
        raise ValueError(f"need probs (T, C) and labels (T,), not {p.shape} and {y.shape}")
    if not np.all(np.isfinite(p)) or np.any(p < 0):
        raise ValueError("probabilities must be finite and non-negative")
    if np.any(np.abs(p.sum(1) - 1.0) > SUM_TOLERANCE):
        raise ValueError("every row of probabilities must sum to 1")
    if np.any(y < 0) or np.any(y >= p.shape[1]):
        raise ValueError(f"labels must be class indices 0 to {p.shape[1] - 1}")
    p_right = p[np.arange(len(y)), y]
    with np.errstate(divide="ignore"):
        loss = -np.log(p_right)
    top = p.max(1)
    winners = (p == top[:, None]).sum(1)
    labelled_top = p_right == top
    return SequenceLoss(
        probs=p,
        labels=y,
        p_right=p_right,
        loss=loss,
        predicted=p.argmax(1),
        correct=labelled_top & (winners == 1),
        ties=labelled_top & (winners > 1),
    )


# --------------------------------------------------------------------------- the per-step interface


def _take(x: Any, index: Tensor) -> Any:
    """Rows `index` of a tensor, of each tensor of a tuple (an LSTM's state), or None."""
    if x is None:
        return None
    if isinstance(x, tuple):
        return tuple(_take(part, index) for part in x)
    return x.index_select(0, index.to(x.device))


@dataclass
class _Decoder:
    """One source encoded once; `step` runs the decoder for any batch of rows that all read it."""

    model: Seq2Seq
    h: Tensor  # (1, T, He)
    mask: Tensor  # (1, T)

    copies: dict[int, tuple[Tensor, Tensor]] = dataclasses.field(default_factory=dict)

    def rows(self, k: int) -> tuple[Tensor, Tensor]:
        """h and mask repeated for k rows (made once per k: a beam keeps its width for most steps)."""
        if k not in self.copies:
            index = torch.zeros(k, dtype=torch.long, device=self.h.device)
            self.copies[k] = (self.h.index_select(0, index), self.mask.index_select(0, index))
        return self.copies[k]

    def step(self, y_prev: Tensor, state: Any, c: Tensor | None) -> tuple[Tensor, Any, Tensor | None]:
        """Log-probabilities (k, V) in float64, and the state and context to carry on."""
        h, mask = self.rows(len(y_prev))
        out = self.model.step(y_prev.to(h.device), state, c, h, mask)
        return out.logits.double().log_softmax(-1), out.state, out.c


def _begin(model: Seq2Seq, src: str) -> tuple[_Decoder, Any, Tensor | None]:
    model._check([src])
    device = model.out.weight.device
    ids, lens = pad_batch([model.src_vocab.encode(src)])
    h, state, mask = model.encode(ids.to(device), lens)
    return _Decoder(model, h, mask), state, model._start(h)


def _chars(model: Seq2Seq, tokens: Sequence[int]) -> list[str]:
    return [model.tgt_vocab.token(int(i)) for i in tokens]


# --------------------------------------------------------------------------- teacher forcing


@dataclass(frozen=True)
class Forced:
    """A target scored with teacher forcing: at step i the decoder is fed the true y_{i-1}.

    Steps run over the target's characters and then <eos>; `log_p[i]` is ln P(target token i | source,
    true tokens before it), `predicted[i]` the model's argmax there (never <pad> or <sos>).
    """

    src: str
    tgt: str
    tokens: list[int]  # target ids, <eos> last
    fed: list[int]  # what step i was fed: <sos>, then the true previous token
    log_p: np.ndarray  # (steps,)
    predicted: list[int]  # (steps,)
    p_predicted: np.ndarray  # (steps,)

    @property
    def log_prob(self) -> float:
        return float(self.log_p.sum())

    @property
    def loss(self) -> np.ndarray:
        """-ln p of the right token at every step: the per-step cross-entropy training minimises."""
        return -self.log_p


def _target(model: Seq2Seq, tgt: str) -> list[int]:
    """The target's token ids, <eos> last; ValueError for characters the model cannot write or a target
    longer than it writes."""
    bad = [ch for ch in tgt if ch not in model.tgt_vocab.stoi]
    if bad:
        raise ValueError(f"the target has characters outside the output alphabet: {''.join(bad)!r}")
    if len(tgt) > model.config["max_out_len"]:
        raise ValueError(f"the target is longer than the model writes ({model.config['max_out_len']})")
    return model.tgt_vocab.encode(tgt)


@torch.no_grad()
def score(model: Seq2Seq, src: str, tgt: str) -> Forced:
    """Score `tgt` (characters of the model's output alphabet) as the answer to `src`, by teacher forcing."""
    tokens = _target(model, tgt)
    decoder, state, c = _begin(model, src)
    fed = [SOS, *tokens[:-1]]
    log_p, predicted, p_predicted = [], [], []
    for y_prev, y in zip(fed, tokens, strict=True):
        logp, state, c = decoder.step(torch.tensor([y_prev]), state, c)
        allowed = _allowed(logp)[0]
        guess = int(allowed.argmax())
        log_p.append(float(logp[0, y]))
        predicted.append(guess)
        p_predicted.append(math.exp(float(logp[0, guess])))
    return Forced(src, tgt, tokens, fed, np.array(log_p), predicted, np.array(p_predicted))


@dataclass(frozen=True)
class ForcingStep:
    """Step i decoded two ways: fed the truth (teacher forcing) and fed its own guesses (free running)."""

    i: int
    right: str  # the right token here ("" once the target has ended)
    forced_fed: str  # what teacher forcing feeds: <sos> or the true previous token ("" past the target)
    forced_guess: str  # the model's argmax when fed the truth
    forced_p_right: float  # P(right token) when fed the truth (nan past the target)
    free_fed: str  # what free running feeds: <sos> or its own previous guess ("" once it has ended)
    free_guess: str  # its argmax when fed its own guesses
    free_p_right: float  # P(right token) when fed its own guesses (nan when undefined)
    free_log_p: float  # ln P(its own guess) when fed its own guesses (nan once it has ended)
    free_token: int = -1  # the id of its own guess (-1 once it has ended)

    @property
    def diverged(self) -> bool:
        """The two inputs differ: from here the model eats its own mistake."""
        return bool(self.forced_fed) and bool(self.free_fed) and self.forced_fed != self.free_fed


@torch.no_grad()
def forcing_steps(model: Seq2Seq, src: str, tgt: str) -> list[ForcingStep]:
    """Both decodings of `src` side by side, step by step, up to the longer of the target (with <eos>)
    and the free-running output (with its <eos>, or cut at max_out_len). The two run as one batch of
    two rows, which never see each other: the teacher-forced half is `score`, the free half greedy."""
    tokens = _target(model, tgt)
    fed = [SOS, *tokens[:-1]]
    decoder, state, c = _begin(model, src)
    both = torch.zeros(2, dtype=torch.long)  # row 0 is fed the truth, row 1 its own guesses
    state, c = _take(state, both), _take(c, both)
    forced_log_p, forced_guess = [], []
    y_free, free_fed, free_guess, free_p, free_log_p = SOS, [], [], [], []
    cap = model.config["max_out_len"]
    for i in range(cap + 1):
        forcing, free = i < len(tokens), not free_guess or free_guess[-1] != EOS
        if not (forcing or free):
            break
        y = torch.tensor([fed[i] if forcing else EOS, y_free])  # a row past its end is fed anything
        logp, state, c = decoder.step(y, state, c)
        allowed = _allowed(logp)
        if forcing:
            forced_log_p.append(float(logp[0, tokens[i]]))
            forced_guess.append(int(allowed[0].argmax()))
        if free:
            guess = EOS if i == cap else int(allowed[1].argmax())
            free_fed.append(y_free)
            free_guess.append(guess)
            free_p.append(math.exp(float(logp[1, tokens[i]])) if forcing else math.nan)
            free_log_p.append(float(logp[1, guess]))
            y_free = guess
    steps = []
    token = model.tgt_vocab.token
    for i in range(max(len(tokens), len(free_guess))):
        inside, ran = i < len(tokens), i < len(free_guess)
        steps.append(
            ForcingStep(
                i=i,
                right=token(tokens[i]) if inside else "",
                forced_fed=token(fed[i]) if inside else "",
                forced_guess=token(forced_guess[i]) if inside else "",
                forced_p_right=math.exp(forced_log_p[i]) if inside else math.nan,
                free_fed=token(free_fed[i]) if ran else "",
                free_guess=token(free_guess[i]) if ran else "",
                free_p_right=free_p[i] if ran else math.nan,
                free_log_p=free_log_p[i] if ran else math.nan,
                free_token=free_guess[i] if ran else -1,
            )
        )
    return steps


def greedy_of(steps: Sequence[ForcingStep]) -> Hypothesis:
    """The free-running half of `forcing_steps` is greedy decoding: its output and log-probability."""
    ran = [s for s in steps if s.free_guess]
    tokens = tuple(s.free_token for s in ran)
    text = "".join(s.free_guess for s in ran if s.free_guess != "<eos>")
    return Hypothesis(text, math.fsum(s.free_log_p for s in ran), tokens)


def _allowed(logp: Tensor) -> Tensor:
    """The log-probabilities a decoder may choose from: never <pad> or <sos>, which no target holds."""
    allowed = logp.clone()
    allowed[..., PAD] = -math.inf
    allowed[..., SOS] = -math.inf
    return allowed


# --------------------------------------------------------------------------- beam search


@dataclass(frozen=True)
class Hypothesis:
    """A finished output: its characters, and ln P(characters, <eos> | source)."""

    text: str
    log_prob: float
    tokens: tuple[int, ...]  # output ids, <eos> last

    @property
    def prob(self) -> float:
        return math.exp(self.log_prob)


@dataclass(frozen=True)
class BeamNode:
    """A candidate at one step of the beam: one token added to a live hypothesis of the step before."""

    step: int
    parent: int  # index of the hypothesis it extends in the step before's node list (-1 at step 0)
    token: int
    char: str  # the token as text ("<eos>" for the end)
    token_log_prob: float  # ln P(token | source, the parent's tokens)
    log_prob: float  # the parent's log-probability plus token_log_prob
    status: Literal["live", "ended", "pruned"]  # kept and going on, kept and finished, or left out
    rank: int  # its place among every candidate of this step, best first


@dataclass(frozen=True)
class BeamResult:
    src: str
    beam_size: int
    hypotheses: list[Hypothesis]  # at most beam_size, best first
    steps: list[list[BeamNode]]  # per step: the kept nodes (by rank), then the best pruned ones
    candidates: list[int]  # how many candidates each step weighed

    @property
    def best(self) -> Hypothesis:
        return self.hypotheses[0]


@torch.no_grad()
def beam_search(model: Seq2Seq, src: str, beam_size: int, pruned_shown: int | None = None) -> BeamResult:
    """The `beam_size` most probable outputs that a beam of that width finds, best first.

    At every step each live hypothesis is extended by every token (characters and <eos>); of all the
    candidates the `beam_size` most probable are kept (ties to the earlier hypothesis and the lower
    token id, as argmax breaks them) and the rest pruned. A kept candidate ending in <eos> is finished;
    the search goes on while any kept one is live, up to `max_out_len` characters (then only <eos> may
    follow). A beam of one is greedy decoding. The tree keeps, per step, the kept nodes and the best
    `pruned_shown` (default beam_size) of the pruned ones.
    """
    if int(beam_size) < 1:
        raise ValueError(f"beam_size must be at least 1, not {beam_size}")
    beam_size = int(beam_size)
    pruned_shown = beam_size if pruned_shown is None else int(pruned_shown)
    decoder, state, c = _begin(model, src)
    cap = model.config["max_out_len"]
    live_tokens: list[tuple[int, ...]] = [()]
    live_logp = torch.zeros(1, dtype=torch.float64)
    live_nodes = [-1]  # each live hypothesis's index in the node list of the step before
    y_prev = torch.tensor([SOS])
    finished: list[Hypothesis] = []
    steps: list[list[BeamNode]] = []
    candidates: list[int] = []
    for i in range(cap + 1):
        logp, state, c = decoder.step(y_prev, state, c)
        logp = _allowed(logp).cpu()  # (k, V)
        if i == cap:  # max_out_len characters written: only the end may follow
            logp[:, :EOS] = -math.inf
            logp[:, EOS + 1 :] = -math.inf
        total = (live_logp[:, None] + logp).reshape(-1)  # (k * V,)
        order = torch.sort(total, descending=True, stable=True).indices
        finite = int(torch.isfinite(total).sum())
        candidates.append(finite)
        V = logp.shape[1]
        nodes, keep_rows, keep_tokens = [], [], []
        for rank, flat in enumerate(order[: min(finite, beam_size + pruned_shown)].tolist()):
            row, token = divmod(flat, V)
            kept = rank < beam_size
            status = ("ended" if token == EOS else "live") if kept else "pruned"
            nodes.append(
                BeamNode(
                    step=i,
                    parent=live_nodes[row],
                    token=token,
                    char=model.tgt_vocab.token(token),
                    token_log_prob=float(logp[row, token]),
                    log_prob=float(total[flat]),
                    status=status,
                    rank=rank,
                )
            )
            if status == "ended":
                tokens = (*live_tokens[row], EOS)
                finished.append(Hypothesis(model.tgt_vocab.decode(tokens), float(total[flat]), tokens))
            elif status == "live":
                keep_rows.append(row)
                keep_tokens.append(token)
        steps.append(nodes)
        if not keep_rows:
            break
        index = torch.tensor(keep_rows)
        live_nodes = [k for k, node in enumerate(nodes) if node.status == "live"]
        live_tokens = [(*live_tokens[r], t) for r, t in zip(keep_rows, keep_tokens, strict=True)]
        live_logp = total.reshape(-1, V)[index, torch.tensor(keep_tokens)]
        state, c = _take(state, index), _take(c, index)
        y_prev = torch.tensor(keep_tokens)
    finished.sort(key=lambda hyp: -hyp.log_prob)  # stable: equal ones stay in the order they ended
    return BeamResult(src, beam_size, finished[:beam_size], steps, candidates)


# --------------------------------------------------------------------------- sampling


@dataclass(frozen=True)
class Sample:
    """One output drawn from the model, its log-probability under the model (temperature 1), and the
    probability of drawing it at the temperature used."""

    text: str
    log_prob: float
    tempered_log_prob: float
    tokens: tuple[int, ...]


@torch.no_grad()
def sample(model: Seq2Seq, src: str, n: int, temperature: float = 1.0, seed: int = 0) -> list[Sample]:
    """`n` outputs drawn at `temperature`: each step draws from softmax(logits / temperature) over the
    characters and <eos> (never <pad> or <sos>), from a generator seeded with `seed` (the same seed,
    the same draws, on any device). Below 1 the draws gather on the likeliest tokens, above 1 they
    spread out; the log-probabilities are the model's own (temperature 1) and the tempered ones."""
    if not (temperature > 0 and math.isfinite(temperature)):
        raise ValueError(f"temperature must be a positive number, not {temperature}")
    if int(n) < 1:
        raise ValueError(f"n must be at least 1, not {n}")
    n = int(n)
    generator = torch.Generator().manual_seed(int(seed))
    decoder, state, c = _begin(model, src)
    index = torch.zeros(n, dtype=torch.long)
    state, c = _take(state, index), _take(c, index)
    cap = model.config["max_out_len"]
    y_prev = torch.full((n,), SOS)
    done = torch.zeros(n, dtype=torch.bool)
    log_prob = torch.zeros(n, dtype=torch.float64)
    tempered = torch.zeros(n, dtype=torch.float64)
    tokens: list[list[int]] = [[] for _ in range(n)]
    for i in range(cap + 1):
        logp, state, c = decoder.step(y_prev, state, c)
        logp = _allowed(logp).cpu()  # (n, V)
        scaled = (logp / temperature).log_softmax(-1)  # softmax(logits / T): the lse cancels
        if i == cap:
            y = torch.full((n,), EOS)
        else:
            y = torch.multinomial(scaled.exp(), 1, generator=generator)[:, 0]
        y = torch.where(done, torch.full_like(y, EOS), y)
        rows = torch.arange(n)
        live = ~done
        log_prob += torch.where(live, logp[rows, y], 0.0)
        if i < cap:
            tempered += torch.where(live, scaled[rows, y], 0.0)
        for b in torch.nonzero(live)[:, 0].tolist():
            tokens[b].append(int(y[b]))
        done = done | (y == EOS)
        if bool(done.all()):
            break
        y_prev = y
    return [
        Sample(model.tgt_vocab.decode(t), float(lp), float(tp), tuple(t))
        for t, lp, tp in zip(tokens, log_prob.tolist(), tempered.tolist(), strict=True)
    ]


# --------------------------------------------------------------------------- greedy against beam


@torch.no_grad()
def greedy_scores(model: Seq2Seq, srcs: Sequence[str]) -> list[Hypothesis]:
    """Greedy decoding of a batch, each output with its log-probability (as a beam of one gives it)."""
    model._check(srcs)
    device = model.out.weight.device
    ids, lens = pad_batch([model.src_vocab.encode(s) for s in srcs])
    h, state, mask = model.encode(ids.to(device), lens)
    c = model._start(h)
    B, cap = len(srcs), model.config["max_out_len"]
    y = torch.full((B,), SOS, device=device)
    done = torch.zeros(B, dtype=torch.bool)
    log_prob = torch.zeros(B, dtype=torch.float64)
    tokens: list[list[int]] = [[] for _ in range(B)]
    for i in range(cap + 1):
        out = model.step(y, state, c, h, mask)
        state, c = out.state, out.c
        logp = _allowed(out.logits.double().log_softmax(-1)).cpu()
        choice = torch.full((B,), EOS) if i == cap else logp.argmax(-1)
        live = ~done
        log_prob += torch.where(live, logp[torch.arange(B), choice], 0.0)
        for b in torch.nonzero(live)[:, 0].tolist():
            tokens[b].append(int(choice[b]))
        done = done | (choice == EOS)
        if bool(done.all()):
            break
        y = choice.to(device)
    return [
        Hypothesis(model.tgt_vocab.decode(t), float(lp), tuple(t))
        for t, lp in zip(tokens, log_prob.tolist(), strict=True)
    ]


@dataclass(frozen=True)
class BeamWin:
    """A source where the beam's best output is more probable than greedy decoding's."""

    src: str
    greedy: Hypothesis
    beam: Hypothesis
    beam_size: int

    @property
    def gain(self) -> float:
        """How much more probable, as a difference of log-probabilities (nats)."""
        return self.beam.log_prob - self.greedy.log_prob


def beam_wins(model: Seq2Seq, srcs: Sequence[str], beam_size: int, look_at: int = 40) -> list[BeamWin]:
    """The sources among `srcs` where a beam of `beam_size` beats greedy decoding, largest gain first.

    Only the `look_at` sources whose greedy output is least probable are searched with the beam: a
    beam can only do better where some greedy choice was not sure of itself.
    """
    greedy = greedy_scores(model, srcs)
    order = sorted(range(len(srcs)), key=lambda k: greedy[k].log_prob)[:look_at]
    wins = []
    for k in order:
        best = beam_search(model, srcs[k], beam_size).best
        if best.log_prob > greedy[k].log_prob + 1e-9:
            wins.append(BeamWin(srcs[k], greedy[k], best, beam_size))
    return sorted(wins, key=lambda w: -w.gain)

"""Soft key-value memory, and an end-to-end memory network that reads a story in hops.

The memory read of the lecture (notes 003, "Red de Memoria"): compare an address x with keys k_i by dot
products, softmax them, and sum the values weighted by those numbers:

    alpha_i = k_i . x        c = softmax(alpha)        s = sum_i c_i v_i

`memory_read(query, keys, values)` returns (c, s). It is the attention of the seq2seq lesson with
query = decoder state and keys = values = encoder states, and, without the softmax, the read C q of the
mLSTM (C = sum_i v_i k_i^T, so C q = sum_i (k_i . q) v_i).

`MemN2N` is Sukhbaatar et al. (2015), "End-To-End Memory Networks", section 2, with their choices as
switches. A story's sentences x_1 .. x_n are written to memory twice, as keys m_i and values c_i; the
question q is the first address u^1; each hop k reads the memory and adds what it read:

    m_i = sum_j l_j * A^k x_ij + T_A^k(i)      keys (one per sentence)
    c_i = sum_j l_j * C^k x_ij + T_C^k(i)      values
    u^1 = sum_j l_j * B q_j
    p^k = softmax(u^k . m_i)                   attention over the sentences (linear start: no softmax)
    o^k = sum_i p^k_i c_i
    u^{k+1} = u^k + o^k
    a = softmax(W u^{K+1})                     the answer word

- position encoding (PE): l_kj = (1 - j/J) - (k/d)(1 - 2j/J), word j = 1..J of a J-word sentence,
  embedding dimension k = 1..d; without it l_j = 1 (a bag of words).
- temporal encoding (TE): T(i) is row i of a learned matrix, counting sentences back from the question
  (the paper indexes them "in reverse order": row 0 is the latest sentence).
- adjacent weight tying: A^{k+1} = C^k, B = A^1 and W^T = C^K (and the same for T_A, T_C);
  without it every matrix is its own.
- linear start (LS): train first with the softmax of every hop removed, then put it back.

    model = load_pretrained("memn2n-hops2")
    answer, attention = model.answer(["Mary went to the kitchen.", "Mary went to the garden."],
                                     "Where is Mary?")   # "garden", a (2, 2) array: hops x sentences
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch
from torch import Tensor, nn

from engine.babi import LANGUAGES, MAX_SENTENCES, MAX_WORDS, TASKS, VOCAB, Story, generate_story, tokenize
from engine.training import Budget, Progress

MODEL_CLASS = "engine.memory:MemN2N"
PAD = "<pad>"
TRAIN_SEEDS = 10**8  # training stories come from seeds below this, held-out ones from EVAL_SEED up
EVAL_SEED = 10**9


def memory_read(query: Tensor, keys: Tensor, values: Tensor) -> tuple[Tensor, Tensor]:
    """weights = softmax(keys @ query), read = weights @ values; keys (n, d), values (n, d_v), query (d,).

    Returns (weights (n,), read (d_v,)). Batched inputs work too: query (..., d), keys (..., n, d)."""
    scores = (keys @ query.unsqueeze(-1)).squeeze(-1)  # (..., n)
    weights = torch.softmax(scores, dim=-1)
    read = (weights.unsqueeze(-2) @ values).squeeze(-2)  # (..., d_v)
    return weights, read


def position_encoding(lengths: Tensor, max_words: int, d: int) -> Tensor:
    """l_kj = (1 - j/J) - (k/d)(1 - 2j/J) for each sentence's own J = `lengths`; zero past its end.

    lengths (...,) -> (..., max_words, d)."""
    j = torch.arange(1, max_words + 1, dtype=torch.float64)  # (J,)
    k = torch.arange(1, d + 1, dtype=torch.float64)  # (d,)
    J = lengths.clamp(min=1).to(torch.float64)[..., None, None]  # (..., 1, 1)
    l = (1 - j[:, None] / J) - (k / d) * (1 - 2 * j[:, None] / J)  # (..., J, d)
    inside = (j[:, None] <= lengths.to(torch.float64)[..., None, None]).to(torch.float64)
    return l * inside


@dataclass
class MemTrace:
    """One batch read by the network: every hop's address, attention and read, and the answer logits."""

    logits: Tensor  # (B, V)
    attention: Tensor  # (B, K, N): p^k over the sentences, hop by hop
    u: Tensor  # (B, K + 1, d): u^1 .. u^{K+1}
    o: Tensor  # (B, K, d): o^1 .. o^K
    mask: Tensor  # (B, N): True at real sentences


class MemN2N(nn.Module):
    """End-to-end memory network over word ids; word 0 is padding. See the module docstring."""

    def __init__(
        self,
        vocab: Sequence[str] = VOCAB,
        embed_size: int = 32,
        hops: int = 3,
        memory_size: int = MAX_SENTENCES,
        max_words: int = MAX_WORDS,
        position_encoding: bool = True,
        temporal_encoding: bool = True,
        adjacent_tying: bool = True,
        init_std: float = 0.1,
        seed: int = 0,
    ):
        super().__init__()
        if not 1 <= hops <= 3:
            raise ValueError("hops must be 1, 2 or 3")
        self.config = {
            "vocab": list(vocab),
            "embed_size": embed_size,
            "hops": hops,
            "memory_size": memory_size,
            "max_words": max_words,
            "position_encoding": position_encoding,
            "temporal_encoding": temporal_encoding,
            "adjacent_tying": adjacent_tying,
            "init_std": init_std,
            "seed": seed,
        }
        self.words = [PAD, *vocab]
        self.index = {w: i for i, w in enumerate(self.words)}
        self.hops, self.d, self.memory_size, self.max_words = hops, embed_size, memory_size, max_words
        self.pe, self.te, self.adjacent = position_encoding, temporal_encoding, adjacent_tying
        V, d, M = len(self.words), embed_size, memory_size
        gen = torch.Generator().manual_seed(seed)
        n = hops + 1 if adjacent_tying else 2 * hops + 2  # adjacent: E^0 .. E^K; else A^k, C^k, B, W

        def matrix(rows: int) -> Tensor:
            return torch.randn(rows, d, generator=gen) * init_std

        self.E = nn.Parameter(torch.stack([matrix(V) for _ in range(n)]))  # (n, V, d)
        nt = hops + 1 if adjacent_tying else 2 * hops
        self.T = nn.Parameter(torch.stack([matrix(M) for _ in range(nt)])) if temporal_encoding else None
        self.meta: dict[str, Any] = {}

    # The matrices each hop uses, named as in the paper.
    def A(self, k: int) -> Tensor:  # k = 1 .. K
        return self.E[k - 1]  # adjacent tying: A^1 = B = E^0, A^{k+1} = C^k = E^k

    def C(self, k: int) -> Tensor:
        return self.E[k] if self.adjacent else self.E[self.hops + k - 1]

    def B(self) -> Tensor:
        return self.E[0] if self.adjacent else self.E[2 * self.hops]

    def W(self) -> Tensor:  # (V, d): logits = u @ W^T
        return self.E[self.hops] if self.adjacent else self.E[2 * self.hops + 1]

    def T_A(self, k: int) -> Tensor | None:
        if self.T is None:
            return None
        return self.T[k - 1]

    def T_C(self, k: int) -> Tensor | None:
        if self.T is None:
            return None
        return self.T[k] if self.adjacent else self.T[self.hops + k - 1]

    def embed(self, ids: Tensor, E: Tensor) -> Tensor:
        """sum_j l_j * E x_j: ids (..., J) -> (..., d), padding (id 0) left out."""
        x = E[ids] * ids.ne(0).unsqueeze(-1)  # (..., J, d)
        if self.pe:
            l = position_encoding(ids.ne(0).sum(-1), ids.shape[-1], self.d).to(x.dtype)
            x = x * l
        return x.sum(-2)

    def forward(self, story: Tensor, question: Tensor, linear: bool = False) -> MemTrace:
        """story (B, N, J) and question (B, J) word ids; sentences fill rows 0 .. n-1 in story order."""
        mask = story.ne(0).any(-1)  # (B, N)
        n = mask.sum(-1, keepdim=True)  # (B, 1)
        N = story.shape[1]
        back = (n - 1 - torch.arange(N)).clamp(min=0)  # (B, N): 0 for the latest sentence
        u = self.embed(question, self.B())  # (B, d)
        us, os, ps = [u], [], []
        for k in range(1, self.hops + 1):
            m = self.embed(story, self.A(k))  # (B, N, d)
            c = self.embed(story, self.C(k))
            if self.te:
                m = m + self.T_A(k)[back]
                c = c + self.T_C(k)[back]
            scores = torch.einsum("bnd,bd->bn", m, u)
            if linear:
                p = scores * mask
            else:
                p = torch.softmax(scores.masked_fill(~mask, -math.inf), dim=-1)
                p = torch.where(mask, p, torch.zeros_like(p))  # an empty story reads nothing (no NaN)
            o = torch.einsum("bn,bnd->bd", p, c)
            u = u + o
            us.append(u)
            os.append(o)
            ps.append(p)
        logits = u @ self.W().T
        return MemTrace(logits, torch.stack(ps, 1), torch.stack(us, 1), torch.stack(os, 1), mask)

    # ---------------------------------------------------------------- text in, answer out

    def encode(self, stories: Sequence[Sequence[str]], questions: Sequence[str]) -> tuple[Tensor, Tensor]:
        """Word ids (B, N, J) and (B, J); unknown words are left out, only the latest `memory_size`
        sentences are kept (`read()` reports both)."""
        B = len(stories)
        N = max(1, min(self.memory_size, max((len(s) for s in stories), default=1)))
        story = np.zeros((B, N, self.max_words), dtype=np.int64)
        question = np.zeros((B, self.max_words), dtype=np.int64)
        index = self.index
        for b, sentences in enumerate(stories):
            for i, sentence in enumerate(list(sentences)[-self.memory_size :]):
                ids = [index[w] for w in tokenize(sentence)[0] if w in index]
                story[b, i, : len(ids)] = ids
            ids = [index[w] for w in tokenize(questions[b])[0] if w in index]
            question[b, : len(ids)] = ids
        return torch.from_numpy(story), torch.from_numpy(question)

    def read(self, story: Sequence[str], question: str) -> Reading:
        """Read one story and answer its question, saying what of the text was left out."""
        story = [s for s in story if s.strip()]
        kept = story[-self.memory_size :]
        unknown = unknown_in([*kept, question], self.index)
        ids_story, ids_question = self.encode([kept], [question])
        with torch.no_grad():
            trace = self(ids_story.to(self.E.device), ids_question.to(self.E.device))
        probs = torch.softmax(trace.logits[0].double(), -1).cpu().numpy()
        attention = trace.attention[0, :, : len(kept)].double().cpu().numpy()  # (K, n)
        best = int(probs.argmax())
        return Reading(
            answer=self.words[best],
            probs=probs,
            attention=attention,
            sentences=tuple(kept),
            dropped=len(story) - len(kept),
            unknown=tuple(unknown),
        )

    def answer(self, story: Sequence[str], question: str) -> tuple[str, np.ndarray]:
        """(answer word, attention (hops, sentences)) for one story and question."""
        reading = self.read(story, question)
        return reading.answer, reading.attention

    @classmethod
    def from_checkpoint(cls, checkpoint: dict[str, Any]) -> MemN2N:
        model = cls(**checkpoint["config"])
        model.load_state_dict(checkpoint["state_dict"])
        model.meta = dict(checkpoint.get("meta", {}))
        return model


@dataclass(frozen=True)
class Reading:
    answer: str
    probs: np.ndarray  # (V,) over model.words
    attention: np.ndarray  # (K, n)
    sentences: tuple[str, ...]  # the sentences read (the latest memory_size non-empty ones)
    dropped: int  # earlier sentences left out (the memory holds memory_size)
    unknown: tuple[str, ...]  # words the model does not know, left out


def unknown_in(texts: Sequence[str], index: dict[str, int]) -> list[str]:
    found: list[str] = []
    for text in texts:
        for word in tokenize(text)[0]:
            if word not in index and word not in found:
                found.append(word)
    return found


# ---------------------------------------------------------------- data and training


@dataclass
class StoryBatch:
    story: Tensor  # (B, N, J)
    question: Tensor  # (B, J)
    answer: Tensor  # (B,) word ids
    task: Tensor  # (B,)
    supporting: list[tuple[int, ...]] = field(default_factory=list)


def encode_stories(model: MemN2N, stories: Sequence[Story]) -> StoryBatch:
    story, question = model.encode([s.sentences for s in stories], [s.question for s in stories])
    answer = torch.tensor([model.index[s.answer] for s in stories])
    task = torch.tensor([s.task for s in stories])
    return StoryBatch(story, question, answer, task, [s.supporting for s in stories])


def story_pool(
    n_per_pair: int, seed: int, tasks: Sequence[int] = TASKS, langs: Sequence[str] = LANGUAGES
) -> list[Story]:
    """`n_per_pair` stories of each (task, language), story k of a pair drawn from seed `seed + k`."""
    return [
        generate_story(task, lang, seed + k) for task in tasks for lang in langs for k in range(n_per_pair)
    ]


def accuracy_by_task(model: MemN2N, stories: Sequence[Story], batch_size: int = 500) -> dict[int, float]:
    """Share of stories answered right, by task."""
    right: dict[int, list[int]] = {}
    model.eval()
    with torch.no_grad():
        for start in range(0, len(stories), batch_size):
            batch = encode_stories(model, stories[start : start + batch_size])
            dev = model.E.device
            predicted = model(batch.story.to(dev), batch.question.to(dev)).logits.argmax(-1).cpu()
            for task, ok in zip(batch.task.tolist(), (predicted == batch.answer).tolist(), strict=True):
                right.setdefault(task, []).append(int(ok))
    return {task: sum(oks) / len(oks) for task, oks in sorted(right.items())}


def train_memn2n(
    model: MemN2N,
    *,
    pool: Sequence[Story] | None = None,
    pool_size: int = 3000,
    tasks: Sequence[int] = TASKS,
    langs: Sequence[str] = LANGUAGES,
    batch_size: int = 32,
    lr: float = 0.01,
    max_steps: int = 4000,
    max_seconds: float = 600.0,
    linear_start_steps: int = 0,
    clip: float = 40.0,
    seed: int = 0,
    report_every: int = 100,
    eval_every: int = 0,
    eval_stories: Sequence[Story] | None = None,
) -> Iterator[Progress]:
    """Train `model` in place with Adam on a pool of generated stories (`pool`, or `pool_size` of each
    task and language from training seeds), yielding `Progress`. The first `linear_start_steps` run
    without the hops' softmax (linear start). Gradients are clipped to norm `clip` as in the paper."""
    rng = random.Random(seed)
    torch.manual_seed(seed)
    if pool is None:
        pool = story_pool(pool_size, seed=rng.randrange(TRAIN_SEEDS - pool_size), tasks=tasks, langs=langs)
    data = encode_stories(model, pool)
    dev = model.E.device
    data = StoryBatch(data.story.to(dev), data.question.to(dev), data.answer.to(dev), data.task)
    n = len(pool)
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: 0.5 * (1 + math.cos(math.pi * min(s, max_steps) / max_steps))
    )
    budget = Budget(max_steps, max_seconds)
    gen = torch.Generator().manual_seed(seed)
    losses: list[float] = []
    step = 0
    while True:
        model.train()
        idx = torch.randint(n, (batch_size,), generator=gen).to(dev)
        trace = model(data.story[idx], data.question[idx], linear=step < linear_start_steps)
        loss = nn.functional.cross_entropy(trace.logits, data.answer[idx])
        optimizer.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), clip)
        optimizer.step()
        schedule.step()
        step += 1
        losses.append(loss.detach().item())
        done = budget.spent(step)
        if step % report_every == 0 or done:
            metrics = {}
            if eval_stories is not None and eval_every and (step % eval_every == 0 or done):
                metrics = {f"task{t}": a for t, a in accuracy_by_task(model, eval_stories).items()}
            recent = losses[-report_every:]
            yield Progress(step, max_steps, sum(recent) / len(recent), budget.elapsed, metrics, done)
        if done:
            model.eval()
            return


def make_memn2n(hops: int, seed: int = 0, **config: Any) -> MemN2N:
    return MemN2N(hops=hops, seed=seed, **config)


def held_out(n_per_pair: int, tasks: Sequence[int] = TASKS, langs: Sequence[str] = LANGUAGES) -> list[Story]:
    """Fresh stories from seeds no training pool uses (EVAL_SEED up)."""
    return story_pool(n_per_pair, EVAL_SEED, tasks, langs)

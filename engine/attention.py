"""Attention over encoder states, in the lecture's notation (class 9, file 000 of the notes).

At decoder step i, with decoder state hd_i and encoder states h_1 .. h_T:

    s_ij = score(hd_i, h_j)            scores ("similitud")
    w_ij = softmax_j(s_ij)             alignment weights, each row sums to 1
    c_i  = sum_j w_ij h_j              context vector, dim(c_i) = dim(h_j)
    u_i  = concat(c_i, hd_i)           what the read-out sees (engine.seq2seq: Luong-style wiring)

Three scores (Luong et al. 2015 name the first two; the third is Bahdanau et al.'s 2014 score, which Luong et
al. call "concat"):

    dot       s_ij = hd_i . h_j                        (needs dim hd = dim h)
    general   s_ij = hd_i^T W_a h_j
    additive  s_ij = v^T tanh(W_1 hd_i + W_2 h_j)

Everything is batched: hd is (B, Hd), h is (B, T, He), scores and weights are (B, T). Like the
Annotated Transformer's `attention()`, the functions return their intermediates: (c, w, s).
"""

from __future__ import annotations

import math

import torch
from torch import Tensor, nn

SCORES = ("dot", "general", "additive")


def dot_scores(hd: Tensor, h: Tensor) -> Tensor:
    """s_ij = hd_i . h_j, shape (B, T)."""
    return torch.einsum("bh,bth->bt", hd, h)


def general_scores(hd: Tensor, h: Tensor, W_a: Tensor) -> Tensor:
    """s_ij = hd_i^T W_a h_j with W_a (Hd, He), shape (B, T)."""
    return torch.einsum("bd,de,bte->bt", hd, W_a, h)


def additive_scores(hd: Tensor, h: Tensor, W_1: Tensor, W_2: Tensor, v: Tensor) -> Tensor:
    """s_ij = v^T tanh(W_1 hd_i + W_2 h_j) with W_1 (A, Hd), W_2 (A, He), v (A,), shape (B, T)."""
    energy = torch.tanh((hd @ W_1.T)[:, None, :] + h @ W_2.T)  # (B, T, A)
    return energy @ v


def attend(s: Tensor, h: Tensor, mask: Tensor | None = None) -> tuple[Tensor, Tensor]:
    """Weights and context from scores: w = softmax(s) over the source, c = sum_j w_j h_j.

    `mask` (B, T) is True at real source positions; padding gets weight 0. Returns (c (B, He), w (B, T)).
    """
    if mask is not None:
        s = s.masked_fill(~mask, -math.inf)
    w = torch.softmax(s, dim=-1)  # (B, T)
    c = torch.einsum("bt,bth->bh", w, h)  # (B, He)
    return c, w


class Attention(nn.Module):
    """One score function with its parameters; `forward(hd, h, mask)` returns (c, w, s).

    `general` holds W_a (Hd, He); `additive` holds W_1 (A, Hd), W_2 (A, He) and v (A,), with
    A = `attention_size` (default Hd); `dot` has no parameters and needs Hd == He.
    """

    def __init__(self, score: str, decoder_size: int, encoder_size: int, attention_size: int | None = None):
        super().__init__()
        if score not in SCORES:
            raise ValueError(f"score must be one of {SCORES}, not {score!r}")
        if score == "dot" and decoder_size != encoder_size:
            raise ValueError(
                f"dot scores need equal sizes, not decoder {decoder_size}, encoder {encoder_size}"
            )
        self.score = score
        A = attention_size or decoder_size
        if score == "general":
            self.W_a = nn.Parameter(torch.randn(decoder_size, encoder_size) / math.sqrt(encoder_size))
        elif score == "additive":
            self.W_1 = nn.Parameter(torch.randn(A, decoder_size) / math.sqrt(decoder_size))
            self.W_2 = nn.Parameter(torch.randn(A, encoder_size) / math.sqrt(encoder_size))
            self.v = nn.Parameter(torch.randn(A) / math.sqrt(A))

    def keys(self, h: Tensor) -> Tensor:
        """The part of every score that depends on h_j alone, computed once per source sentence.

        dot: h_j; general: W_a h_j (B, T, Hd); additive: W_2 h_j (B, T, A). Decoding passes it to
        `scores` so each step only does the hd_i part.
        """
        if self.score == "general":
            return h @ self.W_a.T
        if self.score == "additive":
            return h @ self.W_2.T
        return h

    def scores(self, hd: Tensor, h: Tensor, keys: Tensor | None = None) -> Tensor:
        """s_i (B, T) for decoder states hd (B, Hd) against encoder states h (B, T, He)."""
        if keys is None:
            keys = self.keys(h)
        if self.score == "additive":
            return torch.tanh((hd @ self.W_1.T)[:, None, :] + keys) @ self.v  # v^T tanh(W_1 hd + W_2 h)
        return torch.einsum("bd,btd->bt", hd, keys)  # hd . h  or  hd . (W_a h)

    def forward(
        self, hd: Tensor, h: Tensor, mask: Tensor | None = None, keys: Tensor | None = None
    ) -> tuple[Tensor, Tensor, Tensor]:
        s = self.scores(hd, h, keys)  # (B, T)
        c, w = attend(s, h, mask)
        return c, w, s

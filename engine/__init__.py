"""Unrolled's engine: the science behind the app, in torch and numpy only (never streamlit).

Everything a notebook needs is importable from here, for example:

    from engine import unroll_rnn
    trace = unroll_rnn([0.7, 0.9, 1.1], W_ih=0.2, W_hh=0.3, b_ih=-0.1)
    trace.h  # tensor([[0.0400], [0.0917], [0.1465]], dtype=torch.float64)
"""

from engine.device import available_devices, describe_device, exact_dtype, pick_device
from engine.gates import (
    GateStep,
    GRUStep,
    GRUTrace,
    LSTMStep,
    LSTMTrace,
    gate_states,
    gru_step,
    gru_trace,
    lstm_step,
    lstm_trace,
    trace_step,
)
from engine.pretrained import load_checkpoint, load_pretrained, pretrained_names, save_checkpoint
from engine.rnn import (
    LayerWeights,
    RNNTrace,
    make_layer_weights,
    make_signal,
    rnn_output,
    torch_rnn,
    unroll_rnn,
)
from engine.taggers import (
    SHIPPED_TAGGERS,
    CharTagger,
    DepthTask,
    RememberTask,
    Task,
    TextCheck,
    TextIssue,
    UnitMatch,
    accuracy,
    default_states,
    depth_unit,
    find_unit,
    make_task,
    train_tagger,
)
from engine.training import Budget, Progress

__all__ = [
    "SHIPPED_TAGGERS",
    "Budget",
    "CharTagger",
    "DepthTask",
    "GRUStep",
    "GRUTrace",
    "GateStep",
    "LSTMStep",
    "LSTMTrace",
    "LayerWeights",
    "Progress",
    "RNNTrace",
    "RememberTask",
    "Task",
    "TextCheck",
    "TextIssue",
    "UnitMatch",
    "accuracy",
    "available_devices",
    "default_states",
    "depth_unit",
    "describe_device",
    "exact_dtype",
    "find_unit",
    "gate_states",
    "gru_step",
    "gru_trace",
    "load_checkpoint",
    "load_pretrained",
    "lstm_step",
    "lstm_trace",
    "make_layer_weights",
    "make_signal",
    "make_task",
    "pick_device",
    "pretrained_names",
    "rnn_output",
    "save_checkpoint",
    "torch_rnn",
    "trace_step",
    "train_tagger",
    "unroll_rnn",
]

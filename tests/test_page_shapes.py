"""The "Shapes and architectures" page under AppTest: the numbers against torch, the URL, bad input, quiz."""

import pandas as pd
import pytest
import torch

from lessons.shapes import MAX_HIDDEN, MAX_LAYERS, count_text, shape_text
from tests.apptest import assert_clean, open_app, query, texts, warnings

PAGE = "pages/shapes.py"
ISSUE_LINK = {
    "cell": "lstm",
    "input_size": "5",
    "hidden_size": "7",
    "num_layers": "2",
    "bidirectional": "true",
}
DEFAULTS = {"batch_first": "false", "seq_len": "3", "batch": "1"}
MODULES = {"rnn": torch.nn.RNN, "lstm": torch.nn.LSTM, "gru": torch.nn.GRU}


def metric(at, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def table(at, first_header: str) -> pd.DataFrame:
    """A markdown table the page shows, read back as text (code marks and no-break spaces taken out)."""
    text = next(md.value for md in at.markdown if f"\n| {first_header} |" in "\n" + md.value)
    lines = text[text.index(f"| {first_header} |") :].splitlines()
    rows = [
        [cell.strip().strip("`").replace("\u00a0", " ") for cell in line.strip().strip("|").split(" | ")]
        for line in lines
        if line.startswith("|") and not line.startswith("|---")
    ]
    return pd.DataFrame(rows[1:], columns=rows[0])


def parameters_table(at):
    return table(at, "Parameter")


def tensors_table(at):
    return table(at, "Tensor").set_index("Tensor")


SMALL = 100_000  # parameters: a module this small is built on the CPU and run; a larger one only on meta


def assert_numbers_match_torch(at, q: dict) -> None:
    """Every shape and count the page shows, against the same module built the ordinary way and run
    (a large one is built by torch on the meta device, and not run)."""
    batch_first = q["batch_first"] == "true"
    I, H, layers = int(q["input_size"]), int(q["hidden_size"]), int(q["num_layers"])
    G = {"rnn": 1, "gru": 3, "lstm": 4}[q["cell"]]
    small = G * H * (max(I, 2 * H) + H + 2) * 2 * layers <= SMALL
    rnn = MODULES[q["cell"]](
        I,
        H,
        num_layers=layers,
        bidirectional=q["bidirectional"] == "true",
        batch_first=batch_first,
        device="cpu" if small else "meta",
    )
    real = dict(rnn.named_parameters())
    table = parameters_table(at)
    assert list(table["Parameter"]) == list(real)
    assert list(table["Shape"]) == [shape_text(p.shape) for p in real.values()]
    assert list(table["Count"]) == [count_text(p.numel()) for p in real.values()]
    assert metric(at, "Parameters") == count_text(sum(p.numel() for p in real.values()))
    if not small:
        return
    T, N = int(q["seq_len"]), int(q["batch"])
    with torch.no_grad():
        output, state = rnn(torch.zeros((N, T, I) if batch_first else (T, N, I)))
    h_n = state[0] if q["cell"] == "lstm" else state
    tensors = tensors_table(at)
    assert tensors.loc["output", "Batched"] == shape_text(output.shape)
    assert tensors.loc["h_n", "Batched"] == shape_text(h_n.shape)
    assert tensors.loc["input", "Batched"] == shape_text((N, T, I) if batch_first else (T, N, I))


def test_the_issue_link_shows_the_right_numbers():
    at = open_app(PAGE, ISSUE_LINK)
    assert_clean(at)
    assert query(at) == {**ISSUE_LINK, **DEFAULTS}
    assert_numbers_match_torch(at, query(at))
    assert metric(at, "Parameters") == "2\u202f072"
    shown = texts(at)
    assert "| `weight_ih_l1` | (28,\u00a014) |" in shown  # the lecture's table
    assert r"2 \times [4 \cdot 7 \cdot (5 + 7) + 8 \cdot 7] = 2 \times 392 = 784" in shown
    assert "output[0, :, 7:] == h_n[-1]" in shown
    assert tensors_table(at).loc["c_n", "Batched"] == "(4, 1, 7)"
    assert len(at.get("plotly_chart")) == 3
    assert "nn.LSTM(input_size=5, hidden_size=7, num_layers=2, bidirectional=True" in at.code[0].value


@pytest.mark.parametrize(
    "link",
    [
        {"cell": "gru", "input_size": "3", "hidden_size": "4", "num_layers": "3", "bidirectional": "false"},
        {"cell": "rnn", "input_size": "2", "hidden_size": "6", "num_layers": "2", "bidirectional": "true"},
    ],
)
def test_other_networks_against_torch(link):
    at = open_app(PAGE, {**link, "batch_first": "true", "seq_len": "6", "batch": "4"})
    assert_clean(at)
    assert_numbers_match_torch(at, query(at))


def test_a_huge_network_costs_nothing():
    link = {
        **ISSUE_LINK,
        "input_size": "100000",
        "hidden_size": str(MAX_HIDDEN),
        "num_layers": str(MAX_LAYERS),
    }
    at = open_app(PAGE, {**link, "seq_len": "100000", "batch": "4096"})
    assert_clean(at)
    assert not at.warning
    assert metric(at, "Parameters").replace("\u202f", "").isdigit()
    assert metric(at, "In float32").endswith("GB")
    assert tensors_table(at).loc["output", "Batched"] == shape_text((100_000, 4096, 2 * MAX_HIDDEN))


@pytest.mark.parametrize(
    ("params", "said", "key", "used"),
    [
        ({"hidden_size": "0"}, "outside the allowed range", "hidden_size", "1"),
        ({"hidden_size": "-5"}, "outside the allowed range", "hidden_size", "1"),
        ({"hidden_size": "abc"}, "is not a number", "hidden_size", "1"),
        ({"hidden_size": "1e12"}, "outside the allowed range", "hidden_size", str(MAX_HIDDEN)),
        ({"num_layers": "100"}, "outside the allowed range", "num_layers", str(MAX_LAYERS)),
        ({"cell": "transformer"}, "not one of the options", "cell", "rnn"),
        ({"input_size": "NaN"}, "not a finite number", "input_size", "1"),
        ({"bidirectional": "<b>yes</b>"}, "is not yes or no", "bidirectional", "false"),
    ],
)
def test_bad_values_in_the_url_get_a_message_and_a_working_page(params, said, key, used):
    at = open_app(PAGE, {**ISSUE_LINK, **params})
    assert_clean(at)
    assert said in warnings(at)
    assert query(at)[key] == used  # the URL now holds what is used
    assert_numbers_match_torch(at, query(at))  # and the page goes on working with it


def test_visitor_text_in_a_message_is_code_not_markup():
    at = open_app(PAGE, {"cell": "<img src=x onerror=alert(1)>"})
    assert_clean(at)
    assert "`<img src=x onerror=alert(1)>`" in warnings(at)


def test_widgets_change_the_url_and_the_numbers():
    at = open_app(PAGE, ISSUE_LINK)
    at.number_input(key="shapes:hidden_size").set_value(12).run()
    assert_clean(at)
    assert query(at)["hidden_size"] == "12"
    at.button_group(key="shapes:cell").set_value("gru").run()
    assert query(at)["cell"] == "gru"
    at.toggle(key="shapes:bidirectional").set_value(False).run()
    at.toggle(key="shapes:batch_first").set_value(True).run()
    at.number_input(key="shapes:seq_len").set_value(9).run()
    at.number_input(key="shapes:batch").set_value(2).run()
    at.number_input(key="shapes:num_layers").set_value(3).run()
    at.number_input(key="shapes:input_size").set_value(4).run()
    assert_clean(at)
    q = query(at)
    assert q == {
        "cell": "gru",
        "input_size": "4",
        "hidden_size": "12",
        "num_layers": "3",
        "bidirectional": "false",
        "batch_first": "true",
        "seq_len": "9",
        "batch": "2",
    }
    assert_numbers_match_torch(at, q)
    assert tensors_table(at).loc["input", "Batched"] == "(2, 9, 4)"


def test_a_lecture_preset_sets_every_value():
    at = open_app(PAGE, ISSUE_LINK)
    at.button_group(key="shapes:preset").set_value("two_layers").run()
    assert_clean(at)
    q = query(at)
    assert (q["cell"], q["input_size"], q["hidden_size"], q["num_layers"], q["bidirectional"]) == (
        "rnn",
        "2",
        "4",
        "2",
        "false",
    )
    assert parameters_table(at)["Shape"].tolist()[4] == "(4, 4)"  # weight_ih_l1 reads H = 4


def test_quiz_hides_the_answers_until_revealed():
    at = open_app(PAGE, {**ISSUE_LINK, "quiz": "true"})
    assert_clean(at)
    assert query(at)["quiz"] == "true"
    assert metric(at, "Parameters") == "?"
    assert set(parameters_table(at)["Shape"]) == {"?"}
    assert "(28,\u00a014)" not in texts(at) and "= 784" not in texts(at)
    at.button(key="shapes:reveal").click().run()
    assert metric(at, "Parameters") == "2\u202f072"
    assert "(28,\u00a014)" in texts(at)
    at.number_input(key="shapes:hidden_size").set_value(8).run()  # a new question: hidden again
    assert metric(at, "Parameters") == "?"
    at.toggle(key="shapes:quiz").set_value(False).run()
    assert "quiz" not in query(at)
    assert metric(at, "Parameters") != "?"


def test_the_page_in_spanish():
    at = open_app(PAGE, ISSUE_LINK, locale="es-AR")
    assert_clean(at)
    assert at.title[0].value == "Formas y arquitecturas"
    shown = texts(at)
    assert "| Variable | Tamaño | Parámetro | Tamaño |" in shown
    assert "La tabla de la clase" in shown and "capa 0" in shown
    assert next(m.value for m in at.metric if m.label == "Parámetros") == "2\u202f072"


def test_switching_the_language_switches_the_words_in_tables_and_pictures():
    at = open_app(PAGE, ISSUE_LINK, locale="en-US")
    assert "layer 0, forward" in texts(at)
    at.sidebar.button_group[0].set_value("es").run()
    assert_clean(at)
    assert "capa 0, hacia adelante" in texts(at) and "layer 0, forward" not in texts(at)
    assert query(at)["hidden_size"] == "7"


@pytest.mark.parametrize(
    ("link", "said"),
    [
        ({"cell": "gru", "bidirectional": "false"}, "can be the decoder's `h0` as it is"),
        ({"cell": "lstm", "bidirectional": "false"}, "are the `(h0, c0)` of an LSTM decoder"),
        ({"cell": "lstm", "bidirectional": "true", "num_layers": "2"}, "It needs a bridge"),
    ],
)
def test_the_encoders_h_n_is_the_decoders_h0_only_when_the_shapes_allow(link, said):
    at = open_app(PAGE, link)
    assert_clean(at)
    assert said in texts(at).replace("\u00a0", " ")
    module = MODULES[link["cell"]](
        3, 4, int(link.get("num_layers", 1)), bidirectional=link["bidirectional"] == "true"
    )
    decoder = MODULES[link["cell"]](3, 4, int(link.get("num_layers", 1)))
    _, last = module(torch.zeros(5, 1, 3))
    if link["bidirectional"] == "true":  # (2L, N, H) where the decoder wants (L, N, H)
        with pytest.raises(RuntimeError):
            decoder(torch.zeros(2, 1, 3), last)
    else:
        decoder(torch.zeros(2, 1, 3), last)  # h_n (and c_n) taken as they are


def test_training_memory_is_two_three_or_four_times_the_parameters_by_optimiser():
    model = torch.nn.LSTM(3, 5, 2)
    n = sum(p.numel() for p in model.parameters())
    for make, times in [
        (lambda ps: torch.optim.SGD(ps, lr=0.1), 2),
        (lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9), 3),
        (lambda ps: torch.optim.Adam(ps), 4),
    ]:
        optimiser = make(model.parameters())
        model(torch.randn(4, 1, 3))[0].sum().backward()
        optimiser.step()
        state = sum(t.numel() for s in optimiser.state.values() for t in s.values() if t.dim() > 0)
        assert n + n + state == times * n  # parameters, gradients, and what the optimiser keeps
    at = open_app(PAGE, {})
    help_text = next(m.help for m in at.metric if m.label == "In float32")
    assert "×2 with plain SGD" in help_text and "(×3)" in help_text and "(×4)" in help_text

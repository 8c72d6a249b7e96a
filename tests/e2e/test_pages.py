"""Every registered page, and the shared links, opened in Chromium against `streamlit run app.py`."""

from __future__ import annotations

import re
import time
from urllib.parse import parse_qs, urlparse

import pytest

from tests.e2e.harness import screenshot, serve_app, wait_until_idle
from ui.lessons import LESSONS

LECTURE_LINK = "/unroll?mode=scalar&x=0.7,0.9,1.1&U=0.2&W=0.3&b=-0.1&h0=0&act=tanh&step=2"
SHAPES_ISSUE_LINK = "/shapes?cell=lstm&input_size=5&hidden_size=7&num_layers=2&bidirectional=true"
CONV_GERON_LINK = (
    "/convolutions?kernel_size=2&mode=doubling&layers=4&blocks=2&padding=causal&series=3"
    "&model=forecast1-linear"
)
LINKS = {
    "unroll_lecture": LECTURE_LINK,
    "unroll_layer": "/unroll?mode=layer&I=2&H=32&T=120&seed=3&init=gaussian&scale=1.1&signal=noise&act=tanh"
    "&output=true&O=2&units=0,4,9&step=40",
    "gradients_issue": "/gradients?part=weight&w=1.5&T=10&h0=0.5&log=true&H=32&length=100&norm=1.2"
    "&init=orthogonal&act=tanh&seed=0&gate_bias=1&clip=1&window=20",
    "gradients_explode": "/gradients?part=matrix&w=-0.9&T=200&h0=0.2&log=false&H=16&length=200&norm=1.3"
    "&init=orthogonal"
    "&act=linear&seed=4&gate_bias=0&clip=10&window=25",
    # the issue's example, with the settings it leaves at their defaults written out as the page writes them
    "shapes_issue": SHAPES_ISSUE_LINK + "&batch_first=false&seq_len=3&batch=1",
    "shapes_huge_quiz": "/shapes?cell=gru&input_size=100000&hidden_size=16384&num_layers=8&bidirectional=true"
    "&batch_first=true&seq_len=100000&batch=4096&quiz=true",
    "gates_gru": "/gates?model=gru-depth&text=f(g(h(x)))y(z)&unit=3&step=5",
    "gates_remember": "/gates?model=lstm-remember&text=hola3mundo8adios&unit=10&step=8",
    # the issue's example, with the settings it leaves at their defaults written out as the page writes them
    "attention_issue": "/attention?model=seq2seq-dates-attn&text=3%20de%20febrero%20de%201987&step=0&pin=-1"
    "&teacher_forcing=0.5",
    "attention_pinned": "/attention?model=seq2seq-reverse-attn&text=bahdanau&step=2&pin=0"
    "&teacher_forcing=0.5",
    "attention_bahdanau": "/attention?model=seq2seq-reverse-bahdanau&text=bahdanau&step=0&pin=-1"
    "&teacher_forcing=0.5",
    "xlstm_slstm": "/xlstm?cell=slstm&bits=0110100111&prompt=a3b7c1d9%3Fc&step=4&unit=3&first=2&second=6",
    "xlstm_mlstm": "/xlstm?cell=mlstm&bits=1011&prompt=k2p8z0%3Fk&step=7&unit=0&first=5&second=5",
    # the issue's example (the lecture's table), with the settings it leaves at their defaults written out
    "sequences_lecture": "/sequences?labels=1+0+1+1+1+0"
    "&probs=0.1+0.9+%7C+0.8+0.2+%7C+0.4+0.6+%7C+0.7+0.3+%7C+0.5+0.5+%7C+0.6+0.4&bits=false&model=seq2seq-reverse-tf100&text=secuencias&beam=3&temperature=1&seed=0",
    "sequences_beam": "/sequences?labels=2+0+1&probs=0.2+0.3+0.5+%7C+0.6+0.3+0.1+%7C+0.1+0.1+0.8&bits=true"
    "&model=seq2seq-reverse-tf0&text=abcdefghijkl&beam=5&temperature=0.5&seed=3",
    "convolutions_geron": CONV_GERON_LINK,
    "convolutions_typed_centred": "/convolutions?kernel_size=3&mode=typed&dilations=1,3,9&blocks=1"
    "&padding=same&series=17&model=forecast1-wavenet",
    "convolutions_wavenet": "/convolutions?kernel_size=2&mode=doubling&layers=10&blocks=3&padding=causal"
    "&series=0&model=forecast1-deeprnn",
    "memory_issue": "/memory?task=2&language=es&seed=1&hops=3&question=",
    "memory_edited": "/memory?task=1&language=en&seed=4&hops=1&question=Where%20is%20Mary&edited=true"
    "&story=Mary%20went%20to%20the%20garden%0A%3Cb%3EMary%3C/b%3E%20moved%20to%20the%20office&scale=4",
}
PAGES = {
    "home": "/",
    "teach": "/teach",
    "glossary": "/glossary",
    **{lesson.key: f"/{lesson.url_path}" for lesson in LESSONS},
}


def open_page(page, base_url: str, path: str):
    page.goto(base_url + path)
    wait_until_idle(page)
    return page


def assert_no_exception(page) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0


def query_of(page) -> dict[str, str]:
    return {k: v[-1] for k, v in parse_qs(urlparse(page.url).query).items()}


def test_a_shared_link_as_the_first_visit_after_a_start(browser):
    """The server's very first request is a lesson link: it must still go through the router."""
    with serve_app() as base_url:
        context = browser.new_context(locale="es-AR", viewport={"width": 1300, "height": 1200})
        page = open_page(context.new_page(), base_url, LECTURE_LINK)
        assert_no_exception(page)
        sidebar = page.locator('[data-testid="stSidebar"]')
        assert sidebar.get_by_text("Idioma · Language").count() == 1
        assert sidebar.get_by_text("Desenrollar una RNN").count() >= 1
        assert query_of(page)["step"] == "2"
        context.close()


@pytest.mark.parametrize("locale", ["es-AR", "en-US"])
@pytest.mark.parametrize("name", list(PAGES))
def test_every_registered_page_opens(page_in, base_url, name, locale):
    page = open_page(page_in(locale, height=2600), base_url, PAGES[name])
    assert_no_exception(page)
    screenshot(page, f"{name}_{locale[:2]}")


@pytest.mark.parametrize("name", list(LINKS))
def test_shared_links_open_exactly_their_setup(page_in, base_url, name):
    page = open_page(page_in("en-US", height=2600), base_url, LINKS[name])
    assert_no_exception(page)
    asked = {k: v[-1] for k, v in parse_qs(urlparse(LINKS[name]).query).items()}
    assert query_of(page) == asked
    screenshot(page, f"link_{name}")


def test_the_lecture_link_shows_the_worked_numbers(page_in, base_url):
    page = open_page(page_in("es-AR"), base_url, LECTURE_LINK)
    equations = " ".join(page.locator(".katex-display").all_inner_texts())
    assert "0.0917" in equations and "0.1465" in equations
    assert page.get_by_text("0.0399 y 0.1464").count() == 1


def test_bad_input_in_the_url_is_explained_not_a_traceback(page_in, base_url):
    page = open_page(page_in("en-US"), base_url, "/unroll?mode=banana&x=abc&U=1e308&act=%3Cscript%3E")
    assert_no_exception(page)
    alert = page.locator('[data-testid="stAlert"]').first.inner_text()
    assert "is not one of the options" in alert and "outside the allowed range" in alert
    assert page.locator("script:text('alert')").count() == 0
    screenshot(page, "unroll_bad_input")


def test_visitor_text_is_never_html(page_in, base_url):
    page = open_page(page_in("en-US"), base_url, "/unroll?x=%3Cimg%20src%3Dx%20id%3Dinjected%3E")
    assert_no_exception(page)
    assert page.locator("#injected").count() == 0
    assert page.locator("code", has_text="<img").count() >= 1


def test_play_moves_through_time(page_in, base_url):
    link = "/unroll?mode=scalar&x=" + ",".join(["1"] + ["0"] * 19) + "&U=1&W=0.95&b=0&h0=0&act=tanh&step=0"
    page = open_page(page_in("en-US"), base_url, link)
    page.get_by_role("button", name=re.compile("Play")).click()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and int(query_of(page).get("step", "0")) < 3:
        page.wait_for_timeout(300)  # lets Playwright process the URL updates
    assert int(query_of(page)["step"]) >= 3
    page.get_by_role("button", name=re.compile("Pause")).click()
    wait_until_idle(page)
    assert_no_exception(page)


def test_the_language_switch(page_in, base_url):
    page = open_page(page_in("en-US"), base_url, LECTURE_LINK)
    assert page.locator("h1").first.inner_text().startswith("Unroll an RNN")
    page.locator('[data-testid="stSidebar"]').get_by_text("Español").click()
    wait_until_idle(page)
    assert page.locator("h1").first.inner_text().startswith("Desenrollar una RNN")
    assert query_of(page)["lang"] == "es"
    assert query_of(page)["step"] == "2"


def test_gradients_controls_follow_through_to_the_url(page_in, base_url):
    page = open_page(page_in("en-US", height=2600), base_url, "/gradients?H=16&length=60")
    page.get_by_role("button", name=re.compile("Next: 2")).click()  # part 2: the matrix
    wait_until_idle(page)
    assert query_of(page)["part"] == "matrix"
    page.get_by_role("radio", name="linear", exact=True).click()
    wait_until_idle(page)
    assert query_of(page)["act"] == "linear"
    page.get_by_role("radio", name=re.compile("Explodes")).click()
    wait_until_idle(page)
    assert_no_exception(page)
    assert (query_of(page)["act"], query_of(page)["norm"]) == ("linear", "1.1")
    assert page.get_by_text("It explodes.").count() == 1


def test_gradients_bad_link_is_explained(page_in, base_url):
    page = open_page(page_in("es-AR"), base_url, "/gradients?T=100000000&w=1e308&act=unknown&H=0&norm=-1")
    assert_no_exception(page)
    alert = page.locator('[data-testid="stAlert"]').first.inner_text()
    assert "fuera del rango permitido" in alert and "no es una de las opciones" in alert
    assert (query_of(page)["T"], query_of(page)["w"], query_of(page)["H"]) == ("200", "4", "1")
    screenshot(page, "gradients_bad_input")


def plain(text: str) -> str:
    """Text with the no-break and thin spaces the page uses inside numbers and shapes made plain."""
    return re.sub(r"[\u00a0\u2009\u202f]", " ", text)


def test_the_shapes_issue_link_shows_the_numbers(page_in, base_url):
    page = open_page(page_in("es-AR", height=2600), base_url, SHAPES_ISSUE_LINK)
    assert_no_exception(page)
    asked = {k: v[-1] for k, v in parse_qs(urlparse(SHAPES_ISSUE_LINK).query).items()}
    assert asked.items() <= query_of(page).items()
    table = plain(page.locator("table").first.inner_text())
    assert "Variable" in table and "Parámetro" in table and "weight_ih_l1" in table and "(28, 14)" in table
    metrics = plain(" ".join(page.locator('[data-testid="stMetricValue"]').all_inner_texts()))
    assert "2 072" in metrics  # the total
    equations = re.sub(r"\s", "", " ".join(page.locator(".katex-display").all_inner_texts()))
    assert "=784" in equations and "=2072" in equations


def test_the_shapes_quiz_reveals_in_the_browser(page_in, base_url):
    page = open_page(page_in("en-US", height=2600), base_url, SHAPES_ISSUE_LINK + "&quiz=true")
    assert plain(page.locator("table").first.inner_text()).count("?") >= 6
    page.get_by_role("button", name=re.compile("Show the answers")).click()
    wait_until_idle(page)
    assert_no_exception(page)
    assert "(28, 14)" in plain(page.locator("table").first.inner_text())
    screenshot(page, "shapes_quiz_revealed")


def test_the_gates_page_explains_text_it_cannot_read(page_in, base_url):
    page = open_page(page_in("en-US"), base_url, "/gates?text=Hola%20%3Cimg%20id%3Dinjected%3E&step=-1")
    assert_no_exception(page)
    assert page.locator("#injected").count() == 0
    alert = page.locator('[data-testid="stAlert"]').first.inner_text()
    assert "it cannot read" in alert and "holaimgidinjected" in alert
    assert query_of(page)["text"] == "holaimgidinjected" and query_of(page)["step"] == "0"
    assert page.locator(".katex-display").count() >= 1  # the rest of the page works
    screenshot(page, "gates_bad_input")


def test_training_a_model_live_and_stopping_it(page_in, base_url):
    page = open_page(page_in("en-US", height=2600), base_url, "/gates")
    page.get_by_text("Train your own").click()
    wait_until_idle(page)
    page.get_by_role("button", name=re.compile("^Train$")).click()
    progress = page.get_by_text(re.compile(r"Step \d+ of 2000"))
    progress.first.wait_for(timeout=30_000)  # the bar and the curve grow while it trains
    page.wait_for_timeout(1500)
    main = page.get_by_test_id("stMainBlockContainer")  # not the header's own Stop
    main.get_by_role("button", name=re.compile(r"\bStop$")).click()
    page.get_by_text(re.compile(r"Stopped at step \d+")).wait_for(timeout=30_000)
    wait_until_idle(page)
    assert_no_exception(page)
    screenshot(page, "gates_trained")
    page.get_by_role("button", name=re.compile("Look inside it")).click()
    wait_until_idle(page)
    assert_no_exception(page)
    assert query_of(page)["model"] == "mine"
    assert page.get_by_text(re.compile("Yours · LSTM 12")).count() >= 1


def test_the_attention_page_reads_the_date_and_explains_bad_input(page_in, base_url):
    page = open_page(
        page_in("en-US", height=2600), base_url, "/attention?text=3%20de%20%3Cimg%20id%3Dinjected%3E"
    )
    assert_no_exception(page)
    assert page.locator("#injected").count() == 0
    alert = page.locator('[data-testid="stAlert"]').first.inner_text()
    assert "it cannot read" in alert
    page = open_page(page, base_url, "/attention?model=seq2seq-dates-attn&text=3%20de%20febrero%20de%201987")
    assert_no_exception(page)
    assert page.locator("code", has_text="1987-02-03").count() >= 1
    assert page.locator(".katex-display").count() >= 1
    screenshot(page, "attention_dates")


def test_training_an_attention_model_live_and_stopping_it(page_in, base_url):
    page = open_page(
        page_in("en-US", height=3800), base_url, "/attention?model=seq2seq-reverse-attn&text=abc"
    )
    page.get_by_text("Train your own").click()
    wait_until_idle(page)
    page.get_by_role("button", name=re.compile("^Train$")).click()
    page.get_by_text(re.compile(r"Alignment of atencion at step \d+")).first.wait_for(timeout=30_000)
    page.wait_for_timeout(4000)  # the alignment is redrawn at every report
    screenshot(page, "attention_training")
    main = page.get_by_test_id("stMainBlockContainer")  # not the header's own Stop
    main.get_by_role("button", name=re.compile(r"\bStop$")).click()
    page.get_by_text(re.compile(r"Stopped at step \d+")).wait_for(timeout=30_000)
    wait_until_idle(page)
    assert_no_exception(page)
    page.get_by_role("button", name=re.compile("Look at it above")).click()
    wait_until_idle(page)
    assert_no_exception(page)
    assert query_of(page)["model"] == "mine"
    screenshot(page, "attention_trained")


def test_hovering_an_output_lights_its_cone_without_a_rerun(page_in, base_url):
    """The cone is an Altair selection: the browser redraws it, the server is never asked (no message
    goes up the websocket, which every rerun needs)."""
    page = page_in("en-US", width=1280, height=2200)
    sent = []
    page.on("websocket", lambda ws: ws.on("framesent", lambda frame: sent.append(frame)))
    open_page(page, base_url, CONV_GERON_LINK)
    assert_no_exception(page)
    chart = page.get_by_test_id("stVegaLiteChart").first
    chart.scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    box = chart.bounding_box()

    def lower_half() -> bytes:  # the inputs and the first layers: where a cone's base is drawn
        clip = {"x": box["x"], "y": box["y"] + box["height"] * 0.55, "width": box["width"], "height": 120}
        return page.screenshot(clip=clip)

    before = lower_half()
    start = len(sent)
    page.mouse.move(box["x"] + box["width"] * 0.3, box["y"] + 30)  # nearest output: an early one
    page.wait_for_timeout(700)
    early = lower_half()
    page.mouse.move(box["x"] + box["width"] * 0.6, box["y"] + 30)
    page.wait_for_timeout(700)
    middle = lower_half()
    assert before != early != middle  # the lit cone moved with the pointer
    assert len(sent) == start  # and the server heard nothing: no rerun
    assert page.locator('[data-testid="stStatusWidget"]').count() == 0
    screenshot(page, "convolutions_hover")


def test_training_a_forecaster_live_and_stopping_it(page_in, base_url):
    page = open_page(page_in("en-US", height=2600), base_url, CONV_GERON_LINK)
    page.get_by_text("Train your own").click()
    wait_until_idle(page)
    page.get_by_role("button", name=re.compile("^Train$")).click()
    page.get_by_text(re.compile(r"Step \d+ of 450")).first.wait_for(timeout=60_000)
    page.wait_for_timeout(1000)
    page.get_by_test_id("stMainBlockContainer").get_by_role("button", name=re.compile(r"\bStop$")).click()
    page.get_by_text(re.compile(r"WaveNet (stopped at step |trained: )\d+")).wait_for(timeout=60_000)
    wait_until_idle(page)
    assert_no_exception(page)
    assert "Validation error 0." in page.get_by_test_id("stAlert").last.inner_text()
    screenshot(page, "convolutions_trained")

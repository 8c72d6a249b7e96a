"""The frame every page shares: navigation, language, the device switch."""

import threading

from threadpoolctl import threadpool_info

from tests.apptest import assert_clean, open_app, texts
from ui.compute import one_thread
from ui.lessons import LESSONS


def test_home_lists_every_lesson_with_a_link():
    at = open_app(locale="en-US")
    assert_clean(at)
    assert at.title[0].value == "Unrolled"
    links = {link.proto.page: link.proto.label for link in at.get("page_link")}
    assert set(links) == {lesson.url_path for lesson in LESSONS}
    assert "Unroll an RNN" in links["unroll"]
    assert len(at.get("plotly_chart")) == len(LESSONS)  # a picture for each lesson


def test_browser_language_picks_spanish_or_english():
    assert "Lecciones" in texts(open_app(locale="es-MX"))
    assert "Lessons" in texts(open_app(locale="en-US"))
    assert "Lessons" in texts(open_app(locale="fr-FR"))


def test_lang_in_the_url_overrides_the_browser():
    at = open_app(query={"lang": "en"}, locale="es-AR")
    assert "Lessons" in texts(at)
    at = open_app(query={"lang": "es"}, locale="en-US")
    assert "Lecciones" in texts(at)


def test_an_unknown_lang_says_so_and_keeps_working():
    at = open_app(query={"lang": "<b>fr</b>"}, locale="en-US")
    assert_clean(at)
    assert "Lessons" in texts(at)
    assert any("`<b>fr</b>`" in w.value for w in at.warning)


def test_the_sidebar_switch_changes_the_language_and_the_url():
    at = open_app(locale="en-US")
    at.sidebar.button_group[0].set_value("es").run()
    assert "Lecciones" in texts(at)
    assert at.query_params.get("lang") in ("es", ["es"])


def test_the_device_can_be_forced_to_the_cpu():
    at = open_app("pages/unroll.py", locale="en-US")
    at.sidebar.selectbox[0].set_value("cpu").run()
    assert_clean(at)
    assert "on cpu" in texts(at)


def test_one_thread_holds_numpy_and_torch_to_one_thread_in_a_new_thread():
    """Each run of the script is a new thread, and OpenBLAS's setting is the thread's own."""
    seen = {}

    def a_run():
        one_thread()
        seen.update({pool["user_api"]: pool["num_threads"] for pool in threadpool_info()})

    for _ in range(2):  # the second finds the pools the first found
        seen.clear()
        worker = threading.Thread(target=a_run)
        worker.start()
        worker.join()
        assert seen and set(seen.values()) == {1}

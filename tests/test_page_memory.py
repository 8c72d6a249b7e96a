"""The "Memory networks" page under AppTest: the memory by hand, a story read in hops, the URL, bad input."""

from tests.apptest import assert_clean, latex, open_app, query, texts, warnings

PAGE = "pages/memory.py"
ISSUE_LINK = {"task": "2", "language": "es", "seed": "1", "hops": "3"}
DEFAULT = {**ISSUE_LINK, "question": ""}


def charts(at) -> list[str]:
    return [chart.proto.spec for chart in at.get("plotly_chart")]


def test_the_default_view_reads_a_task_2_story_in_three_hops():
    at = open_app(PAGE, {})
    assert_clean(at)
    assert query(at) == DEFAULT
    assert len(charts(at)) == 2  # the scale figure and the attention heatmap
    assert "¿Dónde está la leche?" in at.text_input(key="memory:question").placeholder
    assert "Answer: **`oficina`**" in texts(at) and "Right: the story says `oficina`" in at.success[0].value
    assert r"\alpha_1" in latex(at) and "C = " in latex(at)
    assert len(at.table) == 1


def test_the_widgets_drive_the_url():
    at = open_app(PAGE, ISSUE_LINK)
    at.button_group(key="memory:task").set_value(1).run()
    at.button_group(key="memory:language").set_value("en").run()
    at.button_group(key="memory:hops").set_value(1).run()
    assert_clean(at)
    assert query(at) == {"task": "1", "language": "en", "seed": "1", "hops": "1", "question": ""}
    at.button(key="memory:another").click().run()
    assert query(at)["seed"] == "2"
    at.text_input(key="memory:question").input("Where is Sandra").run()
    assert query(at)["question"] == "Where is Sandra" and "no expected answer" in texts(at)
    at.text_input(key="memory:query").input("0, 3").run()
    assert query(at)["query"] == "0,3"


def test_an_edited_story_goes_into_the_url_and_back():
    at = open_app(PAGE, ISSUE_LINK)
    at.text_area(key="memory:story").input("Mary went to the garden.\nMary moved to the office").run()
    at.text_input(key="memory:question").input("¿Where is Mary").run()
    assert_clean(at)
    link = query(at)
    assert link["edited"] == "true" and link["story"].endswith("office")
    assert "Answer: **`office`**" in texts(at)
    again = open_app(PAGE, link)
    assert again.text_area(key="memory:story").value == "Mary went to the garden.\nMary moved to the office"
    again.button(key="memory:back").click().run()
    assert "story" not in query(again)


def test_bad_input_is_explained_and_visitor_text_stays_text():
    story = "\n".join(["Mary went to the kitchen"] * 22 + ["<b>Mary</b> went to the garage"])
    bad = {**ISSUE_LINK, "edited": "true", "story": story, "hops": "7", "k1": "x", "k2": "4", "seed": "-3"}
    at = open_app(PAGE, bad)
    assert_clean(at)
    shown = warnings(at)
    assert "Key k₁" in shown and "Hops" in shown and "Seed" in shown and "has one number only" in shown
    info = "\n".join(i.value for i in at.info)
    assert "the first 3 were left out" in info and "`garage`" in info and "`<b>mary</b>`" in info
    assert query(at)["hops"] == "3" and query(at)["k2"] == "4,0"


def test_an_empty_story_says_so():
    at = open_app(PAGE, {**ISSUE_LINK, "edited": "true", "story": ""})
    assert_clean(at)
    assert "The story is empty" in "\n".join(i.value for i in at.info)
    assert len(charts(at)) == 1  # no heatmap without sentences


def test_spanish():
    at = open_app(PAGE, ISSUE_LINK, locale="es-AR")
    assert_clean(at)
    assert "Redes de memoria" in texts(at) and "Respuesta" in texts(at)


def test_training_a_network_live():
    at = open_app(PAGE, {**ISSUE_LINK, "hops": "2"})
    at.session_state["memory:train_panel"] = True
    budget = {"max_steps": 20, "pool_size": 10, "report_every": 10, "eval_every": 10, "max_seconds": 60.0}
    at.session_state["memory:train_budget"] = budget
    at.run()
    at.button(key="memory:train").click().run()
    assert_clean(at)
    done = "\n".join(s.value for s in at.success)
    assert "Done: 20 steps in" in done and "of 200 fresh task-2 stories" in done
    assert "Your network's attention at step 20" in texts(at)
    assert sum('"hop 2"' in spec for spec in charts(at)) == 2  # the story's and the live one

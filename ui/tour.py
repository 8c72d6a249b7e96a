"""A lesson's guided tour on its page: `?tour=1` opens it, `&stop=N` at stop N (1-based).

The tour is drawn in a container keyed `tour` at the top of the page, with Back / Next. Each stop puts its
settings into the page's widgets (so the view is the stop's) and says what to look at. A stop with a
question is "predict, then reveal": the rest of the page waits until the student commits to a guess (or
asks for the answer), then the answer computed on the stop's settings is shown with whether the guess was
right. The page calls `open_tour` right after `PageState.load` (before its widgets draw) and `Guide.draw`
where the tour goes, after `PageState.save`.

`tour` and `stop` live in the URL like every setting, so a lecturer's link opens a stop. Bad values get a
message and the normal page.
"""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any

import streamlit as st

from lessons.tour import Choice, Reveal, Stop
from ui.i18n import t
from ui.messages import literal
from ui.params import MAX_RAW_SHOWN, BoolParam, shorten
from ui.urlstate import PageState

TOUR_KEY, STOP_KEY = "tour", "stop"
_BOOL = BoolParam()


@dataclass
class Guide:
    lesson: str
    stops: tuple[Stop, ...]
    state: PageState
    on: bool = False
    index: int = 0  # 0-based
    problems: list[str] = field(default_factory=list)

    # ------------------------------------------------------------------ session keys
    @property
    def _key(self) -> str:
        return f"_tour:{self.lesson}"

    @property
    def _written(self) -> str:
        return f"_tour_url:{self.lesson}"

    def _revealed_key(self, stop: Stop) -> str:
        return f"_tour_revealed:{self.lesson}:{stop.key}"

    def guess_key(self, stop: Stop) -> str:
        return f"tour:{self.lesson}:{stop.key}:guess"

    @property
    def stop(self) -> Stop:
        return self.stops[self.index]

    def stop_settings(self, stop: Stop) -> Any:
        settings, _ = self.state.schema.parse(dict(stop.settings))
        return settings

    # ------------------------------------------------------------------ moving
    def _remember(self) -> None:
        st.session_state[self._key] = (self.on, self.index)

    def go(self, index: int) -> None:
        """Go to stop `index` (a callback: runs before the widgets draw) and show its view."""
        self.on, self.index = True, index
        self._remember()
        self.state.set_widgets(self.stop_settings(self.stops[index]))

    def close(self) -> None:
        self.on = False
        self._remember()

    def reveal(self, stop: Stop) -> None:
        st.session_state[self._revealed_key(stop)] = True

    def retry(self, stop: Stop) -> None:
        st.session_state[self._revealed_key(stop)] = False
        st.session_state.pop(self.guess_key(stop), None)

    def revealed(self, stop: Stop) -> bool:
        return bool(st.session_state.get(self._revealed_key(stop)))

    # ------------------------------------------------------------------ drawing
    def place(self) -> None:
        """Keep the tour's place here, at the top of the page (right under the title): the page draws it
        there later with `draw`, once its settings are saved."""
        self._slot = st.container()

    def draw(self) -> None:
        """Draw the tour container (or, with no tour open, the button that starts one) in its place and keep
        `tour` and `stop` in the URL. Stops the page while a stop's question waits for a guess."""
        slot = getattr(self, "_slot", None)
        with slot if slot is not None else nullcontext():
            self._draw()

    def _draw(self) -> None:
        for message in self.problems:
            st.warning(message, icon=":material/info:")
        box = st.container(key="tour", border=self.on)
        self._write_url()
        if not self.on:
            box.button(
                t("tour.start", count=len(self.stops)),
                icon=":material/explore:",
                type="tertiary",
                on_click=self.go,
                args=(0,),
                key=f"tour:{self.lesson}:start",
            )
            return
        stop, n = self.stop, len(self.stops)
        box.markdown(
            f"**{t('tour.stop_of', number=self.index + 1, count=n)} · {t(self._text(stop, 'title'))}**"
        )
        box.markdown(t(self._text(stop, "look")))
        pending = stop.question is not None and not self.revealed(stop)
        if stop.question is not None:
            self._question(box, stop)
        row = box.container(horizontal=True)
        row.button(
            t("tour.back"),
            icon=":material/arrow_back:",
            disabled=self.index == 0,
            on_click=self.go,
            args=(self.index - 1,),
            key=f"tour:{self.lesson}:back",
        )
        if self.index + 1 < n:
            row.button(
                t("tour.next"),
                icon=":material/arrow_forward:",
                type="primary",
                on_click=self.go,
                args=(self.index + 1,),
                key=f"tour:{self.lesson}:next",
            )
        row.button(
            t("tour.close") if self.index + 1 < n else t("tour.finish"),
            icon=":material/close:" if self.index + 1 < n else ":material/check:",
            type="tertiary" if self.index + 1 < n else "primary",
            on_click=self.close,
            key=f"tour:{self.lesson}:close",
        )
        if pending:
            st.info(t("tour.waiting"), icon=":material/hourglass_top:")
            st.stop()

    def _text(self, stop: Stop, part: str) -> str:
        return f"{self.lesson}.tour_{stop.key}_{part}"

    def answer(self, stop: Stop) -> Reveal:
        """The question's answer, computed by the engine on the stop's own settings."""
        return stop.question.answer(self.stop_settings(stop))

    def answer_text(self, stop: Stop, reveal: Reveal) -> str:
        """The answer as the page says it: a choice's label, or a number's `Reveal.text`."""
        if isinstance(stop.question, Choice):
            return t(self._text(stop, f"opt_{reveal.value}"))
        return reveal.text

    def _question(self, box, stop: Stop) -> None:
        question = stop.question
        revealed = self.revealed(stop)
        key = self.guess_key(stop)
        ask = t(self._text(stop, "ask"))
        if isinstance(question, Choice):
            box.radio(
                ask,
                options=question.options,
                index=None,
                format_func={o: t(self._text(stop, f"opt_{o}")) for o in question.options}.get,
                key=key,
                disabled=revealed,
            )
        else:
            box.number_input(
                ask,
                min_value=float(question.lo),
                max_value=float(question.hi),
                value=None,
                step=float(question.step),
                format=f"%.{decimals(question.step)}f",
                key=key,
                disabled=revealed,
                placeholder=t("tour.number_placeholder"),
            )
        guess = st.session_state.get(key)
        if not revealed:
            row = box.container(horizontal=True)
            row.button(
                t("tour.check"),
                icon=":material/how_to_reg:",
                type="primary",
                disabled=guess is None,
                on_click=self.reveal,
                args=(stop,),
                key=f"tour:{self.lesson}:{stop.key}:check",
            )
            row.button(
                t("tour.skip"),
                type="tertiary",
                on_click=self.reveal,
                args=(stop,),
                key=f"tour:{self.lesson}:{stop.key}:skip",
            )
            return
        reveal = self.answer(stop)
        sentence = t(self._text(stop, "reveal"), **reveal.values)
        answer = self.answer_text(stop, reveal)
        if guess is None:
            box.info(t("tour.answer", answer=answer) + "\n\n" + sentence, icon=":material/lightbulb:")
        else:
            shown = t(self._text(stop, f"opt_{guess}")) if isinstance(question, Choice) else f"{guess:g}"
            if question.right(guess, reveal):
                verdict, box_of, icon = "tour.right", box.success, ":material/check_circle:"
            else:
                verdict, box_of, icon = "tour.wrong", box.warning, ":material/cancel:"
            box_of(
                t(verdict, guess=shown, answer=answer) + "\n\n" + sentence,
                icon=icon,
            )
        box.button(
            t("tour.retry"),
            icon=":material/replay:",
            type="tertiary",
            on_click=self.retry,
            args=(stop,),
            key=f"tour:{self.lesson}:{stop.key}:retry",
        )

    def _write_url(self) -> None:
        qp = st.query_params
        if self.on:
            wanted = {TOUR_KEY: "1", STOP_KEY: str(self.index + 1)}
            for key, value in wanted.items():
                if qp.get(key) != value:
                    qp[key] = value
            st.session_state[self._written] = ("1", str(self.index + 1))
        else:
            for key in (TOUR_KEY, STOP_KEY):
                if key in qp:
                    del qp[key]
            st.session_state[self._written] = (None, None)


def decimals(step: float) -> int:
    """The decimals a number question's box shows: as many as its step has (1 -> 0, 0.01 -> 2)."""
    text = f"{step:.10f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def open_tour(lesson: str, stops: tuple[Stop, ...], state: PageState) -> Guide:
    """Settle this run's tour: from a new link in the URL, else from the session. A new link to a stop
    whose URL holds none of the page's settings puts the stop's settings into the widgets."""
    guide = Guide(lesson, stops, state)
    ss, qp = st.session_state, st.query_params
    raw = (qp.get(TOUR_KEY), qp.get(STOP_KEY))
    if raw == ss.get(guide._written):
        guide.on, guide.index = ss.get(guide._key, (False, 0))
        return guide
    on, index = _parse(guide, *raw)
    if on:
        guide.on, guide.index = True, index
        guide._remember()
        if not any(key in qp for key in state.schema.keys):
            state.set_widgets(guide.stop_settings(guide.stop))
    else:
        guide.close()
    return guide


def _parse(guide: Guide, raw_tour: str | None, raw_stop: str | None) -> tuple[bool, int]:
    """(open, 0-based stop) from the URL's text; a message in `guide.problems` for each bad value."""
    count = len(guide.stops)
    on = raw_stop is not None  # a stop alone opens the tour at it
    if raw_tour is not None:
        on, problems = _BOOL.parse(TOUR_KEY, raw_tour, False)
        if problems:
            guide.problems.append(t("tour.bad_tour", raw=literal(shorten(raw_tour, MAX_RAW_SHOWN))))
            return False, 0
    if not on:
        return False, 0
    if raw_stop is None:
        return True, 0
    text = raw_stop.strip()
    if not text.isdigit() or not 1 <= int(text) <= count:
        guide.problems.append(t("tour.bad_stop", raw=literal(shorten(raw_stop, MAX_RAW_SHOWN)), count=count))
        return False, 0
    return True, int(text) - 1

"""engine.seqdata: the generated tasks spell dates right and keep held-out examples out of training."""

import datetime as dt
import random

import pytest

from engine.seqdata import (
    DATE_FORMATS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    DatesTask,
    ReverseTask,
    format_date,
    is_held_out,
    make_task,
    parse_date,
)

# Zeller's congruence, independent of the datetime module the generator uses: 0 = Saturday.
ZELLER_NAMES = ("sábado", "domingo", "lunes", "martes", "miércoles", "jueves", "viernes")


def zeller_weekday(year: int, month: int, day: int) -> str:
    if month < 3:
        month, year = month + 12, year - 1
    K, J = year % 100, year // 100
    return ZELLER_NAMES[(day + 13 * (month + 1) // 5 + K + K // 4 + J // 4 + 5 * J) % 7]


def test_the_four_formats_of_one_date():
    date = dt.date(1999, 3, 5)
    assert format_date(date, "long").src == "5 de marzo de 1999"
    assert format_date(date, "numeric").src == "05/03/1999"
    assert format_date(date, "short").src == "5 mar 1999"
    assert format_date(date, "weekday").src == "viernes 5 de marzo de 1999"
    assert {format_date(date, f).tgt for f in DATE_FORMATS} == {"1999-03-05"}


def test_weekdays_have_their_accents():
    assert format_date(dt.date(2024, 1, 3), "weekday").src == "miércoles 3 de enero de 2024"
    assert format_date(dt.date(1900, 1, 6), "weekday").src == "sábado 6 de enero de 1900"
    assert format_date(dt.date(2099, 12, 31), "weekday").src == "jueves 31 de diciembre de 2099"


def test_weekdays_agree_with_datetime_and_with_zellers_congruence():
    rng = random.Random(0)
    first, last = dt.date(1900, 1, 1).toordinal(), dt.date(2099, 12, 31).toordinal()
    for _ in range(2000):
        date = dt.date.fromordinal(rng.randint(first, last))
        weekday = format_date(date, "weekday").src.split(" ")[0]
        assert weekday == zeller_weekday(date.year, date.month, date.day)
        assert (
            weekday
            == ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")[date.weekday()]
        )


def test_spans_spell_the_fields():
    for e in DatesTask().sample(400, seed=3, split="train"):
        year, month, day = (int(x) for x in e.tgt.split("-"))
        assert e.src[slice(*e.spans["year"])] == str(year)
        spelled = e.src[slice(*e.spans["month"])]
        assert spelled in (MONTHS[month - 1], MONTH_ABBREVIATIONS[month - 1], f"{month:02d}")
        assert int(e.src[slice(*e.spans["day"])]) == day
        if "weekday" in e.spans:
            assert e.src[slice(*e.spans["weekday"])] == zeller_weekday(year, month, day)


def test_word_formats_drop_the_leading_zero_and_numeric_keeps_it():
    date = dt.date(2001, 2, 9)
    assert format_date(date, "long").src.startswith("9 de febrero")
    assert format_date(date, "short").src == "9 feb 2001"
    assert format_date(date, "numeric").src == "09/02/2001"


def test_every_date_fits_the_alphabet_and_the_length_cap():
    task = DatesTask()
    samples = task.sample(3000, seed=1, split="train") + task.sample(300, seed=1, split="test")
    assert all(set(e.src) <= set(task.src_alphabet) for e in samples)
    assert all(set(e.tgt) <= set(task.tgt_alphabet) and len(e.tgt) == 10 for e in samples)
    longest = format_date(dt.date(1999, 9, 29), "weekday").src
    assert longest == "miércoles 29 de septiembre de 1999" and len(longest) == task.max_src_len
    assert max(len(e.src) for e in samples) <= task.max_src_len
    assert {e.src.split(" ")[0] for e in samples if e.spans.get("weekday")} >= {"miércoles", "sábado"}


def test_held_out_dates_are_never_trained_on():
    task = DatesTask()
    train, test = set(task.dates("train")), set(task.dates("test"))
    assert not train & test
    assert len(train) + len(test) == (dt.date(2099, 12, 31) - dt.date(1900, 1, 1)).days + 1
    assert 0.08 < len(test) / (len(train) + len(test)) < 0.12
    test_keys = {d.isoformat() for d in test}
    assert all(e.tgt not in test_keys for e in task.sample(2000, seed=9, split="train"))
    assert all(is_held_out("dates", e.tgt) for e in task.sample(500, seed=9, split="test"))


def test_reversal_examples_and_their_split():
    task = ReverseTask(1, 20)
    train = task.sample(2000, seed=0, split="train")
    assert all(e.tgt == e.src[::-1] and 1 <= len(e.src) <= 20 for e in train)
    assert {len(e.src) for e in train} == set(range(1, 21))
    assert not any(is_held_out("reverse", e.src) for e in train)
    for length in (1, 2, 5, 20):
        test = task.sample_length(50, length, seed=4, split="test")
        assert all(len(e.src) == length and is_held_out("reverse", e.src) for e in test)


def test_samples_are_reproducible_from_the_seed():
    task = DatesTask()
    assert task.sample(20, seed=5) == task.sample(20, seed=5)
    assert task.sample(20, seed=5) != task.sample(20, seed=6)
    r = ReverseTask(2, 8)
    assert r.sample(20, seed=5) == r.sample(20, seed=5)


def test_bad_task_settings_are_refused():
    with pytest.raises(ValueError):
        ReverseTask(5, 2)
    with pytest.raises(ValueError):
        make_task("translate")
    with pytest.raises(ValueError):
        format_date(dt.date(2000, 1, 1), "iso")


def test_parse_date_reads_every_generated_date_and_refuses_the_rest():
    task = DatesTask()
    for e in task.sample(2000, seed=11) + task.sample(200, seed=11, split="test"):
        date, weekday = parse_date(e.src)
        assert date.isoformat() == e.tgt
        assert weekday == (e.src[slice(*e.spans["weekday"])] if "weekday" in e.spans else None)
    for text in [
        "30 de febrero de 2000",
        "5 de mar de 1999",
        "5 marzo 1999",
        "5/3/1999",
        "1 ene 2100",
        "hola",
        "",
    ]:
        assert parse_date(text)[0] is None, text
    assert parse_date("lunes 5 de marzo de 1999") == (dt.date(1999, 3, 5), "lunes")

"""Targets: numeric goals and commitments, not forecasts, results or budgets."""
from __future__ import annotations

from functools import lru_cache

import pytest

from pipeline.read import layout, pages
from pipeline.extract.targets import deadline_of, extract_targets, targets_in
from tests.conftest import FOSTERING, HARINGEY_REPORT, PACK, THURROCK


@lru_cache(maxsize=None)
def targets_of(pdf):
    return extract_targets(layout.analyse(list(pages.read_pages(pdf))))


def test_transition_target_with_baseline():
    share = next(t for t in targets_of(FOSTERING) if t.value == 60)
    assert (share.page, share.unit, share.baseline, share.direction) == (4, "percent", 32, "increase")
    assert share.period == "over three years"
    assert share.text.startswith("• Transition from 32% in-house fostering placement share to 60%")


def test_savings_commitments():
    found = {(t.page, t.value) for t in targets_of(FOSTERING)}
    assert {(6, 3800000), (6, 2250000)} <= found


def test_stretch_target_ceiling_and_word_number():
    found = targets_of(PACK)
    stretch = next(t for t in found if t.value == 45)
    assert stretch.page == 11 and stretch.text.startswith("Our agreed stretch target is to approve 45")
    assert stretch.unit == "task centred fostering households" and stretch.period == "2014/5"
    ceiling = next(t for t in found if t.value == 20)
    assert (ceiling.unit, ceiling.direction) == ("percent", "decrease")
    assert any(t.value == 4 and "aim for four" in t.text for t in found)


def test_a_restated_target_is_kept_once_and_names_are_not_numbers():
    found = targets_of(HARINGEY_REPORT)
    assert [(t.page, t.value) for t in found] == [(4, 5017000)]  # not "Haringey 54,000", not p8's restatements


def test_a_plain_budget_is_not_a_target():
    assert targets_of(THURROCK) == []


@pytest.mark.parametrize("sentence", [
    "The forecast indicated that £80.3 million in savings would be delivered for 2024-25.",
    "Spending increased from 20% to 30% last year.",
    "The current annual commitment for placement provision is £9.5m.",
    "The CFR will increase by approximately £56m as at 31.03.2025.",
    "The KPI fell short of this target by two percentage points.",
    "5.1 The Council's chief objective when borrowing is to strike a low risk balance.",
])
def test_not_targets(sentence):
    assert targets_in(sentence) == []


def test_a_measure_in_a_plan_table():
    [found] = targets_in("By 2028, the people describing their experience of making a GP appointment as good will "
                         "have increased from 49% in 2022 to at least 60%.")
    assert (found.value, found.unit, found.baseline, found.direction) == (60, "percent", 49, "increase")


def test_a_plan_with_a_deadline():
    sentence = "We will deliver 500 new homes by March 2027."
    [found] = targets_in(sentence)
    assert (found.value, found.unit) == (500, "homes")
    assert deadline_of(sentence) == "2027-03"

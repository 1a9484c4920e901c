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


@pytest.mark.parametrize("sentence, deadline", [
    ("By 2028, staff diversity declaration rates will be at least 95% for every characteristic.", "2028"),
    ("By 2028/29, the share of people still at home will have increased in Kent to at least 85%.", "2028/29"),
    ("We will deliver 500 new homes by 31 March 2026.", "2026-03-31"),
    ("The plan commits to reduce emissions by 40% within 3 years of adoption.", "within 3 years of adoption"),
])
def test_deadlines_from_the_clause(sentence, deadline):
    assert deadline_of(sentence) == deadline


def test_direction_from_the_governing_verb_and_baseline_year_apart():
    [found] = targets_in("By 2028, the rate of emergency admissions will have reduced by at least 1.5%.")
    assert found.direction == "decrease"
    [grow] = targets_in("Pupils achieving a good level of development will have improved from 65.8% in 2021/22 "
                        "to at least 70% by 2026.")
    assert (grow.value, grow.baseline, grow.direction) == (70, 65.8, "increase")
    from pipeline.extract.targets import baseline_year_of, period_of_target
    s = "Pupils achieving a good level of development will have improved from 65.8% in 2021/22 to at least 70%."
    assert baseline_year_of(s, grow.baseline_end) == "2021/22" and period_of_target(s, grow.baseline_end) is None


@pytest.mark.parametrize("sentence", [
    "The vote of at least three members is required for Board action.",
    "Written comments will be allowed with a maximum of 350 words.",
    "The subdivision of the parcel would create two equal sized lots.",
    "A direct debit is in place for the fees, which will reduce the fee by £5 per annum.",
])
def test_rules_and_side_effects_are_not_targets(sentence):
    assert targets_in(sentence) == []


def test_a_footnote_and_a_table_timescale(tmp_path):
    from pipeline.models import TableCell
    from tests.paper import make_pages
    pages = make_pages("The council will keep reserves healthy.")
    cells = [TableCell(row=0, column=0, text="Measure", page=1, table=0),
             TableCell(row=0, column=1, text="Timescale", page=1, table=0),
             TableCell(row=1, column=0, text="We aim to cut landfill to 5%", page=1, header="Measure", table=0),
             TableCell(row=1, column=1, text="March 2027", page=1, header="Timescale", table=0)]
    [found] = extract_targets(pages, cells)
    assert (found.value, found.deadline) == (5, "2027-03")


def test_a_count_delivered_by_a_calendar_deadline():
    sentence = "The initiative will deliver 27 scooter sessions by the end of this school year."
    [found] = targets_in(sentence)
    assert (found.value, deadline_of(sentence)) == (27, "the end of this school year")


@pytest.mark.parametrize("sentence, deadline", [
    ("Inflation is expected to fall back to its target of 2.0% in mid-2025.", "mid-2025"),
    ("We aim to reach 60% of homes by early 2027.", "early-2027"),
    ("The scheme will deliver 40 homes by Spring 2026.", "spring 2026"),
    ("We will cut waste by 10% by Q3 2025.", "Q3 2025"),
])
def test_deadlines_named_by_a_part_of_a_year(sentence, deadline):
    [found] = targets_in(sentence)
    assert deadline_of(sentence, found.start) == deadline


def test_a_bare_year_is_the_period_not_the_deadline():
    from pipeline.extract.targets import period_of_target
    sentence = "The savings target in 2024-25 will deliver £3m."
    assert deadline_of(sentence) is None and period_of_target(sentence) == "2024-25"


def test_a_note_under_a_table_is_no_target():
    from tests.paper import make_pages
    pages = make_pages("Note 1 = excludes savings towards the £19.8m policy savings target\n\n"
                       "We aim to cut landfill to 5% by 2027.")
    assert [(t.value, t.deadline) for t in extract_targets(pages)] == [(5, "2027")]

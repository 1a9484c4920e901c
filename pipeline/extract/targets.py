"""Targets: explicit numeric goals and commitments.

    "Our agreed stretch target is to approve 45 new fostering households during 2014/15"
    "Transition from 32% in-house fostering placement share to 60% over three years"
    "this phase will deliver £5.017m of savings"        "no more than 20% of ..."

A target is a number bound to wording that commits to it: a target, aim, goal or pledge; a plan
or commitment to do something; "will deliver" / "would save"; a floor or a ceiling ("at least",
"no more than"); or a change "from X to Y" still to happen. Forecasts, estimates, assumptions and
past results are not targets, nor are plain budgets (no committing wording).

The cue phrases are found with a spaCy Matcher on a blank English pipeline (rules only: no
statistical model); only sentences holding a number reach it. The number a cue binds is the
first quantity after it in the same clause: money, a percentage, or a count of something
(not a year, a date, a duration or a number inside a name such as "Haringey 54,000").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.matcher import Matcher

from pipeline.extract import nlp
from pipeline.extract.amounts import FINANCIAL_YEAR, SPAN, find_amounts, scaled
from pipeline.read.layout import PageLayout
from pipeline.models import BBox, TableCell, Target
from pipeline.extract.text import MONTHS

WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
                "fifty": 50, "hundred": 100}
# A count: "45 new households", "four assessments", "1,200 homes", "1.5 million people"
COUNT = re.compile(r"(?<![\w£$€.,/-])(?<!-\s)(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + "|".join(WORD_NUMBERS)
                   + r")(?P<scale>\s(?:million|thousand))?(?![\w%/-]|\.\d|,\d)", re.I)
TIME_UNIT = re.compile(r"^\s*(?:working\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|times?|per\b)", re.I)
YEARISH = re.compile(r"^(?:19|20)\d\d$")

# Verbs that commit to a number ("to approve 45", "will deliver £5m", "would save £3.8m").
COMMIT_VERBS = ["deliver", "save", "achieve", "reach", "raise", "reduce", "increase", "approve", "recruit",
                "create", "build", "provide", "grow", "cut", "generate", "halve", "double", "secure", "plant",
                "lower", "attract", "support"]
MEASURES = ("GBP", "USD", "CAD", "EUR", "percent")
GOALS = ["target", "targets", "aim", "aims", "ambition", "ambitions", "goal", "goals", "objective", "objectives",
         "pledge", "pledges", "aspiration"]
# How many words may stand between a cue and the number it binds ("target is to approve 45",
# "planned to raise council tax by 2.99%"); a limit binds the number right after it.
REACH = {"goal": 5, "plan": 4, "commit": 4, "limit": 1}
GAP_STOP = re.compile(r"[,;:()]|\b(?:with|which|who|while|whilst|because|although|since|compared|than|when|"
                      r"where|but|and|or|was|were|is|are|has|have|been|being|from)\b(?!\s+to\b)", re.I)
NOT_COMMITTED = re.compile(r"\b(?:forecasts?|forecasted|estimated?|assum(?:es|ed|ing|ption)|projections?|projected|"
                           r"predicted?|previous(?:ly)?|last year|had been|achieved|delivered|met|"
                           r"approximately|approx|around|about|roughly|circa|c\.)(?!\w)", re.I)
INCREASE = re.compile(r"\b(?:increas\w*|rais\w*|grow\w*|more|expand\w*|improv\w*|doubl\w*|at least|minimum|"
                      r"recruit\w*|approv\w*|creat\w*|build\w*)\b", re.I)
DECREASE = re.compile(r"\b(?:reduc\w*|cut\w*|lower\w*|decreas\w*|fewer|no more than|at most|maximum|sav\w*|halv\w*)\b",
                      re.I)
MAINTAIN = re.compile(r"\b(?:maintain\w*|sustain\w*|keep\w*|retain\w*)\b", re.I)
_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
              r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
# The date or year by which: "by 2028", "By 2028/29", "by March 2026", "by 31 March 2026",
# "by January 1, 2022", "by the end of 2027", "no later than 2030"
DEADLINE = re.compile(
    r"\b(?i:by|before|no\s+later\s+than|until)\s+(?:the\s+end\s+of\s+)?(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+)?"
    rf"(?:(?P<month>{_MONTH_NAME})\s+(?:(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+)?)?"
    r"(?P<year>(?:19|20)\d\d)(?:\s?[-/–]\s?(?P<fy>\d\d)(?!\d))?\b")
# A deadline named by a part of a year: "back to its target of 2% in mid-2025", "by early 2027",
# "by spring 2026", "by Q3 2025", "by the end of Quarter 2 2026/27". A bare "in 2025" is not one: it is
# as often the period a target is for ("the savings target in 2024-25").
PART_OF_YEAR = re.compile(
    r"\b(?i:by|before|in|during)\s+(?:the\s+)?(?:end\s+of\s+)?"
    r"(?P<part>(?i:early|mid|late|spring|summer|autumn|fall|winter|Q[1-4]|quarter\s+(?:[1-4]|one|two|three|four)))"
    r"(?:[\s-]+|\s+of\s+)(?P<year>(?:19|20)\d\d(?:\s?[-/–]\s?\d\d(?!\d))?)\b")
# A deadline named by the calendar: "by the end of this school year", "by the end of the financial year"
END_OF = re.compile(r"\bby\s+the\s+end\s+of\s+(?:this|the|next)\s+(?:school\s+|financial\s+|academic\s+|calendar\s+)?"
                    r"(?:year|quarter|month|term)\b", re.I)
# A deadline counted from an event: "within 3 years of adoption", "within six months"
WITHIN = re.compile(r"\bwithin\s+(?:the\s+next\s+)?(?P<n>\d+|" + "|".join(WORD_NUMBERS) +
                    r")\s+(?P<unit>years?|months?|weeks?)(?P<of>\s+of\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)?", re.I)
# A clause whose cue sits after one of these describes a circumstance or a side effect ("which will
# reduce the fee", "when the minimum wage will increase to $15"), not the commitment itself.
SUBORDINATE = re.compile(r"\b(?:which|when|whenever|if|once|unless|whereby)\b", re.I)
# A footnote: a small-type paragraph that opens with its mark ("1 Balance being defined as ...")
FOOTNOTE = re.compile(r"^\s*(?:\d{1,2}|[*†‡¹²³⁴⁵⁶⁷⁸⁹])\s+[A-Z]")
# A note under a table or chart, whatever its type size ("Note 1 = excludes ...", "Notes: ...",
# "NB: ..."): it qualifies the figures above it and commits to nothing.
TABLE_NOTE = re.compile(r"^\s*(?:notes?\s*\d*\s*[:=.–-]|notes?\s+\d+\b|n\.b\.|nb[:.])", re.I)
# Column headers of a plan table that hold a row's deadline or baseline
DEADLINE_COLUMN = re.compile(r"\b(?:timescales?|target\s+dates?|deadlines?|by\s+when|due(?:\s+date)?|"
                             r"completion(?:\s+date)?|delivery\s+date|target\s+year|when)\b", re.I)
BASELINE_COLUMN = re.compile(r"\bbaseline\b", re.I)


HAS_NUMBER = re.compile(r"\d|\b(?:" + "|".join(WORD_NUMBERS) + r")\b", re.I)
# Words every cue pattern below contains, to skip paragraphs without any cheaply.
HAS_CUE = re.compile(r"\b(?:" + "|".join(GOALS) + r"|plan\w*|intend\w*|commit\w*|aspir\w*|seek\w*|expected|"
                     r"required|track|will|would|shall|than|least|most|minimum|maximum|transition|move|shift)\b", re.I)


@dataclass
class Quantity:
    start: int
    end: int
    value: float
    unit: str | None


@lru_cache(maxsize=1)
def cue_matcher() -> Matcher:
    """Token patterns of the wording that commits to a number."""
    matcher = Matcher(nlp.english().vocab)
    verb = {"LOWER": {"IN": COMMIT_VERBS}}
    matcher.add("goal", [[{"LOWER": {"IN": GOALS}}]])
    matcher.add("limit", [
        [{"LOWER": "no"}, {"LOWER": {"IN": ["more", "less", "fewer"]}}, {"LOWER": "than"}],
        [{"LOWER": "at"}, {"LOWER": {"IN": ["least", "most"]}}],
        [{"LOWER": {"IN": ["minimum", "maximum"]}}, {"LOWER": "of"}],
    ])
    matcher.add("plan", [
        [{"LOWER": {"IN": ["plan", "plans", "planned", "planning", "intend", "intends", "intended", "committed",
                           "commit", "commits", "commitment", "aspire", "aspires", "seek", "seeks", "aim", "aims",
                           "aiming", "aimed", "expected", "required"]}}, {"LOWER": "to"}, verb],
        [{"LOWER": "on"}, {"LOWER": "track"}, {"LOWER": "to"}, verb],
    ])
    matcher.add("commit", [[{"LOWER": {"IN": ["will", "would", "shall"]}},
                            {"LOWER": {"IN": ["help", "further"]}, "OP": "?"}, verb]])
    matcher.add("change", [
        [{"LOWER": {"IN": ["transition", "move", "shift"]}}, {"IS_ALPHA": True, "OP": "{0,4}"}, {"LOWER": "from"}],
        [{"LOWER": {"IN": ["will", "to", "would"]}}, {"LOWER": "have", "OP": "?"},
         {"LOWER": {"IN": ["increase", "reduce", "raise", "cut", "lower", "grow", "improve", "move", "shift",
                           "increased", "reduced", "raised", "lowered", "grown", "improved", "moved"]}},
         {"IS_ALPHA": True, "OP": "{0,4}"}, {"LOWER": "from"}],
    ])
    return matcher


# ---------------------------------------------------------------- one sentence

def quantities(sentence: str) -> list[Quantity]:
    """Money, percentages and counts in a sentence, in order (years, dates and durations aside)."""
    out = [Quantity(f.start, f.end, f.value, f.unit) for f in find_amounts(sentence)]
    taken = [(q.start, q.end) for q in out]
    for m in COUNT.finditer(sentence):
        if any(s <= m.start() < e for s, e in taken) or _not_a_count(sentence, m):
            continue
        word = m.group("num").lower()
        value = WORD_NUMBERS.get(word) or float(word.replace(",", ""))
        if m.group("scale"):
            value = scaled(value, 1e6 if "million" in m.group("scale") else 1e3)
        out.append(Quantity(m.start(), m.end(), value, _counted_noun(sentence[m.end():])))
    return sorted(out, key=lambda q: q.start)


def _not_a_count(sentence: str, m: re.Match) -> bool:
    num, before, after = m.group("num"), sentence[:m.start()], sentence[m.end():]
    if YEARISH.match(num) or TIME_UNIT.match(after) or not re.search(r"\w", before):
        return True  # a year, a duration, or a paragraph number opening the sentence
    if re.search(r"\b(?:[A-Z][\w'’]*|(?i:paragraph|section|para|page|item|appendix|table|figure|phase|stage|tier|"
                 r"level|option|annex|footnote|note|years?|no\.?|number|ages?|aged|under|over the))\s*$", before):
        return True  # "Haringey 54,000", "paragraph 5.7", "phase 3", "aged 16"
    return bool(re.match(r"^\s*(?:[-–/]\s?\d|st\b|nd\b|rd\b|th\b|\)|(?:" + "|".join(MONTHS) + r")\b)", after, re.I))


def _counted_noun(after: str) -> str | None:
    """What a count counts: the words after the number up to a preposition or punctuation,
    without leading 'new'/'additional' ("45 new fostering households" -> "fostering households")."""
    words = []
    for w in re.findall(r"[A-Za-z][\w'’-]*|[^\sA-Za-z]", after)[:7]:
        if not w[0].isalpha() or w.lower() in _STOP:
            break
        words.append(w)
    while words and words[0].lower() in {"new", "additional", "more", "extra", "further", "net"}:
        words.pop(0)
    return " ".join(words) or None


_STOP = {"of", "to", "in", "for", "by", "per", "during", "over", "and", "or", "with", "from", "at", "on", "into",
         "not", "than", "which", "who", "that", "being", "be", "is", "are", "will", "would", "should", "each",
         "a", "the", "as", "within", "across", "through"}


@dataclass
class Found:
    start: int
    end: int
    value: float
    unit: str | None
    baseline: float | None
    direction: str
    baseline_end: int | None = None  # where the baseline's number ends in the sentence


def targets_in(sentence: str) -> list[Found]:
    """The targets one sentence states: the number each cue binds, once per number."""
    qs = quantities(sentence)
    if not qs:
        return []
    doc = nlp.parse(sentence)
    found: dict[int, Found] = {}
    for label_id, s, e in cue_matcher()(doc):
        label = nlp.english().vocab.strings[label_id]
        cue_start, cue_end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        if label == "change":
            hit = _from_to(sentence, cue_end, qs)
        else:
            hit = _bound(sentence, cue_start, cue_end, qs, label)
        if hit is None or hit.start in found:
            continue
        if label == "limit" and hit.unit not in MEASURES:
            continue  # "at least three members", "a maximum of 350 words": a rule, not a goal
        if label == "commit" and hit.unit not in MEASURES and not (deadline_of(sentence) or period_of_target(sentence)):
            continue  # "would create two lots": what a proposal does, unless it is due by a date
        if label in ("commit", "change") and SUBORDINATE.search(_clause_before(sentence, cue_start)):
            continue
        if NOT_COMMITTED.search(sentence[max(0, min(cue_start, hit.start) - 60):max(cue_end, hit.end)]):
            continue
        hit.direction = _direction(sentence, _clause_start(sentence, min(cue_start, hit.start)), cue_start, cue_end, hit)
        found[hit.start] = hit
    return sorted(found.values(), key=lambda f: f.start)


def _bound(sentence: str, cue_start: int, cue_end: int, qs: list[Quantity], label: str) -> Found | None:
    """The quantity a cue binds: the first one after it, with at most a few words and no clause
    break between; for a goal also one just before it ("a 5% reserve target")."""
    after = next((q for q in qs if q.start >= cue_end), None)
    gap = sentence[cue_end:after.start] if after else ""
    # "fell short of the target by 2 points" gives the distance from a target, not the target;
    # "objective 9" is the objective's number
    label_number = label == "goal" and not gap.strip() and after is not None and after.unit not in MEASURES
    if after is not None and _binds(gap, REACH[label]) and not (label == "goal" and gap.strip() == "by") \
            and not label_number:
        return Found(after.start, after.end, after.value, after.unit, None, "reach")
    # a goal after its number: "an 85% target", "a £5m savings target" (not "three objectives")
    before = next((q for q in reversed(qs) if q.end <= cue_start), None)
    if (label == "goal" and before is not None and before.unit in MEASURES
            and _binds(sentence[before.end:cue_start], 3) and " of " not in sentence[before.end:cue_start]):
        return Found(before.start, before.end, before.value, before.unit, None, "reach")
    return None


def _clause_start(sentence: str, at: int) -> int:
    """Where the clause holding position `at` begins (after the last , ; : or dash before it)."""
    cut = max(sentence.rfind(ch, 0, at) for ch in ",;:–(")
    return cut + 1 if cut >= 0 else 0


def _clause_before(sentence: str, at: int) -> str:
    return sentence[_clause_start(sentence, at):at]


def _binds(gap: str, max_words: int) -> bool:
    return len(gap.split()) <= max_words and not GAP_STOP.search(gap)


def _from_to(sentence: str, cue_end: int, qs: list[Quantity]) -> Found | None:
    """'from X to Y': the target is Y, X its baseline."""
    after = [q for q in qs if q.start >= cue_end - 5 and len(sentence[cue_end:q.start].split()) <= 8]
    for a, b in zip(after, after[1:]):
        if a.unit == b.unit and re.search(r"\bto\b", sentence[a.end:b.start]):
            return Found(b.start, b.end, b.value, b.unit, a.value, "increase" if b.value > a.value else "decrease", a.end)
    return None


def _direction(sentence: str, clause_start: int, cue_start: int, cue_end: int, hit: Found) -> str:
    """The way the number moves: from the verb that governs it first ("reduced by at least 1.5%"
    is a decrease whatever "at least" says; "increase to 70%"), then from the comparator or verb
    between the cue and the number ("no more than", "at least", "to save")."""
    if hit.baseline is not None:
        return hit.direction
    governed = GOVERNING_VERB.search(sentence[clause_start:hit.start])
    if governed:
        return "decrease" if DECREASE_VERB.match(governed.group("verb")) else "increase"
    wording = sentence[min(cue_start, hit.start):max(cue_end, hit.end)]
    if MAINTAIN.search(wording):
        return "maintain"
    if DECREASE.search(wording):
        return "decrease"
    if INCREASE.search(wording):
        return "increase"
    return "reach"


DECREASE_VERB = re.compile(r"\b(?:reduc\w*|cut|cuts|cutting|lower\w*|decreas\w*|halv\w*|sav(?:e|es|ed|ing)\b)", re.I)
# A direction verb whose "by" or "to" leads to the number, maybe through a comparator:
# "reduced by at least", "increased in Kent to at least", "raise council tax by"
GOVERNING_VERB = re.compile(
    r"\b(?P<verb>(?:increas|rais|grow|grew|expand|improv|reduc|cut|lower|decreas)\w*)\s+(?:[\w'’-]+\s+){0,3}?(?:by|to)\s+"
    r"(?:(?:at\s+least|at\s+most|no\s+more\s+than|no\s+less\s+than|a\s+(?:minimum|maximum)\s+of|up\s+to|over|under)\s+)?"
    r"(?:a\s+|an\s+)?$", re.I)


def deadline_of(sentence: str, near: int | None = None) -> str | None:
    """'by 2026' -> '2026'; 'by March 2027' -> '2027-03'; 'by 31 March 2026' -> '2026-03-31';
    'By 2028/29' -> '2028/29'; 'within 3 years of adoption' as written. Where the text gives two
    ("By 2027 we will ... By 2028, the proportion ... 45%"), the one nearest before the number
    at `near` is the target's."""
    m = _nearest(list(DEADLINE.finditer(sentence)), near)
    if m:
        year = m.group("year")
        if m.group("fy"):
            return f"{year}/{m.group('fy')}" if _next_year(year, m.group("fy")) else year
        month = MONTHS.get(m.group("month").lower().rstrip(".")[:3]) if m.group("month") else None
        day = m.group("day") or m.group("day2")
        if month and day and 1 <= int(day) <= 31:
            return f"{year}-{month:02d}-{int(day):02d}"
        return f"{year}-{month:02d}" if month else year
    part = _nearest(list(PART_OF_YEAR.finditer(sentence)), near)
    if part:
        word = re.sub(r"\s+", " ", part.group("part")).lower()
        word = word.upper() if re.fullmatch(r"q\d", word) else word
        year = re.sub(r"\s", "", part.group("year"))
        return f"{word}-{year}" if word in ("early", "mid", "late") else f"{word} {year}"
    w = WITHIN.search(sentence) or END_OF.search(sentence)
    return re.sub(r"^by\s+", "", re.sub(r"\s+", " ", w.group(0)).lower()) if w else None


def _nearest(found: list[re.Match], near: int | None) -> re.Match | None:
    """Of several dates in a sentence, the one nearest before the number at `near` (else the first)."""
    if near is not None and len(found) > 1:
        before = [m for m in found if m.start() < near]
        found = [before[-1]] if before else found
    return found[0] if found else None


def _next_year(year: str, short: str) -> bool:
    return (int(year[-2:]) + 1) % 100 == int(short)


def period_of_target(sentence: str, baseline_at: int | None = None) -> str | None:
    """The financial year or span a target is for ('2014/15', 'over three years'): not the
    deadline's year ("By 2028/29") nor the baseline's ("from 65.8% in 2021/22")."""
    deadlines = [(d.start(), d.end()) for pattern in (DEADLINE, PART_OF_YEAR) for d in pattern.finditer(sentence)]
    for m in FINANCIAL_YEAR.finditer(sentence):
        if any(s <= m.start() < e for s, e in deadlines):
            continue
        if baseline_at is not None and 0 <= m.start() - baseline_at <= 12:
            continue
        if BASELINE_NOTE.match(sentence, m.start()):
            continue  # "(2021/22: Kent 80%)": the year of a baseline given in brackets
        return re.sub(r"\s+", "", m.group(0))
    m = SPAN.search(sentence)
    return m.group(0) if m else None


BASELINE_NOTE = re.compile(r"(?:19|20)?\d\d\s?[-/–]\s?\d{2,4}\s*:")


def baseline_year_of(sentence: str, baseline_end: int | None) -> str | None:
    """The year of a baseline written right after it: "from 65.8% in 2021/22 to ..."."""
    if baseline_end is None:
        return None
    m = re.match(r"\s*(?:in|at|during|for|\()\s*(?:the\s+)?(?P<y>(?:19|20)\d\d(?:\s?[-/–]\s?\d{2,4})?)", sentence[baseline_end:])
    return m.group("y").replace(" ", "") if m else None


# ---------------------------------------------------------------- documents

def extract_targets(layouts: list[PageLayout], cells: list[TableCell] = ()) -> list[Target]:
    """Targets in the running text of every page and in table cells of text (plans and
    performance tables state them: "will have improved from 65.8% to at least 70%"). A target
    restated later in the same document (summary and body often repeat it) is kept once.
    Headings, footnotes and table header rows state no targets. A target in a table takes its
    deadline or baseline from the row's timescale or baseline column when its own words give none."""
    out: list[Target] = []
    seen: set[tuple[float, str]] = set()
    row_cells = _row_cells(cells)
    for page, text, bbox, cell in _passages(layouts, cells):
        if not (HAS_NUMBER.search(text) and HAS_CUE.search(text)):
            continue  # spaCy only sees passages that can hold a target
        row = row_cells.get((cell.table, cell.page, cell.row), []) if cell else []
        for s, e in nlp.sentences(text):
            sentence = text[s:e].strip()
            for f in targets_in(sentence):
                key = (f.value, f.unit if f.unit in MEASURES else "count")
                if key in seen:
                    continue
                seen.add(key)
                baseline_at = f.baseline_end
                deadline = deadline_of(sentence, f.start) or _column_value(row, DEADLINE_COLUMN, _deadline_in_cell)
                baseline, baseline_year = f.baseline, baseline_year_of(sentence, f.baseline_end)
                if baseline is None and row:
                    baseline, baseline_year = _row_baseline(row) or (None, None)
                out.append(Target(page=page, text=sentence, value=f.value, unit=f.unit, baseline=baseline,
                                  baseline_year=baseline_year, direction=f.direction,
                                  period=period_of_target(sentence, baseline_at), deadline=deadline,
                                  bbox=_rounded(bbox) if bbox else None))
    return out


def _passages(layouts: list[PageLayout], cells: list[TableCell]):
    """(page, text, box, cell) of every paragraph outside ruled tables, then of every table
    cell of text below its table's header rows."""
    for layout in layouts:
        body = layout.body_size
        for block in layout.blocks:
            if block.kind in ("table", "heading"):  # a ruled table's lines run across its cells
                continue
            if FOOTNOTE.match(block.text) and max(l.size for l in block.lines) < body - 0.5:
                continue
            if TABLE_NOTE.match(block.text):
                continue
            yield layout.number, block.text, block.bbox, None
    first_body_row = {}
    for c in cells:
        if c.header is not None or c.value is not None:
            key = (c.table, c.page)
            first_body_row[key] = min(first_body_row.get(key, c.row), c.row)
    for cell in cells:
        if cell.value is None and cell.row >= first_body_row.get((cell.table, cell.page), 0):
            yield cell.page, cell.text.replace("\n", " "), cell.bbox, cell


def _row_cells(cells: list[TableCell]) -> dict[tuple, list[TableCell]]:
    rows: dict[tuple, list[TableCell]] = {}
    for c in cells:
        rows.setdefault((c.table, c.page, c.row), []).append(c)
    return rows


def _column_value(row: list[TableCell], header: re.Pattern, read) -> str | None:
    for c in row:
        if c.header and header.search(c.header):
            value = read(c.text)
            if value:
                return value
    return None


def _deadline_in_cell(text: str) -> str | None:
    """A timescale cell: "March 2026", "31/03/2026", "2028", "2025/26", "by 2027", "Q4 2025/26"."""
    text = " ".join(text.split())
    found = deadline_of(text) or deadline_of(f"by {text}")
    if found:
        return found
    m = re.search(r"\b(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>(?:19|20)\d\d)\b", text)
    if m and 1 <= int(m.group("m")) <= 12:
        return f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"
    m = FINANCIAL_YEAR.search(text) or re.search(r"\b(?:19|20)\d\d\b", text)
    return m.group(0).replace(" ", "") if m else None


def _row_baseline(row: list[TableCell]) -> tuple[float, str | None] | None:
    """The value in the row's baseline column and the year its header or cell gives."""
    for c in row:
        if c.header and BASELINE_COLUMN.search(c.header):
            number = re.search(r"-?\d+(?:,\d{3})*(?:\.\d+)?", c.text.replace("(", " "))
            if c.value is None and not number:
                continue
            value = c.value if c.value is not None else float(number.group(0).replace(",", ""))
            year = FINANCIAL_YEAR.search(c.header) or re.search(r"\b(?:19|20)\d\d\b", c.header)
            return value, (year.group(0).replace(" ", "") if year else None)
    return None


def _rounded(box: BBox) -> BBox:
    return tuple(round(v, 1) for v in box)

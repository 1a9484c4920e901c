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
from pipeline.extract.amounts import FINANCIAL_YEAR, SPAN, find_amounts
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
DEADLINE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?(?:(?P<month>[A-Z][a-z]+)\s+)?(?P<year>(?:19|20)\d\d)\b")


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
            value *= 1e6 if "million" in m.group("scale") else 1e3
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
        if NOT_COMMITTED.search(sentence[max(0, min(cue_start, hit.start) - 60):max(cue_end, hit.end)]):
            continue
        hit.direction = _direction(sentence[min(cue_start, hit.start):max(cue_end, hit.end)], hit)
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


def _binds(gap: str, max_words: int) -> bool:
    return len(gap.split()) <= max_words and not GAP_STOP.search(gap)


def _from_to(sentence: str, cue_end: int, qs: list[Quantity]) -> Found | None:
    """'from X to Y': the target is Y, X its baseline."""
    after = [q for q in qs if q.start >= cue_end - 5 and len(sentence[cue_end:q.start].split()) <= 8]
    for a, b in zip(after, after[1:]):
        if a.unit == b.unit and re.search(r"\bto\b", sentence[a.end:b.start]):
            return Found(b.start, b.end, b.value, b.unit, a.value, "increase" if b.value > a.value else "decrease")
    return None


def _direction(wording: str, hit: Found) -> str:
    if hit.baseline is not None:
        return hit.direction
    if MAINTAIN.search(wording):
        return "maintain"
    if DECREASE.search(wording):
        return "decrease"
    if INCREASE.search(wording):
        return "increase"
    return "reach"


def deadline_of(sentence: str) -> str | None:
    """'by 2026' -> '2026'; 'by March 2027' -> '2027-03'."""
    m = DEADLINE.search(sentence)
    if not m:
        return None
    month = MONTHS.get((m.group("month") or "").lower()[:3]) if m.group("month") else None
    return f"{m.group('year')}-{month:02d}" if month else m.group("year")


def period_of_target(sentence: str) -> str | None:
    """The financial year or span a target is for: '2014/15', 'over three years'."""
    for m in FINANCIAL_YEAR.finditer(sentence):
        return m.group(0)
    m = SPAN.search(sentence)
    return m.group(0) if m else None


# ---------------------------------------------------------------- documents

def extract_targets(layouts: list[PageLayout], cells: list[TableCell] = ()) -> list[Target]:
    """Targets in the running text of every page and in table cells of text (plans and
    performance tables state them: "will have improved from 65.8% to at least 70%"). A target
    restated later in the same document (summary and body often repeat it) is kept once."""
    out: list[Target] = []
    seen: set[tuple[float, str]] = set()
    for page, text, bbox in _passages(layouts, cells):
        if not (HAS_NUMBER.search(text) and HAS_CUE.search(text)):
            continue  # spaCy only sees passages that can hold a target
        for s, e in nlp.sentences(text):
            sentence = text[s:e].strip()
            for f in targets_in(sentence):
                key = (f.value, f.unit if f.unit in MEASURES else "count")
                if key in seen:
                    continue
                seen.add(key)
                out.append(Target(page=page, text=sentence, value=f.value, unit=f.unit, baseline=f.baseline,
                                  direction=f.direction, period=period_of_target(sentence),
                                  deadline=deadline_of(sentence), bbox=_rounded(bbox) if bbox else None))
    return out


def _passages(layouts: list[PageLayout], cells: list[TableCell]):
    """(page, text, box) of every paragraph outside ruled tables, then of every table cell of text."""
    for layout in layouts:
        for block in layout.blocks:
            if block.kind != "table":  # a ruled table's lines run across its cells
                yield layout.number, block.text, block.bbox
    for cell in cells:
        if cell.value is None:
            yield cell.page, cell.text.replace("\n", " "), cell.bbox


def _rounded(box: BBox) -> BBox:
    return tuple(round(v, 1) for v in box)

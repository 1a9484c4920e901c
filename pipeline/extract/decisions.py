"""Decisions: the resolutions recorded in minutes and decision notices.

Minutes are a sequence of minutes, each with a reference and a heading ("CYPS4. MINUTES",
"86. Minutes of the Meeting held on 9th January 2025" over "(Item 3)"). Inside a minute the
decisions follow a keyword: "RESOLVED that ...", "AGREED:", "DECIDED:", "RESOLVED that Cabinet
agree to:" followed by lettered or numbered sub-resolutions, each of which is one decision.
Decision notices print "Decision:" or "Decision taken:" followed by the same kinds of list.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, replace
from functools import cache
from typing import Callable

from pipeline.read.layout import BULLET, BULLET_CHARS, Line, PageLayout, bbox_of, cell_line, join_lines, justified_pages, line_gaps, right_margins
from pipeline.extract.bodies import is_authority_name
from pipeline.extract.decision_tables import decision_tables, roll_call_grids
from pipeline.extract.lists import collect_items, marker_of, next_marker, split_inline
from pipeline.extract.tables import TRAILING_MONEY
from pipeline.extract.recorded_votes import PUT_TO_VOTE, recorded_votes, vote_block
from pipeline.extract.motions import BARE_MOTION, NAME, PASSIVE_DISPOSAL, body_act, THIS_ITEM, RECORDED_ACTION, TALLY, TITLE_WORD, Vote, _person, find_motion, narrative_decisions, read_vote
from pipeline.extract.text import DATE_DMY
from pipeline.models import Decision

# RESOLVED / AGREED in capitals anywhere, or "Resolved:" / "Agreed -" at the start of a line (or of a
# sentence, with its colon: "Proposed: Cllr A  Seconded: Cllr B. Resolved: that ..."); New
# England minutes' "VOTED: To approve ...", "it was unanimously VOTED to ..."; a parish's "Resolution: to accept ..."
# acts a board records in capitals (NHS trusts and other boards): "The Board APPROVED the plan"
_ACTS = r"APPROVED|ENDORSED|RATIFIED|RECEIVED|SUPPORTED|ACKNOWLEDGED"
# "It was APPROVED that", "NOTED:", "NOW, THEREFORE, BE IT RESOLVED that", a form's "(d) Decision taken"
# field, and "The Committee noted the report" (a formal disposal by noting: the sentence is the record)
KEYWORD = re.compile(
    r"(?:^|(?<=\s)|(?<=\d\.\s))(?:(?:NOW,?\s+)?THEREFORE,?\s+)?(?:BE\s+IT\s+(?:FURTHER\s+|ALSO\s+)?)?"
    r"(?P<kw>RESOLVED|AGREED|DECIDED|UNANIMOUSLY RESOLVED|VOTED)\b\s*[:\-–,]?\s*|"
    # ("Be it resolved that Council ...", "Now therefore be it resolved that ...": the operative words
    # in the sentence's own case, as Canadian and US councils print them)
    r"(?:^|(?<=;\s)|(?<=\.\s))(?i:(?:now,?\s+)?(?:therefore,?\s+)?be\s+it\s+(?:further\s+|also\s+)?)(?P<kw7>(?i:resolved))\b\s*[:\-–,]?\s*|"
    r"(?:^(?:\d{1,2}\.\s*)?|(?<=[.;]\s)(?=(?:Resolved|Agreed|Decided)(?:\s*:|\s+(?:that|to)\b)))(?P<kw2>Resolved(?:\s+unanimously(?=\s*:))?|Agreed|Decided|It was resolved|Resolution(?:\s+(?:[Nn]o\.?\s*)?\d{1,4}(?:[/.-]\d{1,4}){0,2}[a-z]?)?(?=\s*:\s*(?:[Tt]o|[Tt]hat|[Nn]ot\s+to)\b)|Voted(?=\s*:\s*(?:\([^)]{1,40}\)\s*)?(?:[Uu]nanimous(?:ly)?\s*)?(?:[Tt]o|[Tt]hat)\b))\s*(?:[:\-–]\s*|(?=that\b|to\b))|"
    r"^(?:\(?[a-z]\)\s*)?(?P<kw3>DECISION(?: TAKEN| MADE)?|Decisions?(?: taken| made)?)"
    # (a bare "Decision" alone on its line heads a decision notice's section, as "Decision:" does)
    r"\s*(?::\s*|(?:(?<=taken)|(?<=TAKEN)|(?<=made)|(?<=MADE)|(?<=^DECISION)|(?<=^Decision)|(?<=^Decisions))\s*$)|"
    r"(?:^|(?<=\s))It\s+was\s+(?P<kw4>APPROVED|NOTED|AGREED)\b\s*[:\-–]?\s*|^(?P<kw6>NOTED)\b\s*[:\-–]?\s*|"
    # the act in capitals at the start of a point under "The Board:" ("• APPROVED the quality priorities")
    # (the act is kept: it says what was done, as under "The Committee:")
    rf"^(?P<kw8>)(?=(?:{_ACTS})\s+(?:the|a|an|its|their|that)\s)|"
    # "The Committee:" alone over points that each open with what it did ("• agreed the work
    # programme", "• noted the report"): a list of its decisions (_acts_follow says the points do)
    r"^(?P<kw9>(?:The\s+)?(?:[A-Z][\w-]*\s+){0,3}?(?:Committee|Cabinet|Board|Council|Panel|Sub-Committee|Commission|Forum|"
    r"Group|Trustees|Governors|Members))\s*:\s*$|"
    # (after a paragraph's number too: "4.1 The Board noted the risk register")
    r"(?:^|(?<=\.\s)|(?<=^\d\.\d\s)|(?<=^\d\.\d\d\s)|(?<=^\d\d\.\d\s))(?P<kw5>)(?=(?:The\s+)?(?:Committee|Cabinet|Board|Council|Panel|Sub-Committee|Commission|Forum|"
    r"Members)\s+(?:(?:unanimously|formally)\s+)?(?:(?i:noted)\s+the\s+\w+|"
    # ("The Board RECEIVED and NOTED the report", "The Committee APPROVED the plan": the act in capitals)
    rf"(?:{_ACTS}|NOTED)(?:\s+and\s+(?:{_ACTS}|NOTED))?\s+(?:the|a|an|its|their|that)\s)|"
    # ("The report was noted.", "The update was NOTED": the passive disposal)
    r"The\s+(?:report|update|presentation|information|briefing)s?\s+(?:was|were)\s+(?:duly\s+)?(?i:noted)\b)", re.M)
# every form KEYWORD reads holds one of these words (in some case): a line without them is not searched
_KEYWORD_WORDS = ("resolved", "resolution", "agreed", "decided", "decision", "approved", "noted", "voted", "endorsed", "ratified",
                  "received", "supported", "acknowledged")


def _may_hold_keyword(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in _KEYWORD_WORDS) or low.rstrip().endswith(":")


# the verbs a body's points of decision open with, under "The Committee:"
_ACT_POINT = re.compile(r"^(?:[•·▪\-–*]|\(?[a-z]\)|\(?[ivx]{1,4}\)|\d{1,2}[.)])?\s*(?:agreed|approved|noted|endorsed|resolved|"
                        r"ratified|supported|accepted|received|decided|delegated|adopted|recommended)\b", re.I)


def _acts_follow(lines: list[Line], i: int) -> bool:
    """Do the lines after lines[i] list a body's acts ("• agreed ...", "(a) noted ...")?"""
    return i + 1 < len(lines) and bool(_ACT_POINT.match(lines[i + 1].text))
# A minute reference at the start of its heading: "84.", "CYPS4.", "C/23/45", "CAB 45/24", "12(a)"
MINUTE_REF = re.compile(r"^(?:(?:minute|min\.?|(?:agenda\s+)?item)\s+(?:no\.?\s*)?)?(?P<ref>(?:[A-Z]{1,6}\s?\d{1,4}/\d{2,4}|[A-Z]{1,6}\s?\d{1,4}[a-z]?|\d{1,4}/\d{2,4}|"
                        r"\d{1,3}(?:\.\d{1,3}){1,2}(?=\s)|\d{1,4}(?:\([a-z]\))?|[A-Z]{1,6}/\d{1,4}(?:/\d{1,4})?))[.:)]?\s+(?P<heading>\S.*)$", re.I)
ITEM_NOTE = re.compile(r"^\(?(?:agenda\s+)?item\s+(?:no\.?\s*)?(?P<num>\d+[a-z]?(?:\.\d+)?)\)?$", re.I)


@dataclass
class Minute:
    ref: str | None
    heading: str | None
    item: str | None = None  # "(Item 3)" under the heading


def _minute_heading(lines: list[Line], i: int, prev_ref: str | None) -> Minute | None:
    """Is lines[i] the heading of a new minute?"""
    line = lines[i]
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    m = MINUTE_REF.match(line.text)
    if m and not _is_date_line(line.text):  # ("14 March 2024" under the title: the meeting's date)
        ref, heading = m.group("ref"), m.group("heading")
        lettered = bool(re.match(r"[A-Z]", ref)) or "/" in ref  # "CYPS4", "45/24": a minute, not a list number
        named = bool(re.match(r"min(?:ute)?\b|(?:agenda\s+)?item\b", line.text, re.I))
        if named:
            lettered = True  # "Minute 45 ...", "Item 1: Terms of reference": says what it is
        numeric = ref.isdigit() and int(ref) > 0
        if len(heading) > 150 or heading.endswith((",", ";")):
            return None
        if re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){1,2}", ref):
            # "5.1 Fire Hall Tender": a numbered item's part, in bold as a heading
            return Minute(ref, heading) if line.bold and not heading.endswith(".") else None
        if lettered and (line.bold or heading.isupper() or ITEM_NOTE.match(nxt)):
            return Minute(ref, heading)
        if (named or "/" in ref and re.match(r"\d", ref) or _coded(ref, prev_ref)) and _heading_words(heading):
            # a parish's "16/03 Bus shelter" in plain type: the meeting's year and the minute's number
            # before a few words of heading (not a sentence) say it is a minute, bold or not, as
            # "Item 1: Terms of reference" does, and so does a committee's code before them
            # ("FIN/24/02 Budget update")
            return Minute(ref, heading)
        # (or in plain type where the heading is in capitals, a few words and not a resolution's
        # "THAT ...": "13. GRANTS TO LOCAL ORGANISATIONS", as typed minutes set their headings)
        capitals = heading.isupper() and _heading_words(heading) and not re.match(r"(?:THAT|TO)\b", heading)
        if numeric and (line.bold or ITEM_NOTE.match(nxt) or capitals) and (
                prev_ref is None or not prev_ref.isdigit() or int(ref) > int(prev_ref)):
            return Minute(ref, heading)
        return None
    # an unnumbered minute heading: a bold line followed by "(Item N)"
    if line.bold and ITEM_NOTE.match(nxt) and len(line.text) < 150:
        return Minute(None, line.text)
    return None


def _coded(ref: str, prev_ref: str | None) -> bool:
    """A minute number with its committee's code, "FIN/24/02" or "P 23/45", that goes on from the last
    one's code (the first of the minutes has none before it): a planning application's reference in
    a list, "PL/24/0123", has a code of its own."""
    m = re.fullmatch(r"(?P<code>[A-Z]{1,6})\s?/?\d{1,4}/\d{1,4}(?:/\d{1,4})?", ref)
    return bool(m) and (prev_ref is None or re.match(rf"{m.group('code')}\b|{m.group('code')}\s?/?\d", prev_ref) is not None)


def _heading_words(text: str) -> bool:
    """A heading's few words, not a sentence: capitalised, at most ten words, no full stop at the end."""
    return bool(re.match(r"[A-Z]", text)) and len(text.split()) <= 10 and not text.rstrip().endswith((".", ",", ";"))


# a minute's reference alone in a table's first cell, or with its heading: "25/01", "Min 12", "4.2 Bench"
CELL_REF = re.compile(r"^(?:min(?:ute)?\.?\s+(?:no\.?\s*)?)?(?P<ref>(?:[A-Z]{1,6}\s?)?\d{1,4}(?:/\d{2,4}|\.\d{1,3}){0,2}[a-z]?)"
                      r"[.:)]?(?:\s+(?P<heading>\S.*))?$", re.I)


def _table_row(lines: list[Line], i: int, at: int) -> tuple[Minute, list[Line], int, int] | None:
    """Minutes printed as a ruled table, a row a minute ("25/01 | Grant to the Scouts | RESOLVED that
    ..."), when the keyword at offset `at` of lines[i] starts in a later cell than the first: the
    minute (its reference from the first cell, its heading from the cells between), the lines of the
    keyword's own cell down the row (a row's cells wrap side by side, so each of its lines holds a
    piece of every cell), the keyword line's index among them and the index of the line after the row."""
    line = lines[i]
    if not line.in_table or not line.cuts:
        return None
    cuts = line.cuts

    def in_first_cell(l: Line) -> bool:
        return l.words[0].x1 <= cuts[0] + 1

    # the row's first line: the nearest line up the table with words in the first cell
    r = i
    while not in_first_cell(lines[r]):
        if r == 0 or r <= i - 15 or not lines[r - 1].in_table or lines[r - 1].page != line.page:
            return None
        r -= 1
    # the keyword's word, and the cell it is in
    offset, word = 0, None
    for w in line.words:
        if offset >= at:
            word = w
            break
        offset += len(w.text) + 1
    if word is None or word.x0 < cuts[0]:
        return None
    col = sum(1 for x in cuts if x <= word.x0 + 1)
    edges = [float("-inf"), *cuts, float("inf")]
    # the row runs down to the next line with words in the first cell
    end = i + 1
    while end < len(lines) and lines[end].in_table and lines[end].page == line.page \
            and lines[end].top - lines[end - 1].bottom < 1.5 * lines[end].size \
            and not in_first_cell(lines[end]):
        end += 1
    row = lines[r:end]

    def cell(k: int) -> list[Line]:
        return [c for c in (cell_line(l, edges[k], edges[k + 1]) for l in row) if c is not None]

    first_cell = join_lines([l.text for l in cell(0)])
    ref = CELL_REF.match(first_cell)
    heading = " ".join(join_lines([l.text for l in cell(k)]) for k in range(1, col)).strip()
    if ref:
        minute = Minute(ref.group("ref"), " ".join(p for p in (ref.group("heading"), heading) if p) or None)
    else:
        minute = Minute(None, " ".join(p for p in (first_cell, heading) if p) or None)
    cells = cell(col)
    keyword_line = next((k for k, c in enumerate(cells) if any(w is word for w in c.words)), None)
    if keyword_line is None or not KEYWORD.search(cells[keyword_line].text):
        return None
    return minute, cells, keyword_line, end


def extract_decisions(pages: list[PageLayout]) -> list[Decision]:
    """The proceedings records of a paper, in reading order, with the votes of any roll-call grid
    printed with them."""
    lines = _without_action_column([_without_field_bullet(l) for p in pages for l in p.lines])
    decisions = _decisions(pages, lines)
    size = statistics.median(l.size for l in lines) if lines else 0.0
    for (page, top, bottom), call in roll_call_grids(lines):
        # a grid is the vote of the motion printed over it, or of the outcome line printed under it
        # ("Motion carried 3-1."): the nearest on its page, else the last on the page before
        near = [d for d in decisions if d.roll_call is None and d.kind != "resolution" and d.page == page and d.bbox]
        gap = {id(d): top - d.bbox[3] if d.bbox[1] < top else d.bbox[1] - bottom for d in near}
        near = [d for d in near if gap[id(d)] < 6 * size] or \
            [d for d in decisions if d.roll_call is None and d.kind != "resolution" and d.page == page - 1][-1:]
        if near:
            d = min(near, key=lambda d: gap.get(id(d), 0.0))
            d.roll_call = call
            if d.votes_for is None:
                d.votes_for = sum(v == "for" for _, v in call)
                d.votes_against = sum(v == "against" for _, v in call)
                d.votes_abstain = sum(v == "abstain" for _, v in call) or None
    return decisions


# who is to act on a minute, in a column of its own at the right ("Clerk", "JS", "Cllr Smith"), is no
# part of the resolution beside it; a vote or a figure in such a column is the line's own
_ACTION_OWNER = re.compile(r"^(?:(?-i:[A-Z])[\w.'’&/-]*)(?:\s+(?-i:[A-Z])[\w.'’&/-]*){0,2}$")
_NOT_OWNER = re.compile(r"(?i)^(?:ayes?|nays?|noes?|yes|no|yea|absent|abstain\w*|present|excused|carried|lost|approved|"
                        r"adopted|agreed|resolved|noted|defeated|passed|failed|x)$")


def _without_action_column(lines: list[Line]) -> list[Line]:
    """The lines without the column of who acts on each minute, where a page prints one: two lines or
    more of running text (four words or more) whose last segment, a name, post or initials of at most
    three words, starts at the same place at the right."""
    owners: dict[tuple[int, int], list[int]] = {}
    for k, line in enumerate(lines):
        if line.in_table or len(line.words) < 5:
            continue
        segs = line.segments()
        if len(segs) < 2 or len(segs[-1]) > 3 or sum(len(seg) for seg in segs[:-1]) < 4:
            continue
        owner = " ".join(w.text for w in segs[-1])
        if _ACTION_OWNER.match(owner) and not _NOT_OWNER.match(owner) and not any(c.isdigit() for c in owner):
            owners.setdefault((line.page, round(segs[-1][0].x0 / 4)), []).append(k)
    drop = {k for ks in owners.values() if len(ks) >= 2 for k in ks}
    if not drop:
        return lines
    out = []
    for k, line in enumerate(lines):
        if k in drop:
            kept = [w for seg in line.segments()[:-1] for w in seg]
            line = replace(line, words=kept, x1=kept[-1].x1, _text=None, _segments=None)
        out.append(line)
    return out


def _without_field_bullet(line: Line) -> Line:
    """A motion's field printed as a bullet point ("• Moved: Brown", "o Seconded: Ortiz", "• Motion:
    Approve ..."), as the line without its bullet, so that it reads as the field it is (a bulleted
    list of resolutions keeps its bullets: they are its markers)."""
    words = line.words
    if len(words) < 2 or not (words[0].text in BULLET_CHARS or words[0].text == "o") \
            or not _BULLETED_FIELD.match(words[1].text):
        return line
    return replace(line, words=words[1:], x0=words[1].x0, _text=None, _segments=None)


_BULLETED_FIELD = re.compile(r"(?i)^(?:motion|moved|mover|seconded|second|seconder|vote|votes|ayes?|nays?|noes|abstain\w*|absent|"
                             r"result|action)\b|"
                             # (and a board's act in capitals: "• NOTED the report", "• APPROVED the plan")
                             rf"^(?-i:{_ACTS}|NOTED|AGREED|RESOLVED)\b")


def _decisions(pages: list[PageLayout], lines: list[Line]) -> list[Decision]:
    out: list[Decision] = []
    minute = Minute(None, None)
    formal = False
    resolution_no = None  # "RESOLUTION NO. 2023-147" heading the resolution being read
    minutes_at: list[tuple[tuple[int, float], Minute]] = []  # where each minute's heading is
    i = 0
    while i < len(lines):
        heading = _minute_heading(lines, i, minute.ref)
        if heading:
            minute = heading
            minutes_at.append(((lines[i].page, lines[i].top), heading))
            i += 1
            # a heading wrapped over lines, before its "(Item N)" note
            while i < len(lines) and lines[i].bold == lines[i - 1].bold and lines[i].bold \
                    and lines[i].top - lines[i - 1].bottom < lines[i].size and not KEYWORD.search(lines[i].text):
                minute.heading = f"{minute.heading} {lines[i].text}"
                i += 1
            note = ITEM_NOTE.match(lines[i].text) if i < len(lines) else None
            if note:
                minute.item = note.group("num")
                i += 1
            else:  # "23. BUDGET MONITORING (Agenda Item 6)"
                inline = re.search(r"\((?:agenda\s+)?item\s+(?:no\.?\s*)?(\d+[a-z]?)\)\s*$", minute.heading or "", re.I)
                if inline:
                    minute.item = inline.group(1)
                    minute.heading = minute.heading[:inline.start()].strip()
            continue
        line = lines[i]
        number = RESOLUTION_NO.match(line.text)
        if number:
            resolution_no = number.group("num")
        adopted = ADOPTED.match(line.text)
        if adopted and out and out[-1].kind == "resolution":
            # "PASSED, APPROVED AND ADOPTED ... by the following vote: AYES: ... NOES: ..."
            block = " ".join(l.text for l in lines[i:i + 8])
            if re.search(r"\b(?:the|this)\s+_{2,}\s*(?:day\b|of\b)|\bday\s+of\s+_{2,}|\bon\s+_{3,}", lines[i].text + " " +
                         " ".join(l.text for l in lines[i + 1:i + 3])):
                # "PASSED AND ADOPTED ... at the meeting held on the __ day of September 2020": a form
                # not filled in is the draft a report attaches, not a resolution adopted
                number = out[-1].file_number
                while out and out[-1].kind == "resolution" and out[-1].file_number == number:
                    out.pop()
                i += 1
                continue
            _set_vote(out[-1], read_vote(block))
            out[-1].outcome = out[-1].outcome or "carried"
            i += 1
            continue
        m = KEYWORD.search(line.text) if _may_hold_keyword(line.text) else None
        if m and m.group("kw9") and not _acts_follow(lines, i):
            m = None  # a body's name over something else ("The Committee:" over a list of its members)
        if not m:
            i += 1
            continue
        # the lines the resolution is read from: the page's, or its own cell's in a table row
        src, at, row_end = lines, i, None
        row = _table_row(lines, i, m.start())
        if row:
            minute, src, at, row_end = row
            minutes_at.append(((line.page, line.top), minute))
            line = src[at]
            m = KEYWORD.search(line.text)
        # "RESOLVED", "Resolved:", "Decision:" are formal; "Resolved to pay" at a line start may be prose
        # (a "Decision" that heads nothing, skipped below, says nothing of the paper's form)
        formal = formal or bool(m.group("kw") or m.group("kw4") or m.group("kw6") or m.group("kw7") or m.group("kw8") is not None or m.group("kw9")
                                or m.group("kw5") is not None or re.search(r"[:\-–]\s*$", m.group())) \
            or bool(m.group("kw3")) and not (re.fullmatch(r"decisions?", line.text.strip(), re.I) and (
                line.in_table or not (line.bold or line.text.strip().isupper())))
        if m.group("kw9"):
            kind = "agreed"
        elif m.group("kw5") is not None:
            # (what the board did in capitals: approving is agreeing, receiving alone is noting)
            kind = "agreed" if re.match(r"\S+(?:\s+\S+){0,5}?\s+(?:APPROVED|ENDORSED|RATIFIED|SUPPORTED)\b", line.text[m.end():]) else "noted"
        elif m.group("kw8") is not None:
            kind = "noted" if re.match(r"RECEIVED|ACKNOWLEDGED", line.text[m.end():]) else "agreed"
        else:
            kind = (m.group("kw") or m.group("kw7") or re.sub(r"\s+unanimously$", "", m.group("kw2") or "") or m.group("kw3") or m.group("kw4")
                    or m.group("kw6") or "").lower().split()[-1]
            kind = {"resolved": "resolved", "agreed": "agreed", "decided": "decision", "approved": "agreed",
                    "noted": "noted"}.get(kind, "decision")
        rest = line.text[m.end():].strip()
        if m.group("kw3") and re.fullmatch(r"decisions?", line.text.strip(), re.I) and (
                line.in_table or not (line.bold or line.text.strip().isupper())):
            i += 1  # "Decision" alone is a section's heading only as a heading ("Non Key / Decision" wraps in a cell)
            continue
        if m.group("kw3") and re.match(_BARE_OUTCOME, rest, re.I):
            i += 1  # "Decision: Approved 5-0" under an item records the item: read with the motions
            continue
        # "RESOLVED (unanimously):", "RESOLVED (by 32 votes to 14) –": the vote is not the resolution
        # ("RESOLVED unanimously - That ...", "RESOLVED nem. con.: That ..." likewise)
        tally = re.match(r"^\((?:unanimously|nem\.? ?con\.?|[^()]{0,40}\b(?:votes?|abstentions?|against)\b[^()]{0,40})\)\s*[:\-–]?\s*|"
                         r"^(?:unanimously|nem\.? ?con\.?)\s*[:\-–,]?\s*(?=\S)", rest, flags=re.I)
        vote = read_vote(tally.group()) if tally else None
        if (m.group("kw2") or "").lower().endswith("unanimously"):
            vote = read_vote("unanimously")  # "Resolved unanimously: That ..."
        if tally:
            rest = rest[tally.end():]
        if m.group("kw") == "VOTED" or m.group("kw2") == "Voted":
            # "VOTED: (Lee/Stone) Unanimous to sign ...", "VOTED 4-1 to approve ...": who moved it and the
            # tally come before what was voted
            said = re.match(rf"^\s*(?:\(\s*(?P<mover>{NAME})\s*/\s*(?P<seconder>{NAME})\s*\)\s*[,:\-–]?\s*)?"
                            r"(?P<tally>(?:unanimous(?:ly)?|\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?)\s*[,:\-–]?\s*)?", rest, re.I)
            vote = read_vote(f"voted {said.group('tally') or ''}")
            vote.outcome = vote.outcome or "carried"
            rest = rest[said.end():]
        # a lettered form field ("(d) Decision taken"): its value ends at the next field
        field = re.match(r"^\(?[a-z]\)\s*", line.text) if m.group("kw3") else None
        mover, seconder, moved_vote = _moved_above(lines, i, line.text[:m.start()])
        vote = vote or moved_vote
        moved_first = MOVED_FIRST.match(rest)
        if moved_first:
            # "RESOLVED (proposed Cllr Ray, seconded Cllr Li): that ...": who moved it is not what was resolved
            mover, seconder = _person(moved_first.group("mover")), _person(moved_first.group("seconder"))
            rest = rest[moved_first.end():]
        decisions, nxt = _resolutions(src, at, rest, FORM_FIELD if field else FORM_END if m.group("kw3") else RESOLUTION_END)
        if vote is None:
            # a recorded vote printed after the resolution: "For: Councillors A, B (2) Against: C (1)"
            j = nxt
            while j < len(src) and j < nxt + 8 and RECORDED_VOTE.match(src[j].text):
                j += 1
            block = vote_block([l.text for l in src[nxt:nxt + 40]]) if j > nxt and BARE_SIDE.match(src[nxt].text) else None
            if block and block[1]:
                # "For (3)" over the names, "Against (1)" over theirs: the counts and how each voted
                outcome, counts, roll, used = block
                ayes, noes = counts.get("for", 0), counts.get("against", 0)
                vote = Vote(outcome or ("carried" if ayes > noes else "lost" if ayes < noes else None), counts.get("for"),
                            counts.get("against"), counts.get("abstain"), roll or None)
                nxt += used
            elif j > nxt:
                vote = read_vote(" ".join(re.sub(r"\(\d+\)", " ", l.text) for l in src[nxt:j]))
                nxt = j
            elif nxt < len(src) and OUTCOME_LINE.match(src[nxt].text):
                vote = read_vote(src[nxt].text)
                nxt += 1
        i = nxt if row_end is None else row_end
        operative = re.search(r"\bBE\s+IT\b", m.group(), re.I)  # "NOW, THEREFORE, BE IT RESOLVED": an adopted resolution
        for text, page, bbox in decisions:
            text = re.sub(r"^[:\-–\s]+", "", text).strip()
            if operative:
                # "by the City Council of Milton that ...": who resolves is not what was resolved
                text = re.sub(r"^by\s+the\s+[^,;]{0,80}?,?\s+(?=that\b)|^by\s+the\s+[^,;]{0,80}?\s+as\s+follows\s*:?\s*", "",
                              text, flags=re.I)
                if out and out[-1].kind == "resolution" and out[-1].file_number == resolution_no:
                    out[-1].text = f"{out[-1].text} {text}"  # one record per resolution: its clauses join
                    continue
            after = MOVED_AFTER.search(text)
            if after:
                text = text[:after.start()].strip()
                said = after.group("said") or after.group("said_in")
                if said and vote is None:
                    vote = read_vote(said)
                    vote.outcome = vote.outcome or "carried"
            counted = BRACKETED_VOTE.search(text)
            item_vote = vote
            if counted:
                # "RESOLVED: That permission be GRANTED ... (Vote: For 7, Against 2, Abstain 1)"
                text = text[:counted.start()].strip()
                item_vote = vote or read_vote(counted.group())
            # "DECISION: The Sub-Committee resolved to grant the licence": who decided is not what
            text = re.sub(r"^(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4}(?:resolved|agreed|decided)\s+(?=(?:to|that|not\s+to)\b)", "", text)
            if len(text.split()) >= 2:
                d = Decision(minute_ref=minute.ref, text=text, page=page, minute_heading=minute.heading,
                             item_number=minute.item, kind="resolution" if operative else kind, bbox=bbox,
                             file_number=resolution_no if operative else None,
                             mover=_person(after.group("mover")) if after else mover,
                             seconder=_person(after.group("seconder")) if after else seconder)
                _set_vote(d, item_vote)
                out.append(d)
    proceedings = cache(lambda: _is_proceedings(pages))  # (asked only where a rule needs it)
    paras = _paragraphs(lines, {p.number for p in pages if p.page is not None and p.page.ocr})
    # amendments and motions put to a recorded vote; the votes of those carried go to their resolutions
    voted = recorded_votes(paras, out, minutes_at)
    out.extend(voted)
    # "Item | Motion | Moved | Seconded | Vote": a table a row a decision (read by its cells, where a
    # paragraph's motion would run across them into the next row's)
    tabled = [d for d in decision_tables(lines) if not any(_overlaps(d, k) for k in out)]
    # (a form's "Decision: That X be approved." is read after its keyword; the same words read again as
    # a recorded action, with what follows them on the form, are that record)
    # (what it records of the vote goes to that record, as _once does for the same words)
    voted_ids = {id(k) for k in voted}
    resolved = [k for k in out if id(k) not in voted_ids]
    for d in _motions(paras, proceedings):
        if any(_overlaps(d, k) for k in [*voted, *tabled]):
            continue
        same = next((k for k in resolved if _overlaps(d, k) and _key(d.text).startswith(_key(k.text))), None)
        if same is None:
            out.append(d)
        else:
            _fill_vote(same, d)
    out.extend(tabled)
    if formal:
        # formal minutes record some disposals in a plain sentence of their own: "It was unanimously
        # agreed that ...", "The minutes of the meeting held on 13 February were approved as a
        # correct record" (other prose there reports the discussion)
        # (an item of a list is a plain disposal when its lead-in is: "The Committee agreed:- (a) ...")
        plain = [d for d, lead in _narrative(lines, paras) if PLAIN_DISPOSAL.match(lead) and not any(_overlaps(d, k) for k in out)]
        for d in plain:
            d.text = _without_lead_in(d.text)
        for d in plain:  # the minute it is recorded under
            at = (d.page, d.bbox[1] if d.bbox else 0.0)
            under = [m for start, m in minutes_at if start <= at]
            if under and d.minute_ref is None:
                d.minute_ref, d.minute_heading, d.item_number = under[-1].ref, under[-1].heading, under[-1].item
        if plain:  # (in reading order, once the records found twice are one: the first found is kept)
            return sorted(_once(out + plain), key=lambda d: (d.page, d.bbox[1] if d.bbox else 0.0))
    elif proceedings():
        # minutes that record their decisions in prose, perhaps beside a few motions ("Cllr A proposed
        # that ..., seconded by Cllr B"): a paragraph that holds a motion is recorded once, as the motion
        # (without motions, a line-start "Resolved to pay" is read again as prose, with its paragraph)
        # (the sentence that puts a motion to the vote, "... put the amendment to the vote and it was
        # agreed", is the vote on a motion read above, not a decision of its own)
        # (a resolution printed with who proposed and seconded it, "Proposed: A Seconded: B. Resolved
        # to ...", is a motion's record all the same, kept as read)
        # (and a table's rows are records as printed: "Minute | Subject | Resolution")
        tabled_ids = {id(d) for d in tabled}
        kept = out if any(d.kind in ("motion", "amendment") for d in out) else [d for d in out if d.mover or id(d) in tabled_ids]
        told = [d for d, _ in _narrative(lines, paras) if not any(_overlaps(d, k) for k in kept)
                and not (voted and PUT_TO_VOTE.search(d.text))]
        for d in told:
            d.text = _without_lead_in(d.text)
        out = kept + told
        out.sort(key=lambda d: (d.page, d.bbox[1] if d.bbox else 0.0))
    return _once(out)


# a motion over the resolution it carried: "On a motion by Councilman Shaw, seconded by Councilman
# Udall, the following resolution was ADOPTED 3 AYES 0 NAYS" / "The following resolution was offered
# by Councilwoman Tate, who moved its adoption, seconded by Councilman Shaw" (New York towns)
FOLLOWING_RESOLUTION = re.compile(
    rf"(?:(?:(?:up)?on\s+)?(?:a\s+)?motion\s+(?:by|of)|moved\s+by)\s+(?P<mover>{NAME})\s*,?\s*(?:and\s+)?seconded\s+by\s+"
    rf"(?P<seconder>{NAME})\s*,?\s*the\s+following\s+resolution\s+was\s+(?P<vote>[^.]*)$|"
    rf"the\s+following\s+resolution\s+was\s+(?:offered|moved|introduced|presented)\s+by\s+(?P<mover2>{NAME})\s*,?\s*"
    rf"(?:who\s+moved\s+its\s+adoption\s*,?\s*)?(?:and\s+)?seconded\s+by\s+(?P<seconder2>{NAME})(?P<vote2>[^.]*)$", re.I)


# who proposed and seconded a resolution, before its keyword on its line or on the line above: "Proposed:
# Cllr Ray  Seconded: Cllr Li", "Proposed by Cllr Ray, seconded by Cllr Li, it was RESOLVED that ..."
_MOVED_SECONDED = (rf"(?:moved|proposed)(?:\s+by)?\s*:?\s*(?P<mover>{NAME})\s*[,;.]?\s*(?:and\s+)?"
                   rf"(?:seconded|second|seconder)(?:\s+by)?\s*:?\s*(?P<seconder>{NAME})\s*[,;.]?\s*")
# the outcome said after the mover and seconder: "All in favour", "Carried", "unanimously agreed"
_SAID = r"(?:all\s+(?:were\s+)?in\s+favou?r|carried|agreed|unanimous(?:ly)?(?:\s+(?:agreed|carried|resolved))?)"
# ("Proposed: Cllr Ray  Seconded: Cllr Li. All in favour. Resolved to ...": the outcome between them and the resolution)
MOVED_BOTH = re.compile(rf"^(?:it\s+was\s+)?{_MOVED_SECONDED}(?P<said>{_SAID}\s*[.;,]?\s*)?(?:and\b\s*)?(?:it\s+was)?$", re.I)
# the vote in brackets after a resolution: "(Vote: For 7, Against 2, Abstain 1)", "(For 5; Against 3)"
# (or the count first, as parish minutes print it: "(3 for, 1 against, 1 abstention)")
BRACKETED_VOTE = re.compile(r"\s*\((?:(?:recorded\s+)?votes?\s*:?\s*)?(?:(?:(?:for|against|abstain\w*|abstentions?|in\s+favou?r)\s*[:\-–]?\s*"
                            r"\d{1,3}\s*[,;]?\s*){2,3}|(?:(?:and\s+)?\d{1,3}\s+(?:votes?\s+)?(?:for|against|abstain\w*|abstentions?|"
                            r"in\s+favou?r)\s*[,;]?\s*){2,3})\)\.?$", re.I)
# ... or in brackets after it: "RESOLVED that the minutes be signed. (Proposed Cllr Ray, seconded Cllr Li)"
# (or as a sentence of its own after it, with the outcome: "... be accepted. Proposed Cllr Ray, seconded
# Cllr Li. All in favour.")
# (the outcome may close the bracket: "(Proposed: Cllr Jones, Seconded: Cllr Brown, unanimous)")
MOVED_AFTER = re.compile(rf"(?:\s*(?P<bracket>\()\s*|(?<=[.;])\s+){_MOVED_SECONDED}(?(bracket)(?P<said_in>{_SAID}[^()]{{0,40}}?)?\s*\)\.?|"
                         rf"(?P<said>{_SAID}[^.]{{0,40}}\.?)?)$", re.I)
# (in prose minutes: the bracket or the sentence after a decision told in a sentence)
MOVED_NEXT = re.compile(rf"(?:\(\s*|(?<=[.;])\s+){_MOVED_SECONDED}", re.I)
# ... or in brackets between the keyword and the resolution: "Resolved: (Proposed Cllr Ray, seconded Cllr Li) to ..."
MOVED_FIRST = re.compile(rf"^\(\s*{_MOVED_SECONDED}(?:{_SAID}[^()]{{0,40}}?)?\s*\)\s*[:\-–,]?\s*", re.I)


def _moved_above(lines: list[Line], i: int, before: str = "") -> tuple[str | None, str | None, Vote | None]:
    """The mover, seconder and vote printed just above a resolution (or before it on its line): a
    field a line (Canada), 'Moved By: Deputy Mayor Ito' / 'Seconded By: Councillor Ueda' / 'BE IT
    RESOLVED THAT ...', both on one line, or a motion that says the resolution follows."""
    above = [l for l in lines[max(0, i - 3):i] if l.page == lines[i].page]
    printed_before = before.strip() or (above[-1].text.strip() if above else "")
    both = MOVED_BOTH.match(printed_before) if printed_before else None
    if both is None and before.strip() and above:
        # the fields wrapped onto the keyword's line: "Proposed: Cllr A Seconded: Cllr B. All in" /
        # "favour. Resolved to ..."
        both = MOVED_BOTH.match(join_lines([above[-1].text, before.strip()]))
    if both:
        return _person(both.group("mover")), _person(both.group("seconder")), \
            Vote(outcome="carried") if both.group("said") else None
    following = FOLLOWING_RESOLUTION.search(" ".join(l.text for l in above)) if above else None
    if following:
        vote = read_vote(following.group("vote") or following.group("vote2") or "")
        return (_person(following.group("mover") or following.group("mover2")),
                _person(following.group("seconder") or following.group("seconder2")),
                vote if vote.outcome or vote.votes_for is not None else None)
    mover = seconder = None
    for line in reversed(above):
        second, moved = SECONDER_ALONE.match(line.text.strip()), MOVER_ALONE.match(line.text.strip())
        if second and seconder is None:
            seconder = _person(second.group("name"))
        elif moved and mover is None:
            mover = _person(moved.group("name"))
        else:
            break
    return mover, seconder, None


def _overlaps(a: Decision, b: Decision) -> bool:
    return a.page == b.page and a.bbox is not None and b.bbox is not None and \
        a.bbox[1] < b.bbox[3] and b.bbox[1] < a.bbox[3]


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _once(decisions: list[Decision]) -> list[Decision]:
    """A resolution recorded twice (after its vote and again in a summary) is one record; the
    first keeps whatever vote the second records. A noting in the same words under two minutes' numbers
    ("The Committee noted the report." under minutes 2 and 3) is two decisions: such words name nothing
    of their own, while a resolution's words repeated under a later minute (a summary of decisions) are
    its second printing."""
    kept: list[Decision] = []
    by_text: dict[str, list[Decision]] = {}
    for d in decisions:
        same = by_text.setdefault(_key(d.text), [])
        first = next((f for f in same if f.minute_ref is None or d.minute_ref is None or f.minute_ref == d.minute_ref
                      or not _noting(d.text)), None)
        if first is None:
            same.append(d)
            kept.append(d)
            continue
        _fill_vote(first, d)
    return kept


def _noting(text: str) -> bool:
    """A short disposal by noting: "The Committee noted the report.", "That the update be noted."."""
    return len(text.split()) <= 12 and re.search(r"\b(?:noted|be\s+noted)\b|^(?:to\s+)?note\b", text, re.I) is not None


def _fill_vote(first: Decision, again: Decision) -> None:
    """What a second reading of one decision records of its vote and movers, where the first lacks it."""
    for f in ("outcome", "mover", "seconder", "votes_for", "votes_against", "votes_abstain", "roll_call"):
        if getattr(first, f) is None:
            setattr(first, f, getattr(again, f))


def _set_vote(d: Decision, vote: Vote | None) -> None:
    if vote is None:
        return
    d.outcome = d.outcome or vote.outcome
    if vote.votes_for is not None:
        d.votes_for, d.votes_against, d.votes_abstain = vote.votes_for, vote.votes_against, vote.votes_abstain
    if vote.roll_call:
        d.roll_call = vote.roll_call


# ---------------------------------------------------------------- motions, vote boxes, prose

# an item or minute heading of US minutes or parish minutes: "5.", "A.", "6a.", "16.01.8", "VII."
# (a letter alone is a ref only with its stop, "E." not "E Kim", as is a capital after the number, "6A.";
# a parish's "21/02" is one)
# ("AGENDA ITEM 3: RESOLUTION 2024-15", "4: Budget": a colon after the number, before a space)
# Legistar prints the file number between them: "1.A   21-0012   Approve the Minutes ..."
# (a heading may open with a year or a street number: "2. 2018 Budget", "4. 120 Main Street")
ITEM_HEADING = re.compile(r"^(?:(?:(?:(?:[Aa]genda\s+|AGENDA\s+)?(?:[Ii]tem|ITEM)|[Mm]in(?:ute)?\.?|MIN(?:UTE)?\.?)\s+(?:[Nn]o\.?\s*|#\s*)?)?(?P<ref>\d{1,4}/\d{1,4}|\d{1,3}(?:\.(?:\d{1,3}|[A-Z](?![a-z]))){0,3}(?:[a-z]|[A-Z](?=[.)]))?|[A-Z](?=[.)])|[IVX]{1,5}|"
                          r"[A-Z]{1,6}\d{1,4}|[A-Z]{1,6}/\d{1,4}(?:/\d{1,4})?|[A-Z]{1,6}\s?\d{1,4}/\d{2,4})(?:[.)]|:(?=\s))?\s+(?:[-–:]\s+)?(?:(?P<file>\d{2,4}-\d{3,5}|[A-Z]{1,4}\s?\d{2,4}-\d{1,5})\s+)?|"
                          # or the file number alone, where it is the item's only number ("24-0101  Approve ...")
                          r"(?P<file_only>\d{2,4}-\d{3,5}|[A-Z]{1,4}\s?\d{2,4}-\d{1,5})\s+)(?P<heading>(?:\d{1,4}\s+(?=[A-Z]))?[A-Z](?:[^.]|(?<=\bNo)\.|(?<=\bNO)\.|(?<=\bNos)\.|(?<=\bNOS)\.|(?<=\bSt)\.|(?<=\bST)\.){1,200})\.?$")  # "Ordinance No. 2845"
def _is_date_line(text: str) -> bool:
    """A line that is a date, perhaps with its time ("14 March 2024", "14 March 2024, 10.00am")."""
    m = DATE_DMY.match(text.strip())
    return bool(m) and not re.search(r"[^\W\d_]{4,}", text.strip()[m.end():])


# the outcome on a line of its own under a resolution or motion ("CARRIED", "Motion Defeated", "Carried
# Unanimously", "Carried (4 to 1)")
OUTCOME_LINE = re.compile(r"^(?:the\s+)?(?:motion\s+)?(?:carried|defeated|lost|failed)(?:\s+(?:unanimously|as\s+amended))?"
                          r"(?:\s*\(\s*\d{1,3}\s*(?:to|[-–])\s*\d{1,3}\s*\))?\.?$", re.I)
MOTION_FIELD = re.compile(r"^(?:second(?:ed|er)?(?:\s+by)?|(?:motion\s+by|moved|proposed)(?:\s+by)?|mover|ayes?|yeas?|yes|no|nays?|noes|excused|abstain(?:ed|s|ing)?|abstentions?|"
                          r"absent|recused|(?:recorded\s+|roll[\s-]?call\s+)?vote|result|final\s+resolution|for|against|in\s+favou?r|opposed)\s*(?:\(\d{1,3}\))?\s*:|"
                          + OUTCOME_LINE.pattern, re.I)
MOVER_FIELD = re.compile(r"^(?:motion|moved|mover|proposed)(?:\s+by)?\s*:", re.I)
FILED = re.compile(r"^(?:\d{1,3}[a-z]?[.)]|[A-Z][.)])?\s*\(?(?P<file>\d{2,4}-\d{2,5}|[A-Z]{1,3}\d{2,4}-\d{1,5})\)?\s+(?P<title>.+?)[.,]?\s+"
                   r"(?P<outcome>adopted|approved|carried|passed|failed|withdrawn|deferred|continued|received and filed|"
                   r"referred|denied)(?:\s+as\s+amended)?\.?$", re.I)
_OUTCOME_OF = {"failed": "lost", "denied": "lost", "rejected": "lost", "withdrawn": "withdrawn", "deferred": "deferred",
               "continued": "deferred", "tabled": "deferred", "postponed": "deferred"}
# the label an action is recorded under: "Action:", "ACTION TAKEN -", "Council Action:", "Disposition:"
_ACTION_TAKEN = r"^(?:(?:(?:council|board|commission|committee)\s+)?action\s*(?:taken)?|disposition)\s*[:\-–]\s*"
# ... or the label of the outcome, which says the same when a bare verb follows it ("Decision: Approved
# 5-0", "Result: Adopted (4-1)", "Outcome: Withdrawn")
_ACTION = rf"(?:{_ACTION_TAKEN}|^(?:decision|outcome|result)\s*:\s*)"
# the outcome alone: a verb, and at most its tally and a note
_BARE_OUTCOME = (r"(?P<verb>approved|adopted|accepted|denied|rejected|tabled|"
                 r"continued|postponed|deferred|received\s+and\s+filed|carried|passed|failed|withdrawn)"
                 r"(?:\s*(?:unanimously|as\s+(?:amended|presented|recommended|submitted)|\d{1,2}\s*[-–]\s*\d{1,2}"
                 r"(?:\s*[-–]\s*\d{1,2})?|\([^()]{0,60}\)|[.,;]))*\s*$")
# an action that names no object of its own: "ACTION: Approved 3-0 (Ford absent).", "Action: Adopted unanimously."
BARE_ACTION = re.compile(_ACTION + _BARE_OUTCOME, re.I)


# the label an action record opens with, which begins a paragraph of its own even without a gap
# ("3.2 Award contract ... / Action: Approved (5-0)")
ACTION_LABEL = re.compile(_ACTION + r"\S", re.I)


# an action recorded with its object: "Action: Adopted Resolution No. 2024-45 (4-1)"
# ... or its object first, then the verb: "Action: Ordinance 2024-07 adopted on second reading."
ACTION_RECORDED = re.compile(_ACTION + rf"(?P<text>(?P<verb>{RECORDED_ACTION})\s+\S.*|"
                             rf"(?-i:[A-Z])[^.;:]{{2,150}}?\s(?:was\s+|were\s+)?(?:unanimously\s+)?(?P<verb2>{RECORDED_ACTION}).*)$", re.I)


# a summary of actions: an item, its title and the outcome in capitals at the end of the line
# ("Item 6  Ordinance 1234 amending parking rules  ADOPTED 4-1 (Lee no)")
ITEM_OUTCOME = re.compile(r"^(?:(?:agenda\s+)?item\s+(?:no\.?\s*|#\s*)?)?(?P<ref>\d{1,3}(?:\.\d{1,3}){0,2}(?:\.?[a-z])?|[A-Z](?:\.\d{1,2})?)[.)]?\s+"
                          # (a title that runs on into its motion's fields, "- MOTION: Brown, 2ND: Ortiz. APPROVED", is read with them)
                          r"(?:[-–:]\s+)?(?P<title>(?-i:[A-Z])(?!.*\b(?:motion|moved|mover|seconded|second|2nd)\s*:).{2,200}?)[\s.,;:–-]+"
                          r"(?-i:(?P<outcome>APPROVED|ADOPTED|CARRIED|PASSED|FAILED|DENIED|CONTINUED|WITHDRAWN|TABLED|DEFERRED|"
                          r"RECEIVED AND FILED|ACCEPTED|INTRODUCED)(?: AS AMENDED)?)\b\s*(?P<vote>(?:\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?)?"
                          r"\s*(?:\([^()]{0,60}\))?)\s*\.?$", re.I)


# an outcome or a vote on a line of its own ("CARRIED", "MOTION DEFEATED", "AYES 5"), never a heading
_OUTCOME_ALONE = re.compile(r"\b(?:carried|carries|defeated|lost|failed|passed|adopted|approved|withdrawn|deferred|tabled|"
                            r"unanimous\w*|ayes?|nays?|noes|abstain\w*|absent|present)\b", re.I)


# the paper's own title, never an item's heading: "MINUTES OF THE REGULAR CITY COUNCIL MEETING",
# "REGULAR MEETING MINUTES" ("APPROVAL OF MINUTES" is an item); nor is its letterhead ("CITY OF X")
PAPER_TITLE = re.compile(r"^(?:(?:action|draft|approved|official)\s+)?minutes\s+(?:of|for)\b|\bmeeting\s+minutes$", re.I)


# a label alone on its line over the record of a motion ("MOTION" over "Moved by: ..."), part of the
# item it records, not a heading of its own
_RECORD_LABEL = re.compile(r"^(?:motions?|action(?:\s+taken)?|vote)$", re.I)


def _unnumbered_heading(line: Line, current: list[Line]) -> bool:
    """A heading without a number: a short line in bold or capitals, not a label or a sentence, set
    apart from running text (not a bold line inside a bold paragraph)."""
    text = line.text.strip()
    if not (line.bold or text.isupper()) or len(text.split()) > 10 or len(text) < 4:
        return False
    if re.search(r"[.,;:]$|:\s", text) or not re.match(r"[A-Z]", text) or MOTION_FIELD.match(text) \
            or PAPER_TITLE.search(text) or is_authority_name(text) \
            or ACTION_LABEL.match(text) or KEYWORD.search(text) or _OUTCOME_ALONE.search(text) \
            or _RECORD_LABEL.match(text):
        return False
    return not current or current[-1].bold != line.bold or current[-1].text.isupper() != text.isupper()


# the small words a line that runs on into the next may end with
_FUNCTION_WORDS = r"by|and|or|of|the|a|an|that|to|be|was|were|is|are|with|for|from|in|on|at"
_RUNS_ON = re.compile(rf"\b(?:{_FUNCTION_WORDS})$", re.I)
# An item's number and short heading with its record after a colon on the same line
NUMBERED_LEAD = re.compile(r"^(?P<ref>\d{1,3}(?:\.\d{1,3})?|[IVX]{1,5})[.)]\s+(?P<heading>[A-Z\d][^:.;]{2,60}?)"
                           # (or a dash before the motion's fields: "II. Approval of minutes - MOTION: Brown, 2nd: Ortiz",
                           # or a full stop: "1. Review and approve minutes. Motion: Brown; Second: Ortiz. Approved.")
                           r"(?::\s+|\s+[-–]\s+(?=(?i:motion|moved|mover|M\s*/\s*S)\b)|\.\s+(?=(?i:motion|moved|mover)\s*(?:by\b|:)))(?=[A-Z])")


def _wrapped_item_outcome(lines: list[Line], k: int, rights: dict[int, float]) -> list[Line] | None:
    """An item's line of record whose title wraps onto the next line, the outcome at its end: the
    item's line fills its line, and the next is no item of its own."""
    if k + 1 >= len(lines):
        return None
    line, nxt = lines[k], lines[k + 1]
    if nxt.page != line.page or nxt.top - line.bottom > 0.9 * line.size or line.x1 < rights[line.page] - 0.15 * (
            rights[line.page] - line.x0) or ITEM_HEADING.match(nxt.text) or ITEM_OUTCOME.match(nxt.text) \
            or not ITEM_OUTCOME.match(f"{line.text} {nxt.text}"):
        return None
    return [line, nxt]


def _paragraphs(lines: list[Line], ocr_pages: set[int] = frozenset()) -> list[tuple[str | None, str | None, list[Line]]]:
    """(item ref, heading, lines) per paragraph: lines run together until a gap, a heading or a
    line that ends short of the margin before a new sentence. On a page read by OCR (`ocr_pages`)
    a line's size is the height of its box, which varies from line to line of one paragraph with
    its ascenders, descenders and the scan's skew: only a change of a third is a change of type."""
    out = []
    ref = heading = None
    heading_line: Line | None = None  # the line the current heading ends on, while nothing is under it
    heading_filed = False  # the current heading carries a file number ("3.B 24-0124 ...")
    current: list[Line] = []
    rights = right_margins(lines)
    usual = line_gaps(lines, rights)
    taken = -1  # the last line read already as part of an item's line of record
    for k, line in enumerate(lines):
        if k <= taken:
            continue
        h = ITEM_HEADING.match(line.text)
        if h and _is_date_line(line.text):
            h = None  # "14 March 2024" under the title is the meeting's date, not minute 14
        # "Item 5  Approve warrant register  APPROVED 5-0": a record of its own line, not a heading
        # (or of two, its title wrapped: "5.B Award a contract ... in the" / "amount of $2,400,000. APPROVED 4-1")
        record = [line] if ITEM_OUTCOME.match(line.text) else _wrapped_item_outcome(lines, k, rights) if h else None
        if record:
            if current:
                out.append((ref, heading, current))
            out.append((ref, heading, record))
            current = []
            taken = k + len(record) - 1
            continue
        # (a file number marks an item however long its title: Legistar prints the whole title)
        # (a heading may end in a full stop in bold, "7. Approve the purchase of two vehicles.", which a
        # numbered sentence of running text does too)
        # (a numbered paragraph's first line that breaks after "that", "to" or "the" is a sentence running
        # on, "5) Mr Gough proposed, and Mr Oakford seconded the motion that", not a heading; in plain
        # type one that ends in a colon introduces what follows, "2) Mr Booth proposed and Mrs Binks
        # seconded the following motion:", "5) RESOLVED that:")
        filed = bool(h and (h.group("file_only") or h.group("file")))
        if h and len(line.text.split()) <= (30 if filed else 12) \
                and (filed or not line.text.endswith((",", ";"))) and (line.bold or not line.text.endswith((".", ":"))) \
                and (line.bold or line.text.isupper() or filed or len(line.text) < 70 and not _RUNS_ON.search(line.text)):
            if current:
                out.append((ref, heading, current))
            current = []
            ref, heading = h.group("ref") or h.group("file_only"), h.group("heading").strip()
            heading_line, heading_filed = line, filed
            continue
        lead = NUMBERED_LEAD.match(line.text)
        if lead and (next_marker(ref) == lead.group("ref") or ref is None and lead.group("ref") in ("1", "I")):
            # "2. Approval of Minutes: Jones moved to approve ...": the next item's number (the
            # minutes' numbering goes on, so it is no point of a list inside the item) and its
            # heading, with its record run on after the colon on the same line
            if current:
                out.append((ref, heading, current))
            ref, heading, heading_line = lead.group("ref"), lead.group("heading").strip(), None
            current = [line]
            continue
        if heading_line is not None and not current and line.page == heading_line.page \
                and line.top - heading_line.bottom < 0.9 * line.size and len(heading.split()) < 40 \
                and heading_line.x1 > rights[line.page] - 0.15 * (rights[line.page] - heading_line.x0) and (
                    # a bold title that runs on to the next line (it filled the line it started on)
                    heading_line.bold and line.bold and not ITEM_HEADING.match(line.text)
                    # (or one in capitals in plain type, as typed minutes set their headings: "2. CONDITIONAL
                    # USE PERMIT NO. 19-04, 120 MAIN" / "STREET")
                    or heading_line.text.isupper() and line.text.isupper() and not heading_line.bold
                    and not line.bold and not ITEM_HEADING.match(line.text)
                    # a filed item's title in plain type that runs on, hanging under its words, in small
                    # letters or figures (Legistar's "3.B 24-0124 Resolution approving the purchase of a
                    # fire" / "engine"; a numbered point of a resolution's text that wraps is no heading,
                    # and its lines stay the text's)
                    or heading_filed and not heading_line.bold and not line.bold and line.x0 > heading_line.x0 + line.size
                    and not re.search(r"[.:;]$", heading) and (line.text[:1].islower() or line.text[:1].isdigit())):
            heading = f"{heading} {line.text.strip()}"
            heading_line = line
            continue
        heading_line = None
        if _unnumbered_heading(line, current):
            # "APPROVAL OF MINUTES" in bold over its motion: an item without a number
            if current:
                out.append((ref, heading, current))
            current = []
            ref, heading = None, line.text.strip()
            continue
        if current:
            prev = current[-1]
            gap = line.top - prev.bottom if line.page == prev.page else 0
            right = rights[prev.page]
            # (a line that breaks after "seconded by", "and", a comma or a title, "Commissioner / Doe", has not ended its sentence)
            # (and the next line's first word would have fitted on it: a line that wrapped before a long
            # word, "... to adopt Resolution 2024-15." / "Commissioner Morales seconded ...", ends no paragraph)
            ended = prev.x1 < right - 0.1 * (right - min(l.x0 for l in current)) \
                and prev.x1 + (line.words[0].x1 - line.words[0].x0) + 0.25 * line.size < right \
                and (line.text[:1].isupper() or re.match(r"\d{1,3}(?:\.\d{1,3})*[.)]?\s+[A-Z]", line.text)) \
                and not re.search(rf"(?:[,;]|\b(?:this|{_FUNCTION_WORDS}|{TITLE_WORD}))$", prev.text, re.I)
            # (on a double-spaced page, whose usual gap is most of a line, a break is a gap wider than that)
            spacing = usual.get(line.page, 0.0)
            limit = 1.4 * spacing if spacing > 0.75 * line.size else 0.9 * line.size
            resized = abs(line.size - prev.size) > (max(1.0, 0.33 * max(line.size, prev.size)) if line.page in ocr_pages else 1)
            # (a line that starts in lower case after one that ends no sentence carries on its sentence,
            # whatever its type: OCR takes a short line's weight or height amiss, "not to exceed $650,000.")
            continues = line.text[:1].islower() and not re.search(r"[.!?:;]$", prev.text)
            if gap > limit or not continues and (ended or resized or line.bold != prev.bold) \
                    or ACTION_LABEL.match(line.text):
                out.append((ref, heading, current))
                current = []
        current.append(line)
    if current:
        out.append((ref, heading, current))
    return out


# an outcome sentence that announces the roll call printed under it
FOLLOWING_VOTE = re.compile(r"^(?:the\s+)?(?:motion|resolution|item|ordinance)?\s*(?:was\s+)?(?:carried|passed|failed|adopted|"
                            r"approved|defeated)\b[^.]{0,40}?\bby\s+the\s+following\s+(?:roll[\s-]call\s+)?vote\s*:?$", re.I)
STRONG_OUTCOME = re.compile(r"^\W*(?:the\s+)?(?:motion\s+)?(?:was\s+)?(?:carried|carries|passed|passes|failed|fails|defeated|"
                            r"lost|approved|adopted)\b|\bmotion\s+(?:was\s+)?(?:carried|carries|passed|passes|failed|fails|"
                            r"defeated|lost)\b|\ball\s+in\s+favou?r\b|"
                            # a motion form's own vote field after its mover and seconder: "Motion: Park
                            # Second: Reyes  Vote: 4-0" (school boards and commissions)
                            r"^\W*(?:vote|tally)\s*[:\-–]\s*(?:\d{1,2}\s*[-–]\s*\d{1,2}|unanimous)", re.I)


# an outcome and its tally, the whole of a paragraph: "Motion carried 3-1.", "MOTION CARRIED", "Carried
# unanimously", "Motion failed (2-3)"
OUTCOME_ONLY = re.compile(r"^(?:the\s+)?(?:motion\s+)?(?:was\s+)?(?:carried|passed|failed|defeated|lost)(?:\s+unanimously)?"
                          r"[\s,]*(?:\(?\s*\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*\)?)?\s*(?:\([^()]{0,60}\))?\.?$", re.I)


# who moved and seconded, a field a line or both on one ("Moved by: Lee", "Motion: Nash   Second: Ortiz",
# "Supported by: Kim"), over the motion's own words
_MOVER_LABEL = r"(?:(?:moved|proposed)(?:\s+by)?\s*:?|(?:motion|mover)(?:\s+(?:made\s+)?by)?\s*:)"
_SECONDER_LABEL = r"(?:seconded|second|seconder|supported|support)(?:\s+by)?\s*:?"
MOVER_ALONE = re.compile(rf"^{_MOVER_LABEL}\s*(?P<name>{NAME})\s*[,.;]?$", re.I)
SECONDER_ALONE = re.compile(rf"^{_SECONDER_LABEL}\s*(?P<name>{NAME})\s*[,.;]?$", re.I)
MOVED_ALONE = re.compile(rf"^{_MOVER_LABEL}\s*[^.]{{1,60}}?(?:\.\s*|\b){_SECONDER_LABEL}\s*[^.]{{1,60}}\.?$", re.I)


# the report's recommendations disposed of as a whole: "Upon being put to the vote, the recommendations
# were carried unanimously", "The recommendation in the report was AGREED (7 for, 1 against)"
RECOMMENDATIONS_CARRIED = re.compile(r"^(?:(?:up)?on\s+being\s+put\s+to\s+(?:the|a)\s+vote,?\s+)?the\s+(?:officers?'?\s+)?"
                                     r"recommendations?\b[^.;]{0,60}?\s+(?:was|were)\s+(?:unanimously\s+)?"
                                     r"(?:carried|agreed|approved|adopted|lost|not\s+carried|defeated|rejected)\b", re.I)
CONSENT_ACTION = re.compile(r"^this\s+[\w ]{1,40}?\s+was\s+(?:approved|adopted|accepted|received\s+and\s+filed|"
                            r"introduced|awarded|authori[sz]ed)\s+(?:on|as\s+part\s+of)\s+the\s+consent\s+(?:calendar|agenda)\b",
                            re.I)
def _motions(paras: list[tuple[str | None, str | None, list[Line]]], proceedings: Callable[[], bool]) -> list[Decision]:
    """Motions, vote boxes, recorded actions and outcomes under items; `proceedings()` says whether
    the paper is a record of a meeting."""
    out: list[Decision] = []
    # "Moved: X  Seconded: Y" on a line of its own, over the motion it moves; or "Moved by X" and
    # "Seconded by Y" on lines of their own (Canada), which make that line first
    merged = []
    for para in paras:
        before = join_lines(l.text for l in merged[-1][2]) if merged else ""
        text = join_lines(l.text for l in para[2])
        if merged and para[:2] == merged[-1][:2] and (
                MOVED_ALONE.match(before) or MOVER_ALONE.match(before) and SECONDER_ALONE.match(text)):
            merged[-1] = (para[0], para[1], merged[-1][2] + para[2])
        else:
            merged.append(para)
    paras = merged
    fields_of_before: set[int] = set()  # paragraphs read as fields of the motion before them
    # A paragraph's first motion is looked for before its motions are read, and each motion's
    # next one is where the reading goes on: find_motion was asked twice of the same text (2.5% of
    # ingest, the regexes of every motion form), so its answers are kept for the paper's paragraphs
    motions: dict[str, tuple | None] = {}

    def first_motion(text: str):
        if text not in motions:
            motions[text] = find_motion(text)
        return motions[text]

    for k, (ref, heading, plines) in enumerate(paras):
        # (a record printed as a bullet point, "• Motion to approve ...": the bullet is no part of it)
        text = join_lines(l.text for l in plines)
        text = BULLET.match(text).group("rest") if text[:1] in BULLET_CHARS else text
        page, bbox = plines[0].page, bbox_of(plines)
        # "(23-716) Title. ADOPTED.", each item of a summary on its own line or run together in one paragraph
        pieces = re.split(r"\s(?=(?:\d{1,3}[a-z]?[.)]|[A-Z][.)])\s*\(?(?:\d{2,4}-\d{2,5}|[A-Z]{1,3}\d{2,4}-\d{1,5})\)?\s)", text)
        filed_all = [FILED.match(p) for p in pieces]
        if filed_all[0]:
            for filed in filter(None, filed_all):
                number = re.match(r"^(\d{1,3}[a-z]?|[A-Z])[.)]", filed.group())
                d = Decision(minute_ref=number.group(1) if number else ref, text=filed.group("title"), page=page,
                             minute_heading=heading, file_number=filed.group("file"), kind="motion", bbox=bbox,
                             outcome=_OUTCOME_OF.get(filed.group("outcome").lower(), "carried"))
                out.append(d)
            continue
        summary = ITEM_OUTCOME.match(text) if len(plines) <= 2 else None
        if summary:
            verb = summary.group("outcome").split()[0].lower()
            d = Decision(minute_ref=summary.group("ref"), text=summary.group("title").strip(), page=page,
                         minute_heading=heading, kind="motion", bbox=bbox)
            _set_vote(d, read_vote(f"{verb} {summary.group('vote')}"))
            d.outcome = _OUTCOME_OF.get(verb, "carried")
            out.append(d)
            continue
        if re.match(r"^RESULT\s*:", text):
            # a vote box under the item's title: RESULT / MOVER / SECONDER / AYES / NAYS
            first_under_heading = k == 0 or paras[k - 1][:2] != (ref, heading)
            title = heading if first_under_heading and heading else next(
                (join_lines(l.text for l in p[2]) for p in reversed(paras[:k])
                 if not re.match(r"^(?:RESULT|MOVER|SECONDER|AYES|NAYS|ABSTAIN|ABSENT)\b", p[2][0].text)), heading)
            box = " ".join([text] + [join_lines(l.text for l in p[2]) for p in paras[k + 1:k + 8]
                                     if re.match(r"^(?:MOVER|SECONDER|AYES|NAYS|NOES|ABSTAIN|ABSENT)\b", p[2][0].text)])
            if title:
                mover = re.search(r"MOVER\s*:\s*([^:]+?)(?=\s+[A-Z]{4,}\s*:|$)", box)
                seconder = re.search(r"SECONDER\s*:\s*([^:]+?)(?=\s+[A-Z]{4,}\s*:|$)", box)
                d = Decision(minute_ref=ref, text=title, page=page, minute_heading=heading, kind="motion", bbox=bbox,
                             mover=mover.group(1).split(",")[0].strip() if mover else None,
                             seconder=seconder.group(1).split(",")[0].strip() if seconder else None)
                _set_vote(d, read_vote(box))
                out.append(d)
            continue
        # a motion form prints its fields a line each ("MOTION: Smith moved to ...", "SECOND: Jones",
        # "AYES: ...", "NOES: ..."): the fields after a motion belong to it
        last = k  # the last paragraph the motion takes in
        for field_ref, field_heading, field_lines in paras[k + 1:k + 8]:
            if (field_ref, field_heading) != (ref, heading):
                break  # the next item's motion is its own
            # the fields, and the motion's own words when the form prints them after its mover and
            # seconder ("Moved by: X / Seconded by: Y / To approve the agenda. / Vote: 4-0")
            moved_only = MOVER_FIELD.match(text) and not first_motion(text)
            # ("ACTION: Approved the minutes. / Motion: Lee / Second: Stone / Vote: 4-0": its mover as a field)
            # (and the outcome's sentence that announces them, on a line of its own: "The motion carried
            # by the following vote:" / "AYES: ...")
            if not (MOTION_FIELD.match(field_lines[0].text) or FOLLOWING_VOTE.match(join_lines(l.text for l in field_lines))
                    or moved_only and re.match(r"(?:to|that)\b", field_lines[0].text, re.I)
                    or re.match(r"action\b", text, re.I) and re.match(r"motion\s*:", field_lines[0].text, re.I)):
                break
            text += "; " + join_lines(l.text for l in field_lines)  # a field ends where the next begins
            last += 1
            fields_of_before.add(last)
        action = BARE_ACTION.match(text)
        if action and heading:
            # "ACTION: Approved 3-0 (Ford absent)." under the item: the item is what was approved, or
            # the sub-item printed just before it under the same heading ("3.2 Award contract ...")
            title, item = heading, ref
            if k > 0 and paras[k - 1][:2] == (ref, heading) and k - 1 not in fields_of_before:
                before = join_lines(l.text for l in paras[k - 1][2])
                sub = ITEM_HEADING.match(before) or re.match(r"^(?P<ref>\d{1,3}(?:\.\d{1,3}){1,3}[a-z]?|[A-Z]\.\d{1,2})[.)]?\s+(?P<heading>[A-Z].*)$", before)
                if sub and not ACTION_LABEL.match(before):
                    title, item = sub.group("heading").strip(), sub.group("ref")
            d = Decision(minute_ref=item, text=title, page=page, minute_heading=heading, kind="motion", bbox=bbox)
            _set_vote(d, read_vote(text))
            d.outcome = _OUTCOME_OF.get(action.group("verb").lower().split()[0], "carried")
            out.append(d)
            continue
        recorded = ACTION_RECORDED.match(text)
        if recorded and heading and not first_motion(text):
            # "Action: Adopted Resolution No. 2024-45 (4-1, Diaz voting no)": the action names what it did
            body = re.sub(r"\s*(?:\([^()]*\d\s*[-–]\s*\d[^()]*\)|\b(?:unanimously|\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?))[\s.;,]*$",
                          "", recorded.group("text")).rstrip(" .;,")
            d = Decision(minute_ref=ref, text=body, page=page, minute_heading=heading, kind="motion", bbox=bbox)
            _set_vote(d, read_vote(text))
            d.outcome = _OUTCOME_OF.get((recorded.group("verb") or recorded.group("verb2")).lower(), d.outcome or "carried")
            out.append(d)
            continue
        carried = RECOMMENDATIONS_CARRIED.search(text)
        # (unless the resolution is recorded under the same heading after it: "The recommendation was
        # CARRIED." / "RESOLVED that ...", one decision, which is that resolution with its vote)
        resolved_after = carried and any(
            p[:2] == (ref, heading) and _may_hold_keyword(t := join_lines(l.text for l in p[2])) and KEYWORD.search(t)
            for p in paras[k + 1:k + 6])
        if carried and heading and not first_motion(text) and not resolved_after:
            # "Upon being put to the vote, the recommendations were carried unanimously": the item's
            # recommendations, as the report put them, are the decision
            d = Decision(minute_ref=ref, text=heading, page=page, minute_heading=heading, kind="motion", bbox=bbox)
            _set_vote(d, read_vote(text))
            d.outcome = "lost" if re.search(r"\b(?:lost|not\s+carried|defeated|rejected)\b", carried.group(), re.I) else "carried"
            out.append(d)
            continue
        consent = CONSENT_ACTION.match(text)
        if consent and heading and (k == 0 or paras[k - 1][:2] != (ref, heading)):
            # Legistar: "This Resolution was adopted on the Consent Calendar." under the item's title
            out.append(Decision(minute_ref=ref, text=heading, page=page, minute_heading=heading, kind="motion",
                                bbox=bbox, outcome="carried"))
            continue
        if heading and OUTCOME_ONLY.match(text) and k not in fields_of_before and not any(
                p[:2] == (ref, heading) and not all(l.in_table for l in p[2]) for p in paras[max(0, k - 12):k]):
            # "7. Approve the purchase of two vehicles / Motion carried 3-1.": the item is what was carried
            # (perhaps with its roll-call grid printed between)
            d = Decision(minute_ref=ref, text=heading, page=page, minute_heading=heading, kind="motion", bbox=bbox)
            _set_vote(d, read_vote(text))
            out.append(d)
            continue
        # (after the item's title where the paragraph runs on from it, "II. Approval of minutes - MOTION: ...")
        lead = NUMBERED_LEAD.match(text)
        bare = BARE_MOTION.match(text[lead.end():] if lead and lead.group("ref") == ref else text) if not first_motion(text) else None
        rest = (bare.group("rest") if bare.group("rest") is not None else bare.group("rest2")) if bare else ""
        if bare and heading and k not in fields_of_before and (
                STRONG_OUTCOME.search(rest) or bare.group("mover2") and read_vote(rest).votes_for is not None) \
                and not (_may_hold_keyword(rest) and KEYWORD.search(rest)):
            # (unless a resolution follows it: "Proposed: A Seconded: B. All in favour. Resolved to ...",
            # which is what was moved, read with its movers as the resolution it is)
            # "Moved by X, seconded by Y. Carried." with no words of its own: what it carried is the item
            # it sits under, or the sentence before it under the same item ("Staff recommend approval ...")
            first_under_heading = k == 0 or paras[k - 1][:2] != (ref, heading)
            title = heading if first_under_heading else \
                re.split(r"(?<=[a-z]{2}[.!?])\s+", join_lines(l.text for l in paras[k - 1][2]))[-1].rstrip(".")
            d = Decision(minute_ref=ref, text=title, page=page, minute_heading=heading, kind="motion", bbox=bbox,
                         mover=_person(bare.group("mover") or bare.group("mover2")),
                         seconder=_person(bare.group("seconder") or bare.group("seconder2")))
            _set_vote(d, read_vote(rest))
            out.append(d)
            continue
        pos = 0
        while True:
            found = first_motion(text[pos:])
            if not found:
                break
            body, mover, seconder, start, end, said = found
            start, end = start + pos, end + pos
            nxt = first_motion(text[end:])
            after = text[end:end + nxt[3]] if nxt else text[end:]
            # (the paragraph after it, when under the same item: the next item's vote is its own)
            following = join_lines(l.text for l in paras[last + 1][2]) \
                if last + 1 < len(paras) and paras[last + 1][:2] == (ref, heading) else ""
            if len(after.strip()) < 8 or re.search(r"\bfollowing\s+(?:roll[\s-]call\s+)?vote\s*:?\s*$", after, re.I):
                # (up to the motion that paragraph makes itself, whose vote is its own)
                moved_next = first_motion(following) if following else None
                after = after + " " + (following[:moved_next[3]] if moved_next else following)
            voted = STRONG_OUTCOME.search(after[:200]) is not None
            # the verb the action is recorded by, first ("Approved the contract ...") or after what was
            # done ("Items 5A-5F approved on a motion by ...", "Approved on a motion by ...")
            verb = re.match(RECORDED_ACTION, body, re.I) or re.search(rf"(?<=\s){RECORDED_ACTION}$", body, re.I)
            if len(body.split()) < 2:
                if not heading:
                    pos = end
                    continue
                body = heading  # "Approved on a motion by Kim, seconded by Hunt, 4-1": the item is what was approved
            if heading and THIS_ITEM.match(body):
                body = heading  # "that this Ordinance be Introduced": what was moved is the item itself
            d = Decision(minute_ref=ref, text=body, page=page, minute_heading=heading, kind="motion", bbox=bbox,
                         mover=mover, seconder=seconder)
            vote = read_vote(after[:400])
            if said.strip(" ,"):
                # "seconded by Y, and unanimously carried, the Board voted 4-0 to ...": the outcome
                # and tally written before the motion's text
                before = read_vote(said)
                if re.search(r"\b(?:resolved|agreed)\b", said, re.I):
                    before.outcome = before.outcome or "carried"
                if vote.outcome is None:
                    vote.outcome = before.outcome
                if vote.votes_for is None and before.votes_for is not None:
                    vote.votes_for, vote.votes_against, vote.votes_abstain = \
                        before.votes_for, before.votes_against, before.votes_abstain
            if vote.outcome is None and verb:
                # an action recorded by its verb ("ACTION: Approved the contract ... (Smith/Jones, 5-0)")
                # says its own outcome ("Continued to May 4" is deferred), and the tally after it is that vote's
                vote = read_vote(f"{verb.group()} {after[:400]}")
                vote.outcome = _OUTCOME_OF.get(verb.group().lower(), vote.outcome)
                tally = TALLY.search(after[:80])
                if tally and vote.votes_for is None and tally.group("f"):
                    vote.votes_for, vote.votes_against = int(tally.group("f")), int(tally.group("a"))
                    vote.votes_abstain = int(tally.group("x")) if tally.group("x") else None
            _set_vote(d, vote)
            pos = end
            # ("The Council voted 5-0 to ..." records a vote in minutes; in a report it is another body's)
            body_voted = bool(said.strip()) and d.outcome is not None and proceedings()
            if mover is None and seconder is None and not voted and not verb and not body_voted:
                continue  # "Motion to approve the minutes" with no one moving it and no vote: an agenda's wording
            if re.search(r"\bthe\s+following\s+resolution\s+was\b", text[start:end], re.I):
                continue  # "... the following resolution was ADOPTED 3 AYES": read with the resolution it heads
            out.append(d)
    return out


# (a plain "it was agreed that ..." there is as often the sense of the discussion, "It was agreed that
# children should be placed close to home", so only a resolution, a unanimous agreement and the
# approval of the last minutes count)
PLAIN_DISPOSAL = re.compile(r"^(?:(?:after|following)\s+(?:some\s+|further\s+)?discussion,?\s+)?"
                            r"(?:it\s+was\s+(?:(?:therefore|also|further|then|duly)\s+)*(?:unanimously\s+)?resolved|"
                            # "The Committee resolved to ...", "Council unanimously resolved that ..."
                            r"(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,3}?(?:council|committee|board|panel|sub-committee|commission)\s+"
                            r"(?:unanimously\s+)?(?:resolved|agreed)|(?:the\s+)?(?:members|councillors)\s+(?:present\s+)?(?:unanimously\s+)?resolved|"
                            r"it\s+was\s+(?:(?:therefore|also|further|then)\s+)*unanimously\s+(?:agreed|decided))"
                            r"(?:\s+(?:that|to|not\s+to)\b|\s*:)|"
                            # the body's act on a thing: "The Board agreed the strategy" (boards' minutes)
                            + body_act("agreed|approved|adopted|ratified|endorsed") + r"|^(?:the\s+)?minutes\s+of\s+.{0,160}?\b(?:were|was)\s+"
                            r"(?:duly\s+|unanimously\s+)?(?:approved|agreed|confirmed|accepted|adopted)\b|" + PASSIVE_DISPOSAL, re.I)


# the body that resolved, before what it resolved: "Committee resolved to note the apologies", "The Town
# Council unanimously resolved that ...": a resolution in the third person, whose text is what was
# resolved, as a formal resolution's is (prose of members agreeing, "The Councillors agreed ...",
# "After discussion it was resolved to ...", is recorded as the sentence it is)
_LEAD_IN = re.compile(r"^(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,3}?(?:council|committee|board|panel|sub-committee|commission|cabinet)\s+"
                      r"(?:(?:then|therefore|also|unanimously|formally)\s+)*(?:resolved|resolves|agreed|decided)\s*[:,]?\s+"
                      r"(?=(?:that|to|not\s+to)\b)", re.I)


def _without_lead_in(text: str) -> str:
    m = _LEAD_IN.match(text)
    return text[m.end():] if m and len(text[m.end():].split()) >= 2 else text


# a paper's title that calls it the notes of a meeting, as informal bodies (working groups, panels,
# a committee's informal sessions) title their record: "Grants Committee Notes", "Meeting Notes - 3
# October 2023", "Notes: Finance Working Group" ("Notes of the meeting ..." counts as minutes already)
NOTES_TITLE = re.compile(r"^(?:(?:[A-Z][\w'’&-]*|of|the|and|for|-|–)\s+){0,8}?(?i:(?:meeting\s+|action\s+)?notes)"
                         r"(?:\s*[-–:,]\s*.{0,60})?$|^(?i:notes)\s*[-–:]\s*(?:[A-Z][\w'’&-]*\s*){1,8}$")


def _is_proceedings(pages: list[PageLayout]) -> bool:
    """A record of a meeting: it says who was present, or calls itself minutes or notes."""
    from pipeline.extract.attendance import extract_attendance
    from pipeline.extract.document import has_minutes_heading
    return bool(pages) and (has_minutes_heading(pages[0]) or any(NOTES_TITLE.match(l.text.strip()) for l in pages[0].lines[:6])
                            or bool(extract_attendance(pages[:2])))


def _narrative(lines: list[Line], paras: list[tuple[str | None, str | None, list[Line]]]) -> list[tuple[Decision, str]]:
    """Decisions recorded in prose, from the paragraphs (_paragraphs) of `lines`, each with the sentence
    that says it was decided (its own, or the lead-in of the list it is an item of)."""
    out = []
    rights = right_margins(lines)
    justified = justified_pages(lines, rights)
    for ref, heading, plines in paras:
        for part, part_rights in _cell_columns(plines, rights):
            for entry in _entries(part, part_rights, justified if part_rights is rights else set()):
                out.extend(_narrative_entry(ref, heading, entry))
    return out


def _cell_columns(plines: list[Line], rights: dict[int, float]) -> list[tuple[list[Line], dict[int, float]]]:
    """A paragraph of running text as is; one inside a ruled table, a column at a time (each cell's
    lines, with the column's right rule as their margin): a table's line runs across its cells, and
    a sentence read across them splices the project's summary into the committee's decision."""
    cuts = plines[0].cuts
    if not (cuts and all(l.in_table and l.cuts == cuts and l.page == plines[0].page for l in plines)):
        return [(plines, rights)]
    edges = [float("-inf"), *cuts, float("inf")]
    out = []
    for left, right in zip(edges, edges[1:]):
        column = [c for c in (cell_line(l, left, right) for l in plines) if c is not None]
        if column:
            out.append((column, {plines[0].page: right if right != float("inf") else rights[plines[0].page]}))
    return out


def _entries(plines: list[Line], rights: dict[int, float], justified: set[int] = frozenset()) -> list[list[Line]]:
    """A paragraph of prose minutes split where a line ends an entry without a full stop, as
    parish minutes list letters and invoices a line each ("Letter from NALC re Queens 90th Birthday"
    / "House of Commons letter re Policing costs"): the next line starts with a capital and its
    first word would have fitted on the line, or the page is justified (`justified`, its pages)
    and the line stops short of the margin, so the line was broken on purpose.
    (A capitalised common word after a short line was tried as a sign too; it lifted one paper of
    the tuning set and none of the set-aside ones, and it splits "the Planning / Officer".)"""
    out = [[plines[0]]]
    for prev, line in zip(plines, plines[1:]):
        first = line.words[0] if line.words else None
        word = first.text.strip(".,;:()'\"") if first else ""
        room = rights[prev.page] - prev.x1
        broken = (first is not None and line.page == prev.page and word[:1].isupper() and not word.isupper()
                  and not re.search(r"(?:[.,;:!?\-–]|\b(?:by|and|or|of|the|a|an|to|for|from|with|in|on|at|Mr|Mrs|Ms|Dr|Cllr))$",
                                    prev.text.rstrip())
                  and (first.x1 - first.x0 + 0.3 * first.size < room or prev.page in justified and room > first.size))
        if broken:
            out.append([line])
        else:
            out[-1].append(line)
    return out


def _narrative_entry(ref: str | None, heading: str | None, plines: list[Line]) -> list[tuple[Decision, str]]:
    out = []
    text = join_lines(l.text for l in plines)
    for sentence, at, lead in narrative_decisions(text, running=not all(l.in_table for l in plines)):
        if len(sentence.split()) < 5 and not text.startswith(sentence) and not re.search(r"(?:^|\s)\(?(?:[ivx]{1,4}|[a-zA-Z]|\d{1,2})[.)]\s*$", text[:at]):
            # (an item of a list after its lead-in, "i) Note the report", is a decision of its own)
            # "Resolved to pay": an elliptical decision on what the entry opened with
            opening = re.match(r"(?:[^.]|\.(?=\d))*(?:\.|$)", text).group().strip()
            sentence = f"{opening} {sentence}"
        # who proposed and seconded it: in brackets at its end, or the sentence after it ("... were
        # approved. Proposed Cllr Ray, seconded Cllr Li.")
        moved = MOVED_NEXT.search(text, at, at + len(sentence) + 200)
        moved = moved if moved and moved.start() <= at + len(sentence) + 2 else None
        out.append((Decision(minute_ref=ref, text=sentence, page=_page_of(plines, sentence, text),
                             minute_heading=heading, kind="resolved", bbox=bbox_of(plines), outcome="carried",
                             mover=_person(moved.group("mover")) if moved else None,
                             seconder=_person(moved.group("seconder")) if moved else None),
                    lead if lead is not None else sentence))
    return out


def _page_of(plines: list[Line], sentence: str, text: str) -> int:
    return plines[0].page


RESOLUTION_NO = re.compile(r"^(?:[A-Z][\w ]{0,40}\s)?resolution\s+(?:no\.?|number|#)\s*(?P<num>[A-Z]{0,3}[\d][\d-]*)", re.I)
ADOPTED = re.compile(r"^(?:PASSED|APPROVED|ADOPTED)\b[,\s]+(?:AND\s+)?(?:APPROVED|ADOPTED|PASSED)\b|"
                     r"^(?:Passed|Adopted),?\s+(?:and\s+)?(?:approved|adopted)\b", re.M)
BARE_SIDE = re.compile(r"^(?:for|against|abstain(?:ed|ing|s)?|abstentions?|in\s+favou?r)\s*\(\s*\d{1,3}\s*\)$", re.I)
RECORDED_VOTE = re.compile(r"^(?:for|against|abstain(?:ed|ing|ions?)?|abstentions?|ayes?|noes|nays?|in\s+favou?r)\s*(?:\(\d+\))?\s*[:\-–]|"
                           # the side and its count alone on a line, the names on the lines below: "For (3)"
                           + BARE_SIDE.pattern + "|"
                           # the tally in brackets on a line of its own: "(For 2, Against 1)", "(Unanimous)"
                           r"^\(\s*(?:(?:for|in\s+favou?r)\s*[:\-–]?\s*\d{1,3}\b[^()]*|unanimous(?:ly)?)\)\.?$",
                           re.I)
# a resolution's text ends at the next keyword or at the recorded vote or outcome printed under it
# (and at the next minute's heading, "16/04 Correspondence", "FIN/24/02 Budget update", whose reference
# no list item takes)
RESOLUTION_END = re.compile(r"(?i:" + RECORDED_VOTE.pattern + r")|(?i:" + OUTCOME_LINE.pattern + r")|" + ADOPTED.pattern + "|"
                            + KEYWORD.pattern + r"|^(?:[A-Z]{1,6}\s?/?\d{1,4}/|\d{1,4}/)\d{2,4}[.:)]?\s+[A-Z]|"
                            # (and at a line that records the body's next resolution in prose, as a sentence
                            # of its own: "The Committee agreed to accept the quote ...")
                            r"^(?=[A-Z])(?i:" + _LEAD_IN.pattern.removeprefix("^") + ")", re.M)
# a decision form's value ends at the form's next label, printed alone on its line ("Reasons for the decision:"),
# or at the parts the law asks an executive decision's record to give: its reasons, the alternative
# options considered, and any conflict of interest and dispensation
# (the reasons and the options may be given on the label's own line: "Reasons for decision: The
# council must set a budget.", "Reason: To meet the timetable.")
FORM_END = re.compile(RESOLUTION_END.pattern + r"|^[A-Z][^.:;]{2,60}:$|(?i:^(?:(?:reasons?\s+for\s+(?:the\s+)?decisions?|(?-i:R)easons?(?=\s*:)|"
                      r"alternative\s+options?(?:\s+\w+){0,2})\s*(?::.*)?|(?:(?:any\s+)?conflicts?\s+of\s+interest\b.{0,60}|"
                      r"dispensations?\b.{0,60})\s*:?)$)|"
                      # (and at the form's other fields, their values beside them: "Date published: 14 March
                      # 2024", "Decision maker: ...", "Contact officer: ...", "Wards affected: All")
                      r"(?i:^(?:date(?:\s+[a-z]+){0,3}|decision\s+(?:maker|taken\s+by)|contact(?:\s+officer)?|wards?\s+affected|"
                      r"call[\s-]?in(?:\s+[a-z]+){0,3}|key\s+decision)\s*:\s*\S)", re.M)
FORM_FIELD = re.compile(r"^\(?[a-z]\)\s+[A-Z]|" + KEYWORD.pattern, re.M)


def _resolutions(lines: list[Line], i: int, rest: str, stop: re.Pattern = KEYWORD) -> tuple[list[tuple[str, int, tuple]], int]:
    """The resolutions following a keyword on lines[i]; returns them and the next line index."""
    line = lines[i]
    first = marker_of(rest) if rest else None
    if first is not None:
        # "RESOLVED – (1) That ...; (2) That ..." — the list starts on the keyword's line
        items, end = collect_items(lines, i, allow_unmarked=True, stop=stop)
        if items:
            items[0].number, items[0].first_text = first
            out = []
            for it in items:
                # "(1) That the budget be approved; and (2) That ...": siblings numbered inside one paragraph
                parts = split_inline(f"({it.number}) {it.text}", it.number) if it.number else []
                if len(parts) > 1:
                    out.extend((text, it.page, it.bbox) for _, text in parts)
                else:
                    out.append((it.text, it.page, it.bbox))
            return out, end
    if rest and not rest.rstrip().endswith(":"):
        # "RESOLVED that the minutes ... were a correct record" running on over the next lines
        items, end = collect_items(lines, i, allow_unmarked=True, stop=stop)
        if items:
            first = items[0]
            body = join_lines([rest] + [l.text for l in first.lines[1:]])
            return [(body, first.page, first.bbox)], i + len(first.lines)
        return [(rest, line.page, line.bbox)], i + 1
    # "AGREED:" or "RESOLVED that Cabinet agree to:" — the resolutions follow as a list,
    # perhaps after a lead-in line ("Decision: / Cabinet agree to:")
    start = i + 1
    # (Scottish minutes end it ":-": "Decision / The Committee agreed:- / (a) to ...")
    if not rest and start < len(lines) and re.search(r":\s*[-–]?$", lines[start].text.rstrip()) and len(lines[start].text) < 100 \
            and marker_of(lines[start].text) is None:
        start += 1
    items, end = collect_items(lines, start, allow_unmarked=True, stop=stop)
    if not items:
        return [], i + 1
    if rest and all(_is_data_line(l.text) for it in items for l in it.lines):
        # "RESOLVED to approve the following payments:" over the payments, each line ending in its
        # sum: one resolution, whose list is what it approves, not resolutions of their own
        listed = "; ".join(" ".join(l.text.split()) for it in items for l in it.lines)
        return [(f"{rest.rstrip()} {listed}", line.page, line.bbox)], end
    return [(it.text, it.page, it.bbox) for it in items], end


def _is_data_line(text: str) -> bool:
    """A line of a schedule (a payee or item and its sum), not a resolution's words."""
    return bool(TRAILING_MONEY.search(text.strip())) and not re.match(r"(?:that|to)\b", text.strip(), re.I)

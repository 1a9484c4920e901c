"""Decisions printed as a table (ruled, or set out in columns of words), a row an item.

Action minutes and board records often tabulate what was done: "Item | Motion | Moved | Seconded |
Vote", "No. | Description | Action", "Minute | Subject | Decision". A table whose header row names a
column for the matter and one for what was done with it (the action, decision, result or vote, or
who moved it) is read a row a record: the matter is the decision's text, the action cell its outcome
and tally. A row whose action says nothing of an outcome ("Clerk" in a parish's "Action" column, who
is to act) records nothing.

A roll-call grid ("Member | Aye | Nay | Abstain | Absent", a mark under each member's vote) is how
the motion printed over it was voted: each member's vote, and the counts.
"""
from __future__ import annotations

import re

from pipeline.extract.motions import BARE_MOTION, NAME, TALLY, THIS_ITEM, _person, body_act, find_motion, read_vote
from pipeline.models import Decision
from pipeline.read.layout import Line, tables

# what a header cell says its column holds
_COLUMNS = [
    ("mover", r"mo(?:ved|ver)(?:\s+by)?|motion\s+(?:made\s+)?by|proposed(?:\s+by)?|proposer"),
    ("seconder", r"second(?:ed|er)?(?:\s+by)?|supported(?:\s+by)?"),
    # ("Decision/Action", "Action Items", "Actions agreed": what was done, however the column names it)
    ("outcome", r"(?:council\s+|board\s+|commission\s+|committee\s+)?actions?(?:\s+(?:taken|agreed|items?))?|"
                r"decisions?(?:\s+(?:taken|made))?|outcomes?|results?|disposition|votes?|status|"
                r"(?:decisions?|actions?|outcomes?)\s*/\s*(?:decisions?|actions?|outcomes?|next\s+steps)"),
    ("ref", r"no\.?|#|ref(?:erence)?\.?|min(?:ute)?\.?(?:\s*(?:no\.?|ref\.?|number))?|file(?:\s*(?:no\.?|#|number))?|"
            r"(?:resolution|ordinance)\s+(?:no\.?|#|number)"),
    # ("Item" holds a number or a title: its cells say which)
    ("item", r"(?:agenda\s+)?items?(?:\s+(?:no\.?|#|number))?"),
    ("text", r"motions?|resolutions?|description|subject|title|matter|business|proposal|item\s+(?:description|title)|"
             r"application|request|(?:agenda\s+)?topics?|"
             # ("Item | Discussion | Action/Decision": what was discussed is the matter decided)
             r"discussion|summary(?:\s+of\s+discussion)?|details"),
]
_COLUMN_RES = [(kind, re.compile(rf"^(?:{p})$", re.I)) for kind, p in _COLUMNS]
_NUMBERED_CELL = re.compile(r"^(?P<ref>\d{1,3}(?:\.\d{1,2})?[a-z]?|[A-Z]|[IVX]{1,5})[.)]\s+(?P<rest>\S.*)$", re.S)
_REF_CELL = re.compile(r"^(?:[A-Z]{1,6}\s?)?\d{1,4}(?:[./-]\d{1,4}){0,2}[a-z]?[.)]?$")

# an action cell that says an outcome: a verb in the past tense first, then at most a tally, a note
# or where it went ("Approved 4-1 (Chen no)", "Continued to April 7, 2025", "Recommended approval to
# City Council 5-0"); or a tally alone in a vote column ("3-0")
_OUTCOME_VERBS = {"approved": "carried", "adopted": "carried", "accepted": "carried", "carried": "carried",
                  "passed": "carried", "agreed": "carried", "resolved": "carried", "received": "carried", "noted": "carried",
                  "recommended": "carried", "granted": "carried", "awarded": "carried", "authorised": "carried",
                  "authorized": "carried", "denied": "lost", "rejected": "lost", "refused": "lost", "failed": "lost",
                  "lost": "lost", "defeated": "lost", "withdrawn": "withdrawn", "continued": "deferred",
                  "deferred": "deferred", "tabled": "deferred", "postponed": "deferred"}
# a decision cell that is a sentence of its own: "The Group agreed to open the scheme in May.", "It was
# resolved that the grant be paid." (who decided is not what was decided); or the body's act on a
# thing, which is the decision as written: "The Board approved the budget."
_DECIDED_CELL = re.compile(r"^(?:it\s+was\s+(?:(?:also|further|then|unanimously)\s+)*|(?:the\s+)?(?:(?!not\b)(?-i:[A-Z])[\w-]*\s+){1,3}?"
                           r"(?:(?:also|then|unanimously)\s+)*)(?:agreed|resolved|decided)\s*:?\s+(?P<what>(?:that|to|not\s+to)\b.{3,}|"
                           r"(?:[a-z]\)|\(?[ivx]+\)|\d\.)\s.{3,})$|"
                           r"(?P<act>" + body_act("approved|agreed|endorsed|adopted|ratified|noted") + r".{3,})$", re.I)
_OUTCOME_CELL = re.compile(r"^(?:motion\s+)?(?P<verb>" + "|".join(_OUTCOME_VERBS) + r")\b(?P<rest>.{0,80})$", re.I | re.S)
_ALL_FOR = re.compile(r"^(?:unanimous(?:ly)?(?:\s+(?:approved|carried|passed))?|all\s+(?:in\s+favou?r|ayes?)|all\s+members\s+in\s+favou?r)$", re.I)
# who moved and seconded a motion, in brackets after it: "To adopt the budget (Ortiz/Lee)"
_MOVED_PAIR = re.compile(rf"\s*\(\s*(?P<mover>{NAME})\s*/\s*(?P<seconder>{NAME})\s*\)\s*\.?$")
_TALLY_CELL = re.compile(r"^\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?(?:\s*\([^()]{0,60}\))?$")

# a roll-call grid's vote columns
_GRID_VOTES = [("for", r"ayes?|yeas?|yes|for|in\s+favou?r"), ("against", r"nays?|noes|no|against|opposed"),
               ("abstain", r"abstain(?:ed|s|ing)?|abstentions?"), ("absent", r"absent|excused|recused|not\s+voting")]
_GRID_RES = [(vote, re.compile(rf"^(?:{p})$", re.I)) for vote, p in _GRID_VOTES]
_GRID_NAME = re.compile(r"^(?:(?:council\s?|board\s+|committee\s+)?members?|name|councill?ors?|trustees?|commissioners?|"
                        r"directors?|supervisors?|roll\s?call|vote)?$", re.I)
_MARK = re.compile(r"^(?:[xX✓✔√•*]|yes|y)$", re.I)


def _column_kinds(header: list[str], rows: list[list[str]]) -> list[str | None]:
    kinds = []
    for k, label in enumerate(header):
        label = re.sub(r"\s+", " ", label.strip(" :"))
        kind = next((kind for kind, rx in _COLUMN_RES if rx.match(label)), None)
        if kind == "item":
            cells = [r[k] for r in rows if r[k]]
            kind = "ref" if cells and all(_REF_CELL.match(c) for c in cells) else "text"
        kinds.append(kind)
    return kinds


def _decision_header(cells: list[str]) -> bool:
    """A header row naming the matter and what was done with it (or who moved it), or the matter and
    the resolution ("Minute | Subject | Resolution")."""
    kinds = _column_kinds(cells, [])
    return ("text" in kinds or "item" in kinds) and ("outcome" in kinds or "mover" in kinds) or \
        len(cells) >= 2 and _resolution_column(cells) is not None


# a column of the resolutions themselves: "Resolution", "Resolved", "Resolutions"
_RESOLUTION_HEAD = re.compile(r"^(?:resolutions?|resolved)$", re.I)
# a cell that is a resolution as minutes print one: "That the budget be approved.", "RESOLVED that ...", "To note ..."
_RESOLUTION_CELL = re.compile(r"^(?:resolved\s*[:,-]?\s*)?(?P<what>(?:that|to|not\s+to)\b\s*\S.{3,})$", re.I | re.S)


def _resolution_column(header: list[str]) -> int | None:
    return next((k for k, c in enumerate(header) if k and _RESOLUTION_HEAD.match(re.sub(r"\s+", " ", c.strip(" :")))), None)


def _grid_header(cells: list[str]) -> bool:
    """A header row of a name column and two vote columns or more ("Member | Aye | Nay | Absent")."""
    cells = [re.sub(r"\s+", " ", c.strip(" :")) for c in cells]
    votes = [next((v for v, rx in _GRID_RES if rx.match(c)), None) for c in cells[1:]]
    return bool(_GRID_NAME.match(cells[0])) and len(votes) >= 2 and None not in votes


def _outcome(cell: str, column: str) -> tuple[str | None, object]:
    """The outcome an action cell records, and its vote; (None, None) when it records none."""
    cell = re.sub(r"\s+", " ", cell).strip(" .")
    said = _OUTCOME_CELL.match(cell)
    if said:
        rest = said.group("rest")
        if said.group("verb").lower() in ("recommended", "received") and not re.match(
                r"\s+(?:approval|adoption|denial|and\s+filed)\b", rest, re.I):
            return None, None  # "Received a presentation", "Recommended by staff": not an outcome
        vote = read_vote(cell)
        return _OUTCOME_VERBS[said.group("verb").lower()] if not re.match(r"\s+denial\b", rest, re.I) else "lost", vote
    if re.search(r"votes?|results?", column, re.I) and _ALL_FOR.match(cell):
        return "carried", read_vote(cell)  # "Unanimous", "All in favor" in a vote column
    tally = TALLY.search(cell) if _TALLY_CELL.match(cell) and re.search(r"votes?|results?", column, re.I) else None
    if tally and tally.group("f"):
        vote = read_vote(cell)
        ayes, noes = int(tally.group("f")), int(tally.group("a"))
        return ("carried" if ayes > noes else "lost"), vote
    return None, None


def decision_tables(lines: list[Line]) -> list[Decision]:
    """The decisions of every table whose header row names a matter column and an action,
    outcome or mover column, a row a decision."""
    out: list[Decision] = []
    for rows, starts, _ in tables(lines, _decision_header):
        header, body = rows[0], rows[1:]
        kinds = _column_kinds(header, body)
        resolved = _resolution_column(header)
        if resolved is not None and "outcome" not in kinds and "mover" not in kinds:
            # "Minute | Subject | Resolution": a row a resolution, its minute's number in the first column
            # (what the paper does not say of the vote stays unknown)
            ref_col = next((k for k, kind in enumerate(kinds) if kind == "ref"), None)
            for cells, at in zip(body, starts[1:]):
                said = _RESOLUTION_CELL.match(re.sub(r"\s+", " ", cells[resolved]).strip())
                if not said:
                    continue
                ref = cells[ref_col].strip().rstrip(".)") or None if ref_col is not None else None
                out.append(Decision(minute_ref=ref, text=said.group("what").strip(), page=at.page, kind="resolution",
                                    bbox=at.bbox))
            continue
        if "text" in kinds and ("outcome" in kinds or "mover" in kinds):
            col = {kind: kinds.index(kind) for kind in set(kinds) - {None}}
            texts = [k for k, kind in enumerate(kinds) if kind == "text"]
            motion_col = next((k for k in texts if re.fullmatch(r"motions?", header[k].strip(" :"), re.I)), None)
            if len(texts) > 1 and motion_col is not None:
                # "Item | Discussion | Motion | Vote": the motion is what was decided, the item its matter
                col["matter"], col["text"] = next(k for k in texts if k != motion_col), motion_col
            for cells, at in zip(body, starts[1:]):
                matter = cells[col.get("matter", col["text"])].strip()
                text = cells[col["text"]].strip() or matter
                mover = cells[col["mover"]].strip() or None if "mover" in col else None
                seconder = cells[col["seconder"]].strip() or None if "seconder" in col else None
                pair = _MOVED_PAIR.search(text) if "matter" in col else None
                if pair:
                    # "To approve the minutes (Brown/Ortiz)": who moved and seconded it, in brackets after it
                    mover, seconder, text = _person(pair.group("mover")), _person(pair.group("seconder")), text[:pair.start()]
                if len(text.split()) < 2:
                    continue
                outcome, vote = _outcome(cells[col["outcome"]], header[col["outcome"]]) if "outcome" in col else (None, None)
                said = _DECIDED_CELL.match(re.sub(r"\s+", " ", cells[col["outcome"]]).strip()) \
                    if "outcome" in col and outcome is None else None
                if said:
                    # "The Group agreed to open the scheme in May." in the Decision column: the cell says what
                    # was decided, in words of its own
                    outcome, text = "carried", (said.group("what") or said.group("act")).strip()
                moved = _motion_cell(cells[col["outcome"]]) if "outcome" in col and outcome is None and not said else None
                if moved:
                    # "Motion to approve: Brown. Second: Ortiz. Approved unanimously." in the Action column:
                    # the motion, who moved it and its vote (a motion that names nothing moves the item)
                    body, mover, seconder, vote = moved
                    outcome, text = vote.outcome, body or text
                resolution = _RESOLUTION_CELL.match(re.sub(r"\s+", " ", cells[col["outcome"]]).strip()) \
                    if "outcome" in col and outcome is None and mover is None and not said and not moved else None
                if resolution:
                    # "That a grant of £500 be awarded." in the Decision column: the resolution itself (what
                    # the paper does not say of its vote stays unknown)
                    text = resolution.group("what").strip()
                elif outcome is None and mover is None:
                    continue
                ref = cells[col["ref"]].strip().rstrip(".)") or None if "ref" in col else None
                numbered = _NUMBERED_CELL.match(matter) if ref is None else None
                if numbered:
                    # "1. Approval of Minutes" in the matter's column: the item's number, then its title
                    # (the title is the record's text unless a motion says what was done)
                    ref = numbered.group("ref")
                    text = numbered.group("rest") if text == matter else text
                d = Decision(minute_ref=ref, text=text.rstrip("."), page=at.page, kind="motion", outcome=outcome,
                             mover=mover, seconder=seconder, bbox=at.bbox)
                if vote is not None and vote.votes_for is not None:
                    d.votes_for, d.votes_against, d.votes_abstain = vote.votes_for, vote.votes_against, vote.votes_abstain
                elif outcome is not None:
                    tally = TALLY.search(cells[col["outcome"]])  # ("Recommended approval 5-0", a "3-0" vote column)
                    if tally and tally.group("f"):
                        d.votes_for, d.votes_against = int(tally.group("f")), int(tally.group("a"))
                        d.votes_abstain = int(tally.group("x")) if tally.group("x") else None
                out.append(d)
    return out


def _motion_cell(cell: str):
    """(what was moved or None for the row's item, mover, seconder, vote) of an action cell that
    records a motion and its outcome; None for a cell that records none."""
    cell = re.sub(r"\s+", " ", cell).strip()
    found = find_motion(cell)
    if found:
        body, mover, seconder, _, end, _ = found
        vote = read_vote(cell[end:])
        body = None if THIS_ITEM.match(body) else body
    else:
        bare = BARE_MOTION.match(cell)
        if not bare:
            return None
        mover, seconder = _person(bare.group("mover") or bare.group("mover2")), _person(bare.group("seconder") or bare.group("seconder2"))
        body, vote = None, read_vote(bare.group("rest") if bare.group("rest") is not None else bare.group("rest2"))
    return (body, mover, seconder, vote) if vote.outcome else None


def roll_call_grids(lines: list[Line]) -> list[tuple[tuple[int, float, float], list[list[str]]]]:
    """Roll-call grids: ((page, top, bottom), [[member, vote], ...]) for each table whose header is a
    name column and vote columns ("Aye | Nay | Abstain | Absent") with a mark under each member's vote."""
    out = []
    for rows, starts, last in tables(lines, _grid_header):
        header = [re.sub(r"\s+", " ", c.strip(" :")) for c in rows[0]]
        votes = [next((v for v, rx in _GRID_RES if rx.match(c)), None) for c in header[1:]]
        call = []
        for cells in rows[1:]:
            marked = [v for v, c in zip(votes, cells[1:]) if _MARK.match(c.strip())]
            if cells[0].strip() and len(marked) == 1:
                call.append([cells[0].strip(), marked[0]])
        if len(call) >= 2:
            out.append(((starts[0].page, starts[0].top, last.bottom), call))
    return out


"""Motions and amendments put to a recorded vote, as UK councils minute a full council's debate
(the budget, notices of motion):

    (7) Mr Brady proposed, and Ms Meade seconded the following amendment:
        "To amend the budget proposed by the Administration ..."
    (8) Following the debate, the Chairman put to the vote the amendment set out in paragraph 7
        above and the voting was as follows:
        For (12)
        Mr Baldock, Mr Brady, ...
        Against (42)
        Mr Baker, Mr Bartlett, ...
        Abstain (7)
        Mr Chittenden, ...
        Amendment lost.

What was proposed, who proposed and seconded it, and the vote are three paragraphs apart, so
they are read over the minute's paragraphs rather than from one. An amendment or motion that was
lost (or withdrawn) is a decision of its own, with the counts and how each member voted. One that
was carried is recorded again as the resolution that follows it ("(27) RESOLVED that: ..."): the
vote is that resolution's; without such a resolution the motion itself is the record.
"""
from __future__ import annotations

import re

from pipeline.extract.attendance import POST_NOMINALS
from pipeline.extract.motions import NAME, _counted, _person
from pipeline.models import Decision
from pipeline.read.layout import Line, bbox_of, join_lines


def _who(group: str) -> str:
    """A member as minutes name them, with their post in brackets after the name."""
    return rf"(?P<{group}>{NAME})(?:\s*\([^()]{{1,80}}\))?"


# "Mr Brady proposed, and Ms Meade seconded the following amendment:", "Mr Oakford proposed and
# Mr Gough Seconded the motion that:", "Mr Brady (Leader of the Opposition) moved, and ... seconded"
PROPOSED = re.compile(
    rf"^(?:\(?\d{{1,2}}\)\s*)?(?:(?:following|after)\s[^.;:]{{0,60}}?,\s*)?{_who('mover')}\s+(?:proposed|moved)\s*,?\s*(?:and\s+)?{_who('seconder')}\s+"
    r"seconded\s*,?\s*(?:(?:the\s+following\s+|the\s+|an?\s+)?(?P<what>(?:substantive\s+)?motion|amendment)"
    # ("the following amendment to the motion set out in paragraph 5:")
    r"(?:\s+to\s+the\s+[^:]{0,80}?(?=:))?(?:\s+(?:that|as\s+follows))?\s*:?\s*|(?=that\b))(?P<rest>.*)$|"
    # "Councillor Green proposed the following amendment, which was seconded by Councillor White:"
    rf"^(?:\(?\d{{1,2}}\)\s*)?{_who('mover2')}\s+(?:proposed|moved)\s+(?:the\s+following\s+|an?\s+)?"
    r"(?P<what2>(?:substantive\s+)?motion|amendment)\s*,?\s*(?:which\s+was\s+|and\s+(?:this\s+|it\s+)?was\s+)?seconded\s+by\s+"
    rf"{_who('seconder2')}\s*:?\s*(?P<rest2>.*)$", re.I | re.S)
# "the Chairman put to the vote the amendment set out in paragraph 7 above", "put the motion set out
# in paragraph 2 to the vote", "put the substantive motion as set out in Item 6, paragraph 4 above"
PUT_TO_VOTE = re.compile(
    # ("On being put to the vote, the amendment was LOST", "A recorded vote was taken on the amendment")
    # ("The motion was put to the vote and was LOST": the passive)
    r"(?:(?:\bput\s+(?:to\s+(?:the|a)\s+vote\s*,?\s+)?|\bvote\s+was\s+taken\s+on\s+)the\s+|"
    r"\bthe\s+(?=(?:substantive\s+|original\s+)?(?:motion|amendment)\s+was\s+(?:then\s+)?put\s+to\s+(?:the|a)\s+vote))"
    # ("A recorded vote was taken on the recommendation": the officers' recommendation, moved as it stood)
    r"(?P<what>(?:substantive\s+|original\s+)?motion|amendment|recommendations?)"
    r"(?:\s*\([^()]{1,30}\))?(?:\s+(?:as\s+)?(?:set\s+out\s+)?(?:in|at)\s+(?:item\s+\d{1,3}\s*,\s*)?paragraph\s+\(?(?P<para>\d{1,2})\)?"
    r"(?:\s+above)?)?"
    r"(?:\s+(?:as\s+amended\s+)?to\s+the\s+vote)?", re.I)
# a count and the members who voted that way: "For (12)", "Against: 42", "Abstain (0)", names after it
# or on the lines below
VOTE_LABEL = re.compile(r"^(?P<label>for|against|abstain(?:ed|ing|s)?|abstentions?|in\s+favou?r)\s*"
                        r"(?:\(\s*(?P<n>\d{1,3})\s*\)|:\s*(?P<n2>\d{1,3})?)[\s:.,-]*(?P<names>.*)$", re.I)
# "Amendment lost.", "Motion carried.", "Substantive Motion Carried.", "The amendment was withdrawn."
# ("... was put to the vote and was LOST": the subject said once)
OUTCOME = re.compile(r"\b(?:(?:the\s+)?(?:substantive\s+|original\s+)?(?:motion|amendment|recommendations?)(?:\s+as\s+amended)?|it|this|and(?=\s+was\b))\s+"
                     r"(?:was\s+)?(?:therefore\s+|accordingly\s+|then\s+)?(?:declared\s+)?(?P<o>carried|agreed|passed|lost|defeated|fell|not\s+carried|"
                     r"withdrawn)\b", re.I)
_OUTCOME_OF = {"carried": "carried", "agreed": "carried", "passed": "carried", "withdrawn": "withdrawn"}
PARA_NO = re.compile(r"^\(?(?P<n>\d{1,2})\)\s")
# a note the clerk adds is not part of what was proposed
_NOTE = re.compile(r"^(?:post[\s-]meeting\s+note|clerk['’]?s\s+note|note)\b", re.I)
_SIR = re.compile(r"^(?:sir|dame|lord|lady|rev(?:erend|d)?\.?)\s+", re.I)
_SIDE = {"for": "for", "in favour": "for", "in favor": "for", "against": "against"}

Paragraph = tuple[str | None, str | None, list[Line]]


def recorded_votes(paras: list[Paragraph], resolutions: list[Decision],
                   minutes_at: list[tuple[tuple[int, float], object]] = ()) -> list[Decision]:
    """The motions and amendments lost or withdrawn on a recorded vote, and (set on `resolutions`
    in place) the votes of those carried and recorded as a resolution after the vote. `minutes_at`
    is where each minute's heading is, ((page, top), Minute): a paragraph number ("set out in
    paragraph 3") is the number within its minute."""
    texts = [join_lines(l.text for l in p[2]) for p in paras]
    if not any("seconded" in low or "vote" in low for low in map(str.lower, texts)):
        return []  # (every proposal names its seconder, every vote says so: most minutes have none of this)
    # a numbered paragraph run on from the one before it (across a page break): one piece each
    pieces = [(p, piece) for p, t in zip(paras, texts) for piece in re.split(r"(?<=[.:;”\"])\s+(?=\(?\d{1,2}\)\s)", t)]
    paras, texts = [p for p, _ in pieces], [t for _, t in pieces]
    # the minute each paragraph is under (the numbers _paragraphs reads as headings may be a
    # paragraph's or a quoted list's, "5) RESOLVED that:", "2. To recognise ...")
    minute_of = []
    for _, _, plines in paras:
        at = (plines[0].page, plines[0].top)
        minute_of.append(next((m for start, m in reversed(minutes_at) if start <= at), None))
    out: list[Decision] = []
    proposals: dict[str, dict] = {}  # by the paragraph number printed before the proposal
    last = last_motion = None  # the last proposal, and the last that was a motion
    ref = None
    for k, (para_ref, heading, plines) in enumerate(paras):
        ref = para_ref or ref  # (a sub-heading inside the minute keeps the minute's number)
        minute = minute_of[k]
        if k and minute is not minute_of[k - 1]:
            proposals, last, last_motion = {}, None, None  # a new minute numbers its paragraphs anew
        if minute is not None:
            ref, heading = minute.ref, minute.heading
        text = texts[k]
        proposed = PROPOSED.match(text)
        if proposed:
            last = _proposal(proposed, paras, texts, k, ref, heading, minute_of)
            if last["what"] == "motion":
                last_motion = last
            number = PARA_NO.match(text)
            if number:
                proposals[number.group("n")] = last
            continue
        put = PUT_TO_VOTE.search(text)
        if not put:
            continue
        # ("the substantive motion" is the motion moved, as amended, not the last amendment)
        target = proposals.get(put.group("para")) if put.group("para") else \
            last_motion if re.match(r"(?i)substantive|original", put.group("what")) else last
        outcome, counts, roll = _vote(paras, texts, k)
        if outcome is None:
            continue
        # (the motion voted on may not be a proposal read here, "the substantive motion (as amended)"
        # after an amendment its mover accepted: a carried vote is still its resolution's)
        known = target is not None and bool(target["text"])
        vote = dict(outcome=outcome, mover=target["mover"] if known else None, seconder=target["seconder"] if known else None,
                    votes_for=counts.get("for"), votes_against=counts.get("against"),
                    votes_abstain=counts.get("abstain"), roll_call=roll or None)
        resolved = _resolution_after(resolutions, plines[0], _next_proposal(paras, texts, k)) \
            if outcome == "carried" else None
        if resolved is not None:
            # the motion carried is the resolution recorded after it: one record, with the vote
            for field, value in vote.items():
                if getattr(resolved, field) is None:
                    setattr(resolved, field, value)
        elif known:
            out.append(Decision(minute_ref=target["ref"], text=target["text"], page=target["page"],
                                minute_heading=target["heading"], kind=target["what"], bbox=target["bbox"], **vote))
    return out


def _proposal(m: re.Match, paras: list[Paragraph], texts: list[str], k: int, ref, heading, minute_of: list) -> dict:
    """What was proposed: the words after "seconded the following amendment:" and the paragraphs
    under it, up to the next numbered paragraph or the vote."""
    rest = (m.group("rest") if m.group("rest") is not None else m.group("rest2")).strip()
    mover, seconder = m.group("mover") or m.group("mover2"), m.group("seconder") or m.group("seconder2")
    what = m.group("what") or m.group("what2") or ""
    body = [rest] if rest else []
    own = PARA_NO.match(texts[k])
    for j in range(k + 1, min(len(paras), k + 40)):
        t = texts[j]
        # the minute's next numbered paragraph ends it, not the numbers of the list it quotes ("15)"
        # proposes "(1) Endorse ... (2) Note ...")
        number = PARA_NO.match(t)
        if number and (own is None or int(number.group("n")) > int(own.group("n"))) or PUT_TO_VOTE.search(t) or PROPOSED.match(t) or VOTE_LABEL.match(t) \
                or minute_of[j] is not minute_of[k] or _NOTE.match(t) or OUTCOME.match(t):
            break
        body.append(t)
    text = re.sub(r"\s+", " ", " ".join(body)).strip().strip("“”\"").strip()
    plines = paras[k][2]
    return {"text": text, "mover": _member(mover), "seconder": _member(seconder),
            "what": "amendment" if "amendment" in what.lower() else "motion", "ref": ref,
            "heading": heading, "page": plines[0].page, "bbox": bbox_of(plines)}


def _vote(paras: list[Paragraph], texts: list[str], k: int) -> tuple[str | None, dict, list]:
    """The outcome, counts and named votes printed from paragraph k on: (outcome, {side: n}, roll)."""
    counts: dict[str, int] = {}
    outcome = None
    put = PUT_TO_VOTE.search(texts[k])
    said = OUTCOME.search(texts[k], put.start())
    if said:
        # "On being put to the vote, the amendment was LOST (For 12, Against 30, Abstentions 2)"
        outcome = _outcome(said.group("o"))
        counted = _counted(texts[k][put.start():])
        if counted:
            counts.update({s: n for s, n in zip(("for", "against", "abstain"), counted) if n is not None})
    block_outcome, block_counts, roll, _ = vote_block(texts[k + 1:k + 20])
    counts.update(block_counts)
    return block_outcome or outcome, counts, roll


def _outcome(word: str) -> str:
    """carried / lost / withdrawn from the word the minutes use."""
    return _OUTCOME_OF.get(re.sub(r"\s+", " ", word.lower()), "lost")


def vote_block(texts: list[str]) -> tuple[str | None, dict, list, int]:
    """A recorded vote printed a side a line or a few: "For (12)" over the names, "Against: Mr A, Mr
    B (2)", "Abstain (0)", then perhaps its outcome ("Amendment lost."). (outcome or None,
    {side: count}, [[name, side], ...], how many of `texts` it takes)."""
    counts: dict[str, int] = {}
    roll: list[list[str]] = []
    outcome = side = None
    used = 0
    for t in texts:
        label = VOTE_LABEL.match(t)
        end = OUTCOME.match(t) or OUTCOME.match(re.sub(r"^\W+", "", t))
        if label:
            word = re.sub(r"\s+", " ", label.group("label").lower())
            side = _SIDE.get(word, "abstain")
            t = label.group("names")
            # ("FOR: Councillors Green and White (2)", "ABSTAIN: (0)": the count after the names)
            after = re.search(r"\(\s*(\d{1,3})\s*\)\s*\.?$", t)
            n = label.group("n") or label.group("n2") or (after.group(1) if after else None)
            if after:
                t = t[:after.start()]
            if n is not None:
                counts[side] = int(n)
        elif end:
            outcome = _outcome(end.group("o"))
            used += 1
            break
        elif side is None or PARA_NO.match(t) or PROPOSED.match(t) or not _names(t):
            break
        for name in _names(t):
            roll.append([name, side])
        used += 1
    for s in ("for", "against", "abstain"):
        # a side printed without its count counts its names
        if s not in counts and any(v == s for _, v in roll):
            counts[s] = sum(1 for _, v in roll if v == s)
    return outcome, counts, roll, used


def _names(text: str) -> list[str]:
    out = []
    # ("Sir Paul Carter, CBE", "Mrs Dean MBE": the letters of an honour after a name are not a member)
    for piece in re.split(r",|;|\band\b", POST_NOMINALS.sub("", text)):
        piece = re.sub(r"(?i)^(?:councillors|cllrs\.?|members)\s+", "", piece.strip(" ."))
        if not piece:
            continue
        name = _member(piece)
        if name and re.fullmatch(NAME, name):
            out.append(name)
    return out


def _member(name: str) -> str | None:
    return _person(_SIR.sub("", name.strip()))


def _next_proposal(paras: list[Paragraph], texts: list[str], k: int) -> Line | None:
    """The first line of the next proposal or vote after paragraph k: a resolution after it is not
    the one this vote carried."""
    for j in range(k + 1, len(paras)):
        if PROPOSED.match(texts[j]) or PUT_TO_VOTE.search(texts[j]):
            return paras[j][2][0]
    return None


def _resolution_after(resolutions: list[Decision], vote_line: Line, stop: Line | None) -> Decision | None:
    at, until = (vote_line.page, vote_line.top), (stop.page, stop.top) if stop else None
    for d in resolutions:
        pos = (d.page, d.bbox[1] if d.bbox else 0.0)
        if pos > at and (until is None or pos < until):
            return d
    return None

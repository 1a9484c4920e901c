"""Attendance: who the minutes list as present, sending apologies or absent.

Minutes open with lists under a label: "Present:", "Councillors present", "Members Present",
"In attendance", "Also present", "Staff present", "Apologies for absence were received from",
"Absent:", "Members absent", or a roll call ("ROLL CALL: Present: ... Absent: ..."). The names
run on after the label, on its line and the lines below, separated by commas, "and" or "&", and
each may carry a title ("Cllr", "Mr", "Trustee") and a note ("(Chair)", "as Broadband
Representative"). A word for a post inside the list ("Clerk J Connelly", "Officers: ...") says
that the names after it are officers or others rather than members.

Agendas print the members a meeting is for ("Membership: Councillors A, B, C", a "Roll Call"
item), which are not attendance, so only the labels above, which say who came, open a list.
"""
from __future__ import annotations

import re

from pipeline.models import Attendance
from pipeline.read.layout import BULLET_CHARS, Line, PageLayout

# status and role of a list, from its label
# who a list is of: "Members", "Councillors", "Council Members", "Board members", "Commissioners"
# (after the body's own name: "Select Board Members", "Planning Commission Members", "School Committee Members")
# (a kind of member: "Ex-Officio Members Present", "Alternate Members Present", "Non-voting members present")
_WHO = (r"(?:(?:[^\W\d][\w'’&-]*\s+){0,3}?(?:board|council|committee|commission|panel|city\s+council|town\s+council|voting|non[\s-]?voting|elected|"
        r"ex[\s-]?officio|alternates?|associate)\s+)?"
        r"(?:members?|councillors?|councilors?|council\s?members?|cllrs?\.?|trustees?|commissioners?|directors?|"
        r"governors?|supervisors?|aldermen|alderpersons?|selectmen|legislators?|"
        # "Members of Council", "Members of the Board"; a body alone ("Council Present:", "Board Absent:")
        r"members?\s+of\s+(?:the\s+)?(?:council|board|committee|commission)|council|board|commission|committee)")
# a present list may say how they attended: "Present in person", "Present (virtually)", "Present via Zoom"
# ("Present in Chambers", "Present in the Chamber": where they sat, in person)
_HOW = r"(?:\s+(?:in\s+person|in\s+(?:the\s+)?(?:council\s+)?chambers?|virtually|remotely|electronically|online|(?:via|by)\s+\w+)|\s*\((?:[^)]{1,30})\))?"
_LABELS = [
    # ("Regrets", in Canadian minutes, are apologies: "Regrets were received from Councillor Park",
    # "Absent with regrets: Councillor Lee", as "Absent with apologies" is)
    (r"(?:apologies|regrets)(?:\s+for\s+absence)?(?:\s+(?:were|was|had\s+been)\s+(?:received|submitted|given|tendered|"
     r"noted)(?:\s+and\s+(?:accepted|approved|noted))?(?:\s+(?:from|by|on\s+behalf\s+of))?)?|"
     r"(?:apologies|regrets)\s+received(?:\s+from)?|absent\s+with\s+(?:apolog(?:y|ies)|regrets)|"
     rf"(?:{_WHO})\s+(?:sending\s+|giving\s+|with\s+)?apologies", "apologies", None),
    # ("Commissioners not in attendance:", "Unexcused:": absent, as "not present" and "excused" are)
    (rf"(?:{_WHO})\s+(?:not\s+present|not\s+in\s+attendance|absent|excused)(?:\s*(?:/|\bor\b|\band\b)\s*(?:absent|excused|unexcused))?|"
     r"absent(?:\s+(?:members?|without\s+(?:apolog(?:y|ies)|notice|leave|cause)|with\s+(?:notice|leave|cause)|and\s+excused|"
     r"\(excused\)|excused))?|"
     # "Absent/Excused", "Excused/Absent", "Absent or Excused": one list under either word
     r"(?:absent|excused)\s*(?:/|\bor\b|\band\b)\s*(?:absent|excused|unexcused)|"
     r"not\s+present|not\s+in\s+attendance|(?:un)?excused(?:\s+absences?)?|"
     r"(?:with\s+)?the\s+following(?:\s+\w+){0,2}\s+(?:(?:were|was)\s+)?absent|representatives\s+absent", "absent", None),
    (r"(?:(?:city|town|county|council|district|village|township|board)\s+)?(?:officers?|officials|staff|employees?|administrators?|administration)\s+"
     r"(?:present|in\s+attendance|attending)|in\s+attendance(?:\s+(?:were|officers?))?|officers?\s+attending",
     "present", "officer"),
    (r"also\s+(?:present|in\s+attendance|attending)|others?\s+(?:present|in\s+attendance|attending)|"
     r"guests?(?:\s+present)?|visitors?(?:\s+present)?|"
     # ("Observers: Paul Black (DWP)": who sat in without being of the body; only with the colon)
     r"observers?(?=\s*:)|"
     # ("Public: Frank Ortiz, Gina Hall" in the attendance block: the residents who came, guests)
     # (a bare "Public" or "Late" only with its colon: alone on a line it heads a table's column)
     r"(?:members\s+of\s+(?:the\s+)?)?public\s+(?:present|in\s+attendance|attending)|public(?=\s*:)", "present", "other"),
    # ("Attended:", "Attended by:": who came)
    # ("Present Commissioners:", "Present at meeting:", "Participants:": who came, as "Attendees:")
    (rf"(?:{_WHO})\s+(?:present|in\s+attendance|attending){_HOW}|present\s+(?:{_WHO})|present\s+at\s+(?:the\s+)?(?:meeting|roll\s?call)|"
     rf"present(?:\s+were)?{_HOW}|attended(?:\s+by)?|participants|"
     r"those\s+(?:present|in\s+attendance|attending)|attendees|"
     r"(?:with\s+)?the\s+following(?:\s+\w+){0,2}\s+(?:(?:were|was)\s+)?(?:present|in\s+attendance)|attendance|attending|"
     # ("Attending remotely:", "Meeting attendees:", a partnership's "Representatives:")
     rf"attending{_HOW}|meeting\s+attendees|representatives(?=\s*:)|"
     # "Participating remotely: Director Ruiz" (a member who joins by video is present)
     rf"participating{_HOW}|"
     # "Substitute Members: Councillor Kim (for Councillor Ford)": a substitute sits as a member
     rf"substitutes?(?:\s+(?:members?|councillors?))?(?:\s+(?:present|in\s+attendance|attending){_HOW})?|"
     r"representatives\s+present|"
     # "Late arrival: Eve Kim (7:15 pm)", "Arrived late:": a member who came after the start came
     r"(?:late(?:\s+arrivals?)?|arrived\s+late)(?=\s*:)|"
     # ("Sederunt:", "there sat", heads the list of those present in Scottish minutes)
     r"sederunt|"
     # "Trustees answering roll call:", "The following members answered roll call:"
     rf"(?:(?:the\s+)?following\s+)?(?:(?:{_WHO})\s+)?(?:answering|answered|responding\s+to|responded\s+to)\s+(?:the\s+)?roll(?:\s?call)?|"
     # ("Roll call was answered by Mayor Lee, Councilmembers Brown and Ortiz": after "Roll call")
     r"roll\s?call\s+was\s+answered\s+by",
     "present", "member"),
]
# inside a list, a bare "Staff:" or "Officers:" starts the staff's part of it; on its own (an agenda's
# "Staff: City Manager A, City Clerk B") it names who is expected, not who came
# (whose staff they are may come first: "City Staff:", "SSA Staff:", "Chamber Staff:", "Township Officers:";
# an advisory body's "Secretariat:" is its staff)
# ("ATTENDEES: Board: Lee, Brown; Staff: Park": the members' own name for themselves starts theirs, which
# have the status of the list they are in: MEMBERS_PART)
_MEMBERS_PART = (r"(?:(?:board|council|committee|commission)\s+)?(?:members|councill?ors|council\s?members|commissioners|"
                 r"trustees|directors|governors|supervisors)|board|council|commission|committee")
_IN_LIST_LABELS = [(r"(?:(?!(?:of|to|by|from|for|and|the|with)\s)[^\W\d][\w&#.'’-]*\s+){0,2}?(?:officers|officials|staff|secretariat)(?=\s*:)",
                    "present", "officer"),
                   (rf"(?:{_MEMBERS_PART})(?=\s*:)", "present", "member"),
                   # ("Student Board Member: Sam Green", "Ex-Officio Member:": a member of a kind, who came)
                   (r"(?:student|youth|ex[\s-]?officio|alternate|associate|non[\s-]?voting)\s+(?:board\s+|council\s+)?members?(?=\s*:)",
                    "present", "member")]
MEMBERS_PART = re.compile(rf"^(?:{_MEMBERS_PART})$", re.I)


def _label_re(labels) -> re.Pattern:
    return re.compile(r"(?:^|(?<=[.;:]\s)|(?<=[.;:])|\broll\s?call\b[\s:.\-–]*)(?P<label>"
                      + "|".join(f"(?:{p})" for p, _, _ in labels)
                      # (a label may count its list: "Councillors present (12):", "Officers present (2):")
                      + r")(?:\s*\(\d{1,3}\))?(?:\s+(?:were|was|included|are|at\s+the\s+meeting(?:\s+were)?))?(?:\s*[:\-–]\s*|\s*$|"
                        r"(?<=\bfrom)\s+|(?<=\bby)\s+|(?<=\bwere)\s+|(?<=\bof)\s+)", re.I)


LABEL = _label_re(_LABELS)  # a label that opens a list
# every label of a list (and MID_LABEL's "those present") holds one of these words: a text without
# them is not searched. Cases are ignored there, where "ı" and "ſ" match "i" and "s" and "İ" lowers
# to two characters: a text with those is always searched.
_LABEL_WORDS = ("apolog", "regret", "absent", "excused", "present", "attend", "guest", "visitor", "particip", "substitut",
                "public", "late", "sederunt", "roll", "observ")
_LABEL_WORDS_RX = re.compile("|".join(_LABEL_WORDS))  # (one search of the lowered text: this runs on every line)


def _may_hold_label(text: str) -> bool:
    low = text.lower()
    return _LABEL_WORDS_RX.search(low) is not None or len(low) != len(text) or "ı" in text or "ſ" in text
IN_LIST_LABEL = _label_re(_LABELS + _IN_LIST_LABELS)  # a label that opens a part of a list
_LABEL_RES = [(re.compile("^(?:" + p.replace("(?=\\s*:)", "") + ")$", re.I), status, role)
              for p, status, role in _LABELS + _IN_LIST_LABELS]

# titles and posts inside a list; the role they give to the names after them
_MEMBER_POSTS = (r"(?:mayor|chair(?:man|woman|person)?|president)\s+pro\s+tem(?:pore)?|councill?ors?|council(?:wo)?m[ae]n|cllrs?\.?|(?-i:Crs?)|members?|council\s?members?|board\s+members?|committee\s+members?|"
                 r"trustees?|commissioners?|supervisors?|aldermen|alderman|alderpersons?|alders?|directors?|governors?|"
                 r"mayor|deputy\s+mayor|vice[\s-]mayor|chair(?:man|woman|person)?|vice[\s-]chair(?:man|woman|person)?|"
                 r"president|vice[\s-]president|selectm[ae]n|legislators?")
_OTHER_POSTS = (r"(?:[A-Z][a-z]+\s+)?(?:district|county|parish|town|city|borough|ward|division)\s+(?:councillors?|cllrs?\.?)|"
                r"co-?opted\s+members?|guests?|visitors?|representatives?|members?\s+of\s+the\s+public|consultants?|"
                # the police at a parish meeting are guests, not the council's officers
                r"pcsos?|police\s+(?:community\s+support\s+)?officers?|police\s+constables?")
_OFFICER_POSTS = (r"clerks?|(?:deputy\s+|assistant\s+)?(?:parish|town|city|county|village|township|district|"
                  r"deputy|assistant)?\s*clerk|treasurer|secretary|officers?|staff|(?:city|town|county|village|"
                  r"general|executive)\s+(?:manager|attorney|solicitor|engineer|administrator)|attorney|solicitor|"
                  r"administrator|manager|engineer|recording\s+secretary|minute\s+taker|chief\s+executive|"
                  r"director\s+of\s+[a-z]+|head\s+of\s+[a-z]+|chief(?:\s+of\s+[a-z]+)?|planner|co-?ordinator|"
                  r"counsel|superintendent|analyst|specialist|accountant|auditor|liaison|advis[eo]r|secretariat")
POST = re.compile(rf"\b(?P<other>{_OTHER_POSTS})\b|\b(?P<officer>{_OFFICER_POSTS})\b|\b(?P<member>{_MEMBER_POSTS})\b",
                  re.I)
HONORIFIC = re.compile(r"^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|rev|revd|lord|lady|hon)\.?$", re.I)
# a capital and a small letter, accented ones too ("José Peña", "NÚÑEZ")
_UP, _LO = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
NAME_WORD = re.compile(rf"^(?:[{_UP}][{_LO}'’]+(?:-[{_UP}][{_LO}'’]+)?\.?|[IVX]{{2,3}}|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|"
                       # (an apostrophe after any first capital, "D'Arcy", "N'Diaye"; the small particles of a
                       # surname, "de la Cruz", "van der Berg", "da Silva", "di Maio")
                       rf"[{_UP}]['’][{_UP}][{_LO}]+|[{_UP}]\.?|(?:[A-Z]\.){{2,}}|[{_UP}][{_UP}'’-]{{2,}}|"
                       r"d[eu]|van|von|de\s?la|la|le|del|della|di|da|dos|das|der|den|ten|ter)$")
_NOT_NAMES = re.compile(r"^(?:jr\.?|sr\.?|none|nil|no(?:ne)?\s+(?:received|members?|apologies)|n/?a|the|and|all|public|chair|"
                        r"councillors?|members?|present|absent|apologies|items?|agenda|minutes?|quorum)$", re.I)
# words of a body's name, never of a person's
_BODY_WORD = re.compile(r"^(?:council|committee|chamber|association|society|group|board|community|services?|department|"
                        r"office|team|trust|partnership|inc|llc|ltd|church|school|university|college|club|commission|"
                        r"authority|agency|county|city|town|village|township|district|residents?|neighbou?rs|alliance|"
                        r"foundation|institute|network|forum|police|library|hospital|centre|center)\.?$", re.I)
_HEADING = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?|[A-Z]{1,6}\s?\d{1,4}\.?|[IVX]{1,5}\.|[A-Z]\.)\s+\S")
_VOTE_CONTEXT = re.compile(r"\b(?:ayes?|nays?|noes|yeas?|abstain(?:ed|ing|s)?|seconded|motion|carried|vote)\b", re.I)


ROLL_CALL = re.compile(r"^(?:\d{1,2}\.?\s+|[A-Z]\.\s+)?roll\s?call\b", re.I)
STATUS_LINE = re.compile(r"^(?P<name>[A-Z][^:]{2,60}?)\s*[-–:]?\s+(?P<status>present|absent|excused|here|apologies)"
                         r"(?:\s*\([^)]{1,30}\))?\.?$", re.I)
# "Roll call: Council Members A, B and C present; D absent."
ROLL_CALL_CLAUSES = re.compile(r"^(?:\d{1,2}\.?\s+|[A-Z]\.\s+)?roll\s?call\b\s*(?:[:.\-–]|was\s+taken[:.]?)\s*(?P<rest>.+)$",
                               re.I)
# (or each member with a status of their own: "Roll Call: Ruiz – here; Bell – here; Kim – absent")
CLAUSE_STATUS = re.compile(r"^(?P<names>.+?)(?:\s+(?:(?:were|was|are|is)\s+)?|\s*[-–:]\s*)(?P<status>present|absent|excused|here)"
                           r"(?:\s+\w+)?$", re.I)


def _status_of(word: str) -> str:
    word = word.lower()
    return "present" if word in ("present", "here", "late", "p") else "apologies" if word.startswith("apolog") else "absent"


def _status_lines(lines: list[Line], i: int, hold: bool = True) -> list[tuple[Line, str, str]]:
    """A roll call printed a member a line, each with their status: under a roll-call heading, or
    two lines or more in a row. [(line, names, status)]"""
    # (under a heading of its own: "ROLL CALL", "ATTENDANCE", "Members Present:")
    text = lines[i].text
    if _VOTE_CONTEXT.search(text):
        return []  # a roll-call vote ("Member  Aye  Nay  Absent") records the vote, not who came
    heading = ROLL_CALL.match(text) and not LABEL.search(text) or (
        len(text) <= 40 and hold and label_of(text) is not None) or _status_column_head(lines[i])
    start = i + 1 if heading else i
    # under a column asking whether each came ("Member | Present", "Name | Attended"), the answer
    # may be a yes or a no, a tick or a cross
    answered = heading and _status_column_head(lines[i]) and bool(_ATTENDED_HEAD.fullmatch(lines[i].segments()[-1][-1].text))
    run = []
    for line in lines[start:]:
        m = STATUS_LINE.match(line.text) or (ANSWER_LINE.match(line.text) if answered else None)
        # (a sentence, "Commissioner Park was absent.", or a header row, "Name   Present   Absent", is not
        # a member and their status)
        if not m or label_of(m.group("name")) or (run and line.page != run[-1][0].page) or re.search(
                r"(?i)\b(?:was|were|is|are|present|absent|excused|apologies)\b", m.group("name")):
            break
        run.append((line, m.group("name"), _status_of(_ANSWERS.get(m.group("status").lower(), m.group("status")))))
    return run if len(run) >= (1 if start > i else 2) else []


# the head of a table's status column: "Member | Attendance", "Name | Status", "Councillor | Present/Absent"
_STATUS_HEAD = re.compile(r"(?i)attendance|status|attended\??|present\s*/\s*(?:absent|apologies)")
# a column asking whether each came ("Member | Present?" over "Ann Lee | Yes"); "Present" heads one
# only beside the names' own head ("Ann Lee | Present" is a row)
_ATTENDED_HEAD = re.compile(r"(?i)attended\??|present\??|attending\??|attendance")
ANSWER_LINE = re.compile(r"^(?P<name>[A-Z][^:]{2,60}?)\s+(?P<status>yes|no|y|n|[✓✔✗✘xX]|apologies|absent|present)\.?$", re.I)
_ANSWERS = {"yes": "present", "y": "present", "✓": "present", "✔": "present", "x": "present",
            "no": "absent", "n": "absent", "✗": "absent", "✘": "absent"}


def _status_column_head(line: Line) -> bool:
    """Is a line the header row of a table of members with each one's status in a column of its own
    ("Commissioner | Attendance" over "Ann Lee | Present")? The status column's head is not a list's
    label: what it says is in each row."""
    segs = line.segments()
    if not (2 <= len(segs) <= 3 and len(line.text) <= 50):
        return False
    last = " ".join(w.text for w in segs[-1])
    return bool(_STATUS_HEAD.fullmatch(last)) or bool(_ATTENDED_HEAD.fullmatch(last)) \
        and bool(_COLUMN_HEAD.fullmatch(" ".join(w.text for w in segs[0])))


BRACKETED_STATUS = re.compile(r"(?P<names>[^,;()]{2,60}?)\s*\(\s*(?P<status>present|absent|excused|here|apologies)\s*\)", re.I)


# a name with its own status after a dash or in brackets: "Ann Lee - Present", "Bob Stone (A)"
_WITH_STATUS = re.compile(r"^(?P<names>[^()]{2,60}?)\s*(?:[-–:]\s*(?P<word>present|absent|excused|here|apologies|late)|"
                          r"\(\s*(?P<mark>present|absent|excused|here|apologies|late|[PAE])\s*\))\.?$", re.I)


def _each_with_status(text: str) -> list[tuple[str, str]]:
    """(status, name) of a list whose every entry carries its own status: "Smith - present, Jones -
    present, Green - absent", "Lee (P), Stone (P), Diaz (A)" (P, A and E for present, absent and
    excused); [] when any entry has none."""
    pieces = [p.strip() for p in re.split(r"[,;]", text) if p.strip(" .")]
    out = []
    for piece in pieces:
        m = _WITH_STATUS.match(piece)
        if not m or not _only_names(m.group("names")):
            return []
        out.append((_status_of(m.group("word") or m.group("mark")), m.group("names")))
    return out if len(out) >= 2 else []


def _roll_call_clauses(text: str) -> list[tuple[str, str]]:
    """(status, names) of a roll call written as a sentence: "Roll call: Council Members A, B and C
    present; D absent.", or with each status in brackets: "Roll Call: Trustee A (present), Trustee B
    (absent)". """
    m = ROLL_CALL_CLAUSES.match(text.strip())
    if not m or LABEL.search(re.sub(r"\(\s*(?:present|absent|excused|here|apologies)\s*\)", "", m.group("rest"), flags=re.I)):
        return []
    each = _each_with_status(m.group("rest"))
    if each:
        return each
    bracketed = [(_status_of(b.group("status")), b.group("names").strip(" ,;")) for b in BRACKETED_STATUS.finditer(m.group("rest"))]
    if len(bracketed) >= 2 and all(_only_names(names) for _, names in bracketed):
        return bracketed
    out = []
    for clause in re.split(r";|\.\s+|\.$", m.group("rest")):
        c = CLAUSE_STATUS.match(clause.strip(" ,"))
        if c and _only_names(c.group("names")):
            out.append((_status_of(c.group("status")), c.group("names")))
    return out


# a line that starts with the members' name for themselves ("Commissioners   Staff"), which may head a
# column of their names
_MEMBERS_FIRST = re.compile(r"(?i)(?:board\s+|council\s+|committee\s+)?(?:members|councill?ors|council\s?members|commissioners|"
                            r"trustees|directors|governors|supervisors|aldermen)\b")


def _column_table(lines: list[Line], i: int):
    """A table whose header row is attendance labels ("Present   Absent", "Members Present   Staff
    Present") with the names in a column under each: ([(line, names, status, role)], next line index)."""
    header = lines[i].segments()
    if len(header) < 2:
        return None
    columns, j = _header_labels([" ".join(w.text for w in seg) for seg in header], header), i + 1
    if columns is None and _header_wraps(lines, i):
        # a ruled table's header cells wrap onto a second line ("Commissioners | Commissioners | Staff" /
        # "Present | Absent |"): each cell's words are the words of both lines under it
        texts = [" ".join(w.text for w in seg) for seg in header]
        for seg in lines[i + 1].segments():
            k = max(range(len(header)), key=lambda n: min(seg[-1].x1, header[n][-1].x1) - max(seg[0].x0, header[n][0].x0))
            texts[k] += " " + " ".join(w.text for w in seg)
        columns, j = _header_labels(texts, header), i + 2
    if columns is None:
        return None
    rows = []
    while j < len(lines) and _runs_on(lines[j - 1], lines[j]) and not lines[j].bold:
        segs = lines[j].segments()
        texts = [" ".join(w.text for w in seg) for seg in segs]
        again = _header_labels(texts, segs) if _may_hold_label(lines[j].text) else None
        if again:
            # a second row of labels further down the same columns ("Commissioners Present | Staff Present"
            # ... "Commissioners Absent | Guests"): the names under it are its lists'
            for x0, got, text in again:
                k = min(range(len(columns)), key=lambda n: abs(columns[n][0] - x0))
                columns[k] = (columns[k][0], got, text)
            j += 1
            continue
        for seg, text in zip(segs, texts):
            # the column a cell is in: the last header starting left of the cell (allowing a little slack)
            x = seg[0].x0
            k = max((n for n, (x0, _, _) in enumerate(columns) if x0 <= x + 2 * seg[0].size), default=0)
            (status, role), label = columns[k][1], columns[k][2]
            rows.append((lines[j], text, status, role or "member", label))
        j += 1
    return (rows, j) if rows else None


def _header_labels(texts: list[str], header: list[list]) -> list | None:
    """[(x0, (status, role), label)] of a header row whose every cell is an attendance label ("Staff / Guests":
    the first of two labels a cell joins), or None."""
    columns, labels = [], 0
    for text, seg in zip(texts, header):
        got = label_of(text) or label_of(re.split(r"\s*[/&]\s*|\s+and\s+", text)[0])
        labels += got is not None
        if not got and BARE_WHO.match(text.strip() + ":"):
            # "Commissioners | Staff": beside a label, the members' own name for themselves heads their column
            got = ("present", "member")
        if not got:
            return None
        columns.append((seg[0].x0, got, text))
    return columns if labels else None


def _header_wraps(lines: list[Line], i: int) -> bool:
    """Does a table's header row run on to the next line (a second line of the same cells)?"""
    if i + 1 >= len(lines):
        return False
    line, nxt = lines[i], lines[i + 1]
    return line.in_table and nxt.in_table and nxt.page == line.page and nxt.top - line.bottom < 0.9 * line.size \
        and len(nxt.segments()) <= len(line.segments()) and _may_hold_label(line.text + " " + nxt.text)


# a mark in a status column: "X", a tick, "Yes", "P"/"A"
_MARK = re.compile(r"^(?:[xX✓✔√•*]|yes|y|p|a|e)$", re.I)


def _mark_table(lines: list[Line], i: int):
    """A table of members with a column for each status ("Member   Present   Absent") and a mark
    under the status each had: ([(line, name, status)], next line index)."""
    header = lines[i].segments()
    if len(header) < 3 or len(lines[i].text) > 80:
        return None
    columns = []
    for seg in header[1:]:
        head = " ".join(w.text for w in seg)
        # (a member marked "Late" or "Arrived late" came, after the start)
        got = ("present", None) if re.fullmatch(r"(?i)(?:arrived\s+)?late", head) else label_of(head)
        if not got or head.lower() not in ("present", "absent", "excused", "apologies", "absent/excused",
                                           "excused/absent", "late", "arrived late"):
            return None
        columns.append(((seg[0].x0 + seg[-1].x1) / 2, seg[-1].x1 - seg[0].x0, got[0]))
    if len(columns) < 2:
        return None
    rows, j = [], i + 1
    while j < len(lines) and lines[j].page == lines[i].page and lines[j].top - lines[j - 1].bottom < 2 * lines[j].size:
        segs = lines[j].segments()
        marks = [seg for seg in segs[1:] if len(seg) == 1 and _MARK.match(seg[0].text)]
        if len(segs) < 2 or len(marks) != len(segs) - 1 or not marks:
            break
        mark = marks[0]
        x = (mark[0].x0 + mark[0].x1) / 2
        # the status column the mark sits under
        status = min(columns, key=lambda c: abs(c[0] - x))[2]
        rows.append((lines[j], " ".join(w.text for w in segs[0]), status))
        j += 1
    return (rows, j) if len(rows) >= 2 else None


def label_of(text: str) -> tuple[str, str | None] | None:
    t = re.sub(r"\s+", " ", text.strip(" :-–")).lower()
    for pattern, status, role in _LABEL_RES:
        if pattern.match(t):
            return status, role
    return None


def extract_attendance(pages: list[PageLayout], minutes: bool | None = None) -> list[Attendance]:
    """The attendance lists of a paper: one record per person, the first list naming them wins.
    `minutes`: the pages are known to be minutes (a bare "Members:" list is then who came); unknown,
    their heading says."""
    from pipeline.extract.document import has_minutes_heading
    lines = [l for p in pages for l in p.lines]
    out: list[Attendance] = []
    seen: set[str] = set()
    if minutes is None:
        minutes = bool(pages) and has_minutes_heading(pages[0])
    first_page = pages[0].number if pages else 0

    # "* denotes absence" under a list of members: the names marked so were absent
    legend = _star_legend(lines) if any("*" in l.text for l in lines) else None

    def add(names_text: str, status: str, role: str, at: Line, label: str | None = None):
        starred = _starred(names_text, role) if legend else set()
        # (a board's own officers, its treasurer and secretary, are members where the list's label says
        # it lists members: "Commissioners: Lee (Chair), Brown (Treasurer)")
        board = bool(label and _MEMBERS_FIRST.search(label) or _MEMBERS_FIRST.match(at.text))
        for printed, name, name_role in _names(names_text, role, board):
            if _key(name) not in seen:
                seen.add(_key(name))
                out.append(Attendance(name=name, status=legend if legend and _key(name) in starred else status,
                                      role=name_role, page=at.page, printed=printed, label=label, bbox=at.bbox))

    i = 0
    while i < len(lines):
        line = lines[i]
        # (every label prints one of its words: a line without them opens no list or table)
        hold = _may_hold_label(line.text)
        run = _status_lines(lines, i, hold)
        if run:
            # a roll call printed one member a line with their status: "Trustee Smith    Present"
            for at, names_text, status in run:
                add(names_text, status, "member", at, "Roll call")
            i += len(run) + (0 if STATUS_LINE.match(line.text) else 1)
            continue
        marked = _mark_table(lines, i) if hold else None
        if marked:
            # "Commissioner   Present   Absent" with an X under each member's status
            for at, names_text, status in marked[0]:
                add(names_text, status, "member", at)
            i = marked[1]
            continue
        table = _column_table(lines, i) if hold or _header_wraps(lines, i) or _MEMBERS_FIRST.match(line.text) else None
        if table:
            # a table whose header row is labels ("Present | Absent"), a column of names under each
            for at, names_text, status, role, label in table[0]:
                add(names_text, status, role, at, label)
            i = table[1]
            continue
        roll_text = line.text
        if hold and re.search(r"(?:[-–,;]|\band)\s*$", roll_text) and i + 1 < len(lines) and _runs_on(line, lines[i + 1]):
            roll_text = f"{roll_text} {lines[i + 1].text}"  # a roll call that wraps: "... Trustee Dunn –" / "absent."
        for status, names_text in _roll_call_clauses(roll_text):
            add(names_text, status, "member", line, "Roll call")
        said = _named_then_status(lines, i)
        if said:
            for status, role, names_text in said:
                for printed, name, name_role in _names(names_text, role):
                    if _key(name) not in seen:
                        seen.add(_key(name))
                        out.append(Attendance(name=name, status=status, role=name_role, page=line.page,
                                              printed=printed, label=None, bbox=line.bbox))
        labelled = _labelled(line) if hold else line.text
        m = LABEL.search(labelled) if hold else None
        # a label starts its line or sentence, or says itself that a list follows ("and those present were")
        mid = MID_LABEL.search(line.text) if hold else None
        # ("Members      Cllr A Brown, Cllr C Davidson": who they are in a column of their own, no colon)
        head_text = _column_label(line) if minutes and not m and line.page <= first_page + 1 else line.text
        bare = BARE_WHO.match(head_text) if minutes and not m and line.page <= first_page + 1 else None
        if minutes and not m and not bare and line.page <= first_page + 1:
            # "Committee: Jane Smith, Robert Jones, Anita Patel" at the top of minutes: the body's
            # name for its members heads the list, where names and only names follow
            # (each a full name, "Jane Smith", or a title and a name: "Committee: Finance and Audit" names
            # no one)
            body = BARE_BODY.match(line.text)
            rest = line.text[body.end():] if body else ""
            pieces = [p.strip(" .") for p in _name_pieces(rest) if p.strip(" .")]
            # (the last name may wrap onto the next line: "..., Anita Patel, Mark" / "Evans")
            wraps = bool(pieces) and len(pieces[-1].split()) == 1 and i + 1 < len(lines) and _runs_on(line, lines[i + 1])
            bare = body if len(pieces) >= 2 and all(len(p.split()) >= 2 for p in (pieces[:-1] if wraps else pieces)) \
                and _only_names(rest) else None
        if bare:
            # minutes that head their list with who they are ("Councillors:", "Members:") list who came
            m = LABEL.search(f"Present: {head_text[bare.end():]}")
        chair = BARE_CHAIR.match(line.text) if minutes and not m and not bare and line.page <= first_page + 1 else None
        if chair and _beside_attendance(lines, i):
            # "Chairman: Cllr A Smith" over "Members: ..." in minutes: the chair is a member who came, and
            # "Clerk: Mr F Hall", "Minute taker: ..." an officer who did
            m = LABEL.search(f"{'Staff present' if chair.group('officer') else 'Present'}: {line.text[chair.end():]}")
        staff = BARE_STAFF.match(head_text) if minutes and not m and not bare and line.page <= first_page + 1 else None
        if staff:
            # and their staff's list with "Officers" or "Staff", on its own line or before the names
            m = LABEL.search(f"Staff present: {head_text[staff.end():]}")
        # ("Commissioners: Present – Ruiz, Bell; Absent – Kim": who the lists are of, then the lists)
        if mid or not m or (m.start() > 0 and not re.match(r"^\s*roll\s?call\b", line.text, re.I)
                            and not re.search(r"[.;]\s$", m.string[:m.start()])
                            and not BARE_WHO.fullmatch(m.string[:m.start()])):
            if not mid:
                i += 1
                continue
            # ("the following members were in attendance:" is who came, members unless it says otherwise)
            status = "Absent" if mid.group("status").lower() == "absent" else "Present"
            m = LABEL.search(f"{status}: {line.text[mid.end():]}")
        line_text = m.string
        if _in_vote(lines, i) or line_text[m.end():].lstrip().startswith(("(", "and ")):
            i += 1
            continue
        # the list: the rest of the label's line and the lines that run on from it
        first = line_text[m.start():].rstrip()
        chunk = [first + ":" if not first.endswith((":", "-", "–")) and m.end() >= len(line_text.rstrip()) else first]
        j = i + 1
        right = max(l.x1 for l in lines if l.page == line.page)
        # the label's line has as many cells as there are from the label's on ("1 | Present: A, B" in a
        # table of notes is one cell of names, wrapping)
        segs = [" ".join(w.text for w in seg) for seg in line.segments()]
        label_word = m.group("label").split()[0].lower()
        label_cells = len(segs) - next((k for k, seg in enumerate(segs) if label_word in seg.lower()), 0)
        above = _row_above_label(lines, i) if label_cells < len(segs) or len(segs) >= 2 else []
        if above:
            # a label centred in its table row ("|        | Cllr A |" / "| Present: | Cllr B |"): the
            # names printed in its row above it are its list's first
            chunk = [line_text[m.start():m.end()].rstrip(" :-–") + ": " + "; ".join(_list_text(l) for l in above) + "; "
                     + line_text[m.end():].strip()]
        while j < len(lines) and _runs_on(lines[j - 1], lines[j]) and len(chunk) < 40 \
                and not _row_above_label(lines, j, start=True) and not (
                    # ("ATTENDANCE" over "Commissioners   Staff": the heading of a table of columns, read as one)
                    (_may_hold_label(lines[j].text) or _MEMBERS_FIRST.match(lines[j].text)) and _column_table(lines, j)):
            text = _list_text(lines[j])
            if not text.rstrip().endswith((":", "-", "–")) and len(text) <= 40 and label_of(text):
                text += ":"  # a label on a line of its own inside the list ("COMMISSIONERS ABSENT")
            # (a list printed in columns ends an entry at the end of each cell: "Lee    Stone    Diaz" /
            # "Ford    Kim", not "Diaz Ford")
            # (as does a line headed by a post or group of its own: "Student Board Member: Frank Ortiz")
            chunk.append(("; " if IN_LIST_LABEL.match(text) or _ends_entry(lines[j - 1], right)
                          or re.match(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s*:", text)
                          or (label_cells if j - 1 == i else len(lines[j - 1].segments())) >= 2 else "") + text)
            j += 1
        if j == i + 1 and m.end() >= len(line_text.rstrip()) and j < len(lines) and _table_under(line, lines[j]):
            # a label over a table of the people it lists ("Present:" over "Name | Organisation" rows):
            # a row a person, the cells after the name their post or body
            k = j
            while k < len(lines) and lines[k].in_table and lines[k].page == line.page and len(chunk) < 40:
                cells = [" ".join(w.text for w in seg) for seg in lines[k].segments()]
                if not (k == j and _COLUMN_HEAD.fullmatch(cells[0])):
                    # (the cells after the name say what the person is, as a post in brackets would:
                    # "Tom White | Secretariat" is "Tom White (Secretariat)")
                    chunk.append("; " + cells[0] + (f" ({', '.join(cells[1:])})" if len(cells) > 1 else ""))
                k += 1
            j = k
        text = _caps_labels_apart(" ".join(chunk))
        lists = [(status_here, role, names_here, label) for status, role, names_text, label in _lists(text)
                 # (each entry of a list may say its own status: "Commissioners: Lee - Present, Diaz - Absent")
                 for status_here, names_here in (_each_with_status(names_text) or [(status, names_text)])]
        for status, role, names_text, label in lists:
            add(names_text, status, role or "member", line, label)
        for k in range(i + 1, j):
            # a sentence the list ran on into: "... Diaz and Ford. Trustee Park was absent."
            for status, role, names_text in _named_then_status(lines, k):
                add(names_text, status, role, lines[k])
        i = max(j, i + 1)
    if not any(a.status == "present" and a.role == "member" for a in out):
        # UK minutes list the members "Present" and the officers "In attendance"; where no list of
        # members came, "In attendance" (or "In attendance were") is the list of who came, members
        # first of all (US minutes: "In attendance: Anna Lee, Mark Brown; Staff: Kim Fox")
        for a in out:
            if a.role == "officer" and a.label and re.fullmatch(r"(?i)in\s+attendance(?:\s+were)?", a.label):
                a.role = "member"
    return out


# the head of a table's column of people
_COLUMN_HEAD = re.compile(r"(?i)(?:full\s+)?names?|attendees?|members?|councill?ors?|persons?|who|representatives?")


def _table_under(label: Line, below: Line) -> bool:
    """Is the line below a label the top of a ruled table drawn just under it?"""
    return below.in_table and not label.in_table and below.page == label.page and below.top - label.bottom < 3 * label.size


def _row_above_label(lines: list[Line], i: int, start: bool = False) -> list[Line]:
    """The lines of a ruled table's row above the line of the row's label (a label centred in its
    cell), with lines[i] the label's line; with `start`, lines[i] is the first line of a row whose
    label is further down, and the answer is that row's lines (its list is the label's, not the one
    above's)."""
    line = lines[i]
    if not line.in_table or line.rule_above is None:
        return []
    same = lambda l: l.in_table and l.page == line.page and l.rule_above == line.rule_above
    if start:
        if i == 0 or same(lines[i - 1]):
            return []
        k = i
        while k + 1 < len(lines) and same(lines[k + 1]):
            k += 1
            if IN_LIST_LABEL.match(_labelled(lines[k])):
                return lines[i:k]
        return []
    k = i
    while k > 0 and same(lines[k - 1]) and not IN_LIST_LABEL.match(_labelled(lines[k - 1])):
        k -= 1
    return lines[k:i] if k > 0 and not same(lines[k - 1]) else []


def _caps_labels_apart(text: str) -> str:
    """A label in capitals inside a list's line begins a list of its own, whatever comes before it:
    "PRESENT: Council Members: Adams, Chen and Mayor Diaz ABSENT: Council Members: Evans"."""
    text = re.sub(r"(?<=[a-z.,)])\s+(?=(?P<label>[A-Z][A-Z ]{3,30}):)",
                  lambda m: "; " if label_of(m.group("label")) else m.group(), text)
    # ... as does a label in capitalised words after a name: "Present: Jones, Lee, Smith Council Members
    # Absent: Fox Staff Present: Doe" (the longest run of words before the colon that is a label)
    cuts = []
    for m in re.finditer(r"\b(?:Present|Absent|Excused|Apologies|Attending|Staff|Officers)\s*:", text):
        start = m.start()
        while True:  # (back over the words a label is made of: "Council Members", "Also", "City Staff")
            w = re.search(r"\b(?:Council|Board|Committee|Commission|Members?|Staff|City|Town|County|Also|Others?|Elected|"
                          r"Voting|Non-Voting|Ex-Officio|Officio|Ex|Alternates?|Associate|Co-opted|Substitute|Youth|Student|"
                          r"Councill?ors?|Trustees?|Directors?|Commissioners?|Officers?|Administrators?|Administration|"
                          r"Employees?|Not)\s+$", text[:start])
            if not w:
                break
            start = w.start()
        if re.search(r"[a-z)]\s+$", text[:start]) and label_of(text[start:m.end()].rstrip(" :")):
            cuts.append(start)
    for start in reversed(cuts):
        text = text[:start].rstrip() + "; " + text[start:]
    return text


# "Members Bob Cook, Eleanor Kilmer and Greg Lotter were present." / "Erv Herdering was also present."
NAMED_THEN_STATUS = re.compile(r"(?:^|(?<=[.;:]\s))(?:(?:board\s+|council\s+)?(?:members?|councillors?|trustees?|commissioners?)"
                               r"\s+)?(?P<names>[A-Z][^.;:]{2,300}?)\s+(?:were|was)\s+(?P<also>also\s+)?"
                               r"(?P<status>present|absent|excused|in\s+attendance)\b|"
                               # "Cllr Nolan sent apologies", "Councillors Hart and Ives had sent their apologies"
                               r"(?:^|(?<=[.;:]\s))(?:(?:councillors?|cllrs?\.?)\s+)?(?P<names2>[A-Z][^.;:]{2,300}?)\s+"
                               r"(?:had\s+|has\s+|have\s+)?(?:sent|gave|given|tendered|offered|submitted)\s+(?:(?:his|her|their)\s+)?"
                               r"(?P<status2>apolog(?:ies|y))\b|"
                               # the call to order that says who came: "called to order at 7:00 pm, with Wray,
                               # Ensign and Crockett present", "with Trustees Abel and Cole present and Dunn absent"
                               r"\bwith\s+(?:(?:the\s+)?following\s+)?(?:(?:board|council|committee|commission)\s+)?"
                               r"(?:(?-i:[Mm]embers?|[Cc]ouncill?ors?|[Tt]rustees?|[Cc]ommissioners?|[Ss]upervisors?|[Dd]irectors?)\s+)?"
                               r"(?P<names3>[A-Z][^.;:]{2,300}?)\s+(?:(?:also|being)\s+)?(?P<status3>present|absent|in\s+attendance)\b|"
                               # the member in the chair, who is there: "with Mayor Dale Kent presiding", "Chair
                               # Ann Lee presided."
                               r"(?:\bwith\s+|(?:^|(?<=[.;:]\s)))(?P<names4>(?-i:[A-Z])[^.;:,]{2,60}?)\s+(?P<status4>presiding|presided)\b")


# a label that names only who is listed ("Councillors:", "Members:"): in an agenda it is the membership,
# in minutes the members who came
# (the body may be named first: "Panel Members:", "Working Group Members:", "Board Members:")
# ("Roll Call: Anna Lee, Mark Brown" in minutes names who answered it; "Roll Call: Ayes ..." is a vote)
BARE_WHO = re.compile(r"^\s*(?:roll\s?call(?!\s*[:\-–]\s*(?:votes?|ayes?|yeas?|yes|nays?|noes?|no|all|taken|motion)\b)|"
                      r"(?:(?:board|council|committee|elected|voting)\s+|(?-i:[A-Z][\w'’-]*\s+){1,3})?(?:members|councillors|councilors|"
                      r"council\s?members|cllrs\.?|trustees|commissioners|directors|governors|supervisors|aldermen))"
                      r"\s*[:\-–]\s*", re.I)


BARE_BODY = re.compile(r"^\s*(?:board|committee|commission|panel|council)\s*:\s*", re.I)


# who chaired, heading the list of who came: "Chairman: Cllr A Smith", "Vice-Chair: Cllr B Jones", "In the Chair: Cllr Lee"
BARE_CHAIR = re.compile(r"^\s*(?:(?:(?:vice|deputy)[\s-]+)?(?:chair(?:man|woman|person)?|mayor|president)|in\s+the\s+chair|"
                        r"(?P<officer>(?:(?:town|parish|city|deputy|assistant)\s+)?clerk|minute[\s-]?taker|minutes|"
                        r"(?:recording\s+)?secretary|officer))\s*[:\-–]\s*(?=\S)", re.I)


def _beside_attendance(lines: list[Line], i: int) -> bool:
    """Is a line within two of another that opens an attendance list (on the same page)? A "Chair:"
    line is attendance only among the lists; alone it may be a signature or a contact."""
    for line in lines[max(0, i - 2):i + 3]:
        if line is lines[i] or line.page != lines[i].page:
            continue
        if BARE_WHO.match(line.text) or BARE_STAFF.match(line.text) or BARE_CHAIR.match(line.text) \
                or LABEL.match(_labelled(line)):
            return True
    return False


# ("Officials", a government body's word for its civil servants: its staff)
BARE_STAFF = re.compile(r"^\s*(?:(?:council\s+|city\s+|town\s+|county\s+)?(?:officers|staff|officials))\s*(?:[:\-–]\s*|$)", re.I)


# a list introduced mid-sentence: "Attendance was taken, and those present were ...", "met with the
# following members present:"
MID_LABEL = re.compile(r"\b(?:those|the\s+following(?:\s+\w+){0,2})\s+(?:(?:were|was)\s+)?(?P<status>present|absent|in\s+attendance)"
                       r"(?:\s+were)?\s*(?::|(?<=were))\s*", re.I)


def _named_then_status(lines: list[Line], i: int) -> list[tuple[str, str, str]]:
    """Names written before their status, in a sentence starting on lines[i]."""
    text = " ".join(l.text for l in lines[i:i + 3] if l.page == lines[i].page)
    out = []
    if not any(w in text for w in ("present", "absent", "excused", "attendance", "apolog", "presid")):
        return out  # NAMED_THEN_STATUS ends in one of them, cases kept
    # where the lines meet: a line that ends on a name, without a comma, "and" or "&", and a next line
    # that starts with a title has ended its list, so "Present: Mayor Hunt, Ruiz and Kim" / "Councilmember
    # Park was excused." are two lists, not one sentence making all five absent ("... and Mayor" / "Hunt
    # were present" is one sentence wrapping)
    breaks, at = [], -1
    near = [l for l in lines[i:i + 3] if l.page == lines[i].page]
    for l, nxt in zip(near, near[1:]):
        at += len(l.text) + 1
        last = re.split(r"[,;:]|\band\b", l.text)[-1].strip()
        # (a line that breaks inside a bracket, "Joe McKay (Acting Chief" / "Analyst)", has not ended)
        ended = not re.search(r"(?:[,;&\-–(]|\band)\s*$", l.text) and not re.fullmatch(f"(?:{_MEMBER_POSTS})", last, re.I) \
            and l.text.count("(") <= l.text.count(")")
        title = re.match(rf"(?:{_MEMBER_POSTS}|{_OFFICER_POSTS}|(?:mr|mrs|ms|miss|dr)\b)", nxt.text, re.I)
        # (nor does a sentence run on out of a bold heading: "88. Budget Monitoring" / "John Betts ... were
        # in attendance")
        breaks.append((at, not (ended and title) and l.bold == nxt.bold))
    for m in NAMED_THEN_STATUS.finditer(text):
        group = next(g for g in ("names", "names2", "names3", "names4") if m.group(g))
        names, start = m.group(group), m.start(group)
        end = start + len(names)
        if group == "names3":
            # (the public counted after the members: "with Wray, Fales, Crockett and 9 guests present")
            names = re.sub(r"\s*,?\s*(?:and|plus)\s+(?:\d{1,4}|no|several|many|two|three|four|five|six|seven|eight|nine|ten)\s+"
                           r"(?:guests?|visitors?|residents?|citizens?|members?\s+of\s+the\s+public|others?|people)$", "", names,
                           flags=re.I)
        if m.start() >= len(lines[i].text) or not _only_names(names) or any(
                start < b < end and not runs for b, runs in breaks):
            continue
        if m.group("status2"):
            out.append(("apologies", "member", names))
            continue
        word = m.group("status") or m.group("status3") or "present"
        status = "absent" if word.lower() in ("absent", "excused") else "present"
        out.append((status, "other" if m.group("also") else "member", names))
    return out


def _labelled(line: Line) -> str:
    """The line's text, with a label printed in a column of its own given its colon:
    "Present      Supervisor Smith, ..." -> "Present: Supervisor Smith, ..."."""
    segments = [" ".join(w.text for w in seg) for seg in line.segments()]
    if len(segments) >= 2 and label_of(segments[0]):
        return segments[0].rstrip(" :-–") + ": " + ", ".join(segments[1:])
    if len(segments) >= 2 and any(IN_LIST_LABEL.match(seg) for seg in segments[1:]):
        # lists side by side: "PRESENT: Lee, Stone, Diaz        ABSENT: Ford"
        return "; ".join(segments)
    return line.text


def _column_label(line: Line) -> str:
    """The line's text with who a list is of given its colon, where that word is printed in a column of
    its own before the names: "Members      Cllr A Brown, Cllr C Davidson" -> "Members: Cllr A Brown, ..."."""
    segments = line.segments()
    if len(segments) >= 2:
        first = " ".join(w.text for w in segments[0])
        if BARE_WHO.fullmatch(first + ":") or BARE_STAFF.fullmatch(first):
            return first + ": " + ", ".join(" ".join(w.text for w in seg) for seg in segments[1:])
    return line.text


def _list_text(line: Line) -> str:
    """A line of a list, its columns apart: "Ann Lee      Lincoln Square Chamber" is a name and
    what she represents, not one five-word name."""
    labelled = _labelled(line)
    if labelled != line.text:
        return labelled
    return ", ".join(" ".join(w.text for w in seg) for seg in line.segments())


def _ends_entry(line: Line, right: float) -> bool:
    """Does the list's entry end with this line? A list printed one person a line ends each line
    short of the margin and without a comma, "and" or a title waiting for its name; a list that
    wraps runs to the margin or breaks after a separator."""
    text = line.text.rstrip()
    if text.endswith(":"):
        return True
    last = re.split(r"[,;:]", text)[-1].strip()
    if re.search(r"(?:[,;&\-–]|\band|\b[A-Z]\.?)$", text) or re.fullmatch(f"(?:{_MEMBER_POSTS})", last, re.I):
        return False
    if text.count("(") > text.count(")"):
        return False  # a post in brackets that wraps: "U Vance (Deputy Town" / "Clerk)"
    if text.count(",") >= 2 and re.fullmatch(r"(?:{0}\s+)?[A-Z][\w'’-]*".format(_MEMBER_POSTS), last):
        return False  # a list run across lines that broke inside a name: "..., Claire Davidson, Eric" / "Fraser, ..."
    return line.x1 < right - 0.25 * (right - line.x0)


def _in_vote(lines: list[Line], i: int) -> bool:
    """An "Absent:" in a vote box or roll-call vote belongs to the vote, not the attendance."""
    near = " ".join(l.text for l in lines[max(0, i - 3):i + 1])
    return bool(_VOTE_CONTEXT.search(near))


def _runs_on(prev: Line, line: Line) -> bool:
    """Does this line continue the list on the line before (no paragraph gap, not a new heading)?"""
    if line.page == prev.page + 1 and line.in_table == prev.in_table and re.search(r"(?:,|\band|&)\s*$", prev.text) \
            and _only_names(re.split(r"[.;:]\s", line.text)[0].rstrip(".")):
        return True  # a list broken by the page's end mid-way ("..., Cllr C Black," / "Cllr D White, Cllr E Grey")
    if line.page != prev.page or line.in_table != prev.in_table:
        return False  # (a list does not run on into a table drawn under it, nor out of one)
    gap = line.top - prev.bottom
    if gap > 0.9 * max(prev.size, line.size) and not (gap < 2.5 * line.size and _only_names(line.text)
                                                      and (not line.text.isupper() or prev.text.isupper())):
        # a paragraph gap, unless the list is printed one name a line, spaced out (a line in capitals
        # after a gap under names that are not is the next heading: "CONSENT CALENDAR")
        return False
    if (_HEADING.match(line.text) and not _initial_name_and_post(line.text)) or (line.bold and not prev.bold):
        return False
    if re.match(r"\s*\(?\s*\*+\s*(?:[=:\-–]\s*)?[A-Za-z]", line.text) and not _only_names(line.text.replace("*", " ")):
        return False  # the key to the list's marks, "* denotes apologies", "*attended remotely"
    if IN_LIST_LABEL.match(_labelled(line)):
        return True
    if BARE_CHAIR.match(line.text) and prev.text.count("(") <= prev.text.count(")"):
        # "Absent: Cllr R Rowe" / "Clerk: S Shaw": the clerk came, a post of its own, not one more
        # absentee (inside a post in brackets, "(Area Education" / "Officer – West Kent)", it is the post)
        return False
    if prev.text.count("(") > prev.text.count(")") and ")" in line.text:
        return True  # a post in brackets that wraps: "U Vance (Deputy Town" / "Clerk) and two members of the public."
    if re.search(r"(?:,|\band|&)\s*$", prev.text) and _only_names(re.split(r"[.;:]\s", line.text)[0].rstrip(".")):
        return True  # "Trustees present were Lee, / Stone, Diaz and Ford. Trustee Park was absent.": the list runs on
    # a sentence is not a list of names
    if MID_LABEL.search(line.text):
        return False  # a list of its own starts here
    words = re.split(r"\b(?:plus|as)\b", line.text)[0].split()  # "... plus ten guests"
    lower = sum(1 for w in words if w[:1].islower() and w.lower() not in ("and", "as", "of", "for", "the", "de", "van"))
    return lower <= max(1, len(words) // 4)


def _initial_name_and_post(text: str) -> bool:
    """"A. Gore, Chief Administrative Officer": a person with an initial and their post, not a lettered
    heading ("A. Call to Order") though it starts like one."""
    m = re.match(r"^[A-Z]\.\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*[,–-]\s*(?P<post>.+)$", text)
    return bool(m) and _post_role(m.group("post")) is not None


def _name_pieces(text: str) -> list[str]:
    """A list's entries: split at commas, semicolons and "and", brackets left out."""
    return [p for p in re.split(r"[,;|]|\band\b|&", re.sub(r"\([^)]*\)", " ", text)) if p.strip()]


def _only_names(text: str) -> bool:
    pieces = _name_pieces(text)
    return bool(pieces) and all(_split_names(POST.sub(" ", p).strip(" .")) for p in pieces)


def _lists(text: str) -> list[tuple[str, str | None, str, str]]:
    """Split 'Present: A, B Absent: C' into (status, role, names, label as printed) per label."""
    out = []
    matches = list(IN_LIST_LABEL.finditer(text))
    for k, m in enumerate(matches):
        end = matches[k + 1].start() if k + 1 < len(matches) else len(text)
        got = label_of(m.group("label"))
        if got:
            status, role = got
            if out and MEMBERS_PART.match(m.group("label").strip(" :-–")):
                status = out[-1][0]  # ("Absent: Board: Gray; Staff: none")
            out.append((status, role, text[m.end():end], re.sub(r"\s+", " ", m.group("label").strip(" :-–"))))
    return out


# letters after a name for an honour, decoration or office ("Mr D Ross MBE", "Sir Paul Carter, CBE",
# "Mrs A Lee JP DL"): not part of the name
_POST_NOMINALS = (r"(?:[GKD]?BE|[GKD]?CM?G|[CMO]BE|BEM|KC[BV]O|[LCM]VO|K?CB|DL|JP|QC|KC|MP|MEP|MSP|MLA|QPM|TD|RD|"
                  r"DSO|PhD|Esq)")
POST_NOMINALS = re.compile(rf"(?<=[A-Za-zß-öø-ÿ.])\s*,?\s+{_POST_NOMINALS}(?:,?\s+{_POST_NOMINALS})*\.?"
                           r"(?=\s*(?:[,;()&]|\band\b|\bAND\b|$))")


# the key under a list that marks some of its names: "* denotes absence", "(* Apologies)", "*absent"
STAR_LEGEND = re.compile(r"(?:^|\(|\s)\*+\s*(?:[=:\-–]\s*)?(?:denotes|indicates|signifies|means|=)?\s*(?:an?\s+)?(?:member\s+)?"
                         r"(?P<word>absent|absence|not\s+present|apolog(?:ies|y)|sent\s+apologies|excused)\b", re.I)


def _star_legend(lines: list[Line]) -> str | None:
    for line in lines:
        m = STAR_LEGEND.search(line.text) if "*" in line.text else None
        if m:
            return "apologies" if m.group("word").lower().startswith(("apolog", "sent")) else "absent"
    return None


def _starred(text: str, role: str) -> set[str]:
    """The keys of the names a list marks with an asterisk ("Lee*", "*Cllr Fox")."""
    if "*" not in text:
        return set()
    pieces = [p for p in re.split(r"[,;]|\band\b|&", text) if "*" in p]
    return {_key(name) for _, name, _ in _names(", ".join(pieces), role)}


def _names(text: str, role: str, board: bool = False) -> list[tuple[str, str, str]]:
    """(printed, name, role) for each person in a list's text; with `board`, the list is of a board's
    members, whose treasurer and secretary hold its offices (not its staff's posts)."""
    post_role = (lambda piece: "member" if _BOARD_OFFICE.fullmatch(piece.strip(" .,")) else _post_role(piece)) \
        if board else _post_role
    # (a mark after or before a name, "Lee*", is a note the list's key explains, not part of the name)
    text = re.sub(r"\s*\*+\s*", " ", text) if "*" in text else text
    # (a list printed a bulleted name a line: each bullet starts an entry)
    text = _BULLETS.sub("; ", text)
    text = POST_NOMINALS.sub("", text)
    if re.search(r"[A-Z]{2}", text) and not re.search(r"[a-zß-öø-ÿ]", text):
        # a list printed all in capitals ("RUIZ, BELL, MAYOR HUNT"): its short words are surnames, not
        # the initials of a body ("EDC") they would be among names in small letters
        text = re.sub(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ]+", lambda w: "and" if w.group() == "AND" else w.group()[0] + w.group()[1:].lower(),
                      text)
    # a post with the name of who holds it in brackets ("The Mayor (Cllr Ann Lee)", "the Clerk (Mrs J Bloggs)")
    # names that person: the bracket is the name, the post its post
    text = re.sub(r"(?P<post>[^,;()]+?)\s*\((?P<name>[^()]+)\)", _post_then_name, text)
    # a post in brackets is the post of the name before it ("J Smith (Chair)", "D White (Town Clerk)");
    # any other bracket is a note ("(from 7.15pm)", "(via Zoom)")
    text = re.sub(r"\(([^)]*)\)", lambda m: f", {POST_MARK}{post_role(m.group(1))}," if post_role(m.group(1)) else " ",
                  text)
    text = re.sub(r"\b(?:plus|with)\s+\w+\s+(?:guests?|members?\s+of\s+the\s+public|residents?|others?)\b.*$", " ", text,
                  flags=re.I)
    out = []
    # ("Alan Brown | Claire Davidson": names apart by bars, as by commas)
    text = text.replace(" | ", ", ") if " | " in text else text
    # ("Gary Hill - Fire and Rescue": the body a person comes from, after a dash, is one note, not names)
    text = _AFFILIATION.sub(lambda m: m.group("who") + ("" if _post_role(m.group("body")) else " "), text) \
        if "and" in text or "&" in text else text
    pieces = re.split(r"(,|;|\band\b|&|\s[-–—]\s|(?<=[a-z]{2})\.\s+(?=[A-Z]))", text)
    for k in range(0, len(pieces), 2):
        piece = pieces[k].strip(" .:")
        if not piece:
            continue
        post = piece[len(POST_MARK):] if piece.startswith(POST_MARK) else \
            post_role(piece) if k and pieces[k - 1].strip() in (",", "-", "–", "—") else None
        if post:
            # "Jane Smith, City Clerk", "Sue Park - Planning Manager": the post of the name before it,
            # which makes an officer or guest of someone in a list of members, never the reverse
            # ("Also present: Eve Kim, Town Manager": a guest list's officer is an officer)
            if out and out[-1][0] is not None and post != "member" and (
                    out[-1][2] == "member" or out[-1][2] == "other" and post == "officer"):
                out[-1] = (out[-1][0], out[-1][1], post)
            continue
        role_here = role
        # a post in the piece gives its role to this name and the ones after it
        for printed, name, new_role in _split_by_posts(piece, role_here, board):
            role = new_role or role
            if name:
                out.append((printed, name, new_role or role_here))
            role_here = role
    return [x for x in out if x[0] is not None]


# a person, then after a dash the organisation they come from, to the entry's end: "Gary Hill - Fire and Rescue"
_AFFILIATION = re.compile(r"(?P<who>(?:^|(?<=[;,]))\s*(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+)\s+[-–—]\s+"
                          r"(?P<body>(?:[A-Z][\w'’.-]*|and|&|of|the|for)(?:\s+(?:[A-Z][\w'’.-]*|and|&|of|the|for))*\s+(?:and|&)\s+"
                          r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)(?=\s*(?:[;,]|$))")
_BOARD_OFFICE = re.compile(r"(?i)treasurer|secretary|secretary\s*[-/&]\s*treasurer|treasurer\s*[-/&]\s*secretary")
_BULLETS = re.compile(rf"\s*[{BULLET_CHARS}·]\s*")
POST_MARK = "\x00"  # a post in brackets, kept whole: "(Participation and Engagement Manager)"


def _post_then_name(m: re.Match) -> str:
    post = re.sub(r"(?i)^\s*the\s+", "", m.group("post"))
    role = _post_role(post)
    if not role or _post_role(m.group("name")) or not _split_names(POST.sub(" ", m.group("name")).strip()):
        return m.group()
    return f"{m.group('post')[:len(m.group('post')) - len(m.group('post').lstrip())]}{m.group('name')}, {POST_MARK}{role},"


def _post_role(piece: str) -> str | None:
    """The role a piece printed after a name gives it, when the piece is only a post ("Mayor",
    "Planning Director", "Town Clerk", "Head of Finance"); None when it names someone."""
    piece = piece.strip(" .,")
    posts = list(POST.finditer(piece))
    # the post ends the piece, or what it is for does ("Cabinet Member for Children's Services")
    if not posts or not re.fullmatch(r"(?:\s+(?:for|of)\s+.*)?", piece[posts[-1].end():]):
        return None
    before = piece[:posts[0].start()].split()
    if len(before) > 3 or any(HONORIFIC.match(w) or re.fullmatch(r"[A-Z]\.?", w) for w in before):
        return None
    # a director of something ("Executive Director", "Planning Director") is staff; a bare "Director" is
    # a board member
    role = posts[-1].lastgroup
    if role == "member" and before and _director_of_something(posts[-1].group(), before[-1]):
        return "officer"
    return role


def _director_of_something(post: str, word_before: str) -> bool:
    """"Executive Director", "Planning Director" are staff; a bare "Director" (or a "Board",
    "Deputy", "Vice", "Acting" or "Interim" one) is a member of a board of directors."""
    return bool(re.search(r"(?i)director", post)) and not re.fullmatch(r"(?i)board|deputy|vice|acting|interim", word_before)


def _split_by_posts(piece: str, role: str, board: bool = False):
    """'P Moran Clerk J Connelly Mr L Page as Broadband Representative' -> P Moran (member),
    J Connelly (officer), L Page (other)."""
    piece = re.split(r"\s+(?:as|for|from|representing|of\s+the|on\s+behalf\s+of|who|arrived|left)\s+", piece, maxsplit=1)[0]
    pos, current_role = 0, role
    spans = []  # (text, role)
    for m in POST.finditer(piece):
        before = piece[pos:m.start()].strip()
        group = m.lastgroup
        if group == "member" and re.fullmatch(r"[A-Z][a-z]+", before) and _director_of_something(m.group(), before):
            group = "officer"  # "Planning Director Kay Moss"
        elif group == "officer" and board and re.fullmatch(r"(?i)clerk|treasurer|secretary", m.group()) \
                and not piece[m.end():].lstrip().startswith(":"):
            # "Members Present: Supervisor Hill, Clerk Ward, Treasurer Long": a township's or a
            # school board's clerk, treasurer and secretary are seats on the board where its list of
            # members names them so (a place's clerk, "Town Clerk", and a "Clerk:" label of its own
            # are the staff's)
            group = "member"
        elif group == "member" and role == "officer" and re.fullmatch(r"(?i)directors?|commissioners?", m.group()):
            # "Staff Present: Director Amy Wu": in the staff's own list a director (or a Canadian
            # city's commissioner of a department) is a post of the staff's, not a seat on the body
            group = "officer"
        if pos == 0 and re.fullmatch(r"[A-Z][a-z]+", before) and _split_names(piece[m.end():].lstrip(" :")):
            # "Zoning Administrator Yul Fox", "Finance Officer Ann Lee", "Student Board Member: Ann Lee",
            # "Acting Chair Bob Stone": a word before a post, with the name after it, says which post it is
            before = ""
        else:
            before = piece[pos:m.start()]
        spans.append((before, current_role))
        current_role = group
        pos = m.end()
    spans.append((piece[pos:], current_role))
    # "PRESENT: COUNCIL MEMBERS: Lee, Stone": the post's own colon is not part of the name after it
    spans = [(text.lstrip(" :"), span_role) for text, span_role in spans]
    first = True
    for text, span_role in spans:
        for k, (printed, name, honorific) in enumerate(_split_names(text)):
            # "Mr L Page" after others in the same list: a person named without a member's title
            r = "other" if honorific and not first and span_role == "member" else span_role
            yield printed, name, r
            first = False
    if len(spans) > 1:
        yield None, None, current_role


def _split_names(text: str) -> list[tuple[str, str, bool]]:
    """The names in a run of words without commas: 'J Connelly Mr L Page' -> J Connelly, L Page.
    A new name starts at an honorific, or at an initial after a surname."""
    words = text.replace("’", "'").split()
    groups: list[tuple[list[str], bool]] = []
    for k, w in enumerate(words):
        # (a title word that ends the name, "M Lord", "J Prince", is the surname)
        if HONORIFIC.match(w) and (k + 1 < len(words) or k == 0):
            groups.append(([], True))
            continue
        initial = bool(re.fullmatch(r"[A-Z]\.?", w))
        if not groups or (initial and groups[-1][0] and not re.fullmatch(r"[A-Z]\.?", groups[-1][0][-1])):
            groups.append(([w], False))
        else:
            groups[-1][0].append(w)
    out = []
    for ws, honorific in groups:
        name = _name(" ".join(ws))
        if name:
            out.append((" ".join(ws), name, honorific))
    return out


def _name(text: str) -> str | None:
    words = text.split()
    while len(words) >= 3 and re.fullmatch(r"[A-Z]{2,4}", words[0]):
        words = words[1:]  # "KCC Rosalind Binks": the body a person comes from, before the name
    if not words or len(words) > 4:
        return None
    if not all(NAME_WORD.match(w) for w in words):
        return None
    name = " ".join(words)
    if any(_BODY_WORD.match(w) for w in words) or any(re.search(r"['’]s$", w) for w in words):
        # ("Lee's Bakery", "Smith's Office": a possessive names a business or office, not a person)
        return None  # "Ravenswood Community Council": what someone represents, not who they are
    if _NOT_NAMES.match(name) or (len(words) == 1 and len(name) <= 4 and name.isupper()):
        return None  # "EDC": a body, not a person
    if len(words) == 1 and len(name) < 2:
        return None
    return name.title() if name.isupper() and len(name) > 4 else name


def _key(name: str) -> str:
    return re.sub(r"[^a-z ]", "", name.lower())

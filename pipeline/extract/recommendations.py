"""Recommendations: the actions a paper puts to members for decision.

Papers put them in a few ways, and this module reads all of them on any pages (reports, agendas,
minutes alike), so it must stay quiet where there are none:

- under a heading of the recommendation class ("Recommendations", "Recommended Action:",
  "Staff Recommendation", "Officer Recommendations:", "Decision required"), numbered as a report
  section or not, in the body or in a header table, often after a lead-in ("Members are asked
  to:", "It is recommended that the City Council:"), as a list of numbered, lettered or bulleted
  items or as one paragraph;
- on the heading's own line ("Recommendation: Receive and file.", "Requested Council Action:
  Authorize ..."), with siblings numbered inside the paragraph ("1) Adopt ...; and, 2) Authorize
  ..."); after a label that only says the item wants a decision ("Action:", "Action Required:",
  "Proposed Action:") when an imperative follows it;
- as a sentence that proposes the action ("Staff recommends that the City Council ...", "The
  Planning Commission is being asked to ...", "It is recommended that the Board ..."), opening a
  block or indented under an agenda item's title;
- after the dash of an agenda item's title ("5.G. Short Term Rentals - Introduce ...");
- as the heading of an agenda item ("Recommendation for approval of the minutes of ...") or a
  line naming who recommends it ("Recommended by the General Manager") above the action;
- in a table's column headed as recommendations ("Item | Subject | Recommended Action"), a row each.

Each item of a list is one record; the lead-in and the list marker are not part of its text. A
paper that repeats its recommendations (summary and body) gives one record each: the first.
"""
from __future__ import annotations

import difflib
import re

from pipeline.read.layout import Line, PageLayout, join_lines, tables
from pipeline.extract.agenda import TAIL_RECOMMENDATION, TAIL_RECOMMENDATION_LABEL, parse_marker
from pipeline.extract.lists import Item, collect_items, ends_sentence, is_section_heading, marker_of, next_marker, split_inline
from pipeline.models import BBox, Recommendation

# Words that qualify a recommendation heading: whose it is, or where it goes.
_QUALIFIER = (r"(?:(?:summary of |(?:the )?(?:staff|officers?|department(?:al)?|administration|management|city manager|manager|"
              r"director|superintendent|administrat(?:or|ive)|clerk|mayor|chair|chief executive|(?:planning |finance |audit )?(?:committee|commission|board|council))(?:['’]s|['’])? |proposed |key |final ))?")
# The heading classes themselves.
_HEAD = (r"(?:recommendations?|recommendation\(s\)|recommends?(?=\s*:)|recommended (?:(?:council |board |commission |committee )?actions?|"
         r"motions?|decisions?|resolutions?)|"
         r"recommended|decisions? (?:required|sought|requested)|"
         # "Action Requested", "Council Action Requested:", "Requested Council Action:"
         r"(?:(?:council|board|commission|committee) )?actions? requested|requested (?:(?:council|board|commission|committee) )?actions?|"
         r"(?:suggested|possible|potential|sample) (?:actions?|motions?)|action(?:s|\(s\))? recommended|"
         r"proposed (?:decisions?|motions?|resolutions?))"
         # two classes in one label: "Recommended Action/Motion", "Staff Recommendation/Action"
         r"(?:\s*/\s*(?:actions?|motions?|recommendations?|decisions?))?")
HEADING = re.compile(
    r"^(?:(?P<sec>\d{1,2})\.?\s*)?" + _QUALIFIER + _HEAD +
    r"(?:\s*\(s\))?(?:\s+(?P<num>\d{1,2}|(?-i:[A-Z]))(?=\s*[:.\-–]))?(?:\s+(?:to|for)\s+(?:the\s+)?(?-i:[A-Z])[\w&' ]{2,40})?"
    # whose it is, as a label ("Recommendation of the City Manager:"; without the colon it is prose)
    r"(?:\s+(?:of|from|by)\s+(?:the\s+)?(?-i:[A-Z])[\w&' ]{2,40}(?=\s*:))?"
    r"\s*(?:(?P<sep>[:.\-–—])\s*(?P<rest>.*))?$", re.I)
# The next recommendation's label ends the one before it ("Recommendation 2:", "Recommended Action:").
# (a label starts with a capital: "recommendation:" in small letters ends a lead-in that wrapped, "Members
# are requested to consider the following" / "recommendation:")
NEXT_LABEL = re.compile(r"^(?-i:(?=[A-Z0-9]))" + _QUALIFIER + _HEAD + r"(?:\s+(?:\d{1,2}|(?-i:[A-Z])))?\s*[:–—-]", re.I)
# The list also ends at the agenda's next item numbered with its section's number and a letter
# ("2B. Award of Contract ...", "2.B Fee Schedule", "10C Public Hearing", "B-2. Zone Change"), which the list reader,
# whose own markers are simple ("1.", "b)", "2.1"), would take for a line of the recommendation.
ENDS_LIST = re.compile(NEXT_LABEL.pattern + r"|^(?:\d{1,3}[A-Z]|\d{1,3}\.(?-i:[A-Z])|[A-Z]{1,2}-\d{1,3})[.):]?\s+(?-i:[A-Z])", re.I)
# "Recommended by the Office of ...": who recommends the action printed below.
RECOMMENDED_BY = re.compile(r"^(?:\d{1,2}\.\s*)?recommended by\s+(?-i:[A-Z]).{2,80}$", re.I)
# An agenda item whose heading is the recommendation ("Recommendation for approval of ...").
# (not a label naming whom it is for: "Recommendation to the City Council: Approve ...")
TITLE_RECOMMENDATION = re.compile(r"^recommendations?\s+(?:for|to)\s+(?![^:]{0,50}:)(?P<rest>(?-i:[a-z]).*)$", re.I)

# The verbs an action put to a council starts with ("Approve ...", "Authorize ...", "Receive and file").
ACTION_VERB = (r"(?:approve|adopt|authori[sz]e|receive|award|accept|continue|waive|introduce|ratify|direct|consider|"
               r"review|provide|appoint|deny|find|determine|conduct|hold|select|confirm|reject|affirm|amend|extend|"
               r"establish|designate|declare|set|note|endorse|agree|delegate|discuss|execute|certify|grant|allocate|"
               r"nominate|elect|reaffirm|rescind|repeal|uphold)")
# "Action Required: Authorize the Town Manager to apply ..." / "Action: Approve the minutes.": a
# label that only says the item wants a decision puts the action printed after it when that is in
# the imperative ("Action Required: City Clerk will ask for nominations" states the procedure).
# "Proposed Action:" and "Requested Motion:" are of this kind too: as often as not they name the
# item's purpose ("Proposed Action: Discussion", "Information only").
ACTION_LABEL = re.compile(r"^(?:(?:proposed|requested|possible|sample) (?:(?:council|board|commission|committee) )?(?:actions?|motions?)|"
                          r"(?:(?:council|board|commission|committee) )?actions?)"
                          r"(?: (?:required|needed|to be taken))?\s*:\s*"
                          # (a motion may be written out for a member to read: "Requested Motion: I move to continue the item")
                          # (UK papers put the action in the infinitive: "Action required: To note the report")
                          r"(?P<rest>(?:\(?(?:1|a)\)\s*)?(?=(?-i:[A-Z]))(?:(?:a\s+)?motion\s+to\s+|(?:I\s+|we\s+)?move\s+to\s+|to\s+)?"
                          + ACTION_VERB + r"\b.*)$", re.I)
# An agenda item whose heading is followed, after a dash, by the action recommended on it:
# "5. Volunteers on Patrol vehicle – Authorize the City Manager to purchase ..."; the action may
# name the body first ("– City Council to receive and file this report").
TITLE_DASH_ACTION = re.compile(
    r"^(?P<title>(?-i:[A-Z0-9]).{2,150}?)\s+[–—-]{1,2}\s+(?P<action>(?=(?-i:[A-Z]))(?:(?:the\s+)?(?:City |Town |County |Village )?"
    r"(?:Council|Board|Commission|Committee)\s+(?:to\s+)?)?" + ACTION_VERB + r"\b.*)$", re.I)
# The bodies papers put recommendations to ("the City Council", "Cabinet", "the Committee for
# Economic Development", "Members").
BODY = (r"(?:the\s+)?(?:(?-i:[A-Z])[\w&'’.-]*\s+){0,5}?(?:Council|Cabinet|Committee|Sub-Committee|Board|Commission|Panel|"
        r"Executive|Authority|Members|Trustees|Forum|Assembly|Directors|Commissioners|Councillors|"
        # (or the member who takes an executive decision alone: "The Cabinet Member for Highways",
        # "the Portfolio Holder", "the Leader", "the Mayor")
        r"Member|Holder|Leader|Mayor)"
        r"(?:\s+(?:for|of|on)\s+(?:the\s+)?(?:(?:(?-i:[A-Z])[\w&'’,-]*|and)\s+){0,5}?(?:(?-i:[A-Z])[\w&'’,-]*)(?=\s+(?-i:[a-z]|[A-Z]{2,}\b)))?")
# The officers who put a paper's recommendation in their own name besides staff, a department or a
# manager: a school district's superintendent, a township's administrator or clerk, a chief, an
# attorney or engineer ("The Superintendent recommends the Board approve ...").
_RECOMMENDER = r"(?:superintendent|administrator|clerk|chief|attorney|engineer|treasurer|controller|auditor|secretary|president)"
# Lead-ins that end in the action itself; the action is what follows them.
LEAD_IN_PATTERNS = [
    # ("It is recommended the Board approve ...": the "that" is often left out before the body)
    r"(?:it is|it's) (?:therefore |further |also )?recommended (?:that\s+(?:" + BODY + r"\s+)?|(?:" + BODY + r")\s+(?=(?-i:[a-z])))",
    r"(?:(?:the )?(?:city |county |town |district )?staff|the [\w ]{0,40}?(?:department|administration|manager|director|"
    # (under a heading that announces the action, "Suggested Action: Staff suggests that Council
    # receive the report", staff may suggest, propose or advise it in the same words)
    r"officer|" + _RECOMMENDER + r")s?|officers) (?:therefore |further |also )?(?:recommends?|suggests?|proposes?|advises?)(?: that)?\s+"
    r"(?:" + BODY + r"\s+)?(?:to\s+)?",
    r"recommend(?:s|ed)? that\s+(?:" + BODY + r"\s+)?",
    # "It is the recommendation of staff that the City Council ...", "Staff recommendation is to
    # ...", "Staff is recommending that the Council ...": the same proposal in other words
    r"it is the recommendation of [\w ,'’-]{2,60}? that\s+(?:" + BODY + r"\s+)?",
    r"(?:the )?(?:city |county |town |district )?staff(?:['’]s)? recommendation is (?:to\s+|that\s+(?:" + BODY + r"\s+)?)",
    r"(?:the )?[\w .'’-]{0,60}? (?:is|are) recommending that\s+(?:" + BODY + r"\s+)?",
    # a body or officer recommending to another, the "that" left out ("The Parks Commission
    # recommends the City Council approve ...")
    r"(?:the\s+)?(?:[\w.'’-]+\s+){0,5}?recommends\s+" + BODY + r"\s+(?=(?-i:" + ACTION_VERB + r")\b)",
    r"(?:[\w .,'’-]{0,60}?\s)?(?:recommends?|requests?) that\s+(?:" + BODY + r"\s+)",
    r"(?:" + BODY + r"\s+)(?:is|are)\s+(?:being\s+)?(?:asked|recommended|requested|invited|advised)\s+to\s*:?\s*",
    r"that\s+(?:" + BODY + r")\s+(?=(?-i:[a-z]|[A-Z]{2,}\b))",
    # the subjunctive without its "That" ("Recommendation: The Board of Education approve the ...")
    r"(?:" + BODY + r")\s+(?=(?-i:" + ACTION_VERB + r")\b)",
    # a motion written out for a member to read ("Recommended Motion: I move to adopt ...", "Move
    # that the Board approve ..."): the words that put it are not the action
    r"(?:I |we )?(?:hereby )?move(?:d)?\s+(?:that\s+(?:" + BODY + r"\s+)?|to\s+)(?=(?-i:[a-z]|[A-Z]{2,}\b))",
    # the motion a report asks for, under its heading ("Recommended Action: Motion to approve the ...")
    r"(?:a\s+)?motion\s+(?:to\s+|that\s+(?:" + BODY + r"\s+)?)(?=(?-i:[a-z]|[A-Z]{2,}\b))",
]
_LEAD_IN_RX = re.compile(r"^(?:" + "|".join(LEAD_IN_PATTERNS) + r")", re.I)
# Lead-in phrases anywhere in a line (a line of its own that a list follows).
LEAD_IN = re.compile(
    r"(?:\b(?:is|are|be) (?:being )?(?:asked|recommended|requested|invited|advised)\s+to\b|\bit is (?:therefore )?recommended\b|"
    r"\brecommends? (?:that|to)\b|\b(?:staff|officers?) recommends?\b)", re.I)
# A paragraph that proposes an action in so many words, where no heading announces it.
PROPOSAL = re.compile(
    # ("It is recommended that the City Council: 1) award ...; and 2) authorize ...": its actions after a colon)
    r"^(?:(?:it is|it's) (?:therefore |further |also )?recommended that\s+" + BODY + r"(?:\s|:\s*\(?(?:1|a|i)\))|"
    r"(?:(?:the )?(?:city |county |town |district )?staff|the [\w ]{0,40}?(?:department|administration|manager|director|"
    + _RECOMMENDER + r")) (?:therefore |further |also )?recommends?(?: that)?\s|"
    r"recommend that\s+" + BODY + r"\s|"
    r"(?:the\s+)?(?:[\w.'’-]+\s+){0,5}?(?:staff|officers?|manager|director|clerk|administrator|chief|superintendent|"
    r"department|councilmember|council member|mayor|committee|commission|board|panel|chair|attorney|engineer|treasurer)"
    r"\s+(?:[\w.'’-]+\s+){0,3}?recommends that\s+" + BODY + r"\s|"
    r"(?:the\s+)?(?:[A-Z][\w&'’.-]*\s+){0,5}?(?:Council|Cabinet|Committee|Board|Commission|Panel|Members)\s+(?:is|are)\s+"
    # ("The Committee is asked to RESOLVE that: 1. ...": the verb in capitals too)
    r"(?:being\s+)?(?:asked|requested|recommended|invited)\s+to\s+(?-i:[a-z]|[A-Z]{3,}\b)|"
    r"it is the recommendation of [\w ,'’-]{2,60}? that\s+" + BODY + r"\s|"
    r"(?:the )?(?:city |county |town |district )?staff(?:['’]s)? recommendation is (?:to\s+(?-i:" + ACTION_VERB + r")\b|that\s+" + BODY + r"\s)|"
    r"(?:the )?(?:city |county |town |district )?staff (?:is|are) recommending that\s+" + BODY + r"\s|"
    r"(?:the\s+)?(?:(?!the\s)[\w.'’-]+\s+){0,4}?(?:staff|manager|director|administrator|superintendent|department|commission|committee|board)"
    r"\s+recommends\s+" + BODY + r"\s+(?-i:" + ACTION_VERB + r")\b)", re.I)
# What minutes print after a motion, which makes the text before it a decision on record.
VOTE = re.compile(r"(?:^(?:motion|moved|it was moved|result|ayes|noes|vote|roll call)\b|\bseconded by\b|"
                  r"\b(?:motion|amendment) (?:was )?(?:carried|passed|failed|lost)\b|\bcarried unanimously\b)", re.I)
# Unnumbered siblings: one "That ..." paragraph after another. Canadian and some UK papers print
# the word in capitals ("THAT Council receive Report FIN-24-07; and" / "THAT Council adopt ..."),
# which is the same form.
THAT = re.compile(r"^(?:That|THAT)\s")
# A line that joins two sibling items ("AND", "OR") rather than continuing one.
CONJUNCTION = re.compile(r"^(?:and|or|and/or)[,;]?$", re.I)


def extract_recommendations(pages: list[PageLayout], item_lines: list[tuple[int, BBox]] = ()) -> list[Recommendation]:
    """The recommendations of a paper's pages. `item_lines` are where the agenda's items are printed
    (page, box of the item's first line): an action under an item never runs on into the next."""
    lines = [l for p in pages for l in p.lines if not _is_footnote(l, p)]
    found: list[tuple[int, Recommendation]] = []  # (which list, record)
    items_at: dict[int, list[tuple[float, float]]] = {}
    for page, box in item_lines:
        items_at.setdefault(page, []).append((box[0], box[1]))
    i = 0
    while i < len(lines):
        start = _list_start(lines, i)
        if start is None:
            i += 1
            continue
        first, section, inline, single = start
        items, end = collect_items(lines, first, section=section, inline_heading=inline is not None,
                                   ends_at_notes=True, unmarked_sibling=THAT, stop=ENDS_LIST,
                                   heading_x=lines[i].x0 if first > i else None)
        if not single:
            items, end = _rest_of_sequence(lines, i, items, end, section)
        if items_at:
            items, end = _before_next_item(lines, items, end, items_at)
        if single and inline is not None and not items and first == i:
            # an item's title line in bold that carries the action ("**1. Recommendation for approval
            # of ...", "**5. Patrol vehicle – Authorize ..."), which the list reader takes for a
            # heading: the line and the lines that wrap from it in the same type
            own = [lines[i]]
            while len(own) < 4 and i + len(own) < len(lines):
                nxt, last = lines[i + len(own)], own[-1]
                if nxt.page != last.page or nxt.bold != last.bold or marker_of(nxt.text) or parse_marker(nxt.text) \
                        or ends_sentence(last.text) or nxt.top - last.bottom > nxt.size * 0.8:
                    break
                own.append(nxt)
            items, end = [Item(None, own, inline)], i + len(own)
        if single and items:
            end = _index_after(lines, first, items[0].lines[-1])
            items = items[:1]
        elif inline is not None and len(items) > 1 and items[0].lines[0] is lines[i] and marker_of(inline) is None \
                and (ends_sentence(items[0].text) or _numbering_restarts(items, inline)) \
                and (not LEAD_IN.search(items[0].text) or _is_recommendation(strip_lead_in(items[0].text))):
            # "Recommended Action: Approve the minutes." is the whole of it: a numbered line after it
            # at the heading's margin is the agenda's next item, not a second recommendation (one
            # indented under it would be part of it); so is "Staff recommends that the Council approve
            # the minutes.", a lead-in with its action after it in the same sentence, and a header
            # field's value without its full stop ("Recommendation: Grant permission subject to
            # conditions") when a "1." follows it: the paper's first section, not its second action
            keep = next((k for k, it in enumerate(items[1:], 1) if it.lines[0].x0 <= lines[i].x0 + 2), len(items))
            if keep < len(items):
                end = _index_after(lines, first, items[keep - 1].lines[-1])
                items = items[:keep]
        if items and end < len(lines) and VOTE.match(lines[end].text.strip()):
            i = max(end, i + 1)
            continue  # minutes recording the motion made on it: a decision, not a recommendation
        if inline is not None and items and items[0].lines[0] is lines[i]:
            items[0].first_text = inline  # the heading line carries the recommendation itself
            numbered = marker_of(inline)
            # "Recommendation: (a) ..." with "(b) ..." on the lines below; "1) ...; and, 2) ..." inside
            # one paragraph is split by _siblings instead
            if numbered and numbered[0] and (len(items) > 1 or not re.match(r"^\(?\w{1,3}\)", inline)):
                items[0].number, items[0].first_text = numbered
            heading = HEADING.match(lines[i].text.strip())
            if heading and heading.group("num") and items[0].number is None:
                items[0].number = heading.group("num")  # "Recommendation 2: ..."
        for it in _siblings(_with_provisions(items)):
            it = _without_commentary(it)
            text = strip_lead_in(it.text.strip())
            if _is_recommendation(text) and not VOTE.search(text) and not POINTER.match(text):
                found.append((i, Recommendation(number=it.number, text=text, page=it.page, bbox=it.bbox)))
        i = max(end, i + 1)
    found.extend((len(lines), rec) for rec in _table_column(lines))
    return _first_of_each(found)


def _numbering_restarts(items: list[Item], first: str) -> bool:
    """The item after an unnumbered first one (whose text on the heading's line is `first`) starts a
    numbering of its own ("1.", "(a)", "i)"), and the first is an action, not a list's announcement
    ("... the following:", "That the Council")."""
    marker = marker_of(items[1].lines[0].text)
    first = first.strip()
    # (a stem that puts the list, "That the Council", is no action of its own)
    return bool(marker) and (marker[0] or "").lower() in ("1", "a", "i") \
        and not re.search(r"(?::|\b(?:following|below|that|to|and|or))\s*$", first, re.I) \
        and _is_recommendation(strip_lead_in(first))


def _before_next_item(lines: list[Line], items: list[Item], end: int,
                      items_at: dict[int, list[tuple[float, float]]]) -> tuple[list[Item], int]:
    """The list's items up to the line that is the agenda's next item (the list reader cannot tell
    "2.7 Water Rates" from a point of the list before it), and the index of that line."""
    for k, it in enumerate(items):
        for n, line in enumerate(it.lines):
            # (an item's box is rounded to a tenth of a point)
            if not (k == 0 and n == 0) and any(abs(line.x0 - x0) < 0.2 and abs(line.top - top) < 0.2
                                               for x0, top in items_at.get(line.page, ())):
                kept = items[:k] + ([Item(it.number, it.lines[:n], it.first_text, it.override)] if n else [])
                return kept, _index_after(lines, 0, line) - 1
    return items, end


def _rest_of_sequence(lines: list[Line], head: int, items: list[Item], end: int,
                      section: int | None) -> tuple[list[Item], int]:
    """A list whose items are each followed by paragraphs that explain them, and whose items'
    first lines are set in bold ("a) That the Orchestra be commissioned ..." / "The programme
    would be drawn from ..." / "**b) That the Clerk be delegated ..."), as town, parish and
    district reports print their recommendations: the list reader ends the list at the bold
    line (a heading after plain text) or at the wide gap after the explanation. The next marker
    in the list's own sequence, at its items' margin and putting an action ("That ...", an
    imperative), is the list's next item; the list goes on from there."""
    while items and end < len(lines) and items[-1].number:
        first = items[0].lines[0]
        end = _past_explanation(lines, end, first)
        if end >= len(lines):
            break
        line = lines[end]
        mk = marker_of(line.text.strip())
        want = next_marker(items[-1].number)
        if mk is None or want is None or mk[0] != want or abs(line.x0 - first.x0) > 3 \
                or line.page - items[-1].lines[-1].page > 1:
            break
        rest = mk[1].strip()
        # (an agenda's next numbered item at the heading's margin is not the list's next item,
        # unless it is worded as a resolution)
        if not (PUT_TO_MEMBERS.match(rest) or PUT_TO_MEMBERS.match(strip_lead_in(rest))
                or re.match(ACTION_VERB + r"s\b", rest, re.I)) or (first.x0 <= lines[head].x0 + 5 and not THAT.match(rest)):
            break
        more, after = collect_items(lines, end, section=section, allow_unmarked=False, ends_at_notes=True,
                                    unmarked_sibling=THAT, stop=ENDS_LIST, heading_x=lines[head].x0)
        if not more or more[0].lines[0] is not line:
            break
        items, end = items + more, after
    return items, end


# The label of the reason printed under each recommendation ("Reason: To ensure ...", "Reason for
# recommendation: ...", "Reasons for the decision:").
REASON = re.compile(r"^reasons?(?: for (?:the )?(?:recommendations?|decisions?|proposals?))?\s*:", re.I)


def _past_explanation(lines: list[Line], k: int, first: Line, limit: int = 15) -> int:
    """The index of the line after the explanation printed under a list's item, where the list's
    next item would start: lines indented under the item's marker, or its "Reason:" and the lines
    under it, on the same page or the next; k itself when no such lines follow."""
    j = k
    while j < len(lines) and j - k < limit:
        line = lines[j]
        if line.page - first.page > 2 or line.bold and not REASON.match(line.text.strip()):
            return k
        if line.x0 > first.x0 + 5 and marker_of(line.text.strip()) is None or REASON.match(line.text.strip()):
            j += 1
            continue
        break
    return j if j < len(lines) and marker_of(lines[j].text.strip()) is not None else k


# A paragraph that explains the action before it ("The concert programme would be drawn from
# ...", "This would include ..."), rather than going on with it: a sentence in the third person
# that opens a new paragraph, not another action, a condition of it or a list marker.
GOES_ON = re.compile(r"^(?:that\b|and\b|or\b|but\b|subject\b|provided\b|save\b|except\b|including\b|with\b|in\s+(?:respect|accordance)\b)", re.I)


def _without_commentary(it: Item) -> Item:
    """An item of a recommendations list that puts its action in its first paragraph and then
    explains it in paragraphs of its own ("a) That the CBSO be commissioned to perform ... on 1
    July." / "The concert programme would be drawn from ..."): the recommendation is the action,
    not the explanation. A paragraph opens after a gap wider than the lines' spacing, once a
    sentence has ended."""
    action = strip_lead_in(it.text.strip())
    # (an action in the imperative or, under "That the Council:", in the third person: "(i) approves ...")
    if it.override is not None or len(it.lines) < 2 \
            or not (PUT_TO_MEMBERS.match(it.text.strip()) or PUT_TO_MEMBERS.match(action)
                    or re.match(ACTION_VERB + r"s?\b", action, re.I)):
        return it
    spacing = [b.top - a.bottom for a, b in zip(it.lines, it.lines[1:]) if a.page == b.page]
    if not spacing:
        return it
    usual = min(spacing)
    for k in range(1, len(it.lines)):
        a, b = it.lines[k - 1], it.lines[k]
        gap = b.top - a.bottom if a.page == b.page else None
        # (the lines of a paragraph are set closer than a third of their size or so apart)
        paragraph = gap is not None and gap > 0.7 * b.size and (gap > 1.8 * usual or len(spacing) == 1)
        before = join_lines([it.first_text] + [l.text for l in it.lines[1:k]])
        following = b.text.strip()
        if paragraph and (ends_sentence(before) or re.search(r"[;,]\s*(?:and|or)?$", before)) and following[:1].isupper() and marker_of(following) is None \
                and not GOES_ON.match(following) and not OWN_ACTION.match(following) \
                and not PUT_TO_MEMBERS.match(strip_lead_in(following)):
            return Item(it.number, it.lines[:k], it.first_text)
    return it


def _table_column(lines: list[Line]) -> list[Recommendation]:
    """An agenda or summary printed as a table (ruled or not) with a column of recommendations ("Item |
    Subject | Recommended Action"): each row's cell in it is one, numbered by the row's item
    number when the first column holds one."""
    out = []
    for rows, starts, _ in tables(lines, _recommendations_header):
        column = _recommendations_column(rows[0])
        for cells, at in zip(rows[1:], starts[1:]):
            printed = cells[column].strip()
            text = strip_lead_in(printed)
            number = cells[0].strip().rstrip(".)") if column > 1 and re.fullmatch(r"[\w.]{1,8}", cells[0].strip()) else None
            # (an action put to members, "Approve ...", "That the Council ..."; minutes tabulate
            # what was done under the same heading, "Approved.", "£2,500 awarded", which is not one)
            if _is_recommendation(text) and not VOTE.search(text) \
                    and (PUT_TO_MEMBERS.match(text) or PROPOSAL.match(text) or PROPOSAL.match(printed)):
                out.append(Recommendation(number=number, text=text, page=at.page, bbox=at.bbox))
    return out


def _recommendations_column(header: list[str]) -> int | None:
    """The column a table's header row heads as recommendations ("Recommended Action"), not the
    first; or, in an agenda table whose first column numbers its items, the one headed "Action"
    ("Item | Description | Action"), whose cells say what the body is asked to do ("Approve",
    "Information")."""
    cells = [re.sub(r"\s+", " ", c).strip() for c in header]
    named = next((k for k, c in enumerate(cells) if k and (h := HEADING.match(c)) and not h.group("rest")), None)
    if named is not None:
        return named
    if cells and re.fullmatch(r"(?:agenda )?(?:item|no\.?|#|ref)(?: (?:no\.?|#|number))?", cells[0], re.I):
        return next((k for k, c in enumerate(cells) if k and re.fullmatch(
            r"(?:(?:proposed|requested|board|council|commission|committee) )?actions?(?: (?:requested|required|proposed))?",
            c.rstrip(":"), re.I)), None)
    return None


def _recommendations_header(header: list[str]) -> bool:
    return _recommendations_column(header) is not None


# an action put to members: an imperative or "That ..." ("Approve the minutes", "That the Council agree")
PUT_TO_MEMBERS = re.compile(rf"^(?:that\b|to\s+{ACTION_VERB}\b|(?=(?-i:[A-Z])){ACTION_VERB}\b|(?:decline|refuse|defer)\b)", re.I)


def _index_after(lines: list[Line], start: int, last: Line) -> int:
    """The index after `last`, found from `start` on (by identity: lines print alike)."""
    for k in range(start, len(lines)):
        if lines[k] is last:
            return k + 1
    return start + 1


def _list_start(lines: list[Line], i: int) -> tuple[int, int | None, str | None, bool] | None:
    """If recommendations start at line i: (index of the first item's line, the section number,
    the text the heading line itself carries, if any, and whether it is a single paragraph: an
    item's heading or a sentence, whose neighbours are other items, not its siblings)."""
    line = lines[i]
    text = line.text.strip()
    if len(text) > 200 or _is_table_row(line):
        return None
    if text[:1] in "“\"‘'":
        return None  # quoted matter: a motion or amendment that minutes record, not a proposal of the paper
    mk = marker_of(text)
    titled = TITLE_RECOMMENDATION.match(mk[1] if mk else text)
    if titled and (mk or _opens_block(lines, i)):
        return i, None, titled.group("rest"), True  # an agenda item headed "Recommendation for approval of ..."
    numbered = mk is not None and text[:len(text) - len(mk[1])] != text[:len(text) - len(mk[1])].rstrip()
    item = parse_marker(text)  # an agenda item's number as printed: "5.G.", "B-1", "ITEM NO. 10B"
    # (the number is the line's first word: "1.9% growth - ..." starts with a figure, not a number)
    title = mk[1] if numbered else item[2] if item and item[2] and text.split(None, 1)[-1] == item[2] else None
    dashed = TITLE_DASH_ACTION.match(title) if title else None  # "5. Title – Approve ...", not "1.9% ..."
    if dashed and not re.match(ACTION_VERB + r"\b", dashed.group("title"), re.I):
        return i, None, dashed.group("action"), True  # the action printed after the item's title and a dash
    tail = TAIL_RECOMMENDATION.search(title) if title else None
    if tail and len(title[:tail.start()].split()) >= 1:
        return i, None, tail.group("rest"), True  # "2.2 Minutes of May 18 (Recommendation: Approve the minutes.)"
    if title and TAIL_RECOMMENDATION_LABEL.search(title) and i + 1 < len(lines) and not marker_of(lines[i + 1].text):
        return i + 1, None, None, True  # "... ZTA 24-01 (Planning Director) Recommendation:" / "Adopt Ordinance ..."
    bracket = TAIL_RECOMMEND.search(title) if title else None
    if bracket and len(title[:bracket.start()].split()) >= 1:
        return i, None, bracket.group("rest"), True  # "1. Minutes of May 25 (Recommend approval)"
    # "2. Minutes of April 28. Staff recommends approval.", "5. Purchasing - It is recommended that
    # the City Council ...": the sentence proposing the action after the title's dash or full stop
    for sep in re.finditer(r"\s[–—-]{1,2}\s+|(?<=[.;])\s+", title or ""):
        rest = title[sep.end():]
        if len(title[:sep.start()].split()) >= 1 and PROPOSAL.match(rest):
            return i, None, rest, True
    wrapped = re.match(r"^[–—-]{1,2}\s+(?P<action>(?=(?-i:[A-Z]))" + ACTION_VERB + r"\b.*)$", text, re.I)
    if wrapped and i > 0 and marker_of(lines[i - 1].text) and not ends_sentence(lines[i - 1].text):
        return i, None, wrapped.group("action"), True  # the dash and the action wrapped onto the next line
    if RECOMMENDED_BY.match(text) and not text.endswith(".") and i + 1 < len(lines):
        return i + 1, None, None, True
    segments = line.segments()
    if len(segments) == 2:
        # a header table's row: the label cell ("Recommended Action") and its value beside it
        label = " ".join(w.text for w in segments[0]).strip().rstrip(":")
        value = " ".join(w.text for w in segments[1]).strip()
        if HEADING.fullmatch(label) and not HEADING.match(label).group("rest") and value[:1].isupper():
            return i, None, value, False
    action = ACTION_LABEL.match(text)
    if action:
        return i, None, action.group("rest"), False
    m = HEADING.match(text)
    if m:
        section = int(m.group("sec")) if m.group("sec") else None
        rest = (m.group("rest") or "").strip()
        rest = re.sub(r":\s*[-–]$", ":", rest)
        if rest and not rest.endswith(":"):
            # "Recommendation: Receive and file." - a label at the line's start, the action after it
            # (in lower case too when it is the action's verb: "Officer recommendation: award £1,200")
            # (or "Recommended: that the Executive award ...", the UK "that" in small letters)
            if m.group("sep") in (":", "-", "–", "—") and (rest[:1].isupper() or marker_of(rest)
                                                      or re.match(ACTION_VERB + r"\b", rest)
                                                      or re.match(r"that\s+(?:the\s+)?(?-i:[A-Z])", rest)):
                return i, section, rest, False
            return None  # "recommendations for improvement ..." is running text
        alone = not rest and text[:1].isupper() and re.search(r"recommend", text, re.I) is not None \
            and (text.isupper() or line.bold or len(text.split()) <= 3) \
            and not (i > 0 and re.search(r"\b(?:and|or|of|the|for|to|on)$|,$", lines[i - 1].text.strip(), re.I))
        if m.group("sep") != ":" and not alone and not _opens_block(lines, i):
            return None  # a label with its colon, or a heading line of its own, opens wherever it is printed
        start = i + 1
        if rest.endswith(":"):
            return i, section, rest, False  # "Recommendation: It is recommended that the Council:" (a lead-in)
        if start < len(lines) and is_lead_in(lines[start].text):
            start += 1  # "Members are asked to:" on the next line
        next_section = is_section_heading(lines[start]) and lines[start].x0 <= line.x0 + 5  # not indented under it
        if start < len(lines) and (next_section or NEXT_LABEL.match(lines[start].text)):
            return None  # an empty heading (the list is elsewhere), or one over labelled recommendations
        return (start, section, None, False) if start < len(lines) else None
    if LEAD_IN.search(text) and re.search(r":\s*[-–]?$", text) and (_opens_block(lines, i) or _indented_under(lines, i)
                                                                 or (text[:1].isupper() and _under_item_title(lines, i))):
        return i + 1, None, None, False  # "Staff recommends that City Council:" over its list, perhaps under an item's title
    # (the word "agenda" may wrap onto the paragraph's next line)
    nxt = lines[i + 1].text.strip() if i + 1 < len(lines) and lines[i + 1].page == line.page else ""
    if AGENDA_REQUEST.match(f"{text} {nxt}") and _opens_block(lines, i):
        return i, None, re.sub(r"^\w+\s+", "", text), True  # "Please place a resolution on the agenda ..."
    if PROPOSAL.match(text) and (_opens_block(lines, i) or _indented_under(lines, i)
                                 or (text[:1].isupper() and _under_item_title(lines, i))):
        nxt = lines[i + 1].text.strip() if i + 1 < len(lines) and lines[i + 1].page == line.page else ""
        if not ends_sentence(text) and re.search(r":\s*[-–]?$", nxt) and len(nxt.split()) <= 4:
            # a lead-in that wraps before its colon: "Members are requested to consider the following" /
            # "recommendation:" over what is recommended
            return i + 2, None, None, False
        return i, None, text, True
    mid = _proposal_in_description(lines, i)
    if mid is not None:
        return i, None, mid, True  # "... is listed. Staff recommends that the City Council ratify ..." under an item's title
    if RECOMMENDED_THAT.match(text) and _opens_block(lines, i) and not _records_resolutions(lines):
        return i, None, text, False  # "RECOMMENDED that the precept be set at £85,000."
    if THAT_BODY_ACTS.match(text) and (_indented_under(lines, i) or _under_item_title(lines, i)) \
            and not _moved_around(lines, i):
        return i, None, text, True  # "That the City Council adopt Resolution No. 26-40 ..." under an item's title
    return None


# The recommendation after an agenda item's title in brackets or after a dash, as a verb:
# "Minutes of May 25 (Recommend approval)", "Weed Abatement - Recommend adoption", "(Staff
# recommends receive and file)"; the words are kept whole ("approval" alone says nothing).
TAIL_RECOMMEND = re.compile(r"(?:\s*\(|\s[–—-]\s*)(?P<rest>(?:staff\s+)?recommends?\s+(?-i:[a-z])[^()]{2,120}?)\)?\.?\s*$", re.I)
# A member's memo asking for a matter to be put to the body ("Please place a resolution on the
# agenda for the meeting of the City Council on September 8 urging ..."): the request is the
# action put to members (US and Canadian councillors and board members place items this way).
AGENDA_REQUEST = re.compile(r"^(?:please|kindly)\s+(?P<rest>(?:place|put|schedule|agendi[sz]e|include|add|list)\b"
                            r"[^.]{0,120}?\b(?:agenda|docket)\b.*)$", re.I)
# A recommendation that only points at the paper's own list ("Council is recommended to approve
# the recommendations set out in section 2 of this report."), said again at the report's end: the
# list is the recommendations, this is none of its own.
POINTER = re.compile(r"^(?:to\s+)?(?:approve|agree|adopt|endorse|accept|support|note|consider|confirm|ratify)s?\s+"
                     r"(?:the\s+|all\s+(?:the\s+)?|these\s+|those\s+)?(?:above\s+)?recommendations?\b"
                     r"(?:\s+(?:as\s+)?(?:set out|contained|detailed|listed|outlined|given|shown|made|printed)\b)?"
                     r"(?:\s+(?:in|at|within|under)\s+(?:section|paragraph|para\.?|part)s?\s+[\d.]+"
                     r"(?:\s+(?:of|in)\s+(?:this|the)\s+(?:report|paper))?|\s+(?:above|below)|\s+(?:of|in)\s+this\s+(?:report|paper))"
                     r"\s*\.?$", re.I)
# The English form of a recommendation in a report: "RECOMMENDED that the Committee approve ...",
# "Recommended: That ...". In minutes the same word records what a committee resolved to put to
# the council, among its other resolutions: there it is a decision, not a paper's proposal.
RECOMMENDED_THAT = re.compile(r"^(?:(?-i:RECOMMENDED)|Recommended)\s*[:,]?\s*(?:that|THAT)\s+\S", re.I)
# "That the City Council adopt Resolution No. 2026-16 ...": the subjunctive that states the action
# put to the body named, as agendas print it under an item's title.
THAT_BODY_ACTS = re.compile(r"^(?:That|THAT)\s+" + BODY + r"\s+(?:(?:hereby|formally)\s+)?(?-i:" + ACTION_VERB + r")\b")


def _proposal_in_description(lines: list[Line], i: int) -> str | None:
    """The proposal that an agenda item's short description ends with, starting mid-line after a
    full stop ("The warrants over $10,000 are listed. Staff recommends that the City Council
    ratify ..."): the sentence from there on, when the paragraph hangs from an item's title
    line (a report's discussion says the same words in passing, far from any numbered title)."""
    text = lines[i].text.strip()
    after = " ".join(l.text.strip() for l in lines[i + 1:i + 3] if l.page == lines[i].page)
    # (not after the item's own number: "12. Parks Master Plan" is the title, not a sentence before it)
    mk = marker_of(text)
    title_at = len(text) - len(mk[1]) if mk else 0
    at = next((m.end() for m in re.finditer(r"(?<=[.;])\s+(?=(?-i:[A-Z]))", text)
               if m.start() >= title_at and PROPOSAL.match(text[m.end():] + " " + after)), None)
    if at is None:
        return None
    k = i
    while k > 0 and i - k < 5 and lines[k - 1].page == lines[i].page and not _opens_block(lines, k):
        k -= 1
    # k is the paragraph's first line: it must sit under an item title (or be the title line itself)
    first = lines[k].text.strip()
    titled = (k == i and (marker_of(first) is not None or parse_marker(first) is not None)) or _under_item_title(lines, k) \
        or (k > 0 and _indented_under(lines, k) and (marker_of(lines[k - 1].text) or parse_marker(lines[k - 1].text.strip())))
    return text[at:] if titled and i - k < 5 else None


def _records_resolutions(lines: list[Line]) -> bool:
    """Minutes: lines that record what was resolved ("RESOLVED that ...", "Resolved:")."""
    return any(re.match(r"^(?:[\w.()]{1,6}\s+)?(?:RESOLVED|Resolved|AGREED)\b", l.text.strip()) for l in lines)


def _under_item_title(lines: list[Line], i: int) -> bool:
    """The line before is an agenda item's numbered title line (not a sentence that ran on)."""
    if i == 0 or lines[i - 1].page != lines[i].page:
        return False
    prev = lines[i - 1].text.strip()
    # (a numbered paragraph that wraps ends its line mid-phrase: "1.2 Following the consultation, the")
    return (marker_of(prev) is not None or parse_marker(prev) is not None) and not ends_sentence(prev) \
        and not prev.endswith((",", ";")) and not re.search(r"\b(?:and|or|of|the|a|an|to|for|in|on|with|that|by)$", prev, re.I)


def _moved_around(lines: list[Line], i: int) -> bool:
    """Minutes recording a motion: who moved and seconded it just before, or its result just after."""
    near = [l.text.strip() for l in lines[max(0, i - 2):i]]
    after = next((l.text.strip() for l in lines[i + 1:i + 6] if not l.text.strip().startswith(("That", "THAT"))), "")
    return any(re.search(r"\b(?:moved|seconded)\b", t, re.I) for t in near) \
        or bool(VOTE.search(after)) or bool(re.match(r"(?:carried|defeated|lost|adopted|approved)\b", after, re.I))


def _marker_class(number: str | None) -> str:
    """How an item is numbered: "digit" (1, 2.1), "letter" (a, B) or "bullet"."""
    if number is None:
        return "bullet"
    return "digit" if number[:1].isdigit() else "letter"


def _with_provisions(items: list[Item]) -> list[Item]:
    """An action that introduces a list of what it contains ("(a) Adopt an ordinance that includes
    the following provisions:" over "(1) Guarantees hazard pay ...", "3. Approve an ordinance
    rezoning the site as follows:" over bullets) is one recommendation with its list: items
    numbered in another style after it, none of them an action of its own, are its details, not
    recommendations. (Under a lead-in with no action, "Cabinet is asked to:", or when the items
    below are actions, "Approve the following: (1) Adopt ...", each item stays a record.)"""
    out: list[Item] = []
    k = 0
    while k < len(items):
        parent = items[k]
        text = strip_lead_in(parent.text.strip())
        k += 1
        if not (text.endswith(":") and PUT_TO_MEMBERS.match(text)):
            out.append(parent)
            continue
        own = _marker_class(parent.number)
        j = k
        while j < len(items) and _marker_class(items[j].number) != own:
            j += 1
        details = items[k:j]
        # (an action in any case: "(i) agree the plan" under "Approve the following:")
        if not details or any(re.match(rf"(?:that|to\s+{ACTION_VERB}|{ACTION_VERB})\b", strip_lead_in(d.text.strip()), re.I)
                              for d in details):
            out.append(parent)
            continue
        shown = [join_lines([l.text for l in d.lines]) if d.number else d.text for d in details]
        out.append(Item(parent.number, parent.lines + [l for d in details for l in d.lines], parent.first_text,
                        override=" ".join([parent.text.strip(), *shown])))
        k = j
    return out


def _siblings(items: list[Item]) -> list[Item]:
    """Split items whose paragraph numbers its own siblings ("1) Adopt ...; and, 2) Authorize ..."),
    and drop lead-ins and the conjunction lines printed between items."""
    out: list[Item] = []
    for it in items:
        if is_lead_in(it.text) or CONJUNCTION.match(it.text.strip()):
            continue
        parts = split_inline(_after_lead_in(it.text), it.number)
        if len(parts) == 1:
            parts = _split_that(it.text, it.number)
        if len(parts) == 1:
            out.extend(_split_action_lines(it))
            continue
        for number, text in parts:
            own = [l for l in it.lines if _words_in(l, text)] or it.lines[:1]
            out.append(Item(number, own, text, override=text))
    return out


# An unnumbered action on a line of its own: a verb in the imperative, not a noun ("Review of ...")
# nor a label ("Note:").
OWN_ACTION = re.compile(r"^(?=(?-i:[A-Z]))(?:" + ACTION_VERB[3:-1] + r"|refer|reject|decline|defer)\b(?!\s+of\b|\s*:)", re.I)


def _split_action_lines(it: Item) -> list[Item]:
    """Actions listed one to a line without numbers under a heading ("Recommendation:" / "Reject
    the claim of John Doe." / "Refer the matter to the claims adjuster."): each sentence that
    ends a line and is followed, at the same margin, by another opening with an imperative is one
    action (a sentence that runs on wraps to the margin mid-sentence, not after a full stop)."""
    if it.override is not None or len(it.lines) < 2 or not OWN_ACTION.match(strip_lead_in(it.text.strip())):
        return [it]
    groups: list[list[Line]] = [[it.lines[0]]]
    for prev, line in zip(it.lines, it.lines[1:]):
        if prev.text.rstrip().endswith((".", ";")) and OWN_ACTION.match(line.text.strip()) \
                and abs(line.x0 - (groups[-1][-1].x0 if len(groups[-1]) > 1 else line.x0)) < 3 \
                and line.x0 <= prev.x0 + 3:
            groups.append([line])
        else:
            groups[-1].append(line)
    if len(groups) == 1:
        return [it]
    out = [Item(it.number, groups[0], it.first_text)]
    out += [Item(None, g, g[0].text) for g in groups[1:]]
    return out


def _after_lead_in(text: str) -> str:
    """'It is recommended that the City Council: (1) adopt ...' -> '(1) adopt ...': the numbered
    actions after a lead-in on the same line."""
    t = strip_lead_in(text)
    m = re.match(r"^(.{0,160}?):\s*[-–]?\s*(?=\(?(?:1|a|i)\)\s)", t)
    if m and (LEAD_IN.search(m.group(1)) or re.search(BODY, m.group(1)) or is_lead_in(m.group(1) + ":")):
        return t[m.end():]
    return t


# "THAT Council receive Report CS-24-15; AND THAT Council approve ...": resolutions in the
# Canadian form run on in one paragraph, each opening with "THAT" in capitals after a separator
# ("AND FURTHER THAT ...", "AND ALSO THAT ...": the Ontario form of the third and later ones)
SIBLING_THAT = re.compile(r"(?<=[;,])\s+(?:(?P<join>AND|and|OR|or)(?:\s+(?:FURTHER|further|ALSO|also))?,?\s+)?(?=THAT\s+\S)")


def _split_that(text: str, number: str | None) -> list[tuple[str | None, str]]:
    """'THAT Council receive X; AND THAT Council adopt Y' -> ['THAT Council receive X; AND',
    'THAT Council adopt Y'] (the joining word stays with the first, as a list's "; and" does; the
    "FURTHER" of "AND FURTHER THAT" is no part of either)."""
    if not text.lstrip().startswith("THAT "):
        return [(number, text)]
    parts, last = [], 0
    for m in SIBLING_THAT.finditer(text):
        parts.append(f"{text[last:m.start()]} {m.group('join') or ''}".strip())
        last = m.end()
    parts.append(text[last:].strip())
    return [(number if k == 0 else None, p) for k, p in enumerate(parts)] if len(parts) > 1 else [(number, text)]


def _words_in(line: Line, text: str) -> bool:
    return line.text.strip()[:20] in text or text[:20] in line.text


def is_lead_in(text: str) -> bool:
    """'Cabinet is asked to:' / 'It is recommended that' / 'That the Executive:' — a lead-in
    with nothing after it."""
    t = re.sub(r":\s*[-–]$", ":", text.strip())  # "Council is recommended to approve: -"
    if t.endswith(":") and len(t.split()) <= 8 and marker_of(t) is None:
        return True
    if re.fullmatch(r"that\s+" + BODY + r"\s*[:,]?", t, re.I):
        return True  # "That the Council" over "(a) notes the report; and (b) approves ...": the list's stem
    return bool(LEAD_IN.search(t)) and (t.endswith(":") or re.search(r"\b(?:to|that)\s*$", t) is not None) and len(t) < 120


def strip_lead_in(text: str) -> str:
    """The action without the lead-in that puts it: 'Cabinet is asked to NOTE the report' ->
    'NOTE the report'; 'Staff recommends that the Planning Commission CONDUCT the hearing' ->
    'CONDUCT the hearing'; 'It is recommended that the City Council approve ...' -> 'approve ...'."""
    # ("the City Council, by motion, receive ...": how the body is to act sits between it and the action)
    printed = text
    text = re.sub(r"(?<=[a-z]) *, *by (?:motion|minute (?:order|action)|resolution) *, *(?=(?-i:[a-z]))", " ", text)
    m = _LEAD_IN_RX.match(text)
    if not m:
        return printed
    rest = text[m.end():].lstrip(" :,-–")
    # ("consider the following recommendation: That the Council adopts ...": the lead-in runs to its colon)
    following = re.match(r"^[^:]{0,80}?\b(?:the\s+)?(?:following|below)(?:\s+(?:recommendations?|resolutions?|motions?))?\s*:\s*(?=\S)",
                         rest, re.I)
    if following:
        rest = rest[following.end():]
    # (the actions may follow numbered in the sentence: "Staff recommends that the Planning
    # Commission (1) find the project exempt; and (2) approve ...")
    # ("Staff recommends approval." is kept whole: a noun left alone says nothing)
    if len(rest.split()) == 1 and not re.match(ACTION_VERB + r"\b", rest, re.I):
        return printed
    return rest if len(rest.split()) >= 1 and (rest[:1].isalnum() or re.match(r"\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s", rest)) \
        else printed


def _is_recommendation(text: str) -> bool:
    """An action, not a stray heading or a label: a few words, or a one-word verb ("Approve.")."""
    words = text.split()
    if not words or is_lead_in(text) or text.endswith(":"):
        return False
    if len(words) >= 3:
        return True
    # short forms: "Approve.", "Receive and file", and a verb with its object ("Award £2,000",
    # "Decline.", "Defer") as grant schedules and consent lists print them
    return bool(re.fullmatch(r"(?:approve|adopt|receive|note|accept|ratify|discuss|deny|continue|file)[\w ,]*\.?", text, re.I)
                or (len(words) == 2 and re.match(rf"(?:{ACTION_VERB}|decline|refuse|defer)\b", text, re.I))
                or re.fullmatch(r"(?:decline|refuse|defer)\.?", text, re.I)
                or re.fullmatch(r"recommends? (?:approval|adoption|denial|acceptance|ratification)\.?", text, re.I))


def _opens_block(lines: list[Line], i: int) -> bool:
    """A heading starts its own block: the line before ended a sentence or is far above, or the
    style changes (bold or larger after plain text). A line that runs on from the one before in
    its own style ("6. CERTIFICATION OF RESULTS AND" / "PROPOSED RESOLUTION") is not a heading."""
    line = lines[i]
    if i == 0:
        return True
    prev = lines[i - 1]
    if prev.page != line.page:
        return True
    return line.top - prev.bottom > line.size * 0.8 or prev.text.rstrip().endswith((".", ":", ";")) \
        or line.bold != prev.bold or abs(line.size - prev.size) > 0.5 \
        or (prev.text.isupper() and len(prev.text.split()) <= 8 and not line.text.isupper())  # under "CONCLUSION"


def _indented_under(lines: list[Line], i: int) -> bool:
    """The line starts to the right of the line above it: a paragraph printed under a heading (an
    agenda item's title, "5.F Traffic Signal at Elm Street" / "   Staff recommends that ..."), where
    a sentence that runs on would wrap back to the same margin."""
    return i > 0 and lines[i - 1].page == lines[i].page and lines[i].x0 > lines[i - 1].x0 + 5


def _is_table_row(line: Line) -> bool:
    """A row of a data table (three or more cells): a recommendation is never a table row."""
    return len(line.segments()) >= 3


def _is_footnote(line: Line, page: PageLayout) -> bool:
    """A footnote: small print in the bottom part of the page starting with its note number."""
    return line.top > page.height * 0.7 and line.size < page.body_size - 1.5 and bool(re.match(r"^\d{1,2}\s*\S", line.text))


def _first_of_each(recs: list[tuple[int, Recommendation]]) -> list[Recommendation]:
    """One record per recommendation: a text that another list printed before (a report's summary
    and its body) is the same one, and the first keeps the page of the second (`restated_page`).
    Siblings in one list are never merged however alike they read ("Ratify the checks issued
    November 5 ...", "... November 12 ..."), and short standard actions ("Receive and file.") recur
    under different items and are kept each time."""
    out: list[tuple[int, Recommendation]] = []
    for k, r in recs:
        same = next((o for j, o in out if j != k and _restates(r, o)), None)
        if same is not None:
            if same.restated_page is None and r.page != same.page:
                same.restated_page = r.page
            continue
        out.append((k, r))
    return [r for _, r in out]


def _restates(later: Recommendation, earlier: Recommendation) -> bool:
    """The same recommendation printed again: nearly the same words, or under the same number the
    one opening with the whole of the other (a body repeats "(a) NOTE the forecast overspend of
    £23.3m" that the summary gave with its reasons after it)."""
    a, b = _norm(later.text), _norm(earlier.text)
    # (the same words about another date, sum or number are another action: "approval of the
    # minutes of the December 13 meeting" / "... December 14 meeting")
    if len(a.split()) > 6 and difflib.SequenceMatcher(None, a, b).ratio() > 0.95 \
            and re.findall(r"\d+", a) == re.findall(r"\d+", b):
        return True
    if not later.number or _norm(later.number) != _norm(earlier.number or ""):
        return False
    short, long = sorted((a, b), key=len)
    return len(short.split()) >= 4 and (long == short or long.startswith(short + " "))


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()

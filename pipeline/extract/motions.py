"""Motions, votes and outcomes: how US and Canadian minutes (and UK minutes in running prose)
record what was decided.

A motion names its mover and seconder and says what it proposes; the vote and its outcome
follow, on the same line or just after it:

    Motion by Smith, seconded by Jones, to approve the consent calendar. Motion carried 5-0.
    Moved by Trustee Lee, supported by Trustee Kim, to adopt the budget. Ayes: 4, Nays: 1.
    Smith moved approval of the minutes; Jones seconded; carried 5-0.
    RESULT: ADOPTED [UNANIMOUS]  MOVER: Smith  SECONDER: Jones  AYES: Smith, Jones, Lee
    AYES: Members A, B, C; NOES: D; ABSTAIN: none

Minutes without formal resolutions (a parish council's, say) record decisions in prose: "After
discussion it was resolved to apply for £4500 precept", "The Councillors agreed all
satisfactory". Those sentences are decisions only in a record of proceedings that has no
formal form, since prose elsewhere ("it was agreed that officers would circulate ...") reports
discussion rather than disposing of business.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# the titles minutes put before a member's name
TITLE_WORD = (r"(?:council\s?member|councilmember|council(?:wo)?man|commissioner|trustee|supervisor|director|board\s+member|member|"
              r"mr|mrs|ms|miss|dr|(?:mayor|chair(?:man|woman|person)?)\s+pro\s+tem(?:pore)?|mayor|vice[\s-]mayor|deputy\s+mayor|chair(?:man|woman|person)?|vice[\s-]chair|clerk|"
              # ("Clir", "Cl1r": OCR's reading of "Cllr")
              r"treasurer|councillor|cllr|cl[il1]r|clr|(?-i:Crs?)|alderman|alderperson|alder|selectman|selectwoman|legislator|president|"
              r"vice[\s-]president)")
_TITLE = rf"(?:{TITLE_WORD}\.?\s+)"
# a person as minutes name them: capitalised words (case matters even where the form is matched ignoring case),
# up to the next field of a motion form ("Seconded: Carla Diaz  Vote: 4-0")
NAME = rf"(?:{_TITLE}*(?-i:(?:[A-ZÀ-ÖØ-Þ]\.|[A-ZÀ-ÖØ-Þ][\w'’-]*)(?:\s+(?!and\b|to\b|that\b|(?i:votes?|ayes?|nays?|noes|yes|no|abstain\w*|absent|motion|second\w*|carried|passed|result|action)\b)(?:[A-ZÀ-ÖØ-Þ]\.|[A-ZÀ-ÖØ-Þ][\w'’-]*)){{0,2}}))"
_SECOND = r"(?:seconded|second|supported|support|2nd)(?:ed)?"
# the past-tense verb an action is recorded by ("the Board approved ...", "ACTION: Adopted ..."), which
# says the outcome itself
RECORDED_ACTION = r"(?:approved|adopted|accepted|awarded|authori[sz]ed|denied|rejected|tabled|continued)\b"
# "Upon motion by X, seconded by Y, the Board voted to approve ..."
_VOTED = r"(?:the\s+[\w ]{1,40}?\s+(?:unanimously\s+)?voted\s+(?:(?:\d{1,2}\s*[-–]\s*\d{1,2}|unanimously)\s+)?)?"
# the outcome said between the seconder and what was moved: "seconded by Y, and unanimously carried
# (Jung absent), the Board approved ...", "seconded by Cllr Y and resolved that ..."
# (or "..., seconded by Cllr Y, it was resolved to ...")
_CARRIED = (r"(?:(?:,\s*|\s+)?(?:and\s+(?:was\s+|it\s+was\s+)?|it\s+was\s+)(?:unanimously\s+)?(?:carried|passed|resolved|agreed|voted)(?:\s+unanimously)?"
            # "and carried 3-0 to approve ..." (the tally straight after the word)
            r"(?:\s+\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?(?![-–/\d]))?"
            # "and carried by a 5-0 vote", "and carried by unanimous vote"
            r"(?:\s+by\s+(?:a\s+)?(?:vote\s+of\s+)?(?:\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?|unanimous|voice|roll[\s-]call)"
            r"(?:\s+(?:roll[\s-]call\s+)?vote)?)?"
            r"(?:\s*\([^()]{0,80}\))?"
            # "and carried unanimously (5-0) by those members present, to approve ..."
            r"(?:\s+by\s+(?:those|all|the)\s+(?:\w+\s+){0,2}present)?\s*,?\s*)?")
# "Motion by", "On motion of", "Upon a motion by", "A motion was made by"
# ("Upon motion duly made by X and seconded by Y", "On a motion from X")
_MOTION_BY = r"(?:(?:up)?on\s+)?(?:a\s+|the\s+)?motion\s+(?:was\s+)?(?:duly\s+)?(?:made\s+)?(?:by|of|from)"
# "Upon a motion duly made and seconded", "A motion was made and seconded" (nobody named yet)
# "On the proposal of Cllr X", "A proposal by Cllr X" (UK), which say no more than who proposed what follows
_PROPOSAL_BY = r"(?:(?:up)?on\s+)?(?:a\s+|the\s+)?proposal\s+(?:by|of|from)"
_MADE_AND_SECONDED = r"(?:(?:up)?on\s+)?(?:a\s+)?motion\s+(?:was\s+)?(?:duly\s+)?made\s+and\s+(?:duly\s+)?seconded"
# the seconder after the mover: ", seconded by Jones", " and seconded by Councillor Li", ", second: Jones"
# (", and a second by Ray": the noun)
_THEN_SECONDER = rf"\s*,?\s*(?:and\s+)?(?:was\s+|a\s+)?{_SECOND}(?:\s+by)?\s*:?\s*(?P<seconder>{NAME})\s*,?\s*"

# "Smith moved approval of ...; Jones seconded" / "Smith moved, seconded by Jones, to ..."
# "Mr. Olsen moved and Ms. Kwan seconded to continue ..." / "Cllr Baker proposed and Cllr Cole seconded that ..."
# (it starts at any name, so it is tried only where a name can be moving something)
NAME_FIRST = re.compile(rf"(?P<mover>{NAME})\s+(?:moved|proposed|(?:made|offered)\s+(?:a|the)\s+motion|motioned)\s*,?\s*(?:{_SECOND}\s+by\s+"
                        rf"(?P<seconder2>{NAME})\s*,?\s*|(?:and\s+)?(?P<seconder5>{NAME})\s+{_SECOND}\s*,?\s*)?"
                        # ("Ruiz moved, Bell seconded, and the motion carried 5-0 to approve ...")
                        rf"(?:and\s+(?:the\s+)?motion\s+(?:carried|passed)(?:\s+(?:unanimously|\d{{1,2}}\s*[-–]\s*\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?))?"
                        rf"\s*,?\s*)?"
                        # ("Cllr A proposed, Cllr B seconded, all agreed to approve the quote")
                        rf"(?:(?:and\s+)?(?:all|everyone|members|councillors)\s+(?:present\s+)?(?:(?:were\s+)?in\s+favou?r|agreed)\s*,?\s*(?=to\b|that\b))?"
                        # ("Cllr A proposed a donation of £100 to the hall; seconded by Cllr B"; "seconded the motion
                        # that ...", "the following amendment" are the record of a motion put later, read elsewhere)
                        rf"(?P<text>(?:to|that|approval|adoption|for|(?:an?|the)\s+(?!(?:motion|amendment|following|substantive)\b))\b.+?)"
                        rf"(?:(?:\s*[;.,]\s*|\s+(?=and\s))(?:(?:and\s+)?(?P<seconder>{NAME})\s+(?:{_SECOND}(?:\s+the\s+motion)?|made\s+the\s+second)\b|"
                        rf"(?:and\s+)?(?:the\s+|this\s+|which\s+)?(?:motion\s+)?(?:was\s+)?{_SECOND}(?:\s+was\s+made)?(?:\s+by|(?=\s+{TITLE_WORD}\b))\s+(?P<seconder3>{NAME})|"
                        # a form's own field after it: "MOTION: Smith moved to approve ... SECOND: Jones"
                        rf"(?:{_SECOND}|seconder)(?:\s+by)?\s*:\s*(?P<seconder4>{NAME}))|"
                        # "X made a motion to approve ... with a second from Y"
                        rf"\s*,?\s+with\s+a\s+second\s+(?:from|by)\s+(?P<seconder6>{NAME})|$)", re.I)

POSTFIX_MOTION = re.compile(
    rf"(?:^|(?<=[.;]\s))(?P<text>(?-i:[A-Z])(?:[^.;:]|\.(?!\s)|(?<=\bNo)\.){{2,400}}?)"
    rf"(?:\s*,?\s*(?:unanimously|by\s+(?:a\s+)?(?:unanimous\s+|roll[\s-]+call\s+|voice\s+|show\s+of\s+hands\s+)?vote"
    rf"(?:\s+of\s+\d{{1,2}}\s*[-–]\s*\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?)?))*"
    rf"\s*,?\s*\b(?:after|(?:up)?on|following|with)\s+(?:a\s+|the\s+)?motion\s+(?:by|of|from)\s+(?P<mover>{NAME})"
    rf"\s*(?:,\s*|\s+and\s+|\s+with\s+(?:a\s+)?)(?:(?:was\s+)?{_SECOND}(?:\s+by|\s+from)\s+(?P<seconder>{NAME}))?", re.I)

MOTION_FORMS = [
    # "Motion by Smith, seconded by Jones, to approve ..." / "It was moved by X and seconded by Y that ..."
    re.compile(rf"(?:{_MOTION_BY}|{_PROPOSAL_BY}|(?:it\s+was\s+)?(?:moved|motioned|proposed)\s+by)\s+(?P<mover>{NAME})\s*"
               rf"(?:,|/|\band\b)?\s*(?:was\s+|with\s+a\s+)?{_SECOND}(?:\s+by|\s+from)?\s*:?\s*(?P<seconder>{NAME})\s*,?\s*{_CARRIED}{_VOTED}"
               rf"(?P<text>(?:to|that|for)\b.+)", re.I),
    # "Motion Smith/Jones to approve ..." / "Motion: Smith, second: Jones, to approve ..."
    # ("Motion (Lee, Brown) to approve ...": two names in the motion's brackets, the mover's first)
    # ("Motion: Adams. Second: Berg. To table the application ...": the fields as sentences)
    re.compile(rf"\bmotion\s*(?:by)?\s*:?(?:\s+|\s*\(\s*)(?P<mover>{NAME})\s*(?:/|[,.;]?\s*{_SECOND}(?:\s+by)?\s*:?|,(?=[^()]{{1,40}}\)))\s*"
               # ("Motion: Nash  Second: Ortiz  Motion to approve the personnel report": the fields, then the motion)
               rf"(?P<seconder>{NAME})\s*\)?\s*[,.;]?\s*{_VOTED}(?:(?:a\s+|the\s+)?motion\s+(?:was\s+made\s+)?)?(?P<text>(?:to|that|for)\b.+)", re.I),
    # "Motion to approve the minutes (Brown, Ortiz). Approved 3-0.", "A motion was made to approve the
    # minutes. (Brown/Ortiz) Approved.": the pair in brackets after the motion, the mover first
    re.compile(rf"(?:^|(?<=[.;:]\s))(?:a\s+)?motion\s+(?:was\s+made\s+)?(?P<text>to\b[^.;()]{{3,300}}?)\s*[.;]?\s*"
               rf"\(\s*(?P<mover>{NAME})\s*[/,]\s*(?P<seconder>{NAME})\s*\)", re.I),
    # "Moved/Seconded: Brown/Ortiz to approve the minutes" (the two fields and their names as pairs)
    re.compile(rf"\b(?:moved|motion)\s*/\s*second(?:ed)?(?:\s+by)?\s*:\s*(?P<mover>{NAME})\s*/\s*(?P<seconder>{NAME})\s*[,:\-–]?\s*"
               rf"(?P<text>(?:to|that)\b.+)", re.I),
    # "Brown/Ortiz moved to approve the minutes": the mover and seconder as one pair, the mover first
    re.compile(rf"(?:^|(?<=[.;:]\s))(?P<mover>{NAME})\s*/\s*(?P<seconder>{NAME})\s+(?:moved|motioned)\s+"
               rf"(?P<text>(?:to|that|approval|adoption)\b.+)", re.I),
    # "ACTION: Approved the contract with Bright Co. (Smith/Jones, 5-0)": the action, then mover/seconder
    re.compile(rf"\baction\s*(?:taken)?\s*[:\-–]\s*(?P<text>.+?)\s*\(\s*(?P<mover>{NAME})\s*/\s*(?P<seconder>{NAME})\s*"
               rf"(?=[,;)])", re.I),
    # "Action: Approved the minutes.  Motion: Lee  Second: Stone  Vote: 4-0": the action, then its mover
    # and seconder as fields
    re.compile(rf"\baction\s*(?:taken)?\s*[:\-–]\s*(?P<text>.+?)\s*[.;,]?\s*(?:motion|moved|mover)(?:\s+by)?\s*[:\-–]\s*"
               rf"(?P<mover>{NAME})\s*[,;.]?\s*(?:{_SECOND}|seconder)(?:\s+by)?\s*[:\-–]\s*(?P<seconder>{NAME})", re.I),
    # "Upon a motion duly made and seconded, it was unanimously VOTED to approve ..." (nobody named)
    re.compile(rf"{_MADE_AND_SECONDED}\s*,?\s*"
               r"(?:it\s+was\s+)?(?:the\s+[\w ]{1,40}?\s+)?(?P<mover>)(?P<seconder>)(?:unanimously\s+)?(?:voted|resolved|agreed)"
               r"(?:\s+(?:unanimously|\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?))?\s*:?\s*(?P<text>(?:to|that)\b.+)", re.I),
    # "Moved: Councillor Ray  Seconded: Councillor Li  THAT the report be received." (Canada, Australia)
    # "Proposed Cllr Wood, seconded Cllr Bright and resolved that ..." (UK)
    re.compile(rf"\b(?:moved|proposed)(?:\s+by)?\s*:?\s*(?P<mover>{NAME})\s*[,;.]?\s*(?:and\s+)?(?:{_SECOND}|seconder)(?:\s+by)?\s*:?\s*"
               rf"(?P<seconder>{NAME})\s*[,;.]?\s*{_CARRIED}(?P<text>(?:that|to)\b.+)", re.I),
    # "Upon motion by Smith, seconded by Jones, the Board approved the budget by a vote of 5-0": the
    # body's own verb says what was done
    # ("Moved by Trustee Cole, seconded by Trustee Wu, the Board approved the consent agenda")
    re.compile(rf"(?:{_MOTION_BY}|(?:it\s+was\s+)?(?:moved|motioned|proposed)\s+by)\s+(?P<mover>{NAME}){_THEN_SECONDER}"
               rf"{_CARRIED}the\s+[\w ]{{1,40}}?\s+(?:unanimously\s+)?(?P<text>{RECORDED_ACTION}.+)", re.I),
    # "ON MOTION of Director Ruiz, seconded by Director Bell, the contract was approved by the following
    # vote": what was done, in the passive, is the record as printed
    re.compile(rf"{_MOTION_BY}\s+(?P<mover>{NAME}){_THEN_SECONDER}"
               rf"(?P<text>the\s+[\w ,'’-]{{1,80}}?\s+(?:was|were)\s+(?:unanimously\s+)?{RECORDED_ACTION}.*)", re.I),
    # "Items 5A-5F approved on a motion by Ruiz, seconded by Bell, 5-0": what was done, then who moved it
    # ("Approved on a motion by Kim, seconded by Hunt, 4-1": the item it is under is what was done)
    re.compile(rf"^(?P<text>(?:(?-i:[A-Z])(?:[^.;:]|(?<=\bNo)\.){{2,150}}?\s(?:was\s+|were\s+)?)?{RECORDED_ACTION})\s*(?:up)?on\s+(?:a\s+)?motion\s+"
               rf"(?:by|of)\s+(?P<mover>{NAME}){_THEN_SECONDER}", re.I),
    # synopsis minutes (US townships, villages, school boards) record what was done first, then who
    # moved and seconded it: "The agenda was approved after motion by Oswald and second by Crockett.",
    # "Approved the bills by roll call vote after motion by A and second by B.", "The minutes were
    # approved on motion by Dunn, support by Abel." (the sentence up to the motion is the record;
    # the way it was voted, "by roll call vote", "unanimously", is not part of it)
    POSTFIX_MOTION,
    # "Moved (Lee) and seconded (Brown) to approve the December minutes": each name in brackets after its verb
    re.compile(rf"(?:it\s+was\s+)?moved\s*\(\s*(?P<mover>{NAME})\s*\)\s*(?:,|\band\b)?\s*{_SECOND}\s*\(\s*(?P<seconder>{NAME})\s*\)"
               rf"\s*,?\s*{_CARRIED}(?P<text>(?:to|that)\b.+)", re.I),
    # "A motion was made and seconded (Ruiz/Bell) to approve the agenda"
    re.compile(rf"{_MADE_AND_SECONDED}\s*\(\s*(?P<mover>{NAME})\s*/\s*(?P<seconder>{NAME})\s*\)"
               rf"\s*,?\s*(?P<text>(?:to|that)\b.+)", re.I),
    # "Council approved the budget amendment (Ruiz/Bell, 5-0)": the body's action, its movers in brackets
    re.compile(rf"(?:^|(?<=[.;]\s))(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:council|board|commission|committee|trustees|cabinet)\s+"
               rf"(?:unanimously\s+)?(?P<text>{RECORDED_ACTION}.+?)\s*\(\s*(?P<mover>{NAME})\s*/\s*(?P<seconder>{NAME})\s*(?=[,;)])", re.I),
    # "Upon a motion duly made and seconded, the Board unanimously adopted Resolution 24-02" (nobody named)
    re.compile(rf"{_MADE_AND_SECONDED}\s*,?\s*"
               rf"the\s+[\w ]{{1,40}}?\s+(?P<mover>)(?P<seconder>)(?:unanimously\s+)?(?P<text>{RECORDED_ACTION}.+)", re.I),
    # "M/S/C Said/Park to continue the item" (moved, seconded, carried; M/S/F failed), "M/S: Lee/Cruz to ..."
    re.compile(rf"\bM\s*/\s*S(?:\s*/\s*(?P<msc>[CPF]))?\b\s*:?\s*\(?\s*(?P<mover>{NAME})\s*/\s*(?P<seconder>{NAME})\s*\)?\s*[,:\-–]?\s*"
               rf"(?P<text>(?:to|that)\b.+)", re.I),
    # "It was moved and seconded to approve ..." (nobody named)
    re.compile(r"(?:it\s+was\s+)?(?:duly\s+)?moved\s+and\s+(?:duly\s+)?seconded\s+(?P<mover>)(?P<seconder>)(?P<text>(?:to|that)\b.+)", re.I),
    # "Lee called for a motion to approve the minutes. Brown moved; Ortiz seconded.", "Motion to approve the
    # agenda. Moved by Brown, seconded by Ortiz.": the motion put first, then who moved and who seconded it
    # ("Chair Lee asked for a motion to approve the minutes. Brown so moved and Ortiz seconded", "... So moved
    # by Brown, seconded by Ortiz"; "Motion to approve the budget: Moved by Brown, seconded by Ortiz")
    re.compile(rf"(?:\ba\s+)?\bmotion\s+(?P<text>to\b[^.;:]{{3,300}}?)\s*[.;:]\s*(?P<mover>{NAME})\s+(?:so\s+)?moved\s*[,;.]?\s*(?:and\s+)?"
               rf"(?:(?P<seconder>{NAME})\s+{_SECOND}\b|{_SECOND}\s+by\s+(?P<seconder2>{NAME}))", re.I),
    re.compile(rf"(?:\ba\s+)?\bmotion\s+(?P<text>to\b[^.;:]{{3,300}}?)\s*[.;:]\s*(?:so\s+)?moved\s+by\s*:?\s*(?P<mover>{NAME})\s*[,;.]?\s*(?:and\s+)?"
               rf"(?:(?P<seconder>{NAME})\s+{_SECOND}\b|{_SECOND}(?:\s+by)?\s*:?\s*(?P<seconder2>{NAME}))", re.I),
    # "Motion to approve ... by Smith, seconded by Jones"
    # ("Motion made to approve the minutes by Lee, 2nd by Brown")
    # ("A motion to approve X was offered by Brown and seconded by Ortiz")
    re.compile(rf"(?:a\s+)?motion\s+(?:(?:was\s+)?made\s+)?(?P<text>(?:to|that)\b.+?)\s*,?\s*(?:was\s+)?(?:(?:made|offered)\s+)?by\s+"
               rf"(?P<mover>{NAME})\s*[,;.]?\s*(?:and\s+)?(?:the\s+motion\s+)?(?:was\s+)?{_SECOND}\s+by\s+(?P<seconder>{NAME})",
               re.I),
    # "A proposal by Cllr A to donate £50 to the church was seconded by Cllr B and agreed"
    re.compile(rf"{_PROPOSAL_BY}\s+(?P<mover>{NAME})\s+(?P<text>(?:to|that)\b.+?)\s*,?\s*(?:and\s+)?(?:which\s+)?(?:was\s+)?"
               rf"{_SECOND}\s+by\s+(?P<seconder>{NAME})", re.I),
    # "A motion was made by Smith to approve ... The motion was seconded by Jones.", "Motion by Smith to
    # approve the agenda, supported by Jones", "Motion by Smith to approve ... Second by Jones", or with
    # no seconder recorded ("Motion by Smith to adjourn. Motion carried.")
    re.compile(rf"{_MOTION_BY}\s+(?P<mover>{NAME})\s*,?\s*(?P<text>(?:to|that)\b.+?)(?:\s*[,;.]?\s*"
               rf"(?:and\s+)?(?:(?:the\s+)?motion\s+)?(?:was\s+)?{_SECOND}(?:\s+by|\s*:)\s*(?P<seconder>{NAME})|$)", re.I),
    # "MOTION: To approve ... Moved: Smith Seconded: Jones" / "Moved by: Smith; Seconded by: Jones" /
    # "MOTION: Approve the minutes. MOTION MADE BY: Smith SECONDED BY: Jones"
    # ("Motion to approve the minutes. 1st: Lee 2nd: Brown": the first and the second to the motion)
    re.compile(rf"motion\s*(?:[:\-–]\s*|\s+(?=(?:to|that)\b))(?P<text>.+?)\s*[.;,]?\s*(?:moved|mover|1st|first|(?:motion\s+)?made|motion)(?:\s+by)?\s*[:\-–]\s*"
               rf"(?P<mover>{NAME})\s*[,;.]?\s*(?:{_SECOND}|seconder)(?:\s+by)?\s*[:\-–]\s*(?P<seconder>{NAME})", re.I),
    # "MOTION: To approve the hiring of J. Doe  SECOND: Brown  VOTE: 5-0" (a form that names only the seconder)
    re.compile(rf"^motion\s*[:\-–]\s*(?P<mover>)(?P<text>(?:to|that)\b.+?)\s*[.;,]*\s*(?:{_SECOND}|seconder)(?:\s+by)?\s*[:\-–]\s*"
               rf"(?P<seconder>{NAME})", re.I),
    # "Motion to approve the treasurer's report: Doe; Second: Major" (the motion, then who moved and seconded it)
    # ("III. 2018 Budget - MOTION to approve: Ortiz, 2nd: Lee", run on after the item's title and a dash)
    re.compile(rf"(?:^|(?<=[.;:]\s)|(?<=\s[-–]\s))(?:a\s+)?motion\s+(?P<text>to\b[^:;]{{3,300}}?)\s*[:\-–]\s*(?P<mover>{NAME})\s*[.;,]+\s*"
               rf"{_SECOND}(?:\s+by)?\s*[:\-–]?\s*(?P<seconder>{NAME})", re.I),
    # "Vote to approve the consent calendar: Motion by Ruiz, second by Bell. Approved 4-0." (the question
    # put first, then who moved and seconded it)
    re.compile(rf"(?:^|(?<=[.;]\s))vote\s+(?P<text>to\b[^:;]{{3,300}}?)\s*[:\-–]\s*(?:(?:a\s+)?motion\s+(?:made\s+)?by|moved\s+by|"
               rf"motion\s*:)\s*(?P<mover>{NAME})\s*[,;.]?\s*(?:and\s+)?{_SECOND}(?:\s+by)?\s*:?\s*(?P<seconder>{NAME})", re.I),
    NAME_FIRST,
    # "The Council voted 5-0 to approve the budget", "The Board then voted unanimously to deny the appeal"
    # (nobody named: the body's own vote, its tally before what it voted, is the record)
    re.compile(r"(?:^|(?<=[.;:]\s))(?P<mover>)(?P<seconder>)the\s+(?:[\w-]+\s+){0,4}?(?:council|board|commission|committee|"
               r"trustees|members|cabinet|panel|authority)\s+(?:then\s+|subsequently\s+)?(?P<said>voted\s+(?:unanimously|"
               # (a report's history, "the Council voted to adopt the plan in 2019", gives no tally)
               r"\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?)\s+(?:\([^()]{0,60}\)\s*)?)(?P<text>(?:not\s+)?to\b.+)", re.I),
    # "Motion to approve the agenda. Motion passed 5-0." (nobody named: a motion only with its vote)
    # ("The motion to deny the rezoning passed by a vote of 4-1.")
    re.compile(r"(?:^|(?<=[.;:]\s))(?:a\s+|the\s+)?motion\s+(?:was\s+made\s+)?(?P<mover>)(?P<seconder>)(?P<text>to\b.+)", re.I),
]

# what a motion moves when it is the item it is under: "that this Ordinance be introduced"
# (Legistar: "that this Ordinance be Approved on First Reading", "... be Referred to the Finance Committee",
# "... be Continued to July 2, 2024")
THIS_ITEM = re.compile(r"^that\s+this\s+[\w ]{1,40}?\s+be\s+\w+(?:\s+and\s+\w+)?(?:\s+as\s+amended)?"
                       r"(?:\s+(?:on\s+(?:first|second|third|final)\s+reading|(?:to|until)\s+(?:the\s+)?[\w ,]{2,40}?))?$|"
                       # "Motion to approve: Ortiz; second: Lee" names no object: it approves the item it is under
                       r"^(?:to\s+)?(?:approve|adopt|accept|ratify|deny|table|receive|approval|adoption)(?:\s+(?:it|same|as\s+presented))?$", re.I)
# a motion that names only who moved and seconded it, then its outcome: "Moved by Cllr A, seconded by
# Cllr B. Carried.", "Moved: Smith  Seconded: Jones  Motion carried unanimously"
BARE_MOTION = re.compile(rf"^(?:it\s+was\s+)?(?:(?:a\s+)?motion\s+(?:was\s+)?(?:made\s+)?by|motion\s*:|moved(?:\s+by)?|mover|proposed(?:\s+by)?|"
                         rf"(?:1st|first)(?=\s*:))"
                         # ("Motion: Brown; Second: Ortiz. Approved.", "MOTION: M. Brown, 2ND: J. Ortiz")
                         rf"\s*:?\s*(?P<mover>{NAME})\s*[,;.]?\s*(?:and\s+)?(?:seconded|second|seconder|2nd|supported|support)(?:\s+by)?\s*:?\s*"
                         rf"(?P<seconder>{NAME})\s*[,;.]?\s*(?P<rest>.{{0,300}})$|"
                         # "Motion/Second: Lee/Stone"
                         rf"^motion\s*/\s*second(?:ed)?(?:\s+by)?\s*:\s*(?P<mover2>{NAME})\s*/\s*(?P<seconder2>{NAME})\s*[,;.]?\s*"
                         rf"(?P<rest2>.{{0,300}})$", re.I)


OUTCOME_WORDS = [
    ("withdrawn", r"\b(?:motion|item|it)\s+(?:was\s+)?withdrawn\b|\bwithdrew\s+(?:the|his|her|their)\s+motion\b"),
    ("lost", r"\b(?:motion\s+)?(?:failed|fails|lost|defeated|was\s+not\s+carried|did\s+not\s+(?:carry|pass))\b|"
             r"\bdied\s+for\s+lack\s+of\s+a\s+second\b|\bRESULT:\s*(?:FAILED|DEFEATED|LOST)\b"),
    ("deferred", r"\b(?:motion\s+)?(?:was\s+)?(?:tabled|postponed|deferred|continued\s+to)\b"),
    ("carried", r"\b(?:motion\s+)?(?:carried|carries|passed|passes|approved|adopted)\b|"
                r"\ball\s+(?:were\s+|members\s+(?:were\s+)?)?(?:in\s+favou?r|ayes?|yes|agreed)\b|"
                # "Agreed." as a sentence of its own after the motion
                r"(?:^|[.;]\s)\s*(?:agreed|resolved)(?:\s+unanimously)?\s*(?:[.;]|$)|"
                r"\bRESULT:\s*(?:APPROVED|ADOPTED|CARRIED|PASSED|ACCEPTED)\b|\bunanimous(?:ly)?\b|"
                r"\b(?:agreed|resolved)\s+by\s+all\b"),
]
_OUTCOMES = [(o, re.compile(p, re.I)) for o, p in OUTCOME_WORDS]
TALLY = re.compile(r"\b(?P<f>\d{1,3})\s*[-–]\s*(?P<a>\d{1,3})(?:\s*[-–]\s*(?P<x>\d{1,3}))?\b(?!\s*[-–/]\s*\d)|"
                   # "Motion passed 5/0": a slash only just after the outcome (elsewhere "5/0" may be a date's)
                   r"\b(?:carried|passed|adopted|approved|failed)\s+(?P<f4>\d{1,2})\s*/\s*(?P<a4>\d{1,2})\b(?!\s*/\s*\d)|"
                   # "by 32 votes to 14", "Carried (4 to 1)"
                   r"(?:\bby\s+(?P<f2>\d{1,3})\s+votes?|\((?=\s*\d{1,3}\s+to\s+\d{1,3}\s*\))\s*(?P<f3>\d{1,3}))\s+(?:to|against)\s+(?P<a2>\d{1,3})"
                   r"(?:[^.;]{0,40}?(?P<x2>\d{1,3})\s+abstentions?)?", re.I)
ROLL = re.compile(r"\b(?P<label>ayes?|yeas?|yes|in\s+favou?r|for|nays?|noes|no|against|opposed|abstain(?:ed|ing|s|ions?)?|"
                  r"absent|recused)\s*(?:\(\d{1,3}\)\s*)?(?::|\s[-–])\s*", re.I)
_VOTE_OF = {"aye": "for", "ayes": "for", "yea": "for", "yeas": "for", "yes": "for", "for": "for", "in favour": "for",
            "in favor": "for", "nay": "against", "nays": "against", "noes": "against", "no": "against",
            "against": "against", "opposed": "against", "absent": "absent", "recused": "abstain"}


@dataclass
class Vote:
    outcome: str | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstain: int | None = None
    roll_call: list | None = None


# every motion form holds one of these words (or its movers in brackets, "(Ruiz/Bell, 5-0)"), so text
# without them holds no motion: one cheap search spares the forms' backtracking over the many
# paragraphs that move nothing
# (as words: "secondary", "transaction" and "removed" are common in reports and move nothing; every
# form names a motion, a mover or proposer, an "Action:" label or M/S)
_FORM_WORD = re.compile(r"\b(?:motion|move[ds]?|propos|M\s*/\s*S\b|voted)|\baction\s*(?:taken\s*)?[:\-–]|"
                        r"\((?-i:[A-Z])[\w'’-]+\s*/\s*(?-i:[A-Z])", re.I)


# ... and every form names a motion, M/S or an action label, a seconder, or (for "X moved to adopt
# ... The motion carried 3-1", which names neither) the vote: "proposed" and "moved" alone, which
# reports use for much else ("the proposed budget", "moved to a new system"), move nothing
_NAMED_OR_VOTED = re.compile(r"motion|\bM\s*/\s*S\b|\baction\b|second|support|\b2nd\b|\b(?:carried|carries|passed|failed|"
                             r"defeated|unanimous|voted)|\((?-i:[A-Z])[\w'’-]+\s*/\s*(?-i:[A-Z])", re.I)


_MOVER_VERB = re.compile(r"\b(?:moved|proposed|motioned|(?:made|offered)\s+(?:a|the)\s+motion)\b", re.I)


def find_motion(text: str) -> tuple[str, str | None, str | None, int, int, str] | None:
    """(motion text, mover, seconder, start, end, said) of the first motion in running text; `said`
    is what is written between the seconder and the motion's text ("and unanimously carried, the
    Board voted 4-0"), which may hold its outcome."""
    if not _FORM_WORD.search(text) or not _NAMED_OR_VOTED.search(text):
        return None
    found = []
    named_mover = _MOVER_VERB.search(text) is not None
    for form in MOTION_FORMS:
        if form is NAME_FIRST and not named_mover:
            continue
        for m in form.finditer(text):
            got = _motion_of(form, m)
            if got:
                found.append((m.start(), got))
                break
    if not found:
        return None
    start, (body, mover, seconder, end, said) = min(found, key=lambda f: f[0])
    return body, mover, seconder, start, end, said


_VOTED_NEXT = re.compile(r"[\s.;,]*(?:(?:the\s+)?motion\s+(?:was\s+)?(?:carried|passed|approved|adopted|failed|defeated|died)\b|"
                         r"(?:motion\s+)?(?:carried|passed|failed)\b)", re.I)


def _motion_of(form: re.Pattern, m: re.Match) -> tuple[str, str | None, str | None, int, str] | None:
    if form is POSTFIX_MOTION:
        # (a motion whose own words follow, "Discussion followed after motion by A and second by B to
        # table the item", is the motion's form, read by the forms after it)
        rest = re.sub(r"^[\w'’-]*", "", m.string[m.end():])
        if re.match(rf"[\s,]*(?:to|that)\s|\s*(?:was\s+)?{_SECOND}\b", rest, re.I):
            return None
        # ("After discussion, on a motion by A, seconded by B, the Board voted 3-0 to award ...": the
        # body's act after the motion is what was done, read by the forms after it)
        if re.match(rf"[\s,]*(?:(?:and\s+)?(?:a\s+)?{_SECOND}(?:\s+by)?\s+{NAME}\s*,?\s*)?the\s+[\w ]{{1,40}}?\s+(?:unanimously\s+)?"
                    rf"(?:voted|{RECORDED_ACTION})", rest, re.I):
            return None
    body = m.group("text").strip()
    # the motion ends where the vote or outcome begins
    cut = re.search(r"(?:[.;,]\s*|\s+)(?=(?:the\s+)?motion\s+(?:carried|passed|failed|was|died|lost|withdrawn)\b|"
                    # ("... to adopt the revised policy. Motion approved 3-0.": the outcome a sentence of its own)
                    r"(?<=[.;]\s)(?:the\s+)?motion\s+(?:approved|adopted|denied|defeated|carries|passes|fails)\b|"
                    # (not the motion's own verb: "That By-law 2024-10 be passed", "... be carried forward")
                    # ("... be read a first, second and third time and passed": a by-law's own words)
                    r"(?:motion\s+)?(?<!\bbe\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeing\s)(?<!\btime\sand\s)"
                    r"(?:carried|passed|failed)\b|all\s+(?:were\s+|members\s+(?:were\s+)?)?(?:in\s+favou?r|ayes?|yes|agreed)\b|"
                    # "... to sign the warrant. Vote 3-0.", "... be accepted. Agreed."
                    r"vote\s*[:\-–]?\s*\d{1,2}\s*[-–]\s*\d|(?<=[.;]\s)(?:agreed|resolved)(?:\s+unanimously)?\s*(?:[.;]|$)|"
                    r"roll[\s-]+call\b|(?<=[.;]\s)(?:a\s+)?recorded\s+(?:vote|division)\b|vote\s*:|ayes?\s*[:\-]|yeas?\s*:|voting\s|(?:up)?on\s+(?:a\s+)?(?:roll[\s-]call\s+|voice\s+)?vote\b|"
                    r"by\s+a\s+(?:\w+\s+)?vote\b|"
                    # the votes, a field a line or a member each: "Yes: Ruiz, Bell; No: Hunt", "Ruiz – aye; Kim – nay"
                    r"(?<=[.;]\s)(?:yes|no|nays?|noes|abstain\w*)\s*:|(?<=[.;]\s)[A-Z][\w'’-]+\s*[-–:,]\s*(?:aye|yes|yea|nay|no)\b|"
                    r"by\s+the\s+following\s+(?:roll[\s-]call\s+)?vote\b|"
                    # a vote a field a line: "For (4): Mayor Hill, ...", "Against: Councillor Xu"
                    r"(?<=[.;]\s)(?:for|against|in\s+favou?r|opposed)\s*(?:\(\d{1,3}\))?\s*:|(?<=;\s)(?:motion\s+)?(?:defeated|lost)\b|"
                    # ("THAT Council defer the amendment. DEFEATED": the outcome a sentence of its own)
                    r"(?<=[.;]\s)(?:motion\s+)?(?:defeated|lost)(?=\s*(?:unanimously\b|\(?\s*\d{1,2}\s*[-–]\s*\d|[.;]|$))|"
                    # the mover taking it back: "... to increase fees. Councilmember Kim withdrew her motion."
                    r"(?<=[.;]\s)(?:[A-Z][\w'’.-]*\s+){1,3}withdrew\b|"
                    # an outcome sentence of its own: "... to approve the warrant list. Approved 5-0."
                    r"(?<=[.;]\s)(?:approved|adopted|denied|rejected)(?=\s*(?:unanimously\b|\(?\s*\d{1,2}\s*[-–]\s*\d|[.;]|$))|"
                    # or a tally alone: "M/S/C (Lee/Cruz) to approve the minutes. 3-0"
                    # (not a number after "No.": "to adopt Ordinance No. 23-06; Diaz seconded")
                    r"(?<=[.;]\s)(?<!\bNo\.\s)\(?\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\)?\s*(?:[.;]|$)|"
                    r"(?:and\s+)?(?:this\s+|which\s+)?(?:was\s+)?(?:seconded|supported)\b|the\s+vote\s+was|"
                    # "... rise by 5%. This was carried unanimously." / "..., which was agreed by all"
                    r"(?:this|which|it)\s+was\s+(?:then\s+)?(?:unanimously\s+)?(?:carried|passed|agreed|approved|defeated|lost|put)\b|"
                    r"\(\s*\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*[),])|"
                    # "On being put to the vote the motion was LOST", "The motion was put to the vote and"
                    # (not "that the motion be put to the vote", which is what such a motion moves)
                    r"(?:(?:up)?on\s+)?being\s+put\s+to\s+(?:the\s+|a\s+)?vote\b|(?:the\s+)?motion\s+was\s+put\b", body, re.I)
    end = m.start("text") + (cut.start() if cut else len(body))
    if cut:
        body = body[:cut.start()]
    end = max(end, m.end()) if m.start("text") < m.start("mover") else end
    body = re.sub(r"[\s.;,]+$", "", body)
    if len(body.split()) < 2 and not (m.start("text") == m.start() and re.fullmatch(RECORDED_ACTION, body, re.I)):
        return None  # (a verb alone that opens the motion, "Approved on a motion by ...", records the item it is under)
    seconder = next((m.groupdict().get(g) for g in ("seconder", "seconder2", "seconder3", "seconder4", "seconder5", "seconder6")
                     if m.groupdict().get(g)), None)
    if not seconder and form is NAME_FIRST and not _VOTED_NEXT.match(m.string, end):
        # "X moved to ..." without a seconder is not (yet) a motion, people move house too, unless its
        # vote follows at once ("Doe moved to adopt Ordinance 7. The motion was approved 3-1.")
        return None
    names_end = max((m.end(g) for g, v in m.groupdict().items() if v and g != "text" and m.end(g) <= m.start("text")),
                    default=m.start("text"))
    said = m.group("said") if m.groupdict().get("said") is not None else m.string[names_end:m.start("text")]
    if form is POSTFIX_MOTION and not re.search(r"\b(?:denied|rejected|failed|defeated|tabled|postponed|deferred|continued|"
                                                r"withdrawn|not\s+(?:approved|adopted|accepted))\b", body, re.I):
        # ("Appointed Vanda Yaroch as Board of Review alternate after motion by ..."): a record of
        # what was done, in the past tense, says it carried
        said = "carried"
    msc = m.groupdict().get("msc")
    if msc:
        said = ("failed " if msc.upper() == "F" else "carried ") + said  # "M/S/C": moved, seconded and carried
    return body, _person(m.group("mover")), _person(seconder), end, said


def _person(name: str | None) -> str | None:
    if not name:
        return None
    return re.sub(rf"^{_TITLE}+", "", name.strip(" ,.;"), flags=re.I).strip() or None


def read_vote(text: str) -> Vote:
    """The outcome, counts and roll call written after a motion or resolution."""
    v = Vote()
    for outcome, pattern in _OUTCOMES:
        if pattern.search(text):
            v.outcome = outcome
            break
    roll = _roll_call(text)
    if roll:
        v.roll_call = roll
        counts = {k: sum(1 for _, vote in roll if vote == k) for k in ("for", "against", "abstain")}
        v.votes_for, v.votes_against, v.votes_abstain = counts["for"], counts["against"], counts["abstain"]
        if v.outcome is None and counts["for"] != counts["against"]:
            v.outcome = "carried" if counts["for"] > counts["against"] else "lost"
    else:
        counted = _counted(text)
        if counted:
            v.votes_for, v.votes_against, v.votes_abstain = counted
    t = TALLY.search(text)
    # a tally is a vote's where words of voting are near it, or printed in brackets of its own ("(4-0)"),
    # or first after the motion, a sentence of its own ("... to approve the minutes. 3-0")
    if t and v.votes_for is None and (re.search(r"carrie[ds]|passe[ds]|fail(?:ed|s)|lost|vote|approved|adopted|resolved|defeated|"
                                                 r"denied|rejected|introduced|accepted|continued|tabled",
                                                 text[max(0, t.start() - 40):t.end() + 20], re.I)
                                      or text[max(0, t.start() - 1):t.start()] == "("
                                      or not text[:t.start()].strip(" .;,") and re.fullmatch(r"\)?\s*(?:[.;].*)?", text[t.end():], re.S)):
        f, a = t.group("f") or t.group("f2") or t.group("f3") or t.group("f4"), t.group("a") or t.group("a2") or t.group("a4")
        x = t.group("x") or t.group("x2")
        v.votes_for, v.votes_against = int(f), int(a)
        v.votes_abstain = int(x) if x else None
    if v.outcome is None and v.votes_for is not None and v.votes_against is not None and v.votes_for != v.votes_against:
        v.outcome = "carried" if v.votes_for > v.votes_against else "lost"
    return v


def _counted(text: str) -> tuple[int | None, int | None, int | None] | None:
    """'Ayes: 5, Nays: 0, Abstain: 1' as numbers."""
    got = {}
    # ("3 AYES 0 NAYS 1 ABSENT": the count before its label, where that is how the vote starts)
    label_first = re.search(r"\b(?:ayes?|yeas?|for|in\s+favou?r|nays?|noes|against|opposed|abstain\w*|abstentions?)\s*[:\-–]?\s*\d", text, re.I)
    count_first = re.search(r"\b\d{1,3}\s+(?:votes?\s+)?(?:ayes?|yeas?|yes|no|nays?|noes|abstentions?|abstain\w*|opposed|"
                            r"in\s+favou?r|against|for)\b", text, re.I)
    count_before_label = count_first is not None and (not label_first or count_first.start() < label_first.start())
    if count_before_label:
        text = text[count_first.start():]
    # "Ayes: 5, Nays: 0" (unless the vote reads count first, where "AYES 0" would pair a label with the next count)
    for m in re.finditer(r"\b(ayes?|yeas?|for|in\s+favou?r|nays?|noes|against|opposed|abstain(?:ed|ing|s|ions?)?|abstentions?)"
                         r"\s*[:\-–]?\s*(\d{1,3})\b|\b(yes|no)\s*:\s*(\d{1,3})\b", "" if count_before_label else text, re.I):
        if m.group(3):
            got.setdefault("for" if m.group(3).lower() == "yes" else "against", int(m.group(4)))
            continue
        label = re.sub(r"\s+", " ", m.group(1).lower())
        kind = _VOTE_OF.get(label, "abstain" if label.startswith(("abstain", "abstention")) else None)
        if kind and kind not in got:
            got[kind] = int(m.group(2))
    # ("30 votes for, 5 against and 2 abstentions")
    for m in re.finditer(r"\b(\d{1,3})\s+(?:votes?\s+)?(ayes?|yeas?|yes|no|nays?|noes|abstentions?|abstain(?:ed|ing)?|opposed|"
                         r"in\s+favou?r|against|for)\b", text, re.I):
        label = re.sub(r"\s+", " ", m.group(2).lower())
        kind = _VOTE_OF.get(label, "abstain" if label.startswith(("abstain", "abstention")) else None)
        if kind and kind not in got:
            got[kind] = int(m.group(1))
    if "for" not in got and "against" not in got:
        return None
    return got.get("for"), got.get("against"), got.get("abstain")


_NAMED_VOTE = re.compile(rf"(?P<name>{NAME})(?:\s*[,:\-–]\s*|\s+)(?P<vote>yes|aye|yea|no|nay|abstain(?:ed)?|absent)\b(?!\s*:)",
                         re.I)


def _roll_call(text: str) -> list[list[str]] | None:
    """'AYES: Members A, B, C; NOES: D; ABSENT: E' -> [[A, for], [B, for], [C, for], [D, against], [E, absent]];
    'Roll call: Smith, yes; Jones, no' likewise."""
    named = list(_NAMED_VOTE.finditer(text))
    if len(named) >= 2:
        votes = {"yes": "for", "aye": "for", "yea": "for", "no": "against", "nay": "against", "absent": "absent"}
        return [[_person(m.group("name")), votes.get(m.group("vote").lower(), "abstain")] for m in named]
    matches = list(ROLL.finditer(text))
    if not matches:
        return None
    out = []
    for k, m in enumerate(matches):
        end = matches[k + 1].start() if k + 1 < len(matches) else len(text)
        label = re.sub(r"\s+", " ", m.group("label").lower())
        vote = _VOTE_OF.get(label, "abstain" if label.startswith(("abstain", "abstention")) else None)
        # "Ayes: (4) Lee, Stone, ...", "Aye: 6 - Councilmember Adams, ..." (Legistar): the count, then the names
        names = re.sub(r"^\s*(?:\(\d{1,3}\)|\d{1,3}\s*[-–]\s*(?=[A-Z]))", " ", text[m.end():end])
        # (the list ends at the outcome printed under it: "Nays: Deputy Mayor Jones" / "Carried")
        names = re.split(r"(?<=[a-z]{2})\.\s|\b(?:motion|the\s+motion|result|mover|seconder|carried|defeated|lost|failed)\b",
                         names, flags=re.I)[0]
        if re.match(r"\s*\d", names):
            continue  # a count, read by _counted
        for piece in re.split(r",|;|\band\b|&", names):
            name = _person(re.sub(rf"^\s*(?:council\s?members?|members?|trustees?|commissioners?|supervisors?|"
                                  rf"directors?|councillors?|cllrs?|aldermen|alders?)\.?:?\s+", "", piece.strip(), flags=re.I))
            if name and re.fullmatch(rf"{NAME}", name) and not re.fullmatch(r"(?:none|n/?a|nil)", name, re.I) and vote:
                out.append([name, vote])
    return out or None


# ---------------------------------------------------------------- decisions in prose

# a disposal in the passive, the whole of its sentence: "The agenda was approved as presented.", "Payments
# as listed were approved.", "The bank reconciliation was noted.", "Items A through F were approved on the
# consent calendar." (the verb ends the sentence, but for how it was done: "... approved by the District
# Council" reports another body's decision, and "This was agreed" names nothing)
PASSIVE_DISPOSAL = (r"^(?!(?:this|it|which|that|these|those)\b)(?:[\w£$%,.'’&/()-]+\s+){1,14}?(?:was|were)\s+"
                    r"(?:(?:duly|unanimously|formally|then|also|subsequently)\s+)*(?:approved|adopted|accepted|agreed|noted|ratified)"
                    r"(?:\s*,?\s*(?:as\s+(?:presented|circulated|listed|amended|submitted|printed|read|written|distributed|"
                    r"recommended|corrected)|unanimously|by\s+(?:all|consensus|general\s+consent)(?:\s+(?:members|present))?|"
                    r"on\s+(?:the\s+)?consent\s+(?:agenda|calendar)|without\s+(?:objection|amendment|dissent)|"
                    r"and\s+(?:signed|filed|noted|adopted|approved)(?:\s+by\s+the\s+chair\w*)?))*\s*[.!]?$")
# an entry of a list of applications or payments that ends in what was done with it: "St Mary's Toddler
# Group - £250 agreed.", "Invoice from EDC for £70 - approved", "Bowls Club: not agreed" (the dash or
# colon, or the sum, sets the outcome apart from the matter)
ENTRY_DISPOSAL = (r"^[^.;]{2,120}?(?:\s[-–:]\s*|:\s*|\s(?=£|\$))(?:[£$]\s?\d[\d,.]*[km]?\s+)?(?:(?:not|unanimously)\s+)?"
                  r"(?:agreed|approved|awarded|granted|refused|declined|accepted)\.?$")
# a body acting on a thing, at the start of its sentence or cell: "The Board agreed the strategy",
# "The Committee approved the terms of reference" (boards' minutes); `verbs` are the acts counted
_ACTING_BODY = (r"^(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,3}?(?:council|committee|board|panel|sub-committee|commission|"
                r"cabinet|authority|trustees|governors|directors|members|group)\s+(?:(?:formally|unanimously|also)\s+)?")


def body_act(verbs: str) -> str:
    """The pattern of a body's act by one of `verbs` on a thing ("The Board approved the ...")."""
    return rf"{_ACTING_BODY}(?:{verbs})\s+(?:the|a|an|its|their)\s"


NARRATIVE = re.compile(
    r"\bit\s+was\s+(?:(?:therefore|also|then|further|subsequently|unanimously|again)\s+)*(?:resolved|agreed|decided)\b|"
    r"\b(?:councillors|members|council|committee|sub-committee|board|all|they|meeting|panel|trustees|everyone|commission|"
    r"cabinet|group|forum|partnership|governors|directors|executive)\s+"
    r"(?:(?:present|then|therefore|also|unanimously)\s+)*(?:resolved|agreed|decided)\b|"
    r"(?:^|[-–.,]\s*|\band\s+)resolved\s+(?:to|that|not|the)\b|(?:^|[-–.]\s*)agreed\s+to\b|"
    # the body's own act, said at the start of its sentence: "The Board approved the consent agenda.",
    # "Council unanimously adopted Resolution 2024-15." (synopsis minutes without motions)
    r"^(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,3}?(?:council|board|commission|committee|trustees|panel)\s+"
    r"(?:(?:then|also|unanimously|formally)\s+)*(?:approved|adopted|accepted|ratified)\s+(?:the|a|an|all|resolution|ordinance|"
    r"minutes|payment|\$)|"
    # "The minutes of the meeting held on 4 April were approved and signed as a true record"
    r"^(?:the\s+)?minutes\s+of\s+.{0,120}?\b(?:were|was)\s+(?:duly\s+|unanimously\s+)?"
    r"(?:approved|agreed|confirmed|accepted|adopted|signed)\b", re.I)
# (in running text, not in a table's cells, which decision_tables reads a row a record)
DISPOSAL = re.compile(PASSIVE_DISPOSAL + "|" + ENTRY_DISPOSAL, re.I)
_VERB = r"(?:resolved|agreed|decided)"
_REPORTED = re.compile(rf"\b(?:had|has|have)\s+(?:been\s+)?{_VERB}|\b(?:previously|already)\s+(?:been\s+)?{_VERB}|"
                       rf"\b{_VERB}\s+(?:at|in)\s+(?:the\s+)?(?:last|previous|an?\s+earlier)\b|"
                       rf"\b{_VERB}\s+last\s+(?:year|month|meeting)\b", re.I)


_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
# a decision's lead-in that a list of what was decided follows: "Committee resolved to: i) Approve ...
# ii) Note ...", "It was agreed that: (a) ... (b) ..."
_LIST_LEAD = re.compile(r":\s*[-–]?\s*(?=\(?(?:i|a|A|1)[.)]\s+\S)")


def _inline_list(text: str) -> list[tuple[str, int]] | None:
    """'i) Approve X ii) Note Y' -> [('Approve X', 3), ('Note Y', ...)]: the markers in sequence (i, ii,
    iii; a, b, c; 1, 2, 3), so that a bracket in an item's text stays in it."""
    first = re.match(r"\(?(i|a|A|1)[.)]\s+", text)
    if not first:
        return None
    seq = _ROMAN if first.group(1) == "i" else [chr(ord(first.group(1)) + k) for k in range(12)] \
        if first.group(1) != "1" else [str(k) for k in range(1, 20)]
    out, at, k = [], first.end(), 1
    while True:
        nxt = re.compile(rf"(?:[;,.]\s*(?:\b(?:and|or)\b,?\s*)?|\s+)\(?{re.escape(seq[k])}[.)]\s+(?=\S)").search(text, at) \
            if k < len(seq) else None
        end = nxt.start() if nxt else len(text)
        item = re.sub(r"[\s;,]+(?:and|or)?[\s;,]*$", "", text[at:end]).strip()
        if item:
            out.append((item, at))
        if not nxt:
            break
        at, k = nxt.end(), k + 1
    return out if len(out) > 1 else None


# who proposed and seconded a decision, in brackets at the end of its sentence: "The accounts for payment
# were approved (proposed Cllr Ray, seconded Cllr Li)." (not part of what was decided)
_MOVED_TAIL = re.compile(r"\s*\((?:proposed|moved)\b[^()]{3,120}\)(?=\s*[.!]?$)", re.I)


# boards' minutes number their paragraphs by item: "2.1 The Director presented ... 2.2 The Board agreed ..."
_PARAGRAPH_NUMBER = re.compile(r"^\d{1,3}\.\d{1,2}\.?\s+(?=[A-Z])")


def narrative_decisions(text: str, running: bool = True) -> list[tuple[str, int, str | None]]:
    """Sentences of a minute's prose that record a decision: (sentence, offset in text, lead-in): the
    lead-in, for an item of a list of decisions, is the sentence it follows; `running` says the text
    is running text, not a table's."""
    out = []
    for m in re.finditer(r"(?:[^.!?)]|\.(?=\d)|\)(?!\s+[A-Z][a-z]))+(?:[.!?](?!\d)|\)|$)", text):
        sentence = _MOVED_TAIL.sub("", m.group().strip())
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        number = _PARAGRAPH_NUMBER.match(sentence)
        if number:  # "2.2 The Board agreed the strategy": the paragraph's number is not the decision's
            sentence, start = sentence[number.end():], start + number.end()
        # (the lead-in's colon is in the sentence, or the list is not this sentence's)
        lead = _LIST_LEAD.search(text, m.start()) if ":" in m.group() else None
        if lead and lead.start() < m.end() and NARRATIVE.search(text[m.start():lead.start()]) and not _REPORTED.search(text[m.start():lead.start()]):
            # "Committee resolved to: i) Approve ... ii) Note ...": each item is a decision
            items = _inline_list(text[lead.end():])
            if items:
                out.extend((item, lead.end() + at, text[m.start():lead.end()].strip()) for item, at in items)
                break  # the list runs to the end of the text
        found = list(NARRATIVE.finditer(sentence)) or (list(DISPOSAL.finditer(sentence)) if running else [])
        if found and not _REPORTED.search(sentence) and len(sentence.split()) >= 3:
            # a long run-up before the decision ("The Clerk checked ... and was advised that ...,
            # therefore, it was resolved to ..."): the decision starts at the clause that makes it
            last = found[-1]
            head = sentence[:last.start()]
            if len(head.split()) > 20 and "," in head:
                sentence = sentence[head.rindex(",") + 1:].strip()
            out.append((sentence, start, None))
    return out

"""Names of meeting bodies ("Cabinet", "Children's Services Overview and Scrutiny Committee") and
reading a body and meeting date from a header block's fields."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from pipeline.extract.fields import Field, find
from pipeline.extract.text import clean, find_dates, first_date, tidy_case

BODY = (r"(?:Cabinet(?: Committee)?|(?:Full |County |City |Borough |District |Town |Parish |Village |Township )?Council|"
        # "Board of Water and Power Commissioners", "Board of Trustees", "Board of Education"
        r"Board of (?:[A-Z][\w'’&,\-]*\s+(?:and\s+|&\s+)?)*?(?:Commissioners|Trustees|Supervisors|Directors|Education|"
        r"Selectmen|Aldermen|Governors|Health|Zoning Appeals|Adjustment|Appeals)|"
        # a Texas county's "Commissioners Court", a Kentucky county's "Fiscal Court"
        r"(?:Commissioners|Fiscal) Court|"
        # a body named for its kind of business rather than before it: "Committee of the Whole" (the
        # whole council sitting as a committee), Ontario's "Committee of Adjustment"
        r"Committee of (?:the )?Whole|Committee of Adjustment|"
        r"Committee|Sub-?Committee|Panel|Board|Commission|Forum|Executive|Assembly|Partnership|"
        # councils' informal and advisory bodies: "Climate Working Group", "Town Centre Task Force"
        r"(?:Working|Steering|Advisory|Reference|Liaison|Task and Finish|Task & Finish) Group|Task ?Force|"
        # a US county's governing body may be its legislature ("Erie County Legislature")
        r"Legislature|"
        # a parish meeting (England) and a town meeting (New England) are bodies of their own
        r"Parish Meeting|Town Meeting|"
        # a fire and rescue, police or national park authority meets as the "Full Authority"
        r"Full Authority)")
# A body's name is capitalised words (the small words excepted) before a body word: "Voted by
# Schools Subcommittee" is not a name, "Schools Subcommittee" is. (A place's name may hold a short
# word with its point: "St. Tammany Parish Council", "Mt. Pleasant Town Council", "Ft. Myers".)
_NAME_WORDS = r"""(?:(?:[A-Z][a-zA-Z]{0,2}\.|[A-Z0-9][\w'’&,\-]*|(?i:and|of|for|the|on|in)|&|\(\w+\)|["“‘']\w+["”’']|\#\d{1,3}|(?i:no)\.)\s+)"""
COMMITTEE = re.compile(rf"^(?P<name>{_NAME_WORDS}*?(?i:{BODY}))\b")
COMMITTEE_LONGEST = re.compile(rf"^(?P<name>{_NAME_WORDS}*(?i:{BODY}))\b")
_BODY_WORDS = re.compile(r"(?i)\b(?:council|committee|board|panel|commission|cabinet|parish meeting|town meeting)\b")
JOINT_BODY = re.compile(r"(?i:and)\s+(?:(?i:the)\s+)?(?:[A-Z][\w'’&\-]*\s+){1,4}(?i:Authority|Agency|Corporation|District)\b")
# How a title names the meeting around the body: "AGENDA", "MINUTES OF THE", "A REGULAR MEETING OF
# THE ...", "... ADJOURNED REGULAR MEETING", "Regular Meeting Agenda". The body is what is left.
# (a "work session" or "study session" is a meeting of the body too: "Town Council Work Session")
MEETING_WORDS = re.compile(r"\b(?:(?:adjourned|regular|special|closed|open|hybrid|virtual|joint|emergency|extraordinary|ordinary|"
                           r"reconvened|rescheduled)\s+)*(?:(?<!parish )(?<!town )meetings?|(?:work|study|workshop)\s+sessions?)\b"
                           r"(?:\s+(?:agenda|minutes))?", re.I)
# (and what a decision notice or a summons calls itself over the body: "DECISION NOTICE / Cabinet")
LEADING_WORDS = re.compile(r"^(?:(?:amended|revised|draft|approved|supplementary|final|the|a|an|notice of|notice and|"
                           r"cancell?ation(?: of)?|postponement(?: of)?|"
                           r"decisions? notice|record of (?:\w+ )?decisions?|schedule of decisions|summons(?: to)?|"
                           r"decisions? (?:determined|taken|made|agreed) (?:at|by)|request for|report to|report of(?=\s+(?:the |a |an )?(?:(?:\w+ )?meeting )?of\b)|"
                           r"agenda(?: for)?|minutes(?: of| for)?|minute of|notes?(?: of| for| from)|proceedings of|of|for|regular|special(?! service| district| education)|adjourned|hybrid|virtual)\s+)+", re.I)
# US staff report forms: "REQUEST FOR CITY COUNCIL ACTION", "CITY COUNCIL AGENDA REPORT"
TRAILING_WORDS = re.compile(r"(?:\s+(?:agenda|minutes|notes|packet|notice|action|agenda report|staff report|report))+$", re.I)


def _meeting_body_text(text: str) -> str:
    """'AGENDA RANCHO PALOS VERDES CITY COUNCIL MEETING AND IMPROVEMENT AUTHORITY REGULAR MEETING'
    -> 'RANCHO PALOS VERDES CITY COUNCIL AND IMPROVEMENT AUTHORITY'."""
    text = MEETING_WORDS.sub(" ", text)
    # ("REGULAR BOARD MEETING": the kind of meeting may stand between the authority and its body; no
    # body is called "Regular", while a "Special Committee" may be one)
    # ("ORDINARY COUNCIL MEETING", "Extraordinary Council Meeting": the kind of meeting of the Council)
    text = re.sub(r"\b(?:regular|adjourned|reconvened|rescheduled|ordinary|extraordinary)\s+(?=(?:board|council|commission|committee)\b)", "",
                  text, flags=re.I)
    text = re.sub(r"\s+", " ", text).strip()
    text = LEADING_WORDS.sub("", text)
    return TRAILING_WORDS.sub("", text).strip()


def _place_rx(place: str) -> str:
    """A place's name as a pattern that a short word's point may follow or not: the council list's
    "St Albans" is printed "ST. ALBANS CITY COUNCIL" too."""
    words = [re.escape(w.rstrip(".")) + r"\.?" if w.endswith(".") or len(w) <= 3 and w[:1].isupper() else re.escape(w)
             for w in place.split()]
    return r"\s+".join(words)


def without_authority(name: str | None, council: str | None) -> str | None:
    """The meeting body without the authority's name in front: 'Aliso Viejo City Council' ->
    'City Council', 'City of Duarte Planning Commission' -> 'Planning Commission', 'Santa Rosa County Board
    of County Commissioners' -> 'Board of County Commissioners' (the gold names
    the body as the paper does, the authority is recorded apart)."""
    if not name or not council:
        return name
    place = re.sub(r"\s+Township$", "", council)  # "Township of Lower Merion" is "Lower Merion Township"
    township = rf"{_place_rx(place)}\s+(?:charter\s+)?township" if place != council else None
    if township and re.fullmatch(rf"{township}\s+Board", name, re.I):
        # a township's governing board is its "Township Board" (Michigan's statutory name), as a
        # city's council is its "City Council": the kind of authority stays with the bare "Board"
        return "Township Board"
    for prefix in (rf"(?:the )?(?:corporation of the )?(?:city|town|village|county|borough|(?:charter )?township|municipality|"
                   rf"regional district|district) of {_place_rx(place)}",
                   *([township] if township else []),  # ("Watertown Charter Township Board of Trustees")
                   rf"{_place_rx(council)}(?: county(?= board\b| commission| legislature\b| fiscal court\b))?"):
        # ("Eastside Water District [Regular Meeting] of the Board of Directors": the "of the" that
        # joined the meeting to its body goes with the meeting words)
        m = re.match(rf"{prefix}(?:'s)?\s+(?:of\s+(?:the\s+)?(?=[A-Z]))?(?P<rest>.+)$", name, re.I)
        if m and COMMITTEE.match(m.group("rest")):
            return m.group("rest")
    return name


# Header labels whose value names the meeting the paper is for.
COMMITTEE_LABELS = (r"^(?:report (?:for|to)|to|meeting|committee|briefing for|decision maker|decision taker|decision made by|"
                    r"meeting of|"
                    r"name of (?:meeting|committee)|decision to be taken by|for submission to|submitted to)$",)

# Short forms councils use in report headers for their panels; expanded so that the same body is
# recognisable across papers ("CYPS Scrutiny Panel" -> "Children and Young People's Services ...").
ABBREVIATIONS = {
    "CYPS": "Children and Young People's Services", "CYP": "Children and Young People",
    "CYPE": "Children, Young People and Education", "ASC": "Adult Social Care",
    "ASCH": "Adult Social Care and Health", "OSC": "Overview and Scrutiny Committee",
    "O&S": "Overview and Scrutiny", "OS": "Overview and Scrutiny", "HWB": "Health and Wellbeing Board",
    "GET": "Growth, Environment and Transport",
}


def _after_leading_date(text: str) -> str:
    """`text` without a date it starts with."""
    dates = find_dates(text)
    return text[dates[0][1]:].strip(" .,:–-") if dates and dates[0][0] == 0 else text


@lru_cache(maxsize=8192)  # (a running header is the same text on every page, read for each)
def body_name(text: str) -> str | None:
    """The meeting body's name when `text` is just that name, perhaps followed by a date or a
    separator ("Cabinet – 30 January 2025"); None for running text."""
    # (a date printed before the body, "March 4, 2024 / CITY COUNCIL REGULAR MEETING MINUTES": no
    # body's name starts with one)
    text = _after_leading_date(re.sub(r"\s+", " ", text).strip(" .,:–-"))
    if re.match(r"(?:whereas|now,?\s+therefore|be\s+it)\b", text, re.I):
        return None  # a resolution's recital ("WHEREAS, the City Council held a hearing on June 4")
    # US boards title their minutes "CITY COUNCIL ACTION SUMMARY", "Meeting Summary", "Synopsis": the
    # body's minutes (an "Executive Summary" is a report's section, not the Executive's record)
    text = re.sub(r"\b(?:meeting|action)\s+summary\b|\bsummary\s+of\s+actions\b|\bsynopsis\b", "Minutes", text, flags=re.I)
    # what a title block prints before the body is no part of its name: the stamp of the item a
    # report is ("Item 166 / City Council"), the department whose board it is ("Department of Water
    # and Power / Board of Water and Power Commissioners"), the firm or chamber of commerce that
    # serves it ("Lakeside Chamber of Commerce / SSA #42 Commission")
    # (and the district or file stamp beside it: "Item 166 / CD 14 / TO THE COUNCIL")
    text = re.sub(r"^(?:(?:(?:agenda\s+)?item|cd|council\s+district|district|ward|file(?:\s+no\.?)?)\s*(?:no\.?\s*|#\s*)?"
                  r"[A-Z]?[\d.\-]*\d[A-Z]?\s*[:.\-–]?\s+)+(?=[A-Z])", "", text, flags=re.I)
    text = re.sub(r"^(?:the\s+)?(?:[A-Z][\w&'’]*\s+){0,3}?(?i:department)(?:\s+(?i:of)(?:\s+(?:[A-Z][\w&'’,]*|(?i:and)|&))+?)?"
                  r"\s+(?=(?i:board|commission)\b)", "", text)
    text = re.sub(r"^(?:[A-Z][\w&'’.\-]*\s+){1,6}?(?i:chamber of commerce|inc\.?|llc|ltd\.?)\s+(?=[A-Z#])", "", text)
    # (and a recommendation's lead-in, "That Cabinet:", is addressed to the body: the word before it
    # is no part of its name)
    # ("Staff Report to Council", "Officer Report to Planning Committee": the report's kind first)
    # ("Report of the Chief Executive to the Executive": the officer who reports comes before the body)
    before_mayor = text = re.sub(r"^(?:to|(?:(?:staff|officers?['’]?s?|information(?:al)?|[A-Z][\w\-]*['’]s) )?report (?:(?:of|by|from) (?:the )?"
                                 r"[A-Z][\w'’&,\- ]{2,60}? )?(?:to|for)|meeting of|for|that)"
                                 r"\s*:?\s+(?:the\s+)?", "", text, flags=re.I)
    text = re.sub(r"^(?:the )?(?:honou?rable )?mayor and (?:members of (?:the )?)?", "", text, flags=re.I)  # US staff reports
    if text != before_mayor:
        # a memo to the body's members is to the body: "Honorable Mayor and City Council Members",
        # "Mayor and Council Members" (only after the addressee's "Mayor and": a heading "Council
        # Members" over a list of names is not the body)
        text = re.sub(r"\b(council|commission|board|committee)\s+members$", r"\1", text, flags=re.I)
    # a parent body's title over its sub-committee's ("Study Committee Agenda / Future Subcommittee"):
    # the meeting is the one named last
    parts = re.split(r"\s+(?:agenda|minutes)\s+(?=[A-Z])", text, flags=re.I)
    if len(parts) > 1:
        for part in reversed(parts):
            name = body_name(part)
            if name:
                return name
        return None
    text = _after_leading_date(_meeting_body_text(text))  # "Minutes of the January 29, 2018 Commission Meeting"
    # (what may follow a body's name: a date, a separator, the meeting, the authority whose body it is:
    # "Board of Education of the Oak Valley Elementary School District")
    rest_ok = r"(?:[-–—,:(/]|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|on\b|meeting\b|held\b|(?:agenda|minutes|notes)\b|in the\b|at (?:the\b|\d)|of (?:the )?(?:city|town|village|county|borough|township|district)\b|" \
              rf"of (?:the )?(?:[\w'’.\-]+ ){{1,6}}?(?:(?:{_DISTRICT_KINDS}) district|public schools|township|" \
              r"(?:town|parish|city|county|borough|district|village|community) council)$|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s*\d)"
    for rx in (COMMITTEE_LONGEST, COMMITTEE):
        m = rx.match(text)
        if not m:
            continue
        name = m.group("name").strip()
        rest = text[m.end():].strip()
        # bodies that meet together: "City Council and Improvement Authority", "... and Successor Agency"
        joint = JOINT_BODY.match(rest)
        if joint:
            joined = re.sub(r"^(\w+)\s+the\s+", r"\1 ", joint.group(0).strip(), flags=re.I)  # "and the Successor Agency"
            name, rest = f"{name} {joined}", rest[joint.end():].strip()
        if rx is COMMITTEE_LONGEST and len(_BODY_WORDS.findall(name)) > len(re.findall(r"(?i)\band\b", name)) + 1:
            continue  # a list of bodies ("Canterbury City Council Dartford Borough Council"): the first
        # a body named for its business after its kind: "Community Commission for Public Safety and
        # Accountability", "Committee on Finance", "Commission on the Status of Women" (the name
        # runs on in capitals to the end of the title, or to what may follow a name)
        dated = find_dates(rest)
        after = re.match(r"(?:for|on)\s+(?:(?:the|and|of|&)\s+|[A-Z][\w'’\-]*,?\s+)*?[A-Z][\w'’\-]*(?=\s*$|\s+(?:[-–—,:(/]|\d))",
                         rest[:dated[0][0]].rstrip() if dated else rest)
        if after:
            name, rest = f"{name} {after.group(0)}", rest[after.end():].strip()
        numbered = re.match(r"(?:no\.?\s*|#\s*)?\d{1,3}[A-Z]?(?![\w:./]|-\d)(?!,?\s*(?:st|nd|rd|th)?\s*(?:of\s+)?"
                            r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)", rest, re.I)
        if numbered and not any(start == 0 for start, _, _ in find_dates(rest)):
            # a body numbered among its kind ("Police District Council 001", "Community Board 7"):
            # the number after the name is part of it (not a date's day: "Cabinet 12 November")
            name, rest = f"{name} {numbered.group(0)}", rest[numbered.end():].strip()
        if not rest or re.match(rest_ok, rest, re.I):
            break
    else:
        return None
    if len(name.split()) > 12 or not name[:1].isupper() and not name[:1].isdigit():
        return None  # running text ("the authority"), not a printed name
    if re.match(r"(?i)(?:leader|chair(?:man|woman|person)?|vice|deputy|mayor|member|clerk|director|head|officer|"
                r"secretary|president|chief)\b", name):
        return None  # a post ("Leader of the Council"), not a body
    return tidy_case(name)


def expand_abbreviations(name: str | None) -> str | None:
    if not name:
        return name
    return " ".join(ABBREVIATIONS.get(w, w) for w in name.split())


_NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})\s*$")


def _numeric_date(value: str, us: bool) -> str | None:
    """A label's value that is a date in figures alone ("1/26/2021", "12-09-20"): month first in
    North America, day first elsewhere. Only a label that holds a date is read so; in running
    text figures like these are too often something else."""
    m = _NUMERIC_DATE.match(value)
    if not m:
        return None
    a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    month, day = (a, b) if us else (b, a)
    year += 2000 if year < 100 else 0
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def committee_from_fields(fields: list[Field], us: bool = False,
                          date_labels: bool = True) -> tuple[str | None, str | None]:
    """(body, meeting date) from a header block: "Report for: Cabinet 12 November 2013",
    "To: Cabinet – 30 January 2025", "Meeting: ... / Date of meeting: ..."."""
    committee = date = None
    f = find(fields, *COMMITTEE_LABELS)
    if f:
        dates = find_dates(f.value, us)
        date = dates[0][2] if dates else None
        before = f.value[:dates[0][0]] if dates else f.value
        # a name may hold commas ("Amenities, Leisure and Community Services Committee"); else
        # what follows a comma or dash is not the body ("Cabinet – 30 January", "Cabinet, Room 5")
        committee = body_name(before)
        if not committee and re.search(r"\s[-–—,]\s|,", before):
            before = re.split(r"\s[-–—,]\s|\s[-–—]|,", before)[0]
            committee = body_name(before)
        named = re.match(r"(?:committee|meeting|meeting of|name of (?:meeting|committee))$", f.key)
        # ("Committee: Jane Smith, Robert Jones, Anita Patel" lists the members, not the body)
        listed = f.value.count(",") >= 2 and not _BODY_WORDS.search(f.value)
        if not committee and not listed and (named or re.search(r"\b(?:scrutiny|cabinet|council|committee|panel|board|forum|executive)\b",
                                                                before, re.I)):
            # "Briefing for: ... Scrutiny", "Committee: Licensing": the label says it is the body
            committee = clean(before) if len(before.split()) <= 8 else None
        committee = expand_abbreviations(committee)
    if not date:
        # "COUNCIL AGENDA: 1/26/2021", "Agenda Date: March 4, 2024": the stamp of the agenda the
        # paper is on gives its meeting's date, over the memo's own "DATE:"
        d = find(fields, r"^(?:[a-z ]{0,30}\s)?agenda(?:\s+date)?$")
        if d:
            date = first_date(d.value, us) or _numeric_date(d.value, us)
    if date_labels and not date:
        # minutes sent as a memo: "SUBJECT: Minutes of the March 12, 2024 Board Meeting" dates the
        # meeting, over the memo's own "DATE: March 14, 2024"
        subject = find(fields, r"^(?:subject|re|title)$")
        if subject and re.match(r"\s*(?:(?:draft|approved|unapproved)\s+)?minutes\s+(?:of|for)\b", subject.value, re.I):
            date = first_date(subject.value, us)
    if date_labels and not date:
        # a label that says it is the meeting's date before a bare "DATE:", which on a memo is the
        # memo's own ("DATE: March 1, 2024 / MEETING DATE: March 6, 2024")
        # (an executive decision taken by one member, at no meeting, is dated by its "Date of decision:")
        d = find(fields, r"^(?:date of (?:the )?meeting|meeting date)$", r"^(?:date of decision|decision date)$", r"^date$")
        if d:
            date = first_date(d.value, us)
    if not committee:
        # "City Council Meeting Date: March 18, 2024": the label names the body whose meeting it
        # is (not "Next Council Meeting Date:", which is another meeting's)
        f = find(fields, r"^(?!.*\b(?:next|previous|last|future|following|prior|upcoming|special|regular)\b)"
                         r"[a-z][a-z ]{2,60}? meeting date$")
        name = body_name(re.sub(r"\s+meeting\s+date\s*$", "", f.label, flags=re.I)) if f else None
        if name:
            committee = name
            if date_labels and not date:
                date = first_date(f.value, us)
    return committee, date


# ---------------------------------------------------------------- authorities
# Papers name the authority they come from in a few printed forms, whatever the kind of body:
#   "CITY OF HIDDEN HILLS", "Town of Brookline", "London Borough of Haringey", "County of Simcoe",
#   "Regional Municipality of Peel";
#   "Milburn Parish Council", "ALISO VIEJO CITY COUNCIL", "Kent County Council";
#   "Lincoln Township", "Cupertino Union School District", "West Midlands Combined Authority",
#   "Public Schools of Brookline";
#   and, on North American papers, the city in the address: "Burbank, California 91502".
# A form gives the authority's name; the evidence for which one the paper belongs to is weighed
# in document.detect_council.

# A word of a place name as printed: capitalised ("Hidden", "HIDDEN", "Cañada", "St.", "O'Fallon"),
# or one of the small words place names carry ("Newcastle upon Tyne", "La Cañada", "Lake in the Hills").
_PLACE_WORD = r"[A-ZÀ-Þ][^\W_]*(?:['’.\-][^\W_]+)*\.?"
_PLACE_JOIN = r"(?:upon|on|under|in|by|of|OF|de|del|la|le|les|los|las|sur|en|and the|in the|&|(?:and|AND)(?! (?i:county|city|town|borough|district|parish|village|township|state)\b))"
PLACE = rf"{_PLACE_WORD}(?:[ \-](?:{_PLACE_JOIN}[ \-])?{_PLACE_WORD})*"
# the shortest name that fits, for forms where the kind of authority follows the name
PLACE_BEFORE = rf"{_PLACE_WORD}(?:[ \-](?:{_PLACE_JOIN}[ \-])?{_PLACE_WORD})*?"

# Words that are never part of a place's name but often stand next to one ("REGULAR CITY COUNCIL",
# "AGENDA RANCHO PALOS VERDES CITY COUNCIL", "City of Palmdale Graffiti Removal"): a name is cut
# before the first of them, and what stands before it in a title ("AGENDA ...") is dropped.
NOT_PLACE = frozenset("""
    a an the this that these our your their its all any each every my of for to at by in on and or
    regular special adjourned annual extraordinary ordinary joint full amended revised draft supplementary
    supplemental public virtual hybrid remote closed open emergency reconvened continued budget
    agenda agendas minutes meeting meetings notice notices summary action actions report reports
    council councils city cities town towns county counties borough district parish village township
    state states federal national government governor mayor mayors deputy members member chair
    committee committees commission commissions commissioner commissioners board boards cabinet
    executive authority authorities department departments office offices hall halls chamber chambers
    staff clerk manager attorney treasurer officer officers services service employees residents
    website page printed item items date time room suite building centre center
    planning parks recreation water power police fire library libraries schools school
    request requests resolution resolutions ordinance ordinances policy approval approved
    welcome to dear re subject from note please charter
    since when while whilst as if although following after before because where however also both
    including within without between across unlike
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    approving adopting authorizing authorising amending establishing declaring accepting awarding
    directing confirming rescinding repealing supporting requesting ordering certifying designating
    appointing ratifying urging recognizing recognising commending honoring honouring proclaiming
    whereas
    recommend recommends recommended approve approves adopt adopts authorize authorizes authorise
    authorises direct directs receive receives accept accepts award awards ask asks advise advises
    inform informs notify refer refers forward forwards urge urges thank thanks
""".split())  # (the last lines: what a resolution's title does after "OF THE CITY OF OAKDALE"; and an
#              action put to a body by its verb: "Recommend City Council adopt ...", "Ask County Council to ...")

# Kinds of authority printed before "of NAME".
_OF_KINDS = (r"City and County|City|Town|Village|County|Charter Township|Township|London Borough|Royal Borough|"
             r"Metropolitan Borough|Borough|District|Regional Municipality|Municipality|Municipal District|"
             r"Parish|Corporation|Public Schools|Port")
# Kinds printed after NAME: the council of a place, or a body that is an authority of its own.
# (a Welsh "County Borough Council" before "County")
# ("St Albans City and District Council" is one authority of both kinds)
_COUNCIL_KINDS = (r"City and District|City|Town|Parish|Village|County Borough|County|Borough|District|Metropolitan Borough|Community|"
                  r"Regional|Municipal|Township|Unitary")
_DISTRICT_KINDS = (r"School|Schools|College|Community College|Water|Municipal Water|Sanitation|Sanitary|"
                   r"Fire Protection|Irrigation|Utility|Utilities|Municipal Utility|Transit|Hospital|"
                   r"Healthcare|Library|Park|Recreation and Park|Flood Control|Resource Conservation|"
                   r"Air Quality Management|"
                   # the other special districts US states make: for pests, the dead, land and water,
                   # a community's services
                   r"Mosquito Abatement|Mosquito Control|(?:Mosquito and )?Vector Control|Cemetery|Drainage|Levee|"
                   r"(?:Water )?Reclamation|Community Services|Public Utility|Forest Preserve|Mass Transit|"
                   r"Soil and Water Conservation|Sewer|Sanitary Sewer|Memorial|Harbor|Fire")

# Words for how far a district reaches that stand where its place's name would ("Metropolitan Water
# District of ..."): its place follows it
_REACH = r"Metropolitan|Municipal|Regional|Central|Northern|Southern|Eastern|Western|Consolidated|Joint"

# Special-purpose authorities named after their place: "Santa Clara Valley Transportation Authority",
# "Metropolitan Transit Authority", "Santa Rosa City Schools", "Fairfax County Public Schools",
# "Capital Regional District".
_AUTHORITY_KINDS = (r"(?:Mayoral )?Combined Authority|"
                    # UK single-purpose authorities named for their area: "Westshire Fire and Rescue
                    # Authority", "Moorland National Park Authority", "Eastshire Waste Authority"
                    r"(?:Combined )?Fire(?: and Rescue)? Authority|National Park Authority|Waste(?: Disposal)? Authority|(?:City |County )?Public Schools|City Schools|"
                    r"(?:Regional |Rapid )?(?:Transit|Transportation|Housing|Airport|Port|Water|Parking) Authority|"
                    # a transit agency named for its area ("Metro Transit", "Sound Transit")
                    r"Regional District|Transit(?= *$| +(?:Board|Commission|Authority)\b)")

# "Cupertino Union School District", "Community Unit School District 300" (see AUTHORITY_FORMS)
DISTRICT_FORM = re.compile(rf"(?P<name>{PLACE_BEFORE}) (?P<kind>(?i:{_DISTRICT_KINDS})) (?i:District)\b"
                           rf"(?: (?P<number>(?:(?i:no)\.? ?|# ?)?\d{{1,4}})\b(?![.,:/]\d))?"
                           rf"(?: (?i:of) (?:(?i:the) )?(?P<of>{PLACE}))?")

AUTHORITY_FORMS = [
    # "City of Aliso Viejo", "CITY OF\nROLLING HILLS ESTATES" (the caller joins a line ending in "of"),
    # "The Corporation of the Town of Cobourg" (Ontario's legal style)
    # ("Town Council of Westbury": the council named after its kind; in "the City Council of the
    # City of Oakdale" the place is the one after the second kind)
    ("of", re.compile(rf"\b(?:(?i:corporation of the) )?(?P<kind>(?i:{_OF_KINDS})) (?:(?i:council) )?(?i:of) (?!(?:(?i:the) )?(?i:{_OF_KINDS})\b)(?:(?i:the) )?(?P<name>{PLACE})")),
    # "Milburn Parish Council", "ALISO VIEJO CITY COUNCIL", "Haringey Council"
    ("council", re.compile(rf"(?P<name>{PLACE_BEFORE}) (?:(?P<kind>(?i:{_COUNCIL_KINDS})) )?(?i:Council)\b")),
    # "Lincoln Township", "Canton Charter Township"
    ("township", re.compile(rf"(?P<name>{PLACE_BEFORE}) (?i:(?:Charter )?Township)\b")),
    # "Cupertino Union School District", "Foothill-De Anza Community College District"
    # (and a district numbered among its kind: "Community Unit School District 300", "Fire Protection
    # District No. 2")
    # (a district named for its reach rather than its place gives the place after it: "Metropolitan
    # Water District of Southern California", "Municipal Water District of Orange County")
    ("district", DISTRICT_FORM),
    # "Multnomah County Board of Commissioners", "Erie County Legislature": a US county's governing
    # body is named after the county, so the county is the authority
    ("county", re.compile(rf"(?P<name>{PLACE_BEFORE}) (?i:County) (?=(?i:Board of (?:County )?(?:Supervisors|Commissioners)|"
                          rf"Commission(?:ers)?(?: Court)?|Legislature|Fiscal Court|Commissioners Court)\b)")),
    # (or the county's name as the whole of a line, as a letterhead prints it: "Harris County", not
    # "Lincoln Township, Midland County" in an address)
    ("county", re.compile(rf"(?m)^[ \t]*(?P<name>{_PLACE_WORD}(?:[ \-]{_PLACE_WORD}){{0,3}}) (?i:County)[ \t]*$")),
    # "West Midlands Combined Authority", "Brookline Public Schools"
    ("authority", re.compile(rf"(?P<name>{PLACE_BEFORE}) (?P<kind>(?i:{_AUTHORITY_KINDS}))\b")),
    # "Los Altos City Hall", "Sutton Coldfield Town Hall", "Maplewood Township Hall": the seat of a
    # city's, town's or township's government, where its papers say its meetings are held
    ("hall", re.compile(rf"(?P<name>{PLACE_BEFORE}) (?P<kind>(?i:City|Town|Village|Township)) (?i:Hall)\b")),
]


# What a city's or county's boards and commissions are for: "Lakewood Planning Commission", "Oak
# Park Historic Preservation Board", "Elm Grove Zoning Board of Appeals" are bodies of the place
# named before them
_BODY_PURPOSES = (r"Planning(?: and Zoning)?|Zoning|Parks?(?: and Recreation)?|Recreation|Library|Historic(?:al)? Preservation|"
                  r"Heritage|Design Review|Architectural Review|Arts?(?: and Culture)?|Cultural Arts|Housing|Traffic|"
                  r"Transportation|Personnel|Civil Service|Human (?:Relations|Rights|Services)|Environmental(?: Quality)?|"
                  r"Sustainability|Airport|Harbou?r|Utilities|Public (?:Safety|Works|Utilities)|Beautification|"
                  r"Senior(?: Citizens)?|Youth|Tree|Ethics|Audit|Finance|Budget|Economic Development|Redevelopment|"
                  r"Board of (?:Adjustment|Appeals)")
PLACE_BODY = re.compile(rf"^(?:(?i:the) )?(?P<name>{PLACE_BEFORE}) (?i:{_BODY_PURPOSES}) (?i:Commission|Board|Committee|"
                        rf"Authority|Agency)\b|^(?:(?i:the) )?(?P<name2>{PLACE_BEFORE}) (?i:Zoning Board of (?:Appeals|Adjustment)|"
                        rf"Board of (?:Zoning )?(?:Appeals|Adjustment)|Library Board of Trustees)\b")


def place_of_body(text: str) -> str | None:
    """The place a heading's board or commission is of ("LAKEWOOD HILLS PLANNING COMMISSION" ->
    "Lakewood Hills"), where the heading starts with it; None otherwise."""
    m = PLACE_BODY.match(text.strip())
    return _place_name(m.group("name") or m.group("name2")) if m else None


_LAND_WORDS = frozenset({"isle", "isles", "vale", "forest", "soke"})


def _place_name(raw: str, follows_kind: bool = False, area: bool = False) -> str | None:
    """The place name in a phrase matched as PLACE. Where the name follows its kind ("City of
    Aliso Viejo City Council") it ends before the first word that cannot be part of a name; where
    it comes before the kind ("A REGULAR MEETING OF THE LA HABRA HEIGHTS [City Council]") it starts
    after the last such word. An `area` is what a single-purpose body is named for, which may be a
    county or a district after its name ("Orange County Water District", "Peak District National
    Park Authority")."""
    words = raw.replace("’", "'").split()
    # "of" inside a place's own name ("Isle of Wight", "Vale of Glamorgan", "Forest of Dean", "Isles
    # of Scilly") follows a word for a kind of land, not a kind of authority
    # "and" joins two places into one authority's name ("Windsor and Maidenhead", "Barking and
    # Dagenham", "Brighton and Hove") where neither side is a word that is never a place's
    bad = [i for i, w in enumerate(words) if w.lower().strip(".,'") in NOT_PLACE
           and not (w.lower() == "of" and 0 < i < len(words) - 1 and words[i - 1].lower() in _LAND_WORDS)
           and not (w.lower() == "and" and 0 < i < len(words) - 1 and words[i + 1][:1].isupper()
                    and words[i - 1].lower().strip(".,'") not in NOT_PLACE and words[i + 1].lower().strip(".,'") not in NOT_PLACE)
           and not (area and w.lower() in ("county", "district") and i > 0 and words[i - 1].lower().strip(".,'") not in NOT_PLACE)]
    if follows_kind:
        # a place may be named with a common word first ("Borough of State College", "City of
        # Council Bluffs"): the name ends at the first such word after its first word, or at its
        # first word when that stands alone or before another ("City of Planning Commission")
        if bad and bad[0] == 0 and len(words) > 1 and 1 not in bad and words[0].lower() not in ("the", "of", "and"):
            bad = bad[1:]
        words = words[:bad[0]] if bad else words
        # an office's initials after a place's name as printed ("City of Chicago DPD staff")
        if words and not words[0].isupper():
            words = words[:next((i for i, w in enumerate(words) if i and len(w) > 1 and w.isupper()), len(words))]
    elif bad:
        words = words[bad[-1] + 1:]
    while words and words[0].lower() in ("upon", "on", "under", "in", "by", "and", "the", "of"):
        words = words[1:]  # a join word left at the front is not a name's start
    if not words or len(words) > 5:
        return None
    name = " ".join(words).strip(" .,-")
    if len(name) < 3 or not any(c.isalpha() for c in name):
        return None
    return tidy_case(name)


# Words every match of a form contains (in lower case). No form's match runs over a line break,
# so a form's pattern needs to run only over the lines where one of its words is printed.
_FORM_WORDS = {
    "of": re.compile(r"(?:city|town|village|county|township|borough|district|municipality|parish|corporation|schools|port) (?:council )?of "),
    "council": re.compile(r"council"),
    "township": re.compile(r"township"),
    "district": re.compile(r"district"),
    "county": re.compile(r"county (?:board|commission|legislature|fiscal)|county[ \t]*$", re.M),
    "authority": re.compile(r"authority|schools|regional district|transit"),
    "hall": re.compile(r"(?:city|town|village|township) hall"),
}
# Nor over any of these: the forms' patterns match, and look ahead or behind at, only letters,
# digits, spaces and ' ’ . - & # , : / (a district's number, "No. 2", and what may not follow
# it). A stop ends the stretch a pattern is run over as a line break does, with the stop itself
# kept in the stretch so the pattern sees it as it would in the whole line. Running text read
# with its lines joined (detect_council) is one line 40 pages long, which each form's pattern
# read end to end: that was 3% of ingest.
_FORM_STOP = re.compile(r"[^\w '’.\-&#,:/\n]")


def _form_matches(form: str, rx: re.Pattern, text: str, low: str, stops: list | None = None):
    """rx.finditer(text), run only over the stretches of `text` (lines, split at _FORM_STOP) whose
    lower case `low` prints the form's words. `stops` holds the places of text's stops, once
    found (a list the caller keeps for the next form)."""
    if len(low) != len(text) or "ı" in text or "ſ" in text:
        # "İ" lowers to two characters, and "ı" and "ſ" match "i" and "s" only when cases are
        # ignored: the words are not found by position, so every line is read
        yield from rx.finditer(text)
        return
    if stops is None:
        stops = []
    end = -1
    for w in _FORM_WORDS[form].finditer(low):
        if w.start() < end:
            continue  # in the stretch just read
        if not stops:
            stops.extend(m.start() for m in _FORM_STOP.finditer(text))
            stops.append(len(text))
        k = bisect.bisect_left(stops, w.start())
        start = max(text.rfind("\n", 0, w.start()) + 1, stops[k - 1] + 1 if k else 0)
        end = text.find("\n", w.end())
        end = min(len(text) if end < 0 else end, stops[bisect.bisect_left(stops, w.end())] + 1)
        yield from rx.finditer(text, start, end)


def authority_names(text: str) -> list[tuple[str, str]]:
    """(short name, form) of every authority `text` names in one of the printed forms: the form is
    "of", "council", "county", "township", "district", "authority" or "hall". Short names follow the gold convention:
    the place for a city, town, parish or county council ("Milburn"), the full name for an authority
    that is named as a body of its own ("Lincoln Township", "Cupertino Union School District")."""
    out = []
    low = text.lower()
    stops: list[int] = []
    # (from the end of its kind's word to its end: where "District of Southern California" starts)
    reaches = [(m.end("kind"), m.end()) for m in _form_matches("district", DISTRICT_FORM, text, low, stops) if _reach_of(m)]
    for form, rx in AUTHORITY_FORMS:
        for m in _form_matches(form, rx, text, low, stops):
            if form == "of" and any(a <= m.start() < b for a, b in reaches):
                continue  # "District of Southern California" completes a district's name (above)
            name = _place_name(m.group("name"), follows_kind=form == "of", area=form in ("district", "authority"))
            if not name:
                continue
            kind = (m.groupdict().get("kind") or "").strip()
            if form in ("of", "hall") and kind.lower() in ("township", "charter township"):
                name = f"{name} Township"
            elif form == "of" and kind.lower() == "public schools":
                name = f"{name} Public Schools"
            elif form == "of" and kind.lower() == "port":
                name = f"Port of {name}"  # a port district is an authority of its own, not its city's
            elif form == "council" and not kind:
                form = "bare council"  # "Haringey Council", but also "Children in Care Council"
            elif form == "township":
                name = f"{name} Township"
            elif form in ("district", "authority"):
                name = f"{name} {tidy_case(kind) if kind.isupper() else kind}" + (" District" if form == "district" else "")
                name = tidy_case(name) if name.isupper() else name
                if m.groupdict().get("number"):
                    name = f"{name} {m.group('number')}"
                if _reach_of(m) and (place := _place_name(m.group("of"), follows_kind=True, area=True)):
                    name = f"{name} of {place}"
            out.append((name, form))
    return out


def _reach_of(m: re.Match) -> bool:
    """A district form's match names its place after it: "Metropolitan Water District of ..."."""
    return bool(m.groupdict().get("of")) and _REACH_RX.fullmatch(m.group("name")) is not None


_REACH_RX = re.compile(rf"(?i:{_REACH})")


def is_authority_name(text: str) -> bool:
    """Whether `text` is an authority's name and nothing else ("CITY OF SPRINGDALE", "Milburn Parish
    Council"): a letterhead line, which is never an item's heading."""
    text = text.strip()
    return any(m.start() == 0 and m.end() == len(text)
               and _place_name(m.group("name"), follows_kind=form == "of", area=form in ("district", "authority"))
               for form, rx in AUTHORITY_FORMS if form != "hall" for m in _form_matches(form, rx, text, text.lower()))


# North American addresses name the city before the state or province: "Burbank, California 91502",
# "1400 Highland Avenue, Manhattan Beach, CA 90266", "Toronto, ON M5H 2N2".
US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
    "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
    "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
    "WI": "Wisconsin", "WY": "Wyoming", "DC": "District of Columbia"}
CA_PROVINCES = {
    "ON": "Ontario", "BC": "British Columbia", "AB": "Alberta", "QC": "Quebec", "MB": "Manitoba",
    "SK": "Saskatchewan", "NS": "Nova Scotia", "NB": "New Brunswick", "NL": "Newfoundland and Labrador",
    "PE": "Prince Edward Island", "YT": "Yukon", "NT": "Northwest Territories", "NU": "Nunavut"}
_REGION = "|".join(sorted([*US_STATES, *US_STATES.values(), *CA_PROVINCES, *CA_PROVINCES.values(),
                           "B\\.C\\.", "Qu[ée]bec", "Calif\\.", "Mass\\.", "Mich\\.", "Ont\\."], key=len, reverse=True))
ZIP = r"\d{5}(?:-\d{4})?"
CA_POSTCODE = r"[A-Z]\d[A-Z] ?\d[A-Z]\d"
# (the comma before the state may be left out where a ZIP code follows: "Chicago IL 60625")
ADDRESS = re.compile(rf"(?:^|[,•|·–]\s*|\s{{2,}})(?P<name>{PLACE})(?:, (?P<region>{_REGION})(?:\.|,|\s+(?:{ZIP}|{CA_POSTCODE})\b|\s*$)|"
                     rf" (?P<code>[A-Z]{{2}})\s+{ZIP}\b)", re.M)


def address_places(text: str) -> list[tuple[str, str, bool]]:
    """(city, "US" or "CA", sure) for each North American address in `text`; `sure` when a ZIP or
    postal code or the state's full name follows, not just two capitals."""
    out = []
    for m in ADDRESS.finditer(text):
        name = _place_name(m.group("name"))
        if not name or m.group("code") and m.group("code") not in US_STATES:
            continue
        region = (m.group("region") or m.group("code")).rstrip(".").replace(".", "")
        canadian = region.upper() in CA_PROVINCES or region in CA_PROVINCES.values() or region in ("BC", "Ont",
                                                                                                     "Quebec", "Québec")
        sure = len(region) > 2 or bool(m.group("code")) or bool(re.match(rf"\s+(?:{ZIP}|{CA_POSTCODE})", text[m.end("region"):]))
        out.append((name, "CA" if canadian else "US", sure))
    return out

"""Names of meeting bodies ("Cabinet", "Children's Services Overview and Scrutiny Committee") and
reading a body and meeting date from a header block's fields."""
from __future__ import annotations

import re

from pipeline.extract.fields import Field, find
from pipeline.extract.text import clean, find_dates, first_date, tidy_case

BODY = (r"(?:Cabinet(?: Committee)?|(?:Full |County |City |Borough |District |Town |Parish )?Council|Committee|"
        r"Sub-?Committee|Panel|Board|Commission|Forum|Executive|Assembly|Partnership)")
COMMITTEE = re.compile(rf"^(?P<name>(?:(?:[A-Z][\w'’&,\-]*|and|of|for|the|&|on|in|\(\w+\))\s+)*?{BODY})\b", re.I)
# Header labels whose value names the meeting the paper is for.
COMMITTEE_LABELS = (r"^(?:report (?:for|to)|to|meeting|committee|briefing for|decision maker|meeting of|"
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


def body_name(text: str) -> str | None:
    """The meeting body's name when `text` is just that name, perhaps followed by a date or a
    separator ("Cabinet – 30 January 2025"); None for running text."""
    text = re.sub(r"\s+", " ", text).strip(" .,:–-")
    text = re.sub(r"^(?:to|report (?:to|for)|meeting of|for)\s*:?\s+(?:the\s+)?", "", text, flags=re.I)
    text = re.sub(r"^honou?rable mayor and (?:members of the )?", "", text, flags=re.I)  # US staff reports
    m = COMMITTEE.match(text)
    if not m:
        return None
    name = m.group("name").strip()
    rest = text[m.end():].strip()
    if rest and not re.match(r"(?:[-–—,:(/]|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|on\b|meeting\b|held\b)", rest, re.I):
        return None
    if len(name.split()) > 12:
        return None
    return tidy_case(name)


def expand_abbreviations(name: str | None) -> str | None:
    if not name:
        return name
    return " ".join(ABBREVIATIONS.get(w, w) for w in name.split())


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
        if re.search(r"\s[-–—,]\s|,", before):
            before = re.split(r"\s[-–—,]\s|\s[-–—]|,", before)[0]
        committee = body_name(before)
        named = re.match(r"(?:committee|meeting|meeting of|name of (?:meeting|committee))$", f.key)
        if not committee and (named or re.search(r"\b(?:scrutiny|cabinet|council|committee|panel|board|forum|executive)\b",
                                                 before, re.I)):
            # "Briefing for: ... Scrutiny", "Committee: Licensing": the label says it is the body
            committee = clean(before) if len(before.split()) <= 8 else None
        committee = expand_abbreviations(committee)
    if date_labels and not date:
        d = find(fields, r"^(?:date of (?:the )?meeting|meeting date|date)$")
        if d:
            date = first_date(d.value, us)
    return committee, date

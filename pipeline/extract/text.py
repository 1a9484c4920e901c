"""Small text helpers shared by the extractors: dates, times, names and tidy-up."""
from __future__ import annotations

import re
from datetime import date

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s*"
# "3rd November, 2014", "Thursday 30 January 2025", "12 November\n2013", "30th-Jan-2025", and the legal
# style of US minutes and resolutions, "the 9th day of April, 2019"
DATE_DMY = re.compile(rf"\b(?:{_WEEKDAY})?(?P<d>[0-3]?\d)\s*(?:st|nd|rd|th)?\s*(?:(?:day\s+)?of\s+)?[\s\-.]*(?P<m>{_MONTH})[\s,\-.]+(?P<y>(?:19|20)\d\d)\b", re.I)
# "February 9, 2021", "Tuesday, February 9th 2021"
DATE_MDY = re.compile(rf"\b(?:{_WEEKDAY})?(?P<m>{_MONTH})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I)
# "30/01/2025", "30.01.25" (UK order); US papers say 2/9/2021 and are handled by locale
DATE_NUM = re.compile(r"\b(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<y>(?:19|20)?\d\d)\b")
# "2024-03-04": the ISO form Canadian municipalities (and many agenda systems) print; year first,
# so it reads the same in every country (not inside a longer number or code: "PL-2024-03-04-1")
DATE_ISO = re.compile(r"(?<![\w\-/.])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w\-/]|\.\d)")

TIME = re.compile(r"\b(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>a\.?m\.?|p\.?m\.?|hrs|hours)?\b", re.I)


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def find_dates(text: str, us: bool = False) -> list[tuple[int, int, str]]:
    """All dates written in text, as (start, end, ISO date), in order of appearance."""
    out = []
    for rx in (DATE_DMY, DATE_MDY):
        for m in rx.finditer(text):
            month = MONTHS.get(m.group("m").lower().rstrip(".")[:4]) or MONTHS.get(m.group("m").lower()[:3])
            iso = month and _valid(int(m.group("y")), month, int(m.group("d")))
            if iso:
                out.append((m.start(), m.end(), iso))
    for m in DATE_NUM.finditer(text):
        a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
        year = int(y) if len(y) == 4 else 2000 + int(y)
        iso = _valid(year, a, b) if us else _valid(year, b, a)
        if iso and not any(s <= m.start() < e for s, e, _ in out):
            out.append((m.start(), m.end(), iso))
    for m in DATE_ISO.finditer(text):
        iso = _valid(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if iso:
            out.append((m.start(), m.end(), iso))
    out.sort()
    # drop matches nested in an earlier one (a weekday form and a plain form of the same date)
    kept: list[tuple[int, int, str]] = []
    for s, e, iso in out:
        if kept and s < kept[-1][1]:
            continue
        kept.append((s, e, iso))
    return kept


def without_dates(text: str) -> str:
    """The text with every date written in it blanked out ("Cabinet – 30 January 2025" -> "Cabinet – ")."""
    for start, end, _ in reversed(find_dates(text)):
        text = text[:start] + " " + text[end:]
    return text


def first_date(text: str, us: bool = False) -> str | None:
    found = find_dates(text, us)
    return found[0][2] if found else None


def find_time(text: str) -> str | None:
    """A meeting time: '18:30 HRS', '10.00 am', '6.30pm', '7pm' -> 'HH:MM'."""
    for m in TIME.finditer(text):
        h, mi, ap = int(m.group("h")), m.group("m"), (m.group("ap") or "").lower().replace(".", "")
        if not mi and not ap:
            continue
        if not ap and not (mi and ":" in text[m.start():m.end()]):
            continue  # "10.00" alone is more likely an amount or a paragraph number
        if ap.startswith("p") and h < 12:
            h += 12
        if ap.startswith("a") and h == 12:
            h = 0
        return f"{h:02d}:{int(mi or 0):02d}"
    return None


SMALL_WORDS = {"and", "of", "the", "for", "to", "in", "on", "at", "a", "an", "or", "with", "by", "&"}


def tidy_case(s: str) -> str:
    """'CHILDREN AND YOUNG PEOPLE'S SCRUTINY PANEL' -> "Children and Young People's Scrutiny Panel".
    Text that is not shouted is left as printed."""
    letters = [c for c in s if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return s
    words = []
    for i, w in enumerate(s.lower().split()):
        if i and w in SMALL_WORDS:
            words.append(w)
        elif (len(w) <= 5 and w.isalpha() and w.upper() in KEEP_UPPER) or any(c.isdigit() for c in w):
            words.append(w.upper())
        else:
            words.append(w[:1].upper() + w[1:])
    return " ".join(words)


KEEP_UPPER = {"KCC", "CYP", "CYPS", "CYPE", "ASC", "ASCH", "NHS", "SEND", "SEN", "ICT", "HR", "UK", "GET",
              "OSC", "MTFP", "LGA", "CCG", "ICB", "ICS", "PCC", "DSG", "HRA", "SSA"}


def clean(s: str | None) -> str | None:
    if s is None:
        return None
    s = re.sub(r"\s+", " ", s).strip(" \t:;,–-")
    return s or None


def strip_titles(name: str) -> str:
    """'Dr Rachel Sanson' -> 'Rachel Sanson'; 'Councillor Matthew Golby' -> 'Matthew Golby'."""
    return re.sub(r"^(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Cllr|Councillor|Prof|Professor|Sir|Dame|Rev|Lord|Lady)\.?\s+)+", "",
                  name.strip(), flags=re.I)


# Words that start the role after a person's name ("Paul McCarthy Interim Head of Service").
_ROLE_WORDS = re.compile(
    r"\b(?:Interim|Acting|Assistant|Deputy|Director|Corporate|Chief|Head|Strategic|Senior|Lead|Leader|Cabinet|"
    r"Executive|Officer|Manager|Member|Portfolio|Joint|General|Principal|Programme|Service|Services|Team|"
    r"Commissioning|Monitoring|Section|Tel|Telephone|Email|E-mail|Phone|Contact|Policy|Councillor|Cllr|Mayor|"
    r"Report|Authors?|Details|Clerk|Treasurer|Secretary|Attorney|Solicitor|Engineer|Planner|Administrator|"
    r"Superintendent|Co-?ordinator|Accountant|Auditor|Surveyor|Inspector|Controller|Comptroller)\b")
# the services a post is of, which are no one's name ("Public Works Director", "Human Resources Manager")
_SERVICE_WORDS = frozenset("""
    public works finance financial planning recreation community development human resources police fire
    housing transportation transport utilities utility water wastewater economic building library libraries
    legal information technology environmental environment health safety engineering operations
    administrative customer budget capital projects streets highways city county town village district
    borough neighborhood neighbourhood children adult adults social care education regeneration growth
    property estates assets waste revenue benefits strategy performance governance democratic
    communications marketing procurement purchasing risk audit compliance enforcement facilities
    maintenance fleet transit aviation emergency management and & of the for
""".split())
_UNIT_WORDS = re.compile(r"\b(?:Department|Dept\.?|Division|Directorate|Bureau|Agency)\b")
_NAME_WORD = r"(?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|[A-Z]\.?|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|O'[A-Z][a-z]+|[A-Z]{2,})"


def person_name(value: str | None) -> str | None:
    """The first person named in a header value: 'Jon Abbey, Acting Director of ...' -> 'Jon Abbey',
    'LISA REDFERN Lisa Redfern Director' -> 'Lisa Redfern', 'Name: Dr Rachel Sanson Team: ...' ->
    'Rachel Sanson'. None when the value names a post rather than a person."""
    if not value:
        return None
    v = re.sub(r"^[\s•▪\-–*]*(?:name|officer|author)?\s*:?\s*", "", value.strip(), flags=re.I)
    v = re.split(r"[,–—(\n;:/]| - |\s{2,}|\b\S+@\S+|\+?\d[\d ]{6,}", v)[0]
    v = strip_titles(v)
    if _UNIT_WORDS.search(v):
        return None  # "Community Development Department": a part of the organisation, not a person
    role = _ROLE_WORDS.search(v)
    if role:
        # the words before the post are the person's, less the service the post is of ("Jane Smith
        # Public Works Director"); with only the service before it ("Public Works Director", "Fire
        # Chief Tom Lee") the name, if any, follows the post
        before = v[:role.start()].split()
        while before and before[-1].lower().strip(",.") in _SERVICE_WORDS:
            before.pop()
        if before:
            v = " ".join(before)
        else:
            after = v[role.end():].split()
            while after and (_ROLE_WORDS.fullmatch(after[0]) or after[0].lower().strip(",.") in _SERVICE_WORDS):
                after.pop(0)
            v = " ".join(after)
            more = _ROLE_WORDS.search(v)  # ("Head of Paid Service": a post all through)
            v = v[:more.start()] if more else v
    words = v.split()
    # a name printed twice ("LISA REDFERN Lisa Redfern"): keep the mixed-case copy
    half = len(words) // 2
    if len(words) >= 4 and len(words) % 2 == 0 and [w.lower() for w in words[:half]] == [w.lower() for w in words[half:]]:
        words = words[half:]
    words = [w for w in words if re.fullmatch(_NAME_WORD, w)][:4]
    if len(words) < 2:
        return None
    name = " ".join(words)
    return tidy_case(name) if name.isupper() else name

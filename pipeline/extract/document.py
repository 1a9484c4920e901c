"""Document-level facts from the papers' own text: what kind of paper it is, the council, the
meeting body, the meeting date, a title, and the meeting the paper is for or records.

Committee papers announce these on their first page in a few standard ways:
- report header blocks: "Report for: Cabinet 12 November 2013", "To: Cabinet – 30 January 2025",
  "Meeting: ... Date: ...";
- agenda front sheets: the body's name over the date, time and venue, then "AGENDA";
- minutes: "MINUTES of a meeting of the Cabinet held ... on Thursday, 30 January 2025",
  "CORPORATE PARENTING PANEL – 29 October 2024 / MINUTES of the meeting held ...";
- decision notices: "RECORD OF DECISION", "Decision taken by: ...".
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date as calendar_date
from functools import lru_cache
from importlib import resources

from pipeline.extract.bodies import (CA_PROVINCES, US_STATES, address_places, authority_names, body_name,
                                     committee_from_fields, is_authority_name, place_of_body, without_authority)
from pipeline.extract.fields import find, read_fields
from pipeline.read.layout import Line, PageLayout, join_lines
from pipeline.models import Meeting
from pipeline.extract.reports import starts_report
from pipeline.extract.text import clean, find_dates, find_time, first_date, tidy_case

@dataclass
class DocumentInfo:
    doc_type: str
    council: str | None
    committee: str | None
    meeting_date: str | None
    title: str | None
    meeting: Meeting | None
    us: bool = False  # North American: numeric dates are month first
    country: str | None = None  # "GB", "US", "CA", from the paper's own text
    dollar: str = "USD"  # what a bare "$" means: CAD on a Canadian paper


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, str], frozenset[str]]:
    text = resources.files("pipeline").joinpath("data/councils.txt").read_text()
    names, counties = {}, set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, tag = line.strip().partition("|")
        names[_norm(name)] = name
        if tag == "county":
            counties.add(name)
    return names, frozenset(counties)


def council_names() -> dict[str, str]:
    """Normalised name -> short name, from the packaged list of UK principal authorities."""
    return _gazetteer()[0]


_NORM_RX = re.compile(r"[^a-z]+")


@lru_cache(maxsize=1 << 16)
def _norm(s: str) -> str:
    return _NORM_RX.sub("", s.lower().replace("&", "and"))


# ---------------------------------------------------------------- council

# Words that name no authority when they stand before "Council" ("the Full Council", "Budget Council").
NOT_COUNCIL = {"county", "city", "borough", "district", "town", "the", "full", "parish", "this", "our", "a", "budget",
               "extraordinary", "ordinary", "annual", "and", "cabinet", "executive", "members", "new", "every", "local",
               "each", "labour", "conservative", "green", "district and borough", "couty", "care", "youth",
               # (a US agenda's "Requested Council Action:", "Recommended Council Action:" label)
               "requested", "recommended", "suggested", "proposed", "required"}
# Web and e-mail domains of public bodies: "www.cityofgardena.org", "clerk@milburnparishcouncil.com",
# "BrooklineMA.gov"; the stem names the authority once its kind and state are taken off.
DOMAIN = re.compile(r"(?:\bwww\.|@|https?://)?\b(?P<stem>[a-z0-9\-]{3,40})\.(?P<tld>gov|org|us|ca|com|net)\b", re.I)
_STATE_CODES = "|".join(code for code in [*US_STATES, *CA_PROVINCES])
DOMAIN_KIND = re.compile(r"^(?:cityof|townof|villageof|countyof|townshipof|ci\.|co\.|the)|(?:parishcouncil|towncouncil|"
                         r"citycouncil|council|city|town|parish|county|township|gov|usa)$")
DOMAIN_STATE = re.compile(rf"(?<=\w{{4}})(?i:{_STATE_CODES})$")  # "brooklinema", "burbankca"


def _authority_domains(text: str) -> set[str]:
    """The place names spelt by the domains of authorities in `text` ("cityofgardena.org" ->
    "gardena", "BrooklineMA.gov" -> "brookline" and "brooklinema": a state's code may end it, or
    the name may end in those letters, as "kent" does). A .gov domain is a government's; any body
    may own a .org or .com, so those count only when they say they are a city's, town's or council's."""
    stems = set()
    for m in DOMAIN.finditer(text):
        stem = m.group("stem").lower().replace("-", "")
        tld = m.group("tld").lower()
        if tld in ("com", "net") and stem.endswith("gov"):
            continue  # a company's site for governments ("zoomgov.com"), not a government's own
        if tld in ("gov", "us") or DOMAIN_KIND.search(stem):
            stem = DOMAIN_KIND.sub("", stem)
            stems |= {stem, DOMAIN_STATE.sub("", stem)}
    # the sites that publish agendas for authorities give each its own name before theirs
    # ("beverlyhills.granicus.com", "cityofx.legistar.com", "pickering.civicweb.net"), which a
    # browser prints in the running header of an agenda it saved
    for m in _AGENDA_HOST_RX.finditer(text):
        stem = DOMAIN_KIND.sub("", m.group("stem").lower().replace("-", ""))
        stems |= {stem, DOMAIN_STATE.sub("", stem)}
    stems.discard("")
    return stems


_AGENDA_HOST_RX = re.compile(r"(?i)\b(?P<stem>[a-z0-9\-]{3,40})\.(?:granicus|legistar|primegov|iqm2|civicweb|civicclerk|"
                             r"boarddocs|novusagenda|escribemeetings|municodemeetings|civicplus|destinyhosted|"
                             r"agendaonline|meetings\.municode)\.(?:com|net|ca)\b")


_HEAD_LINES_RX = re.compile(r"\b(?i:of)$")


def _head_lines(page: PageLayout, count: int) -> list[str]:
    """The letterhead and title block: the running header and the first `count` lines, with a
    line that ends in "of" joined to the next ("CITY OF" over "ROLLING HILLS ESTATES"), and a
    county's name to its board's under it."""
    lines = [l.text for l in page.margin_lines if l.top < page.height / 2] + [l.text for l in page.lines[:count]]
    out: list[str] = []
    for text in lines:
        # ("SANTA ROSA COUNTY" over "BOARD OF COUNTY COMMISSIONERS": the county's governing body)
        if out and (_HEAD_LINES_RX.search(out[-1].strip()) or re.search(r"(?i)\bcounty$", out[-1].strip())
                    and re.match(r"(?i)board of|commission|legislature|fiscal court", text.strip())):
            out[-1] = out[-1].strip() + " " + text.strip()
        elif out and _COUNTY_BODY_RX.fullmatch(out[-1].strip()) and (county := _COUNTY_LINE_RX.fullmatch(text.strip())):
            # ("BOARD OF COUNTY COMMISSIONERS" over "MARION COUNTY, FLORIDA": the same, the other way up)
            out[-1] = county.group("county") + " " + out[-1].strip()
        else:
            out.append(text)
    return out


_COUNTY_BODY_RX = re.compile(r"(?i)(?:the\s+)?(?:board of (?:county )?(?:supervisors|commissioners)|(?:county )?commission(?:ers)?"
                             r"(?: court)?|legislature|fiscal court)")
_COUNTY_LINE_RX = re.compile(r"(?P<county>(?:[A-Z][\w.'’-]*\s+){1,3}(?i:county))(?:,\s*[A-Za-z. ]{2,20})?")


def _authorities(text: str, letterhead: bool, halls: bool = True) -> list[str]:
    """Authorities `text` names in a printed form. A name before a plain "Council" counts only
    when it is a known UK authority, or in a letterhead ("Children in Care Council" is a body).
    Without `halls`, a town or city hall ("Sutton Coldfield Town Hall") is left out: an address
    in a letterhead names the place, not the authority as it calls itself."""
    known = council_names()
    out = []
    for name, form in authority_names(text):
        if form == "hall" and not halls:
            continue
        words = name.split()
        # the longest tail that is a known UK authority ("Since Kent County Council" is Kent's)
        tail = next((known[_norm(" ".join(words[i:]))] for i in range(len(words))
                     if _norm(" ".join(words[i:])) in known), None) if form in ("council", "bare council") else None
        if tail:
            name = tail
        elif form == "bare council" and not (letterhead and len(words) <= 3 and name.lower() not in NOT_COUNCIL
                                             and words[0].lower() not in NOT_COUNCIL
                                             and words[-1].lower() not in NOT_COUNCIL):
            continue
        out.append(name)
    return out


_DETECT_COUNCIL_RX = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}")
_DETECT_COUNCIL_RX1 = re.compile(r"[\w.\-]+@([\w\-]+)\s?\.gov\.uk", re.I)
_DETECT_COUNCIL_RX2 = re.compile(r"[A-Za-z]+")
_DETECT_COUNCIL_RX3 = re.compile(r"\bCounty (?:Council|Hall)\b", re.I)


def detect_council(layouts: list[PageLayout], country: str | None | bool = False) -> tuple[str | None, bool]:
    """The authority the paper belongs to (short form) and whether it is North American (dates
    are then written month first).

    Evidence, strongest first: the authority named in the letterhead or title block ("CITY OF
    HIDDEN HILLS", "Milburn Parish Council - 12th January 2016", "ALISO VIEJO CITY COUNCIL"),
    the city of a North American address in the letterhead, the body's web or e-mail domain
    (@kent.gov.uk, cityofgardena.org), and authorities named in the text. Authorities the
    text only mentions (the county a parish lies in, the state, a national body) weigh little,
    so they win only when the paper names no authority of its own. `country` is
    detect_country(layouts) when the caller has it (False: not yet known)."""
    score: Counter = Counter()
    known, counties = _gazetteer()
    pages = [p for p in layouts if not p.blank]
    headed: set[str] = set()  # names the letterheads, title blocks and running headers print
    for rank, page in enumerate(pages[:4]):
        head = _head_lines(page, 15) if rank == 0 else [l.text for l in page.margin_lines]
        if rank == 0 and page.page and page.page.image_text:
            # the logo over the title: "CITY OF MOUNTAIN VIEW"; a logo's words set on two or three lines
            # ("CITY OF" / "LOS ALTOS", "Riverbend Unified" / "School District") are one name
            logo = page.page.image_text[:4]
            head = ([" ".join(logo)] if 1 < len(logo) and len(" ".join(logo).split()) <= 8 else []) + logo + head
        letterhead: Counter = Counter()
        for i, text in enumerate(head):
            if len(text.split()) > 12 and rank == 0:
                break  # running text starts: the letterhead and title block are above it
            for name in _authorities(text, letterhead=True, halls=False):
                # the higher on the page the stronger; a name is the page's letterhead once
                weight = (40 if i < 4 else 30 if i < 8 else 15) if rank == 0 else 10
                letterhead[name] = max(letterhead[name], weight)
        if rank == 0:
            # a name the title block wraps onto its next line ("... OF THE OAK VALLEY ELEMENTARY SCHOOL"
            # over "DISTRICT"): the lines of one style read as one
            title_lines = list(itertools.takewhile(lambda l: len(l.text.split()) <= 12, page.lines[:12]))
            for k, (block, lines) in enumerate(_short_blocks(title_lines, ocr=bool(page.page and page.page.ocr))):
                if len(lines) > 1 and all(l.bold or l.size > page.body_size + 0.5 for l in lines):
                    for name in _authorities(block, letterhead=True, halls=False):
                        letterhead[name] = max(letterhead[name], 30 if k < 4 else 15)
            # the footer of the first page, running or not ("Riverbend Unified School District | 100
            # School Lane | Riverbend, CA"): the paper's own authority, as a running header would be
            for text in [l.text for l in page.margin_lines if l.top >= page.height / 2] + \
                        [l.text for l in page.lines if l.bottom > page.height * 0.9]:
                for name in _authorities(text, letterhead=True, halls=False):
                    letterhead[name] = max(letterhead[name], 10)
        score.update(letterhead)
        headed.update(letterhead)
    text = "\n".join(p.text for p in pages[:40])
    # (running text read with its lines joined: a name may wrap, "... Committee of Sutton" / "Vale
    # Town Council held ...")
    # (but a line that opens with a field's label, "Location: Citywide", starts afresh: "City of
    # Lakewood" over it is not "Lakewood Location")
    joined = _LINE_BREAK_RX.sub(" ", _LABEL_LINE_RX.sub("; ", text))
    first_pages = "\n".join(p.text + "\n" + "\n".join(l.text for l in p.margin_lines) for p in pages[:2])
    for name, n in Counter(_authorities(joined, letterhead=False)).items():
        score[name] += 2 * min(n, 5)
    # a town, parish or community council calls itself "the Town Council" and names the principal
    # authority over it in full ("... had also been made to Birmingham City Council"): its own
    # name in full is the "X Town Council" that those references share the kind of
    self_kinds = {k.title() for k in _SELF_REFERENCE_RX.findall(text)}
    logo = " ".join(pages[0].page.image_text[:4]) if pages and pages[0].page else ""
    self_kinds |= {k.title() for k in _SELF_KIND_LOGO_RX.findall(logo)}  # a logo's "TOWN COUNCIL"
    own_kind_refs = 0
    for kind in self_kinds:
        refs = len(re.findall(rf"\b[Tt]he {kind} Council\b", text))
        own_kind_refs += refs
        for m in re.finditer(rf"\b((?:[A-Z][\w'’-]*\s+){{1,4}}){kind} Council\b", text):
            name = next((n for n, form in authority_names(m.group(0)) if form == "council"), None)
            if name:
                score[name] += 3 * min(refs, 5)
                break
        # its meetings are held in its own town's or village's hall, which the title block names as
        # the venue ("Sutton Coldfield Town Hall", "Milburn Village Hall") where the logo is a picture
        hall = {"Town": "Town", "Parish": "Village", "Village": "Village", "Community": "Village"}[kind]
        for text_line in (pages[0].lines[:8] if pages else []):
            m = re.search(rf"\b((?:[A-Z][\w'’-]*\s+){{1,4}}){hall} Hall\b", text_line.text)
            name = next((n for n, form in authority_names(m.group(0)) if form == "hall"), None) if m else None
            if name and len(text_line.text.split()) <= 8:
                score[name] += 12
                break
    # a North American address: the city it gives, and that the paper is from there
    head_text = "\n".join(_head_lines(pages[0], 20)) if pages else ""
    places = address_places(first_pages)
    in_head = {n for n, _, _ in address_places(head_text)}
    # an address printed on one line with an authority's name is that authority's ("Riverbend
    # Unified School District, 100 School Lane, Riverbend, CA"), whatever the city it is in
    owner = {}
    for line in first_pages.splitlines():
        if "," in line and (found := address_places(line)):
            owners = [n for n, form in authority_names(line) if form != "bare council"]
            if owners:
                owner.update({n: owners[0] for n, _, _ in found})
    for name in {n for n, _, _ in places}:
        # "Val Frias, SC" in a list of members is no address: a state's initials alone weigh less
        # than a ZIP code or the state's name
        sure = any(n == name and ok for n, _, ok in places)
        score[owner.get(name, name)] += (12 if name in in_head else 4) * (1 if sure else 0.5)
    # web and e-mail domains, printed or linked to: confirm a candidate, or find the name they spell in the text
    links = "\n".join(dict.fromkeys(u for p in pages[:2] if p.page for u in p.page.links))
    for stem in _authority_domains(first_pages + "\n" + links):
        hit = [name for name in score if _norm(name) == stem]
        if not hit and len(stem) >= 4:
            # "BrooklineMA.gov" spells "Brookline" as printed
            # (or a run of its words: "The Oak Meadows Planning Commission" prints "Oak Meadows")
            hit = [span for m in _DETECT_COUNCIL_RX.finditer(text) if stem[:3] in _norm(m.group(0))
                   for span in _word_runs(m.group(0)) if _norm(span) == stem][:1]
        for name in hit:
            score[name] += 8
    for dom in _DETECT_COUNCIL_RX1.findall(pages[0].text if pages else ""):
        if _norm(dom) in known:
            score[known[_norm(dom)]] += 6
    domains = Counter(known[_norm(d)] for d in _DETECT_COUNCIL_RX1.findall(text) if _norm(d) in known)
    for name, n in domains.items():
        score[name] += 2 * min(n, 3)
    us = bool(places) or _north_american(first_pages)
    if not us and (detect_country(layouts) if country is False else country) not in ("US", "CA"):
        # the list is of UK authorities: "Lincoln" on an American paper is a school or a street
        for name, n in Counter(_known_names_in(text)).items():
            score[name] += 0.3 * min(n, 10)
    # the name alone in large type at the top ("PALMDALE" over "a place to call home")
    for text_line in head_text.splitlines()[:8]:
        for name in list(score):
            if _norm(text_line) == _norm(name):
                score[name] += 15
    for name in list(score):
        initials = "".join(w[0] for w in _DETECT_COUNCIL_RX2.findall(name) if w.lower() not in ("and", "of", "upon", "on"))
        code = initials.upper()
        # "KCC", "WMBC": the cheap test first, the pattern only where the letters are printed
        if any(code + tail in text for tail in ("CC", "BC", "DC", "MBC")) and \
                re.search(rf"\b{code}(?:CC|BC|DC|MBC)\b", text):
            score[name] += 3
        if name in counties and _DETECT_COUNCIL_RX3.search("\n".join(p.text for p in pages[:3])):
            score[name] += 3
    if own_kind_refs >= 2 or own_kind_refs and self_kinds & {k.title() for k in _SELF_KIND_LOGO_RX.findall(logo)}:
        # a town or parish council's papers name the principal authorities over it in passing
        # ("Birmingham City Council (BCC) is responsible for this service"): a city, county, borough
        # or district council that the running text names, and no heading of the paper prints, is
        # not the paper's own and weighs little against the names of its own kind (unless the paper
        # calls itself by that authority's kind as often: "the District Council" on its own paper)
        for name in list(score):
            if name in headed:
                continue
            forms = {f.title() for f in re.findall(rf"\b{re.escape(name)}\s+(?:(City|County Borough|County|Metropolitan Borough|"
                                                   rf"Borough|District|Town|Parish|Village|Community)\s+)?Council\b", joined, re.I)}
            if forms and forms <= _PRINCIPAL_KINDS and \
                    all(len(re.findall(rf"\b[Tt]he {f} Council\b", text)) < own_kind_refs for f in forms):
                score[name] *= 0.2
    if not score and pages:
        # a board or commission that names no authority but the place it is of, at the head of its
        # paper ("LAKEWOOD HILLS PLANNING COMMISSION"): the place is the authority
        for text_line in _head_lines(pages[0], 8):
            place = place_of_body(text_line)
            if place:
                score[place] += 1
                break
    if not score:
        return None, us
    best = max(score.values())
    # among equals, the name printed first
    order = {name: first_pages.lower().find(name.lower()) for name in score}
    name = min((n for n in score if score[n] == best), key=lambda n: (order[n] < 0, order[n]))
    return tidy_case(name), us


def _word_runs(text: str) -> list[str]:
    """Every run of consecutive words of `text`, longest first."""
    words = text.split()
    return [" ".join(words[i:i + n]) for n in range(len(words), 0, -1) for i in range(len(words) - n + 1)]


_LINE_BREAK_RX = re.compile(r"(?<=\S)[ \t]*\n[ \t]*(?=\S)")
_LABEL_LINE_RX = re.compile(r"[ \t]*\n[ \t]*(?=[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}:\s)")
_SELF_REFERENCE_RX = re.compile(r"\b[Tt]he (Town|Parish|Village|Community) Council\b")
_SELF_KIND_LOGO_RX = re.compile(r"(?i)\b(Town|Parish|Village|Community) Council\b")
_PRINCIPAL_KINDS = {"City", "County Borough", "County", "Metropolitan Borough", "Borough", "District"}
_NORTH_AMERICAN_RX = re.compile(r"\b(?:City Council(?:member)?s?|Councilmember|Mayor Pro Tem|Board of Supervisors|"
                                r"Township Board|Board of Trustees)\b")
_NORTH_AMERICAN_RX1 = re.compile(r"£|\bCouncillor\b|\.gov\.uk\b")
_NORTH_AMERICAN_BUSINESS_RX = re.compile(r"\b(?:Pledge of Allegiance|Consent Calendar|Roll Call|Call to Order|Board of Selectmen|Select Board|"
                                         r"Board of Education|School District|Township|Planning Commission|"
                                         # (Illinois's taxing districts for a city's business streets)
                                         r"Special Service Area|SSA ?#)\b", re.I)


def _north_american(text: str) -> bool:
    """A US or Canadian paper by its wording, when it prints no address."""
    # (and the business only North American meetings have: a pledge, a consent calendar, a roll
    # call, selectmen; bodies only they have: townships, school districts, planning commissions)
    worded = bool(_NORTH_AMERICAN_RX.search(text) or _NORTH_AMERICAN_BUSINESS_RX.search(text))
    return worded and not _NORTH_AMERICAN_RX1.search(text)


_KNOWN_NAMES_IN_RX = re.compile(r"\b[A-Z][a-z'’]+(?:[ \-](?:upon|on|and|with|of|[A-Z][a-z'’]+))*")
_KNOWN_NAMES_IN_RX1 = re.compile(r"[ \-]")


def _known_names_in(text: str) -> list[str]:
    """Known authority names in running text ("Kent" in "Kent County Council", "Thurrock")."""
    known = council_names()
    out = []
    for m in _KNOWN_NAMES_IN_RX.finditer(text):
        words = _KNOWN_NAMES_IN_RX1.split(m.group(0))
        i = 0
        while i < len(words):
            for j in range(min(len(words), i + 6), i, -1):
                k = _norm(" ".join(words[i:j]))
                if k in known and len(k) > 3:
                    out.append(known[k])
                    i = j - 1
                    break
            i += 1
    return out


# ---------------------------------------------------------------- kind of paper

_DETECT_DOC_TYPE_RX = re.compile(r"\bpages?\s+\d+\s*[-–]\s*\d+", re.I)
_DETECT_DOC_TYPE_RX1 = re.compile(r"\b(?:record of (?:executive |officer |key |delegated )?decisions?|decisions? notice|notice of (?:executive |key )?"
                                  r"decisions?|decision (?:taken|made) by|proposed record of decision|(?:officer|executive|delegated|key|"
                                  r"individual (?:cabinet |executive )?member|portfolio holder) decision (?:record|notice|sheet|form)|"
                                  r"decision record|schedule of decisions|decisions? (?:list|sheet))\b", re.I)
# a heading line "Decisions taken at the meeting held on 12 March 2024" (a line of its own: a report's
# "to note the decisions taken at the last meeting" is no list of decisions)
_DECISIONS_TAKEN_RX = re.compile(r"(?im)^\s*decisions (?:taken|made|agreed) at (?:the|a|its)\b")
_DETECT_DOC_TYPE_RX2 = re.compile(r"\b(?:minutes of|minutes)\b", re.I)
_DETECT_DOC_TYPE_RX3 = re.compile(r"\b(?:RESOLVED|AGREED)\b")


def detect_doc_type(layouts: list[PageLayout]) -> str:
    pages = [p for p in layouts if not p.blank]
    if not pages:
        return "other"
    first = pages[0]
    head = "\n".join(l.text for l in first.lines[:25])
    head2 = "\n".join(l.text for p in pages[:2] for l in p.lines[:30])
    agenda_front = agenda_front_page(pages[:8])
    if agenda_front is not None:
        # a front sheet followed by the papers themselves is a pack
        later = pages[agenda_front + 1:]
        if any(starts_report(p) or has_minutes_heading(p) for p in later[:60]):
            return "agenda_pack"
        # the agenda cites pack pages and the file goes on past them: the papers are in it
        cites = _DETECT_DOC_TYPE_RX.search("\n".join(p.text for p in pages[:agenda_front + 2]))
        if cites and len(later) > 3:
            return "agenda_pack"
        return "agenda"
    if _DETECT_DOC_TYPE_RX1.search(head) or _DECISIONS_TAKEN_RX.search(head):
        return "decision_notice"
    if has_minutes_heading(first):
        return "minutes"
    if starts_report(first) or (len(pages) > 1 and starts_report(pages[1]) and not first.lines[5:]):
        return "report"
    if _DETECT_DOC_TYPE_RX2.search(head2[:400]) and _DETECT_DOC_TYPE_RX3.search("\n".join(p.text for p in pages[:4])):
        return "minutes"
    if any(_REPORT_TITLE_RX.search(l.text) and not _NOT_REPORT_TITLE_RX.search(l.text) and len(l.text.split()) <= 12
           for l in first.lines[:6]):
        # a paper whose title says it is an account to members ("Community Grant Fund – Budget Update",
        # "FY 2019-20 BUDGET UPDATE", "Quarterly Performance Report") is a report, one page or many,
        # with or without a header block
        return "report"
    return "other"


_REPORT_TITLE_RX = re.compile(r"(?i)\b(?:report|update|briefing|memorandum|financial (?:statement|summary)|"
                              r"statement of accounts)\b")
# (a notice of a hearing or a cancelled meeting about the budget is a notice, a form proposing an
# amendment a member's motion, an appendix part of a report; an agenda or minutes say so and are
# read before this)
_NOT_REPORT_TITLE_RX = re.compile(r"(?i)\b(?:notice|hearing|cancel\w*|postpone\w*|agenda|minutes|item|form|amendment|"
                                  r"motion|appendix|annex|schedule)\b")


_AGENDA_FRONT_PAGE_RX = re.compile(r"\s*(?:A\s?G\s?E\s?N\s?D\s?A|(?:(?:Amended|Revised|Supplementary|Supplemental|Public|"
                                   r"Draft|Special|Regular)\s+)?Agenda|Agenda Items?|Business|"
                                   # the word ending a title: "Regular Meeting Agenda", "Board of Directors
                                   # Special Meeting Agenda", "City Council Agenda" (not "Approval of the Agenda")
                                   r"(?:[\w&'’.-]+\s+){0,6}?(?:meeting|session|council|board|commission|committee)\s+agenda)\s*",
                                   re.I)
_AGENDA_FRONT_PAGE_RX1 = re.compile(r"^\s*(?:Agenda Item No|Summons to and Agenda)", re.I)
_AGENDA_FRONT_PAGE_RX2 = re.compile(r"^\s*AGENDA\b")
_AGENDA_FRONT_PAGE_RX3 = re.compile(r"^\s*(?:Item\s+)?\d{1,2}(?:\.\d{1,2})?\.?\s+[A-Z(]")
_AGENDA_FRONT_PAGE_RX4 = re.compile(r"\(?pages?\s+\d+\s*[-–]\s*\d+\)?", re.I)


def agenda_front_page(pages: list[PageLayout]) -> int | None:
    """Index of the page that carries the agenda list, if the file opens with one (its items may
    follow a few pages of notices, as US city agendas do)."""
    seen_word = False
    for i, p in enumerate(pages):
        if starts_report(p):
            return None  # a report's first page, however many numbered paragraphs it has
        lines = [l.text for l in p.lines]
        has_word = any(_AGENDA_FRONT_PAGE_RX.fullmatch(t)
                       or _AGENDA_FRONT_PAGE_RX1.match(t)
                       or _AGENDA_FRONT_PAGE_RX2.match(t) for t in lines)
        seen_word = seen_word or has_word
        numbered = sum(bool(_AGENDA_FRONT_PAGE_RX3.match(t)) for t in lines)
        pages_ref = sum(bool(_AGENDA_FRONT_PAGE_RX4.search(t)) for t in lines)
        if has_word and (numbered >= 1 or pages_ref >= 1):
            return i
        if pages_ref >= 2 and numbered >= 2 or seen_word and numbered >= 3:
            return i
    return None


_HAS_MINUTES_HEADING_RX = re.compile(r"^\s*(?:(?:draft|confirmed|printed|unconfirmed|approved)\s+)?minutes\s+(?:of|for)\b", re.I | re.M)
_HAS_MINUTES_HEADING_RX1 = re.compile(r"^\s*MINUTES\s*$", re.M)
_HAS_MINUTES_HEADING_RX2 = re.compile(r"[-–]\s*minutes\s*$", re.I | re.M)
_MINUTES_ALONE_RX = re.compile(r"\s*minutes\s*", re.I)
# (Scottish councils call the record of one meeting its "Minute": "MINUTE OF MEETING OF THE EDUCATION COMMITTEE")
# ("Report of the meeting of the Audit Committee held on ...": the record of the meeting, not a report to it)
# the record of one meeting called so at a line's start: a Scottish "Minute of Meeting of ...", a
# "Report of the meeting of ..." (shared with structure.MINUTES_WORD)
RECORD_OF_A_MEETING = r"(?:minute of (?:the |a )?(?:\w+ )?meeting\b|report of (?:the |a )(?:\w+ )?meeting of\b)"
_HAS_MINUTES_HEADING_RX3 = re.compile(rf"minutes of (?:a|the) (?:\w+ )?meeting|(?:^|\n)\s*{RECORD_OF_A_MEETING}|"
                                      r"record of (?:the )?(?:meeting|proceedings) of\b", re.I)
# US boards call their minutes a summary: "Commission Meeting Summary", "Summary of the Meeting",
# "Action Summary" (a title line of its own at the top of the page)
_MEETING_SUMMARY_RX = re.compile(r"^\s*(?:[\w#&'’,./-]+\s+){0,8}?(?:(?:regular\s+|special\s+)?meeting\s+summary|summary\s+of\s+(?:the\s+)?"
                                 r"(?:\w+\s+)?meeting|action\s+summary)(?:\s*[-–:,]\s*.{0,40})?\s*$", re.I | re.M)
# UK minutes that open with the meeting itself: "At a meeting of the Planning Committee held in the
# Council Chamber on Wednesday, 6 March 2024" (the sentence at the top of the page, not one in the text)
AT_A_MEETING = re.compile(r"^\s*At an? (?:[\w-]+ )?meeting of (?:the )?(?P<body>[A-Z][\w'’ ,&\-]{2,100}?)\s+held\b(?P<rest>.{0,200})", re.I)


def _at_a_meeting(page: PageLayout) -> re.Match | None:
    """The "At a meeting of ... held ..." sentence when one of the page's first lines starts it."""
    for i, l in enumerate(page.lines[:3]):
        if l.text.lstrip()[:2].lower() == "at":
            m = AT_A_MEETING.match(join_lines(x.text for x in page.lines[i:i + 4]))
            if m:
                return m
    return None


def has_minutes_heading(page: PageLayout) -> bool:
    return page.memo("has_minutes_heading", _has_minutes_heading)


def _has_minutes_heading(page: PageLayout) -> bool:
    head = "\n".join(l.text for l in page.lines[:10])
    return bool(_HAS_MINUTES_HEADING_RX.search(head)
                or _HAS_MINUTES_HEADING_RX1.search(head)
                or _HAS_MINUTES_HEADING_RX2.search(head)  # "Cabinet – Minutes"
                or _HAS_MINUTES_HEADING_RX3.search(head)
                or any(_MEETING_SUMMARY_RX.fullmatch(l.text) for l in page.lines[:8])
                or _at_a_meeting(page) is not None
                or any(MINUTES_TITLE.search(_STATUS_AFTER_TITLE.sub("", l.text)) for l in page.lines[:8])
                or any(_MINUTES_ALONE_RX.fullmatch(_STATUS_AFTER_TITLE.sub("", l.text)) for l in page.lines[:4])
                # ("DRAFT MINUTES", "Approved Minutes" alone at the top of the page, set as a title: the
                # minutes themselves; in plain type it is an agenda's note of an attachment, "Draft Minutes")
                or any(_STATUS_MINUTES_RX.fullmatch(l.text) and (l.bold or l.size > 1.15 * page.body_size)
                       for l in page.lines[:4]))


_STATUS_MINUTES_RX = re.compile(r"\s*(?:draft|approved|unapproved|unconfirmed|confirmed|official|signed|adopted)\s+minutes\s*", re.I)


# the status a record's title may print after it: "Board Meeting Minutes (Proposed)", "Minutes (Draft)",
# "Regular Meeting Minutes - UNAPPROVED"
_STATUS_AFTER_TITLE = re.compile(r"\s*(?:\(\s*(?:proposed|unapproved|draft|approved|unconfirmed|confirmed|unofficial|official)\s*\)|"
                                 r"[-–]\s*(?:proposed|unapproved|draft|unconfirmed|unofficial))\s*$", re.I)


# a title that says the paper is minutes in another form: "REGULAR MEETING MINUTES", "Meeting Minutes",
# "Action Minutes", "Minutes – Regular Meeting", "Notes of the meeting of ...",
# "Summary of Proceedings", "Proceedings of the Board of Supervisors", "M I N U T E S". The words that
# make an agenda's item of it ("K. Minutes", "Approval of Minutes") or an attachment ("Draft Minutes -
# November 18, 2020 Regular Meeting") stay out.
MINUTES_TITLE = re.compile(
    r"^\s*(?![(\d]|[A-Z][.)]\s|[IVX]+\.\s)(?!.*\b(?:approv\w*|adopt\w*|accept\w*|confirm\w*|review|consider\w*|correct\w*|reading|read|receive\w*|sign\w*|"
    r"previous|last|prior|consent|draft|attach\w*|of\s+minutes|the\s+minutes)\b)(?:"
    r"(?:(?-i:[A-Z]\w+\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z]\w+\s+\d{4})\s*[-–,:]?\s*(?:(?-i:[A-Z][\w'’&,.-]*)\s+){0,8}|"
    r"(?-i:[A-Z][\w'’&,.-]*)\s+(?:(?-i:[A-Z][\w'’&,.-]*|of|the|and|for)\s+){0,8})minutes"
    # (the title may end in its date, "... Minutes for January 14, 2025", "... Minutes 2024", or the
    # meeting's kind, "PLANNING COMMISSION MINUTES - REGULAR MEETING")
    r"(?:\s*[-–,:]?\s*(?:for\s+|of\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\w+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
    r"\s*[-–,:]?\s*(?:for\s+|of\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4}|\s+\d{4}|"
    r"\s*[-–,:]\s*(?:regular|special|adjourned|annual|joint|closed|emergency|workshop|study)(?:\s+[\w-]+){0,2})?\s*$|"
    r"minutes\s*[-–:,]\s*(?:(?:regular|special|adjourned|annual|joint|closed|emergency|workshop|study)\b|[^\n]*\bmeeting\s*$|"
    # ("Minutes – 12 March 2024", "Minutes: Finance Committee")
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\w+|\w+\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4}\s*$|"
    r"(?:[\w'’&-]+\s+){0,6}(?:sub-?committee|committee|council|board|commission|panel)\s*$)|"
    # ("Note of the meeting held on ...", "Summary record of the 215th meeting": the civil service's words)
    r"(?:notes?|summary(?:\s+record)?|record|synopsis|journal)\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}(?:meeting|proceedings|minutes)\b|"
    # (notes are what smaller bodies call their minutes: "Notes of the Grants Committee held on ...",
    # "Grants Committee – Notes", "Meeting Notes"; a report's "Explanatory Notes" are not)
    r"notes\s+(?:of|from)\s+(?:the\s+|an?\s+)?(?:[\w'’&,-]+\s+){0,8}?(?:sub-?committee|committee|council|board|commission|panel|"
    r"group|forum|partnership)\b|"
    r"(?:[\w'’&,.-]+\s+){0,8}?(?:meeting|sub-?committee|committee|council|board|commission|panel|group|forum)\s*[-–:]?\s*(?:notes?|(?<=meeting )record)"
    r"(?:\s*[-–:,]?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\w+|\w+\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4})?\s*$|"
    r"proceedings\s+of\s+the\s+[\w ]{0,40}\b(?:board|council|commission|committee|court)\b|"
    r"M\s+I\s+N\s+U\s+T\s+E\s+S)", re.I)


# ---------------------------------------------------------------- committee and date

def committee_and_date(layouts: list[PageLayout], doc_type: str, council: str | None,
                       us: bool = False) -> tuple[str | None, str | None, int]:
    """(committee, meeting date, page) as the paper states them, the body named without the
    authority ("Aliso Viejo City Council" -> "City Council")."""
    committee, date, page = _committee_and_date(layouts, doc_type, council, us)
    return without_authority(committee, council), date, page


_COMMITTEE_AND_DATE_RX = re.compile(r"(?i)(?:city|town|parish|village|township|community) council$")
_COMMITTEE_AND_DATE_RX1 = re.compile(r"(?i)\b(?:meeting|agenda|minutes)\b")


# An adopted resolution standing alone: "A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF OAKDALE
# APPROVING ..." names the body; "PASSED, APPROVED AND ADOPTED this 11th day of June, 2024" the
# meeting that adopted it (the dates in its recitals are earlier meetings')
# (structure.py makes a paper that opens so a decision notice)
RESOLUTION_NO = re.compile(r"^\s*RESOLUTION\s+(?:NO\.?|NUMBER|#)\s*[\w-]*\d", re.I)
# an ordinance is enacted the same way and says so the same way ("ORDINANCE NO. 1234 / AN ORDINANCE
# OF THE CITY COUNCIL OF THE CITY OF ... / PASSED, APPROVED AND ADOPTED this ...")
_ENACTMENT_NO = re.compile(r"^\s*(?:RESOLUTION|ORDINANCE)\s+(?:NO\.?|NUMBER|#)\s*[\w-]*\d", re.I)
# the body, then "OF THE" and the authority it governs, of whatever kind: "... OF THE CITY OF OAKDALE",
# "BOARD OF EDUCATION OF THE GREEN VALLEY UNIFIED SCHOOL DISTRICT", "BOARD OF DIRECTORS OF THE
# COASTAL WATER DISTRICT" (the body is the shortest run before an "OF THE" that names a body)
_RESOLUTION_OF = re.compile(r"\b(?:RESOLUTION|ORDINANCE)\s+OF\s+THE\s+(?P<body>.{3,80}?)\s+OF\s+THE\s+[A-Z]", re.I)
_ADOPTED_ON = re.compile(r"\b(?:PASSED|APPROVED|ADOPTED)\b[^.]{0,80}?\bthis\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+day\s+of\s+"
                         r"(?P<month>[A-Za-z]+),?\s+(?P<year>\d{4})", re.I)


def _adopted_resolution(pages: list[PageLayout]) -> tuple[str | None, str | None] | None:
    head = [l.text for l in pages[0].lines[:12]] if pages else []
    if not any(_ENACTMENT_NO.match(t) for t in head[:3]):
        return None  # (a report quoting the resolution it asks for is not the resolution)
    title = _RESOLUTION_OF.search(join_lines(head))
    body = body_name(title.group("body")) if title else None
    if body is None:
        return None
    adopted = _ADOPTED_ON.search("\n".join(p.text for p in pages))
    date = first_date(f"{adopted.group('day')} {adopted.group('month')} {adopted.group('year')}", False) if adopted else None
    return body, date


def _committee_and_date(layouts: list[PageLayout], doc_type: str, council: str | None,
                        us: bool = False) -> tuple[str | None, str | None, int]:
    pages = [p for p in layouts if not p.blank][:3]
    resolution = _adopted_resolution(pages)
    if resolution and resolution[0]:
        return resolution[0], resolution[1], pages[0].number
    own: tuple[str, str | None, int] | None = None  # the authority's own council, when no other body is named
    field_date = None  # the meeting's date from a label when no label names the body
    for p in pages:
        fields = read_fields(p.lines[:40])
        got = committee_from_fields(fields, us)
        if got[1] and not got[0] and field_date is None:
            # "Meeting Date: March 4, 2024", "Date: Monday, March 4, 2024  Time: 7:00 PM": the date
            # of the meeting (a bare "Date:" without a time, or a "Time:" or "Venue:" beside it, may be a letter's)
            f = find(fields, r"^(?:date of (?:the )?meeting|meeting date)$", r"^date$")
            if f and (f.key != "date" or re.search(r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\b|hrs)|\btime\b", f.value, re.I)
                      or find(fields, r"^(?:time|venue|place|location)$")):
                field_date = got[1]
        if got[0] or got[1]:
            committee, date = got
            if committee and not date:
                date = _date_near(p, us)
            if committee:
                return committee, date, p.number
        got = _from_minutes(p, us) if doc_type in ("minutes", "agenda_pack", "other", "report") else (None, None)
        if got[0]:
            return got[0], got[1] or _date_near(p, us), p.number
        got, own_name = _from_front(p, council, us)
        if got[0]:
            return got[0], got[1] or field_date or got[2] or _date_near(p, us), p.number
        notice = _NOTICE_RX.search(join_lines(l.text for l in p.lines[:15])) if doc_type != "minutes" else None
        name = body_name(notice.group("body") or notice.group("body2")) if notice else None
        if name and not _is_own_council(name, council):
            # a notice's sentence names the body that will meet, and when: "NOTICE IS HEREBY GIVEN that
            # the Board of Directors of the Valley Water District will hold a regular meeting on ..."
            return name, _meeting_date(notice.string[notice.end():notice.end() + 120], us) or _date_near(p, us), p.number
        if own_name and own is None and (
                _COMMITTEE_AND_DATE_RX.match(own_name)
                or _COMMITTEE_AND_DATE_RX1.search(join_lines(l.text for l in p.lines[:15]))):
            # a city, town or parish council's own title is its meetings' (its papers are mostly
            # for the council itself); a county or borough's letterhead is the authority's, unless
            # it stands over a meeting. Later pages' "To: Council" fields say no more.
            own = (own_name, field_date or _date_near(p, us), p.number)
            break
    if own:
        return own
    date = None
    for p in pages:
        date = date or _date_near(p, us)
    # no title block names the body: a running header may ("Cabinet – 12 November 2013",
    # "Voted by Schools Subcommittee")
    # (then a running footer that names the meeting, the body first and its date: "Planning
    # Committee – 12 March 2024   Page 3", not the paper's own name, "Half-year report to County
    # Council"; a header or footer may set the authority, the body and the date apart: "Westfold
    # District Council | Licensing Committee | 12 March 2024", the date then the meeting's)
    for footers in (False, True):
        for p in pages:
            for l in p.margin_lines:
                if (l.top > p.height / 2) != footers or footers and not find_dates(l.text, us):
                    continue
                for part in _margin_parts(l):
                    words = part.split()
                    name = next((n for n in (body_name(" ".join(words[i:])) for i in range(1 if footers else min(len(words), 6)))
                                 if n), None)
                    if name and not _is_own_council(name, council):
                        return name, date or _meeting_date(l.text, us), p.number
    return None, date, pages[0].number if pages else 1


_MARGIN_SEPARATOR_RX = re.compile(r"\s+[|•·]\s+")


def _margin_parts(line: Line) -> list[str]:
    """A running header's or footer's text, then its parts: the column segments it is set in and
    the pieces between its separators ("Council | Committee | Date")."""
    parts = [line.text]
    segments = [" ".join(w.text for w in seg) for seg in line.segments()]
    for text in segments if len(segments) > 1 else [line.text]:
        parts += [t for t in _MARGIN_SEPARATOR_RX.split(text) if t.strip()] if _MARGIN_SEPARATOR_RX.search(text) else \
            ([text] if text != line.text else [])
    return parts


_FROM_MINUTES_RX = re.compile(r"minutes of (?:a |the )?(?:\w+ )?meeting of (?:the )?(?P<body>.+?)\s+(?:held|on|at)\b(?P<rest>.{0,200})", re.I)
_FROM_MINUTES_RX1 = re.compile(r"minutes of (?:the )?(?P<body>.+?)\s*(?:[-–,]\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d", re.I)
_FROM_MINUTES_RX2 = re.compile(r"minutes", re.I)


def _from_minutes(p: PageLayout, us: bool) -> tuple[str | None, str | None]:
    text = join_lines(l.text for l in p.lines[:12])
    m = _at_a_meeting(p)
    name = body_name(m.group("body")) if m else None
    if name:
        return name, _meeting_date(m.group("rest"), us)
    m = _FROM_MINUTES_RX.search(text)
    if m:
        name = body_name(m.group("body"))
        date = _meeting_date(m.group("rest"), us) or _meeting_date(text, us)
        if name:
            return name, date
    m = _FROM_MINUTES_RX1.search(text)
    if m and "meeting" not in m.group("body").lower():
        name = body_name(m.group("body"))
        if name:
            return name, _meeting_date(text[m.start():], us)
    # the opening sentence of minutes names the body that met: "The Board of Supervisors met in regular
    # session at 7:00 p.m.", "The regular meeting of the Lakewood City Council was called to order ...",
    # "A special meeting of the Parks Board was held on ..."
    m = _MET_RX.search(text)
    name = body_name(m.group("body") or m.group("body2")) if m else None
    if name:
        # (the date printed over the sentence, or in it: not the date of the last meeting whose
        # minutes the next sentence approves)
        return name, _meeting_date(text[:m.start()], us) or _meeting_date(text[m.start():m.end() + 80], us)
    # "CORPORATE PARENTING PANEL – 29 October 2024" over "MINUTES of the meeting held ..."
    for l in p.lines[:6]:
        dates = find_dates(l.text, us)
        if dates:
            name = body_name(l.text[:dates[0][0]])
            if name and _FROM_MINUTES_RX2.search(text):
                return name, dates[0][2]
    # the body's name before "Minutes" in the title or the running header or footer: "Planning
    # Committee Minutes", "Amenities, Leisure and Community Services Minutes | Tuesday 13th March 2018"
    # (a town or parish council's committees are often named for their business alone)
    for l in [*p.lines[:4], *p.margin_lines]:
        m = _NAMED_MINUTES_RX.match(l.text.strip())
        if not m:
            continue
        name = _business_name(m.group("name"))  # (a name with a body's word is read from the title block)
        if name:
            return name, _meeting_date(m.group("rest") or "", us)
    return None, None


# "A special meeting of the Parks Board", "The regular meeting of the Lakewood City Council": the body
_MEETING_OF = (r"(?:The|THE|An?|AN?)\s+(?:[\w-]+\s+){0,2}?(?i:meeting|session)\s+(?i:of)\s+(?:(?i:the)\s+)?"
               r"(?P<body>[A-Z][\w'’&,. -]{2,120}?)\s+")
_MET_RX = re.compile(r"\b(?:" + _MEETING_OF + r"(?i:was|were)\s+(?:duly\s+)?(?i:held|called\s+to\s+order|convened)\b|"
                     r"(?:The|THE)\s+(?P<body2>[A-Z][\w'’&,. -]{2,120}?)\s+(?i:met|convened|assembled)\s+(?i:in|on|at|for|this)\b)")
# the same in a notice, of a meeting to come (not "the next meeting of X will be held on ...", which
# minutes and agendas print about the next one)
_NOTICE_RX = re.compile(r"\b(?:(?!(?i:the\s+next)\b)" + _MEETING_OF + r"(?i:will\s+be\s+held)\b|"
                        r"(?i:the)\s+(?P<body2>[A-Z][\w'’&,. -]{2,120}?)\s+(?i:will\s+(?:hold|meet|convene))\b)")
_NAMED_MINUTES_RX = re.compile(r"(?P<name>[A-Z][\w'’&,\- ]{2,100}?)\s+minutes\s*(?:[|–—:\-]\s*(?P<rest>.*))?", re.I)
# words a title puts before "Minutes" that are not a body's name ("Draft Minutes", "Regular Meeting
# Minutes", "Action Minutes", "Approved Minutes")
_NOT_BUSINESS_WORDS = frozenset("""
    draft approved unapproved confirmed unconfirmed signed amended revised final action summary meeting
    meetings regular special annual adjourned extraordinary ordinary joint closed open public virtual
    hybrid emergency workshop study session the a an of previous last prior these this our official agm egm
    agenda notice summons report reports update applications schedule list
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    verbatim full council cabinet committee sub-committee subcommittee board commission panel forum
    executive assembly partnership group
""".split())


_NOT_BUSINESS_RX = re.compile(r"[:\d@/()]|\b(?:Hall|Room|Chambers?|Centre|Center|House|Offices?|Library|Pavilion|Church|"
                              r"School|Building|Street|Road|Lane|Place|Square|Avenue|Drive|Way|Green|Mr|Mrs|Ms|Miss|Dr|"
                              r"Cllr|Councill?or|Clerk)\b", re.I)


def _business_name(text: str) -> str | None:
    """A committee's name that has no word for a body in it, as printed before "Minutes"
    ("Amenities, Leisure and Community Services", "Finance & General Purposes", "Planning"): title-
    case words and the small words between them, none a word titles use for the kind of minutes."""
    text = re.sub(r"\s+", " ", text).strip(" ,.-–")
    words = text.replace(",", " ").split()
    if not words or len(words) > 8 or find_dates(text) or _NOT_BUSINESS_RX.search(text):
        return None  # (a venue, an address, a person or a label is not a committee)
    for i, w in enumerate(words):
        low = w.lower()
        if low in _NOT_BUSINESS_WORDS and not (low in ("of", "the") and 0 < i < len(words) - 1):
            return None
        if not (w[:1].isupper() or w == "&" or low in ("and", "of", "for", "the")):
            return None
    if words[-1].lower() in ("and", "of", "for", "the", "&"):
        return None
    return tidy_case(text)


# (a summons: "You are hereby summoned to attend a meeting of the Council to be held ...")
_FROM_FRONT_RX = re.compile(r"\bmeeting of (?:the )?(?P<body>[A-Z][\w'’ ,&\-]{2,80}?)\s+(?:will be|was|is|(?:is |are )?to be) held\b(?P<rest>.{0,250})")
_FROM_FRONT_RX1 = re.compile(r"\bAgenda for (?:an? |the )?(?:\w+ )?(?P<body>[A-Z][\w'’ ,&\-]{2,60}?)\s+Meeting on\b(?P<rest>.{0,80})")
_FROM_FRONT_RX2 = re.compile(r"(?:the|this|a|an)\b", re.I)
_FROM_FRONT_RX3 = re.compile(r"an? (?:regular|special|adjourned) meeting\b", re.I)


def _from_front(p: PageLayout, council: str | None, us: bool) -> tuple[tuple[str | None, str | None, str | None], str | None]:
    """A front sheet or report cover: the body's name on its own near the top. Also returns the
    authority's own council when the title names it ("MILBURN PARISH COUNCIL" over the date): the
    meeting body when the paper names no other, as on a parish or city council's own agenda.
    The body comes as (name, date beside it, date in the title block's lines under it)."""
    text = join_lines(l.text for l in p.lines[:40])
    m = _FROM_FRONT_RX.search(text)
    if m:
        name = body_name(m.group("body"))
        if name and not _is_own_council(name, council):
            return (name, _meeting_date(m.group("rest"), us), None), None
    m = _FROM_FRONT_RX1.search(text)
    if m:
        name = body_name(m.group("body"))
        if name:
            return (name, _meeting_date(m.group("rest"), us), None), None
    own = None
    # Blocks of one to three lines that are just a body's name, or lines of such a block
    blocks = _short_blocks(p.lines[:25], ocr=bool(p.page and p.page.ocr))
    for k, (block, lines) in enumerate(blocks):
        texts = [block, *(l.text for l in lines)] if len(lines) > 1 else [block]
        below = join_lines(l.text for l in lines[1:]) if len(lines) > 1 and is_authority_name(lines[0].text) else None
        named_below = body_name(below) if below else None
        if named_below and named_below not in ("Board", "Council", "Commission", "Committee", "Panel"):
            # the authority's name in the letterhead over the body's ("London Borough of Camden" /
            # "Cabinet"): the body is named by the lines under it, not by the two run together
            # (unless those say only "Board": "MAPLEWOOD TOWNSHIP" / "REGULAR BOARD MEETING" is the
            # Township Board's)
            texts = [below, *(l.text for l in lines)]
        for text in texts:
            if len(text.split()) > 20:
                continue
            if _FROM_FRONT_RX2.match(text) and not _FROM_FRONT_RX3.match(text) \
                    or text.endswith(("will be held", ".")):
                continue
            name = body_name(text)
            if not name:
                continue
            if _is_own_council(name, council):
                own = own or without_authority(name, council)
                continue  # the authority's own name in the letterhead, not (yet) the meeting's body
            rest = text[len(name):].strip() if text.lower().startswith(name.lower()) else text
            date = _meeting_date(rest, us) if rest else None
            below = None
            if not date:
                # the title block goes on under the body's name: "PLANNING COMMISSION REGULAR MEETING"
                # / "AGENDA" / "Thursday, November 10, 2022" / "1:30 p.m." (short lines, up to the
                # first line of running text)
                after = list(itertools.takewhile(lambda b: len(b[0].split()) <= 12, blocks[k + 1:k + 4]))
                below = _meeting_date("\n".join(b for b, _ in after), us) if after else None
            return (name, date, below), own
    if own and _SMALL_COUNCIL_RX.fullmatch(own) and _AGENDA_OR_MINUTES_RX.search(join_lines(l.text for l in p.lines[:15])):
        # a town or parish council's committee named for its business alone, on the line under the
        # council's name and over the date: "Eastfold Town Council" / "Planning & Environment" /
        # "Monday 11th March 2024 at 7.00pm" / "AGENDA"
        head = p.lines[:12]
        for i, l in enumerate(head[:-2]):
            name = body_name(l.text)
            if not (name and _is_own_council(name, council)):
                continue
            business = _business_name(head[i + 1].text) if len(head[i + 1].text.split()) <= 8 else None
            date = _meeting_date("\n".join(x.text for x in head[i + 2:i + 4]), us) if business else None
            if business and date:
                return (business, date, None), own
            break
    # a title that names the body, then the business, then the date: "Amenities Committee Community
    # Grant Applications 15th November 2016", "Licensing Sub-Committee Hearing – 3 May 2024"
    for l in p.lines[:2]:
        if l.bold or l.size > p.body_size + 1:
            got = _body_business_date(l.text, us)
            if got:
                return (*got, None), own
    return (None, None, None), own


_SMALL_COUNCIL_RX = re.compile(r"(?i)(?:town|parish|village|community) council")
_AGENDA_OR_MINUTES_RX = re.compile(r"(?i)\b(?:agenda|minutes|summons|notice of (?:the )?meeting)\b")
_BODY_BUSINESS_RX = re.compile(r"(?P<name>(?:[A-Z][\w'’&\-]*,?\s+(?:(?:and|&|of|for|the)\s+)?){1,6}?"
                               r"(?:Sub-?Committee|Committee|Panel|Board|Commission))\s+"
                               r"(?P<business>(?:[A-Z][\w'’&\-]*\s+(?:(?:and|&|of|for|the|on|to)\s+)?){1,6})\s*[-–—,:|]?\s*$")


def _body_business_date(text: str, us: bool) -> tuple[str, str] | None:
    """(body, date) from a title line "<body> <business> <date>", the date ending the line."""
    dates = find_dates(text, us)
    if not dates or text[dates[-1][1]:].strip(" .") or len(text.split()) > 16:
        return None
    m = _BODY_BUSINESS_RX.match(text[:dates[-1][0]].strip() + " ")
    if not m:
        return None
    name = body_name(m.group("name"))
    return (name, dates[-1][2]) if name else None


def _is_own_council(name: str, council: str | None) -> bool:
    """'Milburn Parish Council', 'Haringey Council', 'City of Hidden Hills City Council' for those authorities."""
    if not council or not _norm(name).endswith("council"):
        return False
    rest = without_authority(name, council)
    # (or with a word of style before it: "Royal Sutton Coldfield Town Council" for Sutton Coldfield)
    return rest != name or bool(re.fullmatch(
        rf"(?:royal|the)?{re.escape(_norm(council))}(?:city|town|parish|village|county|borough|district|community)?council",
        _norm(name)))


def _short_blocks(lines: list[Line], ocr: bool = False) -> list[tuple[str, list[Line]]]:
    """Consecutive lines joined while they are close together and look alike (same size/boldness).
    On a page read by OCR the sizes of one style's lines differ by a few per cent (12.0, 11.7, 11.4
    for one bold title): they are the same size within 6%."""
    out: list[tuple[str, list[Line]]] = []
    cur: list[Line] = []
    for l in lines:
        other_size = abs(l.size - cur[-1].size) > 0.06 * max(l.size, cur[-1].size) if cur and ocr else \
            bool(cur) and l.size != cur[-1].size
        if cur and (l.top - cur[-1].bottom > 0.8 * l.size or other_size or l.bold != cur[-1].bold
                    or len(cur) >= 3):
            out.append((join_lines(x.text for x in cur), cur))
            cur = []
        cur.append(l)
    if cur:
        out.append((join_lines(x.text for x in cur), cur))
    return out


_DATE_NEAR_RX = re.compile(r"(?im)^\s*(?:date|dated|despatched|published|issued)\s*:?[^\n]*$")


def _date_near(p: PageLayout, us: bool) -> str | None:
    text = "\n".join(l.text for l in p.lines[:15])
    # skip letter dates ("Date: 7 January 2025") in front of the meeting date
    cleaned = _DATE_NEAR_RX.sub("", text)
    # (else the running header's, "Community Grant Applications 13th March 2018", which dates the
    # meeting a paper is for on every page)
    header = "\n".join(l.text for l in p.margin_lines if l.top < p.height / 2)
    return _meeting_date(cleaned, us) or _meeting_date(text, us) or (_meeting_date(header, us) if header else None)


# Dates a heading prints beside the meeting's that are not the meeting's: when the paper was
# printed, posted, revised or sent out, and when the next meeting is ("Posted: March 8, 2019",
# "Revised 3/10/2019", "Next meeting: May 14, 2019"). The date follows the word, a colon or "on"
# at most between them ("Revised Agenda – March 12, 2019" is the meeting's).
_OTHER_DATE_RX = re.compile(r"(?i)\b(?:printed|posted|revised|updated|amended|prepared|generated|published|issued|dated|"
                            r"despatched|dispatched|distributed|circulated|as\s+(?:at|of)|next\s+(?:[a-z]+\s+){0,2}?meeting(?:\s+date)?"
                            r"(?:\s+(?:is|will\s+be))?(?:\s+held)?)\s*(?:on|date|:|[-–])?\s*(?:on\s*)?:?\s*$|"
                            # ("this agenda was posted at City Hall on April 5, 2019")
                            r"\b(?:posted|printed|distributed|published|mailed|delivered)\b[^.\n]{0,40}?\b(?:on|at)\s*$")
# Numeric dates a heading prints in forms running text rarely uses for a date: with hyphens
# ("4-6-16", "04-06-2016", in the paper's own order of day and month) and year first with dots or
# slashes ("2018.06.01", "2018/06/01"). Read only on a short line of their own or a title's
# (a case number "2-10-19" in a sentence is not a date).
_HEADING_DATE_RX = re.compile(r"(?<![\w\-/.])(?:(?P<a>[0-3]?\d)-(?P<b>[0-3]?\d)-(?P<y>(?:19|20)?\d\d)|"
                              r"(?P<Y>(?:19|20)\d\d)[./](?P<M>[01]?\d)[./](?P<D>[0-3]?\d))(?![\w\-/]|\.\d)")


def _meeting_date(text: str, us: bool) -> str | None:
    """The first date in `text` that can be a meeting's: not one it says the paper was printed,
    posted or revised on or the next meeting is on; else a numeric heading date (_HEADING_DATE_RX)."""
    for start, _, iso in find_dates(text, us):
        if not _OTHER_DATE_RX.search(text[max(0, start - 40):start]):
            return iso
    for line in text.splitlines():
        if len(line.split()) > 12:
            continue
        for m in _HEADING_DATE_RX.finditer(line):
            if _OTHER_DATE_RX.search(line[:m.start()]):
                continue
            if m.group("Y"):
                y, mo, d = int(m.group("Y")), int(m.group("M")), int(m.group("D"))
            else:
                a, b = int(m.group("a")), int(m.group("b"))
                y = int(m.group("y")) + (2000 if len(m.group("y")) == 2 else 0)
                mo, d = (a, b) if us else (b, a)
            try:
                return calendar_date(y, mo, d).isoformat()
            except ValueError:
                continue
    return None


# ---------------------------------------------------------------- meeting, title

VENUE_WORDS = re.compile(r"\b(?:Hall|Chamber|Room|House|Centre|Center|Civic|Offices|Building|Library|Virtual|Online|"
                         r"Remote|Zoom|Teams|Suite|Guildhall|Council Chamber)\b", re.I)


_MEETING_DETAILS_RX = re.compile(r"\bheld (?:in|at) (?:the )?(?P<venue>[A-Z][^.]{4,140}?)(?:,?\s+on\s+(?:\w+day,?\s+)?\d|\.(?:\s|$))")
_MEETING_DETAILS_RX1 = re.compile(r",\n")
_MEETING_DETAILS_RX2 = re.compile(r"\d\s*(?:HRS|[ap]\.?m\.?)(?!\w)\s*[-–,]?\s*(?:in the\s+|at\s+)?(?P<venue>[A-Z][^\n]{5,120}?)"
                                  r"(?:\.(?:\s|$)|\s+MEMBERS\b|\s+Ask for|\s+Membership|\s+Contact|\s+Telephone|$)", re.I)
_MEETING_DETAILS_RX3 = re.compile(r"(?:Ask for|Telephone|Email)", re.I)
_MEETING_DETAILS_RX4 = re.compile(r"^the\s+", re.I)


def meeting_details(layouts: list[PageLayout], council, committee, date, page, role, doc_type: str) -> Meeting:
    """Time and venue of a meeting, from the agenda or minutes page that names it (reports name
    the meeting but rarely where it is held, and their first pages are full of other text)."""
    if doc_type not in ("agenda", "agenda_pack", "minutes"):
        return Meeting(council=council, committee=committee, date=date, role=role, page=page)
    p = next((x for x in layouts if x.number == page), layouts[0])
    head = p.lines[:25]
    text = join_lines(l.text for l in head)
    # a cover page may name the meeting while the summons on a later page says where
    nearby = join_lines(l.text for x in layouts if not x.blank and page <= x.number <= page + 2 for l in x.lines[:30])
    time = venue = None
    label = find(read_fields(head), r"^(?:venue|place|location|where)$")
    if label and label.value:
        venue = clean(label.value)
    m = _MEETING_DETAILS_RX.search(nearby)
    if m and not venue:
        venue = clean(m.group("venue"))
    # line breaks end a venue, unless the line stops at a comma ("..., WOOD GREEN, / N22 8LE.")
    text = _MEETING_DETAILS_RX1.sub(", ", "\n".join(l.text for l in head))
    dates = find_dates(text)
    if dates:
        after = text[dates[0][1]:dates[0][1] + 200]
        time = find_time(after[:80]) or find_time(text[max(0, dates[0][0] - 40):dates[0][0]])
        m = _MEETING_DETAILS_RX2.search(after)
        if m and not venue and VENUE_WORDS.search(m.group("venue")) and not _MEETING_DETAILS_RX3.match(m.group("venue")):
            venue = tidy_case(clean(m.group("venue")) or "") or None
    if not venue:
        venue = _venue_lines(head)
    if venue:
        venue = _MEETING_DETAILS_RX4.sub("", venue)
    return Meeting(council=council, committee=committee, date=date, time=time, venue=venue, role=role, page=page)


_VENUE_LINES_RX = re.compile(r"\s(?:Telephone|Tel|Phone|E-?mail|Ask for|Contact|Fax|Enquiries)\b")
_VENUE_LINES_RX1 = re.compile(r"\b(?:will|was|were|is|are|held)\b")


def _venue_lines(lines: list[Line]) -> str | None:
    """A venue printed on lines of its own under the date ("Council Chamber, Sessions House, /
    County Hall, Maidstone"): the first column segment naming a building, and its continuation."""
    def first_column(line: Line) -> str:
        seg = " ".join(w.text for w in line.segments()[0])
        return _VENUE_LINES_RX.split(seg)[0].strip()

    for i, l in enumerate(lines):
        seg = first_column(l)
        if VENUE_WORDS.search(seg) and not find_dates(seg) and len(seg) < 90 and ":" not in seg \
                and not _VENUE_LINES_RX1.search(seg):
            parts = [seg]
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            if nxt is not None and nxt.top - l.bottom < l.size * 0.8:
                more = first_column(nxt)
                if ":" not in more and not find_dates(more) and len(more) < 60:
                    parts.append(more)
            return clean(" ".join(parts).rstrip(","))
    return None


_DETECT_TITLE_RX = re.compile(r"[A-Za-z]{3}")
_DETECT_TITLE_RX1 = re.compile(r"(?i)\b(?:and|of|for|the|to|in|on|with|&)$|[-–,]$")


def detect_title(layouts: list[PageLayout], doc_type: str, committee: str | None, date: str | None,
                 council: str | None = None) -> str | None:
    """The paper's title: a header block's subject or title field, else (for reports and other
    papers) the title block on the first page, else a description of the meeting paper."""
    pages = [p for p in layouts if not p.blank][:2]
    if doc_type in ("agenda", "agenda_pack", "minutes"):
        # a "Title:" field here belongs to an item's report, not to the paper
        kind = {"agenda": "Agenda", "agenda_pack": "Agenda pack", "minutes": "Minutes"}[doc_type]
        return " – ".join(x for x in (kind, committee, date) if x)
    for p in pages:
        fields = read_fields(p.lines[:40])
        f = find(fields, r"^(?:subject|title|report title|title of (?:report|decision)|name|re)$")
        if f and f.value and not f.value.rstrip().endswith(":"):  # "Name:  Number: 7": the next label, not a value
            return clean(f.value)
    for p in pages:
        title = title_block(p, council)
        if title:
            return title
    # no title block: the first line of text, with the lines a title wraps onto ("... COSTS FOR");
    # a table's caption is not it, and where the page's text opens with one, the header the paper
    # runs at the top of every page names it ("Community Grant Applications 13th March 2018")
    first = pages[0].lines[:10] if pages else []
    lines = [l for k, l in enumerate(first) if _DETECT_TITLE_RX.search(l.text) and not _captions_table(first, k)]
    if pages and first and _captions_table(first, 0):
        top = [l for l in pages[0].margin_lines if l.top < 0.2 * pages[0].height and len(l.text.split()) >= 3
               and _DETECT_TITLE_RX.search(l.text)]
        lines = top[:1] or lines
    if not lines:
        return None
    run = [lines[0]]
    for l in lines[1:4]:
        if not _DETECT_TITLE_RX1.search(run[-1].text.strip()):
            break
        run.append(l)
    return clean(join_lines(l.text for l in run)[:200])


_TITLE_BLOCK_RX = re.compile(r"[\W\d]+")
_TITLE_BLOCK_RX1 = re.compile(r"(?i)(?:city|town|village|county|borough) of .*")
_TITLE_BLOCK_RX2 = re.compile(r"(?i)(?:agenda item(?: no\.?)?|item|report|appendix|annex|page)\s*[\w.\-]{0,6}")


def _captions_table(lines: list[Line], k: int) -> bool:
    """Is line k a table's caption: a short heading outside the table, with the table's rows right
    below it ("Summary Table", "FOUR OAKS WARD" over a schedule's grid)? It names the table, not the
    paper."""
    line = lines[k]
    nxt = lines[k + 1] if k + 1 < len(lines) else None
    return (not line.in_table and nxt is not None and nxt.in_table and nxt.page == line.page
            and len(line.text.split()) <= 4 and nxt.top - line.bottom < 1.5 * line.size)


def title_block(page: PageLayout, council: str | None = None) -> str | None:
    """The title printed in the largest type near the top of a page, its lines joined (a title
    that wraps, "Improving Health and" / "Wellbeing in Schools", is one title). Lines that are
    not a title are passed over: table rows, the authority's letterhead, a date, a page stamp,
    a label such as "AGENDA ITEM"."""
    def is_title_line(l: Line) -> bool:
        text = l.text.strip()
        if l.in_table or len(text) < 4 or not _DETECT_TITLE_RX.search(text):
            return False
        if find_dates(text) and len(_TITLE_BLOCK_RX.sub(" ", text).split()) <= 5:
            return False  # "February 12, 2026", "Tuesday 3 March 2015"
        if council and (_norm(text) == _norm(council) or authority_names(text) and _norm(text).startswith(_norm(council)[:6])) \
                or _TITLE_BLOCK_RX1.fullmatch(text):
            return False  # the letterhead
        if _TITLE_BLOCK_RX2.fullmatch(text):
            return False
        return True

    top = page.lines[:25]
    captions = {id(l) for k, l in enumerate(top) if _captions_table(top, k)}
    lines = [l for l in top[:20] if is_title_line(l) and id(l) not in captions]
    if not lines:
        return None
    biggest = max(l.size for l in lines)
    body = page.body_size
    if biggest <= body + 1 and not any(l.bold for l in lines[:8]):
        return None
    # the first run of lines in the biggest type (or, where all is one size, the first bold run)
    wanted = (lambda l: abs(l.size - biggest) < 0.5) if biggest > body + 1 else (lambda l: l.bold)
    run: list[Line] = []
    for l in top:
        if wanted(l) and is_title_line(l) and id(l) not in captions and (not run or l.top - run[-1].bottom < 1.2 * l.size):
            run.append(l)
            if len(run) == 4:
                break
        elif run:
            break
    if not run:
        return None
    title = clean(join_lines(l.text for l in run))
    return title if title and len(title) > 8 else None


# ---------------------------------------------------------------- country

CA_POSTCODE_RX = re.compile(r"\b[ABCEGHJ-NPRSTVXY]\d[A-Z] ?\d[A-Z]\d\b")
UK_POSTCODE_RX = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}\b")
_PROVINCE_NAMES = re.compile(r"\b(?:" + "|".join(CA_PROVINCES.values()) + r"|B\.C\.|Qu[ée]bec)\b")
# in an address or as "State of ...": "Georgia" and "Virginia" are also people's names
_STATE_NAMES = re.compile(r"(?:,\s*|\bState of )(?:" + "|".join(US_STATES.values()) + r")\b(?!\s+[A-Z][a-z])")
# British spellings ("organisation", "programme", "centre") tell a UK paper from an American one
_BRITISH_SPELLING = re.compile(r"\b(?:\w+isations?|programmes?|centres?|favour\w*|behaviour\w*|colour\w*|"
                               r"neighbour\w*|licence|travelled|cancelled)\b", re.I)


_DETECT_COUNTRY_RX = re.compile(r"\bCanad(?:a|ian)\b")
_DETECT_COUNTRY_RX1 = re.compile(r"\bCouncilmember|\bU\.S\.|\bFY ?\d\d\b")
_DETECT_COUNTRY_RX2 = re.compile(r"£")
_DOLLARS_RX = re.compile(r"\$\s?\d")
_DETECT_COUNTRY_RX3 = re.compile(r"\.gov\.uk\b", re.I)
_DETECT_COUNTRY_RX4 = re.compile(r"\bCouncill?ors?\b|\bCllr\b")
# Canadian wording: a municipality's "By-law No." (a US city passes ordinances), its sales taxes
# (HST, GST, PST), a "Regional Municipality" or "Regional District"
_CANADIAN_RX = re.compile(r"\bBy-?law\s+(?:No\.?\s*)?\d|\b(?:plus\s+)?(?:HST|GST|PST)\b|\bRegional\s+(?:Municipality|District)\s+of\b")


def detect_country(layouts: list[PageLayout]) -> str | None:
    """"GB", "US" or "CA" from how the paper is written: addresses (state or province and ZIP or
    postal code), the names of provinces and states, "Canada", "£", ".gov.uk", "Councillor",
    British spelling."""
    pages = [p for p in layouts if not p.blank][:3]
    text = "\n".join(p.text + "\n" + "\n".join(l.text for l in p.margin_lines) for p in pages)
    votes: Counter = Counter()
    for _, country, sure in address_places(text):
        votes[country] += 3 if sure else 1
    votes["CA"] += 2 * len(CA_POSTCODE_RX.findall(text)) + len(_PROVINCE_NAMES.findall(text)) \
        + 2 * len(_DETECT_COUNTRY_RX.findall(text))
    votes["US"] += len(_STATE_NAMES.findall(text)) + len(_DETECT_COUNTRY_RX1.findall(text))
    # dollars (a Canadian paper's say so by its province or postcode, which weigh more)
    dollars = len(_DOLLARS_RX.findall(text))
    votes["US"] += min(dollars, 3)
    if dollars:
        # (in dollars, "Councillor" is Canada's spelling, not the UK's)
        votes["CA"] += 2 * len(_CANADIAN_RX.findall(text)) + (3 if _DETECT_COUNTRY_RX4.search(text) and "£" not in text else 0)
    votes["GB"] += 2 * len(_DETECT_COUNTRY_RX2.findall(text)) + 2 * len(_DETECT_COUNTRY_RX3.findall(text)) \
        + len(_DETECT_COUNTRY_RX4.findall(text)) + len(UK_POSTCODE_RX.findall(text)) \
        + min(len(_BRITISH_SPELLING.findall(text)), 5)
    if not votes or max(votes.values()) == 0:
        return None
    return votes.most_common(1)[0][0]


def describe(layouts: list[PageLayout]) -> DocumentInfo:
    country = detect_country(layouts)
    council, us = detect_council(layouts, country)
    us = us or country in ("US", "CA")
    doc_type = detect_doc_type(layouts)
    committee, date, page = committee_and_date(layouts, doc_type, council, us)
    title = detect_title(layouts, doc_type, committee, date, council)
    meeting = None
    if committee or date:
        role = "records" if doc_type == "minutes" else "for"
        meeting = meeting_details(layouts, council, committee, date, page, role, doc_type)
    return DocumentInfo(doc_type, council, committee, date, title, meeting, us, country,
                        "CAD" if country == "CA" else "USD")


def minutes_meeting(page: PageLayout, info: DocumentInfo) -> Meeting | None:
    """The meeting recorded by minutes that start on `page` (minutes of the last meeting in a pack)."""
    name, date = _from_minutes(page, info.us)
    if not (name or date):
        return None
    return Meeting(council=info.council, committee=name or info.committee, date=date, role="records",
                   page=page.number)

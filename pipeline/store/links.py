"""Links across documents, made after ingest, when every paper of a meeting is in the database.

- an agenda item -> the report it introduces: the part of the same pack, or a report of the
  same meeting in another file, by item number or title;
- a decision -> the agenda item and report it acts on: minutes of meeting X record decisions
  on the items of X's agenda, matched by the item number the minute cites, else its heading;
- a recommendation -> the decision that disposes of it, with a status: "RESOLVED that the
  recommendations be agreed" adopts them all; otherwise each is matched to a resolution of its
  report by wording;
- a target -> an earlier target of the same council that it reports progress on.

Every link carries link_confidence (0-1) and link_method; a link below 0.7 is a guess that the
site shows as such rather than hides.

Links only join records of one meeting (and targets of one council), so a run that added or
replaced some documents relinks only the meetings those documents are about, the records that
pointed at records now gone, and the targets of their councils; the cost of adding tonight's
papers does not grow with the years of papers already in the database. `link_all` recomputes
everything and gives the same links.
"""
from __future__ import annotations

import difflib
import json
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from rapidfuzz.distance import Indel

from pipeline.store import database as store

UNCERTAIN = 0.7  # below this a link is shown as a guess
MIN_TITLE = 0.6  # title similarity needed to link at all

_DECISION_PREFIX = re.compile(r"^\s*(?:\d{2}/\d{3,5}|[A-Z]{1,5}\d{1,4})\s*[-–:]\s*")  # "24/00108 - "


def norm(text: str | None) -> str:
    t = _DECISION_PREFIX.sub("", text or "")
    t = t.lower().replace("&", "and").replace("’", "'")
    return re.sub(r"[^a-z0-9]+", " ", t).strip()


def similarity(a: str | None, b: str | None, below: float = 0.0) -> float:
    """How alike two titles are (0-1); a short heading whose words all appear in the other
    title ("Minutes" / "Minutes of the meeting held on 12 March") counts as alike. With
    `below`, a pair that cannot reach `below` may give 0.0 instead of its true figure."""
    return _similarity(norm(a), norm(b), below)


def _can_reach(x: str, y: str, figure: float) -> bool:
    """Whether difflib's ratio of x and y can be at least `figure`: the ratio counts characters
    in matching blocks, a common subsequence, so it is never above 2 x the longest common
    subsequence / the two lengths (Indel similarity), which rapidfuzz finds in C in a fraction
    of difflib's time; most pairs of a meeting's titles are ruled out by it alone."""
    return Indel.normalized_similarity(x, y) >= figure


def _similarity(x: str, y: str, below: float = 0.0) -> float:
    """similarity() of two normalised texts. With `below`, a pair that cannot reach `below`
    is not compared in full (0.0 is returned)."""
    shortcut = _shortcut(x, y)
    if shortcut is not None:
        return shortcut
    if below and not _can_reach(x, y, below):
        return 0.0
    return difflib.SequenceMatcher(None, x, y, autojunk=False).ratio()


def _shortcut(x: str, y: str) -> float | None:
    if not x or not y:
        return 0.0
    if x == y:
        return 1.0
    if len(x) > 12 and len(y) > 12 and (x in y or y in x):
        return 0.9
    shorter, longer = sorted((set(x.split()), set(y.split())), key=len)
    if shorter and shorter <= longer and len(shorter) <= 4:
        return 0.8
    return None


_STOP = {"the", "a", "an", "of", "to", "and", "in", "on", "for", "be", "that", "is", "are", "at", "as", "by", "with",
         "from", "this", "these", "its", "their", "will", "which", "or"}


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[:-len(suffix)]
    return word


def content_words(text: str) -> set[str]:
    """Words that carry meaning, lightly stemmed ("approve"/"approved"/"approves" are one)."""
    return {_stem(w) for w in norm(text).split() if w not in _STOP}


def numbers_in(text: str) -> set[str]:
    return set(re.findall(r"\d[\d,.]*\d|\d", text or ""))


def _rows(db, sql: str, args=()) -> list[dict]:
    cur = db.execute(sql, args)
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur]


def link_all(db_path: str | Path) -> dict[str, int]:
    """Recompute every cross-document link of a database; returns how many of each were made."""
    db = store.connect(db_path)
    try:
        return relink(db)
    finally:
        db.close()


class Scope:
    """What a run touched: its documents and the meetings and councils they are (or were) about.
    None is the whole database."""

    def __init__(self, db, documents: set[int], meetings: set[int] = frozenset(), councils: set = frozenset()):
        docs = _ids(documents)
        self.documents = set(documents)
        self.meetings = set(meetings) | {r[0] for r in db.execute(
            "select meeting_id from document_meetings where document_id in (select value from json_each(?))", [docs])}
        self.councils = set(councils) | {r[0] for r in db.execute(
            "select council from documents where id in (select value from json_each(?))", [docs])}
        # records that pointed at records since deleted (a replaced or retired document's) are
        # relinked with their meetings
        for table, column, other in (("agenda_items", "report_id", "reports"),
                                     ("decisions", "agenda_item_id", "agenda_items"),
                                     ("decisions", "report_id", "reports")):
            self.meetings |= {r[0] for r in db.execute(
                f"select meeting_id from {table} where {column} is not null and meeting_id is not null and "
                f"not exists (select 1 from {other} o where o.id = {table}.{column})")}


def meetings_of(db, document_id: int) -> set[int]:
    """The meetings a document is about (taken before it is replaced or retired: its records
    go, and the links made to them must be remade)."""
    return {r[0] for r in db.execute("select meeting_id from document_meetings where document_id = ?", [document_id])}


def council_of(db, document_id: int) -> set:
    return {r[0] for r in db.execute("select council from documents where id = ?", [document_id])}


def relink(db, scope: Scope | None = None) -> dict[str, int]:
    """Recompute the cross-document links in one transaction (ingest calls this at the end of a
    run that changed anything, while it still holds the database): all of them, or those of
    the meetings and councils in `scope`."""
    with db.atomic():
        linked = {"agenda_items": link_agenda_items(db, scope)}
        linked["decisions"], decided_reports = link_decisions(db, scope)
        linked["recommendations"] = link_recommendations(db, scope, decided_reports)
        linked["targets"] = link_targets(db, scope)
        # people span meetings but not councils: those of the councils in scope are made again
        linked["people"] = link_people(db, None if scope is None else scope.councils)
        return linked


def _ids(ids) -> str:
    return json.dumps(sorted(i for i in ids if i is not None))


def _in(column: str) -> str:
    """SQL for `column` in a JSON list of ids given as the parameter."""
    return f"{column} in (select value from json_each(?))"


# ---------------------------------------------------------------- agenda items -> reports

def link_agenda_items(db, scope: Scope | None = None) -> int:
    if scope is None:
        items = _rows(db, "select id, document_id, number, title, part_id, meeting_id from agenda_items")
        reports = _rows(db, "select id, document_id, part_id, title, item_number, meeting_id from reports order by id")
    else:
        meetings, docs = _ids(scope.meetings), _ids(scope.documents)
        items = _rows(db, f"""select id, document_id, number, title, part_id, meeting_id from agenda_items
                              where {_in('meeting_id')} or {_in('document_id')}""", [meetings, docs])
        reports = _rows(db, f"""select id, document_id, part_id, title, item_number, meeting_id from reports
                                where {_in('meeting_id')} or {_in('part_id')} order by id""",
                        [meetings, _ids({it["part_id"] for it in items})])
    by_part = {r["part_id"]: r for r in reports if r["part_id"] is not None}
    by_meeting = defaultdict(list)
    for r in reports:
        if r["meeting_id"] is not None:
            by_meeting[r["meeting_id"]].append(r)
    updates = []
    for it in items:
        best, conf, method = None, 0.0, None
        own = by_part.get(it["part_id"]) if it["part_id"] is not None else None
        if own is not None and own["document_id"] == it["document_id"]:
            best, conf, method = own, 1.0, "pack part"
        else:
            for r in by_meeting.get(it["meeting_id"], []):
                if r["document_id"] == it["document_id"]:
                    continue
                # (below the best so far or MIN_TITLE the figure matters only if the numbers agree,
                # and then 0.9 is taken)
                s = similarity(it["title"], r["title"], below=max(conf, MIN_TITLE))
                if r["item_number"] and r["item_number"] == it["number"]:
                    s, m = max(s, 0.9), "item number"
                else:
                    m = f"title {s:.2f}"
                if s > conf and s >= MIN_TITLE:
                    best, conf, method = r, s, m
        updates.append((best["id"] if best else None, round(conf, 2) if best else None, method, it["id"]))
    db.conn.executemany("update agenda_items set report_id = ?, link_confidence = ?, link_method = ? where id = ?",
                        updates)
    return sum(1 for u in updates if u[0])


# ---------------------------------------------------------------- decisions -> agenda items, reports

def link_decisions(db, scope: Scope | None = None) -> tuple[int, set[int]]:
    """Returns the number linked and the reports whose decisions may have changed (linked to
    before or now)."""
    where, args = ("1", []) if scope is None else (f"({_in('x.meeting_id')} or {_in('x.document_id')})",
                                                   [_ids(scope.meetings), _ids(scope.documents)])
    decisions = _rows(db, f"""select x.id, x.document_id, x.minute_heading, x.item_number, x.meeting_id, x.report_id,
                                     d.doc_type, d.title as doc_title
                              from decisions x join documents d on d.id = x.document_id where {where}""", args)
    meetings = "1" if scope is None else _in("meeting_id")
    meeting_ids = [] if scope is None else [_ids({x["meeting_id"] for x in decisions})]
    items_by_meeting = defaultdict(list)
    for it in _rows(db, f"""select id, number, title, meeting_id, report_id from agenda_items
                            where meeting_id is not null and {meetings} order by id""", meeting_ids):
        items_by_meeting[it["meeting_id"]].append(it)
    reports_by_meeting = defaultdict(list)
    for r in _rows(db, f"""select id, document_id, title, meeting_id from reports
                           where meeting_id is not null and {meetings} order by id""", meeting_ids):
        reports_by_meeting[r["meeting_id"]].append(r)
    decided_reports = {x["report_id"] for x in decisions if x["report_id"] is not None}
    updates = []
    for x in decisions:
        item, conf, method = None, 0.0, None
        heading = x["minute_heading"] or (x["doc_title"] if x["doc_type"] == "decision_notice" else None)
        for it in items_by_meeting.get(x["meeting_id"], []):
            if x["item_number"] and it["number"] == x["item_number"]:
                s, m = 0.95, "item number"
                t = similarity(heading, it["title"])
                if heading and t < 0.3:
                    s, m = 0.6, f"item number, title {t:.2f}"  # the numbers agree but the titles do not
            else:
                s = similarity(heading, it["title"], below=max(conf, MIN_TITLE))
                m = f"minute heading {s:.2f}"
            if s > conf and s >= MIN_TITLE:
                item, conf, method = it, s, m
        report_id = item["report_id"] if item else None
        if report_id is None:
            # no agenda in the database: match the minute heading to the meeting's reports
            for r in reports_by_meeting.get(x["meeting_id"], []):
                s = similarity(heading, r["title"], below=max(conf, MIN_TITLE) if item is None else MIN_TITLE)
                if s >= MIN_TITLE and s > (conf if item is None else 0):
                    report_id, conf, method = r["id"], s, f"report title {s:.2f}"
        updates.append((item["id"] if item else None, report_id, round(conf, 2) if (item or report_id) else None,
                        method, x["id"]))
    db.conn.executemany("update decisions set agenda_item_id = ?, report_id = ?, link_confidence = ?, link_method = ? "
                        "where id = ?", updates)
    decided_reports |= {u[1] for u in updates if u[1] is not None}
    return sum(1 for u in updates if u[0] or u[1]), decided_reports


# ---------------------------------------------------------------- recommendations -> decisions

BLANKET = re.compile(
    r"\b(?:(?:the\s+)?recommendations?(?:\s+(?:set out|contained|as set out|outlined))?(?:\s+(?:in|of)\s+(?:the\s+)?"
    r"(?:report|paper))?(?:\s*\([^)]*\))?\s+(?:be|are|were|was|is)\s+(?:agreed|approved|adopted|endorsed|accepted|supported)|"
    r"(?:agreed?|approved?|adopted?|endorsed?|accepted?|supported?)\s+(?:all\s+)?(?:of\s+)?the\s+recommendations?)\b", re.I)
AMENDED = re.compile(r"\b(?:as amended|subject to (?:the following|an?) amendments?|with the following amendments?|"
                     r"amended to read|subject to the addition)\b", re.I)
# what was done with the matter, in the resolution's own verb: "be deferred", "was not agreed"
DEFERRED = re.compile(r"\b(?:be|was|is|were|been)\s+(?:deferred|postponed|adjourned|withdrawn)\b|^\s*(?:that\s+)?(?:to\s+)?"
                      r"(?:defer|postpone)\b", re.I)
REJECTED = re.compile(r"\b(?:be|was|were|is)\s+(?:not\s+(?:agreed|approved|adopted|accepted|supported)|rejected|refused|"
                      r"declined)\b|\b(?:motion|amendment|recommendations?)\s+(?:was|were)\s+lost\b|^\s*(?:that\s+)?(?:to\s+)?"
                      r"(?:reject|refuse|decline)\b", re.I)
NOTED = re.compile(r"^\s*(?:that\s+)?(?:the\s+)?(?:[\w ]{0,40}?\s)?(?:note[sd]?|noting)\b", re.I)
_LEAD = re.compile(r"^\s*(?:that\s+)?(?:the\s+)?(?:[\w ,'’]{0,60}?\b(?:agree[sd]?|resolve[sd]?|decide[sd]?)\s+to\s+)?", re.I)


def _core(text: str) -> str:
    """A resolution or recommendation without 'That Cabinet agree to' and list punctuation."""
    return re.sub(r"[;,.]?\s*(?:and|or)?\s*$", "", _LEAD.sub("", text or "", count=1))


_STATUS_OF_OUTCOME = {"lost": "rejected", "withdrawn": "withdrawn", "deferred": "deferred"}


def _status(decision_text: str, rec_text: str, outcome: str | None = None) -> str:
    """What the resolution did with the recommendation. 'Agreed as amended' when the resolution
    says so, or when the sums and dates it agrees differ from those recommended. A motion that
    was lost, withdrawn or deferred says so in its outcome."""
    if outcome in _STATUS_OF_OUTCOME:
        return _STATUS_OF_OUTCOME[outcome]
    if DEFERRED.search(decision_text):
        return "deferred"
    if REJECTED.search(decision_text):
        return "rejected"
    if AMENDED.search(decision_text):
        return "agreed as amended"
    if NOTED.match(_core(decision_text)) and not re.search(r"\b(?:and|to)\s+(?:agree|approve|adopt|endorse)", decision_text, re.I):
        return "noted"
    recommended, resolved = numbers_in(rec_text), numbers_in(decision_text)
    if recommended and resolved and not recommended <= resolved:
        return "agreed as amended"
    return "agreed"


@lru_cache(maxsize=4096)
def _wording(text: str) -> tuple[frozenset, str]:
    """A statement's content words and its normalised text, without 'That Cabinet agree to'."""
    core = _core(text)
    return frozenset(content_words(core)), norm(core)


class RecMatcher:
    """How well a resolution carries a recommendation (or adopts a proposal): the share of the
    recommendation's words it uses (active or passive: "approve the Strategy" / "the Strategy
    be approved"), or similar wording. The resolution's wording is read once, for holding many
    texts up to it, and a text that cannot score above `above` is not compared in full."""

    def __init__(self, decision: str, record=None):
        self.words, self.normed = _wording(decision or "")
        self.matcher = difflib.SequenceMatcher(None, "", self.normed, autojunk=False)
        self.record = record

    def match(self, rec: str, above: float = 0.0) -> float:
        a, normed = _wording(rec or "")
        b = self.words
        if not a or not b:
            return 0.0
        recall = len(a & b) / len(a)
        precision = len(a & b) / len(b)
        overlap = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
        if len(a) >= 4 and recall >= 0.85:
            overlap = max(overlap, recall)  # one resolution disposing of several recommendations
        if above and not _can_reach(normed, self.normed, max(above, overlap) + 1e-9):
            return overlap  # the wording cannot beat `above` nor the shared words: they decide
        m = self.matcher
        m.set_seq1(normed)
        return max(overlap, m.ratio())


def link_recommendations(db, scope: Scope | None = None, decided_reports: set[int] = frozenset()) -> int:
    """Each recommendation against the resolutions on its report. With `scope`, the
    recommendations of the reports of its meetings and documents, of the reports whose
    resolutions were relinked (`decided_reports`), and those whose decision is gone."""
    if scope is None:
        where, args = "report_id is not null", []
    else:
        reports = {r[0] for r in db.execute(f"select id from reports where {_in('meeting_id')} or {_in('document_id')}",
                                            [_ids(scope.meetings), _ids(scope.documents)])}
        reports |= set(decided_reports)
        reports |= {r[0] for r in db.execute("""select report_id from recommendations where decision_id is not null
                                                and not exists (select 1 from decisions x where x.id = decision_id)""")}
        where, args = _in("report_id"), [_ids(reports)]
    decisions = defaultdict(list)
    # a proposal is not what disposed of a recommendation: the decision that adopted it is
    for x in _rows(db, f"select id, text, report_id, outcome from decisions where ({where}) "
                       "and coalesce(kind, '') != 'proposed' order by id", args):
        decisions[x["report_id"]].append(x)
    recs = _rows(db, f"select id, report_id, text from recommendations where {where}", args)
    updates = []
    for rec in recs:
        ds = decisions.get(rec["report_id"], [])
        if not ds:
            updates.append((None, None, None, None, rec["id"]))  # not decided (yet) in the papers we have
            continue
        blanket = next((d for d in ds if BLANKET.search(d["text"])), None)
        best, score = None, 0.0
        for d in ds:
            s = RecMatcher(d["text"]).match(rec["text"], above=score)
            if s > score:
                best, score = d, s
        if best is not None and score >= 0.55:
            updates.append((best["id"], _status(best["text"], rec["text"], best["outcome"]), round(score, 2),
                            f"text {score:.2f}", rec["id"]))
        elif blanket is not None:
            updates.append((blanket["id"], _status(blanket["text"], "", blanket["outcome"]), 0.9, "recommendations agreed",
                            rec["id"]))
        elif len(ds) == 1 and (DEFERRED.search(ds[0]["text"]) or REJECTED.search(ds[0]["text"])
                               or ds[0]["outcome"] in _STATUS_OF_OUTCOME):
            updates.append((ds[0]["id"], _status(ds[0]["text"], "", ds[0]["outcome"]), 0.8, "whole report", rec["id"]))
        else:
            # the report was decided on, but no resolution matches this recommendation
            updates.append((None, "unknown", None, "no matching resolution", rec["id"]))
    db.conn.executemany("update recommendations set decision_id = ?, status = ?, link_confidence = ?, link_method = ? "
                        "where id = ?", updates)
    return sum(1 for u in updates if u[0])


# ---------------------------------------------------------------- targets -> earlier targets

PROGRESS = re.compile(r"\b(?:on track|progress|against (?:the|our|this) target|achiev|delivered|so far|to date|"
                      r"remain(?:s)? committed|still|continue)\w*", re.I)


def link_targets(db, scope: Scope | None = None) -> int:
    """Each target that reports progress against the most alike earlier target of its council
    with the same unit. With `scope`: in the councils of its documents, their targets, the
    targets dated after the earliest of those (a new paper may hold an earlier target for a
    later one), and those whose earlier target is gone; the rest keep their links."""
    where, args = ("1", []) if scope is None else (
        "d.council in (select value from json_each(?)) or (d.council is null and ?)",
        [json.dumps(sorted(c for c in scope.councils if c is not None)), None in scope.councils])
    targets = _rows(db, f"""select t.id, t.document_id, t.text, t.value, t.unit, t.earlier_target_id, d.council,
                                   coalesce(d.meeting_date, '') as date
                            from targets t join documents d on d.id = t.document_id where {where}
                            order by date, t.id""", args)
    if scope is None:
        relink = [True] * len(targets)
    else:
        ids = {t["id"] for t in targets}
        touched = [t["date"] for t in targets if t["document_id"] in scope.documents]
        since = min(touched) if touched else None
        relink = [t["document_id"] in scope.documents or (since is not None and t["date"] > since) or
                  (t["earlier_target_id"] is not None and t["earlier_target_id"] not in ids) for t in targets]
    earlier = defaultdict(list)  # (council, unit) -> its targets so far, in (date, id) order
    updates = []
    for t, again in zip(targets, relink):
        candidates = earlier[(t["council"], t["unit"])]
        t["norm"] = norm(t["text"])
        if again:
            best, conf = None, 0.0
            if PROGRESS.search(t["text"] or ""):
                for e in candidates:
                    if e["date"] >= t["date"]:
                        break  # in date order: the rest are no earlier
                    bonus = 0.2 if e["value"] == t["value"] else 0.0
                    # a pair that cannot beat the best so far (nor reach 0.6) is not compared in full
                    s = _similarity(t["norm"], e["norm"], below=max(0.6, conf) - bonus - 1e-9)
                    if bonus:
                        s = min(1.0, s + bonus)
                    if s > conf and s >= 0.6:
                        best, conf = e, s
            updates.append((best["id"] if best else None, round(conf, 2) if best else None, t["id"]))
        candidates.append(t)
    db.conn.executemany("update targets set earlier_target_id = ?, link_confidence = ? where id = ?", updates)
    return sum(1 for u in updates if u[0])


# ---------------------------------------------------------------- people across papers

_PERSON_TITLES = re.compile(r"\b(?:councillors?|cllrs?|mayor|deputy|vice|chair(?:man|woman|person)?|mr|mrs|ms|miss|mx|"
                            r"dr|sir|dame|lord|lady|rev|prof|trustee|supervisor|commissioner|council ?member|alderman|"
                            r"clerk|treasurer)\b\.?", re.I)


def _name_parts(name: str) -> tuple[str, str]:
    """(surname, initial) of a name without titles: 'Cllr J. Smith' -> ('smith', 'j'); 'Smith' -> ('smith', '')."""
    words = re.sub(r"[^a-z' -]", " ", _PERSON_TITLES.sub(" ", name or "").lower()).split()
    if not words:
        return "", ""
    return words[-1], words[0][0] if len(words) > 1 else ""


def link_people(db, councils: set | None = None) -> int:
    """One row in `people` per person per council, and each attendance and vote row pointed at
    it. 'Cllr J. Smith', 'Councillor Jane Smith' and 'Smith' of one council are one person when
    the council has one Smith with that initial (a bare surname joins only an unambiguous one).
    With `councils`, only the people of those councils are made again (new ids, after the
    others'); the rest keep theirs. Returns the number of people made."""
    if councils is None:
        where, args = "1", []
    else:
        where, args = "coalesce(d.council, '') in (select value from json_each(?))", [
            json.dumps(sorted({c or "" for c in councils}))]
    rows = []
    for table, col in (("attendance", "name"), ("votes", "person")):
        for r in _rows(db, f"""select t.id, t.{col} as name, coalesce(d.council, '') as council
                                from {table} t join documents d on d.id = t.document_id where {where}""", args):
            rows.append((table, r["id"], r["name"], r["council"]))
    people: dict[tuple[str, str, str], dict] = {}  # (council, surname, initial) -> person
    by_surname: dict[tuple[str, str], list] = defaultdict(list)  # (council, surname) -> their people

    def person(council: str, surname: str, initial: str) -> dict:
        key = (council, surname, initial)
        if key not in people:
            people[key] = {"names": set()}
            by_surname[(council, surname)].append(people[key])
        return people[key]

    for _, _, name, council in sorted(rows, key=lambda r: -len(r[2] or "")):
        surname, initial = _name_parts(name)
        if not surname:
            continue
        if initial:
            person(council, surname, initial)["names"].add(name)

    def person_of(name: str, council: str):
        surname, initial = _name_parts(name)
        if initial:
            return people.get((council, surname, initial))
        same = by_surname.get((council, surname), [])
        if len(same) == 1:
            return same[0]
        return person(council, surname, "")
    links = []
    for table, rid, name, council in rows:
        p = person_of(name, council) if _name_parts(name)[0] else None
        if p is not None:
            p["names"].add(name)
        links.append((table, rid, p))
    if councils is None:
        db.execute("delete from people")
        first = 1
    else:
        db.execute("delete from people where coalesce(council, '') in (select value from json_each(?))", args)
        first = db.execute("select coalesce(max(id), 0) + 1 from people").fetchone()[0]
    counts = defaultdict(int)
    for t, _, q in links:
        if q is not None:
            counts[(id(q), t)] += 1
    ids = {}
    for n, ((council, surname, initial), p) in enumerate(sorted(people.items()), first):
        ids[id(p)] = n
        full = max(p["names"], key=len) if p["names"] else surname.title()
        db["people"].insert({"id": n, "council": council or None, "name": full,
                             "variants": json.dumps(sorted(p["names"])),
                             "attendances": counts[(id(p), "attendance")], "votes": counts[(id(p), "votes")]})
    for table in ("attendance", "votes"):
        db.conn.executemany(f"update {table} set person_id = ? where id = ?",
                            [(ids.get(id(p)) if p is not None else None, rid) for t, rid, p in links if t == table])
    return len(ids)

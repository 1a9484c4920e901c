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
"""
from __future__ import annotations

import difflib
import re
from collections import defaultdict
from pathlib import Path

from pipeline.store import database as store

UNCERTAIN = 0.7  # below this a link is shown as a guess
MIN_TITLE = 0.6  # title similarity needed to link at all

_DECISION_PREFIX = re.compile(r"^\s*(?:\d{2}/\d{3,5}|[A-Z]{1,5}\d{1,4})\s*[-–:]\s*")  # "24/00108 - "


def norm(text: str | None) -> str:
    t = _DECISION_PREFIX.sub("", text or "")
    t = t.lower().replace("&", "and").replace("’", "'")
    return re.sub(r"[^a-z0-9]+", " ", t).strip()


def similarity(a: str | None, b: str | None) -> float:
    """How alike two titles are (0-1); a short heading whose words all appear in the other
    title ("Minutes" / "Minutes of the meeting held on 12 March") counts as alike."""
    x, y = norm(a), norm(b)
    if not x or not y:
        return 0.0
    if x == y:
        return 1.0
    if len(x) > 12 and len(y) > 12 and (x in y or y in x):
        return 0.9
    shorter, longer = sorted((set(x.split()), set(y.split())), key=len)
    if shorter and shorter <= longer and len(shorter) <= 4:
        return 0.8
    return difflib.SequenceMatcher(None, x, y, autojunk=False).ratio()


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


def relink(db) -> dict[str, int]:
    """Recompute every cross-document link in one transaction (ingest calls this at the end of a
    run that changed anything, while it still holds the database)."""
    with db.atomic():
        return {
            "agenda_items": link_agenda_items(db),
            "decisions": link_decisions(db),
            "recommendations": link_recommendations(db),
            "targets": link_targets(db),
        }


# ---------------------------------------------------------------- agenda items -> reports

def link_agenda_items(db) -> int:
    reports = _rows(db, """select r.id, r.document_id, r.part_id, r.title, r.item_number, r.meeting_id, d.doc_type
                           from reports r join documents d on d.id = r.document_id""")
    by_part = {r["part_id"]: r for r in reports if r["part_id"] is not None}
    by_meeting = defaultdict(list)
    for r in reports:
        if r["meeting_id"] is not None:
            by_meeting[r["meeting_id"]].append(r)
    items = _rows(db, "select id, document_id, number, title, part_id, meeting_id from agenda_items")
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
                s = similarity(it["title"], r["title"])
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

def link_decisions(db) -> int:
    items_by_meeting = defaultdict(list)
    for it in _rows(db, "select id, number, title, meeting_id, report_id from agenda_items where meeting_id is not null"):
        items_by_meeting[it["meeting_id"]].append(it)
    reports_by_meeting = defaultdict(list)
    for r in _rows(db, "select id, document_id, title, meeting_id from reports where meeting_id is not null"):
        reports_by_meeting[r["meeting_id"]].append(r)
    decisions = _rows(db, """select x.id, x.document_id, x.minute_heading, x.item_number, x.meeting_id, d.doc_type,
                                    d.title as doc_title
                             from decisions x join documents d on d.id = x.document_id""")
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
                s = similarity(heading, it["title"])
                m = f"minute heading {s:.2f}"
            if s > conf and s >= MIN_TITLE:
                item, conf, method = it, s, m
        report_id = item["report_id"] if item else None
        if report_id is None:
            # no agenda in the database: match the minute heading to the meeting's reports
            for r in reports_by_meeting.get(x["meeting_id"], []):
                s = similarity(heading, r["title"])
                if s >= MIN_TITLE and s > (conf if item is None else 0):
                    report_id, conf, method = r["id"], s, f"report title {s:.2f}"
        updates.append((item["id"] if item else None, report_id, round(conf, 2) if (item or report_id) else None,
                        method, x["id"]))
    db.conn.executemany("update decisions set agenda_item_id = ?, report_id = ?, link_confidence = ?, link_method = ? "
                        "where id = ?", updates)
    return sum(1 for u in updates if u[0] or u[1])


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


def _status(decision_text: str, rec_text: str) -> str:
    """What the resolution did with the recommendation. 'Agreed as amended' when the resolution
    says so, or when the sums and dates it agrees differ from those recommended."""
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


def _rec_match(rec: str, decision: str) -> float:
    """How well a resolution carries a recommendation: the share of the recommendation's words
    it uses (active or passive: "approve the Strategy" / "the Strategy be approved"), or similar
    wording."""
    a, b = content_words(_core(rec)), content_words(_core(decision))
    if not a or not b:
        return 0.0
    recall = len(a & b) / len(a)
    precision = len(a & b) / len(b)
    overlap = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
    if len(a) >= 4 and recall >= 0.85:
        overlap = max(overlap, recall)  # one resolution disposing of several recommendations
    ratio = difflib.SequenceMatcher(None, norm(_core(rec)), norm(_core(decision)), autojunk=False).ratio()
    return max(overlap, ratio)


def link_recommendations(db) -> int:
    decisions = defaultdict(list)
    # a proposal is not what disposed of a recommendation: the decision that adopted it is
    for x in _rows(db, "select id, text, report_id from decisions where report_id is not null "
                       "and coalesce(kind, '') != 'proposed'"):
        decisions[x["report_id"]].append(x)
    recs = _rows(db, "select id, report_id, text from recommendations where report_id is not null")
    updates = []
    for rec in recs:
        ds = decisions.get(rec["report_id"], [])
        if not ds:
            updates.append((None, None, None, None, rec["id"]))  # not decided (yet) in the papers we have
            continue
        blanket = next((d for d in ds if BLANKET.search(d["text"])), None)
        best, score = None, 0.0
        for d in ds:
            s = _rec_match(rec["text"], d["text"])
            if s > score:
                best, score = d, s
        if best is not None and score >= 0.55:
            updates.append((best["id"], _status(best["text"], rec["text"]), round(score, 2),
                            f"text {score:.2f}", rec["id"]))
        elif blanket is not None:
            updates.append((blanket["id"], _status(blanket["text"], ""), 0.9, "recommendations agreed",
                            rec["id"]))
        elif len(ds) == 1 and (DEFERRED.search(ds[0]["text"]) or REJECTED.search(ds[0]["text"])):
            updates.append((ds[0]["id"], _status(ds[0]["text"], ""), 0.8, "whole report", rec["id"]))
        else:
            # the report was decided on, but no resolution matches this recommendation
            updates.append((None, "unknown", None, "no matching resolution", rec["id"]))
    db.conn.executemany("update recommendations set decision_id = ?, status = ?, link_confidence = ?, link_method = ? "
                        "where id = ?", updates)
    return sum(1 for u in updates if u[0])


# ---------------------------------------------------------------- targets -> earlier targets

PROGRESS = re.compile(r"\b(?:on track|progress|against (?:the|our|this) target|achiev|delivered|so far|to date|"
                      r"remain(?:s)? committed|still|continue)\w*", re.I)


def link_targets(db) -> int:
    targets = _rows(db, """select t.id, t.text, t.value, t.unit, d.council, coalesce(d.meeting_date, '') as date
                           from targets t join documents d on d.id = t.document_id order by date, t.id""")
    updates = []
    for i, t in enumerate(targets):
        best, conf = None, 0.0
        if PROGRESS.search(t["text"] or ""):
            for e in targets[:i]:
                if e["council"] != t["council"] or e["date"] >= t["date"] or e["unit"] != t["unit"]:
                    continue
                s = similarity(t["text"], e["text"])
                if e["value"] == t["value"]:
                    s = min(1.0, s + 0.2)
                if s > conf and s >= 0.6:
                    best, conf = e, s
        updates.append((best["id"] if best else None, round(conf, 2) if best else None, t["id"]))
    db.conn.executemany("update targets set earlier_target_id = ?, link_confidence = ? where id = ?", updates)
    return sum(1 for u in updates if u[0])

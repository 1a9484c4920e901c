"""Meetings across documents, settled after ingest when every paper of a meeting is in the database.

A meeting is a body and a date that a paper says it is for (its front sheet, report header,
minutes heading or notice); the store makes one only when both are known (database.py). Here the
papers that do not name their meeting are tied to one, from what publishers' downloads show:

- a folder of a meeting: ModernGov, CMIS and similar sites publish a meeting's papers together,
  and downloads keep them in one folder (or flatten the folder into the file name,
  "kent__cabinet__2025-01-30__Appendix_A.pdf"). A folder is a meeting's when most of the papers
  in it that state a meeting state the same one; its appendices and cover sheets are then papers
  of that meeting, and take its council (the authority that published them, whatever places
  their text names);
- a paper listed by a meeting's agenda: its title is the title of an item on the agenda;
- the same body and date written differently ("Full Council", "County Council") are one meeting,
  and a meeting whose paper did not name the council takes its papers' council.

Then every record carries its meeting's council, committee and date (for facets without joins),
each meeting a readable label, and each proposed decision the decision that adopted it.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import PurePosixPath

# Record tables that carry council, committee and meeting_date columns.
FACETED = ("agenda_items", "reports", "recommendations", "decisions", "amounts", "targets", "tables", "figures",
           "attendance", "votes")
FACET_COLUMNS = {"council": str, "committee": str, "meeting_date": str}

# A folder is a meeting's when this many of its papers state one meeting, and that meeting is
# this share of the meetings its papers state.
FOLDER_MIN_PAPERS = 3
FOLDER_SHARE = 2 / 3

# Names for a council's full meeting: "Full Council", "County Council", "the Council", and the
# summons "To: All Members of the County Council".
WHOLE_COUNCIL = re.compile(r"^(?:all members of )?(?:the )?(?:full |county |city |borough |district |town |parish |"
                           r"metropolitan borough |ordinary |annual |extraordinary |special |budget )*council"
                           r"(?: meeting)?$")


def _norm(s: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (s or "").lower().replace("&", "and")).strip()


def body_key(committee: str | None) -> str:
    """The same body however a paper writes it: the whole council's meeting is "council"."""
    name = _norm(committee)
    return "council" if WHOLE_COUNCIL.match(name) else name


def meeting_key(council: str | None, committee: str | None, date: str | None) -> str:
    return f"{_norm(council)}|{body_key(committee)}|{date or ''}"


def council_name(council: str | None) -> str | None:
    """The authority in words: a UK principal authority of the packaged list as it calls itself
    ("Kent" -> "Kent County Council", "Haringey" -> "Haringey Council"); any other name as the
    papers give it ("Hermosa Beach", "Milburn Parish Council")."""
    from pipeline.extract.document import _gazetteer  # the packaged list of authorities

    if not council:
        return None
    names, counties = _gazetteer()
    if re.sub(r"[^a-z]+", "", council.lower().replace("&", "and")) not in names:
        return council
    return f"{council} County Council" if council in counties else f"{council} Council"


def meeting_label(council: str | None, committee: str | None, date: str | None) -> str:
    """ "Kent County Council – Cabinet – 30 January 2025"; the council is left out when the
    body's name already says it ("Lincoln Township Board")."""
    when = None
    if date:
        try:
            d = Date.fromisoformat(date)
            when = f"{d.day} {d:%B %Y}"
        except ValueError:
            when = date
    authority = council_name(council)
    if council and committee and _norm(council) in _norm(committee):
        authority = None
    return " – ".join(x for x in (authority, committee, when) if x)


def _rows(db, sql: str, args=()) -> list[dict]:
    cur = db.execute(sql, args)
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur]


def ensure_columns(db) -> None:
    """Facet columns on every record table, `label` on meetings, `adopted_by_id` on decisions."""
    tables = set(db.table_names())
    for name in FACETED:
        if name in tables:
            have = set(db[name].columns_dict)
            for col, typ in FACET_COLUMNS.items():
                if col not in have:
                    db[name].add_column(col, typ)
    if "meetings" in tables and "label" not in db["meetings"].columns_dict:
        db["meetings"].add_column("label", str)
    if "decisions" in tables and "adopted_by_id" not in db["decisions"].columns_dict:
        db["decisions"].add_column("adopted_by_id", int, fk="decisions", fk_col="id")


# ---------------------------------------------------------------- folders

def folders_of(path: str) -> list[str]:
    """The folders a file sits in, deepest first, counting a folder flattened into the name
    with double underscores ("kent__cabinet__2025-01-30__x.pdf" sits in "kent/cabinet/2025-01-30")."""
    p = PurePosixPath(path.replace("\\", "/"))
    parts = list(p.parent.parts) if str(p.parent) not in ("", ".") else []
    flat = p.name.split("__")[:-1]
    segments = parts + flat
    return ["/".join(segments[:i]) for i in range(len(segments), -1, -1)]


def _folder_meetings(docs: list[dict], paths: dict[int, list[str]]) -> dict[int, int]:
    """Document -> the meeting whose folder it is in.

    A folder is a meeting's when most papers in it (and its subfolders) state one meeting (minutes
    only for a meeting that papers for a meeting state too). A
    file's folder is found from its own folder upwards; a folder on the way whose papers state
    another meeting ends the search ("cabinet/2025-03-13" is not the folder of the meeting most
    of "cabinet/" is about)."""
    stated: dict[str, Counter] = defaultdict(Counter)
    # (minutes in a meeting's folder may record an earlier meeting, whose approval is on this one's
    # agenda: minutes count for the meeting they record only where papers for a meeting state it
    # too, as the folder's own minutes do)
    for records in (False, True):
        for d in docs:
            if d["meeting_id"] is None or (d["role"] == "records") != records:
                continue
            seen = set()
            for path in paths.get(d["id"], []):
                for folder in folders_of(path):
                    if folder not in seen and (not records or stated[folder][d["meeting_id"]]):
                        seen.add(folder)
                        stated[folder][d["meeting_id"]] += 1
    out = {}
    for d in docs:
        for path in paths.get(d["id"], []):
            below = None  # the meeting the folders below say most
            for folder in folders_of(path):
                counts = stated.get(folder)
                if not counts:
                    continue
                meeting, n = counts.most_common(1)[0]
                if below is not None and meeting != below:
                    break
                below = meeting
                if n >= FOLDER_MIN_PAPERS and n >= FOLDER_SHARE * sum(counts.values()):
                    out[d["id"]] = meeting
                    break
            if d["id"] in out:
                break
    return out


def _base_name(path: str) -> str:
    name = PurePosixPath(path.replace("\\", "/")).stem.split("__")[-1]
    return re.sub(r"(?:_\d{1,2}|\s*\(\d{1,2}\))$", "", name).lower()


def _same_body(meetings: dict, a: int, b: int) -> bool:
    return a in meetings and b in meetings and body_key(meetings[a]["committee"]) == body_key(meetings[b]["committee"]) \
        and (meetings[a]["council"] or "") in ("", meetings[b]["council"] or "")


def _other_council(meetings: dict, a: int, b: int) -> bool:
    return a in meetings and b in meetings and bool(meetings[a]["council"]) and bool(meetings[b]["council"]) \
        and meetings[a]["council"] != meetings[b]["council"]


# ---------------------------------------------------------------- merging meetings

def _merge(db, keep: int, drop: int, merged: set[int]) -> None:
    """Point everything at meeting `drop` to `keep`, and remove `drop` (both go into `merged`)."""
    merged |= {keep, drop}
    for table in db.table_names():
        if table in ("meetings", "document_meetings") or table.endswith(("_fts", "_fts_data", "_fts_idx",
                                                                       "_fts_docsize", "_fts_config")):
            continue
        if "meeting_id" in db[table].columns_dict:
            db.execute(f"update [{table}] set meeting_id = ? where meeting_id = ?", [keep, drop])
    db.execute("""insert or ignore into document_meetings (document_id, meeting_id, role, page)
                  select document_id, ?, role, page from document_meetings where meeting_id = ?""", [keep, drop])
    db.execute("delete from document_meetings where meeting_id = ?", [drop])
    db.execute("delete from meetings where id = ?", [drop])


def _merge_same_meetings(db, merged: set[int], scope: TieScope | None = None) -> None:
    """One row per meeting: the same body written two ways, or a meeting whose paper did not name
    the council when its other papers do. The meetings merged go into `merged`; rows are written
    only where a value changes. With `scope`, only its meetings are looked at (and any meeting
    outside it that one of them turns out to be)."""
    ids = scope and scope.meetings
    only, args = _within("id", ids)
    meetings = _rows(db, "select id, council, committee, date, key from meetings where 1" + only + " order by id", args)
    councils = defaultdict(Counter)  # meeting -> councils of its documents
    for r in db.execute("""select dm.meeting_id, d.council from document_meetings dm join documents d
                           on d.id = dm.document_id where d.council is not null""" + _within("dm.meeting_id", ids)[0],
                        args):
        councils[r[0]][r[1]] += 1
    for m in meetings:
        if not m["council"] and councils[m["id"]]:
            m["council"] = councils[m["id"]].most_common(1)[0][0]
            db.execute("update meetings set council = ? where id = ?", [m["council"], m["id"]])
    keys = {m["id"]: meeting_key(m["council"], m["committee"], m["date"]) for m in meetings}
    by_key: dict[str, int] = {}
    if scope is not None:
        # a meeting outside the scope with the key one of its meetings now has is the same meeting
        for mid, key in db.execute("select id, key from meetings where key in (select value from json_each(?)) and id not in "
                                   "(select value from json_each(?))", [json.dumps(sorted(set(keys.values()))), args[0]]):
            by_key[key] = mid
    for m in meetings:
        key = keys[m["id"]]
        if key in by_key:
            # the earlier meeting is kept (the one outside the scope may be the later)
            keep, drop = sorted((by_key[key], m["id"]))
            _merge(db, keep, drop, merged)
            by_key[key] = keep
        else:
            by_key[key] = keep = m["id"]
        if keep == m["id"] and m["key"] != key:
            db.execute("update meetings set key = ? where id = ?", [key, m["id"]])
    # a meeting is called what most of its own papers call it
    names = defaultdict(Counter)
    by_id = {m["id"]: m for m in meetings}
    for mid, committee in db.execute("""select meeting_id, committee from documents
                                        where meeting_id is not null and committee is not null""" +
                                     _within("meeting_id", ids)[0], args):
        if body_key(committee) == body_key(by_id[mid]["committee"] if mid in by_id else None):
            names[mid][committee] += 1
    for mid, counts in names.items():
        name = counts.most_common(1)[0][0]
        if mid in by_id and by_id[mid]["committee"] != name:
            db.execute("update meetings set committee = ? where id = ?", [name, mid])


# ---------------------------------------------------------------- tying papers to meetings

@dataclass
class Settled:
    """What tie_meetings did: how many papers it tied each way, and the documents and meetings
    whose meeting, council, committee or date it changed (their links are remade too)."""
    tied: Counter = field(default_factory=Counter)
    documents: set[int] = field(default_factory=set)
    meetings: set[int] = field(default_factory=set)
    councils: set = field(default_factory=set)  # of those documents, before and after


def _facts(db, scope: "TieScope | None" = None) -> tuple[dict, dict]:
    """What records copy from documents and meetings, to see afterwards what changed."""
    only_docs, doc_args = _within("d.id", scope and scope.documents)
    only_meetings, meeting_args = _within("id", scope and scope.meetings)
    docs = {r[0]: r[1:] for r in db.execute(
        """select d.id, d.council, d.committee, d.meeting_date, d.meeting_id,
                  (select group_concat(meeting_id) from (select meeting_id from document_meetings dm
                                                         where dm.document_id = d.id order by meeting_id))
           from documents d where 1""" + only_docs, doc_args)}
    meetings = {r[0]: r[1:] for r in db.execute("select id, council, committee, date, label from meetings where 1" +
                                                only_meetings, meeting_args)}
    return docs, meetings


@dataclass
class TieScope:
    """The documents and meetings whose ties a run can change, and their councils."""
    documents: set[int]
    meetings: set[int]
    councils: set[str]


def _top_folder(path: str) -> str | None:
    """The top folder a file sits in (a download's own: one site's or one scraper's papers), or None
    for a file at the corpus's root."""
    folders = folders_of(path)
    return folders[-2].split("/")[0] if len(folders) >= 2 else None


def scope_of(db, documents: set[int]) -> TieScope | None:
    """What the ties of `documents` can depend on and change: the papers in their top folders (a
    folder's meeting is counted from the papers in it and under it), the meetings of those papers,
    the meetings with the same key (merged with them), and the papers of their councils that no
    meeting has yet (a newly arrived agenda may list them). None when a paper sits at the corpus's
    root, whose folder is every paper's: then everything is settled again."""
    tops = set()
    for (path,) in db.execute("select path from document_files where document_id in (select value from json_each(?))",
                              [_ids(documents)]):
        top = _top_folder(path)
        if top is None:
            return None
        tops.add(top)
    docs = set(documents)
    for top in tops:
        # (the folder "kent" holds "kent/..." and the flattened "kent__cabinet__....pdf": two ranges of the path index)
        for lo, hi in ((top + "/", top + "0"), (top + "__", top + "_`")):
            docs |= {r[0] for r in db.execute("select document_id from document_files where path >= ? and path < ?", [lo, hi])}
    meetings = {r[0] for r in db.execute("select meeting_id from document_meetings where document_id in "
                                         "(select value from json_each(?))", [_ids(docs)])}
    councils = {r[0] for r in db.execute("select distinct council from documents where council is not null and id in "
                                         "(select value from json_each(?))", [_ids(docs)])}
    councils |= {r[0] for r in db.execute("select distinct council from meetings where council is not null and id in "
                                          "(select value from json_each(?))", [_ids(meetings)])}
    docs |= {r[0] for r in db.execute("select id from documents where meeting_id is null and (council is null or council in "
                                      "(select value from json_each(?)))", [json.dumps(sorted(councils))])}
    keys = [r[0] for r in db.execute("select key from meetings where id in (select value from json_each(?))", [_ids(meetings)])]
    meetings |= {r[0] for r in db.execute("select id from meetings where key in (select value from json_each(?))",
                                          [json.dumps(keys)])}
    # the papers of those meetings (a merge or a tie changes what theirs say)
    docs |= {r[0] for r in db.execute("select document_id from document_meetings where meeting_id in "
                                      "(select value from json_each(?))", [_ids(meetings)])}
    return TieScope(docs, meetings, councils)


def tie_meetings(db, documents: set[int] | None = None) -> Settled:
    """Settle meetings and tie papers to them.

    Which meeting a paper is tied to can depend on any paper of its folder, so with `documents`
    (what a run wrote or replaced) the ties are worked out again for the papers of their top
    folders, their meetings and their councils' papers without a meeting (scope_of), and copying
    meetings' facts into every record and matching proposed decisions with the decisions that
    adopted them is done for those documents and for the documents and meetings whose facts the
    ties changed: adding a paper costs the same however many other councils' papers the database
    holds. None does everything."""
    from pipeline.store.links import similarity

    ensure_columns(db)
    settled = Settled()
    tied = settled.tied
    merged: set[int] = set()
    with db.atomic():
        scope = scope_of(db, documents) if documents is not None else None
        # (what the queries below read: everything, or the scope's documents and meetings, and the
        # meetings of its councils whose agendas may list its papers)
        near = "" if scope is None else (" and (id in (select value from json_each(?)) or council is null or council in "
                                         "(select value from json_each(?)))")
        near_args = [] if scope is None else [_ids(scope.meetings), json.dumps(sorted(scope.councils))]
        docs_before, meetings_before = _facts(db, scope)
        _merge_same_meetings(db, merged, scope)
        if scope is not None:
            # (of the meetings merged, those kept are the scope's, those dropped are gone)
            kept = {r[0] for r in db.execute("select id from meetings where id in (select value from json_each(?))",
                                             [_ids(merged)])}
            scope.meetings = (scope.meetings - merged) | kept
        in_docs, docs_args = _within("d.id", scope and scope.documents)
        docs = _rows(db, """select d.id, d.council, d.committee, d.meeting_date, d.title, d.doc_type, d.meeting_id,
                                   (select role from document_meetings dm where dm.document_id = d.id
                                    and dm.meeting_id = d.meeting_id) as role
                            from documents d where 1""" + in_docs, docs_args)
        paths: dict[int, list[str]] = defaultdict(list)
        for path, doc_id in db.execute("select path, document_id from document_files where 1" +
                                       _within("document_id", scope and scope.documents)[0], docs_args):
            paths[doc_id].append(path)
        # (the scope's meetings hold every meeting its papers are tied to)
        meetings = {m["id"]: m for m in _rows(db, "select id, council, committee, date from meetings where 1" + near,
                                              near_args)}
        folder_meeting = _folder_meetings(docs, paths)
        agenda = defaultdict(list)  # meeting -> agenda item titles
        only, args = _within("meeting_id", meetings if scope is not None else None)
        for mid, title in db.execute("select meeting_id, title from agenda_items where meeting_id is not null" + only, args):
            agenda[mid].append(title)

        def tie(d: dict, mid: int, how: str) -> None:
            m = meetings[mid]
            db.execute("insert or ignore into document_meetings (document_id, meeting_id, role, page) values (?, ?, 'for', 1)",
                       [d["id"], mid])
            # a paper tied through its folder is published by the meeting's council
            council = m["council"] if how != "agenda" else (d["council"] or m["council"])
            db.execute("update documents set meeting_id = ?, council = ?, committee = ?, meeting_date = ?, year = ? "
                       "where id = ?", [mid, council, m["committee"], m["date"],
                                        int(m["date"][:4]) if m["date"] else None, d["id"]])
            d["meeting_id"] = mid
            tied[how] += 1
            if scope is not None:
                scope.meetings.add(mid)

        untied = []
        for d in docs:
            folder = folder_meeting.get(d["id"])
            if (d["meeting_id"] is not None and folder is not None and d["role"] == "for"
                    and d["meeting_id"] != folder and (_same_body(meetings, d["meeting_id"], folder)
                                                       or _other_council(meetings, d["meeting_id"], folder))):
                # a paper in a meeting's folder that seems to be for the same body on another day
                # (the date of its summons letter), or for another council's meeting (a letter
                # addressed to several councils): it is a paper of the folder's meeting
                db.execute("delete from document_meetings where document_id = ? and meeting_id = ?",
                           [d["id"], d["meeting_id"]])
                _repoint_records(db, d["id"], d["meeting_id"], folder)
                d["meeting_id"] = None
            if d["meeting_id"] is not None:
                if folder is not None and folder != d["meeting_id"]:
                    # minutes of the last meeting in this meeting's folder are also a paper for it
                    db.execute("insert or ignore into document_meetings (document_id, meeting_id, role, page) "
                               "values (?, ?, 'for', 1)", [d["id"], folder])
                    if not d["council"]:
                        db.execute("update documents set council = ? where id = ?", [meetings[folder]["council"], d["id"]])
            elif folder is not None:
                tie(d, folder, "folder")
            else:
                untied.append(d)

        # "Report_1.pdf", "Report (1).pdf": a downloader's second copy of a paper of a meeting
        by_name: dict[str, set] = defaultdict(set)
        for d in docs:
            if d["meeting_id"] is not None:
                for path in paths.get(d["id"], []):
                    by_name[_base_name(path)].add(d["meeting_id"])
        for d in untied:
            found = {m for p in paths.get(d["id"], []) for m in by_name.get(_base_name(p), ())}
            if len(found) == 1:
                tie(d, found.pop(), "copy")
            elif d["title"]:
                # a paper whose title is an item on one meeting's agenda
                scores = [(max(similarity(d["title"], t, below=0.85) for t in titles), m) for m, titles in agenda.items()
                          if not d["council"] or not meetings[m]["council"] or meetings[m]["council"] == d["council"]]
                good = [m for sc, m in scores if sc >= 0.85]
                if len(good) == 1:
                    tie(d, good[0], "agenda")

        # papers of one meeting name it as the meeting does; a paper's missing council is its meeting's
        if scope is not None:
            # (the papers of the meetings tied to are the scope's too: theirs is the name a meeting takes)
            scope.documents |= {r[0] for r in db.execute("select document_id from document_meetings where meeting_id in "
                                                         "(select value from json_each(?))", [_ids(scope.meetings)])}
        only, args = _within("id", scope and scope.documents)
        db.execute("""update documents set
                        council = coalesce(council, (select m.council from meetings m where m.id = documents.meeting_id)),
                        committee = (select m.committee from meetings m where m.id = documents.meeting_id),
                        meeting_date = (select m.date from meetings m where m.id = documents.meeting_id)
                      where meeting_id is not null""" + only, args)
        db.execute("delete from meetings where id not in (select meeting_id from document_meetings)")
        _merge_same_meetings(db, merged, scope)  # meetings whose council is known now from the papers tied to them
        only, args = _within("id", scope and scope.meetings)
        for m in _rows(db, "select id, council, committee, date, label from meetings where 1" + only, args):
            label = meeting_label(m["council"], m["committee"], m["date"])
            if label != m["label"]:
                db.execute("update meetings set label = ? where id = ?", [label, m["id"]])
        docs_after, meetings_after = _facts(db, scope)
        settled.documents = {i for i, f in docs_after.items() if docs_before.get(i) != f}
        settled.councils = {facts[i][0] for facts in (docs_before, docs_after) for i in settled.documents if i in facts}
        settled.meetings = merged | {i for i in meetings_before.keys() | meetings_after.keys()
                                     if meetings_before.get(i) != meetings_after.get(i)}
        if documents is None:
            _fill_records(db)
            tied["proposed adopted"] = link_proposed_decisions(db)
        else:
            docs = set(documents) | settled.documents
            meetings = settled.meetings | {r[0] for r in db.execute(
                "select meeting_id from document_meetings where document_id in (select value from json_each(?))",
                [_ids(docs)])}
            _fill_records(db, docs, meetings)
            tied["proposed adopted"] = link_proposed_decisions(db, docs)
    return settled


def _ids(ids) -> str:
    return json.dumps(sorted(i for i in ids if i is not None))


def _within(column: str, ids) -> tuple[str, list]:
    """(" and <column> in <ids>", its argument) to keep a query to a scope's rows; ("", []) for
    every row when `ids` is None."""
    if ids is None:
        return "", []
    return f" and {column} in (select value from json_each(?))", [_ids(ids)]


def _repoint_records(db, document_id: int, old: int, new: int) -> None:
    for table in db.table_names():
        if table not in ("meetings", "documents", "document_meetings") and "meeting_id" in db[table].columns_dict \
                and "document_id" in db[table].columns_dict:
            db.execute(f"update [{table}] set meeting_id = ? where document_id = ? and meeting_id = ?",
                       [new, document_id, old])


def _fill_records(db, documents: set[int] | None = None, meetings: set[int] | None = None) -> None:
    """Records without a meeting take their paper's; each record's council, committee and date
    are those of its meeting, else of its paper. With `documents` and `meetings`, only the
    records of those documents or meetings (nothing else can have changed)."""
    tables = set(db.table_names())
    for name in FACETED:
        if name not in tables:
            continue
        cols = db[name].columns_dict
        if documents is None:
            only, args = "1", []
        else:
            only = ("(document_id in (select value from json_each(?))" +
                    (" or meeting_id in (select value from json_each(?)))" if "meeting_id" in cols else ")"))
            args = [_ids(documents)] + ([_ids(meetings or ())] if "meeting_id" in cols else [])
        if "meeting_id" in cols:
            db.execute(f"""update [{name}] set meeting_id = (select d.meeting_id from documents d
                                                             where d.id = [{name}].document_id)
                           where meeting_id is null and {only}""", args)
            db.execute(f"""update [{name}] set
                  council = coalesce((select m.council from meetings m where m.id = [{name}].meeting_id),
                                     (select d.council from documents d where d.id = [{name}].document_id)),
                  committee = coalesce((select m.committee from meetings m where m.id = [{name}].meeting_id),
                                       (select d.committee from documents d where d.id = [{name}].document_id)),
                  meeting_date = coalesce((select m.date from meetings m where m.id = [{name}].meeting_id),
                                          (select d.meeting_date from documents d where d.id = [{name}].document_id))
                  where {only}""", args)
        else:
            db.execute(f"""update [{name}] set
                  council = (select d.council from documents d where d.id = [{name}].document_id),
                  committee = (select d.committee from documents d where d.id = [{name}].document_id),
                  meeting_date = (select d.meeting_date from documents d where d.id = [{name}].document_id)
                  where {only}""", args)


# ---------------------------------------------------------------- proposed decisions

def _months_later(iso: str, months: int) -> str:
    year, month = int(iso[:4]), int(iso[5:7]) + months
    return f"{year + (month - 1) // 12:04d}-{(month - 1) % 12 + 1:02d}{iso[7:]}"


def link_proposed_decisions(db, documents: set[int] | None = None) -> int:
    """Each proposed decision -> the decision that adopted it: a resolution of the same council
    at the proposal's meeting or in the half year after it, worded alike.

    With `documents` (what changed), only the proposals whose answer can have changed: those
    in the documents, those whose adopter is gone or in the documents, and those of a council
    and half year in which the documents hold a resolution. The rest keep their links."""
    from pipeline.store.links import RecMatcher

    cols = db["decisions"].columns_dict
    if "adopted_by_id" not in cols:
        return 0
    fields = "id, text, coalesce(council, '') as council, coalesce(meeting_date, '') as date"
    if documents is None:
        proposals = _rows(db, f"select {fields} from decisions where kind = 'proposed'")
    else:
        docs = _ids(documents)
        new = _rows(db, f"""select {fields} from decisions where kind != 'proposed'
                            and document_id in (select value from json_each(?))""", [docs])
        new_dates = defaultdict(list)
        for x in new:
            new_dates[x["council"]].append(x["date"])
        proposals = [p for p in _rows(db, f"""
            select {fields}, document_id in (select value from json_each(?)) or (adopted_by_id is not null and not exists (
                select 1 from decisions x where x.id = decisions.adopted_by_id
                and x.document_id not in (select value from json_each(?)))) as again
            from decisions where kind = 'proposed' and (coalesce(council, '') in (select value from json_each(?))
                or document_id in (select value from json_each(?)) or adopted_by_id is not null)""",
            [docs, docs, json.dumps(sorted(new_dates)), docs])
            if p.pop("again") or any(_in_window(p["date"], d) for d in new_dates.get(p["council"], ()))]
    if not proposals:
        return 0
    councils = json.dumps(sorted({p["council"] for p in proposals}))
    by_council = defaultdict(list)
    for x in _rows(db, f"""select {fields} from decisions where kind != 'proposed'
                           and coalesce(council, '') in (select value from json_each(?)) order by id""", [councils]):
        by_council[x["council"]].append(RecMatcher(x["text"], x))
    updates = []
    for p in proposals:
        best, score = None, 0.0
        for x in by_council.get(p["council"], []):
            if not _in_window(p["date"], x.record["date"]):
                continue
            s = x.match(p["text"], above=score)
            if s > score:
                best, score = x.record, s
        updates.append((best["id"] if best is not None and score >= 0.6 else None, p["id"]))
    db.conn.executemany("update decisions set adopted_by_id = ? where id = ?", updates)
    return sum(1 for u in updates if u[0])


def _in_window(proposed: str, decided: str) -> bool:
    """A resolution on `decided` can adopt a proposal of `proposed`: at its meeting or in the
    half year after (either date unknown: it can)."""
    return not proposed or not decided or proposed <= decided <= _months_later(proposed, 6)

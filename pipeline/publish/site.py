"""The reader-facing site: what turns Datasette's tables into pages a researcher or journalist
reads without SQL. Registered as a Datasette plugin by datasette_plugin.py; the pages themselves
are the templates in templates/ (served with --template-dir) and static/site.css (serve.py passes both to Datasette).

- search (`/-/search?q=...`, datasette-search-all's address): one server-rendered list per kind
  of record in a fixed order (decisions, recommendations, agenda items, reports, report
  sections, pages), each hit a short snippet with the matching words marked, linking to the
  record's page and to its PDF page;
- "story" data for the row pages of meetings, reports, decisions, documents and people (their
  agenda items, recommendations -> decisions -> status, votes, attendance, papers, amounts ...)
  and a council page (`/<database>/-/council/<name>`);
- cells: foreign keys shown by their labels, money and numbers formatted, positions (bbox)
  compact, council names linking to their council page;
- the JSON API decodes bbox (and the other JSON columns) to arrays, as the export does, and
  Atom feeds carry absolute links.

Every query checks the tables and columns it needs, so the site works on databases made
before a kind of record existed.
"""
from __future__ import annotations

import json
import re
import urllib.parse
from pathlib import Path

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC = Path(__file__).resolve().parent / "static"
# Columns about provenance and bookkeeping: kept in the data and the API, shown on a row page
# under "Provenance and internal fields" and left out of table pages unless ?_internal=1.
INTERNAL_COLUMNS = {"bbox", "sha256", "link_method", "path", "key", "extract_seconds", "width", "height",
                    "mtime", "seen_at", "header", "variants", "roll_call", "size_bytes", "ingested_at",
                    "has_text", "blank", "header_rows", "method", "printed"}
# Tables of the pipeline's own bookkeeping, listed last (and hidden in metadata.yml).
HOUSEKEEPING = ["document_meetings", "document_files", "document_versions", "failures", "meta"]
# The order a reader meets the data in: meetings and their papers, then what they say.
TABLE_ORDER = ["meetings", "documents", "agenda_items", "reports", "recommendations", "decisions", "votes",
               "attendance", "people", "amounts", "targets", "tables", "figures", "report_sections", "parts",
               "pages", "table_cells"]
# Search sections in the order results are shown: what was decided first, whole pages last.
SEARCH_SECTIONS = [
    # (table, heading, snippet column index in its FTS table, sql for the hit's title)
    ("decisions", "Decisions", None, "case when t.kind = 'proposed' then 'Proposed: ' else '' end || "
                                     "coalesce(t.minute_ref || ' ', '') || coalesce(t.minute_heading, '')"),
    ("recommendations", "Recommendations", None, "coalesce('Recommendation ' || t.number, 'Recommendation')"),
    ("agenda_items", "Agenda items", None, "coalesce('Item ' || t.number || ': ', '') || coalesce(t.title, '')"),
    ("reports", "Reports", None, "coalesce(t.title, 'Report')"),
    ("report_sections", "Report sections", None, "coalesce(t.number || ' ', '') || coalesce(t.heading, '')"),
    ("pages", "Pages", None, "coalesce(d.title, d.filename, 'Paper') || ', page ' || t.page"),
]
SEARCH_LIMIT = 10
CURRENCY = {"GBP": "£", "USD": "$", "CAD": "C$", "EUR": "€", "AUD": "A$", "NZD": "NZ$"}
MONEY_COLUMNS = {("amounts", "value"), ("table_cells", "value"), ("targets", "value"), ("targets", "baseline")}
# How a row of each table is named where another record links to it.
LABELS = {
    "documents": "coalesce(title, filename)",
    "meetings": "trim(coalesce(council || ' ', '') || coalesce(committee, 'meeting') || coalesce(', ' || date, ''))",
    "reports": "title",
    "agenda_items": "coalesce('Item ' || number || ': ', '') || coalesce(title, '')",
    "decisions": "coalesce(minute_ref || ': ', '') || substr(text, 1, 300)",
    "recommendations": "coalesce(number || ' ', '') || substr(text, 1, 300)",
    "parts": "title",
    "tables": "coalesce(caption, 'Table on page ' || page)",
    "targets": "substr(text, 1, 300)",
    "people": "name",
    "figures": "coalesce(caption, kind)",
    "amounts": "text || coalesce(' (' || role || ')', '')",
}
FOREIGN_KEYS = {"document_id": "documents", "meeting_id": "meetings", "report_id": "reports",
                "decision_id": "decisions", "agenda_item_id": "agenda_items", "part_id": "parts",
                "table_id": "tables", "recommendation_id": "recommendations", "earlier_target_id": "targets",
                "person_id": "people"}
JSON_COLUMNS = ["bbox", "rows", "header", "warnings", "roll_call", "variants"]


# ---------------------------------------------------------------------------- helpers

async def label_sql(db, table: str) -> str | None:
    """How to name a row of `table`: its own `label` column where the database has one (meetings
    in words), else the expression in LABELS."""
    if table not in LABELS:
        return None
    if "label" in await _columns(db, table):
        return f"coalesce(label, {LABELS[table]})"
    return LABELS[table]


async def _rows(db, sql: str, params=None) -> list[dict]:
    return [dict(r) for r in (await db.execute(sql, params or []))]


async def _columns(db, table: str) -> set:
    if not await db.table_exists(table):
        return set()
    return set(await db.table_columns(table))


def _cols(available: set, *wanted: str, alias: str = "") -> str:
    """Select list of the wanted columns that exist (missing ones as null), for old databases."""
    prefix = f"{alias}." if alias else ""
    return ", ".join(f"{prefix}[{c}]" if c in available else f"null as [{c}]" for c in wanted)


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query every word of which must match: each word quoted, so
    punctuation and FTS syntax (AND, -, *, quotes) in what people type never raise an error."""
    words = [w for w in re.findall(r"[\w'’£$%.-]+", text or "") if re.search(r"\w", w)]
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def _snippet_html(snippet: str) -> Markup:
    # snippet() marks matches with control characters, so the text is escaped before <mark> goes in
    text = str(escape(re.sub(r"\s+", " ", snippet or "")))
    return Markup(text.replace("\x02", "<mark>").replace("\x03", "</mark>"))


def format_number(value, unit: str | None = None) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    number = f"{value:,}" if isinstance(value, int) else f"{value:,.2f}".rstrip("0").rstrip(".")
    if unit in CURRENCY:
        return ("-" if number.startswith("-") else "") + CURRENCY[unit] + number.lstrip("-")
    if unit == "percent":
        return number + "%"
    return number


def _pdf_link(datasette, database, document_id, page=None) -> str:
    # ?page= lets the PDF route send the reader to the published copy's page when the file is gone
    url = datasette.urls.path(f"/-/pdf/{database}/{int(document_id)}")
    return url + (f"?page={int(page)}#page={int(page)}" if page else "")


@hookimpl
def prepare_connection(conn):
    # fts_words(:words) in canned queries: what a reader typed as a safe FTS5 query
    conn.create_function("fts_words", 1, lambda text: fts_query(text) or '""', deterministic=True)


# ---------------------------------------------------------------------------- cells

@hookimpl(tryfirst=True)
def render_cell(row, value, column, table, database, datasette):
    keys = row.keys() if hasattr(row, "keys") else []
    if column in FOREIGN_KEYS and isinstance(value, int) and not isinstance(value, bool) \
            and table != FOREIGN_KEYS[column]:
        return _labelled_link(datasette, database, FOREIGN_KEYS[column], value)
    if (table, column) in MONEY_COLUMNS and isinstance(value, (int, float)):
        unit = row["unit"] if "unit" in keys else None
        return Markup(f'<span class="number">{escape(format_number(value, unit))}</span>')
    if isinstance(value, float) and column not in ("link_confidence",):
        return Markup(f'<span class="number">{escape(format_number(value))}</span>')
    if column == "bbox" and isinstance(value, str) and value.startswith("["):
        try:
            box = [round(float(x)) for x in json.loads(value)]
        except (ValueError, TypeError):
            return None
        return Markup(f'<span class="bbox" title="x0, top, x1, bottom in points">{escape(str(box))}</span>')
    if column == "council" and isinstance(value, str) and value:
        href = datasette.urls.path(f"/{database}/-/council/{urllib.parse.quote(value, safe='')}")
        return Markup(f'<a href="{href}">{escape(value)}</a>')
    return None


def _labelled_link(datasette, database, other_table, value):
    async def inner():
        href = datasette.urls.path(f"/{database}/{other_table}/{value}")
        label = None
        if other_table in LABELS:
            try:
                db = datasette.get_database(database)
                found = (await db.execute(f"select {await label_sql(db, other_table)} from [{other_table}] "
                                          "where id = ?", [value])).first()
                label = found[0] if found else None
            except Exception:  # an older database without that column: the id alone
                label = None
        text = f"{label}" if label else f"{other_table} {value}"
        return Markup(f'<a href="{href}" title="{escape(other_table)} {value}">{escape(_short(text))}</a>')
    return inner


def _short(text: str, limit: int = 120) -> str:
    text = re.sub(r"\s+", " ", text or "").strip()
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


# ---------------------------------------------------------------------------- template data

@hookimpl
def extra_template_vars(template, database, table, view_name, request, datasette):
    async def inner():
        show_internal = bool(request and request.args.get("_internal"))
        out = {
            "hidden_columns": set() if show_internal else INTERNAL_COLUMNS,
            "internal_columns": INTERNAL_COLUMNS,
            "ordered_tables": _ordered_tables,
            "format_number": format_number,
            "short": _short,
        }
        try:
            if template == "search_all.html" and request is not None:
                out["search"] = await search(datasette, request.args.get("q") or "")
            elif template == "index.html":
                out["home"] = await home(datasette, request.actor if request else None)
            elif view_name == "row" and request is not None and table:
                db = datasette.get_database(database)
                pk = request.url_vars.get("pks")
                story = STORIES.get(table)
                out["record_title"] = await record_title(db, table, pk)
                if story and pk and pk.isdigit():
                    out["story"] = await story(datasette, db, int(pk))
        except Exception as e:  # a page without its extras is better than an error page
            out["story_error"] = str(e)
        return out
    return inner


def _ordered_tables(tables):
    """Datasette's table dicts (or names) in reading order: data first, housekeeping last."""
    def key(t):
        name = t["name"] if isinstance(t, dict) else t
        if name in TABLE_ORDER:
            return (0, TABLE_ORDER.index(name), name)
        return (2 if name in HOUSEKEEPING else 1, 0, name)
    return sorted(tables, key=key)


async def record_title(db, table, pk):
    if table not in LABELS or not (pk or "").isdigit():
        return None
    try:
        row = (await db.execute(f"select {await label_sql(db, table)} from [{table}] where id = ?", [int(pk)])).first()
    except Exception:
        return None
    return _short(row[0], 160) if row and row[0] else None


async def home(datasette, actor=None) -> dict:
    db = next((d for d in datasette.databases.values() if not d.name.startswith("_")), None)
    if db is None:
        return {}
    out = {"database": db.name, "counts": {}, "councils": [], "meetings": [],
           "queries": await datasette.get_canned_queries(db.name, actor)}
    names = set(await db.table_names())
    for name in TABLE_ORDER:
        if name in names:
            out["counts"][name] = (await db.execute(f"select count(*) from [{name}]")).first()[0]
    if "meetings" in names:
        out["councils"] = await _rows(db, """
            select council, count(*) as meetings, min(date) as first, max(date) as last
            from meetings where council is not null group by council order by council""")
        out["meetings"] = await _rows(db, """
            select id, council, committee, date from meetings
            order by date desc, id desc limit 8""")
    return out


# ---------------------------------------------------------------------------- search

async def search(datasette, q: str) -> dict:
    query = fts_query(q)
    out = {"q": q, "sections": [], "total": 0}
    if not query:
        return out
    for db in datasette.databases.values():
        if db.name.startswith("_"):
            continue
        for table, heading, _, title_sql in SEARCH_SECTIONS:
            fts = f"{table}_fts"
            if not await db.table_exists(fts):
                continue
            columns = await _columns(db, table)
            where_page = "t.page" if "page" in columns else ("t.page_start" if "page_start" in columns else "null")
            # snippet over all indexed columns (-1): the column that matched is the one shown
            sql = f"""select t.id, t.document_id, {where_page} as page, {title_sql} as title,
                             snippet([{fts}], -1, char(2), char(3), '…', 14) as snippet,
                             d.title as document_title, {_meeting_sql(columns)} as meeting
                      from [{fts}] join [{table}] t on t.rowid = [{fts}].rowid
                      left join documents d on d.id = t.document_id
                      {'left join meetings m on m.id = t.meeting_id' if 'meeting_id' in columns else ''}
                      where [{fts}] match ? order by rank limit {3 * SEARCH_LIMIT + 1}"""
            try:
                hits = await _rows(db, sql, [query])
            except Exception:
                continue
            count = len(hits)
            if count > 3 * SEARCH_LIMIT:
                count = (await db.execute(f"select count(*) from [{fts}] where [{fts}] match ?", [query])).first()[0]
            # the same record printed in two papers (minutes again in a later pack, a recommendation
            # in a report's summary and body) is one hit, with its other copies counted
            hits = _copies_folded(hits)
            for h in hits:
                if h["meeting"] and h["document_title"] and h["meeting"].split(" ")[0] in h["document_title"]:
                    h["meeting"] = None  # the paper's title names its meeting already
                if table == "pages":
                    h["document_title"] = None  # the hit's title is the paper's
                h["snippet_html"] = _snippet_html(h["snippet"])
                h["url"] = datasette.urls.path(f"/{db.name}/{table}/{h['id']}")
                h["pdf_url"] = _pdf_link(datasette, db.name, h["document_id"], h["page"]) if h["document_id"] else None
                h["title"] = _short(h["title"] or heading, 140)
            if hits:
                out["sections"].append({
                    "table": table, "heading": heading, "hits": hits[:SEARCH_LIMIT], "count": count,
                    "more_url": datasette.urls.path(f"/{db.name}/{table}?" + urllib.parse.urlencode({"_search": q})),
                })
                out["total"] += count
    return out


def _meeting_sql(columns: set) -> str:
    if "meeting_id" not in columns:
        return "trim(coalesce(d.committee, '') || ' ' || coalesce(d.meeting_date, ''))"
    return "trim(coalesce(m.committee, d.committee, '') || ' ' || coalesce(m.date, d.meeting_date, ''))"



# ---------------------------------------------------------------------------- stories

async def meeting_story(datasette, db, meeting_id: int) -> dict:
    dcols = await _columns(db, "decisions")
    papers = await _rows(db, """
        select d.id, d.title, d.filename, d.doc_type, d.page_count, coalesce(dm.role, 'for') as role
        from documents d left join document_meetings dm on dm.document_id = d.id and dm.meeting_id = ?
        where dm.meeting_id = ? or d.meeting_id = ?
        group by d.id
        order by case d.doc_type when 'agenda_pack' then 0 when 'agenda' then 1 when 'minutes' then 2
                 when 'decision_notice' then 3 when 'report' then 4 else 5 end, d.id""",
        [meeting_id, meeting_id, meeting_id])
    agenda = await _rows(db, """
        select a.id, a.number, a.title, a.page, a.document_id, a.report_id, r.title as report_title,
               d.doc_type in ('agenda', 'agenda_pack') as from_agenda
        from agenda_items a left join reports r on r.id = a.report_id left join documents d on d.id = a.document_id
        where a.meeting_id = ? order by a.document_id, a.id""", [meeting_id])
    agenda = _the_agenda(agenda)
    reports = await _rows(db, """
        select id, title, document_id, page_start, lead_officer, key_decision from reports
        where meeting_id = ? order by document_id, page_start, id""", [meeting_id])
    recommendations = await _rows(db, """
        select r.id, r.number, r.text, r.status, r.page, r.document_id, r.decision_id, rep.title as report_title
        from recommendations r join reports rep on rep.id = r.report_id
        where rep.meeting_id = ? order by rep.id, r.id""", [meeting_id])
    decisions = await _rows(db, f"""
        select {_cols(dcols, 'id', 'minute_ref', 'minute_heading', 'text', 'kind', 'page', 'document_id',
                      'outcome', 'votes_for', 'votes_against', 'votes_abstain', 'mover', 'seconder', 'report_id')}
        from decisions where meeting_id = ? order by document_id, id""", [meeting_id])
    decisions = _once(decisions, "minute_ref", "text")  # minutes printed again in a later pack
    await _attach_votes(db, decisions)
    attendance = []
    if await db.table_exists("attendance"):
        acols = await _columns(db, "attendance")
        attendance = await _rows(db, f"""
            select {_cols(acols, 'id', 'name', 'status', 'role', 'person_id', 'page', 'document_id')}
            from attendance where meeting_id = ?
            group by coalesce(person_id, name), status  -- printed in the minutes and again in a later pack
            order by status, role, name""", [meeting_id])
    meeting = (await _rows(db, "select * from meetings where id = ?", [meeting_id]) or [{}])[0]
    return {"kind": "meeting", "meeting": meeting, "papers": papers, "agenda_items": agenda, "reports": reports,
            "recommendations": recommendations, "decisions": decisions,
            "attendance": _group(attendance, "status")}


def _plain_words(text) -> str:
    return re.sub(r"\W+", " ", str(text or "").lower()).strip()


def _copies_folded(hits: list[dict]) -> list[dict]:
    """Search hits whose title and snippet read the same once, the first (best ranked) kept with
    the number of other copies in `copies`."""
    first: dict[tuple, dict] = {}
    for h in hits:
        key = (_plain_words(h.get("title")), _plain_words(h.get("snippet")))
        if key in first:
            first[key]["copies"] += 1
        else:
            first[key] = dict(h, copies=0)
    return list(first.values())


def _once(rows: list[dict], *fields: str) -> list[dict]:
    """Rows whose fields read the same (ignoring case, spacing and punctuation) once, the first kept."""
    seen, out = set(), []
    for r in rows:
        key = tuple(_plain_words(r.get(f)) for f in fields)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _the_agenda(items: list[dict]) -> list[dict]:
    """A meeting's agenda is what its agenda papers list (numbered paragraphs of a report are
    not items), each item once though the agenda is printed in two papers."""
    if any(i["from_agenda"] for i in items):
        items = [i for i in items if i["from_agenda"]]
    return _once(items, "number", "title")


async def _attach_votes(db, decisions: list[dict]) -> None:
    if not decisions or not await db.table_exists("votes"):
        return
    vcols = await _columns(db, "votes")
    ids = [d["id"] for d in decisions]
    marks = ",".join("?" * len(ids))
    votes = await _rows(db, f"""select {_cols(vcols, 'decision_id', 'person', 'vote', 'person_id')}
                                from votes where decision_id in ({marks}) order by vote, person""", ids)
    by_decision: dict = {}
    for v in votes:
        by_decision.setdefault(v["decision_id"], []).append(v)
    for d in decisions:
        d["votes"] = _group(by_decision.get(d["id"], []), "vote")


def _group(rows: list[dict], key: str) -> list[tuple[str, list[dict]]]:
    groups: dict = {}
    for r in rows:
        groups.setdefault(r.get(key) or "unknown", []).append(r)
    return list(groups.items())


async def report_story(datasette, db, report_id: int) -> dict:
    report = (await _rows(db, "select * from reports where id = ?", [report_id]) or [{}])[0]
    header = []
    try:
        parsed = json.loads(report.get("header") or "[]")
        header = [tuple(p)[:2] for p in parsed if isinstance(p, (list, tuple)) and len(p) >= 2] \
            if isinstance(parsed, list) else list(parsed.items())
    except (ValueError, TypeError, AttributeError):
        header = []
    dcols = await _columns(db, "decisions")
    outcome = "x.outcome" if "outcome" in dcols else "null"
    recommendations = await _rows(db, f"""
        select r.id, r.number, r.text, r.status, r.page, r.document_id, r.link_confidence,
               x.id as decision_id, x.minute_ref as decision_ref, x.text as decision_text,
               x.page as decision_page, x.document_id as decision_document_id, {outcome} as decision_outcome
        from recommendations r left join decisions x on x.id = r.decision_id
        where r.report_id = ? order by r.id""", [report_id])
    decisions = await _rows(db, f"""
        select {_cols(dcols, 'id', 'minute_ref', 'text', 'page', 'document_id', 'outcome', 'kind')}
        from decisions where report_id = ? order by id""", [report_id])
    amounts = await _rows(db, """select id, text, value, unit, role, context, page, document_id from amounts
                                 where report_id = ? order by page, id limit 200""", [report_id])
    targets = await _rows(db, """select id, text, value, unit, direction, period, deadline, page, document_id
                                 from targets where report_id = ? order by page, id""", [report_id])
    tables = await _rows(db, """select id, caption, page, n_rows, n_cols, kind, rows, document_id from tables
                                where report_id = ? and coalesce(kind, 'data') != 'metadata' order by page, id""",
                         [report_id])
    for t in tables:
        try:
            t["preview"] = json.loads(t.pop("rows") or "[]")[:6]
        except ValueError:
            t["preview"] = []
    figures = await _rows(db, """select id, kind, caption, page, document_id, image_path from figures
                                 where report_id = ? order by page, id""", [report_id])
    agenda = await _rows(db, """select a.id, a.number, a.title, a.meeting_id from agenda_items a
                                where a.report_id = ? order by a.id""", [report_id])
    linked = {d["decision_id"] for d in recommendations} | {_plain_words(d["decision_text"]) for d in recommendations}
    # decisions no recommendation points at, each once, and not a second copy of one that is linked
    others = [d for d in _once(decisions, "minute_ref", "text")
              if d["id"] not in linked and _plain_words(d["text"]) not in linked]
    return {"kind": "report", "report": report, "header": header, "recommendations": recommendations,
            "decisions": decisions, "other_decisions": others, "amounts": amounts, "targets": targets, "tables": tables, "figures": figures,
            "agenda_items": agenda}


async def decision_story(datasette, db, decision_id: int) -> dict:
    decisions = await _rows(db, "select id from decisions where id = ?", [decision_id])
    await _attach_votes(db, decisions)
    recommendations = await _rows(db, """select id, number, text, status, report_id from recommendations
                                         where decision_id = ? order by id""", [decision_id])
    amounts = await _rows(db, """select id, text, value, unit, page, document_id from amounts
                                 where decision_id = ? order by id""", [decision_id])
    present = []
    if await db.table_exists("attendance"):  # who could have voted, where no vote is recorded by name
        present = await _rows(db, """
            select a.name, a.person_id, a.role from attendance a join decisions x on x.meeting_id = a.meeting_id
            where x.id = ? and a.status = 'present'
            group by coalesce(a.person_id, a.name)  -- a list printed in two papers names each person once
            order by a.role != 'member', a.name""", [decision_id])
    return {"kind": "decision", "votes": decisions[0].get("votes", []) if decisions else [],
            "recommendations": recommendations, "amounts": amounts, "present": present}


async def person_story(datasette, db, person_id: int) -> dict:
    attended, votes = [], []
    if await db.table_exists("attendance"):
        attended = await _rows(db, """
            select a.status, a.role, a.page, a.document_id, m.id as meeting_id, m.council, m.committee, m.date
            from attendance a left join meetings m on m.id = a.meeting_id
            where a.person_id = ? order by m.date desc, m.id desc""", [person_id])
    if await db.table_exists("votes"):
        dcols = await _columns(db, "decisions")
        votes = await _rows(db, f"""
            select v.vote, v.page, v.document_id, x.id as decision_id, x.minute_ref, x.text,
                   {'x.outcome' if 'outcome' in dcols else 'null'} as outcome,
                   m.id as meeting_id, m.committee, m.date
            from votes v left join decisions x on x.id = v.decision_id left join meetings m on m.id = x.meeting_id
            where v.person_id = ? order by m.date desc, x.id""", [person_id])
    return {"kind": "person", "attended": _one_per_meeting(attended), "votes": votes}


def _one_per_meeting(rows: list[dict]) -> list[dict]:
    """A meeting's attendance is often printed twice (its minutes, and again in the next agenda
    pack): one row per meeting, with every place it is printed as `sources`."""
    out: dict = {}
    for r in rows:
        key = (r["meeting_id"], r["status"]) if r["meeting_id"] else id(r)
        kept = out.setdefault(key, {**r, "sources": []})
        if (r["document_id"], r["page"]) not in kept["sources"]:
            kept["sources"].append((r["document_id"], r["page"]))
    return list(out.values())


async def document_story(datasette, db, document_id: int) -> dict:
    meetings = await _rows(db, """
        select m.id, m.council, m.committee, m.date, dm.role from document_meetings dm
        join meetings m on m.id = dm.meeting_id where dm.document_id = ? order by m.date""", [document_id])
    counts = {}
    for name in ("agenda_items", "reports", "recommendations", "decisions", "amounts", "targets", "tables",
                 "figures", "pages"):
        if await db.table_exists(name):
            counts[name] = (await db.execute(f"select count(*) from [{name}] where document_id = ?",
                                             [document_id])).first()[0]
    reports = await _rows(db, "select id, title, page_start, page_end from reports where document_id = ? order by "
                              "page_start, id", [document_id])
    return {"kind": "document", "meetings": meetings, "counts": counts, "reports": reports,
            "pdf_url": _pdf_link(datasette, db.name, document_id)}


STORIES = {"meetings": meeting_story, "reports": report_story, "decisions": decision_story,
           "people": person_story, "documents": document_story}


# ---------------------------------------------------------------------------- council page

@hookimpl
def register_routes():
    return [(r"^/(?P<database>[^/]+)/-/council/(?P<council>[^/]+)$", council_page)]


async def council_page(request, datasette):
    try:
        db = datasette.get_database(request.url_vars["database"])
    except KeyError:
        return Response.text("No such database", status=404)
    council = urllib.parse.unquote(request.url_vars["council"])
    if not await db.table_exists("meetings"):
        return Response.text("No meetings in this database", status=404)
    committees = await _rows(db, """
        select committee, count(*) as meetings, max(date) as last from meetings
        where council = ? group by committee order by committee""", [council])
    if not committees:
        return Response.text(f"No meetings of {council} in this database", status=404)
    meetings = await _rows(db, """
        select m.id, m.committee, m.date,
               (select count(*) from decisions x where x.meeting_id = m.id) as decisions,
               (select count(*) from reports r where r.meeting_id = m.id) as reports
        from meetings m where m.council = ? order by m.date desc, m.id desc limit 200""", [council])
    people = []
    if await db.table_exists("people"):
        pcols = await _columns(db, "people")
        people = await _rows(db, f"""select {_cols(pcols, 'id', 'name', 'attendances', 'votes')} from people
                                     where council = ? order by name limit 500""", [council])
    amounts = await _rows(db, """
        select a.id, a.text, a.value, a.unit, a.context, a.page, a.document_id from amounts a
        join documents d on d.id = a.document_id
        where d.council = ? and a.unit in ('GBP', 'USD', 'CAD', 'EUR') order by a.value desc limit 10""", [council])
    for c in committees:
        c["feed_url"] = datasette.urls.path(f"/{db.name}/new_decisions.atom?" +
                                            urllib.parse.urlencode({"committee": c["committee"] or ""}))
        c["meetings_url"] = datasette.urls.path(f"/{db.name}/meetings?" + urllib.parse.urlencode(
            {"council": council, "committee": c["committee"] or ""}))
    return Response.html(await datasette.render_template("council.html", {
        "database": db.name, "council": council, "committees": committees, "meetings": meetings,
        "people": people, "amounts": amounts, "format_number": format_number, "short": _short,
    }, request=request))


# ---------------------------------------------------------------------------- canned queries

# A saved search: the decisions mentioning the words a reader gives, newest meeting first; as
# a canned query it has a page, JSON and (with .atom) a feed a reader can follow.
DECISIONS_MATCHING = """
select 'tag:committee-papers,decision:' || x.id as atom_id,
       coalesce(m.council, d.council, 'Unknown council') || ', ' ||
         coalesce(m.committee, d.committee, 'unknown committee') || ', ' ||
         coalesce(m.date, d.meeting_date, 'undated') || ': ' || coalesce(x.minute_ref || ' ', '') ||
         coalesce(x.minute_heading || ' - ', '') || substr(x.text, 1, 160) as atom_title,
       d.ingested_at as atom_updated,
       x.text as atom_content,
       '/{database}/decisions/' || x.id as atom_link,
       x.document_id, x.page, m.council, m.committee, m.date as meeting_date
from decisions_fts
join decisions x on x.rowid = decisions_fts.rowid
join documents d on d.id = x.document_id
left join meetings m on m.id = x.meeting_id
where decisions_fts match fts_words(:words)
order by coalesce(m.date, d.meeting_date) desc, x.id desc
limit 100"""


@hookimpl
def canned_queries(datasette, database):
    """Every canned query of metadata.yml with its SQL folded away (hide_sql: readers want the
    answer; the SQL is one click away), and the saved search of decisions."""
    queries = datasette.metadata("queries", database=database, fallback=False) or {}
    out = {}
    for name, query in queries.items():
        query = dict(query) if isinstance(query, dict) else {"sql": query}
        query.setdefault("hide_sql", True)
        out[name] = query
    out.setdefault("decisions_matching", {
        "title": "Decisions mentioning words (a saved search with an Atom feed)",
        "description": "Decisions whose text or minute heading has all the words you give (e.g. leisure centre), "
                       "newest meeting first. Add .atom to this page's address to follow the search as a feed.",
        "params": ["words"], "hide_sql": True, "sql": DECISIONS_MATCHING.format(database=database).strip(),
    })
    return out


# ---------------------------------------------------------------------------- API and feeds

@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def site_app(scope, receive, send):
            if scope.get("type") != "http":
                return await app(scope, receive, send)
            path = scope.get("path", "")
            if path.endswith(".json") and not path.startswith("/-/"):
                scope = dict(scope, query_string=_with_json_columns(scope.get("query_string", b"")))
            elif path.endswith(".atom"):
                return await app(scope, receive, _absolute_links(scope, send))
            return await app(scope, receive, send)
        return site_app
    return wrap


def _with_json_columns(query_string: bytes) -> bytes:
    """bbox, rows and header are JSON text in SQLite; the API returns them as arrays (as the
    export does) unless the request asks for particular columns itself."""
    args = urllib.parse.parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
    if any(k == "_json" for k, _ in args):
        return query_string
    args += [("_json", c) for c in JSON_COLUMNS]
    return urllib.parse.urlencode(args).encode("latin-1")


def _absolute_links(scope, send):
    """Atom readers resolve entry links against nothing: make `/papers/...` absolute."""
    headers = dict(scope.get("headers") or [])
    host = headers.get(b"host", b"localhost").decode("latin-1")
    base = f"{scope.get('scheme', 'http')}://{host}"
    start = {}
    body = []

    async def wrapped(message):
        if message["type"] == "http.response.start":
            start.update(message)
            return
        if message["type"] == "http.response.body":
            body.append(message.get("body", b""))
            if message.get("more_body"):
                return
            data = b"".join(body)
            if b"<feed" in data[:500]:
                data = data.replace(b'href="/', f'href="{base}/'.encode())
            hdrs = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
            hdrs.append((b"content-length", str(len(data)).encode()))
            await send({**start, "headers": hdrs})
            await send({"type": "http.response.body", "body": data})
            return
        await send(message)
    return wrapped

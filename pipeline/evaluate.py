"""`papers eval`: precision, recall and F1 of the database against gold annotations.

Gold files are `<pdf stem>.gold.json` in the format described in the project's GOLD.md (kinds:
agenda_items, reports, recommendations, decisions, tables, amounts, targets, figures). Matching
is one-to-one within a document, best pairs first:
- texts and titles by similarity of their normalised forms (list numbers, case, quotes ignored);
- agenda items by number and title; amounts by page, unit and value (0.5% tolerance);
- tables by page (or the next page) and at least half the gold cells found, then cell F1;
- targets by value and word overlap with the quote; optional targets are never counted wrong;
- figures by page.
"""
from __future__ import annotations

import difflib
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from pipeline.store import database as store

KINDS = ["documents", "agenda_items", "reports", "recommendations", "decisions", "tables", "amounts", "targets",
         "figures"]
_PUNCT = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def normalise(s) -> str:
    s = str(s or "").translate(_PUNCT).lower()
    s = re.sub(r"[^\w£$%.,'&/-]+", " ", s)
    s = re.sub(r"\s+", " ", s).strip(" .;,")
    s = re.sub(r"^\(?(?:\d+(?:\.\d+)*|[a-z]|[ivx]+)[.)]?\s+", "", s)  # a leading list number
    return re.sub(r"\s*\b(?:and|or)$", "", s)


def similarity(a, b) -> float:
    a, b = normalise(a), normalise(b)
    if not a or not b:
        return 0.0
    return 1.0 if a == b else difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def same_name(gold, got) -> bool:
    if gold is None:
        return not got
    g, x = normalise(gold), normalise(got)
    return bool(x) and (g in x or (len(x) > 3 and x in g) or similarity(g, x) >= 0.8)


def close(a, b, rel: float = 0.005) -> bool:
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= max(rel * abs(a), 0.01)


def match(gold: list, got: list, score: Callable, threshold: float) -> list[tuple[int, int]]:
    pairs = sorted(((s, i, j) for i, g in enumerate(gold) for j, x in enumerate(got)
                    if (s := score(g, x)) >= threshold), reverse=True)
    used_g, used_x, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_g and j not in used_x:
            used_g.add(i)
            used_x.add(j)
            out.append((i, j))
    return out


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    fields: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    notes: list = field(default_factory=list)

    def add(self, n_gold: int, n_got: int, n_matched: int):
        self.tp += n_matched
        self.fp += n_got - n_matched
        self.fn += n_gold - n_matched

    def field(self, name: str, ok: bool | float):
        """One observation of a field: right (True), wrong (False), or a score in 0..1."""
        self.fields[name][0] += float(ok)
        self.fields[name][1] += 1

    @property
    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else float(not self.fn)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _cells(rows) -> Counter:
    if isinstance(rows, str):
        rows = json.loads(rows)
    return Counter(normalise(c) for r in rows or [] for c in r if normalise(c))


def evaluate(db_path: str | Path, gold_dir: str | Path) -> dict[str, Score]:
    db = store.connect(db_path, readonly=True)
    scores = {k: Score() for k in KINDS}

    def rows(sql, args=()):
        cur = db.execute(sql, args)
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, r)) for r in cur]

    for gold_file in sorted(Path(gold_dir).glob("*.gold.json")):
        gold = json.loads(gold_file.read_text())
        gdoc = gold["document"]
        docs = rows("select * from documents where filename = ?", (gdoc["filename"],))
        if not docs:
            scores["documents"].add(1, 0, 0)
            scores["documents"].notes.append(f"{gdoc['filename']}: not ingested")
            for k in KINDS[1:]:
                scores[k].add(len([x for x in gold.get(k) or [] if x.get("kind") != "metadata"]), 0, 0)
            continue
        doc = docs[0]
        scores["documents"].add(1, 1, 1)
        for f in ("doc_type", "council", "committee", "meeting_date"):
            if gdoc.get(f) is None:
                continue
            if f == "meeting_date":
                ok = str(doc.get(f) or "")[:10] == gdoc[f]
            elif f == "doc_type":
                ok = doc.get(f) == gdoc[f]
            else:
                ok = same_name(gdoc[f], doc.get(f))
            scores["documents"].field(f, ok)
            if not ok:
                scores["documents"].notes.append(f"{gdoc['filename']}: {f} gold={gdoc[f]!r} got={doc.get(f)!r}")

        def got(table):
            return rows(f"select * from [{table}] where document_id = ?", (doc["id"],))

        _score_records(gold, got, scores, gdoc["filename"])
    db.close()
    return scores


def _score_records(gold: dict, got, scores: dict[str, Score], name: str) -> None:
    g, x = gold.get("agenda_items") or [], got("agenda_items")
    m = match(g, x, lambda a, b: similarity(a["title"], b["title"])
              if str(a["number"]).strip(". ") == str(b["number"] or "").strip(". ") else 0, 0.75)
    scores["agenda_items"].add(len(g), len(x), len(m))
    for i, j in m:
        for f in ("pack_page_start", "pack_page_end"):
            if g[i].get(f) is not None:
                scores["agenda_items"].field(f, g[i][f] == x[j].get(f))

    g, x = gold.get("reports") or [], got("reports")
    m = match(g, x, lambda a, b: similarity(a["title"], b["title"]), 0.75)
    scores["reports"].add(len(g), len(x), len(m))
    for i, j in m:
        for f in ("lead_officer", "authorised_by", "meeting_date", "key_decision", "committee"):
            if f not in g[i]:
                continue
            gv, xv = g[i][f], x[j].get(f)
            if f == "key_decision":
                ok = (gv is None) == (xv is None) and (gv is None or bool(gv) == bool(xv))
            elif f == "meeting_date":
                ok = str(xv or "")[:10] == (gv or "")
            else:
                ok = same_name(gv, xv)
            scores["reports"].field(f, ok)
            if not ok:
                scores["reports"].notes.append(f"{name}: report {f} gold={gv!r} got={xv!r}")

    for kind in ("recommendations", "decisions"):
        g, x = gold.get(kind) or [], got(kind)
        m = match(g, x, lambda a, b: similarity(a["text"], b["text"]), 0.8)
        scores[kind].add(len(g), len(x), len(m))
        for i, j in m:
            if g[i].get("page") is not None:
                scores[kind].field("page", g[i]["page"] == x[j]["page"])
        matched_g, matched_x = {i for i, _ in m}, {j for _, j in m}
        scores[kind].notes += [f"{name}: missed {g[i]['text'][:70]!r}" for i in range(len(g)) if i not in matched_g]
        scores[kind].notes += [f"{name}: extra {x[j]['text'][:70]!r}" for j in range(len(x)) if j not in matched_x]

    _score_tables(gold.get("tables") or [], got("tables"), scores["tables"], name)

    g, x = gold.get("amounts") or [], got("amounts")
    m = match(g, x, lambda a, b: float(a["page"] == b["page"] and a["unit"].lower() == (b["unit"] or "").lower()
                                       and close(a["value"], b["value"])), 1.0)
    scores["amounts"].add(len(g), len(x), len(m))
    matched_g = {i for i, _ in m}
    scores["amounts"].notes += [f"{name}: missed p{g[i]['page']} {g[i]['text']!r}" for i in range(len(g)) if i not in matched_g]

    g, x, optional = gold.get("targets") or [], got("targets"), gold.get("optional_targets") or []

    def target_score(a, b):
        if not close(a["value"], b["value"]):
            return 0.0
        words = set(normalise(a["quote"]).split())
        return len(words & set(normalise(b["text"]).split())) / max(1, len(words))

    m = match(g, x, target_score, 0.5)
    matched_x = {j for _, j in m}
    extra = [j for j in range(len(x)) if j not in matched_x and not any(target_score(o, x[j]) >= 0.5 for o in optional)]
    scores["targets"].tp += len(m)
    scores["targets"].fp += len(extra)
    scores["targets"].fn += len(g) - len(m)
    scores["targets"].notes += [f"{name}: extra target {x[j]['text'][:70]!r}" for j in extra]

    g, x = gold.get("figures") or [], got("figures")
    m = match(g, x, lambda a, b: float(a["page"] == b["page"]), 1.0)
    scores["figures"].add(len(g), len(x), len(m))


def _score_tables(gold: list, got: list, score: Score, name: str) -> None:
    got_cells = [_cells(t["rows"]) for t in got]
    found: dict[int, list[int]] = defaultdict(list)
    for i, t in enumerate(gold):
        gc = _cells(t["rows"]) if t.get("rows") else None
        best, best_j = 0.0, None
        for j, x in enumerate(got):
            first, last = x["page"], x.get("page_end") or x["page"]
            if not (first <= t["page"] <= last or first == t["page"] + 1):
                continue
            if found[j] and first == last:
                continue
            overlap = (1.0 if first <= t["page"] <= last else 0.0) if gc is None else \
                sum((gc & got_cells[j]).values()) / max(1, sum(gc.values()))
            if overlap > best:
                best, best_j = overlap, j
        is_data = t.get("kind") != "metadata"
        if best_j is not None and best >= 0.5:
            found[best_j].append(i)
            score.tp += is_data
        elif is_data:
            score.fn += 1
            score.notes.append(f"{name}: missed table p{t['page']}")
    for j, gis in found.items():
        union = sum((_cells(gold[i]["rows"]) for i in gis if gold[i].get("rows")), Counter())
        if union and any(gold[i].get("kind") != "metadata" for i in gis):
            inter = sum((union & got_cells[j]).values())
            p, r = inter / max(1, sum(got_cells[j].values())), inter / max(1, sum(union.values()))
            score.field("cell_f1", 2 * p * r / (p + r) if p + r else 0.0)
    score.fp += len(got) - len(found)


def format_report(scores: dict[str, Score], verbose: bool = False) -> str:
    lines = []
    f1s = []
    for kind, s in scores.items():
        if s.tp + s.fp + s.fn == 0:
            continue
        p, r, f = s.prf
        if s.tp + s.fn:
            f1s.append(f)
        extra = " ".join(f"{k}={c / n:.3f}" for k, (c, n) in s.fields.items() if n)
        lines.append(f"{kind:16s} P={p:.3f} R={r:.3f} F1={f:.3f} tp={s.tp} fp={s.fp} fn={s.fn} {extra}".rstrip())
    if verbose:
        for kind, s in scores.items():
            lines += [f"  [{kind}] {n}" for n in s.notes]
    lines.append(f"macro_f1={sum(f1s) / len(f1s):.3f}" if f1s else "macro_f1=0")
    return "\n".join(lines)

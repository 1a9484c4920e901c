"""Read "Label: value" pairs from a region of lines, the way report header blocks print them.

Header blocks come as tables (label cell, value cell wrapping over several lines), as
"Label: value" lines, or as a label column beside a value column. We split each line into column
segments (at cell rules or wide gaps); a segment that starts with "Label:" opens a field, and
later segments that start at the same x as its value (or its label, for values that wrap to the
cell's left edge) continue it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .layout import Line, join_lines

LABEL = re.compile(r"^(?P<label>[A-Z][\w()'’/&,.\- ]{0,70}?)\s*[:：]\s*(?P<value>.*)$")
# Labels that run on without a colon in some councils' templates.
BARE_LABELS = re.compile(
    r"^(?P<label>Report (?:of|to|for|from|by|author)|Lead officer|Contact officer|Key decision|Wards? affected|"
    r"Electoral divisions?|Classification|Decision no|Subject|Title|Purpose|Date|Meeting)\b\s+(?P<value>\S.*)$", re.I)


@dataclass
class Field:
    label: str
    value: str
    page: int
    top: float
    x0: float

    @property
    def key(self) -> str:
        return re.sub(r"[^a-z0-9]+", " ", self.label.lower()).strip()


def _is_label(text: str) -> re.Match | None:
    m = LABEL.match(text)
    if m and len(m.group("label").split()) <= 8 and not m.group("label").rstrip().endswith((" to", " is", " are")):
        return m
    return None


def read_fields(lines: list[Line], max_gap: float = 1.0) -> list[Field]:
    fields: list[Field] = []
    open_: list[dict] = []  # fields still accepting continuation lines
    prev_bottom = None
    for line in lines:
        gap = line.top - prev_bottom if prev_bottom is not None else 0
        prev_bottom = line.bottom
        if gap > max_gap * 2.2 * line.size:
            open_.clear()  # a wide gap ends the header block's rows
        for seg in line.segments():
            text = " ".join(w.text for w in seg)
            x0 = seg[0].x0
            m = _is_label(text)
            if m:
                label_words = len(m.group("label").split())
                value_x0 = seg[label_words].x0 if m.group("value") and len(seg) > label_words else None
                f = {"label": m.group("label").strip(), "parts": [m.group("value")] if m.group("value") else [],
                     "page": line.page, "top": line.top, "x0": x0, "value_x0": value_x0, "bottom": line.bottom,
                     "size": line.size}
                # a new label closes the fields whose column it sits in
                open_[:] = [o for o in open_ if not (abs(o["x0"] - x0) < 4 or (o["value_x0"] and abs(o["value_x0"] - x0) < 4))]
                open_.append(f)
                fields.append(f)  # type: ignore[arg-type]
                continue
            target = None
            for o in reversed(open_):
                close_enough = line.top - o["bottom"] < max_gap * 1.4 * max(line.size, o["size"])
                if not close_enough:
                    continue
                if o["value_x0"] is not None and abs(o["value_x0"] - x0) < 4:
                    target = o
                    break
                if o["value_x0"] is None and o["parts"] == [] and x0 > o["x0"] + 4:
                    o["value_x0"] = x0  # first value segment to the right of a bare label
                    target = o
                    break
                if abs(o["x0"] - x0) < 4 and (o["parts"] or o["value_x0"] is None):
                    target = o  # the value wraps to the cell's left edge
                    break
            if target is not None:
                target["parts"].append(text)
                target["bottom"] = line.bottom
            else:
                open_[:] = [o for o in open_ if not (o["x0"] - 2 <= x0 <= (o["value_x0"] or o["x0"]) + 2)]
    return [Field(f["label"], join_lines(f["parts"]), f["page"], f["top"], f["x0"]) for f in fields]  # type: ignore[index]


def find(fields: list[Field], *patterns: str) -> Field | None:
    """The first field whose label matches one of the regex patterns (case-insensitive)."""
    for p in patterns:
        rx = re.compile(p, re.I)
        for f in fields:
            if rx.search(f.label):
                return f
    return None

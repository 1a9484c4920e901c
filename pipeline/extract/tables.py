"""Tables: ruled tables found with pdfplumber's table algorithm on the ruling lines that pages.py
read, tables drawn without lines found from columns of numbers that line up, pieces continuing
over a page break joined into one table, and every cell with its number and unit.

We call pdfplumber's algorithm functions (merge_edges, edges_to_intersections,
intersections_to_cells, cells_to_tables) on our own edges and fill the cells with our own
words: pdfplumber's page parsing would cost ten times the rest of the pipeline.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
from pdfplumber import table as plumber

from pipeline.extract.amounts import MONEY, parse_number, unit_of_header
from pipeline.read.layout import MARGIN, Line, PageLayout
from pipeline.models import BBox, Table, TableCell
from pipeline.read.pages import Edge, Word

SNAP = 3  # points: rules this close are one rule (pdfplumber's default tolerances)
MAX_EDGES = 3000  # a page with more rules than this is a drawing, not a table
CAPTION = re.compile(r"\b(?:Table|Figure|Chart|Graph|Map|Diagram|Image|Picture|Photo)\s*\d+[a-z]?\b", re.I)
CAPTION_GAP = 40  # points between a caption and what it captions


@dataclass
class Piece:
    """A table as found on one page, before pieces continuing over page breaks are joined."""
    page: int
    bbox: BBox
    columns: list[tuple[float, float]]  # horizontal extent of each column
    rows: list[list[str]]
    row_pages: list[int]
    cell_boxes: list[list[BBox | None]]
    bold_rows: list[bool]  # every word of the row is bold (a header row, usually)
    method: str
    starts_page: bool  # nothing of the page body above it
    ends_page: bool  # nothing of the page body below it
    caption: str | None = None
    header_rows: int = 0
    pages: list[int] = field(default_factory=list)
    units: tuple[str, float] | None = None  # from a units line above the table ("All figures in £m")
    # a row that a page break cut in two is one row of the table, but each part keeps the page
    # and boxes it is printed on, so what its cells say points to the right page: row -> parts
    cut_rows: dict[int, list[tuple[int, list[str], list[BBox | None]]]] = field(default_factory=dict)


# ---------------------------------------------------------------- ruled tables

def _edge_dict(e: Edge) -> dict:
    if e.orientation == "h":
        y = (e.top + e.bottom) / 2
        return {"x0": e.x0, "x1": e.x1, "top": y, "bottom": y, "width": e.x1 - e.x0, "height": 0.0,
                "orientation": "h"}
    x = (e.x0 + e.x1) / 2
    return {"x0": x, "x1": x, "top": e.top, "bottom": e.bottom, "width": 0.0, "height": e.bottom - e.top,
            "orientation": "v"}


def ruled_grids(edges: list[Edge]) -> list[list[list[BBox | None]]]:
    """The cell grids (rows of cell boxes, None where a spanning cell covers the slot) that the
    page's ruling lines draw, by pdfplumber's lines strategy."""
    if len(edges) > MAX_EDGES:
        return []
    dicts = [_edge_dict(e) for e in edges]
    merged = plumber.merge_edges(dicts, SNAP, SNAP, SNAP, SNAP)
    merged = [e for e in merged if (e["x1"] - e["x0"] if e["orientation"] == "h" else e["bottom"] - e["top"]) >= 3]
    if not any(e["orientation"] == "v" for e in merged) or not any(e["orientation"] == "h" for e in merged):
        return []
    points = plumber.edges_to_intersections(merged, SNAP, SNAP)
    cells = intersections_to_cells(points)
    return [[list(row.cells) for row in plumber.Table(None, group).rows] for group in plumber.cells_to_tables(cells)]


def intersections_to_cells(intersections: dict) -> list[BBox]:
    """pdfplumber's `table.intersections_to_cells`, the same cells in the same order: for each
    crossing of rules, the smallest cell it is the top-left corner of. pdfplumber turns both
    points' edges into sets at every comparison, which was most of the table time; here each
    point's sets, and the points below and to the right of it, are made once."""
    vertical = {p: {(e["x0"], e["top"], e["x1"], e["bottom"]) for e in edges["v"]} for p, edges in intersections.items()}
    horizontal = {p: {(e["x0"], e["top"], e["x1"], e["bottom"]) for e in edges["h"]}
                  for p, edges in intersections.items()}

    def connects(p1, p2) -> bool:  # one rule runs from p1 to p2
        return ((p1[0] == p2[0] and not vertical[p1].isdisjoint(vertical[p2])) or
                (p1[1] == p2[1] and not horizontal[p1].isdisjoint(horizontal[p2])))

    points = sorted(intersections)
    same_x: dict[float, list] = {}
    same_y: dict[float, list] = {}
    for p in points:  # in sorted order, so each list runs top to bottom / left to right
        same_x.setdefault(p[0], []).append(p)
        same_y.setdefault(p[1], []).append(p)
    cells = []
    for pt in points[:-1]:
        column, row = same_x[pt[0]], same_y[pt[1]]
        below = column[column.index(pt) + 1:]
        right = row[row.index(pt) + 1:]
        cell = None
        for below_pt in below:
            if not connects(pt, below_pt):
                continue
            for right_pt in right:
                if not connects(pt, right_pt):
                    continue
                bottom_right = (right_pt[0], below_pt[1])
                if bottom_right in intersections and connects(bottom_right, right_pt) and \
                        connects(bottom_right, below_pt):
                    cell = (pt[0], pt[1], bottom_right[0], bottom_right[1])
                    break
            if cell:
                break
        if cell:
            cells.append(cell)
    return cells


def _words_for_tables(layout: PageLayout) -> list[Word]:
    """Words a table may hold: the body's, less page stamps ("Page 13") that a footer printed
    over a table's last row, plus running-header lines spread over several columns, because a
    table's header row repeated on every page looks like a running header to the layout stage."""
    out = []
    for line in layout.lines:
        out.extend(_without_page_stamp(line, layout.height))
    for line in layout.margin_lines:
        if len(line.segments()) >= 2:
            out.extend(line.words)
    return out


def _without_page_stamp(line: Line, page_height: float) -> list[Word]:
    if MARGIN * page_height < line.top and line.bottom < (1 - MARGIN) * page_height:
        return line.words
    words = line.words
    for i, (a, b) in enumerate(zip(words, words[1:])):
        if a.text.lower() == "page" and b.text.isdigit():
            end = i + 4 if len(words) > i + 3 and words[i + 2].text.lower() == "of" else i + 2
            return words[:i] + words[end:]
    return words


def _fill(grid: list[list[BBox | None]], words: list[Word], centres=None) -> tuple[list[list[str]], list[bool]]:
    """Text of every cell (the words whose centre is in it; a word in two overlapping cells goes
    to the first, row by row) and whether each row is all bold. `centres`: the words' centres
    as an array, when the caller fills several grids from the same words."""
    rows = [["" for _ in row] for row in grid]
    bold = [True for _ in grid]
    slots = [(r, c) for r, row in enumerate(grid) for c, box in enumerate(row) if box is not None]
    if slots and words:
        boxes = np.array([grid[r][c] for r, c in slots], dtype=float)
        if centres is None:
            centres = _centres(words)
        x, y = centres[:, 0], centres[:, 1]
        inside = ((x >= boxes[:, 0:1]) & (x < boxes[:, 2:3]) & (y >= boxes[:, 1:2]) & (y < boxes[:, 3:4]))
        first = np.where(inside.any(axis=0), inside.argmax(axis=0), -1)  # each word's cell, or -1
        # the words of each cell in their order, from one stable sort by cell
        order = np.argsort(first, kind="stable")
        cell_of = first[order]
        slots_hit, starts = np.unique(cell_of, return_index=True)
        ends = np.append(starts[1:], len(order))
        for slot, a, b in zip(slots_hit, starts, ends):
            if slot < 0:
                continue
            r, c = slots[slot]
            ws = [words[i] for i in order[a:b]]
            rows[r][c] = cell_text(ws)
            bold[r] = bold[r] and all(w.bold for w in ws)
    return rows, [b and any(row) for b, row in zip(bold, rows)]


def _centres(words: list[Word]):
    return np.array([((w.x0 + w.x1) / 2, (w.top + w.bottom) / 2) for w in words])


def cell_text(words: list[Word]) -> str:
    """Words of one cell as text: wrapped lines joined, paragraphs (after a gap of more than
    half a line, or at a bullet) on lines of their own."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        if lines and abs(lines[-1][0].top - w.top) < 0.5 * max(w.size, 4):
            lines[-1].append(w)
        else:
            lines.append([w])
    paragraphs: list[list[str]] = []
    prev_bottom = None
    for ws in lines:
        ws.sort(key=lambda w: w.x0)
        text = " ".join(w.text for w in ws)
        gap = ws[0].top - prev_bottom if prev_bottom is not None else 0
        if not paragraphs or gap > 0.5 * ws[0].size or text[:1] in "•▪➢■●◦":
            paragraphs.append([text])
        else:
            paragraphs[-1].append(text)
        prev_bottom = max(w.bottom for w in ws)
    return "\n".join(join_wrapped(p) for p in paragraphs)


def join_wrapped(parts: list[str]) -> str:
    """Join a cell's wrapped lines. Unlike running text (layout.join_lines), a hyphen at the end
    of a line in a narrow cell is kept: it is nearly always a compound ("in-house",
    "long-term") broken at its hyphen, as word processors do not hyphenate by default."""
    out = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        glue = "" if out.endswith("-") and len(out) > 1 and out[-2].isalpha() else " "
        out = f"{out}{glue}{part}" if out else part
    return out


def ruled_pieces(layout: PageLayout) -> list[Piece]:
    """The ruled tables of one page, with their cells' text."""
    page = layout.page
    if page is None or not page.edges:
        return []
    words = _words_for_tables(layout)
    pieces = []
    centres = None
    for grid in ruled_grids(page.edges):
        if centres is None and words:
            centres = _centres(words)
        rows, bold = _fill(grid, words, centres)
        keep = [i for i, row in enumerate(rows) if any(t.strip() for t in row)]
        if not keep or _frames_a_table(rows):
            continue  # shading, a chart's bars, an empty box; or rules round a table without its own
        bbox = _union(b for row in grid for b in row if b)
        pieces.append(Piece(layout.number, bbox, _column_spans(grid), [rows[i] for i in keep],
                            [layout.number] * len(keep), [grid[i] for i in keep], [bold[i] for i in keep],
                            "lines", *_alone_on_page(layout, bbox)))
    return pieces


def _frames_a_table(rows: list[list[str]]) -> bool:
    """Rules drawn round groups of rows and columns of a spreadsheet, not round its cells: cells
    holding lines of several figures each. The text strategy reads such a table instead."""
    # a dash counts as no figure here: in "Four Oaks - £1,000" (a cell listing sums by ward) it
    # joins a label to its sum, where a spreadsheet's row prints its nil among other figures
    def rows_of_figures(cell: str) -> int:
        return sum(sum(_is_figure(w) and any(c.isdigit() for c in w) for w in line.split()) >= 2
                   for line in cell.split("\n"))
    # a cell of one line holds one row of figures at most: only cells of several lines are read,
    # and the reading stops at the second such cell
    found = 0
    for row in rows:
        for cell in row:
            if "\n" in cell and rows_of_figures(cell) >= 2:
                found += 1
                if found >= 2:
                    return True
    return False


def _union(boxes) -> BBox:
    boxes = list(boxes)
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _column_spans(grid: list[list[BBox | None]]) -> list[tuple[float, float]]:
    spans: list[tuple[float, float] | None] = [None] * max(len(r) for r in grid)
    for row in grid:
        for c, box in enumerate(row):
            if box and (spans[c] is None or box[2] - box[0] < spans[c][1] - spans[c][0]):
                spans[c] = (box[0], box[2])  # the narrowest cell: spanning cells aside
    return [s if s is not None else (-1.0, -1.0) for s in spans]


def _alone_on_page(layout: PageLayout, bbox: BBox) -> tuple[bool, bool]:
    """Whether the page body has nothing above the table, and nothing below it (footnotes in a
    smaller type aside), which is where a table continuing over a page break sits."""
    body = layout.body_size
    above = any(l.bottom < bbox[1] - 1 for l in layout.lines)
    below = any(l.top > bbox[3] + 1 and l.size >= body - 0.5 for l in layout.lines)
    return not above, not below


# ---------------------------------------------------------------- tables drawn without lines

FIGURE_CELL = re.compile(r"^[-–—]$|^n/?a$|^nil$", re.I)  # placeholders that stand for a number
MIN_TEXT_ROWS = 3
MAX_HEADER_LINES = 4


def text_pieces(layout: PageLayout, ruled: list[Piece]) -> list[Piece]:
    """Tables drawn without ruling lines: runs of lines whose words fall into the same columns,
    with the gutters between columns empty on every line, and a column of numbers besides the
    first (which tells a table from indented or two-column text)."""
    lines = [l for l in layout.lines if not any(_centre_in(l.bbox, p.bbox) for p in ruled)]
    rows = [_is_row(l) for l in lines]
    pieces = []
    for run in _runs(lines, rows):
        piece = _text_piece(layout, lines, rows, run)
        if piece is not None:
            pieces.append(piece)
    for typed in _typed_lists(layout, lines):
        # a list typed with spaces reads better by its own order of cells than by columns that
        # its ragged words blur into two (payee and item in one, the sum in the other)
        over = [p for p in pieces if _overlaps(p.bbox, typed.bbox)]
        if all(len(p.columns) < len(typed.columns) for p in over):
            pieces = [p for p in pieces if p not in over] + [typed]
    return sorted(pieces, key=lambda p: p.bbox[1])


# Lists typed with spaces rather than tabs or a table ("K & A Thompson & Sons   Larch for Seat
# £ 48.00"), as parish clerks list the payments to approve: in a proportional font the columns
# do not line up, so they are read by order on each line: a name at the list's left, what it is
# for, and the sum at the end, where the words are at least a space's width apart beyond the
# usual spacing.
TYPED_GAP = 1.0  # font sizes between words of neighbouring cells (two or more typed spaces)
TRAILING_MONEY = re.compile(rf"(?:^|\s)({MONEY})$", re.I)  # a sum as amounts reads it, ending the line


def _typed_lists(layout: PageLayout, lines: list[Line]) -> list[Piece]:
    if not lines:
        return []
    right = max(l.x1 for l in lines)
    width = right - min(l.x0 for l in lines)
    rows = [_typed_row(l, right - 0.15 * width) for l in lines]
    pieces: list[Piece] = []
    run: list[int] = []
    for i in range(len(lines) + 1):
        line = lines[i] if i < len(lines) else None
        close = line is not None and bool(run) and line.top - lines[run[-1]].bottom < 1.5 * line.size
        if line is not None and rows[i] is not None and (close or not run):
            run.append(i)
        elif close and line.x0 > lines[run[0]].x0 + 2 * line.size and not TRAILING_MONEY.search(line.text):
            run.append(i)  # a note indented under a row ("(cheque payable to John Eyles)")
        else:
            piece = _typed_piece(layout, lines, rows, run)
            if piece is not None:
                pieces.append(piece)
            run = [i] if line is not None and rows[i] is not None else []
    return pieces


def _typed_row(line: Line, short: float) -> list[list[Word]] | None:
    """The line's cells if it is a row of a typed list: it ends in a sum, and it is set out in
    cells or stops well short of the right margin (a sentence ending in a sum runs on to it)."""
    if not TRAILING_MONEY.search(line.text):
        return None
    cells = line.segments(gap=TYPED_GAP)
    return cells if len(cells) >= 2 or line.x1 < short else None


def _typed_piece(layout: PageLayout, lines: list[Line], rows: list, run: list[int]) -> Piece | None:
    while run and rows[run[-1]] is None:
        run = run[:-1]
    if sum(rows[i] is not None for i in run) < MIN_TEXT_ROWS:
        return None
    left = lines[run[0]].x0
    texts: list[list[str]] = []
    boxes: list[list[BBox | None]] = []
    for i in run:
        line = lines[i]
        cells = rows[i] if rows[i] is not None else [line.words]
        words = [w for c in cells for w in c]
        label = cells[0] if len(cells) > 1 and cells[0][0].x0 < left + line.size else []
        rest = words[len(label):]
        money = TRAILING_MONEY.search(" ".join(w.text for w in rest)) if rows[i] is not None else None
        n = len(money.group(1).split()) if money else 0
        middle, sum_ = (rest[:-n], rest[-n:]) if n else (rest, [])
        if not label and middle and middle[0].x0 < left + line.size and sum_:
            label, middle = middle, []  # a name and its sum, nothing between
        cells3 = [label, middle, sum_]
        texts.append([" ".join(w.text for w in c) for c in cells3])
        boxes.append([_union((w.x0, w.top, w.x1, w.bottom) for w in c) if c else None for c in cells3])
    if sum(bool(r[0]) and bool(r[1]) for r in texts) < 2:
        return None  # no list of names and what they are paid for: a column of sums only
    columns = [(min(b[k][0] for b in boxes if b[k]), max(b[k][2] for b in boxes if b[k]))
               if any(b[k] for b in boxes) else (0.0, 0.0) for k in range(3)]
    bbox = _union(lines[i].bbox for i in run)
    return Piece(layout.number, bbox, columns, texts, [layout.number] * len(texts), boxes,
                 [all(w.bold for w in lines[i].words) for i in run], "text", *_alone_on_page(layout, bbox))


def _overlaps(a: BBox, b: BBox) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _is_row(line: Line) -> bool:
    """A line of a table of figures: two or more column segments, a later one a number."""
    segments = line.segments()
    return len(segments) >= 2 and any(_is_figure(" ".join(w.text for w in seg)) for seg in segments[1:])


def _is_figure(text: str) -> bool:
    return parse_number(text) is not None or bool(FIGURE_CELL.match(text.strip()))


def _runs(lines: list[Line], rows: list[bool]) -> list[list[int]]:
    """Indexes of consecutive lines that make up a table: table rows, with at most two other
    lines (a section heading, a wrapped label) between rows, close together."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, line in enumerate(lines):
        close = bool(current) and line.top - lines[current[-1]].bottom < 2.5 * line.size
        if rows[i]:
            current = current + [i] if close else [i]
            if len(current) == 1:
                runs.append(current)
            else:
                runs[-1] = current
        elif close and any(rows[i + 1:i + 3]):
            current = current + [i]
        else:
            current = []
    return [r for r in runs if sum(rows[i] for i in r) >= MIN_TEXT_ROWS]


def _text_piece(layout: PageLayout, lines: list[Line], rows: list[bool], run: list[int]) -> Piece | None:
    bands = _column_bands([lines[i] for i in run if rows[i]])
    if len(bands) < 2:
        return None
    header = _header_lines(lines, rows, run[0], bands)
    table_rows: list[list[str]] = []
    boxes: list[list[BBox | None]] = []
    bold: list[bool] = []
    groups = ([(header, False)] if header else []) + [([lines[i]], rows[i]) for i in run]
    for group, is_row in groups:
        cells = _split(group, bands)
        texts = [cell_text(ws) for ws in cells]
        if len(table_rows) > (1 if header else 0) and not is_row and _continues_row(texts):
            table_rows[-1] = [join_wrapped([a, b]) for a, b in zip(table_rows[-1], texts)]
            continue
        table_rows.append(texts)
        boxes.append([_union((w.x0, w.top, w.x1, w.bottom) for w in ws) if ws else None for ws in cells])
        bold.append(all(w.bold for ws in cells for w in ws))
    body = table_rows[1:] if header else table_rows
    figures = [c for c in range(1, len(bands)) if sum(_is_figure(r[c]) for r in body) >= len(body) / 2]
    if not figures or all(_numbering(r[c] for r in body) for c in figures):
        return None  # no column of figures (indented or two-column text), or a contents list
    all_lines = header + [lines[i] for i in run]
    bbox = _union(l.bbox for l in all_lines)
    return Piece(layout.number, bbox, bands, table_rows, [layout.number] * len(table_rows), boxes, bold, "text",
                 *_alone_on_page(layout, bbox))


def _numbering(cells) -> bool:
    """Whole numbers going up: page numbers of a contents list, or list numbers."""
    numbers = [t for t in cells if t.strip()]
    if not all(t.isdigit() for t in numbers):
        return False
    values = [int(t) for t in numbers]
    return all(a < b for a, b in zip(values, values[1:]))


def _continues_row(texts: list[str]) -> bool:
    """A line without figures carries on the row above when its first cell is empty or starts in
    lower case or with a bracket ("(STIPS)"); otherwise it is a row of its own (a section)."""
    return not texts[0] or texts[0][:1].islower() or texts[0][:1] == "("


def _column_bands(rows: list[Line]) -> list[tuple[float, float]]:
    """Column extents: the stretches of x that the rows' phrases cover, split at gutters that
    (nearly) no row crosses."""
    spans = [(p[0].x0, p[-1].x1) for line in rows for seg in line.segments() for p in _phrases(seg)]
    edges = sorted({x for span in spans for x in span})
    allowed = int(0.15 * len(rows))  # a long cell or two may cross a gutter in a big table
    bands: list[list[float]] = []
    starts, ends = np.array([a for a, _ in spans]), np.array([b for _, b in spans])
    mids = np.array([(x0 + x1) / 2 for x0, x1 in zip(edges, edges[1:])])
    # how many spans cover the middle of each stretch between two span ends
    covered = ((starts[None, :] <= mids[:, None]) & (mids[:, None] <= ends[None, :])).sum(axis=1)
    for (x0, x1), n in zip(zip(edges, edges[1:]), covered):
        if n > allowed:
            if bands and bands[-1][1] >= x0:
                bands[-1][1] = x1
            else:
                bands.append([x0, x1])
    return [(a, b) for a, b in bands]


def _phrases(segment: list[Word]) -> list[list[Word]]:
    """A segment split between two numbers: figures of neighbouring columns printed a single
    space apart ("-31,338.7 18,429.4") are still two cells."""
    out = [[segment[0]]]
    for a, b in zip(segment, segment[1:]):
        if _is_figure(a.text) and _is_figure(b.text):
            out.append([b])
        else:
            out[-1].append(b)
    return out


def _split(lines: list[Line], bands: list[tuple[float, float]]) -> list[list[Word]]:
    """The lines' words, column by column (a word goes to the column its centre is nearest)."""
    cells: list[list[Word]] = [[] for _ in bands]
    for line in lines:
        for w in line.words:
            cx = (w.x0 + w.x1) / 2
            c = min(range(len(bands)), key=lambda k: 0 if bands[k][0] <= cx <= bands[k][1]
                    else min(abs(cx - bands[k][0]), abs(cx - bands[k][1])))
            cells[c].append(w)
    return cells


def _header_lines(lines: list[Line], rows: list[bool], first: int, bands: list[tuple[float, float]]) -> list[Line]:
    """Column headings printed just above the first row: short lines within the table's width,
    with no figures ("2024-25 Budget £m"). Not the sentence that leads into the table ("The
    following payments were approved:"), nor a heading over it in another style than its
    column headings at the table's left (a bold "Budget monitoring" over plain "Service   Budget
    £000"; a bold group heading over a column further right is the table's own), nor a line
    giving the whole table's units ("All figures in £m", read by `units_above`)."""
    out: list[Line] = []
    below = lines[first]
    for i in range(first - 1, max(-1, first - 1 - MAX_HEADER_LINES), -1):
        line = lines[i]
        segments = line.segments()
        if (below.top - line.bottom > 2 * line.size or line.x0 < bands[0][0] - 2 or line.x1 > bands[-1][1] + 20
                or any(len(seg) > 6 for seg in segments) or rows[i] or CAPTION.search(line.text)
                or len(segments) == 1 and (len(line.words) >= 3 and line.text.rstrip()[-1:] in ".:"
                                           or out and line.bold != out[0].bold and line.x0 < bands[0][1]
                                           or _units_line(line))):
            break
        out.insert(0, line)
        below = line
    return out


def _centre_in(box: BBox, outer: BBox) -> bool:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return outer[0] <= cx <= outer[2] and outer[1] <= cy <= outer[3]


# ---------------------------------------------------------------- one table from its pieces

def join_continuations(pieces: list[Piece], layouts: list[PageLayout]) -> list[Piece]:
    """Join a table that runs over a page break: a piece that ends its page and a piece that
    starts the next page with text (blank pages between are skipped), with the same columns.
    Then drop what is not a table: a box around text, with words in one column only."""
    next_page = _next_text_page(layouts)
    out: list[Piece] = []
    for p in sorted(pieces, key=lambda p: (p.page, p.bbox[1])):
        prev = out[-1] if out else None
        if (prev is not None and prev.ends_page and p.starts_page and next_page.get(prev.pages[-1]) == p.page
                and _same_columns(prev.columns, p.columns)):
            _append(prev, p)
        else:
            p.pages = [p.page]
            out.append(p)
    return [p for p in out if len({c for row in p.rows for c, t in enumerate(row) if t.strip()}) >= 2]


def _append(table: Piece, more: Piece) -> None:
    """Add a continuation's rows: less a repeated header, and with a row that the page break cut
    in two put back together."""
    start = 0
    while start < min(len(more.rows), len(table.rows), 4) and _same_row(more.rows[start], table.rows[start]):
        start += 1
    if start < len(more.rows) and _cut_row(more.rows[start]):
        last = len(table.rows) - 1
        table.cut_rows.setdefault(last, [(table.row_pages[-1], table.rows[-1], table.cell_boxes[-1])])
        table.cut_rows[last].append((more.page, more.rows[start], more.cell_boxes[start]))
        table.rows[-1] = [join_wrapped([a, b]) for a, b in zip(table.rows[-1], more.rows[start])]
        start += 1
    table.rows += more.rows[start:]
    table.row_pages += more.row_pages[start:]
    table.cell_boxes += more.cell_boxes[start:]
    table.bold_rows += more.bold_rows[start:]
    table.pages.append(more.page)
    table.ends_page = more.ends_page


def _same_row(a: list[str], b: list[str]) -> bool:
    return [" ".join(t.split()) for t in a] == [" ".join(t.split()) for t in b]


def _cut_row(row: list[str]) -> bool:
    """The first row of a continuation is the rest of the previous page's last row when its
    first cell (the row's label or number, printed once) is empty, or when each of its cells
    carries on a sentence (starts in lower case)."""
    filled = [t for t in row if t.strip()]
    return bool(filled) and (not row[0].strip() or all(t.strip()[0].islower() for t in filled))


def _next_text_page(layouts: list[PageLayout]) -> dict[int, int]:
    with_text = [l.number for l in layouts if l.lines]
    return dict(zip(with_text, with_text[1:]))


def _same_columns(a: list[tuple[float, float]], b: list[tuple[float, float]]) -> bool:
    """As many columns, each overlapping its counterpart by at least half the narrower one."""
    def overlap(x: tuple[float, float], y: tuple[float, float]) -> bool:
        return min(x[1], y[1]) - max(x[0], y[0]) >= 0.5 * min(x[1] - x[0], y[1] - y[0])
    return len(a) == len(b) and all(overlap(x, y) for x, y in zip(a, b))


def count_header_rows(rows: list[list[str]], bold: list[bool]) -> int:
    """Leading rows that label the columns: a bold first row, or a first row of words over
    rows of numbers, and then rows that only give units ("£'000", "%") or stay bold."""
    if len(rows) < 2:
        return 0
    numeric = [any(parse_number(t) for t in row[1:]) for row in rows]
    first_is_header = bold[0] or (not numeric[0] and sum(numeric[1:]) >= max(1, (len(rows) - 1) // 2))
    if not first_is_header:
        return 0
    n = 1
    while n < min(len(rows) - 1, 4):
        cells = [t for t in rows[n] if t.strip()]
        units_only = cells and all(unit_of_header(t) and len(t) <= 12 for t in cells)
        if units_only or (bold[n] and not numeric[n] and len(cells) >= 2):
            n += 1
        else:
            break
    return n


def column_headers(rows: list[list[str]], header_rows: int) -> list[str]:
    width = max(len(r) for r in rows)
    return [" ".join(r[c].replace("\n", " ") for r in rows[:header_rows] if c < len(r) and r[c].strip())
            for c in range(width)]


# A label cell of a report's header block: "Report for:", "Lead Officer:", or a role printed
# without a colon; and a sign-off checklist's question ("Has the report been cleared by Legal
# Services?"), which is answered in a few words.
LABEL_CELL = re.compile(
    r"^[A-Z][^:?\n]{0,80}:|^[A-Z][\w() /&'’-]{0,40}:\s|^(?:Cabinet Members?|(?:Corporate |Strategic )?Directors?|"
    r"(?:Lead |Contact |Responsible )?Officers?|(?:Report )?Authors?|Portfolio Holders?|Wards?(?: affected)?|"
    r"Key Decision|Classification|Subject|Title|Report (?:of|to|for|by)|From|To|Date|Contact details)\s*$", re.I | re.M)
QUESTION_CELL = re.compile(r"^[A-Z][^?\n]{0,100}\?")
CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\b(?:tel|telephone|e-?mail|ext)\b|\+?\d[\d ]{9,}\d", re.I)
FIGURE = re.compile(r"\d\s?%|[£$€]\s?\d")


def kind_of(rows: list[list[str]]) -> str:
    """'metadata' for layout tables that carry a report's header block, a sign-off checklist or
    contact details; 'data' for tables of facts and figures."""
    filled = [[t for t in row if t.strip()] for row in rows]
    filled = [r for r in filled if r]
    labelled = sum(1 for r in filled if LABEL_CELL.match(r[0])
                   or (QUESTION_CELL.match(r[0]) and len(" ".join(r[1:]).split()) <= 12))
    contacts = sum(1 for r in filled if any(CONTACT.search(t) for t in r))
    figures = sum(1 for r in filled if any(parse_number(t) is not None or FIGURE.search(t) for t in r[1:]))
    if figures >= len(filled) / 3:
        return "data"
    return "metadata" if labelled + contacts >= max(1, len(filled) / 2) else "data"


def caption_of(layout: PageLayout, bbox: BBox, words: tuple[str, ...] = ("table",)) -> str | None:
    """A caption printed just above (or else just below) a box: "Table 2: ...", "Figure 1 ...",
    taken from where the caption word starts to the end of its block."""
    above = [b for b in layout.blocks if b.bbox[3] <= bbox[1] + 2 and bbox[1] - b.bbox[3] < CAPTION_GAP]
    below = [b for b in layout.blocks if b.bbox[1] >= bbox[3] - 2 and b.bbox[1] - bbox[3] < CAPTION_GAP]
    for block in sorted(above, key=lambda b: -b.bbox[3]) + sorted(below, key=lambda b: b.bbox[1]):
        text = block.text
        m = CAPTION.search(text)
        if m and m.group(0).split()[0].rstrip("0123456789").lower() in words and m.start() < 20:
            return text[m.start():].strip()
    return None


# A line stating the units of a whole table ("All figures in £m", "($ in thousands)", "£000s")
UNITS_LINE = re.compile(r"^\W*(?:(?:all\s+)?(?:figures|amounts|values|numbers|costs)\b[\w\s]*?\b(?:in|as)\b|[£$€]|"
                        r"(?:US|C)\$)", re.I)


def units_above(layout: PageLayout, bbox: BBox) -> tuple[str, float] | None:
    """The unit a line printed just above a table gives all its figures ("All figures in £m")."""
    above = [l for l in layout.lines if l.bottom <= bbox[1] + 2 and bbox[1] - l.bottom < CAPTION_GAP
             and l.x1 > bbox[0] and l.x0 < bbox[2]]
    for line in sorted(above, key=lambda l: -l.bottom)[:2]:
        unit = _units_line(line)
        if unit:
            return unit
    return None


def _units_line(line: Line) -> tuple[str, float] | None:
    text = line.text.strip()
    if len(line.words) <= 8 and UNITS_LINE.match(text):
        unit = unit_of_header(text)
        if unit and unit[0] != "percent":
            return unit
    return None


# ---------------------------------------------------------------- records

def extract_tables(layouts: list[PageLayout]) -> tuple[list[Table], list[TableCell]]:
    """Every table of the document, and every non-empty cell of each with its number and unit."""
    by_page = {l.number: l for l in layouts}
    pieces = []
    for l in layouts:
        ruled = ruled_pieces(l)
        pieces += ruled + text_pieces(l, ruled)
    for p in pieces:
        p.header_rows = count_header_rows(p.rows, p.bold_rows)
        p.caption = caption_of(by_page[p.page], p.bbox)
        p.units = units_above(by_page[p.page], p.bbox)
    tables: list[Table] = []
    cells: list[TableCell] = []
    for p in join_continuations(pieces, layouts):
        kind = kind_of(p.rows)
        header_rows = p.header_rows if kind == "data" else 0
        index = len(tables)
        tables.append(Table(page=p.page, page_end=p.pages[-1], bbox=_rounded(p.bbox), rows=p.rows, kind=kind,
                            caption=p.caption, header_rows=header_rows, n_rows=len(p.rows),
                            n_cols=max(len(r) for r in p.rows), method=p.method))
        cells.extend(_cells(p, header_rows, index))
    return tables, cells


def _cells(p: Piece, header_rows: int, table: int) -> list[TableCell]:
    headers = column_headers(p.rows, header_rows)
    # a column's own header says its unit; else the table's units line, for its columns of figures
    units = [unit_of_header(h) or p.units for h in headers]
    out = []
    for r, row in enumerate(p.rows):
        for c, text, page, box in _cell_parts(p, r, row):
            if not text.strip():
                continue
            is_header = r < header_rows
            number = None if is_header else parse_number(text, units[c] if c < len(units) else None)
            out.append(TableCell(row=r, column=c, text=text, page=page,
                                 header=(headers[c] or None) if c < len(headers) and not is_header else None,
                                 value=number[0] if number else None, unit=number[1] if number else None,
                                 bbox=_rounded(box) if box else None, table=table))
    return out


def _cell_parts(p: Piece, r: int, row: list[str]):
    """The cells of row r as (column, text, page, box); a cell of a row cut by a page break
    comes as its part on each page."""
    for page, texts, boxes in p.cut_rows.get(r, [(p.row_pages[r], row, p.cell_boxes[r])]):
        for c, text in enumerate(texts):
            yield c, text, page, boxes[c] if c < len(boxes) else None


def _rounded(box: BBox) -> BBox:
    return tuple(round(v, 1) for v in box)

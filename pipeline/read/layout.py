"""Stage 2: from each page's words build lines and blocks in reading order.

A `Line` is the words that share a baseline, split where a wide gap separates columns (the
label and value of a header block, the cells of a table drawn without lines). A `Block` is a
run of lines that belong together: a heading, a numbered paragraph, a list item, a plain
paragraph, or a table region (lines inside ruled boxes). Tables are also read cell by cell here
(`ruled_rows`, `aligned_rows`, `tables`) for the extractors that take records from a table's rows.

Running headers and footers (text repeated in the page margins), page stamps ("Page 5",
"5 of 54") and "This page is intentionally left blank" are taken out of the body and kept
aside; the printed page number a stamp carries is recorded, because agendas cite pack pages
by it ("PAGES 5 - 12").
"""
from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from pipeline.read.pages import Edge, Page, Word

# A gap between words wider than this many font sizes starts a new column segment.
COLUMN_GAP = 1.6
MARGIN = 0.09  # top and bottom share of the page where running headers/footers live

_PAGE_STAMP = re.compile(r"^(?:page\s*)?(\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?$|^-\s*(\d{1,4})\s*-$", re.I)
_BLANK = re.compile(r"(this|the)\s+page\s+(is\s+)?(has\s+been\s+)?(intentionally|deliberately)\s+(been\s+)?left\s+blank", re.I)
NUMBERED = re.compile(
    r"^(?P<num>(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|\(?[a-z]\)|\(?[ivx]{1,5}\)|\([0-9]{1,2}\)|[0-9]{1,2}\))|[A-Z]\.|[a-z]\.)\s+(?P<rest>\S.*)$")
BULLET_CHARS = "•▪➢❖■→◦●○"  # the marks a bulleted line starts with (PDFium's private-use bullets read as these)
BULLET = re.compile(rf"^(?:[{BULLET_CHARS}\-–*]|o(?=\s))\s*(?P<rest>.*)$")


@dataclass(slots=True)
class Line:
    page: int
    words: list[Word]
    x0: float
    top: float
    x1: float
    bottom: float
    size: float  # the most common font size of its words
    bold: bool  # most of its characters are bold
    in_table: bool = False  # inside a ruled table region
    cuts: tuple[float, ...] = ()  # x of vertical rules crossing the line (cell borders)
    rule_above: float | None = None  # in a ruled table, the y of the row border above the line
    # a line's words never change once it is built, and the extractors ask for its text and its
    # segments many times over: each is made once (segments again if the line's cuts change)
    _text: str | None = field(default=None, repr=False, compare=False)
    _segments: tuple | None = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = " ".join(w.text for w in self.words)
        return self._text

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.x0, self.top, self.x1, self.bottom)

    def segments(self, gap: float = COLUMN_GAP) -> list[list[Word]]:
        """The line split where words are further apart than `gap` font sizes (columns)."""
        if self._segments is not None and self._segments[:2] == (gap, self.cuts):
            return [list(seg) for seg in self._segments[2]]
        out: list[list[Word]] = [[self.words[0]]]
        for a, b in zip(self.words, self.words[1:]):
            ruled = any(a.x1 - 1 <= x <= b.x0 + 1 for x in self.cuts)
            if ruled or b.x0 - a.x1 > gap * max(a.size, b.size, 4.0):
                out.append([b])
            else:
                out[-1].append(b)
        self._segments = (gap, self.cuts, tuple(tuple(seg) for seg in out))
        return out


@dataclass(slots=True)
class Block:
    kind: str  # "heading" | "numbered" | "list_item" | "paragraph" | "table"
    page: int
    lines: list[Line]
    number: str | None = None  # as printed: "5.1", "(a)", "3."

    @property
    def text(self) -> str:
        return join_lines(l.text for l in self.lines)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (min(l.x0 for l in self.lines), min(l.top for l in self.lines),
                max(l.x1 for l in self.lines), max(l.bottom for l in self.lines))


@dataclass
class PageLayout:
    number: int
    width: float
    height: float
    lines: list[Line]  # body lines in reading order
    blocks: list[Block] = field(default_factory=list)
    margin_lines: list[Line] = field(default_factory=list)  # running headers/footers, stamps
    printed_number: int | None = None
    blank: bool = False  # no body text, or "intentionally left blank"
    edges: list[Edge] = field(default_factory=list)
    page: Page | None = None  # the stage-1 page (words, edges, shapes) for tables and figures
    # answers the extractors ask of a page more than once ("does a report start here?"), kept
    # with the lines they were worked out from: see `memo`
    _memo: dict = field(default_factory=dict, repr=False, compare=False)

    def memo(self, key: str, fn):
        """fn(self), worked out once while the page's lines are the same list of the same length."""
        lines = (id(self.lines), len(self.lines))
        got = self._memo.get(key)
        if got is None or got[0] != lines:
            got = self._memo[key] = (lines, fn(self))
        return got[1]

    @property
    def text(self) -> str:
        return "\n".join(l.text for l in self.lines)

    @property
    def body_size(self) -> float:
        """The size of the page's running text (the median size of its lines of several words)."""
        return self.memo("body_size", _body_size)


def _body_size(page: PageLayout) -> float:
    sizes = [l.size for l in page.lines if len(l.words) > 3]
    return statistics.median(sizes) if sizes else 10.0


def join_lines(lines) -> str:
    """Join wrapped lines into running text, mending words hyphenated at a line end."""
    out = ""
    for t in lines:
        t = t.strip()
        if not t:
            continue
        if out.endswith("-") and len(out) > 1 and out[-2].isalpha() and t[:1].islower():
            # (a roll call's "Wray-" / "yes." is a name and its vote, not a word broken in two)
            # (the vote word first: most hyphens end a broken word, and only the last word of what
            # is joined so far can be the name)
            vote = re.match(r"(?:yes|no|aye|nay|absent|abstain)\b(?!-)", t) \
                and re.fullmatch(r"[A-Z][\w'’]+-", out.rsplit(None, 1)[-1])
            out = out + t if vote else out[:-1] + t
        else:
            out = f"{out} {t}" if out else t
    return out


# ---------------------------------------------------------------- lines

def build_lines(page: Page) -> list[Line]:
    """Group words into lines by vertical overlap, then order lines top to bottom."""
    words = sorted(page.words, key=lambda w: (round(w.bottom), w.x0))
    rows: list[list[Word]] = []
    # each row's [top, bottom, right edge], kept as words join it; words come mostly left to right,
    # so a word that starts right of a row's right edge overlaps none of its words
    spans: list[list[float]] = []
    for w in words:
        placed = False
        w_top, w_bottom, w_x0, w_x1 = w.top, w.bottom, w.x0, w.x1
        height = w_bottom - w_top
        # look at the last few rows: a word joins a row it overlaps vertically by half its height
        # (comparisons written out: this loop runs once per word of every page)
        for k in range(len(rows) - 1, max(len(rows) - 5, -1), -1):
            span = spans[k]
            top, bottom, right = span
            overlap = (bottom if bottom < w_bottom else w_bottom) - (top if top > w_top else w_top)
            if overlap > 0.5 * (height if height < bottom - top else bottom - top) and (
                    w_x0 >= right - 1 or not _overlaps_horizontally(rows[k], w)):
                rows[k].append(w)
                if w_top < top:
                    span[0] = w_top
                if w_bottom > bottom:
                    span[1] = w_bottom
                if w_x1 > right:
                    span[2] = w_x1
                placed = True
                break
        if not placed:
            rows.append([w])
            spans.append([w_top, w_bottom, w_x1])
    lines = []
    for row in rows:
        row.sort(key=lambda w: w.x0)
        lines.append(_line(page.number, join_split_words(row) if not page.ocr else row))
    lines.sort(key=lambda l: (round(l.top / 2), l.x0))
    return lines


ORDINAL = re.compile(r"^(?:st|nd|rd|th)$")
SPLIT_GAP = 0.12  # font sizes: letters closer than this are one word (a space is 0.25-0.3)


def join_split_words(row: list[Word]) -> list[Word]:
    """Mend words the text layer split: a raised or smaller ordinal after its number ("13 th" ->
    "13th"), and a word broken by kerning or a narrow cell where the glyph gap is far narrower
    than a space and the second part goes on in lower case ("T ackle" -> "Tackle", "Forecas t")."""
    out = [row[0]]
    for w in row[1:]:
        a = out[-1]
        gap, size = w.x0 - a.x1, max(a.size, w.size, 1.0)
        raised = w.size < 0.85 * a.size or w.bottom < a.bottom - 0.15 * a.size
        ordinal = ORDINAL.match(w.text) and a.text[-1:].isdigit() and (
            (raised and -1 < gap < 0.3 * size) or (_suffix_fits(a.text, w.text) and -1 < gap < 0.5 * size))
        split = (-0.5 * size < gap < SPLIT_GAP * size and a.text[-1:].isalpha() and w.text[:1].islower()
                 and abs(w.bottom - a.bottom) < 0.2 * size)
        if ordinal or split:
            out[-1] = Word(a.text + w.text, a.x0, min(a.top, w.top), max(a.x1, w.x1), max(a.bottom, w.bottom),
                           a.size, a.bold, a.font)
        else:
            out.append(w)
    return out


def _suffix_fits(number: str, suffix: str) -> bool:
    """'24' + 'th', '1' + 'st', '22' + 'nd': the suffix is the one the number takes, so a day
    typed "24 th" (superscript set without a raise) is one word."""
    if not re.fullmatch(r"\d{1,2}", number):
        return False
    n = int(number)
    want = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return suffix == want


def _overlaps_horizontally(row: list[Word], w: Word) -> bool:
    return any(x.x0 < w.x1 - 1 and w.x0 < x.x1 - 1 for x in row)


def _line(page: int, words: list[Word]) -> Line:
    """A line of `words` (in reading order): its box, most common size, boldness, text and column
    segments, all from one pass over the words."""
    first = words[0]
    x0, top, x1, bottom = first.x0, first.top, first.x1, first.bottom
    sizes: dict[float, int] = {}
    chars = bold_chars = 0
    texts = []
    segments = []
    seg = [first]
    prev = None
    for w in words:
        if w.x0 < x0:
            x0 = w.x0
        if w.top < top:
            top = w.top
        if w.x1 > x1:
            x1 = w.x1
        if w.bottom > bottom:
            bottom = w.bottom
        sizes[w.size] = sizes.get(w.size, 0) + 1
        t = w.text
        texts.append(t)
        chars += len(t)
        if w.bold:
            bold_chars += len(t)
        if prev is not None:  # as Line.segments with the default gap and no cuts
            if w.x0 - prev.x1 > COLUMN_GAP * max(prev.size, w.size, 4.0):
                segments.append(tuple(seg))
                seg = [w]
            else:
                seg.append(w)
        prev = w
    segments.append(tuple(seg))
    # the first of the most common sizes, as Counter.most_common
    size = max(sizes, key=sizes.__getitem__)
    return Line(page, words, x0, top, x1, bottom, size, bold_chars > 0.6 * chars,
                _text=" ".join(texts), _segments=(COLUMN_GAP, (), tuple(segments)))


def cell_line(line: Line, left: float, right: float) -> Line | None:
    """The words of a table line between two column rules (one cell's part of the line), as a line
    of its own; None when the cell is empty there. A row's cells wrap side by side, so each of the
    row's lines holds a piece of every cell."""
    words = [w for w in line.words if left - 1 <= w.x0 and w.x1 <= right + 1]
    if not words:
        return None
    out = _line(line.page, words)
    out.in_table = True
    return out


def ruled_rows(lines: list[Line], i: int, header_ok=None) -> tuple[list[list[str]], list[Line], int] | None:
    """The rows of the ruled table whose first row starts at lines[i], read cell by cell by the
    line's column rules: ([cell texts of each row], [each row's first line], index of the line
    after the table). A row starts under a border drawn between it and the line before, or (a
    table ruled only between columns) where the first column has words again."""
    head = lines[i]
    if not head.in_table or not head.cuts:
        return None
    starts, j = [i], i + 1
    while j < len(lines) and lines[j].in_table and lines[j].page == head.page and lines[j].cuts == head.cuts:
        if lines[j].top - lines[j - 1].bottom > 2.5 * lines[j].size:
            break
        ruled = lines[j].rule_above is not None and lines[j - 1].rule_above is not None
        if (lines[j].rule_above != lines[j - 1].rule_above) if ruled else lines[j].words[0].x1 <= head.cuts[0] + 1:
            starts.append(j)
        j += 1
    if header_ok is not None and not header_ok(_cells(lines, starts[:1], starts[1] if len(starts) > 1 else j, head.cuts)[0]):
        return None  # (the header row alone is read first: most tables are not the kind asked for)
    return _cells(lines, starts, j, head.cuts), [lines[a] for a in starts], j


def aligned_rows(lines: list[Line], i: int) -> tuple[list[list[str]], list[Line], int] | None:
    """The rows of a table drawn without rules whose header is lines[i]. Its columns start where
    the header's segments do and where the rows under it start segments in common (a header's
    close-set words, "Item  Motion", are split by the columns below them); the table runs on while
    no line crosses from one column into the next (running text does); a row starts where the
    first column has words again."""
    head = lines[i]
    segments = head.segments()
    if head.in_table or len(segments) < 2:
        return None
    below = []
    for l in lines[i + 1:i + 40]:
        if l.in_table or l.page != head.page or l.top - (below[-1] if below else head).bottom > 1.5 * l.size:
            break
        below.append(l)
    xs = sorted(seg[0].x0 for l in below for seg in l.segments()[1:])
    groups: list[list[float]] = []
    for x in xs:
        if groups and x - groups[-1][-1] <= 0.3 * head.size:
            groups[-1].append(x)
        else:
            groups.append([x])
    columns = [g[0] for g in groups if len(g) >= (1 if len(below) <= 2 else max(2, 0.3 * len(below)))]
    # a header's segment starts a column too, unless it is set over a column whose cells start
    # left of it ("Vote" centred over "3-0"): the first rows' cells would cross it
    columns += [seg[0].x0 for seg in segments[1:] if not any(_crosses(l, seg[0].x0 - 1) for l in below[:3])]
    cuts: list[float] = []
    for x in sorted(columns):
        if cuts and x - 1 - cuts[-1] <= 0.3 * head.size:
            continue  # (the header's start and its column's, a little apart, are one column)
        cuts.append(x - 1)
    if not cuts:
        return None
    starts, j = [i], i + 1
    for l in below:
        if any(_crosses(l, cut) for cut in cuts) or l.words[0].x0 < head.x0 - head.size:
            break
        if l.words[0].x0 < cuts[0]:
            starts.append(j)
        j += 1
    if len(starts) < 2:
        return None
    return _cells(lines, starts, j, tuple(cuts)), [lines[a] for a in starts], j


def _crosses(line: Line, cut: float) -> bool:
    """Does the line's text run across x = cut: a word over it, or two words a space apart on
    either side of it (running text, not two cells)?"""
    words = line.words
    if any(w.x0 < cut < w.x1 - 1 for w in words):
        return True
    return any(a.x1 <= cut <= b.x0 and b.x0 - a.x1 < 0.6 * max(a.size, b.size) for a, b in zip(words, words[1:]))


def _cells(lines: list[Line], starts: list[int], end: int, cuts: tuple[float, ...]) -> list[list[str]]:
    """The cell texts of each row (rows start at `starts`, the table ends before `end`)."""
    edges = [float("-inf"), *cuts, float("inf")]
    rows = []
    for a, b in zip(starts, [*starts[1:], end]):
        cells = []
        for k in range(len(edges) - 1):
            left, right = edges[k] - 1, edges[k + 1] + 1  # (as cell_line, for the text alone)
            cells.append(join_lines([" ".join(w.text for w in l.words if left <= w.x0 and w.x1 <= right)
                                     for l in lines[a:b]]))
        rows.append(cells)
    return rows


def tables(lines: list[Line], header_ok):
    """Each table, ruled or aligned without rules, whose header row's cells pass `header_ok`:
    (rows of cell texts, each row's first line, the table's last line)."""
    i = 0
    while i < len(lines):
        line = lines[i]
        table = None
        if line.in_table and line.cuts and not (i and lines[i - 1].in_table and lines[i - 1].page == line.page):
            table = ruled_rows(lines, i, header_ok)
        elif not line.in_table and len(line.segments()) >= 2 and len(line.words) <= 16 and all(
                len(seg) <= 4 for seg in line.segments()) and (  # (a header's cells are labels of a few words)
                header_ok([" ".join(w.text for w in seg) for seg in line.segments()])
                or header_ok([w.text for w in line.words])):  # (close-set header words, "Item  Motion")
            table = aligned_rows(lines, i)
        if table is None or not header_ok(table[0][0]):
            i += 1
            continue
        rows, starts, end = table
        yield rows, starts, lines[end - 1]
        i = max(end, i + 1)


def bbox_of(lines: list[Line]) -> tuple[float, float, float, float]:
    """The box round `lines` on the first one's page (a record that runs on overleaf is placed
    where it starts)."""
    ls = [l for l in lines if l.page == lines[0].page]
    return (round(min(l.x0 for l in ls), 1), round(min(l.top for l in ls), 1),
            round(max(l.x1 for l in ls), 1), round(max(l.bottom for l in ls), 1))


def page_edges(lines: list[Line]) -> dict[int, tuple[float, float]]:
    """Per page, where its lines start at the left and end at the right."""
    out: dict[int, tuple[float, float]] = {}
    for l in lines:
        x0, x1 = out.get(l.page, (l.x0, l.x1))
        out[l.page] = (min(x0, l.x0), max(x1, l.x1))
    return out


def right_margins(lines: list[Line]) -> dict[int, float]:
    """The right margin of running text on each page: most full lines reach it."""
    full: dict[int, list[float]] = {}
    every: dict[int, list[float]] = {}
    for l in lines:  # (grouped in one pass: a long paper has thousands of lines)
        every.setdefault(l.page, []).append(l.x1)
        if len(l.words) > 6:
            full.setdefault(l.page, []).append(l.x1)
    rights = {}
    for page, xs in every.items():
        xs = sorted(full.get(page) or xs)
        rights[page] = xs[int(len(xs) * 0.9)]
    return rights


def justified_pages(lines: list[Line], rights: dict[int, float]) -> set[int]:
    """The pages whose running text is justified: the lines that wrap (the next line goes on with the
    sentence in lower case) end on the margin (`rights`, from right_margins) to a point. There a
    line that wraps is stretched to the margin, so one that stops short of it was broken on purpose:
    a paragraph or a list entry ends there."""
    on: dict[int, int] = {}
    wrapped: dict[int, int] = {}
    for prev, line in zip(lines, lines[1:]):
        if line.page == prev.page and line.text[:1].islower() and not prev.in_table and len(prev.words) > 4:
            wrapped[prev.page] = wrapped.get(prev.page, 0) + 1
            if abs(prev.x1 - rights[prev.page]) <= 1.0:
                on[prev.page] = on.get(prev.page, 0) + 1
    # (in ragged text few wrapped lines happen to end on its 90th percentile: in justified text all do)
    return {page for page, n in wrapped.items() if n >= 4 and on.get(page, 0) >= 0.8 * n}


def line_gaps(lines: list[Line], rights: dict[int, float]) -> dict[int, float]:
    """The usual gap on each page between a line that runs to the margin (`rights`, from
    right_margins) and the line it wraps onto: a paragraph's break is a gap wider than that, which
    on a double-spaced page (pleading paper) is wider than a font size. (Only wrapped lines count: a
    page of one-line paragraphs a blank line apart is not double-spaced.)"""
    gaps: dict[int, list[float]] = {}
    for prev, line in zip(lines, lines[1:]):
        gap = line.top - prev.bottom
        wrapped = prev.x1 > rights[prev.page] - 0.1 * (rights[prev.page] - prev.x0)
        if line.page == prev.page and wrapped and 0 < gap < 3 * line.size:
            gaps.setdefault(line.page, []).append(gap)
    return {page: statistics.median(g) for page, g in gaps.items()}


# ---------------------------------------------------------------- line numbers

_LINE_NO = re.compile(r"^\d{1,2}$")
MIN_NUMBERED_LINES = 10


def strip_line_numbers(lines: list[Line]) -> list[Line]:
    """Take out a margin of line numbers ("1" to "28" down the left of every line, as pleading
    paper and numbered legislation print them): a line's first word is not a list's number there,
    and a number alone is no line of text. They are a gutter of their own: figures right-aligned
    in a narrow column left of the text, counting up one a line at an even pitch, numbering blank
    lines too (or set smaller than the text), which an agenda's item numbers never all are."""
    cands = [(k, l) for k, l in enumerate(lines) if _LINE_NO.match(l.words[0].text)
             and (len(l.words) == 1 or l.words[1].x0 - l.words[0].x1 > 1.5 * l.size)]
    if len(cands) < MIN_NUMBERED_LINES:
        return lines
    right = statistics.median(l.words[0].x1 for _, l in cands)
    gutter = [(k, l) for k, l in cands if abs(l.words[0].x1 - right) < 3]
    values = [int(l.words[0].text) for _, l in gutter]
    steps = sum(1 for a, b in zip(values, values[1:]) if b == a + 1)
    if len(gutter) < MIN_NUMBERED_LINES or steps < 0.8 * (len(gutter) - 1):
        return lines
    tops = [l.words[0].bottom for _, l in gutter]  # (the number's own baseline: the text beside it may be larger)
    pitches = sorted(b - a for a, b in zip(tops, tops[1:]) if b > a)
    pitch = statistics.median(pitches) if pitches else 0
    even = pitch > 0 and sum(1 for d in pitches if abs(d - pitch) < 0.15 * pitch) >= 0.8 * len(pitches)
    alone = sum(1 for _, l in gutter if len(l.words) == 1)
    text_size = statistics.median(l.size for l in lines if len(l.words) > 1) if any(len(l.words) > 1 for l in lines) else 0
    smaller = statistics.median(l.words[0].size for _, l in gutter) < 0.9 * text_size
    if not even or not (alone >= 2 or smaller):
        return lines
    numbered = {k for k, _ in gutter}
    out = []
    for k, l in enumerate(lines):
        if k not in numbered:
            out.append(l)
        elif len(l.words) > 1:
            out.append(_line(l.page, l.words[1:]))
    return out


# ---------------------------------------------------------------- margins

def _segment_texts(line: Line) -> list[str]:
    return [" ".join(w.text for w in seg) for seg in line.segments()]


def page_stamp(line: Line) -> int | None:
    """The page number a line prints: the whole line ("Page 5", "5 of 54", "- 5 -") or one of its
    column segments (a footer with the paper's name on the left and "Page 5" on the right)."""
    for text in [line.text] + _segment_texts(line)[1:] + _segment_texts(line)[:1]:
        m = _PAGE_STAMP.match(text.strip())
        if m:
            return int(m.group(1) or m.group(2))
    return None


def _margin_key(line: Line) -> str:
    """What a running header/footer says, page numbers left out."""
    parts = [t for t in _segment_texts(line) if not _PAGE_STAMP.match(t.strip())]
    return re.sub(r"\d+", "#", " ".join(parts).lower()).strip()


def find_margin_lines(pages: list[tuple[Page, list[Line]]]) -> set[tuple[int, int]]:
    """(page, line index) of running headers/footers: margin text repeated across pages."""
    counts: Counter = Counter()
    candidates = []
    for page, lines in pages:
        seen = set()
        for i, l in enumerate(lines):
            if l.top < page.height * MARGIN or l.bottom > page.height * (1 - MARGIN):
                key = (_margin_key(l), "top" if l.top < page.height / 2 else "bottom")
                if not key[0]:
                    continue  # a bare page number: handled as a page stamp
                candidates.append((page.number, i, key))
                if key not in seen:
                    seen.add(key)
                    counts[key] += 1
    n = len(pages)
    need = 2 if n <= 4 else max(3, int(n * 0.2))
    return {(p, i) for p, i, key in candidates if counts[key] >= need and n > 1}


def analyse(pages: list[Page]) -> list[PageLayout]:
    """Stage 2 for a whole document: lines, margins and blocks for every page."""
    with_lines = [(p, strip_line_numbers(build_lines(p))) for p in pages]
    running = find_margin_lines(with_lines)
    out = []
    for page, lines in with_lines:
        body, margin = [], []
        printed = None
        for i, l in enumerate(lines):
            text = l.text.strip()
            in_margin = l.top < page.height * MARGIN or l.bottom > page.height * (1 - MARGIN)
            # (a running header of several lines may reach past the band: its last line, "Page 2",
            # sits just under the header lines in the band)
            under_header = bool(margin) and margin[-1].top < page.height / 2 \
                and 0 <= l.top - margin[-1].bottom < 0.8 * l.size and abs(l.size - margin[-1].size) < 1
            stamp = page_stamp(l) if (in_margin or under_header or len(lines) <= 2) else None
            if stamp is not None and (_PAGE_STAMP.match(text) or (page.number, i) in running):
                printed = stamp
                margin.append(l)
            elif (page.number, i) in running:
                margin.append(l)
            else:
                body.append(l)
        blank = not body or (len(body) <= 3 and any(_BLANK.search(l.text) for l in body))
        if blank:
            margin.extend(body)
            body = []
        layout = PageLayout(page.number, page.width, page.height, body, margin_lines=margin,
                            printed_number=printed, blank=blank, edges=page.edges, page=page)
        mark_table_lines(layout)
        if order_by_columns(layout):
            mark_table_lines(layout)
        layout.blocks = build_blocks(layout)
        out.append(layout)
    return out


# ---------------------------------------------------------------- columns

MIN_COLUMN_ROWS = 6  # rows with running text on both sides of a gutter
MIN_GUTTER_HEIGHT = 0.15  # share of the page height a gutter runs down
RUNNING_TEXT_WORDS = 3.0  # mean words a column line holds (labels and figures hold fewer)
GUTTER_GAP = 0.8  # font sizes: the narrowest a gutter is (a word space is 0.25-0.35, a justified one rarely over 0.6)


def order_by_columns(layout: PageLayout) -> bool:
    """Read a page laid out in columns column by column: find a gutter (a vertical band that no
    line crosses while running text sits on both sides of it over a tall stretch of the page),
    split the lines there, and put the left column's lines before the right's; each side may hold
    a gutter of its own (three columns). Lines that cross the gutter (full-width headings, tables,
    figures' captions) stay where they stand and end the stretch. A label | value block in a
    report header is no column: its labels are short, and a table of figures is no running text.
    True when the order changed."""
    lines = layout.lines
    if len(lines) < MIN_COLUMN_ROWS:
        return False
    lo, hi = min(l.x0 for l in lines), max(l.x1 for l in lines)
    rules = [e for e in layout.edges if e.orientation == "v" and e.bottom - e.top > 5]
    across = [e for e in layout.edges if e.orientation == "h" and e.x1 - e.x0 > 20]
    best = None
    gutters = list(range(int(lo + 0.15 * (hi - lo)), int(hi - 0.15 * (hi - lo)), 3))
    if not gutters:
        return False
    crossing, two_sided = _gutter_states(lines, gutters, rules)
    alpha: dict[int, bool] = {}  # id of a word -> whether it has a letter
    for k, start, end, rows in _column_runs(lines, crossing, two_sided, MIN_GUTTER_HEIGHT * layout.height):
        g = gutters[k]
        if best is not None and rows <= best[4]:
            continue
        if _ruled_across(lines[start:end], g, across):
            continue
        # the sides' words first: most candidate stretches are no running text on both sides,
        # and their lines need not be built
        left_words, right_words = _split_words(lines[start:end], g)
        if not (_running_words(left_words, alpha) and _running_words(right_words, alpha)):
            continue
        left = [_line(layout.number, ws) for ws in left_words]
        if _list_numbers(left):
            continue  # a column of item numbers beside their titles: one list, read row by row
        right = [_line(layout.number, ws) for ws in right_words]
        if not _rows_aligned(left, right):
            best = (start, end, left, right, rows)
    if best is None:
        return False
    start, end, left, right, _ = best
    parts = []
    for part in (lines[:start], left, right, lines[end:]):  # each may hold another gutter
        sub = PageLayout(layout.number, layout.width, layout.height, part, edges=layout.edges)
        order_by_columns(sub)
        parts.append(sub.lines)
    layout.lines = [line for part in parts for line in part]
    return True


def _ruled_across(lines: list[Line], g: float, across: list[Edge]) -> bool:
    """Rules drawn across the band between rows: a table's row separators, never a gutter's."""
    top, bottom = lines[0].top, lines[-1].bottom
    return sum(1 for e in across if e.x0 < g - 5 and e.x1 > g + 5 and top < e.top < bottom) >= 2


def _split_words(lines: list[Line], g: float) -> tuple[list[list[Word]], list[list[Word]]]:
    """The words of each line left of x = g and right of it, lines with none on a side left out
    of that side."""
    left, right = [], []
    for line in lines:
        lw = [w for w in line.words if w.x1 <= g]
        rw = [w for w in line.words if w.x0 >= g]
        if lw:
            left.append(lw)
        if rw:
            right.append(rw)
    return left, right


def _column_runs(lines: list[Line], crossing, two_sided, min_height: float):
    """(gutter, start, end, two-sided rows) of each stretch of lines that no line crosses at one
    gutter position, tall enough to be a gutter and with at least MIN_COLUMN_ROWS rows that have
    words on both sides, gutter by gutter and top to bottom. `crossing` and `two_sided` hold, per
    gutter (rows) and line (columns), whether the line crosses it and whether it has words on both
    sides. All positions at once with numpy: a Python loop over every line at every position was a
    fifth of the layout stage."""
    import numpy as np

    n = len(lines)
    # a stretch ends at a crossing line or after the last line; its rows are the two-sided lines in it
    ends = np.concatenate((crossing, np.ones((len(crossing), 1), dtype=bool)), axis=1)
    counted = np.zeros((len(crossing), n + 1), dtype=np.int64)
    np.cumsum(two_sided & ~crossing, axis=1, out=counted[:, 1:])
    gutter, end = np.nonzero(ends)
    start = np.zeros_like(end)
    same = gutter[1:] == gutter[:-1]
    start[1:] = np.where(same, end[:-1] + 1, 0)
    rows = counted[gutter, end] - counted[gutter, start]
    top = np.array([l.top for l in lines])
    bottom = np.array([l.bottom for l in lines])
    tall = np.zeros_like(rows, dtype=bool)
    some = end > start
    tall[some] = bottom[end[some] - 1] - top[start[some]] >= min_height
    for k in np.flatnonzero((rows >= MIN_COLUMN_ROWS) & tall):
        yield int(gutter[k]), int(start[k]), int(end[k]), int(rows[k])


def _gutter_states(lines: list[Line], gutters: list[int], rules: list[Edge]):
    """For every candidate gutter x (rows) and line (columns): whether the line crosses the
    gutter, and whether it has words on both sides of it. A line crosses where a word spans x,
    where the gap at x is an ordinary word space (text running across: narrower than GUTTER_GAP
    font sizes), and where a vertical rule stands in its gap at x (a ruled table's column border
    is no gutter). Worked out for all positions at once with numpy: this test ran for every
    line at every position of every page and was most of the layout stage's time.

    The gutters are sorted, so the positions a word's edges fall between are found by binary
    search, and what holds from a word's edge onwards (it spans x, it is before x) is marked once
    per word and carried along the positions by a running sum, maximum or minimum: arrays of
    lines x positions rather than words x positions (a page has ten times more words than
    lines), which halved the time of this test. The comparisons are the same (x0 < g, x1 <= g,
    x0 >= g), so the answers are exactly those of testing every word at every position."""
    import numpy as np

    words = [w for line in lines for w in line.words]
    n, m, nw = len(lines), len(gutters), len(words)
    line_of = np.repeat(np.arange(n), [len(line.words) for line in lines])
    x0 = np.array([w.x0 for w in words])
    x1 = np.array([w.x1 for w in words])
    size = np.array([w.size for w in words])
    position = np.arange(nw)
    g = np.array(gutters, dtype=float)
    # a word is after the positions k < after_x0 (x0 >= g) and before those k >= from_x1 (x1 <= g);
    # it spans the positions from after_x0 to from_x1 (x0 < g < x1)
    after_x0 = np.searchsorted(g, x0, side="right")
    from_x1 = np.searchsorted(g, x1, side="left")

    def from_k(ufunc, k, values, fill, dtype):
        """Per line and position, ufunc over the values of the line's words entered at k or before."""
        out = np.full((n, m + 1), fill, dtype=dtype)
        ufunc.at(out, (line_of, k), values)
        return ufunc.accumulate(out[:, :m], axis=1)

    def upto_k(ufunc, k, values, fill, dtype):
        """Per line and position, ufunc over the values of the line's words whose k is after it."""
        out = np.full((n, m + 1), fill, dtype=dtype)
        ufunc.at(out, (line_of, k), values)
        return ufunc.accumulate(out[:, ::-1], axis=1)[:, ::-1][:, 1:]

    spans = after_x0 < from_x1
    starts = np.zeros((n, m + 1), dtype=np.int32)
    np.add.at(starts, (line_of[spans], after_x0[spans]), 1)
    np.add.at(starts, (line_of[spans], from_x1[spans]), -1)
    inside = np.cumsum(starts[:, :m], axis=1) > 0
    # the nearest words either side in the line's own order: the last before x, the first after
    last_before = from_k(np.maximum, from_x1, position, -1, np.int64)
    first_after = upto_k(np.minimum, after_x0, position, nw, np.int64)
    has_before, has_after = last_before >= 0, first_after < nw
    two_sided = has_before & has_after
    a, b = np.clip(last_before, 0, nw - 1), np.clip(first_after, 0, nw - 1)
    word_space = two_sided & (x0[b] - x1[a] < GUTTER_GAP * np.maximum(np.maximum(size[a], size[b]), 4.0))
    ruled = np.zeros_like(two_sided)
    if rules:
        gap_start = np.where(has_before, from_k(np.maximum, from_x1, x1, -np.inf, float), g - 3)
        gap_end = np.where(has_after, upto_k(np.minimum, after_x0, x0, np.inf, float), g + 3)
        middle = np.array([(line.top + line.bottom) / 2 for line in lines])[:, None]
        for e in rules:
            beside = (e.top - 1 <= middle) & (middle <= e.bottom + 1)
            ruled |= beside & (gap_start - 1 <= e.x0) & (e.x0 <= gap_end + 1)
    return (inside | word_space | ruled).T, two_sided.T


def _paragraph_tops(lines: list[Line]) -> list[float]:
    """Tops of the lines that open a paragraph after a gap (the first line aside)."""
    return [b.top for a, b in zip(lines, lines[1:]) if b.top - a.bottom > 0.5 * b.size]


def _rows_aligned(left: list[Line], right: list[Line]) -> bool:
    """Both sides start their paragraphs at the same heights: the rows of a table of text
    ("Risk | Mitigation"), whose cells begin together; columns of running text break apart."""
    lt, rt = _paragraph_tops(left), _paragraph_tops(right)
    if not lt or not rt:
        return False
    together = sum(1 for t in lt if any(abs(t - u) < 2 for u in rt))
    return together >= 0.5 * min(len(lt), len(rt))


# A list's number as printed alone: "AGENDA ITEM NO. 10B", "Item #3", "4.", "VII.", "(a)"
LIST_NUMBER = re.compile(r"^(?:agenda\s+)?(?:item\s*)?(?:no\.?|number|#)?\s*[-–]?\s*"
                         r"\(?(?:\d{1,3}(?:\.\d{1,2})?[A-Za-z]?|[A-Z]|[IVXivx]{1,5}|[a-z])(?:[.\-]\d{1,2})?[.):]?$", re.I)


def _list_numbers(lines: list[Line]) -> bool:
    """Nearly every line is a list number alone: the number column of an agenda printed as a table
    ("AGENDA ITEM NO. 1" | "Call to Order"), whose rows are items, not two columns of text."""
    return len(lines) >= 3 and sum(bool(LIST_NUMBER.match(l.text.strip())) for l in lines) >= 0.8 * len(lines)


def _running_words(lines: list[list[Word]], alpha: dict[int, bool]) -> bool:
    """Lines (their words) of running text: several words a line, most of them words of letters.
    `alpha` keeps whether each word has a letter, as the same words are asked at many positions."""
    n = sum(len(ws) for ws in lines)
    if not lines or not n:
        return False
    if n / len(lines) < RUNNING_TEXT_WORDS:
        return False
    letters = 0
    for ws in lines:
        for w in ws:
            has = alpha.get(id(w))
            if has is None:
                has = alpha[id(w)] = any(c.isalpha() for c in w.text)
            letters += has
    return letters >= 0.7 * n


def mark_table_lines(layout: PageLayout) -> None:
    """Flag lines that sit inside a box drawn by ruling lines (a ruled table)."""
    regions = ruled_regions(layout.edges)
    verticals = [e for e in layout.edges if e.orientation == "v"]
    horizontals = [e for e in layout.edges if e.orientation == "h" and e.x1 - e.x0 > 10] if regions else []
    for l in layout.lines:
        cx, cy = (l.x0 + l.x1) / 2, (l.top + l.bottom) / 2
        region = next(((x0, x1) for x0, top, x1, bottom in regions
                       if x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1), None)
        l.in_table = region is not None
        if region:
            # every inner column rule of the table at the line's height, also those left or right of
            # its words (a line of one cell still says which column it is in)
            l.cuts = tuple(sorted({round(e.x0, 1) for e in verticals if e.top - 1 <= cy <= e.bottom + 1
                                   and region[0] + 2 < e.x0 < region[1] - 2}))
            # the row it is in: the nearest border above it that spans its first word's left edge
            l.rule_above = max((round(e.top, 1) for e in horizontals if e.top <= l.top + 1
                                and e.x0 - 1 <= l.x0 and l.x0 < e.x1), default=None)


def ruled_regions(edges: list[Edge]) -> list[tuple[float, float, float, float]]:
    """Bounding boxes of clusters of crossing horizontal and vertical rules."""
    hs = [e for e in edges if e.orientation == "h" and e.x1 - e.x0 > 10]
    vs = [e for e in edges if e.orientation == "v" and e.bottom - e.top > 5]
    if not hs or not vs:
        return []
    boxes: list[list[float]] = []
    for v in vs:
        crossing = [h for h in hs if h.x0 - 2 <= v.x0 <= h.x1 + 2 and v.top - 2 <= h.top <= v.bottom + 2]
        if len(crossing) < 2:
            continue
        box = [min(h.x0 for h in crossing), min(v.top, min(h.top for h in crossing)),
               max(h.x1 for h in crossing), max(v.bottom, max(h.top for h in crossing))]
        for b in boxes:
            if box[0] <= b[2] + 2 and b[0] <= box[2] + 2 and box[1] <= b[3] + 2 and b[1] <= box[3] + 2:
                b[0], b[1], b[2], b[3] = min(b[0], box[0]), min(b[1], box[1]), max(b[2], box[2]), max(b[3], box[3])
                break
        else:
            boxes.append(box)
    return [tuple(b) for b in boxes if b[3] - b[1] > 8]


# ---------------------------------------------------------------- blocks

def classify_line(line: Line, body_size: float) -> tuple[str, str | None]:
    """What a line starts: a numbered paragraph, a list item, a heading, or running text."""
    text = line.text
    m = NUMBERED.match(text)
    if m:
        return "numbered", m.group("num")
    if BULLET.match(text) and not text.startswith("-") or text.startswith("- "):
        return "list_item", None
    if (line.bold or line.size > body_size + 1.5) and len(text) < 160:
        return "heading", None
    return "paragraph", None


def build_blocks(layout: PageLayout) -> list[Block]:
    body = layout.body_size
    blocks: list[Block] = []
    prev: Line | None = None
    for line in layout.lines:
        if line.in_table:
            if blocks and blocks[-1].kind == "table":
                blocks[-1].lines.append(line)
            else:
                blocks.append(Block("table", line.page, [line]))
            prev = line
            continue
        kind, number = classify_line(line, body)
        gap = line.top - prev.bottom if prev else 999
        cur = blocks[-1] if blocks else None
        continues = (
            cur is not None and cur.kind != "table" and kind == "paragraph"
            and -0.5 * line.size < gap < max(line.size, 6) * 0.9 and cur.kind != "heading"
        ) or (
            cur is not None and cur.kind == "heading" and kind == "heading" and gap < line.size * 0.6
            and line.bold == cur.lines[-1].bold
        ) or (
            # a sentence that runs on into bold type ("... against a / target of 700 households.
            # **Actions being taken ...**") is still the paragraph, not a heading
            cur is not None and cur.kind in ("paragraph", "numbered", "list_item") and kind == "heading"
            and -0.5 * line.size < gap < max(line.size, 6) * 0.9 and line.size <= body + 0.5
            and not re.search(r"[.:;?!]\W?$", prev.text.strip()) and abs(line.x0 - cur.lines[-1].x0) < 2 * line.size
        )
        if continues:
            cur.lines.append(line)
        else:
            blocks.append(Block(kind, line.page, [line], number))
        prev = line
    return blocks

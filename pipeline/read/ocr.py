"""OCR for pages without a readable text layer, with Tesseract (Debian's `tesseract-ocr`).

pages.read_pages renders such a page and hands the image here; the words come back as
pages.Word objects in PDF points, top-left origin, so layout and every extractor treat them
like words from a text layer. Tesseract's TSV output gives each word's box and its line's box;
the line height stands in for the font size, which layout uses to join lines and spot headings.

`scripts/install-system-packages` installs Tesseract; see the README.
"""
from __future__ import annotations

import csv
import io
import math
import os
import re
import shutil
import subprocess
from typing import TYPE_CHECKING

from pipeline.read.pages import Edge, UnreadablePDF, Word

if TYPE_CHECKING:
    from PIL.Image import Image

_BILINEAR, _BICUBIC = 2, 3  # PIL's Image.Resampling values, without importing PIL for every page

LANGUAGE = "eng"
PAGE_TIMEOUT_S = 300  # a page Tesseract cannot finish in five minutes is not going to finish
# The line box runs from the tallest ascender to the lowest descender: in the sample papers
# 0.92-0.94 of the font size (measured against the same page's text layer).
LINE_HEIGHT_PER_POINT = 0.93
# Under this mean word confidence a page may be turned sideways (upright text reads at 85-95).
LOW_CONFIDENCE = 60
MIN_ORIENTATION_CONFIDENCE = 2.0  # Tesseract's own scale; under 2 its guess is noise
RULE_MIN_POINTS = 30  # a dark run this long (in PDF points) is a ruling line, not a letter
DARK = 140  # grey level under which a pixel is ink
GRID_RULES = 3  # rules across and down that make a table grid
# A scan is rarely square to the paper. Tesseract follows a slightly slanted line of text, but not
# across a wide table, where a row drifts by more than its height and its cells are read into the
# rows above and below. A page with a grid is turned straight first: the skew is the angle at which
# the ink's rows are sharpest (their projection changes most from one pixel row to the next),
# searched within MAX_SKEW_DEGREES, coarsely then finely; under MIN_SKEW_DEGREES it is left.
# A grid's cells are read one by one (see _cell_words); a cell is at least CELL_MIN_POINTS each
# way, and a box over these shares of the page is a frame round text, not a cell.
CELL_MIN_POINTS = 6
CELL_MAX_HEIGHT, CELL_MAX_WIDTH = 0.25, 0.6
CELL_INSET_POINTS = 2.0  # a cell is cut this far inside its rules, clear of their grey fringe
CELL_GAP_POINTS = 8  # white between cells on the sheet they are read from
CELL_SPACE_POINTS = 3  # blank inside a cell is closed up to this (a wide word space)
# (a speck at OCR_DPI: at most this many ink pixels in the square of this side round each of them;
# a speckled page has this many pixels of specks: about fifty specks, a clean scan has next to none)
SPECK_WINDOW, SPECK_PIXELS = 7, 9
SPECKLED_PIXELS = 400
MAX_SKEW_DEGREES = 3.0
MIN_SKEW_DEGREES = 0.1
SKEW_STEPS_DEGREES = (0.25, 0.05)
SKEW_SAMPLE_PIXELS = 1_000_000  # the skew is measured on the page shrunk to about this size
# a page whose rows no word stands on hold this share of its ink (in rows of at least this many ink
# pixels) is read again as one block
UNREAD_INK_SHARE = 0.15
UNREAD_ROW_PIXELS = 40
# every scanned page is first set level when it is askew by this much or more (under it, a line's
# words stay on their line), its skew measured on a smaller sample than a table's
TEXT_SKEW_DEGREES = 1.0
LEVEL_SAMPLE_PIXELS = 300_000
LEVEL_STEPS_DEGREES = (0.5, 0.1, 0.05)
CELL_CONFIDENCE = 70  # a word read inside a grid comes in only when Tesseract is this sure of it...
# ...or when it is a figure: a scanned table's numbers often read with little confidence (a cell's
# rule left a speck beside them), yet a logo's fragments are letters, not "60,514" or "8.0%".
# Tesseract reads what is left of a cell's border as "|", "[", "_" or a quote at a word's edge.
CELL_FIGURE = re.compile(r"[$£€]?\(?\d{1,3}(?:,\d{3})*(?:\.\d+)?\)?%?|\d+(?:\.\d+)?%?|[$£€%]")
BORDER_MARKS = "|[]{}_‘’“”'\"`—=,.:;/"
# A "$" set apart at a cell's left edge, away from its sum, reads as "S" as often as "$": a letter
# S alone before a sum written with thousands separators or cents is its dollar sign.
DOLLAR_MISREAD = {"S", "s", "§"}
MONEY_FIGURE = re.compile(r"\(?\d{1,3}(?:,\d{3})+(?:\.\d\d)?\)?|\(?\d+\.\d\d\)?")
# Tesseract's most common misreading of a dollar sign is the section sign. A section of a code or
# statute is cited "§ 54956.9", never with thousands separators or cents, so a "§" before a sum
# written as money ("§ 108,847", "§12.50") is a "$".
SECTION_FOR_DOLLAR = re.compile(r"§(?=\s?(?:\d{1,3}(?:,\d{3})+(?:\.\d\d)?|\d+\.\d\d)(?![\d.]))")
# A word is bold when its stroke width (as a share of its font size) is this many times the page's
# median: regular words measure up to 1.14-1.2 of it and bold ones from 1.32-1.37, on built pages
# and on a scanned agenda alike (a bold face's stems are 1.5-1.8 times as wide, and short words of
# round letters read lower). A page with fewer words than this has no "usual" to compare with.
BOLD_STROKE_RATIO = 1.27
MIN_WORDS_FOR_BOLD = 20
INSTALL_HINT = "install it with scripts/install-system-packages (Debian: apt-get install tesseract-ocr)"


class OCRUnavailable(Exception):
    """Tesseract or its language data is missing; the message says how to install it."""


def check_available(language: str = LANGUAGE) -> None:
    """Raise OCRUnavailable unless Tesseract and its `language` data are installed."""
    exe = shutil.which("tesseract")
    if exe is None:
        raise OCRUnavailable(f"--ocr needs Tesseract, which is not installed: {INSTALL_HINT}")
    listed = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    if language not in listed.stdout.split():
        raise OCRUnavailable(f"Tesseract has no '{language}' language data: {INSTALL_HINT}")


class ReadWords(list):
    """The words read from a page image, with what else the read found on it.

    `turned`: the page had to be turned upright first (a landscape table scanned onto a portrait
    page), so the words' boxes are in the turned page's frame, `turned` degrees clockwise from the
    page as stored, and pages.read_pages swaps the page's width and height.
    `rules`: the ruling lines of the scan's table grids, as a text layer's page has them drawn, so
    the ruled-table finder gets the printed grid. On a skewed scan the words and rules are both in
    the frame of the page turned straight (a point moves by at most a few points)."""
    turned: int = 0
    rules: list[Edge] = []


def read_words(image: "Image", scale: float) -> list[Word]:
    """The words Tesseract finds in a page image; `scale` is image pixels per PDF point.

    Most scans are upright and read at the first pass. When that pass reads poorly (a mean word
    confidence under LOW_CONFIDENCE: sideways text reads as gibberish), Tesseract's orientation
    detection says whether the page is turned, and a turned page is read again upright."""
    image = _levelled(image)
    clean = _despeckled(image)
    words, confidences = _with_blocks_reread(clean, scale, *_tesseract_words_each(clean, scale))
    confidence = sum(confidences) / len(confidences) if confidences else 0.0
    words = _with_lines_reread(clean, scale, words, confidences)
    turn = None
    if confidence < LOW_CONFIDENCE and words:
        # (a page that is mostly a ruled grid reads poorly too: its cells are read afterwards)
        turn = _orientation(image)
    if turn in (90, 180, 270):
        turned = image.rotate(-turn, expand=True)
        upright, upright_confidence = _tesseract_words(turned, scale)
        if upright_confidence > confidence:
            mark_bold(turned, scale, upright)  # (on the read that is kept)
            out = _with_grid_cells(turned, scale, upright)
            out.turned = turn
            return out
    mark_bold(image, scale, words)
    return _with_grid_cells(image, scale, words)


# A column of item numbers down the margin ("1.", "2.", "3." over each other) is read by Tesseract's
# page layout as a block of its own, which it reads as one tall scrap ("wWD"), leaving each line
# with a lone "." before its title: such a line is read again on its own (a single line, as
# Tesseract reads a line it is given), which finds its number.
TALL_SCRAP = 3.0  # a word this many times the page's usual height is a scrap (if it has few letters)


SURE_TITLE_CONFIDENCE = 70  # a line is read again only if Tesseract was this sure of its words (a
# title beside a lost number reads well; the letters of a chart's sideways labels do not)
MAX_REREADS = 60  # lines read again on one page, at most


def _with_lines_reread(image: "Image", scale: float, words: list[Word], confidences: list[float]) -> list[Word]:
    """The page's words, with each line that lost its number to a scrap read again from its band
    of the image (kept when the new reading starts with a list's number or letter)."""
    if not words:
        return words
    sure = {id(w) for w, c in zip(words, confidences) if c >= SURE_TITLE_CONFIDENCE}
    heights = sorted(w.bottom - w.top for w in words)
    usual = heights[len(heights) // 2]
    # (a scrap has about a letter for each line it spans, the number it took from each; a word in
    # large type, a letterhead's, has many letters for its height)
    scraps = [w for w in words if w.bottom - w.top > TALL_SCRAP * usual and len(w.text) <= (w.bottom - w.top) / usual + 2]
    lines = _lines_of([w for w in words if not any(w is s for s in scraps)])
    broken = _numbers_lost(lines, scraps, usual, sure)
    if not broken:
        return words
    bands = []  # (line index, (x0, top, x1, bottom) in points) of each line read again
    for k in broken:
        line = lines[k]
        top, bottom = min(w.top for w in line), max(w.bottom for w in line)
        pad = 0.3 * (bottom - top)
        box = (max(0, int((line[0].x0 - 8 * usual) * scale)), max(0, int((top - pad) * scale)),
               min(image.width, int((line[-1].x1 + usual) * scale)), min(image.height, int((bottom + pad) * scale)))
        again, _ = _words_from_tsv(_run_tesseract(image.crop(box), ["-l", LANGUAGE, "--psm", "7", "tsv"]), scale)
        if again and _LIST_MARK.match(again[0].text):
            dx, dy = box[0] / scale, box[1] / scale
            for w in again:
                w.x0, w.x1, w.top, w.bottom = w.x0 + dx, w.x1 + dx, w.top + dy, w.bottom + dy
            lines[k] = again
            bands.append((k, tuple(v / scale for v in box)))
    # what the first reading made of the margin beside a line read again ("=" for a "1.", a scrap
    # over the column of numbers) was its number: the new reading has it
    again_at = {k for k, _ in bands}
    read = [w for k, line in enumerate(lines) for w in line
            if k in again_at or not any(_centre_in(w, box) for _, box in bands)]
    keep = [s for s in scraps if not any(_overlaps(s, box) for _, box in bands)]
    return read + keep


def _numbers_lost(lines: list[list[Word]], scraps: list[Word], usual: float, sure: set[int]) -> list[int]:
    """The lines that seem to have lost their list number to the page's layout analysis: a lone
    "." before their words, a scrap in the margin beside them, or a first word that reads as no
    number where a column of numbers stands. Only lines Tesseract was sure of (a title reads
    well; a chart's sideways labels do not), and only lines of a list (another such line a few
    lines above or below: a drawing's labels, scattered over the page, are read as they are)."""
    def beside(mark: Word, line: list[Word], left: float) -> bool:  # in the margin by the line, level with it
        return left < line[0].x0 and line[0].x0 - mark.x1 < 6 * usual and mark.top < line[0].bottom \
            and mark.bottom > line[0].top
    # short scraps read as lines of their own ("SO!", "00", "OY" down the margin), two or more in a
    # column (a bullet misread as a mark is a bullet, not a number)
    orphans = [l[0] for l in lines if len(l) == 1 and len(l[0].text) <= 4 and not _LIST_MARK.match(l[0].text)
               and l[0].text not in _BULLET_MISREADS | {"e"}]
    orphans = [o for o in orphans if any(p is not o and abs(p.x0 - o.x0) < usual and abs(p.top - o.top) < 10 * usual
                                         for p in orphans + scraps)]
    broken = {k for k, line in enumerate(lines)
              if len(line) >= 2 and any(w.text == "." for w in line[:3])
              or any(beside(m, line, m.x0) for m in scraps)  # (a tall scrap may reach under the line's start)
              or not (len(line) == 1 and line[0] in orphans) and any(beside(m, line, m.x1) for m in orphans)}
    broken |= _misread_marks(lines, usual)
    broken = [k for k in sorted(broken) if 2 * sum(id(w) in sure for w in lines[k]) > len(lines[k])]
    return [k for k in broken if any(j != k and abs(lines[j][0].top - lines[k][0].top) < 4 * usual
                                     for j in broken)][:MAX_REREADS]


def _misread_marks(lines: list[list[Word]], usual: float) -> set[int]:
    """Lines whose first word, set apart from the rest like a list's number, reads as no number
    ("ke Call to order", "nO! Park Naming Policy" where "1." and "3." were printed) in a column
    where other lines have their numbers, or where three or more are so misread: a column of
    numbers Tesseract read as scraps of letters."""
    def column(line):  # where the mark and the text after it start
        return line[0].x0, line[1].x0
    marked = [column(l) for l in lines if len(l) >= 2 and _LIST_MARK.match(l[0].text)]
    odd = [k for k, l in enumerate(lines) if len(l) >= 2 and len(l[0].text) <= 4 and not _LIST_MARK.match(l[0].text)
           and l[1].x0 - l[0].x1 > 1.2 * usual]

    def same(a, b):
        return abs(a[0] - b[0]) < usual and abs(a[1] - b[1]) < usual
    return {k for k in odd if any(same(column(lines[k]), c) for c in marked)
            or sum(same(column(lines[k]), column(lines[j])) for j in odd) >= 3}


_LIST_MARK = re.compile(r"^(?:\(?\d{1,3}[a-z]?[.)]|\(?[A-Za-z][.)]|[IVXivx]{1,5}[.)])$")


def _lines_of(words: list[Word]) -> list[list[Word]]:
    """Tesseract's words, in its reading order, as lines: a word right of the one before it whose
    height overlaps the line's is on its line (a full stop's box is a dot at the baseline)."""
    lines: list[list[Word]] = []
    for w in words:
        last = lines[-1] if lines else None
        if last and w.x0 >= last[-1].x0 and max(w.top, min(x.top for x in last)) <= min(w.bottom, max(x.bottom for x in last)):
            last.append(w)
        else:
            lines.append([w])
    return lines


def _overlaps(word: Word, box: tuple[float, float, float, float]) -> bool:
    return word.x0 < box[2] and word.x1 > box[0] and word.top < box[3] and word.bottom > box[1]


def mark_bold(image: "Image", scale: float, words: list[Word]) -> None:
    """Set `bold` on the words printed in bold type. Tesseract does not say which they are, yet
    minutes and agendas mark their headings by it (a numbered minute heading is bold, the
    resolution under it is not). Bold strokes are thicker: a word's stroke width is about twice its
    ink's area over the length of the ink's edge, and as a share of the line's height it is the
    same for every size of type. A word whose stroke is well above the page's usual is bold."""
    import numpy as np

    if len(words) < MIN_WORDS_FOR_BOLD:
        return
    ink = np.asarray(image.convert("L")) < DARK
    strokes = []
    for w in words:
        box = ink[max(0, round(w.top * scale)):round(w.bottom * scale), max(0, round(w.x0 * scale)):round(w.x1 * scale)]
        edged = np.pad(box, 1)
        edge = int((edged[:, 1:] != edged[:, :-1]).sum() + (edged[1:, :] != edged[:-1, :]).sum())
        # (a word of a few pixels, or a stray mark, says nothing of its type)
        strokes.append(4 * int(box.sum()) / edge / (w.size * scale) if edge >= 16 and w.size * scale >= 8 else None)
    usual = sorted(x for x in strokes if x is not None)
    if len(usual) < MIN_WORDS_FOR_BOLD:
        return
    median = usual[len(usual) // 2]
    for w, x in zip(words, strokes):
        w.bold = x is not None and x > BOLD_STROKE_RATIO * median


def _with_grid_cells(image: "Image", scale: float, words: list[Word]) -> ReadWords:
    """The words of a page with table grids read again, turned straight (see _skew) and with
    their rules painted out (see without_rules): the second read's confident words, and the first
    read's words wherever the second has none, so a boxed logo's fragments (read with little
    confidence) stay out. The grid's rules come back with the words (ReadWords.rules)."""
    runs = _rule_runs(image, scale)
    if runs is None:
        return ReadWords(words)
    skew = _skew(image)
    if abs(skew) >= MIN_SKEW_DEGREES:
        centre = (image.width / 2 / scale, image.height / 2 / scale)
        image = image.rotate(skew, resample=_BICUBIC, fillcolor=255)
        words = [_rotated(w, skew, centre) for w in words]
        runs = _rule_runs(image, scale) or runs
    clean = _painted_out(image, runs)
    rules = _rule_edges(runs, scale)
    cells = _cells(rules, image.width / scale, image.height / scale)
    if cells:
        sure = _cell_words(clean, scale, cells)
        rest = [w for w in words if not any(_centre_in(w, box) for box in cells)]
    else:
        sure = [w for w, conf in zip(*_tesseract_words_each(clean, scale)) if _kept_in_grid(w, conf)]
        rest = [w for w in words if not any(_overlap(w, o) for o in sure)]
    out = ReadWords(rest + sure)  # the page's words in reading order, then the cells'; layout orders them by position
    out.rules = rules
    return out


def _cells(rules: list[Edge], width: float, height: float) -> list[tuple[float, float, float, float]]:
    """The boxes of the grid's cells, by the ruled-table finder's own algorithm (so the cells read
    are the cells a table is filled from); a box as big as a text block (a frame round the page
    or round a paragraph) is not a cell."""
    from pipeline.extract.tables import ruled_grids  # the reader borrows the table finder's grid

    boxes = [box for grid in ruled_grids(rules) for row in grid for box in row if box]
    return [b for b in boxes if CELL_MIN_POINTS <= b[3] - b[1] <= CELL_MAX_HEIGHT * height
            and CELL_MIN_POINTS <= b[2] - b[0] <= CELL_MAX_WIDTH * width]


def _cell_words(clean: "Image", scale: float, cells: list[tuple[float, float, float, float]]) -> list[Word]:
    """The words of a grid's cells, read from a sheet that sets each cell (cut from the page with
    its rules painted out) on a line of its own, apart from the others: one Tesseract call for the
    page, and no cell read into its neighbour's line, however the page is skewed or the cell's
    figures are spread (a "$" at the cell's left, the sum at its right). A word comes back to
    where its cell is on the page."""
    from PIL import Image as PILImage

    import numpy as np

    inset = max(1, round(CELL_INSET_POINTS * scale))  # clear of what is left of the rules
    gap = round(CELL_GAP_POINTS * scale)
    pixels = np.array(clean.convert("L"))
    crops, slots, y = [], [], gap
    for x0, top, x1, bottom in cells:
        box = (round(x0 * scale) + inset, round(top * scale) + inset, round(x1 * scale) - inset, round(bottom * scale) - inset)
        crop, columns = _closed_up(pixels[box[1]:box[3], box[0]:box[2]], round(CELL_SPACE_POINTS * scale))
        if crop.size == 0:
            continue
        crops.append((crop, y))
        slots.append((y, y + crop.shape[0], box, columns))
        y += crop.shape[0] + gap
    if not crops:
        return []
    sheet = np.full((y, max(c.shape[1] for c, _ in crops) + 2 * gap), 255, dtype=np.uint8)
    for crop, top in crops:
        sheet[top:top + crop.shape[0], gap:gap + crop.shape[1]] = crop
    sheet = PILImage.fromarray(sheet)
    read = _words_from_tsv(_run_tesseract(sheet, ["-l", LANGUAGE, "--psm", "6", "tsv"]), scale)
    out = []
    for w, following, conf in zip(read[0], read[0][1:] + [None], read[1]):
        centre = (w.top + w.bottom) / 2 * scale
        slot = next((s for s in slots if s[0] - gap / 2 <= centre < s[1] + gap / 2), None)
        bare = w.text.strip(BORDER_MARKS)
        if slot is None or not bare:
            continue
        if bare in DOLLAR_MISREAD and following is not None and MONEY_FIGURE.fullmatch(following.text.strip(BORDER_MARKS)):
            bare = "$"
        if CELL_FIGURE.fullmatch(bare):
            w.text = bare  # a figure in a cell is never printed with a mark at its edge
        elif conf < CELL_CONFIDENCE:
            continue
        _, _, box, columns = slot
        left = min(max(round(w.x0 * scale) - gap, 0), len(columns) - 1)
        right = min(max(round(w.x1 * scale) - gap - 1, left), len(columns) - 1)
        dy = (box[1] - slot[0]) / scale
        w.x0, w.x1 = (box[0] + columns[left]) / scale, (box[0] + columns[right] + 1) / scale
        w.top, w.bottom = w.top + dy, w.bottom + dy
        out.append(w)
    return out


def _closed_up(crop, space: int):
    """A cell's image with every run of blank columns wider than `space` cut to `space`, and for
    each column left, the column of the cell it came from. A table sets a sum's currency sign at
    the cell's left and its figures at the right; Tesseract reads a sign standing alone as ">" or
    ":" as often as "$", and reads it right when it stands by its figures."""
    import numpy as np

    blank = (crop >= DARK).all(axis=0)
    keep = np.ones(len(blank), dtype=bool)
    run = 0
    for i, white in enumerate(blank):
        run = run + 1 if white else 0
        if run > space:
            keep[i] = False
    return crop[:, keep], np.flatnonzero(keep)


def _centre_in(word: Word, box: tuple[float, float, float, float]) -> bool:
    x, y = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return box[0] <= x < box[2] and box[1] <= y < box[3]


def _kept_in_grid(word: Word, confidence: float) -> bool:
    """Whether a word read from a grid with its rules painted out comes in: a sure one, or a
    figure (its text then loses the border marks read at its edges: "|$" -> "$")."""
    if confidence >= CELL_CONFIDENCE:
        return True
    figure = word.text.strip(BORDER_MARKS)
    if not CELL_FIGURE.fullmatch(figure):
        return False
    word.text = figure
    return True


def _overlap(a: Word, b: Word) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.top < b.bottom and b.top < a.bottom


# A rule's run of dark pixels: (pixel row or column, first pixel along it, pixel after the last).
Run = tuple[int, int, int]


def without_rules(image: "Image", scale: float) -> "Image":
    """The page image with the ruling lines of its table grids painted out. Tesseract's page
    segmentation takes a ruled grid for a picture and reads nothing inside it, so a scanned
    table's figures are lost; with the rules gone its cells read as lines of text. A page is
    left as it is unless it holds a grid (see _rule_runs)."""
    runs = _rule_runs(image, scale)
    return image if runs is None else _painted_out(image, runs)


def _rule_runs(image: "Image", scale: float) -> tuple[list[Run], list[Run]] | None:
    """The dark runs of the page's ruling lines across and down, or None when they make no grid.
    A rule is a straight dark run longer than RULE_MIN_POINTS (no letter's stroke is that long);
    a grid has GRID_RULES rules each way, so a logo or an underline is not cut into fragments
    that read as stray letters."""
    import numpy as np

    dark = np.array(image.convert("L")) < DARK
    min_run = int(RULE_MIN_POINTS * scale)
    found = []
    for ink in (dark, dark.T):  # rows, then columns
        runs = []
        for i in np.flatnonzero(ink.sum(axis=1) >= min_run):
            row = np.concatenate(([0], ink[i].astype(np.int8), [0]))
            bounds = np.flatnonzero(np.diff(row))
            runs += [(int(i), int(start), int(end)) for start, end in zip(bounds[::2], bounds[1::2])
                     if end - start >= min_run]
        found.append(runs)
    rules_each_way = [len({i // max(1, int(2 * scale)) for i, _, _ in runs}) for runs in found]
    if min(rules_each_way) < GRID_RULES:
        return None
    return found[0], found[1]


def _painted_out(image: "Image", runs: tuple[list[Run], list[Run]]) -> "Image":
    import numpy as np
    from PIL import Image as PILImage

    pixels = np.array(image.convert("L"))
    for grid, found in ((pixels, runs[0]), (pixels.T, runs[1])):  # the transpose is a view
        for i, start, end in found:
            grid[i, start:end] = 255
    return PILImage.fromarray(pixels)


def _rule_edges(runs: tuple[list[Run], list[Run]], scale: float) -> list[Edge]:
    """The rules as Edges in PDF points: a rule several pixels thick is runs on neighbouring pixel
    rows that overlap along it, merged into one."""
    edges = []
    for across, found in ((True, runs[0]), (False, runs[1])):
        merged: list[list[int]] = []  # [first row, last row, start, end]
        open_rules: list[list[int]] = []
        for i, start, end in sorted(found):
            open_rules = [r for r in open_rules if r[1] >= i - 1]
            rule = next((r for r in open_rules if r[2] < end and start < r[3]), None)
            if rule is None:
                rule = [i, i, start, end]
                merged.append(rule)
                open_rules.append(rule)
            else:
                rule[1], rule[2], rule[3] = i, min(rule[2], start), max(rule[3], end)
        for first, last, start, end in merged:
            a, b = (first + last + 1) / 2 / scale, (start / scale, end / scale)
            edges.append(Edge(b[0], a, b[1], a) if across else Edge(a, b[0], a, b[1]))
    return edges


def _despeckled(image: "Image") -> "Image":
    """The page as Tesseract is given it: a speckled scan (dust, toner, a photocopy's grain) smoothed
    by a 3-pixel median, which takes out specks and keeps strokes (wider than that at OCR_DPI); a clean
    scan as it is. Tesseract reads specks as marks (".", "'", "aa") that break lines and titles apart
    and take the place of a list's numbers. A speck is ink with no more than SPECK_PIXELS of ink in
    the SPECK_WINDOW square round it (a full stop beside its word has the word's ink in the square);
    a page is speckled with SPECKLED_PIXELS of them. The rules and bold strokes are read from the page
    as scanned."""
    import numpy as np
    from PIL import ImageFilter

    ink = np.asarray(image.convert("L")) < DARK
    k = SPECK_WINDOW
    table = np.zeros((ink.shape[0] + k, ink.shape[1] + k), dtype=np.int32)  # a summed-area table, padded
    table[k // 2 + 1:k // 2 + 1 + ink.shape[0], k // 2 + 1:k // 2 + 1 + ink.shape[1]] = ink
    table = table.cumsum(0).cumsum(1)
    around = table[k:, k:] - table[:-k, k:] - table[k:, :-k] + table[:-k, :-k]
    if int((ink & (around <= SPECK_PIXELS)).sum()) < SPECKLED_PIXELS:
        return image
    return image.filter(ImageFilter.MedianFilter(3))


def _with_blocks_reread(image: "Image", scale: float, words: list[Word],
                        confidences: list[float]) -> tuple[list[Word], list[float]]:
    """The words of a page whose text Tesseract's page layout left out in part, read again as one
    block of text. Its layout analysis takes a block of dense or heavy type for a picture and reads
    nothing of it, so whole runs of a photocopy's lines go missing: where more than
    UNREAD_INK_SHARE of the page's ink lies in rows that no word stands on, the page is read again
    as a single block (--psm 6), and that read is kept if it leaves less ink unread."""
    import numpy as np

    ink = np.asarray(image.convert("L")) < DARK
    unread = _unread_ink(ink, words, scale)
    if unread <= UNREAD_INK_SHARE * int(ink.sum()):
        return words, confidences
    again, sure = _words_from_tsv(_run_tesseract(image, ["-l", LANGUAGE, "--psm", "6", "tsv"]), scale)
    return (again, sure) if _unread_ink(ink, again, scale) < unread else (words, confidences)


def _unread_ink(ink, words: list[Word], scale: float) -> int:
    """Ink pixels in rows of the page that no word stands on, counting only rows with a line's worth
    of ink (UNREAD_ROW_PIXELS: not a rule's edge or a speck)."""
    import numpy as np

    covered = np.zeros(ink.shape[0], dtype=bool)
    for w in words:
        covered[max(0, int(w.top * scale) - 2):int(w.bottom * scale) + 2] = True
    rows = ink[~covered].sum(axis=1)
    return int(rows[rows >= UNREAD_ROW_PIXELS].sum())


def _levelled(image: "Image") -> "Image":
    """The page turned level when the scan is askew by TEXT_SKEW_DEGREES or more. Tesseract follows
    a slanted line, but the boxes of its words climb or fall along it: past about a degree a line's
    words drift by more than their height, and the lines break apart or run into each other."""
    skew = _skew(image, LEVEL_SAMPLE_PIXELS, LEVEL_STEPS_DEGREES)
    return image.rotate(skew, resample=_BICUBIC, fillcolor=255) if abs(skew) >= TEXT_SKEW_DEGREES else image


def _skew(image: "Image", sample: int = SKEW_SAMPLE_PIXELS, steps: tuple[float, ...] = SKEW_STEPS_DEGREES) -> float:
    """Degrees to turn the page anticlockwise to set its lines level (see MAX_SKEW_DEGREES),
    measured on the page shrunk to about `sample` pixels, to the last of `steps`."""
    import numpy as np
    from PIL import Image as PILImage

    shrink = max(1, int((image.width * image.height / sample) ** 0.5))
    ink = PILImage.fromarray(((np.array(image.convert("L").reduce(shrink)) < DARK) * 255).astype(np.uint8))

    def sharpness(angle: float) -> float:
        rows = np.asarray(ink.rotate(angle, resample=_BILINEAR), dtype=np.float64).sum(axis=1)
        return float((np.diff(rows) ** 2).sum())

    best, span = 0.0, MAX_SKEW_DEGREES
    for step in steps:
        angles = np.arange(best - span, best + span + step / 2, step)
        best = float(max(angles, key=sharpness))
        span = step
    return round(best, 2)


def _rotated(word: Word, degrees: float, centre: tuple[float, float]) -> Word:
    """The word moved as the page image is turned `degrees` anticlockwise about `centre` (PIL's
    Image.rotate); the box keeps its size, as a word is short enough not to tilt much."""
    theta = math.radians(degrees)
    dx, dy = (word.x0 + word.x1) / 2 - centre[0], (word.top + word.bottom) / 2 - centre[1]
    x = centre[0] + dx * math.cos(theta) + dy * math.sin(theta)
    y = centre[1] - dx * math.sin(theta) + dy * math.cos(theta)
    half_w, half_h = (word.x1 - word.x0) / 2, (word.bottom - word.top) / 2
    word.x0, word.x1, word.top, word.bottom = x - half_w, x + half_w, y - half_h, y + half_h
    return word


def _run_tesseract(image: "Image", args: list[str]) -> str:
    png = io.BytesIO()
    image.save(png, format="PNG")
    # Ingest already runs one worker per core, so Tesseract's own threads would only compete.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(["tesseract", "stdin", "stdout", *args], input=png.getvalue(),
                              capture_output=True, env=env, timeout=PAGE_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise UnreadablePDF(f"OCR gave up on a page after {PAGE_TIMEOUT_S} s") from None
    except FileNotFoundError:
        raise UnreadablePDF(f"OCR is not available: {INSTALL_HINT}") from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise UnreadablePDF(f"OCR failed: {reason[-1] if reason else f'tesseract exit {done.returncode}'}")
    return done.stdout.decode("utf-8", "replace")


SURE_LINE_CONFIDENCE = 70  # a logo's word is kept when Tesseract is this sure of it


def read_lines(image: "Image") -> list[str]:
    """The lines of words Tesseract is sure of in a picture (a logo, a letterhead drawn as an
    image): a logo's ornaments read as low-confidence scraps, which are left out."""
    words, confidences = _tesseract_words_each(image, 1.0)
    lines: list[list[Word]] = []
    for w, c in zip(words, confidences):
        if c < SURE_LINE_CONFIDENCE or not re.search(r"\w", w.text):
            continue
        if lines and abs(w.top - lines[-1][-1].top) < 0.5 * (w.bottom - w.top):
            lines[-1].append(w)
        else:
            lines.append([w])
    return [" ".join(w.text for w in line) for line in lines]


def _tesseract_words(image: "Image", scale: float) -> tuple[list[Word], float]:
    """The words and their mean confidence (0-100)."""
    words, confidences = _tesseract_words_each(image, scale)
    return words, (sum(confidences) / len(confidences) if confidences else 0.0)


def _tesseract_words_each(image: "Image", scale: float) -> tuple[list[Word], list[float]]:
    """The words and each one's confidence (0-100)."""
    return _words_from_tsv(_run_tesseract(image, ["-l", LANGUAGE, "tsv"]), scale)


def _orientation(image: "Image") -> int | None:
    """Degrees the page's text is turned clockwise, by Tesseract's orientation detection; None
    when it is unsure (or the detection data is not installed)."""
    try:
        report = _run_tesseract(image, ["--psm", "0"])
    except UnreadablePDF:
        return None
    turn = re.search(r"Rotate:\s*(\d+)", report)
    sure = re.search(r"Orientation confidence:\s*([\d.]+)", report)
    if not turn or not sure or float(sure.group(1)) < MIN_ORIENTATION_CONFIDENCE:
        return None
    return int(turn.group(1))


def _words_from_tsv(tsv: str, scale: float) -> tuple[list[Word], list[float]]:
    """Tesseract TSV rows: level 4 is a line, level 5 a word inside the last line."""
    words: list[Word] = []
    confidences: list[float] = []
    line: list[Word] = []  # the words of the line being read
    line_height = 0.0
    specks: set[int] = set()  # ids of words that are specks read at a line's ends ("Study +", "2024. |")

    def end_line():
        if len(line) > 1 and re.fullmatch(r"[|+_~^`]+", line[-1].text):
            specks.add(id(line.pop()))
        # (and before its first word: "' E. Library Hours"; a lone "." there is a list number the
        # page's layout took away, which _with_lines_reread looks for)
        if len(line) > 1 and re.fullmatch(r"['‘’`,_~^]+", line[0].text):
            specks.add(id(line.pop(0)))
        # the line's box spans what its letters reach: capitals and ascenders above, descenders below
        size = round(line_height / _extent_of(" ".join(w.text for w in line)), 1) if line else 0.0
        for w in line:
            w.size = size
        if len(line) >= 2:
            line[0].text = _list_mark(line[0].text, line[1].text)
        for k in range(1, len(line) - 1):
            if line[k].text in ("|", "l") and _TITLE_BEFORE_INITIAL.fullmatch(line[k - 1].text) and line[k + 1].text[:1].isupper():
                line[k].text = "I"  # "Cllr | Jones": the initial I of a name, read as a bar
            elif line[k].text == "|" and re.fullmatch(r"[a-z]{2,}", line[k + 1].text) and line[k - 1].text[:1].isalpha():
                line[k].text = "I"  # "Suggested Motion: | move to ...": the word I, read as a bar
        line.clear()

    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        level, text = row["level"], (row.get("text") or "").strip()
        left, top = int(row["left"]) / scale, int(row["top"]) / scale
        width, height = int(row["width"]) / scale, int(row["height"]) / scale
        if level == "4":
            end_line()
            line_height = height
        elif level == "5" and text:
            w = Word(_CLLR.sub("Cllr", _capital_i(_without_specks_at_edges(text))), left, top, left + width, top + height,
                     0.0, False, "ocr")
            words.append(w)
            line.append(w)
            confidences.append(float(row.get("conf") or 0))
    end_line()
    if specks:
        kept = [(w, c) for w, c in zip(words, confidences) if id(w) not in specks]
        words, confidences = [w for w, _ in kept], [c for _, c in kept]
    return _dollars_for_sections(words), confidences


# How far a line's letters reach, as shares of the font size: capitals, figures and ascenders rise
# to about 0.72 above the baseline, small letters to 0.52; descenders, commas and brackets drop
# about 0.21 below it. A line of capitals ("NAY: None") is a fifth shorter than one with a "g" in it.
CAP_HEIGHT, X_HEIGHT, DESCENT = 0.72, 0.52, 0.21
_RISES = re.compile(r"[A-Z0-9bdfhiklt()\[\]{}/|!?'\"$£€%&@#]")
_DROPS = re.compile(r"[gjpqy(),;\[\]{}|/]")


def _extent_of(text: str) -> float:
    extent = (CAP_HEIGHT if _RISES.search(text) else X_HEIGHT) + (DESCENT if _DROPS.search(text) else 0.0)
    return extent if text else LINE_HEIGHT_PER_POINT


def _list_mark(first: str, second: str) -> str:
    """A line's first word as the list mark it was printed as, where Tesseract misread one: a bullet
    read as another mark, a Roman number's I's read as l's or bars, an item's point read as a
    comma ("4, PUBLIC COMMENT"); `second` is the word after it."""
    if _is_misread_bullet(first, second):
        return "•"
    if re.fullmatch(r"\d{1,3},", first) and second[:1].isupper():
        return first[:-1] + "."
    return _roman_number(first)


# what Tesseract reads a bullet point as ("• NOTED the report" -> "¢ NOTED the report", "e Please ...")
_BULLET_MISREADS = frozenset("¢«»°©®@")


def _is_misread_bullet(first: str, second: str) -> bool:
    """Is a line's first word a bullet read as another mark? A mark that is no word is; an "e" (a
    round bullet's commonest reading) is where a capital starts the word after it, as no English
    sentence does after a lone "e"."""
    return first in _BULLET_MISREADS or first == "e" and second[:1].isupper()


_ROMAN = re.compile(r"^(?=[IVX])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$")


def _roman_number(text: str) -> str:
    """A list's Roman number at a line's start, which Tesseract reads with small l's and bars for
    the I's ("|.", "ll.", "Ill.", "lV."): the number as printed ("I.", "II.", "III.", "IV.")."""
    m = re.fullmatch(r"([|lIVX]{1,5})([.)])", text)
    if not m or not re.search(r"[|l]", m.group(1)):
        return text
    number = re.sub(r"[|l]", "I", m.group(1))
    return number + m.group(2) if _ROMAN.match(number) else text


# "Cllr" (a councillor, in UK minutes) read with an i or a capital I for an l: "Clir", "CIlr", "Cilr"
_CLLR = re.compile(r"^C(?:li|lI|Il|II|il|iI)r(?=\.?$)")


# the titles a name's initial follows ("Cllr I Jones", "Mrs I Patel"), where a bar or an l is an I
_TITLE_BEFORE_INITIAL = re.compile(r"(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Sir|Dame|Lord|Lady)\.?")


def _without_specks_at_edges(text: str) -> str:
    """A word without the specks read into it at its ends ("_F." for a list's "F.", "Newton_"): no word
    of a paper starts or ends with an underscore, tilde or caret, nor ends in a bar (a plus it may end
    in: "aged 65+", "AA+")."""
    core = text.lstrip("_~^`").rstrip("_~^`|")
    return core if core and any(c.isalnum() for c in core) else text


def _capital_i(text: str) -> str:
    """Tesseract reads a capital I as a small l where the two look alike; English has no word that
    starts with an l and then a consonant (but "lb"), so "lvey", "lt was" and "lTEM" are Ivey, It, ITEM."""
    return "I" + text[1:] if re.match(r"l(?:[cdfghjkmnpqrstvwxz]|[A-Z])", text) else text


def _dollars_for_sections(words: list[Word]) -> list[Word]:
    """Section signs misread for dollar signs, where a sum of money follows (SECTION_FOR_DOLLAR),
    in the word itself ("§108,847") or as the next word ("§", "108,847")."""
    for i, w in enumerate(words):
        if "§" not in w.text:
            continue
        following = f" {words[i + 1].text}" if w.text == "§" and i + 1 < len(words) else ""
        w.text = SECTION_FOR_DOLLAR.sub("$", w.text + following)[:len(w.text)]
    return words

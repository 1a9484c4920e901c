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
import os
import re
import shutil
import subprocess
from typing import TYPE_CHECKING

from pipeline.read.pages import UnreadablePDF, Word

if TYPE_CHECKING:
    from PIL.Image import Image

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
CELL_CONFIDENCE = 70  # a word read inside a grid comes in only when Tesseract is this sure of it...
# ...or when it is a figure: a scanned table's numbers often read with little confidence (a cell's
# rule left a speck beside them), yet a logo's fragments are letters, not "60,514" or "8.0%".
# Tesseract reads what is left of a cell's border as "|", "[", "_" or a quote at a word's edge.
CELL_FIGURE = re.compile(r"[$£€]?\(?\d{1,3}(?:,\d{3})*(?:\.\d+)?\)?%?|\d+(?:\.\d+)?%?|[$£€%]")
BORDER_MARKS = "|[]{}_‘’'`—=,."
# Tesseract's most common misreading of a dollar sign is the section sign. A section of a code or
# statute is cited "§ 54956.9", never with thousands separators or cents, so a "§" before a sum
# written as money ("§ 108,847", "§12.50") is a "$".
SECTION_FOR_DOLLAR = re.compile(r"§(?=\s?(?:\d{1,3}(?:,\d{3})+(?:\.\d\d)?|\d+\.\d\d)(?![\d.]))")
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


class TurnedWords(list):
    """Words read from a page image that had to be turned upright first (a landscape table
    scanned onto a portrait page): their boxes are in the turned page's frame, `turned` degrees
    clockwise from the page as stored, so pages.read_pages swaps the page's width and height."""
    turned: int = 0


def read_words(image: "Image", scale: float) -> list[Word]:
    """The words Tesseract finds in a page image; `scale` is image pixels per PDF point.

    Most scans are upright and read at the first pass. When that pass reads poorly (a mean word
    confidence under LOW_CONFIDENCE: sideways text reads as gibberish), Tesseract's orientation
    detection says whether the page is turned, and a turned page is read again upright."""
    words, confidence = _tesseract_words(image, scale)
    if confidence >= LOW_CONFIDENCE or not words:
        return _with_grid_cells(image, scale, words)
    turn = _orientation(image)
    if turn not in (90, 180, 270):
        return words
    turned = image.rotate(-turn, expand=True)
    upright, upright_confidence = _tesseract_words(turned, scale)
    if upright_confidence <= confidence:
        return words
    out = TurnedWords(_with_grid_cells(turned, scale, upright))
    out.turned = turn
    return out


def _with_grid_cells(image: "Image", scale: float, words: list[Word]) -> list[Word]:
    """The words of a page with table grids read again with their rules painted out (see
    without_rules): the second read's confident words, and the first read's words wherever the
    second has none, so a boxed logo's fragments (read with little confidence) stay out."""
    clean = without_rules(image, scale)
    if clean is image:
        return words
    sure = [w for w, conf in zip(*_tesseract_words_each(clean, scale)) if _kept_in_grid(w, conf)]
    rest = [w for w in words if not any(_overlap(w, o) for o in sure)]
    return sure + rest  # in Tesseract's reading order; layout orders them by position


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


def without_rules(image: "Image", scale: float) -> "Image":
    """The page image with the ruling lines of its table grids painted out. Tesseract's page
    segmentation takes a ruled grid for a picture and reads nothing inside it, so a scanned
    table's figures are lost; with the rules gone its cells read as lines of text. A rule is a
    straight dark run longer than RULE_MIN_POINTS (no letter's stroke is that long); a page is
    left as it is unless it holds a grid (GRID_RULES rules each way), so a logo or an underline
    is not cut into fragments that read as stray letters."""
    import numpy as np
    from PIL import Image as PILImage

    pixels = np.array(image.convert("L"))
    dark = pixels < DARK
    min_run = int(RULE_MIN_POINTS * scale)
    found = []
    for grid, ink in ((pixels, dark), (pixels.T, dark.T)):  # rows, then columns (views)
        runs = []
        for i in np.flatnonzero(ink.sum(axis=1) >= min_run):
            row = np.concatenate(([0], ink[i].astype(np.int8), [0]))
            bounds = np.flatnonzero(np.diff(row))
            runs += [(i, start, end) for start, end in zip(bounds[::2], bounds[1::2]) if end - start >= min_run]
        found.append((grid, runs))
    rules_each_way = [len({i // max(1, int(2 * scale)) for i, _, _ in runs}) for _, runs in found]
    if min(rules_each_way) < GRID_RULES:
        return image
    for grid, runs in found:
        for i, start, end in runs:
            grid[i, start:end] = 255
    return PILImage.fromarray(pixels)


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
    line_height = 0.0
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        level, text = row["level"], (row.get("text") or "").strip()
        left, top = int(row["left"]) / scale, int(row["top"]) / scale
        width, height = int(row["width"]) / scale, int(row["height"]) / scale
        if level == "4":
            line_height = height
        elif level == "5" and text:
            size = round((line_height or height) / LINE_HEIGHT_PER_POINT, 1)
            words.append(Word(text, left, top, left + width, top + height, size, False, "ocr"))
            confidences.append(float(row.get("conf") or 0))
    return _dollars_for_sections(words), confidences


def _dollars_for_sections(words: list[Word]) -> list[Word]:
    """Section signs misread for dollar signs, where a sum of money follows (SECTION_FOR_DOLLAR),
    in the word itself ("§108,847") or as the next word ("§", "108,847")."""
    for i, w in enumerate(words):
        if "§" not in w.text:
            continue
        following = f" {words[i + 1].text}" if w.text == "§" and i + 1 < len(words) else ""
        w.text = SECTION_FOR_DOLLAR.sub("$", w.text + following)[:len(w.text)]
    return words

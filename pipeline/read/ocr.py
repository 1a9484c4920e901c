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
    image = without_rules(image, scale)
    words, confidence = _tesseract_words(image, scale)
    if confidence >= LOW_CONFIDENCE or not words:
        return words
    turn = _orientation(image)
    if turn not in (90, 180, 270):
        return words
    upright, upright_confidence = _tesseract_words(image.rotate(-turn, expand=True), scale)
    if upright_confidence <= confidence:
        return words
    out = TurnedWords(upright)
    out.turned = turn
    return out


def without_rules(image: "Image", scale: float) -> "Image":
    """The page image with its ruling lines painted out. Tesseract's page segmentation takes a
    ruled grid for a picture and reads nothing inside it, so a scanned table's figures are lost;
    with the rules gone its cells read as lines of text. A rule is a straight dark run longer than
    RULE_MIN_POINTS across or down the page (no letter's stroke is that long)."""
    import numpy as np
    from PIL import Image as PILImage

    pixels = np.array(image.convert("L"))
    dark = pixels < DARK
    min_run = int(RULE_MIN_POINTS * scale)
    for grid, ink in ((pixels, dark), (pixels.T, dark.T)):  # rows, then columns (views)
        for i in np.flatnonzero(ink.sum(axis=1) >= min_run):
            row = np.concatenate(([0], ink[i].astype(np.int8), [0]))
            bounds = np.flatnonzero(np.diff(row))
            for start, end in zip(bounds[::2], bounds[1::2]):
                if end - start >= min_run:
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


def _words_from_tsv(tsv: str, scale: float) -> tuple[list[Word], float]:
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
    return words, (sum(confidences) / len(confidences) if confidences else 0.0)

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


def read_words(image: "Image", scale: float) -> list[Word]:
    """The words Tesseract finds in a page image; `scale` is image pixels per PDF point."""
    png = io.BytesIO()
    image.save(png, format="PNG")
    # Ingest already runs one worker per core, so Tesseract's own threads would only compete.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(["tesseract", "stdin", "stdout", "-l", LANGUAGE, "tsv"], input=png.getvalue(),
                              capture_output=True, env=env, timeout=PAGE_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise UnreadablePDF(f"OCR gave up on a page after {PAGE_TIMEOUT_S} s") from None
    except FileNotFoundError:
        raise UnreadablePDF(f"OCR is not available: {INSTALL_HINT}") from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise UnreadablePDF(f"OCR failed: {reason[-1] if reason else f'tesseract exit {done.returncode}'}")
    return _words_from_tsv(done.stdout.decode("utf-8", "replace"), scale)


def _words_from_tsv(tsv: str, scale: float) -> list[Word]:
    """Tesseract TSV rows: level 4 is a line, level 5 a word inside the last line."""
    words: list[Word] = []
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
    return words

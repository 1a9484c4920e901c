"""Is a page's text layer worth keeping? And what to tell an officer about pages without one.

A PDF can draw perfectly legible letters while its text layer says something else: a font
subset without a Unicode map gives glyph numbers (control characters, private-use code points)
instead of letters, a font with a shuffled encoding gives letter soup, and glyphs placed without
space characters give words run together. Such text would fill
the full-text index with garbage and give the extractors nothing to match, so a page whose
text is mostly unreadable is treated like a scanned page: its words are set aside, it is
recorded with `has_text = 0` and `papers ingest --ocr` reads it from the image instead.
"""
from __future__ import annotations

import re
from collections import Counter
import unicodedata
from typing import TYPE_CHECKING, Iterable, Sequence

if TYPE_CHECKING:  # pages.py calls is_garbled, so only the type names come from it
    from pipeline.read.pages import Page, Word

# Control characters and unmapped glyphs never occur in real text, so a few are enough to judge.
MIN_CHARS = 3
# Share of characters that are not text (control, private use, unassigned, U+FFFD) above
# which a page's text layer is unreadable. Real pages have close to none: bullets from
# Symbol fonts are mapped to real characters in pages.py before this check.
MAX_UNREADABLE_CHARS = 0.25
MIN_WORDS = 30  # alphabetic tokens needed before the "are these words?" check is trusted
# Letter soup from a shuffled encoding has almost no function words (English prose has about
# 30%, and Welsh ones are counted too, as Welsh councils publish in both) and few of the
# letter pairs English is made of: on the sample papers real pages have 47% or more of their
# letter pairs among _COMMON_PAIRS and every Caesar shift of them 30% or less. Both signs must
# agree, so a table of names and figures (few function words) keeps its text.
MAX_FUNCTION_WORDS_IN_SOUP = 0.03
MAX_COMMON_PAIRS_IN_SOUP = 0.35
# A text layer that lost its spaces ("Thecommitteeagreedtoapprove...", from glyphs placed one by
# one with no space characters, or a bad OCR layer under a scan) is one long token per line.
# English words are rarely over 20 letters ("internationalisation"), so when most of a page's
# letters are in such runs, its words are run together.
RUN_TOGETHER_LETTERS = 20
MAX_LETTERS_IN_RUNS = 0.4
MIN_LETTERS_FOR_RUNS = 100

_FUNCTION_WORDS = frozenset(
    "the and of to a in for is on that by with be as are this will from at or an it has have not "
    "which been was were all any its their they we our you can may should would into than also "
    "y yr ac i o yn ar am ei eu ein mae bod gan gyda ond neu".split())
_COMMON_PAIRS = frozenset("th he in er an re on at en nd ti es or te of ed is it al ar st to nt ng se ha as ou "
                          "io le ve co me de hi ri ro ic ne ea ra ce li ch ll be ma si om ur".split())
_LETTERS = re.compile(r"^[^\W\d_]{2,}$")
_TOKEN = re.compile(r"\w+")


def _unreadable(ch: str) -> bool:
    return ch == "\ufffd" or unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs")


def is_garbled(words: Sequence[Word]) -> bool:
    """True when the words are mostly not text: glyph numbers, letter soup, or words run together."""
    # the page's words joined once, a space between (a space is no word character and is readable,
    # so the tokens and the unreadable characters are those of each word taken alone)
    text = " ".join(w.text for w in words)
    n_chars = len(text) - (len(words) - 1)
    if n_chars < MIN_CHARS:
        return False
    # counted over distinct characters and words: a page has a few dozen letters, thousands of glyphs
    if sum(n for ch, n in Counter(text).items() if _unreadable(ch)) / n_chars > MAX_UNREADABLE_CHARS:
        return True
    tokens: Counter = Counter()
    for t, n in Counter(_TOKEN.findall(text)).items():
        if _LETTERS.match(t):
            tokens[t.lower()] += n
    letters = sum(len(t) * n for t, n in tokens.items())
    if letters >= MIN_LETTERS_FOR_RUNS and \
            sum(len(t) * n for t, n in tokens.items() if len(t) > RUN_TOGETHER_LETTERS) / letters > MAX_LETTERS_IN_RUNS:
        return True
    total = sum(tokens.values())
    if total < MIN_WORDS:
        return False
    function_words = sum(n for t, n in tokens.items() if t in _FUNCTION_WORDS) / total
    if function_words >= MAX_FUNCTION_WORDS_IN_SOUP:
        return False  # plenty of "the", "and", "of": prose
    pairs = common = 0
    for t, n in tokens.items():
        pairs += n * (len(t) - 1)
        common += n * sum(t[i:i + 2] in _COMMON_PAIRS for i in range(len(t) - 1))
    return common / pairs < MAX_COMMON_PAIRS_IN_SOUP


def page_ranges(numbers: Iterable[int]) -> str:
    """1, 2, 3, 5 -> "1-3, 5"."""
    out: list[list[int]] = []
    for n in sorted(numbers):
        if out and n == out[-1][1] + 1:
            out[-1][1] = n
        else:
            out.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in out)


def reading_warnings(pages: Sequence[Page]) -> list[str]:
    """One line for each way pages of a document lack usable text, saying what was done."""
    warnings = []
    scanned = [p.number for p in pages if p.image_only and not p.garbled and not p.ocr]
    garbled = [p.number for p in pages if p.garbled and not p.ocr]
    read_by_ocr = [p.number for p in pages if p.ocr and p.words]
    nothing_to_read = [p.number for p in pages if p.ocr and not p.words]
    if scanned and len(scanned) == len(pages):
        warnings.append("no text layer: every page is an image (scanned?); ingested without text, "
                        "run `papers ingest --ocr` to read it")
    elif scanned:
        warnings.append(f"page(s) {page_ranges(scanned)} have no text layer (images only); "
                        "run `papers ingest --ocr` to read them")
    if garbled and len(garbled) == len(pages):
        warnings.append("unreadable text: the fonts give garbage instead of letters on every page; "
                        "ingested without text, run `papers ingest --ocr` to read it")
    elif garbled:
        warnings.append(f"page(s) {page_ranges(garbled)} have unreadable text (fonts give garbage); their "
                        "text was left out, run `papers ingest --ocr` to read them")
    if read_by_ocr:
        warnings.append(f"page(s) {page_ranges(read_by_ocr)} read by OCR (words may be misread)")
    if nothing_to_read:  # a photograph, a map, an empty scan
        warnings.append(f"page(s) {page_ranges(nothing_to_read)} have no text layer and OCR found no words on them")
    return warnings

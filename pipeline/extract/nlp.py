"""The shared spaCy pipeline: a blank English tokenizer with the rule-based sentencizer.

No statistical model is used (none can be installed where the pipeline runs), so everything
built on it is rules: sentence boundaries from punctuation, and Matcher patterns in targets.py.
Callers only hand it text that can hold what they look for (a number, a currency sign), which
keeps its cost to a small share of a page.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc


@lru_cache(maxsize=1)
def english() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def parse(text: str) -> Doc:
    return english()(text)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the sentences of a paragraph."""
    return [(s.start_char, s.end_char) for s in parse(text).sents]

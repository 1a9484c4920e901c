"""Proposed decisions: a "Proposed Record of Decision", a "Proposed decision" or a draft
resolution is what a body is asked to decide, not what it decided. Its resolutions keep
`kind = 'proposed'` so counts, the feed and the queries about decisions leave them out; the
store links each to the decision that adopted it (store/meetings.py).

A resolution is proposed when the heading it sits under says so (the last decision or minutes
heading above it), or when its lead-in proposes ("Decision: Cabinet propose to:").
"""
from __future__ import annotations

import re

from pipeline.models import Extraction
from pipeline.read.layout import PageLayout

# A heading is a short line that starts with the phrase, perhaps after the authority's name
# ("KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION"); running text that mentions "the proposed
# decision" is not one.
_LEAD_IN = r"^(?:[^–\-:.]{0,60}\s[–\-:]\s*)?"
PROPOSED_HEADING = re.compile(_LEAD_IN + r"(?:proposed|draft|provisional|recommended)\s+(?:(?:record|notice|schedule)\s+of\s+)?"
                              r"(?:(?:executive|officer|key|cabinet|individual)\s+)?(?:decisions?|resolutions?)\b", re.I)
# headings that open a record of what was decided
DECIDED_HEADING = re.compile(_LEAD_IN + r"(?:(?:\w+ ){0,3}record of (?:\w+ )?decisions?|decision notice|notice of decisions?|"
                             r"(?:\w+ )?minutes)\b", re.I)
HEADING_LENGTH = 90
PROPOSING_LEAD = re.compile(r"\bpropose[sd]?\s+to\b", re.I)


def mark_proposed(layouts: list[PageLayout], ex: Extraction) -> None:
    if not ex.decisions:
        return
    # (page, top, proposed?) of every decision heading, in reading order
    headings: list[tuple[int, float, bool]] = []
    leads: list[tuple[int, float]] = []
    for p in layouts:
        for i, line in enumerate(p.lines):
            text = line.text
            if i < 8 and len(text) < HEADING_LENGTH and PROPOSED_HEADING.search(text):
                headings.append((p.number, line.top, True))
            elif i < 8 and len(text) < HEADING_LENGTH and DECIDED_HEADING.search(text):
                headings.append((p.number, line.top, False))
            if PROPOSING_LEAD.search(text) and text.rstrip().endswith(":"):
                leads.append((p.number, line.top))
    for d in ex.decisions:
        top = d.bbox[1] if d.bbox else 0.0
        above = [h for h in headings if (h[0], h[1]) <= (d.page, top)]
        under_proposal = bool(above) and above[-1][2]
        # the lead-in just above the first resolution of its list ("Cabinet propose to:")
        lead = any(page == d.page and 0 <= top - t <= 60 for page, t in leads)
        if under_proposal or lead:
            d.kind = "proposed"

"""Amounts: every sum of money written with a currency sign and every percentage, in running text
and in table cells, one record per occurrence, in whole units.

    "£1.2m" -> 1200000 GBP      "£810k" -> 810000 GBP      "US$3bn" -> 3000000000 USD
    "45%", "45 per cent", "45 percent" -> 45 percent
    "£8.1 - £8.9 million" -> 8100000 and 8900000     "10 to 11 percent", "3-7%" -> two amounts

A bare number is not an amount, even under a "£'000" column header: that is a table cell, and
table cells carry their own value and unit (see `parse_number`, `unit_of_header`).

Each amount keeps the sentence or cell it came from, the period it is for where the sentence
says ("2014-15", "per week"), and its role where the wording or the table's column or row names it
("savings of £5m": saving).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract import nlp
from pipeline.read.layout import Line, PageLayout, join_lines
from pipeline.models import Amount, BBox, TableCell
from pipeline.read.pages import Word

CURRENCY = {"£": "GBP", "$": "USD", "US$": "USD", "C$": "CAD", "CA$": "CAD", "CDN$": "CAD", "CAN$": "CAD", "€": "EUR",
            "USD": "USD", "GBP": "GBP", "EUR": "EUR", "CAD": "CAD"}
# ("$1.2MM": the million of US finance, two Ms for the Roman thousand thousand)
SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "million": 1e6, "millions": 1e6, "bn": 1e9,
         "billion": 1e9, "billions": 1e9}

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"k|mm|mn|m|bn|thousand|millions?|billions?"
# "£1.2m", "£ 70 million", "US$3bn", "£40million", "USD 5,000"; not "£000s", "£'000" or "$000"
# (column units), nor "USD 259" (a Kansas unified school district's number: a code before a bare
# whole number is not money)
# "£(160)k": an accounts' bracketed negative inside the sign and scale
MONEY = rf"(?P<cur>US\$|(?:CA|CDN|CAN)\$|C\$|£|\$|€|\b(?:USD|GBP|EUR|CAD)(?=\s?(?:\d{{1,3}}(?:,\d{{3}})+|\d+\.\d|\d+\s?(?:k|mm?|mn|bn|thousand|million|billion)\b)))\s?(?P<bracket>\()?(?!0{{3}}(?!\d|[.,]\d))(?P<num>{_NUM})(?(bracket)\))(?:\s?(?P<scale>{_SCALE})\b)?(?![\w'’])"
# "45%", "15 %", "45 per cent", "45 percent", "fifteen (15) percent" (legal style: the words, then
# the figure in brackets)
PERCENT = rf"(?<![\w.,])(?:\((?P<ppar>{_NUM})\)|(?P<pnum>{_NUM}))\s?(?P<pct>%|per\s?cent\b|percent\b)"
AMOUNT = re.compile(rf"{MONEY}|{PERCENT}", re.I)
_CAD_AFTER = re.compile(r"\s?(?:CAD|CDN)\b")
_CAD_BEFORE = re.compile(r"\b(?:CAD|CDN)\s?$")
MONEY_TAIL = re.compile(rf"\s*(?:-|–|—|to)\s*(?P<num>{_NUM})\s?(?P<scale>{_SCALE})\b(?![\w%'’])", re.I)
SIGN = re.compile(r"(?:^|[\s(])([-–−+])$")
# The first number of a range whose unit is written only once: "10 to 11 percent", "3-7%".
RANGE_START = re.compile(rf"(?:(?<![\w.,£$€])(?P<num>{_NUM})\s*(?:-|–|—|to)|\bbetween\s+(?P<bnum>{_NUM})\s+and)\s*$", re.I)

# A table cell that is one number: "1,514", "(2.5)", "-836.6", "+63.7" (a variance), "£42.7k", "1.87%", "–"
CELL_NUMBER = re.compile(
    rf"^(?P<open>\()?\s*(?P<sign>[-–−+])?\s*(?P<cur>US\$|C\$|£|\$|€)?\s*(?P<num>{_NUM})\s*(?P<scale>{_SCALE})?\s*"
    rf"(?P<pct>%)?\s*(?P<close>\))?$", re.I)
# Units printed in a column header: "£'000", "£000s", "£,000", "£k", "£m", "£ millions", "%"
HEADER_UNIT = re.compile(
    r"(?P<cur>US\$|C\$|£|\$|€)\s*(?:in\s+)?(?:(?P<thousands>['’,]?000s?|k\b|thousands?)|(?P<millions>['’]?m\b|mn\b|millions?)"
    r"|(?P<billions>bn\b|billions?))?|(?P<pct>%)", re.I)

RATE_PERIOD = re.compile(r"^\W{0,3}(?:per|a|each|every)\s+(?P<p>annum|year|week|month|day|quarter|hour)\b"
                         r"|^\W{0,3}(?P<adv>annually|weekly|monthly|p\.?a\.?(?!\w))", re.I)
# "2014-15", "2014/15", "2025-2026", "25-26" (consecutive years only, so not ages "18-25")
FINANCIAL_YEAR = re.compile(r"\b(?P<y1>(?:19|20)?\d\d)\s?[-–/]\s?(?P<y2>(?:19|20)?\d\d|(?<=/)\d)\b")
SPAN = re.compile(r"\bover\s+(?:the\s+)?(?:next\s+|coming\s+|last\s+)?(?P<n>\w+)[\s-]+years?\b(?:\s+period)?", re.I)

ROLES = [  # the wording that says what an amount is; the nearest one to the amount wins
    ("overspend", r"overspend\w*|overspent|over-?spend\w*"),
    ("underspend", r"underspend\w*|underspent|under-?spend\w*"),
    ("saving", r"savings?"),
    ("grant", r"grants?"),
    ("reserve", r"reserves?"),
    ("budget", r"budgets?|budgeted"),
    ("cost", r"costs?|costing|costed"),
    ("spend", r"spend|spending|spent|expenditure"),
    ("income", r"income|receipts?|revenue from"),
    ("funding", r"funding|funded|fund"),
    ("investment", r"invest\w*"),
    ("pressure", r"pressures?"),
    ("deficit", r"deficits?"),
    ("surplus", r"surplus\w*"),
    ("shortfall", r"shortfall|gap|funding gap"),
    ("borrowing", r"borrowing|debt|loans?"),
    ("fee", r"fees?|charges?|prices?"),
    ("tax", r"council tax|precept|business rates|property tax\w*|levy"),
    ("contract_value", r"contract\s+(?:value|sum|price|award)|value\s+of\s+(?:the\s+)?contract|contracts?"),
    ("rate", r"rates?|wages?|salary|salaries|hourly|allowance"),
]
ROLE = re.compile(r"\b(?:" + "|".join(f"(?P<{name}>{rx})" for name, rx in ROLES) + r")\b", re.I)
ROLE_NAMES = {"contract_value": "value of contract"}
ROLE_WINDOW = 60  # characters either side of the amount


@dataclass
class Found:
    """One amount in a piece of text: character span, printed text, value and unit."""
    start: int
    end: int
    text: str
    value: float
    unit: str
    scaled: bool = False  # the printed text carries its own scale ("m", "bn", "k")


# ---------------------------------------------------------------- parsing

# A sum whose figure a text layer broke with spaces ("$27, 972", "$1,118,88 0", "$2,9 09,088": a
# justified line's glyphs placed one by one): the pieces after the sign, read as one figure
_SPACED_FIGURE = re.compile(r"(?<=[$£€])\s?(?P<pieces>\d[\d,]*(?: \d[\d,]*)+)")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")


def _mend_figures(text: str) -> tuple[str, list[int]]:
    """`text` with the spaces inside broken figures taken out, and for each of its characters the
    place in `text` it came from. A figure is mended only where its first piece cannot stand alone
    ("27," or "2,9": a comma's group short of three digits) and the pieces joined are grouped in
    thousands as figures are; "$1,000 2,000" (two columns) and "$5, 10 and 15" stay as printed."""
    drop: set[int] = set()
    for m in _SPACED_FIGURE.finditer(text):
        pieces = m.group("pieces").split(" ")
        if _GROUPED.fullmatch(pieces[0]) or "," not in pieces[0] and len(pieces[0]) > 3:
            continue  # the first piece is a whole figure already
        at, joined, best = m.start("pieces"), pieces[0], 0
        for k, piece in enumerate(pieces[1:], 1):
            joined += piece
            if _GROUPED.fullmatch(joined.rstrip(",")):
                best = k
        pos = at
        for k, piece in enumerate(pieces[:best]):
            pos += len(piece)
            drop.add(pos)  # the space after piece k
            pos += 1
    if not drop:
        return text, list(range(len(text)))
    where = [i for i in range(len(text)) if i not in drop]
    return "".join(text[i] for i in where), where


def find_amounts(text: str) -> list[Found]:
    """Every amount in the text, ranges giving two, in order."""
    mended, where = _mend_figures(text) if _SPACED_FIGURE.search(text) else (text, None)
    found = _find_amounts(mended)
    if where is not None:
        for f in found:  # the places and the words as the text prints them
            f.start, f.end = where[f.start], where[f.end - 1] + 1
            f.text = text[f.start:f.end]
    return found


def _find_amounts(text: str) -> list[Found]:
    out: list[Found] = []
    matches = list(AMOUNT.finditer(text))
    for i, m in enumerate(matches):
        if m.group("cur"):
            unit = CURRENCY[m.group("cur").upper()]
            if unit == "USD" and m.group("cur") == "$" and (_CAD_AFTER.match(text, m.end())
                                                            or _CAD_BEFORE.search(text, max(0, m.start() - 5), m.start())):
                unit = "CAD"  # "$5,000 CAD", "CAD $5,000": the code by the sum says whose dollars
            scale = SCALE[m.group("scale").lower()] if m.group("scale") else 1.0
            sign = -1 if m.group("bracket") else 1
            found = Found(m.start(), m.end(), m.group(0), sign * scaled(_number(m.group("num")), scale), unit,
                          bool(m.group("scale")))
        else:
            found = Found(m.start(), m.end(), m.group(0), _number(m.group("pnum") or m.group("ppar")), "percent")
        sign = SIGN.search(text, 0, m.start())
        if sign:  # "-£26.5m", "(-2.3%)": a minus against the number after a space is its sign
            found.start, found.text = sign.start(1), sign.group(1) + found.text
            found.value = -found.value if sign.group(1) != "+" else found.value
            out.append(found)
        else:
            out.append(found)
            _range_start(text, matches, i, out)
            if m.group("cur"):
                _money_range_end(text, m, found, out)
    return sorted(out, key=lambda f: f.start)


def _money_range_end(text: str, m: re.Match, first: Found, out: list[Found]) -> None:
    """The end of a money range written without its own sign but with a scale: "£5-10m" gives
    £5m and £10m (without a scale, "£5 to 10 schools", the number is not money)."""
    tail = MONEY_TAIL.match(text, m.end())
    if not tail:
        return
    scale, number = SCALE[tail.group("scale").lower()], _number(tail.group("num"))
    if not first.scaled and first.value <= number:
        first.value = scaled(first.value, scale)
    start = tail.start("num")
    out.append(Found(start, tail.end(), text[start:tail.end()], scaled(number, scale), first.unit, True))


def _range_start(text: str, matches: list[re.Match], i: int, out: list[Found]) -> None:
    """Apply a range's shared unit or scale to its first number: "10 to 11 percent" gives a
    second amount, 10 percent; in "£8.1 - £8.9 million" the first is £8.1 million."""
    m, new = matches[i], out[-1]
    before = text[matches[i - 1].end() if i else 0:m.start()]
    prev = out[-2] if len(out) > 1 else None
    joined = re.fullmatch(r"\s*(?:-|–|—|to)\s*", before) is not None or (
        prev is not None and re.fullmatch(r"\s*and\s*", before) is not None
        and re.search(r"\bbetween\s*$", text[:prev.start], re.I) is not None)  # "between $5 and $10 million"
    if prev is not None and joined and prev.unit == new.unit and new.unit != "percent":
        # "£8.1 - £8.9 million": the scale is written once, on the last number (and a range
        # ascends, so "£500 - £1m" keeps its £500)
        if new.scaled and not prev.scaled and prev.value <= _number(m.group("num")):
            prev.value = scaled(prev.value, SCALE[m.group("scale").lower()])
        return
    if m.group("cur"):
        return  # "£5 - 10m" is rare; a bare number before money is more often a count
    start = RANGE_START.search(before)
    group = "num" if start and start.group("num") else "bnum"
    if start and _number(start.group(group)) <= new.value:
        s = m.start() - len(before) + start.start(group)
        out.insert(len(out) - 1, Found(s, s + len(start.group(group)), start.group(group),
                                       _number(start.group(group)), "percent"))


def _number(s: str) -> float:
    return float(s.replace(",", ""))


def parse_number(text: str, header_unit: tuple[str, float] | None = None) -> tuple[float, str | None] | None:
    """A cell that is one number: its value in whole units and its unit, from the cell
    ("£42.7k", "1.87%") or else its column header ("£'000" scales by a thousand).

    "1,514" -> 1514; "(2.5)" -> -2.5 (accounts' brackets); "-836.6" -> -836.6. None for text."""
    m = CELL_NUMBER.match(text.strip())
    if not m or bool(m.group("open")) != bool(m.group("close")):
        return None
    if m.group("cur") and re.fullmatch(r"0{3}", m.group("num")):
        return None  # "$000", "£000": the column's units, not a sum of nothing
    value = _number(m.group("num"))
    if m.group("open") or m.group("sign") and m.group("sign") != "+":
        value = -value
    if m.group("pct"):
        return value, "percent"
    if m.group("cur"):
        scale = SCALE[m.group("scale").lower()] if m.group("scale") else 1.0
        return scaled(value, scale), CURRENCY[m.group("cur").upper()]
    if m.group("scale"):
        return None  # "5k" without a currency: a count, not clear enough to scale
    if header_unit:
        unit, scale = header_unit
        return scaled(value, scale), unit
    return value, None


def scaled(value: float, scale: float) -> float:
    # 524.7 x 1e6 is 524700000.00000006 in binary floating point: money is kept to the penny
    return round(value * scale, 2) if scale != 1.0 else value


def unit_of_header(header: str) -> tuple[str, float] | None:
    """The unit a column header gives its numbers: "£'000" -> ("GBP", 1000), "($ in thousands)"
    -> ("USD", 1000), "%" -> percent."""
    m = HEADER_UNIT.search(header)
    if not m:
        return None
    if m.group("pct"):
        return "percent", 1.0
    scale = 1e3 if m.group("thousands") else 1e6 if m.group("millions") else 1e9 if m.group("billions") else 1.0
    return CURRENCY[m.group("cur").upper()], scale


# ---------------------------------------------------------------- what it is and when

def period_of(sentence: str, start: int, end: int) -> str | None:
    """The period an amount is for: a rate right after it ("£700 per week"), else the financial
    year written nearest to it in the sentence, else a span ("over three years")."""
    rate = RATE_PERIOD.match(sentence[end:end + 20])
    if rate:
        return f"per {rate.group('p').lower()}" if rate.group("p") else _ADVERB_PERIOD[rate.group("adv").lower().replace(".", "")]
    years = [m for m in FINANCIAL_YEAR.finditer(sentence) if _consecutive(m.group("y1"), m.group("y2"))
             and not (m.start() < end and start < m.end())]
    if years:
        best = min(years, key=lambda m: min(abs(m.start() - end), abs(start - m.end())))
        return best.group(0).replace(" ", "")
    span = SPAN.search(sentence)
    return span.group(0) if span else None


_ADVERB_PERIOD = {"annually": "per annum", "pa": "per annum", "weekly": "per week", "monthly": "per month"}


def _consecutive(a: str, b: str) -> bool:
    y1, y2 = int(a[-2:]), int(b[-2:])
    if len(b) == 1:  # "2014/5"
        return len(a) == 4 and (y1 + 1) % 10 == y2
    return (y1 + 1) % 100 == y2 and (len(a) == 4 or len(b) == 2)


def role_of(sentence: str, start: int, end: int) -> str | None:
    """What the wording around the amount calls it, the nearest name within a few words; else
    "rate" for an amount given per unit of time ("$75.00 per month")."""
    lo, hi = max(0, start - ROLE_WINDOW), min(len(sentence), end + ROLE_WINDOW)
    best, best_dist = None, None
    for m in ROLE.finditer(sentence, lo, hi):
        dist = start - m.end() if m.end() <= start else m.start() - end if m.start() >= end else 0
        if dist >= 0 and (best_dist is None or dist < best_dist):
            best, best_dist = m.lastgroup, dist
    if best is None and end > start and RATE_PERIOD.match(sentence[end:end + 20]):
        return "rate"
    return ROLE_NAMES.get(best, best)


# ---------------------------------------------------------------- documents

def extract_amounts(layouts: list[PageLayout], cells: list[TableCell], dollar: str = "USD") -> list[Amount]:
    """Amounts in the running text of every page, then in every table cell. `dollar` is the
    currency a bare "$" means in this paper: CAD in a Canadian one ("US$" stays USD)."""
    table_boxes = _table_boxes(cells)
    out: list[Amount] = []
    for layout in layouts:
        boxes = table_boxes.get(layout.number, [])
        for block in layout.blocks:
            lines = [l for l in block.lines if not _inside_any(l, boxes)]
            if lines:
                out.extend(_amounts_in_lines(layout.number, lines))
    # a row cut by a page break comes as a part of each cell on each page: an amount takes its
    # part's page, and the whole cell and the row's label as its context
    whole: dict[tuple, str] = {}
    for c in cells:
        key = (c.table, c.row, c.column)
        whole[key] = f"{whole[key]} {c.text}" if key in whole else c.text
    for c in cells:
        for f in find_amounts(c.text):
            label = whole.get((c.table, c.row, 0), "") if c.column else ""
            value = -abs(f.value) if _printed_as_reduction(c.text) else f.value
            out.append(Amount(page=c.page, text=f.text, value=value, unit=f.unit,
                              context=whole[(c.table, c.row, c.column)],
                              period=period_of(c.header or "", 0, 0) if c.header else None,
                              role=role_of(c.header or "", 0, 0) or role_of(label, 0, 0),
                              bbox=c.bbox, table=c.table))
    out.sort(key=lambda a: a.page)  # stable: reading order within a page, its tables' cells after
    if dollar != "USD":
        for a in out:
            if a.unit == "USD" and "US" not in a.text.upper():
                a.unit = dollar
    return out


def _printed_as_reduction(cell: str) -> bool:
    """A cell of one amount printed as a reduction: "- £5,000", "(£160k)", "(-£1m)"."""
    t = cell.strip()
    return bool(re.match(r"^[-–−]\s*(?:US\$|C\$|£|\$|€)?\s*\d", t)) or (t.startswith("(") and t.endswith(")")
                                                                        and CELL_NUMBER.match(t) is not None)


def _table_boxes(cells: list[TableCell]) -> dict[int, list[BBox]]:
    """Per page, the box around each table's cells: a line inside it is read as the table's cells
    (a row's line runs across several cells, so its centre may fall in none of them)."""
    spans: dict[tuple[int, int | None], list[float]] = {}
    for c in cells:
        if not c.bbox:
            continue
        b = spans.setdefault((c.page, c.table), list(c.bbox))
        b[0], b[1], b[2], b[3] = min(b[0], c.bbox[0]), min(b[1], c.bbox[1]), max(b[2], c.bbox[2]), max(b[3], c.bbox[3])
    out: dict[int, list[BBox]] = {}
    for (page, _), b in spans.items():
        out.setdefault(page, []).append(tuple(b))
    return out


def _inside_any(line: Line, boxes: list[BBox]) -> bool:
    cx, cy = (line.x0 + line.x1) / 2, (line.top + line.bottom) / 2
    return any(x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1 for x0, top, x1, bottom in boxes)


def _amounts_in_lines(page: int, lines: list[Line]) -> list[Amount]:
    text = join_lines(l.text for l in lines)
    if not AMOUNT.search(text):
        return []
    words = [w for l in lines for w in l.words]
    cursor = 0
    out = []
    for s, e in nlp.sentences(text):
        sentence = text[s:e]
        for f in find_amounts(sentence):
            bbox, cursor = _locate(words, f.text, cursor)
            out.append(Amount(page=page, text=f.text, value=f.value, unit=f.unit, context=sentence.strip(),
                              period=period_of(sentence, f.start, f.end),
                              role=role_of(sentence, f.start, f.end), bbox=bbox))
    return out


def _locate(words: list[Word], text: str, cursor: int) -> tuple[BBox | None, int]:
    """The box of the words that print `text`, searching on from word `cursor`."""
    parts = text.split()
    for i in range(cursor, len(words)):
        if parts[0] in words[i].text:
            span = words[i:i + len(parts)]
            return (min(w.x0 for w in span), min(w.top for w in span), max(w.x1 for w in span),
                    max(w.bottom for w in span)), i + 1
    return None, cursor

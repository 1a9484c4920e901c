"""Lists that follow a lead-in ("Members are asked to:", "RESOLVED that Cabinet agree to:"):
split the lines after it into items, one per list marker, until the list ends.

Recommendations and resolutions are both written this way, so both use this module. A list ends
at a heading (bold or numbered in the section's own sequence), at a plain paragraph after the
items (a new sentence at the left margin after a wider gap), or after `max_lines`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.read.layout import Line, bbox_of, join_lines, page_edges

# "1." "1)" "(1)" "1.1" "A." "(a)" "a)" "i)" "(iv)" and bullets
MARKER = re.compile(
    r"^(?P<marker>(?P<dnum>\d{1,2}\.\d{1,2})\.?(?=\s)|\(?(?P<num>\d{1,2}|[A-Za-z]|[ivxIVX]{1,4})[.)]|"
    r"\((?P<pnum>\d{1,2}|[A-Za-z]|[ivx]{1,4})\)|[•▪➢❖■◦●○→✓\-–*](?=\s)|o(?=\s))\s*(?P<rest>\S.*)$")
SECTION_HEADING = re.compile(r"^\d{1,2}\.?\s+[A-Z][^.;:]{2,90}$")


@dataclass
class Item:
    number: str | None  # as printed, without brackets or dot; None for bullets
    lines: list[Line] = field(default_factory=list)
    first_text: str = ""  # the first line's text without its marker
    override: str | None = None  # the text, when the item is part of a paragraph that numbers several

    @property
    def page(self) -> int:
        return self.lines[0].page

    @property
    def text(self) -> str:
        if self.override is not None:
            return self.override
        return join_lines([self.first_text] + [l.text for l in self.lines[1:]])

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return bbox_of(self.lines)


def marker_of(text: str) -> tuple[str | None, str] | None:
    """(number, rest) when the text starts with a list marker; number is None for bullets."""
    m = MARKER.match(text)
    if not m:
        return None
    num = m.group("num") or m.group("pnum") or m.group("dnum")
    return num, m.group("rest")


def split_inline(text: str, number: str | None) -> list[tuple[str | None, str]]:
    """'1) Adopt X; and, 2) Authorize Y' -> [('1', 'Adopt X; and,'), ('2', 'Authorize Y')]: the
    markers must run in sequence (1, 2, 3 or a, b, c) so that a "2)" quoted in the text stays."""
    first = re.match(r"^\(?(\d{1,2}|[a-z])\)\s+", text)
    if first is None:
        return [(number, text)]
    current, body = first.group(1), text[first.end():]
    parts: list[tuple[str | None, str]] = []
    while True:
        nxt = chr(ord(current) + 1) if current.isalpha() else str(int(current) + 1)
        # a sibling's marker follows a separator: "...; and, 2) ..." / "..., 2) ..." / "... and (2) ..."
        m = re.search(r"(?:[;,]\s*(?:\b(?:and|or)\b,?\s*)?|\.\s+|\s+(?:and|or),?\s+)\(?" + re.escape(nxt) + r"\)\s+(?=\S)", body)
        if m is None:
            parts.append((current, body.strip()))
            break
        parts.append((current, body[:m.start()].strip()))
        current, body = nxt, body[m.end():]
    return parts if len(parts) > 1 else [(number, text)]


def is_section_heading(line: Line) -> bool:
    """'1. Introduction' printed bold: a report section's heading."""
    return line.bold and bool(SECTION_HEADING.match(line.text))


def _is_heading(line: Line, prev_bold: bool, section: int | None) -> bool:
    """Does this line head what comes after the list? The next section's number, or a bold line
    where the list's text (the line before) is not bold."""
    text = line.text
    m = re.match(r"^(\d{1,2})\.?\s+([A-Z][^.;:]{2,90})$", text)
    if m and section is not None and int(m.group(1)) == section + 1:
        return True
    if line.bold and not prev_bold and len(text) < 120 and not text.endswith((";", ",")):
        return True
    return False


def collect_items(lines: list[Line], start: int, *, section: int | None = None, max_lines: int = 120,
                  allow_unmarked: bool = True, stop: re.Pattern | None = None,
                  inline_heading: bool = False, ends_at_notes: bool = False,
                  unmarked_sibling: re.Pattern | None = None,
                  heading_x: float | None = None) -> tuple[list[Item], int]:
    """Items in lines[start:]; returns them and the index of the first line after the list.

    `section` is the number of the section the list sits in ("3. Recommendations" -> 3), so
    that "4. Alternative options considered" is recognised as the next section, not item 4.
    With `allow_unmarked`, a list of one unmarked paragraph ("That the report be noted.") is
    returned as a single item; with `unmarked_sibling`, a line it matches that starts a new
    paragraph at the item's left edge after the item ended ("That ..." after "That ...;") starts
    the next unnumbered item. With `ends_at_notes`, the list also ends at what agendas print
    after an item's text: a line in smaller print ("Attachments: Staff Report", an exemption
    note) or a short line after a finished sentence ("Staff Report", "Draft Minutes"). `heading_x`
    is the indent of the heading over the list: a bold numbered line indented under it is the
    list's first item ("8. Recommendations" / "   1. To NOTE ..."), not the next section."""
    items: list[Item] = []
    i = start
    prev: Line | None = None
    right = _right_edges(lines[start:start + max_lines])
    while i < len(lines) and i - start < max_lines:
        line = lines[i]
        # the line before, as far as the list's own style goes (an inline heading has its own,
        # which its text shares when the heading line runs on)
        prev_bold = prev.bold if prev is not None else False
        if inline_heading and i == start + 1 and items and ends_sentence(items[0].text):
            prev_bold = False
        if ends_at_notes and items and _is_note_after(items[-1], line, right):
            break
        if _is_heading(line, prev_bold, section) and (items or i > start) or (i == start and is_section_heading(line)
                                                                          and not _indented_under(line, heading_x)):
            break
        if stop is not None and i > start and stop.search(line.text):
            break
        mk = marker_of(line.text)
        gap = line.top - prev.bottom if prev is not None and prev.page == line.page else 0.0
        if mk is not None and items and line.x0 < items[0].lines[0].x0 - 5:
            break  # a marker further out than the list's own: the enclosing list goes on
        if mk is not None and items and len(mk[1]) > 3 and mk[1].isupper() and not any(it.text.isupper() for it in items):
            break  # a heading in capitals after items in words ("3. PUBLIC HEARINGS"): the next part of the paper
        if mk is not None and not (items and _is_sub_item(items[-1], line)):
            num, rest = mk
            items.append(Item(num, [line], rest))
        elif items and unmarked_sibling is not None and _last_unmarked(items) and unmarked_sibling.match(line.text) \
                and any(abs(line.x0 - l.x0) < 5 for l in items[-1].lines) \
                and (_ends_item(items[-1].text) or gap > line.size * 0.5):
            items.append(Item(None, [line], line.text))
        elif items:
            last = items[-1]
            if inline_heading and len(items) == 1 and len(last.lines) == 1 and not ends_sentence(last.text) \
                    and gap < line.size * 0.6 and line.x0 < last.lines[0].x0:
                last.lines.append(line)  # a heading line indented as a paragraph's first line
            elif _continues(last, line, gap):
                last.lines.append(line)
            else:
                break
        elif allow_unmarked and (i == start or gap < line.size * 1.2):
            items.append(Item(None, [line], line.text))
            allow_unmarked = False  # one unmarked paragraph at most
        else:
            break
        prev = line
        i += 1
    return items, i


def _indented_under(line: Line, heading_x: float | None) -> bool:
    return heading_x is not None and line.x0 > heading_x + 5


def _last_unmarked(items: list[Item]) -> bool:
    return items[-1].number is None


def _ends_item(text: str) -> bool:
    t = text.rstrip()
    return ends_sentence(t) or t.endswith((";", "; and", "; or", ", and"))


def _right_edges(lines: list[Line]) -> dict[int, float]:
    """The right edge of the text on each page: where full lines end."""
    return {page: x1 for page, (_, x1) in page_edges(lines).items()}


def _is_note_after(item: Item, line: Line, right: dict[int, float]) -> bool:
    """What an agenda prints after an item's text: smaller print than the item, or a short line
    (an attachment's name) after the item's sentence has ended."""
    first = item.lines[0]
    if line.size < first.size - 1.0 and marker_of(line.text) is None:
        return True
    if ends_sentence(item.text) and re.match(r"^[A-Z][\w /&'’-]{1,30}:(?:\s|$)", line.text):
        return True  # the next label of the page ("Fiscal Impact: ...")
    if not ends_sentence(item.text) or ends_sentence(line.text) or marker_of(line.text) is not None:
        return False
    width = right.get(line.page, line.x1) - first.x0
    return line.text[:1].isupper() and (line.x1 - line.x0) < 0.5 * width and abs(line.x0 - first.x0) < 8


def _is_sub_item(item: Item, line: Line) -> bool:
    """A nested marker, indented further than the item's own ("(a)" under "1."), stays in the item."""
    first = item.lines[0]
    return line.x0 > first.x0 + 12 and item.number is not None and not item.text.rstrip().endswith(":")


def _continues(item: Item, line: Line, gap: float) -> bool:
    first = item.lines[0]
    last = item.lines[-1]
    if line.page != last.page:  # a list running onto the next page
        return not ends_sentence(item.text) or line.x0 > first.x0 + 5
    if gap > max(line.size, 6) * 1.1:
        return line.x0 > first.x0 + 5 and gap < line.size * 2.5  # an indented paragraph of the item
    if line.x0 > first.x0 + 2:
        return True  # hanging indent under the marker
    if line.x0 < first.x0 - 5 and (ends_sentence(item.text) or line.text[:1].isupper()):
        return False  # back at the left margin: the paragraph after the list
    # same left edge: a continuation unless the item ended and a new sentence starts
    return not (ends_sentence(item.text) and line.text[:1].isupper() and gap > line.size * 0.6)


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", ".)", '."', ".”"))


def next_marker(number: str | None) -> str | None:
    """The marker after this one in its sequence: 2 -> 3, 2.1 -> 2.2, b -> c, iv -> v, D -> E."""
    if not number:
        return None
    if number.isdigit():
        return str(int(number) + 1)
    dotted = re.fullmatch(r"(\d{1,2}\.)(\d{1,2})", number)
    if dotted:
        return dotted.group(1) + str(int(dotted.group(2)) + 1)
    roman = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
    if number.lower() in roman[:-1] and (len(number) > 1 or number.lower() in "iv"):
        nxt = roman[roman.index(number.lower()) + 1]
        return nxt.upper() if number.isupper() else nxt
    if len(number) == 1 and number.isalpha() and number.lower() != "z":
        return chr(ord(number) + 1)
    return None

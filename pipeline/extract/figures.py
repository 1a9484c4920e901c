"""Figures: charts, graphs, maps and photographs, each saved as an image Datasette can show.

Two kinds of evidence on a page:
- a picture (raster image) big enough to carry information: logos, signatures, letterheads,
  page-sized scans and pictures repeated on several pages (decoration) are left out;
- a vector chart: a cluster of drawn shapes (bars, lines, pie slices) that hold no text, outside
  any table, with short labels around them rather than paragraphs.

A "Figure 1 ..." / "Chart 2 ..." line just above or below gives the caption and makes a smaller
picture count.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from math import floor
from pathlib import Path

from PIL import Image

from pipeline.read import pages
from pipeline.read.layout import PageLayout
from pipeline.models import BBox, Figure, TableCell
from pipeline.read.pages import Shape, box_area
from pipeline.extract.tables import CAPTION, caption_of

FIGURE_WORDS = ("figure", "chart", "graph", "map", "diagram", "image", "picture", "photo")
MIN_PICTURE_AREA = 20000  # pt², about 7 x 2.5 cm: below it, a logo, icon or signature
PAGE_SIZED = 0.8  # a picture covering this share of the page is the page (a scan, a cover)
CLUSTER_GAP = 30  # points between shapes of one chart (the gap between two bars)
MIN_CHART_SHAPES = 6
MIN_CHART_SIZE = (100, 60)  # width, height in points
TILED = 0.6  # shapes covering more of their cluster's box than this are shading
PROSE_LINE_WORDS = 8
LABEL_MARGIN = 24  # axis values and data labels sit within this distance of the drawn shapes  # a line this long inside a region is running text, not a chart label


def extract_figures(layouts: list[PageLayout], pdf_path: str | Path, figures_dir: Path | None, sha256: str,
                    cells: list[TableCell] = ()) -> list[Figure]:
    """Figures of every page, with their images rendered under `figures_dir` (when given) and
    `image_path` relative to its parent, the database folder."""
    repeated = _repeated_pictures(layouts)
    table_boxes = _table_regions(cells)
    out: list[Figure] = []
    for layout in layouts:
        if layout.page is None:
            continue
        boxes = _pictures(layout, repeated) + _vector_charts(layout, table_boxes.get(layout.number, []))
        for n, (bbox, kind) in enumerate(_merge(boxes), 1):
            caption = caption_of(layout, bbox, FIGURE_WORDS)
            if caption is None and box_area(bbox) >= PAGE_SIZED * layout.width * layout.height:
                caption = _drawing_title(layout)  # a scanned plan or map, titled on the sheet
            figure = Figure(page=layout.number, bbox=tuple(round(v, 1) for v in bbox), caption=caption)
            if figures_dir is not None:
                # JPEG: PNG compression costs ~25 ms a figure, most of a figure's share of the
                # ingest time budget; a JPEG is written in ~2 ms and reads fine in a browser
                name = Path(sha256[:12]) / f"p{layout.number}-{n}.jpg"
                image = pages.render_region(pdf_path, layout.number, bbox, figures_dir / name)
                figure.image_path = str(Path(figures_dir.name) / name)
                if kind == "picture" and _mostly_white(image):
                    kind = "chart"  # a chart pasted as a picture: plotted on a white ground
            figure.kind = _kind(kind, caption)
            out.append(figure)
    return out


def _table_regions(cells: list[TableCell]) -> dict[int, list[BBox]]:
    """page -> the box each table covers on it (its cells' union: shading of empty cells too)."""
    boxes: dict[tuple[int, int | None], list[BBox]] = {}
    for c in cells:
        if c.bbox:
            boxes.setdefault((c.page, c.table), []).append(c.bbox)
    out: dict[int, list[BBox]] = {}
    for (page, _), bs in boxes.items():
        out.setdefault(page, []).append(_union(bs))
    return out


# ---------------------------------------------------------------- pictures

def _pictures(layout: PageLayout, repeated: set) -> list[tuple[BBox, str]]:
    out = []
    page_area = layout.width * layout.height
    for s in layout.page.shapes:
        if s.kind != "image":
            continue
        area = (s.x1 - s.x0) * (s.bottom - s.top)
        if area >= PAGE_SIZED * page_area:  # every page of a scan is the same size: not decoration
            if _drawing_title(layout):
                out.append(((max(0.0, s.x0), max(0.0, s.top), min(layout.width, s.x1), min(layout.height, s.bottom)),
                            "picture"))
            continue
        if _picture_key(s) in repeated or _letterhead(layout, s):
            continue
        if area >= MIN_PICTURE_AREA or (area >= MIN_PICTURE_AREA / 4 and caption_of(layout, s.bbox, FIGURE_WORDS)):
            out.append((s.bbox, "picture"))
    return out


# A drawing's title names it: 'SITE PLAN', 'PARCEL MAP NO. 1234', 'Location Plan', 'North Elevation'.
DRAWING_TITLE = re.compile(r"\b(?:maps?|(?:site|location|floor|layout|block|landscap(?:e|ing)|site\s+location)\s+plans?"
                           r"|drawings?|diagrams?|elevations?|aerial|photo(?:graph)?s?|charts?|sketch|survey\s+plat|plat)\b", re.I)
MAX_PROSE_SHARE = 0.25  # of a drawing's lines: labels, legends and notes, few full lines of prose


def _drawing_title(layout: PageLayout) -> str | None:
    """A page-sized scan is a page of text, except when it is a drawing: plans, maps and
    photographs are scanned a sheet to a page, and then the whole page is the figure. Its read
    text (OCR) says which: a title naming a drawing in the top third of the page, and labels
    rather than prose below it. A scan without read text is left alone (nothing says what it is).
    Gives the title, which is the drawing's caption."""
    if not layout.page.ocr or not layout.lines:
        return None
    prose = sum(len(l.words) >= PROSE_LINE_WORDS for l in layout.lines)
    if prose > MAX_PROSE_SHARE * len(layout.lines):
        return None
    return next((l.text for l in layout.lines if l.top < layout.height / 3 and DRAWING_TITLE.search(l.text)), None)


def _picture_key(s: Shape) -> tuple:
    return (s.pixels, round(s.x1 - s.x0), round(s.bottom - s.top))


def _repeated_pictures(layouts: list[PageLayout]) -> set:
    """Pictures printed on more than one page at the same size: logos, banners, decoration."""
    counts = Counter(_picture_key(s) for l in layouts if l.page for s in l.page.shapes if s.kind == "image")
    return {k for k, n in counts.items() if n > 1}


def _letterhead(layout: PageLayout, s: Shape) -> bool:
    """A crest or logo: in the top quarter of the page, narrower than half of it, with no text
    above it."""
    return (s.top < layout.height / 4 and (s.x1 - s.x0) < layout.width / 2
            and not any(l.bottom < s.top for l in layout.lines))


# ---------------------------------------------------------------- vector charts

def _vector_charts(layout: PageLayout, table_boxes: list[BBox]) -> list[tuple[BBox, str]]:
    words = _WordCentres(layout.page.words)
    drawn = [s for s in layout.page.shapes if s.kind != "image" and box_area(s.bbox) > 4
             and not any(_inside(s.bbox, t) for t in table_boxes) and not words.any_inside(s)]
    out = []
    for cluster in _clusters(drawn):
        box = _union([s.bbox for s in cluster])
        if len(cluster) < MIN_CHART_SHAPES or box[2] - box[0] < MIN_CHART_SIZE[0] \
                or box[3] - box[1] < MIN_CHART_SIZE[1]:
            continue
        if sum(box_area(s.bbox) for s in cluster) > TILED * box_area(box):
            continue  # fills tiling a region: shaded table cells or a panel, not bars or lines
        if any(len(l.words) >= PROSE_LINE_WORDS for l in layout.lines if _inside(l.bbox, _grow(box, 2))):
            continue  # shapes around running text: a panel or a highlighted box
        labels = [l for l in layout.lines if _inside(l.bbox, _grow(box, LABEL_MARGIN)) and not CAPTION.search(l.text)]
        if not any(re.search(r"\d", l.text) for l in labels) and not caption_of(layout, box, FIGURE_WORDS):
            continue  # no axis values, data labels or caption: a decoration
        out.append((_union([box] + [l.bbox for l in labels]), "chart"))  # the chart with its labels
    return out


class _WordCentres:
    """The centres of a page's words, sorted by x, so that finding the words inside a shape looks
    only at those in its x range rather than at every word of the page."""

    def __init__(self, words):
        self.points = sorted(((w.x0 + w.x1) / 2, (w.top + w.bottom) / 2) for w in words)
        self.xs = [x for x, _ in self.points]

    def any_inside(self, s: Shape) -> bool:
        first, stop = bisect_left(self.xs, s.x0), bisect_right(self.xs, s.x1)
        return any(s.top <= y <= s.bottom for _, y in self.points[first:stop])


GRID_CELL = 64  # points; clustering compares a shape only with the groups in the cells it is near


def _clusters(shapes: list[Shape]) -> list[list[Shape]]:
    """Shapes grouped by nearness, taken top to bottom: a shape within CLUSTER_GAP of a group's box
    joins it, and the groups it is near merge into one.

    Each group's box is filed under the grid cells it covers, so a shape is compared with the
    groups filed near it, not with every group on the page: a page of thousands of shapes costs
    about as many steps as shapes. Groups come out in the order they were last added to."""
    boxes: dict[int, BBox] = {}
    members: dict[int, list[Shape]] = {}
    last_added: dict[int, int] = {}
    grid: dict[tuple[int, int], list[int]] = defaultdict(list)

    def cells(b: BBox, grow: float = 0.0):
        for cx in range(floor((b[0] - grow) / GRID_CELL), floor((b[2] + grow) / GRID_CELL) + 1):
            for cy in range(floor((b[1] - grow) / GRID_CELL), floor((b[3] + grow) / GRID_CELL) + 1):
                yield cx, cy

    for step, s in enumerate(sorted(shapes, key=lambda s: (s.top, s.x0))):
        near = set()
        for cell in cells(s.bbox, CLUSTER_GAP):
            alive = grid[cell] = [g for g in grid[cell] if g in boxes]  # merged groups leave the cell
            near.update(g for g in alive if _touch(boxes[g], s.bbox, CLUSTER_GAP))
        if not near:
            group, old_cells = step, set()
            boxes[group], members[group] = s.bbox, [s]
        else:
            group = max(near, key=lambda g: len(members[g]))  # the others join the largest
            old_cells = set(cells(boxes[group]))
            merged_box = _union([boxes[g] for g in near] + [s.bbox])
            for other in near - {group}:
                members[group].extend(members.pop(other))
                del boxes[other], last_added[other]
            members[group].append(s)
            boxes[group] = merged_box
        last_added[group] = step
        for cell in cells(boxes[group]):
            if cell not in old_cells:
                grid[cell].append(group)
    return [members[g] for g in sorted(last_added, key=last_added.get)]


# ---------------------------------------------------------------- boxes

def _merge(found: list[tuple[BBox, str]]) -> list[tuple[BBox, str]]:
    """One figure where candidates overlap (a picture inside a drawn frame)."""
    out: list[tuple[BBox, str]] = []
    for box, kind in sorted(found, key=lambda f: (f[0][1], f[0][0])):
        for i, (other, other_kind) in enumerate(out):
            if _touch(box, other, 0):
                out[i] = (_union([box, other]), other_kind)
                break
        else:
            out.append((box, kind))
    return out


def _mostly_white(image: Path) -> bool:
    """Charts and diagrams are drawn on a white ground; photographs are not."""
    with Image.open(image) as im:
        levels = im.convert("L").resize((48, 48)).histogram()
        return sum(levels[231:]) > 0.4 * 48 * 48


def _kind(found: str, caption: str | None) -> str:
    words = (caption or "").lower()
    if "map" in words:
        return "map"
    if re.search(r"\b(?:photo|photograph|picture)", words):
        return "photo"
    if re.search(r"\bdiagram|structure|process|flow", words):
        return "diagram"
    if found == "chart" or caption:
        return "chart"
    return "photo"


def _union(boxes: list[BBox]) -> BBox:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _grow(b: BBox, d: float) -> BBox:
    return (b[0] - d, b[1] - d, b[2] + d, b[3] + d)


def _inside(inner: BBox, outer: BBox) -> bool:
    cx, cy = (inner[0] + inner[2]) / 2, (inner[1] + inner[3]) / 2
    return outer[0] <= cx <= outer[2] and outer[1] <= cy <= outer[3]


def _touch(a: BBox, b: BBox, gap: float) -> bool:
    return a[0] - gap <= b[2] and b[0] - gap <= a[2] and a[1] - gap <= b[3] and b[1] - gap <= a[3]

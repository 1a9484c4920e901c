"""Stage 1: read a PDF into pages of positioned words, ruling lines, shapes and images.

This is the only module that talks to the PDF library. Later stages see plain dataclasses.

We read with pypdfium2 (PDFium), which pdfplumber already depends on. Reading characters,
fonts and path objects through PDFium costs a few milliseconds a page, against 60-250 ms for
pdfminer's full layout analysis behind pdfplumber, and that difference is what lets a council's
year of papers ingest in minutes. pdfplumber's own table algorithm still does the table finding
(see tables.py), fed with the edges read here.

Coordinates are PDF points with the origin at the top left of the page as displayed (rotation
and crop box applied), the same convention as pdfplumber: x0, top, x1, bottom.
"""
from __future__ import annotations

import ctypes
import math
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from pipeline.read.textlayer import is_garbled

if TYPE_CHECKING:
    from PIL.Image import Image

# Symbol/Wingdings glyphs that Word and LibreOffice use for list bullets arrive as private-use
# code points; map them to what a reader sees.
_PRIVATE_USE = {0xF0B7: "•", 0xF0A7: "▪", 0xF0D8: "➢", 0xF076: "❖", 0xF0FC: "✓", 0xF0FE: "☒",
                0xF0A8: "☐", 0xF06E: "■", 0xF0E0: "→", 0xF0D2: "•", 0xF02D: "-", 0xF0A9: "©"}
_HYPHENS = {0xFFFE: "-", 0x0002: "-", 0x00AD: "-"}
_SPACES = {0x20, 0xA0, 0x09, 0x2002, 0x2003, 0x2009, 0x200B, 0x3000}

PATH, IMAGE, FORM, TEXT = raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_FORM, raw.FPDF_PAGEOBJ_TEXT
MAX_PATH_SEGMENTS = 20000  # per page; beyond this a page is a drawing, not a table
# Per page, what the graphics walk collects at most. The busiest real pages draw a few hundred
# shapes; a file of a few KB can nest forms to draw millions, and everything downstream (tables,
# figures) costs at least a pass over them, so past these the rest of the page's drawing is left.
MAX_PAGE_SHAPES = 5000
WHITE = 245  # a colour channel at or above this on all of R, G, B prints as white
MIN_BACKGROUND_SIDE = 4.0  # pt: a fill this wide and tall can be a ground that white shows on
MAX_BACKGROUNDS = 500  # beyond this many coloured fills, white paths are kept rather than sorted out
MAX_WHITE_PATHS = 2000
PAGE_SHEET = 0.5  # a white fill over this share of the page is the paper's own colour
MAX_PAGE_OBJECTS = 100_000  # page objects visited, those inside forms included
# PDFium keeps what it parsed for each page it loaded (fonts, images, content streams) until the
# document is closed: 0.13 MB a page on a long report, so a long file is reopened every so many
# pages to keep the reader's memory flat in the file's length (reopening costs a millisecond)
REOPEN_PAGES = 50
OCR_DPI = 300  # Tesseract reads body text best at 300 dpi
OCR_MAX_PIXELS = 50_000_000
STAMP_WORDS = 8  # a page stamp or a short running header laid over a scan
SCAN_SHARE = 0.5  # an image over this share of the page is the page itself (a scan)  # a poster-sized page is rendered smaller rather than exhaust memory


class UnreadablePDF(Exception):
    """The file cannot be read as a PDF; the message says why in words an officer understands."""


@dataclass(slots=True)
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float  # font size in points
    bold: bool
    font: str = ""


@dataclass(slots=True)
class Edge:
    """A horizontal or vertical ruling line (or one side of a drawn rectangle)."""
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def orientation(self) -> str:
        return "h" if (self.x1 - self.x0) >= (self.bottom - self.top) else "v"


@dataclass(slots=True)
class Shape:
    """A drawn object that is not text: a filled rectangle, a curve or polygon, or an image."""
    kind: str  # "rect" | "curve" | "image"
    x0: float
    top: float
    x1: float
    bottom: float
    pixels: tuple[int, int] | None = None  # images only: width, height in pixels

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.x0, self.top, self.x1, self.bottom)


@dataclass
class Page:
    number: int  # 1-based physical page
    width: float
    height: float
    words: list[Word] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    shapes: list[Shape] = field(default_factory=list)
    ocr: bool = False  # the words were read from the page image by OCR
    garbled: bool = False  # the PDF's own text was unreadable (see textlayer.py) and was set aside
    # lines of text printed inside the images at the top of the first page (a logo that says "CITY
    # OF MOUNTAIN VIEW"), read by OCR when asked for: they name the paper's authority, but are not
    # part of the page's running text, so they stay out of its words
    image_text: list[str] = field(default_factory=list)
    # where the page's links point ("https://mountainview.legistar.com/...", "mailto:clerk@x.gov.uk"):
    # a paper links to its own authority's site more than to any other, so the addresses name the
    # authority where its name is only in a picture
    links: list[str] = field(default_factory=list)

    @property
    def has_text(self) -> bool:
        """The PDF itself carries readable text for this page (OCR'd words do not count)."""
        return not self.ocr and any(w.text.strip() for w in self.words)

    @property
    def image_only(self) -> bool:
        """Something is drawn but there is no readable text layer: a scan, a garbled font, text
        drawn as outlines. A page with nothing on it at all is blank, not image-only. A scan that
        an agenda-pack tool stamped ("Page 14 of 162") is image-only too: an image covers most of
        the page and the text layer holds no more than a stamp's few words."""
        if not self.has_text:
            return self.garbled or bool(self.shapes) or bool(self.edges)
        return self.scanned_with_stamp

    @property
    def scanned_with_stamp(self) -> bool:
        if self.ocr or len(self.words) > STAMP_WORDS:
            return False
        area = self.width * self.height
        return any(s.kind == "image" and (s.x1 - s.x0) * (s.bottom - s.top) > SCAN_SHARE * area for s in self.shapes)


# Reads the words off a rendered page image; the float is pixels per PDF point.
ImageReader = Callable[["Image", float], list[Word]]
# Reads the lines of text it is sure of off a picture (a logo)
LineReader = Callable[["Image"], list[str]]
LETTERHEAD_BAND = 0.35  # images starting in this top share of the first page may be its letterhead
LETTERHEAD_MIN_POINTS = (36, 18)  # smaller images are icons or rules, too small to carry a name
LETTERHEAD_MAX_SHARE = 0.25  # a bigger image is a photograph or the page itself
LETTERHEAD_SCALE = 8  # pixels per point a logo is rendered at: small capitals read at 576 dpi, not 300
LETTERHEAD_MAX_PIXELS = 6_000_000


class _Transform:
    """Maps PDF user space to top-left display coordinates for one page."""

    def __init__(self, page: pdfium.PdfPage):
        self.width, self.height = page.get_size()
        left, bottom, right, top = page.get_cropbox()
        rotation = page.get_rotation()
        if rotation == 0:
            self.m = (1.0, 0.0, 0.0, -1.0, -left, top)
            return
        # Let PDFium tell us where three points land, and solve for the affine map.
        scale = 100
        w, h = int(self.width * scale), int(self.height * scale)
        pts = []
        for x, y in ((left, bottom), (left + 1000, bottom), (left, bottom + 1000)):
            dx, dy = ctypes.c_int(), ctypes.c_int()
            raw.FPDF_PageToDevice(page.raw, 0, 0, w, h, rotation // 90, x, y, dx, dy)
            pts.append((dx.value / scale, dy.value / scale))
        (x0, y0), (x1, y1), (x2, y2) = pts
        a, b = (x1 - x0) / 1000, (y1 - y0) / 1000
        c, d = (x2 - x0) / 1000, (y2 - y0) / 1000
        self.m = (a, b, c, d, x0 - a * left - c * bottom, y0 - b * left - d * bottom)

    def point(self, x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = self.m
        return a * x + c * y + e, b * x + d * y + f

    def box(self, left: float, bottom: float, right: float, top: float) -> tuple[float, float, float, float]:
        (xa, ya), (xb, yb) = self.point(left, bottom), self.point(right, top)
        return min(xa, xb), min(ya, yb), max(xa, xb), max(ya, yb)


def open_document(path: str | Path) -> pdfium.PdfDocument:
    """Open a PDF or raise UnreadablePDF with the reason."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as e:
        raise UnreadablePDF(f"cannot read file: {e.strerror}") from None
    if size == 0:
        raise UnreadablePDF("empty file (0 bytes)")
    with open(path, "rb") as f:
        head = f.read(1024)
    if b"%PDF-" not in head:
        kind = "an HTML page" if b"<html" in head.lower() or b"<!doctype" in head.lower() else "not a PDF"
        raise UnreadablePDF(f"{kind} (no %PDF header)")
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        msg = str(e)
        if "password" in msg.lower():
            raise UnreadablePDF("encrypted: the PDF needs a password") from None
        if "format" in msg.lower() or "file" in msg.lower():
            raise UnreadablePDF(_damage_reason(path, size)) from None
        raise UnreadablePDF(f"PDFium cannot open it: {msg}") from None
    if len(pdf) == 0:
        pdf.close()
        raise UnreadablePDF("the PDF has no pages")
    return pdf


def _damage_reason(path: Path, size: int) -> str:
    """A PDF ends with an %%EOF marker; without one the download or copy was cut short."""
    with open(path, "rb") as f:
        f.seek(max(0, size - 2048))
        tail = f.read()
    if b"%%EOF" not in tail:
        return "truncated PDF: the file stops before the PDF's end marker (%%EOF); download or copy it again"
    return "damaged PDF: PDFium cannot parse its structure"


def page_count(path: str | Path) -> int:
    pdf = open_document(path)
    try:
        return len(pdf)
    finally:
        pdf.close()


def read_pages(path: str | Path, first: int = 1, last: int | None = None,
               ocr: ImageReader | None = None, image_lines: LineReader | None = None) -> Iterator[Page]:
    """Yield pages first..last (1-based, inclusive) one at a time, so memory stays flat.

    A page whose text layer is garbage loses it (`garbled`). With `ocr`, a page without a
    readable text layer is rendered and its words are read from the image instead (`ocr`). With
    `image_lines`, the text in the images at the top of page 1 is read into `image_text`."""
    pdf = open_document(path)
    try:
        last = min(last or len(pdf), len(pdf))
        for number in range(first, last + 1):
            if number > first and (number - first) % REOPEN_PAGES == 0:
                pdf.close()
                pdf = open_document(path)
            try:
                page = pdf[number - 1]
            except pdfium.PdfiumError as e:
                raise UnreadablePDF(f"page {number} cannot be loaded: {e}") from None
            try:
                out = read_page(page, number)
                if out.words and is_garbled(out.words):
                    out.words, out.garbled = [], True
                if ocr and out.image_only:
                    scale = _ocr_scale(out.width, out.height)
                    out.words, out.ocr = ocr(page.render(scale=scale, grayscale=True).to_pil(), scale), True
                    if getattr(out.words, "turned", 0) in (90, 270):  # read upright from a sideways scan
                        out.width, out.height = out.height, out.width
                    if getattr(out.words, "rules", None):  # a scanned grid's rules, in the words' frame
                        out.edges = list(out.words.rules)
                elif image_lines and number == 1:
                    out.image_text = _letterhead_text(page, out, image_lines)
                yield out
            finally:
                page.close()
    finally:
        pdf.close()


def _letterhead_text(page: pdfium.PdfPage, out: Page, image_lines: LineReader) -> list[str]:
    """The text inside the (at most two largest) images at the top of a page with a text layer."""
    area = out.width * out.height
    logos = [s for s in out.shapes if s.kind == "image" and s.top < LETTERHEAD_BAND * out.height
             and s.x1 - s.x0 >= LETTERHEAD_MIN_POINTS[0] and s.bottom - s.top >= LETTERHEAD_MIN_POINTS[1]
             and (s.x1 - s.x0) * (s.bottom - s.top) < LETTERHEAD_MAX_SHARE * area]
    lines: list[str] = []
    for s in sorted(logos, key=lambda s: (s.x1 - s.x0) * (s.bottom - s.top), reverse=True)[:2]:
        x0, top, x1, bottom = max(s.x0, 0), max(s.top, 0), min(s.x1, out.width), min(s.bottom, out.height)
        if x1 - x0 < 1 or bottom - top < 1:
            continue
        scale = min(LETTERHEAD_SCALE, (LETTERHEAD_MAX_PIXELS / ((x1 - x0) * (bottom - top))) ** 0.5)
        # (crop is measured from each side of the page as displayed, in points)
        image = page.render(scale=scale, crop=(x0, out.height - bottom, out.width - x1, top), grayscale=True).to_pil()
        lines += image_lines(image)
    return lines


def _ocr_scale(width: float, height: float) -> float:
    scale = OCR_DPI / 72
    return min(scale, (OCR_MAX_PIXELS / max(width * height, 1.0)) ** 0.5)


def read_page(page: pdfium.PdfPage, number: int) -> Page:
    tf = _Transform(page)
    out = Page(number=number, width=tf.width, height=tf.height)
    textpage = page.get_textpage()
    try:
        out.words = _read_words(textpage.raw, tf)
    finally:
        textpage.close()
    out.edges, out.shapes = _read_graphics(page, tf)
    out.links = _link_targets(page)
    return out


MAX_LINKS = 200  # link annotations read from one page: a page of more is an index, not a letterhead


def _link_targets(page: pdfium.PdfPage) -> list[str]:
    """The addresses of the page's link annotations that open a web page or an e-mail."""
    out: list[str] = []
    pos, link = ctypes.c_int(0), raw.FPDF_LINK()
    while len(out) < MAX_LINKS and raw.FPDFLink_Enumerate(page.raw, ctypes.byref(pos), ctypes.byref(link)):
        action = raw.FPDFLink_GetAction(link)
        if not action or raw.FPDFAction_GetType(action) != raw.PDFACTION_URI:
            continue
        n = raw.FPDFAction_GetURIPath(page.pdf.raw, action, None, 0)
        if not 1 < n <= 2048:
            continue
        buf = ctypes.create_string_buffer(n)
        raw.FPDFAction_GetURIPath(page.pdf.raw, action, buf, n)
        out.append(buf.value.decode("latin-1").strip())  # (a URI is 7-bit ASCII; latin-1 never fails)
    return out


# ---------------------------------------------------------------- words

def _foreign(fn, *argtypes):
    """The PDFium function `fn` returning a plain address (an int) instead of a ctypes pointer
    object: cheaper per call, and usable as a dict key without ctypes.cast."""
    return ctypes.CFUNCTYPE(ctypes.c_void_p, *(argtypes or fn.argtypes))(ctypes.cast(fn, ctypes.c_void_p).value)


_text_object = _foreign(raw.FPDFText_GetTextObject)
_font_handle = _foreign(raw.FPDFTextObj_GetFont, ctypes.c_void_p)


def _font_of(tp, i: int, cache: dict) -> tuple[str, bool]:
    """Font name and boldness of character i."""
    size, name, bold = _style_of(tp, i, cache)
    return name, bold


def _style_of(tp, i: int, cache: dict) -> tuple[float, str, bool]:
    """Font size, font name and boldness of character i. A text object draws its run of text in
    one font at one size, and a font's name and weight are the font's, so each is asked once
    per text object or per font (cache); the size is the one drawn (_font_size: PDFium gives every
    character of a text object that object's matrix, so it is asked once per object too)."""
    key = _text_object(tp, i)
    hit = cache.get(key)
    if hit is None:
        font = ("font", _font_handle(key)) if key else None
        style = cache.get(font)
        if style is None:
            style = _font_info(tp, i)
            if font is not None and font[1]:
                cache[font] = style
        hit = cache[key] = (*style, _font_size(tp, i))
    name, bold, size = hit
    if key is None:  # no text object: nothing shared to rely on
        size = _font_size(tp, i)
    return size, name, bold


def _font_info(tp, i: int) -> tuple[str, bool]:
    buf = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    raw.FPDFText_GetFontInfo(tp, i, buf, 128, flags)
    name = buf.value.decode("latin-1", "replace")
    base = name.split("+", 1)[-1].lower()
    weight = raw.FPDFText_GetFontWeight(tp, i)
    # FontDescriptor flag 19 (ForceBold) or a bold/black/heavy face name or weight >= 600
    bold = (weight >= 600 or bool(flags.value & (1 << 18)) or
            any(k in base for k in ("bold", "black", "heavy", "semibold", "demi", ",b", "-bd", "_bd")))
    return name, bold


_WORD = re.compile(r"[^\s\x00\u200b]+")
_TRANSLATE = {**{k: v for k, v in _HYPHENS.items()}, **_PRIVATE_USE}
_BULLETS = "•▪➢❖■→"


def _page_text(tp, n: int) -> str | None:
    """The page's characters in PDFium's order, one per character index (generated spaces and
    line breaks included), from one call; None if the two do not line up."""
    buf = (ctypes.c_ushort * (n + 1))()
    got = raw.FPDFText_GetText(tp, 0, n, buf)
    text = bytes(buf)[:max(0, got - 1) * 2].decode("utf-16-le", errors="replace")
    return text if len(text) == n else None


def _read_words(tp, tf: _Transform) -> list[Word]:
    """Words with their boxes, font size and boldness.

    Word boundaries are PDFium's own (it inserts spaces and line breaks where glyphs are far
    apart), so only each word's first and last character are measured: a few ctypes calls a word
    instead of six a character, which is most of the reading time. A word whose measured width is
    far beyond what its letters need is re-split character by character."""
    n = raw.FPDFText_CountChars(tp)
    if n <= 0:
        return []
    text = _page_text(tp, n)
    if text is None:
        return _read_words_by_char(tp, tf, 0, n)
    words: list[Word] = []
    fonts: dict = {}
    rect = raw.FS_RECTF()
    box = raw.FPDFText_GetLooseCharBox
    a, b, c, d, e, f = tf.m

    if b == 0 and c == 0 and a > 0 and d < 0:  # an unrotated page: x scales, y flips
        def measure(i: int) -> tuple[float, float, float, float] | None:
            if not box(tp, i, rect):
                return None
            return a * rect.left + e, d * rect.top + f, a * rect.right + e, d * rect.bottom + f
    else:
        def measure(i: int) -> tuple[float, float, float, float] | None:
            if not box(tp, i, rect):
                return None
            xs = (a * rect.left + c * rect.bottom + e, a * rect.right + c * rect.top + e)
            ys = (b * rect.left + d * rect.bottom + f, b * rect.right + d * rect.top + f)
            return min(xs), min(ys), max(xs), max(ys)

    for m in _WORD.finditer(text):
        start, end = m.span()
        raw_word = m.group()
        if raw_word[0] in _BULLETS or (0xF000 <= ord(raw_word[0]) <= 0xF0FF and raw_word[0].translate(_TRANSLATE) in _BULLETS):
            if len(raw_word) > 1:  # a bullet glued to its text is still a bullet
                words.extend(_word(tp, tf, start, start + 1, text, measure, fonts))
                start += 1
        words.extend(_word(tp, tf, start, end, text, measure, fonts))
    return words


def _font_size(tp, i: int) -> float:
    """The size a character is drawn at: the font's size times the scale of the character's text
    matrix. Some publishers set every font at 1 pt and scale it up with the matrix (PDFium then
    reports 1.0 for all text), others set a huge font and scale it down (327.68 pt at 0.05 for a
    16-pt heading): every rule measured in font-size units misfires unless the scale is applied."""
    size = raw.FPDFText_GetFontSize(tp, i)
    m = raw.FS_MATRIX()
    if raw.FPDFText_GetMatrix(tp, i, m):
        scale = math.sqrt(abs(m.a * m.d - m.b * m.c))
        if scale > 0 and abs(scale - 1) > 0.01:
            size *= scale
    return size


def _word(tp, tf, start: int, end: int, text: str, measure, fonts: dict) -> list[Word]:
    first = measure(start)
    last = first if end - start == 1 else measure(end - 1)
    if first is None or last is None:
        return _read_words_by_char(tp, tf, start, end)
    size, name, bold = _style_of(tp, start, fonts)
    width = last[2] - first[0]
    chars = end - start
    if width < -1 or abs(last[1] - first[1]) > max(size, 1.0) * 1.5 or (chars > 1 and width > chars * size * 0.9 + 2 * size):
        return _read_words_by_char(tp, tf, start, end)  # not one run of glyphs: measure every one
    word = text[start:end]
    if not word.isascii() or "\x02" in word:  # plain ASCII needs no mapping or normalising
        word = unicodedata.normalize("NFKC", word.translate(_TRANSLATE))
    word = word.strip()
    if not word:
        return []
    # (the words of a line in one font share their top, bottom and size: one float object each
    # instead of one per word, a fifth of what a page's words hold)
    same = fonts.setdefault(_FLOATS, {})
    top, bottom = first[1] if first[1] < last[1] else last[1], first[3] if first[3] > last[3] else last[3]
    size = round(size, 1)
    # (and a paper's words repeat, "the", "Council", "2024": each spelling is held once, not once a word)
    return [Word(sys.intern(word), first[0], same.setdefault(top, top), last[2], same.setdefault(bottom, bottom),
                 same.setdefault(size, size), bold, name)]


_FLOATS = "floats"  # the key of a page's shared floats in its font cache (whose other keys are ints and tuples)


def _read_words_by_char(tp, tf: _Transform, first: int, stop: int) -> list[Word]:
    """Words from characters first..stop-1, measuring each glyph and splitting where the baseline
    moves or a gap opens that PDFium did not mark with a space."""
    words: list[Word] = []
    fonts: dict = {}
    rect = raw.FS_RECTF()
    getu, box, gsize = raw.FPDFText_GetUnicode, raw.FPDFText_GetLooseCharBox, _font_size
    origin = raw.FPDFText_GetCharOrigin
    cur: list = []  # chars of the word being built: (ch, x0, top, x1, bottom, size, index, baseline)

    def flush():
        if not cur:
            return
        text = unicodedata.normalize("NFKC", "".join(c[0] for c in cur)).strip()
        if text:
            name, bold = _font_of(tp, cur[0][6], fonts)
            words.append(Word(text, min(c[1] for c in cur), min(c[2] for c in cur), max(c[3] for c in cur),
                              max(c[4] for c in cur), round(cur[0][5], 1), bold, name))
        cur.clear()

    ox, oy = ctypes.c_double(), ctypes.c_double()
    for i in range(first, stop):
        u = getu(tp, i)
        if u in _SPACES or u in (0x0D, 0x0A) or u == 0:
            flush()
            continue
        if u in _HYPHENS:
            ch = "-"
        elif 0xF000 <= u <= 0xF0FF:
            ch = _PRIVATE_USE.get(u, chr(u))
        else:
            ch = chr(u)
        if not box(tp, i, rect):
            continue
        x0, top, x1, bottom = tf.box(rect.left, rect.bottom, rect.right, rect.top)
        origin(tp, i, ox, oy)
        base = tf.point(ox.value, oy.value)[1]
        size = gsize(tp, i)
        if cur:
            p = cur[-1]
            ref = max(size, p[5], 1.0)
            gap = x0 - p[3]
            # a new word where the baseline moves (new line, sub/superscript aside) or a gap
            # wider than about a space opens without PDFium having generated one
            if abs(base - p[7]) > ref * 0.35 or gap > ref * 0.3 or gap < -ref:
                flush()
            elif ch == "•" or p[0] == "•":
                flush()  # a bullet glued to its text is still a bullet
        cur.append((ch, x0, top, x1, bottom, size, i, base))
    flush()
    return words


# ---------------------------------------------------------------- graphics

def _matrix(obj) -> tuple[float, ...]:
    m = raw.FS_MATRIX()
    raw.FPDFPageObj_GetMatrix(obj, m)
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _compose(inner: tuple, outer: tuple) -> tuple:
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _read_graphics(page: pdfium.PdfPage, tf: _Transform) -> tuple[list[Edge], list[Shape]]:
    edges: list[Edge] = []
    shapes: list[Shape] = []
    budget = [MAX_PATH_SEGMENTS]
    visits = [MAX_PAGE_OBJECTS]
    inked: list[tuple[float, float, float, float]] = []  # boxes of coloured fills and pictures
    white: list[tuple[tuple[float, float, float, float], object, tuple | None]] = []  # (box, path, outer)
    x, y = ctypes.c_float(), ctypes.c_float()
    fillmode, stroke = ctypes.c_int(), ctypes.c_int()
    l, b, r, t = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()

    def bounds_box(obj, outer):
        raw.FPDFPageObj_GetBounds(obj, l, b, r, t)
        if outer is None:
            return tf.box(l.value, b.value, r.value, t.value)
        pts = [_apply(outer, px, py) for px, py in ((l.value, b.value), (r.value, t.value),
                                                     (l.value, t.value), (r.value, b.value))]
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        return tf.box(min(xs), min(ys), max(xs), max(ys))

    def full() -> bool:
        return visits[0] <= 0 or len(shapes) >= MAX_PAGE_SHAPES

    def walk(obj, outer):
        visits[0] -= 1
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == FORM:
            m = _matrix(obj)
            combined = m if outer is None else _compose(m, outer)
            for k in range(raw.FPDFFormObj_CountObjects(obj)):
                if full():
                    return
                walk(raw.FPDFFormObj_GetObject(obj, k), combined)
        elif kind == IMAGE:
            w, h = ctypes.c_uint(), ctypes.c_uint()
            raw.FPDFImageObj_GetImagePixelSize(obj, w, h)
            x0, top, x1, bottom = bounds_box(obj, outer)
            shapes.append(Shape("image", x0, top, x1, bottom, (w.value, h.value)))
            inked.append((x0, top, x1, bottom))
        elif kind == PATH:
            _read_path(obj, outer)

    def _read_path(obj, outer, shown: bool = False):
        nseg = raw.FPDFPath_CountSegments(obj)
        if nseg <= 0:
            return
        raw.FPDFPath_GetDrawMode(obj, fillmode, stroke)
        filled, stroked = fillmode.value != 0, bool(stroke.value)
        if not (filled or stroked):
            return  # clipping or invisible path
        inks_fill = filled and _inks(raw.FPDFPageObj_GetFillColor, obj)
        if not shown and not (inks_fill or stroked and _inks(raw.FPDFPageObj_GetStrokeColor, obj)):
            white.append((bounds_box(obj, outer), obj, outer))  # read at the end if it shows
            return
        if inks_fill:
            box = bounds_box(obj, outer)
            if box[2] - box[0] >= MIN_BACKGROUND_SIDE and box[3] - box[1] >= MIN_BACKGROUND_SIDE:
                inked.append(box)  # a shaded cell, band or panel (not a rule or an underline)
        if budget[0] <= 0:
            x0, top, x1, bottom = bounds_box(obj, outer)
            shapes.append(Shape("curve", x0, top, x1, bottom))
            return
        budget[0] -= nseg
        m = _matrix(obj)
        if outer is not None:
            m = _compose(m, outer)
        subpaths: list[list[tuple[float, float]]] = []
        curved = False
        for k in range(nseg):
            seg = raw.FPDFPath_GetPathSegment(obj, k)
            raw.FPDFPathSegment_GetPoint(seg, x, y)
            pt = tf.point(*_apply(m, x.value, y.value))
            typ = raw.FPDFPathSegment_GetType(seg)
            if typ == raw.FPDF_SEGMENT_MOVETO or not subpaths:
                subpaths.append([pt])
            else:
                if typ == raw.FPDF_SEGMENT_BEZIERTO:
                    curved = True
                subpaths[-1].append(pt)
            if raw.FPDFPathSegment_GetClose(seg) and subpaths[-1]:
                subpaths[-1].append(subpaths[-1][0])
        if curved:
            xs = [p[0] for sp in subpaths for p in sp]
            ys = [p[1] for sp in subpaths for p in sp]
            shapes.append(Shape("curve", min(xs), min(ys), max(xs), max(ys)))
            return
        for sp in subpaths:
            _subpath(sp, filled, stroked)

    def _subpath(sp, filled, stroked):
        xs, ys = [p[0] for p in sp], [p[1] for p in sp]
        x0, x1, top, bottom = min(xs), max(xs), min(ys), max(ys)
        axis_aligned = all(abs(p[0] - q[0]) < 0.5 or abs(p[1] - q[1]) < 0.5 for p, q in zip(sp, sp[1:]))
        if not axis_aligned:
            shapes.append(Shape("curve", x0, top, x1, bottom))
            return
        w, h = x1 - x0, bottom - top
        if w < 2.5 or h < 2.5:  # a rule drawn as a thin rectangle or a line
            if w >= 1 or h >= 1:
                edges.append(Edge(x0, top, x1, bottom) if w >= h else Edge(x0, top, x1, bottom))
            return
        is_rect = len(sp) in (4, 5) or (len(sp) == 5 and sp[0] == sp[-1])
        if is_rect:
            if stroked or filled:
                # The sides of a rectangle bound table cells, as in pdfplumber's rect edges.
                edges.extend((Edge(x0, top, x1, top), Edge(x0, bottom, x1, bottom),
                              Edge(x0, top, x0, bottom), Edge(x1, top, x1, bottom)))
            if filled:
                shapes.append(Shape("rect", x0, top, x1, bottom))
            return
        if stroked:
            for p, q in zip(sp, sp[1:]):
                if abs(p[1] - q[1]) < 0.5 and abs(p[0] - q[0]) >= 1:
                    edges.append(Edge(min(p[0], q[0]), p[1], max(p[0], q[0]), p[1]))
                elif abs(p[0] - q[0]) < 0.5 and abs(p[1] - q[1]) >= 1:
                    edges.append(Edge(p[0], min(p[1], q[1]), p[0], max(p[1], q[1])))
        if filled:
            shapes.append(Shape("curve", x0, top, x1, bottom))

    for k in range(raw.FPDFPage_CountObjects(page.raw)):
        if full():
            break
        walk(raw.FPDFPage_GetObject(page.raw, k), None)
    width, height = page.get_size()
    for obj, outer in _shown_white(white, inked, width * height):
        _read_path(obj, outer, shown=True)
    return edges, shapes[:MAX_PAGE_SHAPES]


def _shown_white(white: list, inked: list, page_area: float) -> list:
    """The paths drawn only in white (or fully transparent) that show. On a white page nothing
    white shows, so such a path neither rules a table nor makes a figure: word processors and
    HTML-to-PDF tools lay agendas out in grids with white cell borders, and a reader sees no table.
    White does show where it meets colour: the white rules between the shaded cells of a banded
    table, and with them the rest of that table's white grid (the rule between two white columns
    beside a coloured one). So a white path is kept when it touches a coloured fill or a picture,
    or a white path kept before it. A white sheet under the whole page is the paper, not a rule."""
    if not white or len(white) > MAX_WHITE_PATHS or len(inked) > MAX_BACKGROUNDS:
        return [(obj, outer) for _, obj, outer in white]  # too many to sort out: keep them, as before
    white = [w for w in white if box_area(w[0]) < PAGE_SHEET * page_area]
    kept = [any(_touches(box, bg) for bg in inked) for box, _, _ in white]
    todo = [i for i, k in enumerate(kept) if k]
    while todo:
        box = white[todo.pop()][0]
        for j, (other, _, _) in enumerate(white):
            if not kept[j] and _touches(box, other):
                kept[j] = True
                todo.append(j)
    return [(obj, outer) for k, (_, obj, outer) in zip(kept, white) if k]


_rgba = [ctypes.c_uint() for _ in range(4)]


def _inks(get_colour, obj) -> bool:
    """Whether a path's fill or stroke colour shows on a white page (not white, not transparent)."""
    if not get_colour(obj, *_rgba):
        return True  # colour unknown (a pattern or shading): assume it shows
    r, g, b, a = (c.value for c in _rgba)
    return a > 0 and min(r, g, b) < WHITE


def box_area(box) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


def _touches(a, b, slack: float = 1.0) -> bool:
    return a[0] <= b[2] + slack and b[0] <= a[2] + slack and a[1] <= b[3] + slack and b[1] <= a[3] + slack


def _apply(m: tuple, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def render_region(path: str | Path, page_number: int, bbox: tuple[float, float, float, float],
                  out: Path, dpi: int = 110) -> Path:
    """Render part of a page to a PNG (for figures); bbox in top-left display coordinates."""
    pdf = open_document(path)
    try:
        page = pdf[page_number - 1]
        width, height = page.get_size()
        x0, top, x1, bottom = bbox
        crop = (max(0, x0), max(0, height - bottom), max(0, width - x1), max(0, top))
        bitmap = page.render(scale=dpi / 72, crop=crop)
        out.parent.mkdir(parents=True, exist_ok=True)
        bitmap.to_pil().save(out, optimize=True)
        page.close()
        return out
    finally:
        pdf.close()

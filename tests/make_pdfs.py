"""Bad and unusual PDFs built on the fly from the shipped corpus, for the reliability tests."""
from __future__ import annotations

from pathlib import Path

import pypdf
import pypdfium2 as pdfium
from pypdf.generic import NameObject

from tests.conftest import CORPUS, PACK

BLANK_PAGE = 3  # 0-based: the pack's "This page is intentionally left blank"


def scanned(src: Path, dest: Path, pages: list[int] | None = None, dpi: int = 150) -> Path:
    """A PDF of page images only, like a scanner makes: each page rendered and wrapped by PIL."""
    pdf = pdfium.PdfDocument(str(src))
    try:
        images = [pdf[i].render(scale=dpi / 72).to_pil().convert("L") for i in (pages or range(len(pdf)))]
    finally:
        pdf.close()
    images[0].save(dest, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return dest


def speckled(src: Path, dest: Path, dpi: int = 150, specks: int = 1500, turn: float = 0.5, seed: int = 0,
             heavy: bool = False) -> Path:
    """A poor scan of `src`: each page turned `turn` degrees, blurred a little and sprinkled with
    `specks` dark specks (dust and toner on the glass), as photocopied minutes are; `heavy` thickens
    every stroke, as a dark copy's toner does."""
    import random

    from PIL import Image, ImageFilter

    rnd = random.Random(seed)
    pdf = pdfium.PdfDocument(str(src))
    try:
        images = []
        for i in range(len(pdf)):
            image = pdf[i].render(scale=dpi / 72).to_pil().convert("L")
            image = image.rotate(turn, resample=Image.BILINEAR, fillcolor=255).filter(ImageFilter.GaussianBlur(0.6))
            px = image.load()
            for _ in range(specks):
                px[rnd.randrange(image.width), rnd.randrange(image.height)] = rnd.choice((0, 90))
            if heavy:
                image = image.filter(ImageFilter.MinFilter(3))
            images.append(image)
    finally:
        pdf.close()
    images[0].save(dest, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return dest


def with_scanned_page(src: Path, dest: Path, page: int) -> Path:
    """`src` with its page `page` (0-based) replaced by a picture of it."""
    picture = scanned(src, dest.with_suffix(".scan.pdf"), [page])
    out = pdfium.PdfDocument(str(src))
    scan = pdfium.PdfDocument(str(picture))
    out.del_page(page)
    out.import_pages(scan, [0], index=page)
    out.save(str(dest))
    out.close()
    scan.close()
    picture.unlink()
    return dest


def encrypted(src: Path, dest: Path, user_password: str = "secret") -> Path:
    """Encrypted with pypdf; an empty user password opens without asking (owner password only)."""
    writer = pypdf.PdfWriter(clone_from=str(src))
    writer.encrypt(user_password=user_password, owner_password="owner")
    writer.write(str(dest))
    return dest


def garbled(src: Path, dest: Path) -> Path:
    """The fonts lose their ToUnicode maps: the letters still show, but the corpus's subset
    TrueType fonts then give glyph numbers (control characters) as text."""
    writer = pypdf.PdfWriter(clone_from=str(src))
    for page in writer.pages:
        for font in page["/Resources"]["/Font"].values():
            font.get_object().pop(NameObject("/ToUnicode"), None)
    writer.write(str(dest))
    return dest


def very_long(src: Path, dest: Path, filler_pages: int) -> Path:
    """`src` followed by `filler_pages` copies of a near-empty page (cheap to extract), so a
    1,000-page file tests length, not extraction speed."""
    out = pdfium.PdfDocument(str(src))
    pack = pdfium.PdfDocument(str(PACK))
    for _ in range(filler_pages):
        out.import_pages(pack, [BLANK_PAGE])
    out.save(str(dest))
    out.close()
    pack.close()
    return dest


def distinct_copies(folder: Path, copies: int) -> list[Path]:
    """Each corpus PDF `copies` times, each copy with a different trailing comment after %%EOF,
    so every file is a different document (SHA-256) with the same content."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for k in range(copies):
        for src in sorted(CORPUS.glob("*.pdf")):
            dest = folder / f"{src.stem}-{k}.pdf"
            dest.write_bytes(src.read_bytes() + f"\n% copy {k}\n".encode())
            out.append(dest)
    return out


def run_together(dest: Path, lines: list[str], size: float = 12) -> Path:
    """A page that shows `lines` as printed, over a text layer whose words are run together (no
    space characters), as a bad OCR layer under a scan or glyphs placed one by one leave it: the
    picture is the page rendered from a clean PDF, the text is drawn invisibly on top."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from tests.pdfs import text_pdf

    clean = text_pdf(dest.with_suffix(".clean.pdf"), "\n".join(lines), size=size)
    pdf = pdfium.PdfDocument(str(clean))
    try:
        picture = pdf[0].render(scale=200 / 72).to_pil().convert("L")
    finally:
        pdf.close()
    clean.unlink()
    width, height = LETTER
    c = canvas.Canvas(str(dest), pagesize=LETTER)
    c.drawImage(ImageReader(picture), 0, 0, width, height)
    top = 60.0
    for line in lines:
        t = c.beginText()
        t.setTextRenderMode(3)  # invisible, like an OCR layer
        t.setFont("Helvetica", size)
        t.setTextOrigin(60.0, height - top - size)
        t.textOut(line.replace(" ", ""))
        c.drawText(t)
        top += size * 1.35
    c.showPage()
    c.save()
    return dest

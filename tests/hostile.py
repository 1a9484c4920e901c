"""Tiny hostile PDFs, written byte by byte: a few KB of file that make a reader draw millions of
shapes or expand forms inside forms ("billion laughs"). Nothing here is a real paper."""
from __future__ import annotations

from pathlib import Path


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF of `objects` (object 1 is the catalog) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(content: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(content), extra) + content + b"\nendstream"


def nested_forms(path: Path, levels: list[int], shape: bytes = b"0 0 m 2 1 l S") -> Path:
    """One page drawing a form that draws the next form levels[0] times, and so on down to a form
    drawing `shape` levels[-1] times: prod(levels) shapes from a file of a few KB. Each shape is
    shifted a little so that the shapes do not all sit on one point."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /XObject << /F0 5 0 R >> >> >>",
               _stream(b"q 1 0 0 1 50 50 cm /F0 Do Q")]
    first_form = len(objects) + 1
    for depth, count in enumerate(levels):
        if depth == len(levels) - 1:
            body = b"\n".join(b"q 1 0 0 1 %d %d cm %s Q" % (k % 50 * 10, k // 50 % 60 * 10, shape)
                              for k in range(count))
            resources = b""
        else:
            body = b"\n".join(b"q 1 0 0 1 %d %d cm /F Do Q" % (k % 7, k % 5) for k in range(count))
            resources = b"/Resources << /XObject << /F %d 0 R >> >>" % (first_form + depth + 1)
        objects.append(_stream(body, b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] " + resources))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_pdf(objects))
    return path

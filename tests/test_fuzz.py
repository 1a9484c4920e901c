"""Fuzzing: real PDFs mutated by Hypothesis go through ingest. Whatever the bytes, the file is
either ingested or failed with a reason (never an internal error, never an exception out of
ingest), and the database stays consistent.

The examples are derandomized so CI runs the same bounded set every time; run with
`FUZZ_EXAMPLES=2000` for a longer, random campaign."""
from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.ingest import ingest
from tests.conftest import NORTHANTS, THURROCK
from tests.test_reliability import assert_consistent

SEEDS = [THURROCK.read_bytes(), NORTHANTS.read_bytes()]
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "40"))
_NUMBER = re.compile(rb"\d+")

# (kind, where in the file as a fraction, argument)
mutations = st.one_of(
    st.tuples(st.just("flip"), st.floats(0, 1), st.integers(1, 255)),  # xor one byte
    st.tuples(st.just("splat"), st.floats(0, 1), st.binary(min_size=1, max_size=64)),  # overwrite bytes
    st.tuples(st.just("cut"), st.floats(0, 1), st.integers(1, 4096)),  # delete a run of bytes
    st.tuples(st.just("repeat"), st.floats(0, 1), st.integers(1, 4096)),  # duplicate a run of bytes
    # change one number of the PDF's structure: an object number, a /Length, an xref offset
    st.tuples(st.just("number"), st.floats(0, 1), st.integers(0, 2 ** 31)),
)


def mutate(data: bytes, steps: list[tuple[str, float, object]]) -> bytes:
    for kind, where, arg in steps:
        at = min(int(where * len(data)), max(len(data) - 1, 0))
        if kind == "flip" and data:
            data = data[:at] + bytes([data[at] ^ arg]) + data[at + 1:]
        elif kind == "splat":
            data = data[:at] + arg + data[at + len(arg):]
        elif kind == "cut":
            data = data[:at] + data[at + arg:]
        elif kind == "repeat":
            data = data[:at + arg] + data[at:]
        elif kind == "number":
            numbers = list(_NUMBER.finditer(data))
            if numbers:
                m = numbers[int(where * (len(numbers) - 1))]
                data = data[:m.start()] + str(arg).encode() + data[m.end():]
    return data


@settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 40, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(seed=st.sampled_from(range(len(SEEDS))), steps=st.lists(mutations, min_size=1, max_size=5))
def test_mutated_pdfs_never_crash_ingest_or_corrupt_the_database(seed, steps):
    with tempfile.TemporaryDirectory() as tmp:
        paper = Path(tmp) / "mutated.pdf"
        paper.write_bytes(mutate(SEEDS[seed], steps))
        db = Path(tmp) / "p.db"
        summary = ingest([paper], db, workers=1)
        assert summary.ingested + len(summary.failed) == 1
        for failure in summary.failed:
            assert failure.reason and not failure.reason.startswith("internal error"), failure.reason
        assert_consistent(db)

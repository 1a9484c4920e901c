"""Extraction on a Dask cluster writes the same database as local workers (a local cluster of
two worker processes stands in for a real one)."""
import pytest

from pipeline.ingest import ingest
from tests.conftest import CORPUS, N_CORPUS, query

distributed = pytest.importorskip("dask.distributed")

COUNTS = """select (select count(*) from documents) d, (select count(*) from pages) p,
                   (select count(*) from recommendations) r, (select count(*) from decisions) x,
                   (select count(*) from amounts) a, (select count(*) from tables) t"""


def test_ingest_on_a_local_dask_cluster_matches_local_workers(tmp_path, corpus_db):
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        db = tmp_path / "dask.db"
        summary = ingest([CORPUS], db, dask=cluster.scheduler_address)
    assert (summary.ingested, len(summary.failed)) == (N_CORPUS, 0)
    assert query(db, COUNTS) == query(corpus_db, COUNTS)
    titles = query(db, "select title from reports order by title")
    assert titles == query(corpus_db, "select title from reports order by title")


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path):
    import dask
    from pipeline.distributed import DaskUnavailable
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        with pytest.raises(DaskUnavailable, match="cannot reach the Dask scheduler at tcp://127.0.0.1:1"):
            ingest([CORPUS], tmp_path / "x.db", dask="tcp://127.0.0.1:1")

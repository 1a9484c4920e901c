"""The published site: Datasette's JSON API on the ingested corpus, via Datasette's test client."""
import asyncio

import yaml
from datasette.app import Datasette

from tests.conftest import PACK, ROOT, query


def _get(db, path):
    ds = Datasette([str(db)], metadata=yaml.safe_load((ROOT / "metadata.yml").read_text()))
    return asyncio.run(ds.client.get(path))


def test_json_api_answers_a_query(corpus_db):
    name = corpus_db.stem
    response = _get(corpus_db, f"/{name}/documents.json?_shape=array&council=Haringey&_sort=meeting_date")
    assert response.status_code == 200
    rows = response.json()
    assert [r["meeting_date"] for r in rows] == ["2013-11-12", "2014-02-27", "2014-11-03"]


def test_full_text_search_through_the_api(corpus_db):
    name = corpus_db.stem
    response = _get(corpus_db, f"/{name}/pages.json?_search=fostering&_shape=array&document_id__exact=" +
                    str(query(corpus_db, "select id from documents where filename = ?", (PACK.name,))[0]["id"]))
    pages = {r["page"] for r in response.json()}
    assert {9, 11, 12} <= pages


def test_every_table_and_column_is_described(corpus_db):
    meta = yaml.safe_load((ROOT / "metadata.yml").read_text())["databases"]["papers"]["tables"]
    tables = [r["name"] for r in query(corpus_db, "select name from sqlite_master where type='table'")
              if not r["name"].endswith(("_fts", "_config", "_data", "_docsize", "_idx"))]
    for t in tables:
        assert meta.get(t, {}).get("description"), f"no description for {t}"
        cols = [r["name"] for r in query(corpus_db, f"pragma table_info([{t}])")]
        missing = [c for c in cols if c not in meta[t].get("columns", {})]
        assert not missing, f"{t}: no description for {missing}"


def test_table_permissions_still_hold_with_the_cached_answers(corpus_db):
    """The plugin works out each table's permission once per server: a table that metadata
    restricts stays hidden from an anonymous reader, on its own page and in the database page's
    list, however many times it is asked; the others stay open."""
    name = corpus_db.stem
    meta = yaml.safe_load((ROOT / "metadata.yml").read_text())
    meta["databases"][name] = meta["databases"].pop("papers")
    meta["databases"][name]["tables"]["amounts"]["allow"] = {"id": "root"}
    ds = Datasette([str(corpus_db)], metadata=meta)

    async def visit():
        await ds.invoke_startup()
        return [await ds.client.get(path) for path in
                [f"/{name}/amounts", f"/{name}/amounts", f"/{name}/decisions", f"/{name}.json"]]

    amounts, again, decisions, database = asyncio.run(visit())
    assert hasattr(ds._table_permission_allows, "cache_info")  # the plugin's cache is in place
    assert (amounts.status_code, again.status_code, decisions.status_code) == (403, 403, 200)
    listed = {t["name"] for t in database.json()["tables"]}
    assert "decisions" in listed and "amounts" not in listed

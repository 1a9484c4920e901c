"""The `papers` command through Typer's test runner, on real PDFs."""
import json

from typer.testing import CliRunner

from pipeline.cli import app
from tests.conftest import NORTHANTS, THURROCK

runner = CliRunner()


def test_ingest_prints_one_summary_line_and_skips_on_rerun(tmp_path):
    db = tmp_path / "p.db"
    result = runner.invoke(app, ["ingest", "--db", str(db), "--workers", "1", str(THURROCK), str(NORTHANTS)])
    assert result.exit_code == 0, result.output
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.startswith("2 ingested, 0 skipped, 0 failed; 13 pages;")
    assert summary.endswith("s")
    again = runner.invoke(app, ["ingest", "--db", str(db), str(THURROCK), str(NORTHANTS)])
    assert again.stdout.strip().splitlines()[-1].startswith("0 ingested, 2 skipped, 0 failed; 0 pages;")


def test_a_bad_file_gives_a_clear_message_and_non_zero_exit(tmp_path):
    bad = tmp_path / "minutes.pdf"
    bad.write_text("<html><body>Error 404</body></html>")
    db = tmp_path / "p.db"
    result = runner.invoke(app, ["ingest", "--db", str(db), "-q", str(bad), str(THURROCK)])
    assert result.exit_code == 1
    assert f"failed {bad}: an HTML page (no %PDF header)" in result.output
    assert "1 ingested, 0 skipped, 1 failed" in result.output


def test_export_writes_one_file_per_document_and_an_index(tmp_path):
    db = tmp_path / "p.db"
    runner.invoke(app, ["ingest", "--db", str(db), "-q", str(THURROCK)])
    out = tmp_path / "json"
    result = runner.invoke(app, ["export", "--db", str(db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    listing = json.loads((out / "index.json").read_text())
    assert "Open Government Licence" in listing["licence"] and listing["generated_at"]
    assert listing["site"]["home"] == "http://127.0.0.1:8001/"
    index = listing["documents"]
    assert [i["filename"] for i in index] == [THURROCK.name]
    doc = json.loads((out / index[0]["file"]).read_text())
    assert all(r["page_url"].endswith(f"#page={r['page']}") for r in doc["amounts"])
    assert all(isinstance(r["bbox"], list) for r in doc["amounts"] if r["bbox"])
    assert doc["document"]["council"] == "Thurrock"
    assert doc["meetings"][0]["date"] == "2017-07-11"
    assert len(doc["pages"]) == 5 and doc["pages"][0]["page"] == 1


def test_eval_scores_against_a_gold_folder(tmp_path):
    db = tmp_path / "p.db"
    runner.invoke(app, ["ingest", "--db", str(db), "-q", str(THURROCK)])
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "t.gold.json").write_text(json.dumps({"document": {
        "filename": THURROCK.name, "doc_type": "report", "council": "Thurrock",
        "committee": "Children's Services Overview and Scrutiny Committee", "meeting_date": "2017-07-11"}}))
    result = runner.invoke(app, ["eval", "--db", str(db), str(gold)])
    assert result.exit_code == 0, result.output
    first = result.stdout.splitlines()[0]
    assert first.startswith("documents        P=1.000 R=1.000 F1=1.000")
    assert "doc_type=1.000 council=1.000 committee=1.000 meeting_date=1.000" in first


def test_a_folder_without_pdfs_fails_and_makes_no_database(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "report.docx").write_bytes(b"PK\x03\x04 not a pdf")
    db = tmp_path / "p.db"
    result = runner.invoke(app, ["ingest", "--db", str(db), "-q", str(folder)])
    assert result.exit_code == 1
    assert f"failed {folder}: no PDF files in this folder (it holds 1 other file: report.docx)" in result.output
    assert "0 ingested, 0 skipped, 1 failed" in result.output
    assert not db.exists() and not (tmp_path / "p.db.lock").exists()


def test_a_missing_path_is_counted_as_failed(tmp_path):
    db = tmp_path / "p.db"
    result = runner.invoke(app, ["ingest", "--db", str(db), "-q", str(tmp_path / "nothere.pdf"), str(THURROCK)])
    assert result.exit_code == 1
    assert "no such file or folder" in result.output
    assert "1 ingested, 0 skipped, 1 failed" in result.output


def test_serve_on_a_busy_port_says_so_in_one_line(tmp_path):
    import socket

    db = tmp_path / "p.db"
    db.write_bytes(b"")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = runner.invoke(app, ["serve", "--db", str(db), "--port", str(port)])
    assert result.exit_code == 1
    assert result.output.strip() == (f"error: port {port} on 127.0.0.1 is already in use (another `papers serve`?); "
                                     "stop it or choose another with --port")


def test_help_shows_no_python_types_for_flags_and_paths():
    for command in ("ingest", "serve"):
        text = runner.invoke(app, [command, "--help"], terminal_width=100).output
        assert "<bool>" not in text and "<list" not in text, text
    assert "Port to listen on" in runner.invoke(app, ["serve", "--help"]).output

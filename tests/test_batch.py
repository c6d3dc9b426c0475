"""``cleanarticle batch``: every input record yields one line with its id, end to end."""

from __future__ import annotations

import gzip
import io
import json
import multiprocessing
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cleanarticle import batch, clean
from cleanarticle.batch import BatchOptions, clean_records, read_done_ids, run_batch
from cleanarticle.cli import main
from cleanarticle.readers import MissingDependencyError, Record, count_records, iter_records, looks_binary

STORY = (
    "Storm Closes Harbour\n\n"
    "HALIFAX — The harbour was closed on Tuesday as a storm brought winds of over 100 km/h to the coast, "
    "the port authority said.\n\n"
    "Ferries were cancelled and fishing boats stayed in port, and officials said the closure would last "
    "until the winds dropped on Wednesday evening.\n\n"
    "Support us\n"
)
HTML = (
    "<html><head><title>Storm Closes Harbour</title></head><body><article>"
    "<p>HALIFAX — The harbour was closed on Tuesday as a storm brought winds of over 100 km/h to the coast, "
    "the port authority said.</p><p>Ferries were cancelled and fishing boats stayed in port, and officials "
    "said the closure would last until the winds dropped on Wednesday evening.</p></article></body></html>"
)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cleanarticle", "batch", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def read_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a", "text": STORY}),
        '{"id": "broken", "text": ',  # corrupt JSON
        "",  # blank lines are no records
        json.dumps({"id": 7, "html": HTML, "url": "https://news.test/storm"}),
        json.dumps({"text": ""}),  # no id: the file and line number stand in
        json.dumps({"id": "nofield", "body": "x"}),
        json.dumps(["not", "an", "object"]),
    ]
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8") + b'{"id": "latin", "text": "caf\xe9"}\n')
    return path


def test_jsonl_every_record_one_line_with_its_id(jsonl: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = run(str(jsonl), "-o", str(out))
    assert result.returncode == 1  # some records failed
    rows = read_lines(out)
    line = [f"{jsonl}:{n}" for n in range(9)]
    assert [r["id"] for r in rows] == ["a", line[2], 7, line[5], "nofield", line[7], line[8]]
    by_id = {str(r["id"]): r for r in rows}
    assert by_id["a"]["article"]["body"] == clean(STORY).body
    assert by_id["a"]["article"]["input_format"] == "text"
    assert by_id[f"{jsonl}:2"]["error"]["type"] == "JSONDecodeError"
    assert by_id["7"]["url"] == "https://news.test/storm"
    assert by_id["7"]["article"]["input_format"] == "html"
    assert "Ferries were cancelled" in by_id["7"]["article"]["body"]
    assert by_id[f"{jsonl}:5"]["article"]["body"] == ""  # empty text: a result, not a failure
    assert by_id["nofield"]["error"]["type"] == "InputReadError"
    assert by_id[f"{jsonl}:7"]["error"]["message"] == "the line is a JSON list, not an object"
    assert by_id[f"{jsonl}:8"]["error"]["type"] == "UnicodeDecodeError"
    assert "read 7, cleaned 3 (empty 1), failed 4, skipped 0" in result.stderr


def test_custom_fields_body_only_and_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "in.jsonl.gz"
    record = {"doc": "x1", "content": STORY, "link": "https://news.test/x1"}
    path.write_bytes(gzip.compress((json.dumps(record) + "\n").encode()))
    args = ["--text-field", "content", "--id-field", "doc", "--url-field", "link", "--body-only", "-q"]
    assert main(["batch", str(path), "-o", "-", *args]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    body = clean(STORY).body
    assert json.loads(captured.out) == {
        "id": "x1",
        "url": "https://news.test/x1",
        "title": "Storm Closes Harbour",
        "body": body,
    }


def test_folder_binary_empty_and_gz_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "pages"
    (root / "sub").mkdir(parents=True)
    (root / "story.txt").write_text(STORY, encoding="utf-8")
    (root / "sub" / "page.html.gz").write_bytes(gzip.compress(HTML.encode()))
    (root / "sub" / "page.htm").write_text(HTML, encoding="utf-8")
    (root / "blob.txt").write_bytes(os.urandom(64) + b"\x00" * 64)
    (root / "empty.html").write_bytes(b"")
    (root / "notes.md").write_text("not a document type")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(root), "-o", str(out)]) == 1
    assert "read 5, cleaned 4 (empty 1), failed 1" in capsys.readouterr().err
    rows = {r["id"]: r for r in read_lines(out)}
    assert sorted(rows) == ["blob.txt", "empty.html", "story.txt", "sub/page.htm", "sub/page.html.gz"]
    assert rows["blob.txt"]["error"]["type"] == "InputReadError"
    assert "binary" in rows["blob.txt"]["error"]["message"]
    assert rows["empty.html"]["article"]["body"] == ""
    assert rows["sub/page.html.gz"]["article"]["body"] == rows["sub/page.htm"]["article"]["body"]
    assert rows["story.txt"]["article"]["input_format"] == "text"


def test_warc_html_responses(tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        for uri, ctype, payload in (
            ("https://news.test/storm", "text/html; charset=utf-8", HTML.encode()),
            ("https://news.test/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            body = io.BytesIO(payload)
            record = writer.create_warc_record(uri, "response", payload=body, http_headers=headers)
            writer.write_record(record)
        writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "test"}))
    with open(path, "ab") as f:
        f.write(b"a corrupt tail, not a WARC record\n")
    out = tmp_path / "out.jsonl"
    result = run(str(path), "-o", str(out))
    assert result.returncode == 1
    row, tail = read_lines(out)
    assert row["id"].startswith("<urn:uuid:")
    assert row["url"] == "https://news.test/storm"
    assert "HALIFAX — The harbour was closed" in row["article"]["body"]
    assert tail == {"id": f"{path}#4", "error": tail["error"]}
    assert tail["error"]["type"] == "ArchiveLoadFailed"


def test_missing_warcio_says_which_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "warcio", None)
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)
    (tmp_path / "x.warc").write_bytes(b"")
    options = BatchOptions(inputs=(str(tmp_path / "x.warc"),), output=str(tmp_path / "out.jsonl"))
    with pytest.raises(MissingDependencyError, match=r'pip install "cleanarticle\[warc\]"'):
        run_batch(options)
    assert not (tmp_path / "out.jsonl").exists()


def test_resume_skips_done_ids_and_appends_only_new_ones(jsonl: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(jsonl), "-o", str(out), "-q"]) == 1
    first = out.read_text(encoding="utf-8")
    assert main(["batch", str(jsonl), "-o", str(out), "-q"]) == 2  # OUT exists: --resume or --overwrite
    again = run(str(jsonl), "-o", str(out), "--resume")
    assert again.returncode == 0  # nothing failed in this run: nothing was tried
    assert "read 7, cleaned 0 (empty 0), failed 0, skipped 7" in again.stderr
    assert out.read_text(encoding="utf-8") == first
    # A run killed mid-line leaves a partial last line: it is cut off and redone.
    out.write_text(first[:-20], encoding="utf-8")
    with jsonl.open("a", encoding="utf-8") as f:
        f.write(json.dumps({"id": "new", "text": STORY}) + "\n")
    assert main(["batch", str(jsonl), "-o", str(out), "--resume", "-q"]) == 1  # the redone record fails again
    ids = [r["id"] for r in read_lines(out)]
    assert ids == [r["id"] for r in read_lines_from(first)] + ["new"]


def read_lines_from(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def test_two_workers_give_the_same_lines_in_order(tmp_path: Path) -> None:
    records = tmp_path / "many.jsonl"
    with records.open("w", encoding="utf-8") as f:
        for i in range(24):
            f.write(json.dumps({"id": i, "text": STORY.replace("Tuesday", f"day {i}")}) + "\n")
        f.write("corrupt\n")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["batch", str(records), "-o", str(one), "-q"]) == 1
    assert run(str(records), "-o", str(two), "-q", "--workers", "2", "--chunk-size", "3").returncode == 1
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")
    assert len(read_lines(two)) == 25


def _crash_on_boom(source: str | bytes, **kwargs: Any) -> Any:
    if source == "boom":
        os._exit(3)  # a worker dying outright, as on running out of memory
    return clean(source, **kwargs)


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="needs fork to patch the workers")
def test_a_dead_worker_fails_its_chunk_and_the_rest_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "clean", _crash_on_boom)
    records = [Record(i, source="boom" if i == 5 else STORY, input_format="text") for i in range(40)]
    outcomes = list(clean_records(records, workers=2, chunk_size=4))
    assert len(outcomes) == 40
    rows = [json.loads(o.line) for o in outcomes]
    assert [r["id"] for r in rows] == list(range(40))
    assert rows[5]["error"]["type"] == "BrokenProcessPool"
    assert [r["id"] for r in rows if "error" in r] == [5]  # only the record that killed its worker


def _interrupt_on_stop(source: str | bytes, **kwargs: Any) -> Any:
    if source == "stop":
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C while this record is being cleaned
    return clean(source, **kwargs)


def test_ctrl_c_stops_after_the_record_in_hand(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(batch, "clean", _interrupt_on_stop)
    records = tmp_path / "in.jsonl"
    texts = [STORY, "stop", STORY, STORY]
    records.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts)))
    out = tmp_path / "out.jsonl"
    summary = run_batch(BatchOptions(inputs=(str(records),), output=str(out)))
    assert summary.interrupted
    assert (summary.read, summary.cleaned) == (2, 2)
    assert [r["id"] for r in read_lines(out)] == [0, 1]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_read_done_ids_truncates_a_partial_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "a"}\n{"id": 2, "error": {}}\nnot json\n{"id": "cut', encoding="utf-8")
    assert read_done_ids(out) == {"a", 2}
    assert out.read_text(encoding="utf-8") == '{"id": "a"}\n{"id": 2, "error": {}}\nnot json\n'
    assert read_done_ids(tmp_path / "absent.jsonl") == set()


def test_readers_count_and_sniff(jsonl: Path, tmp_path: Path) -> None:
    assert count_records([str(jsonl)]) == 7
    assert count_records([str(jsonl), str(tmp_path / "x.warc.gz")]) is None
    assert len(list(iter_records([str(jsonl)]))) == 7
    assert looks_binary(b"abc\x00def") and not looks_binary("text".encode("utf-16"))

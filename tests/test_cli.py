"""``cleanarticle [FILE...]`` end to end, through ``python -m cleanarticle`` in a subprocess."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from cleanarticle import Article, clean
from cleanarticle.cli import main

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_43b47fde1605b465.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "cleanarticle", *args],
        input=stdin,
        capture_output=True,
        timeout=60,
        check=False,
    )
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    )


def _paragraphs(seed: str) -> list[str]:
    lines = [ln.strip() for ln in seed.splitlines() if ln.strip()]
    first = next(i for i, ln in enumerate(lines) if ln.startswith("TBILISI"))
    return lines[first : first + 11]


def test_seed_body_is_the_eleven_paragraphs(seed_text: str) -> None:
    result = run(str(SEED))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "\n\n".join(_paragraphs(seed_text)) + "\n"
    assert result.stderr == ""


def test_seed_json_round_trips_through_from_dict(seed_text: str) -> None:
    result = run("--format", "json", str(SEED))
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 1
    article = Article.from_dict(json.loads(result.stdout))
    assert article == clean(seed_text)
    assert [b.text for b in article.paragraphs] == _paragraphs(seed_text)


def test_explain_plain_lists_removed_categories_and_rule_ids() -> None:
    result = run("--explain", str(SEED))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "\x1b" not in out  # stdout is a pipe: no colour
    assert "- [donation] Support us   (en.donation.support_us, en.donation.support_button)" in out
    assert "- [donation] paiment methods   (en.donation.payment_methods)" in out
    assert "- [related] Read more   (en.related.heading)" in out
    assert "- [advertisement] " in out
    assert "T Amnesty International Raps Azerbaijan on Freedoms" in out
    assert "+ TBILISI — Azerbaijan must act urgently" in out
    assert len(out.splitlines()) == 24


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_markdown_from_stdin_and_forced_colour(
    seed_text: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, seed_text.encode("utf-8"))
    assert main(["-f", "markdown"]) == 0
    assert capsys.readouterr().out.startswith(
        "# Amnesty International Raps Azerbaijan on Freedoms\n\nTBILISI — "
    )
    _stdin(monkeypatch, seed_text.encode("utf-8"))
    assert main(["--explain", "--color", "always", "-"]) == 0
    assert "\x1b[2;31m- [donation] Support us" in capsys.readouterr().out


def test_exit_codes_missing_file_is_1_and_bad_flag_is_2(tmp_path: Path) -> None:
    missing = run(str(tmp_path / "missing.txt"))
    assert missing.returncode == 1
    assert "missing.txt: No such file or directory" in missing.stderr
    bad = run("--no-such-flag")
    assert bad.returncode == 2
    assert "unrecognized arguments" in bad.stderr


def test_help_documents_exit_codes_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "exit codes:" in out and "usage error" in out and "cleanarticle batch --help" in out
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("cleanarticle ")
    assert main(["batch", "--help"]) == 0
    assert "--resume" in capsys.readouterr().out


def test_several_files_as_json_lines_html_gz_and_binary(
    tmp_path: Path, seed_text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html.gz"
    html = "<html><head><title>T</title></head><body><article>"
    html += "".join(f"<p>{p}</p>" for p in _paragraphs(seed_text)) + "</article></body></html>"
    page.write_bytes(gzip.compress(html.encode("utf-8")))
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    assert main(["-f", "json", str(SEED), str(page), str(binary), str(tmp_path / "gone.txt")]) == 1
    captured = capsys.readouterr()
    assert "blob.txt: binary data" in captured.err and "gone.txt: No such file" in captured.err
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert [d["input_format"] for d in lines] == ["text", "html"]
    assert "Amnesty International said Wednesday" in lines[1]["body"]
    assert main([str(SEED), str(page)]) == 0  # text: each output headed by its file name
    out = capsys.readouterr().out
    assert out.startswith(f"==> {SEED} <==\nTBILISI") and f"\n\n==> {page} <==\nTBILISI" in out


def test_main_in_process_returns_codes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["--lang", "zz", str(SEED)]) == 2
    assert "known:" in capsys.readouterr().err
    assert main(["--explain", "--format", "json", str(SEED)]) == 2
    assert main(["--url", "http://x.test/", str(SEED), str(SEED)]) == 2
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert main([str(empty)]) == 0  # no article is a result, not a failure
    captured = capsys.readouterr()
    assert "no text" in captured.err
    assert main(["--input", "text", "--url", "http://x.test/a", "-f", "json", str(SEED)]) == 0
    assert json.loads(capsys.readouterr().out)["url"] == "http://x.test/a"

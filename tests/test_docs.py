"""The documentation stays true: the generated rule reference is current, the README's quickstart runs."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import re
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _gen_rules() -> ModuleType:
    path = ROOT / "docs" / "gen_rules.py"
    spec = importlib.util.spec_from_file_location("gen_rules", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rule_reference_is_current() -> None:
    gen_rules = _gen_rules()
    assert gen_rules.is_current(), "docs/rules.md is out of date: run `python docs/gen_rules.py`"
    assert gen_rules.main(["--check"]) == 0


def test_check_mode_fails_on_a_stale_file(tmp_path: Path) -> None:
    stale = tmp_path / "rules.md"
    stale.write_text("# Rule reference\n", encoding="utf-8")
    assert _gen_rules().main(["--check", "--output", str(stale)]) == 1


def test_table_cells_escape_pipes() -> None:
    assert _gen_rules().cell("Credit card | PayPal\nBank") == "Credit card \\| PayPal Bank"


def test_readme_quickstart_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"^```python\n(.*?)^```", readme, re.MULTILINE | re.DOTALL)
    assert match, "README.md has no ```python block"
    monkeypatch.chdir(ROOT)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(match.group(1), "README.md", "exec"), {"__name__": "__readme__"})
    printed = out.getvalue()
    assert "Amnesty International Raps Azerbaijan on Freedoms" in printed
    assert "paiment methods" in printed


def test_index_shows_the_seed_as_it_comes_out() -> None:
    from cleanarticle import clean

    index = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    article = clean((ROOT / "seeds" / "000_43b47fde1605b465.txt").read_text(encoding="utf-8"))
    for block in article.removed:
        line = f"[{block.category}] {block.text[:50]!r} <- {', '.join(block.rule_ids)}"
        assert line in index, f"docs/index.md shows another result for {block.text[:40]!r}"
    assert article.body in index

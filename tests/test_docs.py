"""Docs that cannot go stale: the generated reference matches the code, and the hand-written
docs name what the code has (the model: Datasette's tests/test_docs.py)."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from luoshi import docs
from luoshi.engine import cli

pytestmark = pytest.mark.engine

ROOT = Path(__file__).resolve().parent.parent
GENERATED = docs.generate()


@pytest.mark.parametrize("page", sorted(docs.PAGES))
def test_generated_reference_is_current(page):
    on_disk = (ROOT / "docs" / "reference" / page)
    assert on_disk.exists() and on_disk.read_text(encoding="utf-8") == GENERATED[page], (
        f"docs/reference/{page} is stale: run `python -m luoshi.docs` and commit the result")


def test_generating_imports_no_django():
    code = "import sys, luoshi.docs; luoshi.docs.generate(); print('django' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("command", sorted(cli.COMMANDS))
def test_every_command_has_a_section_in_the_cli_guide(command):
    assert re.search(rf"^## `luoshi {command}\b", (ROOT / "docs" / "cli.md").read_text(encoding="utf-8"), re.M)


ENGINE = ROOT / "luoshi" / "engine"
MODULES = sorted(p.name for p in ENGINE.glob("*.py") if p.name != "__init__.py") + ["tables/", "verify/"] + sorted(
    f"verify/{p.name}" for p in (ENGINE / "verify").glob("*.py") if p.name != "__init__.py")


@pytest.mark.parametrize("module", MODULES)
def test_every_engine_module_is_in_the_architecture(module):
    architecture = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert f"`{module}`" in architecture, f"docs/architecture.md does not describe luoshi/engine/{module}"


@pytest.mark.parametrize("data", sorted(p.name for p in (ENGINE / "data").iterdir()))
def test_every_data_file_is_in_the_architecture(data):
    assert f"data/{data}" in (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")


# The web apps' actions and services, each module or package by name (as `services/x.py`,
# `x.py` or `x/` in a table row): a new one cannot land undescribed.
LAYERED = sorted(
    str(p.relative_to(ROOT / "luoshi")) for layer in ("core/actions", "supervision/actions", "supervision/services")
    for p in (ROOT / "luoshi" / layer).iterdir()
    if (p.suffix == ".py" and p.name != "__init__.py") or (p / "__init__.py").exists())


@pytest.mark.parametrize("module", LAYERED)
def test_every_action_and_service_module_is_in_the_architecture(module):
    name = Path(module).name
    pattern = rf"[`/]{re.escape(name)}/" if not name.endswith(".py") else rf"[`/]{re.escape(name)}`"
    assert re.search(pattern, (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")), (
        f"docs/architecture.md does not describe luoshi/{module}")


def test_every_status_rule_is_explained_in_the_status_guide():
    from luoshi.engine import rules

    guide = (ROOT / "docs" / "status-rules.md").read_text(encoding="utf-8")
    assert [name for name in rules.RULE_CLASSES if f"`{name}`" not in guide] == []

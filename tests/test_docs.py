"""Docs that cannot go stale: the generated reference matches the code, and the hand-written
docs name what the code has (the model: Datasette's tests/test_docs.py)."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from luoshi import docs
from luoshi.engine import cli, kinds, parts, tables
from luoshi.engine.model import COLUMNS, Section, Sentence

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
MODULES = sorted(p.name for p in ENGINE.glob("*.py") if p.name != "__init__.py") + ["tables/", "verify/", "rules/", "linking/", "tasks/"] + sorted(
    f"{package}/{p.name}" for package in ("verify", "rules", "linking", "tasks") for p in (ENGINE / package).glob("*.py")
    if p.name != "__init__.py")


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
    from luoshi.engine.rules.verdict import RULE_CLASSES

    guide = (ROOT / "docs" / "status-rules.md").read_text(encoding="utf-8")
    assert [name for name in RULE_CLASSES if f"`{name}`" not in guide] == []


# The read command's JSON (docs/cli.md): every field a section or a sentence carries, and every
# part role a section or sentence can take (parts.ROLES), named where the guide describes them.
# (The audit found the guide listing three roles of nine, and no `five_year`.)
def _read_json_guide() -> str:
    guide = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    return guide[guide.index("## `luoshi read"):guide.index("## `luoshi tasks")]


@pytest.mark.parametrize("role", sorted(parts.ROLES))
def test_every_part_role_is_in_the_cli_guide(role):
    bullet = re.search(r"^- `sections\[\]\.level`.*(?:\n  .*)*", _read_json_guide(), re.M).group(0)
    assert f"`{role}`" in bullet, f"docs/cli.md's `role` list lacks {role} (parts.ROLES)"


@pytest.mark.parametrize("key", sorted({f"sections[].{k}" for k in Section(0, "").to_json()}
                                       | {f"sentences[].{k}" for k in Sentence("", 0, 0).to_json()}))
def test_every_section_and_sentence_field_is_in_the_cli_guide(key):
    owner, field = key.split("[].")
    guide = _read_json_guide()
    example = guide[guide.index(f'"{owner}": [{{'):]
    example = example[:example.index("}]")]
    assert f'"{field}"' in example or f"`{owner}[].{field}`" in guide, f"docs/cli.md does not describe {key}"


def _bullet(name: str) -> str:
    """The read guide's bullet on ``name`` (`kind`, `tables[].layout` …) with its continuation lines."""
    return re.search(rf"^- `{re.escape(name)}`.*(?:\n  .*)*", _read_json_guide(), re.M).group(0)


@pytest.mark.parametrize("kind", sorted(kinds.KINDS) + ["unknown"])
def test_every_document_kind_is_in_the_cli_guide(kind):
    assert f"`{kind}`" in _bullet("kind"), f"docs/cli.md's `kind` list lacks {kind} (kinds.KINDS)"


@pytest.mark.parametrize("layout", sorted(m.__name__.rsplit(".", 1)[1] for m in tables._layouts()) + ["grid"])
def test_every_table_layout_is_in_the_cli_guide_and_the_architecture(layout):
    assert f"`{layout}`" in _bullet("tables[].layout"), f"docs/cli.md's `layout` list lacks {layout}"
    row = next(x for x in (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8").splitlines()
               if x.startswith("| `tables/` |"))
    assert f"`{layout}`" in row, f"docs/architecture.md's tables/ row lacks {layout}"


@pytest.mark.parametrize("column", COLUMNS)
def test_every_column_is_in_the_cli_guide(column):
    assert re.search(rf"[ `]{column}[,`]", _bullet("tables[].columns")), f"docs/cli.md's column list lacks {column}"

"""The house rules, checked over the source: who may write, which way imports go, no cycles.

Every change goes through an action (``do_<verb>_<noun>(…, *, acting_user)``
in an ``actions`` package, see luoshi/core/actions/__init__.py) that records
its audit event in the same transaction; nothing else writes to the database.
"""

from __future__ import annotations

import ast
import inspect
from importlib import import_module
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "luoshi"

# Calls that write whatever they are called on (a manager, a queryset, a related manager).
ALWAYS_WRITES = {"create", "get_or_create", "update_or_create", "bulk_create", "bulk_update"}
# Calls that write when called with no positional argument (model.save(), model.delete(),
# queryset.delete()); openpyxl's and python-docx's save(path) take one.
WRITES_WITHOUT_ARGS = {"save", "delete"}
# Calls that write on a queryset (Model.objects…filter(…).update(…)), not on a dict.
QUERYSET_WRITES = {"update", "delete"}
# A many-to-many field's writes: task.lead.set(…), plan.documents.add(…).
RELATED_WRITES = {"set", "add", "remove", "clear"}

# Where writing is the point: actions, migrations, the audit log's own append.
WRITERS = ("luoshi/core/actions/", "luoshi/supervision/actions/", "/migrations/")
ALLOWED = {
    "luoshi/core/audit.py": "appends the audit event an action asks for, in the action's transaction",
    "luoshi/core/models.py": "a model's own save() (the audit event's append-only guard)",
}
# Files that still write outside an action: each is converted by issue 12 and then leaves the list.
LEGACY: set[str] = set()


def _sources():
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path.relative_to(ROOT).as_posix(), path


def _receiver_is_queryset(node: ast.expr) -> bool:
    """Model.objects / Model.objects.filter(…) / qs.all() — not a dict or a Counter."""
    if isinstance(node, ast.Attribute):
        return node.attr == "objects"
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr in {"filter", "exclude", "all", "select_for_update", "objects", "none"} or (
            _receiver_is_queryset(node.func.value))
    return False


def writes_in(source: str) -> list[tuple[int, str]]:
    """(line, call) of every database write the source makes."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        name, receiver = node.func.attr, node.func.value
        if (name in ALWAYS_WRITES
                or (name in WRITES_WITHOUT_ARGS and not node.args)
                or (name in QUERYSET_WRITES and _receiver_is_queryset(receiver))
                or (name in RELATED_WRITES and isinstance(receiver, ast.Attribute)
                    and isinstance(receiver.value, ast.Name) and receiver.value.id not in {"self", "cls"})):
            found.append((node.lineno, ast.unparse(node.func)))
    return found


@pytest.mark.parametrize("source,expected", [
    ("Task.objects.create(text='x')", ["Task.objects.create"]),
    ("task.save(update_fields=['x'])", ["task.save"]),
    ("wb.save(out)", []),                                     # openpyxl / python-docx: a file
    ("Task.objects.filter(pk=1).update(done=True)", ["Task.objects.filter(pk=1).update"]),
    ("counts.update(Counter(x))", []),                        # a dict
    ("task.lead.set(orgs)", ["task.lead.set"]),
    ("seen.add(1)", []),
    ("plan.documents.add(doc)", ["plan.documents.add"]),
    ("Task.objects.all().delete()", ["Task.objects.all().delete"]),
    ("Honour.objects.bulk_create(rows)", ["Honour.objects.bulk_create"]),
])
def test_the_write_finder(source, expected):
    assert [call for _line, call in writes_in(source)] == expected


def test_nothing_writes_outside_an_action():
    outside, converted = [], []
    for rel, path in _sources():
        if any(part in f"/{rel}" for part in WRITERS) or rel in ALLOWED:
            continue
        found = writes_in(path.read_text(encoding="utf-8"))
        if rel in LEGACY:
            if not found:
                converted.append(rel)
            continue
        outside += [f"{rel}:{line} {call}" for line, call in found]
    assert outside == [], "write through an action (luoshi/*/actions/, docs/extending.md)"
    assert converted == [], "these files write nothing any more: take them off LEGACY"


def _action_modules():
    for rel, path in _sources():
        if "/actions/" in rel:
            yield rel, path


def test_every_action_is_one_transaction_with_acting_user_and_its_audit_event():
    from luoshi.core.actions import action

    assert _action_modules(), "no actions package found"
    problems = []
    for rel, path in _action_modules():
        module = import_module(rel[:-3].replace("/", ".").removesuffix(".__init__"))
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if not (isinstance(node, ast.FunctionDef) and node.name.startswith("do_")):
                continue
            fn = getattr(module, node.name)
            if not getattr(fn, "is_action", False):
                problems.append(f"{rel}: {node.name} is not decorated with @action")
                continue
            params = inspect.signature(fn).parameters
            assert params["acting_user"].kind is inspect.Parameter.KEYWORD_ONLY
            calls = {ast.unparse(n.func) for n in ast.walk(node) if isinstance(n, ast.Call)}
            if not {"audit.record", "audit.record_many"} & calls and not any(c.split(".")[-1].startswith("do_") for c in calls):
                problems.append(f"{rel}: {node.name} records no audit event (audit.record or another do_ action)")
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name.startswith("do_") and node.name != node.name.lower():
                problems.append(f"{rel}: {node.name}")
    assert problems == []
    with pytest.raises(TypeError):
        action(lambda acting_user: None)                     # acting_user must be keyword-only


# --- imports ---------------------------------------------------------------------------

def _module_name(rel: str) -> str:
    return rel[:-3].replace("/", ".").removesuffix(".__init__")


MODULES = {_module_name(rel): path for rel, path in _sources() if "/migrations/" not in rel}


def _imports(module: str, path: Path, *, local: bool = True) -> set[str]:
    """The luoshi modules ``module`` imports (function-local imports too unless ``local=False``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found = set()
    for node in (ast.walk(tree) if local else tree.body):
        targets = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[:len(parts) - node.level + 1] + ([node.module] if node.module else []))
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names]
        for target in targets:
            while target and target not in MODULES:
                target = target.rpartition(".")[0]
            if target and target != module:
                found.add(target)
    return found


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    return sorted(found)


def test_the_cycle_finder():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


KNOWN_CYCLES: list[list[str]] = []


def test_no_import_cycle_even_through_function_local_imports():
    graph = {m: _imports(m, p) for m, p in MODULES.items()}
    assert _cycles(graph) == KNOWN_CYCLES


def test_the_engine_imports_no_web_code():
    for module, path in MODULES.items():
        if module.startswith("luoshi.engine"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                         else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
                for name in names:
                    assert not name.startswith(("django", "luoshi.core", "luoshi.supervision", "luoshi.web")), (
                        f"{module} imports {name}")


def test_actions_are_called_not_imported_by_services_and_models():
    """Layers: views / API / commands / jobs → actions → services → models and the engine."""
    wrong = set()
    for module, path in MODULES.items():
        if ".services" in module or module.endswith(".models"):
            if any(".actions." in t for t in _imports(module, path)):
                wrong.add(module)
    assert wrong == set(SERVICES_CALLING_ACTIONS)


SERVICES_CALLING_ACTIONS: dict[str, str] = {}


# Services that mix concerns are packages with one module per concern; the import preview is
# split by document kind, and a kind's module reads only its own kind (what they share is in
# ``common``; ``preview`` alone chooses among them).
IMPORT_KINDS = ("plan", "progress", "awards")


def test_import_kinds_stand_apart():
    package = "luoshi.supervision.services.imports"
    kinds = {f"{package}.{k}" for k in IMPORT_KINDS}
    assert kinds <= set(MODULES), "services/imports/ no longer has one module per document kind"
    crossing = {m: sorted(t for t in _imports(m, MODULES[m]) if t in kinds) for m in kinds}
    assert {m: ts for m, ts in crossing.items() if ts} == {}
    assert _imports(f"{package}.preview", MODULES[f"{package}.preview"]) >= kinds


# --- at run time: every write of a user's request happens inside an action ----------------

WRITE_SQL = ("INSERT", "UPDATE", "DELETE")
# Tables written by the framework or as a record of what happened, not as a user's change:
# sessions, a login's last_login, login throttling (axes), the audit log itself (also written by
# the login and download signals), the job queue.
NOT_CHANGES = ("django_session", '"last_login"', "axes_", "core_auditevent", "core_auditchainhead",
               "django_tasks")


@pytest.fixture
def writes_outside_actions(db):
    """The SQL writes to the application's tables made while no action was running."""
    from django.db import connection

    from luoshi.core.actions import in_action

    found = []

    def watch(execute, sql, params, many, context):
        words = sql.lstrip().split(None, 3)
        if words and words[0].upper() in WRITE_SQL and not in_action():
            statement = sql.lower()
            if not any(t in statement for t in NOT_CHANGES):
                found.append(sql[:120])
        return execute(sql, params, many, context)

    with connection.execute_wrapper(watch):
        yield found


def test_the_reporting_cycle_writes_only_through_actions(client, writes_outside_actions):
    from django.urls import reverse

    from luoshi.core.models import Organisation
    from luoshi.supervision.models import Plan, Submission
    from luoshi.supervision.services import plans

    plan = Plan.objects.get(title="上城区2020年政府工作报告重点工作")
    period = plans.current_period(plan)
    org = Organisation.objects.get(name="区发改经信局")
    task = plan.tasks.filter(lead=org).order_by("order").first()
    assert client.login(username="reporter", password="luoshi-demo")
    url = reverse("portal_report", args=[task.pk, period.pk])
    assert client.post(url, {"narrative": "项目前期准备基本完成。", "action": "save"}).status_code == 302
    assert client.post(url, {"narrative": "项目已全部完成。", "action": "submit"}).status_code == 302
    sub = Submission.objects.get(task=task, period=period, organisation=org, state="submitted")
    assert client.login(username="office", password="luoshi-demo")
    r = client.post(reverse("review_submission", args=[sub.pk]), {"action": "accept", "comment": ""})
    assert r.status_code == 302
    r = client.post(reverse("warning_rules"), {"name": "测试规则", "colour": "red", "order": 5,
                                               "statuses": ["behind"], "min_gap": "", "active": "on"})
    assert r.status_code == 302
    assert client.post(reverse("period_close", args=[period.pk])).status_code == 302
    assert writes_outside_actions == []


# --- layers ---------------------------------------------------------------------------------

def test_the_web_layer_reaches_the_engine_only_through_its_api():
    wrong = []
    for module, path in MODULES.items():
        if module.startswith(("luoshi.core", "luoshi.supervision", "luoshi.web")):
            wrong += [f"{module} → {t}" for t in _imports(module, path)
                      if t.startswith("luoshi.engine") and t != "luoshi.engine.api"]
    assert wrong == []


# The reference generator documents the engine's own tables (the CLI parser, the layouts, the
# pace wording) from the objects themselves, so they cannot drift: it may read them.
PRIVATE_READERS = {"luoshi/docs.py"}


def _private_reach_ins(rel: str, path: Path) -> list[str]:
    """Private names (``_x``) a module takes from a luoshi module of another package."""
    module = _module_name(rel)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found, aliases = [], {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[:len(parts) - node.level + 1] + ([node.module] if node.module else []))
            if not base.startswith("luoshi"):
                continue
            for a in node.names:
                target = f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base
                home = target if target in MODULES and MODULES[target].name == "__init__.py" else (
                    target.rpartition(".")[0])
                if a.name.startswith("_") and not a.name.startswith("__") and home != package:
                    found.append(f"{rel}:{node.lineno} {base}.{a.name}")
                if target in MODULES:
                    aliases[a.asname or a.name] = target
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__")
                and isinstance(node.value, ast.Name) and node.value.id in aliases):
            target = aliases[node.value.id]
            home = target if MODULES[target].name == "__init__.py" else target.rpartition(".")[0]
            if home != package:
                found.append(f"{rel}:{node.lineno} {node.value.id}.{node.attr}")
    return found


def test_no_module_reaches_into_another_packages_private_names():
    found = []
    for rel, path in _sources():
        if "/migrations/" not in rel and rel not in PRIVATE_READERS:
            found += _private_reach_ins(rel, path)
    assert found == []
    assert _private_reach_ins("luoshi/docs.py", ROOT / "luoshi/docs.py"), "PRIVATE_READERS is stale"


def _unscoped_locks(source: str) -> list[int]:
    """Lines of select_for_update() calls that do not name what they lock (``of=``)."""
    return [node.lineno for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "select_for_update" and not any(k.arg == "of" for k in node.keywords)]


def test_the_lock_finder():
    assert _unscoped_locks("Task.objects.select_for_update().get(pk=1)") == [1]
    assert _unscoped_locks("Task.objects.select_for_update(of=('self',)).get(pk=1)") == []


def test_every_row_lock_names_its_row():
    """A plain FOR UPDATE locks every row of every joined table: the managers that hide
    withdrawn rows join the plan (and an assessment's its task, plan and period), so on
    PostgreSQL every change to one task, period or verdict waited for all others in its plan.
    ``select_for_update(of=("self",))`` locks the row being changed only."""
    found = [f"{rel}:{line}" for rel, path in _sources() if "/migrations/" not in rel
             for line in _unscoped_locks(path.read_text(encoding="utf-8"))]
    assert found == []

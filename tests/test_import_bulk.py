"""Imports in bulk (批量导入): confirming a plan or a progress table of thousands of rows takes a
fixed number of queries, whatever the number of rows, and keeps every rule of the row-by-row
path: one audit chain with an event per change, a person's override carried (never
overwritten), versions that follow one another, units created only on confirm."""

import importlib.util
from collections import Counter
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from luoshi.core import audit
from luoshi.core.actions.documents import import_document
from luoshi.core.models import AuditEvent, Organisation
from luoshi.engine import api
from luoshi.supervision.actions import assessments as assessment_actions
from luoshi.supervision.actions import imports as import_actions
from luoshi.supervision.actions import periods as period_actions
from luoshi.supervision.actions import plans as plan_actions
from luoshi.supervision.models import Assessment, Override, Plan, Submission, TargetVersion, TaskLink
from luoshi.supervision.services import plans
from luoshi.supervision.services.plans import ProgressPreview

from .demo import office_user

pytestmark = pytest.mark.django_db

# bench/imports.py's table of the sample decomposition's rows (the bench is no package)
_spec = importlib.util.spec_from_file_location("bench_imports", Path(__file__).resolve().parent.parent / "bench" / "imports.py")
bench_imports = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_imports)
UNITS = ["区财政局", "区教育局", "区商务局", "区城管局"]


def engine_tasks(n: int, units: bool = True) -> list[api.Task]:
    out = []
    for i in range(1, n + 1):
        text = f"第{i}号片区新建口袋公园{i % 7 + 2}个，改造老旧小区{i % 5 + 1}个"
        indicators, milestones = api.parse_indicators(text)
        out.append(api.Task(id=f"T{i}", source={"row": i}, text=text, name=f"片区建设{i}",
                            lead=[UNITS[i % len(UNITS)]] if units else [],
                            cooperating=[UNITS[(i + 1) % len(UNITS)]] if units else [],
                            target_class="A", indicators=indicators, milestones=milestones))
    return out


def make_plan(n: int, tag: str, units: bool = True):
    user = office_user()
    document = import_document(f"{tag} 分解表 {n}\n".encode(), f"{tag}-{n}.txt", user).document
    plan = plan_actions.do_create_plan(document, 2031, f"{tag}{n}", found=engine_tasks(n, units),
                                       acting_user=user)
    period = period_actions.do_create_periods(plan, "half_yearly", acting_user=user)[0]
    return plan, period


def progress(plan, n: int, codes: list[str] | None = None, units: str = "") -> tuple:
    codes = codes or [f"T{i}" for i in range(1, n + 1)]
    rows = []
    for row, code in enumerate(codes, 1):
        prow = api.parse_progress(f"已建成口袋公园{row % 4}个，完成改造{row % 3}个，正在施工。", task=code, row=row)
        prow.units = units
        rows.append(prow)
    document = import_document(f"进展 {plan.pk} {len(codes)} {units}\n".encode(), f"p{plan.pk}-{n}.txt",
                               office_user()).document
    return document, ProgressPreview(rows, [(code, 0.9, "sure", []) for code in codes])


def queries(fn) -> tuple[list[str], object]:
    with CaptureQueriesContext(connection) as ctx:
        result = fn()
    return [q["sql"] for q in ctx.captured_queries], result


def by_kind(sqls: list[str]) -> tuple[int, int]:
    """(statements other than INSERT, INSERT statements): SQLite splits a bulk insert into
    batches of 999 parameters, so only the first number can be exactly the same."""
    inserts = sum(s.lstrip().upper().startswith("INSERT") for s in sqls)
    return len(sqls) - inserts, inserts


def test_plan_confirm_takes_the_same_queries_for_50_and_500_tasks():
    user = office_user()
    counts = {}
    for n in (50, 500):
        document = import_document(f"分解表 {n}\n".encode(), f"plan-{n}.txt", user).document
        sqls, plan = queries(lambda n=n, document=document: plan_actions.do_create_plan(
            document, 2031, f"批量{n}", found=engine_tasks(n), acting_user=user))
        assert plan.tasks.count() == n
        assert TargetVersion.objects.filter(task__plan=plan).count() == n
        counts[n] = by_kind(sqls)
    assert counts[50][0] == counts[500][0], counts
    assert counts[500][1] <= 500 / 10, counts


def test_progress_confirm_takes_the_same_queries_for_50_and_500_rows():
    counts = {}
    for n in (50, 500):
        plan, period = make_plan(n, "进展")
        document, preview = progress(plan, n)
        sqls, made = queries(lambda plan=plan, period=period, document=document, preview=preview:
                             plan_actions.do_import_progress(document, plan, period, preview=preview,
                                                             acting_user=office_user()))
        assert len(made) == n
        assert Assessment.objects.filter(period=period, current=True).count() == n
        assert TaskLink.objects.filter(document=document).count() == n
        counts[n] = by_kind(sqls)
    assert counts[50][0] == counts[500][0], counts
    assert counts[500][1] <= 500 / 10, counts
    assert audit.verify(anchors=[]).ok


def test_a_task_reported_twice_gets_two_versions_and_one_current_verdict():
    plan, period = make_plan(5, "两次")
    document, preview = progress(plan, 5, codes=["T1", "T2", "T1", "T3", "T1"])
    made = plan_actions.do_import_progress(document, plan, period, preview=preview, acting_user=office_user())
    assert [s.source_row for s in made] == [1, 2, 3, 4, 5]
    t1 = Submission.objects.filter(task__code="T1", task__plan=plan).order_by("version")
    assert [s.version for s in t1] == [1, 2, 3]
    assert [s.supersedes_id for s in t1] == [None, t1[0].pk, t1[1].pk]
    current = Assessment.objects.filter(task__code="T1", task__plan=plan, current=True)
    assert [a.submission_id for a in current] == [t1[2].pk]


def test_an_override_is_carried_not_overwritten_with_its_event():
    plan, period = make_plan(3, "人工")
    user = office_user()
    first, preview = progress(plan, 3)
    plan_actions.do_import_progress(first, plan, period, preview=preview, acting_user=user)
    before = Assessment.objects.get(task__code="T2", task__plan=plan, current=True)
    decision = assessment_actions.do_override_assessment(before, "completed", 100, "现场核实已完成",
                                                         acting_user=user)
    second, preview = progress(plan, 3, units="again")
    plan_actions.do_import_progress(second, plan, period, preview=preview, acting_user=user)
    now = Assessment.objects.get(task__code="T2", task__plan=plan, current=True)
    assert now.pk != before.pk and now.effective_status == "completed"
    carried = Override.objects.get(assessment=now)
    assert carried.carried_from_id == decision.pk and carried.reason == "现场核实已完成"
    assert Override.objects.get(pk=decision.pk).assessment_id == before.pk     # the original stays
    assert AuditEvent.objects.filter(action="override.carry", object_id=str(now.pk)).count() == 1
    assert Submission.objects.get(task__code="T2", task__plan=plan, source_document=second).version == 2
    assert audit.verify(anchors=[]).ok


def test_units_from_the_table_are_given_to_tasks_without_units_one_event_each():
    plan, period = make_plan(4, "无单位", units=False)
    document, preview = progress(plan, 4, codes=["T1", "T2", "T1", "T4"], units="区教育局、区商务局")
    orgs = Organisation.objects.count()
    made = plan_actions.do_import_progress(document, plan, period, preview=preview, acting_user=office_user())
    assert Organisation.objects.count() == orgs          # both units known: nothing created
    assert len(made) == 4
    for code in ("T1", "T2", "T4"):
        task = plan.tasks.get(code=code)
        assert [o.name for o in task.lead.all()] == ["区教育局"]
        assert [o.name for o in task.cooperating.all()] == ["区商务局"]
    assert set(Submission.objects.filter(source_document=document).values_list("organisation__name", flat=True)) \
        == {"区教育局"}
    events = AuditEvent.objects.filter(action="task.units_assign", object_id__in=[
        str(t.pk) for t in plan.tasks.all()])
    assert events.count() == 3
    assert audit.verify(anchors=[]).ok


def test_record_many_chains_like_record_and_anchors_on_its_positions(settings, tmp_path,
                                                                    django_capture_on_commit_callbacks):
    settings.LUOSHI_AUDIT_ANCHOR_EVERY = 3
    settings.LUOSHI_AUDIT_ANCHOR_FILE = str(tmp_path / "anchors.jsonl")
    user = office_user()
    plan, _ = make_plan(1, "链")
    before = AuditEvent.objects.count()
    audit.record(user, "test.one", plan, detail={"k": 0})
    with django_capture_on_commit_callbacks(execute=True):
        made = audit.record_many(user, [("test.many", plan, {"k": k}) for k in range(1, 8)])
    audit.record(user, "test.one", plan, detail={"k": 8})
    events = list(AuditEvent.objects.order_by("id")[before:])
    assert [e.detail["k"] for e in events] == list(range(9))
    assert [e.pk for e in events[1:8]] == [e.pk for e in made]
    assert all(b.previous_hash == a.hash for a, b in zip(events, events[1:], strict=False))
    assert audit.verify(anchors=[]).ok
    anchored = audit.read_anchors()
    position = {e.pk: n for n, e in enumerate(AuditEvent.objects.order_by("id"), 1)}
    assert [a["count"] for a in anchored] == [position[e.pk] for e in made if position[e.pk] % 3 == 0]
    assert all(a["hash"] == AuditEvent.objects.get(pk=a["last_id"]).hash for a in anchored)


def decomposition(n: int, corrected: bool = False, drop: int = 0, skip: int = 0) -> bytes:
    """A decomposition table of ``n`` rows from the sample's first annex (a 片区 number making
    each row a task of its own); ``corrected``: its next version, every row's 指标要求 changed
    and every third row led by another unit; ``drop``, ``skip``: its last, first rows left out."""
    head, rows = bench_imports.decomposition_rows()
    out = list(head)
    for i in range(skip, n - drop):
        cells = rows[i % len(rows)].split(" | ")
        cells[0], cells[1] = str(i + 1), f"{cells[1]}（第{i // len(rows) + 1}片区）"
        if corrected:
            cells[2] = f"{cells[2]}，并于年底前全面完成"
            if i % 3 == 0:
                cells[3] = "区财政局" if cells[3] != "区财政局" else "区商务局"
        out.append(" | ".join(cells))
    return ("\n".join(out) + "\n").encode()


def test_a_corrected_version_takes_the_same_queries_for_15_and_45_tasks():
    """Confirming a corrected version of a plan file: a new target version, units and events for
    every changed task, the tasks no longer in it unpublished, the new ones added, in a fixed
    number of statements whatever the number of tasks (one by one it took about 15 a task)."""
    user = office_user()
    counts = {}
    for n, year in ((15, 2033), (45, 2034)):
        k = n // 5    # the first k rows are gone from the corrected version, the last k are new in it
        first = import_actions.do_start_import(decomposition(n, drop=k), f"分解表{n}.txt", year=year, acting_user=user)
        import_actions.do_confirm_import(first, {"title": f"更正测试{n}"}, acting_user=user)
        plan = Plan.objects.get(title=f"更正测试{n}")
        assert plan.tasks.count() == n - k
        changed = n - 2 * k
        batch = import_actions.do_start_import(decomposition(n, corrected=True, skip=k), f"分解表{n}-更正.txt",
                                               year=year, acting_user=user)
        diff = batch.preview["diff"]
        assert batch.preview["mode"] == "plan_update"
        assert (len(diff["changed"]), len(diff["removed"]), len(diff["added"])) == (changed, k, k)
        before = AuditEvent.objects.count()
        sqls, batch = queries(lambda batch=batch: import_actions.do_confirm_import(batch, {}, acting_user=user))
        result = batch.corrections["result"]
        units = len(range(k, n - k, 3))
        assert (result["changed"], result["units"], result["withdrawn"], result["added"]) == (
            changed, units, k, k), result
        assert TargetVersion.objects.filter(task__plan=plan, version=2).count() == changed
        assert plan.tasks.filter(published=False).count() == k and plan.tasks.count() == n
        task = plan.tasks.filter(target_versions__version=2).order_by("order").first()   # row k: another lead now
        assert task.text == task.current_target.text and task.text.endswith("并于年底前全面完成")
        assert [o.name for o in task.lead.all()] == [task.current_target.facts["lead"][0]] == ["区财政局"]
        new = plan.tasks.order_by("-order").first()
        assert new.order == n and new.lead.exists() and new.current_target.version == 1
        assert new.current_target.facts["file_text"] == new.text and new.source_document_id == batch.document_id
        events = Counter(AuditEvent.objects.order_by("id")[before:].values_list("action", flat=True))
        assert [events[e] for e in ("task.target_change", "task.units_change", "task.withdraw", "task.create")] == [
            changed, units, k, k]
        counts[n] = by_kind(sqls)
    assert counts[15][0] == counts[45][0], counts
    assert audit.verify(anchors=[]).ok


def test_a_progress_table_is_read_once_when_uploaded_not_again_for_its_preview_and_confirm(monkeypatch):
    """For a plan with no work report to quote (a decomposition table's), the rows a preview
    links and a confirm saves are the reading stored at upload: the same rows a new reading
    gives, without reading the file a second and third time."""
    user = office_user()
    data = decomposition(12)
    batch = import_actions.do_start_import(data, "分解表-一次读取.txt", year=2035, acting_user=user)
    import_actions.do_confirm_import(batch, {"title": "一次读取", "frequency": "half_yearly"}, acting_user=user)
    plan = Plan.objects.get(title="一次读取")
    rows = data.decode().splitlines()
    rows = rows[next(i for i, r in enumerate(rows) if r.startswith("序号 |")) + 1:]
    table = ["进展情况表", "序号 | 工作任务 | 进展情况 | 责任单位"] + [
        f"{c[0]} | {c[1]} | 已完成全年目标的{k * 5 + 40}%，正在推进 | {c[3]}"
        for k, c in enumerate(r.split(" | ") for r in rows)]
    progress_data = ("\n".join(table) + "\n").encode()
    fresh = plans.read_progress(import_document(progress_data, "进展-一次读取.txt", user).document, plan)

    def no_second_reading(*args, **kwargs):
        raise AssertionError("the file was read again")

    monkeypatch.setattr(plans, "read_document", no_second_reading)
    batch = import_actions.do_start_import(progress_data, "进展-一次读取.txt", plan=plan,
                                           period=plan.periods.order_by("end").first(), acting_user=user)
    assert [(r["row"], r["task"], r["progress"], r["link"]) for r in batch.preview["rows"]] == [
        (p.row, p.task, p.progress, link[0]) for p, link in zip(fresh.rows, fresh.links, strict=True)]
    batch = import_actions.do_confirm_import(batch, {}, acting_user=user)
    assert batch.corrections["result"]["submissions"] == 12

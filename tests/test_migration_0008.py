"""Migration 0008 (statistics metrics as data) reads each plan's targets in three queries instead
of two per task per metric (issue 16): on a database with data — plans of expected targets and
other tasks in shuffled order, withdrawn tasks, tasks without a version, several versions with
indicators naming the six old metrics or others, odd comparators, figures of codes no target
names — it makes the same metrics, and points the same figures at them, as the per-task walk
it replaced (kept below as the reference).

In a subprocess on a SQLite file of its own: migrated to 0007, filled through the historical
models, the reference's answer taken, then migrated to 0008."""

from __future__ import annotations

from .deploy_servers import production_env, script_json

SCRIPT = r"""
import json, random
import django
django.setup()
from datetime import date
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

import importlib
m0008 = importlib.import_module("luoshi.supervision.migrations.0008_statistic_metrics")
OLD_METRICS = m0008.OLD_METRICS

call_command("migrate", "supervision", "0007", verbosity=0)
apps = MigrationExecutor(connection).loader.project_state(("supervision", "0007_withdraw_release_override")).apps
Plan, Task, TargetVersion, Indicator, Period, Figure = (apps.get_model("supervision", n) for n in (
    "Plan", "Task", "TargetVersion", "Indicator", "ReportingPeriod", "StatisticFigure"))

rnd = random.Random(16)
METRICS = ["地区生产总值", "地区生产总值增长", "生产总值", "服务业增加值", "固定资产投资", "社会消费品零售总额",
           "一般公共预算收入", "新增城镇就业", "新增城镇就业人数", "居民人均可支配收入", "城市书房", ""]
COMPARATORS = [">=", "<=", "=", ">", "≥", "", "between"]
codes = list(OLD_METRICS)
for p in range(5):
    plan = Plan.objects.create(year=2020 + p, title=f"计划{p}")
    period = Period.objects.create(plan=plan, name="上半年", start=date(2020, 1, 1), end=date(2020, 6, 30),
                                   deadline=date(2020, 7, 10))
    for t in range(0 if p == 4 else 40):
        task = Task.objects.create(plan=plan, code=f"T{t}", text="任务", order=rnd.randint(1, 12),
                                   kind=rnd.choice(["expected_target", "task", "task", "livelihood"]),
                                   withdrawn_at=timezone.now() if rnd.random() < 0.15 else None)
        for v in rnd.sample([1, 2, 3], rnd.randint(0, 3)):   # versions made out of order; some none
            tv = TargetVersion.objects.create(task=task, version=v, text="目标")
            for _ in range(rnd.randint(0, 3)):
                Indicator.objects.create(target_version=tv, task=task, metric=rnd.choice(METRICS),
                                         unit=rnd.choice(["%", "亿元", "人", ""]),
                                         comparator=rnd.choice(COMPARATORS),
                                         value=rnd.choice([None, 6.5, 7.0, 1200.0]))
    for code in rnd.sample(codes, 3):
        for version in (1, 2):
            Figure.objects.create(period=period, metric=code, value=rnd.random(), unit=rnd.choice(["%", "亿元"]),
                                  version=version)

# the reference: the per-task walk 0008 did before (two queries per task per metric)
def _target_of(plan, names):
    tasks = Task.objects.filter(plan=plan, withdrawn_at__isnull=True).order_by("order", "id")
    ordered = [t for t in tasks if t.kind == "expected_target"] + [t for t in tasks if t.kind != "expected_target"]
    for task in ordered:
        version = task.target_versions.order_by("-version").first()
        if version is None:
            continue
        for ind in Indicator.objects.filter(target_version=version).order_by("id"):
            if any(name in (ind.metric or "") for name in names):
                return task, ind
    return None, None

expected, figures = [], {}
used = {}
for figure in Figure.objects.select_related("period").order_by("id"):
    used.setdefault((figure.period.plan_id, figure.metric), figure.unit)
for plan in Plan.objects.order_by("id"):
    for order, (code, names) in enumerate(OLD_METRICS.items()):
        task, ind = _target_of(plan, names)
        if task is None and (plan.pk, code) not in used:
            continue
        if ind is not None:
            row = [plan.pk, ind.metric[:200], (ind.unit or "")[:20],
                   ind.comparator if ind.comparator in (">=", "<=", "=") else ">=", ind.value, task.pk, order]
        else:
            row = [plan.pk, names[0], used[(plan.pk, code)], ">=", None, None, order]
        expected.append(row)
        for f in Figure.objects.filter(period__plan=plan, metric=code).values_list("id", flat=True):
            figures[str(f)] = [plan.pk, order]

call_command("migrate", "supervision", "0008", verbosity=0)
apps = MigrationExecutor(connection).loader.project_state(("supervision", "0008_statistic_metrics")).apps
Metric = apps.get_model("supervision", "StatisticMetric")
Figure = apps.get_model("supervision", "StatisticFigure")
got = [list(r) for r in Metric.objects.order_by("plan_id", "order", "id").values_list(
    "plan_id", "name", "unit", "comparator", "target_value", "task_id", "order")]
got_figures = {str(i): [p, o] for i, p, o in Figure.objects.values_list("id", "metric__plan_id", "metric__order")}
print(json.dumps({"expected": expected, "got": got, "figures": figures, "got_figures": got_figures,
                  "tasks": Task.objects.count(), "indicators": Indicator.objects.count()}))
"""


def test_set_based_0008_makes_what_the_per_task_walk_made(tmp_path):
    out = script_json(SCRIPT, production_env(tmp_path))
    assert out["tasks"] > 100 and out["indicators"] > 100
    expected = sorted(out["expected"], key=lambda r: (r[0], r[6]))
    assert len(expected) > 10 and any(r[5] is None for r in expected) and any(r[5] for r in expected)
    assert out["got"] == expected
    assert out["got_figures"] == out["figures"] and len(out["figures"]) == 2 * 3 * 5

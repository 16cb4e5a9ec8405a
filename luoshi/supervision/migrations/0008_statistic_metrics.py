"""Statistics metrics as data (issue 15, item 6): the six fixed metric codes of StatisticFigure become
StatisticMetric rows the office defines per plan.

Existing data moves: every plan gets a metric for each of its targets the six codes used to answer
(a task whose current indicator names 地区生产总值, 服务业增加值 …, expected targets first), and every
figure already entered points to its plan's metric of the same code (created without a task when no
target of the plan names it).  One way only: the codes cannot hold a metric defined later."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

# The old codes and the words that named them (services/statistics.py before this migration).
OLD_METRICS = {
    "gdp": ("地区生产总值", "生产总值"),
    "services": ("服务业增加值",),
    "investment": ("固定资产投资",),
    "retail": ("社会消费品零售总额",),
    "revenue": ("一般公共预算收入",),
    "employment": ("新增城镇就业",),
}


def _walk(Task, TargetVersion, Indicator, plan):
    """The plan's targets in the order a metric is looked for — expected targets first, then the
    rest, each by order and id; withdrawn tasks and tasks without a version left out — each with
    the indicators of its latest version in id order: three queries a plan, however many tasks
    (it was two queries per task per metric, hours on a province-sized database)."""
    tasks = list(Task.objects.filter(plan=plan, withdrawn_at__isnull=True).order_by("order", "id")
                 .values_list("id", "kind"))
    latest = {}
    for task_id, tv_id in (TargetVersion.objects.filter(task__plan=plan).order_by("task_id", "version")
                           .values_list("task_id", "id")):
        latest[task_id] = tv_id                     # the highest version comes last
    indicators = {}
    for row in (Indicator.objects.filter(target_version__task__plan=plan).order_by("id")
                .values_list("target_version_id", "id", "metric", "unit", "comparator", "value")):
        indicators.setdefault(row[0], []).append(row[1:])
    ordered = [t for t in tasks if t[1] == "expected_target"] + [t for t in tasks if t[1] != "expected_target"]
    return [(task_id, indicators.get(latest[task_id], [])) for task_id, _kind in ordered if task_id in latest]


def _target_of(walk, names):
    """(task id, indicator row) of the plan's first target whose current indicator names the metric."""
    for task_id, rows in walk:
        for ind in rows:
            if any(name in (ind[1] or "") for name in names):
                return task_id, ind
    return None, None


def forward(apps, schema_editor):
    Plan = apps.get_model("supervision", "Plan")
    Task = apps.get_model("supervision", "Task")
    TargetVersion = apps.get_model("supervision", "TargetVersion")
    Indicator = apps.get_model("supervision", "Indicator")
    Metric = apps.get_model("supervision", "StatisticMetric")
    Figure = apps.get_model("supervision", "StatisticFigure")
    used = {}
    for plan_id, code, unit in (Figure.objects.order_by("id")
                                .values_list("period__plan_id", "metric", "unit")):
        used.setdefault((plan_id, code), unit)
    for plan in Plan.objects.order_by("id"):
        walk = _walk(Task, TargetVersion, Indicator, plan)
        for order, (code, names) in enumerate(OLD_METRICS.items()):
            task_id, ind = _target_of(walk, names)
            if task_id is None and (plan.pk, code) not in used:
                continue
            if ind is not None:
                _id, metric_name, unit, comparator, value = ind
                metric = Metric.objects.create(plan=plan, name=metric_name[:200], unit=(unit or "")[:20],
                                               comparator=comparator if comparator in (">=", "<=", "=") else ">=",
                                               target_value=value, task_id=task_id, order=order)
            else:
                metric = Metric.objects.create(plan=plan, name=names[0], unit=used[(plan.pk, code)], order=order)
            if (plan.pk, code) in used:
                Figure.objects.filter(period__plan=plan, metric=code).update(metric_def=metric)


class Migration(migrations.Migration):

    dependencies = [
        ('supervision', '0007_withdraw_release_override'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='StatisticMetric',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=200, verbose_name='指标名称')),
                ('unit', models.CharField(max_length=20, verbose_name='单位')),
                ('comparator', models.CharField(choices=[('>=', '不低于（≥）'), ('<=', '不高于（≤）'), ('=', '等于（=）')], default='>=', max_length=2, verbose_name='比较')),
                ('target_value', models.FloatField(blank=True, null=True, verbose_name='目标值')),
                ('order', models.PositiveIntegerField(default=0, verbose_name='顺序')),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('withdrawn_at', models.DateTimeField(blank=True, null=True, verbose_name='停用时间')),
                ('withdraw_reason', models.TextField(blank=True, verbose_name='停用理由')),
                ('created_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('plan', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='statistic_metrics', to='supervision.plan')),
                ('task', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='statistic_metrics', to='supervision.task', verbose_name='对应任务')),
                ('withdrawn_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': '统计指标',
                'verbose_name_plural': '统计指标',
                'ordering': ['plan', 'order', 'id'],
            },
        ),
        migrations.AddField(
            model_name='statisticfigure',
            name='metric_def',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='supervision.statisticmetric'),
        ),
        migrations.RunPython(forward, elidable=False),
        migrations.AlterUniqueTogether(name='statisticfigure', unique_together=set()),
        migrations.RemoveField(model_name='statisticfigure', name='metric'),
        migrations.RenameField(model_name='statisticfigure', old_name='metric_def', new_name='metric'),
        migrations.AlterField(
            model_name='statisticfigure',
            name='metric',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='figures', to='supervision.statisticmetric', verbose_name='指标'),
        ),
        migrations.AlterUniqueTogether(name='statisticfigure', unique_together={('period', 'metric', 'version')}),
    ]

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


def _target_of(Task, Indicator, plan, names):
    """(task, indicator) of the plan's first target whose current indicator names the metric."""
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


def forward(apps, schema_editor):
    Plan = apps.get_model("supervision", "Plan")
    Task = apps.get_model("supervision", "Task")
    Indicator = apps.get_model("supervision", "Indicator")
    Metric = apps.get_model("supervision", "StatisticMetric")
    Figure = apps.get_model("supervision", "StatisticFigure")
    used = {}
    for figure in Figure.objects.select_related("period").order_by("id"):
        used.setdefault((figure.period.plan_id, figure.metric), figure.unit)
    for plan in Plan.objects.order_by("id"):
        for order, (code, names) in enumerate(OLD_METRICS.items()):
            task, ind = _target_of(Task, Indicator, plan, names)
            if task is None and (plan.pk, code) not in used:
                continue
            if ind is not None:
                metric = Metric.objects.create(plan=plan, name=ind.metric[:200], unit=(ind.unit or "")[:20],
                                               comparator=ind.comparator if ind.comparator in (">=", "<=", "=") else ">=",
                                               target_value=ind.value, task=task, order=order)
            else:
                metric = Metric.objects.create(plan=plan, name=names[0], unit=used[(plan.pk, code)], order=order)
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

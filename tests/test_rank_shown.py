"""Rank targets (kind ``rank``) as the office reads and fills them: the import preview and exports show the place
as the report wrote it (县域经济综合考核进入全省前十, not ≤10名; 保持全市第一, not 约1名), and a department's figure for one
is written as a report states a place (排名第8) or a move (位次前移2位), which the status rules read."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from django.urls import reverse

from luoshi.supervision.services.formatting import format_indicator
from luoshi.supervision.services.review import figures_text

from .uploads import start_import


@pytest.mark.parametrize(("args", "shown"), [
    (("县域经济综合考核", 10.0, None, "名", "<=", "进入全省前十", "rank"), "县域经济综合考核进入全省前十"),
    (("营商环境评价", 1.0, None, "名", "=", "保持全市第一", "rank"), "营商环境评价保持全市第一"),
    (("高质量发展综合考核", 2.0, None, "位", ">=", "位次前移2位", "rank"), "高质量发展综合考核位次前移2位"),
    # guards: other kinds as before (a count of 名 is no place)
    (("引进高层次人才", 500.0, None, "名", ">=", "", "count"), "引进高层次人才≥500名"),
    (("地区生产总值", 6.0, None, "%", "=", "左右", "growth_rate"), "地区生产总值约6%"),
])
def test_rank_shown_as_written(args, shown):
    assert format_indicator(*args) == shown


@pytest.mark.parametrize(("figure", "text"), [
    ({"metric": "县域经济综合考核", "value": 8.0, "unit": "名", "kind": "rank"}, "县域经济综合考核排名第8。"),
    ({"metric": "高质量发展综合考核", "value": 3.0, "unit": "位", "kind": "rank"}, "高质量发展综合考核位次前移3位。"),
    ({"metric": "地区生产总值", "value": 6.2, "unit": "%", "kind": "growth_rate"}, "地区生产总值增长6.2%。"),   # guard
])
def test_a_rank_figure_written_as_a_report_states_it(figure, text):
    assert figures_text(SimpleNamespace(name="任务"), [figure]) == text


REPORT = """某某县人民政府工作报告

　　一、2035年工作回顾

　　过去一年，全县经济平稳运行。

　　二、2036年工作安排

　　2036年经济社会发展的主要预期目标是：地区生产总值增长6%以上，县域经济综合考核进入全省前十，营商环境评价保持全市第一。

　　（一）扩大有效投资。计划实施重点项目120个。

　　各位代表！让我们团结一心，奋勇前进！
"""


@pytest.mark.django_db
def test_preview_shows_rank_targets_as_written(client):
    from luoshi.supervision.views.imports import _plan_rows

    assert client.login(username="office", password="luoshi-demo")
    batch = start_import(client, "某某县2036年政府工作报告.txt", REPORT.encode("utf-8"), year="2036")
    shown = [i["shown"] for r in _plan_rows(batch) for i in r["indicators"]]
    page = client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    for text in ("县域经济综合考核进入全省前十", "营商环境评价保持全市第一", "地区生产总值≥6%"):
        assert text in shown and text in page, (text, shown)
    assert not any("约1名" in s or "≤10名" in s for s in shown)

"""An unnumbered run-in title's paragraph holding a series of sub-titles (稳住外贸基本盘。拓展新兴市场。组织…。优化外贸服务。
建设…。): the sentence right after the title and at least two more, each short, of one clause, no figure and no verb of a
measure (tasks.report._run_in_sub_titles' ``short``), each followed by a longer sentence that is no such one, are no tasks
but the groups of the sentences after them, as under a numbered heading (issue 10; the sub-titles inside the run-in
paragraphs of a district's speech-like plan).  One or two short sentences after the title (no series, as topics with no
parallel), a short measure (推进…) or a short result (建成…) stay tasks — unless the measure right after one repeats a
content word of it (拓展新兴市场。组织…开拓…市场。): then it is their topic by the lead's decision D19 (stop 60).

Three or more short topics in one paragraph each opening on a modal (要把牢政治方向。…要提升履职效能。…: words.toml
task.modal_topic_open), each followed by a longer sentence, are a series of topics too: no tasks, the groups of the sentences
after them (tasks.topics._topic_sentences; the conduct part of a district's speech-like report).  Two of them stay tasks.

Written for these tests (某某 names) and read before the engine ran on them; guards after."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, tasks
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine

_REPORT = """某某区人民政府工作报告

各位代表：

一、2026年工作回顾

2026年，全区地区生产总值增长6.0%。

二、2027年重点工作

（一）稳中求进，推动经济量质齐升

{body}

（二）民生为本，织密社会保障网

健全社会救助体系。完善低保动态调整机制，新增临时救助对象800人。

各位代表，让我们团结一心，奋勇前进！
"""


def _read(tmp_path, body: str) -> list[tuple[str, str]]:
    (tmp_path / "r.txt").write_text(_REPORT.format(body=body), encoding="utf-8")
    found = [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]
    return [(for_parsing(t.text).strip()[:6], for_parsing(t.heading or t.part).strip().rstrip("。")) for t in found]


@pytest.mark.parametrize("body,want", [
    ("稳住外贸基本盘。拓展新兴市场。组织企业参加境外展会30场，开拓东盟、中东等市场。支持跨境电商发展壮大。"
     "优化外贸服务。建设外贸综合服务平台，为中小企业提供通关、结汇、退税一站式服务。"
     "稳定外资规模。举办专题招商推介会6场，引进外资项目10个。",
     [("组织企业参加", "拓展新兴市场"), ("支持跨境电商", "拓展新兴市场"), ("建设外贸综合", "优化外贸服务"),
      ("举办专题招商", "稳定外资规模")]),
    ("激发消费潜力。做旺城市夜经济。打造夜间消费街区3条，延长商圈营业时间。做强文旅消费。举办美食节、音乐节等活动20场，"
     "推出精品旅游线路10条。做优社区商业。改造提升社区便民商业网点50个。",
     [("打造夜间消费", "做旺城市夜经济"), ("举办美食节、", "做强文旅消费"), ("改造提升社区", "做优社区商业")]),
])
def test_a_series_of_sub_titles_in_an_unnumbered_run_in_paragraph(tmp_path, body, want):
    assert _read(tmp_path, body)[:len(want)] == want


# Guards: paragraphs read as before.
@pytest.mark.parametrize("body,first", [
    # two short sentences only (after the title and once more): no series — but D19 (the lead's decision, stop 60): the
    # measure after 拓展新兴市场。 repeats its content word 市场, so it is their topic, parallel or not (a task before D19)
    ("稳住外贸基本盘。拓展新兴市场。组织企业参加境外展会30场，开拓东盟、中东等市场。优化外贸服务。"
     "建设外贸综合服务平台，为中小企业提供通关、结汇、退税一站式服务。",
     ("组织企业参加", "拓展新兴市场")),
    # one short sentence only after the title: no series; D19 as above, the measure repeating 市场 (a task before D19)
    ("稳住外贸基本盘。拓展新兴市场。组织企业参加境外展会30场，开拓东盟、中东等市场。支持跨境电商发展壮大。",
     ("组织企业参加", "拓展新兴市场")),
    # … and with no content word of it repeated in the measure after it: no series, no D19 topic, it stays a task
    ("稳住外贸基本盘。拓展新兴市场。组织企业参加境外展会30场，开拓东盟、中东等地区客源。支持跨境电商发展壮大。",
     ("拓展新兴市场", "稳住外贸基本盘")),
    # a short measure opening on its verb after the title: no sub-title
    ("稳住外贸基本盘。推进外贸转型。组织企业参加境外展会30场，开拓东盟、中东等市场。优化外贸服务。"
     "建设外贸综合服务平台，为中小企业提供通关、结汇、退税一站式服务。",
     ("推进外贸转型", "稳住外贸基本盘")),
    # a short result after the title: a task
    ("稳住外贸基本盘。建成某某保税仓。组织企业参加境外展会30场，开拓东盟、中东等市场。优化外贸服务。"
     "建设外贸综合服务平台，为中小企业提供通关、结汇、退税一站式服务。",
     ("建成某某保税", "稳住外贸基本盘")),
])
def test_unnumbered_paragraphs_read_as_before(tmp_path, body, first):
    assert _read(tmp_path, body)[0] == first


_CONDUCT = """某某区人民政府工作报告

各位代表：

一、2026年工作回顾

2026年，全区地区生产总值增长6.0%。

二、2027年重点工作

（一）稳住外贸基本盘

组织企业参加境外展会30场，开拓东盟、中东等市场。

三、建设人民满意的政府

新的一年，我们要以更高标准加强政府自身建设。要把牢政治方向。坚持把党的领导贯穿政府工作全过程各方面，严格执行重大事项请示报告制度。要提升履职效能。推行政务服务“一网通办”，企业开办压缩至1个工作日。{third}

各位代表，让我们团结一心，奋勇前进！
"""
_THIRD = "要守住廉洁底线。严格落实中央八项规定精神，持续纠治“四风”，坚决整治群众身边的不正之风。"


def _conduct(tmp_path, third: str) -> list[tuple[str, str]]:
    (tmp_path / "r.txt").write_text(_CONDUCT.format(third=third), encoding="utf-8")
    found = [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]
    return [(for_parsing(t.text).strip()[:6], for_parsing(t.heading).strip()) for t in found]


def test_three_modal_topics_in_a_paragraph_group_their_measures(tmp_path):
    got = _conduct(tmp_path, _THIRD)
    assert ("坚持把党的领", "要把牢政治方向") in got and ("推行政务服务", "要提升履职效能") in got \
        and ("严格落实中央", "要守住廉洁底线") in got
    assert not [start for start, _ in got if start.startswith("要")]


def test_two_modal_topics_stay_tasks(tmp_path):
    """Guard: two such sentences are no series; they stay tasks."""
    got = _conduct(tmp_path, "严格落实中央八项规定精神，持续纠治“四风”，坚决整治群众身边的不正之风。")
    assert [start for start, _ in got if start.startswith("要")] == ["要把牢政治方", "要提升履职效"]

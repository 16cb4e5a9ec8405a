"""Issue 10, task segmentation on import (invented t09–t10's first run).

* A paragraph opening on a short result to check — a result verb (words.toml task.result_lead) with a figure or a
  named work at its end (task.named_work_end) — is a task, not the paragraph's run-in title, and its paragraph is
  no framing of the heading above (structure.is_result_task).  A short topic (扩大有效投资。) stays a title.
* A sentence whose last clause says only how much the work matters (…，意义重大。; words.toml task.importance) is
  no task; the words inside a measure are no such clause.
* In a part with no numbered sub-section, a bold title on its own line is its measures' group (heading).

The reports below were written for these tests (某某 names)."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, tasks
from luoshi.engine.structure import is_result_task

pytestmark = pytest.mark.engine

_HEAD = """某某市政府工作报告
——2026年1月18日在某某市第十六届人民代表大会第四次会议上

各位代表：

一、2025年工作回顾

过去一年，全市地区生产总值增长5.6%。

二、2026年重点工作

（一）{title}

{body}

各位代表！让我们团结一心，奋勇前进！
"""


def _read(tmp_path, body: str, title: str = "提升城市功能品质"):
    (tmp_path / "r.txt").write_text(_HEAD.format(title=title, body=body), encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]


@pytest.mark.parametrize(("title", "result"), [
    ("建成某某河污水处理厂。", True),
    ("新建城市口袋公园15个。", True),
    ("开工建设市第二人民医院新院区。", True),
    ("建成某某路跨江大桥。", True),
    ("完成某某片区棚改项目。", True),
    # guards: topics and titles
    ("扩大有效投资。", False),
    ("完善城市功能。", False),
    ("建设美丽某某。", False),
    ("完成全年目标任务。", False),
    ("新增长动能加快集聚。", False),
    ("实施医疗卫生强基工程。", False),
])
def test_result_task_shape(title, result):
    assert is_result_task(title) is result


def test_paragraph_opened_by_a_result_keeps_it_and_its_measures(tmp_path):
    body = ("建成某某河污水处理厂。同步实施配套管网延伸工程，完成雨污分流改造9公里。\n\n"
            "新建城市口袋公园15个。改造背街小巷30条，新增公共停车泊位2500个。\n\n"
            "推进城市更新。改造老旧小区16个，加装电梯100部。")
    found = _read(tmp_path, body)
    texts = [t.text for t in found]
    assert texts[0].startswith("建成某某河污水处理厂")
    assert texts[1].startswith("同步实施配套管网")
    assert any(t.startswith("新建城市口袋公园15个") for t in texts)
    # guard: a real short title still heads its paragraph
    assert not any(t.startswith("推进城市更新") for t in texts)
    assert next(t for t in found if t.text.startswith("改造老旧小区16个")).heading == "推进城市更新"


def test_two_results_of_one_form_are_no_topics(tmp_path):
    body = "围绕城东片区补齐设施短板，加快推进一批项目。建成城东污水处理厂。完成片区管网改造12公里。" \
           "建成城东体育中心。同步建设全民健身广场，新增健身场地3万平方米。"
    texts = [t.text for t in _read(tmp_path, body)]
    assert any(t.startswith("建成城东污水处理厂") for t in texts)
    assert any(t.startswith("建成城东体育中心") for t in texts)


@pytest.mark.parametrize(("sentence", "task"), [
    ("做好今年的工作，意义重大。", False),
    ("保障和改善民生，使命光荣、责任重大。", False),
    ("统筹发展和安全，事关全局，至关重要。", False),
    ("乡村振兴是一项长期任务，必须久久为功。", False),
    ("民生工作千头万绪，落实是关键。", False),
    # guards: the words inside a measure, or a measure with its figure
    ("统筹推进城市更新，任务艰巨的片区先行改造。", True),
    ("久久为功推进长江大保护，完成岸线修复20公里。", True),
    ("守住安全底线，整治燃气安全隐患1500处。", True),
])
def test_importance_is_no_task(tmp_path, sentence, task):
    body = f"新增城镇就业4万人，开发公益性岗位1000个。{sentence}加强防汛排涝设施建设，改造易涝点12处。"
    texts = [t.text for t in _read(tmp_path, body)]
    assert (sentence in texts) is task


_SPEECH = """在某某区第三届人民代表大会第五次会议上的政府工作报告

各位代表：

一、过去一年工作回顾

过去一年，全区地区生产总值增长6.0%。

二、2026年工作安排

**聚焦产业升级，做强实体经济。**

全年引进亿元以上项目30个。建成区数字经济产业园二期。

**聚焦民生保障，增进群众福祉。**

新建社区食堂15个，新增养老床位400张。

三、加强政府自身建设

坚持依法行政，严格规范公正文明执法。

各位代表！让我们团结奋斗，再创佳绩！
"""


def test_bold_titles_group_a_part_with_no_numbered_sub_section(tmp_path):
    (tmp_path / "s.txt").write_text(_SPEECH, encoding="utf-8")
    found = [t for t in tasks.tasks_from_document(reader.read(tmp_path / "s.txt")) if t.kind == "task"]
    by_start = {t.text[:6]: t for t in found}
    assert by_start["全年引进亿元"].heading == "聚焦产业升级，做强实体经济"
    assert by_start["建成区数字经"].heading == "聚焦产业升级，做强实体经济"
    assert by_start["新建社区食堂"].heading == "聚焦民生保障，增进群众福祉"
    assert by_start["全年引进亿元"].part == "2026年工作安排"
    # guard: a part with no title inside keeps the part as its group and no heading
    assert by_start["坚持依法行政"].heading == ""
    assert by_start["坚持依法行政"].part == "加强政府自身建设"

"""Stop 49 (tasksx, issue 10), from the misses of t49's held-out run, each rule in other words than any label row, with
guards:

* a count's thing ends before the result the things are to reach (推动N家企业完成…, 实现N个项目建成投产:
  target.counted_then_result), and a deadline of the year before a verb opening the count's clause (年内实现…, 年内推动…:
  target.deadline_then_verb) is no part of the metric (indicators.parse);
* 场次 is a unit of counted events, the same as 场 when a figure meets a target (units.toml);
* one example closed by 等 after a verb of holding (举办某某节等…活动, quoted names in it too) is no part of the counted
  thing (target.one_example_verb, indicators.counted_thing); nor are the places each to have a count (每个乡镇至少建成1个…:
  target.per_each_lead, indicators.parse), nor the whole area opening a task's metric (全县累计建成…:
  target.whole_area_lead, indicators.counted_thing);
* a sentence opened on the present (目前，…) that only counts the state, with no measure, promise or aim, is a statement,
  no task (tasks.report._statement);
* a plan part explaining the five-year outline put to the congress: the outline drawn up and submitted (…提请本次大会
  审议。), a sentence opened on the outline's name (《规划纲要》…) and the reasons after 主要考虑： to the end of their
  paragraph are no tasks (tasks.report._explains_outline, _REASONS); the part's key tasks stay the five years'.
"""

from __future__ import annotations

import pytest

from luoshi.engine import indicators, reader, tasks, vocab
from luoshi.engine.tasks.report import _explains_outline, _statement
from luoshi.engine.tasks.table_rows import _parse
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine


@pytest.mark.parametrize("text,expected", [
    # the thing counted, then the result it is to reach
    ("支持8家工厂完成绿色化改造。", [("工厂", 8, "家")]),
    ("推进6个园区实现污水集中处理。", [("园区", 6, "个")]),
    ("力争4个重点项目竣工投产。", [("重点项目", 4, "个")]),
    ("推动10家企业通过高新技术企业认定。", [("企业", 10, "家")]),
    ("年内实现5个园区建成示范园区。", [("园区", 5, "个")]),
    ("确保120个重点项目全年完成投资300亿元以上。", [("重点项目", 120, "个"), ("重点项目全年完成投资", 300, "亿元")]),
    ("年内推动7个项目开工建设。", [("项目", 7, "个")]),
    # guards: the result word opening the thing's name stays in it; a thing with no result after it is whole
    ("新增9个开工项目。", [("开工项目", 9, "个")]),
    ("推进26宗新开工项目。", [("新开工项目", 26, "宗")]),
    ("推动15个项目开工。", [("项目开工", 15, "个")]),
    ("招引落地重大项目4个。", [("招引落地重大项目", 4, "个")]),       # verbs run together before the thing
    ("改造老旧小区14个。", [("改造老旧小区", 14, "个")]),
    ("建设3个乡镇综合文化站。", [("乡镇综合文化站", 3, "个")]),
])
def test_count_thing_ends_before_its_result(text, expected):
    found, _ = _parse(text)
    assert [(i.metric, i.value, i.unit) for i in found] == expected


@pytest.mark.parametrize("text,expected", [
    ("开展送戏下乡等文艺演出120场次。", [("文艺演出", 120, "场次")]),
    ("组织全民健身活动200场次。", [("组织全民健身活动", 200, "场次")]),
    ("举办春季招聘会等就业服务活动15场。", [("就业服务活动", 15, "场")]),
    # guards: 等 of a word (均等, 高等) closes no example; examples listed with 、 read as before
    ("推进基本公共服务均等化试点5个。", [("推进基本公共服务均等化试点", 5, "个")]),
    ("举办甲节、乙节等节庆活动6场。", [("节庆活动", 6, "场")]),
])
def test_one_example_and_events_in_changci(text, expected):
    found, _ = _parse(text)
    assert [(i.metric, i.value, i.unit) for i in found] == expected


@pytest.mark.parametrize("text,expected", [
    ("每个乡镇至少建成1个综合文化站。", [("建成综合文化站", 1, "个")]),
    ("每个街道建设2个嵌入式托育点。", [("建设嵌入式托育点", 2, "个")]),
    ("举办“某某山货”年货展销等消费季活动8场。", [("消费季活动", 8, "场")]),
    # the whole area opening the metric (tasks' reading)
    ("全县累计建成高标准农田30万亩。", [("累计建成高标准农田", 30, "万亩")]),
    ("全市新增市场主体2万户。", [("新增市场主体", 2, "万户")]),
    # guards: a rate per head, a yearly count: no places each counted
    ("每千人口拥有养老床位5张。", [("每千人口拥有养老床位", 5, "张")]),
    ("每年培训新型职业农民800人。", [("每年培训新型职业农民", 800, "人")]),
])
def test_each_place_and_a_quoted_example(text, expected):
    found, _ = _parse(text)
    assert [(i.metric, i.value, i.unit) for i in found] == expected


def test_changci_meets_chang():
    assert vocab.comparable_unit("场次") == vocab.comparable_unit("场")


@pytest.mark.parametrize("sentence,statement", [
    ("目前，全市高新技术企业仅有140家，创新主体偏少。", True),
    ("当前，全区在库项目120个，储备仍显不足。", True),
    ("目前，某某大桥已完成投资3亿元，年内建成通车。", False),     # a result due: a task
    ("目前，入园企业28家，力争年底达到40家。", False),            # an aim
    ("目前，全县养老床位1200张，要加快补齐短板。", False),        # a promise of a measure
    ("今年，新增规上工业企业15家。", False),                     # no situation lead
])
def test_present_state_counted(sentence, statement):
    assert _statement(for_parsing(sentence).strip()) is statement


def test_present_state_is_no_task_in_a_report(tmp_path):
    text = """某某县人民政府工作报告

一、2026年工作回顾

全县地区生产总值增长5.5%。

二、2027年工作安排

（一）工业强县：补链强链，做大总量

今年，规模以上工业增加值增长7%。为此，推动3家企业完成设备更新。目前，全县规上工业企业仅有54家，工业底子薄。
"""
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    found = [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]
    starts = [for_parsing(t.text).strip() for t in found]
    assert not [s for s in starts if s.startswith("目前")]
    firms, = [t for t in found if "设备更新" in t.text]
    assert [(i.metric, i.value, i.unit) for i in firms.indicators] == [("企业", 3, "家")]
    assert indicators.parse("目前，全县规上工业企业仅有54家")[0]      # (the figure itself is still read as one)


# A plan part explaining the five-year outline the government puts to the congress (in other words than any corpus
# report): the outline drawn up and submitted, what it holds, and the reasons after 主要考虑： are no tasks; the key
# tasks after the lead-in stay the five years' tasks.
_OUTLINE_PART = """某某市人民政府工作报告

一、2025年工作回顾

全市地区生产总值增长5.6%。

二、“十五五”规划纲要的编制说明

“十五五”时期是某某加快转型、厚植优势的关键五年。根据市委全会审议通过的《关于制定某某市国民经济和社会发展第十五个五年\
规划的建议》，市政府编制了《某某市国民经济和社会发展第十五个五年规划纲要（草案）》，提请本次大会审议。

《规划纲要（草案）》立足某某发展实际，提出了“综合实力迈上新台阶”等主要目标，设置四大类20项主要指标。主要考虑：一是区位优势\
凸显。多条国家通道在某某交汇，我们要在开放中赢得主动。二是产业基础扎实。某某拥有完整的工业门类，必须在转型中走在前列。

今后五年，着力抓好三个方面：一是做强先进制造业。建设千亿级新材料产业集群。二是建设区域消费中心。打造三个城市商圈。\
三是增进民生福祉。新建一批普惠养老机构。

三、2026年工作安排

全市经济社会发展的主要预期目标是：地区生产总值增长5.2%左右。

（一）抓产业

新建标准厂房20万平方米。
"""


def test_five_year_outline_explained_no_tasks(tmp_path):
    (tmp_path / "r.txt").write_text(_OUTLINE_PART, encoding="utf-8")
    found = [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]
    texts = [for_parsing(t.text).strip() for t in found]
    for words in ("提请本次大会审议", "《规划纲要(草案)》立足", "主要考虑", "区位优势", "多条国家通道", "产业基础扎实",
                  "必须在转型中"):
        assert not [s for s in texts if words in s], words
    five = [s for t, s in zip(found, texts, strict=True) if t.five_year]
    for words in ("千亿级新材料产业集群", "三个城市商圈", "普惠养老机构"):
        assert [s for s in five if words in s], words
    assert [s for s in texts if s.startswith("新建标准厂房")]


@pytest.mark.parametrize("sentence,explains", [
    ("区政府编制了《某某区第十五个五年规划纲要（草案）》，提请本次大会审议。", True),
    ("《纲要草案》明确了五年发展的主要目标。", True),
    ("县政府起草了《某某县第十五个五年规划纲要草案》，提交县人代会审查批准。", True),
    # guards: a document to draw up (a task), a 票决 put to the vote (read elsewhere), no document named
    ("编制《某某县国土空间总体规划》，年内报批。", False),
    ("高质量编制“十五五”规划纲要。", False),
    ("提请大会审议的事项由主任会议决定。", False),
])
def test_outline_explained(sentence, explains):
    assert _explains_outline(for_parsing(sentence).strip()) is explains

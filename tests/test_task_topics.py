"""A short topic sentence heading the measures after it in its paragraph is no task: the measures are the
tasks, and the topic is their heading (tasks.topics._topic_sentences).  Topics come in parallel forms — three shared
characters in the same places, or three or more of a paragraph opening or ending alike, or the two-clause
openings of a section's paragraphs; a short sentence with a figure, or with no parallel, stays a task.

The reports below were written for these tests (某某 names) and read before the engine ran on them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from luoshi.engine import reader, tasks
from luoshi.engine.text import for_parsing

pytestmark = pytest.mark.engine

# A topic's ordinal (二是扩大投资) is no part of the heading shown (扩大投资).
_ORDINAL = re.compile(r"^[一二三四五六七八九十]{1,3}是")

_HEAD = """某某市政府工作报告
——2026年1月20日在某某市第十六届人民代表大会第五次会议上

各位代表：

一、2025年工作回顾

过去一年，全市地区生产总值增长5.8%。新建学校6所。

二、2026年重点工作

（一）{title}

{body}

各位代表！让我们团结一心，奋勇前进！
"""


def _read(tmp_path, body: str, title: str = "加快构建现代化产业体系"):
    (tmp_path / "r.txt").write_text(_HEAD.format(title=title, body=body), encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]


# (paragraphs, the topics: no task, heading of the measures after them, the short sentences that stay tasks)
_CASES = {
    "mid_three_shared": (
        "我们要坚持制造业立市，推动产业链和创新链深度融合。做强整车平台。支持车企扩大新能源车型产能。"
        "做强材料平台。加快新材料产业园二期建设，新增规上企业20家。",
        ["做强整车平台", "做强材料平台"], []),
    "mid_same_opening_three": (
        "持续深化改革。创新体制机制。推进要素市场化配置改革落地见效。创新管理服务。实施小升规奖和上台阶奖等惠企措施。"
        "创新项目落实。实行清单化、闭环式项目推进机制。",
        ["创新体制机制", "创新管理服务", "创新项目落实"], []),
    "mid_same_ending_three": (
        "我们要系统谋划平台建设。做大产业平台。打造千亿级企业5家、百亿级企业15家。夯实金融平台。推进企业股改上市，"
        "壮大产业引导基金。共享智慧平台。设立城市运行管理中心，打造智慧城市管理平台。",
        ["做大产业平台", "夯实金融平台", "共享智慧平台"], []),
    "mid_yao_speech": (
        "要全面激发市场活力。要大力提振企业信心。落实惠企政策直达快享，清理拖欠企业账款。要大力提振消费信心。"
        "举办消费季活动20场以上，发放文旅消费券。",
        ["要大力提振企业信心", "要大力提振消费信心"], []),
    "opening_two_clauses": (
        "坚持招大引强，壮大主导产业。围绕新能源电池产业链精准招商，全年引进亿元以上项目25个。\n\n"
        "坚持技改提效，推动转型升级。实施技术改造项目40个，新增省级专精特新企业10家。",
        ["坚持招大引强，壮大主导产业", "坚持技改提效，推动转型升级"], []),
    "ordinals": (
        "一是提振消费。落实消费品以旧换新政策，支持大宗消费。二是扩大投资。全年实施重点项目1200个，完成投资6000亿元。"
        "三是稳定外贸。支持企业参加境外展会500场次，拓展新兴市场。",
        ["二是扩大投资", "三是稳定外贸"], []),
    "mid_short_series": (
        "我们要着力补齐民生短板。优化托育服务。新建普惠性托育机构10家，新增托位800个。提升教育质量。推进集团化办学，"
        "新建改扩建中小学5所。完善养老体系。建设街道综合养老服务中心3个，发展老年助餐服务。",
        ["优化托育服务", "提升教育质量", "完善养老体系"], []),
    # guards
    # D19 (the lead's decision, stop 60): a short sentence whose next, longer measure repeats a content word of it
    # (优化托育服务。新建普惠性托育机构…) is their topic with no series; one sharing no word (提升教育质量。推进集团化办学…)
    # stays a task, as this guard kept both before.
    "two_short_no_series": (
        "我们要着力补齐民生短板。优化托育服务。新建普惠性托育机构10家，新增托位800个。提升教育质量。推进集团化办学，"
        "新建改扩建中小学5所。",
        ["优化托育服务"], ["提升教育质量"]),
    "short_series_of_longer_sentences": (
        "我们要着力补齐民生短板。创建国家卫生城市。新建普惠性托育机构10家，新增托位800个。推进县域医共体建设。"
        "推进集团化办学，新建改扩建中小学5所。争创省级森林城市。建设街道综合养老服务中心3个，发展老年助餐服务。",
        [], ["创建国家卫生城市", "推进县域医共体建设", "争创省级森林城市"]),
    "lone_short_tasks": (
        "扩大有效投资。谋划储备重大项目300个以上。用好地方政府专项债券，加快快速路建设。创建国家园林城市。"
        "办好马拉松、龙舟邀请赛等品牌赛事，发展体育消费。",
        [], ["创建国家园林城市"]),
    "figures_in_a_series": (
        "办好人民满意教育。新建幼儿园6所。推进县域普通高中振兴，新增中小学学位8000个。新建养老中心15个。"
        "推进基本养老保险扩面提质，落实灵活就业人员参保政策。",
        [], ["新建幼儿园6所", "新建养老中心15个"]),
    # D19: each of these repeats a content word in the measure after it (采砂, 辐射), so each is its measures' topic though
    # the two share only their verb (加强) — this guard kept them tasks before D19; the case after it keeps the guard's
    # point (a verb shared and no content word repeated: tasks).
    "verb_shared_only": (
        "强化生态环境保护。加强河道采砂管理。开展非法采砂专项整治，规范采砂许可。加强核与辐射安全监管。"
        "完成辐射源在线监控系统建设，开展放射源安全检查。",
        ["加强河道采砂管理", "加强核与辐射安全监管"], []),
    "verb_shared_no_word_repeated": (
        "强化生态环境保护。加强河道管理。开展非法采砂专项整治，规范采砂许可。加强核设施监管。"
        "完成辐射源在线监控系统建设，开展放射源检查。",
        [], ["加强河道管理", "加强核设施监管"]),
    # A short principle opening a paragraph of measures with no parallel in its section: a topic, as the labels'
    # README reads every short sentence naming the aim of the measures after it (bench/labels/tasks_invented/README.md,
    # Method; t02, t09) — a guard keeping it a task until stop 47 (topics._short_principle_heads).
    "one_opening_in_its_section": (
        "坚持招大引强，壮大主导产业。围绕新能源电池产业链精准招商，全年引进亿元以上项目25个。\n\n"
        "新建标准化厂房20万平方米，完成园区污水处理厂提标改造。",
        ["坚持招大引强，壮大主导产业"], ["新建标准化厂房"]),
}


@pytest.mark.parametrize("name", list(_CASES))
def test_topic_sentences(tmp_path, name):
    body, topics, kept = _CASES[name]
    found = _read(tmp_path, body)
    texts = [t.text for t in found]
    for topic in topics:
        assert not [t for t in texts if t.startswith(topic)], (topic, texts)
        headed = [t for t in found if t.heading == _ORDINAL.sub("", topic)]
        assert headed, (topic, [(t.heading, t.text) for t in found])
    for short in kept:
        assert [t for t in texts if t.startswith(short)], (short, texts)


def test_ids_count_only_tasks(tmp_path):
    """The measures keep their ids in order under the part's heading, the topics not counted."""
    found = _read(tmp_path, _CASES["mid_three_shared"][0])
    ids = [t.id for t in found]
    assert ids == [ids[0][:-1] + str(n) for n in (1, 2, 3)]
    assert [t.heading for t in found] == ["", "做强整车平台", "做强材料平台"]


def test_a_year_statement_is_no_sub_section(tmp_path):
    """(二)建设…。建成…。 then a paragraph opened by what the year is (今年是…开局之年。, read as a run-in sub-heading):
    the numbered heading's body stays its tasks, not framing before a sub-section.  A real run-in sub-heading
    after it (扩大有效投资。…) still makes it framing."""
    body = ("（一）打造先进制造业基地。推动装备制造产业规模倍增。\n\n（二）建设区域交通枢纽。建成城际铁路，推动机场三期扩建。"
            "\n\n今年是“十五五”规划开局之年。全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。"
            "\n\n（三）扩大内需。坚持扩大内需战略基点。\n\n扩大有效投资。开工建设城际铁路某某段，完成投资30亿元。")
    (tmp_path / "r.txt").write_text(_HEAD.format(title="主要任务", body=body).replace("（一）主要任务\n\n", ""),
                                    encoding="utf-8")
    found = [t.text for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]
    assert [t for t in found if t.startswith("建成城际铁路")], found
    assert not [t for t in found if t.startswith("今年是")], found
    assert not [t for t in found if t.startswith("坚持扩大内需")], found
    assert [t for t in found if t.startswith("开工建设城际铁路")], found


def test_topics_of_an_unnumbered_conduct_part_head_its_measures(tmp_path):
    """A part with no numbered sub-section (三、加强政府自身建设 opened by 坚持依法行政，建设法治政府。…): its
    topics head their measures all the same."""
    path = Path(__file__).resolve().parent.parent / "bench" / "labels" / "tasks_invented" / "t02_county_comma_topics.txt"
    found = tasks.tasks_from_document(reader.read(path))
    conduct = [t for t in found if t.part == "加强政府自身建设"]
    assert [t.heading for t in conduct] == ["坚持依法行政，建设法治政府", "坚持廉洁从政，建设廉洁政府"]


# holdout's held-out report t18 (written blind to stop 33's rules, judged once at 18:39 UTC on 2 December 2026, engine
# b191fcf): its misses then — the five-year tasks after a lead-in colon, a measure after a comma before a ；, four
# statements — were fitted at stop 34 with t19–t20 (tests/test_task_lists_and_statements.py has each rule's table).
_T18 = Path(__file__).resolve().parent.parent / "bench" / "labels" / "tasks_invented" / \
    "t18_city_first_year_five_year_list_and_descriptions.txt"


def _t18_task_texts() -> list[str]:
    return [for_parsing(t.text).strip() for t in tasks.tasks_from_document(reader.read(_T18)) if t.kind == "task"]


@pytest.mark.parametrize("start", ["建成某某至某某城际铁路", "打造新能源汽车、先进材料两个千亿级产业集群", "推动城市更新全覆盖",
                                   "支持某某电池二期扩能"])
def test_t18_task_starts_are_found(start):
    assert any(text.startswith(for_parsing(start)) for text in _t18_task_texts())


@pytest.mark.parametrize("opening", ["今后五年", "按照市委建议", "全线长18.6公里", "城市更新是一项长期任务"])
def test_t18_no_task_opens_on_a_statement(opening):
    assert not any(text.startswith(opening) for text in _t18_task_texts())


# holdout's held-out report t21 (written blind to stop 34's rules, judged once at 04:43 UTC on 3 December 2026, engine
# bba2457): its misses then — numbered run-in titles kept as tasks and their measures shown under the (一) heading, a
# worth statement with no 的 — were fitted at stop 35 with t22–t23 (tests/test_task_numbered_titles.py has the tables).
_T21 = Path(__file__).resolve().parent.parent / "bench" / "labels" / "tasks_invented" / \
    "t21_county_five_year_run_in_titles_and_numbered_titles.txt"


def _t21_tasks():
    return [t for t in tasks.tasks_from_document(reader.read(_T21)) if t.kind == "task"]


@pytest.mark.parametrize("opening", ["壮大主导产业", "优化营商环境", "稳定粮食生产", "建设和美乡村"])
def test_t21_no_task_opens_on_a_title(opening):
    assert not any(for_parsing(t.text).strip().lstrip("0123456789．.、 ").startswith(opening) for t in _t21_tasks())


def test_t21_no_task_opens_on_a_worth_statement():
    assert not any(for_parsing(t.text).strip().startswith("营商环境就是生产力") for t in _t21_tasks())


@pytest.mark.parametrize("start,group", [("实施亿元以上工业项目45个", "壮大主导产业"), ("新增市场主体5000户", "优化营商环境"),
                                         ("粮食播种面积稳定在65万亩以上", "稳定粮食生产"), ("整治农村黑臭水体12处", "建设和美乡村")])
def test_t21_tasks_under_numbered_titles_show_them(start, group):
    task = next(t for t in _t21_tasks() if for_parsing(t.text).strip().startswith(start))
    assert for_parsing(task.heading or task.part).strip().lstrip("*").strip().rstrip("。") == group


# holdout's held-out report t24 (written blind to stop 35's rules, judged once at 07:39 UTC on 3 December 2026, engine
# d610186): its misses were strict xfails, no rule written from them at stop 35; stop 36 mended them in general rules
# fitted to t25 (their phenomena in other words, tests/test_task_documents_worth_dates.py), and they pass.
_T24 = Path(__file__).resolve().parent.parent / "bench" / "labels" / "tasks_invented" / \
    "t24_county_last_year_of_the_plan_fenbie_and_semicolon_measures.txt"


def _t24_tasks():
    return [t for t in tasks.tasks_from_document(reader.read(_T24)) if t.kind == "task"]


def _t24_task(start):
    return next(t for t in _t24_tasks() if for_parsing(t.text).strip().lstrip("*").strip().startswith(start))


@pytest.mark.parametrize("start", ["高质量编制县“十五五”规划纲要"])
def test_t24_task_starts_are_found(start):
    assert any(for_parsing(t.text).strip().lstrip("*").strip().startswith(start) for t in _t24_tasks())


@pytest.mark.parametrize("opening", ["粮食安全是“国之大者”"])
def test_t24_no_task_opens_on_a_statement(opening):
    assert not any(for_parsing(t.text).strip().lstrip("*").strip().startswith(opening) for t in _t24_tasks())


@pytest.mark.parametrize("start,group", [("深化“高效办成一件事”改革", "深化改革开放，激发发展活力"), ("全年引进亿元以上项目35个", "深化改革开放，激发发展活力")])
def test_t24_tasks_show_their_group(start, group):
    task = _t24_task(start)
    assert for_parsing(task.heading or task.part).strip().lstrip("*").strip().rstrip("。") == for_parsing(group)


@pytest.mark.parametrize("start,want", [("6月底前完成县经济开发区扩区调位报批", [("标准厂房", 8, "万平方米", ">=")])])
def test_t24_indicators(start, want):
    got = [(i.metric, i.value, i.unit, i.comparator) for i in _t24_task(start).indicators]
    assert len(got) == len(want) and all(noun in m and len(m) <= len(noun) + 4 and (v, u, c) == (gv, gu, gc)
                                         for (noun, v, u, c), (m, gv, gu, gc) in zip(want, got, strict=True))


# holdout's held-out report t26 (written blind to stop 36's rules, landed as 8508d43 and judged once at 10:47 UTC on
# 3 December 2026, the stop's starting engine b767aa8 the same): its misses, left unfixed on purpose — no rule was written
# from them (bench/tasks_invented.py --set fifteenth).
_T26 = Path(__file__).resolve().parent.parent / "bench" / "labels" / "tasks_invented" / \
    "t26_district_numbered_titles_semicolon_measures_and_ordinals_after_a_lead.txt"


def _t26_tasks():
    return [t for t in tasks.tasks_from_document(reader.read(_T26)) if t.kind == "task"]


def _t26_task(start):
    return next(t for t in _t26_tasks() if for_parsing(t.text).strip().lstrip("*").strip().startswith(start))


# Mended at stop 37 by a general rule (framing comes before measures: tests/test_task_framing_after_measures.py).
@pytest.mark.parametrize("start", ["加快某某片区开发", "某某地铁站综合体年内实现主体封顶"])
def test_t26_task_starts_are_found(start):
    assert any(for_parsing(t.text).strip().lstrip("*").strip().startswith(start) for t in _t26_tasks())


# (a count's metric keeping two building verbs run together, a strict xfail until stop 39: target.build_verb)
@pytest.mark.parametrize("start,want", [("新建改扩建中小学4所", [("中小学", 4, "所", ">="), ("学位", 5400, "个", ">=")])])
def test_t26_indicators(start, want):
    got = [(i.metric, i.value, i.unit, i.comparator) for i in _t26_task(start).indicators]
    assert len(got) == len(want) and all(noun in m and len(m) <= len(noun) + 4 and (v, u, c) == (gv, gu, gc)
                                         for (noun, v, u, c), (m, gv, gu, gc) in zip(want, got, strict=True))


# readt's t27 (stop 37): a paragraph opened by a two-clause topic after a lone topic of its section opening on the same
# two characters (坚持…。 then 坚持…，…。…): the lone topic is its parallel, so it is a topic heading its paragraph's
# measures (topics._topic_sentences).  Guards: another opening, a figure, no lone topic before it.
_LONE_THEN_TOPIC = """某某县人民政府工作报告
——2026年1月9日在某某县第十八届人民代表大会第五次会议上

各位代表：

一、2025年工作回顾

过去一年，全县地区生产总值增长5.9%。

二、2026年重点工作

（一）推进绿色发展

{before}

实施园区循环化改造，新建分布式光伏20万千瓦。

{opener}盘活低效用地1200亩，新建高标准厂房10万平方米。推进某某开发区批而未供土地处置。

各位代表！让我们团结一心，奋勇前进！
"""


def _lone_then_topic(tmp_path, opener, before="坚持以绿色低碳引领产业转型。"):
    (tmp_path / "r.txt").write_text(_LONE_THEN_TOPIC.format(before=before, opener=opener), encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]


@pytest.mark.parametrize("opener", ["坚持节约集约，全面提升土地利用效率。", "坚持存量挖潜，推动低效用地再开发。"])
def test_a_two_clause_opener_parallel_to_a_lone_topic_is_a_topic(tmp_path, opener):
    found = _lone_then_topic(tmp_path, opener)
    assert not any(for_parsing(t.text).strip().startswith(opener[:4]) for t in found)
    task = next(t for t in found if for_parsing(t.text).strip().startswith("盘活低效用地1200亩"))
    assert for_parsing(task.heading).strip().rstrip("。") == for_parsing(opener).rstrip("。")


@pytest.mark.parametrize("opener,before", [
    ("推进节约集约，全面提升土地利用效率。", "坚持以绿色低碳引领产业转型。"),      # another opening than the lone topic's
    ("坚持节约集约，盘活存量土地800亩。", "坚持以绿色低碳引领产业转型。"),         # a figure: a task
])
def test_openers_with_no_lone_parallel_stay_tasks(tmp_path, opener, before):
    assert any(for_parsing(t.text).strip().startswith(opener[:4]) for t in _lone_then_topic(tmp_path, opener, before))


# A short principle (a topic's length) with no lone topic before it: a topic all the same, as the labels' README reads
# it (a guard keeping it a task until stop 47; topics._short_principle_heads, tests/test_task_principle_topics.py).
def test_a_short_principle_opener_with_no_lone_parallel_is_a_topic(tmp_path):
    found = _lone_then_topic(tmp_path, "坚持节约集约，全面提升土地利用效率。", "全年实施绿色低碳项目20个，完成投资15亿元。")
    assert not any(for_parsing(t.text).strip().startswith("坚持节约") for t in found)
    task = next(t for t in found if for_parsing(t.text).strip().startswith("盘活低效用地1200亩"))
    assert for_parsing(task.heading).strip() == "坚持节约集约,全面提升土地利用效率"


# t27's long two-clause topic after a parallel lone topic (a strict xfail until stop 39): the parallel says it is a
# topic up to topics._PARALLEL_TOPIC_LONGEST characters
@pytest.mark.parametrize("opener", ["坚持创新驱动，加快建设具有区域影响力的科创高地。",
                                    "坚持节约集约，全面提升园区亩均效益和土地产出水平。"])
def test_a_long_two_clause_opener_parallel_to_a_lone_topic_is_a_topic(tmp_path, opener):
    assert not any(for_parsing(t.text).strip().startswith(opener[:6]) for t in _lone_then_topic(tmp_path, opener))


@pytest.mark.parametrize("opener", [
    "推进节约集约利用，全面提升园区亩均效益和土地产出水平。",               # another opening than the lone topic's
    "坚持节约集约，全面提升园区亩均效益、土地产出水平和要素配置效率，推动…。",  # three clauses
    "坚持节约集约，全面提升园区亩均效益和土地产出水平以及低效用地再开发利用的综合效益。",   # past 30 characters
])
def test_long_openers_with_no_parallel_shape_stay_tasks(tmp_path, opener):
    assert any(for_parsing(t.text).strip().startswith(opener[:4]) for t in _lone_then_topic(tmp_path, opener))


# holdout's held-out report t28 (written blind to stop 37's rules, landed as f821532 and judged once at 14:13 UTC on
# 3 December 2026, the stop's starting engine 7bf0847 the same): its misses in other words, left unfixed at stop 37 — no
# rule was written from them (bench/tasks_invented.py --set seventeenth).  Stop 38 (readt) mended them in general rules
# fitted to t29–t30 (tests/test_task_worth_years_counted.py has each rule's table with guards), and they pass.
_HELD_OUT_T28_LIKE = """某某区人民政府工作报告
——2027年1月12日在某某区第九届人民代表大会第三次会议上

各位代表：

一、2026年工作回顾

过去一年，全区地区生产总值增长6.1%。

二、2027年工作安排

2027年是承上启下的关键一年。做好今年工作，要坚持稳中求进，奋力推动高质量发展。

今年全区经济社会发展的主要预期目标是：地区生产总值增长6%左右。

重点做好以下三个方面工作：

（一）扩大消费和投资

商贸是城市活力的源泉。开展“某某购物季”等促销活动30场以上。改造提升某某步行街。

（二）改善生态环境

完成造林绿化2万亩。到2029年，全区森林覆盖率达到48%。

（三）增进民生福祉

新增城镇就业8000人。

各位代表，让我们团结奋斗，再创佳绩！
"""


def _t28_like(tmp_path):
    (tmp_path / "r.txt").write_text(_HELD_OUT_T28_LIKE, encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]


def _t28_like_task(tmp_path, start):
    return next(t for t in _t28_like(tmp_path) if for_parsing(t.text).strip().startswith(start))


def test_t28_like_framing_is_no_task(tmp_path):
    assert not [t for t in _t28_like(tmp_path) if for_parsing(t.text).startswith("做好今年工作")]


def test_t28_like_later_year_is_five_year(tmp_path):
    assert _t28_like_task(tmp_path, "到2029年").five_year


def test_t28_like_worth_statement_heads_nothing(tmp_path):
    task = _t28_like_task(tmp_path, "改造提升某某步行街")
    assert (task.heading or task.part) == "扩大消费和投资"        # the group the import shows


def test_t28_like_metric_is_the_counted_thing(tmp_path):
    (metric, value, unit, comp), = [(i.metric, i.value, i.unit, i.comparator)
                                    for i in _t28_like_task(tmp_path, "开展“某某购物季”").indicators]
    assert "促销活动" in metric and len(metric) <= len("促销活动") + 4 and (value, unit, comp) == (30, "场", ">=")


# holdout's held-out report t31 (written blind to stop 38's rules, landed as 3bf9f3f and judged once at 17:39 UTC on
# 3 December 2026; the stop's starting engine 1f15961 read its starts and indicators the same, and missed besides the
# year part's 到2030年 piece and a worth statement's group, which stop 38's rules mend): its indicator misses in other
# words, left unfixed — no rule written from them (bench/tasks_invented.py --set nineteenth).
_HELD_OUT_T31_LIKE = """某某县人民政府工作报告
——2027年1月15日在某某县第十八届人民代表大会第三次会议上

各位代表：

一、2026年工作回顾

过去一年，全县地区生产总值增长5.8%。

二、2027年重点工作

（一）壮大实体经济

1．培育创新主体。科技型中小企业、专精特新企业分别新增80家、12家。

2．繁荣文旅消费。举办“某某文化月”主题活动50场以上。

（二）补齐民生短板

新建改扩建公办幼儿园6所，新增学位1800个。

各位代表，让我们团结奋斗，再创佳绩！
"""


def _t31_like_task(tmp_path, start):
    (tmp_path / "r.txt").write_text(_HELD_OUT_T31_LIKE, encoding="utf-8")
    found = [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]
    return next(t for t in found if for_parsing(t.text).strip().startswith(start))


# (metrics given one predicate with 分别 and a figure each, a strict xfail until stop 39: targets.spread_respective reads
# the items before 分别 and a verb, tests/test_plan_statements_and_count_lists.py test_respective_lists_in_tasks)
def test_t31_like_fenbie_metrics(tmp_path):
    task = _t31_like_task(tmp_path, "科技型中小企业")
    assert [(i.metric, i.value) for i in task.indicators] == [("科技型中小企业", 80), ("专精特新企业", 12)]


# (a quoted event name with no 等 before the counted thing, a strict xfail until stop 39: target.event_name_end)
def test_t31_like_quoted_event_metric(tmp_path):
    (metric, value, unit, comp), = [(i.metric, i.value, i.unit, i.comparator)
                                    for i in _t31_like_task(tmp_path, "举办“某某文化月”").indicators]
    assert "主题活动" in metric and len(metric) <= len("主题活动") + 4 and (value, unit, comp) == (50, "场", ">=")


def test_t31_like_two_verbs_metric(tmp_path):
    metric = _t31_like_task(tmp_path, "新建改扩建公办幼儿园").indicators[0].metric
    assert "公办幼儿园" in metric and len(metric) <= len("公办幼儿园") + 4


# holdout's held-out report t34 (written blind to stop 39's rules, landed as 5c52348 and judged once at 21:28 UTC on
# 3 December 2026; the stop's starting engine f9d30bc read it the same): its two misses in other words, left unfixed — no
# rule written from them (bench/tasks_invented.py --set twenty-first).
_HELD_OUT_T34_LIKE = """某某区人民政府工作报告
——2025年1月10日在某某区第五届人民代表大会第四次会议上

各位代表：

一、2024年工作回顾

过去一年，全区地区生产总值增长5.6%。

二、2025年重点工作

（一）稳住投资基本盘

稳就业就是稳民生。全年城镇新增就业4500人。新建人才公寓800套。

（二）补齐水利短板

重点实施两类工程：一是防洪工程，完成中小河流堤防加高培厚15公里；二是灌溉工程，完成山塘清淤扩容40座。

各位代表，让我们团结奋斗，再创佳绩！
"""


def _t34_like_task(tmp_path, start):
    (tmp_path / "r.txt").write_text(_HELD_OUT_T34_LIKE, encoding="utf-8")
    found = [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]
    return next(t for t in found if for_parsing(t.text).strip().startswith(start))


def test_t34_like_worth_statement_is_no_group(tmp_path):
    # (a strict xfail until stop 40: a work and what it hinges on said alone is a statement, words.toml
    # task.principle_link; tests/test_task_ordinals_pieces_principles.py)
    task = _t34_like_task(tmp_path, "全年城镇新增就业")
    assert (task.heading or task.part).rstrip("。") == "稳住投资基本盘"


# (a strict xfail until stop 50: the work done to the things after them, target.work_after_thing)
def test_t34_like_metric_keeps_the_work_after_the_counted_thing(tmp_path):
    (metric, value, unit, comp), = [(i.metric, i.value, i.unit, i.comparator)
                                    for i in _t34_like_task(tmp_path, "二是灌溉工程").indicators]
    assert "山塘" in metric and len(metric) <= len("山塘") + 4 and (value, unit, comp) == (40, "座", ">=")


# holdout's held-out report t37 (written blind to stop 40's rules, landed as bcabcbf and judged once at 01:52 UTC on
# 4 December 2026, its label format mended in e456deb before the run; the stop's starting engine 661dcdc read it the same):
# its misses in other words, left unfixed — no rule written from them (bench/tasks_invented.py --set twenty-third).  Its
# metric keeping the work after the counted thing is t34's miss above; its four groups shown as the short statement
# opening the 民生实事 paragraph (民生实事是民心工程。 before a lead-in colon and 一是…四是 pieces) read right in the three
# other wordings tried (the statement kept here, the pieces under the heading), so they have no case.
_HELD_OUT_T37_LIKE = """某某县人民政府工作报告
——2026年1月9日在某某县第十届人民代表大会第六次会议上

各位代表：

一、2025年工作回顾

2025年，全县地区生产总值增长6.1%。

二、2026年工作安排

2026年是“十五五”开局之年。重点抓好以下三个方面工作：

（一）聚焦工业强县，推动产业集群发展

培育新材料产业。新建标准厂房12万平方米，新增规上工业企业18家。“十五五”期间，力争新材料产业产值突破500亿元。

（二）聚焦民生改善，办好群众身边实事

办实事就是暖民心。今年集中办好五件民生实事：一是新建城区小学2所；二是改造农村公路危桥15座。

（三）聚焦数字赋能，加快企业转型

推动制造业数字化转型，支持重点企业建设数字化车间8家。

各位代表，让我们团结奋斗，再创佳绩！
"""


def _t37_like_tasks(tmp_path):
    (tmp_path / "r.txt").write_text(_HELD_OUT_T37_LIKE, encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]


def _t37_like_task(tmp_path, start):
    return next(t for t in _t37_like_tasks(tmp_path) if for_parsing(t.text).strip().startswith(start))


# (a strict xfail until stop 41: a task opened by the period of the plan the year is in — “十五五”期间，力争… — is the five
# years', wherever it stands: tasks/years._PLAN_PERIOD_LEAD; tests/test_reading_real_leftovers.py in other words)
def test_t37_like_five_year_sentence_in_the_years_part(tmp_path):
    assert _t37_like_task(tmp_path, "“十五五”期间").five_year


# (a strict xfail until stop 50: a verb of making others act and the doer, target.cause_verb)
def test_t37_like_metric_keeps_a_doer_and_verb_before_the_counted_thing(tmp_path):
    (metric, value, unit, comp), = [(i.metric, i.value, i.unit, i.comparator)
                                    for i in _t37_like_task(tmp_path, "推动制造业数字化转型").indicators]
    assert "数字化车间" in metric and len(metric) <= len("数字化车间") + 4 and (value, unit, comp) == (8, "家", ">=")


# holdout's held-out report t39 (written blind to stop 41's rules, landed as 14fea6a and judged once at 05:17 UTC on
# 4 December 2026; the stop's starting engine 818ea67 read it the same): its misses in other words, left unfixed — no rule
# written from them (bench/tasks_invented.py --set twenty-fifth).  Its three ordinal sentences (一是…。二是…。三是…。) after a
# short title not found read right in the other wording tried (kept here, found), and its metrics keeping the doer and
# verb are t37's miss above, so they have no case.
_HELD_OUT_T39_LIKE = """某某市人民政府工作报告
——2026年1月15日在某某市第九届人民代表大会第六次会议上

各位代表：

一、2025年工作回顾

2025年，全市地区生产总值增长5.4%。

二、2026年工作安排

重点抓好以下两个方面工作：

（一）稳住农业基本盘，促进农民增收。稳定粮食生产。新建高标准农田6万亩；粮食播种面积稳定在300万亩以上。壮大乡村产业。认定市级农业产业化龙头企业20家，农产品加工产值占农业总产值比重保持在45%以上。

（二）提升城市品质，建设宜居家园。完善城市功能。一是实施老旧小区改造提升行动，改造城镇老旧小区40个。二是推进公园城市建设，新建城市公园8座。三是缓解停车难问题，新增停车泊位5000个。

各位代表，让我们团结奋斗，再创佳绩！
"""


def _t39_like_tasks(tmp_path):
    (tmp_path / "r.txt").write_text(_HELD_OUT_T39_LIKE, encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]


def _t39_like_starts(tmp_path):
    return [for_parsing(t.text).strip() for t in _t39_like_tasks(tmp_path)]


def test_t39_like_short_titles_in_a_run_in_paragraph_are_no_tasks(tmp_path):
    starts = _t39_like_starts(tmp_path)
    assert not [s for s in starts if s.startswith(("稳定粮食生产", "壮大乡村产业", "完善城市功能"))]
    # (mended at stop 45: tests/test_task_field_titles_and_lead_units.py, the run-in paragraph's sub-titles)
    assert [t.heading for t in _t39_like_tasks(tmp_path) if t.text.startswith("认定市级")] == ["壮大乡村产业"]


# holdout's held-out report t41 (written blind to stop 42's rules, landed as 960f0f6 and judged once at 11:50 UTC on
# 4 December 2026; the stop's starting engine d4122593 read it the same): its misses in other words, left unfixed — no rule
# written from them (bench/tasks_invented.py --set twenty-seventh).  Its statement of the situation kept as a task (当前，…)
# has no case here.  Both were mended at stop 43 by general rules (readt; dev since), the tests now plain.
_HELD_OUT_T41_LIKE = """某某县人民政府工作报告
——2026年1月12日在某某县第十八届人民代表大会第六次会议上

各位代表：

一、2025年工作回顾

2025年，全县地区生产总值增长5.6%。

二、“十五五”时期主要任务和2026年工作安排

今后五年，全县将重点抓好以下任务：
——建设工业强县，规上工业企业达到300家；
——建设文旅名县，新增国家4A级景区3个。

2026年是“十五五”开局之年。重点抓好以下工作：

（一）坚持民生优先，办好群众身边事

兴产业：新增规上工业企业20家，工业投资增长10%。

强教育：新建改扩建学校4所，新增学位2400个。
"""


def _t41_like_starts(tmp_path):
    (tmp_path / "r.txt").write_text(_HELD_OUT_T41_LIKE, encoding="utf-8")
    return [(for_parsing(t.text).strip(), t.five_year)
            for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]


# (mended at stop 43, readt: tests/test_task_work_lists_and_colon_titles.py)
def test_t41_like_five_year_dash_lines_after_a_lead_in_are_tasks(tmp_path):
    five = [s for s, f in _t41_like_starts(tmp_path) if f]
    assert [s[:6] for s in five] == ["建设工业强县", "建设文旅名县"]


def test_t41_like_colon_run_in_titles_are_no_part_of_the_task(tmp_path):
    starts = [s for s, _ in _t41_like_starts(tmp_path)]
    assert any(s.startswith("新增规上工业企业20家") for s in starts)
    assert not [s for s in starts if s.startswith(("兴产业", "强教育"))]


# holdout's held-out report t43 (written blind to stop 43's rules, landed as a61721e and judged once at 15:30 UTC on
# 4 December 2026;
# the stop's starting engine b30c9ded read it the same): its misses in other words, left unfixed — no rule
# written from them (bench/tasks_invented.py --set twenty-ninth).  The situation after a field lead and the topic counting
# its fields mended at stop 45 (tests/test_task_field_titles_and_lead_units.py).
_HELD_OUT_T43_LIKE = """某某市人民政府工作报告
——2027年1月15日在某某市第十一届人民代表大会第二次会议上

各位代表：

一、2026年工作回顾

2026年，全市地区生产总值增长5.9%。

二、2027年重点工作

全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。围绕上述目标，重点抓好四个方面工作。

（一）聚焦产业升级，壮大实体经济

在育企业方面，新增高新技术企业30家，技术合同成交额增长10%。到2030年，全市高新技术企业突破300家。

在扩投资方面，目前全市项目前期工作进展偏慢。年内新开工亿元以上项目40个。6月底前，某某物流园二期全面开工。

（二）聚焦民生改善，提升服务水平

就业是最基本的民生。实施就业帮扶行动，新增城镇就业5000人。

改革方面，重点抓好两件事：一是完成市属国企整合重组；二是深化工程建设项目审批改革，审批时限压缩至40个工作日。

办好教育、养老两件实事。新建幼儿园2所，新增学位900个。新建社区养老服务站10个。
"""


def _t43_like_starts(tmp_path):
    (tmp_path / "r.txt").write_text(_HELD_OUT_T43_LIKE, encoding="utf-8")
    return [for_parsing(t.text).strip() for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt"))
            if t.kind == "task"]


def test_t43_like_situation_after_a_field_lead_is_no_task(tmp_path):
    assert not [s for s in _t43_like_starts(tmp_path) if "目前" in s]


def test_t43_like_topic_naming_fields_is_no_task(tmp_path):
    assert not [s for s in _t43_like_starts(tmp_path) if s.startswith("办好")]


# holdout's held-out report t44 (written blind to stop 44's rules, landed as 68e69f0 and judged once at 18:23 UTC on
# 4 December 2026; the stop's starting engine 85b3754f read it the same): its misses in other words, left unfixed — no
# rule written from them (bench/tasks_invented.py --set thirtieth).  Mended at stop 45 by the bracketed-lead-unit and
# bullet-field-title rules (tests/test_task_field_titles_and_lead_units.py).
_HELD_OUT_T44_LIKE = """某某县人民政府工作报告
——2027年1月12日在某某县第十九届人民代表大会第二次会议上

各位代表：

一、2026年工作回顾

2026年，全县地区生产总值增长6.1%。

二、2027年重点工作

全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。今年重点抓好以下四个方面重点任务，每项任务明确责任单位。

● 工业强县

1．新增规模以上工业企业18家。（责任单位：县经信局）

2．实施技术改造项目30个。（责任单位：县经信局）

● 民生实事

3．新建城区幼儿园2所，新增学位540个。（责任单位：县教育局）

4．新建农村互助养老点20个。（责任单位：县民政局）
"""


def _t44_like(tmp_path):
    (tmp_path / "r.txt").write_text(_HELD_OUT_T44_LIKE, encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]


def test_t44_like_lead_unit_in_brackets_is_no_task(tmp_path):
    assert not [t for t in _t44_like(tmp_path) if "责任单位" in for_parsing(t.text)[:8]]


def test_t44_like_bullet_field_title_groups_the_items(tmp_path):
    found = _t44_like(tmp_path)
    assert not [t for t in found if for_parsing(t.text).strip().lstrip("●").strip() == "民生实事"]
    assert [for_parsing(t.heading or "").strip() for t in found if "养老点" in t.text] == ["民生实事"]


# holdout's held-out report t45 (written blind to stop 45's rules, landed as af6c188 and judged once at 22:07 UTC on
# 4 December 2026; the stop's starting engine ec62080 read its items the same): its misses in other words, left unfixed
# then — no rule written from them (bench/tasks_invented.py --set thirty-first); t45 dev at stop 46.
_HELD_OUT_T45_LIKE = """某某自治州人民政府工作报告
——2027年1月18日在某某自治州第十六届人民代表大会第二次会议上

各位代表：

一、2026年工作回顾

2026年，全州地区生产总值增长6.2%。

二、2027年工作安排

今年，全州以“四大提升行动”为抓手，具体安排如下：

◆产业提升行动

▲园区建设：新建标准化厂房20万平方米，新增入园企业40家。

▲农业品牌：新认证绿色食品30个。

◆民生提升行动

▲托育服务：新增普惠托位600个。

▲养老服务：新建社区养老服务站25个。
"""


def _t45_like(tmp_path):
    (tmp_path / "r.txt").write_text(_HELD_OUT_T45_LIKE, encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]


# (a strict xfail until stop 46: a bullet's run-in title and colon in a run of such items is no part of the task,
# report._bullet_items; tests/test_task_bullet_items.py in other words)
def test_t45_like_run_in_title_is_no_part_of_the_task(tmp_path):
    starts = [for_parsing(t.text).strip().lstrip("▲").strip() for t in _t45_like(tmp_path)]
    assert any(s.startswith("新增普惠托位600个") for s in starts)


# (a strict xfail until stop 46: the bullet's run-in title is its tasks' group)
def test_t45_like_run_in_title_groups_its_task(tmp_path):
    found = _t45_like(tmp_path)
    assert [for_parsing(t.heading or "").strip() for t in found if "养老服务站" in t.text] == ["养老服务"]


# holdout's held-out report t47 (written blind to stop 46's rules, landed as a189e90 and judged once at 01:14 UTC on
# 5 December 2026; the stop's starting engine 4c774d1 read it the same): its misses in other words, strict xfails until
# stop 47 (tasksx: connectives of sequence as ordinals, words.toml task.ordinal_open; a mid-paragraph series of them,
# tasks.topics._CONNECTOR; a paragraph of measures only before a run-in title, tasks.report._measures_only — their tables
# in tests/test_task_connector_topics.py; bench/tasks_invented.py --set thirty-third).  Its one indicator miss (a task after
# a connector whose metric kept the year word and its verb, 年内新开工…) did not fail again in the other words here; it is
# mended at stop 48 (年内/全年 before 新 and a verb of gaining is a date: indicators._DEADLINE_LEAD, words.toml
# completion.gain_new; tests/test_task_kind_labels.py).
_HELD_OUT_T47_LIKE = """某某县人民政府工作报告
——2027年1月12日在某某县第十九届人民代表大会第三次会议上

各位代表：

一、2026年工作回顾

2026年，全县地区生产总值增长6.1%。

二、2027年工作安排

今年如何推进？全县将牢牢抓住“三件大事”，一件一件抓到位。

（一）抓好“农业”这件大事

首先，稳住粮食生产。新建高标准农田3万亩，粮食播种面积稳定在60万亩以上。

其次，年内新增省级农业产业化龙头企业5家。

最后，发展特色产业。特色产业是农民增收的根本。新建冷链仓储设施8处，培育区域公用品牌3个。

（二）抓好“民生”这件大事

群众的事就是最大的事。首先，织密医疗网络。新建村卫生室20个。其次，扩大托育供给。新增普惠托位500个。

（三）抓好“治理”这件大事

推进“一网统管”改革，新增联办事项12项。建成县级应急指挥中心，9月底前投入使用。

抓好防灾减灾。年内完成河道清淤60公里。
"""


def _t47_like(tmp_path):
    (tmp_path / "r.txt").write_text(_HELD_OUT_T47_LIKE, encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]


def _heading_of(found, words):
    return [for_parsing(t.heading or "").strip() for t in found if words in t.text]


def test_t47_like_connector_topic_opening_a_paragraph_groups_its_measures(tmp_path):
    """Guard: 首先，<topic>。 opening a paragraph of measures is no task and the group of those measures."""
    found = _t47_like(tmp_path)
    assert not [t for t in found if for_parsing(t.text).strip().rstrip("。").endswith("稳住粮食生产")]
    assert _heading_of(found, "高标准农田") == ["稳住粮食生产"]


def test_t47_like_connector_topic_before_a_worth_statement_is_no_task(tmp_path):
    assert not [t for t in _t47_like(tmp_path) if for_parsing(t.text).strip().rstrip("。").endswith("发展特色产业")]


def test_t47_like_connector_topic_before_a_worth_statement_groups_its_measures(tmp_path):
    assert _heading_of(_t47_like(tmp_path), "冷链仓储") == ["发展特色产业"]


def test_t47_like_connector_topics_inside_a_paragraph_are_no_tasks(tmp_path):
    ends = [for_parsing(t.text).strip().rstrip("。") for t in _t47_like(tmp_path)]
    assert not [e for e in ends if e.endswith(("织密医疗网络", "扩大托育供给"))]


def test_t47_like_connector_topics_inside_a_paragraph_group_their_measures(tmp_path):
    found = _t47_like(tmp_path)
    assert _heading_of(found, "村卫生室") == ["织密医疗网络"]
    assert _heading_of(found, "普惠托位") == ["扩大托育供给"]


def test_t47_like_first_paragraph_of_two_works_is_read(tmp_path):
    starts = [for_parsing(t.text).strip() for t in _t47_like(tmp_path)]
    assert any(s.startswith("推进“一网统管”改革") for s in starts)
    assert any(s.startswith("建成县级应急指挥中心") for s in starts)


# holdout's held-out report t48 (written blind to stop 47's rules, landed as 5e72f3a and judged once at 04:10 UTC on
# 5 December 2026): its misses in other words, left unfixed — no rule written from them (bench/tasks_invented.py --set
# thirty-fourth).  Headings each followed by a paragraph opened by 目标： and one opened by 举措：, the run-in labels
# naming the kind of sentence, not its topic.  The beneficiary before the verb of an amount was dropped from the metric
# for some doers (群众, 农户) and kept for others (种粮农民, 农牧民).  Mended at stop 48 (tasksx), the xfails below passing.
_HELD_OUT_T48_LIKE = """某某县人民政府工作报告
——2027年1月10日在某某县第十八届人民代表大会第五次会议上

各位代表：

一、2026年工作回顾

2026年，全县地区生产总值增长5.9%。

二、2027年工作安排

2027年是“十五五”规划开局之年。全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。

按照“目标—举措”逐项对应的要求，今年重点抓好三个方面工作。

（一）特色林果做优做强

目标：林果产值达到25亿元。林果良种覆盖率达到90%。

举措：新建标准化果园2万亩，推广水肥一体化技术5万亩。建成某某镇林果冷链物流中心。到2030年，实现行政村林果技术服务站全覆盖。

（二）生态屏障巩固提升

目标：完成省和市下达的污染物减排任务，森林覆盖率稳定在38%以上。

举措：森林是全县最大的生态本钱。完成国土绿化造林3万亩。实施某某湖湿地保护修复工程。

（三）社会保障兜底提标

目标：城镇新增就业1600人，城镇登记失业率控制在3.2%以内。

举措：新建社区食堂10个。国庆节前建成县残疾人康复中心。为种粮农民发放耕地地力保护补贴8000万元。
"""


def _t48_like(tmp_path):
    (tmp_path / "r.txt").write_text(_HELD_OUT_T48_LIKE, encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]


def test_t48_like_sentences_after_run_in_labels_are_tasks_without_the_label(tmp_path):
    """Guard: the sentences of a 目标： or 举措： paragraph are tasks, one a sentence, the label no part of them."""
    starts = [for_parsing(t.text).strip() for t in _t48_like(tmp_path)]
    for start in ("林果产值达到25亿元", "林果良种覆盖率达到90%", "新建标准化果园2万亩", "建成某某镇林果冷链物流中心",
                  "城镇新增就业1600人", "新建社区食堂10个", "国庆节前建成县残疾人康复中心"):
        assert any(s.startswith(start) for s in starts), start


def test_t48_like_five_year_sentence_after_the_years_measures(tmp_path):
    """Guard: a 到2030年 sentence among the year's measures is the five years', the measure before it not."""
    found = _t48_like(tmp_path)
    assert [t.five_year for t in found if "技术服务站" in t.text] == [True]
    assert [t.five_year for t in found if "冷链物流中心" in t.text] == [False]


def test_t48_like_target_paragraph_indicators(tmp_path):
    """Guard: a count and a cap of a 目标： paragraph read as its indicators."""
    task, = [t for t in _t48_like(tmp_path) if "新增就业" in t.text]
    assert [(i.value, i.unit, i.comparator) for i in task.indicators] == [(1600, "人", ">="), (3.2, "%", "<=")]


# (strict xfails until stop 48: a label naming the kind of the sentences after it and a colon opening a paragraph is no
# run-in title and no part of a task, structure._KIND_LABEL; the people served before an amount's verb, words.toml
# target.beneficiary; tests/test_task_kind_labels.py in other words)
def test_t48_like_run_in_labels_are_no_group(tmp_path):
    found = _t48_like(tmp_path)
    # (the group as bench/tasks_invented.py reads it: the heading, else the part — here the (一) heading above the label)
    assert [for_parsing(t.heading or t.part).strip() for t in found if "林果产值" in t.text] == ["特色林果做优做强"]
    assert [for_parsing(t.heading or t.part).strip() for t in found if "社区食堂" in t.text] == ["社会保障兜底提标"]


def test_t48_like_label_is_no_part_of_a_task_set_from_above(tmp_path):
    starts = [for_parsing(t.text).strip() for t in _t48_like(tmp_path)]
    assert any(s.startswith("完成省和市下达的污染物减排任务") for s in starts)


def test_t48_like_worth_statement_after_a_label_is_no_task(tmp_path):
    assert not [t for t in _t48_like(tmp_path) if for_parsing(t.text).strip().rstrip("。").endswith("生态本钱")]


def test_t48_like_metric_keeps_the_beneficiary_and_verb(tmp_path):
    task, = [t for t in _t48_like(tmp_path) if "地力保护补贴" in t.text]
    (metric, value, unit, comp), = [(i.metric, i.value, i.unit, i.comparator) for i in task.indicators]
    assert "耕地地力保护补贴" in metric and len(metric) <= len("耕地地力保护补贴") + 4
    assert (value, unit, comp) == (8000, "万元", ">=")


# holdout's held-out report t49 (written blind to stop 48's rules, landed as 8364c68 and judged once at 07:33 UTC on
# 5 December 2026; the stop's starting engine b555e88 read it the same: starts 19/19, precision 19/20, indicators 16/19):
# its misses in other words, strict xfails until stop 49 (tasksx) mended them in general rules: a present state counted
# after 目前， is a statement (tasks.report._statement), a count's thing ends before the result it is to reach
# (target.counted_then_result) and after a deadline and a verb (target.deadline_then_verb), 场次 a unit, one example
# closed by 等 after a verb of holding no part of the counted thing (target.one_example_verb).
# Headings each a field's name, a colon and a slogan; each section's paragraph opened by the year's goals (今年，…), then
# measures opened by 为此，.  Each case below failed as its original did (checked when written).
_HELD_OUT_T49_LIKE = """某某自治县人民政府工作报告
——2027年1月15日在某某自治县第十九届人民代表大会第二次会议上

各位代表：

一、2026年工作回顾

2026年，全县地区生产总值增长5.9%。

二、2027年工作安排

全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长4%。

今年重点抓好以下三个方面工作：

（一）工业经济：延链补链，做强实体经济

今年，规模以上工业增加值增长7%以上，新增规上工业企业10家。为此，加快某某新材料产业园三期建设，年内推动4个项目竣工投产。\
实施技术改造项目15个，推动6家企业完成智能化改造。目前，全县规上工业企业仅72家，工业基础仍然薄弱。各乡镇、各部门要牢固树立\
抓项目就是抓发展的理念。

（二）文化旅游：融合发展，擦亮民族文化品牌

全力办好第五届全县民族传统体育运动会。为此，建成县非遗展示中心，举办非遗展演等文化活动40场次。今年，接待游客突破500万人次。

（三）民生保障：兜底提标，增进群众福祉

今年，城镇新增就业2800人。为此，开展职业技能培训8000人次，新建零工市场3个。

各位代表，让我们团结一心、苦干实干，奋力谱写新篇章！
"""


def _t49_like(tmp_path):
    (tmp_path / "r.txt").write_text(_HELD_OUT_T49_LIKE, encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]


def _t49_indicators(tmp_path, words):
    task, = [t for t in _t49_like(tmp_path) if words in t.text]
    return [(i.metric, i.value, i.unit, i.comparator) for i in task.indicators]


def test_t49_like_goal_sentences_and_measures_are_tasks_under_the_whole_heading(tmp_path):
    """Guard: the 今年， goals and the 为此， measures are tasks, grouped by the whole heading, field and slogan."""
    found = _t49_like(tmp_path)
    starts = [for_parsing(t.text).strip() for t in found]
    for start in ("今年,规模以上工业增加值增长7%以上", "为此,加快某某新材料产业园三期建设", "实施技术改造项目15个",
                  "全力办好第五届全县民族传统体育运动会", "为此,开展职业技能培训8000人次"):
        assert any(s.startswith(start) for s in starts), start
    # (the group as bench/tasks_invented.py reads it: the heading, else the part — here the (三) heading itself)
    assert [for_parsing(t.heading or t.part).strip() for t in found if "零工市场" in t.text] == ["民生保障:兜底提标,增进群众福祉"]


def test_t49_like_present_state_is_no_task(tmp_path):
    assert not [t for t in _t49_like(tmp_path) if for_parsing(t.text).strip().startswith("目前")]


def test_t49_like_metric_is_the_thing_counted_after_the_figure(tmp_path):
    (metric, value, unit, comp), = _t49_indicators(tmp_path, "新材料产业园")
    assert "项目" in metric and len(metric) <= len("项目") + 4 and (value, unit, comp) == (4, "个", ">=")


def test_t49_like_metric_ends_with_the_firms(tmp_path):
    second = _t49_indicators(tmp_path, "技术改造项目")[1]
    assert "企业" in second[0] and len(second[0]) <= len("企业") + 4 and second[1:] == (6, "家", ">=")


def test_t49_like_events_counted_in_changci(tmp_path):
    (metric, value, unit, comp), = _t49_indicators(tmp_path, "非遗展演")
    assert "文化活动" in metric and len(metric) <= len("文化活动") + 4 and (value, unit, comp) == (40, "场次", ">=")


# holdout's held-out report t50 (written blind to stop 49's first rules, judged once at 10:41 UTC on 5 December 2026 by
# main 58cfdc60 and the stop's starting engine, the same answers: starts 6/15 found, 6/20 right, groups 6/15, indicators
# 4/15): its misses in other words, strict xfails until mended.  A street office's plan whose (一) headings stand on
# their own line and whose every measure is followed by its responsible office in brackets AFTER the full stop
# (…。（责任科室：某某办）), one bracket inside before it (…（责任科室：某某办）。).  Each case below failed as its original
# did (checked when written).
_HELD_OUT_T50_LIKE = """某某街道办事处工作报告
——2027年1月12日在某某街道第四届居民代表会议第一次会议上

各位代表：

一、2026年工作回顾

2026年，街道完成固定资产投资8.2亿元。

二、2027年工作安排

街道工作的总体思路是：以服务群众为中心，建设和谐宜居街区。主要目标是：税收收入增长4%。

今年重点抓好以下三个方面工作，每项任务明确责任科室，按月调度：

（一）商贸服务繁荣活跃

培育夜间消费街区1条，新增个体工商户400户。（责任科室：经济服务办）推进某某商业综合体招商运营，9月底前开业。\
（责任科室：招商中心）组织“惠民购物节”促销活动，全年开展促销12场次。（责任科室：经济服务办、商会）

（二）人居环境整治提升

完成背街小巷整治18条，受益群众3500户。（责任科室：城建办、环卫所）二季度完成某某河道清淤，四季度完工验收。\
（责任科室：城建办）增设非机动车充电桩300个（责任科室：城建办）。环境整治事关居民日常生活，必须坚持常态长效。

（三）平安社区共建共享

推行“红色物业”服务机制，全街道组建楼栋议事会40个，选聘楼栋长120名。（责任科室：党建办、平安办）建成社区警务室3个，\
为300户独居老人安装智能门磁。（责任科室：平安办）信访事项及时受理率达到99%以上。（责任科室：信访办）各社区要把安全\
隐患消除在萌芽，做到早发现、早处置。到2030年，辖区10分钟便民服务圈实现全覆盖。（责任科室：平安办）

三、加强自身建设

坚持廉洁从政，严格执行中央八项规定精神。坚持勤俭办事，“三公”经费压减3%以上。（责任科室：党政办、财政所）

各位代表，让我们齐心协力，奋力开创街道工作新局面！
"""


def _t50_like(tmp_path):
    (tmp_path / "r.txt").write_text(_HELD_OUT_T50_LIKE, encoding="utf-8")
    return [t for t in tasks.tasks_from_document(reader.read(tmp_path / "r.txt")) if t.kind == "task"]


def _t50_starts(tmp_path):
    return [for_parsing(t.text).strip() for t in _t50_like(tmp_path)]


def test_t50_like_first_measures_and_conduct_are_tasks(tmp_path):
    """Guard: the measure opening each section and the conduct part's 坚持… sentences are tasks under their heading."""
    found = _t50_like(tmp_path)
    starts = [for_parsing(t.text).strip() for t in found]
    for start in ("培育夜间消费街区1条", "完成背街小巷整治18条", "推行“红色物业”服务机制", "坚持廉洁从政", "坚持勤俭办事"):
        assert any(s.startswith(start) for s in starts), start
    assert [for_parsing(t.heading or t.part).strip() for t in found if "背街小巷" in t.text] == ["人居环境整治提升"]


def test_t50_like_bracket_after_the_full_stop_is_no_task(tmp_path):
    assert not [s for s in _t50_starts(tmp_path) if "责任科室" in s]


def test_t50_like_measures_after_a_bracket_start_tasks(tmp_path):
    starts = _t50_starts(tmp_path)
    for start in ("推进某某商业综合体招商运营", "组织“惠民购物节”促销活动", "二季度完成某某河道清淤", "增设非机动车充电桩300个",
                  "建成社区警务室3个", "信访事项及时受理率达到99%以上"):
        assert any(s.startswith(start) for s in starts), start


def test_t50_like_bracket_after_the_full_stop_is_the_measure_s_lead(tmp_path):
    found = _t50_like(tmp_path)
    task, = [t for t in found if "夜间消费街区" in t.text]
    assert task.lead and "经济服务办" in task.lead[0]
    task, = [t for t in found if "充电桩" in t.text]
    assert task.lead and "城建办" in task.lead[0]


def test_t50_like_worth_statement_is_no_task(tmp_path):
    assert not [s for s in _t50_starts(tmp_path) if "事关" in s]


def test_t50_like_communities_exhorted_is_no_task(tmp_path):
    assert not [s for s in _t50_starts(tmp_path) if "各社区要" in s]


def test_t50_like_later_year_goal_is_five_year_with_no_indicator(tmp_path):
    """Guard: 到2030年，… inside the year's plan is the five years' goal, and the minutes in its name no target."""
    task, = [t for t in _t50_like(tmp_path) if "便民服务圈" in t.text]
    assert task.five_year and not task.indicators


def test_t50_like_metric_after_place_and_verb_is_the_thing_counted(tmp_path):
    task, = [t for t in _t50_like(tmp_path) if "楼栋议事会" in t.text]
    metric, value, unit, comp = [(i.metric, i.value, i.unit, i.comparator) for i in task.indicators][0]
    assert "楼栋议事会" in metric and len(metric) <= len("楼栋议事会") + 4 and (value, unit, comp) == (40, "个", ">=")


def test_t50_like_people_served_is_the_metric(tmp_path):
    task, = [t for t in _t50_like(tmp_path) if "智能门磁" in t.text]
    metric, value, unit, comp = [(i.metric, i.value, i.unit, i.comparator) for i in task.indicators][-1]
    assert "独居老人" in metric and len(metric) <= len("独居老人") + 4 and (value, unit, comp) == (300, "户", ">=")

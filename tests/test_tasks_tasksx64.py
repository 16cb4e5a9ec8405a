"""tasksx's sixty-sixth set (t80, stop 64) and the stop's leftovers, in other words (texts written here, 某某 names):

- a reply or progress report in prose with no part heading: each item under a run-in title (关于X。), its facts and
  problems, then the next steps (下一步，我局将…; 下步，我们将…; 下一步打算：一是…) to the paragraph's end, or after a lead-in
  closing its paragraph to the text's end (parts._reply_next_steps, structure's run-in title: parts.next_steps_later);
- a part titled with its problems, then the plan (存在问题和下一步打算): what stands before the first next-steps sentence
  or sub-section titled as plan states the problems (parts._problems_before_plan);
- a bulletin titled with the works' progress (…关于全县重点工作推进情况的通报) plans nothing, and an import as a plan points
  it to the progress route (parts.is_progress_bulletin, kinds.progress_title); a part titled 主要工作成效 reviews;
- a level with no unit (…保障系数保持在1.1以上) is an indicator (indicators._unitless_level);
- the ones organised to take part (组织企业参加…展会3场) are no part of what is counted (indicators._TAKE_PART)."""

from __future__ import annotations

import pytest

from luoshi.engine import kinds
from luoshi.engine.indicators import parse
from luoshi.engine.parts import next_steps_open, title_role
from tests.tasks_heldout_helpers import found_tasks, group_of, metrics_of, start_of

pytestmark = pytest.mark.engine


def _read(tmp_path, text: str) -> list[tuple[str, str]]:
    return [(start_of(t), group_of(t)) for t in found_tasks(tmp_path, text)]


# --- a reply in prose with no part heading ------------------------------------------------------------------------

_REPLY = ("某某区交通运输局关于区政府重点工作督办事项落实情况的报告\n\n区政府督查室：\n\n"
          "贵室督办通知收悉，现将我局承担事项的办理情况报告如下。\n\n"
          "今年以来，我局承担的4项督办事项均按计划推进。\n\n"
          "关于农村公路提档升级。截至8月底，已完成农村公路改造26公里。个别标段征迁协调难度较大。{steps}\n\n"
          "关于公交场站建设。城北公交首末站已完成主体结构。下一步，我局将加快附属工程施工，10月底前建成投用。\n\n"
          "我局将以此次督办为契机，确保各项工作按期完成。\n\n特此报告。\n\n某某区交通运输局\n2028年9月6日\n")


@pytest.mark.parametrize("steps, read", [
    ("下一步，我局将加强征迁协调，年底前完成剩余改造任务14公里。新增港湾式停靠站20个。",
     [("下一步,我局将加强征迁协调,年底前完成剩余改造任务14公里。", "关于农村公路提档升级"),
      ("新增港湾式停靠站20个。", "关于农村公路提档升级")]),
    ("下步，我们将优化施工组织，新建错车道35处。",
     [("下步,我们将优化施工组织,新建错车道35处。", "关于农村公路提档升级")]),
    ("下一步打算：一是倒排工期，11月底前完成路面铺设；二是开展安全隐患排查。",
     [("一是倒排工期,11月底前完成路面铺设", "关于农村公路提档升级"), ("二是开展安全隐患排查", "关于农村公路提档升级")]),
], ids=["下一步，我局将", "下步，我们将", "下一步打算：一是"])
def test_a_prose_replys_next_steps_are_its_tasks(tmp_path, steps, read):
    found = _read(tmp_path, _REPLY.format(steps=steps))
    assert found == [*read, ("下一步,我局将加快附属工程施工,10月底前建成投用。", "关于公交场站建设")]


def test_a_prose_replys_lead_in_closing_its_paragraph_opens_the_plan_to_the_end(tmp_path):
    text = ("某某街道办事处关于民生实事推进情况的报告\n\n区政府办公室：\n\n"
            "今年以来，街道扎实推进各项民生实事，已完成老旧小区改造3个。\n\n"
            "下一步，我街道将重点抓好以下工作：\n\n"
            "一是加快口袋公园建设，年底前建成口袋公园4个。\n\n二是完善社区养老服务，新增助餐点6个。\n\n"
            "特此报告。\n\n某某街道办事处\n2028年10月9日\n")
    assert _read(tmp_path, text) == [("一是加快口袋公园建设,年底前建成口袋公园4个。", ""),
                                     ("二是完善社区养老服务,新增助餐点6个。", "")]


@pytest.mark.parametrize("steps", [
    "下一步，各施工单位要加强安全管理，确保工程质量。",        # the units told, no plan of the writer's
    "下一步，全系统上下要压实责任。",                          # the whole body exhorted
    "这为下一步工作打下了坚实基础。",                          # 下一步 inside a sentence of facts
    "目前，路面工程已完成80%。",                               # facts alone
], ids=["units told", "whole body", "inside a sentence", "facts alone"])
def test_a_prose_paragraph_with_no_next_steps_of_the_writers_is_no_plan(tmp_path, steps):
    # guards: only the writer's own next steps open the plan; the other item's next steps stay read
    found = _read(tmp_path, _REPLY.format(steps=steps))
    assert found == [("下一步,我局将加快附属工程施工,10月底前建成投用。", "关于公交场站建设")]


def test_a_replys_short_title_line_is_no_part_over_its_next_steps(tmp_path):
    # a title line naming no part by its wording (…推进情况的报告) is the reply's own title: the text is one with no part
    text = ("某某街道办事处关于民生实事推进情况的报告\n\n区政府办公室：\n\n已完成老旧小区改造3个。"
            "下一步，我街道将新增助餐点6个。\n\n特此报告。\n")
    assert _read(tmp_path, text) == [("下一步,我街道将新增助餐点6个。", "")]


def test_a_text_with_no_part_and_no_next_steps_has_no_tasks(tmp_path):
    text = ("某某镇人民政府关于上半年工作情况的报告\n\n县人民政府：\n\n"
            "上半年，全镇完成固定资产投资2.1亿元。关于人居环境整治。已改造农村户厕300户。\n\n特此报告。\n")
    assert _read(tmp_path, text) == []


@pytest.mark.parametrize("sentence, opens", [
    ("下一步，我局将加快建设。", True), ("下步，我们要抓好落实。", True), ("下一步打算：一是…", True),
    ("下一阶段，本中心拟开展培训。", True), ("接下来，我委将推进改革。", True), ("下步工作安排：", True),
    ("下一步，各乡镇要抓好落实。", False), ("下一步，全县上下要再接再厉。", False),
    ("下一步工作要求", False), ("为下一步工作打下基础。", False), ("下一步的重点在于落实。", False),
])
def test_what_opens_a_replys_next_steps(sentence, opens):
    assert next_steps_open(sentence) is opens


def test_a_work_reports_plan_part_is_read_as_before(tmp_path):
    # a guard: a text with parts keeps its reading (the next steps' rule is for a text with no part only)
    text = ("2028年工作安排\n\n（一）扩大有效投资。下一步，我们将实施重点项目60个。新开工项目25个。\n")
    assert _read(tmp_path, text) == [("下一步,我们将实施重点项目60个。", "扩大有效投资"),
                                     ("新开工项目25个。", "扩大有效投资")]


# --- a part titled with its problems, then the plan ----------------------------------------------------------------

_SUMMARY = ("某某市文旅局2028年上半年工作总结\n\n一、上半年工作开展情况\n\n上半年，全市接待游客1200万人次。\n\n"
            "二、{title}\n\n{body}\n")


@pytest.mark.parametrize("title", ["存在问题和下一步打算", "问题及下步工作打算", "存在的不足与下半年工作计划",
                                   "困难和问题及下一步工作"])
@pytest.mark.parametrize("body", [
    "（一）存在问题。旅游消费层次不高。文旅融合深度不够。\n\n（二）下一步打算。举办文旅消费季活动8场。新创建A级景区2家。",
    "旅游消费层次不高。文旅融合深度不够。\n\n下一步，我局将重点抓好以下工作：\n\n举办文旅消费季活动8场。新创建A级景区2家。",
], ids=["sub-sections", "a next-steps sentence"])
def test_a_problems_and_next_steps_parts_problems_are_no_tasks(tmp_path, title, body):
    starts = [s for s, _ in _read(tmp_path, _SUMMARY.format(title=title, body=body))]
    assert starts[-2:] == ["举办文旅消费季活动8场。", "新创建A级景区2家。"]
    assert not any(s.startswith(("旅游消费", "文旅融合")) for s in starts)


def test_a_next_steps_part_alone_is_all_plan(tmp_path):
    # a guard: a part titled with the next steps alone is the plan from its first sentence (no problems read before)
    body = "旅游消费层次不高的问题要着力解决，培育夜间消费集聚区3个。\n\n下一步，我局将举办文旅消费季活动8场。"
    starts = [s for s, _ in _read(tmp_path, _SUMMARY.format(title="下一步工作打算", body=body))]
    assert starts == ["旅游消费层次不高的问题要着力解决,培育夜间消费集聚区3个。", "下一步,我局将举办文旅消费季活动8场。"]


def test_a_problems_and_next_steps_part_with_no_start_of_plan_stays_plan(tmp_path):
    # a guard: neither a next-steps sentence nor a sub-section titled as plan — the part is read by its title, as before
    body = "举办文旅消费季活动8场。新创建A级景区2家。"
    starts = [s for s, _ in _read(tmp_path, _SUMMARY.format(title="存在问题和下一步打算", body=body))]
    assert starts == ["举办文旅消费季活动8场。", "新创建A级景区2家。"]


@pytest.mark.parametrize("title, role", [
    ("主要工作成效", "review"), ("2027年主要成效", "review"),
    ("主要工作", "plan"), ("2028年重点工作", "plan"), ("存在问题和下一步打算", "plan"),
])
def test_a_results_title_reviews_though_it_names_the_work(title, role):
    assert title_role(title) == role


# --- a bulletin on the works' progress -----------------------------------------------------------------------------

_BULLETIN = ("{title}\n\n各街道办事处，区政府各部门：\n\n现将1—9月推进情况通报如下：\n\n一、总体情况\n\n"
             "截至9月底，全区36项重点工作中，已完成8项，序时推进25项。\n\n二、主要工作进展\n\n"
             "（一）城市更新。改造老旧小区18个，新建停车泊位900个。\n\n三、存在的问题\n\n个别项目进度滞后。\n\n"
             "四、下一步工作\n\n（一）加快项目建设。各街道要倒排工期，确保完成老旧小区改造25个。\n")


@pytest.mark.parametrize("title", ["某某区人民政府办公室关于全区重点工作推进情况的通报",
                                   "关于2028年区政府重点任务三季度完成情况的通报",
                                   "某某区重点项目建设进展情况通报"])
def test_a_progress_bulletin_plans_nothing_and_says_so(tmp_path, title):
    text = _BULLETIN.format(title=title)
    assert _read(tmp_path, text) == []
    assert kinds.progress_title(text) == title


@pytest.mark.parametrize("title", ["某某区人民政府办公室关于印发2028年区政府重点工作推进方案的通知",
                                   "关于2028年区政府重点工作督办事项的通知"])
def test_a_notice_on_the_key_works_stays_a_plan(tmp_path, title):
    # guards: a notice issuing or listing the key works (no progress word before 通报) is read for its tasks as before
    text = (f"{title}\n\n各街道办事处，区政府各部门：\n\n一、重点任务\n\n（一）城市更新。改造老旧小区25个。\n")
    assert _read(tmp_path, text) == [("改造老旧小区25个。", "城市更新")]
    assert kinds.progress_title(text) == ""


# --- indicators ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("强化库款调度，县级国库资金保障系数保持在1.2以上。", [("县级国库资金保障系数", 1.2, "", ">=")]),
    ("城市空气质量综合指数控制在4.1以内。", [("城市空气质量综合指数", 4.1, "", "<=")]),
    ("地方债务风险指数不高于0.8。", [("地方债务风险指数", 0.8, "", "<=")]),
    ("耕地质量等级平均水平提升到4.5左右。", [("耕地质量等级平均水平", 4.5, "", "=")]),
])
def test_a_level_with_no_unit_is_a_level(text, want):
    found = parse(text)[0]
    assert [(i.metric, i.value, i.unit, i.comparator) for i in found] == want
    assert {i.kind for i in found} == {"level"}


@pytest.mark.parametrize("text", [
    "开展第3批试点。",                         # a batch, no level
    "实施2号地块开发。",                       # a number in a name
    "城乡居民收入比缩小到2.1。",                # no level noun (比 alone)
    "综合指数保持在较好水平。",                 # no figure
    "信用指数达到2028年标准。",                 # a year, then more words
    "服务水平达到3A级标准。",                   # a grade in a name, then more words
])
def test_other_figures_with_no_unit_are_none(text):
    assert parse(text)[0] == []


@pytest.mark.parametrize("measure, metric", [
    ("组织茶企参加省级以上展销会3场次以上。", "参加省级以上展销会"),
    ("组织中小企业参与产销对接活动5场。", "参与产销对接活动"),
])
def test_the_ones_organised_are_no_part_of_what_they_take_part_in(tmp_path, measure, metric):
    text = f"2028年工作安排\n\n（一）拓展市场。{measure}\n"
    assert [m[0] for m in metrics_of(found_tasks(tmp_path, text), measure[:4])] == [metric]


def test_organising_a_training_keeps_its_count(tmp_path):
    # a guard: 组织 with no verb of taking part after its doers keeps the metric as before
    text = "2028年工作安排\n\n（一）稳定就业。组织开展职业技能培训3000人次。\n"
    assert [m[0] for m in metrics_of(found_tasks(tmp_path, text), "组织开展")] == ["组织开展职业技能培训"]

"""A count done short of the pace beside other items only pending another body's decision (statusb, issue 11: the
commonest first-run error, behind read as on pace) as a table of (task, progress, as of) → verdict.  Every row is
invented for this file, in the manner of the pooled first runs' misses (bench/status_first_runs.py), none of them
copied.

Three readings held the done count back as "pending" and so the part under way on pace:

* a decision awaited later in the sentence by items a clause of their own counts (8个村通过…考核验收，5个村已申报待省里
  考核): the wait is theirs, not the passed count's (rules.roles._before_others);
* another batch's wait (已完成第一批认定62家，第二批申报材料正在评审中): a clause opened by 第二批 is about other
  items (rules.roles._without_others);
* 入库 after a done verb opened by 已 (已评价入库, 已新增入库, 已实现升规入库) is entered, not applied for
  (rules.roles._ENTERED; 正在办理入库手续 and 已提交入库申请 still pending);

and a recognised count that names nothing else (已有14家通过省级认定, 已获省级认定9家) now answers a target of
recognised items in its unit, its level the target's own (words.toml figure.recognition_level; rules.assigning._match).
With the count read, the pending items still hold it on pace when they cover all the rest before the year's last
month (done + pending ≥ the target: rules.judging, unchanged); when they do not, or from 30 November
(`pending_late`), the count alone is judged against the pace."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

JUN, AUG, SEP, OCT, NOV = date(2020, 6, 30), date(2020, 8, 31), date(2020, 9, 30), date(2020, 10, 31), date(2020, 11, 30)


# Each was read on pace before (the pending items taken for the count's own state, or the count not matched).
MENDED = [
    ("新增省级以上“隐形冠军”企业10家", "已有5家通过省级认定，另有4家已完成申报，正在等待专家评审。", OCT, "behind"),
    ("全年新增规上服务业企业30家", "已新增入库规上服务业企业16家，另有7家材料已报送待审。", SEP, "behind"),
    ("年内培育市级专精特新企业60家", "已完成首批认定35家，第二批申报材料正在评审。", OCT, "behind"),
    ("新增规上商贸企业40家", "已新增入库规上商贸企业26家，另有9家正在办理入库手续。", NOV, "behind"),
    ("创建省级美丽乡村示范村12个", "已有6个村通过省级示范村考核验收，4个村已申报待省里验收。", OCT, "behind"),
    ("新增入库科技型中小企业150家", "已评价入库科技型中小企业60家，另有40家已通过区级初审推荐上报。", JUN, "behind"),
    ("年内新增“小升规”企业20家", "已实现升规入库16家，另有3家正在办理入库手续。", NOV, "behind"),
    ("培育市级专精特新中小企业10家", "已获市级认定5家；另有3家企业材料已报送市经信局，尚待公示。", OCT, "behind"),
    ("新增省级示范家庭农场20家", "已有9家通过省级认定，6家已通过市级初审并推荐上报。", OCT, "behind"),
    ("年内培育市级农业龙头企业50家", "已完成第一批认定30家，第二批申报材料正在评审中。", OCT, "behind"),
    # over the pace on its recognised count alone
    ("新增市级以上农业龙头企业8家", "已有7家通过市级认定，1家正在申报省级认定。", SEP, "ahead"),
]

# Must not change: the pending items cover all the rest before the last month, a count on pace with the rest
# pending, entry only applied for, a higher level's acceptance awaited by the passed items themselves, a
# recognised count naming another kind of item, a recognition at a level the target does not name.
GUARDS = [
    ("新增省级专精特新企业6家", "已有4家通过省级认定，2家正在等待评审。", SEP, "on_track"),
    ("新增省级示范家庭农场20家", "第一批已公布，我县12家入选；第二批已推荐8家参评，结果预计12月公布。", OCT, "on_track"),
    ("新增规上工业企业12家", "已新增入统规上工业企业9家，其余3家已完成月度申报，待统计部门审核。", SEP, "on_track"),
    ("新增规上工业企业12家", "已提交入库申请的企业10家，正在等待统计部门审核。", SEP, "on_track"),
    ("创建市级文明街道4个", "2个街道已通过区级验收，待市级考核验收。", SEP, "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", MENDED, ids=[r[1] for r in MENDED])
def test_a_done_count_beside_pending_items_that_do_not_cover_the_rest_is_judged_by_itself(task, progress, as_of,
                                                                                          expected):
    assert judge(task, progress, as_of).status == expected


@pytest.mark.parametrize("task,progress,as_of,expected", GUARDS, ids=[r[1] for r in GUARDS])
def test_guards(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


def test_a_recognised_count_naming_another_kind_of_item_answers_no_target():
    # 8家 recognised as 高新技术企业 is no count of 规上企业 (the recognition names its kind, not only a level).
    a = judge("新增规上工业企业20家", "今年有8家企业通过高新技术企业认定。", SEP)
    assert a.completion_pct != 40.0


def test_a_recognition_at_another_level_than_the_targets_answers_no_target():
    a = judge("新增国家级专精特新“小巨人”企业5家", "已有4家通过省级认定。", SEP)
    assert a.completion_pct != 80.0

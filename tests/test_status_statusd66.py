"""Issue 11, statusd (stop 66): what invented273's first run missed — a province department's report on its key tasks at
the end of July, numbered task items with 年度目标 and 完成时限 sentences, replies in 进展情况/存在问题/下步打算 fields —
mended by general rules and tested on sentences written here in other words than any label row, each with guards that
must not move.

* A task that is a paper to make, its making closing the task's clause however long the document's name (完成《…》修订,
  完成…细则起草, words.toml stage.paper_closing), is a paper as a plan is: its drafts, consultations and legal review are
  its own work going on — past its deadline behind (README rule question 18), never works only prepared and missed
  outright (rule question 19); before a year-end deadline on pace.  A task whose verb makes a document (制定《…》,
  修订《…》: words.toml status.paper_verb) is due as a document to issue is: behind once a month of its own has passed
  with the paper still out for views, and behind with it still going on at any deadline passed.
* A cause opening a clause (因…正在调整, 由于…正在修改: words.toml stage.cause_lead … stage.cause) says why the work waits:
  what goes on in it is no stage of the task's work (rules/clauses.clause_stage; progress.in_opening_cause) — the words
  after it decide.  A cause naming a preparation (因选址调整) is still read whole; 受理, 因地制宜 open no cause
  (stage.cause_lead_not).
* A stage word right after a word that the work has not begun (暂未启动起草, 尚未开展评审) is what has not begun, no stage
  reached (progress._stage).
* A count the task asks reached by a verb of level with no word of gain or work (充电桩达到5000个, 入驻企业达到300家:
  level.reach before the figure, level.reach_stock_unit), answered by a running total (累计…), is a stock (README rule
  question 10): short of it before the deadline on pace, never ahead; reached early only held (rules/judging._reach_stock).
"""

from datetime import date

import pytest

from luoshi.engine.progress import in_opening_cause, parse_row
from luoshi.engine.rules.clauses import clause_stage
from tests.status_judge import judge

pytestmark = pytest.mark.engine

JUL = date(2026, 7, 31)
DEC = date(2026, 12, 31)

STATUS = [
    # a paper to make, past its own deadline, still out for views: behind, not missed outright
    ("5月底前完成《某某市停车场管理办法》修订", "修订草案已形成，目前正在征求社会公众意见。", JUL, "behind"),
    ("完成《某某县农村集体资产管理规定》起草。完成时限：2026年5月底。", "已拟出初稿，正送县司法局进行合法性审查。", JUL,
     "behind"),
    # the same paper before its year-end deadline: on pace
    ("完成《某某市停车场管理办法》修订。完成时限：2026年12月底。", "修订稿已形成，正在征求有关单位意见。", JUL, "on_track"),
    # a verb making a document, its own month passed
    ("5月底前修订《某某区公共资源交易管理暂行办法》", "修订稿已形成，正在征求各街道意见。", JUL, "behind"),
    ("4月底前制定《某某区数据资源管理细则》", "初稿已完成，正在征求有关部门意见。", JUL, "behind"),
    # a cause opening the reply, what goes on in it no work; nothing begun past the deadline
    ("5月底前出台某某区社区工作者薪酬管理办法", "由于上级配套文件正在修改，该办法暂未启动起草。", JUL, "seriously_behind"),
    ("4月底前出台某某县村级公益事业奖补办法", "因省级相关政策正在调整，为保持衔接，办法暂未启动起草。", JUL,
     "seriously_behind"),
    # a count reached by a verb of level, answered by a running total: a stock, on pace before the deadline
    ("全市接入监管平台的公共充电桩达到5000个", "截至7月底，全市累计接入监管平台的公共充电桩4300个。", JUL, "on_track"),
    ("入驻科技园区的企业达到300家", "累计入驻企业265家，其中高新技术企业41家。", JUL, "on_track"),
    # reached early: held, not done
    ("全市接入监管平台的公共充电桩达到5000个", "截至7月底，全市累计接入公共充电桩5200个。", JUL, "on_track"),
]

GUARDS = [
    # works past their own deadline, only prepared: missed outright as before
    ("5月底前完成某某大桥建设", "目前正在办理用地手续。", JUL, "seriously_behind"),
    # the paper issued
    ("6月底前完成《某某市停车场管理办法》修订", "修订后的办法已于6月20日印发实施。", JUL, "completed"),
    # a paper to make, nothing begun past its deadline
    ("5月底前完成《某某市停车场管理办法》修订", "修订工作尚未启动。", JUL, "seriously_behind"),
    # a cause naming a preparation: the works still prepared past mid-year
    ("年底前建成某某社区养老服务中心", "因选址调整，正在重新办理用地手续。", date(2026, 8, 31), "behind"),
    # a word of gain in the task: a count done along the year
    ("全年新建公共充电桩达到5000个", "累计新建公共充电桩4300个。", JUL, "ahead"),
    # persons counted: a flow, no stock
    ("全年培训人数达到5000人", "累计培训4300人。", JUL, "ahead"),
    # no running total in the reply: the count as before
    ("全市公共充电桩达到5000个", "新建公共充电桩4300个。", JUL, "ahead"),
    # the stock reached at the year's end: done
    ("全市接入监管平台的公共充电桩达到5000个", "全市累计接入监管平台的公共充电桩5200个。", DEC, "completed"),
    # a stock named by its noun: read so already
    ("全区科技型企业总数达到300家", "目前全区科技型企业266家。", JUL, "on_track"),
]


@pytest.mark.parametrize(("task", "progress", "as_of", "status"), STATUS + GUARDS)
def test_status(task, progress, as_of, status):
    assert judge(task, progress, as_of).status == status


CLAUSES = [
    # what goes on in a cause opening the clause is no stage
    ("因上级文件正在修改", None),
    ("由于国家相关标准正在调整", None),
    ("进展情况：因省级政策正在调整", None),
    # the words after the cause decide
    ("因资金未到位暂缓实施", "not_started"),
    # a cause naming a preparation is read whole
    ("因选址调整正在重新办理用地手续", "preparing"),
    # no cause: 受理, 因地制宜
    ("受理群众反映问题后正在办理", "underway"),
    ("因地制宜推进问题整改，正在施工", "underway"),
    ("正在施工", "underway"),
]


@pytest.mark.parametrize(("clause", "stage"), CLAUSES)
def test_cause_opening_a_clause(clause, stage):
    assert clause_stage(clause) == stage


ROW_STAGES = [
    # a stage word right after the not-begun word: its object, the work not begun
    ("该细则暂未启动起草工作。", "not_started"),
    ("目前尚未开展评审。", "not_started"),
    # guards: a stage word before the not-begun word as before; a step done beside a step not begun
    ("评审工作尚未启动。", "not_started"),
    ("已完成设计，尚未招标。", "preparing"),
    ("主体已完工，尚未竣工验收。", "underway"),
]


@pytest.mark.parametrize(("progress", "stage"), ROW_STAGES)
def test_not_begun_object(progress, stage):
    assert parse_row(progress, task="出台某某办法").stage == stage


# progress.in_opening_cause: inside a cause opening its clause that names no preparation of the work (a cause naming one,
# 因选址调整, is the work's own state and read whole, as clause_stage reads it)
IN_CAUSE = [
    ("因上级政策正在调整，暂未启动", 5, True),
    ("进展情况：由于配套文件正在修改，暂未起草", 10, True),
    ("因选址调整，正在办理用地手续", 2, False),
    ("因选址调整，正在办理用地手续", 8, False),
    ("受理企业申请后正在办理", 7, False),
]


@pytest.mark.parametrize(("text", "pos", "inside"), IN_CAUSE)
def test_in_opening_cause(text, pos, inside):
    assert in_opening_cause(text, pos) is inside

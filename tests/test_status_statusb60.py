"""Issue 11, statusb (stop 60): what invented240's first run missed — a city's ledger of its business-environment
(营商环境) reform tasks at 30 November — mended by general rules and tested on sentences written here in other words
than any label row, each with guards that must not move.

* The subject said opened (平台已于…上线运行) is read after the reply's lead-in when the clause opens the cell — the date
  it speaks to (截至11月30日：), a section's label (完成情况：) or the reporting unit (某某局：) is no part of the subject
  (rules/clauses._REPLY_LEAD, moved there from status_statements; rules/status_stage._opened_subject): a platform or a
  first phase said online before its deadline is the task's own object opened, done.  (It mended the held-out strict
  xfail first_phase_online_before_own_deadline in tests/test_status_heldout59.py, now a normal case there.)
* A preparatory word inside the name of a system or platform (审批管理系统, 招标交易平台: words.toml
  stage.prep_named_system, beside stage.resettled) names the thing, so a task to finish linking or upgrading it is no
  task of preparation: past its deadline with only its tender and a needs survey, nothing begun (README rule question 19).
* A rate target named by its verb (办结率, 整改率) answered by no rate but by a whole received (共受理…N件) and the part
  in the rate's own verb after it (已办结M件) is the rate M/N against its level (words.toml report.rate_whole_lead,
  report.rate_count_unit; rules/status_measures._rate_of_counts) — a single-part task only.

Left as strict xfails (MISSES, in other words than the rows): a 分别 list of time caps whose items are two-character
words before a shared name (企业开办、注销办理时间分别压缩至…) is not spread over its items, so the second cap is read as
unanswered; a level counted in kinds (…达到200类) is no figure the reader takes; a rate from counts inside a task of
several parts is left unreported (the part assigner does not compute it); a count of items answered only by agreements,
a list of candidates and a system link under way is read as the items under way (the label's behind by rule 4).

Statuse (stop 60) spread such 分别 lists in the status judge, read 类 as a count after an Arabic number and gave a rate
part of several its counts (tests/test_status_statuse60.py): the rate row is a normal case above; the 分别 and 类 rows
stay strict for the reasons each gives (a measure named otherwise; 86% more than the band under the pace).
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

NOV = date(2026, 11, 30)
SEP = date(2026, 9, 30)
JUN = date(2026, 6, 30)

STATUS = [
    # the reply's lead-in is no part of the subject said opened
    ("某某区建设政务服务自助终端管理平台并上线运行，10月底前完成",
     "截至11月30日：平台已于9月15日正式上线运行，接入自助终端120台。", NOV, "completed"),
    ("6月底前开发某某城市服务APP并上线运行",
     "完成情况：某某APP已于6月10日上线运行，注册用户5.2万人。", JUN, "completed"),
    # a preparatory word inside a system's or a platform's name: the task is to link or upgrade the thing
    ("9月底前完成不动产登记审批系统与市数据平台对接",
     "系统对接项目已完成招标，正在开展需求调研，尚未开始开发。", NOV, "seriously_behind"),
    ("6月底前完成工程招标交易平台升级改造", "升级方案正在论证，尚未启动开发。", SEP, "seriously_behind"),
    # a rate from the counts the reply gives
    ("群众投诉按期办结率达到95%以上", "1-9月共受理群众投诉1200件，已办结1020件，其余正在调查处理。", SEP, "behind"),
    ("政务服务差评整改率达到100%", "今年以来收到差评60条，已整改60条。", SEP, "on_track"),
    # ... inside a task of several parts too (statuse, stop 60: SubTargets asks status_measures._rate_of_counts)
    ("走访企业500家，诉求办结率达到90%以上", "已走访企业560家，共收集诉求420个，已办结350个。", NOV, "behind"),
]

GUARDS = [
    # after the lead-in, a platform still testing with its opening planned is not opened
    ("10月底前建成某某平台并上线运行",
     "截至11月30日：平台已完成开发，正在联调测试，计划12月上线运行。", NOV, "behind"),
    # a rate stated beats the counts
    ("群众投诉按期办结率达到95%以上", "共受理群众投诉500件，按期办结率96%。", SEP, "on_track"),
    # the part only forecast is no count done
    ("群众投诉按期办结率达到95%以上", "共受理群众投诉300件，预计月底前办结290件。", SEP, "unclear"),
    # a task that is itself preparation stays one
    ("6月底前完成某某产业园区规划编制", "规划初稿已完成，正在征求意见。", SEP, "behind"),
]

def miss(task, progress, as_of, status, why):
    return pytest.param(task, progress, as_of, status, marks=pytest.mark.xfail(strict=True, reason=why))


MISSES = [
    miss("企业开办、注销办理时间分别压缩至1个、3个工作日以内",
         "企业开办平均用时0.9个工作日，企业注销平均用时4.2个工作日。", NOV, "behind",
         "the 分别 list is spread now (企业开办办理时间, 企业注销办理时间, both in 个工作日: statuse, stop 60), but the "
         "reply names the measure otherwise (平均用时 for 办理时间), so 企业注销平均用时 matches no part by its name"),
    miss("归集电子证照达到200类，新增数据接口100个", "新增数据接口118个；已归集电子证照172类。", NOV, "on_track",
         "a level in 类 is read now (units.toml, statuse stop 60), but 172 of 200 (86%) at 30 November is more than the "
         "band under the pace (91.5%): behind by the figures — on pace only if a stock to reach kept a wider band"),
    miss("新增“跨省通办”事项40项", "已与3个省份签订合作协议，梳理拟纳入事项52项，正在开展系统对接。", NOV, "behind",
         "items only agreed and listed as candidates (拟纳入) with a system link under way are read as the items "
         "under way (the label's behind by rule 4 is arguable)"),
]


@pytest.mark.parametrize(("task", "progress", "as_of", "expected"), STATUS)
def test_status(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


@pytest.mark.parametrize(("task", "progress", "as_of", "expected"), GUARDS)
def test_guards(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected


@pytest.mark.parametrize(("task", "progress", "as_of", "expected"), MISSES)
def test_known_misses(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected

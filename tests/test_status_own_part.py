"""Issue 11, pagesx: a reply reporting several named works or programmes, one part each, is read for the task only in the
part that names it (progress.own_part) — the way real pages write one sentence for several programmes (a county's
provincial, county and township livelihood items between semicolons), numbered entries for two projects of one reply (a
district's ①…②…) and a list of finished works followed by other projects' clauses (a county's year-end review).  Every
row here is written for this file in other words, places and figures than the pages'; none is a page's sentence or a
scored row.

* A part (a sentence, between semicolons, a numbered entry, or a clause after the one naming the task) that opens with
  another work's own name — four characters or more ending in a work's noun (words.toml progress.part_subject_noun) — is
  blanked when the task is read, keeping the text's length.
* Guards: a part naming nothing of its own (正在进行室内装修), pointing back (该项目, 其中, 其余: progress.part_back_reference),
  comparing or placing (超出全市重点项目…: progress.part_name_not), or a reply that never names the task: nothing blanked.
"""

from datetime import date

import pytest

from luoshi.engine.progress import own_part
from tests.status_judge import judge

pytestmark = pytest.mark.engine

DEC, OCT, JUN = date(2022, 12, 31), date(2022, 10, 31), date(2022, 6, 30)

OWN_PART = [
    # programmes between semicolons, another's lag in its own part
    ("48项市级为民实事", "全年为民实事150项中,48项市级为民实事已全部完成;52项区级为民实事已完成49项;50项街道为民实事已完成41项,"
     "另有4个项目进度滞后。", DEC, "completed"),
    ("56项市级民生实事", "全年各级民生实事180项中,56项市级民生实事已全部完成;40项县级民生实事已完成37项;84项乡镇民生实事"
     "已完成70项,另有2个项目进度滞后。", DEC, "completed"),
    # numbered entries for two works of one reply
    ("南湖绿道提升工程,新建绿道8公里。", "进展情况:①北山登山步道改造工程4月底已完工。②南湖绿道提升工程10月底已完工。", OCT,
     "completed"),
    ("北山登山步道改造工程", "进展情况:①北山登山步道改造工程4月底已完工。②南湖绿道提升工程正在铺设面层。", OCT, "completed"),
    # a list of works finished, then other projects' own clauses
    ("城东湿地公园", "城东湿地公园、滨湖大道(二期)等一批基础设施竣工并交付使用,老城区排水改造项目基本完成。", JUN, "completed"),
    ("西江体育公园", "西江体育公园、北环路(一期)等一批民生设施建成并投入使用,职教园区二期项目基本落地,老街改造工程正在收尾。",
     DEC, "completed"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", OWN_PART, ids=[f"{r[0]}|{r[1][:20]}" for r in OWN_PART])
def test_the_task_is_read_in_its_own_part(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)


@pytest.mark.parametrize("task,progress,kept", [
    ("南湖绿道提升工程", "①北山登山步道改造工程已完工。②南湖绿道提升工程正在施工。", "②南湖绿道提升工程正在施工。"),
    ("西江体育公园", "西江体育公园已建成,老街改造工程正在收尾。", "西江体育公园已建成,"),
    # guards: a part naming nothing of its own; pointing back; a comparison; the task never named; a short noun before 工程
    ("西江体育公园", "西江体育公园主体已完工。正在进行室内装修。", "西江体育公园主体已完工。正在进行室内装修。"),
    ("西江体育公园", "西江体育公园主体已完工,该项目配套工程正在施工。", "西江体育公园主体已完工,该项目配套工程正在施工。"),
    ("西江体育公园", "西江体育公园主体已完工,其余附属工程正在施工。", "西江体育公园主体已完工,其余附属工程正在施工。"),
    ("社会事业项目", "在这些重点项目中,社会事业项目进度最快,超出全市重点项目完成投资进度20个百分点。",
     "在这些重点项目中,社会事业项目进度最快,超出全市重点项目完成投资进度20个百分点。"),
    ("西江体育公园", "北山登山步道改造工程已完工。南湖绿道提升工程正在施工。", "北山登山步道改造工程已完工。南湖绿道提升工程正在施工。"),
    ("西江体育公园", "西江体育公园主体已完工,配套工程正在施工。", "西江体育公园主体已完工,配套工程正在施工。"),
])
def test_the_parts_blanked(task, progress, kept):
    out = own_part(progress, task)
    assert len(out) == len(progress)
    assert out.strip() == kept

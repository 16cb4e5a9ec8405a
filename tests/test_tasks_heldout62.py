"""The misses of stop 62's held-out tasks set, the sixty-first (t75, bench/labels/tasks_invented/, labels sealed and
committed in 292e963 before any engine run on it; judged once by the lead: starts 12/12 found, 12/14 right, group 12/12,
indicators 12/12).  The document is a county bureau's reply to a deputy's suggestion (关于…第N号建议的答复): a class mark,
the salutation, the receipt and thanks, the facts' parts, then the next steps' run-in titles over measures; after them
the closing courtesy (thanks again and an invitation to more suggestions), the contact lines (one label a line), the
bureau's sign-off and date and a copy-to line.
The engine read every measure right, but took the closing courtesy and the contact block (its first label not one the
sign-off knew) for two more measures of the last run-in title.

The reply below is written for this file in other words (another bureau, suggestion and figures); none of it is a
label's sentence.  The cases are strict xfails until a rule mends them."""

from __future__ import annotations

import pytest

from tests.tasks_heldout_helpers import found_tasks, group_of, start_of

pytestmark = pytest.mark.engine

_REPLY = ("某某市交通运输局\n关于市十五届人大三次会议第112号建议的答复\n\n（B类）\n\n某某代表：\n\n"
          "您提出的《关于优化城区公交线网的建议》收悉。衷心感谢您对全市交通运输工作的关注。经认真研究，现答复如下：\n\n"
          "一、工作现状\n\n目前，城区共开通公交线路46条，线网总长度720公里。\n\n"
          "二、下一步工作计划\n\n"
          "（一）优化公交线网。今年新开和优化公交线路8条，新增公交站亭60座。\n\n"
          "（二）提升服务水平。{last}\n\n"
          "{thanks}\n\n"
          "{contact}\n\n"
          "某某市交通运输局\n2027年7月2日\n\n"
          "抄送：市人大常委会代表工作委员会，市政府办公室。\n")
_LAST = "更新新能源公交车120辆，年底前实现城区公交站点500米全覆盖。"
_READ = [("今年新开和优化公交线路8条,新增公交站亭60座。", "优化公交线网"),
         ("更新新能源公交车120辆,年底前实现城区公交站点500米全覆盖。", "提升服务水平")]
_CONTACT = "联系单位：某某市交通运输局公交管理科\n联系人：某某\n联系电话：XXXX-XXXXXXX"


def _read(tmp_path, text: str) -> list[tuple[str, str]]:
    return [(start_of(t), group_of(t)) for t in found_tasks(tmp_path, text)]


@pytest.mark.xfail(strict=True, reason="a reply's closing courtesy (thanks again, more suggestions welcome) read as a task")
@pytest.mark.parametrize("thanks", [
    "再次感谢您对交通运输事业的关心和支持，欢迎今后继续提出意见建议。",
    "衷心感谢您对我们工作的理解和支持！恳请继续给予关注和指导。",
    "诚挚感谢您的宝贵建议，欢迎多提宝贵意见。",
])
def test_a_replys_closing_courtesy_is_no_task(tmp_path, thanks):
    assert _read(tmp_path, _REPLY.format(last=_LAST, thanks=thanks, contact="联系人：某某，电话：XXXX-XXXXXXX")) == _READ


@pytest.mark.xfail(strict=True, reason="a reply's contact block opening on a label the sign-off does not know read as a task")
@pytest.mark.parametrize("contact", [
    _CONTACT,
    "承办单位：某某市交通运输局\n经办人：某某\n电话：XXXX-XXXXXXX",
    "联系方式：某某，XXXX-XXXXXXX",
])
def test_a_replys_contact_block_is_no_task(tmp_path, contact):
    assert _read(tmp_path, _REPLY.format(last=_LAST, thanks="特此答复。", contact=contact)) == _READ

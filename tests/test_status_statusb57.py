"""Issue 11, statusb (stop 57): what invented228's first run missed — a county's half-year key-task table at 30 June —
mended by general rules and tested on sentences written here in other words than any label row, each with guards
that must not move.

* An event's opening dated without 已 (油菜花节于3月18日开幕) is as much a fact as 已于…开幕 once its day has come:
  for a task to hold the event (not a series), the event held (rules/judging_clauses._EVENT_OPENED_ON, rule question 6);
  an opening foretold (将于…开幕), a later day, a close still to come and a series keep their readings.
* Works accepted whose furniture and equipment are still being bought or fitted (已通过竣工验收，正在进行教学设备采购安装)
  have not reached a target of 投入使用 (judging.toml words.use_fitting, rules/judging_clauses._moving_in; rule question
  21): nearly done, on pace before the deadline; a target only to build, or the thing said in use, as before.
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

JUN = date(2026, 6, 30)

STATUS = [
    # an event's opening dated, no 已, its day come: held
    (
        "办好第八届杨梅采摘节。",
        "第八届杨梅采摘节于6月8日在某某镇开幕，节期15天，接待游客5.6万人次。",
        JUN,
        "completed",
    ),
    (
        "举办2026年某某湖国际龙舟赛。",
        "龙舟赛于5月31日开赛，共有32支队伍参赛，线上观看超过80万人次。",
        JUN,
        "completed",
    ),
    # guards: foretold, a later day, a close still to come, a series
    (
        "办好第八届杨梅采摘节。",
        "杨梅采摘节将于6月8日开幕，各项筹备工作已就绪。",
        date(2026, 5, 31),
        "on_track",
    ),
    ("举办第二届秋季菊花展。", "菊花展定于10月18日开幕，展区布置方案已确定。", JUN, "on_track"),
    ("办好第八届杨梅采摘节。", "采摘节于6月8日开幕，7月15日闭幕，目前各项活动正在进行。", JUN, "on_track"),
    (
        "举办“悦读某某”全民阅读系列活动。",
        "系列活动于4月23日开幕，已开展读书分享会8场，后续活动持续至年底。",
        JUN,
        "on_track",
    ),
    # works accepted, furniture or equipment still bought or fitted: the use not reached, on pace before the deadline
    (
        "年底前建成区第二养老院并投入使用。",
        "养老院已通过竣工验收，正在进行护理床位和康复设备采购安装。",
        JUN,
        "on_track",
    ),
    (
        "9月底前完成城西社区卫生服务中心建设并投入使用。",
        "业务用房已完成竣工验收，目前正在开展医疗设备安装调试。",
        JUN,
        "on_track",
    ),
    # guards: the thing said in use; a target only to build
    (
        "年底前建成区第二养老院并投入使用。",
        "养老院已通过竣工验收，康复设备已安装到位，已于6月正式投入使用。",
        JUN,
        "completed",
    ),
    ("建成区第二养老院。", "养老院已通过竣工验收，正在进行护理床位和康复设备采购安装。", JUN, "completed"),
]


@pytest.mark.parametrize(("task", "progress", "as_of", "expected"), STATUS)
def test_status(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected

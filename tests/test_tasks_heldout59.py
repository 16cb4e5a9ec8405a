"""The miss of stop 59's held-out tasks set, the fifty-fifth (t69, bench/labels/tasks_invented/, labels sealed and
committed in 0071f5b before any engine run on it; judged once by the lead: starts 0/20 found).  The document is a city
information office's press conference transcript (新闻发布会实录): header lines (主题：/时间：/地点：/发布人：), the host's
lines after 主持人：, each bureau head's statement after a line of his name with his office in brackets and a colon, the
year's work said as 一是X。… paragraphs, reporters' questions and the answers by ordinal topic paragraphs.
No part of the transcript was read as a plan part, so no task was found at all.

The transcript below is written for this file in other words (another city, other bureaus and figures); none of it is
a label's sentence.  The cases were strict xfails (23201f6) until taskse's rule of stop 59: an official's turn of a
transcript, from the sentence opening on the coming year's work to the turn's end, is a plan part (parts.transcript_plan,
words.toml part.transcript_*), its run-in titles (一是X。, 第一，X。) the groups of its measures; see
tests/test_tasks_stop59e.py for the rule's cases and guards."""

from __future__ import annotations

import pytest

from tests.tasks_heldout_helpers import found_tasks, group_of, metrics_of, task_starting

pytestmark = pytest.mark.engine

_TRANSCRIPT = """某某市人民政府新闻办公室新闻发布会实录

主题：2028年某某市交通和文旅重点工作
时间：2028年3月5日上午9:30
地点：市政府新闻发布厅
发布人：市交通运输局局长　某某
　　　　市文化广电和旅游局副局长　某某
主持人：市人民政府新闻办公室副主任　某某

主持人：
各位媒体朋友，大家好！欢迎参加今天的新闻发布会。首先，请市交通运输局局长某某介绍有关情况。

某某（市交通运输局局长）：
各位媒体朋友，大家好！感谢大家对全市交通运输工作的关心。

2027年，全市新改建农村公路420公里，新增公交线路18条，交通运输保障能力明显增强。

2028年，市交通运输局将重点抓好以下三个方面工作：

一是加快综合交通网络建设。新改建农村公路450公里，建成城乡客运一体化示范线路10条。

二是提升公共交通服务水平。新增和优化公交线路20条，更新新能源公交车300辆。

三是守牢交通安全底线。整治公路安全隐患点位80处，9月底前全部完成。

我们将扎实推进，确保各项任务落地见效。谢谢大家！

主持人：
谢谢某某局长。下面进入提问环节。

某某电视台记者：
去年全市接待游客增长明显。请问今年在文旅消费方面有哪些安排？

某某（市文化广电和旅游局副局长）：
感谢您的提问。今年我们主要做好两件事：

第一，丰富文旅消费供给。举办文旅消费季活动30场，新创建省级旅游休闲街区2个。

第二，提升公共文化服务。新建城市书房15个，全年送戏下乡演出600场。

主持人：
今天的新闻发布会到此结束。谢谢大家！
"""

def test_the_statements_work_of_the_year_is_tasks_under_its_topic(tmp_path):
    found = found_tasks(tmp_path, _TRANSCRIPT)
    starts = {
        "新改建农村公路450公里": "加快综合交通网络建设",
        "新增和优化公交线路20条": "提升公共交通服务水平",
        "整治公路安全隐患点位80处": "守牢交通安全底线",
    }
    assert {s: (group_of(t) if (t := task_starting(found, s)) else None) for s in starts} == starts


def test_an_answers_ordinal_topics_are_groups_of_tasks(tmp_path):
    found = found_tasks(tmp_path, _TRANSCRIPT)
    starts = {"举办文旅消费季活动30场": "丰富文旅消费供给", "新建城市书房15个": "提升公共文化服务"}
    assert {s: (group_of(t) if (t := task_starting(found, s)) else None) for s in starts} == starts


def test_two_counts_of_a_sentence_are_indicators_of_its_task(tmp_path):
    found = found_tasks(tmp_path, _TRANSCRIPT)
    assert [m[1:] for m in metrics_of(found, "新改建农村公路450公里") or []] == [(450.0, "公里"), (10.0, "条")]
    assert [m[1:] for m in metrics_of(found, "新建城市书房15个") or []] == [(15.0, "个"), (600.0, "场")]


def test_the_header_the_host_last_year_and_the_promise_give_no_task(tmp_path):
    # a guard (right in the first run too, as nothing was read)
    found = found_tasks(tmp_path, _TRANSCRIPT)
    for start in ("主题", "2027年，全市新改建农村公路420公里", "各位媒体朋友", "我们将扎实推进", "去年全市接待游客", "感谢您的提问"):
        assert task_starting(found, start) is None, start

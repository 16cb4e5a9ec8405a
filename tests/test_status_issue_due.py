"""A task to issue a document (出台, 印发, 发布: words.toml status.issue) is due at its deadline as a result is: at the
year's end a draft, a round of comments or a meeting still to come is behind (statusb, issue 11: behind read as on
pace, from invented121's first run and the pooled first runs — a deadline passed with a document awaiting adoption).
Before, only a task with a result verb of completion.must was held to its passed deadline, so 出台《…》 with its
draft done read 已完成部分工作, on pace, on 31 December.  Every row is invented for this file."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

SEP, DEC = date(2020, 9, 30), date(2020, 12, 31)


MENDED = [
    ("出台《关于促进服务业高质量发展的若干政策》", "政策文本已完成起草，并征求了相关部门意见，拟提请区政府常务会议研究。", DEC),
    ("印发《区级重点项目管理办法》", "办法初稿已完成，正在根据各部门反馈意见修改完善。", DEC),
]

# Must not change: the same before the deadline, a document issued.
GUARDS = [
    ("出台《关于促进服务业高质量发展的若干政策》", "政策文本已完成起草，正在征求相关部门意见。", SEP, "on_track"),
    ("印发《区级重点项目管理办法》", "《区级重点项目管理办法》已于11月正式印发实施。", DEC, "completed"),
]


@pytest.mark.parametrize("task,progress,as_of", MENDED, ids=[r[1] for r in MENDED])
def test_a_document_not_issued_by_its_deadline_is_behind(task, progress, as_of):
    a = judge(task, progress, as_of)
    assert a.status == "behind", (a.rule, a.reason)


@pytest.mark.parametrize("task,progress,as_of,expected", GUARDS, ids=[r[1] for r in GUARDS])
def test_guards(task, progress, as_of, expected):
    a = judge(task, progress, as_of)
    assert a.status == expected, (a.rule, a.reason)

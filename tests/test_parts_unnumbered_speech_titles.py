"""A speech whose part titles stand unnumbered (issue 10): in a speech — a line addressing its hearers (同志们：,
各位代表：) — with no 一、 heading, a line of its own of one or two clauses and no other mark, whose wording names a
part (a review, the year's work or targets, the five years, the government's own conduct), is that part's title and
is carried on by no other line (structure._plain_parts, _plain_title; words.toml part.meeting_address), when at
least two such lines do.  A title naming no part, a text with no address and a text numbering its parts keep their
reading.

The speeches below were written for these tests (某某 names) and read before the engine ran on them."""

from __future__ import annotations

import pytest

from luoshi.engine import reader

pytestmark = pytest.mark.engine

_SPEECH = """在某某县人民政府全体会议上的讲话

（2025年2月12日）

{address}

今天召开县政府全体会议，主要任务是部署今年工作。下面，我讲三点意见。

{first}

2024年，全县地区生产总值增长5.8%，一般公共预算收入增长4.1%。新建标准厂房12万平方米。

但也要看到，项目储备不足、财政收支紧张等困难和问题依然存在。

{second}

今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长4%。

要全力抓好项目建设。全年实施重点项目90个，完成投资85亿元。

{third}

各部门要坚持依法行政，持之以恒纠治“四风”，提高抓落实的执行力。

同志们，让我们真抓实干、奋勇争先，圆满完成全年目标任务！
"""

_DEFAULT = dict(address="同志们：", first="全面回顾过去一年工作，坚定做好今年工作的信心",
                second="突出抓好今年重点工作，全力以赴推动高质量发展",
                third="切实加强政府自身建设，以优良作风保障工作落实")


def _roles(tmp_path, **kw):
    (tmp_path / "s.txt").write_text(_SPEECH.format(**{**_DEFAULT, **kw}), encoding="utf-8")
    doc = reader.read(tmp_path / "s.txt")

    def role(opening):
        return next(s.role for s in doc.sentences if s.text.strip().startswith(opening))
    return (role("2024年，全县"), role("但也要看到"), role("今年全县经济社会发展"), role("全年实施重点项目"),
            role("各部门要坚持依法行政"), role("同志们，让我们"))


_READ = ("review", "problems", "plan", "plan", "conduct", "closing")


@pytest.mark.parametrize(("case", "kw", "want"), [
    ("to a meeting, three titles of two clauses", {}, _READ),
    ("to the deputies", {"address": "各位代表："}, _READ),
    ("the year's title naming its targets and good start",
     {"second": "准确把握今年目标任务，确保“十五五”开好局"}, _READ),
    ("one title of one clause among them", {"third": "加强政府自身建设"}, _READ),
])
def test_unnumbered_part_titles_of_a_speech(tmp_path, case, kw, want):
    assert _roles(tmp_path, **kw) == want, case


def _part_titles(tmp_path, **kw):
    (tmp_path / "s.txt").write_text(_SPEECH.format(**{**_DEFAULT, **kw}), encoding="utf-8")
    return [s.title for s in reader.read(tmp_path / "s.txt").sections if s.level == 0]


@pytest.mark.parametrize(("case", "kw"), [
    # guards: a text with no address line, and one where a single title names a part — not this shape
    ("no address line", {"address": "（根据录音整理）"}),
    ("only one title names a part", {"first": "坚定信心，乘势而上", "second": "真抓实干，奋勇争先"}),
])
def test_no_unnumbered_parts_outside_the_shape(tmp_path, case, kw):
    assert not [t for t in _part_titles(tmp_path, **kw) if "，" in t or "," in t], case


def test_a_numbered_speech_keeps_its_numbered_parts(tmp_path):
    kw = {"first": "一、全面回顾过去一年工作", "second": "二、突出抓好今年重点工作，全力以赴推动高质量发展",
          "third": "三、切实加强政府自身建设"}
    got = _roles(tmp_path, **kw)
    assert got[0] == "review" and got[2] == "plan" and got[4] == "conduct"


def test_a_title_line_is_carried_on_by_no_other_line(tmp_path):
    (tmp_path / "s.txt").write_text(_SPEECH.format(**_DEFAULT), encoding="utf-8")
    doc = reader.read(tmp_path / "s.txt")
    titles = [s.title for s in doc.sections if s.level == 0]
    assert titles == [_DEFAULT["first"], _DEFAULT["second"], _DEFAULT["third"]]
    assert any(s.text.strip().startswith("2024年，全县") for s in doc.sentences)

"""Stop 66, second round (verifye): a next document with no review part no longer fails the pair.  Each target is judged
against the whole of that document (a statistics bureau's communiqué, a newspaper's account of the congress's opening,
questions and answers on the report) but a part on the coming year and the pieces speaking of the coming year, and
every verdict carries the warning 按全文核对.  Invented texts, in words of their own."""

from __future__ import annotations

import pytest

from luoshi.engine import reader
from luoshi.engine import verify as v

pytestmark = pytest.mark.engine

TARGETS = """政府工作报告

各位代表：

一、2030年工作回顾

过去一年，全旗地区生产总值增长4.9%。

二、2031年主要目标

今年全旗经济社会发展的主要预期目标是：地区生产总值增长5%左右，规模以上工业增加值增长8%，城镇新增就业1.5万人，一般公共预算收入增长3%。
"""

# (the next document, the outcome of each target: GDP, industry, jobs, revenue)
NEXT = {
    "communique": ("""某旗2031年国民经济和社会发展统计公报

某旗统计局

一、综合

初步核算，全年全旗地区生产总值203.7亿元，按不变价格计算，比上年增长5.4%。

二、工业

全年规模以上工业增加值比上年增长7.2%。

三、人民生活

全年城镇新增就业1.62万人。
""", ("achieved", "not_met", "achieved", "not_reported")),
    "questions": ("""聚焦政府工作报告——答记者问

问：怎样看待过去一年的经济成绩单？

答：全旗地区生产总值增长5.4%，规模以上工业增加值增长7.2%，虽低于年初预期，但逐季回升；一般公共预算收入增长3.6%。

问：今年的目标有哪些考虑？

答：今年全旗城镇新增就业1.5万人以上，地区生产总值预期增长5%左右。
""", ("achieved", "not_met", "not_reported", "achieved")),
    "newspaper": ("""旗人大会议开幕

本报讯 1月9日上午，旗第十五届人民代表大会第三次会议开幕，旗长代表旗人民政府作工作报告。

报告回顾，过去一年全旗地区生产总值增长5.4%，规模以上工业增加值增长7.2%，城镇新增就业1.62万人。

报告提出，新的一年全旗一般公共预算收入增长4%。
""", ("achieved", "not_met", "achieved", "not_reported")),
}


def _verdicts(tmp_path, next_text):
    (tmp_path / "n.txt").write_text(TARGETS, encoding="utf-8")
    (tmp_path / "n1.txt").write_text(next_text, encoding="utf-8")
    verdicts, _ = v.verify_documents(reader.read(tmp_path / "n.txt"), reader.read(tmp_path / "n1.txt"))
    return verdicts


@pytest.mark.parametrize("kind", list(NEXT))
def test_no_review_part_judged_against_the_whole_document(tmp_path, kind):
    text, outcomes = NEXT[kind]
    verdicts = _verdicts(tmp_path, text)
    assert [x.metric for x in verdicts] == ["地区生产总值", "规模以上工业增加值", "城镇新增就业", "一般公共预算收入"]
    assert tuple(x.outcome for x in verdicts) == outcomes
    assert all("按全文核对" in x.reason for x in verdicts)


# near misses: what the whole-document reading must not take for the year's result
def test_the_coming_years_figures_are_not_results(tmp_path):
    """A next document saying only the coming year's figures (今年…, 新的一年…, 预期…) answers nothing."""
    text = ("某旗经济工作会议召开\n\n会议提出，今年全旗地区生产总值增长6%左右。新的一年，规模以上工业增加值增长9%。"
            "城镇新增就业预期1.6万人，一般公共预算收入预期增长5%。\n")
    verdicts = _verdicts(tmp_path, text)
    assert verdicts and all(x.outcome == "not_reported" and "按全文核对" in x.reason for x in verdicts)


def test_a_review_part_found_reads_no_warning(tmp_path):
    """A work report whose review part is found is read as before: no whole-document warning."""
    text = ("政府工作报告\n\n一、2031年工作回顾\n\n过去一年，全旗地区生产总值增长5.4%，规模以上工业增加值增长8.3%。\n\n"
            "二、2032年工作安排\n\n今年全旗地区生产总值增长4%左右。\n")
    verdicts = _verdicts(tmp_path, text)
    outcomes = {x.metric: x.outcome for x in verdicts}
    assert outcomes["地区生产总值"] == "achieved" and outcomes["规模以上工业增加值"] == "achieved"
    assert not any("按全文核对" in x.reason for x in verdicts)


@pytest.mark.parametrize(("piece", "coming"), [
    ("今年地区生产总值增长6%左右", True),
    ("新的一年，城镇新增就业1.5万人", True),
    ("预期增长5%", True),
    ("明年力争突破300亿元", True),
    ("投资增长1.2%，低于年初预期", False),
    ("经济运行好于预期", False),
    ("消费恢复不及预期", False),
    ("外贸增长超出预期", False),
    ("全年地区生产总值增长5.4%", False),
])
def test_coming_year_pieces(piece, coming):
    from luoshi.engine.verify.review import _coming
    assert _coming(piece) is coming

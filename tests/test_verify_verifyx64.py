"""Verify mends of stop 64 (verifyx, issue 10), from the forty-first real set's first run.  Every sentence below was
written for this file, with guards:

- a part title led by a slogan and a dash (凝心聚力、攻坚克难——本届政府工作回顾; 乘势而上——扎实做好2027年工作): the
  words after the dash name the part, and the slogan's 、 is no clause mark (parts._SLOGAN_LED, parts.slogan_led_title,
  structure._heading); so a review under such a heading is read at all, and a plan part's title of a lead and a named
  year's work after a dash is the year's plan (parts.title_role);
- 生态环保 is the short name of 生态环境保护 (words.toml verify.aliases), so a target on the environment's yearly tasks
  finds the environment's neighbours (the water's and the air's results: quoted, unclear — D2, D15).
"""

from __future__ import annotations

import pytest

from luoshi.engine import verify
from tests.verify_pair_helpers import doc, outcomes_by_metric, verdicts_for

pytestmark = pytest.mark.engine


def _parts(text: str) -> list[tuple[str, str]]:
    from luoshi.engine.structure import parse_structure

    sections, _, _ = parse_structure(text)
    return [(s.title, s.role) for s in sections if s.level == 0]


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("凝心聚力、攻坚克难——本届政府工作回顾", "review"),
        ("稳中求进——2026年工作回顾", "review"),
        ("乘势而上——扎实做好2027年工作", "plan"),
        ("真抓实干、久久为功——2027年重点工作", "plan"),
        ("守正创新、笃行致远——未来五年奋斗目标", "plan"),
    ],
)
def test_a_slogan_led_title_names_its_part(title, role):
    from luoshi.engine import parts
    from luoshi.engine.text import for_parsing

    assert parts.slogan_led_title(for_parsing(title))
    assert parts.title_role(title) == ("five_year" if "五年" in title else role)


@pytest.mark.parametrize(
    "line",
    [
        # guards: the speech's date line opens on its dash; after the dash no part is named; a clause mark after it
        "——2027年1月8日在某市第九届人民代表大会第二次会议上",
        "凝心聚力、攻坚克难——奋力谱写高质量发展新篇章",
        "勇毅前行——过去一年，我们攻坚克难",
        "一年来的实践使我们深刻体会到，必须坚持稳中求进——这是做好工作的关键",
    ],
)
def test_near_misses_of_a_slogan_led_title(line):
    from luoshi.engine import parts
    from luoshi.engine.text import for_parsing

    assert not parts.slogan_led_title(for_parsing(line))


PLAN = (
    "某市人民政府工作报告\n\n乘势而上——扎实做好2026年工作\n\n"
    "今年主要预期目标是：地区生产总值增长6%，固定资产投资增长7%以上，完成生态环保、节能减排年度任务。\n"
)
REVIEW = (
    "某市人民政府工作报告\n\n凝心聚力、攻坚克难——本届政府工作回顾\n\n"
    "过去的三年，我们坚持稳中求进。工作成效主要体现在：\n\n"
    "——经济实力稳步提升。初步测算，2026年全市生产总值比上年增长6.8%。\n\n"
    "三年来，我们始终坚持项目为王，累计完成投资900亿元，2026年固定资产投资增长8.2%。"
    "全市国考断面水质优良比例达到100%。\n\n"
    "守正创新、笃行致远——2027年主要工作\n\n今年主要预期目标是：地区生产总值增长6%。\n"
)


def test_a_review_under_a_slogan_led_heading_answers_the_year():
    got = outcomes_by_metric(PLAN, REVIEW)
    assert got["地区生产总值"] == "achieved"
    assert got["固定资产投资"] == "achieved"


def test_the_review_is_found_only_by_its_heading():
    # guard: the same review under a title naming no part has no review part; since stop 66 (verifye) such a document is
    # read whole, each verdict saying so (按全文核对), where the titled review above is read with no such warning
    plain = REVIEW.replace("凝心聚力、攻坚克难——本届政府工作回顾", "凝心聚力、攻坚克难——奋力谱写新篇章")
    found, _ = verify.verify_documents(doc(PLAN), doc(plain), "t.txt")
    assert found and all("按全文核对" in v.reason for v in found)
    titled, _ = verify.verify_documents(doc(PLAN), doc(REVIEW), "t.txt")
    assert titled and not any("按全文核对" in v.reason for v in titled)


@pytest.mark.parametrize(
    ("target", "said", "outcome"),
    [
        ("完成生态环保年度任务", "全市地表水水质达标率为100%，空气质量优良天数比例96.2%", "unclear"),
        # guards: the tasks said done in the target's words; nothing of the environment said at all
        ("完成生态环保年度任务", "全面完成生态环保年度任务", "achieved"),
        ("完成生态环保年度任务", "新增城镇就业1.2万人", "not_reported"),
    ],
)
def test_the_environment_short_name_finds_its_neighbours(target, said, outcome):
    from tests.verify_pair_answers import corpus

    got = {v.metric: corpus.outcome(v) for v in verdicts_for(target, said)}
    assert list(got.values()) == [outcome], got

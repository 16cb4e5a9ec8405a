"""A target's change written with one character (issue 10, stop 43; found by a real pair's miss): 增 for 增长 and 降 for
下降 ending the name right before a rate (城乡居民人均可支配收入分别增7.5%、8%左右) make the rate the growth (or fall) of the
name before it, as the full words do (targets._short_change; words.toml target.short_growth, target.short_fall); the
end of another word (新增, 净增, 递增: target.short_change_not) is not one.  Inputs written for these tests."""

from __future__ import annotations

import pytest

from luoshi.engine import targets

pytestmark = pytest.mark.engine


@pytest.mark.parametrize(("clause", "expected"), [
    ("城乡居民人均可支配收入分别增6.5%、7%左右", [("城镇居民人均可支配收入", 6.5, "=", "growth_rate"),
                                     ("农村居民人均可支配收入", 7.0, "=", "growth_rate")]),
    ("一般公共预算收入增4%以上", [("一般公共预算收入", 4.0, ">=", "growth_rate")]),
    ("全市地区生产总值增6.5%", [("地区生产总值", 6.5, ">=", "growth_rate")]),
    ("单位地区生产总值能耗降2.8%", [("单位地区生产总值能耗", 2.8, ">=", "decline_rate")]),
    ("单位地区生产总值能耗降2.8%左右", [("单位地区生产总值能耗", 2.8, "=", "decline_rate")]),
    # guards: the full words as before; a word ending in 增 (新增) and a share keep their reading
    ("城乡居民人均可支配收入分别增长6.5%、7%左右", [("城镇居民人均可支配收入", 6.5, "=", "growth_rate"),
                                       ("农村居民人均可支配收入", 7.0, "=", "growth_rate")]),
    ("高新技术产业增加值占规上工业比重达到42%", [("高新技术产业增加值占规上工业比重", 42.0, ">=", "ratio")]),
    ("新增5%", [("新增", 5.0, ">=", "ratio")]),
    ("居民消费价格涨幅3%", [("居民消费价格涨幅", 3.0, "<=", "ratio")]),
])
def test_a_change_written_with_one_character(clause, expected):
    assert [(i.metric, i.value, i.comparator, i.kind) for i in targets.parse_clause(clause)] == expected


# A rate named by its change word, then a floor word (能耗下降率不低于3.2%, 增长率不低于6%): a change rate at least that
# (indicators._RATE_FLOOR), not a ratio read as a cap of a lower-is-better name.  Stop 43, from a real pair's miss.
@pytest.mark.parametrize(("clause", "expected"), [
    ("单位地区生产总值能耗下降率不低于2.9%", [("单位地区生产总值能耗下降率", 2.9, ">=", "decline_rate")]),
    ("规模以上工业增加值增长率不低于6.5%", [("规模以上工业增加值增长率", 6.5, ">=", "growth_rate")]),
    # guards: a share held above a floor stays a ratio; the rate named with no floor word reads as before
    ("森林覆盖率不低于46%", [("森林覆盖率", 46.0, ">=", "ratio")]),
    ("单位地区生产总值能耗下降率达到2.9%", [("单位地区生产总值能耗下降率", 2.9, ">=", "decline_rate")]),
])
def test_a_change_rate_with_a_floor_word(clause, expected):
    assert [(i.metric, i.value, i.comparator, i.kind) for i in targets.parse_clause(clause)] == expected

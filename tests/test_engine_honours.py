"""The one rule for an honour's level and year (luoshi/engine/honours.py), as tables of examples."""

from collections import Counter
from pathlib import Path

import pytest

from luoshi.engine import reader
from luoshi.engine.honours import honour_level, honour_rows, honour_year

pytestmark = pytest.mark.engine

SAMPLES = Path(__file__).resolve().parent.parent / "luoshi" / "samples"

LEVELS = [
    # (table title, issuer, honour's name) → level
    (("2018年度某区获国家级和部级先进集体荣誉", "", ""), "national"),
    (("2018年度某区获省级和省属部门先进集体荣誉", "", ""), "provincial"),
    (("2018年度某区获市级先进集体荣誉", "", ""), "city"),
    # the title wins: editors filed a provincial union's award among the city honours
    (("2018年度某区获市级先进集体荣誉", "某省总工会", ""), "city"),
    (("", "中共中央政法委员会", ""), "national"),
    (("", "教育部", ""), "national"),
    (("", "科学技术部", ""), "national"),
    (("", "中华全国总工会", ""), "national"),
    (("", "教育部、中央文明办、共青团中央", ""), "national"),
    (("", "中共某省委、某省人民政府", ""), "provincial"),
    (("", "某省科学技术厅", ""), "provincial"),
    (("", "某市人民政府办公厅", ""), "city"),
    (("", "某区人民政府", ""), "district"),
    # no title level, no issuer: the honour's own name
    (("", "", "某省文明单位"), "provincial"),
    (("获奖情况", "", "全国五好家庭"), "national"),
    (("", "", "某市十佳公务员"), "city"),
    (("", "", "全国文明城市"), "national"),
    (("", "", "城市管理先进集体"), ""),            # 城市 names no city
    # the district's own results list
    (("2017年度某区综合考评先进集体", "", "综合考评优胜单位"), "district"),
    (("2017年度某区综合考评先进集体", "", "市对区创新奖"), "city"),    # a city award, credited in the list
    (("某县记集体三等功单位", "", ""), "district"),
    (("", "", ""), ""),
    (("先进集体名单", "", "优秀组织奖"), ""),
]


@pytest.mark.parametrize("given,level", LEVELS, ids=[f"{g[0]}|{g[1]}|{g[2]}" for g, _ in LEVELS])
def test_level(given, level):
    assert honour_level(*given) == level


YEARS = [
    # (table title, award date, honour's name) → year
    (("2015—2017年度某区文明单位", "", ""), 2017),            # conferred when the period ends
    (("2015-2017年度某区文明单位", "", ""), 2017),
    (("2018 年度某区获市级先进集体荣誉", "2019年1月", ""), 2018),   # the yearbook's year wins
    (("获奖情况", "2018年11月", ""), 2018),
    (("获奖情况", "2018-11-05", ""), 2018),                  # a date cell from a spreadsheet
    (("获奖情况", "", "2017年度外贸目标责任制考核鼓励奖"), 2017),
    (("获奖情况", "", "2016—2018年度优秀单位"), 2018),
    (("某区记集体三等功单位", "", "三等功"), None),
    (("", "", ""), None),
]


@pytest.mark.parametrize("given,year", YEARS, ids=[f"{g[0]}|{g[1]}|{g[2]}" for g, _ in YEARS])
def test_year(given, year):
    assert honour_year(*given) == year


def test_rows_of_the_yearbook_sample():
    doc = reader.read(SAMPLES / "shangcheng-yearbook-awards-and-plans.txt")
    rows = honour_rows(doc.tables)
    assert len(rows) == 266                               # rows naming a unit; persons-only rows are left out
    assert [r.row for r in rows] == sorted({r.row for r in rows})
    assert Counter(r.level for r in rows) == {"provincial": 121, "district": 54, "national": 47, "city": 44}
    civilised = [r for r in rows if r.title.startswith("2015—2017")]
    assert len(civilised) == 17 and {r.year for r in civilised} == {2017}
    assert {r.level for r in rows if r.honour == "浙江省文明单位"} == {"provincial"}
    # the same rows from the stored JSON of the reading
    assert honour_rows([t.to_json() for t in doc.tables]) == rows

"""Tab-separated tables: the yearbook's award tables and small built inputs."""

from pathlib import Path

import pytest

from luoshi.engine.tables import tabbed

pytestmark = pytest.mark.engine

SAMPLES = Path(__file__).resolve().parents[1] / "luoshi" / "samples"
UNIT_COLS = ["unit_name", "honour", "issuer", "date"]
PERSON_COLS = ["unit_name", "person", "honour", "issuer", "date"]


@pytest.fixture(scope="module")
def yearbook(registry):
    text = (SAMPLES / "shangcheng-yearbook-awards-and-plans.txt").read_text(encoding="utf-8")
    return text, tabbed.find(text, registry)


# Counted by hand with awk: tab lines per 表/续表 part, less one header each.
EXPECTED = [
    ("2018 年度上城区获国家级和部级先进集体荣誉", UNIT_COLS, 12 + 18 + 6),
    ("2018年度上城区获省级和省属部门先进集体荣誉", UNIT_COLS, 11 + 20 + 17 + 17 + 3),
    ("2018年度上城区获市级先进集体荣誉", UNIT_COLS, 12),
    ("2018年度上城区获国家级和部级先进个人荣誉", PERSON_COLS, 9 + 2),
    ("2018年度上城区获省级和省属部门级先进个人荣誉", PERSON_COLS, 17 + 21 + 15),
    ("2018年度上城区获市级先进个人荣誉", PERSON_COLS, 4 + 27),
]


def test_every_yearbook_table_with_exact_rows(yearbook):
    _, tables = yearbook
    assert [(t.title, t.columns, len(t.rows)) for t in tables] == EXPECTED
    assert sum(len(t.rows) for t in tables) == 211
    assert all(t.layout == "tabbed" and t.notes == [] for t in tables)


def test_yearbook_rows_are_cells_as_written(yearbook):
    text, tables = yearbook
    lines = text.splitlines()
    for table in tables:
        for row in table.rows:
            assert [c.strip() for c in lines[row.line - 1].split("\t")] == [row.values[c] for c in table.columns]
            assert text[row.start:row.end].startswith(row.values["unit_name"])
    # no header row and no 续表 label leaked into the rows
    assert not any(r.values["unit_name"] in ("获奖部门", "获奖单位") for t in tables for r in t.rows)


def test_yearbook_spot_checks(yearbook):
    _, (t19, t20, t21, t22, t23, t24) = yearbook
    assert t19.rows[0].values == {"unit_name": "区检察院", "honour": "检察宣传片《青春的墨痕》获“平安中国”最佳微电影",
                                  "issuer": "中共中央政法委员会", "date": "2018年11月"}
    assert t19.rows[0].line == 12
    assert t19.rows[-1].values["honour"] == "2018年度食品标杆企业金箸奖" and t19.rows[-1].line == 55
    # first row of the first 续表 19 part
    assert t19.rows[12].values["unit_name"] == "区委组织部官方微博“上城先锋”" and t19.rows[12].line == 28
    assert t20.rows[-1].values["unit_name"] == "浙江海峡国际旅行社有限公司"
    assert t21.rows[0].values["honour"] == "2017年度外贸目标责任制考核鼓励奖"
    assert t22.header[2] == "先进荣誉（称号）"
    assert t22.rows[-1].values == {"unit_name": "广宇集团股份有限公司", "person": "王轶磊",
                                   "honour": "第三届世界杭商大会杰出杭商", "issuer": "世界杭商大会组委会",
                                   "date": "2018年5月"}
    row = next(r for r in t23.rows if r.line == 246)
    assert row.values["person"] == "陈珂 魏玉璋"     # two persons share one honour, kept as written
    assert t23.rows[17].values["person"] == "殷平凡"  # first row of 续表 23
    assert t24.rows[-1].values["person"] == "章南" and t24.rows[-1].line == 344


def test_yearbook_table_spans(yearbook):
    text, tables = yearbook
    assert text[tables[0].start:].startswith("2018 年度上城区获国家级和部级先进集体荣誉")
    assert text[:tables[0].end].endswith("2018年12月")
    for a, b in zip(tables, tables[1:], strict=False):
        assert a.end <= b.start


H = "获奖部门\t先进荣誉(称号)\t颁奖单位\t颁奖时间"


def test_continuation_parts_merge_with_notes(registry):
    text = "\n".join([
        "2019年度获市级先进集体荣誉", "", "表 3", "", H,
        "区教育局\t先进单位\t杭州市人民政府\t2019年3月",
        "区财政局\t先进集体\t杭州市财政局\t2019年4月",
        "", "注:按颁奖时间排列", "",
        "续表 3", "", H,
        "区民政局\t优秀组织奖\t杭州市民政局\t2019年5月",
        H,                                                # header repeated inside a part
        "区科技局\t创新奖\t杭州市科技局\t2019年6月",
        "", "续表 3", "",                                   # a part whose header was left out
        "区城管局\t示范单位\t杭州市城管局\t2019年7月",
        "", "2019年度获省级先进集体荣誉", "", "表 4", "", H,
        "湖滨街道\t平安街道\t浙江省人民政府\t2019年8月",
    ])
    t3, t4 = tabbed.find(text, registry)
    assert t3.title == "2019年度获市级先进集体荣誉" and t4.title == "2019年度获省级先进集体荣誉"
    assert [r.values["unit_name"] for r in t3.rows] == ["区教育局", "区财政局", "区民政局", "区科技局", "区城管局"]
    assert t3.notes == ["注:按颁奖时间排列"]
    assert len(t4.rows) == 1
    assert t3.end < t4.start


def test_page_break_without_label_continues(registry):
    text = "\n".join([
        "获奖名单", "", H, "区教育局\t先进单位\t杭州市人民政府\t2019年3月",
        "", H, "区财政局\t先进集体\t杭州市财政局\t2019年4月",
    ])
    (table,) = tabbed.find(text, registry)
    assert len(table.rows) == 2


def test_missing_and_shifted_cells(registry):
    text = "\n".join([
        "获奖名单", H,
        "区教育局\t先进单位\t2019年3月",                     # issuer missing: the date goes to 颁奖时间
        "区财政局\t先进集体\t杭州市财政局",                  # date missing at the end
        "\t先进个人\t杭州市人民政府\t2019年5月",              # blank unit (same as above), kept blank
    ])
    (table,) = tabbed.find(text, registry)
    v = [r.values for r in table.rows]
    assert (v[0]["issuer"], v[0]["date"]) == ("", "2019年3月")
    assert (v[1]["issuer"], v[1]["date"]) == ("杭州市财政局", "")
    assert (v[2]["unit_name"], v[2]["honour"]) == ("", "先进个人")


def test_wrapped_row(registry):
    text = "\n".join([
        "获奖名单", H,
        "区教育局\t全国教育系统先进",
        "集体\t教育部\t2019年3月",
        "区财政局\t先进集体\t杭州市财政局\t2019年4月",
        "以上为2019年数据。",
    ])
    (table,) = tabbed.find(text, registry)
    assert [r.values["honour"] for r in table.rows] == ["全国教育系统先进集体", "先进集体"]
    assert table.rows[0].values["date"] == "2019年3月"
    assert "以上" not in text[table.start:table.end]


def test_person_header(registry):
    text = "获奖名单\n获奖单位\t获奖人姓名\t先进荣誉(称号)\t颁奖单位\t颁奖时间\n区法院\t丁莹\t先进个人\t杭州市人民政府\t2018年5月"
    (table,) = tabbed.find(text, registry)
    assert table.columns == PERSON_COLS
    assert table.rows[0].values["person"] == "丁莹"


def test_line_after_a_complete_row_ends_the_table(registry):
    text = "获奖名单\n" + H + "\n区教育局\t先进单位\t杭州市人民政府\t2019年3月\n2019年度获省级先进集体荣誉\n"
    (table,) = tabbed.find(text, registry)
    assert table.rows[0].values["date"] == "2019年3月"
    assert text[table.start:table.end].endswith("2019年3月")


def test_continuation_goes_to_its_own_number(registry):
    text = "\n".join([
        "甲荣誉", "表 1", H, "区教育局\t先进单位\t杭州市人民政府\t2019年3月", "",
        "乙荣誉", "表 2", H, "区财政局\t先进集体\t杭州市财政局\t2019年4月", "",
        "续表 1", H, "区民政局\t优秀组织奖\t杭州市民政局\t2019年5月",
    ])
    t1, t2 = tabbed.find(text, registry)
    assert [r.values["unit_name"] for r in t1.rows] == ["区教育局", "区民政局"]
    assert [r.values["unit_name"] for r in t2.rows] == ["区财政局"]


def test_note_after_the_last_part(registry):
    text = "获奖名单\n" + H + "\n区教育局\t先进单位\t杭州市人民政府\t2019年3月\n\n注:以颁奖时间为序\n\n正文继续。"
    (table,) = tabbed.find(text, registry)
    assert table.notes == ["注:以颁奖时间为序"]
    assert text[table.start:table.end].endswith("注:以颁奖时间为序")

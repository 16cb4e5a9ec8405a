"""【…】 result lists: the yearbook's 综合考评 results and honour rolls, and built inputs."""

from pathlib import Path

import pytest

from luoshi.engine.tables import bracket

pytestmark = pytest.mark.engine

SAMPLES = Path(__file__).resolve().parents[1] / "luoshi" / "samples"


@pytest.fixture(scope="module")
def yearbook(registry):
    text = (SAMPLES / "shangcheng-yearbook-awards-and-plans.txt").read_text(encoding="utf-8")
    return text, bracket.find(text, registry)


def names(table, category=None):
    col = "person" if "person" in table.columns else "unit_name"
    return [r.values[col] for r in table.rows if category is None or r.values["category"] == category]


def test_every_list_in_the_yearbook(yearbook):
    _, tables = yearbook
    assert [(t.title, len(t.rows)) for t in tables] == [
        ("2017年度上城区综合考评先进集体", 4 + 11 + 1 + 3 + 3 + 3),
        ("2017年度上城区非综合考评先进单位", 3 + 6),
        ("上城区记集体三等功单位", 3),
        ("2015—2017年度上城区文明单位", 17),
        ("2017年上城区政府质量奖单位", 1),
        ("2017年度上城区记三等功公务员", 14 * 5 + 1),
        ("上城区记个人三等功人员", 1),
        ("上城区追逃追赃工作专案组记三等功和嘉奖人员", 6 + 8),
        ("上城区第三届杰出金融人才和突出贡献金融人才", 4 + 12),
    ]
    assert [t.columns for t in tables[:5]] == [["category", "rank", "unit_name"]] * 5
    assert [t.columns for t in tables[5:]] == [["category", "rank", "person"]] * 4


def test_comprehensive_assessment_results(yearbook):
    text, tables = yearbook
    results = tables[0]
    categories = list(dict.fromkeys(r.values["category"] for r in results.rows))
    assert categories == ["综合考评优胜单位", "综合考评先进单位", "市对区创新奖", "区直单位创新奖",
                          "进位显著奖", "意见整改成效显著奖"]
    assert names(results, "综合考评优胜单位") == ["区教育局", "区委宣传部", "区委组织部", "望江街道"]
    assert [r.values["rank"] for r in results.rows[:4]] == ["1", "2", "3", "4"]
    advanced = names(results, "综合考评先进单位")
    # the list wraps inside 区人力资源和社会|保障局 (with a blank line between)
    assert advanced[5] == "区人力资源和社会保障局" and advanced[-1] == "清波街道"
    assert names(results, "市对区创新奖") == ["区政府办公室"]
    assert names(results, "进位显著奖") == ["区城管局", "区科协", "区科技局"]
    row = results.rows[0]
    assert text[row.start:row.end] == "区教育局" and row.line == 169
    # category written on the same line as 【title】 in bold
    assert names(tables[1], "非综合考评优胜单位") == ["区政府办公室", "区委办公室", "区国土分局"]
    assert "区纪委（监委）" in names(tables[1], "非综合考评先进单位")


def test_lists_without_category_use_the_title(yearbook):
    _, tables = yearbook
    assert {r.values["category"] for r in tables[2].rows} == {"上城区记集体三等功单位"}
    assert names(tables[2])[-1] == "“5·22”勇救坠楼幼儿见义勇为先进群体"
    assert names(tables[4]) == ["杭州金通公共自行车科技股份有限公司"]
    assert tables[4].notes == ["（年鉴编辑部）"]


def test_person_rolls(yearbook):
    text, tables = yearbook
    roll = tables[5]
    assert names(roll)[:5] == ["罗天佑", "徐斌", "严国庆", "曹天艳", "程艳"]
    assert names(roll)[-1] == "李军"
    assert text[roll.rows[1].start:roll.rows[1].end] == "徐 斌"
    assert names(tables[6]) == ["王如林"]
    assert names(tables[7], "嘉奖人员")[-1] == "余军"
    assert names(tables[8], "杰出金融人才") == ["张志洲", "罗旭峰", "项茹冰", "徐兵"]


def test_built_list_with_categories_and_wrap(registry):
    text = "\n".join([
        "【2019年度综合考评结果】",
        "综合考评优胜单位",
        "区财政局、区教育局、",
        "区民政局",
        "**进位显著奖**",
        "区城管局",
        "区科技局",
        "## 文件辑录",
        "区统计局、区商务局",
    ])
    (table,) = bracket.find(text, registry)
    assert [(r.values["category"], r.values["rank"], r.values["unit_name"]) for r in table.rows] == [
        ("综合考评优胜单位", "1", "区财政局"), ("综合考评优胜单位", "2", "区教育局"),
        ("综合考评优胜单位", "3", "区民政局"),
        ("进位显著奖", "1", "区城管局"), ("进位显著奖", "2", "区科技局"),
    ]
    assert "文件辑录" not in text[table.start:table.end]


def test_brackets_that_are_not_result_lists(registry):
    text = "【字体:大 中 小】打印\n【政策解读】\n关于印发实施方案的通知。"
    assert bracket.find(text, registry) == []

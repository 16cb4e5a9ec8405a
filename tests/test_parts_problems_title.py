"""A problems part of its own (issue 10): a part title naming the problems (二、当前面临的主要困难和问题, 存在的问题和不足,
…困难和挑战) and no review or plan word gives its part the role problems (parts.title_role, part.problems_title); a
title naming the review or the year's work beside them keeps that role.

The reports below were written for these tests (某某 names) and read before the engine ran on them."""

from __future__ import annotations

import pytest

from luoshi.engine import reader

pytestmark = pytest.mark.engine

_REPORT = """某某县人民政府工作报告
——2025年1月10日在某某县第十九届人民代表大会第四次会议上

各位代表：

一、{first}

2024年，全县地区生产总值增长6.2%，新增规上工业企业14家。

二、{second}

一是工业支撑不强，新兴产业规模偏小；二是县城功能不够完善；三是财政收支矛盾突出。

三、{third}

2025年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长4%。

（一）壮大县域工业。新增规上工业企业15家。

四、加强政府自身建设

坚持依法行政，自觉接受县人大及其常委会的监督。

各位代表！让我们团结一心，奋勇前进！
"""


def _roles(tmp_path, first, second, third):
    (tmp_path / "r.txt").write_text(_REPORT.format(first=first, second=second, third=third), encoding="utf-8")
    doc = reader.read(tmp_path / "r.txt")

    def role(opening):
        return next(s.role for s in doc.sentences if s.text.strip().startswith(opening))
    return role("2024年，全县"), role("一是工业支撑不强"), role("新增规上工业企业15家")


@pytest.mark.parametrize("second", ["当前面临的主要困难和问题", "发展中存在的问题和不足", "前进道路上的困难和挑战"])
def test_a_part_titled_by_its_problems(tmp_path, second):
    assert _roles(tmp_path, "2024年工作回顾", second, "2025年工作安排") == ("review", "problems", "plan")


@pytest.mark.parametrize("first,second,third,want", [
    # the review named beside the problems: review, the next part's by position
    ("2024年工作回顾和存在的问题", "2025年工作安排", "主要任务和保障措施", ("review", "plan", "plan")),
    # the year's work named beside them: plan
    ("2024年工作回顾", "正视困难和问题，扎实做好今年工作", "2025年重点工作", ("review", "plan", "plan")),
])
def test_titles_naming_more_than_the_problems(tmp_path, first, second, third, want):
    assert _roles(tmp_path, first, second, third) == want


# A sub-section of the review titled with its problems (stop 40, readt; r39 in other words): the problems from its
# heading to the review's end, the heading too; guards: a review sub-section naming problems solved, and one of the
# plan part naming problems to solve, keep their part's role.
_SUBSECTIONS = """某某街道办事处工作报告

各位代表：

一、2024年工作回顾

（一）经济发展

全年完成税收收入7.2亿元，增长4.1%。

（二）{second}

新改造老旧小区5个，增设电动自行车充电桩600个。

（三）{third}

辖区产业空间不足，社区服务设施还有短板。

二、2025年工作安排

2025年全街道主要预期目标是：税收收入增长5%。

（一）{plan}

新引进企业80家。

各位代表，让我们同心协力，再创佳绩！
"""


def _sub_roles(tmp_path, second, third, plan):
    (tmp_path / "s.txt").write_text(_SUBSECTIONS.format(second=second, third=third, plan=plan), encoding="utf-8")
    doc = reader.read(tmp_path / "s.txt")

    def role(opening):
        return next(s.role for s in doc.sentences if s.text.strip().startswith(opening))
    return role("全年完成税收收入"), role("新改造老旧小区5个"), role(f"（三）{third}"), role("辖区产业空间不足"), \
        role("新引进企业80家")


@pytest.mark.parametrize("third", ["存在的问题", "面临的困难和挑战", "工作中的问题和不足"])
def test_a_review_sub_section_titled_by_its_problems(tmp_path, third):
    assert _sub_roles(tmp_path, "城市更新", third, "招商引资") == ("review", "review", "problems", "problems", "plan")


def test_sub_sections_naming_problems_solved_or_to_solve_keep_their_part(tmp_path):
    # guards: problems solved in the review (解决了一批…问题), problems to solve in the plan
    assert _sub_roles(tmp_path, "解决了一批群众反映强烈的问题", "社会事业", "着力解决存在的问题")[:3] + \
        _sub_roles(tmp_path, "解决了一批群众反映强烈的问题", "社会事业", "着力解决存在的问题")[4:] == \
        ("review", "review", "review", "plan")

"""Part roles on invented report skeletons, in the shapes reports are written in (issue 10, item 2).

Each skeleton was labelled (the role of each line, by reading it as a deputy would) before the
engine was run on it.  The plan part under an unusual title (a thematic title, 20XX年工作, a part
after the targets part holding 一是/（一） tasks, targets and plan fused in one part); the glossary
against the annex (名词解释 and its variants, a bare 附件 marker before either, entries
'term：definition' with or without 指, a 民生实事 list or a project table); the closing.
"""

from __future__ import annotations

import pytest

from luoshi.engine import reader
from luoshi.engine.model import SourceText
from luoshi.engine.parts import title_role
from luoshi.engine.structure import parse_structure

pytestmark = pytest.mark.engine

HEAD = """政府工作报告
——{date}在某市第一届人民代表大会第三次会议上

{address}

一、{review_title}

过去一年，地区生产总值增长5.6%。

（一）产业发展取得新进展。新增规上企业80家。

（二）民生福祉持续增进。新建学校3所。

同时，我们也清醒认识到，发展中还存在一些困难和问题。

"""

CLOSING = """
各位代表！让我们团结一心，奋勇前进！
"""


def skeleton(middle: str, after: str = "", *, date: str = "2024年1月10日", address: str = "各位代表：",
             review_title: str = "2023年工作回顾") -> str:
    head = HEAD.format(date=date, address=address, review_title=review_title)
    return head + middle.strip("\n") + "\n" + CLOSING + ("\n" + after.strip("\n") + "\n" if after else "")


def roles(text: str, prefixes: list[str]) -> list[str]:
    """The role of the line opening with each prefix: its sentence's (a heading is a sentence too)."""
    _, _, sentences = parse_structure(text)
    out = []
    for prefix in prefixes:
        found = [s.role for s in sentences if s.text.lstrip("　 *#").startswith(prefix)]
        assert found, prefix
        out.append(found[0])
    return out


TARGETS = "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业1万人以上。"
TASKS = "（一）扩大有效投资。实施重点项目100个。\n\n（二）增进民生福祉。新建学校3所。\n\n（三）深化改革开放。新增外资企业20家。"
RUN_IN = "一是扩大有效投资，实施重点项目100个。二是增进民生福祉，新建学校3所。三是深化改革开放，新增外资企业20家。"
CONDUCT = "四、加强政府自身建设\n\n坚持依法行政。加强法治政府建设。"

# --- the plan part under unusual titles --------------------------------------------------------

PLANS = [
    # a thematic title after the review
    ("thematic", f"二、坚定信心、真抓实干，奋力谱写高质量发展新篇章\n\n{TARGETS}\n\n{TASKS}",
     {"二、坚定信心": "plan", "今年经济社会发展": "plan", "实施重点项目": "plan"}),
    # a targets part, then a thematic plan part
    ("targets_then_thematic",
     f"二、2024年工作总体要求和主要预期目标\n\n{TARGETS}\n\n三、凝心聚力、实干争先，推动高质量发展取得新成效\n\n{TASKS}",
     {"二、2024年工作总体要求": "targets", "三、凝心聚力": "plan", "实施重点项目": "plan"}),
    # a targets part, then a plan part of 一是… tasks under a title that says nothing
    ("targets_then_run_in",
     f"二、2024年总体要求和预期目标\n\n{TARGETS}\n\n三、突出重点，全力以赴\n\n{RUN_IN}\n\n{CONDUCT}",
     {"二、2024年总体要求": "targets", "三、突出重点": "plan", "一是扩大有效投资": "plan", "四、加强政府自身建设": "conduct"}),
    # the year's work named by the year alone
    ("year_only", f"二、2024年工作\n\n{TARGETS}\n\n{TASKS}", {"二、2024年工作": "plan"}),
    ("about_the_year", f"二、关于2024年工作\n\n{TARGETS}\n\n{TASKS}", {"二、关于2024年工作": "plan"}),
    ("main_tasks", f"二、主要任务\n\n{TARGETS}\n\n{TASKS}", {"二、主要任务": "plan"}),
    # targets and plan fused in one part: the part holds the year's tasks, it is the plan
    ("fused_target_tasks", f"二、2024年目标任务\n\n{TARGETS}\n\n{TASKS}\n\n{CONDUCT}",
     {"二、2024年目标任务": "plan", "今年经济社会发展": "plan", "实施重点项目": "plan", "四、加强政府自身建设": "conduct"}),
    ("fused_requirements_run_in", f"二、2024年工作总体要求和主要预期目标\n\n{TARGETS}\n\n{RUN_IN}\n\n{CONDUCT}",
     {"二、2024年工作总体要求": "plan", "一是扩大有效投资": "plan"}),
    # a title naming the year's work and its targets, with the tasks in a part of their own
    ("this_years_requirements",
     f"二、今年工作的总体要求和预期目标\n\n{TARGETS}\n\n三、重点抓好以下工作\n\n{TASKS}",
     {"二、今年工作的总体要求": "targets", "三、重点抓好": "plan"}),
    # a five-year part, then the year's targets and tasks fused
    ("five_year_then_fused",
     f"二、今后五年的奋斗目标\n\n今后五年，地区生产总值年均增长6%。\n\n三、2024年主要目标任务\n\n{TARGETS}\n\n{TASKS}",
     {"二、今后五年": "plan", "三、2024年主要目标任务": "plan"}),
]


@pytest.mark.parametrize(("middle", "expected"), [(m, e) for _, m, e in PLANS], ids=[n for n, _, _ in PLANS])
def test_plan_part(middle, expected):
    assert roles(skeleton(middle), list(expected)) == list(expected.values())


def test_plan_part_of_a_report_delivered_in_december():
    # delivered at the end of the year before: 2022年 is the year reviewed, 2023年 the year planned
    text = skeleton(f"二、2023年工作安排\n\n{TARGETS}\n\n{TASKS}", date="2022年12月28日",
                    review_title="2022年——极不平凡的一年")
    assert roles(text, ["一、2022年", "过去一年", "二、2023年工作安排"]) == ["review", "review", "plan"]


def test_plan_part_of_a_speech_printed_without_its_address():
    # the web copy drops 各位代表: the title block (在…人民代表大会…会议上) still makes it a speech
    text = skeleton(f"二、坚定信心、真抓实干，奋力谱写新篇章\n\n{TARGETS}\n\n{TASKS}", address="",
                    review_title="砥砺奋进，成绩来之不易").replace("各位代表！", "")
    assert roles(text, ["一、砥砺奋进", "过去一年", "二、坚定信心", "实施重点项目"]) == ["review", "review", "plan", "plan"]


_THEMED = skeleton(f"二、坚定信心、真抓实干，奋力谱写新篇章\n\n{TARGETS}\n\n{TASKS}", review_title="砥砺奋进，成绩来之不易")


def test_plan_part_of_thematic_titles_naming_their_years():
    text = _THEMED.replace("一、砥砺奋进，成绩来之不易", "一、2023年：砥砺奋进").replace(
        "二、坚定信心、真抓实干，奋力谱写新篇章", "二、2024年：奋力谱写新篇章")
    assert roles(text, ["过去一年", "今年经济社会发展", "实施重点项目"]) == ["review", "plan", "plan"]


def test_plan_part_of_bold_unnumbered_thematic_titles():
    text = _THEMED.replace("一、砥砺奋进，成绩来之不易", "**砥砺奋进，成绩来之不易**").replace(
        "二、坚定信心、真抓实干，奋力谱写新篇章", "**坚定信心、真抓实干，奋力谱写新篇章**")
    assert roles(text, ["过去一年", "今年经济社会发展", "实施重点项目"]) == ["review", "plan", "plan"]


def test_bold_sub_headings_inside_numbered_parts_stay_sub_headings():
    # bold lines inside a part continue its (一)(二) run: sub-headings, the parts are the 一、 titles
    text = _THEMED.replace("（二）民生福祉持续增进。", "**民生方面**\n\n（二）民生福祉持续增进。").replace(
        "（二）增进民生福祉。", "**民生方面**\n\n（二）增进民生福祉。")
    assert roles(text, ["过去一年", "民生方面", "今年经济社会发展", "实施重点项目"]) == ["review", "review", "plan", "plan"]


def _part_titles(text: str) -> list[str]:
    return [s.title for s in parse_structure(text)[0] if s.level == 0]


def test_bold_lines_continuing_a_run_make_no_parts():
    # a bold line followed by (二) rather than (一) is a sub-heading: no bold line becomes a part
    text = _THEMED.replace("一、砥砺奋进，成绩来之不易", "**砥砺奋进，成绩来之不易**").replace(
        "二、坚定信心、真抓实干，奋力谱写新篇章", "**坚定信心、真抓实干，奋力谱写新篇章**").replace(
        "（二）民生福祉持续增进。", "**民生方面**\n\n（二）民生福祉持续增进。")
    assert not [t for t in _part_titles(text) if "坚定信心" in t or "民生方面" in t]


def test_plan_part_when_the_first_thematic_title_runs_into_its_body():
    text = _THEMED.replace("一、砥砺奋进，成绩来之不易\n\n过去一年", "一、砥砺奋进，成绩来之不易。过去一年")
    assert roles(text, ["过去一年", "今年经济社会发展", "实施重点项目"]) == ["review", "plan", "plan"]


def test_problems_of_a_review_whose_every_paragraph_opens_on_a_heading():
    # the part title and each sub-section run into their bodies: those paragraphs count as the review's body
    text = _THEMED.replace("一、砥砺奋进，成绩来之不易\n\n过去一年", "一、砥砺奋进，成绩来之不易。过去一年")
    assert roles(text, ["一、砥砺奋进", "（二）民生福祉", "同时，我们也清醒认识到"]) == ["review", "review", "problems"]


def test_run_in_sub_sections_numbered_anew_are_no_parts():
    # short 一、 titles running into their bodies whose numbers start over are sub-sections
    text = _THEMED.replace("一、砥砺奋进，成绩来之不易\n\n过去一年", "一、砥砺奋进，成绩来之不易。过去一年").replace(
        "（一）扩大有效投资。", "一、扩大有效投资。").replace("（二）增进民生福祉。", "二、增进民生福祉。")
    assert not [t for t in _part_titles(text) if "扩大有效投资" in t or "增进民生福祉" in t]


def test_plan_part_under_a_markdown_heading():
    # parts as markdown headings: a numbered ## 二、 is a part like the ## 一、 review, not nested in it
    text = skeleton(f"## 二、奋力谱写高质量发展新篇章\n\n{TARGETS}\n\n{TASKS}").replace(
        "一、2023年工作回顾", "## 一、2023年工作回顾")
    assert roles(text, ["过去一年", "二、奋力谱写", "实施重点项目"]) == ["review", "plan", "plan"]


def test_one_report_exported_as_markdown_under_its_own_title():
    # a # title on the first line alone is the report's own title, not a document of a compilation
    text = "# 某市2024年政府工作报告\n\n" + skeleton(f"## 二、2024年工作安排\n\n{TARGETS}\n\n{TASKS}").replace(
        "一、2023年工作回顾", "## 一、2023年工作回顾")
    assert roles(text, ["过去一年", "二、2024年工作安排", "实施重点项目", "让我们团结一心"]) == [
        "review", "plan", "plan", "closing"]


def test_two_markdown_titles_are_still_a_compilation():
    text = "# 某市2024年政府工作报告\n\n" + skeleton(f"## 二、2024年工作安排\n\n{TARGETS}\n\n{TASKS}").replace(
        "一、2023年工作回顾", "## 一、2023年工作回顾") + "\n# 某市2024年民生实事项目\n\n1.新建学校3所。\n"
    assert {s.role for s in parse_structure(text)[2]} == {"other"}


_OUTLOOK = ("二、2024年工作总体要求和主要预期目标\n\n当前，外部环境更趋复杂严峻，机遇和挑战并存。\n\n"
            "从自身来看，发展中还存在一些困难和问题，产业结构不优，创新能力不强，民生领域仍有短板。\n\n"
            f"{TARGETS}\n\n三、2024年重点工作\n\n{TASKS}")


def test_problems_in_the_outlook_when_the_review_has_none():
    # the difficulties named in the next part's situation analysis, when the review ends without them
    text = skeleton(_OUTLOOK).replace("同时，我们也清醒认识到，发展中还存在一些困难和问题。\n\n", "")
    assert roles(text, ["过去一年", "当前，外部环境", "从自身来看", "今年经济社会发展", "实施重点项目"]) == [
        "review", "targets", "problems", "targets", "plan"]


def test_outlook_stays_with_its_part_when_the_review_has_its_problems():
    assert roles(skeleton(_OUTLOOK), ["同时，我们也清醒认识到", "从自身来看"]) == ["problems", "targets"]


# --- glossary, annex and what else follows the closing ------------------------------------------

MIDDLE = f"二、2024年工作安排\n\n{TARGETS}\n\n{TASKS}"
TERMS = "1.规上企业：年主营业务收入2000万元及以上的工业企业。\n\n2.“专精特新”：专业化、精细化、特色化、新颖化。"
TERMS_DEFINED = "1.三区三线：指城镇空间、农业空间、生态空间。\n\n2.“一网通办”：即政务服务一网办理。"
PROJECTS = "1.新建改扩建中小学5所。\n\n2.新增城镇就业1万人。"

AFTER = [
    ("glossary_title", f"名词解释\n\n{TERMS}", {"名词解释": "glossary", "1.规上企业": "glossary", "2.“专精特新”": "glossary"}),
    ("glossary_title_variants_1", f"名词简释\n\n{TERMS}", {"名词简释": "glossary", "1.规上企业": "glossary"}),
    ("glossary_title_variants_2", f"有关词语注释\n\n{TERMS}", {"有关词语注释": "glossary", "1.规上企业": "glossary"}),
    ("glossary_title_variants_3", f"名词释义\n\n{TERMS}", {"名词释义": "glossary", "1.规上企业": "glossary"}),
    ("glossary_prefixed", f"附：名词解释\n\n{TERMS}", {"附：名词解释": "glossary", "1.规上企业": "glossary"}),
    ("glossary_prefixed_numeral", f"附件二：名词解释\n\n{TERMS}", {"附件二：名词解释": "glossary", "1.规上企业": "glossary"}),
    # a bare annex marker introduces what follows: a glossary title after it makes it the glossary's
    ("marker_then_glossary", f"附件\n\n名词解释\n\n{TERMS}", {"附件": "glossary", "名词解释": "glossary", "1.规上企业": "glossary"}),
    ("marker_numeral_then_glossary", f"附件一\n\n名词解释\n\n{TERMS}",
     {"附件一": "glossary", "名词解释": "glossary", "1.规上企业": "glossary"}),
    # a bare marker before entries 'term：definition', with or without 指/即
    ("marker_then_terms", f"附：\n\n{TERMS}", {"附：": "glossary", "1.规上企业": "glossary", "2.“专精特新”": "glossary"}),
    ("marker_then_defined_terms", f"附：\n\n{TERMS_DEFINED}", {"附：": "glossary", "1.三区三线": "glossary"}),
    ("marker_then_terms_with_digits",
     "附件\n\n1.“四上”企业：指规模以上工业企业等四类企业的统称。\n\n2.5G基站：第五代移动通信基站。\n\n3.12345热线：政务服务便民热线。",
     {"附件": "glossary", "1.“四上”企业": "glossary", "2.5G基站": "glossary", "3.12345热线": "glossary"}),
    ("marker_note_then_terms", f"附：\n\n（按在报告中出现的先后顺序排列）\n\n{TERMS}\n\n3.“两重”：国家重大战略实施和重点领域安全能力建设。",
     {"附：": "glossary", "（按在报告中": "glossary", "1.规上企业": "glossary", "3.“两重”": "glossary"}),
    ("glossary_title_with_a_note", f"名词解释（按在报告中出现的先后顺序排列）\n\n{TERMS}",
     {"名词解释（按在报告中": "glossary", "1.规上企业": "glossary"}),
    # … and before a list of projects: an annex
    ("marker_then_projects", f"附件\n\n{PROJECTS}", {"附件": "annex", "1.新建改扩建": "annex", "2.新增城镇就业": "annex"}),
    ("marker_then_livelihood", f"附件1\n\n2024年市政府民生实事项目\n\n{PROJECTS}",
     {"附件1": "annex", "2024年市政府民生实事": "annex", "1.新建改扩建": "annex"}),
    ("project_table", "附表：2024年市级重点项目计划\n\n1.某某大道改造工程，总投资12亿元。\n\n2.某某医院新院区，总投资8亿元。",
     {"附表：2024年": "annex", "1.某某大道": "annex"}),
    # numbered terms on lines of their own, each defined on the next line
    ("numbered_terms", "名词解释\n\n1.负面清单\n\n指国家以清单方式明确列出禁止投资的领域。\n\n2.民生实事项目\n\n"
     "指由人大代表票决产生的年度惠民项目。",
     {"1.负面清单": "glossary", "指国家以清单": "glossary", "2.民生实事项目": "glossary", "指由人大代表": "glossary"}),
    # a bare note title: its entries decide
    ("note_then_terms", f"注：\n\n{TERMS}", {"注：": "glossary", "1.规上企业": "glossary"}),
    ("note_then_work", "说明：\n\n1.教育：新建学校3所。\n\n2.就业：新增城镇就业1万人。",
     {"说明：": "annex", "1.教育": "annex", "2.就业": "annex"}),
    # a title naming a table or list of projects
    ("table_title", "2024年市级重点项目计划表\n\n1.某某大道改造工程，总投资12亿元。\n\n2.某某医院新院区，总投资8亿元。",
     {"2024年市级重点项目计划表": "annex", "1.某某大道": "annex"}),
    # an annex, then a glossary; a glossary, then an annex
    ("annex_then_glossary", f"附件1\n\n2024年市政府民生实事项目\n\n{PROJECTS}\n\n附件2\n\n名词解释\n\n{TERMS}",
     {"附件1": "annex", "1.新建改扩建": "annex", "附件2": "glossary", "名词解释": "glossary", "1.规上企业": "glossary"}),
    ("glossary_then_annex", f"名词解释\n\n{TERMS}\n\n附件\n\n2024年市政府民生实事项目\n\n{PROJECTS}",
     {"名词解释": "glossary", "1.规上企业": "glossary", "附件": "annex", "2024年市政府民生实事": "annex",
      "1.新建改扩建": "annex"}),
    # a glossary entry that names 民生实事 stays in the glossary
    ("glossary_entry_livelihood", f"名词解释\n\n{TERMS}\n\n3.民生实事项目：由人大代表票决产生的年度惠民项目。",
     {"1.规上企业": "glossary", "3.民生实事项目": "glossary"}),
    # page residue after a glossary
    ("residue", f"名词解释\n\n{TERMS}\n\n责任编辑：王某", {"1.规上企业": "glossary", "责任编辑": "other"}),
    # a web page's footer pasted after the closing (an attachment link, share buttons, related links): page residue,
    # the closing before it still the closing
    ("web_footer", "下载附件：政府工作报告全文.pdf\n\n分享到：微信　微博\n\n相关链接：某某县人民政府网　某某县人大网",
     {"下载附件": "other"}),
    ("web_footer_after_glossary", f"名词解释\n\n{TERMS}\n\n【打印本页】　【关闭窗口】\n\n扫一扫在手机打开当前页",
     {"1.规上企业": "glossary", "【打印本页】": "other", "扫一扫": "other"}),
    # (guard) a bare annex marker before a list of projects stays the annex, no footer
    ("annex_not_footer", f"附件：2024年县政府民生实事项目\n\n{PROJECTS}", {"附件：2024年": "annex", "1.新建改扩建": "annex"}),
]


@pytest.mark.parametrize(("after", "expected"), [(a, e) for _, a, e in AFTER], ids=[n for n, _, _ in AFTER])
def test_after_the_closing(after, expected):
    text = skeleton(MIDDLE, after)
    assert roles(text, ["让我们团结一心"]) == ["closing"]
    assert roles(text, list(expected)) == list(expected.values())


def test_closing_without_an_address():
    text = skeleton(MIDDLE, f"名词解释\n\n{TERMS}").replace("各位代表！让我们", "让我们")
    assert roles(text, ["实施重点项目", "让我们团结一心", "1.规上企业"]) == ["plan", "closing", "glossary"]


@pytest.mark.parametrize(("title", "role"), [
    ("名词简释", "glossary"), ("名词释义", "glossary"), ("有关词语注释", "glossary"), ("附件二：名词解释", "glossary"),
    ("2024年工作总体要求和预期目标", "targets"), ("今年工作的总体要求和主要目标", "targets"),
    ("2024年目标任务和重点工作", "plan"), ("新的一年", "plan"),
])
def test_title_role(title, role):
    assert title_role(title) == role


# --- when a role is not found, the document says so ----------------------------------------------

def _warnings(text: str) -> list[str]:
    return reader.read_text(SourceText(text, "txt"), "report.txt").warnings


def test_every_role_found_no_warning():
    assert not [w for w in _warnings(skeleton(MIDDLE)) if "未找到" in w]


def test_missing_targets_paragraph_is_a_warning():
    text = skeleton(f"二、2024年工作安排\n\n{TASKS}")
    warnings = [w for w in _warnings(text) if "未找到" in w]
    assert len(warnings) == 1 and "预期目标" in warnings[0]


def test_missing_plan_part_is_a_warning():
    text = HEAD.format(date="2024年1月10日", address="各位代表：", review_title="2023年工作回顾") + CLOSING
    warnings = [w for w in _warnings(text) if "未找到" in w]
    assert any("plan" in w for w in warnings)


@pytest.mark.parametrize("after", [a for _, a, _ in AFTER], ids=[n for n, _, _ in AFTER])
def test_nothing_after_the_closing_is_a_task(after):
    from luoshi.engine import tasks

    text = skeleton(MIDDLE, after)
    closing = text.index("让我们团结一心")
    doc = reader.read_text(SourceText(text, "txt"), "report.txt")
    found = tasks.tasks_from_document(doc)
    assert found and all(t.source["start"] < closing for t in found), [t.text for t in found]

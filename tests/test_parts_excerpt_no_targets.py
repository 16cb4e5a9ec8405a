"""A pasted year N+1 excerpt with slogans for part titles, no opening address (各位代表) and no next year's targets
sentence: when its first part reports the past year's results (parts.reports_past_year — 过去一年，…增长…; a year no
later year of the text follows, 2023年，…增长…, with no word of what is to be done), its 一、 headings are its parts
(structure._numbered_parts), the review runs to the part holding the problems paragraph and the parts after it are the
plan (parts._review_without_targets).  A problems paragraph may open on a short sentence read as a title with no
number (成绩来之不易。同时也要看到…) or on 在肯定成绩的同时… (part.problems).  Guards: an excerpt of the plan, a situation
part, a past year followed by a later one, a thanks paragraph, a plan document.  Inputs are this file's own wording."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from luoshi.engine import reader, verify
from luoshi.engine.model import SourceText

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import corpus  # noqa: E402  (bench/corpus.py)

pytestmark = pytest.mark.engine


def _doc(text):
    return reader.read_text(SourceText(text, "txt"), "t.txt")


def _roles(text):
    return [s.role for s in _doc(text).sections if s.level == 0]


def _role_of(text, opening):
    return next(s.role for s in _doc(text).sentences if s.text.lstrip("　 ").startswith(opening))


EXCERPT = """一、{title}

{opening}全县地区生产总值增长6.8%，规模以上工业增加值增长5.2%，农村居民人均可支配收入增长7.4%。

（一）农业基础更加稳固。建成高标准农田2.1万亩，粮食总产量达到31万吨。

二、实干为要，社会事业全面进步

全年新增城镇就业4100人，新建改扩建学校9所，县中医院迁建工程完工。

{problems}

三、奋楫争先，全力推动县域经济提质增效

（一）聚力壮大工业经济。新开工亿元以上项目28个，新增规上工业企业15家。

（二）持续增进民生福祉。新增城镇就业4000人，改造农村危房300户。
"""

PROBLEMS = "我们也清醒认识到，工业增长未达预期，财政收支矛盾突出，民生领域还有短板。"

FOUND = [
    # (part title, opening of the first part's results, problems paragraph)
    ("攻坚克难，县域经济稳中有进", "过去一年，", PROBLEMS),
    ("攻坚克难，县域经济稳中有进", "一年来，面对多重困难挑战，", PROBLEMS),
    ("同心协力，发展基础不断夯实", "2023年，全县上下攻坚克难，", PROBLEMS),
    ("同心协力，发展基础不断夯实", "2023年，", "成绩实属不易。同时也要看到，全县工业增长未达预期，民生短板仍然较多。"),
    ("攻坚克难，县域经济稳中有进", "过去一年，", "在肯定成绩的同时，我们也要正视前进中的困难和不足：工业增长未达预期。"),
    ("攻坚克难，县域经济稳中有进", "过去一年，", "在看到成绩的同时，必须清醒看到，发展不平衡的问题仍较突出。"),
]


@pytest.mark.parametrize(("title", "opening", "problems"), FOUND)
def test_excerpt_without_targets_finds_review_problems_and_plan(title, opening, problems):
    text = EXCERPT.format(title=title, opening=opening, problems=problems)
    assert _roles(text) == ["review", "review", "plan"]
    assert _role_of(text, problems[:6]) == "problems"
    assert _role_of(text, "全年新增城镇就业") == "review"
    assert _role_of(text, "新开工亿元以上项目28个") == "plan"


YEAR_N = """某某县2023年政府工作报告

各位代表：

一、2022年工作回顾

全县地区生产总值增长5.1%。

二、2023年工作安排

2023年全县经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，规模以上工业增加值增长8%，农村居民人均可支配收入增长7%。

（一）壮大工业经济。新开工项目25个。
"""


def test_excerpt_without_targets_verified():
    text = EXCERPT.format(title=FOUND[0][0], opening=FOUND[0][1], problems=PROBLEMS)
    verdicts, _ = verify.verify_documents(_doc(YEAR_N), _doc(text), "t.txt")
    want = {"地区生产总值": "achieved", "规模以上工业增加值": "not_met", "农村居民人均可支配收入": "achieved"}
    assert {v.metric: corpus.outcome(v) for v in verdicts if v.metric in want} == want


def test_review_then_parts_titled_by_their_wording():
    # the past year's results, then the year's measures with no targets sentence and a conduct part by its title
    text = ("一、凝心聚力，各项事业呈现新气象\n\n过去一年，全县地区生产总值增长5.4%，一般公共预算收入增长6.2%。\n\n"
            "二、乘势而上，全力书写高质量发展新篇章\n\n我们将推动地区生产总值增长6%左右。\n\n（一）聚力项目建设。实施重点项目85个。\n\n"
            "三、守正创新，建设人民满意政府\n\n坚持依法行政，自觉接受监督。\n")
    assert _roles(text) == ["review", "plan", "conduct"]


def test_no_problems_paragraph_review_goes_on_while_results():
    text = ("一、稳中求进，经济发展量质齐升\n\n过去一年，全县地区生产总值增长6.8%，规模以上工业增加值增长5.2%。\n\n"
            "二、民生为本，群众获得感持续增强\n\n全年居民人均可支配收入增长6.6%，社会保障水平稳步提高。\n\n"
            "三、奋楫争先，全力推动县域经济提质增效\n\n（一）聚力壮大工业经济。新开工项目28个。\n")
    assert _roles(text) == ["review", "review", "plan"]


GUARDS = [
    # an excerpt of the plan: the year to come with what is to be done
    ("一、锚定目标，奋力开创发展新局面\n\n2025年，全县地区生产总值增长6%左右，规模以上工业增加值增长7%。\n\n"
     "二、聚焦重点，全力抓好项目建设\n\n新开工亿元以上项目30个。\n"),
    ("一、锚定目标，奋力开创发展新局面\n\n2025年，全县将实现地区生产总值增长6%，确保规模以上工业增加值增长7%。\n\n"
     "二、聚焦重点，全力抓好项目建设\n\n新开工亿元以上项目30个。\n"),
    # a situation part saying nothing of the past year's results
    ("一、把握大势，坚定发展信心\n\n当前，外部环境更趋复杂，我们要保持战略定力。\n\n"
     "二、聚焦重点，全力抓好项目建设\n\n新开工亿元以上项目30个，完成投资120亿元。\n"),
    # a year followed by a later one: figures of years to come
    ("一、对标一流，明确发展方位\n\n2024年，全县地区生产总值增长6.8%。到2027年，地区生产总值突破500亿元。\n\n"
     "二、聚焦重点，全力抓好项目建设\n\n新开工亿元以上项目30个。\n"),
    # the past year named, but no result's figure
    ("一、回望来路，凝聚奋进力量\n\n过去一年，我们经受住了多重考验，积累了宝贵经验。\n\n"
     "二、聚焦重点，全力抓好项目建设\n\n新开工亿元以上项目30个。\n"),
]


@pytest.mark.parametrize("text", GUARDS)
def test_excerpts_reporting_no_past_results_find_no_review(text):
    assert "review" not in _roles(text)


def test_plan_document_keeps_its_reading():
    text = ("某某县2025年国民经济和社会发展计划\n\n一、指导思想\n\n过去一年，地区生产总值增长7.3%。\n\n"
            "二、主要任务\n\n新开工项目30个。\n")
    assert not any(s.role == "review" for s in _doc(text).sections)


SPEECH = """某某县人民政府工作报告

各位代表：

一、2024年工作回顾

过去一年，全县地区生产总值增长6.1%。

（一）工业经济稳中提质。新增规上工业企业21家。

（二）社会事业全面进步。新建改扩建学校8所。

{last}

二、2025年工作安排

（一）壮大实体经济。新增规上工业企业20家。
"""

# (the review's last paragraphs, the opening of one, the role it gets)
SPEECH_ROWS = [
    ("成绩来之不易。同时也要看到，全县经济总量偏小，工业结构偏重。", "成绩来之不易", "problems"),
    ("成绩来之不易。这是县委坚强领导的结果，是全县人民团结奋斗的结果。\n\n我们也清醒认识到，全县发展还存在不少困难。",
     "成绩来之不易", "review"),
    ("成绩来之不易。这是县委坚强领导的结果。\n\n在充分肯定成绩的同时，我们也要正视发展中存在的困难和不足。",
     "在充分肯定成绩的同时", "problems"),
    # a short result sentence opening the review's last paragraph stays review
    ("民生实事全面完成。新建城区公园3个，改造老旧小区12个。", "民生实事全面完成", "review"),
]


@pytest.mark.parametrize(("last", "opening", "role"), SPEECH_ROWS)
def test_problems_paragraph_opening_on_another_sentence(last, opening, role):
    assert _role_of(SPEECH.format(last=last), opening) == role

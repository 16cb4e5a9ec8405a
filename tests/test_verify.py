"""Verification: 2019 targets against the 2020 work report's review."""

import json
from pathlib import Path

import pytest

from luoshi.engine import reader
from luoshi.engine.files import UnreadableInput
from luoshi.engine.judgement import VERDICTS, Indicator, Task
from luoshi.engine.verify import verify, verify_documents, verify_tasks
from luoshi.engine.verify.naming import similarity
from luoshi.engine.verify.patterns import MIN_SIMILARITY
from luoshi.engine.verify.review import review_claims

pytestmark = pytest.mark.engine

SAMPLES = Path(__file__).resolve().parent.parent / "luoshi" / "samples"
LABELS = Path(__file__).resolve().parent / "fixtures" / "labels" / "verify_labels.json"
TABLE = SAMPLES / "shangcheng-2019-decomposition.txt"
REPORT = SAMPLES / "shangcheng-2020-work-report.txt"


@pytest.fixture(scope="module")
def verified():
    return verify(TABLE, REPORT)


@pytest.fixture(scope="module")
def report_doc():
    return reader.read(REPORT)


def _find(verdicts, task_id, value=None):
    return next(v for v in verdicts if v.task_id == task_id and (value is None or v.target["value"] == value))


def test_labelled_targets_get_the_right_verdict(verified):
    verdicts, _ = verified
    labels = json.loads(LABELS.read_text(encoding="utf-8"))["items"]
    wrong = []
    for lab in labels:
        v = next(v for v in verdicts if v.task_id == lab["task_id"] and v.target["value"] == lab["value"]
                 and v.target["unit"] == lab["unit"])
        if v.verdict != lab["verdict"]:
            wrong.append((lab["task_id"], lab["verdict"], v.verdict))
    assert len(wrong) <= 2, wrong


def test_budget_revenue_not_met(verified, report_doc):
    v = _find(verified[0], "T5")
    assert v.verdict == "not_met"
    assert v.target == {"value": 8.2, "unit": "%", "comparator": ">=", "text": "8.2%", "kind": "growth_rate",
                        "value_high": None, "qualifier": ""}
    assert v.outcome == "not_met"
    assert v.actual["value"] == 5.6 and v.actual["unit"] == "%"
    assert report_doc.text[v.actual["start"]:v.actual["end"]] == "5.6%"
    ev = v.evidence[0]
    assert report_doc.text[ev.start:ev.end] == ev.text and "一般公共预算收入85亿元,增长5.6%" in ev.text
    assert v.reason


def test_growth_amount_and_scale(verified):
    verdicts, _ = verified
    assert _find(verdicts, "T1").verdict == "exceeded"          # 增长6% against 5.5% (预计 counts)
    t4 = _find(verdicts, "T4")
    assert t4.verdict == "exceeded" and t4.actual["value"] == 140 and t4.actual["scale"] == "亿"
    assert _find(verdicts, "T7").verdict == "not_met"           # 数字经济核心产业增加值 5.5% against 15%
    assert _find(verdicts, "T22", 1600).verdict == "met"        # 1632件 within 5% of 1600件


def test_wrong_stage_planned_and_other_metric_stay_unclear(verified):
    verdicts, _ = verified
    assert _find(verdicts, "T2-15").verdict == "unclear"        # 开工建设 940套 is no 建成 500套
    assert _find(verdicts, "T34").verdict == "unclear"          # 7家…拟上市 is not 3家上市
    assert _find(verdicts, "T54").verdict == "unclear"          # 外资 in 美元 answers no 国内招商引资
    assert _find(verdicts, "T104").verdict == "unclear"         # 刑事警情下降 is no 交通事故下降
    assert all(v.verdict in VERDICTS for v in verdicts)
    assert all(v.actual is None and not v.evidence for v in verdicts if "未报告" in v.reason)


def test_unanswered_claims(verified, report_doc):
    verdicts, unanswered = verified
    used = {(v.actual["start"], v.actual["end"]) for v in verdicts if v.actual}
    assert unanswered and all((c.start, c.end) not in used for c in unanswered)
    assert any(c.metric.startswith("接待游客") for c in unanswered)
    for c in unanswered[:20]:
        assert report_doc.text[c.start:c.end] == c.text


def test_claims_come_from_the_review_only(report_doc):
    claims = review_claims(report_doc)
    review_end = max(s.end for s in report_doc.sections if s.role == "review")
    assert claims and all(c.start < review_end for c in claims)
    growth = [c for c in claims if c.kind == "growth_rate" and c.value == 5.6]
    assert growth and growth[0].metric.startswith("一般公共预算收入")
    assert not any(c.value == 7 and c.unit == "家" for c in claims)   # 7家…拟上市企业 is planned


def test_work_report_plan_as_targets(report_doc):
    # The 2020 plan against the 2020 report's own review: runs, every verdict is well-formed.
    verdicts, _ = verify_documents(report_doc, report_doc)
    assert verdicts and {v.task_id for v in verdicts} >= {"E1", "E5"}
    assert all(v.verdict in VERDICTS for v in verdicts)


def test_hand_built_targets_and_claims(report_doc):
    claims = review_claims(report_doc)
    task = Task(id="X1", source={}, text="完成既有住宅加装电梯80台", indicators=[
        Indicator(metric="完成既有住宅加装电梯", value=80, unit="台", text="80台")])
    ceiling = Task(id="X2", source={}, text="审批“最多120天”", name="赋码备案到竣工验收审批", indicators=[
        Indicator(metric="赋码备案到竣工验收审批", value=120, unit="天", comparator="<=", kind="duration")])
    zero = Task(id="X3", source={}, text="零信访", indicators=[
        Indicator(metric="信访", value=0.0, unit="", comparator="<=", kind="zero")])
    verdicts, _ = verify_tasks([task, ceiling, zero], claims)
    assert [v.verdict for v in verdicts] == ["not_met", "exceeded", "unclear"]   # 60台 < 80; 90天 ≪ 120


@pytest.mark.parametrize("target,claim,alike", [
    ("一般公共预算收入", "一般公共预算收入", True),
    ("新增城镇就业", "全年新增城镇就业", True),             # contained
    ("数字经济核心产业增加值", "增加值", False),            # too little of the target
    ("企业上市", "市级企业研发中心", False),                # characters alone are weak evidence
    ("", "x", False),
])
def test_similarity(target, claim, alike):
    assert (similarity(target, claim) >= MIN_SIMILARITY) is alike


def test_bad_inputs(tmp_path, report_doc):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(UnreadableInput):
        verify(empty, REPORT)
    prose = tmp_path / "prose.txt"
    prose.write_text("今天天气很好。\n我们去公园散步。\n", encoding="utf-8")
    # no review part: the pair does not fail; each target is judged against the whole text, which says nothing of it
    verdicts, _ = verify(TABLE, prose)
    assert verdicts and all(v.outcome == "not_reported" and "按全文核对" in v.reason for v in verdicts)
    with pytest.raises(UnreadableInput):
        verify(prose, REPORT)           # no targets


# --- a consecutive-year pair written as other governments write it (invented figures) -----------

PLAN_YEAR = """政府工作报告
——2024年1月8日在某市人民代表大会上

各位代表：

一、2023年工作回顾

过去一年，全市经济稳中有进。

二、2024年工作安排

今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，规模以上工业增加值增长7%，社会消费品零售总额增长8.3%以上，城镇居民和农村居民人均可支配收入分别增长6%和7%，居民人均可支配收入增长与全市经济增长同步，出口占全省份额基本稳定，粮食产量稳定在80万吨以上。

（一）扩大有效投资。实施重点项目120个。

各位代表！让我们团结奋斗！
"""

REVIEW_YEAR = """政府工作报告
——2025年1月9日在某市人民代表大会上

各位代表：

一、2024年工作回顾

过去一年，全市地区生产总值达到3000亿元，增长5.6%；规模以上工业增加值下降1.2%；城镇居民和农村居民人均可支配收入分别增长5.5%、7.4%，居民人均可支配收入增长6.1%。出口占全省份额基本稳定。

同时，我们也清醒认识到，发展中还存在不少困难和问题。

二、2025年工作安排

今年经济社会发展的主要预期目标是：地区生产总值增长5.2%左右。
"""


@pytest.fixture(scope="module")
def pair_outcomes(tmp_path_factory):
    from luoshi.engine import reader
    from luoshi.engine import verify as v

    d = tmp_path_factory.mktemp("pair")
    (d / "n.txt").write_text(PLAN_YEAR, encoding="utf-8")
    (d / "n1.txt").write_text(REVIEW_YEAR, encoding="utf-8")
    verdicts, _ = v.verify_documents(reader.read(d / "n.txt"), reader.read(d / "n1.txt"))
    return {(x.metric, x.target["value"]): x for x in verdicts if x.task_id.startswith("E")}


@pytest.mark.parametrize(("metric", "value", "outcome"), [
    ("地区生产总值", 6.0, "achieved"),               # 5.6% against 6%左右: within half a point
    ("规模以上工业增加值", 7.0, "not_met"),           # a fall keeps its sign: -1.2% against 7%
    ("社会消费品零售总额", 8.3, "not_reported"),      # the review is silent
    ("城镇居民人均可支配收入", 6.0, "not_met"),        # 分别: 5.5% is the urban figure
    ("农村居民人均可支配收入", 7.0, "achieved"),        # … and 7.4% the rural one
    ("居民人均可支配收入", None, "achieved"),          # 同步: 6.1% against the economy's 5.6%
    ("出口占全省份额", None, "achieved"),              # the review repeats metric and predicate
    ("粮食产量", 80.0, "not_reported"),
])
def test_pair_outcomes(pair_outcomes, metric, value, outcome):
    v = pair_outcomes[(metric, value)]
    assert v.outcome == outcome, v.reason
    if outcome in ("achieved", "not_met"):
        assert v.evidence and "2024年工作回顾" not in v.evidence[0].text


def test_fall_quoted_with_its_sign(pair_outcomes):
    v = pair_outcomes[("规模以上工业增加值", 7.0)]
    assert "下降" in v.reason and v.actual["text"] == "1.2%"


def test_work_report_without_review_checks_nothing_but_does_not_fail(tmp_path):
    from luoshi.engine import reader
    from luoshi.engine import verify as v

    (tmp_path / "n.txt").write_text(PLAN_YEAR, encoding="utf-8")
    (tmp_path / "n1.txt").write_text("政府工作报告\n\n各位代表：\n\n今年经济社会发展的主要预期目标是：地区生产总值增长5%。\n",
                                     encoding="utf-8")
    report = reader.read(tmp_path / "n1.txt")
    verdicts, _ = v.verify_documents(reader.read(tmp_path / "n.txt"), report)
    assert verdicts and all(x.outcome == "not_reported" and "未找到工作回顾" in x.reason for x in verdicts)


# --- how reviews report results: a second invented pair, one phenomenon per target ---------------

PLAN_YEAR_2 = """政府工作报告
——2024年1月8日在某市人民代表大会上

各位代表：

一、2023年工作回顾

过去一年，全市经济稳中有进。

二、2024年工作安排

今年经济社会发展的主要预期目标是：地区生产总值增长7.5%左右，外贸出口额增长8%，一般公共预算收入增长9%以上，财政收入增长10%左右，固定资产投资增长12%，粮食产量达到50万吨，城乡居民人均可支配收入与全市经济增长同步，居民人均可支配收入与全省保持同步增长，节能减排完成省下达任务。

（一）扩大有效投资。实施重点项目120个。

各位代表！让我们团结奋斗！
"""

REVIEW_YEAR_2 = """政府工作报告
——2025年1月9日在某市人民代表大会上

各位代表：

一、2024年工作回顾

过去一年，全市地区生产总值增长7.1%；外贸出口额实现正增长；一般公共预算收入120亿元、增长12%，剔除留抵退税因素后同口径增长6%。税收收入占一般公共预算收入比重提高到80%。固定资产投资再破千亿大关，增速居全省前列，增长15%。粮食产量稳定增收。城镇居民和农村居民人均可支配收入分别增长6.5%、7.9%，低收入农户人均可支配收入增长12%。规上工业单位增加值能耗下降2%。

同时，我们也清醒认识到，地区生产总值等指标没有达到预期目标，发展中还存在不少困难和问题。

二、2025年工作安排

今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。
"""


@pytest.fixture(scope="module")
def pair_outcomes_2(tmp_path_factory):
    from luoshi.engine import reader
    from luoshi.engine import verify as v

    d = tmp_path_factory.mktemp("pair2")
    (d / "n.txt").write_text(PLAN_YEAR_2, encoding="utf-8")
    (d / "n1.txt").write_text(REVIEW_YEAR_2, encoding="utf-8")
    verdicts, _ = v.verify_documents(reader.read(d / "n.txt"), reader.read(d / "n1.txt"))
    return {x.metric: x for x in verdicts if x.task_id.startswith("E")}


@pytest.mark.parametrize(("metric", "outcome", "quoted"), [
    ("地区生产总值", "not_met", "7.1%"),              # within half a point, but the problems paragraph says missed
    ("外贸出口额", "unclear", "实现正增长"),               # 实现正增长: above zero, no figure to set against 8%
    ("一般公共预算收入", "unclear", "12%"),            # 12% and 同口径 6% against 9%以上: the two bases disagree
    ("财政收入", "unclear", "12%"),                   # only the neighbouring 一般公共预算收入 is reported (its rate quoted)
    ("固定资产投资", "achieved", "15%"),              # a bare rate takes the subject of its sentence part
    ("粮食产量", "unclear", None),                    # named without a figure (稳定增收)
    ("城乡居民人均可支配收入", "unclear", None),        # urban below the economy's 7.1%, rural above
    ("居民人均可支配收入", "unclear", None),            # in step with the province: not the economy; not 低收入农户
    ("节能减排", "unclear", "2%"),                    # a neighbouring figure (能耗) without a completion claim
])
def test_review_reporting_rules(pair_outcomes_2, metric, outcome, quoted):
    v = pair_outcomes_2[metric]
    assert v.outcome == outcome, v.reason
    if quoted is not None:
        assert v.actual and v.actual["text"] == quoted, v.reason


FIVE_YEAR_REVIEW = """政府工作报告
——2025年1月9日在某市人民代表大会上

各位代表：

一、过去五年的工作回顾

五年来，全市经济实力大幅提升。新增城镇就业52万人，常住人口城镇化率突破60%。2024年地区生产总值增长4%。

二、2025年工作安排

今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。
"""


FIVE_YEAR_PARAGRAPH = FIVE_YEAR_REVIEW.replace("一、过去五年的工作回顾", "一、“十四五”时期及2024年工作回顾").replace(
    "五年来，全市经济实力大幅提升。", "——五年来，我们全力推动高质量发展。")


@pytest.mark.parametrize("review", [FIVE_YEAR_REVIEW, FIVE_YEAR_PARAGRAPH], ids=["part", "paragraph"])
def test_five_year_review_gives_only_the_years_figures(tmp_path, review):
    from luoshi.engine import reader
    from luoshi.engine import verify as v

    (tmp_path / "n.txt").write_text(PLAN_YEAR_2.replace("外贸出口额增长8%", "城镇新增就业10万人以上，"
                                                        "常住人口城镇化率提高1.5个百分点"), encoding="utf-8")
    (tmp_path / "n1.txt").write_text(review, encoding="utf-8")
    verdicts, _ = v.verify_documents(reader.read(tmp_path / "n.txt"), reader.read(tmp_path / "n1.txt"))
    got = {x.metric: x for x in verdicts}
    # 52万人 is five years' total: quoted, unclear — the lead's convention D3 (stop 50) on a five-year cumulative figure of
    # the same measure, read since stop 55 (verifyx) in a paragraph opening on 五年来 too; never the year's verdict
    assert got["城镇新增就业"].outcome == "unclear" and got["城镇新增就业"].actual["text"] == "52万人"
    assert got["常住人口城镇化率"].outcome == "not_reported"     # a level at the period's end answers no rise (突破60%)
    assert got["地区生产总值"].outcome == "not_met" and got["地区生产总值"].actual["text"] == "4%"


# --- a sector figure, and a qualitative result in other words ------------------------------------

_MISS_PLAN = PLAN_YEAR_2.replace("外贸出口额增长8%", "规模工业增加值增长7%，金融风险有效防控")
_MISS_REVIEW = REVIEW_YEAR_2.replace("外贸出口额实现正增长；",
                                     "高新技术产业增加值增长14.3%；重大风险得到有效防范和化解；")


@pytest.fixture(scope="module")
def missed_outcomes(tmp_path_factory):
    from luoshi.engine import reader
    from luoshi.engine import verify as v

    d = tmp_path_factory.mktemp("miss")
    (d / "n.txt").write_text(_MISS_PLAN, encoding="utf-8")
    (d / "n1.txt").write_text(_MISS_REVIEW, encoding="utf-8")
    verdicts, _ = v.verify_documents(reader.read(d / "n.txt"), reader.read(d / "n1.txt"))
    return {x.metric: x for x in verdicts}


def test_sector_figure_does_not_answer_industry(missed_outcomes):
    """高新技术产业增加值增长14.3% is a sector's figure, not 规模工业增加值's (规模工业 is 规模以上工业)."""
    assert missed_outcomes["规模工业增加值"].outcome == "not_reported"


def test_result_in_other_words(missed_outcomes):
    """The head noun (风险) with much the same predicate (得到有效防范 for 有效防控)."""
    assert missed_outcomes["金融风险"].outcome == "achieved"


# --- reviews of five years: which figures are the year's (invented sentences, one phenomenon a row) --

_FIVE_PLAN = PLAN_YEAR_2.replace(
    "地区生产总值增长7.5%左右，外贸出口额增长8%，一般公共预算收入增长9%以上，财政收入增长10%左右，固定资产投资增长12%，",
    "地区生产总值增长6%左右，规模以上工业增加值增长7%，社会消费品零售总额增长8.6%，一般公共预算收入增长5%，"
    "城镇新增就业10万人以上，固定资产投资增长12%，")

_FIVE_HEAD = """政府工作报告
——2025年1月9日在某市人民代表大会上

各位代表：

一、过去五年工作回顾

过去五年，全市综合实力大幅跃升。生产总值突破3000亿元，年均增长6.5%。

——人民生活持续改善。新增城镇就业52万人，居民人均可支配收入从2.1万元提高到3.2万元。

——发展动能加快转换。社会消费品零售总额增长9.1%。

"""

_FIVE_TAIL = """
同时，我们也清醒认识到，发展中还存在不少困难和问题。

二、2025年工作安排

今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。
"""

FIVE_YEAR_REVIEWS = {
    # a 过去一年 review after the five years': it and the sub-sections after it are the year's
    "past_year": _FIVE_HEAD + "刚刚过去的一年，我们迎难而上，经济稳中向好。\n\n"
    "（一）稳住经济大盘。预计全年地区生产总值增长5.2%，规模以上工业增加值增长7.5%。\n\n"
    "（二）增进民生福祉。城镇新增就业11万人，一般公共预算收入180亿元、增长4%。\n" + _FIVE_TAIL,
    # 回顾过去一年 opens the year's paragraphs as 过去一年 does
    "looking_back": _FIVE_HEAD + "回顾过去一年，我们迎难而上，经济稳中向好。\n\n"
    "（一）稳住经济大盘。预计全年地区生产总值增长5.2%，规模以上工业增加值增长7.5%。\n\n"
    "（二）增进民生福祉。城镇新增就业11万人，一般公共预算收入180亿元、增长4%。\n" + _FIVE_TAIL,
    # the reviewed year named at the head of a paragraph (2024年，…)
    "year_paragraph": _FIVE_HEAD + "2024年，全市地区生产总值增长5.2%，规模以上工业增加值增长7.5%，城镇新增就业11万人，"
    "一般公共预算收入增长4%。\n" + _FIVE_TAIL,
    # the year's review first, then the five years' in the same part: the ——bullets after a paragraph
    # opening on five years are the five years' too
    "year_then_five": _FIVE_HEAD.replace("一、过去五年工作回顾", "一、2024年和“十四五”时期工作回顾").replace(
        "过去五年，全市综合实力大幅跃升。", "过去一年，全市地区生产总值增长5.2%，规模以上工业增加值增长7.5%，城镇新增就业11万人，"
        "一般公共预算收入增长4%。\n\n“十四五”时期，全市综合实力大幅跃升。") + _FIVE_TAIL,
    # a paragraph opening on the year names the five years further on in its first sentence (是“十四五”
    # 时期…的一年, 是五年来…的一年): it is about the year, so its figures are the year's
    "year_paragraph_naming_five": _FIVE_HEAD + "2024年，是“十四五”时期承上启下的关键一年，全市地区生产总值增长5.2%，"
    "规模以上工业增加值增长7.5%，城镇新增就业11万人，一般公共预算收入增长4%。\n" + _FIVE_TAIL,
    "past_year_naming_five": _FIVE_HEAD + "过去一年，是五年来困难最多的一年，全市地区生产总值增长5.2%，"
    "规模以上工业增加值增长7.5%，城镇新增就业11万人，一般公共预算收入增长4%。\n" + _FIVE_TAIL,
    # the reviewed year named at the head of a sentence inside a five-year paragraph
    "year_sentence": _FIVE_HEAD.replace("——发展动能加快转换。", "——发展动能加快转换。2024年，全市地区生产总值增长5.2%，"
                                        "规模以上工业增加值增长7.5%，城镇新增就业11万人，一般公共预算收入增长4%。") + _FIVE_TAIL,
}


@pytest.fixture(scope="module")
def five_year_outcomes(tmp_path_factory):
    from luoshi.engine import reader
    from luoshi.engine import verify as v

    d = tmp_path_factory.mktemp("five")
    (d / "n.txt").write_text(_FIVE_PLAN, encoding="utf-8")
    out = {}
    for name, review in FIVE_YEAR_REVIEWS.items():
        (d / f"{name}.txt").write_text(review, encoding="utf-8")
        verdicts, _ = v.verify_documents(reader.read(d / "n.txt"), reader.read(d / f"{name}.txt"))
        out[name] = {x.metric: x for x in verdicts if x.task_id.startswith("E")}
    return out


@pytest.mark.parametrize("review", list(FIVE_YEAR_REVIEWS))
@pytest.mark.parametrize(("metric", "outcome", "quoted"), [
    ("地区生产总值", "not_met", "5.2%"),            # the year's 5.2%, not the five years' 年均6.5%
    ("规模以上工业增加值", "achieved", "7.5%"),
    ("城镇新增就业", "achieved", "11万人"),          # not the five years' 52万人
    ("一般公共预算收入", "not_met", "4%"),
    ("社会消费品零售总额", "unclear", "9.1%"),       # in the five-year part, no word dates it: quoted, unclear
    ("固定资产投资", "not_reported", None),          # silent
])
def test_five_year_review_year_figures(five_year_outcomes, review, metric, outcome, quoted):
    v = five_year_outcomes[review][metric]
    assert v.outcome == outcome, v.reason
    if quoted is not None:
        assert v.actual and v.actual["text"] == quoted, v.reason


def test_undated_five_year_total_is_not_the_years(tmp_path):
    """新增城镇就业52万人 undated in a five-year part, against 10万人 a year, with no year's figure: five years' —
    quoted, unclear (D21, verifyx's reading of D3, stop 61: a five-year count of the same measure is D3's cumulative
    figure whatever its size; this probe read not_reported before it)."""
    from luoshi.engine import reader
    from luoshi.engine import verify as v

    (tmp_path / "n.txt").write_text(_FIVE_PLAN, encoding="utf-8")
    (tmp_path / "n1.txt").write_text(_FIVE_HEAD + _FIVE_TAIL, encoding="utf-8")
    verdicts, _ = v.verify_documents(reader.read(tmp_path / "n.txt"), reader.read(tmp_path / "n1.txt"))
    got = {x.metric: x for x in verdicts}
    assert got["城镇新增就业"].outcome == "unclear", got["城镇新增就业"].reason
    assert got["城镇新增就业"].actual["value"] == 52, got["城镇新增就业"].reason
    # only 年均6.5%: the lead's convention D3 (stop 50) — a five-year average of the same measure is quoted, unclear
    assert got["地区生产总值"].outcome == "unclear", got["地区生产总值"].reason


# --- where and how else a review reports the year (invented sentences, one phenomenon a row) --------

_WAYS_PLAN = PLAN_YEAR_2.replace(
    "地区生产总值增长7.5%左右，外贸出口额增长8%，一般公共预算收入增长9%以上，财政收入增长10%左右，固定资产投资增长12%，",
    "地区生产总值增长6%左右，规上工业增加值增长7%，CPI涨幅3%左右，物价涨幅控制在3%左右，社零总额增长9.2%，"
    "城镇调查失业率控制在5.4%以内，进出口总额增长4%，全社会研发投入占GDP比重达到3.3%，").replace("节能减排完成省下达任务", "全面完成安全生产、污染防治、节能减排等省定任务")

_WAYS_REVIEW = """政府工作报告
——2025年1月9日在某市人民代表大会上

各位代表：

现在，我代表市人民政府，向大会报告政府工作，请予审议。

2024年，全市地区生产总值增长5.8%，规模以上工业增加值增长8.1%，居民消费价格上涨0.3%，城镇调查失业率5.1%，社会消费品零售总额增长9.5%。

一、2024年工作回顾

过去一年，我们做了以下工作。规模以上工业企业每百元营业收入成本下降1.6%。进出口等主要经济指标增速高于全省平均水平。污染防治攻坚战取得阶段性成效。全社会研发投入120亿元，占GDP比重提高到3.4%。

同时，我们也清醒认识到，发展中还存在不少困难和问题。

二、2025年工作安排

今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。
"""


@pytest.fixture(scope="module")
def ways_outcomes(tmp_path_factory):
    from luoshi.engine import reader
    from luoshi.engine import verify as v

    d = tmp_path_factory.mktemp("ways")
    (d / "n.txt").write_text(_WAYS_PLAN, encoding="utf-8")
    (d / "n1.txt").write_text(_WAYS_REVIEW, encoding="utf-8")
    verdicts, _ = v.verify_documents(reader.read(d / "n.txt"), reader.read(d / "n1.txt"))
    return {x.metric: x for x in verdicts if x.task_id.startswith("E")}


@pytest.mark.parametrize(("metric", "outcome", "quoted"), [
    ("地区生产总值", "achieved", "5.8%"),        # headline figures before the review part's heading
    ("规上工业增加值", "achieved", "8.1%"),       # 规上 is 规模以上; not the 成本下降1.6% of 规模以上工业企业
    ("CPI涨幅", "achieved", "0.3%"),            # CPI is 居民消费价格, 上涨 its rise
    ("物价涨幅", "achieved", "0.3%"),
    ("社零总额", "achieved", "9.5%"),            # 社零 is 社会消费品零售总额
    ("城镇调查失业率", "achieved", "5.1%"),
    ("进出口总额", "unclear", None),            # named short in a bundle of indicators (进出口等主要经济指标)
    ("安全生产、污染防治、节能减排等省定", "unclear", None),  # one item of a bundled task named (污染防治…成效)
    ("粮食产量", "not_reported", None),
    ("全社会研发投入占GDP比重", "achieved", "3.4%"),  # a share with no subject takes the figure before's (研发投入)
])
def test_other_ways_of_reporting(ways_outcomes, metric, outcome, quoted):
    v = ways_outcomes[metric]
    assert v.outcome == outcome, v.reason
    if quoted is not None:
        assert v.actual and v.actual["text"] == quoted, v.reason


_LEVELS_PLAN = PLAN_YEAR.replace(
    "规模以上工业增加值增长7%，社会消费品零售总额增长8.3%以上，",
    "PM2.5平均浓度控制在34微克/立方米以内，人口自然增长率控制在6.5‰以内，新增绿地5公顷，")
_LEVELS_REVIEW = REVIEW_YEAR.replace(
    "规模以上工业增加值下降1.2%；",
    "细颗粒物（PM2.5）平均浓度下降到32微克/立方米；人口自然增长率4.1‰；新增绿地4公顷；")


@pytest.mark.parametrize(("metric", "outcome", "quoted"), [
    ("PM2.5平均浓度", "achieved", "32微克/立方米"),   # a concentration under its ceiling
    ("人口自然增长率", "achieved", "4.1‰"),           # 增长率 names a rate's level, not a growth
    ("新增绿地", "not_met", "4公顷"),
])
def test_levels_and_other_units(tmp_path, metric, outcome, quoted):
    from luoshi.engine import reader
    from luoshi.engine import verify as v

    (tmp_path / "n.txt").write_text(_LEVELS_PLAN, encoding="utf-8")
    (tmp_path / "n1.txt").write_text(_LEVELS_REVIEW, encoding="utf-8")
    verdicts, _ = v.verify_documents(reader.read(tmp_path / "n.txt"), reader.read(tmp_path / "n1.txt"))
    got = {x.metric: x for x in verdicts}
    assert got[metric].outcome == outcome, got[metric].reason
    assert got[metric].actual and got[metric].actual["text"] == quoted, got[metric].reason


_GROUPS_PLAN = PLAN_YEAR.replace("城镇居民和农村居民人均可支配收入分别增长6%和7%", "城乡居民人均可支配收入分别增长6.2%、7.6%")


@pytest.mark.parametrize("said", [
    "全体居民人均可支配收入增长5.3%，其中城镇、农村居民分别增长4.5%、6.9%。",
    "全体居民人均可支配收入增长5.3%，城镇和农村居民人均可支配收入分别增长4.5%和6.9%。",   # not the 全体 5.3%
    "城镇居民人均可支配收入增长4.5%，农村居民人均可支配收入增长6.9%。",
    "城镇常住居民人均可支配收入、农村常住居民人均可支配收入分别增长4.5%、6.9%。",
])
def test_urban_and_rural_figures(tmp_path, said):
    from luoshi.engine import reader
    from luoshi.engine import verify as v

    (tmp_path / "n.txt").write_text(_GROUPS_PLAN, encoding="utf-8")
    (tmp_path / "n1.txt").write_text(REVIEW_YEAR.replace(
        "城镇居民和农村居民人均可支配收入分别增长5.5%、7.4%，居民人均可支配收入增长6.1%。", said), encoding="utf-8")
    verdicts, _ = v.verify_documents(reader.read(tmp_path / "n.txt"), reader.read(tmp_path / "n1.txt"))
    got = {x.metric: x for x in verdicts}
    assert got["城镇居民人均可支配收入"].actual["text"] == "4.5%", got["城镇居民人均可支配收入"].reason
    assert got["农村居民人均可支配收入"].actual["text"] == "6.9%", got["农村居民人均可支配收入"].reason


@pytest.mark.parametrize(("said", "metric", "outcome"), [
    ("同时，规模以上工业增加值、社会消费品零售总额等指标未完成年度目标。", "社会消费品零售总额", "not_met"),
    ("同时，规模以上工业增加值、社会消费品零售总额等指标未完成年度目标。", "粮食产量", "not_reported"),
    ("受多重因素影响，社会消费品零售总额增速低于年初预期。", "社会消费品零售总额", "not_met"),   # said in the review
    ("社会消费品零售总额与预期目标还有差距。", "社会消费品零售总额", "not_met"),
])
def test_shortfall_said_in_words(tmp_path, said, metric, outcome):
    from luoshi.engine import reader
    from luoshi.engine import verify as v

    (tmp_path / "n.txt").write_text(PLAN_YEAR, encoding="utf-8")
    (tmp_path / "n1.txt").write_text(REVIEW_YEAR.replace("出口占全省份额基本稳定。", "出口占全省份额基本稳定。" + said),
                                     encoding="utf-8")
    verdicts, _ = v.verify_documents(reader.read(tmp_path / "n.txt"), reader.read(tmp_path / "n1.txt"))
    got = {x.metric: x for x in verdicts}
    assert got[metric].outcome == outcome, got[metric].reason


_GROWTH_PLAN = PLAN_YEAR.replace("规模以上工业增加值增长7%，社会消费品零售总额增长8.3%以上，",
                                 "规模以上工业增加值增长7%，固定资产投资增长8%，单位地区生产总值能耗下降3%，")


@pytest.mark.parametrize(("said", "metric", "outcome", "quoted"), [
    ("地区生产总值增速为5.2%。", "地区生产总值", "not_met", "5.2%"),                 # 增速为: a growth
    ("GDP增长6.2%；固投增长8.2%。", "地区生产总值", "achieved", "6.2%"),             # GDP is 地区生产总值
    ("GDP增长6.2%；固投增长8.2%。", "固定资产投资", "achieved", "8.2%"),             # 固投 is 固定资产投资
    ("全市经济总量达到3200亿元，增长5.2%。", "地区生产总值", "not_met", "5.2%"),      # 经济总量 too
    ("单位地区生产总值能耗下降3.2%。", "地区生产总值", "not_reported", None),         # energy per GDP is no GDP figure
    ("单位地区生产总值能耗下降3.2%。", "单位地区生产总值能耗", "achieved", "3.2%"),
])
def test_growth_written_other_ways(tmp_path, said, metric, outcome, quoted):
    from luoshi.engine import reader
    from luoshi.engine import verify as v

    (tmp_path / "n.txt").write_text(_GROWTH_PLAN, encoding="utf-8")
    (tmp_path / "n1.txt").write_text(REVIEW_YEAR.replace(
        "过去一年，全市地区生产总值达到3000亿元，增长5.6%；规模以上工业增加值下降1.2%；", "过去一年，" + said),
        encoding="utf-8")
    verdicts, _ = v.verify_documents(reader.read(tmp_path / "n.txt"), reader.read(tmp_path / "n1.txt"))
    got = {x.metric: x for x in verdicts}
    assert got[metric].outcome == outcome, got[metric].reason
    if quoted is not None:
        assert got[metric].actual and got[metric].actual["text"] == quoted, got[metric].reason


def test_everything_before_the_plan_part_reviews(tmp_path):
    """A part between the review and the plan that the structure names conduct (or cannot name) still
    reviews the past year: its figures answer targets."""
    from luoshi.engine import reader
    from luoshi.engine import verify as v

    review = REVIEW_YEAR.replace("二、2025年工作安排", "二、切实加强政府自身建设\n\n过去一年，粮食产量达到82万吨。\n\n三、2025年工作安排")
    (tmp_path / "n.txt").write_text(PLAN_YEAR, encoding="utf-8")
    (tmp_path / "n1.txt").write_text(review, encoding="utf-8")
    doc = reader.read(tmp_path / "n1.txt")
    assert any(s.role == "conduct" and "粮食产量" in s.text for s in doc.sentences)
    verdicts, _ = v.verify_documents(reader.read(tmp_path / "n.txt"), doc)
    got = {x.metric: x for x in verdicts}
    assert got["粮食产量"].outcome == "achieved", got["粮食产量"].reason


@pytest.mark.parametrize(("said", "outcome"), [
    ("节能减排完成省下达的目标任务。", "achieved"),          # the completion said in the review's own words
    ("节能减排目标任务全面完成。", "achieved"),
    ("节能减排未完成省下达的目标任务。", "not_met"),        # said not done
    ("节能减排工作扎实推进。", "unclear"),                  # named, no completion said
])
def test_completion_said_in_other_words(tmp_path, said, outcome):
    from luoshi.engine import reader
    from luoshi.engine import verify as v

    (tmp_path / "n.txt").write_text(PLAN_YEAR_2, encoding="utf-8")
    (tmp_path / "n1.txt").write_text(REVIEW_YEAR_2.replace("规上工业单位增加值能耗下降2%。", said), encoding="utf-8")
    verdicts, _ = v.verify_documents(reader.read(tmp_path / "n.txt"), reader.read(tmp_path / "n1.txt"))
    got = {x.metric: x for x in verdicts}
    assert got["节能减排"].outcome == outcome, got["节能减排"].reason


@pytest.mark.parametrize(("economy", "outcome"), [
    ("全区经济总量达到900亿元，增长5.2%。", "achieved"),   # 经济总量 is the economy: 6.1% against 5.2%
    ("GDP增长5.2%。", "achieved"),
    ("GDP增长6.5%。", "not_met"),
])
def test_in_step_with_the_economy_named_otherwise(tmp_path, economy, outcome):
    from luoshi.engine import reader
    from luoshi.engine import verify as v

    (tmp_path / "n.txt").write_text(PLAN_YEAR, encoding="utf-8")
    (tmp_path / "n1.txt").write_text(REVIEW_YEAR.replace("全市地区生产总值达到3000亿元，增长5.6%；", economy), encoding="utf-8")
    verdicts, _ = v.verify_documents(reader.read(tmp_path / "n.txt"), reader.read(tmp_path / "n1.txt"))
    got = {x.metric: x for x in verdicts if x.target.get("value") is None}
    assert got["居民人均可支配收入"].outcome == outcome, got["居民人均可支配收入"].reason


def test_an_earlier_year_of_the_five_is_not_the_years(tmp_path):
    """2022年地区生产总值增长4% in a 2025 report's five-year review is not 2024's figure."""
    from luoshi.engine import reader
    from luoshi.engine import verify as v

    (tmp_path / "n.txt").write_text(PLAN_YEAR_2, encoding="utf-8")
    (tmp_path / "n1.txt").write_text(FIVE_YEAR_REVIEW.replace("2024年地区生产总值增长4%", "2022年地区生产总值增长4%"),
                                     encoding="utf-8")
    verdicts, _ = v.verify_documents(reader.read(tmp_path / "n.txt"), reader.read(tmp_path / "n1.txt"))
    got = {x.metric: x for x in verdicts}
    assert got["地区生产总值"].outcome == "not_reported", got["地区生产总值"].reason


# --- results under other names, in words, or only named (invented sentences, one phenomenon a row) --

_ONE_PLAN = PLAN_YEAR.replace(PLAN_YEAR[PLAN_YEAR.index("今年经济社会"):PLAN_YEAR.index("\n\n（一）")],
                              "今年经济社会发展的主要预期目标是：{target}。")
_ONE_REVIEW = REVIEW_YEAR.replace(REVIEW_YEAR[REVIEW_YEAR.index("过去一年"):REVIEW_YEAR.index("\n\n同时")],
                                  "过去一年，全市经济运行稳中向好。{said}")


def _one_verdict(tmp_path, target, said, metric):
    from luoshi.engine import reader
    from luoshi.engine import verify as v

    (tmp_path / "n.txt").write_text(_ONE_PLAN.format(target=target), encoding="utf-8")
    (tmp_path / "n1.txt").write_text(_ONE_REVIEW.format(said=said), encoding="utf-8")
    verdicts, _ = v.verify_documents(reader.read(tmp_path / "n.txt"), reader.read(tmp_path / "n1.txt"))
    return next(x for x in verdicts if x.metric == metric)


@pytest.mark.parametrize(("target", "said", "metric", "outcome", "quoted"), [
    # the same metric under another name (verify.aliases)
    ("城镇新增就业5万人以上", "新增就业5.3万人。", "城镇新增就业", "achieved", "5.3万人"),
    ("城镇新增就业5万人以上", "新增城镇就业4.6万人。", "城镇新增就业", "not_met", "4.6万人"),
    ("城镇新增就业5万人以上", "城镇新增就业53000人。", "城镇新增就业", "achieved", "53000人"),   # 人 against 万人
    ("一般公共预算收入增长6%", "地方财政收入增长7%。", "一般公共预算收入", "achieved", "7%"),
    ("单位地区生产总值能耗下降3%", "能耗强度下降2.5%。", "单位地区生产总值能耗", "not_met", "2.5%"),
    ("单位地区生产总值能耗下降3%", "单位GDP能耗下降3.5%。", "单位地区生产总值能耗", "achieved", "3.5%"),
    ("空气质量优良天数比例达到85%", "空气质量优良率88%。", "空气质量优良天数比例", "achieved", "88%"),
    ("PM2.5平均浓度控制在35微克/立方米以内", "细颗粒物平均浓度31微克/立方米。", "PM2.5平均浓度", "achieved",
     "31微克/立方米"),
    ("粮食产量稳定在50万吨以上", "粮食总产量49万吨。", "粮食产量", "not_met", "49万吨"),
    ("实际利用外资增长5%", "实际使用外资增长6%。", "实际利用外资", "achieved", "6%"),
    ("进出口总额增长5%", "外贸进出口总值增长6%。", "进出口总额", "achieved", "6%"),
    ("全社会研发投入占GDP比重达到3%", "研发经费投入强度达到2.9%。", "全社会研发投入占GDP比重", "unclear", "2.9%"),  # short: may be the year before's (verify.lagging)
    ("单位地区生产总值二氧化碳排放下降4%", "碳排放强度下降4.5%。", "单位地区生产总值二氧化碳排放", "achieved", "4.5%"),
    # a neighbouring or differently defined metric: quoted, unclear (verify.neighbours, verify.distinct)
    ("出口总额增长5%", "进出口总额增长6%。", "出口总额", "unclear", "6%"),        # never achieved by 进出口
    ("进出口总额增长5%", "出口总额增长6%。", "进出口总额", "unclear", "6%"),      # never achieved by 出口 alone
    ("主要污染物排放总量完成省下达任务", "化学需氧量、氨氮排放量分别下降3%、2.5%。", "主要污染物排放总量", "unclear", "3%"),
    ("一般公共预算收入增长6%", "财政总收入增长7%。", "一般公共预算收入", "unclear", "7%"),
    ("城镇登记失业率控制在4.2%以内", "城镇调查失业率5.1%。", "城镇登记失业率", "unclear", "5.1%"),
    ("规模以上工业增加值增长7%", "规模以上工业总产值增长9%。", "规模以上工业增加值", "unclear", "9%"),
    # one rate for town and country, answered by the two groups apart: met by one, missed by the other
    ("城乡居民人均可支配收入增长7%", "城镇居民人均可支配收入增长7.5%，农村居民人均可支配收入增长6.1%。",
     "城乡居民人均可支配收入", "unclear", "7.5%"),
    ("城乡居民人均可支配收入增长7%", "城镇居民人均可支配收入增长7.5%，农村居民人均可支配收入增长8.1%。",
     "城乡居民人均可支配收入", "achieved", "7.5%"),
    ("居民人均可支配收入增长7%", "城镇居民人均可支配收入增长7.5%，农村居民人均可支配收入增长6.1%。",
     "居民人均可支配收入", "unclear", "7.5%"),      # no group named in the target: the same
    ("居民人均可支配收入增长7%", "全体居民人均可支配收入增长6.8%，城镇、农村居民分别增长6.5%、8.1%。",
     "居民人均可支配收入", "not_met", "6.8%"),      # the whole population's figure settles it
    # the result said in words (verify.done_in_words)
    ("居民消费价格涨幅控制在3.2%左右", "物价涨幅控制在目标以内。", "居民消费价格涨幅", "achieved", None),
    ("城镇登记失业率控制在4.2%以内", "城镇登记失业率实现预期目标。", "城镇登记失业率", "achieved", None),
    ("节能减排完成省下达任务", "完成省下达的节能减排目标任务。", "节能减排", "achieved", None),   # the metric after 完成
    ("节能减排完成省下达任务", "节能减排未能全面完成省下达的目标任务。", "节能减排", "not_met", None),
    ("固定资产投资增长10%", "固定资产投资完成了年度目标任务。", "固定资产投资", "achieved", None),
    ("居民人均可支配收入增长和经济增长基本同步", "居民收入增长与经济增长同步。", "居民人均可支配收入", "achieved", None),
    ("地区生产总值增长6%左右", "地区生产总值等主要指标均完成年度目标。", "地区生产总值", "achieved", None),
    ("地区生产总值增长6%左右", "除地区生产总值外，其他主要指标均完成年度目标。", "地区生产总值", "not_met", None),
    # a qualitative target said with its head noun and its predicate in other words
    ("金融风险有效防控", "重大风险得到有效防范和化解。", "金融风险", "achieved", None),
    ("生态环境进一步改善", "营商环境持续改善。", "生态环境", "not_reported", None),   # 改善 alone: which metric?
    ("金融风险有效防控", "金融风险未能得到有效防范。", "金融风险", "unclear", None),
    ("单位地区生产总值能耗下降3%", "单位地区生产总值能耗上升1.2%。", "单位地区生产总值能耗", "not_met", "1.2%"),  # a rise
    ("居民消费价格涨幅3.2%左右", "居民消费价格指数增长1.8%。", "居民消费价格涨幅", "achieved", "1.8%"),  # a rise as a growth
    ("居民消费价格涨幅3.2%左右", "居民消费价格总指数为104.1。", "居民消费价格涨幅", "not_met", "104.1"),  # 上年=100
    ("规模以上工业增加值增长7%", "规上工业增加值增速低于预期。", "规模以上工业增加值", "not_met", None),  # short name
    # a growth in words (与上年持平 is zero), a qualitative growth target, a target against an average
    ("规模以上工业增加值增长7%", "规模以上工业增加值与上年持平。", "规模以上工业增加值", "not_met", "与上年持平"),
    ("外贸进出口保持稳定增长", "外贸进出口增长2%。", "外贸进出口", "achieved", "2%"),
    ("外贸进出口保持稳定增长", "外贸进出口下降3.5%。", "外贸进出口", "not_met", "3.5%"),
    ("外贸进出口保持稳定增长", "外贸进出口总额突破100亿元。", "外贸进出口", "unclear", None),   # a level only
    ("社会消费品零售总额增速不低于全省平均水平", "社会消费品零售总额增长6.1%，增速高于全省平均水平。",
     "社会消费品零售总额", "achieved", None),
    ("社会消费品零售总额增速不低于全省平均水平", "社会消费品零售总额增速低于全省平均水平。",
     "社会消费品零售总额", "not_met", None),
    ("规模以上工业增加值增速快于全省平均水平", "全市地区生产总值增长6%，规模以上工业增加值增长8%。",
     "规模以上工业增加值", "unclear", "8%"),    # the province's average is not the city's economy
    # named, with how it went but no comparable figure: unclear, quoted, never not_reported
    ("粮食产量稳定在50万吨以上", "粮食生产再获丰收。", "粮食产量", "unclear", None),
    ("居民消费价格涨幅控制在3.2%左右", "物价总体平稳。", "居民消费价格涨幅", "unclear", None),
    ("外贸进出口增长5%", "外贸进出口稳中提质。", "外贸进出口", "unclear", None),
    ("地区生产总值增长6%左右", "全市经济总量迈上新台阶。", "地区生产总值", "unclear", None),
    ("地区生产总值增长6%左右", "地区生产总值完成年度目标的95%。", "地区生产总值", "unclear", None),  # no growth rate
    ("一般公共预算收入增长6%", "财政收入保持稳定增长。", "一般公共预算收入", "unclear", None),   # a neighbour, in words
    ("全市地区生产总值增长6%左右", "地区生产总值稳中有进。", "地区生产总值", "unclear", None),
    ("固定资产投资增长10%", "固定资产投资特别是工业投资增长乏力。", "固定资产投资", "unclear", None),  # further on
    # (a quota handed down said done under the bundle that holds it, 节能减排完成省下达任务, was unclear here until stop 45: the
    # held-out labels read such a quota done as met — v176 能耗双控, v199 节能降耗 — tests/test_verify_quota_named_otherwise.py;
    # a neighbour's figure, or a target with a figure, stays unclear)
    ("单位地区生产总值能耗下降完成省下达任务", "节能减排完成省下达任务。", "单位地区生产总值能耗", "achieved", None),
    ("单位地区生产总值能耗下降完成省下达任务", "规模以上工业单位增加值能耗下降4.1%。", "单位地区生产总值能耗", "unclear", None),
    # …and what is not the metric, or not said, stays unreported
    ("粮食产量稳定在50万吨以上", "加强粮食产量监测，全市地区生产总值增长较快。", "粮食产量", "not_reported", None),
    ("地区生产总值增长6%左右", "单位地区生产总值能耗持续下降。", "地区生产总值", "not_reported", None),
    ("粮食产量稳定在50万吨以上", "农业基础不断夯实。", "粮食产量", "not_reported", None),
])
def test_results_under_other_names_and_in_words(tmp_path, target, said, metric, outcome, quoted):
    v = _one_verdict(tmp_path, target, said, metric)
    assert v.outcome == outcome, v.reason
    if quoted is not None:
        assert v.actual and v.actual["text"] == quoted, v.reason
    if outcome != "not_reported":
        assert v.evidence and said.rstrip("。") in v.evidence[0].text, v.reason


@pytest.mark.parametrize(("said", "outcome"), [
    # an R&D ratio in a January review is the year before's statistic (published about ten months after its
    # year): short of the target it is unclear, quoted; the year's estimate is the year's; at or above the
    # target it stands (the ratio seldom falls from one year to the next)
    ("全社会研发投入强度2.8%。", "unclear"),
    ("全社会研发投入强度达到3.2%。", "achieved"),
    ("研发经费投入占地区生产总值比重2.8%。", "unclear"),
    ("预计全社会研发投入强度达到3.1%。", "achieved"),
    ("全社会研发投入强度预计为2.7%。", "not_met"),
])
def test_research_ratio_in_a_review_is_the_year_befores(tmp_path, said, outcome):
    v = _one_verdict(tmp_path, "全社会研发投入强度达到3%", said, "全社会研发投入强度")
    assert v.outcome == outcome, v.reason
    assert v.actual is not None, v.reason


def test_one_target_or_sentence_the_rules_fail_on_does_not_stop_the_pair(tmp_path, monkeypatch):
    """A rule's bug on one target, or on one review sentence, is reported on that target (or on the
    targets not found) with the error; every other target is still checked."""
    from luoshi.engine import progress, reader
    from luoshi.engine import verify as v
    from luoshi.engine.verify import judge  # (where the target's claim is looked for)

    (tmp_path / "n.txt").write_text(PLAN_YEAR, encoding="utf-8")
    (tmp_path / "n1.txt").write_text(REVIEW_YEAR, encoding="utf-8")
    plan, review = reader.read(tmp_path / "n.txt"), reader.read(tmp_path / "n1.txt")
    best_claim = judge._best_claim

    def failing_best_claim(ind, phrases, claims):
        if "工业" in ind.metric:
            raise IndexError("a bug")
        return best_claim(ind, phrases, claims)

    monkeypatch.setattr(judge, "_best_claim", failing_best_claim)
    got = {x.metric: x for x in v.verify_documents(plan, review)[0]}
    assert got["规模以上工业增加值"].outcome == "not_reported" and "解析失败" in got["规模以上工业增加值"].reason
    assert got["地区生产总值"].outcome == "achieved"
    monkeypatch.setattr(judge, "_best_claim", best_claim)

    row_facts = progress.row_facts     # (what verification reads of a sentence's progress)

    def failing_row_facts(text):
        if "出口" in text:
            raise KeyError("a bug")
        return row_facts(text)

    monkeypatch.setattr(progress, "row_facts", failing_row_facts)
    got = {x.metric: x for x in v.verify_documents(plan, review)[0]}
    assert got["地区生产总值"].outcome == "achieved"
    assert "无法解析" in got["社会消费品零售总额"].reason     # not found: it may be in the sentence not read

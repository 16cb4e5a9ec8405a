"""Progress facts (luoshi/engine/progress.py)."""

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from luoshi.engine.progress import parse_row, score_progress

LABELS = Path(__file__).parent / "fixtures" / "labels"


def facts(text):
    return [(f.value, f.unit, f.cumulative) for f in parse_row(text).facts]


def test_examples():
    assert facts("完成安置938套") == [(938, "套", False)]
    r = parse_row("完成安置938套")
    assert r.facts[0].metric == "安置"
    assert facts("累计新增342台电梯参保") == [(342, "台", True)]
    assert facts("联审11台,施工20台,完工5台") == [(11, "台", False), (20, "台", False), (5, "台", False)]
    assert [(f.value, f.unit) for f in parse_row("已完成出让9宗359.397亩").facts] == [(9, "宗"), (359.397, "亩")]
    f = parse_row("完成扩绿2.5万平方米").facts[0]
    assert (f.value, f.unit, f.scale, f.metric) == (2.5, "万平方米", "万", "扩绿")
    assert facts("已建成19个") == [(19, "个", False)]


def test_non_quantities_excluded():
    assert facts("5月召开评审会,2020年6月底前完成第四批,1-6月推进,三元坊巷18号") == []
    assert facts("“最多80天”改革,19台24小时政务服务自助机") == [(19, "台", False)]
    assert facts("计划引进20家首店品牌,已引进2个") == [(2, "个", False)]


def test_neutral_and_not_started():
    for t in ("正常进行中。", "正常推进", "有序推进"):
        r = parse_row(t)
        assert r.neutral and r.stage is None and not r.facts
    r = parse_row("暂未改造。")
    assert r.stage == "not_started" and not r.neutral
    assert r.progress[r.stage_span[0]:r.stage_span[1]].startswith("暂未")


def test_stages():
    assert parse_row("联审11台,施工20台,完工5台").stage == "underway"
    assert parse_row("1处已改建完成,2处正在改建中").stage == "underway"
    assert parse_row("1-6月,所有项目处于开工前期阶段。").stage == "preparing"
    assert parse_row("一期主体结顶").stage == "nearly_done"
    assert parse_row("凤凰山南影视基地更新改造完成", task="推进凤凰山南影视基地建设").stage == "done"


def test_stated_pct_vs_other_percentages():
    r = parse_row("累计完成1691项,完成率60.07%")
    assert r.stated_pct == 60.07 and r.progress[slice(*r.stated_pct_span)].endswith("60.07%")
    assert parse_row("完成年度目标的60%").stated_pct == 60
    r = parse_row("增长率为-18.33%,参保率98.26%")
    assert r.stated_pct is None
    assert [(f.value, f.unit) for f in r.facts] == [(-18.33, "%"), (98.26, "%")]


def test_bad_input_never_raises():
    for t in ("", None, 123, "\x00\ufffd" * 50, "完成" * 100000, "1" * 50000 + "个", "“" * 1000 + "3个"):
        parse_row(t)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("完成累计共安置新增施工已暂未123456789.万亿个台%,;。“”《》-一二三十")), max_size=80))
def test_spans_slice_back(text):
    r = parse_row(text)
    for f in r.facts:
        assert text[f.span[0]:f.span[1]] == f.text
    if r.stage_span:
        assert 0 <= r.stage_span[0] < r.stage_span[1] <= len(text)


def test_accuracy_floor_dev():
    items = json.loads((LABELS / "progress_dev.json").read_text(encoding="utf-8"))["items"]
    assert len(items) == 40
    s = score_progress(items)
    # measured on dev: facts 1.00/1.00, stated_pct 1.00/1.00, stage 0.94/0.91, neutral 1.00/1.00
    assert min(s["facts (value+unit)"]) >= 0.9
    assert min(s["stated_pct"]) >= 0.9
    assert min(s["stage"]) >= 0.8
    assert min(s["neutral"]) >= 0.9

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from luoshi.engine.indicators import parse, score_indicators

LABELS = Path(__file__).parent / "fixtures" / "labels"


def one(text):
    ind, _ = parse(text)
    return [(i.value, i.unit, i.comparator, i.kind) for i in ind]


def test_floor_and_stretch():
    ind, _ = parse("新增国家高新技术企业25家,力争28家(市下达指标)")
    assert [(i.value, i.stretch) for i in ind] == [(25, False), (28, True)]
    assert ind[1].qualifier == "力争"


def test_new_and_cumulative():
    ind, _ = parse("全区新增上云企业1900家，累计上云企业突破6400家")
    assert [(i.metric, i.value, i.cumulative) for i in ind] == [("新增上云企业", 1900, False), ("累计上云企业", 6400, True)]


def test_zero():
    for t in ["实现零信访、零诉讼", "生活固废继续保持零增长", "确保全年不发生此类事故", "全面完成违建存量清零"]:
        ind, _ = parse(t)
        assert ind and all(i.kind == "zero" and i.value is None for i in ind), t


def test_levels_and_limits():
    assert one("满意率达95%") == [(95, "%", ">=", "ratio")]
    assert one("全年调解成功率达到98%") == [(98, "%", ">=", "ratio")]
    assert one("审批实现“最多90天”") == [(90, "天", "<=", "duration")]
    assert one("压缩企业开办时间至3个工作日") == [(3, "个工作日", "<=", "duration")]
    assert one("交通事故同比下降15%以上") == [(15, "%", ">=", "decline_rate")]
    assert one("增长5.5%以上") == [(5.5, "%", ">=", "growth_rate")]
    assert one("11000人") == [(11000, "人", ">=", "count")]
    assert one("全年完成固定资产投资130亿元") == [(130, "亿元", ">=", "amount")]
    assert one("实现征迁一千一百户") == [(1100, "户", ">=", "count")]
    assert one("完成１２３套") == [(123, "套", ">=", "count")]
    assert one("完成1,200套") == [(1200, "套", ">=", "count")]
    assert one("源头减量3.5万吨") == [(3.5, "万吨", ">=", "amount")]
    assert parse("增长5.5%(市下达指标)")[0][0].qualifier == "市下达指标"


def test_not_targets():
    for t in ["挂牌认定第三批“市民终身学习体验基地”", "完成修缮三元坊巷9号历史建筑", "2019年", "科学编制“十三五”规划",
              "完成5A级旅游资源评估", "推广24小时政务服务综合自助机", "打造“1+X”学后托管新模式", "大力推进152工程"]:
        assert parse(t)[0] == [], t


def test_milestones():
    _, ms = parse("推进中维商务中心建设,力争年底竣工并达成租赁协议")
    assert [(m.stage, m.deadline) for m in ms] == [("done", "年底")]
    assert parse("开工")[1][0].stage == "underway"
    assert parse("纳入首批试点名单")[1][0].stage == "done"


def test_bad_input():
    for t in ["", "。。。", "\x00\ufffd" * 10, "1" * 100000, "增长" * 20000]:
        parse(t)


@given(st.text(alphabet=st.sampled_from(list("0123456789１２,.%万亿元家增长下降零第号年“”一二十百千力争以上最多天完成开工;，")) | st.characters()))
def test_property(t):
    ind, ms = parse(t)
    for x in list(ind) + list(ms):
        s, e = x.span
        assert 0 <= s <= e <= len(t)
        if x in ind:
            assert t[s:e] == x.text


def test_dev_accuracy_floor():
    items = json.loads((LABELS / "indicators_dev.json").read_text(encoding="utf-8"))
    res = score_indicators(items)
    for f in ("value", "unit", "comparator", "kind"):
        p, r = res[f]
        assert p >= 0.95 and r >= 0.95, (f, p, r)

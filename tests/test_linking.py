"""The linker: progress rows → tasks, with confidence, candidates and several-task rows."""

import json
import time
from pathlib import Path

import pytest

from luoshi.engine import linking, reader
from luoshi.engine.judgement import CONFIDENCES, Link, Task
from luoshi.engine.pipeline import progress_table
from luoshi.engine.tasks import tasks_from_document

SAMPLES = Path(__file__).resolve().parent.parent / "luoshi" / "samples"
LABELS = Path(__file__).resolve().parent / "fixtures" / "labels"


@pytest.fixture(scope="module")
def plan():
    return tasks_from_document(reader.read(SAMPLES / "shangcheng-2020-work-report.txt"))


@pytest.fixture(scope="module")
def table_plan():
    return tasks_from_document(reader.read(SAMPLES / "shangcheng-2019-decomposition.txt"))


@pytest.fixture(scope="module")
def h1(plan):
    report = SAMPLES / "shangcheng-2020-work-report.txt"
    doc = reader.read(SAMPLES / "shangcheng-2020-h1-progress.txt", reference=reader.reference_sentences(report))
    rows = [r.get("task") for r in progress_table(doc).rows]
    return rows, linking.link(rows, plan)


def _labels(name):
    return json.loads((LABELS / name).read_text(encoding="utf-8"))["items"]


def test_every_h1_row_lands_on_its_sentence_or_is_marked_uncertain(h1):
    rows, links = h1
    labels = {it["row"]: it for it in _labels("links_dev.json") + _labels("links_heldout.json") if it["doc"] == "h1"}
    assert len(rows) == len(links) == 113 == len(labels)
    for lk in links:
        assert lk.confidence in CONFIDENCES
        lab = labels[lk.row]
        ok = {lab["task_id"], *lab["also"]}
        if lk.confidence == "sure":
            assert lk.task_id in ok, (lk.row, lk.task_id)      # never sure and wrong
        elif lk.task_id is not None:
            assert lk.confidence == "check"
        else:
            # Unmatched: the right task is still offered first among the candidates.
            assert lk.candidates and lk.candidates[0].task_id in ok
    right = sum(lk.task_id in {labels[lk.row]["task_id"], *labels[lk.row]["also"]} for lk in links)
    assert right >= 111
    assert sum(lk.confidence == "sure" for lk in links) >= 100


def test_quotes_are_sure_with_score_one(h1):
    rows, links = h1
    by_text = dict(zip(rows, links, strict=True))
    lk = by_text["继续落实减税降费政策,进一步减轻企业税费负担。"]
    assert (lk.task_id, lk.score, lk.confidence, lk.method) == ("R1-1-2", 1.0, "sure", "quote")
    assert by_text["开工“152”工程项目3个。"].task_id == "R1-4-2"


def test_row_quoting_two_sentences_lists_both(h1):
    rows, links = h1
    by_text = dict(zip(rows, links, strict=True))
    lk = next(v for k, v in by_text.items() if k.startswith("紧盯重点落地项目"))
    assert lk.task_ids[:2] == ["R1-2-2", "R3-1-2"]          # …全面开工,推进德寿宫遗址保护性开发
    lk = next(v for k, v in by_text.items() if k.startswith("持续深化交通治堵"))
    assert {"R4-2-6a", "R4-2-6b"} <= set(lk.task_ids)


def test_one_task_split_across_rows(h1):
    rows, links = h1
    split = [lk for lk in links if lk.task_id == "R2-2-6"]    # 持续深化扫黑除恶… / 依法严厉打击…
    assert len(split) == 2 and all(lk.confidence == "sure" for lk in split)


def test_paraphrase_links_with_check(plan):
    rows = ["蓝领公寓建成940套，缓解外来务工人员租房困难", "开展全民阅读活动，新打造城市书房三处",
            "雪亮工程和智慧安防小区建设持续推进"]
    links = linking.link(rows, plan)
    assert [lk.task_id for lk in links] == ["R4-2-8", "R3-2-3", "R2-3-5"]
    assert all(lk.confidence in ("check", "sure") and 0.5 <= lk.score < 1.0 for lk in links)
    assert all(lk.candidates and lk.candidates[0].score < lk.score for lk in links)


def test_other_district_and_unrelated_text_link_to_nothing(plan):
    rows = ["今天天气很好，我们去公园散步吧。", "办好中国非遗博览会", "地区生产总值增长6.5%以上",
            "推进“厕所革命”,新建、改造公厕12座", "完成瓜山未来社区建设"]
    links = linking.link(rows, plan)
    assert [lk.task_id for lk in links] == [None] * len(rows)
    assert all(lk.confidence == "none" and lk.task_ids == [] for lk in links)
    # the same-topic 上城 task is offered as a candidate, never forced
    assert links[2].candidates[0].task_id == "E1"


def test_rows_keyed_by_a_decomposition_table_row(table_plan):
    rows = ["5 一般公共预算收入", "序号79 实现征迁1100户,清零项目11个,安置900套", "第12项 打造“数字政府”“掌上政府”",
            "序号:2-5 持续推进既有住宅加装电梯", "37"]
    links = linking.link(rows, table_plan)
    assert [lk.task_id for lk in links] == ["T5", "T79", "T12", "T2-5", "T37"]
    assert all(lk.method == "key" and lk.confidence == "sure" for lk in links)
    # the task name alone is shared by T10–T14: linked, but a person checks
    lk = linking.link(["打造“数字政府”“掌上政府”"], table_plan)[0]
    assert lk.task_id in {"T10", "T11", "T12", "T13", "T14"} and lk.confidence == "check"


def test_key_that_names_another_task_is_not_trusted(table_plan):
    lk = linking.link(["3 全年完成固定资产投资130亿元"], table_plan)[0]
    assert lk.task_id == "T4"            # 3 is a list number here: T3 is 社会消费品零售总额


def test_empty_and_hostile_inputs(plan):
    assert linking.link([], plan) == []
    links = linking.link(["", "   ", "。。。！！", "x" * 50_000, "\x00\ufffd<script>", None], plan)
    assert len(links) == 6
    assert all(isinstance(lk, Link) and lk.task_id is None for lk in links)
    assert linking.link(["完成安置800套"], [])[0].task_id is None
    empty_task = Task(id="X1", source={}, text="")
    assert linking.link(["完成安置800套"], [empty_task])[0].task_id is None


def test_link_rows_keeps_its_shape(plan):
    out = linking.link_rows(["继续落实减税降费政策,进一步减轻企业税费负担。", "今天天气很好"], plan)
    assert out[0] == ("R1-1-2", 1.0)
    assert out[1][0] is None and isinstance(out[1][1], float)


def test_to_json(h1):
    _, links = h1
    data = json.loads(json.dumps(links[1].to_json(), ensure_ascii=False))
    assert set(data) == {"row", "row_text", "task_id", "task_text", "score", "confidence", "candidates",
                         "task_ids", "method"}
    assert all(set(c) == {"task_id", "task_text", "score"} for c in data["candidates"])


def test_speed(plan, h1):
    rows, _ = h1
    t0 = time.perf_counter()
    linking.link(rows, plan)
    assert time.perf_counter() - t0 < 1.0

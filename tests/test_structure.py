"""Work-report structure: parts, headings, sentences, 民生实事 items."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from luoshi.engine.structure import inline_items, livelihood_items, parse_structure

REPORT = Path(__file__).resolve().parents[1] / "luoshi" / "samples" / "shangcheng-2020-work-report.txt"


@pytest.fixture(scope="module")
def report():
    text = REPORT.read_text(encoding="utf-8")
    return (text, *parse_structure(text))


def test_parts(report):
    text, sections, _, _ = report
    parts = [s for s in sections if s.level == 0]
    assert [(p.title, p.role) for p in parts] == [("2019年工作回顾", "review"), ("2020年重点工作", "plan")]
    review, plan = parts
    assert text[review.start:].startswith("2019年工作回顾")
    assert text[review.end - 10:review.end].endswith("。") and review.end < plan.start
    assert "在充分肯定成绩的同时" in text[review.start:review.end]
    assert "2020年是高水平" not in text[review.start:review.end]
    assert plan.end == len(text.rstrip())
    assert "主要预期目标" in text[plan.start:plan.end]


def test_headings(report):
    text, sections, _, _ = report
    by_role = {role: [s for s in sections if s.level == 1 and s.role == role] for role in ("review", "plan")}
    # Counted in the text: 一…六 in the review, 一…五 in the plan.
    assert [s.number for s in by_role["review"]] == list("一二三四五六")
    assert [s.number for s in by_role["plan"]] == list("一二三四五")
    assert by_role["plan"][0].title == "全力以赴优化营商环境,打造创新发展新高地"
    subs = [s for s in sections if s.level == 4]
    assert len(subs) == 35       # 19 in the review, 16 in the plan (grep of short 。-clauses)
    titles = {s.title: s for s in subs}
    for title in ("主导产业稳步发展", "全面支持民营企业发展", "推进社会治理智慧化", "实现民生精准保障"):
        assert title in titles
    first = titles["全面支持民营企业发展"]
    assert first.role == "plan" and sections[first.parent].number == "一"
    assert text[first.start:first.end].startswith("全面支持民营企业发展。深入贯彻")
    assert "\n" not in text[first.start:first.end]      # a run-in heading governs its paragraph
    assert titles["主导产业稳步发展"].role == "review"
    for s in sections:
        assert 0 <= s.start <= s.end <= len(text)
        assert s.parent is None or s.parent < sections.index(s)


def test_sentences(report):
    text, sections, paragraphs, sentences = report
    assert len(paragraphs) == 74                 # non-blank lines
    # 338 runs of 。！？ + 16 lines ending without one + 1 cut before the inline "1."
    assert len(sentences) == 355
    for s in sentences:
        assert text[s.start:s.end] == s.text
    assert sentences[0].text == "各位代表:" and sentences[0].role == "other"
    targets = [s for s in sentences if "expected_targets" in s.tags]
    assert len(targets) == 1
    assert targets[0].text.startswith("今年全区发展主要预期目标为:地区生产总值增长5%;")
    assert targets[0].text.endswith("新增城镇就业10000人。")    # ； does not split
    assert targets[0].role == "plan"
    review = next(s for s in sentences if s.text.startswith("全年预计地区生产总值增长6%"))
    assert review.role == "review" and "expected_targets" not in review.tags


def test_livelihood_items(report):
    text, _, paragraphs, sentences = report
    items = livelihood_items(text, paragraphs)
    assert [i["number"] for i in items] == list(range(1, 13))
    assert [i["title"] for i in items] == [
        "建设“美好家园”", "加快校舍建设", "推进未来社区建设", "提升养老服务能力",
        "完善婴幼儿综合服务体系", "实施文体惠民工程", "深化垃圾分类", "改善居民用水“最后一公里”",
        "提升消防安全保障水平", "建设“美丽河湖”", "大力推进“厕所革命”", "建设智慧餐饮共治平台",
    ]
    for item in items:
        assert text[item["start"]:item["end"]] == item["text"]
    assert items[0]["text"].endswith("全区新增车位1700个。")
    assert items[-1]["text"] == "12.建设智慧餐饮共治平台。实现餐饮食品安全的智能管理和风险智能预警。"
    tagged = [s for s in sentences if "livelihood_item" in s.tags]
    assert tagged[0].text == "1.建设“美好家园”。" and tagged[-1].text.startswith("实现餐饮食品安全")
    assert livelihood_items(text) == items


def test_inline_numbering_is_not_a_decimal():
    line = "形成3个民生实事项目:1.新增就业2.5万人。2.改造1.2万平方米住宅。3.建成公园3.5公顷。"
    items = inline_items(line)
    assert [n for n, _, _ in items] == [1, 2, 3]
    assert [line[a:b] for _, a, b in items] == ["1.新增就业2.5万人。", "2.改造1.2万平方米住宅。", "3.建成公园3.5公顷。"]
    assert inline_items("增长2.5%,达到3.1亿元。") == []
    assert inline_items("只有一项:1.做好工作。") == []


def test_synthetic_report():
    text = (
        "各位代表:\n\n一、过去一年工作回顾\n\n(一)经济稳中有进\n\n产业发展良好。全年增长6%,好于预期。\n\n"
        "二、今年工作安排\n\n今年主要预期目标是:增长5%;就业1万人。\n\n(一)稳增长\n\n"
        "1.抓项目\n\n扩大有效投资。开工项目20个,完成投资2.5亿元!\n\n"
        "今年拟办民生实事项目如下:\n\n1.建设公园。新建3座。\n\n2.改造道路。改造5条。\n"
    )
    sections, paragraphs, sentences = parse_structure(text)
    shape = [(s.level, s.number, s.title, s.role) for s in sections]
    assert shape == [
        (0, "一", "过去一年工作回顾", "review"), (2, "一", "经济稳中有进", "review"),
        (4, "", "产业发展良好", "review"),
        (0, "二", "今年工作安排", "plan"), (2, "一", "稳增长", "plan"), (3, "1", "抓项目", "plan"),
        (4, "", "扩大有效投资", "plan"),
    ]
    assert sections[3].start == text.index("二、今年") and sections[0].end == text.index("好于预期。") + 5
    assert [s.text for s in sentences if "expected_targets" in s.tags] == ["今年主要预期目标是:增长5%;就业1万人。"]
    items = livelihood_items(text, paragraphs)
    assert [(i["number"], i["title"]) for i in items] == [(1, "建设公园"), (2, "改造道路")]


_PIECES = st.sampled_from([
    "字", "增长", "2.5", "1.", "2、", "。", "！", "？", "；", "!", "?", ";", ":", "”", ")",
    "\n", "\r\n", "\n\n", " ", "\u3000", "一、", "(一)", "（二）", "2019年工作回顾", "2020年重点工作",
    "主要预期目标为", "民生实事:", "稳步发展。", "，",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_offsets_property(text):
    sections, paragraphs, sentences = parse_structure(text)
    previous = 0
    for s in sentences:
        assert text[s.start:s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert s.start >= previous
        previous = s.end
    for p in paragraphs:
        assert "\n" not in text[p.start:p.end]
    for s in sections:
        assert 0 <= s.start <= s.end <= len(text)
    for item in livelihood_items(text, paragraphs):
        assert text[item["start"]:item["end"]] == item["text"]

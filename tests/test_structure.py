"""Work-report structure: parts, headings, sentences, 民生实事 items."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from luoshi.engine.structure import inline_items, livelihood_items, parse_structure

pytestmark = pytest.mark.engine

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
    "# ", "##", "**", "\t", "】", "、",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_offsets_property(text):
    sections, paragraphs, sentences = parse_structure(text)
    previous = 0
    for s in sentences:
        written = text[s.start:s.end]  # a list item's tab after its marker reads as a space (40e4b4b): same length and offsets
        assert len(written) == len(s.text) and all(a == b or (a, b) == ("\t", " ") for a, b in zip(written, s.text, strict=False))
        assert s.text and s.text == s.text.strip()
        assert s.start >= previous
        previous = s.end
    for p in paragraphs:
        assert "\n" not in text[p.start:p.end]
    for s in sections:
        assert 0 <= s.start <= s.end <= len(text)
    for item in livelihood_items(text, paragraphs):
        assert text[item["start"]:item["end"]] == item["text"]


YEARBOOK = REPORT.parent / "shangcheng-yearbook-awards-and-plans.txt"


@pytest.fixture(scope="module")
def yearbook():
    text = YEARBOOK.read_text(encoding="utf-8")
    return (text, *parse_structure(text))


def test_yearbook_plan_titles(yearbook):
    text, sections, _, _ = yearbook
    titles = [s for s in sections if s.level == 0]
    special = next(s for s in titles if s.title.startswith("杭州市上城区特殊教育提升计划"))
    assert special.title == "杭州市上城区特殊教育提升计划 (2017—2020)" and special.role == "other"
    assert text[special.start:].startswith("# 杭州市上城区特殊教育提升计划")
    tourism = next(s for s in titles if "全域旅游示范区" in s.title)
    assert tourism.title.endswith("行动计划(2018—2020)") and tourism.parent is None
    assert any(s.title.endswith("城市基层党建工作的实施意见") for s in titles)
    # A later document title closes the one before it.
    assert special.end < tourism.start and "全域旅游" not in text[special.start:special.end]
    for s in sections:
        assert "#" not in s.title and "*" not in s.title
        assert 0 <= s.start <= s.end <= len(text)
        assert s.parent is None or s.parent < sections.index(s)


def test_yearbook_numbered_headings(yearbook):
    text, sections, _, _ = yearbook
    special = next(i for i, s in enumerate(sections) if s.title.startswith("杭州市上城区特殊教育提升计划"))

    def under(index):
        return [(s.level, s.number, s.title) for s in sections if s.parent == index]

    # ## 一、 and #### 四、: the level comes from the number, not from the #s.
    assert under(special) == [(1, "一", "总体目标"), (1, "二", "重点任务"), (1, "三", "主要措施"),
                              (1, "四", "组织领导"), (1, "五", "保障项目")]
    leadership = next(i for i, s in enumerate(sections) if s.parent == special and s.number == "四")
    assert under(leadership)[0] == (2, "一", "落实部门责任,明确工作任务")     # ##### (一) 落实…。
    measures = next(i for i, s in enumerate(sections) if s.parent == special and s.number == "三")
    assert [n for _, n, _ in under(measures)] == list("一二三四五六")     # (一) and ## (二)
    assert (3, "6", "完善重度、极重度残疾儿童送教上门工作机制") in under(sections.index(
        next(s for s in sections if s.parent == measures and s.number == "一")))
    tourism = next(i for i, s in enumerate(sections) if s.level == 0 and "全域旅游示范区" in s.title)
    steps = next(i for i, s in enumerate(sections) if s.parent == tourism and s.title == "创建步骤")
    assert sections[steps].level == 1
    phases = [(s.level, s.number, s.title) for s in sections if s.parent == steps]
    assert phases[0] == (2, "一", "宣传动员阶段（2018年7月—2018年9月）")     # full-width brackets
    assert [n for _, n, _ in phases] == list("一二三四")
    support = next(i for i, s in enumerate(sections) if s.parent == tourism and s.title == "保障措施")
    # **(二) 加大政策扶持。**落实…: bold run-in numbered headings.
    assert [(s.level, s.number, s.title) for s in sections if s.parent == support][:2] == [
        (2, "一", "加强组织领导"), (2, "二", "加大政策扶持")]
    # 四、工作任务 inside a plan is a heading of that plan, not a part of a work report.
    waste = next(i for i, s in enumerate(sections) if s.level == 0 and "生活垃圾分类" in s.title)
    assert (1, "四", "工作任务") in under(waste)
    # (一) **加强组织领导**。要把…: bold inside a numbered heading.
    party = next(i for i, s in enumerate(sections) if s.level == 0 and "城市基层党建" in s.title)
    requirements = next(i for i, s in enumerate(sections) if s.parent == party and s.title == "工作要求")
    assert under(requirements)[0] == (2, "一", "加强组织领导")


def test_yearbook_bold_subheadings(yearbook):
    text, sections, _, sentences = yearbook
    subs = {s.title: s for s in sections if s.level == 4}
    assert "进位显著奖" in subs and "【上城区记集体三等功单位】" in subs
    assert "【2017年度上城区非综合考评先进单位】非综合考评优胜单位" in subs
    award = subs["进位显著奖"]
    assert text[award.start:award.end] == "**进位显著奖**\n\n区城管局、区科协、区科技局"
    governed = [s for s in sentences if s.section == sections.index(award)]
    assert [s.text for s in governed] == ["**进位显著奖**", "区城管局、区科协、区科技局"]


def test_yearbook_broken_paragraphs(yearbook):
    text, sections, paragraphs, sentences = yearbook
    titles = {s.title for s in sections}
    for piece in ("造亲水平台和慢行交通", "生提供适性的职业指导和就业服务", "向社会公布", "地地下公共停车库", "药新药"):
        assert not any(t.startswith(piece) for t in titles)
    joined = next(s for s in sentences if "造亲水平台" in s.text)
    assert text[joined.start:joined.end] == joined.text
    assert joined.text.endswith("打\n\n造亲水平台和慢行交通。")
    assert "\n" in joined.text and joined.paragraph is not None
    continuation = next(p for p in paragraphs if text[p.start:p.end].startswith("造亲水平台"))
    assert continuation.section == paragraphs[joined.paragraph].section
    # the numbered run-in title its paragraph opens on (4.布局之江路丰富钱江特色品类。…, under (二)优化全域旅游空间布局)
    assert sections[continuation.section].title == "布局之江路丰富钱江特色品类"
    assert sections[sections[continuation.section].parent].title == "优化全域旅游空间布局"
    # A list of names, a signature and a date are not broken sentences.
    signed = next(s for s in sentences if s.text.startswith("杭州市上城区人民政府办公室"))
    assert signed.text == "杭州市上城区人民政府办公室"


def test_broken_paragraph_synthetic():
    text = (
        "一、主要任务\n\n(一)优化布局\n\n增加绿化面积、休闲设施,打\n\n造亲水平台和慢行交通。着力推进区块建设。\n\n"
        "继续完善设施,提升品\n质水平。\n\n2.推进项目。开工3个。\n\n签发单位\n\n2018年8月1日\n"
    )
    sections, paragraphs, sentences = parse_structure(text)
    assert [(s.level, s.number, s.title) for s in sections] == [(0, "一", "主要任务"), (2, "一", "优化布局")]
    texts = [s.text for s in sentences]
    assert "增加绿化面积、休闲设施,打\n\n造亲水平台和慢行交通。" in texts
    assert "继续完善设施,提升品\n质水平。" in texts   # broken at a single line break too
    assert "2.推进项目。" in texts                     # an item number is never a continuation
    assert texts[-2:] == ["签发单位", "2018年8月1日"]
    for s in sentences:
        assert text[s.start:s.end] == s.text
    assert len(paragraphs) == 9 and all("\n" not in text[p.start:p.end] for p in paragraphs)
    assert sentences[texts.index("着力推进区块建设。")].paragraph == 3


def test_markdown_headings_synthetic():
    text = (
        "# 某区行动计划 (2018—2020)\n\n## 一、总体目标\n\n到2020年建成。\n\n##### （一） 落实责任。\n\n"
        "**加强组织领导**\n\n成立领导小组。\n\n### 3.抓方式方法\n\n# 另一个实施意见\n\n### 一、指导思想\n"
    )
    sections, _, _ = parse_structure(text)
    assert [(s.level, s.number, s.title, s.parent) for s in sections] == [
        (0, "", "某区行动计划 (2018—2020)", None), (1, "一", "总体目标", 0), (2, "一", "落实责任", 1),
        (4, "", "加强组织领导", 2), (3, "3", "抓方式方法", 2), (0, "", "另一个实施意见", None),
        (1, "一", "指导思想", 5),
    ]
    assert all(s.role == "other" for s in sections)
    assert sections[0].end == text.index("抓方式方法") + 5

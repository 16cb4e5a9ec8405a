"""Organisation registry: aliases, collective names, typo tolerance, list cells."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from luoshi.engine.orgs import Organisation, Registry

pytestmark = pytest.mark.engine

SAMPLES = Path(__file__).resolve().parents[1] / "luoshi" / "samples"


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.default()


def _lines(name: str) -> list[str]:
    return (SAMPLES / name).read_text(encoding="utf-8").splitlines()


# --- aliases ----------------------------------------------------------------
@pytest.mark.parametrize("written, canonical", [
    ("区审管办", "区行政审批服务办"),
    ("区行政审批服务办", "区行政审批服务办"),
    ("区市场监督局", "区市场监管局"),
    ("上城消防救援大队", "市消防救援支队上城大队"),
    ("区文化和广电旅游体局", "区文化和广电旅游体育局"),
    ("区文广旅体局", "区文化和广电旅游体育局"),
    ("区投资促进局", "区投资促进局"),
    ("区投促局", "区投资促进局"),
    ("区应急局", "区应急管理局"),
    ("区卫健局", "区卫生健康局"),
    ("城站管委会", "城站广场管委会"),
    ("区退役军人管理局", "区退役军人事务局"),
    ("各街道办事处", "各街道"),
    ("小营街道", "小营街道办事处"),        # X街道 is the short form of X街道办事处
    ("上塘街道办事处", "上塘街道"),
    ("区 审 管 办", "区行政审批服务办"),    # spaced-out as in some tables
])
def test_alias_normalises(registry, written, canonical):
    assert registry.normalise(written) == canonical


def test_housing_bureaus_of_two_districts_stay_apart(registry):
    # 上城's 区住房和城建局 (住房和城市建设局) and 拱墅's 区住建局 (住房和城乡建设局)
    # are different bureaus of different governments; nothing in the documents
    # makes them one name.
    assert registry.normalise("区住房和城建局") == "区住房和城建局"
    assert registry.normalise("区住建局") == "区住建局"
    assert registry.lookup("区住建局") is not registry.lookup("区住房和城建局")


def test_unknown_name_is_returned_tidied(registry):
    assert registry.normalise(" 区 某某局 ") == "区某某局"
    assert registry.lookup("区某某局") is None


# --- typo tolerance -----------------------------------------------------------
def test_one_dropped_character_is_recognised_without_the_alias(registry):
    reg = registry.copy()
    reg.remove_alias("区文化和广电旅游体局")
    assert reg.lookup("区文化和广电旅游体局") is None
    assert reg.normalise("区文化和广电旅游体局") == "区文化和广电旅游体局"
    assert reg.normalise("区文化和广电旅游体局", fuzzy=True) == "区文化和广电旅游体育局"
    assert reg.suggest("区文化和广电旅游体局") == "区文化和广电旅游体育局"
    # the default registry is not changed by editing a copy
    assert registry.lookup("区文化和广电旅游体局") is not None


def test_one_added_character_is_recognised(registry):
    assert registry.normalise("区发改经信息局", fuzzy=True) == "区发改经信局"
    assert registry.normalise("区人力社保障局", fuzzy=True) == "区人力社保局"


@pytest.mark.parametrize("name", [
    "区人力社保所",        # substitution, not a dropped/added character
    "区科局",              # too short to trust
    "市发改经信局",        # the level (区/市) is never the slip
    "区发改局",            # two characters dropped
])
def test_fuzzy_rule_refuses(registry, name):
    assert registry.suggest(name) is None
    assert registry.normalise(name, fuzzy=True) == name


def test_fuzzy_rule_refuses_an_ambiguous_name():
    reg = Registry([Organisation("区甲乙丙丁局"), Organisation("区甲乙丙戊局")])
    assert reg.suggest("区甲乙丙局") is None


# --- collective names ---------------------------------------------------------
@pytest.mark.parametrize("name", [
    "各街道", "各街道办事处", "相关街道", "各建设指挥部", "相关建设指挥部", "各成员单位",
    "各投资建设主体", "各项目单位", "区食安委各成员单位",
    "区深化基层治理专项行动组成员单位",
    # unseen: the general rule
    "有关部门", "全区各单位", "各有关单位", "相关社区", "区安委会成员单位", "各镇街",
])
def test_collective(registry, name):
    assert registry.is_collective(name)


@pytest.mark.parametrize("name", ["区财政局", "小营街道办事处", "望江指挥部", "各项工作正常开展中", "区某某局"])
def test_not_collective(registry, name):
    assert not registry.is_collective(name)


def test_collectives_in_registry_are_marked(registry):
    for name in ("各街道", "相关街道", "各建设指挥部", "相关建设指挥部", "各成员单位"):
        assert registry.lookup(name).kind == "collective"


def test_kinds(registry):
    assert registry.lookup("小营街道").kind == "street"
    assert registry.lookup("望海潮公司").kind == "company"
    assert registry.lookup("区法院").kind == "court"
    assert registry.lookup("区财政局").kind == "department"
    assert registry.lookup("市规划和自然资源局上城分局").parent == "市规划和自然资源局"


# --- lists of units -------------------------------------------------------------
def test_split_list_on_real_cells(registry):
    cell = "区财政局、区住房和城建局、区商务局、区文化和广电旅游体育局、区统计局、区投促局、区电子机械功能区管委会、各街道办事处"
    assert registry.split_list(cell) == [
        "区财政局", "区住房和城建局", "区商务局", "区文化和广电旅游体育局", "区统计局", "区投促局",
        "区电子机械功能区管委会", "各街道办事处",
    ]
    # a comma typed instead of 、 (decomposition row 113)
    assert registry.split_list("区文化和广电旅游体育局、区市场监管局,各街道办事处") == [
        "区文化和广电旅游体育局", "区市场监管局", "各街道办事处"]
    # a bracketed second name stays with its unit; 和 inside a name does not split
    assert registry.split_list("区行政审批办、区委统战部(区民宗局)、规划资源拱墅分局") == [
        "区行政审批办", "区委统战部(区民宗局)", "规划资源拱墅分局"]
    assert registry.split_list("区人力社保局、区防范处置企业拖欠工资工作领导小组成员单位及责任单位") == [
        "区人力社保局", "区防范处置企业拖欠工资工作领导小组成员单位及责任单位"]


def test_every_unit_in_the_decomposition_columns_is_known(registry):
    seen = 0
    for line in _lines("shangcheng-2019-decomposition.txt"):
        cells = [c.strip() for c in line.split("|")]
        if len(cells) < 5 or not cells[0].isdigit():
            continue
        for cell in cells[3:5]:   # 牵头部门, 配合部门 (a shifted row puts 目标类型 here)
            if not cell or re.fullmatch(r"[A-C]类", cell):
                continue
            for name in registry.split_list(cell):
                assert registry.lookup(name) is not None, name
                seen += 1
    assert seen > 600


@pytest.mark.parametrize("line", [
    "区发改经信局、区科技工业区管委会、各街道",
    "生态环境拱墅分局、区治水办、区科技工业区管委会、各街道",
    "区法院、区发改经信局、区财政局、区人力社保局、区住建局、区市场监管局、拱墅区税务局、规划资源拱墅分局",
    "区行政审批办、区委统战部(区民宗局)、区发改经信局、区教育局、区人力社保局、区民政局、区残联、区住建局、区城管局、区卫健局、区市场监管局、区退役军人事务局、拱墅区税务局、规划资源拱墅分局",
    "拱投发、拱宸桥指挥部",
    "区市场监管局、区食安委各成员单位",
    "区委政法委、区深化基层治理专项行动组成员单位",
    "区行政审批办",
])
def test_is_org_list_true_on_real_unit_lines(registry, line):
    assert registry.is_org_list(line)


@pytest.mark.parametrize("line", [
    "正常进行中。",
    "正常推进",
    "各项工作正常开展中",
    "年度环保目标任务已分解到各街道和部门,并按月汇总进度",
    "已完成某某路店招店牌提升改造",
    "完成施工图编制,正在编制招标文件",
    "开工学校4所,竣工3所,投用2所",
    "办好国际文化节",
    "责任单位",
    "受疫情影响,邀请赛今年停办",
])
def test_is_org_list_false_on_progress_and_headers(registry, line):
    assert not registry.is_org_list(line)


def test_every_unit_line_of_the_gongshu_page_is_known(registry):
    unit_lines = [ln for ln in _lines("gongshu-2020-q2-progress.txt") if registry.is_org_list(ln)]
    # 128 task rows, the page content appears twice
    assert len(unit_lines) >= 250
    for line in unit_lines:
        for name in registry.split_list(line):
            assert registry.lookup(name) is not None, name


# --- the name that ends a flattened row ------------------------------------------
def test_find_suffix_on_real_h1_lines(registry):
    lines = _lines("shangcheng-2020-h1-progress.txt")
    cases = {
        2: "望江指挥部", 5: "区审管办", 21: "上城消防救援大队", 22: "望海潮公司",
        26: "区电子机械功能区管委会", 27: "小营街道办事处", 38: "区城管局",
        59: "市规划和自然资源局上城分局", 76: "区人力社保局", 106: "城站广场管委会",
        110: "区投资促进局",
    }
    for number, name in cases.items():
        line = lines[number - 1]
        start, found = registry.find_suffix(line)
        assert found == name, number
        assert line.rstrip()[start:] == name
    # line 37 wraps: its unit is on line 38
    assert registry.find_suffix(lines[36]) is None
    assert registry.find_suffix(lines[36], unknown=True) is None


def test_find_suffix_unknown_units_by_shape():
    empty = Registry()
    line = "其余近江四、七、八、九园及望江东西园正在改造过程中。望海潮公司"
    assert empty.find_suffix(line) is None
    assert empty.find_suffix(line, unknown=True) == (line.index("望海潮公司"), "望海潮公司")
    assert empty.find_suffix("目前正在启动招投标阶段。城站广场管委会", unknown=True)[1] == "城站广场管委会"
    # no punctuation before the tail: no telling where an unknown name starts
    assert empty.find_suffix("正在改造过程中望海潮公司", unknown=True) is None
    # the tail is not name-shaped
    assert empty.find_suffix("完成安置938套。已完成5所", unknown=True) is None


def test_registry_round_trips_through_json(registry, tmp_path):
    import json

    path = tmp_path / "orgs.json"
    path.write_text(json.dumps(registry.to_json(), ensure_ascii=False), encoding="utf-8")
    again = Registry.from_file(path)
    assert len(again) == len(registry)
    assert again.normalise("区审管办") == "区行政审批服务办"


def test_add_alias_and_add_merge(registry):
    reg = registry.copy()
    reg.add_alias("区财政局", "区财局")
    assert reg.normalise("区财局") == "区财政局"
    reg.add(Organisation("区财政局", aliases=["上城区财政局"]))
    assert reg.normalise("上城区财政局") == "区财政局"
    assert registry.lookup("区财局") is None

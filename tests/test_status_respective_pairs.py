"""Issue 11, statusa (stop 46): a bulletin's shares given 分别 for units or sectors named before them, prompted by the
misses of the held-out pages33 (a district's key-project bulletins), written here in other words with guards:

* two names joined by 和 (交通和水利项目…分别完成年度计划投资的61.2%和50.4%) — the row naming the second takes the
  second share, not the first (progress._two_names: cut where what is said of both begins or a period is written, the
  head noun after the second, 项目 or 类项目, said of both: words.toml progress.listed_share_head_noun);
* the clauses of the sentence before the 分别 shares (东湖街道、西山街道、南岭街道进展较好) name the units they are of:
  no other works still building beside a unit's year plan exceeded (rules/status_statements._other_works_short), so a
  unit over 100% of its year plan before the year's end has done its plan.
"""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

SECTORS = "其中,交通和水利项目1-6月进展较快,截至6月底分别完成年度计划投资的61.2%和50.4%。"
STREETS = "各街道均超序时进度,东湖街道、西山街道、南岭街道进展较好,分别完成年度计划的108.5%、95.2%和90.3%。"
SLOW = "工业技改和城建类项目进度偏慢,分别完成年度计划投资的30.2%和58.6%。"

CASES = [
    ("水利 年度计划投资", SECTORS, date(2023, 6, 30), "on_track"),
    ("城建 年度计划投资", SLOW, date(2023, 6, 30), "ahead"),
    ("东湖街道 年度计划", STREETS, date(2024, 9, 30), "completed"),
    # guards: the first of the pair and of the list, a unit in the band
    ("交通 年度计划投资", SECTORS, date(2023, 6, 30), "ahead"),
    ("工业技改 年度计划投资", SLOW, date(2023, 6, 30), "behind"),
    ("西山街道 年度计划", STREETS, date(2024, 9, 30), "ahead"),
    # guards: a pair the task names neither of, a pair of verbs, and works still building said in a sentence of its own
    ("社会事业 年度计划投资", "工业和农业项目分别完成年度计划投资的60.5%和40.2%。", date(2023, 6, 30), "ahead"),
    ("改造老旧管网 年度计划", "新建和改造管网分别完成年度计划的62%和71%。", date(2023, 6, 30), "ahead"),
    ("东湖街道 年度计划", "东湖街道完成年度计划的108.5%。西山街道2个项目仍在施工。", date(2024, 9, 30), "on_track"),
]


@pytest.mark.parametrize("task,progress,as_of,expected", CASES, ids=[f"{c[0]}|{c[1]}" for c in CASES])
def test_respective_pairs(task, progress, as_of, expected):
    assert judge(task, progress, as_of).status == expected

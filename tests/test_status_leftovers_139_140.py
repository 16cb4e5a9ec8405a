"""invented139–140's misses left after statusx's rules (issue 11), each in other words than the rows, strict: a fix
makes its case pass and the test fail, so it must then move to a table of examples with its guards."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine


def miss(task, progress, as_of, status, why):
    return pytest.param(task, progress, as_of, status, marks=pytest.mark.xfail(strict=True, reason=why), id=progress)


KNOWN_MISSES_139_140 = [
    # (the task's own steps done before its deadline: mended, tests/test_status_named_steps.py)
    # (only preparation late in the year under a title closing on 建设: mended by pagesx's programme of works by its
    # name, words.toml task.works_programme — a plain case in tests/test_status_real_pages12.py WORKS_PROGRAMME)
    miss("实施城区燃气管网改造工程", "已开工改造燃气管道8公里，各标段正在施工。", date(2020, 9, 30), "on_track",
         "works begun and going on under 实施…工程, with no length to reach, are read as too early a step for the time"),
    # (a first batch connected added to the arrays installed: mended by statusb's completion.use_within, stop 65 —
    # tests/test_status_statusb65.py USE_WITHIN_MENDED)
    miss("年产1万吨果蔬加工项目：年内建成投产。", "生产线已于12月初开始试生产。", date(2020, 12, 31), "behind",
         "a trial production at the year's end is read as no figure for the tonnage (unclear), not as short of 投产"),
]


@pytest.mark.parametrize("task,progress,as_of,status", KNOWN_MISSES_139_140)
def test_known_misses_139_140(task, progress, as_of, status):
    assert judge(task, progress, as_of).status == status

"""Issue 11, statusc (stop 48): 开复工 (also written 开(复)工: items started or restarted) is a start as 开工 is.

rules/clauses.py clause_stage read 开工 as work under way but not 开复工, so a programme's own count written as its
clause's subject before 开复工 and a smaller count (56个…项目开复工50个) was not set aside as the items the task counts
(rules/building.py _scope_subject): where the programme's name holds a 、 the count was read as done beside the count
started.  Prompted by a held-out real row of pages30 (a programme of new-material projects by July), in other words,
places and figures.  Guards: not yet started or restarted (未开复工) is not started, the papers before the start
(开复工前期手续) are preparation: neither is read as the programme done."""

from datetime import date

import pytest

from luoshi.engine.rules.clauses import clause_stage
from tests.status_judge import judge

pytestmark = pytest.mark.engine

MID_YEAR = date(2021, 6, 30)

STAGES = [
    ("全部项目已开复工", "underway"),
    ("重点项目开(复)工", "underway"),
    ("12个项目开复工", "underway"),
    ("尚有3个项目未开复工", "not_started"),
    ("正在办理开复工前期手续", "preparing"),
]


@pytest.mark.parametrize("clause,expected", STAGES, ids=[c for c, _ in STAGES])
def test_start_restart_stage(clause, expected):
    assert clause_stage(clause) == expected


CASES = [
    (("56个新能源、新材料产业项目", "56个新能源、新材料产业项目开复工50个,完成投资38亿元。", MID_YEAR), "ahead"),
    (("40个交通、水利重点项目", "40个交通、水利重点项目开(复)工21个,完成投资12.5亿元。", MID_YEAR), "on_track"),
    (("48个文化、旅游重点项目", "48个文化、旅游重点项目开复工11个。", MID_YEAR), "seriously_behind"),
]


@pytest.mark.parametrize("given,expected", CASES, ids=[f"{g[0]}|{g[1]}" for g, _ in CASES])
def test_programme_count_before_start_restart(given, expected):
    assert judge(*given).status == expected


GUARDS = [
    # none started yet: never done
    ("56个新能源、新材料产业项目", "56个新能源、新材料产业项目均未开复工,正在办理前期手续。", MID_YEAR),
    # the papers before the start: preparation
    ("56个新能源、新材料产业项目", "56个新能源、新材料产业项目正在办理开复工前期手续,完成投资2亿元。", MID_YEAR),
]


@pytest.mark.parametrize("given", GUARDS, ids=[f"{g[0]}|{g[1]}" for g in GUARDS])
def test_start_restart_not_done(given):
    assert judge(*given).status != "completed"

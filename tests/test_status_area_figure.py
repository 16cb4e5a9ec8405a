"""Issue 11, statusy (stop 40): a task about one place (a district, a town, a park: 经开区新增…, 南湖街道完成…)
answered by the whole's figure first (全市…, 全县…) and then the place's own, after 其中 or in the next clause: the
place's figure answers, the whole's is no work of the task's.  From invented167's first run (the shape the brief names
from the real held-out rows); the rows here are in other words, places and figures.  Guards: the task of the whole with
the places' figures after 其中, a task naming no place, the place's figure alone, a whole's figure in another unit."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

CASES = [
    # the place's figure after 其中, the whole's before it
    (("经开区新增高新技术企业30家", "市科技局：1-9月全市新增高新技术企业85家，其中经开区23家。", date(2026, 9, 30)),
     "on_track"),
    (("南湖街道新增城镇就业1200人", "区人社局：上半年全区新增城镇就业5300人，其中南湖街道420人。", date(2026, 6, 30)),
     "behind"),
    # the place's figure in the next clause, with its own verb
    (("青山镇完成高标准农田建设8000亩", "县农业农村局：全县已完成高标准农田建设3.1万亩，青山镇完成8000亩。",
      date(2026, 10, 31)), "completed"),
    (("白沙乡改造农村公路25公里", "全县改造农村公路118公里，白沙乡改造11公里，其余乡镇已过半。", date(2026, 8, 31)),
     "behind"),
    # guards: the whole's task, the places after 其中
    (("全县改造农村公路120公里", "全县改造农村公路81公里，其中白沙乡11公里、青山镇9公里。", date(2026, 8, 31)),
     "on_track"),
    (("全市新增高新技术企业100家", "1-9月全市新增高新技术企业85家，其中经开区23家。", date(2026, 9, 30)), "ahead"),
    # a task naming no place: the whole's figure answers as before
    (("新增高新技术企业100家", "1-9月全市新增高新技术企业76家。", date(2026, 9, 30)), "on_track"),
    # the place's figure alone
    (("经开区新增高新技术企业30家", "经开区1-9月新增高新技术企业23家。", date(2026, 9, 30)), "on_track"),
]


@pytest.mark.parametrize("given,expected", CASES, ids=[f"{g[0]}|{g[1]}" for g, _ in CASES])
def test_area_figure_after_whole(given, expected):
    assert judge(*given).status == expected

"""Issue 11, statusa (stop 51): items bought or delivered for a task of installing them, in sentences written for this
file.  已全部到货, 采购到位 or 完成采购 say the items are at hand, not put in place: for a task whose verb is 安装 (加装, 增设,
铺设) a count with only such words and no word of installing is preparation, not the work done (judging.toml
words.delivered_only, words.install_task).  A task of supplying the items (配备, 发放) is done when they arrive."""

from datetime import date

import pytest

from tests.status_judge import judge

pytestmark = pytest.mark.engine

CASES = [
    # delivered, not installed, late in the year: preparation only, behind
    (("在全镇主要道路安装太阳能路灯350盏。", "10月底进展：350盏路灯已全部到货，计划12月开始安装。", date(2025, 10, 31)),
     "behind"),
    (("为老旧小区加装智能门禁设备90套。", "90套门禁设备已全部到货。", date(2025, 10, 31)), "behind"),
    # some installed beside the delivery: the installed count decides
    (("安装智能水表1200只。", "1200只水表已采购到位，已安装800只。", date(2025, 9, 30)), "behind"),
    (("安装智能水表1200只。", "水表已全部到货，已安装1150只。", date(2025, 9, 30)), "ahead"),
    # a task of supplying: arrival is the work
    (("为乡镇敬老院配备轮椅200辆。", "200辆轮椅已全部到货并发放到位。", date(2025, 9, 30)), "completed"),
]


@pytest.mark.parametrize("args,expected", CASES)
def test_delivered_not_installed(args, expected):
    assert judge(*args).status == expected

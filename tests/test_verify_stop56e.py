"""Stop 56, verifye: the lead's decision D15 (bench/labels/verify_real/README.md, docs/reading-reports.md) in this file's
own words (某某 names, sentences written here, none a label's row).  D3's "or of a quota's neighbour" covers a
qualitative environment target (生态环境…改善, 节能减排…约束性指标完成…任务) answered in a plan-end review only by figures
over several years of its own or its constituent measures — a five-years' change no word dates, or a change against a
base year before the year (较2019年下降…): quoted, unclear.  Words with no figure stay not reported (D7); a figure of the
year still decides.  Each outcome written by reading before the engine was run."""

from __future__ import annotations

import pytest

from luoshi.engine import reader, verify
from luoshi.engine.model import SourceText

pytestmark = pytest.mark.engine

_N = "某某市人民政府工作报告\n\n二、2025年工作安排\n\n主要预期目标是：生产总值增长6.1%，{target}。\n"
_N1 = ("某某市人民政府工作报告\n——2026年1月10日在某某市第九届人民代表大会第一次会议上\n\n"
       "一、“十四五”时期工作回顾\n\n过去五年，我们团结带领全市人民砥砺前行，各项事业取得新进展。\n\n"
       "——绿色转型步伐加快。{five}\n\n"
       "我们也清醒认识到，发展中还存在一些困难和问题。\n\n二、2026年工作安排\n\n今年主要预期目标是：生产总值增长5.3%。\n")


def _verdict(target: str, metric: str, five: str):
    read = [reader.read_text(SourceText(text, "txt"), "t.txt")
            for text in (_N.format(target=target), _N1.format(five=five))]
    verdicts, _ = verify.verify_documents(*read, "t.txt")
    return next(v for v in verdicts if v.metric == metric)


@pytest.mark.parametrize(("target", "metric", "five", "outcome"), [
    # a quota bundle answered by the energy intensity's five-years' fall, no word dating it
    ("主要污染物减排、节能降耗等约束性指标完成省下达任务", "主要污染物减排、节能降耗等约束性指标",
     "淘汰落后产能一批，单位地区生产总值能耗下降16%左右，城乡面貌焕然一新。", "unclear"),
    # the environment's state answered by the fine particles against a base year before the year
    ("生态环境质量持续改善", "生态环境质量",
     "实施蓝天保卫战，细颗粒物浓度较2019年下降21.5%，城市绿地持续增加。", "unclear"),
    # (guard) words with no figure stay D7: not reported
    ("生态环境质量持续改善", "生态环境质量",
     "实施蓝天保卫战，天更蓝、水更清，城市绿地持续增加。", "not_reported"),
    # (guard) a figure of another field (the output's years' growth) is no environment measure
    ("生态环境质量持续改善", "生态环境质量",
     "工业总产值年均增长7.2%，城市绿地持续增加。", "not_reported"),
], ids=["energy intensity's years' fall", "PM2.5 against a base year", "words only (D7)", "another field's figure"])
def test_an_environment_target_answered_by_its_measures_over_years(target, metric, five, outcome):
    x = _verdict(target, metric, five)
    assert x.outcome == outcome, x.reason

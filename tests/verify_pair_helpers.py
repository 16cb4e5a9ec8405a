"""A one-target plan and a review around it, verified as a pair: the skeleton the verify rule tests fill in.

The plan sets GDP beside the target under test and the review answers GDP, so a pair always has a part of
each kind; the GDP verdict is left out of what the tests see.
"""

from luoshi.engine import reader, verify
from luoshi.engine.model import SourceText
from tests.verify_pair_answers import corpus  # bench/corpus.py's outcome, as the benches read a verdict

PLAN = "某市人民政府工作报告\n\n二、今年工作安排\n\n今年全市经济社会发展的主要预期目标是：地区生产总值增长6%，{target}。\n"
REVIEW = (
    "某市人民政府工作报告\n\n一、过去一年工作回顾\n\n过去一年，全市经济稳中有进，地区生产总值增长6.4%。{said}\n\n"
    "二、今年工作安排\n\n今年主要预期目标是：地区生产总值增长5%。\n"
)


def doc(text: str):
    return reader.read_text(SourceText(text, "txt"), "t.txt")


def verdicts_of(plan: str, review: str) -> list:
    """The pair's verdicts but GDP's."""
    found, _ = verify.verify_documents(doc(plan), doc(review), "t.txt")
    return [v for v in found if v.metric != "地区生产总值"]


def verdicts_for(target: str, said: str) -> list:
    """The verdicts of ``target`` set in the plan skeleton against ``said`` in the review skeleton."""
    return verdicts_of(PLAN.format(target=target), REVIEW.format(said=said))


def outcomes_by_metric(plan: str, review: str) -> dict[str, str]:
    """Every verdict of the pair, GDP's too, as the benches read it (bench/corpus.py's outcome), by metric."""
    found, _ = verify.verify_documents(doc(plan), doc(review), "t.txt")
    return {v.metric: corpus.outcome(v) for v in found}


REVIEW_WITH_PROBLEMS = (
    "某市人民政府工作报告\n\n一、过去一年工作回顾\n\n过去一年，全市经济稳中有进，地区生产总值增长6.4%。{said}\n\n"
    "同时，我们也清醒认识到，发展中还面临一些困难和问题：{problems}\n\n"
    "二、今年工作安排\n\n今年主要预期目标是：地区生产总值增长5%。\n"
)


def outcome_with_problems(target: str, metric: str, said: str, problems: str = "产业层次还不够高。") -> str:
    """The verdict on ``metric`` of ``target`` set in the plan skeleton, against ``said`` in a review with a problems
    paragraph (``problems``), as the benches read it."""
    found, _ = verify.verify_documents(doc(PLAN.format(target=target)),
                                       doc(REVIEW_WITH_PROBLEMS.format(said=said, problems=problems)), "t.txt")
    return next(corpus.outcome(v) for v in found if v.metric == metric)

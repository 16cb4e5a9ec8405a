"""The audit log is read by people (审计日志): every action the code records has a name in words
(core/audit_display.ACTION_LABELS), in Chinese and in English, never its code (task.edit)."""

import ast
from pathlib import Path

from django.utils import translation

from luoshi.core.audit_display import ACTION_LABELS, KEY_LABELS, action_label, detail_rows

PACKAGE = Path(__file__).resolve().parent.parent / "luoshi"


def _recorded_actions() -> dict[str, str]:
    """Every action named as a literal in a call of audit.record / audit.record_many, with where."""
    found: dict[str, str] = {}
    for path in PACKAGE.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "audit"):
                continue
            if node.func.attr == "record" and len(node.args) >= 2:
                names = [node.args[1]]
            elif node.func.attr == "record_many" and len(node.args) >= 2:
                # (action, object, detail) tuples: the first element of each
                names = [e.elts[0] for e in ast.walk(node.args[1]) if isinstance(e, ast.Tuple) and e.elts]
            else:
                continue
            for name in names:
                for c in ast.walk(name):
                    if isinstance(c, ast.Constant) and isinstance(c.value, str) and "." in c.value:
                        found.setdefault(c.value, f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return found


def test_every_recorded_action_has_a_name():
    recorded = _recorded_actions()
    assert len(recorded) > 50 and "task.edit" in recorded
    missing = {a: where for a, where in recorded.items() if a not in ACTION_LABELS}
    assert not missing, f"actions recorded without a label in core/audit_display.py: {missing}"


def test_the_names_are_translated():
    actions = sorted(_recorded_actions())
    with translation.override("zh-hans"):
        chinese = [action_label(a) for a in actions]
    with translation.override("en"):
        english = [action_label(a) for a in actions]
    assert [a for a, zh, en in zip(actions, chinese, english, strict=True) if zh == en] == []


def test_a_task_edit_reads_in_words():
    detail = {"code": "Q1", "changed": ["indicators"], "indicators_before": [["规上工业增加值", ">=", 6.0, 7.0, "%"]],
              "indicators_after": [["规上工业增加值", ">=", 6.0, 8.0, "%"]]}
    with translation.override("zh-hans"):
        assert action_label("task.edit") == "调整任务"
        labels = [label for label, _value in detail_rows(detail)]
    assert labels == ["编号", "修改项", "原量化指标", "新量化指标"]
    assert set(KEY_LABELS) >= {"changed", "indicators_before", "indicators_after"}


def test_a_confirmed_verdict_reads_in_words():
    # the keys of assessment.confirm and assessment.override (actions/assessments.py), none left as its code
    detail = {"task": "Q1", "period": "1-6月", "status": "on_track", "engine_status": "behind", "basis": "statement",
              "confidence": 0.74, "flags": ["unit_statement"], "rule": "UnitClaim", "note": ""}
    for language in ("zh-hans", "en"):
        with translation.override(language):
            labels = [label for label, _value in detail_rows(detail)]
        assert not set(labels) & set(detail), (language, labels)

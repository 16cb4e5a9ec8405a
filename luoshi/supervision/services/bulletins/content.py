"""A bulletin's figures and metadata: what the period's verdicts say, frozen when published."""

from __future__ import annotations

import re
from datetime import date, datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from luoshi.engine.api import STATUS_LABELS

from ...models import Assessment, Bulletin, Part, ReportingPeriod, Submission
from .. import plans

CONTENT_VERSION = 1
# The figure columns: completed on time and completed late are kept apart.
KEYS = ["completed", "completed_late", "ahead", "on_track", "behind", "seriously_behind", "not_started", "unclear"]
LABELS = {**STATUS_LABELS, "completed": "已完成", "completed_late": "逾期完成"}
LAGGING = ("behind", "seriously_behind", "not_started")
# Worse is larger; 无法判断 says nothing about direction and is left out of better/worse.
RANK = {"completed": 0, "completed_late": 0, "ahead": 1, "on_track": 2, "behind": 3, "seriously_behind": 4,
        "not_started": 5}
SNIPPET = 24
NARRATIVE_MAX = 300


class BulletinError(Exception):
    """A bulletin action refused (a published bulletin is frozen); the message is shown as is."""


# --- figures ----------------------------------------------------------------------

def report_date(sub: Submission | None, period: ReportingPeriod) -> date | None:
    if sub is None:
        return None
    if sub.source_document_id and not sub.late:
        return period.end
    if sub.submitted_at is None:
        return None
    return timezone.localtime(sub.submitted_at).date()


def on_time(sub: Submission | None, period: ReportingPeriod) -> bool:
    d = report_date(sub, period)
    return d is not None and not sub.late and sub.state in plans.REPORTED_STATES and d <= period.deadline


def _key(a: Assessment, period: ReportingPeriod) -> str:
    status = a.effective_status
    if status != "completed":
        return status
    sub = a.submission
    d = report_date(sub, period)
    late = not on_time(sub, period) or (d is not None and a.task.deadline is not None and d > a.task.deadline)
    return "completed_late" if late else "completed"


def _classified(period: ReportingPeriod) -> dict[int, tuple[Assessment, str]]:
    """task id → (current assessment, figure key) for the period."""
    rows = (Assessment.objects.filter(period=period, current=True).counted()   # flagged: only once confirmed
            .select_related("task", "submission").prefetch_related("overrides"))
    return {a.task_id: (a, _key(a, period)) for a in rows}


def _zero() -> dict[str, int]:
    return {k: 0 for k in KEYS}


def _root(part: Part | None, parts: dict[int, Part]) -> Part | None:
    seen = set()
    while part is not None and part.parent_id and part.parent_id not in seen:
        seen.add(part.pk)
        part = parts.get(part.parent_id)
    return part


def _snippets(a: Assessment) -> list[dict]:
    narrative = a.submission.narrative if a.submission else ""
    out = []
    for e in a.evidence or []:
        text, start, end = e.get("text", ""), e.get("start"), e.get("end")
        if (e.get("source") == "progress" and isinstance(start, int) and isinstance(end, int)
                and narrative[start:end] == text):
            before = narrative[max(0, start - SNIPPET):start]
            after = narrative[end:end + SNIPPET]
            out.append({"before": ("…" if start > SNIPPET else "") + before, "text": text,
                        "after": after + ("…" if end + SNIPPET < len(narrative) else "")})
        elif text:
            out.append({"before": "", "text": text, "after": ""})
    return out


def _previous(period: ReportingPeriod) -> ReportingPeriod | None:
    return (ReportingPeriod.objects.filter(plan=period.plan, end__lt=period.end)
            .order_by("-end", "-id").first())


def bulletin_content(period: ReportingPeriod) -> dict:
    """The figures of a period's bulletin as a plain dict (JSON-safe)."""
    plan = period.plan
    tasks = list(plan.tasks.select_related("part").prefetch_related("lead").order_by("order"))
    parts = {p.pk: p for p in Part.objects.filter(plan=plan)}
    current = _classified(period)

    totals = _zero()
    for _a, key in current.values():
        totals[key] += 1

    by_part: dict = {}
    by_org: dict = {}
    for task in tasks:
        root = _root(task.part, parts)
        pkey = root.pk if root else 0
        entry = by_part.setdefault(pkey, {
            "title": root.title if root else "未分板块", "order": root.order if root else 10**6,
            "tasks": 0, "assessed": 0, "by_status": _zero()})
        entry["tasks"] += 1
        found = current.get(task.pk)
        if found:
            entry["assessed"] += 1
            entry["by_status"][found[1]] += 1
        for org in task.lead.all():
            dept = by_org.setdefault(org.pk, {"name": org.name, "tasks": 0, "assessed": 0, "by_status": _zero()})
            dept["tasks"] += 1
            if found:
                dept["assessed"] += 1
                dept["by_status"][found[1]] += 1

    departments = sorted(by_org.values(), key=lambda d: (
        -sum(d["by_status"][k] for k in LAGGING), -d["tasks"], d["name"]))
    part_rows = [{k: v for k, v in p.items() if k != "order"}
                 for p in sorted(by_part.values(), key=lambda p: p["order"])]

    lagging = []
    for task in tasks:
        found = current.get(task.pk)
        if not found or found[1] not in LAGGING:
            continue
        a, key = found
        narrative = a.submission.narrative if a.submission else ""
        lagging.append({
            "code": task.code, "name": task.name or task.text[:60], "status": key, "status_label": LABELS[key],
            "leads": [o.name for o in task.lead.all()],
            "completion_pct": _pct(_completion(a)), "expected_pct": _pct(a.expected_pct),
            "reason": (a.override.reason if a.override else a.reason) or "",
            "evidence": _snippets(a),
            "narrative": narrative[:NARRATIVE_MAX] + ("…" if len(narrative) > NARRATIVE_MAX else ""),
        })
    lagging.sort(key=lambda t: (-RANK[t["status"]],))

    return {
        "version": CONTENT_VERSION,
        "generated_at": timezone.localtime().isoformat(timespec="seconds"),
        "plan": {"id": plan.pk, "title": plan.title, "year": plan.year,
                 "district": plan.organisation.name if plan.organisation_id else ""},
        "period": {"id": period.pk, "name": period.name, "start": period.start.isoformat(),
                   "end": period.end.isoformat(), "deadline": period.deadline.isoformat(),
                   "closed": period.closed},
        "keys": KEYS, "labels": {k: LABELS[k] for k in KEYS},
        "totals": {"tasks": len(tasks), "assessed": len(current), "unassessed": len(tasks) - len(current),
                   "by_status": totals},
        "parts": part_rows,
        "departments": departments,
        "not_on_time": _not_on_time(period),
        # Tasks with no lead unit and no assessment: nobody is held to report them (未明确牵头单位).
        "unassigned": [t.code for t in tasks if t.pk not in current and not t.lead.all()],
        "lagging": lagging,
        "change": _change(period, current, {t.pk: t for t in tasks}),
    }


def _completion(a: Assessment) -> float | None:
    o = a.override
    return o.completion_pct if o is not None and o.completion_pct is not None else a.completion_pct


def _pct(value: float | None) -> float | None:
    return None if value is None else round(float(value), 1)


def _not_on_time(period: ReportingPeriod) -> list[dict]:
    """Units that did not report on time (不按时报送): tasks with no submitted or accepted
    submission (未报送, from ``plans.missing_reports``) and tasks reported only after the deadline
    (逾期报送)."""
    out: dict[str, dict] = {}
    for org, missing in plans.missing_reports(period):
        out[org.name] = {"name": org.name, "missing": [t.code for t in missing], "late": []}
    subs = (Submission.objects.filter(period=period, state__in=plans.REPORTED_STATES)
            .select_related("task", "organisation").order_by("task__order", "version"))
    reported: dict[tuple[int, int], list[Submission]] = {}
    for sub in subs:
        reported.setdefault((sub.task_id, sub.organisation_id), []).append(sub)
    for group in reported.values():
        if any(on_time(s, period) for s in group):
            continue
        org, task = group[0].organisation, group[0].task
        if org.kind == "collective" or not task.lead.filter(pk=org.pk).exists():
            continue
        out.setdefault(org.name, {"name": org.name, "missing": [], "late": []})["late"].append(task.code)
    rows = [dict(r, count=len(r["missing"]) + len(r["late"])) for r in out.values()]
    return sorted(rows, key=lambda r: (-r["count"], r["name"]))


def _change(period: ReportingPeriod, current: dict, tasks: dict) -> dict | None:
    """The change since the previous period of the same plan (与上期相比)."""
    prev = _previous(period)
    if prev is None:
        return None
    before = _classified(prev)
    counts_now, counts_before = _zero(), _zero()
    for _a, key in current.values():
        counts_now[key] += 1
    for _a, key in before.values():
        counts_before[key] += 1
    worse, better = [], []
    for task_id, (_a, now) in current.items():
        if task_id not in before:
            continue
        was = before[task_id][1]
        if now not in RANK or was not in RANK or RANK[now] == RANK[was]:
            continue
        task = tasks.get(task_id)
        row = {"code": task.code, "name": task.name or task.text[:60], "before": was, "before_label": LABELS[was],
               "now": now, "now_label": LABELS[now]}
        (worse if RANK[now] > RANK[was] else better).append(row)
    return {
        "previous": {"id": prev.pk, "name": prev.name, "assessed": len(before)},
        "delta": {k: {"before": counts_before[k], "now": counts_now[k], "delta": counts_now[k] - counts_before[k]}
                  for k in KEYS},
        "worse": worse, "better": better,
    }


# --- bulletins --------------------------------------------------------------------

def clean_meta(number: str, title: str, issued_on) -> tuple[str, str, date]:
    number, title = (number or "").strip(), (title or "").strip()
    if not number or len(number) > 100:
        raise BulletinError(_("文号不能为空，且不超过100字"))
    if not title or len(title) > 200:
        raise BulletinError(_("标题不能为空，且不超过200字"))
    if isinstance(issued_on, datetime):
        issued_on = issued_on.date()
    if not isinstance(issued_on, date):
        try:
            issued_on = date.fromisoformat(str(issued_on))
        except ValueError:
            raise BulletinError(_("成文日期无效")) from None
    return number, title, issued_on


def default_title(period: ReportingPeriod) -> str:
    return f"关于{period.plan.title}{period.name}落实情况的通报"


def default_number(period: ReportingPeriod) -> str:
    year = timezone.localdate().year
    n = Bulletin.objects.filter(issued_on__year=year).count() + 1
    return f"督查通报〔{year}〕{n}号"


def issuer(period: ReportingPeriod) -> str:
    district = period.plan.organisation.name if period.plan.organisation_id else ""
    return f"{district}督查室" if district else "督查室"


def document_content(bulletin: Bulletin) -> dict:
    """What the bulletin shows: the frozen content once published, else the live figures."""
    if bulletin.published:
        return bulletin.content
    content = bulletin_content(bulletin.period)
    content["bulletin"] = {"number": bulletin.number, "title": bulletin.title,
                           "issued_on": bulletin.issued_on.isoformat(), "issuer": issuer(bulletin.period),
                           "published": False}
    return content


def filename(bulletin: Bulletin, ext: str) -> str:
    """The download's name: the 文号, which may hold characters a file name cannot (/ \\ : …)."""
    stem = re.sub(r'[\\/:*?"<>|\s]+', "_", bulletin.number).strip("_") or f"bulletin-{bulletin.pk}"
    return f"{stem}{'' if bulletin.published else '-草稿'}.{ext}"


def latest_closed_period() -> ReportingPeriod | None:
    return ReportingPeriod.objects.filter(closed=True).order_by("-end", "-closed_at", "-id").first()

"""Confidence calibration (issue 11 item 5): does a verdict's confidence mean the share right among verdicts
like it?  Measured on the *first runs* of the invented sets (bench/status_first_runs.py: each set judged by
the engine of the day before any rule was written for it), the only verdicts the rules had not seen, each
read again by today's flag checks and given today's confidence.

The configured values (judging.toml [confidence], [confidence_rule], [confidence_flag]) are fitted on the
first runs of every set except those the flag checks were written on (sets 1–9, 16, 17: there the checks were
written to catch the first runs' errors, so their unflagged verdicts are right more often than on writing the
checks have not seen):

  - with no flag, the share right of first-run verdicts of the same basis with no flag, or of the same deciding
    rule and basis where that differs from its basis by 0.05 or more on at least 15 verdicts;
  - with flags, at most the share right of the verdicts carrying its most doubtful flag;
  - each share shrunk as (right + k·p) / (n + k), k = calibration_prior, p the pooled share (of every verdict
    with no flag, or every verdict with a flag), so a flag seen on three verdicts says little on its own.

A fit is no check of itself, so the unseen-writing figures are printed two ways: each set's verdicts given the
confidences fitted on the *other* sets (leave one set out: every set is writing the fit has not seen), and
in time, values fitted on the sets written up to the previous calibration (``LAST_FIT``) and checked on the
sets written after it.  For each: the reliability table (confidence bucket → verdicts, mean confidence, share
right) with its expected calibration error and Brier score beside a constant confidence, and what needs a
person catches (errors flagged, right verdicts flagged), with the trade-off of other `needs_person_below`
values.  The scored split is never read.

    .venv/bin/python bench/calibration.py
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import status_first_runs as first_runs  # noqa: E402

# Every first-run set but those the flag checks were written on.
FIT_SETS = tuple(name for name, _ in first_runs.FIRST_RUNS if name not in first_runs.CHECKS_WRITTEN_ON)
# The last set in the fit of the configured values (4 December 2026, every first run recorded, up to invented168): the
# sets recorded after it in bench/status_first_runs.py's order (new sets are appended at the end of FIRST_RUNS) are
# the check in time of that fit.  (The fits before: 3 December 2026, up to pages14, checked on the 16 sets after it;
# 1 December 2026, checked on the sets after invented29.)
LAST_FIT = "invented168"
# Invented sets written for this work and never fitted (no rule or flag written from them): today's engine
# judging them is their first run while no rule has been written from them.
UNFITTED = ("flags1",)
MIN_RULE = 15          # a rule's own value needs this many verdicts …
RULE_APART = 0.05      # … and a share this far from its basis's


def shrunk(hits: list[bool], pooled: float, k: float) -> float:
    return (sum(hits) + k * pooled) / (len(hits) + k)


def fit(verdicts: list[dict], k: float) -> tuple[dict, dict, dict]:
    """([confidence] by basis, [confidence_rule] by 'Rule/basis', [confidence_flag] by flag) from ``verdicts``."""
    plain = [x for x in verdicts if not x["today_flags"]]
    flagged = [x for x in verdicts if x["today_flags"]]
    p_plain = sum(x["right"] for x in plain) / max(1, len(plain))
    p_flagged = sum(x["right"] for x in flagged) / max(1, len(flagged))
    by_basis, by_rule, by_flag = defaultdict(list), defaultdict(list), defaultdict(list)
    for x in plain:
        by_basis[x["basis"]].append(x["right"])
        by_rule[f"{x['rule']}/{x['basis']}"].append(x["right"])
    for x in flagged:
        for f in x["today_flags"]:
            by_flag[f].append(x["right"])
    basis = {b: shrunk(h, p_plain, k) for b, h in by_basis.items()}
    rule = {r: shrunk(h, basis[r.split("/")[1]], k) for r, h in by_rule.items() if len(h) >= MIN_RULE}
    rule = {r: v for r, v in rule.items() if abs(v - basis[r.split("/")[1]]) >= RULE_APART}
    flag = {f: shrunk(h, p_flagged, k) for f, h in by_flag.items()}
    flag["(any other)"] = p_flagged
    by_flag["(any other)"] = []
    return ({b: (v, len(by_basis[b])) for b, v in basis.items()}, {r: (v, len(by_rule[r])) for r, v in rule.items()},
            {f: (v, len(by_flag[f])) for f, v in flag.items()})


def judge_unfitted(name: str) -> list[dict]:
    """Today's verdicts on an unfitted invented set, in the shape of the first runs (``today_conf`` …)."""
    import json
    from datetime import date

    from luoshi.engine import api

    sys.path.insert(0, str(ROOT / "bench"))
    from status import FORECAST

    out = []
    for it in json.loads((first_runs.LABELS / f"{name}.json").read_text(encoding="utf-8"))["items"]:
        row = api.parse_progress(it["progress"], task=it["task"], row=1)
        a = api.assess_row(row, None, date.fromisoformat(it["as_of"]), targets=api.parse_indicators(it["task"])[0])
        out.append({"label": it["status"], "status": a.status, "basis": a.basis, "rule": a.rule, "set": name,
                    "today_conf": a.confidence, "today_flags": a.flags, "today": a.needs_person,
                    "right": it["status"] == a.status, "forecast": FORECAST.search(it["progress"])})
    return out


BUCKETS = (0.0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01)


def confidence_of(x: dict, basis: dict, rule: dict, flag: dict, caps: dict) -> float:
    """The confidence rules.confidence gives verdict ``x`` (its basis, deciding rule and today's flags) under
    fitted values (``fit``'s shape); a basis never seen without a flag keeps its configured cap."""
    conf = rule[f"{x['rule']}/{x['basis']}"][0] if f"{x['rule']}/{x['basis']}" in rule else \
        basis[x["basis"]][0] if x["basis"] in basis else caps.get(x["basis"], 0.3)
    other = flag["(any other)"][0]
    return round(min([conf, *(flag[f][0] if f in flag else other for f in x["today_flags"])]), 2)


def needs(x: dict, conf: float, cfg: dict, below: float | None = None) -> bool:
    """rules.needs_person on confidence ``conf`` (at ``below`` instead of needs_person_below when given)."""
    t = cfg["thresholds"]
    return conf < (t["needs_person_below"] if below is None else below) or bool(
        set(x["today_flags"]) & set(t["needs_person_flags"]))


def held_out(verdicts: list[dict], fit_on: list[dict], k: float, cfg: dict, key: str) -> None:
    """``x[key]``: each verdict's confidence under values fitted on ``fit_on`` less the verdict's own set."""
    for name in sorted({x["set"] for x in verdicts}):
        values = fit([y for y in fit_on if y["set"] != name], k)
        for x in verdicts:
            if x["set"] == name:
                x[key] = confidence_of(x, *values, cfg["confidence"])


def reliability(title: str, vs: list[dict], key: str = "today_conf", cfg: dict | None = None) -> None:
    """The reliability table of confidences ``x[key]``, and what needs a person catches at them."""
    print(f"\n{title}: {len(vs)} verdicts, {sum(x['right'] for x in vs)} right")
    print(f"  {'confidence':>12}{'verdicts':>10}{'mean conf':>11}{'share right':>13}")
    ece = 0.0
    for lo, hi in zip(BUCKETS, BUCKETS[1:], strict=False):
        group = [x for x in vs if lo <= x[key] < hi]
        if not group:
            continue
        mean = sum(x[key] for x in group) / len(group)
        share = sum(x["right"] for x in group) / len(group)
        ece += abs(mean - share) * len(group) / len(vs)
        print(f"  {lo:5.2f}–{min(hi, 1.0):4.2f}{len(group):10d}{mean:11.2f}{share:13.2f}")
    brier = sum((x[key] - x["right"]) ** 2 for x in vs) / len(vs)
    print(f"  expected calibration error {ece:.3f}, Brier score {brier:.3f} "
          f"(a constant confidence at the share right: {_constant_brier(vs):.3f})")
    flag = (lambda x: x["today"]) if cfg is None else (lambda x: needs(x, x[key], cfg))
    print("  " + _catch(vs, flag))


def _catch(vs: list[dict], flag) -> str:
    wrong = [x for x in vs if not x["right"]]
    right = [x for x in vs if x["right"]]
    flagged = [x for x in vs if flag(x)]
    sure = [x for x in vs if not flag(x)]
    return (f"needs a person on {len(flagged)} of {len(vs)} ({len(flagged) / len(vs):.0%}), catching "
            f"{sum(map(flag, wrong))} of {len(wrong)} errors ({sum(map(flag, wrong)) / max(1, len(wrong)):.0%}), "
            f"flagging {sum(map(flag, right))} of {len(right)} right verdicts "
            f"({sum(map(flag, right)) / max(1, len(right)):.0%}); unflagged right "
            f"{sum(x['right'] for x in sure)}/{len(sure)} = {sum(x['right'] for x in sure) / max(1, len(sure)):.3f}")


def _constant_brier(vs: list[dict]) -> float:
    p = sum(x["right"] for x in vs) / len(vs)
    return p * (1 - p)


def main() -> None:
    from luoshi.engine import rules

    every = first_runs.collect()
    for x in every:
        x["right"] = x["label"] == x["status"]
    fitted = [x for x in every if x["set"] in FIT_SETS]
    looked = [x for x in every if x["set"] not in FIT_SETS]
    cfg = rules.config()
    k = float(cfg["thresholds"]["calibration_prior"])
    by_rule, by_flag = cfg.get("confidence_rule", {}), cfg.get("confidence_flag", {})
    basis, rule, flag = fit(fitted, k)
    print(f"fitted on the first runs of {len(FIT_SETS)} sets ({len(fitted)} verdicts: every set but those the flag "
          f"checks were written on), k = {k:g}; configured beside")
    print(f"  {'basis, no flag':28}{'verdicts':>9}{'fitted':>8}{'configured':>12}")
    for b, (v, n) in sorted(basis.items()):
        print(f"  {b:28}{n:9d}{v:8.2f}{cfg['confidence'].get(b, float('nan')):12.2f}")
    for b in cfg["confidence"]:
        if b not in basis:
            print(f"  {b:28}{0:9d}{'—':>8}{cfg['confidence'][b]:12.2f}   (never without a flag: a cap)")
    print(f"  {'rule/basis, no flag':28}")
    for r, (v, n) in sorted(rule.items()):
        print(f"  {r:28}{n:9d}{v:8.2f}{by_rule.get(r, float('nan')):12.2f}")
    print(f"  {'flag':28}")
    for f, (v, n) in sorted(flag.items(), key=lambda kv: -kv[1][1]):
        unseen = ", ".join(f"{g} {by_flag[g]:.2f}" for g in by_flag if g not in flag)
        configured = f"{by_flag[f]:12.2f}" if f in by_flag else f"   ({unseen})"
        print(f"  {f:28}{n:9d}{v:8.2f}{configured}")
    reliability("the configured values on the sets they are fitted on (in sample)", fitted)
    # Unseen writing: each set given the values fitted on the others.
    held_out(fitted, fitted, k, cfg, "cv_conf")
    reliability("each set given the values fitted on the other sets (leave one set out: the unseen-writing figure)",
                fitted, "cv_conf", cfg)
    order = [name for name, _ in first_runs.FIRST_RUNS]
    upto = order[:order.index(LAST_FIT) + 1]
    earlier = [x for x in fitted if x["set"] in upto]
    later = [x for x in every if x["set"] not in upto]
    values = fit(earlier, k)
    for x in later:
        x["t_conf"] = confidence_of(x, *values, cfg["confidence"])
    if later:
        reliability(f"in time: values fitted on the sets up to {LAST_FIT} ({len(earlier)} verdicts), checked on the "
                    f"{len({x['set'] for x in later})} sets written after it", later, "t_conf", cfg)
    else:
        print(f"\nin time: no set recorded after {LAST_FIT} yet (the next sets' first runs are the check)")
    reliability(f"the sets the flag checks were written on ({', '.join(first_runs.CHECKS_WRITTEN_ON)}): not fitted, "
                f"their flags written on their errors", looked)
    print("\nneeds a person at other needs_person_below values (the flags of needs_person_flags kept), leave one set "
          "out:")
    for below in (0.6, 0.7, 0.8, 0.85, 0.9, 0.95):
        print(f"  {below:4.2f}{'*' if below == cfg['thresholds']['needs_person_below'] else ' '} "
              + _catch(fitted, lambda x, b=below: needs(x, x["cv_conf"], cfg, b)))
    for name in UNFITTED:
        vs = judge_unfitted(name)
        reliability(f"{name} (never fitted: judged by today's engine)", vs)
        forecast = sum(x["status"] == "completed" and x["label"] != "completed" and bool(x["forecast"]) for x in vs)
        print(f"  agreement {sum(x['right'] for x in vs) / len(vs):.3f}, balanced {first_runs.balanced(vs):.3f}; "
              f"forecast read as done {forecast}; errors: " + ", ".join(
                  f"{x['label']}→{x['status']} ({x['rule']}, {'flagged' if x['today'] else 'unflagged'})"
                  for x in vs if not x["right"]))
    print("\nerrors no flag catches, by basis and rule (fitted sets | the sets the checks were written on):")
    for name, vs in (("fitted", fitted), ("checks' sets", looked)):
        missed = Counter(f"{x['rule']}/{x['basis']} {x['label']}→{x['status']}" for x in vs
                         if not x["right"] and not x["today"])
        print(f"  {name}: " + ", ".join(f"{key} {n}" for key, n in missed.most_common()))


if __name__ == "__main__":
    main()

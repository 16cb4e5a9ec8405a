"""Web application latency (ms per request, median of N) and the demo load time.

Runs in-process with Django's test client against a fresh SQLite database in
a temporary LUOSHI_HOME, loaded as bin/demo loads it.  Each page's latency is
also printed as a ratio to the login page measured in the same process (the
baseline: a template and no queries to speak of), so noisy machines compare.

    .venv/bin/python bench/web.py [--repeat 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="luoshi-bench-")
    os.environ["LUOSHI_HOME"] = home
    os.environ.pop("DATABASE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "luoshi.web.settings"
    os.environ.setdefault("LUOSHI_DEBUG", "1")  # as the demo: no secret key or collectstatic needed
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()
    settings.ALLOWED_HOSTS = ["*"]
    call_command("migrate", verbosity=0)
    start = time.perf_counter()
    call_command("load_samples", verbosity=0)
    load = time.perf_counter() - start
    call_command("create_demo_accounts", verbosity=0)
    print(f"load_samples (5 documents → 3 plans, 416 tasks, assessments): {load:.2f} s")

    from luoshi.supervision.models import Plan, ReportingPeriod, Task

    plan = Plan.objects.get(title="上城区2020年政府工作报告重点工作")
    period = ReportingPeriod.objects.get(plan=plan, name="2020年上半年")
    task = Task.objects.filter(plan=plan, assessments__isnull=False).first()
    client = Client()
    client.login(username="office", password="luoshi-demo")
    anonymous = Client()
    pages = [
        ("登录页 login (baseline)", anonymous, "/login/"),
        ("驾驶舱 dashboard", client, f"/dashboard/?plan={plan.pk}&period={period.pk}"),
        ("任务列表 task list", client, f"/tasks/?plan={plan.pk}"),
        ("任务页 task page", client, f"/tasks/{task.pk}/"),
        ("公开页 public page", anonymous, f"/public/plans/{plan.pk}/"),
        ("接口 API tasks (100)", client, f"/api/v1/tasks/?plan={plan.pk}&limit=100"),
        ("导出 tasks.xlsx", client, f"/exports/tasks.xlsx?plan={plan.pk}&period={period.pk}"),
        ("预警灯 warnings", client, f"/warnings/?plan={plan.pk}&period={period.pk}"),
    ]
    base = None
    print(f"{'page':<28}{'median ms':>10}{'ratio':>8}")
    for name, c, url in pages:
        c.get(url)  # warm
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            response = c.get(url)
            times.append((time.perf_counter() - t) * 1000)
            assert response.status_code == 200, (url, response.status_code)
        median = statistics.median(times)
        base = base or median
        print(f"{name:<28}{median:>10.1f}{median / base:>8.1f}")

    from luoshi.supervision.services import bulletins

    t = time.perf_counter()
    content = bulletins.bulletin_content(period)
    html = bulletins.render_html(content)
    mid = time.perf_counter()
    bulletins.render_docx(content)
    docx = time.perf_counter()
    bulletins.render_pdf(content)
    end = time.perf_counter()
    print(f"通报 bulletin: figures+html {1000 * (mid - t):.0f} ms, .docx {1000 * (docx - mid):.0f} ms, "
          f".pdf {1000 * (end - docx):.0f} ms ({len(html)} chars of html)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

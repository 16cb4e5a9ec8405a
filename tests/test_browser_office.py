"""Issue 15's office leftovers in a real browser (Playwright, Debian's chromium), at desktop and
phone width: the office defines a statistics metric that was not one of the old six and the
statistician enters and locks it; the year-end rules form refuses a bad value beside its field
and creates the scheme once corrected; a notice is marked read; a 督办 answer carries a file.
The server is set up as bin/demo sets it up (browser_server.DemoServer).  Screenshots go to a
temporary folder (``pytest -s`` prints it) or to ``$LUOSHI_SCREENSHOTS``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .browser_server import DemoServer, choose, manage, screenshots, served
from .test_responsive import DESKTOP, PHONE, session, sideways


@pytest.fixture(scope="module")
def server(tmp_path_factory, migrated_sqlite):
    with served(DemoServer, tmp_path_factory, migrated_sqlite, "luoshi-office") as srv:
        yield srv


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    with screenshots(tmp_path_factory, "luoshi-office-screenshots") as folder:
        yield folder


def _both_widths(browser, server, shots, username, path, name):
    """The page at desktop and phone width: no sideways scrolling, no script errors."""
    for label, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        context, page, errors = session(browser, server, username, viewport)
        try:
            response = page.goto(server.url + path)
            assert response.status < 400, f"{path}: HTTP {response.status}"
            page.screenshot(path=str(shots / f"{name}-{label}.png"), full_page=True)
            assert sideways(page) <= 1, f"{name} at {label} scrolls sideways by {sideways(page)} px"
            assert not errors, errors
        finally:
            context.close()


def test_office_defines_a_metric_the_statistician_enters_and_locks(server, browser, shots):
    context, page, errors = session(browser, server, "office", DESKTOP)
    page.on("dialog", lambda d: d.accept())
    page.goto(server.url + "/statistics/metrics/")
    with page.expect_navigation():           # the select submits its form on change
        choose(page, "select[name=plan]", "上城区2020年政府工作报告")
    assert "地区生产总值" in page.content()          # the demo's expected targets are metrics already
    page.fill("#id_name", "研发经费投入强度")
    page.fill("#id_unit", "%")
    page.select_option("#id_comparator", ">=")
    page.fill("#id_target_value", "15")
    page.select_option("#id_task", index=3)
    page.click("button:text-is('新增')")
    page.wait_for_load_state()
    assert "已新增统计指标：研发经费投入强度" in page.content()
    page.screenshot(path=str(shots / "office-statistic-metrics.png"), full_page=True)
    plan_url = page.url.removeprefix(server.url)
    context.close()
    assert not errors, errors
    _both_widths(browser, server, shots, "office", plan_url, "office-statistic-metrics-widths")

    context, page, errors = session(browser, server, "stats", DESKTOP)
    page.on("dialog", lambda d: d.accept())
    page.goto(server.url + "/statistics/")
    with page.expect_navigation():
        choose(page, "select[name=period]", "上城区2020年政府工作报告重点工作 · 2020年上半年")
    choose(page, "#id_metric", "研发经费投入强度")
    page.fill("#id_value", "16.2")
    page.click("button:text-is('保存（新版本）')")
    page.wait_for_load_state()
    assert "已录入统计数据" in page.content()
    row = page.locator("tr", has_text="研发经费投入强度")
    assert "≥ 15%" in row.inner_text()
    row.locator("button", has_text="锁定").click()
    page.wait_for_load_state()
    assert "已锁定，生成研判结果 1 条" in page.content()
    page.screenshot(path=str(shots / "stats-entered-and-locked.png"), full_page=True)
    stats_url = page.url.removeprefix(server.url)
    context.close()
    assert not errors, errors
    _both_widths(browser, server, shots, "stats", stats_url, "stats-statistics-widths")


def test_year_end_rules_form_with_errors_and_help(server, browser, shots):
    context, page, errors = session(browser, server, "office", DESKTOP)
    page.goto(server.url + "/yearend/")
    page.click("a.button:has-text('新建考核办法')")
    page.wait_for_load_state()
    assert "按任务权重取平均" in page.content()      # in-app help, not a pointer to a repository file
    choose(page, "#id_plan", "上城区2019")
    page.fill("#id_name", "浏览器测试考核办法")
    page.fill("#id_classes__A__shares__behind", "2")
    page.fill("#id_awards__most_improved_count", "1.5")
    page.click("main form button:has-text('创建')")
    page.wait_for_load_state()
    assert page.locator("#id_classes__A__shares__behind_error, .errorlist").count() >= 2
    assert "请改正下面标出的项" in page.content()
    page.screenshot(path=str(shots / "office-yearend-form-errors.png"), full_page=True)
    page.fill("#id_classes__A__shares__behind", "0.5")
    page.fill("#id_awards__most_improved_count", "2")
    page.click("main form button:has-text('创建')")
    page.wait_for_load_state()
    assert "已创建考核办法" in page.content() and re.search(r"scheme=\d+", page.url)
    page.click("summary:has-text('规则')")
    assert "0.5" in page.locator("table.ye-rules").inner_text()
    page.screenshot(path=str(shots / "office-yearend-created.png"), full_page=True)
    page.click("text=修改规则")
    page.wait_for_load_state()
    edit_url = page.url.removeprefix(server.url)
    context.close()
    assert not errors, errors
    _both_widths(browser, server, shots, "office", edit_url, "office-yearend-edit-widths")


def test_notices_marked_read(server, browser, shots):
    manage(server.env, "shell", "-c", (
        "from django.contrib.auth import get_user_model as g;"
        "from luoshi.supervision.models import Notification as N;"
        "u = g().objects.get(username='reporter');"
        "N.objects.create(key='remind:browser-1', channel='email', recipient=u, address='r@example.org', subject='浏览器提醒一');"
        "N.objects.create(key='remind:browser-2', channel='email', recipient=u, address='r@example.org', subject='浏览器提醒二')"))
    context, page, errors = session(browser, server, "reporter", DESKTOP)
    page.goto(server.url + "/notifications/")
    row = page.locator("tr.n-unread", has_text="浏览器提醒一")
    row.locator("button", has_text="标为已读").click()
    page.wait_for_load_state()
    assert page.locator("tr.n-read", has_text="浏览器提醒一").count() == 1
    assert page.locator("tr.n-unread", has_text="浏览器提醒二").count() == 1
    page.click("button:has-text('全部标为已读')")
    page.wait_for_load_state()
    assert page.locator("tr.n-unread").count() == 0 and "未读 0 条" in page.content()
    page.screenshot(path=str(shots / "reporter-notices-read.png"), full_page=True)
    context.close()
    assert not errors, errors
    _both_widths(browser, server, shots, "reporter", "/notifications/", "reporter-notices-widths")


def test_order_answer_with_a_file(server, browser, shots, tmp_path):
    proof = tmp_path / "整改报告.pdf"
    proof.write_bytes(b"%PDF-1.4 browser proof")
    context, page, errors = session(browser, server, "zhujian", DESKTOP)
    page.goto(server.url + "/todo/")
    order_url = page.locator("#todo-orders a").first.get_attribute("href")
    page.goto(server.url + order_url)
    page.fill("textarea[name=measures]", "已制定整改方案并落实，见附件。")
    page.set_input_files("input[name=attachments]", str(proof))
    page.click("button:has-text('提交反馈')")
    page.wait_for_load_state()
    assert "已提交整改措施" in page.content()
    link = page.locator("ol.trail a", has_text="整改报告.pdf")
    assert link.count() == 1
    with page.expect_download() as download:
        link.click()
    assert Path(download.value.path()).read_bytes() == b"%PDF-1.4 browser proof"
    page.screenshot(path=str(shots / "zhujian-order-answered-with-file.png"), full_page=True)
    context.close()
    assert not errors, errors
    _both_widths(browser, server, shots, "office", order_url, "office-order-with-file-widths")

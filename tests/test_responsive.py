"""Every role's first screens at desktop (1400 px) and phone (390 px) width, and on paper.

Playwright drives Debian's chromium against a server set up as bin/demo sets it
up (the samples, and the demo replayed around today).  At 390 px no page may
scroll sideways: the menu folds behind a button, tables scroll within
themselves or become cards, charts take the width.  Printing hides the menu,
filters and buttons.  Screenshots of both widths and of print go to a
temporary folder whose path the test prints (``pytest -s`` shows it), or to
``$LUOSHI_SCREENSHOTS`` when set.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from .browser_server import DemoServer, screenshots, served, sign_in

DESKTOP = {"width": 1400, "height": 900}
PHONE = {"width": 390, "height": 844}

# (account, path or "@name" resolved in the test, screenshot name)
PAGES = [
    ("reporter", "/todo/", "reporter-worklist"),
    ("reporter", "/portal/", "reporter-portal"),
    ("reporter", "@report", "reporter-report-form"),
    ("zhujian", "@order", "zhujian-order"),
    ("head", "/notifications/", "head-notifications"),
    ("office", "/todo/", "office-worklist"),
    ("office", "/review/", "office-review-queue"),
    ("office", "/tasks/", "office-task-list"),
    ("office", "@task", "office-task-page"),
    ("office", "@task-edit", "office-task-edit"),
    ("office", "@task-split", "office-task-split"),
    ("office", "/withdrawn/", "office-withdrawn"),
    ("office", "/orders/", "office-orders"),
    ("office", "/audit/", "office-audit"),
    ("office", "@bulletin", "office-bulletin"),
    ("leader", "/todo/", "leader-worklist"),
    ("leader", "/dashboard/", "leader-dashboard"),
    ("leader", "/warnings/", "leader-warnings"),
    ("inspector", "/orders/", "inspector-orders"),
    (None, "/public/", "public-home"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory, migrated_sqlite):
    with served(DemoServer, tmp_path_factory, migrated_sqlite, "luoshi-responsive") as srv:
        yield srv


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    with screenshots(tmp_path_factory, "luoshi-screenshots") as folder:
        yield folder


def session(browser, server, username, viewport):
    context = browser.new_context(viewport=viewport, locale="zh-CN")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    if username:
        sign_in(page, server.url, username)
        assert page.url.endswith("/todo/"), f"{username} lands on {page.url}, not the work list"
    return context, page, errors


def resolve(page, server, path: str) -> str:
    """Pages reached through a link on the work list / lists (ids differ from run to run)."""
    if not path.startswith("@"):
        return path
    if path == "@report":
        page.goto(server.url + "/portal/")
        return page.locator("a[href*='/portal/tasks/']").first.get_attribute("href")
    if path == "@order":
        page.goto(server.url + "/todo/")
        return page.locator("#todo-orders a").first.get_attribute("href")
    if path in ("@task", "@task-edit", "@task-split"):
        page.goto(server.url + "/tasks/")
        href = page.locator("#task-table a[href^='/tasks/']").first.get_attribute("href")
        return href + {"@task": "", "@task-edit": "edit/", "@task-split": "split/"}[path]
    if path == "@bulletin":
        page.goto(server.url + "/bulletins/")
        page.select_option("select[name=period]", index=1)
        page.fill("input[name=number]", "演示督通〔2026〕1号")
        page.fill("input[name=issued_on]", date.today().isoformat())
        page.click("main form[method=post] button")
        page.wait_for_load_state()
        assert re.search(r"/bulletins/\d+/", page.url), page.url
        return page.url.removeprefix(server.url)
    raise AssertionError(path)


def sideways(page) -> int:
    """How far the page itself scrolls sideways (tables scroll inside themselves)."""
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


@pytest.mark.parametrize("username, path, name", PAGES, ids=[p[2] for p in PAGES])
def test_pages_at_desktop_and_phone_width(server, browser, shots, username, path, name):
    for label, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        context, page, errors = session(browser, server, username, viewport)
        try:
            url = resolve(page, server, path)
            response = page.goto(server.url + url)
            assert response.status < 400, f"{url}: HTTP {response.status}"
            page.wait_for_load_state("networkidle")
            page.screenshot(path=str(shots / f"{name}-{label}.png"), full_page=True)
            page.screenshot(path=str(shots / f"{name}-{label}-first-screen.png"))
            assert sideways(page) <= 1, f"{name} at {label} scrolls sideways by {sideways(page)} px"
            if label == "phone" and username:
                nav = page.locator("header.top nav")
                assert not nav.is_visible(), "the menu is folded on a phone"
                page.click("label.nav-toggle-label")
                assert nav.is_visible() and nav.locator("a").first.is_visible()
                page.screenshot(path=str(shots / f"{name}-{label}-menu.png"))
            assert not errors, errors
        finally:
            context.close()


def test_phone_charts_take_the_width_and_task_rows_become_cards(server, browser, shots):
    context, page, _errors = session(browser, server, "leader", PHONE)
    page.goto(server.url + "/dashboard/")
    page.wait_for_load_state("networkidle")
    widths = page.evaluate("[...document.querySelectorAll('.chart')].map(e => e.getBoundingClientRect().width)")
    assert widths and min(widths) >= 300, widths  # not squeezed to 160 px
    page.goto(server.url + "/tasks/")
    assert not page.locator("#task-table thead").is_visible()
    cell = page.locator("#task-table tbody td[data-label]").first
    assert page.evaluate("e => getComputedStyle(e, '::before').content", cell.element_handle()).startswith('"')
    context.close()


@pytest.mark.parametrize("username, path, name", [
    ("office", "/tasks/", "print-task-list"), ("office", "@task", "print-task-page"),
    ("office", "/audit/", "print-audit"), ("office", "@bulletin", "print-bulletin"),
])
def test_print_hides_menu_filters_and_buttons(server, browser, shots, username, path, name):
    context, page, _errors = session(browser, server, username, DESKTOP)
    url = resolve(page, server, path)
    page.goto(server.url + url)
    page.emulate_media(media="print")
    assert not page.locator("header.top").is_visible()
    assert all(not b.is_visible() for b in page.locator("main button").all())
    assert all(not f.is_visible() for f in page.locator("form.filters, nav.pager").all())
    page.screenshot(path=str(shots / f"{name}.png"), full_page=True)
    page.pdf(path=str(shots / f"{name}.pdf"), format="A4")
    assert (shots / f"{name}.pdf").stat().st_size > 1000
    context.close()

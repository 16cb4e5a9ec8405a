"""The whole cycle in a real browser (Playwright driving Debian's chromium):

the office imports the samples → a department reporter logs in and submits
progress → the office accepts it → the dashboard shows the new status → the
public page shows it.  Screenshots go to var/test-artifacts/browser/.

The server is a subprocess with its own SQLite database, set up as bin/demo
sets it up but without the samples: the office imports them through the pages.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from .browser_server import ARTIFACTS, ROOT, Server, choose, served

SAMPLES = ROOT / "luoshi" / "samples"
NARRATIVE = "浏览器测试：项目已全面开工，完成年度投资进度的百分之六十。<script>window.__hacked=1</script>"


@pytest.fixture(scope="module")
def server(tmp_path_factory, migrated_sqlite):
    with served(Server, tmp_path_factory, migrated_sqlite, "luoshi-browser", ARTIFACTS) as srv:
        yield srv


class Walk:
    """One person's browser session with numbered screenshots."""

    count = 0

    def __init__(self, browser, server, username: str | None):
        self.context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
        self.page = self.context.new_page()
        self.accept_dialogs = lambda d: d.accept()  # confirmations: accepted unless a test says otherwise
        self.page.on("dialog", self.accept_dialogs)
        self.errors: list[str] = []
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.url = server.url
        if username:
            self.go("/login/")
            self.page.fill("input[name=username]", username)
            self.page.fill("input[name=password]", "luoshi-demo")
            self.page.click("form.card button[type=submit]")
            self.page.wait_for_load_state()
            assert "/login/" not in self.page.url, f"{username} could not log in"

    def go(self, path: str):
        response = self.page.goto(self.url + path)
        assert response.status < 400, f"{path}: HTTP {response.status}"
        return response

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        Walk.count += 1
        self.page.screenshot(path=str(ARTIFACTS / f"{Walk.count:02d}-{name}.png"), full_page=True)

    def close(self) -> None:
        assert not self.errors, f"JavaScript errors: {self.errors}"
        self.context.close()


def _upload(walk: Walk, sample: str, **selects) -> None:
    walk.go("/import/")
    walk.page.set_input_files("input[name=file]", str(SAMPLES / sample))
    for name, value in selects.items():
        if name in ("year", "title"):
            walk.page.fill(f"[name={name}]", value)
        else:
            choose(walk.page, f"select[name={name}]", value)
    walk.page.click("text=上传并预览")
    walk.page.wait_for_load_state()
    # Long imports read in the background; the preview page reloads itself when done.
    walk.page.wait_for_selector("text=确认导入", timeout=120_000)


def test_whole_cycle(server, browser):
    # 1. The office imports the work report as the year's plan, half-yearly.
    office = Walk(browser, server, "office")
    _upload(office, "shangcheng-2020-work-report.txt", year="2020", title="上城区2020年重点工作")
    assert "R1-1-1" in office.page.content()
    office.shot("office-preview-work-report")
    office.page.select_option("select[name=frequency]", value="half_yearly")
    office.page.click("button:has-text('确认导入')")
    office.page.wait_for_load_state()
    office.shot("office-plan-confirmed")

    # ... then the H1 progress table against it: rows land on report tasks.
    _upload(office, "shangcheng-2020-h1-progress.txt", plan="上城区2020年重点工作")
    content = office.page.content()
    assert "确定" in content or "sure" in content
    office.shot("office-preview-progress-links")
    office.page.click("button:has-text('确认导入')")
    office.page.wait_for_load_state()
    new_units = office.page.locator("input[name=confirm_new_units]")
    if new_units.count():  # units the registry does not know yet are created only once confirmed
        new_units.check()
        office.page.click("button:has-text('确认导入')")
        office.page.wait_for_load_state()
    errors = office.page.locator(".msg.error, .errorlist")
    assert not errors.count(), errors.first.inner_text()[:300]

    # ... closes the first half, so departments now report for the second.
    office.go("/periods/")
    row = office.page.locator("tr", has_text="2020年上半年").first
    row.locator("button", has_text="关闭").click()
    office.page.wait_for_load_state()
    office.shot("office-periods")

    # 2. A department reporter submits progress for the open period.
    reporter = Walk(browser, server, "reporter")
    reporter.go("/portal/")
    assert "2020年下半年" in reporter.page.content()
    reporter.shot("reporter-portal")
    reporter.page.locator("a", has_text="填报").first.click()
    reporter.page.wait_for_load_state()
    task_url = reporter.page.url
    reporter.page.fill("textarea[name=narrative]", NARRATIVE)
    reporter.page.click("button[value=submit]")
    reporter.page.wait_for_load_state()
    assert "已提交" in reporter.page.content()
    reporter.shot("reporter-submitted")
    assert reporter.page.evaluate("window.__hacked") is None  # the narrative is text, never script
    reporter.close()

    # 3. The office accepts it and sees the engine's verdict with its evidence.
    office.go("/review/")
    office.shot("office-queue")
    office.page.locator("main table a", has_text="审核").first.click()
    office.page.wait_for_load_state()
    assert "浏览器测试" in office.page.content()
    office.page.click("button[value=accept]")
    office.page.wait_for_load_state()
    content = office.page.content()
    assert "已采纳" in content
    assert "序时进度" in content
    office.shot("office-accepted-assessment")
    assert office.page.evaluate("window.__hacked") is None

    # 3b. The office issues a 督办 order on that task from its page; the unit answers; the office closes it.
    task_pk = re.search(r"/portal/tasks/(\d+)/", task_url).group(1)
    office.go(f"/tasks/{task_pk}/")
    office.page.click("text=下达督办")
    office.page.wait_for_load_state()
    office.page.fill("textarea[name=requirement]", "请于期限内报送加快推进的具体措施。")
    office.page.fill("input[name=deadline]", (date.today() + timedelta(days=30)).isoformat())
    office.page.click("form.order-forms button")
    office.page.wait_for_load_state()
    order_url = office.page.url
    assert "/orders/" in order_url and "已下达" in office.page.content(), office.page.inner_text("main")[:600]

    unit = Walk(browser, server, "reporter")
    unit.page.goto(order_url)
    unit.page.fill("textarea[name=measures]", "已召开专题会议，倒排工期，每周调度。")
    unit.page.click("text=提交反馈")
    unit.page.wait_for_load_state()
    assert "已反馈" in unit.page.content()
    unit.shot("reporter-order-answered")
    unit.close()

    office.page.goto(order_url)
    office.page.click("section.card button:has-text('办结')")
    office.page.wait_for_load_state()
    assert "已办结" in office.page.content()
    office.shot("office-order-closed")

    inspector = Walk(browser, server, "inspector")
    inspector.page.goto(order_url)
    content = inspector.page.content()
    assert "已召开专题会议" in content and "已办结" in content  # the whole trail
    inspector.close()

    # 3c. The office drafts the bulletin of the closed first half, previews and publishes it.
    office.go("/bulletins/")
    choose(office.page, "select[name=period]", "2020年上半年")
    office.page.fill("input[name=number]", "上督通〔2020〕3号")
    office.page.click("text=创建草稿")
    office.page.wait_for_load_state()
    assert "上督通〔2020〕3号" in office.page.content()
    office.page.click("form[action$='publish/'] button")
    office.page.wait_for_load_state()
    office.shot("office-bulletin-published")
    assert "已发布" in office.page.content()
    pdf = office.page.request.get(office.page.url.rstrip("/") + "/pdf/")
    assert pdf.ok and pdf.body()[:4] == b"%PDF"

    # 4. The dashboard counts the new status for the second half.
    office.go("/dashboard/")
    with office.page.expect_navigation():
        choose(office.page, "select[name=plan]", "上城区2020年重点工作")
    if office.page.locator("select[name=period]").count():
        with office.page.expect_navigation():
            choose(office.page, "select[name=period]", "2020年下半年")
    office.page.wait_for_timeout(800)  # let the charts draw before the screenshot
    office.shot("office-dashboard")
    assert "2020年下半年" in office.page.content()

    # 4b. Nothing is public until the office releases it (公开发布): the plan, then each period.
    anonymous = Walk(browser, server, None)
    anonymous.go("/public/")
    assert "上城区2020年重点工作" not in anonymous.page.content()
    anonymous.close()
    office.go("/periods/")
    office.page.locator("section.card", has_text="上城区2020年重点工作").first.locator(
        "button", has_text="公开发布计划").click()
    office.page.wait_for_load_state()
    for name in ("2020年上半年", "2020年下半年"):
        office.page.locator("section.card", has_text="上城区2020年重点工作").first.locator(
            "tr", has_text=name).locator("button", has_text="公开本期进展").click()
        office.page.wait_for_load_state()
    assert office.page.locator("button", has_text="撤回本期公开").count() == 2
    office.shot("office-released")
    office.close()

    # 5. The public page shows the accepted progress, without internal fields.
    public = Walk(browser, server, None)
    public.go("/public/")
    public.page.locator("a", has_text="上城区2020年重点工作").first.click()
    public.page.wait_for_load_state()
    # The page opens on the last closed period; the new progress is in the current one.
    with public.page.expect_navigation():
        choose(public.page, "select[name=period]", "2020年下半年")
    content = public.page.content()
    assert "浏览器测试" in content
    assert "luoshi-demo" not in content and "reporter" not in content
    assert public.page.evaluate("window.__hacked") is None
    public.shot("public-progress")
    public.close()
    assert task_url


def test_accounts_privacy_and_confirmations(server, browser):
    """Issue 14 in the browser: the office creates an account, the new user changes its
    password; a dismissed confirmation changes nothing; a department sees its own rows only."""
    office = Walk(browser, server, "office")
    office.go("/accounts/")
    office.page.fill("input[name=username]", "wangwu")
    office.page.fill("input[name=full_name]", "王五")
    office.page.select_option("select[name=role]", value="reporter")
    choose(office.page, "select[name=organisation]", "区发改经信局")
    office.page.fill("input[name=password]", "Browser-test-pass-1")
    office.page.click("text=创建")
    office.page.wait_for_load_state()
    assert "已创建账号 wangwu" in office.page.content()
    office.shot("office-account-created")

    # The new user logs in and changes the password from the header.
    user = Walk(browser, server, None)
    user.go("/login/")
    user.page.fill("input[name=username]", "wangwu")
    user.page.fill("input[name=password]", "Browser-test-pass-1")
    user.page.click("form.card button[type=submit]")
    user.page.wait_for_load_state()
    user.page.click("text=修改密码")
    user.page.wait_for_load_state()
    user.page.fill("input[name=old_password]", "Browser-test-pass-1")
    user.page.fill("input[name=new_password1]", "Browser-test-pass-2")
    user.page.fill("input[name=new_password2]", "Browser-test-pass-2")
    user.page.click("form.card button[type=submit]")
    user.page.wait_for_load_state()
    assert "密码已修改" in user.page.content()
    # A department sees only its own rows of a progress table (the H1 table names other units too).
    user.go("/")
    user.page.locator("a", has_text="shangcheng-2020-h1-progress").first.click()
    user.page.wait_for_load_state()
    assert "仅显示本单位的行" in user.page.content()
    user.shot("reporter-own-rows-only")
    user.close()

    # The office deactivates the account: the user's next page is the login page.
    office.go("/accounts/")
    office.page.locator("a", has_text="wangwu").click()
    office.page.wait_for_load_state()
    office.page.fill("input[name=reason]", "浏览器测试")
    office.page.click("text=停用账号")
    office.page.wait_for_load_state()
    assert "已停用" in office.page.content()

    # A dismissed confirmation changes nothing: the period stays open.
    dismissing = Walk(browser, server, "office")
    dismissing.page.remove_listener("dialog", dismissing.accept_dialogs)
    asked = []
    dismissing.page.on("dialog", lambda d: (asked.append(d.message), d.dismiss()))
    dismissing.go("/periods/")
    row = dismissing.page.locator("tr", has_text="2020年下半年").first
    row.locator("button", has_text="关闭").click()
    dismissing.page.wait_for_timeout(500)
    assert asked and "确定关闭" in asked[0]
    dismissing.go("/periods/")
    assert dismissing.page.locator("tr", has_text="2020年下半年").first.locator(
        "button", has_text="关闭").count() == 1  # still open
    dismissing.close()
    office.close()

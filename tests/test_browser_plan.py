"""Maintaining a plan after import, in a real browser at desktop width (issue 15 item 5):
the office adds a task, edits it, splits it, withdraws a part and restores it, each with its
reason, and the task page shows the version history.  Playwright drives Debian's chromium;
screenshots go to var/test-artifacts/browser-plan/."""

from __future__ import annotations

import pytest

from .browser_server import ROOT, DemoServer, no_errors, served

ARTIFACTS = ROOT / "var" / "test-artifacts" / "browser-plan"
PLAN = "拱墅区2020年重点工作"


@pytest.fixture(scope="module")
def server(tmp_path_factory, migrated_sqlite):
    with served(DemoServer, tmp_path_factory, migrated_sqlite, "luoshi-browser-plan", ARTIFACTS) as srv:
        yield srv


def shot(pg, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_add_edit_split_withdraw_restore(server, office_page):
    pg = office_page
    # the plan's task list: 新增任务
    pg.goto(server.url + "/tasks/")
    value = pg.eval_on_selector("select[name=plan]", "(s, t) => [...s.options].find(o => o.textContent.includes(t)).value",
                                PLAN)
    pg.select_option("select[name=plan]", value=value)
    pg.wait_for_load_state()
    pg.click("#plan-actions a:has-text('新增任务')")
    pg.wait_for_load_state()
    pg.fill("textarea[name=text]", "新建口袋公园5个，年底前全部开放")
    pg.fill("input[name=lead]", "区发改经信局")
    pg.fill("textarea[name=reason]", "区政府常务会议新增")
    shot(pg, "01-add")
    pg.click("#task-add button[type=submit]")
    pg.wait_for_load_state()
    no_errors(pg)
    assert "N1" in pg.inner_text("h1")
    history = pg.inner_text("#task-history")
    assert "区政府常务会议新增" in history and "第 1 版" in history
    assert "5个" in pg.inner_text("#task-facts") and "5个" in pg.inner_text("table.indicators")
    shot(pg, "02-added")

    # 调整任务: a new text, deadline, weight and a cooperating unit, with the reason
    pg.click("#task-actions a:has-text('调整任务')")
    pg.wait_for_load_state()
    pg.fill("textarea[name=text]", "新建口袋公园6个，年底前全部开放")
    pg.fill("input[name=deadline]", "2020-11-30")
    pg.fill("input[name=weight]", "2")
    pg.fill("input[name=cooperating]", "区住房和城建局")
    pg.fill("textarea[name=reason]", "市里下达指标调整")
    shot(pg, "03-edit")
    pg.click("#task-edit button[type=submit]")
    pg.wait_for_load_state()
    no_errors(pg)
    history = pg.inner_text("#task-history")
    assert "第 2 版" in history and "市里下达指标调整" in history and "区住房和城建局" in history
    assert "权重" in history and "完成时限" in history
    indicators = pg.inner_text("table.indicators")
    assert "6个" in indicators and "5个" not in indicators
    assert "口袋公园6个" in pg.inner_text("h1")  # the page heads with the current target
    shot(pg, "04-edited")

    # 拆分任务 into two
    pg.click("#task-actions a:has-text('拆分任务')")
    pg.wait_for_load_state()
    pg.fill("textarea[name=p1-text]", "新建口袋公园4个（老城片区）")
    pg.fill("textarea[name=p2-text]", "新建口袋公园2个（新城片区）")
    pg.fill("textarea[name=reason]", "按片区分解落实")
    shot(pg, "05-split")
    pg.click("#task-split button[type=submit]")
    pg.wait_for_load_state()
    no_errors(pg)
    assert "N1-1" in pg.inner_text("h1")
    assert "由 N1 拆分而来" in pg.inner_text("#task-history")
    shot(pg, "06-split-part")

    # withdraw this part, find it on 已撤销, restore it with a reason
    part_url = pg.url
    pg.fill("#task-actions input[name=reason]", "与既有任务重复")
    pg.click("#task-actions button:has-text('撤销任务')")
    pg.wait_for_load_state()
    no_errors(pg)
    pg.goto(server.url + "/withdrawn/")
    row = pg.locator("#withdrawn-tasks tr", has_text="与既有任务重复")
    assert row.count() == 1 and row.locator("td").first.inner_text().strip() == "N1-1"
    assert pg.locator("#withdrawn-tasks tr", has_text="按片区分解落实").count() == 1  # the split original
    shot(pg, "07-withdrawn")
    row.locator("input[name=reason]").fill("核实后不重复")
    row.locator("button:has-text('恢复')").click()
    pg.wait_for_load_state()
    no_errors(pg)
    assert pg.url.rstrip("/") == part_url.rstrip("/")
    assert not pg.locator("#task-withdrawn").count()
    history = pg.inner_text("#task-history")
    assert "撤销：与既有任务重复" in history and "恢复：核实后不重复" in history
    shot(pg, "08-restored")

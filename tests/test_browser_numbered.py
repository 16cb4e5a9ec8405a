"""A numbered progress page uploaded through the import page, in a real browser (issue 11 items 5/7): the office
uploads a 督查通报 of numbered rows (1、task / 进展情况： / 责任单位：, no header row) against the 上城 2020 plan,
the preview shows its rows linked to the plan's tasks, the office confirms, and the imported progress opens in
review with its verdict.  Playwright drives Debian's chromium; screenshots go to var/test-artifacts/browser-numbered/."""

from __future__ import annotations

import pytest

from .browser_server import ROOT, DemoServer, no_errors, served

ARTIFACTS = ROOT / "var" / "test-artifacts" / "browser-numbered"
PAGE = ROOT / "tests" / "fixtures" / "numbered" / "labelled.txt"
PLAN = "上城区2020年政府工作报告重点工作"


@pytest.fixture(scope="module")
def server(tmp_path_factory, migrated_sqlite):
    with served(DemoServer, tmp_path_factory, migrated_sqlite, "luoshi-browser-numbered", ARTIFACTS) as srv:
        yield srv


def shot(pg, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_a_numbered_page_is_uploaded_previewed_confirmed_and_reviewed(server, office_page):
    pg = office_page
    pg.goto(server.url + "/import/")
    pg.set_input_files("input[name=file]", str(PAGE))
    value = pg.eval_on_selector("select[name=plan]", "(s, t) => [...s.options].find(o => o.textContent.includes(t)).value",
                                PLAN)
    pg.select_option("select[name=plan]", value=value)
    pg.click("text=上传并预览")
    pg.wait_for_load_state()
    pg.wait_for_selector("text=确认导入", timeout=120_000)
    no_errors(pg)
    content = pg.content()
    # the rows as read, each beside the plan task it links to
    for task in ("改扩绿2万平方米", "完成雨污分流改造街道3个", "续建上教院附小等学校4所"):
        assert task in content
    assert "R4-3-10" in content and "R5-1-6" in content
    shot(pg, "01-preview")
    pg.click("button:has-text('确认导入')")
    pg.wait_for_load_state()
    new_units = pg.locator("input[name=confirm_new_units]")
    if new_units.count():      # units the registry does not know yet are created only once confirmed
        new_units.check()
        pg.click("button:has-text('确认导入')")
        pg.wait_for_load_state()
    no_errors(pg)
    assert "已确认导入" in pg.content()
    shot(pg, "02-confirmed")
    rows = pg.locator("table tr")
    assert "二、社会事业" not in pg.inner_text("main")      # a heading between runs is no row's progress
    assert rows.filter(has_text="R4-3-10").count() == 1 and rows.filter(has_text="R5-1-6").count() == 1

    # the plan's task: the imported progress and the engine's verdict on it
    pg.click(f"a:has-text('{PLAN}')")
    pg.wait_for_load_state()
    pg.goto(pg.url + "&q=R4-3-10")                          # the list's search: 编号或任务内容
    pg.wait_for_load_state()
    pg.locator("tr", has_text="R4-3-10").locator("a").first.click()
    pg.wait_for_load_state()
    no_errors(pg)
    text = "".join(pg.inner_text("main").split())
    assert "已完成改扩绿2.3万平方米" in text and "完成度：115.0%" in text, text[:2000]
    shot(pg, "03-task")

"""Import with preview (导入): upload → what the engine read → correct → confirm.

A corrected work report becomes new target versions; a progress table links
its rows (sure / check / none) and a person re-links one; an award table
becomes honours; the same file twice changes nothing; bad uploads leave
nothing behind; only the office may import."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from luoshi.core.models import AuditEvent, Organisation, SourceDocument
from luoshi.core.services import ImportRefused
from luoshi.supervision.actions import imports as import_actions
from luoshi.supervision.models import (
    Assessment,
    Honour,
    ImportBatch,
    Plan,
    Submission,
    TargetVersion,
    Task,
    TaskLink,
)

from .demo import office_user, sc2020
from .uploads import batch_of

pytestmark = pytest.mark.django_db

OLD = "继续落实减税降费政策,进一步减轻企业税费负担。"
NEW = "继续落实减税降费政策,全年为企业减税降费5亿元以上,进一步减轻企业税费负担。"
SENTENCE_A = "深入开展“全民阅读·书香上城”活动,打造城市书房3处。"


def period_h2():
    return sc2020().periods.get(name="2020年下半年")


def upload(client, name, data, **fields):
    return client.post(reverse("import_start"), {"file": SimpleUploadedFile(name, data), **fields})


def counts():
    return (SourceDocument.objects.count(), ImportBatch.objects.count(), Plan.objects.count(),
            Task.objects.count(), TargetVersion.objects.count(), Submission.objects.count(),
            TaskLink.objects.count(), Honour.objects.count())


def progress_table() -> bytes:
    return ("2020年下半年重点工作进展情况表\n"
            "序号 | 工作任务 | 进展情况 | 责任单位\n"
            f"1 | {OLD} | 全年累计减税降费3.2亿元，已完成。 | 区财政局\n"
            f"2 | {SENTENCE_A} | 已建成城市书房3处，全部开放。 | 区文广旅体局\n"
            "3 | 组织开展全区职工羽毛球比赛 | 比赛已于10月举办。 | 区总工会\n").encode()


# --- a corrected version of the work report ---------------------------------------


def test_corrected_work_report_becomes_new_target_version(office_client, samples):
    plan = sc2020()
    task = plan.tasks.get(code="R1-1-2")
    assert task.target_versions.count() == 1
    data = (samples / "shangcheng-2020-work-report.txt").read_text("utf-8").replace(OLD, NEW).encode()
    before_tasks = plan.tasks.count()
    batch = batch_of(upload(office_client, "上城2020报告-更正.txt", data, year="2020"))
    assert batch.state == "preview" and batch.preview["mode"] == "plan_update"
    assert batch.preview["plan"] == plan.pk
    diff = batch.preview["diff"]
    assert [c["old_code"] for c in diff["changed"]] == ["R1-1-2"]
    assert diff["changed"][0]["text_changed"] and not diff["changed"][0]["units_changed"]
    assert diff["added"] == [] and diff["removed"] == []
    page = office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    assert "全年为企业减税降费5亿元以上" in page and "变更的任务" in page

    response = office_client.post(reverse("import_confirm", args=[batch.pk]), {})
    assert response.status_code == 302
    batch.refresh_from_db()
    assert batch.state == "confirmed"
    versions = list(task.target_versions.order_by("version"))
    assert [v.version for v in versions] == [1, 2]
    assert versions[0].text == OLD and versions[0].reason == ""  # the baseline is intact
    assert versions[1].text == NEW and versions[1].reason == "导入更正版本：上城2020报告-更正.txt"
    assert any(i.value == 5 for i in versions[1].indicators.all())
    assert plan.tasks.count() == before_tasks
    assert plan.documents.filter(pk=batch.document_id).exists()
    assert AuditEvent.objects.filter(action="task.target_change", object_id=str(task.pk)).exists()
    assert AuditEvent.objects.filter(action="import.confirm", object_id=str(batch.pk)).exists()

    # the same corrected file again: "already imported", and confirming changes nothing
    before = counts()
    again = batch_of(upload(office_client, "again.txt", data, year="2020"))
    assert again.preview["already"] is True
    assert "该文件已导入" in office_client.get(reverse("import_preview", args=[again.pk])).content.decode()
    office_client.post(reverse("import_confirm", args=[again.pk]), {})
    assert counts()[2:] == before[2:]
    assert task.target_versions.count() == 2


def test_corrected_version_adds_and_withdraws_tasks(office_client, samples):
    plan = sc2020()
    text = (samples / "shangcheng-2020-work-report.txt").read_text("utf-8")
    removed = plan.tasks.get(code="R1-1-2")
    data = text.replace(OLD, "").encode()
    batch = import_actions.do_start_import(data, "removed.txt", year=2020, acting_user=office_user())
    diff = batch.preview["diff"]
    assert "R1-1-2" in [r["code"] for r in diff["removed"]]
    import_actions.do_confirm_import(batch, {}, acting_user=office_user())
    removed.refresh_from_db()
    assert removed.published is False  # withdrawn, not deleted
    assert AuditEvent.objects.filter(action="task.withdraw", object_id=str(removed.pk)).exists()


def test_corrected_version_with_a_person_changing_the_lead(office_client, samples):
    plan = sc2020()
    task = plan.tasks.get(code="R1-1-2")
    coop = sorted(task.cooperating.values_list("name", flat=True))
    data = (samples / "shangcheng-2020-work-report.txt").read_text("utf-8").replace(OLD, NEW).encode()
    batch = batch_of(upload(office_client, "v2.txt", data, year="2020"))
    page = office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    index = next(i for i, t in enumerate(batch.preview["tasks"]) if t["id"] == "R1-1-2")
    assert f'name="lead-{index}" value="区财政局"' in page  # the plan's units are shown
    response = office_client.post(reverse("import_confirm", args=[batch.pk]), {f"lead-{index}": "区统计局"})
    assert response.status_code == 302
    assert list(task.lead.values_list("name", flat=True)) == ["区统计局"]
    assert sorted(task.cooperating.values_list("name", flat=True)) == coop
    assert task.target_versions.count() == 2
    assert AuditEvent.objects.filter(action="task.units_change", object_id=str(task.pk)).exists()


def test_sample_work_report_again_is_already_imported(office_client, samples):
    before = counts()
    batch = batch_of(upload(office_client, "report.txt", (samples / "shangcheng-2020-work-report.txt").read_bytes()))
    assert batch.preview["already"] is True
    office_client.post(reverse("import_confirm", args=[batch.pk]), {})
    assert counts()[2:] == before[2:]


# --- progress against a plan ---------------------------------------------------------


def test_progress_table_links_relinks_and_confirms(office_client):
    plan, period = sc2020(), period_h2()
    response = upload(office_client, "h2.txt", progress_table(), plan=plan.pk, period=period.pk)
    batch = batch_of(response)
    rows = batch.preview["rows"]
    assert [r["confidence"] for r in rows] == ["sure", "sure", "none"]
    assert rows[0]["link"] == "R1-1-2" and rows[2]["link"] is None
    page = office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    assert "不关联" in page and 'name="link-3"' in page and "2020年下半年" in page

    # the person links row 3 to its first candidate and leaves the others as read
    chosen = rows[2]["candidates"][0]["task_id"]
    before_subs = Submission.objects.filter(period=period).count()
    response = office_client.post(reverse("import_confirm", args=[batch.pk]), {
        "link-1": rows[0]["link"], "link-2": rows[1]["link"], "link-3": chosen})
    assert response.status_code == 302
    subs = Submission.objects.filter(period=period, source_document=batch.document)
    assert subs.count() == 3 == Submission.objects.filter(period=period).count() - before_subs
    assert set(subs.values_list("state", flat=True)) == {"accepted"}
    assert Assessment.objects.filter(submission__in=subs, current=True).count() == 3
    links = {lk.row: lk for lk in TaskLink.objects.filter(document=batch.document, plan=plan)}
    assert links[3].task.code == chosen and links[3].confirmed_by.username == "office"
    assert links[1].task.code == "R1-1-2" and links[1].confirmed_by is None
    assert AuditEvent.objects.filter(action="progress.import", object_id=str(batch.document_id)).exists()

    # the same file again changes nothing
    before = counts()
    again = batch_of(upload(office_client, "h2-again.txt", progress_table(), plan=plan.pk, period=period.pk))
    assert again.preview["already"] is True
    office_client.post(reverse("import_confirm", args=[again.pk]), {"link-3": ""})
    assert counts()[2:] == before[2:]


def test_progress_relink_to_foreign_task_is_refused(office_client):
    plan, period = sc2020(), period_h2()
    batch = batch_of(upload(office_client, "h2.txt", progress_table(), plan=plan.pk, period=period.pk))
    other = Plan.objects.get(year=2019).tasks.first()
    before = counts()
    response = office_client.post(reverse("import_confirm", args=[batch.pk]), {"link-3": other.code + "-nope"})
    assert response.status_code == 400 and "未知任务编号" in response.content.decode()
    assert counts() == before
    batch.refresh_from_db()
    assert batch.state == "preview"


def test_period_of_another_plan_is_a_form_error(office_client):
    other_period = Plan.objects.get(year=2019).periods.first()
    before = counts()
    response = upload(office_client, "h2.txt", progress_table(), plan=sc2020().pk, period=other_period.pk)
    assert response.status_code == 400 and "不属于所选计划" in response.content.decode()
    assert counts() == before


def test_cancel_keeps_nothing_read(office_client):
    batch = batch_of(upload(office_client, "h2.txt", progress_table(), plan=sc2020().pk, period=period_h2().pk))
    response = office_client.post(reverse("import_cancel", args=[batch.pk]))
    assert response.status_code == 302
    batch.refresh_from_db()
    assert batch.state == "cancelled"
    assert not TaskLink.objects.filter(document=batch.document).exists()
    assert office_client.post(reverse("import_confirm", args=[batch.pk])).status_code == 400


# --- .docx and .xlsx ------------------------------------------------------------------


def test_docx_decomposition_table_becomes_a_plan(office_client):
    import docx

    d = docx.Document()
    d.add_paragraph("2021年度重点工作目标任务分解表")
    table = d.add_table(rows=1, cols=5)
    for cell, text in zip(table.rows[0].cells, ["序号", "任务名称", "指标要求", "牵头单位", "配合单位"], strict=True):
        cell.text = text
    for row in (["1", "新建停车泊位", "新建停车泊位300个", "区住房和城建局", "各街道"],
                ["2", "新增城镇就业", "新增城镇就业10000人", "区人力社保局", ""],
                ["3", "<script>alert(1)</script>", "完成1项", "区财政局", ""]):
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    buf = io.BytesIO()
    d.save(buf)
    batch = batch_of(upload(office_client, "分解表.docx", buf.getvalue(), year="2021"))
    assert batch.preview["mode"] == "plan_new" and len(batch.preview["tasks"]) == 3
    page = office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
    t1 = batch.preview["tasks"][0]
    assert t1["lead"] == ["区住房和城建局"] and t1["indicators"][0]["value"] == 300
    # correct: change task 2's lead, exclude the hostile task 3
    response = office_client.post(reverse("import_confirm", args=[batch.pk]), {
        "title": "测试2021计划", "year": "2021", "frequency": "quarterly",
        "lead-1": "区财政局", "exclude-2": "on"})
    assert response.status_code == 302
    plan = Plan.objects.get(title="测试2021计划")
    assert plan.year == 2021 and plan.tasks.count() == 2 and plan.periods.count() == 4
    task2 = plan.tasks.get(code=batch.preview["tasks"][1]["id"])
    assert list(task2.lead.values_list("name", flat=True)) == ["区财政局"]


def test_xlsx_progress_table_imports(office_client):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "工作任务", "进展情况", "责任单位"])
    ws.append([1, OLD, "全年累计减税降费3.2亿元，已完成。", "区财政局"])
    ws.append([2, SENTENCE_A, "已建成城市书房3处。", "区文广旅体局"])
    buf = io.BytesIO()
    wb.save(buf)
    batch = batch_of(upload(office_client, "进展.xlsx", buf.getvalue(), plan=sc2020().pk, period=period_h2().pk))
    assert batch.preview["mode"] == "progress"
    assert [r["confidence"] for r in batch.preview["rows"]] == ["sure", "sure"]
    office_client.post(reverse("import_confirm", args=[batch.pk]), {})
    assert Submission.objects.filter(source_document=batch.document).count() == 2


# --- awards ------------------------------------------------------------------------------


def test_award_table_becomes_honours(office_client):
    text = ("2020 年度上城区获市级先进集体荣誉\n\n"
            "获奖部门\t先进荣誉(称号)\t颁奖单位\t颁奖时间\n"
            "区财政局\t2019年度财政工作先进集体\t杭州市财政局\t2020年3月\n"
            "区统计局\t2019年度统计工作先进集体\t杭州市统计局\t2020年4月\n"
            "杭州某某科技有限公司\t创新企业\t杭州市科技局\t2020年5月\n"
            "区教育局\t<script>alert(1)</script>\t杭州市教育局\t2020年6月\n"
            "区民政局\t2019年度民政工作先进集体\t杭州市民政局\t2020年7月\n").encode()
    batch = batch_of(upload(office_client, "荣誉.txt", text))
    assert batch.preview["mode"] == "awards"
    honours = batch.preview["honours"]
    assert [h["unit"] for h in honours][:2] == ["区财政局", "区统计局"]
    assert honours[0]["organisation"] == "区财政局" and honours[0]["level"] == "city"
    page = office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    assert "&lt;script&gt;" in page and "<script>alert(1)</script>" not in page
    office_client.post(reverse("import_confirm", args=[batch.pk]), {"exclude": [str(honours[2]["row"])]})
    stored = Honour.objects.filter(document=batch.document)
    assert stored.count() == len(honours) - 1
    h = stored.get(unit_name="区财政局")
    assert h.organisation.name == "区财政局" and h.year == 2020 and h.issuer == "杭州市财政局"
    before = counts()
    again = batch_of(upload(office_client, "荣誉-again.txt", text))
    assert again.preview["already"]
    office_client.post(reverse("import_confirm", args=[again.pk]), {})
    assert counts()[2:] == before[2:]


# --- long imports: background reading with progress ---------------------------------------


def test_large_file_is_read_by_background_job_with_status(office_client, django_capture_on_commit_callbacks):
    # The job is enqueued once the upload's transaction commits (on_commit).
    with override_settings(LUOSHI_IMPORT_BACKGROUND_BYTES=10), django_capture_on_commit_callbacks(execute=True):
        response = upload(office_client, "h2.txt", progress_table(), plan=sc2020().pk, period=period_h2().pk)
    batch = batch_of(response)
    # the immediate backend ran the job inline: the batch went reading → preview
    assert batch.state == "preview" and batch.total == 3 and batch.done == 3
    status = office_client.get(reverse("import_status", args=[batch.pk])).json()
    assert status["state"] == "preview" and status["done"] == status["total"] == 3


def test_reading_page_polls_status(office_client):
    batch = batch_of(upload(office_client, "h2.txt", progress_table(), plan=sc2020().pk, period=period_h2().pk))
    ImportBatch.objects.filter(pk=batch.pk).update(state="reading", done=1, total=3)
    page = office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    assert 'id="status-url"' in page and "fetch(url" in page and "1 / 3" in page
    assert office_client.post(reverse("import_confirm", args=[batch.pk])).status_code == 400


def test_background_failure_marks_the_batch(office_client, django_capture_on_commit_callbacks):
    with override_settings(LUOSHI_IMPORT_BACKGROUND_BYTES=10), django_capture_on_commit_callbacks(execute=True):
        batch = import_actions.do_start_import("随便写的一段话，没有任务。".encode(), "x.txt", acting_user=office_user())
    batch.refresh_from_db()
    assert batch.state == "failed" and batch.error
    page = office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    assert "识别失败" in page


# --- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize("name,content,message", [
    ("empty.txt", b"", "文件为空"),
    ("tool.exe", b"MZ\x90\x00" + b"\x00" * 200, "不支持的文件类型"),
    ("binary.txt", bytes(range(256)) * 20, ""),
    ("broken.docx", b"this is not a zip file at all" * 10, ""),
    ("broken.xlsx", b"PK\x03\x04garbage" * 20, ""),
    ("notasks.txt", "今天天气很好。".encode(), ""),
])
def test_bad_upload_is_a_form_error_and_stores_nothing(office_client, name, content, message):
    before = counts() + (AuditEvent.objects.count(),)
    response = upload(office_client, name, content)
    assert response.status_code == 400
    page = response.content.decode()
    assert "errorlist" in page and message in page
    assert counts() + (AuditEvent.objects.count(),) == before


def test_too_big_upload_stores_nothing(office_client, settings):
    settings.LUOSHI_MAX_UPLOAD_BYTES = 100
    before = counts()
    response = upload(office_client, "big.txt", "测试".encode() * 100)
    assert response.status_code == 400 and "文件过大" in response.content.decode()
    assert counts() == before


def test_service_refuses_without_leaving_anything():
    before = counts()
    with pytest.raises(ImportRefused):
        import_actions.do_start_import("今天天气很好。".encode(), "x.txt", acting_user=office_user())
    with pytest.raises(ImportRefused):
        import_actions.do_start_import(b"", "x.txt", acting_user=office_user())
    assert counts() == before


def test_hostile_unit_name_in_correction_is_refused(office_client):
    body = "序号 | 任务名称 | 指标要求 | 牵头单位\n1 | 建设停车泊位 | 300个 | 区住房和城建局\n".encode()
    batch = batch_of(upload(office_client, "t.txt", body, year="2022"))
    before = counts()
    response = office_client.post(reverse("import_confirm", args=[batch.pk]), {
        "title": "x", "year": "2022", "lead-0": "<script>alert(1)</script>"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "无法识别的单位名称" in page and "<script>alert(1)</script>" not in page
    assert counts() == before


# --- roles -----------------------------------------------------------------------------------


@pytest.mark.parametrize("user,expected", [
    (None, 302), ("office", 200), ("reporter", 403), ("leader", 403), ("stats", 403), ("inspector", 403),
])
def test_role_matrix(client, user, expected):
    batch = import_actions.do_start_import(progress_table(), "h2.txt", plan=sc2020(), period=period_h2(),
                                           acting_user=office_user())
    if user:
        assert client.login(username=user, password="luoshi-demo")
    pages = [("get", "import_start"), ("get", "import_preview"), ("get", "import_status")]
    for method, name in pages:
        args = [] if name == "import_start" else [batch.pk]
        response = getattr(client, method)(reverse(name, args=args))
        assert response.status_code == expected, name
        if user is None:
            assert "/login/" in response["Location"]
    before = counts()
    for name in ("import_confirm", "import_cancel"):
        response = client.post(reverse(name, args=[batch.pk]))
        if user is None:
            assert response.status_code == 302 and "/login/" in response["Location"]
        elif user != "office":
            assert response.status_code == 403
    if user != "office":
        assert counts() == before
        batch.refresh_from_db()
        assert batch.state == "preview"
    # an upload by anyone but the office is refused too
    response = client.post(reverse("import_start"), {"file": SimpleUploadedFile("p.txt", progress_table())})
    assert response.status_code in ((302,) if user in (None, "office") else (403,))


def test_unknown_batch_is_404(office_client):
    assert office_client.get(reverse("import_preview", args=[999999])).status_code == 404
    assert office_client.post(reverse("import_confirm", args=[999999])).status_code == 404


def test_a_queued_reading_says_queued_not_zero_of_zero(office_client):
    batch = batch_of(upload(office_client, "h2.txt", progress_table(), plan=sc2020().pk, period=period_h2().pk))
    ImportBatch.objects.filter(pk=batch.pk).update(state="reading", done=0, total=0)
    page = office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    assert "0 / 0" not in page and "已排队，等待后台处理" in page


# --- a preview that scales (issue 15 item 4) ---------------------------------------------


def _two_section_batch(office_client) -> ImportBatch:
    """A decomposition table of four tasks, put in two sections (板块); the third task's lead
    unit is not in the directory."""
    import docx

    d = docx.Document()
    d.add_paragraph("2021年度重点工作目标任务分解表")
    table = d.add_table(rows=1, cols=5)
    for cell, text in zip(table.rows[0].cells, ["序号", "任务名称", "指标要求", "牵头单位", "配合单位"], strict=True):
        cell.text = text
    for row in (["1", "新建停车泊位", "新建停车泊位300个", "区财政局", ""],
                ["2", "新增城镇就业", "新增城镇就业10000人", "区统计局", ""],
                ["3", "建设城市书房", "打造城市书房3处", "区新设测试局", ""],
                ["4", "改造老旧小区", "改造老旧小区10个", "区财政局", ""]):
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    buf = io.BytesIO()
    d.save(buf)
    batch = batch_of(upload(office_client, "分两板块.docx", buf.getvalue(), year="2021"))
    assert batch.preview["mode"] == "plan_new" and len(batch.preview["tasks"]) == 4
    for i, t in enumerate(batch.preview["tasks"]):
        t["part"] = "一、城市建设" if i < 2 else "二、民生保障"
    batch.save(update_fields=["preview"])
    return batch


def test_preview_sections_collapse_and_unit_fields_offer_the_directory(office_client):
    from luoshi.core.models import Organisation

    assert Organisation.objects.filter(name__in=["区财政局", "区统计局"]).count() == 2
    assert not Organisation.objects.filter(name="区新设测试局").exists()
    batch = _two_section_batch(office_client)
    page = office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    # two sections: the one holding the unknown unit is open, the other collapsed
    assert '<details class="section" id="section-0">' in page
    assert '<details class="section" id="section-1" open>' in page
    assert page.count('class="new-name conf-check"') == 1 and "区新设测试局" in page
    # bulk fields per section, confirm at the top and the bottom
    assert 'name="exclude-section-0"' in page and 'name="lead-section-1"' in page
    assert "confirm-top" in page and "confirm-bottom" in page and page.count("确认导入</button>") == 2
    # the unit fields are chosen from the directory
    assert '<datalist id="directory">' in page and '<option value="区统计局">' in page
    assert 'name="lead-0" value="区财政局" size="14" list="directory"' in page


def test_bulk_exclude_and_bulk_lead_unit(office_client):
    batch = _two_section_batch(office_client)
    # the second section (with the unknown unit) is left out whole; the first gets one lead unit
    response = office_client.post(reverse("import_confirm", args=[batch.pk]), {
        "title": "测试分板块计划", "year": "2021", "frequency": "",
        "lead-0": "区财政局", "lead-1": "区统计局", "lead-2": "区新设测试局", "lead-3": "区财政局",
        "exclude-section-1": "on", "lead-section-0": "区统计局"})
    assert response.status_code == 302, response.content.decode()[:3000]
    plan = Plan.objects.get(title="测试分板块计划")
    assert plan.tasks.count() == 2
    for task in plan.tasks.all():
        assert list(task.lead.values_list("name", flat=True)) == ["区统计局"]
    from luoshi.core.models import Organisation

    assert not Organisation.objects.filter(name="区新设测试局").exists()  # excluded: nothing created


def test_a_new_unit_typed_in_a_bulk_field_is_warned_and_not_created_silently(office_client):
    batch = _two_section_batch(office_client)
    response = office_client.post(reverse("import_confirm", args=[batch.pk]), {
        "title": "测试新单位", "year": "2021", "exclude-section-1": "on", "lead-section-0": "区另一新局"})
    assert response.status_code == 400
    page = response.content.decode()
    error = page[page.index('<ul class="errorlist">'):]
    assert error.index("尚未登记") < error.index("区另一新局") < error.index("</ul>")
    # the rows that now name it carry the warning (rows 0 and 1; row 2's section is excluded)
    assert page.count('class="new-name conf-check"') == 2
    assert not Plan.objects.filter(title="测试新单位").exists()



def test_progress_table_naming_new_units_asks_and_takes_the_tick(office_client, samples):
    # A work report's tasks have no units; a progress table's 责任单位 gives them some. New
    # names are listed on the preview with the tick, refused without it, taken with it.
    report = samples / "shangcheng-2020-work-report.txt"
    text = report.read_text(encoding="utf-8").replace("上城区", "示范区")
    plan_batch = batch_of(upload(office_client, "示范区报告.txt", text.encode(), year="2031"))
    assert office_client.post(reverse("import_confirm", args=[plan_batch.pk]), {"frequency": "half_yearly"}).status_code == 302
    plan_batch.refresh_from_db()
    plan = Plan.objects.get(pk=plan_batch.corrections["result"]["plan"])
    period = plan.periods.order_by("end").first()
    h1 = (samples / "shangcheng-2020-h1-progress.txt").read_text(encoding="utf-8")
    table = h1.replace("区", "示范区").replace("上城示范区", "示范区")
    batch = batch_of(upload(office_client, "示范区进展.txt", table.encode(), plan=plan.pk, period=period.pk))
    assert batch.preview["mode"] == "progress"
    page = office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    assert 'name="confirm_new_units"' in page
    orgs = Organisation.objects.count()
    refused = office_client.post(reverse("import_confirm", args=[batch.pk]), {})
    assert refused.status_code == 400 and 'name="confirm_new_units"' in refused.content.decode()
    assert Organisation.objects.count() == orgs
    done = office_client.post(reverse("import_confirm", args=[batch.pk]), {"confirm_new_units": "on"})
    assert done.status_code == 302
    batch.refresh_from_db()
    assert batch.state == "confirmed" and batch.corrections["result"]["new_units"]
    assert Organisation.objects.count() > orgs

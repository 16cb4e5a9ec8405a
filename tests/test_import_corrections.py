"""A correction import (a new version of an imported plan file) against the office's own
corrections (issue 15 item 4): the new file is compared with the task as the office keeps it
and with what the last file said, so a task the office corrected, withdrew, split or added by
hand is neither reverted nor re-added silently; a real conflict is shown and the office chooses."""

import pytest
from django.urls import reverse

from luoshi.core.models import Organisation
from luoshi.supervision.actions import imports as import_actions
from luoshi.supervision.actions import task_edits, withdrawals
from luoshi.supervision.actions.tasks import do_change_task_target
from luoshi.supervision.models import Task
from luoshi.supervision.services.task_edits import TaskChange

from .demo import office_user, sc2020

pytestmark = pytest.mark.django_db

OLD = "继续落实减税降费政策,进一步减轻企业税费负担。"
NEW = "继续落实减税降费政策,全年为企业减税降费5亿元以上,进一步减轻企业税费负担。"
OFFICE = "继续落实减税降费政策,全年为企业减税降费4亿元以上。"
OTHER_OLD = "深入开展“全民阅读·书香上城”活动,打造城市书房3处。"
OTHER_NEW = "深入开展“全民阅读·书香上城”活动,打造城市书房4处。"


def report(samples, *pairs) -> bytes:
    text = (samples / "shangcheng-2020-work-report.txt").read_text("utf-8")
    for old, new in pairs:
        assert old in text
        text = text.replace(old, new)
    return text.encode()


def start(data: bytes, name: str):
    batch = import_actions.do_start_import(data, name, year=2020, acting_user=office_user())
    assert batch.preview["mode"] == "plan_update"
    return batch


def test_a_task_the_office_corrected_is_not_reverted_when_the_file_did_not_change_it(samples):
    task = sc2020().tasks.get(code="R1-1-2")
    do_change_task_target(task, OFFICE, "区长办公会调整", acting_user=office_user())
    batch = start(report(samples, (OTHER_OLD, OTHER_NEW)), "更正-其他.txt")
    diff = batch.preview["diff"]
    assert [k["old_code"] for k in diff["kept"]] == ["R1-1-2"] and diff["kept"][0]["text_kept"]
    assert "R1-1-2" not in [c["old_code"] for c in diff["changed"]] and diff["conflicts"] == []
    assert [c["new_text"] for c in diff["changed"]] == [OTHER_NEW]
    import_actions.do_confirm_import(batch, {}, acting_user=office_user())
    assert task.current_target.text == OFFICE  # the office's correction stands
    other = sc2020().tasks.get(code=diff["changed"][0]["old_code"])
    assert other.current_target.text == OTHER_NEW and other.current_target.document_id == batch.document_id


def test_both_changed_is_a_conflict_the_office_decides(client, samples):
    task = sc2020().tasks.get(code="R1-1-2")
    do_change_task_target(task, OFFICE, "区长办公会调整", acting_user=office_user())
    data = report(samples, (OLD, NEW))
    batch = start(data, "更正-冲突.txt")
    conflicts = batch.preview["diff"]["conflicts"]
    assert [(c["old_code"], c["file_text"], c["old_text"], c["new_text"]) for c in conflicts] == [
        ("R1-1-2", OLD, OFFICE, NEW)]
    assert conflicts[0]["office_reason"] == "区长办公会调整" and conflicts[0]["text_conflict"]
    client.force_login(office_user())
    page = client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    assert "与督查科调整冲突的任务" in page and 'name="choose-R1-1-2"' in page and "区长办公会调整" in page
    # default: the office's version stays
    batch = import_actions.do_confirm_import(batch, {}, acting_user=office_user())
    assert task.current_target.text == OFFICE
    assert batch.corrections["result"]["office_kept"] == 1


def test_choosing_the_file_in_a_conflict_applies_it(client, samples):
    task = sc2020().tasks.get(code="R1-1-2")
    do_change_task_target(task, OFFICE, "区长办公会调整", acting_user=office_user())
    batch = start(report(samples, (OLD, NEW)), "更正-采用文件.txt")
    client.force_login(office_user())
    response = client.post(reverse("import_confirm", args=[batch.pk]), {"choose-R1-1-2": "file"})
    assert response.status_code == 302
    tv = task.current_target
    assert tv.text == NEW and tv.document_id == batch.document_id and tv.facts["file_text"] == NEW
    assert [v.text for v in task.target_versions.order_by("version")] == [OLD, OFFICE, NEW]


def test_a_withdrawn_or_split_task_is_not_readded(samples):
    p = sc2020()
    gone = p.tasks.get(code="R1-1-2")
    withdrawals.do_withdraw_task(gone, "与R1-1-3重复", acting_user=office_user())
    batch = start(report(samples, (OTHER_OLD, OTHER_NEW)), "更正-撤销.txt")
    diff = batch.preview["diff"]
    assert [w["old_code"] for w in diff["withdrawn"]] == ["R1-1-2"] and diff["withdrawn"][0]["reason"] == "与R1-1-3重复"
    assert diff["added"] == []
    before = Task.all_objects.filter(plan=p).count()
    import_actions.do_confirm_import(batch, {}, acting_user=office_user())
    assert Task.all_objects.filter(plan=p).count() == before and not Task.objects.filter(pk=gone.pk).exists()


def test_restoring_a_withdrawn_task_from_the_preview(samples):
    p = sc2020()
    gone = p.tasks.get(code="R1-1-2")
    withdrawals.do_withdraw_task(gone, "误判", acting_user=office_user())
    batch = start(report(samples, (OTHER_OLD, OTHER_NEW)), "更正-恢复.txt")
    import_actions.do_confirm_import(batch, {"restore": ["R1-1-2"]}, acting_user=office_user())
    assert Task.objects.filter(pk=gone.pk).exists()
    assert "更正版本中仍有此任务" in gone.target_versions.order_by("-version").first().reason


def test_split_parts_and_added_tasks_stay_and_the_split_task_is_not_readded(samples):
    p = sc2020()
    task = p.tasks.get(code="R1-1-2")
    lead = [o.name for o in task.lead.all()]
    parts = [TaskChange(text="减税降费（增值税）", lead=lead), TaskChange(text="减税降费（社保费）", lead=lead)]
    made = task_edits.do_split_task(task, parts, "按税种分解", acting_user=office_user())
    added = task_edits.do_add_task(p, TaskChange(text="新增：建设城市大脑应用场景10个",
                                                 lead=[Organisation.objects.first().name]), "常委会新增",
                                   acting_user=office_user())
    batch = start(report(samples, (OTHER_OLD, OTHER_NEW)), "更正-拆分.txt")
    diff = batch.preview["diff"]
    assert [w["old_code"] for w in diff["withdrawn"]] == ["R1-1-2"] and diff["added"] == []
    assert diff["removed"] == [] and set(diff["office_added"]) == {added.code, *(t.code for t in made)}
    import_actions.do_confirm_import(batch, {}, acting_user=office_user())
    assert all(Task.objects.filter(pk=t.pk, published=True).exists() for t in (*made, added))

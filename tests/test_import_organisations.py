"""Organisations are created only when the office confirms an import (issue 13 item 3):
an upload adds none; names are compared after NFKC with invisible and control characters
removed, so a look-alike (区\u200d财政局) is the known unit; a name that is really new is
listed on the preview and created only when a person ticks "确认新建单位"."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from luoshi.core.models import AuditEvent, Organisation
from luoshi.engine.orgs import Registry, clean_name
from luoshi.supervision.models import Plan

from .uploads import start_import

pytestmark = pytest.mark.django_db

NEW_UNIT = "区数据资源示范局"


def table(*units: str) -> bytes:
    rows = "".join(f"{i} | 建设示范项目{i}处 | {i}个 | {u}\n" for i, u in enumerate(units, 1))
    return ("2031年目标任务分解表\n序号 | 任务名称 | 指标要求 | 牵头单位\n" + rows).encode()


def start(client, data, name="分解表.txt"):
    return start_import(client, name, data, year="2031")


@pytest.mark.parametrize("written", [
    "区\u200d财政局", "区财政局\u200b", "\ufeff区财政局", "区\u2060财政局", "区财\u00ad政局", "区财\x07政局",
    "区财政局\u200e", " 区财政局 ",
])
def test_look_alike_names_are_the_known_unit(written):
    reg = Registry.default()
    assert reg.normalise(written) == "区财政局"
    assert clean_name(written) == "区财政局"


def test_nfkc_folds_compatibility_forms():
    assert clean_name("区财政局（Ｂ）") == "区财政局(B)"
    assert clean_name("第①组") == "第1组"


def test_an_upload_creates_no_organisation(office_client):
    before = set(Organisation.objects.values_list("name", flat=True))
    batch = start(office_client, table(NEW_UNIT, "区\u200d财政局"))
    assert batch.state == "preview"
    assert set(Organisation.objects.values_list("name", flat=True)) == before
    assert not AuditEvent.objects.filter(action="organisation.create", detail__name=NEW_UNIT).exists()
    # the plain document upload neither
    office_client.post(reverse("upload"), {"file": SimpleUploadedFile("另一表.txt", table("区另一示范局"))})
    assert set(Organisation.objects.values_list("name", flat=True)) == before


def test_preview_lists_new_names_and_confirm_needs_a_person(office_client):
    batch = start(office_client, table(NEW_UNIT, "区\u200d财政局"))
    departments = {d["name"]: d["known"] for d in batch.preview["departments"]}
    assert departments == {NEW_UNIT: False, "区财政局": True}
    page = office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    assert "确认新建单位" in page and NEW_UNIT in page

    plans = Plan.objects.count()
    refused = office_client.post(reverse("import_confirm", args=[batch.pk]), {})
    assert refused.status_code == 400
    assert "尚未登记" in refused.content.decode() and NEW_UNIT in refused.content.decode()
    assert not Organisation.objects.filter(name=NEW_UNIT).exists() and Plan.objects.count() == plans
    batch.refresh_from_db()
    assert batch.state == "preview"

    done = office_client.post(reverse("import_confirm", args=[batch.pk]), {"confirm_new_units": "on"})
    assert done.status_code == 302
    batch.refresh_from_db()
    assert batch.state == "confirmed" and batch.corrections["result"]["new_units"] == [NEW_UNIT]
    org = Organisation.objects.get(name=NEW_UNIT)
    assert AuditEvent.objects.filter(action="organisation.create", object_id=str(org.pk), actor_name="office").exists()
    plan = Plan.objects.get(pk=batch.corrections["result"]["plan"])
    leads = sorted(n for t in plan.tasks.all() for n in t.lead.values_list("name", flat=True))
    assert leads == sorted([NEW_UNIT, "区财政局"])
    assert [o.name for o in Organisation.objects.all() if clean_name(o.name) == "区财政局"] == ["区财政局"]


def test_only_known_units_need_no_tick(office_client):
    batch = start(office_client, table("区财政局", "区\u200d统计局"), name="已知单位.txt")
    assert all(d["known"] for d in batch.preview["departments"])
    assert office_client.post(reverse("import_confirm", args=[batch.pk]), {}).status_code == 302

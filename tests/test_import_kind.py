"""A progress table uploaded without a plan (issue 15 item 4): the preview asks which plan it
reports on instead of making a bogus plan of it; the office chooses the plan (and period), or
says it is a plan document after all."""

import pytest
from django.urls import reverse

from luoshi.core.services import ImportRefused
from luoshi.supervision.actions import imports as import_actions
from luoshi.supervision.models import ImportBatch, Plan, Submission

from .demo import sc2020
from .uploads import start_import

pytestmark = pytest.mark.django_db

OLD = "继续落实减税降费政策,进一步减轻企业税费负担。"
SENTENCE_A = "深入开展“全民阅读·书香上城”活动,打造城市书房3处。"


def table() -> bytes:
    return ("2020年下半年重点工作进展情况表\n"
            "序号 | 工作任务 | 进展情况 | 责任单位\n"
            f"1 | {OLD} | 全年累计减税降费3.2亿元，已完成。 | 区财政局\n"
            f"2 | {SENTENCE_A} | 已建成城市书房3处，全部开放。 | 区文广旅体局\n").encode()


def upload(client) -> ImportBatch:
    return start_import(client, "无计划进展.txt", table())


def test_a_progress_table_without_a_plan_asks_which_plan(office_client):
    plans = Plan.objects.count()
    batch = upload(office_client)
    assert batch.preview["mode"] == "kind_check"
    assert sc2020().pk in [p["id"] for p in batch.preview["plans"]]
    assert batch.preview["suggested"] == Plan.objects.filter(year=2020).order_by("-created_at", "-pk").first().pk
    page = office_client.get(reverse("import_preview", args=[batch.pk])).content.decode()
    assert "这看起来是一份进展情况表——要关联到哪个计划？" in page and 'id="kind-progress"' in page
    assert "确认导入</button>" not in page  # nothing to confirm until the kind is settled
    with pytest.raises(ImportRefused, match="请先确认文件类型"):
        import_actions.do_confirm_import(batch, {}, acting_user=batch.created_by)
    refused = office_client.post(reverse("import_confirm", args=[batch.pk]), {})
    assert refused.status_code == 400 and Plan.objects.count() == plans


def test_choosing_the_plan_links_its_rows_and_confirms(office_client):
    plan = sc2020()
    period = plan.periods.get(name="2020年下半年")
    batch = upload(office_client)
    response = office_client.post(reverse("import_kind", args=[batch.pk]), {"plan": plan.pk, "period": period.pk})
    assert response.status_code == 302
    batch.refresh_from_db()
    assert batch.preview["mode"] == "progress" and batch.plan == plan and batch.period == period
    assert [r["link"] for r in batch.preview["rows"]][0] == "R1-1-2"
    before = Submission.objects.count()
    office_client.post(reverse("import_confirm", args=[batch.pk]), {"confirm_new_units": "on"})
    batch.refresh_from_db()
    assert batch.state == "confirmed" and Submission.objects.count() > before
    assert Plan.objects.filter(documents=batch.document).count() == 0  # no plan made of it


def test_a_period_of_another_plan_or_no_choice_is_refused(office_client):
    batch = upload(office_client)
    other = Plan.objects.exclude(pk=sc2020().pk).filter(periods__isnull=False).first()
    with pytest.raises(ImportRefused):
        import_actions.do_choose_import_kind(batch, sc2020(), other.periods.first(), acting_user=batch.created_by)
    with pytest.raises(ImportRefused):
        import_actions.do_choose_import_kind(batch, None, None, acting_user=batch.created_by)
    batch.refresh_from_db()
    assert batch.preview["mode"] == "kind_check"


def test_the_office_may_read_it_as_a_plan_document(office_client):
    batch = upload(office_client)
    office_client.post(reverse("import_kind", args=[batch.pk]), {"as_plan": "1"})
    batch.refresh_from_db()
    assert batch.preview["mode"] in ("plan_new", "progress_plan", "plan_update") and batch.preview["tasks"]

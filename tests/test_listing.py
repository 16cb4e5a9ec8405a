"""Lists (列表): the declarative helper (sort, filter, page) and the pages that use it."""

from __future__ import annotations

import pytest
from django.test import RequestFactory
from django.urls import reverse

from luoshi.core import listing
from luoshi.core.models import AuditEvent
from luoshi.supervision.models import Task

from .demo import login

pytestmark = pytest.mark.django_db

TASKS = listing.Listing(
    columns=[listing.Column("code", "编号", ("order", "pk")), listing.Column("name", "任务", ("name", "pk")),
             listing.Column("lead", "牵头单位")],
    filters=[listing.Filter("kind", "类别", "kind", choices=Task.KIND_CHOICES),
             listing.Filter("since", "起始", "created_at__date__gte", kind="date")],
    default_sort="code", search=("name", "text"), page_size=10)


def apply(query: dict):
    return TASKS.apply(RequestFactory().get("/", query), Task.objects.all())


@pytest.mark.parametrize("query, sort", [
    ({}, "code"), ({"sort": "-name"}, "-name"), ({"sort": "lead"}, "code"),  # not sortable
    ({"sort": "password"}, "code"), ({"sort": "--code"}, "code"),
])
def test_only_declared_sortable_columns_sort(query, sort):
    assert apply(query).sort == sort


def test_sort_filter_search_and_page():
    r = apply({"sort": "-code", "kind": "livelihood", "page": "2"})
    assert r.page.number == 2 and r.page.paginator.count == Task.objects.filter(kind="livelihood").count()
    assert all(t.kind == "livelihood" for t in r.rows)
    orders = [t.order for t in apply({"sort": "-code", "kind": "livelihood"}).rows]
    assert orders == sorted(orders, reverse=True)
    # A header of the sorted column reverses it and keeps the filters; an unknown value is ignored.
    header = next(h for h in r.headers if h.column.key == "code")
    assert header.direction == "desc" and "sort=code" in header.url and "kind=livelihood" in header.url
    assert apply({"kind": "<script>"}).active == {} and apply({"since": "2020-13-01"}).active == {}
    assert apply({"page": "999999"}).page.number == apply({}).page.paginator.num_pages
    found = apply({"q": "电梯"})
    assert found.page.paginator.count and all("电梯" in (t.name + t.text) for t in found.rows)


def test_audit_log_filters_pages_and_reads_in_words(client):
    login(client, "office")
    page = client.get(reverse("audit")).content.decode()
    assert "新建年度计划" in page and "{'" not in page and "共" in page
    r = client.get(reverse("audit"), {"action": "plan.create", "sort": "at"})
    assert r.status_code == 200
    events = list(r.context["listing"].rows)
    assert events and {e.action for e in events} == {"plan.create"} and events[0].id < events[-1].id
    assert "名称" in r.content.decode() or "标题" in r.content.decode()
    assert r.context["listing"].page.paginator.per_page == 50
    total = AuditEvent.objects.count()
    assert client.get(reverse("audit")).context["listing"].page.paginator.count == total
    assert client.get(reverse("audit"), {"until": "1999-01-01"}).context["listing"].page.paginator.count == 0
    assert client.get(reverse("audit"), {"action": "x' OR 1=1", "page": "-3"}).status_code == 200


def test_task_list_sorts_and_searches_every_plan(client):
    login(client, "office")
    r = client.get(reverse("task_list"), {"q": "电梯"})
    assert r.context["plan"] is None
    plans = {row["task"].plan_id for row in r.context["rows"]}
    assert len(plans) > 1  # the same words in the 2019 and 2020 plans
    r = client.get(reverse("task_list"), {"sort": "-deadline"})
    assert r.status_code == 200 and 'class="sort sorted-desc"' in r.content.decode()


def test_orders_list_sorts(client):
    login(client, "office")
    r = client.get(reverse("orders"), {"sort": "unit"})
    assert r.status_code == 200 and r.context["sort"] == "unit"
    assert client.get(reverse("orders"), {"sort": "requirement"}).context["sort"] == "-issued"

"""The review queue's unit filter (报送单位): with a plan chosen it lists the units of that plan's tasks
(lead or cooperating) that have reported, not every unit that ever reported in any plan."""

from __future__ import annotations

import pytest
from django.urls import reverse

from luoshi.core.models import Organisation
from luoshi.supervision.forms import QueueFilterForm
from luoshi.supervision.models import Plan, Submission, Task

pytestmark = pytest.mark.django_db


def _units_of(plan: Plan) -> set[str]:
    return set(Organisation.objects.filter(pk__in=[
        *Task.lead.through.objects.filter(task__plan=plan).values_list("organisation_id", flat=True),
        *Task.cooperating.through.objects.filter(task__plan=plan).values_list("organisation_id", flat=True)])
        .values_list("name", flat=True))


def test_a_chosen_plan_lists_its_own_units(client):
    reported = set(Organisation.objects.filter(submissions__isnull=False).values_list("name", flat=True))
    everyone = {o.name for o in QueueFilterForm().fields["organisation"].queryset}
    assert everyone == reported                  # no plan chosen: every unit that reported, as before
    plans = [p for p in Plan.objects.all() if _units_of(p) & reported]
    assert plans, "the demo data has a plan with reported units"
    narrowed = []
    for plan in plans:
        listed = {o.name for o in QueueFilterForm({"plan": str(plan.pk)}).fields["organisation"].queryset}
        assert listed == _units_of(plan) & reported
        narrowed.append(listed < everyone)
    assert any(narrowed)                         # the demo's plans have units of their own
    # a plan and a unit outside it: refused as a choice, the page still answers
    outsider = Organisation.objects.exclude(name__in=_units_of(plans[0])).filter(
        pk__in=Submission.objects.values("organisation")).first()
    if outsider is not None:
        form = QueueFilterForm({"plan": str(plans[0].pk), "organisation": str(outsider.pk)})
        assert not form.is_valid() and "organisation" in form.errors
    assert client.login(username="office", password="luoshi-demo")
    assert client.get(reverse("review_queue"), {"plan": str(plans[0].pk)}).status_code == 200
    assert client.get(reverse("review_queue"), {"plan": "x"}).status_code == 200

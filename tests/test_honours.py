"""Honours (荣誉表彰) from the yearbook's award tables."""

import pytest

from luoshi.core.models import SourceDocument
from luoshi.supervision.actions import honours as honour_actions
from luoshi.supervision.models import Honour
from luoshi.supervision.services import honours

pytestmark = pytest.mark.django_db


@pytest.fixture
def yearbook():
    return SourceDocument.objects.get(name="shangcheng-yearbook-awards-and-plans.txt")


def test_honours_from_the_yearbook(yearbook):
    made = honour_actions.do_import_honours(yearbook, acting_user=None)
    assert len(made) > 100
    levels = {h.level for h in made}
    assert {"national", "provincial", "city", "district"} <= levels
    matched = [h for h in made if h.organisation_id]
    assert len(matched) > 20
    assert all(h.organisation.kind in ("department", "street") for h in matched)
    assert all(h.unit_name for h in made)


def test_levels_and_years_inferred(yearbook):
    made = honour_actions.do_import_honours(yearbook, acting_user=None)
    by_issuer = {h.issuer: h for h in made if h.issuer}
    assert by_issuer["浙江省财政厅"].level == "provincial"
    assert by_issuer["教育部"].level == "national"
    assert by_issuer["杭州市人民政府办公厅"].level == "city"
    winners = [h for h in made if h.category == "综合考评优胜单位"]
    assert winners and all(h.level == "district" and h.year == 2017 for h in winners)
    assert any(h.organisation and h.organisation.name == "区教育局" for h in winners)
    # 望江街道 is the registry's 望江街道办事处
    assert any(h.organisation and h.organisation.name.startswith("望江街道") for h in winners)
    personal = [h for h in made if h.category == honours.PERSONAL]
    assert personal and all("（" in h.honour for h in personal)


def test_companies_are_not_departments(yearbook):
    made = honour_actions.do_import_honours(yearbook, acting_user=None)
    assert not any(h.organisation for h in made if "有限公司" in h.unit_name)


def test_idempotent(yearbook):
    first = honour_actions.do_seed_honours(acting_user=None)
    count = Honour.objects.count()
    second = honour_actions.do_seed_honours(acting_user=None)
    assert Honour.objects.count() == count
    assert sorted(h.pk for h in first) == sorted(h.pk for h in second)


def test_the_import_screen_and_seeding_give_every_row_the_same_fields(yearbook):
    """One rule: the import preview of the yearbook and the honours seeding stores agree on every
    row (they once inferred level and year apart and disagreed on 17 rows)."""
    from luoshi.supervision.models import ImportBatch
    from luoshi.supervision.services.imports import awards_preview

    preview = awards_preview(ImportBatch(document=yearbook), lambda *a: None)["honours"]
    stored = {h.row: h for h in honour_actions.do_import_honours(yearbook, acting_user=None)}
    assert len(preview) == len(stored) > 100
    fields = ("unit_name", "honour", "issuer", "category", "level", "year", "organisation_id")
    shown = [(h["unit"], h["honour"], h["issuer"], h["category"], h["level"], h["year"], h["organisation_id"])
             for h in preview]
    assert shown == [tuple(getattr(stored[h["row"]], f) for f in fields) for h in preview]
    assert {h["level"] for h in preview if "浙江省文明单位" in h["honour"]} == {"provincial"}

"""URLs of the bulletins (督察通报) and warning-light (预警灯) areas."""

from django.urls import path

from ..views import bulletins, warnings

urlpatterns = [
    path("bulletins/", bulletins.bulletins, name="bulletins"),
    path("bulletins/<int:pk>/", bulletins.bulletin_detail, name="bulletin_detail"),
    path("bulletins/<int:pk>/edit/", bulletins.bulletin_edit, name="bulletin_edit"),
    path("bulletins/<int:pk>/publish/", bulletins.bulletin_publish, name="bulletin_publish"),
    path("bulletins/<int:pk>/docx/", bulletins.bulletin_docx, name="bulletin_docx"),
    path("bulletins/<int:pk>/pdf/", bulletins.bulletin_pdf, name="bulletin_pdf"),
    path("bulletins/<int:pk>/html/", bulletins.bulletin_html, name="bulletin_html"),
    path("warnings/", warnings.warnings, name="warnings"),
    path("warnings/rules/", warnings.warning_rules, name="warning_rules"),
    path("warnings/rules/<int:pk>/", warnings.warning_rule_edit, name="warning_rule_edit"),
]

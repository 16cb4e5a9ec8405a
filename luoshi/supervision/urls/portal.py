"""URLs of the portal area (filled by its module)."""

urlpatterns: list = []

"""URLs of the dashboard area (filled by its module)."""

urlpatterns: list = []

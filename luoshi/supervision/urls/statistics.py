"""URLs of the statistics area (filled by its module)."""

urlpatterns: list = []

"""URLs of the exports area (filled by its module)."""

urlpatterns: list = []

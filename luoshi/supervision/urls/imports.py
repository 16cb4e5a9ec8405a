"""URLs of the imports area (filled by its module)."""

urlpatterns: list = []

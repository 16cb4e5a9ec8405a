"""URLs of the yearend area (filled by its module)."""

urlpatterns: list = []

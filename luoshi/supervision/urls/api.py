"""URLs of the api area (filled by its module)."""

urlpatterns: list = []

"""URLs of the public area (filled by its module)."""

urlpatterns: list = []

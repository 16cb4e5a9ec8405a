"""URLs of the orders area (filled by its module)."""

urlpatterns: list = []

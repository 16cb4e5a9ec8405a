"""URLs of the review area (filled by its module)."""

urlpatterns: list = []

"""URLs of the bulletins area (filled by its module)."""

urlpatterns: list = []

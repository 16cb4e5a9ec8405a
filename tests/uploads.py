"""Uploads on the import page as the import tests make them: the file posted to import_start and the
batch its preview shows."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from luoshi.supervision.models import ImportBatch


def batch_of(response) -> ImportBatch:
    """The import batch an upload made: the upload must have redirected to its preview (the page's
    content, with its form errors, is the failure's message otherwise)."""
    assert response.status_code == 302, response.content.decode()[:2000]
    return ImportBatch.objects.get(pk=int(response["Location"].rstrip("/").split("/")[-1]))


def start_import(client, name: str, data: bytes, **fields) -> ImportBatch:
    """Upload ``data`` as a file called ``name`` on the import page, with the form's other fields
    (year, plan, period) as given, and return the batch whose preview it opens."""
    return batch_of(client.post(reverse("import_start"), {"file": SimpleUploadedFile(name, data), **fields}))

"""The job row's whole-file column, emptied into ExportChunk by 0023 (a separate migration:
PostgreSQL refuses to alter a table with the pieces' foreign-key checks still pending)."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('supervision', '0023_export_chunks'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='exportjob',
            name='content',
        ),
    ]

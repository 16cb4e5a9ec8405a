"""Background exports' files in pieces (ExportChunk, about 1 MB each) instead of one bytea in
the job's row (issue 16): an existing finished file is moved into pieces here, one job at a
time; 0024 then drops the column.  Backwards, the pieces are joined into the column again."""

import django.db.models.deletion
from django.db import migrations, models

CHUNK_BYTES = 2**20   # ExportChunk.CHUNK_BYTES when this was written


def to_chunks(apps, schema_editor):
    ExportJob = apps.get_model("supervision", "ExportJob")
    ExportChunk = apps.get_model("supervision", "ExportChunk")
    for pk in ExportJob.objects.exclude(content=None).order_by("pk").values_list("pk", flat=True):
        data = bytes(ExportJob.objects.filter(pk=pk).values_list("content", flat=True).get())  # one file at a time
        for seq, at in enumerate(range(0, len(data), CHUNK_BYTES)):
            ExportChunk.objects.create(job_id=pk, seq=seq, data=data[at:at + CHUNK_BYTES])
        ExportJob.objects.filter(pk=pk).update(size=len(data))


def from_chunks(apps, schema_editor):
    ExportJob = apps.get_model("supervision", "ExportJob")
    ExportChunk = apps.get_model("supervision", "ExportChunk")
    for pk in ExportChunk.objects.order_by("job_id").values_list("job_id", flat=True).distinct():
        pieces = ExportChunk.objects.filter(job_id=pk).order_by("seq").values_list("data", flat=True)
        ExportJob.objects.filter(pk=pk).update(content=b"".join(bytes(p) for p in pieces))
    # an expired job has no file left, which the code before this migration cannot show
    ExportJob.objects.filter(state="expired").update(state="failed", error="文件已过期删除")


class Migration(migrations.Migration):

    dependencies = [
        ('supervision', '0022_review_indexes'),
    ]

    operations = [
        migrations.AddField(
            model_name='exportjob',
            name='expired_at',
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AlterField(
            model_name='exportjob',
            name='size',
            field=models.BigIntegerField(default=0),
        ),
        migrations.AlterField(
            model_name='exportjob',
            name='state',
            field=models.CharField(choices=[('queued', '排队中'), ('running', '生成中'), ('done', '已完成'), ('failed', '失败'), ('expired', '已过期')], default='queued', max_length=10),
        ),
        migrations.CreateModel(
            name='ExportChunk',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('seq', models.PositiveIntegerField()),
                ('data', models.BinaryField()),
                ('job', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='chunks', to='supervision.exportjob')),
            ],
            options={
                'constraints': [models.UniqueConstraint(fields=('job', 'seq'), name='export_chunk_job_seq')],
            },
        ),
        migrations.RunPython(to_chunks, from_chunks),
    ]

"""``manage.py recover_jobs``: retry or fail the background jobs whose worker died
(luoshi/core/jobs.py), and say which.  The workers do this themselves when they start and
every half lease; this is for a machine whose workers are all stopped, or a cron job."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from luoshi.core.actions.jobs import recover


class Command(BaseCommand):
    help = "Retry or fail background jobs whose worker died (LUOSHI_JOB_LEASE_SECONDS, LUOSHI_JOB_MAX_ATTEMPTS)"

    def handle(self, *args, **options):
        recovered = recover()
        for job, outcome in recovered:
            self.stdout.write(f"{job.id} {job.task_path} {job.reason}: {outcome}")
        self.stdout.write(f"{len(recovered)} lost job(s) recovered")

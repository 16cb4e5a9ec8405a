"""Enqueue the reminder job (催报提醒): run it from cron, e.g. every morning."""

from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django_tasks import TaskResultStatus

from luoshi.supervision.services.reminders import Summary
from luoshi.supervision.tasks import send_reminders_job


class Command(BaseCommand):
    help = "发送报送提醒、逾期催报、升级提醒和状态变化通知 (enqueue the reminder job)"

    def add_arguments(self, parser):
        parser.add_argument("--date", help="按该日期计算（YYYY-MM-DD），默认今天 (compute as of this day)")

    def handle(self, *args, **options):
        day = options.get("date")
        if day:
            try:
                date.fromisoformat(day)
            except ValueError as e:
                raise CommandError(f"日期格式不正确（应为 YYYY-MM-DD）：{day}") from e
        result = send_reminders_job.enqueue(day)
        if result.status == TaskResultStatus.SUCCESSFUL:
            self.stdout.write(Summary(**result.return_value).line())
        elif result.status == TaskResultStatus.FAILED:
            raise CommandError(f"提醒任务失败：{'; '.join(str(e.traceback).splitlines()[-1] for e in result.errors)}")
        else:
            self.stdout.write(f"提醒任务已加入后台队列（编号 {result.id}），由 db_worker 执行。")

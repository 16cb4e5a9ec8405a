"""manage.py verify_audit: check the audit log's chain, head and anchors; name the first broken link."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from luoshi.core import audit


class Command(BaseCommand):
    help = "校验审计日志 (verify the audit log): every keyed hash, every link, the head and the anchors."

    def add_arguments(self, parser):
        parser.add_argument("--anchor", action="store_true",
                            help="校验通过后写入锚点 (after a clean check, append the head to the anchor file)")
        parser.add_argument("--json", action="store_true", help="JSON 输出 (print the result as JSON)")

    def handle(self, *args, **options):
        result = audit.verify()
        if options["json"]:
            self.stdout.write(json.dumps(result.to_json(), ensure_ascii=False))
        elif result.ok:
            self.stdout.write(f"审计日志完好 (audit log intact): {result.count} 条事件 (events), "
                              f"{result.anchors} 个锚点 (anchors), 链头 (head) {result.head_hash[:16]}")
        else:
            first = result.first
            self.stdout.write(f"审计日志被改动 (audit log broken): {len(result.breaks)} 处; "
                              f"第一处 (first): {first.message}")
        if not result.ok:
            raise CommandError("审计日志校验失败 (audit log verification failed)", returncode=1)
        if options["anchor"]:
            anchor = audit.write_anchor()
            if not options["json"]:
                self.stdout.write(f"锚点已写入 (anchor written): {audit.anchor_path()} count={anchor['count']}")

"""Import the sample documents shipped in luoshi/samples (idempotent)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from luoshi.core import services
from luoshi.core.actions.documents import import_document

SAMPLES = Path(__file__).resolve().parents[3] / "samples"


class Command(BaseCommand):
    help = "导入示例文件 (import the sample documents)"

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="*", help="files to import instead of the samples")

    def handle(self, *args, **options):
        paths = [Path(f) for f in options["files"]] or sorted(SAMPLES.glob("*.txt"))
        for path in paths:
            if not path.is_file():
                raise CommandError(f"文件不存在 (no such file): {path}")
            try:
                result = import_document(path.read_bytes(), path.name)
            except services.ImportRefused as e:
                raise CommandError(str(e)) from e
            doc = result.document
            state = "导入" if result.created else "已存在"
            self.stdout.write(f"{state} {doc.name}: {doc.kind}, {len(doc.reading['tables'])} 表 {doc.row_count} 行")
        if not options["files"]:
            from luoshi.supervision.actions.demo import do_seed_demo

            for plan in do_seed_demo(acting_user=None):
                self.stdout.write(f"计划 {plan.title}: {plan.tasks.count()} 项任务")

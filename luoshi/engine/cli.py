"""The ``luoshi`` command line: the engine without the web application.

Exit codes: 0 ok, 2 usage error, 3 unreadable input, 4 internal error (a
parser's ParseError or any other bug).  Errors
are one line on stderr, never a traceback (set LUOSHI_DEBUG=1 to see one).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from . import limits
from .errors import ParseError, UnreadableInput

EXIT_OK, EXIT_USAGE, EXIT_UNREADABLE, EXIT_INTERNAL = 0, 2, 3, 4


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    # argparse prints the whole usage block and exits; we want one line and our code.
    def error(self, message: str):
        raise UsageError(message)


MAX_BYTES_CEILING = 1 << 40   # 1 TiB: anything above is a typo, not a limit


def _byte_count(text: str) -> int:
    """--max-bytes: a whole number of bytes, 1 … 1 TiB (1e23 or -5 is a usage error, not a crash)."""
    try:
        value = int(text.strip().replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"应为正整数字节数 (a whole number of bytes): {text}") from None
    if not 0 < value <= MAX_BYTES_CEILING:
        raise argparse.ArgumentTypeError(f"应在 1 到 {MAX_BYTES_CEILING} 之间 (between 1 and {MAX_BYTES_CEILING}): "
                                         f"{text}")
    return value


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="luoshi", description="落实 Luoshi: read and judge government work documents.")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    r = sub.add_parser("read", help="read a document: kind, tables, sections, sentences")
    r.add_argument("file")
    r.add_argument("--format", choices=["json", "text"], default="json")
    r.add_argument("--reference", help="a related document whose sentences a progress table quotes "
                                       "(the work report)")
    r.add_argument("--max-bytes", type=_byte_count, default=None,
                   help="refuse files larger than this (default $LUOSHI_MAX_BYTES or 20 MiB)")

    t = sub.add_parser("tasks", help="tasks and their targets from a work report or a decomposition table")
    t.add_argument("file")
    t.add_argument("--format", choices=["json", "text"], default="json")

    i = sub.add_parser("indicators", help="parse the quantitative targets in one string")
    i.add_argument("text")

    g = sub.add_parser("progress", help="facts, completion rates and stages in a progress report")
    g.add_argument("file")
    g.add_argument("--reference", help="the work report the progress table quotes")
    g.add_argument("--format", choices=["json"], default="json")

    a = sub.add_parser("assess", help="judge every progress row: status, completion, 序时进度, evidence")
    a.add_argument("progress")
    a.add_argument("--plan", help="the work report or decomposition table the progress answers")
    a.add_argument("--as-of", required=True, help="the date the progress is judged at, YYYY-MM-DD")
    a.add_argument("--format", choices=["json", "xlsx"], default="json")
    a.add_argument("--output", "-o", help="where to write the .xlsx (default: PROGRESS.assessment.xlsx)")

    k = sub.add_parser("link", help="link each progress row to the plan task it reports on")
    k.add_argument("progress")
    k.add_argument("plan", help="the work report or decomposition table the progress answers")
    k.add_argument("--format", choices=["json"], default="json")

    v = sub.add_parser("verify", help="year N targets against the year N+1 report's review: met or not")
    v.add_argument("targets", help="decomposition table or work report of year N")
    v.add_argument("report", help="the year N+1 work report (its review part)")
    v.add_argument("--format", choices=["json"], default="json")

    o = sub.add_parser("orgs", help="normalise organisation names through the registry")
    o.add_argument("names", nargs="*", help="names to normalise; none lists the registry")
    o.add_argument("--format", choices=["json", "text"], default="json")
    return p


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def _warn(doc) -> None:
    """A reading's caveats (stray bytes replaced …), one line each on stderr; the output stays clean."""
    for warning in getattr(doc, "warnings", ()):
        print(f"luoshi: 警告 (warning): {warning}", file=sys.stderr)


def _output_path(given: str | None, default: str):
    """Where to write: a usage error now, before any work, when it cannot be written there."""
    from pathlib import Path

    out = Path(given or default)
    if given is not None and not given.strip():
        raise UsageError("输出路径为空 (empty --output path)")
    if out.is_dir():
        raise UsageError(f"输出路径是目录 (--output is a directory): {out}")
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir():
        raise UsageError(f"输出目录不存在 (--output directory does not exist): {parent}")
    if not os.access(parent, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise UsageError(f"无权写入 (--output is not writable): {out}")
    if out.suffix.lower() != ".xlsx":
        raise UsageError(f"输出文件应以 .xlsx 结尾 (--output must end in .xlsx): {out}")
    return out


def cmd_read(args) -> int:
    from . import reader

    reference = reader.reference_sentences(args.reference) if args.reference else None
    doc = reader.read(args.file, reference=reference, max_bytes=args.max_bytes)
    _warn(doc)
    if args.format == "json":
        _print_json(doc.to_json())
        return EXIT_OK
    out = [f"文件 {doc.name}  类型 {doc.kind}  格式 {doc.format}  编码 {doc.encoding}"]
    for t in doc.tables:
        out.append(f"\n表 {t.title or '(无标题)'}  [{t.layout}]  {len(t.rows)} 行")
        out.append("\t".join(t.columns))
        for row in t.rows:
            out.append("\t".join(row.get(c).replace("\n", " ") for c in t.columns))
    if doc.sections:
        out.append("\n结构")
        for s in doc.sections:
            out.append("  " * s.level + f"{s.number}{s.title}  [{s.role}]")
    out.append(f"\n句子 {len(doc.sentences)}")
    sys.stdout.write("\n".join(out) + "\n")
    return EXIT_OK


def cmd_orgs(args) -> int:
    from .orgs import Registry

    registry = Registry.default()
    if not args.names:
        data = registry.to_json()
    else:
        data = {"names": [
            {"name": n, "canonical": registry.normalise(n), "known": registry.lookup(n) is not None,
             "collective": registry.is_collective(n)} for n in args.names
        ]}
    if args.format == "json":
        _print_json(data)
    else:
        for item in data.get("names", data.get("organisations")):
            sys.stdout.write(f"{item['name']}\t{item.get('canonical', item.get('kind'))}\n")
    return EXIT_OK


def cmd_tasks(args) -> int:
    from pathlib import Path

    from . import reader, tasks

    doc = reader.read(args.file)
    found = tasks.tasks_from_document(doc, Path(args.file).name)
    if args.format == "json":
        _print_json({"kind": doc.kind, "tasks": [t.to_json() for t in found]})
    else:
        for t in found:
            # The unit is as written, its scale included (亿元): the scale is not printed again.
            targets = "；".join(f"{i.metric}{i.comparator}{i.shown_value()}{i.unit}"
                               for i in t.indicators)
            sys.stdout.write(f"{t.id}\t{t.part}\t{t.heading}\t{t.text}\t{targets}\n")
    return EXIT_OK


def cmd_indicators(args) -> int:
    from .indicators import parse

    if not args.text.strip():
        raise UsageError("文本为空 (empty text)")
    found, milestones = parse(args.text)
    _print_json({"text": args.text, "indicators": [i.to_json() for i in found],
                 "milestones": [m.to_json() for m in milestones]})
    return EXIT_OK


def cmd_progress(args) -> int:
    from . import progress, reader
    from .pipeline import progress_table

    reference = reader.reference_sentences(args.reference) if args.reference else None
    doc = reader.read(args.file, reference=reference)
    rows = progress.parse_table(progress_table(doc))
    _print_json({"rows": [r.to_json() for r in rows]})
    return EXIT_OK


def _as_of(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"日期格式应为 YYYY-MM-DD (bad --as-of date): {text}") from None


def cmd_assess(args) -> int:
    from pathlib import Path

    from .pipeline import judge

    as_of = _as_of(args.as_of)
    if args.output is not None and args.format != "xlsx":
        raise UsageError("--output 仅用于 --format xlsx (--output goes with --format xlsx)")
    out = _output_path(args.output, Path(args.progress).stem + ".assessment.xlsx") if args.format == "xlsx" else None
    judged = judge(args.progress, as_of, args.plan)
    if out is None:
        _print_json({"as_of": as_of.isoformat(), "assessments": [a.to_json() for a in judged.assessments]})
        return EXIT_OK
    from .export import assessments_xlsx

    try:
        assessments_xlsx(judged, as_of, out)
    except OSError as e:
        raise UsageError(f"无法写入输出文件 (cannot write --output): {out}: {e.strerror or e}") from None
    _print_json({"output": str(out), "assessments": len(judged.assessments)})
    return EXIT_OK


def cmd_link(args) -> int:
    from . import linking, progress, reader
    from .pipeline import plan_tasks, progress_table

    plan, reference = plan_tasks(args.plan)
    doc = reader.read(args.progress, reference=reference)
    rows = progress.parse_table(progress_table(doc))
    links = linking.link([r.task for r in rows], plan)
    for r, lk in zip(rows, links, strict=True):
        lk.row = r.row
    _print_json({"links": [lk.to_json() for lk in links]})
    return EXIT_OK


def cmd_verify(args) -> int:
    from .verify import verify

    verdicts, unanswered = verify(args.targets, args.report)
    _print_json({"verdicts": [v.to_json() for v in verdicts],
                 "unanswered_claims": [c.to_json() for c in unanswered]})
    return EXIT_OK


COMMANDS = {"read": cmd_read, "orgs": cmd_orgs, "tasks": cmd_tasks, "indicators": cmd_indicators,
            "progress": cmd_progress, "assess": cmd_assess, "link": cmd_link, "verify": cmd_verify}


def main(argv: list[str] | None = None) -> int:
    if argv is None:   # the command itself (one thread, short-lived), not a caller inside another program
        limits.prefer_fork()   # the reading child forks from it (limits.py)
    try:
        args = _parser().parse_args(argv)
        if not args.command:
            raise UsageError("缺少命令 (missing command): read, tasks, indicators, progress, assess, link, verify, orgs; "
                             "see luoshi --help")
        return COMMANDS[args.command](args)
    except UsageError as e:
        print(f"luoshi: 用法错误 (usage): {e}", file=sys.stderr)
        return EXIT_USAGE
    except UnreadableInput as e:
        print(f"luoshi: {e}", file=sys.stderr)
        return EXIT_UNREADABLE
    except ParseError as e:       # a parser's bug, named: one line, unless debugging
        if os.environ.get("LUOSHI_DEBUG"):
            raise
        print(f"luoshi: 内部错误 (internal error): {e}", file=sys.stderr)
        return EXIT_INTERNAL
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except Exception as e:  # a bug: still one line, unless debugging
        if os.environ.get("LUOSHI_DEBUG"):
            raise
        print(f"luoshi: 内部错误 (internal error): {type(e).__name__}: {e}", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())

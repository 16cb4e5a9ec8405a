"""The ``luoshi`` command line: the engine without the web application.

Exit codes: 0 ok, 2 usage error, 3 unreadable input, 4 internal error.  Errors
are one line on stderr, never a traceback (set LUOSHI_DEBUG=1 to see one).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from .files import UnreadableInput

EXIT_OK, EXIT_USAGE, EXIT_UNREADABLE, EXIT_INTERNAL = 0, 2, 3, 4


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    # argparse prints the whole usage block and exits; we want one line and our code.
    def error(self, message: str):
        raise UsageError(message)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="luoshi", description="落实 Luoshi: read and judge government work documents.")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    r = sub.add_parser("read", help="read a document: kind, tables, sections, sentences")
    r.add_argument("file")
    r.add_argument("--format", choices=["json", "text"], default="json")
    r.add_argument("--reference", help="a related document whose sentences a progress table quotes "
                                       "(the work report)")
    r.add_argument("--max-bytes", type=int, default=None, help="refuse files larger than this")

    o = sub.add_parser("orgs", help="normalise organisation names through the registry")
    o.add_argument("names", nargs="*", help="names to normalise; none lists the registry")
    o.add_argument("--format", choices=["json", "text"], default="json")
    return p


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def cmd_read(args) -> int:
    from . import reader

    reference = reader.reference_sentences(args.reference) if args.reference else None
    doc = reader.read(args.file, reference=reference, max_bytes=args.max_bytes)
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


COMMANDS = {"read": cmd_read, "orgs": cmd_orgs}


def main(argv: list[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
        if not args.command:
            raise UsageError("缺少命令 (missing command): use luoshi read FILE; see luoshi --help")
        return COMMANDS[args.command](args)
    except UsageError as e:
        print(f"luoshi: 用法错误 (usage): {e}", file=sys.stderr)
        return EXIT_USAGE
    except UnreadableInput as e:
        print(f"luoshi: {e}", file=sys.stderr)
        return EXIT_UNREADABLE
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

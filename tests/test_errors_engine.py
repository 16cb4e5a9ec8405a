"""Typed errors: a parser's bug surfaces as a ParseError, reported on one line at the CLI, never as "unclear"."""

import pytest

from luoshi.engine import cli, errors, indicators, progress
from luoshi.engine.errors import EngineError, ParseError, UnreadableInput

pytestmark = pytest.mark.engine


def test_hierarchy():
    assert issubclass(UnreadableInput, EngineError) and issubclass(ParseError, EngineError)
    from luoshi.engine.files import UnreadableInput as from_files
    assert from_files is UnreadableInput                  # still importable where it was
    assert str(UnreadableInput("多行\n消息  (a\nmessage)")) == "多行 消息 (a message)"


@pytest.mark.parametrize("parser,call,inner", [
    ("indicators.parse", lambda: indicators.parse("新建口袋公园5个"), (indicators, "_excluded")),
    ("progress.parse_row", lambda: progress.parse_row("新建口袋公园6个"), (progress, "_facts")),
])
def test_a_bug_in_a_parser_is_a_parse_error_naming_it(monkeypatch, parser, call, inner):
    def broken(*args, **kwargs):
        raise IndexError("string index out of range")

    monkeypatch.setattr(*inner, broken)
    with pytest.raises(ParseError) as raised:
        call()
    assert raised.value.parser == parser and isinstance(raised.value.__cause__, IndexError)
    assert "\n" not in str(raised.value) and parser in str(raised.value)


def test_engine_errors_pass_through_untouched():
    @errors.parses("x.y")
    def refuse(text):
        raise UnreadableInput("未找到 (not found)")

    with pytest.raises(UnreadableInput):
        refuse("a")


def test_cli_reports_a_parse_error_on_one_line(monkeypatch, capsys):
    monkeypatch.setattr(indicators, "_excluded", lambda *a: [][1])
    monkeypatch.delenv("LUOSHI_DEBUG", raising=False)
    assert cli.main(["indicators", "新建口袋公园5个"]) == cli.EXIT_INTERNAL
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "indicators.parse" in err and "Traceback" not in err

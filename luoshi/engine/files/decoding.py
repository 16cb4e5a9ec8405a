"""What an upload's bytes are (docx, xlsx, pdf, a zip, an old Office file, binary, text) from their content,
and text decoded: UTF-8 ± BOM, UTF-8 with a few stray bytes, UTF-16, GB18030; Big5, Shift-JIS and EUC-KR
refused by name."""

from __future__ import annotations

import io
import re
import zipfile

from ..errors import UnreadableInput
from ..limits import refuse

# Signatures of common non-text files without NUL bytes early on (short ASCII
# ones like BMP's "BM" would misjudge text files, and those files hold NULs anyway).
_BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"Rar!", b"7z\xbc\xaf", b"\x1f\x8b",
                 b"\x7fELF", b"{\\rtf")


def _sniff(data: bytes) -> str:
    """docx | xlsx | pdf | zip | ole | binary | text, from the content alone."""
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                names = set(z.namelist())
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
            return "zip"  # damaged, or a version or compression zipfile does not read"
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        return "zip"
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if data.startswith(_BINARY_MAGIC):
        return "binary"
    # UTF-16 (Notepad's "Unicode") has NULs but a BOM; otherwise a NUL means binary.
    if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary"
    return "text"


_CJK = re.compile(r"[\u3400-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
# A few stray bytes in otherwise valid UTF-8 (a truncated download, a bad copy) are replaced and
# reported; more than this, or too few real multi-byte characters around them, is another encoding.
MAX_STRAY_BYTES = 16
# Encodings read: UTF-8/16 and GB18030 (which contains GBK, GB2312 and ASCII).  Others are refused
# by name rather than decoded into mojibake that looks like Chinese.
_SUPPORTED = {"utf_8", "utf-8", "utf_8_sig", "utf-8-sig", "utf_16", "utf-16", "utf_16_le", "utf_16_be",
              "gb18030", "gbk", "gb2312", "ascii", "hz"}
_OTHER_CJK = (("big5", "Big5（繁体中文）", "Big5"), ("shift_jis", "Shift-JIS（日文）", "Shift-JIS"),
              ("euc_kr", "EUC-KR（韩文）", "EUC-KR"))


def _common_share(text: str) -> float:
    """Share of the Chinese characters that are among the most frequent ones: about 0.2 in any real
    Chinese text (simplified or traditional), near 0 in bytes of another encoding read as GB18030."""
    from charset_normalizer.constant import FREQUENCIES

    common = set(FREQUENCIES["Chinese"])
    chars = _CJK.findall(text)
    return sum(c in common for c in chars) / len(chars) if chars else 0.0


def _other_cjk(data: bytes) -> tuple[str, str] | None:
    """(Chinese name, English name) of Big5, Shift-JIS or EUC-KR when the bytes read as that
    encoding into text of its language."""
    for codec, zh, en in _OTHER_CJK:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if codec == "big5" and len(_CJK.findall(text)) >= 10 and _common_share(text) >= 0.08:
            return zh, en
        if codec == "shift_jis" and len(_KANA.findall(text)) >= max(5, len(text) // 50):
            return zh, en
        if codec == "euc_kr" and len(_HANGUL.findall(text)) >= max(5, len(text) // 20):
            return zh, en
    return None


def _unsupported(zh: str, en: str, name: str) -> UnreadableInput:
    return refuse(f"不支持的编码：{zh}，请另存为 UTF-8 或 GB18030",
                  f"unsupported encoding {en}, save as UTF-8 or GB18030", name)


def _decode(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """(text, encoding, warnings).  Strict UTF-8 (BOM or not); UTF-8 with a few stray bytes, replaced
    with a warning; GB18030 unless the bytes are Big5, Shift-JIS or EUC-KR text (refused by name);
    else charset-normalizer, for the supported encodings only."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return (*_plausible(data.decode("utf-16"), "utf-16", name), [])
        except UnicodeDecodeError:
            raise refuse("无法识别文字编码", "undecodable text, unknown encoding", name) from None
    label = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    try:
        return (*_plausible(data.decode("utf-8-sig"), label, name), [])
    except UnicodeDecodeError:
        pass
    stray = _stray_utf8(data)
    if stray is not None:
        text, count = stray
        warning = (f"文件中有 {count} 处无法解码的字节，已替换为 \ufffd "
                   f"({count} undecodable byte sequence(s) in UTF-8 text replaced): {name}")
        return text, label, [warning]
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and (len(_CJK.findall(text)) < 10 or _common_share(text) >= 0.08):
        return (*_plausible(text, "gb18030", name), [])
    other = _other_cjk(data)
    if other:
        raise _unsupported(*other, name)
    if text is not None:
        return (*_plausible(text, "gb18030", name), [])
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    # Our documents are Chinese: a guess that yields no Chinese at all (bytes
    # read as Cyrillic or Latin-1 mojibake) is a wrong guess, not a reading.
    if best is None or not _CJK.search(str(best)):
        raise refuse("无法识别文字编码", "undecodable text, unknown encoding", name)
    if best.encoding.lower() not in _SUPPORTED:
        raise _unsupported(best.encoding, best.encoding, name)
    return (*_plausible(str(best), best.encoding, name), [])


def _stray_utf8(data: bytes) -> tuple[str, int] | None:
    """(text, number of bad sequences) when the bytes are UTF-8 but for a few stray bytes."""
    text = data.decode("utf-8-sig", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = sum(1 for c in text if ord(c) > 0x7F and c != "\ufffd")
    if 0 < bad <= MAX_STRAY_BYTES and multibyte >= 20 * bad:
        return text, bad
    return None


def _plausible(text: str, encoding: str, name: str) -> tuple[str, str]:
    # Any byte string decodes in some single-byte codec; real text has almost no
    # control characters, so many of them means the bytes were not text at all.
    if len(_CONTROL.findall(text)) > max(2, len(text) // 100):
        raise refuse("无法识别文字编码", "undecodable text, unknown encoding", name)
    return text, encoding


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<table", "<meta")) or "<html" in head

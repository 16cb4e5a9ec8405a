"""Every string the interface translates has its English in the catalogue: Django's makemessages
is run on a copy of the package (the repository's catalogue is never written), and the catalogue
it would write must have no message left untranslated or only guessed (fuzzy).  A string added
with _()/{% translate %} and not given its English fails here; so does an entry whose msgid is
not the one Django looks up (a template's % is looked up doubled: 6%%-7%%)."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent


def _entries(po: str):
    """(msgid, msgstr, fuzzy) of each live entry of a .po text (obsolete #~ entries left out)."""
    for block in re.split(r"\n\s*\n", po):
        lines = [ln for ln in block.strip().splitlines() if not ln.startswith("#~")]
        if not any(ln.startswith("msgid ") for ln in lines):
            continue
        fuzzy = any(ln.startswith("#,") and "fuzzy" in ln for ln in lines)
        fields: dict[str, str] = {}
        key = None
        for ln in lines:
            m = re.match(r'^(msgid|msgstr|msgid_plural|msgstr\[\d+\]) "(.*)"$', ln)
            if m:
                key = m.group(1)
                fields[key] = m.group(2)
            elif ln.startswith('"') and key:
                fields[key] += ln[1:-1]
        msgstr = fields.get("msgstr", fields.get("msgstr[0]", ""))
        yield fields.get("msgid", ""), msgstr, fuzzy


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    if shutil.which("xgettext") is None:
        pytest.skip("GNU gettext (xgettext) is not installed")
    copy = tmp_path_factory.mktemp("catalogue")
    tracked = subprocess.run(["git", "ls-files", "luoshi", "manage.py"], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout.split()
    for name in tracked:
        if name.endswith((".py", ".html", ".txt", ".po", ".js")) or name == "manage.py":
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(ROOT / name, copy / name)
    languages = [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    env = {**os.environ, "LUOSHI_DEBUG": "1", "PYTHONPATH": str(copy)}
    for code in languages:
        subprocess.run([sys.executable, str(copy / "manage.py"), "makemessages", "-l", code],
                       cwd=copy / "luoshi", env=env, capture_output=True, text=True, check=True, timeout=300)
    return {code: (copy / "luoshi" / "locale" / code / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
            for code in languages}


def test_the_catalogue_is_extracted(extracted):
    assert extracted, "no language besides the default"
    for po in extracted.values():
        assert sum(1 for _ in _entries(po)) > 500


def test_every_interface_string_has_its_translation(extracted):
    for code, po in extracted.items():
        missing = [msgid for msgid, msgstr, fuzzy in _entries(po) if msgid and (fuzzy or not msgstr)]
        assert not missing, f"{code}: {len(missing)} strings without a translation: {missing[:5]}"

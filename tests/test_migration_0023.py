"""Migrations 0023/0024 move each finished export's file from its job row into pieces of 1 MB
(ExportChunk) and drop the column; backwards, the pieces are joined into the column again.

In a subprocess on a SQLite file of its own: migrated to 0021, jobs made through the historical
models (a file of several pieces, a small one, a failed job without one), migrated forwards,
then back."""

from __future__ import annotations

from .deploy_servers import production_env, script_json

SCRIPT = r"""
import json, os
import django
django.setup()
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

def models(name):
    apps = MigrationExecutor(connection).loader.project_state(("supervision", name)).apps
    return apps.get_model("supervision", "ExportJob"), (
        apps.get_model("supervision", "ExportChunk") if name >= "0023" else None)

call_command("migrate", "supervision", "0021", verbosity=0)
Job, _ = models("0021_export_job_kind_audit")
files = {"big": os.urandom(2 * 2**20 + 99), "small": b"PK small", "none": None}
ids = {}
for key, data in files.items():
    ids[key] = Job.objects.create(kind="audit_xlsx", state="failed" if data is None else "done",
                                  filename=f"{key}.xlsx", content=data, size=len(data or b"")).pk

call_command("migrate", "supervision", verbosity=0)
Job, Chunk = models("0024_remove_exportjob_content")
forward = {}
for key, pk in ids.items():
    pieces = list(Chunk.objects.filter(job_id=pk).order_by("seq").values_list("seq", "data"))
    joined = b"".join(bytes(d) for _s, d in pieces)
    forward[key] = {"seqs": [s for s, _d in pieces], "largest": max((len(d) for _s, d in pieces), default=0),
                    "same": joined == (files[key] or b""), "size": Job.objects.get(pk=pk).size}

call_command("migrate", "supervision", "0021", verbosity=0)
Job, _ = models("0021_export_job_kind_audit")
backward = {key: (bytes(c) if (c := Job.objects.get(pk=pk).content) is not None else None) == files[key]
            for key, pk in ids.items()}
print(json.dumps({"forward": forward, "backward": backward}))
"""


def test_0023_moves_each_file_into_pieces_and_back(tmp_path):
    out = script_json(SCRIPT, production_env(tmp_path))
    big, small, none = (out["forward"][k] for k in ("big", "small", "none"))
    assert big == {"seqs": [0, 1, 2], "largest": 2**20, "same": True, "size": 2 * 2**20 + 99}
    assert small == {"seqs": [0], "largest": 8, "same": True, "size": 8}
    assert none == {"seqs": [], "largest": 0, "same": True, "size": 0}
    assert out["backward"] == {"big": True, "small": True, "none": True}

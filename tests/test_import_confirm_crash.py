"""A worker killed in the middle of an import's confirm (issue 16 item 2): the confirm is one
transaction, so nothing of it is left in the database; the status poll finds the lost job, the
next worker saves the confirm, once.  In subprocesses: a real ``db_worker`` on a SQLite file,
SIGKILLed while it is inside the confirm's transaction (tests/confirm_job_tasks.py)."""

from __future__ import annotations

from .test_jobs import Site


def test_a_worker_killed_mid_confirm_leaves_nothing_and_the_next_worker_saves_it_once(tmp_path):
    site = Site(tmp_path, LUOSHI_IMPORT_CONFIRM_BACKGROUND_ROWS="0")
    try:
        out = site.python("from tests.confirm_job_tasks import prepare; print(prepare(20))")
        batch_id, document = (int(x) for x in out.splitlines()[-1].split())

        def saved() -> tuple:
            return tuple(
                site.sql(f"SELECT count(*) FROM {table} WHERE {column} = ?", document)[0][0]
                for table, column in (
                    ("supervision_tasklink", "document_id"),
                    ("supervision_submission", "source_document_id"),
                )
            )

        assert (
            site.python(
                f"from tests.confirm_job_tasks import queue; print(queue({batch_id}, 1))"
            ).splitlines()[-1]
            == "confirming"
        )
        assert site.batch(batch_id)["state"] == "confirming" and saved() == (0, 0)
        w = site.worker()
        marker = tmp_path / "inside-the-confirm"
        site.wait_for(marker.exists)  # written, not committed
        assert site.job(batch_id) == ("RUNNING", 1)
        site.kill(w)
        assert saved() == (0, 0)  # the transaction died with the worker
        status = site.status_poll(batch_id)
        assert status["state"] == "confirming" and "第 2 次" in status["note"]
        assert site.job(batch_id) == ("READY", 1)
        site.worker()
        site.wait_for(lambda: site.batch(batch_id)["state"] == "confirmed", timeout=120)
        assert site.job(batch_id) == ("SUCCESSFUL", 2)
        links, submissions = saved()
        assert links == 20 and 0 < submissions <= 20
        assert (
            site.sql(
                "SELECT count(*) FROM supervision_assessment a JOIN supervision_submission s"
                " ON a.submission_id = s.id WHERE s.source_document_id = ?",
                document,
            )[0][0]
            == submissions
        )
        assert site.sql(
            "SELECT count(*) FROM core_auditevent WHERE action = 'import.confirm' AND object_id = ?",
            str(batch_id),
        ) == [(1,)]
    finally:
        for w in site.workers:
            w.stop()

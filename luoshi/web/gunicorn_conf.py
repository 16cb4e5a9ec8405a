"""gunicorn settings for Luoshi: ``gunicorn -c python:luoshi.web.gunicorn_conf luoshi.web.wsgi``.

The workload is mostly short requests waiting on the database (lists, forms, saves),
with some CPU-heavy ones (the dashboard's roll-up, an import preview, a bulletin PDF,
the year-end run) of up to several seconds.  Hence:

* ``gthread`` workers: a few processes, each with a few threads.  A thread waiting on
  PostgreSQL releases the GIL, so one process serves several DB-bound requests at once,
  while separate processes keep CPU-heavy pages from starving everybody else (sync
  workers were starved by dashboards and logins in the load test of issue 16).
* ``timeout`` 60 s: a heavy page gets time to finish; a worker stuck longer is killed
  and replaced (long work belongs in the background worker, not in a request).
* ``max_requests`` with jitter: workers are recycled now and then, so memory taken by
  one large export or import is given back.

Every value can be changed from the environment (names below); WEB_CONCURRENCY is the
conventional name for the number of worker processes.
"""

import os

bind = os.environ.get("LUOSHI_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "") or (os.cpu_count() or 1) + 1)
worker_class = "gthread"
threads = int(os.environ.get("LUOSHI_GUNICORN_THREADS", "4"))
timeout = int(os.environ.get("LUOSHI_GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5  # behind nginx, which keeps connections to the app server open
max_requests = int(os.environ.get("LUOSHI_GUNICORN_MAX_REQUESTS", "1000"))
max_requests_jitter = max_requests // 10
# Logs: gunicorn's own lines and the access log on stderr, beside the application's.
accesslog = os.environ.get("LUOSHI_ACCESS_LOG", "-") or None
errorlog = "-"
access_log_format = 'remote=%(h)s method=%(m)s path="%(U)s" status=%(s)s bytes=%(B)s duration_ms=%(M)s'
# The control socket (gunicornc) lives in $HOME by default; several instances on one
# host would fight over it, and nothing here uses it.
control_socket_disable = True


def post_worker_init(worker):
    """Import every view (the URL patterns) before the worker takes its first request.

    Django imports views lazily, on the first request that resolves a URL: in a fresh worker
    that request paid a second or more of CPU for the imports, and at a start (or each time
    ``max_requests`` recycles a worker) the first requests of every worker queued behind
    it while holding its threads.

    Then every object made so far (modules, the engine's vocabulary, the URL patterns) is moved
    out of the garbage collector's reach (``gc.freeze``): they live as long as the worker, and
    each full collection walked all of them again, in the middle of some request (measured in
    a process serving the 100k bench database: 134,000 objects tracked, full collections of
    30-140 ms; 38,000 tracked once frozen)."""
    import gc

    from django.urls import get_resolver

    patterns = get_resolver().url_patterns
    worker.log.debug("views imported (%d URL patterns)", len(patterns))
    gc.collect()
    gc.freeze()

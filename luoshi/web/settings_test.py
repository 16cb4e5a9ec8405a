"""Settings for the test suite: the production settings, with what a test process needs.

DEBUG stays off (as in production; pytest-django forces it off anyway), so the suite
runs the code paths a deployment runs.  A fixed test key stands in for the secret; the
test client speaks plain http, so no https redirect; static files are served from the
source folders, because the tests do not run collectstatic (the two-server test runs the
real deploy path, collectstatic included, in its own processes)."""

import os

os.environ.setdefault("LUOSHI_SECRET_KEY", "test-only-secret-key-of-the-luoshi-suite-never-used-in-production")
os.environ.setdefault("LUOSHI_HTTPS", "0")
# No automatic audit anchors: a test database is thrown away, its anchors with it
# (tests that anchor pass their own file).
os.environ.setdefault("LUOSHI_AUDIT_ANCHOR_EVERY", "0")

from .settings import *  # noqa: E402,F403

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Fast password hashing: the suite logs in thousands of times; production keeps PBKDF2.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

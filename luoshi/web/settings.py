"""Django settings for Luoshi, read from the environment.

Production by default: DEBUG is off unless LUOSHI_DEBUG=1 (bin/demo sets it),
and then LUOSHI_SECRET_KEY is required.  Every variable is listed with its
default and meaning in docs/deploy.md ("Environment").  SQLite under
$LUOSHI_HOME/var by default; DATABASE_URL selects PostgreSQL.  Chinese first,
English available.
"""

import os
import sys
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_flag(name: str, default: bool) -> bool:
    value = env(name).lower()
    if not value:
        return default
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise SystemExit(f"错误 (error): {name}={value!r} 应为 1 或 0 (must be 1 or 0)")


def env_int(name: str, default: int) -> int:
    value = env(name)
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise SystemExit(f"错误 (error): {name}={value!r} 应为整数 (must be an integer)") from None


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


PACKAGE_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = Path(env("LUOSHI_HOME") or PACKAGE_DIR.parent)
VAR_DIR = BASE_DIR / "var"
VAR_DIR.mkdir(parents=True, exist_ok=True)

# --- debug and the secret key -------------------------------------------------------
# Off unless asked for: the demo (bin/demo) and the browser test set LUOSHI_DEBUG=1.
DEBUG = env_flag("LUOSHI_DEBUG", False)
SECRET_KEY = env("LUOSHI_SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        # One clear line at startup rather than a traceback (manage.py, gunicorn, the worker).
        raise SystemExit(
            "错误 (error): 未设置 LUOSHI_SECRET_KEY (LUOSHI_SECRET_KEY is not set); 生产环境必须设置，"
            "或以 LUOSHI_DEBUG=1 运行演示 (required in production; set LUOSHI_DEBUG=1 for the demo). "
            "生成 (generate): python -c 'import secrets; print(secrets.token_urlsafe(50))'")
    SECRET_KEY = "dev-only-luoshi-secret-key-change-me-in-production"

ALLOWED_HOSTS = env_list("LUOSHI_ALLOWED_HOSTS", "127.0.0.1,localhost" + (",testserver" if DEBUG else ""))
CSRF_TRUSTED_ORIGINS = env_list("LUOSHI_CSRF_TRUSTED_ORIGINS")

# --- TLS ------------------------------------------------------------------------------
# Behind TLS (the default outside debug): secure cookies, HSTS and a redirect to https.
# An intranet served over plain http sets LUOSHI_HTTPS=0.
HTTPS = env_flag("LUOSHI_HTTPS", not DEBUG)
# Number of reverse proxies in front (nginx = 1).  Only then are X-Forwarded-Proto and
# X-Forwarded-For trusted; set it only when the proxy overwrites those headers.
PROXY_COUNT = env_int("LUOSHI_BEHIND_PROXY", 0)
if PROXY_COUNT:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = HTTPS and env_flag("LUOSHI_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
LANGUAGE_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env_int("LUOSHI_HSTS_SECONDS", 31536000) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS and env_flag("LUOSHI_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = HTTPS and env_flag("LUOSHI_HSTS_PRELOAD", False)
SILENCED_SYSTEM_CHECKS = []
if not SECURE_HSTS_PRELOAD:
    # Joining the browsers' HSTS preload list is the decision of whoever owns the
    # registrable domain (often the government's own gov.cn domain), made at the list
    # itself; one application on a sub-domain does not claim it by default.
    SILENCED_SYSTEM_CHECKS.append("security.W021")
SESSION_COOKIE_HTTPONLY = True

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "axes",
    # Before django-tasks: luoshi.core's db_worker (the stock worker with job leases and
    # recovery of jobs whose worker died) replaces the stock command of the same name.
    "luoshi.core",
    "django_tasks",
    "django_tasks_db",
    "luoshi.supervision",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "luoshi.web.middleware.SessionRenewalMiddleware",
    "luoshi.web.middleware.ChineseFirstLocaleMiddleware",
    "luoshi.web.errors.DatabaseUnavailableMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Records downloads/exports and refused (403) requests in the audit log.
    "luoshi.core.audit_hooks.AuditAccessMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes requires: turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "luoshi.web.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "web" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "luoshi.supervision.nav.menu",
            ],
        },
    },
]

WSGI_APPLICATION = "luoshi.web.wsgi.application"

# --- database -------------------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'luoshi.sqlite3'}",
        conn_max_age=env_int("LUOSHI_DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # One writer at a time: a transaction takes the write lock when it begins
    # (IMMEDIATE), not when it first writes, so two requests that both read then write
    # queue for the lock instead of one failing with "database is locked" halfway; a
    # writer waits up to LUOSHI_SQLITE_BUSY_SECONDS for its turn.  WAL lets readers go on
    # while one writes.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": env_int("LUOSHI_SQLITE_BUSY_SECONDS", 30),
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        **DATABASES["default"].get("OPTIONS", {}),
    }
elif DATABASES["default"]["ENGINE"].startswith("django.db.backends.postgresql"):
    # No JIT compilation.  The pages' queries run in milliseconds, but a correlated subquery
    # (the effective status, services/latest.py) makes the planner's cost estimate large
    # enough to start JIT, which then spends 0.5-0.9 s compiling a query that runs in 0.1 s
    # (the dashboard's trend on a province-sized database).  Extra server options given in
    # DATABASE_URL (?options=...) are kept after it.
    _options = dict(DATABASES["default"].get("OPTIONS", {}))
    _options["options"] = ("-c jit=off " + _options.get("options", "")).strip()
    DATABASES["default"]["OPTIONS"] = _options

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- audit log ----------------------------------------------------------------------------
# The audit chain's HMAC key (luoshi/core/audit.py).  Keep it outside the database and its
# backups; without it the key is derived from LUOSHI_SECRET_KEY, so changing that key
# then makes every older event fail verification (set LUOSHI_AUDIT_KEY before rotating).
LUOSHI_AUDIT_KEY = env("LUOSHI_AUDIT_KEY")
# Where the chain's head is anchored (count and hash, one JSON line each time), and how
# often: every N events, and whenever `manage.py verify_audit --anchor` runs (a timer).
LUOSHI_AUDIT_ANCHOR_FILE = env("LUOSHI_AUDIT_ANCHOR_FILE") or str(VAR_DIR / "audit-anchors.jsonl")
LUOSHI_AUDIT_ANCHOR_EVERY = env_int("LUOSHI_AUDIT_ANCHOR_EVERY", 100)

# --- cache and sessions ---------------------------------------------------------------
# Redis where configured (several app servers share it); otherwise each process has
# its own local-memory cache, which is right for one server.
CACHE_URL = env("LUOSHI_CACHE_URL") or env("REDIS_URL")
if CACHE_URL:
    CACHES = {"default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": CACHE_URL,
        "KEY_PREFIX": env("LUOSHI_CACHE_PREFIX", "luoshi"),
        "TIMEOUT": 300,
    }}
    # Sessions read from Redis and written through to the database, so a Redis
    # restart (or a Redis that keeps nothing on disk) logs nobody out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "luoshi"}}
    SESSION_ENGINE = "django.contrib.sessions.backends.db"

# An office day: a session ends after this many hours without a request (sliding: the
# session is written again when it changed or its last write is LUOSHI_SESSION_RENEW_SECONDS
# old, see middleware.SessionRenewalMiddleware), and optionally when the browser closes.
SESSION_COOKIE_AGE = env_int("LUOSHI_SESSION_HOURS", 10) * 3600
SESSION_SAVE_EVERY_REQUEST = False
LUOSHI_SESSION_RENEW_SECONDS = env_int("LUOSHI_SESSION_RENEW_SECONDS", 300)
SESSION_EXPIRE_AT_BROWSER_CLOSE = env_flag("LUOSHI_SESSION_BROWSER_CLOSE", False)

# --- authentication -------------------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    # django-axes first: refuses a locked-out username+address before the password is checked.
    "luoshi.web.security.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "luoshi.core.passwords.MinimumLengthValidator",
     "OPTIONS": {"min_length": env_int("LUOSHI_PASSWORD_MIN_LENGTH", 10)}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Lockout after repeated failed logins (django-axes): by username AND address together,
# so one office behind a shared NAT address is not locked out by one colleague's typos
# and nobody can lock another user out from elsewhere.
AXES_FAILURE_LIMIT = env_int("LUOSHI_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LUOSHI_LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "luoshi.web.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "luoshi.web.security.client_ip"
AXES_VERBOSE = False  # our own log lines, structured, instead of axes' prose

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", _("简体中文")), ("en", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

# --- static and media files -----------------------------------------------------------
# WhiteNoise serves static files from the app server: compressed, with hashed names
# cached for ever, after `manage.py collectstatic`.  In debug (the demo) it serves
# them straight from the source folders, so no collectstatic is needed.
STATIC_URL = "static/"
STATICFILES_DIRS = [PACKAGE_DIR / "web" / "static"]
STATIC_ROOT = Path(env("LUOSHI_STATIC_ROOT") or VAR_DIR / "static")
MEDIA_ROOT = Path(env("LUOSHI_MEDIA_ROOT") or VAR_DIR / "media")
MEDIA_URL = "media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": (
        "django.contrib.staticfiles.storage.StaticFilesStorage" if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage")},
}
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "worklist"  # each role lands on its own work (待办)
LOGOUT_REDIRECT_URL = "login"

# Uploads larger than this are refused with a form error (bytes).
LUOSHI_MAX_UPLOAD_BYTES = env_int("LUOSHI_MAX_UPLOAD_BYTES", 20 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = LUOSHI_MAX_UPLOAD_BYTES + 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = LUOSHI_MAX_UPLOAD_BYTES + 1024 * 1024
if env("LUOSHI_IMPORT_BACKGROUND_BYTES"):
    # Imports larger than this are read by the background worker.
    LUOSHI_IMPORT_BACKGROUND_BYTES = env_int("LUOSHI_IMPORT_BACKGROUND_BYTES", 0)
if env("LUOSHI_IMPORT_CONFIRM_BACKGROUND_ROWS"):
    # Imports whose preview has more rows (or tasks) than this are confirmed by the worker.
    LUOSHI_IMPORT_CONFIRM_BACKGROUND_ROWS = env_int("LUOSHI_IMPORT_CONFIRM_BACKGROUND_ROWS", 0)

# Background jobs (reminders, long imports): django-tasks, the backport of
# Django 6's tasks framework.  The database backend needs a worker
# (`manage.py db_worker`, its own process); without one (the demo, the tests, a
# single small server) jobs run immediately inside the request.
TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks.backends.immediate.ImmediateBackend"
            if env("LUOSHI_TASKS", "immediate") == "immediate"
            else "django_tasks_db.DatabaseBackend"
        ),
    }
}

# A running job renews its lease (租约) every quarter of this many seconds; a job whose lease
# is older (its worker was killed) is retried, at most LUOSHI_JOB_MAX_ATTEMPTS runs in all,
# then failed with a message its owner sees.  A lease of a dead worker on this machine is
# recognised at once (its process is gone), without waiting.
LUOSHI_JOB_LEASE_SECONDS = env_int("LUOSHI_JOB_LEASE_SECONDS", 60)
LUOSHI_JOB_MAX_ATTEMPTS = env_int("LUOSHI_JOB_MAX_ATTEMPTS", 3)

# A background export's file (后台导出) is kept this many days after it was written, then
# deleted by the worker (the job page says until when; each deletion is audited).
LUOSHI_EXPORT_KEEP_DAYS = env_int("LUOSHI_EXPORT_KEEP_DAYS", 7)

# --- mail -----------------------------------------------------------------------------
# Printed to the console unless SMTP is configured (LUOSHI_EMAIL_HOST).
EMAIL_HOST = env("LUOSHI_EMAIL_HOST")
EMAIL_PORT = env_int("LUOSHI_EMAIL_PORT", 25)
EMAIL_HOST_USER = env("LUOSHI_EMAIL_USER")
EMAIL_HOST_PASSWORD = env("LUOSHI_EMAIL_PASSWORD")
EMAIL_USE_TLS = env_flag("LUOSHI_EMAIL_STARTTLS", False)
EMAIL_USE_SSL = env_flag("LUOSHI_EMAIL_SSL", False)
EMAIL_TIMEOUT = 20
EMAIL_BACKEND = env("LUOSHI_EMAIL_BACKEND") or (
    "django.core.mail.backends.smtp.EmailBackend" if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env("LUOSHI_FROM_EMAIL", "luoshi@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Who is mailed a summary of each server error (comma-separated addresses), if anyone.
ADMINS = [(address, address) for address in env_list("LUOSHI_ADMINS")]
# DingTalk / 浙政钉 robot webhooks are posted only when this is set to 1 (tests use a fake sender).
LUOSHI_WEBHOOKS_ENABLED = env_flag("LUOSHI_WEBHOOKS_ENABLED", False)

# --- errors and logging ---------------------------------------------------------------
# Debug pages (the demo only) never show the database URL, passwords or keys.
DEFAULT_EXCEPTION_REPORTER_FILTER = "luoshi.web.errors.SecretsHidingFilter"
DEFAULT_EXCEPTION_REPORTER = "luoshi.web.errors.SecretsHidingReporter"
CSRF_FAILURE_VIEW = "luoshi.web.errors.csrf_failure"
LOG_FORMAT = env("LUOSHI_LOG_FORMAT") or ("text" if DEBUG else "json")
LOG_LEVEL = env("LUOSHI_LOG_LEVEL", "INFO").upper()
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"require_debug_false": {"()": "django.utils.log.RequireDebugFalse"}},
    "formatters": {"structured": {"()": "luoshi.web.logs.StructuredFormatter", "style_name": LOG_FORMAT}},
    "handlers": {
        # stderr: journald (systemd) and container runtimes collect it.
        # The level is also the handler's: some libraries set their own loggers to DEBUG.
        "stderr": {"class": "logging.StreamHandler", "stream": sys.stderr, "formatter": "structured",
                   "level": LOG_LEVEL},
        "mail_admins": {"class": "django.utils.log.AdminEmailHandler", "level": "ERROR",
                        "filters": ["require_debug_false"]},
    },
    "root": {"handlers": ["stderr"], "level": LOG_LEVEL},
    "loggers": {
        "django": {"handlers": ["stderr"] + (["mail_admins"] if ADMINS else []), "level": LOG_LEVEL,
                   "propagate": False},
        # 4xx are ordinary (a wrong id, a refused page): warnings, not errors.
        "django.request": {"handlers": ["stderr"] + (["mail_admins"] if ADMINS else []),
                           "level": "WARNING", "propagate": False},
        "django.server": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        "axes": {"handlers": ["stderr"], "level": "WARNING", "propagate": False},
    },
}

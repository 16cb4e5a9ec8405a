"""Django settings for Luoshi.

SQLite under var/ by default; set DATABASE_URL (e.g.
postgres://postgres@127.0.0.1:5432/test) for PostgreSQL.  Chinese first,
English available.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

PACKAGE_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = Path(os.environ.get("LUOSHI_HOME", PACKAGE_DIR.parent))
VAR_DIR = BASE_DIR / "var"
VAR_DIR.mkdir(exist_ok=True)

# A development key; a deployment sets LUOSHI_SECRET_KEY.
SECRET_KEY = os.environ.get("LUOSHI_SECRET_KEY", "dev-only-luoshi-secret-key-change-me-in-production")
DEBUG = os.environ.get("LUOSHI_DEBUG", "1") == "1"
ALLOWED_HOSTS = os.environ.get("LUOSHI_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_tasks",
    "django_tasks_db",
    "luoshi.core",
    "luoshi.supervision",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "luoshi.web.middleware.ChineseFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
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

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'luoshi.sqlite3'}"),
        conn_max_age=60,
    )
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", _("简体中文")), ("en", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [PACKAGE_DIR / "web" / "static"]
STATIC_ROOT = VAR_DIR / "static"
MEDIA_ROOT = VAR_DIR / "media"

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# Uploads larger than this are refused with a form error (bytes).
LUOSHI_MAX_UPLOAD_BYTES = int(os.environ.get("LUOSHI_MAX_UPLOAD_BYTES", 20 * 1024 * 1024))
DATA_UPLOAD_MAX_MEMORY_SIZE = LUOSHI_MAX_UPLOAD_BYTES + 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = LUOSHI_MAX_UPLOAD_BYTES + 1024 * 1024

# Background jobs (reminders, long imports): django-tasks, the backport of
# Django 6's tasks framework.  The database backend needs a worker
# (`manage.py db_worker`); tests and the demo without a worker run tasks
# immediately (LUOSHI_TASKS=immediate).
TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks.backends.immediate.ImmediateBackend"
            if os.environ.get("LUOSHI_TASKS", "immediate") == "immediate"
            else "django_tasks_db.DatabaseBackend"
        ),
    }
}

# Mail: printed to the console unless a deployment configures SMTP.
EMAIL_BACKEND = os.environ.get("LUOSHI_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("LUOSHI_FROM_EMAIL", "luoshi@localhost")
# DingTalk / 浙政钉 robot webhooks are posted only when this is set to 1 (tests use a fake sender).
LUOSHI_WEBHOOKS_ENABLED = os.environ.get("LUOSHI_WEBHOOKS_ENABLED", "0") == "1"

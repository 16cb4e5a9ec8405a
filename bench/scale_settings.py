"""Settings of the scale bench only (bench/scale.py and the server its load mode runs against):
the application's settings with a cheap password hasher first.

A real password hash costs 0.5–1 s of CPU by design; 55 simulated people logging in on a
two-core machine would measure the hasher, not the pages.  Hashes made here are MD5
(``MD5PasswordHasher``): fit for a throw-away bench database, never for a deployment.
Django's default hashers stay listed after it, so the demo accounts' real hashes still verify.

    PYTHONPATH=bench DJANGO_SETTINGS_MODULE=scale_settings gunicorn -c python:luoshi.web.gunicorn_conf luoshi.web.wsgi
"""

from django.conf import global_settings

from luoshi.web.settings import *  # noqa: F403

CHEAP_HASHER = "django.contrib.auth.hashers.MD5PasswordHasher"
PASSWORD_HASHERS = [CHEAP_HASHER, *global_settings.PASSWORD_HASHERS]

"""The Django project around the engine: settings, URLs, WSGI."""

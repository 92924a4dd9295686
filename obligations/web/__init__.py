"""The web application for legal staff: server-rendered pages (Jinja2) over the same service calls as
the HTTP API, mounted by ``obligations.api.app.create_app`` (``obligations serve``).

    install(app)          # sessions, static files, the pages' routes, HTML error pages

Rooms inside: ``session`` (sign-in into a signed cookie, CSRF, who is asking), ``render`` (the Jinja2
environment, Vietnamese dates and numbers, the navigation by role), ``pages/`` (one module per page).
Third-party assets (Chart.js) come from the npm registry (``package.json``, ``package-lock.json``;
``scripts/bootstrap`` runs ``npm ci``) and are served from ``node_modules``.
"""

from .app import install, is_web_path, problem_page

__all__ = ["install", "is_web_path", "problem_page"]

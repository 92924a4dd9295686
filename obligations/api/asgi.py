"""The ASGI application configured from the environment, for uvicorn and other servers:
``uvicorn obligations.api.asgi:app`` (``obligations serve`` does this with its settings)."""

from .app import create_app

app = create_app()

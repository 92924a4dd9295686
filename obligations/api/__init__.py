"""The HTTP service (a face): FastAPI under ``/api/v1`` over the library and the store.

    from obligations.api import create_app, Settings
    app = create_app(Settings(database_url="sqlite:///obligations.db"))   # an ASGI app for uvicorn

``obligations serve`` runs it; the routes are in ``routes/``, one module per resource.
"""

from .app import create_app
from .settings import Settings

__all__ = ["Settings", "create_app"]

"""Running the application with uvicorn: one process, or several workers sharing one socket.

With several workers uvicorn binds the listening socket itself and leaves its protocol number at 0;
the connections accepted from it inherit that, asyncio then does not set TCP_NODELAY on them, and
every answer on a kept-alive connection waits ~40 ms for the client's delayed ACK (Nagle's
algorithm; uvicorn issue #3149, Linux). So the socket is bound here as a TCP socket, and the
workers get it: the same answer costs ~2 ms instead of ~44 ms.
"""

from __future__ import annotations

import socket

import uvicorn
from uvicorn.supervisors import Multiprocess

from ..i18n import _

APP = "obligations.api.asgi:app"


class Config(uvicorn.Config):
    """uvicorn's configuration, whose listening socket says it is TCP (so workers get TCP_NODELAY)."""

    def bind_socket(self) -> socket.socket:
        if self.uds is not None or self.fd is not None:
            return super().bind_socket()
        family = socket.AF_INET6 if self.host and ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.host, self.port))
        except OSError as error:
            sock.close()
            raise SystemExit(_("không mở được cổng {host}:{port}: {reason} (chọn cổng khác bằng --port)").format(
                host=self.host, port=self.port, reason=error.strerror)) from None
        sock.set_inheritable(True)
        return sock


def run(host: str, port: int, workers: int) -> None:
    """Serve the application configured from the environment until interrupted."""
    config = Config(APP, host=host, port=port, workers=workers, log_level="warning", proxy_headers=True)
    if workers > 1:
        Multiprocess(config, sockets=[config.bind_socket()]).run()
    else:
        uvicorn.Server(config).run()

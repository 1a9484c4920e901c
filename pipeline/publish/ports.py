"""Whether `papers serve` can listen where it is asked to, checked before Datasette starts so a
busy port is one clear line rather than a server that announces itself and then fails."""
from __future__ import annotations

import socket


def port_problem(host: str, port: int) -> str | None:
    """Why a server could not listen on host:port (in use, not allowed, unknown host), or None."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as e:
        return f"cannot use host {host}: {e.strerror}"
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(address)
        except PermissionError:
            return f"port {port} needs administrator rights; choose one above 1023 with --port"
        except OSError:
            return (f"port {port} on {host} is already in use (another `papers serve`?); "
                    "stop it or choose another with --port")
    return None

"""``claimledger serve``: the web pages and JSON API over a ledger."""

from __future__ import annotations

import socket
from typing import Annotated

import typer

from claimledger.cli._common import database, open_ledger


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve_command(
        db: Annotated[str | None, typer.Option(
            "--db", help="Ledger database (default $CLAIMLEDGER_DB or claimledger.db).")] = None,
        host: Annotated[str, typer.Option(
            "--host", help="Address to listen on; 0.0.0.0 opens it to the network.")
        ] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", "-p", min=1, max=65535,
                                          help="Port to listen on.")] = 8000,
        token: Annotated[str | None, typer.Option(
            "--token", envvar="CLAIMLEDGER_TOKEN", show_envvar=True,
            help="Secret that allows corrections and uploads (Authorization: Bearer ...). "
                 "Without it the server is read-only.")] = None,
    ) -> None:
        """Serve the ledger's pages (overview, estimates, articles, claims, checks) and its
        JSON API under /api/v1, documented at /docs. Works offline.

        Example: claimledger serve --db sample.db --port 8000
        """
        import threading

        import uvicorn

        from claimledger.web.app import create_app
        from claimledger.web.queries import warm_up

        path = database(db, reading=True)
        _check_address(host, port)
        with open_ledger(path) as ledger:
            application = create_app(ledger, write_token=token or None)
            application.state.warm_after_writes = True
            mode = "corrections and uploads need the token" if token else "read-only"
            shown = f"[{host}]" if ":" in host else host
            typer.echo(f"Serving {path} at http://{shown}:{port}/ ({mode}); Ctrl+C stops it.",
                       err=True)
            config = uvicorn.Config(application, host=host, port=port, log_level="warning",
                                    access_log=False, server_header=False)
            server = uvicorn.Server(config)
            # Reconciling a large ledger takes seconds: do it now, not on the first request.
            threading.Thread(target=warm_up, args=(application,), daemon=True).start()
            try:
                server.run()
            except SystemExit:  # uvicorn has logged why it could not start
                raise typer.Exit(1) from None


def _check_address(host: str, port: int) -> None:
    """A taken port or a wrong address is one line and exit 1, before the ledger opens."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        typer.echo(f"error: cannot listen on {host}: {exc.strerror}", err=True)
        raise typer.Exit(1) from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
        try:
            probe.bind(address)
        except OSError as exc:
            typer.echo(f"error: cannot listen on {host}:{port}: {exc.strerror or exc}", err=True)
            raise typer.Exit(1) from None

"""Where a medcode client connects: one server, or several behind one gRPC channel.

Several addresses (`"10.0.0.5:8001,10.0.0.6:8001"`, or a list) become one channel whose target
lists them all (`ipv4:10.0.0.5:8001,10.0.0.6:8001`, gRPC's static resolver) with gRPC's own
`round_robin` load-balancing policy: each request goes to the next server whose connection is
up; a server that goes down (its connection fails) leaves the rotation until gRPC reconnects to
it, and a request caught on it fails with UNAVAILABLE, which the client retries on another.
No balancing is done here: this module only spells the target and the channel options.

Client-side health checking: gRPC asks a server's `grpc.health.v1.Health/Watch` when the
service config has a `healthCheckConfig`. Triton 2.51 (the bundled server) answers `Check`
(SERVING) but not `Watch` (UNIMPLEMENTED, measured), and gRPC then turns health checking off for
that server and logs an error per connection; so it is off unless `health_check_service` names
a service (for a server that implements Watch). Connection state is what takes a dead server
out of the rotation here.

With TLS the server's certificate is checked against one name for every address:
`tls_server_name`, else MEDCODE_TLS_SERVER_NAME, else the host of the first address; give each
server a certificate that carries that name (or IP) in its subjectAltName.
"""

from __future__ import annotations

import ipaddress
import json
import os
import socket
from collections.abc import Sequence

from tritonclient.grpc import MAX_GRPC_MESSAGE_SIZE, KeepAliveOptions

from medcode.client.errors import MedcodeError

SERVER_NAME_ENV = "MEDCODE_TLS_SERVER_NAME"
# A server that comes back (restarted) rejoins the rotation within this long: gRPC's default
# reconnect backoff grows to 120 s.
MAX_RECONNECT_BACKOFF_MS = 5000


class AddressError(MedcodeError):
    """A server address is not HOST:PORT, or a host name does not resolve."""


def parse_addresses(url: str | Sequence[str]) -> list[str]:
    """`"a:1,b:2"`, `["a:1", "b:2"]` or `["a:1,b:2"]` -> `["a:1", "b:2"]` (HOST:PORT each)."""
    items = [url] if isinstance(url, str) else list(url)
    out = [a.strip() for item in items for a in str(item).split(",") if a.strip()]
    if not out:
        raise AddressError("no server address given (HOST:PORT)")
    for a in out:
        host, sep, port = a.rpartition(":")
        if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise AddressError(f"a server address must be HOST:PORT, got {a!r}")
    return out


def split_host(address: str) -> tuple[str, int]:
    host, _, port = address.rpartition(":")
    return host.strip("[]"), int(port)


def _literal(host: str, port: int) -> tuple[int, str]:
    """(IP version, 'IP:PORT' as gRPC's ipv4:/ipv6: targets spell it); names resolved once, now."""
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError:
            raise AddressError(f"server host {host!r} does not resolve") from None
        infos.sort(key=lambda i: i[0] != socket.AF_INET)  # IPv4 first
        ip = ipaddress.ip_address(infos[0][4][0])
    return (ip.version, f"{ip}:{port}" if ip.version == 4 else f"[{ip}]:{port}")


def grpc_target(addresses: Sequence[str]) -> str:
    """The channel target: the address itself for one server, `ipv4:A,B` (or `ipv6:`) for several."""
    if len(addresses) == 1:
        return addresses[0]
    literals = [_literal(*split_host(a)) for a in addresses]
    versions = {v for v, _ in literals}
    if len(versions) > 1:
        raise AddressError("several server addresses must all be IPv4 or all IPv6")
    return f"ipv{versions.pop()}:" + ",".join(lit for _, lit in literals)


def server_name(addresses: Sequence[str], tls_server_name: str | None) -> str:
    return tls_server_name or os.environ.get(SERVER_NAME_ENV) or split_host(addresses[0])[0]


def channel_args(
    addresses: Sequence[str], tls: bool, tls_server_name: str | None = None, health_check_service: str | None = None
) -> list[tuple[str, object]] | None:
    """gRPC channel options for tritonclient's `channel_args=`: None (tritonclient's defaults)
    for one server; for several, those defaults plus round_robin, a short reconnect backoff and,
    with TLS, the one name every server's certificate is checked against."""
    if len(addresses) == 1:
        return None
    keep = KeepAliveOptions()
    service_config: dict = {"loadBalancingConfig": [{"round_robin": {}}]}
    if health_check_service is not None:
        service_config["healthCheckConfig"] = {"serviceName": health_check_service}
    args: list[tuple[str, object]] = [
        ("grpc.max_send_message_length", MAX_GRPC_MESSAGE_SIZE),
        ("grpc.max_receive_message_length", MAX_GRPC_MESSAGE_SIZE),
        ("grpc.keepalive_time_ms", keep.keepalive_time_ms),
        ("grpc.keepalive_timeout_ms", keep.keepalive_timeout_ms),
        ("grpc.keepalive_permit_without_calls", keep.keepalive_permit_without_calls),
        ("grpc.http2.max_pings_without_data", keep.http2_max_pings_without_data),
        ("grpc.service_config", json.dumps(service_config)),
        ("grpc.max_reconnect_backoff_ms", MAX_RECONNECT_BACKOFF_MS),
    ]
    if tls:
        args.append(("grpc.ssl_target_name_override", server_name(addresses, tls_server_name)))
    return args

"""Server addresses of a client: one stays a plain target with tritonclient's defaults; several
become one gRPC channel (static `ipv4:` target, round_robin) and, over TLS, one checked name."""

from __future__ import annotations

import json

import pytest

from medcode.client import AddressError, MedcodeClient
from medcode.client.channel import SERVER_NAME_ENV, channel_args, grpc_target, parse_addresses


def test_addresses_come_comma_separated_or_as_a_list():
    assert parse_addresses("127.0.0.1:8001") == ["127.0.0.1:8001"]
    assert parse_addresses("127.0.0.1:8001, 127.0.0.1:8101") == ["127.0.0.1:8001", "127.0.0.1:8101"]
    assert parse_addresses(["127.0.0.1:8001", "127.0.0.1:8101,127.0.0.1:8201"]) == [
        "127.0.0.1:8001",
        "127.0.0.1:8101",
        "127.0.0.1:8201",
    ]


@pytest.mark.parametrize("bad", ["", ",", "127.0.0.1", "127.0.0.1:port", ":8001", "127.0.0.1:0", "h:70000"])
def test_malformed_addresses_are_refused(bad):
    with pytest.raises(AddressError):
        parse_addresses(bad)


def test_one_address_keeps_the_plain_target_and_default_options():
    assert grpc_target(["localhost:8001"]) == "localhost:8001"
    assert channel_args(["localhost:8001"], tls=True) is None


def test_several_addresses_are_one_round_robin_channel():
    addrs = ["127.0.0.1:8001", "localhost:8101"]
    assert grpc_target(addrs) == "ipv4:127.0.0.1:8001,127.0.0.1:8101"
    assert grpc_target(["[::1]:8001", "::1:8101"]) == "ipv6:[::1]:8001,[::1]:8101"
    args = dict(channel_args(addrs, tls=False) or [])
    config = json.loads(str(args["grpc.service_config"]))
    assert config == {"loadBalancingConfig": [{"round_robin": {}}]}
    assert "grpc.ssl_target_name_override" not in args
    with_health = dict(channel_args(addrs, tls=False, health_check_service="") or [])
    assert json.loads(str(with_health["grpc.service_config"]))["healthCheckConfig"] == {"serviceName": ""}


def test_mixed_ip_versions_and_unresolvable_hosts_are_refused():
    with pytest.raises(AddressError, match="all be IPv4 or all IPv6"):
        grpc_target(["127.0.0.1:8001", "[::1]:8101"])
    with pytest.raises(AddressError, match="does not resolve"):
        grpc_target(["127.0.0.1:8001", "no-such-host.invalid:8101"])


def test_tls_checks_every_server_against_one_name(monkeypatch):
    addrs = ["127.0.0.1:8001", "127.0.0.2:8101"]
    monkeypatch.delenv(SERVER_NAME_ENV, raising=False)
    assert dict(channel_args(addrs, tls=True) or [])["grpc.ssl_target_name_override"] == "127.0.0.1"
    monkeypatch.setenv(SERVER_NAME_ENV, "medcode.hospital.example")
    assert dict(channel_args(addrs, tls=True) or [])["grpc.ssl_target_name_override"] == "medcode.hospital.example"
    assert dict(channel_args(addrs, tls=True, tls_server_name="x") or [])["grpc.ssl_target_name_override"] == "x"


def test_a_client_with_several_addresses_names_them_all():
    with MedcodeClient("127.0.0.1:1,127.0.0.1:2", retries=0, timeout_s=1) as c:
        assert c.addresses == ["127.0.0.1:1", "127.0.0.1:2"]
        assert c.url == "127.0.0.1:1,127.0.0.1:2"
        assert not c.ready()  # nothing listens there: not ready, no exception

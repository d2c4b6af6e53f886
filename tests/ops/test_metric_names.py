"""Every metric a rule or dashboard uses is one that Triton, DCGM, node exporter or the client exports."""

import urllib.request

from . import metric_names as mn


def known():
    client = mn.client_metric_names()
    return mn.TRITON | mn.DCGM | mn.NODE | mn.PROMETHEUS | client | mn.recorded_names()


def test_extract_ignores_functions_labels_and_windows():
    expr = (
        'histogram_quantile(0.95, sum by (model, le) (rate(foo_bucket{job="x", le!="1"}[5m]))) '
        "/ on(instance) group_left(gpu) bar offset 1h > 3 and max_over_time(count(baz)[1d:5m])"
    )
    assert mn.extract(expr) == {"foo_bucket", "bar", "baz"}


def test_histogram_suffix_maps_to_its_histogram():
    assert (
        mn.normalise("medcode_client_request_latency_seconds_bucket", {"medcode_client_request_latency_seconds"})
        == "medcode_client_request_latency_seconds"
    )
    assert mn.unknown({"made_up_total"}, known()) == {"made_up_total"}


def test_rules_use_only_known_metrics():
    assert mn.unknown(mn.used_by_rules(), known()) == set()


def test_dashboards_use_only_known_metrics():
    assert mn.unknown(mn.used_by_dashboards(), known()) == set()


def test_client_metrics_match_the_client_module():
    assert set(mn.CLIENT_DOCUMENTED) <= mn.client_metric_names()


def test_triton_names_on_a_live_server(request):
    """Against a real Triton's /metrics page (the lead's `triton_server` fixture)."""
    server = request.getfixturevalue("triton_server")
    page = urllib.request.urlopen(server.metrics_url, timeout=10).read().decode()
    used = {n for n in mn.used_by_rules() | mn.used_by_dashboards() if n.startswith("nv_")}
    assert used - mn.exported_by(page) == set()

"""Which metric names medcode's alert rules and dashboards use, and which ones really exist.

Run as a script against a live server:  python3 tests/ops/metric_names.py URL [PREFIX]
e.g. http://127.0.0.1:8002/metrics nv_  (prints the names with PREFIX used by rules/dashboards
that the page does not export; exit 1 if any).
"""

from __future__ import annotations

import json
import re
import sys
import urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "ops/prometheus/rules/medcode.rules.yml"
DASHBOARDS = ROOT / "ops/grafana/dashboards"

# Documented Triton 2.51 names (docs/user_guide/metrics.md; checked live by test-ops.sh).
TRITON = {
    "nv_inference_request_success",
    "nv_inference_request_failure",
    "nv_inference_count",
    "nv_inference_exec_count",
    "nv_inference_pending_request_count",
    "nv_inference_request_duration_us",
    "nv_inference_queue_duration_us",
    "nv_inference_compute_input_duration_us",
    "nv_inference_compute_infer_duration_us",
    "nv_inference_compute_output_duration_us",
    "nv_gpu_utilization",
    "nv_gpu_memory_total_bytes",
    "nv_gpu_memory_used_bytes",
}
DCGM = {
    "DCGM_FI_DEV_GPU_UTIL",
    "DCGM_FI_DEV_FB_USED",
    "DCGM_FI_DEV_FB_FREE",
    "DCGM_FI_DEV_GPU_TEMP",
    "DCGM_FI_DEV_POWER_USAGE",
    "DCGM_FI_DEV_XID_ERRORS",
}
NODE = {
    "node_cpu_seconds_total",
    "node_memory_MemAvailable_bytes",
    "node_timex_sync_status",
    "node_timex_offset_seconds",
    "node_filesystem_avail_bytes",
    "node_filesystem_size_bytes",
}
PROMETHEUS = {"up"}
# The client metrics the rules and dashboards were written against (docs/operations.md); the test
# checks the client module still exports each of them.
CLIENT_DOCUMENTED = (
    "medcode_client_requests_total",
    "medcode_client_request_failures_total",
    "medcode_client_request_latency_seconds",
    "medcode_codes_total",
    "medcode_phi_spans_removed_total",
)
HISTOGRAM_SUFFIXES = ("_bucket", "_sum", "_count")

_FUNCS_AND_KEYWORDS = {
    "sum",
    "min",
    "max",
    "avg",
    "count",
    "stddev",
    "stdvar",
    "topk",
    "bottomk",
    "quantile",
    "count_values",
    "group",
    "by",
    "without",
    "on",
    "ignoring",
    "group_left",
    "group_right",
    "and",
    "or",
    "unless",
    "offset",
    "bool",
    "inf",
    "nan",
    "le",
}


def client_metric_names() -> set[str]:
    """The metric names the client exports (`medcode.client.metrics.METRIC_NAMES`)."""
    from medcode.client.metrics import METRIC_NAMES

    return set(METRIC_NAMES)


def extract(expr: str) -> set[str]:
    """Metric names referenced by a PromQL expression (selectors, not functions or labels)."""
    s = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)  # string literals
    s = re.sub(r"\{[^}]*\}", "", s)  # label matchers
    s = re.sub(r"\[[^\]]*\]", "", s)  # range / subquery windows
    s = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", s)
    s = re.sub(r"(?<![A-Za-z0-9_:])\d[A-Za-z0-9_.+-]*", " ", s)  # numbers and durations (offset 1h)
    names = set()
    for m in re.finditer(r"[A-Za-z_:][A-Za-z0-9_:]*", s):
        tok, rest = m.group(0), s[m.end() :].lstrip()
        if rest.startswith("(") or tok.lower() in _FUNCS_AND_KEYWORDS:
            continue
        if re.fullmatch(r"\d+[smhdwy]", tok) or tok[0].isdigit():
            continue
        names.add(tok)
    return names


def used_by_rules(path: Path = RULES) -> set[str]:
    groups = yaml.safe_load(path.read_text())["groups"]
    rules = [r for g in groups for r in g["rules"]]
    recorded = {r["record"] for r in rules if "record" in r}
    return set().union(*(extract(str(r["expr"])) for r in rules)) - recorded


def used_by_dashboards(folder: Path = DASHBOARDS) -> set[str]:
    names = set()
    for f in sorted(folder.glob("*.json")):
        for panel in json.loads(f.read_text())["panels"]:
            for t in panel.get("targets", []):
                names |= extract(t["expr"])
    return names


def recorded_names(path: Path = RULES) -> set[str]:
    return {r["record"] for g in yaml.safe_load(path.read_text())["groups"] for r in g["rules"] if "record" in r}


def normalise(name: str, histograms: set[str]) -> str:
    """Map `<histogram>_bucket/_sum/_count` back to the histogram's own name."""
    for suf in HISTOGRAM_SUFFIXES:
        if name.endswith(suf) and name[: -len(suf)] in histograms:
            return name[: -len(suf)]
    return name


def unknown(names: set[str], known: set[str]) -> set[str]:
    return {n for n in names if normalise(n, known) not in known}


def exported_by(metrics_text: str) -> set[str]:
    """Metric family names on a Prometheus text page (from # TYPE lines and samples)."""
    names = {ln.split()[2] for ln in metrics_text.splitlines() if ln.startswith("# TYPE ")}
    names |= {re.split(r"[{ ]", ln, maxsplit=1)[0] for ln in metrics_text.splitlines() if ln and not ln.startswith("#")}
    return names


def main(url: str, prefix: str = "nv_") -> int:
    page = urllib.request.urlopen(url, timeout=10).read().decode()
    live = exported_by(page)
    used = {n for n in used_by_rules() | used_by_dashboards() if n.startswith(prefix)}
    missing = sorted(n for n in used if n not in live)
    print(json.dumps({"url": url, "names_used": sorted(used), "missing_on_live_server": missing}))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))

"""The Grafana dashboard is valid JSON that the file provisioner and data source can load."""

import json

from .conftest import ROOT


def dashboards():
    return sorted((ROOT / "ops/grafana/dashboards").glob("*.json"))


def test_dashboards_exist_and_parse():
    assert dashboards()
    for f in dashboards():
        d = json.loads(f.read_text())
        assert d["uid"] and d["title"] and d["panels"]


def test_panels_use_the_provisioned_datasource_and_have_unique_ids():
    for f in dashboards():
        panels = json.loads(f.read_text())["panels"]
        assert len({p["id"] for p in panels}) == len(panels)
        for p in panels:
            assert p["datasource"]["uid"] == "medcode-prometheus", p["title"]
            assert p["targets"] and all(t["expr"].strip() for t in p["targets"]), p["title"]

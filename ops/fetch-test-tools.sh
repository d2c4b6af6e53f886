#!/usr/bin/env bash
# Unpack promtool from Debian's prometheus package into build/ops/tools for `make test`'s rule
# tests, without installing or starting Prometheus. Does nothing if promtool is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=build/ops/tools
if command -v promtool >/dev/null || [ -x "$dest/usr/bin/promtool" ]; then exit 0; fi
mkdir -p build/ops/debs "$dest"
echo "==> fetching promtool (Debian package prometheus) for the alert-rule tests"
apt-get update -qq >/dev/null 2>&1 || true
(cd build/ops/debs && apt-get download -qq prometheus)
dpkg-deb -x build/ops/debs/prometheus_*.deb "$dest"
"$dest/usr/bin/promtool" --version | head -1

#!/usr/bin/env bash
# make test-ops: lint, syntax check, then a real converge of this machine (as root) inside a
# loopback-only network namespace, from locally built signed bundles; run twice (the second
# must change nothing); verify monitoring and Triton; upgrade; roll back; tampered bundles.
# Separate from `make test`: it needs root, network namespaces, and installs Debian packages.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OPS=$ROOT/ops
WORK=$ROOT/build/ops/test
VENV=$ROOT/build/ops-venv
NS=medcode-airgap
REPO=${MEDCODE_OPS_REPO:-$ROOT/build/model_repository/cpu}  # read only: copied into the bundles
NOTE=$ROOT/examples/01_diabetes_neuropathy.txt
ANSIBLE_CORE=2.19.14
ANSIBLE_LINT=26.10.1
PY=${PYTHON:-$( [ -x "$ROOT/.venv/bin/python" ] && echo "$ROOT/.venv/bin/python" || echo python3)}
export ANSIBLE_CONFIG=$OPS/ansible/ansible.cfg ANSIBLE_NOCOLOR=1 ANSIBLE_FORCE_COLOR=0

step() { printf '\n=== [%4ss] %s\n' "$SECONDS" "$*"; }
die() { printf 'test-ops FAILED: %s\n' "$*" >&2; exit 1; }
in_ns() { ip netns exec "$NS" "$@"; }
recap() { grep -E '^localhost +: ' "$1" | tail -1; }
field() { recap "$1" | sed -n "s/.*$2=\([0-9]*\).*/\1/p"; }

[ "$(id -u)" = 0 ] || die "needs root (network namespaces, apt, services)"

step "tools: Debian packages for building the bundle, ansible in $VENV"
need=()
for p in apt-utils dpkg-dev gnupg gpgv iproute2 curl openssl python3-venv python3-apt; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
apt-cache show prometheus >/dev/null 2>&1 || apt-get update -qq
[ -x "$VENV/bin/python" ] || /usr/bin/python3 -m venv "$VENV"
"$VENV/bin/pip" install -q --disable-pip-version-check "ansible-core==$ANSIBLE_CORE" "ansible-lint==$ANSIBLE_LINT"
export PATH=$VENV/bin:$PATH

step "ansible-lint (production profile)"
(cd "$OPS/ansible" && ansible-lint --offline --profile production -q playbooks/ roles/ inventory/)

step "syntax check"
for inv in example test; do
  (cd "$OPS/ansible" && ansible-playbook -i "inventory/$inv/hosts.yml" --syntax-check \
     playbooks/site.yml playbooks/rollback.yml >/dev/null)
done
echo "syntax ok (example and test inventories)"

step "bundles: two releases of the real CPU model repository, full wheelhouse, throw-away test key"
rm -rf "$WORK"; mkdir -p "$WORK"
[ -f "$REPO/MANIFEST.json" ] || die "no model repository at $REPO (run: make repo)"
V1=$("$PY" -c 'import json,sys; m=json.load(open(sys.argv[1])); print(m.get("version") or m["model_version"])' "$REPO/MANIFEST.json")
V2="$V1-r2"
# r2: a copy of the same models whose version.json and manifest say $V2 (served results carry it).
"$PY" "$ROOT/tests/ops/release_copy.py" "$REPO" "$WORK/repo-r2" "$V2" >/dev/null
PYVER=$(/usr/bin/python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')  # the target venv's
for r in r1 r2; do
  src=$REPO; [ "$r" = r2 ] && src=$WORK/repo-r2
  t0=$SECONDS
  (cd "$ROOT" && nice -n 10 "$(dirname "$PY")/medcode" bundle --out "$WORK/bundle-$r" --version "test-$r" --wheelhouse full \
     --python-version "$PYVER" --model-repository "$src" --gnupg-home "$WORK/gnupg" --test-key \
     --pubkey-out "$WORK/bundle-key.gpg")
  echo "bundle-$r: $(du -sh "$WORK/bundle-$r" | cut -f1), wheels/ $(du -sh "$WORK/bundle-$r/wheels" | cut -f1), $((SECONDS - t0)) s"
done
rm -rf "$WORK/repo-r2"

step "promtool: rules check and unit tests (promtool from the bundled .deb)"
rm -rf "$WORK/tools"; mkdir -p "$WORK/tools"
for deb in "$WORK"/bundle-r1/apt/prometheus_*.deb "$WORK"/bundle-r1/apt/prometheus-alertmanager_*.deb; do
  dpkg-deb -x "$deb" "$WORK/tools"
done
"$WORK/tools/usr/bin/promtool" check rules "$OPS/prometheus/rules/medcode.rules.yml"
"$WORK/tools/usr/bin/promtool" test rules "$OPS/prometheus/tests/medcode.rules.test.yml"

step "a fresh air gap: namespace $NS with loopback only; previous test services stopped"
for env in /etc/medcode/services/*.env; do
  [ -e "$env" ] && /usr/local/sbin/medcode-svc stop "$(basename "$env" .env)" || true
done
in_ns service chrony stop >/dev/null 2>&1 || true
ip netns del "$NS" 2>/dev/null || true
ip netns add "$NS"
in_ns ip link set lo up
in_ns curl -s -m 3 http://deb.debian.org/ >/dev/null 2>&1 && die "the namespace reaches the network"
echo "outbound network: unreachable (good)"
rm -rf /srv/medcode /opt/medcode /etc/medcode/services /etc/apt/sources.list.d/medcode.sources \
  /etc/medcode/tls /etc/medcode/admin.key /etc/medcode/audit.key /var/lib/medcode/audit

step "a test site CA (openssl): server certificate for the namespace host, the playbook's client certificate"
TLS=$WORK/tls; rm -rf "$TLS"; mkdir -p "$TLS"
mkcert() {  # mkcert NAME SUBJECT EXTENSIONS CA : key and certificate signed by CA (self-signed when CA is -)
  local n=$1 subj=$2 ext=$3 ca=$4
  openssl req -new -newkey rsa:2048 -nodes -keyout "$TLS/$n.key" -out "$TLS/$n.csr" -subj "$subj" 2>/dev/null
  printf '%b' "$ext" >"$TLS/$n.ext"
  if [ "$ca" = - ]; then
    openssl x509 -req -in "$TLS/$n.csr" -signkey "$TLS/$n.key" -out "$TLS/$n.crt" -days 2 -extfile "$TLS/$n.ext" 2>/dev/null
  else
    openssl x509 -req -in "$TLS/$n.csr" -CA "$TLS/$ca.crt" -CAkey "$TLS/$ca.key" -CAcreateserial \
      -out "$TLS/$n.crt" -days 2 -extfile "$TLS/$n.ext" 2>/dev/null
  fi
}
mkcert ca "/CN=medcode test site CA" 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n' -
mkcert server "/CN=localhost" 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n' ca
mkcert client "/CN=medcode-ops" 'extendedKeyUsage=clientAuth\n' ca
mkcert other-ca "/CN=another CA" 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n' -
mkcert stranger "/CN=stranger" 'extendedKeyUsage=clientAuth\n' other-ca
openssl verify -CAfile "$TLS/ca.crt" "$TLS/server.crt" "$TLS/client.crt"
CLIENT_TLS=(--tls-ca "$TLS/ca.crt" --tls-cert "$TLS/client.crt" --tls-key "$TLS/client.key")

play() {  # play LOG BUNDLE PLAYBOOK
  local log=$1 bundle=$2 pb=$3
  (cd "$OPS/ansible" && in_ns ansible-playbook -i inventory/test/hosts.yml "playbooks/$pb" \
     -e "medcode_bundle_dir=$bundle" -e "medcode_bundle_keyring=$WORK/bundle-key.gpg" \
     -e "triton_server_tls_ca_src=$TLS/ca.crt" -e "triton_server_tls_cert_src=$TLS/server.crt" \
     -e "triton_server_tls_key_src=$TLS/server.key" -e "triton_server_tls_client_cert_src=$TLS/client.crt" \
     -e "triton_server_tls_client_key_src=$TLS/client.key") >"$log" 2>&1
}

step "converge 1 (install from bundle r1)"
play "$WORK/converge1.log" "$WORK/bundle-r1" site.yml || { tail -40 "$WORK/converge1.log"; die "converge 1"; }
recap "$WORK/converge1.log"

SITE=/opt/medcode/venv/lib/python$PYVER/site-packages
# `medcode serve` is told the role's root-owned backend folder (MEDCODE_TRITON_BACKENDS): nothing in the venv.
[ ! -e "$SITE/build" ] || die "the converge left $SITE/build behind"
pid=$(cat /run/medcode/triton.pid)
tr '\0' '\n' <"/proc/$pid/environ" | grep -qx 'MEDCODE_TRITON_BACKENDS=/opt/medcode/backends' \
  || die "medcode serve runs without MEDCODE_TRITON_BACKENDS=/opt/medcode/backends"
echo "medcode serve: MEDCODE_TRITON_BACKENDS=/opt/medcode/backends, no build/ folder in the venv"

step "converge 2 (same bundle: must change nothing)"
play "$WORK/converge2.log" "$WORK/bundle-r1" site.yml || { tail -40 "$WORK/converge2.log"; die "converge 2"; }
recap "$WORK/converge2.log"
[ "$(field "$WORK/converge2.log" changed)" = 0 ] || { grep -B3 '^changed' "$WORK/converge2.log" | head -40; die "second converge changed something"; }

step "verify: Prometheus rules loaded and scraping the medcode server the playbook started"
rules=$(in_ns curl -sf http://127.0.0.1:9090/api/v1/rules)
echo "$rules" | "$PY" -c 'import json,sys; g={x["name"]:len(x["rules"]) for x in json.load(sys.stdin)["data"]["groups"]}; print("rule groups:", g); assert g.get("medcode-alerts",0)>=8, g'
ok=""
for _ in $(seq 1 30); do
  v=$(in_ns curl -sf 'http://127.0.0.1:9090/api/v1/query?query=up%7Bjob%3D%22triton%22%7D' \
      | "$PY" -c 'import json,sys; r=json.load(sys.stdin)["data"]["result"]; print(r[0]["value"][1] if r else "")')
  [ "$v" = 1 ] && { ok=1; break; }; sleep 2
done
[ -n "$ok" ] || die "Prometheus does not see Triton up"
echo "Prometheus: up{job=\"triton\"} == 1"
in_ns "$PY" "$ROOT/tests/ops/metric_names.py" http://127.0.0.1:8002/metrics nv_
in_ns "$PY" "$ROOT/tests/ops/metric_names.py" http://127.0.0.1:9100/metrics node_
in_ns curl -sf http://127.0.0.1:9093/-/ready >/dev/null && echo "Alertmanager: ready"
# One real coding request over gRPC with mutual TLS (the test CA's client certificate), with the
# client from the target venv: codes with evidence, the served release's model_version, and no
# note text in the server log.
served() {
  in_ns /opt/medcode/venv/bin/medcode code --json --url 127.0.0.1:8001 "${CLIENT_TLS[@]}" "$NOTE" >"$WORK/code.json" \
    || die "medcode code failed against the converged server"
  "$PY" "$ROOT/tests/ops/check_coding.py" "$WORK/code.json" "$NOTE" /var/log/medcode/triton.log
}
[ "$(served)" = "$V1" ] || die "medcode does not serve release $V1"
echo "medcode serves release $V1 over mutual TLS"

step "mutual TLS refuses other clients; the admin key is on; the coded note is in the audit trail"
refused() {  # refused WHAT ARGS...: medcode code must fail with the one-line TLS message, no traceback
  local out rc=0
  out=$(in_ns /opt/medcode/venv/bin/medcode code --json --url 127.0.0.1:8001 "${@:2}" "$NOTE" 2>&1) || rc=$?
  [ "$rc" != 0 ] || die "$1: the server coded the note"
  case $out in *Traceback*) die "$1: a stack trace instead of a clear error";; esac
  echo "$1: refused (exit $rc): $(printf '%s' "$out" | tail -1 | cut -c1-160)"
}
refused "plaintext client"
refused "TLS client without a certificate" --tls-ca "$TLS/ca.crt"
refused "client certificate from another CA" --tls-ca "$TLS/ca.crt" --tls-cert "$TLS/stranger.crt" --tls-key "$TLS/stranger.key"
! in_ns ss -ltn 2>/dev/null | grep -q ':8000 ' || die "the HTTP API listens although TLS is on"
pid=$(cat /run/medcode/triton.pid)
tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "--admin-key-file /etc/medcode/admin.key" || die "medcode serve runs without the admin key"
# The stub watchdog connects over mutual TLS with the host's client certificate (else it is off).
grep -q "stub watchdog off" /var/log/medcode/triton.log && die "medcode serve started without its stub watchdog"
echo "medcode serve: admin key on; stub watchdog on (client certificate over mTLS)"
stat -c '%U:%G %a %n' /etc/medcode/tls /etc/medcode/tls/* /etc/medcode/admin.key /etc/medcode/audit.key /var/lib/medcode/audit
[ "$(stat -c '%U:%G %a' /var/lib/medcode/audit)" = "root:medcode 770" ] || die "audit directory owner or mode"
[ "$(stat -c '%U:%G %a' /etc/medcode/audit.key)" = "root:medcode 440" ] || die "audit key owner or mode"
[ "$(stat -c '%U:%G %a' /etc/medcode/tls/server.key)" = "root:medcode 640" ] || die "server key owner or mode"
audit_checked() {  # the latest result's record, then the whole chain
  local aid
  aid=$("$PY" -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["audit_id"])' "$WORK/code.json")
  /opt/medcode/venv/bin/medcode audit show /var/lib/medcode/audit --audit-id "$aid" >"$WORK/audit-record.jsonl" \
    || die "no audit record for audit_id $aid"
  "$PY" "$ROOT/tests/ops/check_audit.py" "$WORK/code.json" "$WORK/audit-record.jsonl" "$NOTE" /var/lib/medcode/audit \
    || die "the audit record does not match the coded note"
  /opt/medcode/venv/bin/medcode audit verify /var/lib/medcode/audit --key-file /etc/medcode/audit.key \
    || die "medcode audit verify failed"
}
audit_checked

step "upgrade to bundle r2 (over the venv link an earlier role version made, which must go)"
mkdir -p "$SITE/build"; ln -sfn /opt/medcode/backends "$SITE/build/triton_backends"
play "$WORK/upgrade.log" "$WORK/bundle-r2" site.yml || { tail -40 "$WORK/upgrade.log"; die "upgrade"; }
recap "$WORK/upgrade.log"
[ ! -e "$SITE/build" ] && [ ! -L "$SITE/build/triton_backends" ] || die "the upgrade left the old $SITE/build link behind"
echo "old venv link $SITE/build/triton_backends: removed"
[ "$(readlink /srv/medcode/models/current)" = "/srv/medcode/models/releases/$V2" ] || die "current is not $V2"
[ "$(served)" = "$V2" ] || die "medcode does not serve release $V2 after the upgrade"
echo "medcode serves $V2; previous -> $(readlink /srv/medcode/models/previous)"
audit_checked

step "rollback"
play "$WORK/rollback.log" "$WORK/bundle-r2" rollback.yml || { tail -40 "$WORK/rollback.log"; die "rollback"; }
recap "$WORK/rollback.log"
[ "$(readlink /srv/medcode/models/current)" = "/srv/medcode/models/releases/$V1" ] || die "current is not $V1"
[ "$(served)" = "$V1" ] || die "medcode does not serve $V1 after the rollback"
echo "rollback: current -> $V1, medcode serves $V1"
audit_checked

step "time: chronyd runs against the inventory's NTP server; log rotation leaves the audit trail alone"
in_ns chronyc -n sources | tee "$WORK/chrony-sources.txt"
grep -q '127\.0\.0\.1' "$WORK/chrony-sources.txt" || die "chronyd does not use the configured NTP server"
/usr/sbin/logrotate --force --state "$WORK/logrotate.state" /etc/logrotate.d/medcode
ls /var/log/medcode/triton.log-* >/dev/null 2>&1 || die "logrotate did not rotate triton.log"
echo "rotated: $(cd /var/log/medcode && ls -- *.log-* | tr '\n' ' ')"
[ "$(served)" = "$V1" ] || die "medcode does not serve after the log rotation"
audit_checked
ls /var/lib/medcode/audit | grep -Eq -- '-[0-9]{8}|\.gz$' && die "log rotation touched the audit directory"
echo "audit directory: no rotated or compressed files; chain intact"

snapshot() {
  { readlink /srv/medcode/models/current /srv/medcode/models/previous
    sha256sum /etc/prometheus/prometheus.yml /etc/prometheus/rules/* /etc/prometheus/alertmanager.yml \
      /etc/apt/sources.list.d/medcode.sources /etc/nftables.conf /etc/medcode/services/*.env
    ls /srv/medcode/models/releases; } 2>&1
}
tampered() {  # tampered NAME: a hard-linked copy of bundle r2 (a good run would switch to r2)
  local d=$WORK/bundle-$1; rm -rf "$d"; cp -al "$WORK/bundle-r2" "$d"; echo "$d"
}
expect_rejected() {  # expect_rejected NAME BUNDLE
  local before after log=$WORK/$1.log
  before=$(snapshot)
  if play "$log" "$2" site.yml; then die "$1: the playbook accepted a tampered bundle"; fi
  grep -q 'BUNDLE REJECTED' "$log" || { tail -20 "$log"; die "$1: failed, but not at bundle verification"; }
  [ "$(field "$log" changed)" = 0 ] || die "$1: something changed before the failure"
  after=$(snapshot)
  [ "$before" = "$after" ] || die "$1: host state differs after the rejected run"
  echo "$1: rejected before any change ($(grep -o 'BUNDLE REJECTED[^"]*' "$log" | head -1))"
}

step "tampered bundles are rejected before anything changes"
d=$(tampered badsum)
rm "$d/prometheus/rules/medcode.rules.yml"
sed 's/> 0.01/> 0.5/' "$WORK/bundle-r2/prometheus/rules/medcode.rules.yml" >"$d/prometheus/rules/medcode.rules.yml"
expect_rejected badsum "$d"

d=$(tampered badsig)
mkdir -p "$WORK/gnupg-other"
"$PY" - "$WORK/gnupg-other" "$d" "$ROOT" <<'EOF'
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from medcode.bundle import signing
home, bundle = Path(sys.argv[1]), Path(sys.argv[2])
key = signing.generate_test_key(home)
(bundle / "SHA256SUMS.asc").unlink()
signing.detach_sign(home, key, bundle / "SHA256SUMS", bundle / "SHA256SUMS.asc")
EOF
expect_rejected badsig "$d"

d=$(tampered extrafile)
echo 'evil' >"$d/models/$V2/medcode/1/extra.py"
expect_rejected extrafile "$d"

step "stop the test services and remove the namespace"
for env in /etc/medcode/services/*.env; do /usr/local/sbin/medcode-svc stop "$(basename "$env" .env)" || true; done
in_ns service chrony stop || true
ip netns del "$NS"
# The test bundles live under build/: do not leave this machine's apt pointing at them.
rm -f /etc/apt/sources.list.d/medcode.sources /etc/apt/preferences.d/medcode.pref
rm -f /var/lib/apt/lists/_work_*_build_ops_test_bundle-*
printf '\n[%ss] test-ops PASSED:' "$SECONDS"
printf ' lint clean, real medcode converged twice (second changed=0) with mTLS, admin key and audit trail, coding over mTLS + audit chain + monitoring verified, 3 refused clients, upgrade, rollback, 3 tampered bundles rejected\n'

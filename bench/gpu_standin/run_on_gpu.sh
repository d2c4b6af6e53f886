#!/usr/bin/env bash
# One script that sets up, serves, measures and prints a table: the GPU stand-in encoder
# (plain-PyTorch fp16 BERT on the exported weights, Triton Python backend, KIND_GPU) served by
# the tritonserver bundled in nvidia-pytriton, driven over gRPC on loopback.
#
# Needs (made on the CPU machine, see docs/performance.md):
#   $RUNTIME/triton.tar.xz     tritonserver + libs + python backend + stubs (pack_runtime.sh)
#   $RUNTIME/wheels/*.whl      numpy==1.26.4 (server env) + tritonclient, grpcio, protobuf,
#                              python-rapidjson (client env), all for $PY's Python version
#   $RUNTIME/records.npz, reference.npz   (medcode bench gpu_standin.prepare)
#   $WEIGHTS                   fp16 weights npz (stashed by an earlier call: 64 MiB per call)
# Everything is a parameter (environment variable) so the same script dry-runs on CPU.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
PY=${PY:-python3}                                   # base interpreter (has torch)
KIND=${KIND:-gpu}                                   # gpu | cpu (dry run)
RAW_DEVICE=${RAW_DEVICE:-$([ "$KIND" = gpu ] && echo cuda || echo cpu)}
RUNTIME=${RUNTIME:-$REPO/.gpu/runtime}
WORK=${WORK:-/tmp/medcode_gpu}
WEIGHTS=${WEIGHTS:-$WORK/weights/encoder_fp16.npz}
OUT=${OUT:-$WORK/out}
PORT=${PORT:-18101}                                 # gRPC; HTTP = PORT+1, metrics = PORT+2
CONCURRENCY=${CONCURRENCY:-1,8,32,64}
SECONDS_PER_LEVEL=${SECONDS_PER_LEVEL:-15}
MAX_RECORDS=${MAX_RECORDS:-20000}
PROCS=${PROCS:-8}
INSTANCES=${INSTANCES:-2}
QUEUE_DELAY_US=${QUEUE_DELAY_US:-1000}
# Model parameters (triton_model.py); empty = the model's default.
TORCH_THREADS=${TORCH_THREADS:-1}                   # intra-op CPU threads per instance (torch default: all cores)
# Buckets: few distinct shapes on the GPU (all warmed at load); on CPU padding costs real time.
ROW_BUCKET=${ROW_BUCKET:-$([ "$KIND" = gpu ] && echo 16 || echo 1)}     # batch rows rounded up (1 = exact)
WIDTH_BUCKET=${WIDTH_BUCKET:-$([ "$KIND" = gpu ] && echo 32 || echo 1)} # padded width rounded up (1 = exact)
WARM=${WARM:-}                                      # all | one | none (default: all on GPU, one on CPU)
SDPA=${SDPA:-no_cudnn}                              # default | no_cudnn (no per-shape cuDNN graph build)
RAGGED=${RAGGED:-1}                                 # 1: allow_ragged_batch (batch records of different widths)
PIN=${PIN:-}                                        # 1 | 0 (pinned host copy; default 1 on GPU)
LABEL=${LABEL:-"GPU stand-in: PyTorch fp16 encoder in Triton Python backend (not TensorRT)"}
mkdir -p "$OUT" "$WORK"
T0=$(date +%s)
say() { echo "[run_on_gpu +$(( $(date +%s) - T0 ))s] $*"; }

say "start $(date -u +%FT%TZ) kind=$KIND"
if command -v nvidia-smi >/dev/null; then nvidia-smi > "$OUT/nvidia-smi.txt" 2>&1 || true; head -n 15 "$OUT/nvidia-smi.txt"; fi
if [ ! -f "$WEIGHTS" ] && [ -f "$REPO/.gpu/weights/encoder_fp16.npz" ]; then WEIGHTS=$REPO/.gpu/weights/encoder_fp16.npz; fi
[ -f "$WEIGHTS" ] || { echo "FATAL: weights $WEIGHTS missing: run the stash call first (machine must still be warm)"; exit 3; }
if [ -f "$RUNTIME/weights.sha256" ]; then
  (cd "$(dirname "$WEIGHTS")" && sed "s#  .*#  $(basename "$WEIGHTS")#" "$RUNTIME/weights.sha256" | sha256sum -c --quiet -) \
    || { echo "FATAL: $WEIGHTS does not match $RUNTIME/weights.sha256"; exit 3; }
fi

# 1. Triton runtime
if [ ! -f "$WORK/.triton_ready" ]; then
  rm -rf "$WORK/triton"; tar -xJf "$RUNTIME/triton.tar.xz" -C "$WORK"; touch "$WORK/.triton_ready"
fi
PYVER=${STUB_VERSION:-$("$PY" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')}
mkdir -p "$WORK/backends/python"
cp "$WORK/triton/backends/python/"* "$WORK/triton/stubs/$PYVER/triton_python_backend_stub" "$WORK/backends/python/"
export LD_LIBRARY_PATH="$WORK/triton/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
if ldd "$WORK/backends/python/triton_python_backend_stub" | grep -q "not found"; then
  PYLIB=$("$PY" -c 'import sysconfig; print(sysconfig.get_config_var("LIBDIR") or "")')
  export LD_LIBRARY_PATH="$LD_LIBRARY_PATH:$PYLIB"
  if ldd "$WORK/backends/python/triton_python_backend_stub" | grep -q "not found"; then
    FOUND=$(find /usr /opt -name "libpython$PYVER.so.1.0" 2>/dev/null | head -n 1 || true)
    [ -n "$FOUND" ] && export LD_LIBRARY_PATH="$LD_LIBRARY_PATH:$(dirname "$FOUND")"
  fi
  ldd "$WORK/backends/python/triton_python_backend_stub" | grep "not found" && { echo "FATAL: stub libraries missing"; exit 4; }
fi
say "triton runtime ready (stub $PYVER)"

# 2. Server env: a venv with numpy<2 (numpy 2 makes the backend return EMPTY tensors) that also
#    sees the base interpreter's torch through a .pth. Client env: base python + client wheels.
TORCH_SITE=$("$PY" -c 'import os, torch; print(os.path.dirname(os.path.dirname(torch.__file__)))')
if [ ! -f "$WORK/.env_ready" ]; then   # a marker, so a setup broken half-way is redone
  rm -rf "$WORK/venv" "$WORK/client_site"
  if ! "$PY" -m venv --without-pip "$WORK/venv"; then
    # What venv does, by hand: a bin/python3 link to the base interpreter plus pyvenv.cfg.
    echo "python -m venv failed; making the venv by hand"
    rm -rf "$WORK/venv"; mkdir -p "$WORK/venv/bin" "$WORK/venv/lib/python$PYVER/site-packages"
    BASE=$("$PY" -c 'import sys; print(getattr(sys, "_base_executable", sys.executable))')
    ln -s "$BASE" "$WORK/venv/bin/python3"; ln -s python3 "$WORK/venv/bin/python"
    printf 'home = %s\ninclude-system-site-packages = false\nversion = %s\n' "$(dirname "$BASE")" \
      "$("$PY" -c 'import platform; print(platform.python_version())')" > "$WORK/venv/pyvenv.cfg"
  fi
  VSITE=$("$WORK/venv/bin/python3" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
  "$PY" -m pip install -q --no-index --no-deps --no-compile --target "$VSITE" "$RUNTIME"/wheels/numpy-*.whl
  echo "$TORCH_SITE" > "$VSITE/zz_base_site.pth"
  mkdir -p "$WORK/client_site"
  "$PY" -m pip install -q --no-index --no-deps --no-compile --upgrade --target "$WORK/client_site" \
    $(ls "$RUNTIME"/wheels/*.whl | grep -v '/numpy-')
  touch "$WORK/.env_ready"
fi
VPY="$WORK/venv/bin/python3"
CLIENT_ENV=(env PYTHONPATH="$WORK/client_site:$REPO/export${PYTHONPATH:+:$PYTHONPATH}")
"$VPY" -c 'import numpy, torch; assert numpy.__version__ < "2", numpy.__version__; print("server env: numpy", numpy.__version__, "torch", torch.__version__, "cuda", torch.cuda.is_available())' | tee "$OUT/env.txt"
"${CLIENT_ENV[@]}" "$PY" -c 'import numpy, grpc, google.protobuf, tritonclient.grpc.aio; print("client env: numpy", numpy.__version__, "grpcio", grpc.__version__, "protobuf", google.protobuf.__version__)' | tee -a "$OUT/env.txt"
if [ "$KIND" = gpu ]; then "$VPY" -c 'import torch; assert torch.cuda.is_available(), "no CUDA in the server env"; print(torch.cuda.get_device_name(0))' | tee -a "$OUT/env.txt"; fi
say "python envs ready"

# 3. Repository (config generated from medcode.export.configs) and server on loopback
rm -rf "$WORK/repo"
"${CLIENT_ENV[@]}" "$PY" -m bench.gpu_standin.repo --out "$WORK/repo" --weights "$WEIGHTS" \
  --kind "$KIND" --instances "$INSTANCES" --queue-delay-us "$QUEUE_DELAY_US" \
  --param torch_threads="$TORCH_THREADS" --param row_bucket="$ROW_BUCKET" --param width_bucket="$WIDTH_BUCKET" \
  $([ "$RAGGED" = 1 ] || echo --no-ragged) --param warm="$WARM" --param sdpa="$SDPA" --param pin="$PIN"
cp "$WORK/repo/encoder/config.pbtxt" "$OUT/config.pbtxt"
PATH="$WORK/venv/bin:$PATH" "$WORK/triton/bin/tritonserver" --model-repository "$WORK/repo" \
  --backend-directory "$WORK/backends" --grpc-address 127.0.0.1 --grpc-port "$PORT" \
  --http-address 127.0.0.1 --http-port $((PORT + 1)) --metrics-address 127.0.0.1 \
  --metrics-port $((PORT + 2)) --log-verbose 0 > "$WORK/server.log" 2>&1 &
SERVER=$!
MON=""
stop() {
  [ -n "$MON" ] && kill "$MON" 2>/dev/null || true
  if kill -0 "$SERVER" 2>/dev/null; then
    kill -TERM "$SERVER"; for _ in $(seq 30); do kill -0 "$SERVER" 2>/dev/null || break; sleep 1; done
    kill -KILL "$SERVER" 2>/dev/null || true
  fi
  tail -n 150 "$WORK/server.log" > "$OUT/server_log_tail.txt" 2>/dev/null || true
  grep -E "phases:|warmed" "$WORK/server.log" > "$OUT/model_phases.txt" 2>/dev/null || true
}
trap stop EXIT
"${CLIENT_ENV[@]}" "$PY" - "$PORT" "$SERVER" <<'PYEOF'
import os, sys, time
import tritonclient.grpc as g
port, pid = sys.argv[1], int(sys.argv[2])
c = g.InferenceServerClient(f"127.0.0.1:{port}")
for _ in range(360):
    try:
        if c.is_server_ready() and c.is_model_ready("encoder"):
            print("server ready"); sys.exit(0)
    except Exception:
        pass
    try:
        os.kill(pid, 0)
    except OSError:
        sys.exit("FATAL: tritonserver exited (see server_log_tail.txt)")
    time.sleep(0.5)
sys.exit("FATAL: server not ready after 180 s")
PYEOF
say "server ready"
if command -v nvidia-smi >/dev/null; then
  nvidia-smi --query-gpu=timestamp,utilization.gpu,memory.used,power.draw --format=csv -l 1 > "$OUT/gpu_util.csv" 2>&1 &
  MON=$!
fi

# 4. Parity + output bytes, served measurement at each concurrency, raw in-process torch
set +e
PYTHONUNBUFFERED=1 "${CLIENT_ENV[@]}" "$PY" -m bench.gpu_standin.bench \
  --url "127.0.0.1:$PORT" --records "$RUNTIME/records.npz" --reference "$RUNTIME/reference.npz" \
  --concurrency "$CONCURRENCY" --seconds "$SECONDS_PER_LEVEL" --max-records "$MAX_RECORDS" \
  --procs "$PROCS" --metrics "http://127.0.0.1:$((PORT + 2))/metrics" ${NO_RAW:+--no-raw} --raw-weights "$WEIGHTS" --raw-device "$RAW_DEVICE" --label "$LABEL" \
  --json "$OUT/gpu_bench.json" 2>&1 | tee "$OUT/bench.log"
RC=${PIPESTATUS[0]}
set -e
say "bench exit $RC; stopping server"
exit "$RC"

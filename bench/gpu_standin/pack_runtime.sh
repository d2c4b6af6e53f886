#!/usr/bin/env bash
# Make, on the CPU machine, everything the GPU run carries (two folders ignored by git through
# .git/info/exclude, each < 60 MiB because one device call carries at most 64 MiB):
#   .gpu/weights/encoder_fp16.npz   the exported fp32 ONNX's weights in fp16     (call 1)
#   .gpu/runtime/                   tritonserver tarball, cp312 wheels, records,
#                                   reference embeddings, weights.sha256          (call 2)
# Usage (repository root): bash export/medcode.export/gpu_standin/pack_runtime.sh [PYVER]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
PYVER=${1:-3.12}                        # the GPU machine's Python
VENV=${VENV:-.venv}
S=$("$VENV/bin/python" -c 'import pytriton, pathlib; print(pathlib.Path(pytriton.__file__).parent.parent)')
grep -qx '/.gpu/' .git/info/exclude 2>/dev/null || echo '/.gpu/' >> .git/info/exclude
mkdir -p .gpu/weights .gpu/runtime/wheels
"$VENV/bin/python" -m bench.gpu_standin.weights build/encoder/fp32/model.onnx .gpu/weights/encoder_fp16.npz
(cd .gpu/weights && sha256sum encoder_fp16.npz > ../runtime/weights.sha256)
"$VENV/bin/python" -m bench.gpu_standin.prepare --model-dir build/encoder/fp32 --out .gpu/runtime
# Triton: binary, the libraries ldd names (transitively), python backend, stubs 3.11 + 3.12.
T=$(mktemp -d)/triton
mkdir -p "$T/bin" "$T/lib" "$T/backends/python" "$T/stubs/3.11" "$T/stubs/3.12"
cp "$S/pytriton/tritonserver/bin/tritonserver" "$T/bin/"
cp "$S/pytriton/tritonserver/backends/python/"{libtriton_python.so,triton_python_backend_utils.py} "$T/backends/python/"
for v in 3.11 3.12; do cp "$S/pytriton/tritonserver/python_backend_stubs/$v/triton_python_backend_stub" "$T/stubs/$v/"; done
P=$S/pytriton/tritonserver   # ldd the originals: their RPATH ($ORIGIN/...) resolves only there
for f in "$P/bin/tritonserver" "$P/backends/python/libtriton_python.so" "$P"/python_backend_stubs/3.1[12]/triton_python_backend_stub; do
  ldd "$f" | grep -o "nvidia_pytriton.libs/[^ ]*" || true
done | sort -u | while read -r l; do cp "$S/$l" "$T/lib/"; done
tar -cJf .gpu/runtime/triton.tar.xz -C "$(dirname "$T")" triton
rm -rf "$(dirname "$T")"
[ "$(tar -tJf .gpu/runtime/triton.tar.xz | grep -c '^triton/lib/lib')" -ge 40 ] || { echo "FATAL: libraries missing from the tarball"; exit 1; }
# Wheels for the GPU machine's Python: numpy<2 for the server env, the gRPC client for the client.
rm -f .gpu/runtime/wheels/*.whl
"$VENV/bin/pip" download -q --no-deps --only-binary=:all: --python-version "$PYVER" --implementation cp \
  --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
  -d .gpu/runtime/wheels numpy==1.26.4 tritonclient==2.73.0 python-rapidjson==1.25 grpcio==1.85.3 protobuf==6.33.6
du -sh .gpu/weights .gpu/runtime

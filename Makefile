# medcode — the two commands: `make demo` (set up, build, serve, code the samples) and `make test`.
# The fast loop while developing: `make lint` and `make unit` (no export, no server; under a minute).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.medcode-installed
REPO   := build/model_repository/cpu
PYTEST_ARGS ?=
# Tests that start a real tritonserver, read the exported encoder/repository, or need the ops tools.
SLOW   := server or repository or ops

.PHONY: setup repo demo lint unit integration test test-ops bench clean
setup: $(STAMP)

# torch is installed first and alone: 2.13.0 is the CPU build (a file on this kind of machine);
# letting another package pull torch from the index would fetch a multi-GB CUDA build.
$(STAMP): pyproject.toml
	@echo "==> creating $(VENV) and installing medcode (first run: a few minutes)"
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==26.3" "setuptools==84.2.1" "wheel==0.48.0"
	$(BIN)/python -m pip install --quiet --progress-bar off "torch==2.13.0"
	$(BIN)/python -m pip install --quiet --progress-bar off -e ".[export,loadtest,dev]"
	touch $(STAMP)

# Builds (or reuses) the ONNX encoder, the int8 encoder, the coder, and the CPU model repository.
repo: setup
	$(BIN)/medcode export --profile cpu --out $(REPO)

demo: repo
	$(BIN)/medcode demo --model-repository $(REPO)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

unit: setup
	$(BIN)/python -m pytest -m "not ($(SLOW))" $(PYTEST_ARGS)

integration: repo
	bash ops/fetch-test-tools.sh
	$(BIN)/python -m pytest -m "$(SLOW)" $(PYTEST_ARGS)

# lint + unit + integration: what .ci/run calls.
test: lint unit integration

# Needs root and network namespaces (ip netns): see docs/operations.md.
test-ops: setup
	bash ops/test-ops.sh

bench: repo
	$(BIN)/medcode bench

clean:
	rm -rf build

# medcode — the two commands: `make demo` (set up, build, serve, code the samples) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.medcode-installed
REPO   := build/model_repository/cpu
PYTEST_ARGS ?=

.PHONY: setup repo demo test test-ops bench clean
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

test: repo
	bash ops/fetch-test-tools.sh
	$(BIN)/python -m pytest tests $(PYTEST_ARGS)

# Needs root and network namespaces (ip netns): see docs/operations.md.
test-ops: setup
	bash ops/test-ops.sh

bench: repo
	$(BIN)/python -m bench.benchmark

clean:
	rm -rf build

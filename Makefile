# Two targets do everything from a fresh clone (see README "Quick start"):
#   make reports   set up .venv, then build the HTML reports into reports/ (SCREENSHOTS=1: and screenshots)
#   make test      set up .venv, then run every test (pytest, doctests, nbval, ruff)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: reports test lint lab bench clean docs notebooks

UV_VERSION := 0.13.9

# uv installs the pinned versions in seconds where pip takes over a minute; pip only bootstraps uv.
# --compile-bytecode: write every installed module's .pyc now, as pip does and uv by default does not. Without
# it each new interpreter (every notebook kernel, xdist worker and CLI process of the tests) compiles pandas,
# matplotlib and the rest from source again wherever PYTHONDONTWRITEBYTECODE is set: about 4 s of CPU each.
$(STAMP): pyproject.toml constraints.txt Makefile
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python -c constraints.txt -e '.[test]'
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $(STAMP)

# The package's own bytecode, which the editable install does not compile: under PYTHONDONTWRITEBYTECODE each
# notebook kernel would compile analysis/ from source again (about 0.2 s of CPU a kernel). Redone when a module changes.
PYC := $(VENV)/.bytecode
$(PYC): $(STAMP) $(wildcard analysis/*.py analysis/*/*.py)
	$(BIN)/python -m compileall -q analysis
	touch $(PYC)

reports: $(STAMP) $(PYC)
	$(BIN)/python -m analysis report $(if $(SCREENSHOTS),--screenshots)

test: $(STAMP) $(PYC)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lab: $(STAMP)
	$(BIN)/jupyter lab notebooks/

bench: $(STAMP) $(PYC)
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) reports

docs: $(STAMP)
	$(BIN)/python -m analysis.data
	$(BIN)/python -m analysis evaluate tests/corpus --update-readme >/dev/null

notebooks: $(STAMP) $(PYC)
	$(BIN)/python -c "from analysis.execute import execute_in_place; print(*execute_in_place(), sep='\n')"

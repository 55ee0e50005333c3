# Quick start:  make run   (set up, score the bundled suite with reference and static)
#               make test  (set up, run the plugin's own tests)
VENV   ?= .venv
PY     := $(VENV)/bin/python
PYTEST := $(VENV)/bin/pytest
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: setup run test lint benchmark record validate features catalogue clean

setup: $(STAMP)

$(STAMP): pyproject.toml scripts/setup.sh
	sh scripts/setup.sh $(VENV)
	touch $@

# Items fail when a model fails a task, so pytest exits 1 by design; only 2+ (usage,
# interruption, internal error) fails the job.
run: setup
	$(PYTEST) --iwr-model=reference --iwr-model=static -n 2 --iwr-json=iwr-output/results.json $(ARGS); \
	  rc=$$?; [ $$rc -le 1 ]

test: setup
	$(PYTEST) tests -n 2 $(ARGS)

lint: setup
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

benchmark: setup
	$(PY) benchmarks/harness_overhead.py

record: setup
	$(PY) -m pytest_iwr record $(TASKS)

validate: setup
	$(PY) -m pytest_iwr validate -j 2 $(TASKS)

features: setup
	$(PY) -m pytest_iwr features $(TASKS)

clean:
	rm -rf iwr-output test-results .pytest_cache

catalogue: setup
	$(PY) -m pytest_iwr catalogue --readme README.md

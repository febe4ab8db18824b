# `make play` and `make test` are the whole quick start: each builds .venv first when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: play test lint bench balance fuzz schema screenshots translations clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

play: $(STAMP)
	$(BIN)/python main.py play

# Two workers, one per core (the machine `make test` is held to has two); a test file stays
# on one worker, so the Chinese layout tests (Noto Sans SC is heavy) never run on both.
test: $(STAMP)
	$(BIN)/python -m ruff check game tests benchmarks tools main.py
	$(BIN)/python -m mypy
	$(BIN)/python -m pytest -n 2 --dist loadfile

lint: $(STAMP)
	$(BIN)/python -m ruff check game tests benchmarks tools main.py
	$(BIN)/python -m mypy

# Every benchmark runs even when one fails, so one broken script hides no figures; the
# failures are named at the end and make the target fail.
bench: $(STAMP)
	@failed=""; for b in benchmarks/*.py; do echo "== $$b"; \
		$(BIN)/python $$b || failed="$$failed $$b"; done; \
	if [ -n "$$failed" ]; then echo "benchmarks that failed:$$failed"; exit 1; fi

# Every road for every agency a player can pick, in every shipped scenario (docs/balance.md),
# and the balance rules checked on the same games: fails when one is broken.
balance: $(STAMP)
	$(BIN)/python -m tools.balance --runs 200

# The long runs `make test` only samples: the monkey's 20,000 events on several seeds, the
# fuzz tests with 2,000 cases each, then ten minutes of fuzzing with fresh seeds.
fuzz: $(STAMP)
	$(BIN)/python -m pytest -p no:cacheprovider -m fuzz
	MOONWARD_FUZZ_EXAMPLES=2000 $(BIN)/python -m pytest -p no:cacheprovider tests/fuzz
	$(BIN)/python -m tests.fuzz.run --minutes 10

schema: $(STAMP)
	$(BIN)/python main.py schema > scenarios/scenario.schema.json

# Extract every player-facing message into game/locale/moonward.pot and bring each language's
# .po up to date; it says what each language has left to translate (docs/translating.md).
translations: $(STAMP)
	$(BIN)/python -m tools.translations

# One PNG per main screen at 1280x720 (headless), for the README and for reviewing layouts,
# and the turn screen in each other language (docs/screenshots/LANG/).
screenshots: $(STAMP)
	$(BIN)/python -m game.ui.screenshots docs/screenshots
	for lang in fr ru zh; do \
		$(BIN)/python -m game.ui.screenshots docs/screenshots/$$lang --lang $$lang --only dashboard; \
	done

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis

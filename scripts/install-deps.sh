#!/usr/bin/env bash
# Installs the Debian 12 packages Tryggkarta needs to build, run and test, if any are missing (qgis gives
# qgis_process for the comparison tests and QGIS Desktop for the start-up benchmark; python3-sklearn the DBSCAN
# peer; libhowardhinnant-date-dev with tzdata the Europe/Stockholm time zone from the system's tz database, so a
# change of Sweden's rules is a package update; libssl-dev OpenSSL's SHA-256; clang with libclang-rt-14-dev
# libFuzzer and the sanitizer runtimes for scripts/fuzz.sh; libpq-dev the shared database's client, and
# postgresql-15-postgis-3 (with postgresql-15) the throw-away server its tests run against).
# Idempotent: when everything is installed it does nothing (and needs no root).
set -euo pipefail
packages=(
  cmake ninja-build g++ pkg-config
  libgdal-dev gdal-bin libsqlite3-dev sqlite3 libproj-dev
  libhowardhinnant-date-dev tzdata libssl-dev
  libqgis-dev qgis-providers qgis-common qgis
  qtbase5-dev qttools5-dev qttools5-dev-tools libqt5webkit5-dev libqt5svg5-dev qttranslations5-l10n
  catch2
  xvfb xauth time poppler-utils clang-format
  clang libclang-rt-14-dev
  python3 python3-sklearn
  libpq-dev postgresql-15 postgresql-15-postgis-3
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing missing packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Run as root or install sudo: apt-get install ${missing[*]}" >&2; exit 1; }
  sudo=sudo
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"

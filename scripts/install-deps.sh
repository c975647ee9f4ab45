#!/usr/bin/env bash
# Installs the Debian packages slt needs, if any are missing. Safe to run repeatedly.
set -euo pipefail

packages=(
  cmake g++ make
  libflint-dev libcdd-dev libgmp-dev
  libeigen3-dev libboost-dev
  nlohmann-json3-dev libcli11-dev libtomlplusplus-dev catch2
  gnuplot-nox graphviz
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing Debian packages: ${missing[*]}"
run_as_root=()
if [ "$(id -u)" -ne 0 ]; then
  run_as_root=(sudo)
fi
"${run_as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${run_as_root[@]}" apt-get install -y -qq "${missing[@]}"

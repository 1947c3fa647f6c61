#!/usr/bin/env bash
# Regenerates every corpus file from its generator (invented values, see fake.py).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
PY=/usr/bin/python3
for script in *.py; do
  [[ "$script" == fake.py ]] && continue
  echo "make $script"
  "$PY" "$script"
done

#!/usr/bin/env bash
# Stops the servers started from this checkout (data is kept; `rm -rf .infra` to reset). Idempotent.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
status=0
for svc in ferretdb kafka postgres; do bash "$here/$svc.sh" stop || status=1; done
exit $status

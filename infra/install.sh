#!/usr/bin/env bash
# Installs/downloads everything the local servers need; does nothing for what is already there.
# PostgreSQL: Debian package. Kafka: jars from Maven Central into $HOMEWARD_CACHE (Maven also keeps ~/.m2).
# FerretDB: binary built with `go install` into $HOMEWARD_CACHE (Go keeps its module and build caches).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
for svc in postgres kafka ferretdb; do
  start=$SECONDS
  bash "$here/$svc.sh" install
  ((SECONDS - start < 2)) || echo "[infra] $svc install took $((SECONDS - start))s" >&2
done

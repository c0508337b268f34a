#!/usr/bin/env bash
# Installs (if needed) and starts PostgreSQL, Kafka and FerretDB on 127.0.0.1; servers already running
# are left alone. Returns once every server accepts connections. Then: `. infra/env.sh` for the URLs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bash "$here/install.sh"
for svc in postgres kafka ferretdb; do bash "$here/$svc.sh" start; done
. "$here/env.sh"
echo "[infra] all up: HOMEWARD_PG_URL=$HOMEWARD_PG_URL HOMEWARD_KAFKA_BROKERS=$HOMEWARD_KAFKA_BROKERS HOMEWARD_MONGO_URL=$HOMEWARD_MONGO_URL" >&2

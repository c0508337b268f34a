#!/usr/bin/env bash
# Private PostgreSQL cluster for Homeward on $HOMEWARD_PG_HOST:$HOMEWARD_PG_PORT.
# Usage: infra/postgres.sh install|start|stop|status
set -euo pipefail
. "$(dirname "$0")/lib.sh"

PG_LOG="$HOMEWARD_LOGS/postgres.log"

pg_bindir() {
  if [[ -n ${HOMEWARD_PG_BIN:-} ]]; then echo "$HOMEWARD_PG_BIN"; return; fi
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [[ -n $d && -x $d/initdb ]] && echo "$d"
}

pg_install() {
  if [[ -z $(pg_bindir) ]]; then
    log "installing PostgreSQL (apt-get install postgresql)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
  fi
  [[ -n $(pg_bindir) ]] || die "PostgreSQL binaries not found under /usr/lib/postgresql/*/bin"
  # The Debian package starts a system cluster on 5432; we don't use it, and leave it alone.
}

# The server runs as `postgres` (it refuses root), which must be able to reach its data directory.
# If a parent of .infra is not traversable for it (say the repo sits under /root), use /var/tmp instead.
pg_datadir() {
  if runuser -u postgres -- test -x "$HOMEWARD_INFRA_DATA"; then
    echo "$HOMEWARD_INFRA_DATA/pg"
  else
    echo "/var/tmp/homeward-pg-$(echo -n "$HOMEWARD_INFRA_DATA" | sha1sum | cut -c1-12)"
  fi
}

pg() { local cmd=$1; shift; runuser -u postgres -- "$BIN/$cmd" "$@"; }
sql() { PGPASSWORD=$HOMEWARD_PG_PASSWORD "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$HOMEWARD_PG_HOST" -p "$HOMEWARD_PG_PORT" -U "$HOMEWARD_PG_USER" "$@"; }
pg_running() { [[ -f $PGDATA/PG_VERSION ]] && pg pg_ctl -D "$PGDATA" status >/dev/null 2>&1; }

pg_init() {
  log "creating PostgreSQL cluster in $PGDATA"
  install -d -o postgres -g postgres -m 700 "$PGDATA"
  local pw; pw=$(mktemp); echo "$HOMEWARD_PG_PASSWORD" >"$pw"; chown postgres "$pw"
  # The bootstrap superuser *is* the application role, so no separate admin password is needed.
  pg initdb -D "$PGDATA" -U "$HOMEWARD_PG_USER" --pwfile="$pw" --auth-host=scram-sha-256 --auth-local=peer \
    --encoding=UTF8 --no-locale >>"$PG_LOG" 2>&1 || { rm -f "$pw"; tail -n 20 "$PG_LOG" >&2; die "initdb failed"; }
  rm -f "$pw"
  echo "include_if_exists = 'homeward.conf'" >>"$PGDATA/postgresql.conf"
}

pg_start() {
  ensure_dirs
  touch "$PG_LOG"
  if pg_running; then log "postgres already running (port $HOMEWARD_PG_PORT)"; return; fi
  claim_port postgres INT "$HOMEWARD_PG_HOST" "$HOMEWARD_PG_PORT"
  [[ -f $PGDATA/PG_VERSION ]] || pg_init
  # Rewritten on every start so that the env.sh values always win. Tuned for tests, still durable.
  cat >"$PGDATA/homeward.conf" <<CONF
listen_addresses = '$HOMEWARD_PG_HOST'
port = $HOMEWARD_PG_PORT
unix_socket_directories = ''
max_connections = 200
shared_buffers = 128MB
synchronous_commit = off
CONF
  chown postgres:postgres "$PGDATA/homeward.conf"
  log "starting postgres on $HOMEWARD_PG_HOST:$HOMEWARD_PG_PORT (data $PGDATA, log $PG_LOG)"
  # pg_ctl without -l: the server inherits this redirection, which root opened (works even when
  # the logs dir is not writable for postgres).
  runuser -u postgres -- env HOMEWARD_INFRA_SERVICE=postgres HOMEWARD_INFRA_OWNER="$HOMEWARD_INFRA_DATA" "$BIN/pg_ctl" -D "$PGDATA" -w -t 60 start >>"$PG_LOG" 2>&1 ||
    { tail -n 40 "$PG_LOG" >&2; die "postgres did not start"; }
  wait_for "postgres" 30 "$PG_LOG" "" "$BIN/pg_isready" -q -h "$HOMEWARD_PG_HOST" -p "$HOMEWARD_PG_PORT"
  if [[ -z $(sql -d postgres -tAc "select 1 from pg_database where datname = '$HOMEWARD_PG_DB'") ]]; then
    log "creating database $HOMEWARD_PG_DB"
    sql -d postgres -c "create database \"$HOMEWARD_PG_DB\""
  fi
  log "postgres ready: $HOMEWARD_PG_URL"
}

pg_stop() {
  if pg_running; then
    log "stopping postgres"
    pg pg_ctl -D "$PGDATA" -m fast -w -t 60 stop >>"$PG_LOG" 2>&1 || die "postgres did not stop (see $PG_LOG)"
  else
    log "postgres not running"
  fi
}

case "${1:-}" in
  install) pg_install ;;
  start) pg_install; BIN=$(pg_bindir); ensure_dirs; PGDATA=$(pg_datadir); pg_start ;;
  stop) BIN=$(pg_bindir) || { log "postgres not installed"; exit 0; }; PGDATA=$(pg_datadir); pg_stop ;;
  status)
    BIN=$(pg_bindir) || { echo "postgres: not installed"; exit 3; }; PGDATA=$(pg_datadir)
    if pg_running; then echo "postgres: running on $HOMEWARD_PG_HOST:$HOMEWARD_PG_PORT ($PGDATA)"; else echo "postgres: stopped"; exit 3; fi ;;
  *) echo "usage: $0 install|start|stop|status" >&2; exit 2 ;;
esac

# Shared helpers for the infra scripts (sourced, not run). Not for application code: use env.sh.
# shellcheck shell=bash
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

HOMEWARD_LOGS="$HOMEWARD_INFRA_DATA/logs"
HOMEWARD_RUN="$HOMEWARD_INFRA_DATA/run"

log() { echo "[infra] $*" >&2; }
die() { echo "[infra] ERROR: $*" >&2; exit 1; }

# Data dirs must be traversable by the postgres user too (the server cannot run as root).
ensure_dirs() {
  mkdir -p "$HOMEWARD_INFRA_DATA" "$HOMEWARD_LOGS" "$HOMEWARD_RUN" "$HOMEWARD_CACHE"
  chmod 755 "$HOMEWARD_INFRA_DATA"
}

port_open() { timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null; }

# wait_for DESCRIPTION SECONDS LOGFILE PID COMMAND...: poll until COMMAND succeeds; fail with the log
# tail on timeout, or at once if PID (may be empty) has exited.
wait_for() {
  local what=$1 secs=$2 logfile=$3 pid=$4; shift 4
  local deadline=$((SECONDS + secs)) why=""
  until "$@" >/dev/null 2>&1; do
    if [[ -n $pid ]] && ! kill -0 "$pid" 2>/dev/null; then why="the process exited"; fi
    if ((SECONDS >= deadline)); then why="not ready after ${secs}s"; fi
    if [[ -n $why ]]; then
      echo "[infra] ERROR: $what: $why. Last lines of $logfile:" >&2
      tail -n 40 "$logfile" >&2 2>/dev/null || true
      exit 1
    fi
    sleep 0.5
  done
}

# Every server is launched with these two variables in its environment, so that the scripts can
# recognise their processes (ours, or ones left by another checkout) without trusting pid files alone.
launch_env() { echo "HOMEWARD_INFRA_SERVICE=$1" "HOMEWARD_INFRA_OWNER=$HOMEWARD_INFRA_DATA"; }

# service_pids SERVICE [OWNER]: pids of processes started by these scripts for SERVICE (any checkout,
# or only the one whose data dir is OWNER).
service_pids() {
  local f pid
  for f in $(grep -lzx "HOMEWARD_INFRA_SERVICE=$1" /proc/[0-9]*/environ 2>/dev/null); do
    pid=${f#/proc/}; pid=${pid%/environ}
    if [[ -z ${2:-} ]] || grep -qzx "HOMEWARD_INFRA_OWNER=$2" "$f" 2>/dev/null; then echo "$pid"; fi
  done
}

# pid_is SERVICE PID: true if PID is alive and is this checkout's SERVICE (guards against stale pid files).
pid_is() {
  [[ -n $2 && -r /proc/$2/environ ]] &&
    grep -qzx "HOMEWARD_INFRA_SERVICE=$1" "/proc/$2/environ" 2>/dev/null &&
    grep -qzx "HOMEWARD_INFRA_OWNER=$HOMEWARD_INFRA_DATA" "/proc/$2/environ" 2>/dev/null
}

# kill_wait SIGNAL SECONDS PID...: signal the pids, wait for them to exit, SIGKILL what is left.
kill_wait() {
  local sig=$1 secs=$2 p; shift 2
  (($# > 0)) || return 0
  kill "-$sig" "$@" 2>/dev/null || true
  local deadline=$((SECONDS + secs))
  for p in "$@"; do
    while kill -0 "$p" 2>/dev/null; do
      if ((SECONDS >= deadline)); then log "pid $p did not stop in ${secs}s, killing it"; kill -KILL "$p" 2>/dev/null || true; fi
      sleep 0.2
    done
  done
}

# claim_port SERVICE SIGNAL HOST PORT: make sure the port is free before starting. A server of the same
# kind left by another checkout of this repo (e.g. a developer's, seen from a CI clone) is stopped;
# anything else on the port is an error.
claim_port() {
  local svc=$1 sig=$2 host=$3 port=$4 others
  port_open "$host" "$port" || return 0
  others=$(service_pids "$svc" | while read -r p; do pid_is "$svc" "$p" || echo "$p"; done)
  if [[ -n $others ]]; then
    log "port $port is held by a $svc started from another checkout ($(tr '\0' '\n' </proc/${others%%$'\n'*}/environ | sed -n 's/^HOMEWARD_INFRA_OWNER=//p')); stopping it"
    # shellcheck disable=SC2086
    kill_wait "$sig" 60 $others
    local deadline=$((SECONDS + 15))
    while port_open "$host" "$port" && ((SECONDS < deadline)); do sleep 0.3; done
  fi
  port_open "$host" "$port" && die "port $host:$port is in use by another program; stop it or override the port in infra/env.sh's variables"
  return 0
}

# A backgrounded server must outlive the calling script and CI step: new session, no stdin.
# daemon SERVICE LOGFILE PIDFILE COMMAND...
daemon() {
  local svc=$1 logfile=$2 pidfile=$3; shift 3
  # shellcheck disable=SC2046
  env $(launch_env "$svc") setsid "$@" </dev/null >>"$logfile" 2>&1 &
  echo $! >"$pidfile"
}

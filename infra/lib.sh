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
    if [[ -n $pid ]] && ! alive "$pid"; then why="the process exited"; fi
    if ((SECONDS >= deadline)); then why="not ready after ${secs}s"; fi
    if [[ -n $why ]]; then
      echo "[infra] ERROR: $what: $why. Last lines of $logfile:" >&2
      tail -n 40 "$logfile" >&2 2>/dev/null || true
      exit 1
    fi
    sleep 0.5
  done
}

# Every server is launched with HOMEWARD_INFRA_SERVICE=<name> and HOMEWARD_INFRA_OWNER=<its .infra dir>
# in its environment, so that the scripts recognise their processes (ours, or ones left by another
# checkout) without trusting pid files alone.

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
  [[ -n $2 ]] && alive "$2" &&
    grep -qzx "HOMEWARD_INFRA_SERVICE=$1" "/proc/$2/environ" 2>/dev/null &&
    grep -qzx "HOMEWARD_INFRA_OWNER=$HOMEWARD_INFRA_DATA" "/proc/$2/environ" 2>/dev/null
}

# alive PID: running (a zombie waiting to be reaped counts as gone).
alive() { [[ -r /proc/$1/stat ]] && [[ $(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1) != Z ]]; }

# kill_wait SIGNAL SECONDS PID...: signal the pids, wait for them to exit, SIGKILL what is left.
kill_wait() {
  local sig=$1 secs=$2 p; shift 2
  kill "-$sig" "$@" 2>/dev/null || true
  local deadline=$((SECONDS + secs))
  for p in "$@"; do
    while alive "$p"; do
      if ((SECONDS >= deadline)); then
        log "pid $p did not stop in ${secs}s, killing it"; kill -KILL "$p" 2>/dev/null || true; sleep 1; break
      fi
      sleep 0.2
    done
  done
}

# listener_pids PORT: pids holding a listening TCP socket on PORT (from /proc; ss may not be installed).
listener_pids() {
  local hex inode
  hex=$(printf ':%04X' "$1")
  for inode in $(awk -v p="$hex" '$4 == "0A" && substr($2, length($2) - 4) == p { print $10 }' /proc/net/tcp /proc/net/tcp6 2>/dev/null); do
    find /proc/[0-9]*/fd -lname "socket:\[$inode\]" 2>/dev/null | cut -d/ -f3
  done | sort -u
}

# claim_port SERVICE SIGNAL HOST PORT: make sure the port is free before starting. A server of the same
# kind that these scripts started from another checkout of the repo (e.g. a developer's, seen from a CI
# clone) is stopped; anything else on the port is an error.
claim_port() {
  local svc=$1 sig=$2 host=$3 port=$4 p owner others=()
  port_open "$host" "$port" || return 0
  for p in $(listener_pids "$port"); do
    grep -qzx "HOMEWARD_INFRA_SERVICE=$svc" "/proc/$p/environ" 2>/dev/null || continue
    owner=$(tr '\0' '\n' <"/proc/$p/environ" | sed -n 's/^HOMEWARD_INFRA_OWNER=//p')
    log "port $port is held by a $svc started from another checkout ($owner); stopping it"
    others+=("$p")
  done
  if ((${#others[@]})); then
    kill_wait "$sig" 60 "${others[@]}"
    local deadline=$((SECONDS + 15))
    while port_open "$host" "$port" && ((SECONDS < deadline)); do sleep 0.3; done
  fi
  if port_open "$host" "$port"; then
    die "port $host:$port is in use by another program; stop it or override the port (see infra/env.sh)"
  fi
}

# A backgrounded server must outlive the calling script and CI step: new session, no stdin.
# daemon SERVICE LOGFILE PIDFILE COMMAND...
daemon() {
  local svc=$1 logfile=$2 pidfile=$3; shift 3
  env HOMEWARD_INFRA_SERVICE="$svc" HOMEWARD_INFRA_OWNER="$HOMEWARD_INFRA_DATA" \
    setsid "$@" </dev/null >>"$logfile" 2>&1 &
  echo $! >"$pidfile"
}

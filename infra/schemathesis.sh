#!/usr/bin/env bash
# Schemathesis (PyPI), pinned, in its own virtualenv under $HOMEWARD_CACHE; made on first use.
#   bash infra/schemathesis.sh install           # only make the virtualenv
#   bash infra/schemathesis.sh path              # the schemathesis executable
#   bash infra/schemathesis.sh ARGS…             # `schemathesis ARGS…`, e.g. run URL, --config-file F run URL
# Needs python3 (3.9 or later) with venv; nothing else from the internet but PyPI.
set -euo pipefail
# shellcheck source=/dev/null
. "$(dirname "$0")/env.sh"

HOMEWARD_SCHEMATHESIS_VERSION="${HOMEWARD_SCHEMATHESIS_VERSION:-4.32.5}"
venv="$HOMEWARD_CACHE/schemathesis-$HOMEWARD_SCHEMATHESIS_VERSION"
exe="$venv/bin/schemathesis"
done_marker="$venv/.installed"

install() {
  [[ -f $done_marker ]] && return 0
  mkdir -p "$HOMEWARD_CACHE"
  # Two test runs may install at once: one builds, the other waits and finds it done.
  (
    flock 9
    [[ -f $done_marker ]] && exit 0
    echo "[infra] installing schemathesis $HOMEWARD_SCHEMATHESIS_VERSION into $venv" >&2
    # A venv's scripts name their interpreter by its path, so it is built where it lives; the
    # marker says it is whole (an install cut short is made again).
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$HOMEWARD_SCHEMATHESIS_VERSION"
    touch "$done_marker"
  ) 9>"$HOMEWARD_CACHE/.schemathesis.lock"
}

case "${1:-}" in
  install) install ;;
  path) install && echo "$exe" ;;
  '') echo "usage: $0 install | path | SCHEMATHESIS-ARGS…" >&2 && exit 2 ;;
  *) install && exec "$exe" "$@" ;;
esac

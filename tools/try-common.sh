# What the walk-through scripts (tools/try-*.sh) share: sourced, never run. Needs the dev tokens in the environment.

# call BASE METHOD PATH [JSON] — as $TOKEN (the case manager unless set), prints the answer
call() { curl -s -X "$2" "$1$3" -H "Authorization: Bearer ${TOKEN:-$TOKEN_CASE_MANAGER}" -H 'Content-Type: application/json' -H "Accept-Language: ${LANG_HEADER:-en}" ${4:+-d "$4"}; echo; }
# only JS — prints JS evaluated on the JSON answer on stdin as `a`; pick JS — the same, after showing the whole answer (on stderr)
only() { node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{${QUIET:-}const a=JSON.parse(s);const v=($1);console.log(typeof v==='string'?v:JSON.stringify(v))})"; }
pick() { QUIET='console.error(s.trim());' only "$1"; }
step() { printf '\n\033[1m# %s\033[0m\n' "$*"; }
# until_says TEXT CMD... — runs CMD every 0.2 s (30 s at most) until its answer contains TEXT, then prints that answer
until_says() {
  local want=$1 answer=''
  shift
  for _ in $(seq 1 150); do
    answer=$("$@")
    case "$answer" in *"$want"*) echo "$answer"; return ;; esac
    sleep 0.2
  done
  echo "never answered with $want: $answer" >&2
  exit 1
}
# platform_day BASE — the day in Dakar as the platform's clock reads it (the dev clock moves it); BASE answers /dev/clock
platform_day() { TZ=Africa/Dakar date -d "$(TOKEN=$TOKEN_ADMIN call "$1" GET /dev/clock | only a.now)" +%F; }
# require_dev_clock BASE — prints the platform's clock, or stops: the walk-through moves time
require_dev_clock() {
  local clock
  clock=$(TOKEN=$TOKEN_ADMIN call "$1" GET /dev/clock)
  echo "$clock"
  case "$clock" in *'"now"'*) ;; *) echo "No dev clock on $1: start the platform with HOMEWARD_DEV_CLOCK=1 npm start" >&2; exit 1 ;; esac
}
# download URL FILE — saves a document as the case manager and prints its status, type and size
download() { curl -s -o "$2" -w '%{http_code} %{content_type} %{size_download} bytes\n' "$1" -H "Authorization: Bearer ${TOKEN:-$TOKEN_CASE_MANAGER}"; }

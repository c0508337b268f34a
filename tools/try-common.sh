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

#!/usr/bin/env bash
# Proves the image tarball runs, without Docker: unpacks its layers (in manifest order) into a temporary root,
# runs the image's entrypoint as the image says (Entrypoint + Cmd, User, WorkingDir and Env from its config JSON)
# in new PID and mount namespaces chrooted into that root, waits for /actuator/health to answer UP, asks the API
# the README's question, checks the data directory was written by the image's user, then stops the JVM and
# removes everything. Exits non-zero on any failure.
#
# Usage: sudo infra/deploy/image/verify-image.sh [image.tar]
#   default image.tar: agreements-api/${BUILD_DIR_NAME:-target}/samarbeidsavtaleregisteret-image.tar
# Env:   PORT (default 8080; if taken, the first free port from 18080 on), HEALTH_TIMEOUT (seconds, default 180),
#        KEEP_ROOT=1 keeps the unpacked root for inspection.
# Needs: root, util-linux unshare (2.38+: --root/--wd/--setuid), GNU tar, jq, curl, ss.
#
# What this run does not give the JVM that a container runtime would: /sys (so no cgroup memory limit is seen and
# MaxRAMPercentage applies to the host's memory), its own network namespace (the port is the host's), /etc/resolv.conf.
set -euo pipefail

# ---- phase 2: inside the new PID + mount namespaces (called by phase 1 below) -------------------------------------
if [[ "${1:-}" == "--inside" ]]; then
  root="$2"; run="$3"
  mkdir -p "$root/dev" "$root/proc"
  mount -t tmpfs -o mode=0755,size=64k,nosuid,noexec verify-dev "$root/dev"
  for node in null zero full random urandom; do      # just the device nodes a JVM uses, nothing else of the host's /dev
    touch "$root/dev/$node"
    mount --bind "/dev/$node" "$root/dev/$node"
  done
  mapfile -d '' -t cmd < "$run/cmd"
  mapfile -d '' -t envs < "$run/env"
  read -r uid gid wd < "$run/user"
  # unshare --root chroots, --wd changes into the image's WorkingDir inside it, --mount-proc mounts a /proc that
  # shows only this PID namespace; then it drops to the image's user (setgroups(0) + setgid + setuid) and execs
  # the entrypoint as PID 1, with exactly the image's environment.
  exec env -i "${envs[@]}" "$(command -v unshare)" --root="$root" --wd="$wd" --mount-proc --setgid="$gid" --setuid="$uid" -- "${cmd[@]}"
fi

# ---- phase 1 ------------------------------------------------------------------------------------------------------
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
image_tar="${1:-$repo/agreements-api/${BUILD_DIR_NAME:-target}/samarbeidsavtaleregisteret-image.tar}"
health_timeout="${HEALTH_TIMEOUT:-180}"

fail() { echo "FAIL: $*" >&2; exit 1; }
[[ "$(id -u)" == 0 ]] || fail "needs root (chroot, namespaces, mounts)"
for tool in unshare tar jq curl ss; do command -v "$tool" >/dev/null || fail "missing tool: $tool"; done
[[ -f "$image_tar" ]] || fail "no image tarball at $image_tar (build it with infra/deploy/image/build-image.sh)"

tmp="$(mktemp -d /tmp/verify-image.XXXXXX)"
root="$tmp/root"; img="$tmp/image"; run="$tmp/run"
mkdir -p "$root" "$img" "$run"
outer_pid=""
cleanup() {
  local rc=$?
  if [[ -n "$outer_pid" ]] && kill -0 "$outer_pid" 2>/dev/null; then
    # Killing PID 1 of the namespace (the entrypoint) takes everything in it down; unshare then exits too.
    pgrep -P "$outer_pid" | xargs -r kill -KILL 2>/dev/null || true
    kill -KILL "$outer_pid" 2>/dev/null || true; wait "$outer_pid" 2>/dev/null || true
  fi
  # The mounts live in the private mount namespace and vanish with it; never delete through a mount regardless.
  if grep -q " $tmp/" /proc/self/mountinfo; then
    grep " $tmp/" /proc/self/mountinfo | awk '{print $5}' | sort -r | xargs -r -n1 umount -l || true
  fi
  if grep -q " $tmp/" /proc/self/mountinfo; then
    echo "still mounted under $tmp; not removing it" >&2; exit 1
  fi
  if [[ "${KEEP_ROOT:-0}" == 1 ]]; then echo "kept $tmp"; else rm -rf "$tmp"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "image: $image_tar ($(du -m "$image_tar" | cut -f1) MB)"
tar -xf "$image_tar" -C "$img"
cp "$img/$(jq -r '.[0].Config' "$img/manifest.json")" "$run/config.json"
config="$run/config.json"
echo "tags: $(jq -r '.[0].RepoTags | join(", ")' "$img/manifest.json")"

# Layers in manifest order; whiteouts (.wh.name deletes name, .wh..wh..opq empties the directory) are applied
# before each layer is unpacked, as a container runtime would.
n=0
while IFS= read -r layer; do
  n=$((n + 1))
  while IFS= read -r entry; do
    entry="${entry#./}"; dir="$(dirname "$entry")"; base="$(basename "$entry")"
    if [[ "$base" == ".wh..wh..opq" ]]; then find "$root/$dir" -mindepth 1 -delete
    else rm -rf "${root:?}/$dir/${base#.wh.}"; fi
  done < <(tar -tf "$img/$layer" --warning=no-unknown-keyword | grep -E '(^|/)\.wh\.' || true)
  tar -xf "$img/$layer" -C "$root" --warning=no-unknown-keyword --numeric-owner --same-owner --same-permissions --exclude='.wh.*' --exclude='*/.wh.*'
  echo "layer $n: $layer ($(du -k "$img/$layer" | cut -f1) kB)"
done < <(jq -r '.[0].Layers[]' "$img/manifest.json")
rm -rf "$img"

# What to run, as whom, where, with which environment: all from the image config.
mapfile -t entrypoint < <(jq -r '.config.Entrypoint // [] | .[]' "$config")
mapfile -t cmdargs < <(jq -r '.config.Cmd // [] | .[]' "$config")
mapfile -t image_env < <(jq -r '.config.Env // [] | .[]' "$config")
user="$(jq -r '.config.User // "0"' "$config")"
wd="$(jq -r '.config.WorkingDir // "/"' "$config")"; [[ -n "$wd" ]] || wd=/
[[ ${#entrypoint[@]} -gt 0 || ${#cmdargs[@]} -gt 0 ]] || fail "image has neither Entrypoint nor Cmd"
uid="${user%%:*}"; gid="${user#*:}"; [[ "$user" == *:* ]] || gid=""
if ! [[ "$uid" =~ ^[0-9]+$ ]]; then  # a name: look it up in the image's /etc/passwd, not the host's
  line="$(awk -F: -v u="$uid" '$1 == u' "$root/etc/passwd")"; [[ -n "$line" ]] || fail "user $uid not in image /etc/passwd"
  uid="$(cut -d: -f3 <<<"$line")"; [[ -n "$gid" ]] || gid="$(cut -d: -f4 <<<"$line")"
fi
if [[ -z "$gid" ]]; then gid="$(awk -F: -v u="$uid" '$3 == u {print $4}' "$root/etc/passwd")"; gid="${gid:-$uid}"; fi
if ! [[ "$gid" =~ ^[0-9]+$ ]]; then gid="$(awk -F: -v g="$gid" '$1 == g {print $3}' "$root/etc/group")"; fi
echo "entrypoint: ${entrypoint[*]} ${cmdargs[*]}"
echo "user: $uid:$gid  workdir: $wd  env: ${image_env[*]}"

port_taken() { ss -Hltn "sport = :$1" | grep -q .; }
port="${PORT:-8080}"
if port_taken "$port"; then
  port=18080; while port_taken "$port"; do port=$((port + 1)); done
  echo "port ${PORT:-8080} is taken on this host; using $port (SERVER_PORT)"
fi

printf '%s\0' "${entrypoint[@]}" "${cmdargs[@]}" > "$run/cmd"
printf '%s\0' "${image_env[@]}" "SERVER_PORT=$port" > "$run/env"
echo "$uid $gid $wd" > "$run/user"

started=$(date +%s.%N)
unshare --mount --propagation private --pid --fork --kill-child=SIGKILL -- "$0" --inside "$root" "$run" > "$run/app.log" 2>&1 &
outer_pid=$!

base="http://127.0.0.1:$port"
deadline=$(( $(date +%s) + health_timeout ))
health=""
until health="$(curl -fsS --max-time 2 "$base/actuator/health" 2>/dev/null)" && [[ "$health" == *'"status":"UP"'* ]]; do
  if ! kill -0 "$outer_pid" 2>/dev/null; then
    echo "--- app log (tail) ---" >&2; tail -40 "$run/app.log" >&2
    fail "the process exited before /actuator/health answered UP"
  fi
  if (( $(date +%s) >= deadline )); then
    echo "--- app log (tail) ---" >&2; tail -40 "$run/app.log" >&2
    fail "no UP from $base/actuator/health within ${health_timeout}s (last answer: ${health:-none})"
  fi
  sleep 0.25   # poll interval, not a wait for readiness
done
healthy=$(date +%s.%N)
echo "healthy after $(awk -v a="$started" -v b="$healthy" 'BEGIN {printf "%.1f", b - a}') s: $health"

# The JVM must be PID 1 of its own namespace, running as the image's user, seeing only its own processes.
java_pid="$(pgrep -P "$outer_pid" | sed -n 1p)"
[[ -n "$java_pid" ]] || fail "cannot find the entrypoint process"
ids="$(awk '/^Uid:/ {print $2} /^Gid:/ {print $2}' "/proc/$java_pid/status" | paste -sd:)"
nspid="$(awk '/^NSpid:/ {print $NF}' "/proc/$java_pid/status")"
[[ "$ids" == "$uid:$gid" ]] || fail "process runs as $ids, image says $uid:$gid"
[[ "$nspid" == 1 ]] || fail "entrypoint is PID $nspid in its namespace, expected 1"
echo "process: host pid $java_pid, pid $nspid in its namespace, uid:gid $ids, root $(readlink "/proc/$java_pid/root")"

# The README's question (its first curl line): who owned newly-diagnosed diabetes courses in Helse Fonna in 2019?
# README: "Helse Fonna HF, in each of its 16 municipalities, citing clause 3 of the 2016 agreement". Health is UP as
# soon as Tomcat listens, while the demo data may still be loading, so ask until the answer is complete.
query='category=DIAGNOSIS_SPECIFIC_GROUP&diagnosisSpecific=true&conditionCode=E11&phase=NEWLY_DIAGNOSED&healthTrust=983974694&validOn=2019-06-01'
complete='(.municipalities | length) == 16 and all(.municipalities[]; .state != "GAP")'
until answer="$(curl -fsS --max-time 30 -u manager:demo "$base/api/responsibility?$query")" \
      && jq -e "$complete" >/dev/null 2>&1 <<<"$answer"; do
  kill -0 "$outer_pid" 2>/dev/null || { tail -40 "$run/app.log" >&2; fail "the process exited"; }
  (( $(date +%s) < deadline )) || fail "no complete answer within ${health_timeout}s; last: $(head -c 600 <<<"${answer:-none}")"
  sleep 0.25
done
answered=$(date +%s.%N)
echo "GET /api/responsibility?$query"
echo "  complete answer after $(awk -v a="$started" -v b="$answered" 'BEGIN {printf "%.1f", b - a}') s (${#answer} bytes); per municipality:"
jq -r '.municipalities[] | "    \(.municipality) \(.municipalityName): \(.state) — \([.parties[] | "\(.name) \(.role)"] | join(", "))"' <<<"$answer"
echo "  first citation: $(jq -c '.municipalities[0].parties[0].citation' <<<"$answer" | cut -c1-600)"
[[ "$answer" == *983974694* ]] || fail "the answer does not name Helse Fonna (983974694)"

# Exports exercise java.desktop/PDFBox/POI, the parts of the JDK a trimmed runtime is most likely to lack.
for export in "agreements/helse-fonna-lms-2016/versions/1.pdf %PDF" "regions/983974694/matrix.xlsx PK"; do
  path="${export% *}"; magic="${export##* }"
  code="$(curl -sS --max-time 60 -u auditor:demo -o "$run/export" -w '%{http_code}' "$base/api/$path")"
  [[ "$code" == 200 && "$(head -c ${#magic} "$run/export")" == "$magic" ]] \
    || { tail -30 "$run/app.log" >&2; fail "GET /api/$path: HTTP $code"; }
  echo "GET /api/$path -> 200, $(stat -c %s "$run/export") bytes, starts with $magic"
done

# The embedded store wrote its file under WorkingDir/data as the image's user.
owner="$(find "$root$wd/data" -name '*.mv.db' -printf '%u:%g %p\n' | sed -n 1p)"
[[ -n "$owner" ]] || fail "no H2 file under $wd/data"
echo "data file: ${owner/$root/} ($(du -k "$root$wd/data" | tail -1 | cut -f1) kB)"

# Stop as a container runtime would: SIGTERM, then wait for the JVM's shutdown hooks.
kill -TERM "$java_pid"
for _ in $(seq 1 120); do kill -0 "$outer_pid" 2>/dev/null || break; sleep 0.25; done
if kill -0 "$outer_pid" 2>/dev/null; then fail "still running 30 s after SIGTERM"; fi
wait "$outer_pid" || true
outer_pid=""
grep -qiE 'graceful|shutdown|Stopping' "$run/app.log" && echo "stopped: $(grep -iE 'graceful|shutdown' "$run/app.log" | tail -1 | cut -c1-160)"
echo "app log: $(grep -c ' WARN ' "$run/app.log") WARN, $(grep -c ' ERROR ' "$run/app.log") ERROR lines"
grep -E ' (WARN|ERROR) ' "$run/app.log" | cut -c1-220 | sed -n '1,20s/^/  /p'
echo "OK: image ran from its own root as uid $uid, answered UP and the README's question"

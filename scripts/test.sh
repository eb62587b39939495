#!/usr/bin/env bash
# The one test command (README; CI's .ci/run calls it):
#
#   bash scripts/test.sh [extra dotnet test options, e.g. --max-parallel-test-modules 1]
#   bash scripts/test.sh --project tests/ResumeFlow.IntegrationTests [options]   (one project only)
#
# 1. installs the pinned emulators (scripts/emulators: azurite 3.x, @vercel/cosmosdb-server 1.x)
#    with `npm ci` (skipped when node_modules already matches the lockfile);
# 2. starts Azurite (blob, queue, table; data in a temp folder) and cosmosdb-server (HTTPS,
#    self-signed certificate), both on 127.0.0.1 and on free ports chosen by the OS;
# 3. waits until both answer, then exports to the tests:
#      RESUMEFLOW_TEST_AZURITE_CONNECTION_STRING       Azurite, blob + queue + table endpoints
#      RESUMEFLOW_TEST_AZURITE_BLOB_CONNECTION_STRING  the same value (what blob tests read)
#      RESUMEFLOW_TEST_COSMOS_ENDPOINT                 https://127.0.0.1:<port>/
#      RESUMEFLOW_TEST_COSMOS_KEY                      the public well-known emulator key
#    (tests/ResumeFlow.Testing/Emulators reads them; without them those tests fail, naming this script);
# 4. installs Debian's chromium with apt-get when /usr/bin/chromium is missing (the browser tests drive it);
#    builds and lints every infra/*.bicep with the Bicep CLI restored from the registry (an error fails the run),
#    then runs `dotnet test --solution Functions.sln` (every project, the Functions app included) and exits with its status;
# 5. stops both emulators on every exit path, then prints, last and alone on its line:
#      Tests: N passed, N failed, N skipped
#    (a test module that crashes or exceeds RESUMEFLOW_TEST_TIMEOUT, default 15m, counts as one failure).
#
# Needs only the .NET 10 SDK, Node 20+ and npm (and apt-get for chromium). Nothing leaves 127.0.0.1 except npm ci's and apt's downloads.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
emulators_dir="$repo_root/scripts/emulators"
cd "$repo_root"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export TESTINGPLATFORM_TELEMETRY_OPTOUT=1

# Azurite's fixed development account (public, documented by Microsoft; not a secret).
readonly azurite_account="devstoreaccount1"
readonly azurite_key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
# The Cosmos DB emulator's well-known key (public; cosmosdb-server accepts any well-formed key).
readonly cosmos_key="C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=="
readonly startup_timeout_seconds=90

work_dir="$(mktemp -d "${TMPDIR:-/tmp}/resumeflow-test.XXXXXX")"
emulator_pids=()
last_pid=""
passed=0
failed=0
skipped=0
summary_ready=false

log() { printf 'test.sh: %s\n' "$*" >&2; }

stop_emulators() {
  local pid
  for pid in "${emulator_pids[@]+"${emulator_pids[@]}"}"; do
    # Each emulator leads its own process group (set -m below): stop the group, then the process.
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${emulator_pids[@]+"${emulator_pids[@]}"}"; do
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  emulator_pids=()
}

on_exit() {
  local status=$?
  trap - EXIT INT TERM
  stop_emulators
  rm -rf "$work_dir"
  if [[ "$summary_ready" != true && $status -ne 0 ]]; then
    log "failed before the tests completed (exit status $status)"
  fi
  printf 'Tests: %d passed, %d failed, %d skipped\n' "$passed" "$failed" "$skipped"
  exit "$status"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

require() {
  command -v "$1" >/dev/null 2>&1 || { log "'$1' is required but not on PATH ($2)"; exit 1; }
}
require dotnet "install the .NET 10 SDK"
require node "install Node.js 20 or later"
require npm "it ships with Node.js"
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' ||
  { log "Node.js 20 or later is required (found $(node --version))"; exit 1; }

# --- 1. emulators -------------------------------------------------------------------------------
lock_hash() {
  node -e 'const c=require("crypto"),f=require("fs");process.stdout.write(c.createHash("sha256").update(f.readFileSync(process.argv[1])).digest("hex"))' \
    "$emulators_dir/package-lock.json"
}
stamp="$emulators_dir/node_modules/.resumeflow-lock-sha256"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$(lock_hash)" ]]; then
  log "emulators already installed (node_modules matches package-lock.json)"
else
  log "installing emulators: npm ci in scripts/emulators"
  (cd "$emulators_dir" && npm ci --no-audit --no-fund --prefer-offline --loglevel=error) >&2
  lock_hash >"$stamp"
fi

# --- 2. start them on OS-chosen free ports --------------------------------------------------------
start_emulator() { # name, log file, command...
  local name=$1 logfile=$2
  shift 2
  set -m # a background job gets its own process group, so stopping it stops its children too
  "$@" >"$logfile" 2>&1 </dev/null &
  last_pid=$!
  emulator_pids+=("$last_pid")
  set +m
  log "started $name (pid $last_pid)"
}

# Prints the port from the first log line matching the pattern, once it appears (bounded wait).
wait_for_port() { # name, log file, pid, sed pattern capturing the port
  local name=$1 logfile=$2 pid=$3 pattern=$4 port deadline=$((SECONDS + startup_timeout_seconds))
  while ((SECONDS < deadline)); do
    port="$(sed -n -E "s/$pattern/\\1/p" "$logfile" | head -n 1)"
    if [[ -n "$port" ]]; then
      printf '%s' "$port"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      log "$name exited during startup; its output:"
      cat "$logfile" >&2
      return 1
    fi
    sleep 0.2
  done
  log "$name did not report a listening port within ${startup_timeout_seconds}s; its output:"
  cat "$logfile" >&2
  return 1
}

# Waits until an HTTP(S) endpoint answers at all (any status code counts).
wait_until_answering() { # name, url
  local name=$1 url=$2 deadline=$((SECONDS + startup_timeout_seconds))
  while ((SECONDS < deadline)); do
    if node -e '
      const u = new URL(process.argv[1]);
      const lib = require(u.protocol === "https:" ? "https" : "http");
      const req = lib.get(u, { rejectUnauthorized: false, timeout: 2000 }, res => { res.resume(); process.exit(0); });
      req.on("error", () => process.exit(1));
      req.on("timeout", () => { req.destroy(); process.exit(1); });' "$url" 2>/dev/null; then
      log "$name answers at $url"
      return 0
    fi
    sleep 0.3
  done
  log "$name does not answer at $url after ${startup_timeout_seconds}s"
  return 1
}

azurite_log="$work_dir/azurite.log"
cosmos_log="$work_dir/cosmosdb-server.log"
mkdir -p "$work_dir/azurite-data"

start_emulator azurite "$azurite_log" node "$emulators_dir/node_modules/azurite/dist/src/azurite.js" \
  --silent --disableTelemetry --skipApiVersionCheck --location "$work_dir/azurite-data" \
  --blobHost 127.0.0.1 --blobPort 0 --queueHost 127.0.0.1 --queuePort 0 --tableHost 127.0.0.1 --tablePort 0
azurite_pid=$last_pid

start_emulator cosmosdb-server "$cosmos_log" node "$emulators_dir/node_modules/@vercel/cosmosdb-server/lib/cli.js" \
  --host 127.0.0.1
cosmos_pid=$last_pid

blob_port="$(wait_for_port Azurite "$azurite_log" "$azurite_pid" '.*Blob service is successfully listening at http:\/\/127\.0\.0\.1:([0-9]+).*')"
queue_port="$(wait_for_port Azurite "$azurite_log" "$azurite_pid" '.*Queue service is successfully listening at http:\/\/127\.0\.0\.1:([0-9]+).*')"
table_port="$(wait_for_port Azurite "$azurite_log" "$azurite_pid" '.*Table service is successfully listening at http:\/\/127\.0\.0\.1:([0-9]+).*')"
cosmos_port="$(wait_for_port cosmosdb-server "$cosmos_log" "$cosmos_pid" '.*Ready to accept HTTPS connections at 127\.0\.0\.1:([0-9]+).*')"

wait_until_answering "Azurite blob" "http://127.0.0.1:$blob_port/$azurite_account?comp=list"
wait_until_answering cosmosdb-server "https://127.0.0.1:$cosmos_port/"

# --- 3. hand the endpoints to the tests -----------------------------------------------------------
azurite_connection="DefaultEndpointsProtocol=http;AccountName=$azurite_account;AccountKey=$azurite_key"
azurite_connection+=";BlobEndpoint=http://127.0.0.1:$blob_port/$azurite_account"
azurite_connection+=";QueueEndpoint=http://127.0.0.1:$queue_port/$azurite_account"
azurite_connection+=";TableEndpoint=http://127.0.0.1:$table_port/$azurite_account;"
export RESUMEFLOW_TEST_AZURITE_CONNECTION_STRING="$azurite_connection"
export RESUMEFLOW_TEST_AZURITE_BLOB_CONNECTION_STRING="$azurite_connection"
export RESUMEFLOW_TEST_COSMOS_ENDPOINT="https://127.0.0.1:$cosmos_port/"
export RESUMEFLOW_TEST_COSMOS_KEY="$cosmos_key"

# --- 3b. infrastructure: every infra/*.bicep must build and lint clean --------------------------------
# The Bicep CLI comes from the package registry (Azure.Bicep.CommandLine.linux-x64, infra/tools/BicepCli.csproj).
check_bicep() {
  local packages bicep file status=0
  dotnet restore "$repo_root/infra/tools/BicepCli.csproj" --verbosity quiet >&2
  packages="$(dotnet nuget locals global-packages --list | sed -E 's/^global-packages: //')"
  bicep="${packages%/}/azure.bicep.commandline.linux-x64/0.49.2/tools/bicep"
  chmod +x "$bicep"
  mkdir -p "$work_dir/bicep"
  for file in "$repo_root"/infra/*.bicep; do
    if "$bicep" build "$file" --outdir "$work_dir/bicep" >&2 && "$bicep" lint "$file" >&2; then
      log "bicep build + lint: ${file#"$repo_root"/} ok"
    else
      log "bicep build or lint failed: ${file#"$repo_root"/}"
      status=1
    fi
  done
  return "$status"
}
check_bicep || { failed=$((failed + 1)); exit 1; }

# --- 3c. the browser tests (tests/ResumeFlow.Web.Tests) drive Debian's chromium --------------------------
# Playwright's own browser download does not work here; apt's chromium does (non-interactive; sudo only if not root).
if [[ ! -x /usr/bin/chromium ]]; then
  log "installing chromium with apt-get (for the browser tests)"
  as_root=()
  if [[ "$(id -u)" -ne 0 ]]; then
    as_root=(sudo -n)
  fi
  ${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
  ${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium >&2
fi

# --- 4. run every test project --------------------------------------------------------------------
test_target=(--solution Functions.sln)
if [[ "${1:-}" == "--project" && -n "${2:-}" ]]; then
  test_target=(--project "$2")
  shift 2
fi
test_log="$work_dir/dotnet-test.log"
# A hung test module is stopped (and counted as a failure) instead of hanging CI.
test_timeout="${RESUMEFLOW_TEST_TIMEOUT:-15m}"
log "running dotnet test ${test_target[*]}"
set +e
dotnet test "${test_target[@]}" --no-progress --no-ansi --timeout "$test_timeout" "$@" 2>&1 | tee "$test_log"
test_status=${PIPESTATUS[0]}
set -e

# The runner ends with "Test run summary: ..." followed by "total:", "failed:", "succeeded:", "skipped:" lines.
summary_value() { # label
  sed -n '/Test run summary/,$p' "$test_log" | sed -n -E "s/^[[:space:]]*$1:[[:space:]]*([0-9]+).*/\\1/p" | tail -n 1
}
passed="$(summary_value succeeded)"
failed="$(summary_value failed)"
skipped="$(summary_value skipped)"
errors="$(summary_value error)"
passed=${passed:-0}
failed=${failed:-0}
skipped=${skipped:-0}
if ((${errors:-0} > 0)); then
  log "${errors} test module(s) crashed or timed out; each counts as one failure"
  failed=$((failed + errors))
fi
summary_ready=true
if ((failed > 0)); then
  # Hosts log a lot while tests run; repeat each failure's first lines last, where a reader of CI's tail sees them.
  log "failed tests (first lines of each; the full text is above):"
  awk '/^failed .* \([0-9][0-9hms ]*\)[[:space:]]*$/ { n = 25; print; next } n > 0 && /^[[:space:]]/ { print; n--; next } { n = 0 }' "$test_log" | grep -v '^[[:space:]]*at Microsoft\.\|^[[:space:]]*at System\.\|^[[:space:]]*at Xunit\.' || true
fi
if ((test_status != 0)); then
  log "dotnet test exited with status $test_status (failing tests, a build error or a crashed test host; see above)"
fi
exit "$test_status"

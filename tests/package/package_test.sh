#!/usr/bin/env bash
# The Debian package, installed as a server would have it: builds it with
# CPack from the build folder, unpacks it into a scratch folder
# (dpkg-deb -x), and from an unrelated working folder, with no --assets or
# --surveys and nothing in the environment pointing at the source tree,
# serves the sign-in page, the stylesheet and a survey form against a
# fresh database configured through a configuration file.
#
# Usage: package_test.sh BUILD_DIR VERSION
set -euo pipefail
build=$1 version=$2
scratch=$(mktemp -d /tmp/hc-package-test.XXXXXX)
server_pid=
cleanup() {
  [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$scratch"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/pkg" >"$scratch/cpack.log" 2>&1 \
  || { cat "$scratch/cpack.log"; fail "cpack could not build the package"; }
deb=$(ls "$scratch"/pkg/healthcheck_"$version"_*.deb) || fail "no healthcheck_${version}_*.deb"
dpkg-deb -x "$deb" "$scratch/root"
[[ $(dpkg-deb -f "$deb" Package) == healthcheck ]] || fail "package name"
dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./conffiles | grep -qx /etc/healthcheck/healthcheck.conf \
  || fail "healthcheck.conf is not a conffile"
grep -q '^ExecStart=/usr/bin/healthcheck serve' "$scratch/root/usr/lib/systemd/system/healthcheck.service" \
  || fail "the systemd unit does not start the server"

hc=$scratch/root/usr/bin/healthcheck
[[ $("$hc" --version) == "healthcheck $version" ]] || fail "--version says '$("$hc" --version)'"

# An unrelated folder: nothing of the source tree below or beside it.
mkdir "$scratch/elsewhere"
cd "$scratch/elsewhere"
unset HEALTHCHECK_SURVEYS HEALTHCHECK_ASSETS HEALTHCHECK_DB HEALTHCHECK_TEST_DB
cat >healthcheck.conf <<CONF
# the package's settings for this test
db = sqlite:$scratch/fresh.db
council = Testshire Council
host = 127.0.0.1
port = 0
CONF
conf=(--config "$scratch/elsewhere/healthcheck.conf")
printf 'team_id,name,service,locality\nT1,Riverside children,children,North\n' >teams.csv
"$hc" "${conf[@]}" import teams.csv >/dev/null
"$hc" "${conf[@]}" survey open --survey health-check --period 2026-Q3 --teams all >/dev/null
link=$("$hc" "${conf[@]}" survey invite health-check-2026-Q3 --team T1 --count 1)
path=/${link#http://*/}

"$hc" "${conf[@]}" serve --quiet >"$scratch/serve.out" 2>"$scratch/serve.err" &
server_pid=$!
for _ in $(seq 100); do
  grep -q '^Serving on' "$scratch/serve.out" && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$scratch/serve.err"; fail "the installed server stopped"; }
  sleep 0.1
done
base=$(sed -n 's|^Serving on \(http://[^/]*\)/.*|\1|p' "$scratch/serve.out")
[[ -n $base ]] || fail "the server did not start: $(cat "$scratch/serve.err")"

page() { curl -fsS --max-time 10 "$base$1"; }
sign_in=$(page /login) || fail "GET /login"
grep -q 'Sign in' <<<"$sign_in" || fail "/login has no 'Sign in'"
grep -q 'Testshire Council' <<<"$sign_in" || fail "/login lacks the council named in the configuration file"
css=$(page /assets/govuk-frontend.min.css) || fail "GET the installed stylesheet"
grep -q 'govuk-header' <<<"$css" || fail "the stylesheet is not govuk-frontend's"
start=$(page "$path") || fail "GET the survey link"
grep -q 'Social work health check: staff survey' <<<"$start" || fail "the survey link's start page lacks the survey"
form=$(page "$path/1") || fail "GET the survey's first section"
grep -q 'My caseload is manageable' <<<"$form" || fail "the survey form lacks its first question (installed definitions)"
echo "PASS: the installed package serves /login, the stylesheet and a survey form from $scratch/elsewhere"

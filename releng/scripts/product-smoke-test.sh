#!/usr/bin/env bash
# Product smoke test: unpacks the built product archive and starts it with its own `tagbench` script,
# as a user would. Checks that the "Tagbench" window appears, saves a screenshot, closes the app with
# Ctrl+Q and finds no error in its log; checks that an editor left open by a killed process does not come
# back as an error tab; then checks the clear messages for a second instance on the same workspace, an
# unusable workspace, and a missing or too old Java.
#
#   product-smoke-test.sh <product archive .tar.gz> <work folder>
#
# Needs an X display (Xvfb in CI), xdotool and ImageMagick's import.
set -euo pipefail

archive=$1
work=$2
fail() { echo "SMOKE TEST FAILED: $*" >&2; exit 1; }
step() { echo "[smoke] $*"; }

[ -f "$archive" ] || fail "no product archive at $archive"
[ -n "${DISPLAY:-}" ] || fail "no X display: run under xvfb-run (see README.md)"
for tool in xdotool import; do
	command -v "$tool" >/dev/null || fail "$tool is missing: apt-get install xdotool imagemagick"
done

rm -rf "$work"
mkdir -p "$work"
tar -xzf "$archive" -C "$work"
app="$work/tagbench/tagbench"
[ -x "$app" ] || fail "the archive has no executable tagbench script at its root"
! xdotool search --onlyvisible --name '^Tagbench ?$' >/dev/null 2>&1 || fail "a Tagbench window is already open on $DISPLAY"

# Waits up to $2 seconds for a visible window whose title is exactly $1; prints its id.
wait_for_window() {
	local title=$1 seconds=$2 id
	for _ in $(seq $((seconds * 5))); do
		id=$(xdotool search --onlyvisible --name "^${title} ?\$" 2>/dev/null | head -n 1 || true)
		if [ -n "$id" ]; then echo "$id"; return 0; fi
		sleep 0.2
	done
	return 1
}

# Sends keys to a window: without a window manager, focus it explicitly first.
send_keys() {
	local window=$1; shift
	xdotool windowfocus --sync "$window" 2>/dev/null || xdotool windowfocus "$window"
	sleep 0.3
	xdotool key --clearmodifiers "$@"
}

# Ctrl+Q until the process ends: a key sent while the window is still settling can be lost.
close_with_ctrl_q() {
	local window=$1 pid=$2
	for _ in 1 2 3; do
		send_keys "$window" ctrl+q
		for _ in $(seq 25); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.2; done
	done
}

wait_for_exit() {
	local pid=$1 seconds=$2
	for _ in $(seq $((seconds * 5))); do
		kill -0 "$pid" 2>/dev/null || { wait "$pid"; return $?; }
		sleep 0.2
	done
	kill -9 "$pid" 2>/dev/null || true
	return 124
}

start_app() { # $1 = name for the output files, rest = arguments
	local name=$1; shift
	"$app" "$@" >"$work/$name.out" 2>"$work/$name.err" &
	echo $!
}

workspace="$work/workspace"
demo=$(cd "$(dirname "$0")/../../demo" && pwd)

step "create the demo project headless, as ./dev.sh run does"
env -u DISPLAY "$app" --headless create "$workspace/shapes-demo" --name "Shapes demo" --type boxes \
	--classes-file "$demo/classes.txt" --data "$demo/shapes" --seed 1 >"$work/create.out" 2>&1 \
	|| fail "headless create failed: $(cat "$work/create.out")"
grep -q "added 24, missing 0, back 0, not registered 0" "$work/create.out" || fail "headless create: $(cat "$work/create.out")"
env -u DISPLAY "$app" --headless verify "$workspace/shapes-demo" >"$work/verify.out" 2>&1 \
	|| fail "headless verify failed: $(cat "$work/verify.out")"

step "start the product and wait for its window"
TAGBENCH_VMARGS="-Dtagbench.startupTrace=$work/startup.tsv" start_app first -data "$workspace" >"$work/first.pid"
pid=$(cat "$work/first.pid")
window=$(wait_for_window Tagbench 90) || { cat "$work/first.err" >&2; fail "the Tagbench window did not appear within 90 s"; }
for _ in $(seq 50); do [ -s "$work/startup.tsv" ] && break; sleep 0.2; done
[ -s "$work/startup.tsv" ] || fail "the workbench never reported its first painted window"
sleep 1
import -window root "$work/tagbench-window.png"
step "window $window shown; screenshot $work/tagbench-window.png; start-up milestones:"
cat "$work/startup.tsv"

step "close it with Ctrl+Q"
close_with_ctrl_q "$window" "$pid"
code=0; wait_for_exit "$pid" 30 || code=$?
[ "$code" -eq 0 ] || { cat "$work/first.err" >&2; fail "the product did not exit cleanly after Ctrl+Q (exit code $code)"; }

log="$workspace/.metadata/.log"
[ -f "$log" ] || fail "no log file at $log"
grep -q "Tagbench .* starting on Java" "$log" || fail "the log at $log lacks the start-up entry"
if grep -nE '^!ENTRY .* (2|4) |Exception' "$log" "$work/first.out" "$work/first.err"; then
	fail "the log or console shows warnings, errors or exceptions (above)"
fi

step "an editor open when the process is killed does not come back as an error tab"
# the workbench saves its layout every minute (instead of 5) so that the kill finds the editor in the saved layout
settings="$workspace/.metadata/.plugins/org.eclipse.core.runtime/.settings"
mkdir -p "$settings"
echo "WORKBENCH_SAVE_INTERVAL=1" >>"$settings/org.eclipse.ui.workbench.prefs"
layout="$workspace/.metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi"
start_app killed -data "$workspace" >"$work/killed.pid"
pid=$(cat "$work/killed.pid")
window=$(wait_for_window Tagbench 90) || { cat "$work/killed.err" >&2; fail "the Tagbench window did not appear within 90 s"; }
sleep 2
# the demo project is the first row of the Projects view (top left of the window): double-click opens it
xdotool mousemove --window "$window" 50 103 click --repeat 2 --delay 80 1
for _ in $(seq 100); do
	grep -q 'CompatibilityEditor" label="Shapes demo"' "$layout" 2>/dev/null && break
	sleep 1
done
grep -q 'CompatibilityEditor" label="Shapes demo"' "$layout" 2>/dev/null \
	|| { import -window root "$work/killed-editor.png"; fail "the labeling editor was not open in the saved layout (screenshot killed-editor.png)"; }
import -window root "$work/killed-editor.png"
pkill -9 -P "$pid" java || true
wait "$pid" 2>/dev/null || true
start_app restarted -data "$workspace" >"$work/restarted.pid"
pid=$(cat "$work/restarted.pid")
window=$(wait_for_window Tagbench 90) || { cat "$work/restarted.err" >&2; fail "the Tagbench window did not appear after the kill"; }
for _ in $(seq 50); do grep -q "editor tab(s) left by a session" "$log" && break; sleep 0.2; done
sleep 1
import -window root "$work/after-kill.png"
grep -q "Closed 1 editor tab(s) left by a session" "$log" || fail "the editor tab left by the killed process was not closed (screenshot after-kill.png)"
if grep -n "emptyEditorTab" "$log" "$work/restarted.out" "$work/restarted.err"; then
	fail "an error tab came back after the kill (screenshot after-kill.png)"
fi
close_with_ctrl_q "$window" "$pid"
code=0; wait_for_exit "$pid" 30 || code=$?
[ "$code" -eq 0 ] || { cat "$work/restarted.err" >&2; fail "the product did not exit cleanly after the restart (exit code $code)"; }
if grep -nE '^!ENTRY .* (2|4) |Exception' "$log" "$work/restarted.out" "$work/restarted.err"; then
	fail "the log or console shows warnings, errors or exceptions after the restart (above)"
fi
sed -i '/WORKBENCH_SAVE_INTERVAL=1/d' "$settings/org.eclipse.ui.workbench.prefs"

step "a second instance on the same workspace is refused with a message"
start_app holder -data "$workspace" >"$work/holder.pid"
holder=$(cat "$work/holder.pid")
holder_window=$(wait_for_window Tagbench 90) || fail "the first instance did not come up again"
start_app second -data "$workspace" >"$work/second.pid"
second=$(cat "$work/second.pid")
dialog=$(wait_for_window "Tagbench cannot start" 60) || fail "the second instance showed no message"
import -window root "$work/second-instance.png"
send_keys "$dialog" Return
code=0; wait_for_exit "$second" 30 || code=$?
[ "$code" -eq 13 ] || fail "the second instance exited with $code, expected 13"
grep -q "is in use by another Tagbench window" "$work/second.err" || fail "the second instance's message is missing"
close_with_ctrl_q "$holder_window" "$holder"
wait_for_exit "$holder" 30 || fail "the first instance did not exit after Ctrl+Q"

step "an unusable workspace gets a message naming it"
blocker="$work/not-a-folder"
echo "a file where a folder should be" >"$blocker"
start_app unusable -data "$blocker/workspace" >"$work/unusable.pid"
unusable=$(cat "$work/unusable.pid")
dialog=$(wait_for_window "Tagbench cannot start" 60) || fail "an unusable workspace showed no message"
send_keys "$dialog" Return
code=0; wait_for_exit "$unusable" 30 || code=$?
[ "$code" -eq 13 ] || fail "an unusable workspace exited with $code, expected 13"
grep -q "$blocker/workspace cannot be created" "$work/unusable.err" || fail "the unusable-workspace message does not name the folder"

step "a missing or too old Java gets a message"
code=0; JAVA_HOME=/nonexistent/java "$app" >"$work/nojava.out" 2>&1 || code=$?
[ "$code" -eq 2 ] && grep -q "JAVA_HOME is set to '/nonexistent/java'" "$work/nojava.out" \
	|| fail "a wrong JAVA_HOME gave exit $code and: $(cat "$work/nojava.out")"
mkdir -p "$work/oldjava/bin"
printf '#!/bin/sh\necho '\''openjdk version "11.0.22" 2024-01-16'\'' >&2\n' >"$work/oldjava/bin/java"
chmod +x "$work/oldjava/bin/java"
code=0; JAVA_HOME="$work/oldjava" "$app" >"$work/oldjava.out" 2>&1 || code=$?
[ "$code" -eq 2 ] && grep -q "needs Java 21 or newer, but .* is Java 11.0.22" "$work/oldjava.out" \
	|| fail "a Java 11 gave exit $code and: $(cat "$work/oldjava.out")"

step "headless mode runs without a display and answers scripts with exit codes"
code=0; out=$(env -u DISPLAY "$app" --headless version 2>"$work/headless.err") || code=$?
[ "$code" -eq 0 ] && [[ "$out" =~ ^Tagbench\ 0\.1\.0\ \(build\ [0-9]{12}\)$ ]] \
	|| fail "'tagbench --headless version' gave exit $code and: $out $(cat "$work/headless.err")"
code=0; env -u DISPLAY "$app" --headless frobnicate >/dev/null 2>"$work/headless.err" || code=$?
[ "$code" -eq 2 ] && grep -q "unknown command 'frobnicate'" "$work/headless.err" \
	|| fail "an unknown headless command gave exit $code and: $(cat "$work/headless.err")"

step "a read-only installation: each user gets a configuration area that cascades to the shared one"
if [ "$(id -u)" -eq 0 ]; then
	user_home="$work/user-home"
	mkdir -p "$user_home" && chown nobody "$user_home"
	chmod -R a+rX "$work/tagbench"
	code=0; out=$(runuser -u nobody -- env -u DISPLAY HOME="$user_home" TAGBENCH_CONFIG_HOME="$user_home/config" \
		"$app" --headless version 2>"$work/readonly.err") || code=$?
	[ "$code" -eq 0 ] && [[ "$out" == Tagbench\ 0.1.0* ]] \
		|| fail "as a user who cannot write the installation: exit $code, $out $(cat "$work/readonly.err")"
	[ -d "$user_home/config/configuration" ] || fail "no per-user configuration area was made in $user_home/config"
	code=0; runuser -u nobody -- env -u DISPLAY HOME="$user_home" TAGBENCH_CONFIG_HOME=/proc/forbidden \
		"$app" --headless version >"$work/noconfig.out" 2>&1 || code=$?
	[ "$code" -eq 2 ] && grep -q "the configuration area cannot be written" "$work/noconfig.out" \
		|| fail "no writable configuration area gave exit $code and: $(cat "$work/noconfig.out")"
else
	fail "this step needs root (to run the product as another user); CI runs as root"
fi

step "passed"

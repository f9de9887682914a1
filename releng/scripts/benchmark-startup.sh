#!/usr/bin/env bash
# Start-up benchmark of the built product (not a test: it prints figures).
#
#   benchmark-startup.sh <product archive .tar.gz> <work folder> [runs, default 5]
#
# For the default e4 CSS theme and for "-cssTheme none": one warm-up start, then <runs> starts on the
# same workspace (so workbench restore is included, as for a user's usual start). Each start is timed
# from launching the `tagbench` script to its window being visible (xdotool, polled every 20 ms), and
# the product's own milestones (-Dtagbench.startupTrace) say where the time went. One more start with
# Equinox's bundleTime tracing lists the slowest bundle activators.
set -euo pipefail
archive=$1
work=$2
runs=${3:-5}
[ -n "${DISPLAY:-}" ] || { echo "needs an X display (run through ./dev.sh bench-startup)" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work"
tar -xzf "$archive" -C "$work" 2>/dev/null
app="$work/tagbench/tagbench"

now_ms() { date +%s%3N; }

# One start: prints "<wall ms>" and leaves the milestones in $work/trace.tsv; closes the app after.
start_once() {
	local workspace=$1; shift
	rm -f "$work/trace.tsv"
	local begin end pid
	begin=$(now_ms)
	TAGBENCH_VMARGS="-Dtagbench.startupTrace=$work/trace.tsv" "$app" -data "$workspace" "$@" >"$work/last.out" 2>&1 &
	pid=$!
	until xdotool search --onlyvisible --name '^Tagbench ?$' >/dev/null 2>&1; do
		kill -0 "$pid" 2>/dev/null || { cat "$work/last.out" >&2; echo "the product exited before showing its window" >&2; exit 1; }
		sleep 0.02
	done
	end=$(now_ms)
	for _ in $(seq 250); do [ -s "$work/trace.tsv" ] && break; sleep 0.02; done
	kill "$pid"
	wait "$pid" 2>/dev/null || true
	echo $((end - begin))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

declare -A milestone_values
report_mode() {
	local mode=$1; shift
	local workspace="$work/ws-$mode" walls=() value
	start_once "$workspace" "$@" >/dev/null   # warm-up: creates the workspace and its saved layout
	: >"$work/milestones-$mode.tsv"
	for _ in $(seq "$runs"); do
		walls+=("$(start_once "$workspace" "$@")")
		cat "$work/trace.tsv" >>"$work/milestones-$mode.tsv"
	done
	printf '%-10s start to visible window: median %s ms (runs: %s)\n' "$mode" \
		"$(printf '%s\n' "${walls[@]}" | median)" "${walls[*]}"
	printf '%-10s milestones, median ms since JVM start (and since the previous one):\n' "$mode"
	for name in "launcher main()" "application started" "workbench initialized" "window opened" "first window painted"; do
		value=$(grep -F "$name	" "$work/milestones-$mode.tsv" | cut -f2 | median)
		step=$(grep -F "$name	" "$work/milestones-$mode.tsv" | cut -f3 | median)
		printf '             %-24s %6s ms  (+%s)\n' "$name" "$value" "$step"
	done
}

echo "Tagbench start-up benchmark: $(nproc) cores, $(java -version 2>&1 | head -n 1), $runs runs per mode"
report_mode themed
report_mode no-theme -cssTheme none

printf 'org.eclipse.osgi/debug=true\norg.eclipse.osgi/debug/bundleTime=true\n' >"$work/bundle-time.options"
start_once "$work/ws-themed" -debug "$work/bundle-time.options" >/dev/null
echo "slowest bundle activators (one traced start, themed; tracing itself adds time):"
grep 'ms to load and start the activator of' "$work/last.out" | sort -rn | head -n 8 \
	| sed -E 's/ ms to load and start the activator of ([^_]*)_.*/ ms  \1/' | sed 's/^/             /'
total=$(grep 'ms to load and start the activator of' "$work/last.out" | awk '{s+=$1} END {print s+0}')
echo "             all activators: $total ms (nested activations are counted in their parents too)"

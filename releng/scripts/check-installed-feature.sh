#!/usr/bin/env bash
# Checks an installation into which the p2 director installed org.tagbench.feature.source and
# org.tagbench.examples.feature from the update site: the features and their bundles are on disk (the
# example bundle also in bundles.info, so it runs), the p2 profile records the new roots, the product's own
# bundles are untouched, and the product still starts.
#
#   check-installed-feature.sh <installation folder>
set -euo pipefail
home=$1
fail() { echo "INSTALL TEST FAILED: $*" >&2; exit 1; }

ls "$home"/features/org.tagbench.feature.source_*/feature.xml >/dev/null 2>&1 \
	|| fail "features/org.tagbench.feature.source_* is missing in $home"
for bundle in org.tagbench.core.source org.tagbench.ui.source; do
	ls "$home"/plugins/${bundle}_*.jar >/dev/null 2>&1 || fail "plugins/${bundle}_*.jar is missing in $home"
done
profile=$(ls "$home"/p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile/*.profile.gz | sort | tail -n 1)  # named by timestamp
profile_xml=$(zcat "$profile")
grep -q "name='org.eclipse.equinox.p2.type.root'" <<<"$profile_xml" || fail "no root IUs in $profile"
grep -q "id='org.tagbench.feature.source.feature.group'" <<<"$profile_xml" \
	|| fail "the p2 profile $profile does not record org.tagbench.feature.source.feature.group"
ls "$home"/features/org.tagbench.examples.feature_*/feature.xml >/dev/null 2>&1 \
	|| fail "features/org.tagbench.examples.feature_* is missing in $home"
ls "$home"/plugins/org.tagbench.examples.pointtool_*.jar >/dev/null 2>&1 \
	|| fail "plugins/org.tagbench.examples.pointtool_*.jar is missing in $home"
grep -q "id='org.tagbench.examples.feature.feature.group'" <<<"$profile_xml" \
	|| fail "the p2 profile $profile does not record org.tagbench.examples.feature.feature.group"
grep -q '^org.tagbench.examples.pointtool,' "$home/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
	|| fail "org.tagbench.examples.pointtool is not in bundles.info: it would not run"
grep -q '^org.tagbench.ui,' "$home/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
	|| fail "the installation lost org.tagbench.ui from bundles.info"

if [ -n "${DISPLAY:-}" ]; then
	work=$(mktemp -d)
	"$home/tagbench" -data "$work/ws" >"$work/out" 2>&1 &
	pid=$!
	for _ in $(seq 900); do
		xdotool search --onlyvisible --name '^Tagbench ?$' >/dev/null 2>&1 && break
		sleep 0.2
	done
	xdotool search --onlyvisible --name '^Tagbench ?$' >/dev/null 2>&1 || { cat "$work/out" >&2; fail "the product showed no Tagbench window within 180 s after the install"; }
	kill "$pid"  # the launcher script passes the signal on to its JVM
	for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
	! kill -0 "$pid" 2>/dev/null || fail "the product did not stop on SIGTERM to its launcher script"
	! xdotool search --onlyvisible --name '^Tagbench ?$' >/dev/null 2>&1 || fail "a Tagbench window is still open after SIGTERM"
fi
echo "[install-test] org.tagbench.feature.source and org.tagbench.examples.feature installed from the update site into $home; the product still starts"

#!/usr/bin/env bash
# Update test: an installation made from this build's product archive is updated from a newer update
# site with the p2 director, as docs/ADMIN-GUIDE.md tells admins to do, and then runs the newer bundles.
#
#   p2-update-test.sh <work folder>      (run from the repository root after `./mvnw verify`)
#
# The newer site is built from a copy of this source tree with a later build qualifier, so that the
# main build's output is left alone.
set -euo pipefail
root=$(pwd)
work=$1
fail() { echo "UPDATE TEST FAILED: $*" >&2; exit 1; }
step() { echo "[update-test] $*"; }
[ -n "${DISPLAY:-}" ] || fail "no X display: run under xvfb-run (./dev.sh test does)"

archive=$(ls "$root"/releng/org.tagbench.product/target/products/tagbench-*-linux.gtk.x86_64.tar.gz)
rm -rf "$work"
mkdir -p "$work/install" "$work/source"
tar -xzf "$archive" -C "$work/install" 2>/dev/null
home="$work/install/tagbench"
old_ui=$(grep '^org.tagbench.ui,' "$home/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" | cut -d, -f2)
step "installed from the archive: org.tagbench.ui $old_ui"

newer=$(date -u -d '+1 day' +%Y%m%d%H%M)
step "build a newer update site (qualifier $newer) from a copy of the sources"
git -C "$root" ls-files -z --cached --others --exclude-standard | (cd "$root" && xargs -0 cp --parents -t "$work/source")
(cd "$work/source" && ./mvnw -B -q package -DskipTests -DforceContextQualifier="$newer" \
	-pl releng/org.tagbench.updatesite -am) >"$work/newer-build.log" 2>&1 \
	|| { tail -n 40 "$work/newer-build.log" >&2; fail "the newer update site did not build"; }
site="$work/source/releng/org.tagbench.updatesite/target/repository"

step "update the installation with the p2 director"
(cd "$root" && ./mvnw -B -q -N org.eclipse.tycho:tycho-p2-director-plugin:4.0.13:director \
	-Ddestination="$home" -Drepositories="file:$site" -Dprofile=DefaultProfile \
	-DuninstallIUs=org.tagbench.feature.feature.group -DinstallIUs=org.tagbench.feature.feature.group) \
	>"$work/director.log" 2>&1 || { cat "$work/director.log" >&2; fail "the p2 director failed"; }

new_ui=$(grep '^org.tagbench.ui,' "$home/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" | cut -d, -f2)
[ "$new_ui" = "0.1.0.$newer" ] || fail "after the update bundles.info has org.tagbench.ui $new_ui, expected 0.1.0.$newer"
step "bundles.info now has org.tagbench.ui $new_ui (was $old_ui)"

"$home/tagbench" -data "$work/ws" >"$work/run.out" 2>&1 &
pid=$!
for _ in $(seq 900); do
	grep -q "Tagbench 0.1.0 (build $newer) starting" "$work/ws/.metadata/.log" 2>/dev/null && break
	kill -0 "$pid" 2>/dev/null || break
	sleep 0.2
done
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
grep -q "Tagbench 0.1.0 (build $newer) starting" "$work/ws/.metadata/.log" \
	|| { cat "$work/run.out" >&2; fail "the updated installation did not start the newer build"; }
step "passed: the updated installation starts build $newer"

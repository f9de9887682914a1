#!/usr/bin/env bash
# Developer entry point: the two set-up commands of README.md and the benchmarks.
#
#   ./dev.sh run     build the product if needed, then start it on the demo workspace
#   ./dev.sh test    build everything and run every test (unit, UI, product smoke test) under Xvfb
#   ./dev.sh bench-startup [runs]   start-up benchmark of the built product (see README.md)
#   ./dev.sh bench-store [options]  project store benchmark of the built product (see README.md)
#   ./dev.sh bench-dicom [runs] [sv1,jp14,…]  DICOM decode benchmark against dcmtk, all or some rows (README.md)
#   ./dev.sh bench-assist [items]   ML assist evaluation on Fashion-MNIST (docs/ASSIST.md)
#   ./dev.sh bench-assist --memory [items]  assist memory on a 100,000-item project in a 2 GiB heap
#   ./dev.sh bench-assist --boxes [scenes] [4|10]  box pre-labels on synthetic Fashion-MNIST scenes
#   ./dev.sh bench-team [options]   team mode load and fault test on a throwaway PostgreSQL (docs/BENCHMARKS.md)
#   ./dev.sh fuzz-dicom [seconds]   fuzz the DICOM reader with Jazzer (default 60 s; ./dev.sh test runs 60 s)
#   ./dev.sh bench-next-item        labeling editor: Submit to next 12-MP JPEG painted, prefetch on and off
#   ./dev.sh bench-repaint          labeling canvas repaint with 1,000 boxes + 1,000 polygons on a 12-MP photo
#   ./dev.sh bench-wl [frames]      DICOM window/level redraw on a 3,000 × 3,000 16-bit image (docs/BENCHMARKS.md)
#   ./dev.sh bench-dashboard [items] dashboard item list on a 500,000-item project: jumps, page downs (docs/BENCHMARKS.md)
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)

VERSION=0.1.0
ARCHIVE="$ROOT/releng/org.tagbench.product/target/products/tagbench-$VERSION-linux.gtk.x86_64.tar.gz"
PRODUCT_DIR="$ROOT/target/dev-product"
XVFB_SCREEN="-screen 0 1600x1000x24"

# System packages the tests and the product need on Debian. Installed when missing and we are root.
PACKAGES=(xvfb xauth x11-utils libgtk-3-0 xdotool imagemagick python3-pydicom python3-nibabel dcmtk libgdcm-tools postgresql)

ensure_packages() {
	local missing=()
	for package in "${PACKAGES[@]}"; do
		dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	if [ "$(id -u)" -eq 0 ]; then
		echo "Installing ${missing[*]}"
		apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
	else
		echo "Missing system packages: ${missing[*]}. Install them with: sudo apt-get install ${missing[*]}" >&2
		exit 1
	fi
}

# Tagbench needs Java 21 or newer (SWTChart, the charting library, is built for 21). Debian 12's default is 17,
# so when the java on PATH (or JAVA_HOME) is older, take the newest JDK 21+ under /usr/lib/jvm, or install
# one from the distribution when we are root and it has one; the build, the tests and the product use it.
MIN_JAVA=21

java_major() {  # prints the feature version of the java binary $1, e.g. 17 or 25
	"$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\)[."].*/\1/p' | head -n 1
}

use_java() {
	local candidate
	for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)"; do
		[ -n "$candidate" ] && [ -x "$candidate" ] && [ "$(java_major "$candidate")" -ge $MIN_JAVA ] 2>/dev/null \
			&& { export JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$candidate")")"); return 0; }
	done
	local best="" best_major=0 major
	for candidate in /usr/lib/jvm/*/bin/java; do
		[ -x "$candidate" ] || continue
		major=$(java_major "$candidate")
		[ -n "$major" ] && [ "$major" -ge $MIN_JAVA ] && [ "$major" -gt $best_major ] && { best=$candidate; best_major=$major; }
	done
	if [ -z "$best" ] && [ "$(id -u)" -eq 0 ]; then
		local package
		package=$(apt-cache pkgnames openjdk- 2>/dev/null | grep -E '^openjdk-(2[1-9])-jdk-headless$' | sort -V | tail -n 1)
		if [ -n "$package" ]; then
			echo "Installing $package (Tagbench needs Java $MIN_JAVA or newer)"
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$package" >/dev/null
			use_java
			return
		fi
	fi
	[ -n "$best" ] || { echo "Tagbench needs a JDK $MIN_JAVA or newer; none was found (JAVA_HOME, PATH, /usr/lib/jvm). Install one and set JAVA_HOME." >&2; exit 1; }
	export JAVA_HOME=$(dirname "$(dirname "$best")")
}
use_java
export PATH="$JAVA_HOME/bin:$PATH"

# Runs "$@" with an X display: the current one, or a private Xvfb.
with_display() {
	if [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; then
		"$@"
	else
		xvfb-run -a -s "$XVFB_SCREEN" "$@"
	fi
}

product_is_stale() {
	[ -f "$ARCHIVE" ] || return 0
	[ -n "$(find bundles features releng target-platform pom.xml -newer "$ARCHIVE" -type f -not -path '*/target/*' -print -quit)" ]
}

case "${1:-}" in
	run)
		if product_is_stale; then
			echo "Building the product (./mvnw verify -DskipTests) ..."
			./mvnw -B -q verify -DskipTests
			rm -rf "$PRODUCT_DIR"
		fi
		if [ ! -x "$PRODUCT_DIR/tagbench/tagbench" ]; then
			mkdir -p "$PRODUCT_DIR"
			tar -xzf "$ARCHIVE" -C "$PRODUCT_DIR" 2>/dev/null
		fi
		shift
		# The bundled demo project: 24 shape images of demo/shapes, to label with boxes.
		if [ ! -f "$ROOT/demo-workspace/shapes-demo/project.tagbench" ]; then
			"$PRODUCT_DIR/tagbench/tagbench" --headless create "$ROOT/demo-workspace/shapes-demo" --name "Shapes demo" \
				--type boxes --classes-file "$ROOT/demo/classes.txt" --data "$ROOT/demo/shapes" --seed 1
		fi
		exec "$PRODUCT_DIR/tagbench/tagbench" -data "$ROOT/demo-workspace" "$@"
		;;
	test)
		ensure_packages
		shift
		echo "Java: $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1) ($JAVA_HOME)"
		with_display "$0" tests-with-display "$@"
		;;
	tests-with-display)  # internal: the test run, once a display is there
		shift
		./mvnw -B verify "$@"
		bash releng/scripts/p2-update-test.sh "$ROOT/target/p2-update-test"
		"$0" fuzz-dicom 60
		;;
	bench-startup)
		ensure_packages
		shift
		[ -f "$ARCHIVE" ] || ./mvnw -B -q verify -DskipTests
		with_display bash releng/scripts/benchmark-startup.sh "$ARCHIVE" "$ROOT/target/benchmark-startup" "${1:-5}"
		;;
	bench-store)
		shift
		[ -f "$ARCHIVE" ] || ./mvnw -B -q verify -DskipTests
		rm -rf "$ROOT/target/bench-store" && mkdir -p "$ROOT/target/bench-store"
		tar -xzf "$ARCHIVE" -C "$ROOT/target/bench-store" 2>/dev/null
		TAGBENCH_MAX_HEAP=1g "$ROOT/target/bench-store/tagbench/tagbench" --headless benchmark-store "$ROOT/target/bench-store/work" "$@"
		;;
	bench-dicom)
		shift
		./mvnw -B -q verify -DskipTests -pl bundles/org.tagbench.dicom.tests -am
		mkdir -p "$ROOT/target/bench-dicom"
		java -Xmx2g -cp "bundles/org.tagbench.dicom/target/classes:bundles/org.tagbench.dicom.tests/target/classes:bundles/org.tagbench.dicom/lib/*:bundles/org.tagbench.imaging/target/classes" \
			org.tagbench.dicom.DecodeBenchmark "${1:-7}" "$ROOT/target/bench-dicom" "${2:-}"
		;;
	bench-assist)
		shift
		# Plain Java (no OSGi): the assist bundle's classes and embedded jars plus the few target jars it imports.
		# --memory [items]: the assist's memory on a large project (default 100,000 items) in the 2 GiB heap.
		MAIN=org.tagbench.assist.internal.AssistBenchmark
		if [ "${1:-}" = "--memory" ]; then
			shift
			MAIN=org.tagbench.assist.internal.AssistMemoryBenchmark
		elif [ "${1:-}" = "--boxes" ]; then
			shift
			MAIN=org.tagbench.assist.internal.BoxBenchmark
		fi
		if [ "$MAIN" != org.tagbench.assist.internal.AssistMemoryBenchmark ]; then
			dpkg-query -W -f='${Status}' dataset-fashion-mnist 2>/dev/null | grep -q "install ok installed" || {
				echo "Fashion-MNIST is missing: sudo apt-get install dataset-fashion-mnist" >&2; exit 1; }
		fi
		./mvnw -B -q package -DskipTests -pl bundles/org.tagbench.assist,bundles/org.tagbench.assist.natives.linux.x86_64 -am
		M2="$HOME/.m2/repository"
		CP="bundles/org.tagbench.assist/target/classes:bundles/org.tagbench.model/target/classes:$(ls bundles/org.tagbench.assist/lib/*.jar | tr '\n' ':')"
		for jar in com/google/code/gson/gson/2.13.1/gson-2.13.1.jar org/slf4j/slf4j-api/2.0.17/slf4j-api-2.0.17.jar \
			net/java/dev/jna/jna/5.18.1/jna-5.18.1.jar org/apache/commons/commons-compress/1.27.1/commons-compress-1.27.1.jar \
			org/eclipse/platform/org.eclipse.equinox.common/3.20.300/org.eclipse.equinox.common-3.20.300.jar \
			org/eclipse/platform/org.eclipse.core.jobs/3.15.700/org.eclipse.core.jobs-3.15.700.jar \
			org/eclipse/platform/org.eclipse.osgi/3.24.0/org.eclipse.osgi-3.24.0.jar \
			org/eclipse/emf/org.eclipse.emf.common/2.46.0/org.eclipse.emf.common-2.46.0.jar \
			org/eclipse/emf/org.eclipse.emf.ecore/2.43.0/org.eclipse.emf.ecore-2.43.0.jar; do
			CP="$CP:$M2/$jar"
		done
		# TAGBENCH_BACKBONE=mobilenet ./dev.sh bench-assist: the pretrained backbone instead of the built-in one;
		# TAGBENCH_PROPAGATION=false: the head alone, without label propagation (as before it)
		java -Xmx2g -Dtagbench.tensorflow.nativesJar=bundles/org.tagbench.assist.natives.linux.x86_64/natives/tensorflow-core-native-linux-x86_64.jar \
			-Dtagbench.bench.backbone="${TAGBENCH_BACKBONE:-pyramid}" -Dtagbench.bench.propagation="${TAGBENCH_PROPAGATION:-true}" -Dtagbench.assist.mobilenetModel="$ROOT/bundles/org.tagbench.assist/models/mobilenet-v2-nsfwjs" \
			-cp "$CP" "$MAIN" "$@" 2> >(grep -v -e '^SLF4J' -e 'tensorflow/' -e '^To enable' >&2)
		;;
	bench-team)
		shift
		ensure_packages
		[ -f "$ARCHIVE" ] || ./mvnw -B -q verify -DskipTests
		rm -rf "$ROOT/target/bench-team" && mkdir -p "$ROOT/target/bench-team"
		tar -xzf "$ARCHIVE" -C "$ROOT/target/bench-team" 2>/dev/null
		"$ROOT/target/bench-team/tagbench/tagbench" --headless bench-team "$@"
		;;
	fuzz-dicom)
		shift
		./mvnw -B -q -f tools/dicom-fuzz/pom.xml package
		FUZZ="$ROOT/tools/dicom-fuzz/target/fuzz"
		mkdir -p "$FUZZ/corpus"
		echo "Fuzzing the DICOM reader for ${1:-60} s (Jazzer; findings are written to $FUZZ)"
		# -timeout: one input may take 10 s at most (a hang); the 512 MiB heap catches unjustified allocations.
		(cd "$FUZZ" && java -Xmx512m -cp "$ROOT/tools/dicom-fuzz/target/classes:$(cat "$ROOT/tools/dicom-fuzz/target/classpath.txt")" \
			com.code_intelligence.jazzer.Jazzer --target_class=org.tagbench.fuzz.DicomReaderFuzzer \
			--instrumentation_includes='org.tagbench.**' -max_total_time="${1:-60}" -timeout=10 -rss_limit_mb=4096 \
			-print_final_stats=1 corpus "$ROOT/bundles/org.tagbench.dicom.tests/corpus" "$ROOT/bundles/org.tagbench.dicom.tests/fuzz-findings" 2>&1 | grep -v -e '^#[0-9].*\(NEW\|REDUCE\|pulse\)' -e '^"' -e '^######')
		;;
	bench-wl)
		shift
		# Plain Java with SWT (no OSGi): the viewer's and the reader's classes plus the target jars they use.
		./mvnw -B -q -o verify -DskipTests -pl features/org.tagbench.feature,features/org.tagbench.rcp.feature,bundles/org.tagbench.ui.dicom.tests -am
		M2="$HOME/.m2/repository"
		jar_of() { # group path, artifact: the version pinned in the target file
			local version
			version=$(grep -o "<artifactId>$2</artifactId><version>[^<]*" target-platform/*.target | head -1 | sed 's/.*<version>//')
			echo "$M2/$1/$2/$version/$2-$version.jar"
		}
		CP="bundles/org.tagbench.ui.dicom/target/classes:bundles/org.tagbench.ui.dicom.tests/target/classes"
		CP="$CP:bundles/org.tagbench.ui.labeling/target/classes:bundles/org.tagbench.dicom/target/classes:bundles/org.tagbench.dicom/lib/*"
		CP="$CP:bundles/org.tagbench.imaging/target/classes:bundles/org.tagbench.model/target/classes"
		CP="$CP:$(jar_of org/eclipse/platform org.eclipse.swt.gtk.linux.x86_64):$(jar_of org/eclipse/platform org.eclipse.equinox.common)"
		CP="$CP:$(jar_of org/eclipse/emf org.eclipse.emf.ecore):$(jar_of org/eclipse/emf org.eclipse.emf.common)"
		with_display java -Xmx2g -cp "$CP" org.tagbench.ui.dicom.WindowLevelBenchmark "${1:-60}" "$ROOT/target/bench-wl"
		;;
	bench-repaint)
		shift
		ensure_packages
		with_display ./mvnw -B -q -o verify -Dtest=RepaintBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
			-pl features/org.tagbench.feature,features/org.tagbench.rcp.feature,bundles/org.tagbench.ui.labeling.tests -am \
			| grep -e '^RepaintBenchmark' -e 'ERROR' -e 'FAIL'
		;;
	bench-next-item)
		shift
		ensure_packages
		for prefetch in 3 0; do
			with_display ./mvnw -B -q -o verify -Dtest=NextItemBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
				-Dtagbench.test.vmargs="-Xmx1g -Dtagbench.labeling.prefetch=$prefetch" \
				-pl features/org.tagbench.feature,features/org.tagbench.rcp.feature,bundles/org.tagbench.ui.labeling.tests -am \
				| grep -e '^NextItemBenchmark' -e 'ERROR' -e 'FAIL'
		done
		;;
	bench-dashboard)
		shift
		ensure_packages
		with_display ./mvnw -B -q -o verify -Dtest=DashboardScrollBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
			-Dtagbench.test.vmargs="-Xmx1g -Dtagbench.bench.items=${1:-500000}" \
			-pl features/org.tagbench.feature,features/org.tagbench.rcp.feature,bundles/org.tagbench.ui.dashboard.tests -am \
			| grep -e '^BENCH' -e 'ERROR' -e 'FAIL'
		;;
	*)
		sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'
		exit 2
		;;
esac

#!/bin/bash
# The long fuzz run: builds every libFuzzer target with clang (ASan + UBSan)
# and runs each for SECONDS (default 300), one after the other.
#
#   tests/fuzz/run-long.sh [SECONDS] [NAME...]     e.g.  run-long.sh 600 minisign csv
#
# NAME is the part after fuzz_ (all targets when none is given). Environment:
#   OVI_FUZZ_BUILD  build folder (default: /tmp/ovi-build-fuzz)
#   OVI_FUZZ_JOBS   parallel make jobs (default: nproc)
#
# What each fuzzer finds is kept in $OVI_FUZZ_BUILD/fuzz-long/NAME/ (the seeds
# in tests/fuzz/corpus/NAME/ are only read); a crash leaves
# $OVI_FUZZ_BUILD/fuzz-long/NAME-crash-* to reproduce with `fuzz_NAME FILE`.
# Worth copying into the seed corpus: new inputs after `fuzz_NAME -merge=1
# tests/fuzz/corpus/NAME $OVI_FUZZ_BUILD/fuzz-long/NAME`.
# Exits nonzero if any fuzzer failed.
set -u

secs=${1:-300}
[ $# -gt 0 ] && shift
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
build=${OVI_FUZZ_BUILD:-/tmp/ovi-build-fuzz}
jobs=${OVI_FUZZ_JOBS:-$(nproc 2>/dev/null || echo 2)}

case $secs in
'' | *[!0-9]*) echo "usage: $0 [SECONDS] [NAME...]" >&2; exit 2 ;;
esac

if [ $# -gt 0 ]; then
	names=("$@")
else
	names=()
	for f in "$here"/fuzz_*.c; do
		[ -e "$f" ] || continue
		n=${f##*/fuzz_}
		names+=("${n%.c}")
	done
fi
if [ ${#names[@]} -eq 0 ]; then
	echo "no fuzz targets in $here" >&2
	exit 2
fi

cmake -S "$src" -B "$build" -DCMAKE_C_COMPILER=clang -DOVI_FUZZ=ON -DOVI_BUILD_UI=OFF \
	-DOVI_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null || exit 1
targets=()
for n in "${names[@]}"; do targets+=("fuzz_$n"); done
cmake --build "$build" -j "$jobs" --target "${targets[@]}" || exit 1

failed=()
summary=()
for n in "${names[@]}"; do
	work=$build/fuzz-long/$n
	mkdir -p "$work"
	args=(-max_total_time="$secs" -print_final_stats=1 -artifact_prefix="$work-")
	[ -f "$here/$n.dict" ] && args+=(-dict="$here/$n.dict")
	if [ -f "$here/$n.options" ]; then
		while read -r opt; do
			case $opt in '' | '#'* | -runs=*) continue ;; esac # the long run is timed
			args+=("$opt")
		done <"$here/$n.options"
	fi
	args+=("$work")
	[ -d "$here/corpus/$n" ] && args+=("$here/corpus/$n")
	log=$build/fuzz-long/$n.log
	echo "== fuzz_$n for ${secs}s (log: $log)"
	"$build/tests/fuzz/fuzz_$n" "${args[@]}" >"$log" 2>&1
	rc=$?
	runs=$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\1 runs in \2 s/p' "$log")
	cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1)
	line="fuzz_$n: ${runs:-no summary}, $cov, corpus $(ls "$work" | wc -l) new files"
	if [ $rc -ne 0 ]; then
		failed+=("$n")
		line="$line -- FAILED (exit $rc), see $log"
		grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' "$log" | head -5
	fi
	echo "$line"
	summary+=("$line")
done

echo
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
	echo "FAILED: ${failed[*]}"
	exit 1
fi

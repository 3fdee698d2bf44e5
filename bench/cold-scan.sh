#!/bin/sh
# Wall time of `rampart scan` on the bundled example from a cold JVM, as a CI gate pays it.
# Usage: bench/cold-scan.sh [RUNS]   (build first: ./mvnw -q -DskipTests package). Target: under 1.5 s.
# Uses hyperfine when installed (apt-get install hyperfine), else times each run itself.
set -eu
cd "$(dirname "$0")/.."
runs=${1:-10}
cmd="./rampart scan fixtures/example/cdk.out --format json -o /dev/null"
./rampart scan fixtures/example/cdk.out -o /dev/null >/dev/null 2>&1 || true  # builds the class-data archive once
if command -v hyperfine >/dev/null 2>&1; then
  exec hyperfine --runs "$runs" -i "$cmd"
fi
i=0
times=""
while [ "$i" -lt "$runs" ]; do
  start=$(date +%s%N)
  $cmd >/dev/null 2>&1 || true
  end=$(date +%s%N)
  times="$times $(( (end - start) / 1000000 ))"
  i=$((i + 1))
done
echo "$times" | tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{a[NR]=$1} END {printf "runs %d, min %d ms, median %d ms, max %d ms\n", NR, a[1], a[int((NR+1)/2)], a[NR]}'

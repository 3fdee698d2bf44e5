# Sourced by ./mvnw, ./rampart and .ci/run: make sure a JDK 21 or newer is used.
# Keeps JAVA_HOME when it already points at one; otherwise looks at `java` on the PATH, then at
# the usual JDK folders, and exports the newest JDK >= 21 it finds there.

rampart_java_major() {
  # prints the feature version of the given java binary, e.g. 17 or 25
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

rampart_select_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    v=$(rampart_java_major "$JAVA_HOME/bin/java")
    [ "${v:-0}" -ge 21 ] && return 0
  elif command -v java >/dev/null 2>&1; then
    v=$(rampart_java_major java)
    [ "${v:-0}" -ge 21 ] && return 0
  fi
  best= best_v=0
  for home in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    [ -x "$home/bin/javac" ] || continue
    v=$(rampart_java_major "$home/bin/java")
    if [ "${v:-0}" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best=$home best_v=$v; fi
  done
  if [ -n "$best" ]; then
    JAVA_HOME=$best
    export JAVA_HOME
    PATH="$JAVA_HOME/bin:$PATH"
    export PATH
  else
    echo "rampart: no JDK 21 or newer found; install one and set JAVA_HOME to it" >&2
    return 1
  fi
}

rampart_select_jdk

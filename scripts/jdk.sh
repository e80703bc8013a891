# Sourced by the project's scripts: exports JAVA_HOME pointing at a JDK 21+.
# These machines' default java may be 17 with a newer JDK installed beside it.

java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1
}

select_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ]; then
    :
  elif command -v java >/dev/null && [ "$(java_major "$(command -v java)")" -ge 21 ]; then
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  else
    JAVA_HOME=""
    for candidate in /usr/lib/jvm/*; do
      if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate/bin/java")" -ge 21 ]; then
        JAVA_HOME="$candidate"
        break
      fi
    done
    if [ -z "$JAVA_HOME" ]; then
      echo "No JDK 21+ found: install one and set JAVA_HOME." >&2
      return 1
    fi
  fi
  export JAVA_HOME
}

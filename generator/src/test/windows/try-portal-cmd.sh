#!/usr/bin/env bash
# Exercises portal.cmd under Wine's cmd.exe, with stand-in java.exe files (fake-java.c) that record
# the arguments Windows hands them: finding Java (JAVA_HOME, quoted or not, then PATH), reading its
# version, the one-sentence messages, the class-data archive's name and place, the JVM options for
# build and serve, and quoting, from a release folder named "Career Frameworks – Médway & Co (HR)".
# Not part of ./mvnw verify (CI has no Wine); run by hand after changing portal.cmd:
#   apt-get install wine64 gcc-mingw-w64-x86-64-win32
#   ./mvnw -q -DskipTests package && bash generator/src/test/windows/try-portal-cmd.sh
# Wine 8's cmd returns 1, not 3, from "exit /b 3" in a called batch file (Windows returns 3), so
# exit statuses are not checked here. docs/release.md has the line-by-line review.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
archive="$(find "$root/generator/target" -maxdepth 1 -name "portal-*.tar.gz" | head -n 1)"
export WINEPREFIX="${WINEPREFIX:-/tmp/portal-wine}" WINEDEBUG=-all
w="$(mktemp -d /tmp/portal-cmd.XXXXXX)"
trap 'rm -rf "$w"' EXIT

folder="$w/Career Frameworks – Médway & Co (HR)"
mkdir -p "$folder"
tar -xzf "$archive" -C "$folder"
release="$(ls -d "$folder"/portal-*)"
cp "$root/portal.cmd" "$release/portal.cmd" # the working copy, as it will be packaged
for java in "jdk 17|openjdk version \"17.0.15\" 2025-04-15" "Program Files (x86)/Java/jre1.8.0_381|java version \"1.8.0_381\"" \
  "jdk25|openjdk version \"25-ea\" 2025-09-16"; do
  dir="${java%%|*}" version="${java#*|}"
  mkdir -p "$w/$dir/bin"
  x86_64-w64-mingw32-gcc -O1 "-DVERSION=\"${version//\"/\\\"}\"" -o "$w/$dir/bin/java.exe" \
    "$here/fake-java.c" -lshell32
done
windows() { printf 'Z:%s' "$(printf '%s' "$1" | tr / '\\')"; }
# cmd reads a batch file in the console's code page: the launcher's path comes in through the
# environment, which Wine hands over as Unicode.
printf '@echo off\r\nset "PATH=C:\\windows\\system32;C:\\windows;%%EXTRA_PATH%%"\r\nset "JAVA_HOME="\r\nif defined HOME_OF_JAVA set JAVA_HOME=%%HOME_OF_JAVA%%\r\ncall "%%PORTAL_CMD%%" %%*\r\n' >"$w/run.cmd"
cache="$WINEPREFIX/drive_c/users/$(id -un)/AppData/Local/Framework Portal"
rm -rf "$cache"

passed=0 failed=0
run() { # JAVA_HOME, extra PATH, arguments: prints what cmd said, then what java received
  local java_home="$1" extra="$2"
  shift 2
  rm -f "$w/java.log"
  (cd "$w" && env PORTAL_CMD="$(windows "$release/portal.cmd")" FAKE_JAVA_LOG="$(windows "$w/java.log")" \
    ${java_home:+HOME_OF_JAVA="$java_home"} EXTRA_PATH="$extra" \
    wine cmd /c "$(windows "$w/run.cmd")" "$@" 2>&1 | tr -d '\r' | grep -av '^$')
  if [ -f "$w/java.log" ]; then cat "$w/java.log"; fi
}
expect() { # scenario, what was said, lines that must be in it (each exactly, in order)
  local name="$1" said="$2" at=0 line
  shift 2
  for line in "$@"; do
    at="$(printf '%s\n' "$said" | tail -n "+$((at + 1))" | grep -nxF -- "$line" | head -n 1 | cut -d: -f1)" \
      || at=""
    if [ -z "$at" ]; then
      echo "FAILED: $name: no line '$line' in:"
      printf '%s\n' "$said" | sed 's/^/    /'
      failed=$((failed + 1))
      return
    fi
  done
  echo "ok: $name"
  passed=$((passed + 1))
}
home_arg="-Dportal.home=$(windows "$release")"
jar="$(windows "$release/app/portal.jar")"
size="$(wc -c <"$release/app/portal.jar" | tr -d ' ')"
archive17="C:\\users\\$(id -un)\\AppData\\Local\\Framework Portal\\portal-$size-17.0.15.jsa"

expect "no Java" "$(run "" "" build)" \
  "Framework Portal needs Java 17 or newer, and none was found on this computer; install it from https://adoptium.net (or ask IT), then try again. "
expect "only Java 8, in a folder with brackets" \
  "$(run "" "$(windows "$w/Program Files (x86)/Java/jre1.8.0_381/bin")" build)" \
  "Framework Portal needs Java 17 or newer, but this computer has only Java 8 at $(windows "$w/Program Files (x86)/Java/jre1.8.0_381/bin/java.exe"); install Java 17 or newer from https://adoptium.net (or ask IT), then try again. "
expect "JAVA_HOME too old gives way to PATH; first run trains the archive; arguments with spaces" \
  "$(run "$(windows "$w/Program Files (x86)/Java/jre1.8.0_381")" "$(windows "$w/jdk 17/bin")" build --out "new site")" \
  "Getting ready for the first run (a few seconds, once)... " \
  "RUN" "[$(windows "$w/jdk 17/bin/java.exe")]" "[-XX:TieredStopAtLevel=1]" "[$home_arg]" "[-jar]" "[$jar]" "[build]" \
  "[--content]" "[$(windows "$release/content")]" "[--out]" \
  "RUN" "[$(windows "$w/jdk 17/bin/java.exe")]" "[-XX:SharedArchiveFile=$archive17]" "[$home_arg]" "[-jar]" "[$jar]" \
  "[build]" "[--out]" "[new site]"
expect "JAVA_HOME in quotes; the archive is reused" "$(run "\"$(windows "$w/jdk 17")\"" "" check --quiet)" \
  "RUN" "[$(windows "$w/jdk 17/bin/java.exe")]" "[-XX:TieredStopAtLevel=1]" "[-XX:SharedArchiveFile=$archive17]" \
  "[$home_arg]" "[-jar]" "[$jar]" "[check]" "[--quiet]"
expect "Java 25-ea: its own archive; serve runs with the JVM's defaults" "$(run "$(windows "$w/jdk25")" "" serve --port 0)" \
  "Getting ready for the first run (a few seconds, once)... " "RUN" \
  "RUN" "[$(windows "$w/jdk25/bin/java.exe")]" "[-XX:-UsePerfData]" "[-Xshare:auto]" "[-Xlog:cds=off]" \
  "[-Xlog:cds+dynamic=off]" "[-XX:SharedArchiveFile=${archive17%-17.0.15.jsa}-25-ea.jsa]" "[$home_arg]" "[-jar]" "[$jar]" "[serve]" "[--port]" "[0]"
expect "one archive per Java in the user's local folder, no part-written one" "$(ls "$cache" | tr '\n' ' ')" \
  "portal-$size-17.0.15.jsa portal-$size-25-ea.jsa "
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# ReleaseIT's person at a new computer: unpacks the release archive ($1) under $2, into a plain
# folder and into one whose name has spaces and non-ASCII letters, and in each runs ./portal build,
# ./portal check and ./portal serve (one page fetched over loopback), with Java alone. ReleaseIT
# runs it with an empty HOME and, where it can, in a new network namespace (no network but
# loopback, which starts down: brought up here) and mount namespace ($3 = isolated), where it also
# runs a build from a read-only copy of the release with nowhere to keep the class-data archive.
# Every step prints a line starting "step:", which ReleaseIT checks; any failure stops the script.
set -euo pipefail
archive="$1" work="$2" isolated="$3"
top="$(tar -tzf "$archive" | sed -n '1s#/.*##p')"
# The folder with non-ASCII letters goes when the script ends, however it ends: Java in the C
# locale (ReleaseIT's cleaning up) could not even name it.
trap 'cd /; umount "$work/Career Frameworks – Médway/$top" 2>/dev/null; rm -rf "$work/Career Frameworks – Médway"' EXIT

if [ "$isolated" = yes ]; then
  ip link set lo up
  echo "step: network interfaces: $(ip -o link show | awk -F': ' '{print $2}' | tr '\n' ' ')"
fi

fetch() { # prints the response to GET $2 from the server on port $1
  exec 3<>"/dev/tcp/127.0.0.1/$1"
  printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n' "$2" "$1" >&3
  cat <&3
  exec 3<&-
}

for place in "$work/plain" "$work/Career Frameworks – Médway"; do
  mkdir -p "$place"
  tar -xzf "$archive" -C "$place"
  cd "$place/$top"
  echo "step: unpacked into $place"

  ./portal build >build.log 2>&1 || { cat build.log; exit 1; }
  echo "step: build: $(grep '^Built' build.log)"
  [ -f site/index.html ]

  ./portal check --quiet >check.log 2>&1 || { cat check.log; exit 1; }
  echo "step: check: $(grep '^No problems found' check.log)"

  ./portal serve --port 0 >serve.log 2>&1 &
  server=$!
  port=""
  for _ in $(seq 1 600); do
    port="$(sed -n 's#^Serving .* at http://127\.0\.0\.1:\([0-9][0-9]*\)/ .*#\1#p' serve.log)"
    [ -z "$port" ] || break
    kill -0 "$server" 2>/dev/null || { cat serve.log; exit 1; }
    sleep 0.1
  done
  [ -n "$port" ] || { cat serve.log; kill "$server"; exit 1; }
  page="$(fetch "$port" /)"
  kill "$server"
  wait "$server" || true
  echo "step: serve: $(printf '%s\n' "$page" | head -n 1 | tr -d '\r'), $(printf '%s\n' "$page" | grep -o '<title>[^<]*</title>' | head -n 1)"
done

# The same content gives the same site from both folders.
diff -r "$work/plain/$top/site" "$work/Career Frameworks – Médway/$top/site" >/dev/null
echo "step: the two sites are identical"

if [ "$isolated" = yes ]; then
  # A release on a read-only shared drive, for someone whose home folder cannot be written: no
  # class-data archive anywhere, and the build goes on without one.
  readonly_copy="$work/Career Frameworks – Médway/$top"
  mount --bind "$readonly_copy" "$readonly_copy"
  mount -o remount,ro,bind "$readonly_copy"
  if touch "$readonly_copy/app/probe" 2>/dev/null; then
    echo "the read-only copy could be written"
    exit 1
  fi
  mkdir -p "$work/elsewhere"
  cd "$work/elsewhere"
  HOME=/proc/version XDG_CACHE_HOME='' "$readonly_copy/portal" build \
    --content "$readonly_copy/content" --out "$work/elsewhere/site" >build.log 2>&1 \
    || { cat build.log; exit 1; }
  echo "step: read-only build: $(grep '^Built' build.log)"
fi
echo "step: done"

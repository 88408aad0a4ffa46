#!/usr/bin/env bash
# CI: the real app opens a real window on X11 (xcb), as `make run` starts it, so a missing system library cannot
# come back unnoticed. Starts its own Xvfb, waits (at most 60 s) for a mapped MeetingDesk window, then closes it.
# Usage: packaging/window_check.sh EXECUTABLE [ARGS...]   (needs xvfb, xdotool, x11-utils)
set -euo pipefail
exe=$1; shift
tmp=$(mktemp -d /tmp/md-window-XXXXXX)
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$tmp/display" 2>"$tmp/xvfb.log" &
xvfb=$!
app=
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null; kill "$xvfb" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
for _ in $(seq 100); do [ -s "$tmp/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$tmp/display")" QT_QPA_PLATFORM=xcb HOME="$tmp/home"
"$exe" demo --data-dir "$tmp/data" >/dev/null
started=$(date +%s.%N)
"$exe" --data-dir "$tmp/data" "$@" >"$tmp/app.log" 2>&1 &
app=$!
for _ in $(seq 600); do
  window=$(xdotool search --onlyvisible --name '^MeetingDesk' 2>/dev/null | head -n1 || true)
  [ -n "$window" ] && break
  kill -0 "$app" 2>/dev/null || { echo "FAIL: the app ended before any window appeared:"; cat "$tmp/app.log"; exit 1; }
  sleep 0.1
done
[ -n "${window:-}" ] || { echo "FAIL: no MeetingDesk window within 60 s"; cat "$tmp/app.log"; exit 1; }
xwininfo -id "$window" | grep -q "Map State: IsViewable" || { echo "FAIL: window $window is not mapped"; exit 1; }
printf 'window check passed: "%s" mapped on %s after %.1f s (%s)\n' "$(xdotool getwindowname "$window")" \
  "$DISPLAY" "$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN{print b-a}')" "$exe"

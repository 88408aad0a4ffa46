#!/usr/bin/env bash
# Installs MeetingDesk for one Linux user (no root): the frozen folder (from `make dist`, or the unpacked
# release archive) into PREFIX/lib/meetingdesk with `meetingdesk` and `meetingdesk-gui` in PREFIX/bin, the
# desktop entry, the icon set (hicolor PNG sizes + SVG) and the AppStream metadata.
#   packaging/install-linux.sh [FROZEN_DIR] [PREFIX]      defaults: dist/MeetingDesk  ~/.local
#   packaging/install-linux.sh --uninstall [PREFIX]       removes the program; the data folder
#                                                         (~/.local/share/MeetingDesk) is kept
# With a pip/pipx install (meetingdesk-gui already on PATH) pass FROZEN_DIR as "-" to install only the
# desktop entry, icons and metadata. `make dist` copies this script into the frozen folder, so an unpacked
# release installs with MeetingDesk/install-linux.sh.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
share_files() {
  local prefix=$1
  echo "$prefix/share/applications/meetingdesk.desktop"
  echo "$prefix/share/metainfo/org.meetingdesk.MeetingDesk.metainfo.xml"
  echo "$prefix/share/icons/hicolor/scalable/apps/meetingdesk.svg"
  for size in 16 24 32 48 64 128 256; do echo "$prefix/share/icons/hicolor/${size}x${size}/apps/meetingdesk.png"; done
}
refresh() {
  local prefix=$1
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/share/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  prefix=${2:-$HOME/.local}
  rm -rf "$prefix/lib/meetingdesk"
  rm -f "$prefix/bin/meetingdesk" "$prefix/bin/meetingdesk-gui" $(share_files "$prefix")
  refresh "$prefix"
  echo "MeetingDesk removed from $prefix (your meetings stay in ~/.local/share/MeetingDesk)"
  exit 0
fi

default=$root/dist/MeetingDesk
[ -x "$here/MeetingDesk" ] && default=$here  # run from inside the frozen folder (make dist copies it there)
frozen=${1:-$default}
prefix=${2:-$HOME/.local}
if [ "$frozen" != "-" ]; then
  [ -x "$frozen/MeetingDesk" ] || { echo "no frozen build in $frozen (run: make dist)" >&2; exit 1; }
  rm -rf "$prefix/lib/meetingdesk"
  mkdir -p "$prefix/lib" "$prefix/bin"
  cp -a "$frozen" "$prefix/lib/meetingdesk"
  ln -sfn "$prefix/lib/meetingdesk/meetingdesk" "$prefix/bin/meetingdesk"
  ln -sfn "$prefix/lib/meetingdesk/MeetingDesk" "$prefix/bin/meetingdesk-gui"
fi
icons=$root/resources/icons
[ -d "$icons" ] || icons=$here/_internal/meetingdesk/resources/icons  # inside the frozen folder
install -Dm644 "$here/meetingdesk.desktop" "$prefix/share/applications/meetingdesk.desktop"
if [ "$frozen" != "-" ]; then  # an absolute Exec, so the menu works even when PREFIX/bin is not on PATH
  sed -i "s|^Exec=meetingdesk-gui|Exec=$prefix/bin/meetingdesk-gui|; s|^TryExec=meetingdesk-gui|TryExec=$prefix/bin/meetingdesk-gui|" \
    "$prefix/share/applications/meetingdesk.desktop"
fi
install -Dm644 "$here/org.meetingdesk.MeetingDesk.metainfo.xml" "$prefix/share/metainfo/org.meetingdesk.MeetingDesk.metainfo.xml"
install -Dm644 "$icons/meetingdesk.svg" "$prefix/share/icons/hicolor/scalable/apps/meetingdesk.svg"
for size in 16 24 32 48 64 128 256; do
  install -Dm644 "$icons/meetingdesk-$size.png" "$prefix/share/icons/hicolor/${size}x${size}/apps/meetingdesk.png"
done
refresh "$prefix"
echo "MeetingDesk installed in $prefix: open it from the applications menu (Office), or run $prefix/bin/meetingdesk-gui"

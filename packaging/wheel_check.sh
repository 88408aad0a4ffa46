#!/usr/bin/env bash
# The wheel is whole: build the sdist and, from it, the wheel (python -m build, so the hatch hook runs in both),
# install the wheel (not editable) into a fresh venv outside the checkout, and smoke-test that install.
# Usage: packaging/wheel_check.sh [PYTHON]   (PYTHON: the project's venv python, with `build` and python-docx)
set -euo pipefail
cd "$(dirname "$0")/.."
python=$(realpath -s "${1:-.venv/bin/python}")
root=$PWD
tmp=$(mktemp -d /tmp/md-wheel-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
"$python" -m build --outdir "$tmp/dist" . >"$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; exit 1; }
sdist=$(ls "$tmp"/dist/meetingdesk-*.tar.gz) wheel=$(ls "$tmp"/dist/meetingdesk-*.whl)
in_sdist=$(tar tzf "$sdist") in_wheel=$("$python" -m zipfile -l "$wheel")  # (grep -q on a pipe: SIGPIPE)
for f in resources/i18n/meetingdesk_en.qm resources/icons/meetingdesk.svg; do
  grep -q "/$f\$" <<<"$in_sdist" || { echo "FAIL: $f missing from $sdist"; exit 1; }
done
for f in resources/i18n/meetingdesk_en.qm resources/icons/meetingdesk-256.png resources/thai/words_th.txt \
         storage/migrations/env.py storage/migrations/script.py.mako; do
  grep -q "meetingdesk/$f" <<<"$in_wheel" || { echo "FAIL: $f missing from $wheel"; exit 1; }
done
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install --quiet --disable-pip-version-check "$wheel"
(cd "$tmp" && "$python" "$root/packaging/smoke.py" --exe "$tmp/venv/bin/meetingdesk")
echo "wheel check passed: $(basename "$wheel") ($(du -k "$wheel" | cut -f1) KiB), sdist $(basename "$sdist")"

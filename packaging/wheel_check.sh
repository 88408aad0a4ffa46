#!/usr/bin/env bash
# The wheel is whole. From a copy of the git-tracked files (as a fresh clone has them: no compiled .qm), build
# the sdist and, from it, the wheel (python -m build: the hatch hook compiles the .qm) and check what they hold;
# then `pip install .` (not editable) from another such copy into a fresh venv, and smoke-test that install.
# Usage: packaging/wheel_check.sh [PYTHON]   (PYTHON: the project's venv python, with `build` and python-docx)
set -euo pipefail
cd "$(dirname "$0")/.."
python=$(realpath -s "${1:-.venv/bin/python}")
root=$PWD
tmp=$(mktemp -d /tmp/md-wheel-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fresh_copy() { mkdir -p "$1" && git ls-files -z | xargs -0 tar -cf - | tar -xf - -C "$1" && [ ! -e "$1/resources/i18n/meetingdesk_en.qm" ]; }
fresh_copy "$tmp/tree"
(cd "$tmp/tree" && "$python" -m build --outdir "$tmp/dist" . >"$tmp/build.log" 2>&1) || { cat "$tmp/build.log"; exit 1; }
sdist=$(ls "$tmp"/dist/meetingdesk-*.tar.gz) wheel=$(ls "$tmp"/dist/meetingdesk-*.whl)
in_sdist=$(tar tzf "$sdist") in_wheel=$("$python" -m zipfile -l "$wheel")  # (grep -q on a pipe: SIGPIPE)
for f in resources/i18n/meetingdesk_en.qm resources/icons/meetingdesk.svg; do
  grep -q "/$f\$" <<<"$in_sdist" || { echo "FAIL: $f missing from $sdist"; exit 1; }
done
for f in resources/i18n/meetingdesk_en.qm resources/i18n/qtbase_th.qm resources/icons/meetingdesk-256.png resources/thai/words_th.txt \
         storage/migrations/env.py storage/migrations/script.py.mako; do
  grep -q "meetingdesk/$f" <<<"$in_wheel" || { echo "FAIL: $f missing from $wheel"; exit 1; }
done
python3 -m venv "$tmp/venv"
fresh_copy "$tmp/tree2"
(cd "$tmp/tree2" && "$tmp/venv/bin/pip" install --quiet --disable-pip-version-check .)
(cd "$tmp" && "$python" "$root/packaging/smoke.py" --exe "$tmp/venv/bin/meetingdesk")
echo "wheel check passed: $(basename "$wheel") ($(du -k "$wheel" | cut -f1) KiB), $(basename "$sdist"), pip install ."

#!/usr/bin/env bash
# Runs Coffer's whole test suite from a build folder: next to a private PostgreSQL
# server (tests/with-postgres.sh) for the *_pg tests, in a private D-Bus session
# with an unlocked gnome-keyring (tests/with-keyring.sh) for the keychain tests,
# and on Qt's offscreen platform for the GUI tests.
#   tests/run-tests.sh [BUILD_DIR] [extra ctest arguments]
set -euo pipefail

build_dir=${1:-build/ci}
shift || true
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
exec tests/with-keyring.sh tests/with-postgres.sh ctest --test-dir "$build_dir" --output-on-failure --timeout 900 "$@"

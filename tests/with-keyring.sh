#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring
# (the Secret Service that QtKeychain talks to), keeping the keyring files in a
# temporary folder so that the user's own keychain is never touched.
#   tests/with-keyring.sh COMMAND [ARGS...]
set -euo pipefail

if [[ "${COFFER_KEYRING_READY:-}" == 1 ]]; then
    # Inside the session: start the keyring daemon, unlocked with a throwaway password.
    printf 'coffer-test-keyring' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"
fi

keyring_home=$(mktemp -d /tmp/coffer-keyring.XXXXXX)
mkdir -m 700 "$keyring_home/run"
trap 'rm -rf "$keyring_home"' EXIT
status=0
COFFER_KEYRING_READY=1 XDG_DATA_HOME="$keyring_home/data" XDG_RUNTIME_DIR="$keyring_home/run" \
    dbus-run-session -- "$0" "$@" || status=$?
exit "$status"

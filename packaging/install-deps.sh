#!/usr/bin/env bash
# Installs every Debian 12 package that building, running and testing Coffer need.
# Idempotent: packages already present are left alone, and apt is only called when
# something is missing. Runs apt through sudo when not root.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build ccache pkg-config
    # Qt 6 (Debian 12 ships 6.4.2). Qt Charts is only found with libqt6opengl6-dev.
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libsqlite3-dev libpq-dev
    qtkeychain-qt6-dev libsodium-dev libqrencode-dev
    # Qt PDF: proofs of payment are previewed inside the app
    qt6-pdf-dev
    # PostgreSQL 15 server for the storage tests (started by tests/run-tests.sh)
    postgresql-15 postgresql-client-15
    # GUI tests, screenshots and PDF checks without a display
    xvfb xauth poppler-utils fonts-dejavu-core
    # the one-time password QR code is read back in tests/ui/tst_accesspages
    zbar-tools
    # tests/ui/screenshots.sh: a window manager, keyboard driving and screen capture
    openbox xdotool imagemagick x11-utils
    # keychain tests: a D-Bus session with gnome-keyring (Secret Service)
    dbus dbus-x11 gnome-keyring libsecret-tools
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are installed"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"

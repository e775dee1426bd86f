#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100.3 on Node 20) into a cache directory
# outside git, for the extension-host and UI tests. Idempotent: a finished install
# is detected by a marker file and skipped.
#
#   scripts/code-server/install.sh            # installs into $JOURNEY_CODE_SERVER_DIR
#
# Its npm postinstall downloads ripgrep from GitHub, which closed networks block,
# so scripts are skipped and the native modules are rebuilt here instead.
set -euo pipefail

VERSION=4.100.3
DIR="${JOURNEY_CODE_SERVER_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/journey-dsl/code-server-$VERSION}"
MARKER="$DIR/.installed-$VERSION"

if [[ -f "$MARKER" ]]; then
    echo "code-server $VERSION already installed in $DIR"
    exit 0
fi

missing=()
command -v rg >/dev/null || missing+=(ripgrep)
[[ -e /usr/include/krb5.h || -e /usr/include/gssapi/gssapi.h ]] || missing+=(libkrb5-dev)
if ((${#missing[@]})); then
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
        apt-get install -y "${missing[@]}"
    else
        echo "code-server needs these Debian packages: ${missing[*]} (apt-get install -y ${missing[*]})" >&2
        exit 1
    fi
fi

mkdir -p "$DIR"
echo "Installing code-server $VERSION into $DIR (native modules compile: about 2 minutes)"
npm install --prefix "$DIR" --no-audit --no-fund --ignore-scripts --loglevel=error "code-server@$VERSION"
(cd "$DIR" && npm_config_yes=true npm rebuild --loglevel=error argon2)

V="$DIR/node_modules/code-server/lib/vscode"
cd "$V"
npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error
npm_config_yes=true npm rebuild --loglevel=error kerberos node-pty @parcel/watcher @vscode/spdlog @vscode/deviceid native-watchdog
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)

touch "$MARKER"
echo "code-server $VERSION installed: $DIR/node_modules/.bin/code-server"

#!/usr/bin/env bash
# Build machine (bash). Packages the app for Loongson (LoongArch64, Kylin / UOS) where
# electron-builder has no loong64 arch: the app.asar of an x64 `--linux dir` build is
# architecture-independent (no native modules), so it is placed into a loong64 Electron port,
# the release fuses are written with @electron/fuses, and a .deb is made with dpkg-deb.
# Usage: electron/package-loong64.sh /path/to/electron-v45-linux-loong64 [version]
set -euo pipefail
ELECTRON_LOONG64_DIR=${1:?usage: $0 <unpacked loong64 Electron dir> [version]}
VERSION=${2:-$(node -p "require('./package.json').version")}
ASAR=release/linux-unpacked/resources/app.asar
[ -f "$ASAR" ] || { echo "missing $ASAR: run 'npx electron-builder --linux dir --x64 -c.electronDist=<x64 electron>' first" >&2; exit 1; }
STAGE=release/loong64/opt/xinchuang-planner
rm -rf release/loong64 && mkdir -p "$STAGE" release/loong64/DEBIAN release/loong64/usr/bin
cp -a "$ELECTRON_LOONG64_DIR"/. "$STAGE"/
mv "$STAGE/electron" "$STAGE/xinchuang-planner"
rm -f "$STAGE/resources/default_app.asar"
cp "$ASAR" "$STAGE/resources/app.asar"
# Same fuses as electron-builder.yml (R-E10). Asar integrity validation is Windows/macOS only.
npx --yes @electron/fuses write --app "$STAGE/xinchuang-planner" \
  RunAsNode=off EnableCookieEncryption=on EnableNodeOptionsEnvironmentVariable=off \
  EnableNodeCliInspectArguments=off OnlyLoadAppFromAsar=on GrantFileProtocolExtraPrivileges=off
ln -s /opt/xinchuang-planner/xinchuang-planner release/loong64/usr/bin/xinchuang-planner
cat > release/loong64/DEBIAN/control <<CONTROL
Package: xinchuang-planner
Version: ${VERSION}
Architecture: loong64
Maintainer: Hospital IT <it@example.invalid>
Depends: libgtk-3-0, libnss3, libxss1, libxtst6, libatspi2.0-0, libuuid1, libsecret-1-0
Section: office
Priority: optional
Description: 信创迁移规划 Xinchuang Migration Planner (offline)
CONTROL
dpkg-deb --root-owner-group --build release/loong64 "release/xinchuang-planner-${VERSION}-linux-loong64.deb"

#!/usr/bin/env bash
# Package dist/CollabDesk.app into a .dmg; sign and notarize only when secrets exist.
#
#   installer/macos/build_dmg.sh dist/CollabDesk.app 0.1.0 dist
#
# Signing (all optional; without them an unsigned .dmg is made and users must right-click
# ▸ Open the first time):
#   MACOS_SIGN_IDENTITY   "Developer ID Application: Name (TEAMID)", in the keychain
#   MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID, MACOS_NOTARY_PASSWORD (app-specific)
#                         → notarize with notarytool and staple the ticket
set -euo pipefail
APP="${1:?path to CollabDesk.app}"
VERSION="${2:?version}"
OUT="${3:-dist}"
HERE="$(cd "$(dirname "$0")" && pwd)"
DMG="$OUT/CollabDesk-$VERSION.dmg"
STAGING="$(mktemp -d)"
trap 'rm -rf "$STAGING"' EXIT

if [[ -n "${MACOS_SIGN_IDENTITY:-}" ]]; then
    echo "Signing $APP as $MACOS_SIGN_IDENTITY (hardened runtime)"
    # Inside out: every Mach-O first, then the bundle itself.
    find "$APP/Contents" -type f \( -name "*.so" -o -name "*.dylib" -o -perm -u+x \) -print0 |
        xargs -0 -I{} codesign --force --timestamp --options runtime \
            --entitlements "$HERE/entitlements.plist" --sign "$MACOS_SIGN_IDENTITY" {}
    codesign --force --timestamp --options runtime --entitlements "$HERE/entitlements.plist" \
        --sign "$MACOS_SIGN_IDENTITY" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
else
    echo "MACOS_SIGN_IDENTITY not set: building an unsigned disk image."
fi

cp -R "$APP" "$STAGING/"
ln -s /Applications "$STAGING/Applications"
rm -f "$DMG"
hdiutil create -volname "CollabDesk $VERSION" -srcfolder "$STAGING" -ov -format UDZO "$DMG"

if [[ -n "${MACOS_SIGN_IDENTITY:-}" ]]; then
    codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
fi
if [[ -n "${MACOS_SIGN_IDENTITY:-}" && -n "${MACOS_NOTARY_APPLE_ID:-}" &&
      -n "${MACOS_NOTARY_TEAM_ID:-}" && -n "${MACOS_NOTARY_PASSWORD:-}" ]]; then
    echo "Notarizing $DMG"
    xcrun notarytool submit "$DMG" --apple-id "$MACOS_NOTARY_APPLE_ID" \
        --team-id "$MACOS_NOTARY_TEAM_ID" --password "$MACOS_NOTARY_PASSWORD" --wait
    xcrun stapler staple "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose "$DMG"
else
    echo "Notarization secrets not set: skipping notarization."
fi
echo "Disk image: $DMG"

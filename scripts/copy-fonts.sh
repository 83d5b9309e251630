#!/usr/bin/env bash
# Refreshes the fonts committed in resources/fonts (run by hand, not at build time: the TTFs
# are part of the repository so packaging never depends on what a machine has installed).
# Source: Debian's fonts-liberation2 (Liberation Fonts 2.x, SIL Open Font License 1.1).
# Liberation Serif has the metrics of Times New Roman, the face most tata naskah dinas
# templates use; Liberation Sans (Arial metrics) is used for dense tables.
# pdfkit embeds TrueType only (WOFF2 breaks it), so the .ttf files are copied as they are.
set -euo pipefail
cd "$(dirname "$0")/.."

SRC=/usr/share/fonts/truetype/liberation2
if [ ! -d "$SRC" ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends fonts-liberation2
fi

DEST=resources/fonts
mkdir -p "$DEST"
for face in LiberationSerif-Regular LiberationSerif-Bold LiberationSerif-Italic LiberationSerif-BoldItalic \
            LiberationSans-Regular LiberationSans-Bold LiberationSans-Italic; do
  cp "$SRC/$face.ttf" "$DEST/$face.ttf"
done
# The licence travels with the fonts (OFL 1.1 section 2 requires it).
cp /usr/share/doc/fonts-liberation2/copyright "$DEST/LICENSE-Liberation.txt"
dpkg-query -W -f='fonts-liberation2 ${Version}\n' fonts-liberation2 > "$DEST/VERSION.txt"
echo "Copied Liberation fonts into $DEST"

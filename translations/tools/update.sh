#!/usr/bin/env bash
# Brings both catalogues up to date with the code, then fills them from every
# TSV here (developer tool; tst_translation_catalogue checks the result with
# the same lupdate call). The list of sources is written by the configure
# step (app/CMakeLists.txt). lupdate's -project mode (the build's
# update_translations target) takes a quarter of an hour here and files some
# messages under other contexts: use this instead.
#   translations/tools/update.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/../.."
build="$(cd "${1:-build}" && pwd)"
lupdate="$(command -v lupdate6 || echo /usr/lib/qt6/bin/lupdate)"
flock /tmp/pitchside-ts.lock sh -c "
    set -e
    '$lupdate' -silent -no-obsolete -locations none '@$build/translations/lupdate_sources.lst' \
        -ts translations/pitchside_fr.ts translations/pitchside_en.ts
    for lang in fr en; do
        for tsv in translations/tools/*_\$lang.tsv; do
            python3 translations/tools/apply_translations.py translations/pitchside_\$lang.ts \"\$tsv\"
        done
    done"

#!/bin/sh
# ovi-pack.sh: writes a bundle folder's manifest.txt on a Mac or any Unix
# without Ovi installed (the same file `ovi pack` writes): every file with
# its size and SHA-256, the bundle's serial one higher than the last time.
# Then sign it: minisign -S -s site.key -m FOLDER/manifest.txt
#
#   sh ovi-pack.sh FOLDER                          (after the first time)
#   sh ovi-pack.sh FOLDER SITE-ID "fi sv en" fi    (the first time: the site's
#                                                   id, languages, default)
#
# Needs only sh, find, wc and sha256sum or shasum (macOS has shasum).
set -eu
dir=${1:?usage: sh ovi-pack.sh FOLDER [SITE-ID LANGUAGES DEFAULT-LANGUAGE]}
[ -d "$dir" ] || { echo "ovi-pack: $dir is not a folder" >&2; exit 2; }
manifest=$dir/manifest.txt

old() { # KEY: its value in the old manifest's [bundle] section
  [ -f "$manifest" ] || return 0
  sed -n '/^\[bundle\]/,/^\[/p' "$manifest" | tr -d '\r' |
    sed -n "s/^[ \t]*$1[ \t]*=[ \t]*//p" | head -1
}
site=${2:-$(old site)}
langs=${3:-$(old languages)}
def=${4:-$(old default_language)}
serial=$(old serial)
[ -n "$site" ] && [ -n "$langs" ] || {
  echo "ovi-pack: the first time, give the site id and languages: sh ovi-pack.sh $dir my-site \"fi sv en\" fi" >&2
  exit 2
}
case "$serial" in '' | *[!0-9]*) serial=0 ;; esac
serial=$((serial + 1))
langs=$(printf '%s' "$langs" | tr ',;' '  ')

if command -v sha256sum >/dev/null 2>&1; then
  sha() { sha256sum <"$1" | cut -d' ' -f1; }
elif command -v shasum >/dev/null 2>&1; then
  sha() { shasum -a 256 <"$1" | cut -d' ' -f1; }
else
  echo "ovi-pack: needs sha256sum or shasum" >&2
  exit 1
fi

tmp=$manifest.new.$$
trap 'rm -f "$tmp"' EXIT
{
  echo "# Ovi bundle manifest: written by ovi-pack.sh, signed with minisign."
  echo "[bundle]"
  echo "format = 1"
  echo "site = $site"
  echo "serial = $serial"
  echo "created = $(date '+%Y-%m-%d %H:%M')"
  echo "languages = $langs"
  [ -z "$def" ] || echo "default_language = $def"
  echo
  echo "[files]"
  # Files at the top and one folder down, as a kiosk reads them; the
  # manifest, its signature and desktop litter (.DS_Store, Thumbs.db,
  # desktop.ini, any name starting with a dot) are not listed.
  (cd "$dir" && find . -mindepth 1 -maxdepth 2 \( -name '.*' -prune \) -o -type f -print) |
    sed 's#^\./##' | LC_ALL=C sort | while IFS= read -r rel; do
    case "$rel" in
      manifest.txt | manifest.txt.minisig | manifest.txt.new.* | */Thumbs.db | Thumbs.db | */desktop.ini | desktop.ini) continue ;;
    esac
    echo "$rel = $(wc -c <"$dir/$rel" | tr -d ' ') $(sha "$dir/$rel")"
  done
} >"$tmp"
mv "$tmp" "$manifest"
trap - EXIT
# The old signature no longer matches: remove it so that nobody ships it.
rm -f "$dir/manifest.txt.minisig"
n=$(sed -n '/^\[files\]/,$p' "$manifest" | grep -c ' = ' || true)
echo "ovi-pack: wrote $manifest: $n files, serial $serial."
echo "Now sign it: minisign -S -s site.key -m $manifest"

#!/bin/sh
# screenshot.sh [DUMP [PNG]]: the -o html page of DUMP, as headless
# Chromium draws it, in PNG. Without arguments it draws the shared corpus's
# numbered dump into docs/corpus.png (not committed: the corpus's text stays
# out of the repository); docs/thread.png, which the README shows, is
#   sh docs/screenshot.sh testdata/enrich/headers.txt docs/thread.png
# Run it from the repository's root; it needs Debian's chromium.
set -e
dump=${1:-../shared/corpus/002_958fd9a50cd921e4.txt}
png=${2:-docs/corpus.png}
page=$(mktemp --suffix=.html)
profile=$(mktemp -d)
trap 'rm -rf "$page" "$profile"' EXIT
case $png in
/*) out=$png ;;
*) out=$(pwd)/$png ;;
esac
go run ./cmd/blogthread parse -q -o html "$dump" > "$page"
rm -f "$out"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
	--user-data-dir="$profile" --window-size=1100,1500 \
	--screenshot="$out" "file://$page" 2>"$profile/log" || true
if [ ! -s "$out" ]; then
	cat "$profile/log" >&2
	echo "screenshot.sh: chromium wrote no $out" >&2
	exit 1
fi
echo "$out"

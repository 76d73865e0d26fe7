#!/bin/sh
# Rebuild the Blogger pages written for this project (NAME.html), their
# truth (NAME.truth.json) and every converter's dump of them (NAME.CONV.txt).
# Usage: sh testdata/pages/gen/make.sh [OUTDIR]   (default testdata/pages)
# Needs python3 and Debian's w3m lynx html2text links elinks pandoc chromium.
set -eu
GEN=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-$GEN/..}
export LANG=C.UTF-8 LC_ALL=C.UTF-8 PYTHONDONTWRITEBYTECODE=1
python3 "$GEN/build.py" "$OUT"
have() { command -v "$1" >/dev/null 2>&1; }
cd "$OUT"
for f in *.html; do
  s=${f%.html}
  if have w3m;  then w3m -dump -T text/html -cols 80 -I UTF-8 -O UTF-8 "$f" > "$s.w3m.txt"; else echo "w3m missing" >&2; fi
  if have lynx; then lynx -dump -nolist -width=80 -assume_charset=utf-8 -display_charset=utf-8 "$f" > "$s.lynx.txt"; else echo "lynx missing" >&2; fi
  if have html2text; then html2text -utf8 -width 80 "$f" > "$s.html2text.txt"; else echo "html2text missing" >&2; fi
  if have links; then links -dump -width 80 -codepage utf-8 "$f" > "$s.links.txt"; else echo "links missing" >&2; fi
  if have elinks; then elinks -no-home -dump -dump-width 80 -no-references -no-numbering -dump-charset utf-8 "$f" > "$s.elinks.txt"; else echo "elinks missing" >&2; fi
  if have chromium; then sh "$GEN/innertext.sh" "$f" > "$s.chromium.txt"; else echo "chromium missing" >&2; fi
  if have pandoc; then pandoc -f html -t plain --wrap=auto --columns=80 "$f" -o "$s.pandoc.txt"; else echo "pandoc missing" >&2; fi
done
python3 "$GEN/verify.py" "$OUT"

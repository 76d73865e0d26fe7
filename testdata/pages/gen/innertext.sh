#!/bin/sh
# innertext.sh PAGE.html > PAGE.chromium.txt: the page's text as Chromium
# copies it (document.body.innerText, what select-all and copy give).
set -eu
f=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
{ printf "%s\n" "<style>.hidden{display:none}</style>"; cat "$f"; printf '%s\n' '<script>window.addEventListener("load",function(){var t=document.body.innerText;document.documentElement.innerHTML="<body><pre id=\"innertext\"></pre></body>";document.getElementById("innertext").textContent=t;});</script>'; } > "$tmp/page.html"
chromium --headless=new --no-sandbox --disable-gpu --virtual-time-budget=2000 --dump-dom "file://$tmp/page.html" 2>/dev/null |
python3 -c '
import sys, html, re
d = sys.stdin.read()
m = re.search(r"<pre id=\"innertext\">(.*?)</pre>", d, re.S)
sys.stdout.write(html.unescape(m.group(1)) + "\n")'

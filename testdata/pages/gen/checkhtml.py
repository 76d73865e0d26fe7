import sys
from html.parser import HTMLParser
VOID={'br','img','meta','hr','input','link'}
class P(HTMLParser):
    def __init__(s): super().__init__(); s.st=[]; s.err=[]
    def handle_starttag(s,t,a):
        if t not in VOID: s.st.append((t,s.getpos()))
    def handle_startendtag(s,t,a): pass
    def handle_endtag(s,t):
        if t in VOID: return
        if not s.st or s.st[-1][0]!=t:
            s.err.append((t,s.getpos(),s.st[-1] if s.st else None)); 
            # try recover
            for i in range(len(s.st)-1,-1,-1):
                if s.st[i][0]==t: del s.st[i:]; break
        else: s.st.pop()
for f in sys.argv[1:]:
    p=P(); p.feed(open(f).read()); p.close()
    print(f, 'errors:',p.err[:3], 'unclosed:',p.st[:3])

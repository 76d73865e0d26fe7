# The third set of pages: Norwegian and Ukrainian interfaces, long and rich English comment
# bodies, replies to replies, a long reply thread, classic pages in Indonesian and with a time
# of day alone, a singular count, a count that disagrees, and an archive page of two posts.
# All text below was invented for these fixtures.
from datetime import datetime, timedelta
from content import C, D, BP

PAGES = []


def page(**kw):
    d = dict(archive=[("2016", 5), ("2015", 22)], opts={}, owner_img="me.jpg",
             attribution="Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.")
    d.update(kw)
    PAGES.append(d)


def A(name):
    return BP + "/s35/" + name


# ---------------------------------------------------------------- Norwegian (nb): 6 comments, one thread, one removed
page(stem="threaded-nb-hytte", lang="nb", template="threaded", fmt="nb", declared=6, heading="6 kommentarer:",
     blog="Hytta på fjellet", desc="Ved, snø og lange kvelder uten strøm.",
     url="https://hyttapaafjellet.blogspot.com/", title="Vi måkte oss inn til døra",
     owner="Ingrid", about="Bor i Bergen, men lengter alltid til fjells.", owner_img="ingrid.jpg",
     labels=["vinter", "hytte"], post_dt=datetime(2016, 1, 24, 9, 40), post_time_text="09:40",
     post_body=["Det hadde kommet nesten en meter nysnø siden jul, så vi brukte to timer bare på å finne inngangen.",
                "<br /><br />Til gjengjeld var peisen tørr og fyrstikkene lå akkurat der vi la dem i høst."],
     comments=[
         C("Knut Haugen", "2016-01-24 17:21", "For en velkomst! Hos oss ble hele taket nesten begravd i fjor vinter.", avatar=A("knut.jpg"), replies=[
             C("Ingrid", "2016-01-24 18:04", "Vi må nok montere snøfangere før neste sesong.", owner=True, avatar=A("ingrid.jpg")),
             C("Knut Haugen", "2016-01-24 19:30", "Lurt, de betalte seg fort for oss.", avatar=A("knut.jpg")),
         ]),
         C("Anonym", "2016-01-25 07:55", "Går det an å kjøre helt fram om vinteren, eller må man gå på ski?", anon=True),
         D("Silje Berg", "2016-01-25 12:10", avatar=A("silje.png")),
         C("Håkon", "2016-01-26 21:02", "Nydelige bilder, særlig det av stabburet i kveldssol.", avatar=A("*")),
     ])

# ---------------------------------------------------------------- Ukrainian: 5 comments, one thread, one removed
page(stem="threaded-uk-varennia", lang="uk", template="threaded", fmt="uk", declared=5, heading="5 коментарів:",
     blog="Бабусині банки", desc="Варення, соління та розмови на кухні.",
     url="https://babusynibanky.blogspot.com/", title="Варення з аґрусу взимку",
     owner="Оксана", about="Люблю консервувати все, що росте в нашому саду.", owner_img="oksana.jpg",
     labels=["варення", "рецепти"], post_dt=datetime(2016, 1, 24, 10, 15), post_time_text="10:15",
     post_body=["Відкрила сьогодні останню банку аґрусового варення, яке варила ще в липні.",
                "<br /><br />Смак майже не змінився, тож рецепт із апельсиновою цедрою залишаю на наступне літо."],
     comments=[
         C("Галина Петренко", "2016-01-24 17:21", "Ніколи не пробувала аґрус з апельсином, звучить дуже цікаво.", avatar=A("halyna.jpg"), replies=[
             C("Оксана", "2016-01-24 18:45", "Спробуйте, тільки цедру треба натирати дрібно.", owner=True, avatar=A("oksana.jpg")),
         ]),
         C("Анонім", "2016-01-25 09:12", "Скільки цукру ви кладете на кілограм ягід?", anon=True),
         D("Тарас", "2016-01-25 13:40", avatar=A("taras.png")),
         C("Марія Коваль", "2016-01-26 20:33", "Дякую за рецепт, збережу до літа.", avatar=A("*")),
     ])

# ---------------------------------------------------------------- English: long, rich bodies and odd names
RICH_1 = ("<p>I have been baking sourdough for about six years now, and your crumb shot made me laugh out loud "
          "because it looks exactly like my first loaves did: tight at the bottom, one huge tunnel at the top. 😄</p>\n"
          "<p>The thing that finally fixed it for me was not the flour or the hydration but the temperature of the kitchen. "
          "Our flat sits at about 17 degrees in January, so the bulk rise simply never finished. I now proof in the oven "
          "with only the light switched on, and I wrote the whole setup down in <a href='https://crumbjournal.blogspot.com/2015/02/oven-light.html'>this old post</a>.</p>\n"
          "<p>Also, please do not give up on the rye starter. Mine sulked for two weeks and then suddenly doubled overnight.</p>")
RICH_2 = ("<blockquote>The thing that finally fixed it for me was not the flour or the hydration but the temperature of the kitchen.</blockquote>\n"
          "<p>This is so useful, thank you. Here is what I will try this weekend, in order:</p>\n"
          "<ol><li>preheat the oven with the light on for an hour</li>\n<li>knead for ten minutes instead of five</li>\n"
          "<li>shape, then rest in the fridge overnight</li></ol>\n"
          "<p>I will report back with a new crumb photo either way.</p>")
RICH_3 = ("<p>Two small things from my side:</p>\n"
          "<ul><li>a pinch of diastatic malt helps the colour</li>\n<li>a cast iron pot beats any baking stone</li>\n"
          "<li>never slice it before it has cooled</li></ul>\n"
          "<p>Good luck with the next bake ❤ and send pictures.</p>")
RICH_4 = ("<p>Same problem here last winter. This walkthrough helped me more than any book:</p>\n"
          "<p><a href='https://wildyeastdiary.blogspot.com/2015/11/cold-kitchen.html'>https://wildyeastdiary.blogspot.com/2015/11/cold-kitchen.html</a></p>\n"
          "<p>The pictures of the dough at each stage are worth the visit alone.</p>")
RICH_8 = ("<p>Beautiful loaf. I keep my rye starter in a yogurt jar and feed it on Sundays. The schedule I use is here:</p>\n"
          "<p><a href='https://roggenbrot.blogspot.com/2014/09/feeding.html'>https://roggenbrot.blogspot.com/2014/09/feeding.html</a></p>")
page(stem="threaded-en-rich-sourdough", lang="en", template="threaded", fmt="en_long", declared=9, heading="9 comments:",
     blog="Flour on Everything", desc="A home baker, a stubborn starter, and too many bannetons.",
     url="https://flouroneverything.blogspot.com/", title="My third try at a rye sourdough",
     owner="Hal Brenner", about="Software by day, bread by night.", owner_img="hal.jpg",
     labels=["sourdough", "rye"], post_dt=datetime(2016, 1, 23, 19, 30), post_time_text="7:30 PM",
     post_body=["The third loaf is better than the first two, but the crumb is still dense at the bottom and hollow at the top.",
                "<br /><br />I used sixty percent rye and a long cold proof. Suggestions are very welcome."],
     opts=dict(div_body=True),
     comments=[
         C("Priya Raman", "2016-01-24 17:21", RICH_1, avatar=A("priya.jpg"), replies=[
             C("Hal Brenner", "2016-01-24 18:02", RICH_2, owner=True, avatar=A("hal.jpg")),
             C("May", "2016-01-24 18:47", RICH_3, avatar=A("may.png")),
         ]),
         C("August Rush", "2016-01-24 20:15", RICH_4, avatar=A("august.jpg")),
         C("42", "2016-01-24 21:09", "+1", avatar=A("*")),
         C("Someone said...", "2016-01-25 08:30", "January 5, 2016", anon=True, replies=[
             C("Hal Brenner", "2016-01-25 09:12", "Is that the date you started your starter? Mine is from March, so yours is older.", owner=True, avatar=A("hal.jpg")),
             C("Someone said...", "2016-01-25 10:31", "10:30", anon=True),
         ]),
         C("山田花子", "2016-01-26 07:44", RICH_8, avatar=A("hanako.jpg")),
     ])

# ---------------------------------------------------------------- English: replies to replies nested three deep in the HTML
page(stem="threaded-en-nested-bees", lang="en", template="threaded", fmt="en_long", declared=9, heading="9 comments:",
     blog="The Back Field Hives", desc="Two colonies, one beekeeper, lots of stings.",
     url="https://backfieldhives.blogspot.com/", title="Checking the hives after the cold snap",
     owner="Rufus Hale", about="Keeping bees on a hillside since 2011.", owner_img="rufus.jpg",
     labels=["bees", "winter"], post_dt=datetime(2016, 1, 24, 11, 0), post_time_text="11:00 AM",
     post_body=["After a week of hard frost I put my ear to both hives this morning and heard a steady hum in each.",
                "<br /><br />I did not open them, but I slid a sheet of fondant under the roof of the weaker one."],
     comments=[
         C("Gwen Talbot", "2016-01-24 17:21", "Such a relief to hear them humming. Did you see any dead bees at the entrance?", avatar=A("gwen.jpg"), replies=[
             C("Rufus Hale", "2016-01-24 18:10", "A handful, which is normal for January. The floor was otherwise clean.", owner=True, avatar=A("rufus.jpg"), replies=[
                 C("Gwen Talbot", "2016-01-24 18:55", "Good to know, I always panic when I find a pile of them.", avatar=A("gwen.jpg")),
                 C("Anonymous", "2016-01-24 19:20", "Same here, the first winter I thought the whole colony had died.", anon=True),
             ]),
             C("Pete Marsh", "2016-01-24 20:02", "I tap the side and listen for the roar, works every time.", avatar=A("pete.jpg")),
         ]),
         C("Dora Fenwick", "2016-01-25 08:40", "What kind of fondant do you use, homemade or bought?", avatar=A("dora.png"), replies=[
             C("Rufus Hale", "2016-01-25 09:15", "Bought this year, I ran out of time in the autumn.", owner=True, avatar=A("rufus.jpg"), replies=[
                 C("Dora Fenwick", "2016-01-25 10:05", "Fair enough, the shop kind keeps better anyway.", avatar=A("dora.png")),
             ]),
         ]),
         C("Lou", "2016-01-26 22:18", "Lovely photos of the hives under snow.", avatar=A("*")),
     ])

# ---------------------------------------------------------------- English: one thread of twelve replies
_talk = [
    ("Mo Adeyemi", "I had exactly this rattle and it turned out to be the heat shield. A single hose clamp fixed it."),
    ("Jess Cole", "Ha, a hose clamp is the answer to half the questions on this blog."),
    ("Mo Adeyemi", "The other half is zip ties, to be fair."),
    ("Theo Brandt", "Check the exhaust hangers too, the rubber ones perish after ten years or so."),
    ("Jess Cole", "Good point, mine were cracked right through when I looked."),
    ("Anonymous", "Does this apply to the diesel model as well?"),
    ("Theo Brandt", "Yes, the hangers are identical on both engines."),
    ("Mo Adeyemi", "Mine came from a scrapyard for two pounds each."),
    ("Jess Cole", "Bargain. The dealer wanted fifteen."),
    ("Theo Brandt", "Dealers always want fifteen for anything made of rubber."),
    ("Anonymous", "Thanks all, ordering a set tonight."),
    ("Mo Adeyemi", "Let us know if the rattle goes away."),
]
page(stem="threaded-en-longthread-garage", lang="en", template="threaded", fmt="en_long", declared=15, heading="15 comments:",
     blog="Spanners in the Driveway", desc="Fixing an old hatchback without a garage.",
     url="https://spannersinthedriveway.blogspot.com/", title="That rattle under the floor",
     owner="Carl Ng", about="Amateur mechanic with skinned knuckles.", owner_img="carl.jpg",
     labels=["exhaust", "noises"], post_dt=datetime(2016, 1, 24, 8, 20), post_time_text="8:20 AM",
     post_body=["Every time the engine idles at a traffic light something under the passenger seat buzzes like a wasp in a jar.",
                "<br /><br />Before I start taking things apart, has anyone heard this on the same model?"],
     comments=[
         C("Jess Cole", "2016-01-24 17:21", "Sounds like something loose on the exhaust. Does it stop when you rev?", avatar=A("jess.jpg"),
           replies=[C(a, (datetime(2016, 1, 24, 17, 48) + timedelta(minutes=97 * i)).strftime("%Y-%m-%d %H:%M"), t, anon=(a == "Anonymous"),
                      owner=False, avatar=A(a.split()[0].lower() + ".jpg")) for i, (a, t) in enumerate(_talk)]),
         C("Carl Ng", "2016-01-27 09:00", "Update: it was the heat shield. Thank you all, the clamp is on and the car is quiet.", owner=True, avatar=A("carl.jpg")),
         C("Rosa", "2016-01-27 12:34", "Love a happy ending in a car blog.", avatar=A("*")),
     ])

# ---------------------------------------------------------------- Indonesian classic: "Nama mengatakan..."
page(stem="classic-id-batik", lang="id", template="classic", fmt="id", declared=5, heading="5 komentar:",
     blog="Lembar Batik", desc="Belajar membatik tulis di teras rumah.",
     url="https://lembarbatik.blogspot.com/", title="Canting pertama saya",
     owner="Ayu", about="Guru SD yang jatuh cinta pada malam dan canting.", owner_img="ayu.jpg",
     labels=["batik", "pemula"], post_dt=datetime(2016, 1, 24, 8, 0), post_time_text="08.00",
     post_body=["Akhirnya saya membeli canting sendiri dan mencoba motif parang sederhana di atas kain katun.",
                "<br /><br />Garisnya masih bergelombang, tetapi malamnya sudah tidak menetes lagi."],
     comments=[
         C("Dewi Lestari", "2016-01-24 17:21", "Bagus sekali untuk percobaan pertama, garisnya sudah rapi.", avatar=A("dewi.jpg")),
         C("Anonim", "2016-01-24 20:05", "Malamnya beli di mana? Saya kesulitan mencari yang bagus.", anon=True),
         C("Ayu", "2016-01-25 06:40", "Di toko dekat pasar Beringharjo, harganya juga murah.", owner=True, avatar=A("ayu.jpg")),
         D("Rudi Hartono", "2016-01-25 11:18", avatar=A("rudi.png")),
         C("Wulan", "2016-01-26 19:57", "Ditunggu hasil pewarnaannya ya.", avatar=A("*")),
     ])

# ---------------------------------------------------------------- English classic: the time line shows a time of day alone
page(stem="classic-en-timeonly-chess", lang="en", template="classic", fmt="en_time", declared=4, heading="4 comments:",
     blog="Knight on the Rim", desc="A club player studies endgames, slowly.",
     url="https://knightontherim.blogspot.com/", title="Rook endings are always drawn",
     owner="Stan Wolski", about="Club player, rating stuck at 1650.", owner_img="stan.jpg",
     labels=["endgames"], post_dt=datetime(2016, 1, 24, 14, 5), post_time_text="2:05 PM",
     post_body=["Lost another rook ending on Thursday that every book says should have been a draw.",
                "<br /><br />I am now working through the Lucena and Philidor positions every night."],
     comments=[
         C("Nadia Brooks", "2016-01-24 22:23", "Philidor first, it saves more half points than anything else.", avatar=A("nadia.jpg")),
         C("Someone said...", "2016-01-24 23:05", "Keep your king in front of the pawn and you will be fine.", anon=True),
         C("Stan Wolski", "2016-01-25 07:12", "Thanks both, tonight is Philidor night.", owner=True, avatar=A("stan.jpg")),
         C("Anonymous", "2016-01-25 10:23", "Building a bridge is the trick I always forget.", anon=True),
     ])

# ---------------------------------------------------------------- English: "1 comment:"
page(stem="threaded-en-single-pottery", lang="en", template="threaded", fmt="en_long", declared=1, heading="1 comment:",
     blog="Wobbly Bowls", desc="Learning to throw on a secondhand wheel.",
     url="https://wobblybowls.blogspot.com/", title="Centering at last",
     owner="Tess", about="Beginner potter, expert at collapsing cylinders.", owner_img="tess.jpg",
     labels=["wheel"], post_dt=datetime(2016, 1, 24, 10, 0), post_time_text="10:00 AM",
     post_body=["For the first time the clay stopped wobbling under my hands and stayed perfectly still on the wheel."],
     comments=[
         C("Owen Pryce", "2016-01-24 17:21", "That moment is magic. Brace your elbow on your thigh and it only gets easier.", avatar=A("owen.jpg")),
     ])

# ---------------------------------------------------------------- English: says 5 comments, shows 4
page(stem="threaded-en-miscount-roof", lang="en", template="threaded", fmt="en_long", declared=5, miscount=True, heading="5 comments:",
     blog="Slate and Lead", desc="Repairing an old roof one tile at a time.",
     url="https://slateandlead.blogspot.com/", title="Replacing a cracked slate",
     owner="Bea Frost", about="Restoring a Victorian terrace with my own two hands.", owner_img="bea.jpg",
     labels=["roof", "slate"], post_dt=datetime(2016, 1, 24, 9, 15), post_time_text="9:15 AM",
     post_body=["A slate ripper, a copper tingle and a calm afternoon is all it took to stop the drip over the landing."],
     comments=[
         C("Frank Osei", "2016-01-24 17:21", "Copper tingles are the way, lead ones stretch in the sun.", avatar=A("frank.jpg"), replies=[
             C("Bea Frost", "2016-01-24 18:30", "Good to hear, I nearly bought the lead ones.", owner=True, avatar=A("bea.jpg")),
         ]),
         C("Anonymous", "2016-01-25 08:02", "Did you need scaffolding or just a ladder with a roof hook?", anon=True),
         C("Ivy", "2016-01-25 19:44", "Brave work, I get dizzy on the second rung.", avatar=A("*")),
     ])

# ---------------------------------------------------------------- English archive page: two posts, each with comments
page(stem="archive-en-allotment", lang="en", template="archive", fmt="en_long",
     blog="Plot 17", desc="An allotment, a shed and a lot of slugs.",
     url="https://plotseventeen.blogspot.com/",
     owner="Nell Archer", about="Growing too many courgettes since 2009.", owner_img="nell.jpg",
     title="January 2016",
     posts=[
         dict(title="Digging in the manure", post_dt=datetime(2016, 1, 24, 10, 0), post_time_text="10:00 AM",
              labels=["soil"], declared=3, heading="3 comments:",
              post_body=["Two barrows of well rotted manure went onto the bean trench today, ready for April."],
              comments=[
                  C("Sam Okafor", "2016-01-24 17:21", "Mine is still steaming, so it will wait another month.", avatar=A("sam.jpg"), replies=[
                      C("Nell Archer", "2016-01-24 18:00", "Cover it with a tarp and it rots down faster.", owner=True, avatar=A("nell.jpg")),
                  ]),
                  C("Anonymous", "2016-01-24 20:40", "Where do you get yours from?", anon=True),
              ]),
         dict(title="Seed catalogue evening", post_dt=datetime(2016, 1, 22, 20, 30), post_time_text="8:30 PM",
              labels=["seeds"], declared=2, heading="2 comments:",
              post_body=["Spent the whole evening circling tomatoes I have no room for."],
              comments=[
                  C("Lily Tan", "2016-01-22 21:15", "Same every year, the catalogue always wins.", avatar=A("lily.jpg")),
                  C("Sam Okafor", "2016-01-23 08:05", "Try a dwarf variety in pots by the shed.", avatar=A("sam.jpg")),
              ]),
     ])

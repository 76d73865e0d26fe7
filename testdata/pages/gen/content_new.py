# The second set of pages: interface languages and date formats the first set lacks,
# a page of 105 comments and a newer-theme page. All text below is invented for these fixtures.
from datetime import datetime, timedelta
from content import C, D, BP

PAGES = []


def page(**kw):
    d = dict(archive=[("2016", 3), ("2015", 14)], opts={}, owner_img="me.jpg",
             attribution="Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.")
    d.update(kw)
    PAGES.append(d)


def A(name):
    return BP + "/s35/" + name


# ---------------------------------------------------------------- Russian: 5 comments, one thread
page(stem="threaded-ru-dacha", lang="ru", template="threaded", fmt="ru", declared=5, heading="5 комментариев:",
     blog="Дача без выходных", desc="Грядки, теплица и вечный ремонт забора.",
     url="https://dachabezvyhodnyh.blogspot.com/", title="Первая рассада перцев",
     owner="Ольга", about="Живу в городе, а душой на даче.", owner_img="olga.jpg",
     labels=["рассада", "перцы"], post_dt=datetime(2016, 1, 24, 9, 5), post_time_text="09:05",
     attribution="Тема &quot;Простая&quot;. Технологии <a href='https://www.blogger.com' target='_blank'>Blogger</a>.",
     post_body=["Сегодня посеяла перцы в торфяные таблетки и поставила их на подоконник у батареи.",
                "<br /><br />В прошлом году всходы вытянулись, поэтому теперь куплю фитолампу заранее."],
     comments=[
         C("Наталья Крылова", "2016-01-24 17:21", "Какие ранние посадки! У меня перцы всегда всходят медленно, иногда почти три недели.",
           avatar=A("natalia.jpg"), replies=[
               C("Ольга", "2016-01-24 18:40", "Попробуйте замачивать семена на ночь в тёплой воде, мне помогает.", owner=True, avatar=A("olga.jpg")),
               C("Наталья Крылова", "2016-01-24 19:12", "Спасибо, обязательно попробую в эти выходные.", avatar=A("natalia.jpg")),
           ]),
         C("Анонимный", "2016-01-25 08:03", "Какой сорт вы выбрали в этом году? Хочу что-нибудь сладкое и толстостенное.", anon=True),
         C("Сергей Пахомов", "2016-01-26 21:47", "Фитолампа действительно спасает, без неё рассада бледная и слабая.", avatar=A("*")),
     ])

# ---------------------------------------------------------------- Polish: 8 comments, two threads, one removed
page(stem="threaded-pl-rower", lang="pl", template="threaded", fmt="pl", declared=8, heading="8 komentarzy:",
     blog="Na dwóch kółkach po Mazurach", desc="Wycieczki rowerowe od jeziora do jeziora.",
     url="https://nadwochkolkach.blogspot.com/", title="Zimowa pętla wokół jeziora",
     owner="Kuba", about="Jeżdżę rowerem przez cały rok, nawet w śniegu.", owner_img="kuba.jpg",
     labels=["zima", "trasy"], post_dt=datetime(2016, 1, 23, 20, 10), post_time_text="20:10",
     post_body=["W sobotę przejechaliśmy sześćdziesiąt kilometrów po zamarzniętych drogach wokół jeziora.",
                "<br /><br />Najtrudniejszy był wiatr od wody, ale widoki wynagrodziły każdy kilometr."],
     comments=[
         C("Marta Zielińska", "2016-01-24 17:21", "Podziwiam! Ja przy minus pięciu nie wychodzę nawet na spacer.", avatar=A("marta.jpg"), replies=[
             C("Kuba", "2016-01-24 18:02", "Dobre rękawice i ciepła herbata w termosie robią całą różnicę.", owner=True, avatar=A("kuba.jpg")),
         ]),
         C("Anonimowy", "2016-01-24 19:45", "Jakie opony zakładasz na zimę? Kolce czy zwykłe terenowe?", anon=True, replies=[
             C("Kuba", "2016-01-24 20:30", "Zwykłe terenowe, ale z niższym ciśnieniem niż latem.", owner=True, avatar=A("kuba.jpg")),
             C("Anonimowy", "2016-01-24 21:05", "Dzięki, spróbuję tak samo.", anon=True),
         ]),
         D("Paweł K.", "2016-01-25 07:12", avatar=A("photo.jpg")),
         C("Agnieszka Wróbel", "2016-01-25 12:38", "Piękne zdjęcia zamarzniętego brzegu, aż chce się tam pojechać.", avatar=A("aga_w.png")),
         C("Tomek", "2016-01-26 22:17", "Zapisuję trasę na wiosnę, dzięki za mapkę.", avatar=A("*")),
     ])

# ---------------------------------------------------------------- Swedish: 7 comments, two threads, one removed
page(stem="threaded-sv-bastu", lang="sv", template="threaded", fmt="sv", declared=7, heading="7 kommentarer:",
     blog="Bastun vid sjön", desc="Vedeldning, kalla dopp och långa kvällar.",
     url="https://bastunvidsjon.blogspot.com/", title="Första isvaken för säsongen",
     owner="Annika", about="Bygger bastu, eldar ved och badar året om.", owner_img="annika.jpg",
     labels=["bastu", "vinter"], post_dt=datetime(2016, 1, 24, 10, 30), post_time_text="10:30",
     post_body=["I morse sågade vi upp en vak i isen nedanför bastun, och vattnet var precis så kallt som vi hade hoppats.",
                "<br /><br />Efter tre rundor i värmen kändes hela kroppen alldeles ny."],
     opts=dict(hidden_threads=True),
     comments=[
         C("Lars Engström", "2016-01-24 17:21", "Modigt! Jag doppar bara tårna och springer sedan tillbaka in.", avatar=A("lars.jpg"), replies=[
             C("Annika", "2016-01-24 18:05", "Det blir lättare för varje gång, jag lovar.", owner=True, avatar=A("annika.jpg")),
         ]),
         C("Anonym", "2016-01-24 20:40", "Hur tjock var isen? Här hos oss är den fortfarande för tunn för att gå på.", anon=True),
         D("Maja Holm", "2016-01-25 08:15", avatar=A("maja.png")),
         C("Erik Sandberg", "2016-01-25 11:52", "Vilken fin bastu ni har byggt, är kaminen vedeldad hela vägen?", avatar=A("erik_s.jpg"), replies=[
             C("Annika", "2016-01-25 13:20", "Ja, vi eldar med björk som vi hugger själva på hösten.", owner=True, avatar=A("annika.jpg")),
         ]),
         C("Sofia", "2016-01-26 19:03", "Tack för inspirationen, nu vill jag också ha en vak.", avatar=A("*")),
     ])

# ---------------------------------------------------------------- Indonesian: 6 comments, one thread, "pukul 17.21"
page(stem="threaded-id-kopi", lang="id", template="threaded", fmt="id", declared=6, heading="6 komentar:",
     blog="Catatan Kopi Pagi", desc="Seduh manual, biji lokal, dan obrolan ringan.",
     url="https://catatankopipagi.blogspot.com/", title="Mencoba biji kopi dari Flores",
     owner="Dimas", about="Penikmat kopi tubruk yang sedang belajar seduh manual.", owner_img="dimas.jpg",
     labels=["arabika", "ulasan"], post_dt=datetime(2016, 1, 24, 7, 45), post_time_text="07.45",
     post_body=["Minggu ini saya membeli biji arabika dari Flores di pasar dekat rumah.",
                "<br /><br />Rasanya manis seperti gula aren dengan sedikit asam buah di akhir tegukan."],
     comments=[
         C("Sari Wulandari", "2016-01-24 17:21", "Wah, saya juga suka kopi Flores. Aromanya harum sekali waktu digiling.", avatar=A("sari.jpg"), replies=[
             C("Dimas", "2016-01-24 18:10", "Betul, apalagi kalau digiling tepat sebelum diseduh.", owner=True, avatar=A("dimas.jpg")),
             C("Sari Wulandari", "2016-01-24 19:02", "Nanti saya coba dengan rasio yang sama.", avatar=A("sari.jpg")),
         ]),
         C("Anonim", "2016-01-25 06:30", "Berapa suhu air yang dipakai untuk menyeduh?", anon=True),
         C("Budi Santoso", "2016-01-25 12:14", "Terima kasih ulasannya, jadi ingin mampir ke pasar itu.", avatar=A("budi.png")),
         C("Rina", "2016-01-26 09:48", "Kapan-kapan bahas kopi dari Toraja juga ya.", avatar=A("*")),
     ])

# ---------------------------------------------------------------- Turkish: 9 comments, two threads, "Adsız"
page(stem="threaded-tr-simit", lang="tr", template="threaded", fmt="tr", declared=9, heading="9 yorum:",
     blog="Mutfakta Bir Gezgin", desc="Evde denenen tarifler ve küçük mutfak kazaları.",
     url="https://mutfaktabirgezgin.blogspot.com/", title="Evde simit denemesi",
     owner="Elif", about="Hafta sonları hamur yoğuran bir mühendis.", owner_img="elif.jpg",
     labels=["hamur işi", "kahvaltı"], post_dt=datetime(2016, 1, 24, 11, 20), post_time_text="11:20",
     post_body=["Uzun zamandır evde simit yapmayı deniyordum ve bu sefer sonunda çıtır oldular.",
                "<br /><br />Püf noktası pekmezli suya batırıp bolca susama bulamakmış."],
     comments=[
         C("Zeynep Aydın", "2016-01-24 17:21", "Ellerine sağlık, fotoğraflar çok iştah açıcı olmuş.", avatar=A("zeynep.jpg"), replies=[
             C("Elif", "2016-01-24 18:00", "Teşekkürler, ilk iki deneme o kadar güzel değildi.", owner=True, avatar=A("elif.jpg")),
         ]),
         C("Adsız", "2016-01-24 19:33", "Pekmez yerine bal kullanılabilir mi?", anon=True, replies=[
             C("Elif", "2016-01-24 20:15", "Olur ama rengi biraz daha açık çıkıyor.", owner=True, avatar=A("elif.jpg")),
             C("Adsız", "2016-01-24 21:40", "Anladım, yine de deneyeceğim.", anon=True),
         ]),
         C("Mert Kaya", "2016-01-25 08:05", "Fırın kaç derecedeydi? Benimkiler hep içi hamur kalıyor.", avatar=A("mert.png")),
         C("Selin", "2016-01-25 14:47", "Bu tarifi annemle birlikte yapacağız.", avatar=A("*")),
         C("Burak Demir", "2016-01-26 10:12", "Susamları önceden kavurmak da güzel bir fikir.", avatar=A("burak.jpg")),
         C("Ayşe", "2016-01-27 22:30", "Harika bir blog, takipteyim.", avatar=A("photo.jpg")),
     ])

# ---------------------------------------------------------------- Czech: 6 comments, one thread, "24. ledna 2016 v 17:21"
page(stem="threaded-cs-houby", lang="cs", template="threaded", fmt="cs", declared=6, heading="6 komentářů:",
     blog="Houbařův deník", desc="Lesy, košíky a občas i nějaká houba.",
     url="https://houbaruvdenik.blogspot.com/", title="Zimní hlívy v lužním lese",
     owner="Honza", about="Chodím do lesa každou neděli, i když nic neroste.", owner_img="honza.jpg",
     labels=["hlívy", "zima"], post_dt=datetime(2016, 1, 24, 8, 15), post_time_text="8:15",
     post_body=["Myslel jsem, že v lednu nic nenajdu, ale na padlém topolu rostly krásné hlívy.",
                "<br /><br />Nasbíral jsem jich plný košík a večer z nich byla smaženice."],
     comments=[
         C("Petra Nováková", "2016-01-24 17:21", "To je ale úlovek! U nás v lese je teď jen sníh a led.", avatar=A("petra.jpg"), replies=[
             C("Honza", "2016-01-24 18:30", "Stačí hledat na starých kmenech u vody.", owner=True, avatar=A("honza.jpg")),
             C("Petra Nováková", "2016-01-24 19:05", "Díky za radu, zkusím to příští víkend.", avatar=A("petra.jpg")),
         ]),
         C("Anonymní", "2016-01-25 07:40", "Nejsou hlívy v zimě hořké? Ještě jsem je nikdy nesbíral.", anon=True),
         C("Ondřej Malý", "2016-01-25 16:22", "Smaženice z hlív je nejlepší s kmínem a chlebem.", avatar=A("ondra.png")),
         C("Lenka", "2016-01-26 20:55", "Krásné fotky, hlavně ta první u řeky.", avatar=A("*")),
     ])

# ---------------------------------------------------------------- Finnish: 7 comments, two threads, one removed, "klo 17.21"
page(stem="threaded-fi-hiihto", lang="fi", template="threaded", fmt="fi", declared=7, heading="7 kommenttia:",
     blog="Ladulla ja latvassa", desc="Hiihtoretkiä, eväitä ja pakkasta.",
     url="https://ladullajalatvassa.blogspot.com/", title="Ensimmäinen hiihtolenkki järven jäällä",
     owner="Aino", about="Hiihdän mieluummin hitaasti ja pitkään.", owner_img="aino.jpg",
     labels=["hiihto", "talvi"], post_dt=datetime(2016, 1, 24, 9, 40), post_time_text="9.40",
     post_body=["Järven jää kantoi vihdoin, joten lähdimme sukset jalassa kiertämään saaria.",
                "<br /><br />Pakkasta oli viisitoista astetta, mutta aurinko paistoi koko päivän."],
     comments=[
         C("Mikko Lehtonen", "2016-01-24 17:21", "Upea päivä! Meillä päin jää on vielä liian ohutta.", avatar=A("mikko.jpg"), replies=[
             C("Aino", "2016-01-24 18:12", "Kannattaa odottaa vielä viikko varmuuden vuoksi.", owner=True, avatar=A("aino.jpg")),
         ]),
         C("Nimetön", "2016-01-24 20:03", "Millä voitelulla sukset luistivat noin kovassa pakkasessa?", anon=True, replies=[
             C("Aino", "2016-01-24 21:15", "Sinisellä pitovoiteella, ja hyvin pitivät koko matkan.", owner=True, avatar=A("aino.jpg")),
         ]),
         D("Jussi P.", "2016-01-25 09:30", avatar=A("photo.jpg")),
         C("Hanna Virtanen", "2016-01-25 15:44", "Kuvat saarista näyttävät ihan postikorteilta.", avatar=A("hanna_v.jpg")),
         C("Eero", "2016-01-26 18:20", "Tällaisia päiviä odotan koko syksyn.", avatar=A("*")),
     ])

# ---------------------------------------------------------------- Danish: 8 comments, two threads ("Svar" is both Reply and Replies)
page(stem="threaded-da-strik", lang="da", template="threaded", fmt="da", declared=8, heading="8 kommentarer:",
     blog="Pinde og garn", desc="Strikkeprojekter fra sofaen i Aarhus.",
     url="https://pindeoggarn.blogspot.com/", title="Min første sweater med rundt bærestykke",
     owner="Mette", about="Strikker om aftenen og trævler op om morgenen.", owner_img="mette.jpg",
     labels=["sweatre", "uld"], post_dt=datetime(2016, 1, 24, 10, 5), post_time_text="10.05",
     post_body=["Efter to måneder er sweateren endelig færdig, og den passer næsten perfekt.",
                "<br /><br />Mønsteret i bærestykket tog længst tid, men det var også det sjoveste."],
     comments=[
         C("Louise Jensen", "2016-01-24 17:21", "Hvor er den fin! Farverne passer rigtig godt sammen.", avatar=A("louise.jpg"), replies=[
             C("Mette", "2016-01-24 18:03", "Tak, jeg var længe i tvivl om den grønne.", owner=True, avatar=A("mette.jpg")),
         ]),
         C("Anonym", "2016-01-24 21:10", "Hvilket garn har du brugt til bærestykket?", anon=True, replies=[
             C("Mette", "2016-01-24 21:45", "Det er ren uld fra et lille spinderi på Fyn.", owner=True, avatar=A("mette.jpg")),
             C("Anonym", "2016-01-25 07:20", "Tak for svaret, det vil jeg kigge efter.", anon=True),
         ]),
         C("Karen Holm", "2016-01-25 12:33", "Jeg har netop slået op på den samme model.", avatar=A("karen.png")),
         C("Søren", "2016-01-25 19:50", "Min kone siger, at jeg skal have sådan en.", avatar=A("*")),
         C("Birgitte Lund", "2016-01-26 08:14", "Smukt arbejde, glæder mig til næste projekt.", avatar=A("birgitte.jpg")),
     ])

# ---------------------------------------------------------------- European Portuguese: 6 comments, one thread ("Eliminar", "Anónimo")
page(stem="threaded-ptpt-azulejos", lang="pt-PT", template="threaded", fmt="pt_pt", declared=6, heading="6 comentários:",
     blog="Azulejos e Esquinas", desc="Passeios a pé por Lisboa à procura de fachadas antigas.",
     url="https://azulejoseesquinas.blogspot.com/", title="As fachadas da Graça",
     owner="Inês", about="Fotografo azulejos desde que me lembro.", owner_img="ines.jpg",
     labels=["Lisboa", "fachadas"], post_dt=datetime(2016, 1, 24, 15, 30), post_time_text="15:30",
     post_body=["Esta tarde subi à Graça e fotografei três fachadas com padrões que nunca tinha visto.",
                "<br /><br />Uma delas tem azulejos amarelos e azuis que parecem bordados."],
     comments=[
         C("Rui Tavares", "2016-01-24 17:21", "Que belas fotografias! Conheço bem essa rua, mas nunca reparei no prédio amarelo.", avatar=A("rui.jpg"), replies=[
             C("Inês", "2016-01-24 18:40", "Fica mesmo ao lado da mercearia, vale a pena olhar para cima.", owner=True, avatar=A("ines.jpg")),
             C("Rui Tavares", "2016-01-24 19:15", "Amanhã passo por lá com mais atenção.", avatar=A("rui.jpg")),
         ]),
         C("Anónimo", "2016-01-25 10:02", "Sabe de que época são esses azulejos?", anon=True),
         C("Catarina Sousa", "2016-01-25 16:48", "Adorei o passeio, devia fazer um mapa com todas as fachadas.", avatar=A("catarina.png")),
         C("Miguel", "2016-01-26 21:30", "Um blogue muito bonito, parabéns.", avatar=A("*")),
     ])

# ---------------------------------------------------------------- English, "Sunday, 24 January 2016" (a date and no time of day)
page(stem="threaded-en-dmylong-quilt", lang="en", template="threaded", fmt="en_dmy_long", declared=7, heading="7 comments:",
     blog="Scraps and Stitches", desc="Quilting from the bottom of the fabric drawer.",
     url="https://scrapsandstitches.blogspot.com/", title="Finishing the log cabin quilt",
     owner="Tess Morrow", about="Quilter, tea drinker, hoarder of tiny fabric offcuts.", owner_img="tess.jpg",
     labels=["quilts", "finished"], post_dt=datetime(2016, 1, 24, 19, 0), post_time_text="19:00",
     post_body=["Seven months after cutting the first strip, the log cabin quilt is bound, washed and on the spare bed.",
                "<br /><br />Every block uses at least one fabric from a shirt that somebody in the family wore out."],
     comments=[
         C("Rosie Hart", "2016-01-24 20:15", "The colours are so warm, it looks like autumn in a blanket.", avatar=A("rosie.jpg"), replies=[
             C("Tess Morrow", "2016-01-25 08:30", "Thank you Rosie, most of it came from old shirts.", owner=True, avatar=A("tess.jpg")),
         ]),
         C("Anonymous", "2016-01-25 13:02", "How long did the hand quilting take you?", anon=True),
         C("Gwen Aldous", "2016-01-27 09:41", "I love the wonky centre squares, they give it real character.", avatar=A("gwen.png")),
         C("Pip", "2016-01-30 22:05", "Saving this for when I am brave enough to try curves.", avatar=A("*")),
         C("Margaret Ellery", "2016-02-02 11:17", "Beautiful binding! Did you machine it on first?", avatar=A("photo.jpg")),
         C("Hilary", "2016-02-05 16:40", "Just found your blog and read every post tonight.", avatar=A("hilary.jpg")),
     ])

# ---------------------------------------------------------------- English, "24/01/2016 17:21" (day first, 24-hour; some days <= 12)
page(stem="threaded-en-dmynum-birds", lang="en", template="threaded", fmt="en_dmy_num", declared=8, heading="8 comments:",
     blog="Garden Birds of Wexcombe", desc="One feeder, one window, far too many photographs.",
     url="https://wexcombebirds.blogspot.com/", title="Siskins at the feeder",
     owner="Alan Pryce", about="Retired postman who now counts birds instead of letters.", owner_img="alan.jpg",
     labels=["finches", "winter"], post_dt=datetime(2016, 1, 24, 16, 30), post_time_text="16:30",
     post_body=["Four siskins turned up this afternoon and spent an hour squabbling over the nyjer seed.",
                "<br /><br />They are smaller than I remembered, and far louder."],
     comments=[
         C("Beth Carrow", "2016-01-24 17:21", "Lovely photos! We have had goldfinches but never siskins.", avatar=A("beth.jpg"), replies=[
             C("Alan Pryce", "2016-01-24 18:05", "They usually arrive with the cold snaps, so keep the nyjer topped up.", owner=True, avatar=A("alan.jpg")),
         ]),
         C("Anonymous", "2016-01-25 07:50", "What feeder is that in the second photo?", anon=True, replies=[
             C("Alan Pryce", "2016-01-25 09:12", "A cheap mesh one from the garden centre, nothing special.", owner=True, avatar=A("alan.jpg")),
             C("Anonymous", "2016-02-01 10:30", "Thanks, ordered one today.", anon=True),
         ]),
         C("Colin Dawe", "2016-02-03 08:44", "A pair turned up here this morning after reading your post.", avatar=A("colin.png")),
         C("Judith", "2016-02-07 19:02", "Such tiny birds with so much attitude.", avatar=A("*")),
         C("Neil Forsyth", "2016-02-11 13:15", "Great to see them doing well this winter.", avatar=A("neil.jpg")),
     ])

# ---------------------------------------------------------------- English, "2016-01-24 17:21"
page(stem="threaded-en-iso-telescope", lang="en", template="threaded", fmt="en_iso", declared=6, heading="6 comments:",
     blog="Backyard Photons", desc="A small telescope and a large amount of light pollution.",
     url="https://backyardphotons.blogspot.com/", title="Jupiter through the new eyepiece",
     owner="Ravi Menon", about="Software tester by day, amateur astronomer by night.", owner_img="ravi.jpg",
     labels=["Jupiter", "eyepieces"], post_dt=datetime(2016, 1, 24, 2, 15), post_time_text="02:15",
     post_body=["Last night the air was still for once, so I tried the new eyepiece on Jupiter.",
                "<br /><br />Two cloud belts and three moons showed up clearly, even from the middle of town."],
     comments=[
         C("Lena Sorensen", "2016-01-24 17:21", "The cloud bands are so crisp in the third shot!", avatar=A("lena.jpg"), replies=[
             C("Ravi Menon", "2016-01-24 19:40", "Seeing was unusually steady that night, pure luck.", owner=True, avatar=A("ravi.jpg")),
             C("Lena Sorensen", "2016-01-24 20:05", "Lucky you, we have had fog for weeks.", avatar=A("lena.jpg")),
         ]),
         C("Anonymous", "2016-01-25 01:33", "Which barlow are you using with it?", anon=True),
         C("Marcus Bell", "2016-01-25 22:10", "I could almost see the Great Red Spot on my phone screen.", avatar=A("marcus.png")),
         C("Yuki", "2016-01-27 06:58", "Clear skies to you, keep posting these.", avatar=A("*")),
     ])

# ---------------------------------------------------------------- English, "Jan 24, 2016" (a date and no time of day)
page(stem="threaded-en-short-marmalade", lang="en", template="threaded", fmt="en_short", declared=6, heading="6 comments:",
     blog="The Marmalade Shelf", desc="Preserves, pickles and sticky countertops.",
     url="https://marmaladeshelf.blogspot.com/", title="Seville orange marmalade, batch two",
     owner="Fran Doyle", about="Makes jam in January because that is when the oranges come.", owner_img="fran.jpg",
     labels=["marmalade", "citrus"], post_dt=datetime(2016, 1, 24, 11, 0), post_time_text="11:00 AM",
     post_body=["The second batch of Seville orange marmalade set on the first try this year.",
                "<br /><br />I cut the peel thinner and boiled it for longer before adding the sugar."],
     comments=[
         C("Nora Quigley", "2016-01-24 17:21", "Batch two looks much clearer than the first one.", avatar=A("nora.jpg"), replies=[
             C("Fran Doyle", "2016-01-24 18:30", "I strained the pith out this time, it made all the difference.", owner=True, avatar=A("fran.jpg")),
         ]),
         C("Anonymous", "2016-01-25 09:15", "Do you add the pips in a muslin bag for the pectin?", anon=True),
         C("Declan Rowe", "2016-01-26 12:40", "My grandmother used a cold saucer to test the set.", avatar=A("declan.png")),
         C("Maeve", "2016-01-28 20:25", "Ordering oranges this weekend, thank you!", avatar=A("*")),
         C("Orla Kenny", "2016-02-02 07:55", "How many jars did the batch make?", avatar=A("orla.jpg")),
     ])

# ---------------------------------------------------------------- English, 105 top-level comments (three-digit numbers)
_OPEN = ["Number three was the best by far.", "Loved the smoky one with the beans.", "Too spicy for me, but still great.",
         "The cornbread stole the show.", "Green chili all the way.", "My kids ate two bowls each.", "Vote for the brisket chili.",
         "That pumpkin chili surprised me.", "Bring back the white bean one.", "The vegetarian pot was excellent.",
         "Anyone get the recipe for bowl five?", "Best block party of the year.", "I can still taste the ghost peppers.",
         "Sorry I missed it this time.", "The lime crema made it.", "Chocolate in chili? Yes please.", "Tiny bowls were a smart idea.",
         "Next year I am entering.", "Judges were way too generous.", "Thanks for organizing again.", "My vote goes to Mrs. Alvarez."]
_CLOSE = ["", " See you next year!", " Great job everyone.", " Cheers from number 12.", " Count me in."]
_NAMES = ["Dana Pruitt", "Luis Ortega", "Kim Sato", "Rob Feeney", "Alma Reyes", "Tyrone Bask", "Gail Winters", "Ned Ostrow",
          "Sunita Rao", "Carl Jessup", "Mia Lindholm", "Pete Garza", "Ivy Chen", "Omar Haddad", "Bev Tully", "Jamal Price",
          "Cora Bright", "Stan Kowal", "Lupe Marin", "Will Ashby"]


def _many():
    out, t = [], datetime(2016, 1, 24, 17, 21)
    for i in range(105):
        text = _OPEN[i % 21] + _CLOSE[i // 21]
        if i % 8 == 5:
            out.append(C("Anonymous", t.strftime("%Y-%m-%d %H:%M"), text, anon=True))
        else:
            out.append(C(_NAMES[(i * 7) % 20], t.strftime("%Y-%m-%d %H:%M"), text, avatar=A("*")))
        t += timedelta(minutes=41)
    return out


page(stem="threaded-en-many-chili", lang="en", template="threaded", fmt="en_long", declared=105, heading="105 comments:",
     blog="Pot Luck Street", desc="News from the block.", url="https://potluckst.blogspot.com/", title="Chili cook-off votes",
     owner="Dale Ruiz", about="Block captain.", owner_img="dale.jpg", labels=["chili"], archive=[("2016", 2)],
     post_dt=datetime(2016, 1, 24, 16, 0), post_time_text="4:00 PM",
     post_body=["Twelve pots, one street, no fire trucks. Leave your vote for the best chili below."],
     opts=dict(slim=True), comments=_many())

# ---------------------------------------------------------------- English, newer theme: name and time on separate lines
page(stem="contempo-en-sketch", lang="en", template="contempo", fmt="en_long", declared=None, heading="Comments",
     blog="Pocket Sketchbook", desc="Drawings made standing up, usually in bad weather.",
     url="https://pocketsketchbook.blogspot.com/", title="Urban sketching in the rain",
     owner="Iris Calloway", about="I draw buildings, buses and the people waiting for them.", owner_img="iris.jpg",
     labels=["urban sketching", "watercolour"], post_dt=datetime(2016, 1, 24, 10, 0), post_time_text="January 24, 2016",
     attribution="Theme images by <a href='https://example.com/' target='_blank'>Michael Elkan</a>",
     post_body=["Our sketch group met under the market awning this morning while the rain came down in sheets.",
                "<br /><br />Most of my washes ran straight off the page, and I ended up liking the blurry rooftops best."],
     comments=[
         C("Noah Brennan", "2016-01-24 17:21", "The smudged rooftops actually make the rain feel real.", avatar=A("noah.jpg"), replies=[
             C("Iris Calloway", "2016-01-24 18:02", "Half of that smudging was the rain itself, honestly.", owner=True, avatar=A("iris.jpg")),
             C("Noah Brennan", "2016-01-24 18:47", "Then the rain deserves a signature too!", avatar=A("noah.jpg")),
         ]),
         C("Anonymous", "2016-01-25 09:10", "What paper holds up best when it gets wet?", anon=True),
         C("Priscilla Tran", "2016-01-25 14:36", "I love the little umbrella figures along the bottom edge.", avatar=A("priscilla.png")),
         C("Wes", "2016-01-26 20:05", "Inspiring as always, going out with my pencils tomorrow.", avatar=A("*")),
     ])

# All blog/post/comment text below is invented for these fixtures.
from datetime import datetime


def C(author, when, html=None, **kw):
    d = dict(author=author, dt=datetime.strptime(when, "%Y-%m-%d %H:%M:%S" if when.count(":") == 2 else "%Y-%m-%d %H:%M"),
             html=html, anon=kw.pop("anon", False), replies=kw.pop("replies", []))
    d.update(kw)
    return d


def D(author, when, **kw):
    """a comment removed by its author"""
    return C(author, when, None, deleted=True, **kw)


BP = "//1.bp.blogspot.com/-kQ2rT9"  # avatar host prefix (made-up paths after it)

PAGES = []

# 1 ------------------------------------------------------------------------------------------------
PAGES.append(dict(
    stem="threaded-en-kiln", lang="en", template="threaded", fmt="en_long", declared=17, heading="17 comments:",
    blog="Slip & Glaze Notes", desc="A slow potter writes down what the fire teaches her.",
    url="https://slipglaze.blogspot.com/", title="First firing in the backyard kiln",
    owner="Marnie Ko", about="Weekend potter, weekday librarian, forever scraping clay off the cat.", owner_img="marnie_wheel.jpg",
    labels=["kiln", "glazes", "mistakes"], post_dt=datetime(2016, 1, 24, 9, 5), post_time_text="9:05 AM",
    post_body=["After three months of welding, swearing and reading forum threads at two in the morning, the little kiln behind the shed finally got fired on Saturday.",
               "<br /><br />It took nine hours to climb to temperature and most of Sunday to cool down. Four of the eleven pots came out cracked; the rest are below.",
               "<br /><br /><img border='0' height='240' src='https://slipglaze.blogspot.com/2016/01/kiln1.jpg' style='display: block; margin: 0 auto;' width='320' />",
               "The speckled mugs were a happy accident: iron from the local clay bleeding through a thin white glaze."],
    archive=[("2016", 4)], attribution="Simple theme. Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.",
    opts=dict(no_replybox=True, styles=dict(li="margin-left: 0; padding: 4px 0 4px 0;", p="font-size: 110%; line-height: 1.4em; color: #333333;")),
    comments=[
        C("Priya Ramaswamy", "2016-01-24 10:23", "Congratulations on surviving the first firing! The celadon on that little bowl turned out far greener than I expected.",
          avatar=BP + "/s35/priya_r.jpg", alt="", styled=True),
        C("Anonymous", "2016-01-24 11:02", "How long did the cooling take? I always get impatient and crack something.", anon=True, alt=None),
        C("Gus Oberholt", "2016-01-24 12:47", "I built a similar kiln from fiber blanket two summers ago.<br /><br />Biggest lesson: keep a spare thermocouple around, because mine died halfway through a glaze firing.",
          avatar=BP + "/s35/gus-at-the-forge.png", alt="Gus Oberholt", styled=True, replies=[
              C("Marnie Ko", "2016-01-24 13:15", "Gus, that is a terrifying thought. Adding a spare to the shopping list right now.",
                owner=True, avatar=BP + "/s35/marnie_wheel.jpg", alt=""),
              C("Gus Oberholt", "2016-01-24 14:30", "Also check the wiring each spring. Mice love the insulation.",
                avatar=BP + "/s35/gus-at-the-forge.png", alt="Gus Oberholt"),
          ]),
        C("Delphine", "2016-01-24 15:05", "Those speckles on the mug look like a quail egg. Gorgeous work.", avatar=BP + "/s35/*", alt=""),
        C("Theo Vance", "2016-01-24 17:38", "Did you use cone&nbsp;6 glazes or something lower? The gloss&nbsp;is&nbsp;lovely.", alt=None, styled=True),
        D("Wren Castellano", "2016-01-24 20:11", avatar=BP + "/s35/wren.gif", alt=""),
        C("Ollie Park", "2016-01-25 08:41", "Following along from Ohio. My studio shares a wall with the laundry room, so I&#39;m jealous of your backyard.",
          avatar=BP + "/s35/photo.jpg", alt=""),
        C("Hannah Budd", "2016-01-25 09:56", "Could you post a photo of the shelf setup next time? I never know how much space to leave between pots.",
          avatar=BP + "/s35/IMG_20150611_0934.JPG", alt="", styled=True),
        C("Felix Amaro", "2016-01-25 13:20", "What kind of wadding do you put under the pieces? Mine keeps fusing to the kiln wash.",
          avatar=BP + "/s35/felix%2Bamaro.jpg", alt="", replies=[
              C("Marnie Ko", "2016-01-25 14:02", "I roll little balls of alumina and kaolin, half and half. They pop right off.",
                owner=True, avatar=BP + "/s35/marnie_wheel.jpg", alt=""),
              C("Felix Amaro", "2016-01-25 14:45", "Half and half, got it. Trying that this weekend.", avatar=BP + "/s35/felix%2Bamaro.jpg", alt=""),
              C("Priya Ramaswamy", "2016-01-25 16:18", "Same recipe here, works every time for me too.", avatar=BP + "/s35/priya_r.jpg", alt=""),
          ]),
        C("Sol Beaumont", "2016-01-25 19:47", "Beautiful blues!!! Come visit my shop sometime: <a href=\"https://solbeaumont-ceramics.example/\" rel=\"nofollow\">Sol&#39;s Studio</a>",
          href="https://solbeaumont-ceramics.example/", alt=None, styled=True),
        C("Anonymous", "2016-01-26 07:30", "Is it safe to run one of these near a wooden fence? Asking for my neighbor, who is me.", anon=True, alt=""),
        C("Jo Whitfield", "2016-01-26 21:14", "Lovely post, thank you for sharing all the numbers.<br />Bookmarking this for spring.",
          avatar=BP + "/s35/jo.w.png", alt="Jo Whitfield profile picture"),
    ]))

# 2 ------------------------------------------------------------------------------------------------
PAGES.append(dict(
    stem="threaded-de-balkon", lang="de", template="threaded", fmt="de", declared=None, heading=" Kommentare:",
    blog="Grün auf zwei Quadratmetern", desc="Ein Stadtbalkon, viele Töpfe und noch mehr Geduld.",
    url="https://gruenaufzweiqm.blogspot.com/", title="Tomaten im Juni",
    owner="Jana", about="Ich gärtnere im dritten Stock und habe trotzdem ständig Erde unter den Fingernägeln.", owner_img="jana_topf.png",
    labels=["Balkon", "Tomaten", "Kräuter"], post_dt=datetime(2015, 6, 6, 8, 30), post_time_text="08:30",
    post_body=["Die Kirschtomaten haben diese Woche die ersten gelben Blüten bekommen, und das Basilikum daneben duftet schon bis in die Küche.",
               "<br /><br />Der Wind hier oben bleibt das größte Problem. Zwei Stäbe sind umgeknickt, also habe ich alles mit Kokosschnur neu angebunden."],
    archive=[("2015", 14), ("2014", 30)], attribution="Design &#8222;Einfach&#8220;. Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.",
    opts=dict(hidden_threads=True),
    comments=[
        C("Lotte Brenner", "2015-06-06 10:23", "Wie schön, dass die Kirschtomaten schon blühen!<br /><br />Bei mir auf dem Balkon ist es noch zu windig, da sieht alles ein bisschen zerzaust aus.",
          avatar=BP + "/s35/lotte.jpg", replies=[
              C("Jana", "2015-06-06 11:40", "Ein Windschutz aus Bambusmatten wirkt Wunder, probier es einfach mal.", owner=True, avatar=BP + "/s35/jana_topf.png"),
              C("Lotte Brenner", "2015-06-06 12:05", "Gute Idee, die Matten kaufe ich am Wochenende.", avatar=BP + "/s35/lotte.jpg"),
          ]),
        C("Anonym", "2015-06-06 14:17", "Welche Erde benutzt du für die Kästen? Ich habe letztes Jahr ganz billige genommen und das war ein Fehler.", anon=True),
        C("Moritz Quandt", "2015-06-07 09:02", "Basilikum und Tomaten nebeneinander, das ist doch das perfekte Paar. Grüße aus Leipzig",
          avatar=BP + "/s35/*", replies=[
              C("Jana", "2015-06-07 18:30", "Grüße zurück nach Leipzig!&nbsp;Das Basilikum wächst fast schneller, als ich ernten kann.", owner=True, avatar=BP + "/s35/jana_topf.png"),
          ]),
        C("Frieda Olsen", "2015-06-08 21:44", "Ich bin neu hier und lese mich gerade durch alle alten Beiträge. Sehr inspirierend", avatar=BP + "/s35/frieda%2Bim%2BGarten.JPG"),
        C("Paulina Weiß", "2015-06-09 07:55", "Hast du die Erdbeeren in der Hängeampel noch? Die fand ich letztes Jahr so hübsch.", avatar=BP + "/s35/photo.jpg"),
        C("Bernd Kasimir", "2015-06-10 16:08", "Toller Blog, weiter so!", avatar=BP + "/s35/bk.png"),
    ]))

# 3 ------------------------------------------------------------------------------------------------
PAGES.append(dict(
    stem="threaded-es-costura", lang="es", template="threaded", fmt="es", declared=7, heading="7 comentarios:",
    blog="Hilo y Aguja", desc="Patrones, telas y algún que otro descosido.",
    url="https://hiloyagujadelucia.blogspot.com/", title="Mi primera falda con forro",
    owner="Lucía", about="Coso por las noches mientras la casa duerme.", owner_img="lucia_maquina.jpg",
    labels=["faldas", "forros", "patrones"], post_dt=datetime(2016, 2, 4, 0, 20), post_time_text="0:20",
    post_body=["Por fin me atreví con una falda forrada. La tela exterior es una lana fina gris y el forro, de un mostaza que no pega con nada y por eso me encanta.",
               "<br /><br />Lo más difícil fue la cremallera invisible: la descosí dos veces antes de que quedara recta."],
    archive=[("2016", 3), ("2015", 18)], attribution="Tema Sencillo. Con la tecnología de <a href='https://www.blogger.com' target='_blank'>Blogger</a>.",
    comments=[
        C("Carmen Ibáñez", "2016-02-04 06:48", "¡Qué bonita te ha quedado! El forro de color mostaza es un acierto total.", avatar=BP + "/s35/carmen.jpg", replies=[
            C("Lucía", "2016-02-04 09:12", "Gracias, Carmen. Al principio dudaba, pero ahora me encanta.", owner=True, avatar=BP + "/s35/lucia_maquina.jpg"),
        ]),
        C("Anónimo", "2016-02-04 11:30", "¿Dónde compraste la tela? Busco algo parecido desde hace meses.", anon=True),
        C("Rocío Valdés", "2016-02-05 00:15", "Yo siempre me peleo con las cremalleras invisibles. ¿Algún truco?", avatar=BP + "/s35/rocio_v.png", replies=[
            C("Lucía", "2016-02-05 08:03", "Hilvanarla primero a mano, aunque parezca una pérdida de tiempo.", owner=True, avatar=BP + "/s35/lucia_maquina.jpg"),
        ]),
        D("Marta G.", "2016-02-05 13:40", avatar=BP + "/s35/photo.jpg"),
        C("Inés Pardo", "2016-02-06 19:27", "Me la apunto para primavera, gracias por el patrón.", avatar=BP + "/s35/ines.jpg"),
    ]))

# 4 ------------------------------------------------------------------------------------------------
PAGES.append(dict(
    stem="threaded-fr-confiture", lang="fr", template="threaded", fmt="fr", declared=6, heading="6 commentaires:",
    blog="Le Pot Cabossé", desc="Confitures, gelées et pots qui ne ferment jamais bien.",
    url="https://lepotcabosse.blogspot.com/", title="Confiture de rhubarbe et fraise",
    owner="Agathe", about="Cuisinière du dimanche, ramasseuse de fruits tombés.", owner_img="agathe.jpg",
    labels=["confitures", "rhubarbe"], post_dt=datetime(2017, 5, 10, 11, 0), post_time_text="11:00",
    post_body=["Les premières tiges de rhubarbe sont enfin assez épaisses. Avec une barquette de fraises un peu trop mûres, cela donne six pots d'une confiture rose pâle.",
               "<br /><br />Comptez un kilo de fruits pour sept cents grammes de sucre, et surtout une longue nuit de macération."],
    archive=[("2017", 8), ("2016", 22)], attribution="Thème Simple. Fourni par <a href='https://www.blogger.com' target='_blank'>Blogger</a>.",
    opts=dict(hidden_threads=True),
    comments=[
        C("Solène Marchal", "2017-05-10 16:14", "Miam, la rhubarbe du jardin de ma grand-mère me manque tellement.", avatar=BP + "/s35/solene.png", replies=[
            C("Agathe", "2017-05-10 18:02", "Il faudra venir goûter la prochaine fournée alors&nbsp;!", owner=True, avatar=BP + "/s35/agathe.jpg"),
        ]),
        C("Anonyme", "2017-05-11 08:37", "Combien de temps laissez-vous macérer les fruits avant la cuisson&nbsp;?", anon=True, replies=[
            C("Agathe", "2017-05-11 09:50", "Une nuit entière au frais, avec le sucre et un peu de citron.", owner=True, avatar=BP + "/s35/agathe.jpg"),
        ]),
        C("Gaspard Lefèvre", "2017-05-11 21:05", "Essayez avec une pointe de gingembre, c&#39;est surprenant.", avatar=BP + "/s35/*"),
        C("Maëlle", "2017-05-12 07:48", "Les photos donnent vraiment envie, bravo pour les étiquettes faites main.", avatar=BP + "/s35/maelle_profil.jpg"),
    ]))

# 5 ------------------------------------------------------------------------------------------------
PAGES.append(dict(
    stem="threaded-pt-horta", lang="pt", template="threaded", fmt="pt", declared=7, heading="7 comentários:",
    blog="Horta na Laje", desc="Caixotes, terra e muita vontade de comer salada.",
    url="https://hortanalaje.blogspot.com/", title="Colhendo as primeiras alfaces",
    owner="Bia", about="Plantando o que der no terraço de um prédio antigo.", owner_img="bia.jpg",
    labels=["alface", "caixotes"], post_dt=datetime(2016, 1, 24, 14, 10), post_time_text="14:10",
    post_body=["Hoje colhi as primeiras alfaces crespas dos caixotes de feira que pintei em novembro.",
               "<br /><br />Foram quarenta dias do plantio até a colheita, com rega todas as manhãs e um pouco de sombra à tarde."],
    archive=[("2016", 2), ("2015", 11)], attribution="Tema Simples. Tecnologia do <a href='https://www.blogger.com' target='_blank'>Blogger</a>.",
    comments=[
        C("Renata Figueiredo", "2016-01-24 17:21", "Que alfaces lindas! Aqui em casa os caramujos comem tudo antes de mim.", avatar=BP + "/s35/renata.jpg"),
        C("Anônimo", "2016-01-24 19:02", "Você usa algum adubo orgânico? Estou começando agora e tenho muitas dúvidas.", anon=True, replies=[
            C("Bia", "2016-01-24 20:45", "Uso húmus de minhoca da minha composteira, é o que funciona melhor pra mim.", owner=True, avatar=BP + "/s35/bia.jpg"),
        ]),
        C("Tiago Sarmento", "2016-01-25 08:10", "Plantei rúcula no mesmo canteiro e ficou ótimo. Abraço de Curitiba", avatar=BP + "/s35/tiago.png", replies=[
            C("Bia", "2016-01-25 09:33", "Outro abraço! Rúcula é a próxima da lista.", owner=True, avatar=BP + "/s35/bia.jpg"),
        ]),
        C("Joana Leme", "2016-01-26 22:58", "Adorei a ideia dos caixotes de feira reaproveitados.", avatar=BP + "/s35/photo.jpg"),
        C("Caio", "2016-01-27 06:15", "Parabéns pelo blog, sempre aprendo algo novo.", avatar=BP + "/s35/*"),
    ]))

# 6 ------------------------------------------------------------------------------------------------
PAGES.append(dict(
    stem="threaded-it-orto", lang="it", template="threaded", fmt="it", declared=7, heading="7 commenti:",
    blog="Zappa e Fantasia", desc="Un orto di collina raccontato a colpi di zappa.",
    url="https://zappaefantasia.blogspot.com/", title="Le fave sono spuntate",
    owner="Pina", about="Coltivo fave, cipolle e pazienza da trent'anni.", owner_img="pina.jpg",
    labels=["fave", "primavera"], post_dt=datetime(2017, 5, 10, 9, 40), post_time_text="09:40",
    post_body=["Dopo le due gelate di aprile pensavo di aver perso tutto, invece questa mattina le file di fave erano verdi e dritte.",
               "<br /><br />Le ho coperte ogni sera con un telo leggero e il trucco sembra aver funzionato."],
    archive=[("2017", 6), ("2016", 19)], attribution="Tema Semplice. Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.",
    comments=[
        C("Giulia Ferraris", "2017-05-10 16:14", "Che soddisfazione vedere le prime piantine! Da noi le fave hanno sofferto la gelata.", avatar=BP + "/s35/giulia.jpg", replies=[
            C("Pina", "2017-05-10 18:40", "Anche qui ha gelato due notti, ma le ho coperte con il tessuto non tessuto.", owner=True, avatar=BP + "/s35/pina.jpg"),
        ]),
        D("Silvia R.", "2017-05-11 07:05", avatar=BP + "/s35/photo.jpg"),
        C("Lorenzo Bassi", "2017-05-11 12:30", "Consiglio: cimate le punte quando arrivano gli afidi neri, funziona sempre.", avatar=BP + "/s35/lorenzo_b.png"),
        C("Marta Zanon", "2017-05-12 20:11", "Bellissimo orto, complimenti per l&#39;ordine delle aiuole.", avatar=BP + "/s35/marta.jpg", replies=[
            C("Pina", "2017-05-12 21:02", "Grazie Marta, l&#39;ordine dura fino a luglio, poi vince la gramigna!", owner=True, avatar=BP + "/s35/pina.jpg"),
        ]),
        C("Ettore", "2017-05-13 09:47", "Le fave fresche con il pecorino sono la mia merenda preferita.", avatar=BP + "/s35/*"),
    ]))

# 7 ------------------------------------------------------------------------------------------------
PAGES.append(dict(
    stem="threaded-nl-fiets", lang="nl", template="threaded", fmt="nl", declared=6, heading="6 opmerkingen:",
    blog="Op de Fiets naar Overal", desc="Dagtochten, lekke banden en koffie onderweg.",
    url="https://opdefietsnaaroveral.blogspot.com/", title="Een dag langs de Vecht",
    owner="Pieter", about="Fietst elk weekend, regen of geen regen.", owner_img="pieter_fiets.jpg",
    labels=["dagtocht", "winter"], post_dt=datetime(2016, 1, 24, 16, 0), post_time_text="16:00",
    post_body=["Zaterdag vertrokken we vroeg uit Utrecht en volgden we de rivier naar het noorden, langs buitenplaatsen en een paar kleine ponten.",
               "<br /><br />Het was koud maar helder, en op het fietspad kwamen we bijna niemand tegen."],
    archive=[("2016", 2), ("2015", 27)], attribution="Thema Eenvoudig. Mogelijk gemaakt door <a href='https://www.blogger.com' target='_blank'>Blogger</a>.",
    opts=dict(hidden_threads=True),
    comments=[
        C("Sanne de Wit", "2016-01-24 17:21", "Wat een mooie route! Die molen bij Breukelen herken ik meteen.", avatar=BP + "/s35/sanne.jpg", replies=[
            C("Pieter", "2016-01-24 18:05", "Klopt, daar hebben we koffie gedronken met appeltaart.", owner=True, avatar=BP + "/s35/pieter_fiets.jpg"),
        ]),
        C("Anoniem", "2016-01-24 20:33", "Hoeveel kilometer was het in totaal? Ik wil het met mijn zoon proberen.", anon=True, replies=[
            C("Pieter", "2016-01-24 21:10", "Ongeveer zestig kilometer, maar je kunt bij Maarssen afsnijden.", owner=True, avatar=BP + "/s35/pieter_fiets.jpg"),
        ]),
        C("Joost Hendriks", "2016-01-25 08:44", "In de winter fietsen is toch het mooist, lekker rustig op de paden.", avatar=BP + "/s35/joost.png"),
        C("Fenna", "2016-01-25 12:19", "Goede tip over het pontje, dat vaart inderdaad niet op maandag.", avatar=BP + "/s35/*"),
    ]))

# 8 ------------------------------------------------------------------------------------------------
PAGES.append(dict(
    stem="classic-en-rye", lang="en", template="classic", fmt="en_long", declared=8, heading="8 comments:",
    blog="Crumb & Crust", desc="Home baking, mostly sourdough, occasionally edible.",
    url="https://crumbandcrust.blogspot.com/", title="A dense rye that actually rose",
    owner="Crumb & Crust", about="One oven, two starters, no patience.", owner_img="starter_jar.jpg",
    labels=["rye", "sourdough"], post_dt=datetime(2012, 10, 28, 14, 2), post_time_text="2:02 PM",
    post_body=["Rye has always defeated me. This weekend I finally got a loaf with an open-ish crumb by using a very wet dough and a long, cool proof.",
               "<br /><br />Seventy percent rye, thirty percent bread flour, a spoon of caraway, and a lot of waiting."],
    archive=[("2012", 31), ("2011", 44)], attribution="Picture Window template. Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.",
    comments=[
        C("Nadia Ferro", "2012-10-28 17:33", "That crumb shot is beautiful. How long was the final proof?"),
        C("Anonymous", "2012-10-28 18:10", "I&#39;ve given up on rye three times now. Maybe this recipe will be the one that sticks.", anon=True),
        C("Bram Holloway", "2012-10-28 21:47", "Caraway or no caraway? My family is split right down the middle on this."),
        C("Ruth Abernethy", "2012-10-29 07:02", "Baked it yesterday with a little molasses stirred in.<br /><br />Came out darker and slightly sweeter, but still lovely with butter.",
          avatar="http://2.bp.blogspot.com/-qQw3/S45/ruth_kitchen.jpg"),
        D("Kip Lindqvist", "2012-10-29 11:15"),
        C("Crumb & Crust", "2012-10-29 13:24", "Ruth, molasses sounds wonderful. Bram, I vote caraway, always.", owner=True),
        C("Dottie Fenwick", "2012-10-30 16:51", "Do you think this would work in a bread machine on the whole grain setting?"),
        C("Anonymous", "2012-11-01 00:05", "Midnight snack sorted. Thanks!", anon=True),
    ]))

# 9 ------------------------------------------------------------------------------------------------
PAGES.append(dict(
    stem="classic-es-montana", lang="es", template="classic", fmt="es_numeric", declared=6, heading="6 comentarios:",
    blog="Botas Gastadas", desc="Rutas de montaña para piernas normales.",
    url="https://botasgastadas.blogspot.com/", title="Subida al Pico del Cuervo en invierno",
    owner="Botas Gastadas", about="Subo despacio pero subo.", owner_img="botas.jpg",
    labels=["invierno", "rutas"], post_dt=datetime(2014, 12, 29, 22, 40), post_time_text="22:40",
    post_body=["Salimos del aparcamiento a las siete, con frontales y un frío que cortaba. La nieve estaba dura en la parte alta, así que el último tramo lo hicimos con mucho cuidado.",
               "<br /><br />Desde la cumbre se veía todo el valle cubierto de niebla."],
    archive=[("2014", 17), ("2013", 25)], attribution="Tema Ventana de imagen. Con la tecnología de <a href='https://www.blogger.com' target='_blank'>Blogger</a>.",
    comments=[
        C("Álvaro Rentería", "2014-12-30 02:07", "Impresionantes las fotos del amanecer desde la cumbre."),
        C("Anónimo", "2014-12-30 09:41", "¿Hacen falta crampones en esta época o basta con unas buenas botas?", anon=True),
        C("Nuria Castells", "2014-12-30 13:18", "Yo la hice en verano y el último tramo se me hizo eterno. ¡Enhorabuena!"),
        C("Botas Gastadas", "2014-12-30 18:55", "Nuria, en invierno es todavía peor, pero merece la pena.", owner=True),
        C("Quique", "2014-12-31 11:02", "Feliz año a todos los montañeros del blog.", anon=True),
        C("Itziar Goñi", "2015-01-02 20:30", "Apuntada para febrero, gracias por el track."),
    ]))

# 10 -----------------------------------------------------------------------------------------------
PAGES.append(dict(
    stem="old2004-posted-porch", lang="en", template="posted", fmt="en_time", declared=None, heading="Comments:",
    blog="Sitting on the Porch", desc="Small-town evenings, written down before they blur.",
    url="http://sittingontheporch.blogspot.com/", title="Thunderstorm at suppertime",
    owner="Lyle", about="Retired mailman. Owns a rocking chair and opinions.",
    post_dt=datetime(2004, 7, 16, 20, 2), post_blog_id="7604412",
    post_body=["The sky went green around six and by the time the corn was on the table the rain was coming sideways across the yard. ",
               "We ate on the porch anyway and watched the gutters overflow. Power went out at seven and came back just before nine."],
    previous=[("2004/07/fireflies.html", "Fireflies and the neighbor's dog"), ("2004/07/paint.html", "Painting the railing, again"),
              ("2004/06/county-fair.html", "County fair pie results")],
    comments=[
        C("Mabel", "2004-07-16 21:14", "We lost power for an hour over here too. The cat hid in the bathtub the whole time."),
        C("Anonymous", "2004-07-16 22:02", "Nothing beats the smell of rain on hot pavement.", anon=True),
        C("Hollis Grady", "2004-07-17 11:58", "Glad the tomatoes survived. Last year the hail flattened mine."),
        C("Anonymous", "2004-07-17 15:30", "Sounds like a perfect evening for lemonade and a good book.", anon=True),
        C("June Tatum", "2004-07-17 19:45", "Your porch posts are my favorite part of the week."),
    ]))

# 11 -----------------------------------------------------------------------------------------------
PAGES.append(dict(
    stem="old2005-at-transit", lang="en", template="at", fmt="en_2005", declared=5, heading="5 Comments:",
    blog="Bus Stop Diaries", desc="Notes from a rider who does not own a car.",
    url="http://busstopdiaries.blogspot.com/", title="The number 14 finally gets a shelter",
    owner="Corinne", about="Rides four buses a day and writes about them.",
    post_dt=datetime(2005, 4, 19, 17, 52),
    post_body=["After two winters of petitions, the stop at Alder and Fifth has a glass shelter with a real bench. ",
               "Workers bolted it down on Monday while the rest of us stood in the drizzle and applauded."],
    previous=[("2005/04/transfer.html", "The mystery of the paper transfer"), ("2005/03/snow-route.html", "Snow routes explained, sort of")],
    comments=[
        C("Anonymous", "2005-04-19 19:14:49", "About time! I waited there in sleet all of February.", anon=True),
        C("Dev Okafor", "2005-04-19 20:30:12", "Is the shelter heated or just a roof and a bench?"),
        C("Rosalind Pike", "2005-04-20 06:55:03", "Just a roof and a bench, but the bench is dry, which is a miracle."),
        C("Anonymous", "2005-04-20 12:41:37", "Now if only the route ran after nine on weekdays.", anon=True),
        C("Cy Marchetti", "2005-04-21 10:08:20", "Great write-up. Forwarded it to the transit board."),
    ]))

# 12 -----------------------------------------------------------------------------------------------
PAGES.append(dict(
    stem="nocomments-en-tiller", lang="en", template="threaded", fmt="en_long", declared=0, heading="No comments:",
    blog="Furrow Notes", desc="A half-acre, one stubborn machine, and a notebook.",
    url="https://furrownotes.blogspot.com/", title="Servicing the old tiller before spring",
    owner="Abe Lindahl", about="Grows potatoes and fixes small engines, badly.", owner_img="abe.jpg",
    labels=["tools", "spring"], post_dt=datetime(2016, 3, 12, 10, 15), post_time_text="10:15 AM",
    post_body=["Changed the oil, cleaned the carburetor bowl, and replaced the spark plug that had been in there since at least the last administration.",
               "<br /><br />It started on the third pull, which is a personal record."],
    archive=[("2016", 5), ("2015", 12)], attribution="Simple theme. Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.",
    comments=[]))

# 13 -----------------------------------------------------------------------------------------------
PAGES.append(dict(
    stem="threaded-en-numeric-roads", lang="en", template="threaded", fmt="en_numeric", declared=11, heading="11 comments:",
    blog="Two Lanes West", desc="A slow drive across the country in an old station wagon.",
    url="https://twolaneswest.blogspot.com/", title="Day 9: Salt flats to the canyon",
    owner="Two Lanes West", about="Two people, one wagon, no schedule.", owner_img="wagon.jpg",
    labels=["road trip", "Utah"], post_dt=datetime(2016, 1, 24, 21, 30), post_time_text="9:30 PM",
    post_body=["We left the motel before sunrise so we could see the salt flats while they were still pink.",
               "<br /><br />By noon the glare was unbearable and we pushed on toward the canyon, three hundred miles of nothing in between."],
    archive=[("2016", 9), ("2015", 3)], attribution="Simple theme. Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.",
    comments=[
        C("Marisol Vega", "2016-01-24 22:23", "Those salt flat photos look unreal, like a different planet.", avatar=BP + "/s35/marisol.jpg"),
        C("Anonymous", "2016-01-24 22:51", "How did the car handle the washboard road into the canyon?", anon=True),
        C("Duncan Teague", "2016-01-25 06:02", "We did that stretch in 2009 and ran out of gas ten miles short. Fill up in town!", avatar=BP + "/s35/dt_roadtrip.jpg"),
        C("Eleni Stavros", "2016-01-25 07:40", "What camera are you using? The colors at dusk are incredible.", avatar=BP + "/s35/photo.jpg", replies=[
            C("Two Lanes West", "2016-01-25 09:15", "Just a secondhand mirrorless with the kit lens, nothing fancy.", owner=True, avatar=BP + "/s35/wagon.jpg"),
        ]),
        C("Ray Coulter", "2016-01-25 12:12", "Jealous. Stuck at a desk in Cleveland reading this.", avatar=BP + "/s35/*"),
        C("Anonymous", "2016-01-25 15:33", "Watch out for elk near the park entrance after sunset.", anon=True),
        C("Bea Lindgren", "2016-01-26 08:08", "Your maps are so helpful, please keep drawing them.", avatar=BP + "/s35/bea.png"),
        C("Hank Osei", "2016-01-26 23:59", "12 hours of driving in one day is brave. Stay safe out there.", avatar=BP + "/s35/hank.jpg"),
        C("Tamsin Roe", "2016-01-27 01:01", "Added the diner with the pie case to my list.", avatar=BP + "/s35/tamsin_r.jpg"),
        C("Quinn Albers", "2016-01-27 16:44", "Cannot wait for the next installment!", avatar=BP + "/s35/quinn.jpg"),
    ]))

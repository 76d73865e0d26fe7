# Date formatters and small helpers for the fixture generator.
import html, re

EN_M = "January February March April May June July August September October November December".split()
EN_D = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
DE_M = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
DE_D = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()
ES_M = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
ES_D = "lunes martes miércoles jueves viernes sábado domingo".split()
FR_M = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
FR_D = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
PT_M = "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()
PT_D = "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split()
IT_M = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
IT_D = "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
NL_M = "januari februari maart april mei juni juli augustus september oktober november december".split()
NL_D = "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()


def h12(dt):
    h = dt.hour % 12
    return 12 if h == 0 else h


def ap(dt):
    return "AM" if dt.hour < 12 else "PM"


FORMATS = {
    "en_long": lambda d: f"{EN_M[d.month-1]} {d.day}, {d.year} at {h12(d)}:{d.minute:02d} {ap(d)}",
    "en_numeric": lambda d: f"{d.month}/{d.day}/{d.year % 100:02d} {h12(d)}:{d.minute:02d} {ap(d)}",
    "en_2005": lambda d: f"{d.month}/{d.day}/{d.year} {h12(d):02d}:{d.minute:02d}:{d.second:02d} {ap(d)}",
    "en_time": lambda d: f"{h12(d)}:{d.minute:02d} {ap(d)}",
    "de": lambda d: f"{d.day}. {DE_M[d.month-1]} {d.year} um {d.hour:02d}:{d.minute:02d}",
    "es": lambda d: f"{d.day} de {ES_M[d.month-1]} de {d.year}, {d.hour}:{d.minute:02d}",
    "es_numeric": lambda d: f"{d.day}/{d.month}/{d.year % 100:02d} {h12(d)}:{d.minute:02d} {'a. m.' if d.hour < 12 else 'p. m.'}",
    "fr": lambda d: f"{FR_D[d.weekday()]} {d.day} {FR_M[d.month-1]} {d.year} à {d.hour:02d}:{d.minute:02d}",
    "pt": lambda d: f"{d.day} de {PT_M[d.month-1]} de {d.year} às {d.hour:02d}:{d.minute:02d}",
    "it": lambda d: f"{d.day} {IT_M[d.month-1]} {d.year} alle ore {d.hour:02d}:{d.minute:02d}",
    "nl": lambda d: f"{d.day} {NL_M[d.month-1]} {d.year} om {d.hour:02d}:{d.minute:02d}",
}

# formats that show no calendar date / no clock
NO_DATE = {"en_time"}
NO_CLOCK = set()

DATE_HEADERS = {
    "en": lambda d: f"{EN_D[d.weekday()]}, {EN_M[d.month-1]} {d.day}, {d.year}",
    "de": lambda d: f"{DE_D[d.weekday()]}, {d.day}. {DE_M[d.month-1]} {d.year}",
    "es": lambda d: f"{ES_D[d.weekday()]}, {d.day} de {ES_M[d.month-1]} de {d.year}",
    "fr": lambda d: f"{FR_D[d.weekday()]} {d.day} {FR_M[d.month-1]} {d.year}",
    "pt": lambda d: f"{PT_D[d.weekday()]}, {d.day} de {PT_M[d.month-1]} de {d.year}",
    "it": lambda d: f"{IT_D[d.weekday()]} {d.day} {IT_M[d.month-1]} {d.year}",
    "nl": lambda d: f"{NL_D[d.weekday()]} {d.day} {NL_M[d.month-1]} {d.year}",
}


def plain(fragment):
    """HTML fragment -> plain text (tags dropped, <br> = space, entities decoded)."""
    t = re.sub(r"<br\s*/?>", " ", fragment, flags=re.I)
    t = re.sub(r"<[^>]+>", "", t)
    return html.unescape(t)


def _clean(tok):
    return re.sub(r"^[^\w]+|[^\w]+$", "", tok)


def first_last(fragment):
    toks = [_clean(t) for t in plain(fragment).split()]
    toks = [t for t in toks if t]
    return toks[0], toks[-1]

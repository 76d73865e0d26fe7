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

# ---- added for the second set of pages (more interface languages and English date formats)
RU_M = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
RU_D = "понедельник вторник среда четверг пятница суббота воскресенье".split()
PL_M = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split()
PL_D = "poniedziałek wtorek środa czwartek piątek sobota niedziela".split()
SV_M = "januari februari mars april maj juni juli augusti september oktober november december".split()
SV_D = "måndag tisdag onsdag torsdag fredag lördag söndag".split()
ID_M = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
ID_D = "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split()
TR_M = "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split()
TR_D = "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar".split()
CS_M = "ledna února března dubna května června července srpna září října listopadu prosince".split()
CS_D = "pondělí úterý středa čtvrtek pátek sobota neděle".split()
FI_M = "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split()
FI_D = "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai".split()
DA_M = "januar februar marts april maj juni juli august september oktober november december".split()
DA_D = "mandag tirsdag onsdag torsdag fredag lørdag søndag".split()

FORMATS.update({
    "ru": lambda d: f"{d.day} {RU_M[d.month-1]} {d.year} г. в {d.hour:02d}:{d.minute:02d}",
    "pl": lambda d: f"{d.day} {PL_M[d.month-1]} {d.year} {d.hour:02d}:{d.minute:02d}",
    "sv": lambda d: f"{d.day} {SV_M[d.month-1]} {d.year} kl. {d.hour:02d}:{d.minute:02d}",
    "id": lambda d: f"{d.day} {ID_M[d.month-1]} {d.year} pukul {d.hour:02d}.{d.minute:02d}",
    "tr": lambda d: f"{d.day} {TR_M[d.month-1]} {d.year} {d.hour:02d}:{d.minute:02d}",
    "cs": lambda d: f"{d.day}. {CS_M[d.month-1]} {d.year} v {d.hour}:{d.minute:02d}",
    "fi": lambda d: f"{d.day}. {FI_M[d.month-1]} {d.year} klo {d.hour}.{d.minute:02d}",
    "da": lambda d: f"{d.day}. {DA_M[d.month-1]} {d.year} kl. {d.hour:02d}.{d.minute:02d}",
    "pt_pt": lambda d: f"{d.day} de {PT_M[d.month-1]} de {d.year} às {d.hour:02d}:{d.minute:02d}",
    "en_dmy_long": lambda d: f"{EN_D[d.weekday()]}, {d.day} {EN_M[d.month-1]} {d.year}",
    "en_dmy_num": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}",
    "en_iso": lambda d: f"{d.year}-{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d}",
    "en_short": lambda d: f"{EN_M[d.month-1][:3]} {d.day}, {d.year}",
})
NO_CLOCK |= {"en_dmy_long", "en_short"}

DATE_HEADERS.update({
    "ru": lambda d: f"{RU_D[d.weekday()]}, {d.day} {RU_M[d.month-1]} {d.year} г.",
    "pl": lambda d: f"{PL_D[d.weekday()]}, {d.day} {PL_M[d.month-1]} {d.year}",
    "sv": lambda d: f"{SV_D[d.weekday()]} {d.day} {SV_M[d.month-1]} {d.year}",
    "id": lambda d: f"{ID_D[d.weekday()]}, {d.day} {ID_M[d.month-1]} {d.year}",
    "tr": lambda d: f"{d.day} {TR_M[d.month-1]} {d.year} {TR_D[d.weekday()]}",
    "cs": lambda d: f"{CS_D[d.weekday()]} {d.day}. {CS_M[d.month-1]} {d.year}",
    "fi": lambda d: f"{FI_D[d.weekday()]} {d.day}. {FI_M[d.month-1]} {d.year}",
    "da": lambda d: f"{DA_D[d.weekday()]} den {d.day}. {DA_M[d.month-1]} {d.year}",
    "pt-PT": lambda d: f"{PT_D[d.weekday()]}, {d.day} de {PT_M[d.month-1]} de {d.year}",
})

# ---- added for the third set of pages (Norwegian Bokmål and Ukrainian)
NB_M = "januar februar mars april mai juni juli august september oktober november desember".split()
NB_D = "mandag tirsdag onsdag torsdag fredag lørdag søndag".split()
UK_M = "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split()
UK_D = "понеділок вівторок середа четвер пʼятниця субота неділя".split()
FORMATS.update({
    "nb": lambda d: f"{d.day}. {NB_M[d.month-1]} {d.year} kl. {d.hour:02d}:{d.minute:02d}",
    "uk": lambda d: f"{d.day} {UK_M[d.month-1]} {d.year} р. о {d.hour:02d}:{d.minute:02d}",
})
DATE_HEADERS.update({
    "nb": lambda d: f"{NB_D[d.weekday()]} {d.day}. {NB_M[d.month-1]} {d.year}",
    "uk": lambda d: f"{UK_D[d.weekday()]}, {d.day} {UK_M[d.month-1]} {d.year} р.",
})

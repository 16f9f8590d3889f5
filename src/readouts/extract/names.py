"""The name grammar: where a text names a person, with honorific, title and name parts.

Three shapes cover the readouts seen so far:
- honorific first:  "Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan"
- title first:      "US Secretary of State Mike Pompeo", "Presidents Obama and Calderon"
- bare with title:  "António Guterres, United Nations Secretary-General" (only where a role
                    slot expects a person, see roles.py)
A title with no name ("The Prime Minister met ...") is an office mention.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from . import fastre, geo, german as _german, northern as _northern, romance as _romance
from .subdivisions import division_country
from .data import load
from .language import language_of
from .text import Doc, squash
from .tokens import (EVENT_WORDS, Token, connectors, honorific_pattern, honorific_spans_in,
                     honorific_table, name_particles, post_nominals, title_heads, title_words,
                     tokenize)

MONTH_WORDS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"}
INSTITUTION_AFTER = fastre.compile(r"\s+(?:the\s+)?(?:[A-Z][a-z]+\s+(?=Ministry|Embassy|Government|"
                               r"Armed|Army|Navy))?"   # "at the Argentine Ministry of Defence"
                               r"(?:Ministry|Office|Department|Embassy|Government|Permanent\s+Mission|Armed\s+Forces|Army|Navy|"
                               r"Mission|Delegation|Secretariat|Cabinet|Federal|State|Parliament|House|"
                               r"(?:[A-Z][\w’'-]*\s+){0,4}(?:University|Institute|Foundation|Centre|Center|Council|"
                               r"Commission|Committee|Bank|Fund|Agency|Organi[sz]ation|Service|Programme|Program|Office|Network))\b")
REMIT_AFTER_COMMA = fastre.compile(r",\s*(?:[A-Z][\w’'-]*,?\s+){1,6}(?:and|&)\s+[A-Z][\w’'-]*\b")
_REMIT_CLOSES = fastre.compile(r"\s*,\s+(?:[a-z]|(?:the|a|an|his|her)\b)|\s*[.;][ \t]*(?:\n|$)|"
                               r"\s+(?:met|held|hosted|received|welcomed|spoke|said)\b")
_REMIT_OF_STATE = fastre.compile(r"(?:\s+[A-Z][\w’'-]*){0,3}\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")
# "Governance Specialist at UNDP": an organisation's acronym after "at" (not a country's: "at the UN" is one)
AT_ACRONYM = fastre.compile(r"\s+(?:the\s+)?([A-Z][A-Z&-]{1,9})\b")


def _at_acronym(text: str, pos: int) -> bool:
    m = AT_ACRONYM.match(text, pos)
    return m is not None and geo.country_code(m.group(1)) is None


NAMED_AFTER_SOMEONE = frozenset({"Highway", "Avenue", "Boulevard", "Road", "Street", "Square", "Bridge", "Airport",
                                 "Stadium", "Hospital", "Building"})
# words that end a building's name: a capitalised word after one names the building ("the State Guest
# House Padma"), and a name right before one is the building's ("Greaham Louisy Administrative Building")
BUILDING_WORDS = frozenset({"House", "Palace", "Hall", "Hotel", "Residence", "Lodge", "Villa", "Building", "Buildings", "Capitol",
                            "Tower", "Towers", "Complex", "Centre", "Center", "Plaza", "Auditorium", "Annex"})
SURNAMES_LIKE_PLACES = frozenset({"Hall", "House", "Street", "Rose"})
WHEN_WORDS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
                       "July August September October November December".split())
_WEEKDAY_NAMES = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
PLURAL_HEADS = {"Presidents", "Ministers", "Leaders", "Co-Chairs", "Secretaries", "Ambassadors", "Senators", "Members",
                "Deputies", "Governors", "Mayors", "Commissioners", "Councillors", "Parliamentarians", "Directors"}
_REGNAL = fastre.compile(r"[IVX]+")
# World regions in titles ("Undersecretary for Latin America and the Caribbean"): nobody's name
WORLD_REGION = fastre.compile(r"\b(?:(?:Latin|North|South|Central)\s+America|the\s+Americas|(?:the\s+)?Caribbean|"
                              r"(?:the\s+)?Middle\s+East|(?:North|Sub-Saharan|West|East|Southern|Central)\s+Africa|"
                              r"(?:Central|South|Southeast|South-East|East|West)\s+Asia|Asia-Pacific|Indo-Pacific|"
                              r"(?:the\s+)?(?:Western\s+)?Balkans|(?:the\s+)?Sahel|Horn\s+of\s+Africa|Eurasia)\b")
# ... but a state's own forces, government or ministry are the state's: "of the Namibian Defence Force"
_NAME_GOES_ON = fastre.compile(r"[ \t]+(?!(?:Defen[cs]e|Armed|Army|Navy|Naval|Air|Police|Military|Forces?|Government|"
                               r"Ministry|Embassy|Mission|Permanent|High|Delegation|Coast|National|Royal|Federal)\b)[A-Z][a-z]")
# "of" and a body's name right after a person's name, up to the clause's end
_CAP_WORD = r"(?!(?:Mr|Ms|Mrs|Miss|Dr|Prof|Professor|Hon|Sir|Dame|Madam|Ambassador|Colonel|General|H\.E)\b)[A-Z][\w’'.&-]*"
_OF_BODY = fastre.compile(r"\s+of\s+(?:the\s+)?(?!Department\b[^.;]{0,60}?\b(?:University|College)\b)"
                          r"(?P<body>(?:" + _CAP_WORD + r"\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?){0,6}?"
                          r"(?:University|College|Institute|Centre|Center|Network|Forum|Foundation|Association|Forces|Army|"
                          r"Navy|Police|Ministry|Department|Commission|Agency|Bank|Fund|Programme|Program|Organi[sz]ation|"
                          r"Society|Trust|Coalition|Alliance|Movement|Platform|Academy|School|Council|Secretariat|Office)"
                          # a word's full stop ends the body ("... of Finland. The video conference ...")
                          r"(?:(?:\s+(?:of|for|on)\s+(?:the\s+)?" + _CAP_WORD + r"(?:(?<![a-z]{3}\.)\s+(?:and\s+)?"
                          + _CAP_WORD + r"){0,4}){1,2}|\s+" + _CAP_WORD + r")?)"
                          # ... not "of the Department of Conflict Studies, Tribhuvan University": a university's
                          r"(?=\s*[,;.)]|\s+(?:and|who|said|spoke|for|on|in|at|to|with)\b|\s+[a-z])")
# an office that is a place's post: the city named after it is where it is ("Consulate General Ciudad Juarez")
_PLACE_OFFICE = fastre.compile(r"\b(?:Consulate|Embassy|High\s+Commission|Mission|Office|Municipality|Prefecture)\b")
_GIVEN_BEFORE = fastre.compile(r"\b(?!(?:Minister|President|Ambassador|Secretary|General|Director|Consul|Senator|Governor|"
                               r"Mayor|Deputy|Chairman|Chair|Commissioner)\b)[A-Z][a-zà-ÿ]+[ \t]+$")
_POSSESSIVE_START = fastre.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[’']s\s")
_LINE_MARKS = frozenset({"–", "-", "—", "•", "*", "▪"})
_STATE_IN_BRACKETS = fastre.compile(r"[ \t]*\((?P<state>[A-Z][\w’'. -]{1,40}?)\)")
_OF = fastre.compile(r",?\s+of\s+")   # "Ms. Y. Dobrynina, of the Russian Federation, said"
_STATE_FORCES = fastre.compile(r"(?:the\s+)?(?:[A-Z][a-z]+\s+(?:Armed\s+Forces|Army|Navy|Air\s+Force|Police)\b|"
                               r"(?:Armed\s+Forces|Army|Navy|Air\s+Force|National\s+Police)\s+of\s+(?:the\s+)?"
                               r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")
_HYPHEN_PARTICLE = fastre.compile(r"^(?:al|el|as|ad|an|ar|at|az|ash|bin|ibn|de|di|da|du|le|la|van|von|d)[-’'][A-Z]")


_INITIAL_JOINED = re.compile(r"[A-Z][a-z]?\.(?=[A-Z])")
_INITIALS_ONLY = re.compile(r"(?:[A-Z][a-z]?\.)+")     # "A.P." before "Vorontsov"


@dataclass
class Mention:
    start: int                      # the whole phrase, honorific or title included
    end: int
    kind: str                       # honorific | title | bare | office
    name_tokens: list[Token] = field(default_factory=list)
    honorifics: list[tuple[str, int, int]] = field(default_factory=list)   # (form, start, end)
    titles: list[tuple[int, int]] = field(default_factory=list)           # title phrases
    tail_country: tuple[str, int, int] | None = None                      # "... of Japan" after the name
    inverted: bool = False          # "Lavrov, Sergey Viktorovich"
    group: int | None = None        # mentions sharing a plural title ("Presidents A and B")

    @property
    def name_start(self) -> int:
        return self.name_tokens[0].start

    @property
    def name_end(self) -> int:
        return self.name_tokens[-1].end

    def name(self, text: str) -> str:
        if not self.name_tokens:
            return ""
        raw = text[self.name_start:self.name_end]
        return squash(raw).removesuffix("'s").removesuffix("’s")

    @property
    def keys(self) -> set[str]:
        """Lower-cased name words used to recognise the same person later."""
        cached = self.__dict__.get("_keys")
        if cached is not None and cached[0] == len(self.name_tokens):
            return cached[1]
        out = set()
        for t in self.name_tokens:
            b = t.bare
            if t.is_initial or b.lower() in name_particles() or len(b) < 2 or _INITIALS_ONLY.fullmatch(b):
                continue
            if "." in b and (j := _INITIAL_JOINED.match(b)) is not None:
                # "B.Battsetseg" is "Minister Battsetseg", and "N.Tasmagambetov" the "Nurbol ...
                # Tasmagambetov" named before: the initial is not a word of the name
                while (k := _INITIAL_JOINED.match(b, j.end())) is not None:
                    j = k
                out.add(b[j.end():].lower())
                continue
            out.add(b.lower())
            m = _HYPHEN_PARTICLE.match(b)
            if m:
                out.add(b[m.end() - 1:].lower())
        self.__dict__["_keys"] = (len(self.name_tokens), out)
        return out


# Spanish offices, written in lower case after an article: "el ministro de Relaciones Exteriores de
# la República de Guatemala, X", "al canciller de la República Argentina, Y"
SPANISH_ARTICLES = frozenset({"El", "La", "Los", "Las"})
SPANISH_ARTICLE_OFFICE = fastre.compile(r"\b(?:[Ee]l|[Ll]a|al|del)\s+(?:" + _romance.SPANISH_OFFICES + r")\b")
# the lower-case adjectives of states that Romance offices are written with ("El embajador argentino en Uruguay, X")
_LOWER_DEMONYMS = "|".join(sorted((re.escape(a) for c in load("countries.json")["countries"].values()
                                   for a in c["adjectives"] if a[:1].islower()), key=len, reverse=True))
SPANISH_OFFICE = fastre.compile(
    # "La primera vicepresidenta de la República, X": an ordinal or "new" before the office is part of it
    r"\b(?:[Ee]l|[Ll]a|al|del)\s+(?P<title>(?:(?:primer[oa]?|segund[oa]|nuev[oa]|actual)\s+)?(?:" + _romance.SPANISH_OFFICES + r")"
    # "de Equidad de Género e Inclusión Social de Nariño", "de Suecia en Colombia" (within its paragraph: a
    # headline's office runs into no lead's)
    r"(?:(?:[ \t]+|[ \t]*\n[ \t]*(?!\n))(?:de|del|y|e|en|para|la|las|los|el|a|al|general|adjunt[oa]|primer[oa]?|segund[oa]|técnic[oa]|especial|"
    r"parlamentari[oa]|europe[oa]|(?:latino|ibero|inter|centro|sud|norte)american[oa]|" + _LOWER_DEMONYMS + r"|honorari[oa]|ejecutiv[oa]|nacional|"
    r"provisional|permanente|interin[oa]|alterno|alterna|residente|regional|nat[oa]|saliente|entrante|electo|electa|"
    # a remit's lower-case words: "comercial", "de cooperación", "de derechos humanos", "para los asuntos"
    r"comercial|económic[oa]|cultural|militar|naval|aére[oa]|policial|polític[oa]|jurídic[oa]|administrativ[oa]|"
    r"financier[oa]|social|internacional(?:es)?|humanitari[oa]|consular|diplomátic[oa]|territorial|departamental|"
    r"municipal|provincial|estatal|federal|sectorial|humanos|(?:(?<=\bde\s)|(?<=\bdel\s)|(?<=\bpara\s)|(?<=\bla\s)|"
    r"(?<=\blas\s)|(?<=\blos\s)|(?<=\bel\s))(?!(?:que|quien|cual|cuyo|cuya|se|lo|le|les)\b)"
    # (not a second office after its article: "al intendente el seremi de Minería, X" is the seremi's)
    r"(?!(?:" + _romance.SPANISH_OFFICES + r")\b)[a-záéíóúñ]+|"
    r"designad[oa]|\([A-Z][\w-]{1,20}\)|[A-ZÁÉÍÓÚ][\wáéíóúñ]+|"
    # a second office: "El vicepresidente del Estado ... y presidente nato de la Asamblea ..., X", "el ministro
    # consejero de la Embajada, Y"
    # (not after an article: "a la ministra el viceministro de Obras Públicas, X" is the viceministro's)
    r"extraordinari[oa]|plenipotenciari[oa]|(?<!\bel\s)(?<!\bla\s)(?<!\bal\s)(?:" + _romance.SPANISH_OFFICES + r"))){0,24}?)\s*,\s*"
    r"(?=(?:(?:Excmo\.|Excma\.|Exmo\.|Exma\.)\s*)?(?:Sr\.|Sra\.|Dr\.|Dra\.|D\.|Dña\.|[Ll]icenciad[oa]|Lic\.|Licda\.)?\s*[A-ZÁÉÍÓÚ])")
ITALIAN_OFFICE = fastre.compile(
    r"(?:\b(?:[Ii]l|[Ll]a|[Ll]o|del|della|dello|al|alla|allo|dal|dalla|dallo|col|con\s+il|con\s+la|e\s+il|e\s+la)\s+"
    r"|\b(?:[Ll]|dell|all|dall|nell)['’])(?:(?:nuov[oa]|neo)\s+)?(?P<title>(?:" + _romance.ITALIAN_OFFICES + r")"
    # a remit in parts: "il Ministro dell'Inclusione economica, della Piccola impresa, dell'Occupazione e ..."
    r"(?:,(?=[ \t]+(?:della|dello|delle|degli|dei|del|dell['’]))|"
    r"[ \t]+(?:" + _romance.ITALIAN_OFFICE_WORDS + r"|(?:" + _romance.ITALIAN_OFFICES + r")|[A-ZÀ-Ý][\w’'-]*|"
    # any other word in lower case but a verb's ("Il Titolare della sede AICS di Addis Abeba, X")
    r"(?!(?:ha|hanno|è|sono|era|erano|sarà|viene|vengono|che|cui|si|ne|non)\b)"
    r"(?![a-zàèéìòù]+(?:ato|ata|ati|ate|uto|uta|ito|ita|ando|endo)\b)[a-zàèéìòù]+|"
    r"(?<=['’])[A-ZÀ-Ý][\w’'-]*)|(?<=['’])[A-ZÀ-Ý][\w’'-]*){0,24}?)\s*,\s*"
    r"(?=(?:Sig\.ra|Sig\.|Dott\.ssa|Dott\.|On\.|Sen\.|Cons\.|Prof\.ssa|Prof\.|Col\.|S\.E\.|Mons\.|[Ss]ignora|[Ss]ignor|"
    r"Generale|Colonnello|Ammiraglio)?\s*[A-ZÀ-Ý])")
# German: an office, then a comma and the name ("die ruandische Ministerin für Gleichstellung, Claudine Mukamana")
GERMAN_OFFICE = fastre.compile(
    r"\b(?:[Dd]er|[Dd]ie|[Dd]en|[Dd]em|[Dd]es|[Ee]ine?[nmr]?)\s+(?:[a-zäöüß][\wäöüß-]*\s+){0,2}"
    r"(?P<title>(?:[A-ZÄÖÜ][\wäöüß-]*\s+)?" + _german.TITLE_WORD + r"(?:[ \t]+(?:" + _german.REMIT_WORDS + r")){0,12}?)"
    r"\s*,\s*(?=(?:" + _german.DEGREES + r"\s+)*[A-ZÄÖÜ][\w’'-]+(?:\s+[A-ZÄÖÜ]|,))")
# German: the office right before the name ("Ministerpräsidentin Dr. Annette Kerber hat ...")
GERMAN_TITLED = fastre.compile(
    r"(?<![\w-])(?P<title>" + _german.TITLE_WORD + r")(?P<degrees>(?:\s+" + _german.DEGREES + r")*)\s+"
    r"(?=[A-ZÄÖÜ][\w’'-]+(?:\s+[A-ZÄÖÜ]|\s+[a-zäöüß]|[,.;]))")
# Dutch, Scandinavian and Polish: the office right before a name of two or more words
NORTHERN_TITLED = fastre.compile(
    r"(?<![\w-])(?P<title>(?i:" + _northern.TITLE_WORD + r"))(?![\w-])" + _northern.TITLE_BODY + r"[ \t]+"
    r"(?=[A-ZÅÄÖÆØŁŚŻŹ][\w’'-]+[ \t]+[A-ZÅÄÖÆØŁŚŻŹ])")
# an English office in lower case before the name it introduces, as wire services write it: "The
# minister of foreign affairs, national community abroad and African affairs, Karim Benaïssa, had ..."
ENGLISH_LOWER_OFFICE = fastre.compile(
    r"\b[Tt]he\s+(?:(?:newly[ -]appointed|new|outgoing|incoming)\s+)?(?P<title>(?:deputy\s+|vice[- ]|state\s+|first\s+)?(?:minister|secretary|ambassador|"
    r"director(?:-general)?|president|chairman|chairperson|chairwoman|chair|head|governor)\s+(?:of|for)\s+[\w-]+"
    r"(?:,?\s+(?:of|for|and|the|[\w’'-]+)){0,14}?)\s*,\s*(?=(?:Mr\.|Ms\.|Mrs\.|Dr\.)?\s*[A-Z])")
# French and Portuguese offices before the name they introduce: "la ministre des Affaires étrangères de la
# République des Maldives, Mme X", "a Secretária de Estado para as Relações Exteriores, Sra. Y"
ROMANCE_OFFICE = fastre.compile(
    r"\b(?:[Ll]e|[Ll]a|[Ll]['’]|du|au|[Oo]|[Aa]|do|da|pelo|pela)\s*(?P<title>(?:[Mm]inistre|[Mm]inistra|[Mm]inistro|[Ss]ecrétaire|"
    r"[Ss]ecretári[oa]|[Aa]mbassadeur|[Aa]mbassadrice|[Ee]mbaixador(?:a)?|[Pp]résident|[Pp]résidente|[Pp]residente|[Dd]irecteur|"
    r"[Dd]irectrice|[Dd]ire(?:c)?tor(?:a)?|haut-commissaire|vice-ministre|[Vv]ice-[Mm]inistr[oa]|"
    r"[Rr]eprésentante?\s+spéciale?|[Rr]epresentante\s+[Ee]special|[Ee]nvoyée?\s+spéciale?|cheffe|chef|"
    r"primeir[oa]-ministr[oa]|premier\s+ministre|première\s+ministre|primer[oa]?\s+ministr[oa]|chanceler|"
    + _romance.FRENCH_PORTUGUESE_OFFICES + r")"
    # adjectives in lower case: "des Affaires étrangères", "internationale"; no verb ("Le Représentant
    # spécial était accompagné de la cheffe ..., Mme X": the office is the cheffe's)
    # ... and an acronym in brackets: "A Secretária Executiva da Comunidade ... (CPLP), Benvinda ..."
    r"\b(?:\([A-Z]{2,8}\)|(?!\b(?:était|étaient|est|sont|ont|avait|foi|era|fue|es|estaba|a(?=\s+(?:été|eu|fait|dit|pris|mis|[a-zàâçéèêëîïôûù-]+(?:é|ée|és|ées|i|is|it|u|ue|us)\b)))\b)[^;.()\n]){0,150}?)"
    r"\s*,\s*(?=(?:(?:Exmo\.|Exma\.|Excmo\.|Excma\.)\s*)?(?:M\.|Mme|Dr|S\.E\.|Sr\.|Sra\.|Dra\.)\s*[A-ZÀ-Ý]|[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý])"
    # not the office's next part: "O Ministro dos Negócios Estrangeiros, Cooperação Internacional e das Comunidades, X"
    r"(?![^,;.()\n]*\s(?:e|y|et)\s[^,;.()\n]*,)")
# an office in lower case right before the name, at a sentence's head: "O presidente Joaquim Barreto
# conversou", "La presidenta Carolina Valdivieso sostuvo", "Le président Jean Dupont a reçu"
ROMANCE_BARE_OFFICE = fastre.compile(
    r"(?:(?:^|(?<=[.\n]\s)|(?<=\n)|(?<=^[-•–*]\s)|(?<=\n[-•–*]\s))(?:O|A|El|La|Le)\s+|"
    # ... and in mid-sentence after an article or a comma: "recibió a la senadora Montserrat Puig i Ferrer",
    # "de la Cancillería, embajador Gonzalo Piñeyro Lasarte", "moderado por la periodista Mariana Fagúndez"
    r"\b(?:el|la|al|del|o|a|do|da|pela|pelo|le|du)\s+|(?<=,\s)|(?<=\bpor\s))(?P<title>(?:presidente|presidenta|président|présidente|chanceler|canciller|"
    r"primeir[oa]-ministr[oa]|primer[oa]?\s+ministr[oa]|premier\s+ministre|première\s+ministre|vice-presidente|"
    r"vicepresidente|vicepresidenta|"
    # "O governador Augusto Lenz recebeu ...", "El gobernador Juan Giménez Rotela firmó ...", "La alcaldesa X"
    r"governador|governadora|vice-governador|vice-governadora|gobernador|gobernadora|vicegobernador|vicegobernadora|"
    r"gouverneur|prefeito|prefeita|prefecto|prefecta|alcalde|alcaldesa|intendente|maire|ministro|ministra|ministre|embaixador|"
    r"embaixadora|embajador|embajadora|ambassadeur|ambassadrice|senador|senadora|sénateur|sénatrice|deputado|deputada|"
    r"diputado|diputada|député|députée|secretário|secretária|chanceler|canciller|periodista|journaliste|jornalista|"
    r"consejero|consejera|coordinador|coordinadora|director|directora|coronel|coronela|capitán|capitana|teniente|"
    r"almirante|comandante(?:\s+(?:principal|mayor|general))?|investigador|investigadora|profesor|profesora|académica|académico|cónsul|"
    r"viceministro|viceministra|subsecretario|subsecretaria|secretario|secretaria|vicecanciller|vicecancillera|"
    # police ranks: "el comisario principal X", "la inspectora jefa Y", "el agregado de Interior ..., Z" (comma: elsewhere)
    r"comisari[oa](?:\s+(?:principal|general|jefe|jefa))?|inspector(?:a)?(?:\s+jef[ea])?|subinspector(?:a)?|"
    r"vice-chanceler|vice-ministro|vice-ministra|"
    # ranks: "la capitán de corbeta X", "la mayor del Ejército Nacional Y", "la coronel del Ejército de Chile Z"
    r"(?:capitán|capitana)\s+de\s+(?:corbeta|fragata|navío)|mayor|teniente\s+coronel|teniente\s+general|"
    r"general\s+de\s+(?:brigada|división|ejército)|vicealmirante|contralmirante|general|"
    # French: "le conseiller d'État Laurent Favre-Bulle", "la vice-présidente Anne Dubois", "le préfet Jean Roux"
    r"conseill(?:er|ère)(?:\s+d['’]État|\s+fédéral(?:e)?|\s+municipal(?:e)?)?|vice-président(?:e)?|préfet|préfète|"
    r"secrétaire\s+général(?:e)?|directeur|directrice|commissaire|ministre\s+d['’]État|"
    # ... French ranks and trainers: "le colonel X", "le général de brigade Y", "la commissaire divisionnaire Z",
    # "le contrôleur de police W", "la formatrice principale V"
    r"colonel(?:le)?|lieutenant-colonel(?:le)?|général(?:e)?\s+de\s+(?:brigade(?:\s+aérienne)?|division|corps\s+d['’]armée)|"
    # "le général Luc X", "le général-major Y", "le colonel-major Z", "le lieutenant-général W"
    r"général-major|colonel-major|lieutenant-général|général(?:e)?|"
    r"commandant(?:e)?|capitaine(?:\s+de\s+(?:vaisseau|frégate|corvette))?|chef\s+d['’]escadrons?|chef\s+de\s+bataillon|"
    r"contre-amiral(?:e)?|vice-amiral(?:e)?|contrôleu(?:r|se)(?:\s+général(?:e)?)?\s+de\s+police|"
    r"commissaire\s+(?:divisionnaire|principale?|général(?:e)?|de\s+police)(?:\s+de\s+police)?|"
    r"inspect(?:eur|rice)(?:\s+(?:général(?:e)?|principale?|divisionnaire)(?:\s+de\s+police)?)?|sergent(?:e)?(?:-chef)?|"
    r"adjudant(?:e)?(?:-chef)?|lieutenant(?:e)?|format(?:eur|rice)(?:\s+principale?)?|médecin-colonel|"
    # ... and in Portuguese: "a capitão de mar e guerra X", "o major do Exército Brasileiro Y", "tenente-brigadeiro do ar Z"
    # ... a rank written with its capital: "o Coronel Jacinto X", "a Superintendente Principal da Polícia Y"
    r"Coronel|Coronela|Tenente-Coronel|Major|Capitão|Capitã|Comandante|Brigadeiro|Superintendente(?:\s+Principal)?"
    r"(?:\s+da\s+Polícia)?|Comissári[oa](?:\s+da\s+Polícia)?|Subcomissári[oa]|"
    r"capitão\s+de\s+mar\s+e\s+guerra|capitão-de-mar-e-guerra|capitão\s+de\s+(?:fragata|corveta)|major|tenente-coronel|"
    r"tenente-brigadeiro(?:\s+do\s+ar)?|major-brigadeiro(?:\s+do\s+ar)?|brigadeiro|contra-almirante|vice-almirante|"
    # ... "a capitã-tenente X", "a sargento primero Y", "la suboficial mayor Z", "a professora W" (a moderator)
    r"capit[ãa]o?-tenente|capitã|primeir[oa]-tenente|segund[oa]-tenente|sargento(?:\s+(?:primero|segundo|1º|2º))?|"
    r"suboficial(?:\s+mayor)?|subteniente|alférez|teniente\s+(?:primero|de\s+navío|de\s+fragata)|professor(?:a)?|"
    r"pesquisador(?:a)?|investigador(?:a)?)"
    r"(?:\s+(?:del?|d[oa])\s+(?:Ejército|Armada|Fuerza\s+Aérea|Policía|Exército|Marinha|Força\s+Aérea)"
    r"(?:\s+(?:Nacional|Brasileir[oa]|Portugu[eê]s|de\s+[A-ZÀ-Ý][\wáéíóú]+))?)?)"
    r"\s+(?=[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý])", re.M)
# an office's last words naming where it sits ("... en Zapote"), and the capitalised words after its comma
_ENDS_ON_A_PLACE = fastre.compile(r"\ben\s+[A-ZÁÉÍÓÚ][\wáéíóúñ-]*(?:\s+[A-ZÁÉÍÓÚ][\wáéíóúñ-]*)*$")
_CAPITALISED_RUN = fastre.compile(r"([A-ZÁÉÍÓÚ][\wáéíóúñ-]*(?:[ \t]+(?:de[ \t]+)?[A-ZÁÉÍÓÚ][\wáéíóúñ-]*){0,3})(?=[.;,]|\s*$)")
# an office's remit in brackets before the name: "Additional Inspector General of Police (Training) Md. X"
BRACKETED_REMITS = frozenset({"Training", "Operations", "Administration", "Admin", "Finance", "Logistics", "Personnel",
                              "Crime", "Traffic", "Intelligence", "Planning", "Development", "Research", "Policy",
                              "Economic", "Political", "Consular", "Protocol"})
# the bodies a Romance office's remit names after "de la", "del": "Mayor General de la Armada", "el Subjefe del Estado
# Mayor" (never a family name after a particle)
INSTITUTION_WORDS = frozenset({"Armada", "Estado", "Ejército", "Fuerza", "Fuerzas", "Policía", "República", "Nación",
                               "Relaciones", "Defensa", "Gobierno", "Asamblea", "Senado", "Cámara", "Comisión",
                               "Ministerio", "Secretaría", "Dirección", "Consejo", "Embajada", "Cancillería", "Oficina",
                               "Exército", "Força", "Forças", "Polícia", "Ministério", "Secretaria", "Direção",
                               "Armée", "Gendarmerie", "Direction", "Ministère", "Commission", "Conseil",
                               "Assemblée", "Sénat", "Ambassade"})
# capitalised prepositions that open a sentence on its place, never a name ("À New York, la ministre ...")
_PLACE_PREPOSITIONS = frozenset({"À", "Au", "Aux", "En", "Em", "Na", "No", "Desde", "Dans", "Nel", "Nella", "Da", "Dal"})
# an office in the plural before two names: "As deputadas A (PSD) e B (PDT) receberam ...", "los cancilleres A y B",
# "Les conseillers d'État A et B"
ROMANCE_PLURAL_OFFICE = fastre.compile(
    r"\b(?:[Oo]s|[Aa]s|[Ll]os|[Ll]as|[Ll]es)\s+(?P<title>deputad[oa]s|senador[ea]s|senadoras|ministr[oa]s|ministres|"
    r"secretári[oa]s|secretari[oa]s|vereador[ea]s|vereadoras|diputad[oa]s|cancilleres|embajador[ea]s|embajadoras|"
    r"embaixador[ea]s|embaixadoras|presidentes|vice-presidentes|vicepresidentes|conselheir[oa]s|consejer[oa]s|"
    r"conseill(?:er|ère)s(?:\s+d['’]État|\s+fédéra(?:ux|les))?|députée?s|sénat(?:eur|rice)s|gobernador[ea]s|"
    r"governador[ea]s|alcaldes|prefeit[oa]s)"
    # ... each with a remit: "os secretários do Desenvolvimento Econômico, Samuel Távora Lima, e da Infraestrutura, Helena ..."
    r"(?:\s+(?:d[oa]s?|de|del|de\s+la|du|des)\s+(?:[^,;.()\n]|\([^()\n]{1,20}\)){1,80}?,)?"
    r"\s+(?=[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý])")
# between the two names: a party in brackets, then the conjunction (and the second one's remit)
_PLURAL_AND = fastre.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?,?\s*(?:e|y|et)\s+"
                             r"(?:(?:d[oa]s?|de|del|de\s+la|du|des)\s+(?:[^,;.()\n]|\([^()\n]{1,20}\)){1,80}?,\s*)?(?=[A-ZÀ-Ý])")
# capitalised German words that follow an office but name no one ("Botschafterin Kanadas", "Minister für")
_GERMAN_NOT_NAMES = frozenset({"Der", "Die", "Das", "Den", "Dem", "Des", "Am", "Im", "Beim", "Auf", "Für", "Mit", "Von", "Zu",
                               "Und", "Frau", "Herr"})


_GERMAN_NAME_AFTER_COMMA = fastre.compile(r",\s*(?:(?:Dr\.|Prof\.|Mag\.a?|Frau|Herr)\s+)*[A-ZÄÖÜ][\w’'-]+\s+[A-ZÄÖÜ]")
# a letter French, Spanish or Portuguese text has and English text hardly ever
_ROMANCE_LETTERS = re.compile(r"[ãõçéêèíóúñà]")
ROMANCE_OFFICE_KEYS = ("ministre", "inistr", "ecrétaire", "ecretári", "mbassad", "mbaixad", "résident", "residente",
                       "irecteur", "irectrice", "iretor", "irector", "commissaire", "eprésentant", "epresentante",
                       "nvoyé", "chef", "chanceler")
_ALL_ROMANCE_OFFICE_KEYS = ROMANCE_OFFICE_KEYS + _romance.OFFICE_KEYS
LOWER_OFFICE_KEYS = ("he minister", "he secretary", "he ambassador", "he deputy", "he vice", "he director",
                     "he state ", "he first ", "he newly", "he new ", "he outgoing", "he incoming", "he president",
                     "he chair", "he governor", "he head")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# initials of given and patronymic names: "A.G.", "V.I.", "B.Sh" (its last stop a token of its own)
_INITIALS = re.compile(r"(?:[A-Z][a-z]?\.){1,2}[A-Z][a-z]?\.?|[A-Z]\.")
_TWO_INITIALS = re.compile(r"(?:[A-Z][a-z]?\.){1,2}[A-Z][a-z]?\.?")
# the ending of a Kyrgyz, Kazakh or Uzbek patronymic that closes a name: "Nurlan Asanbek uulu"
PATRONYMIC_ENDINGS = frozenset({"uulu", "kyzy", "uly", "qyzy", "ugli"})
# words of an office's tenure between "the" and the office: "the newly accredited Ambassador"
TENURE_WORDS = frozenset({"new", "newly", "recently", "accredited", "appointed", "outgoing", "incoming", "designated",
                          "elected", "re-elected", "sworn-in", "current", "acting"})
# a peer's territorial designation ("Lord Collins of Highbury") belongs to the name's phrase
# an office's abbreviation a state's name may precede: "Tennessee Gov. X", "Ohio Sen. Y"
STATE_OFFICE_ABBREVIATIONS = frozenset({"Gov.", "Lt. Gov.", "Sen.", "Rep."})
_WORDS_BEFORE = fastre.compile(r"(?<![\w’'.-])(?:[A-Z][\w’'-]+[ \t]){1,3}$")
PEERAGE = frozenset({"Lord", "Baroness", "Baron", "Lady", "Viscount", "Viscountess", "Earl", "Countess"})
_TERRITORIAL = fastre.compile(r"\s+of\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?=\s*[,;(]|\s+(?:and|met|said|who)\b)")
# words naming a government body, whose "of ..." is its remit, not an office
# bodies whose names run on after "of" with capitalised words that are nobody's name
NETWORK_WORDS = frozenset({"Network", "Alliance", "Coalition", "Association", "Federation", "Union", "Forum",
                           "Council", "League", "Society", "Institute", "Centre", "Center", "Foundation"})
BODY_WORDS = frozenset({"Ministry", "Ministries", "Department", "Departments", "Secretariat", "Directorate",
                        "Bureau", "Office"})
# titles a form of address may stand before: "Madam Minister X", "Mr. President X"
ADDRESSED_TITLES = frozenset({"Minister", "President", "Secretary", "Ambassador", "Commissioner", "Speaker", "Chair",
                              "Chairperson",
                              # "El señor viceministro Londoño Barrera", "la señora secretaria de Estado Echániz Moral"
                              "ministro", "ministra", "viceministro", "viceministra", "canciller", "vicecanciller",
                              "secretario", "secretaria", "subsecretario", "subsecretaria", "embajador", "embajadora",
                              "presidente", "presidenta", "vicepresidente", "vicepresidenta", "cónsul", "gobernador",
                              "gobernadora", "alcalde", "alcaldesa", "senador", "senadora", "diputado", "diputada",
                              "director", "directora", "ministre", "ambassadeur", "ambassadrice", "embaixador",
                              "embaixadora", "secretário", "secretária", "presidenta", "governador", "governadora"})
# a body's numbered session inside a title, written in lower case
_SESSION = fastre.compile(r"(?:\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?(?:th|st|nd|rd))\s+"
                          r"(?:(?:regular|special|resumed|ordinary)\s+)?session\b")
# Capitalised words that open a sentence before a title, never part of it
NOT_A_TITLE_START = frozenset("""On In At During Following After Before Today Yesterday This That Monday Tuesday
Wednesday Thursday Friday Saturday Sunday Also Both Each Meanwhile Later Earlier""".split())


# "of Tochigi Prefecture, Japan", "of Sonora": a division of a state, and the state after a comma
_DIVISION_TAIL = fastre.compile(r"(?P<division>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
                                r"(?:,\s*(?:the\s+)?(?P<state>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}))?")
_SUBNATIONAL_TITLE = fastre.compile(r"\b(?:Premier|Chief\s+Minister|Governor|Minister-President|First\s+Minister)\b")


# a rank's mark of retirement, in brackets after it: "Brigadier (Ret'd) X", "Major General (Rtd) Y"
# the commonest Vietnamese family names, before which "The" (Thế) is a middle name
VIETNAMESE_FAMILY_NAMES = frozenset({"Nguyen", "Nguyễn", "Tran", "Trần", "Le", "Lê", "Pham", "Phạm", "Hoang", "Hoàng",
                                     "Phan", "Vu", "Vũ", "Vo", "Võ", "Dang", "Đặng", "Bui", "Bùi", "Do", "Đỗ", "Ho", "Hồ",
                                     "Ngo", "Ngô", "Duong", "Dương", "Ly", "Lý", "Dinh", "Đinh", "Truong", "Trương"})
STREET_WORDS = frozenset({"Street", "Road", "Avenue", "Boulevard", "Lane", "Square", "Drive", "Place", "Terrace"})
RETIRED = frozenset({"rtd", "retd", "ret", "retired", "ret'd", "ret’d", "rd"})


def retired_mark_end(toks, k: int) -> int | None:
    """The ")" closing a rank's retirement mark whose first word is toks[k]: "(Rtd)", "(ret.)", and the
    reserve section of French-speaking armies, "Général (2S) X" (tokens "2", "S")."""
    n = len(toks)
    if k < n and toks[k].text.lower().rstrip(".") in RETIRED:
        close = k + 1 + (k + 1 < n and toks[k + 1].text == ".")
    elif k + 1 < n and toks[k].text == "2" and toks[k + 1].text in {"S", "s"}:
        close = k + 2
    else:
        return None
    return close if close < n and toks[close].text == ")" else None
# the lower-case word after a place's name in a title: "East Nusa Tenggara province"
PLACE_KIND_WORDS = frozenset({"province", "prefecture", "governorate", "oblast", "county", "district", "municipality",
                              "region", "state", "island", "islands", "atoll"})


COMPASS_WORDS = frozenset({"East", "West", "North", "South", "Central", "Northern", "Southern", "Eastern", "Western",
                           "Upper", "Lower", "Greater"})


# forms of address that may head the next item of a list of people, not the apposition of a title's last word
ADDRESS_NOT_RANK = frozenset({"Ambassador", "Senator", "Councillor", "Hon", "Honourable", "Honorable"})


class NameIndex:
    """Tokens and known spans (countries, organisations, honorifics) of one document."""

    def __init__(self, doc: Doc, start: int = 0, end: int | None = None) -> None:
        self.doc = doc
        self.text = doc.text
        self.start = start
        self.end = len(self.text) if end is None else end
        self.tokens = tokenize(self.text, self.start, self.end)
        self.starts = [t.start for t in self.tokens]

    # -- spans of known things -------------------------------------------------------------
    @cached_property
    def country_spans(self) -> list[tuple[int, int, str]]:
        return self.doc.countries(0, self.end)

    @cached_property
    def org_spans(self) -> list[tuple[int, int, str]]:
        return find_orgs(self.text, 0, self.end)

    @cached_property
    def honorific_spans(self) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in honorific_pattern().finditer(self.text, self.start, self.end)
                # "Jordan M. Whitfield", "Franklin D. Ward": a middle initial after a given name, not "M." or "D."
                if not (m.group() in ("M.", "D.") and _GIVEN_BEFORE.search(self.text, max(0, m.start() - 30), m.start()))]

    @cached_property
    def _honorific_starts(self) -> frozenset[int]:
        return frozenset(s for s, _ in self.honorific_spans)

    @cached_property
    def _covered(self) -> list[tuple[int, int]]:
        spans = [(s, e) for s, e, _ in self.country_spans] + [(s, e) for s, e, _ in self.org_spans]
        # "the State Guest House Jamuna": a venue's words are nobody's name
        spans += [(s, e) for s, e, _ in geo.find_venues(self.text[:self.end])]
        spans += [m.span() for m in WORLD_REGION.finditer(self.text, 0, self.end)]
        # "Premier of New South Wales": a state's or province's words are nobody's name
        spans += [(rs, re_) for rs, re_, _ in geo.find_regions(self.text, 0, self.end)]
        return sorted(spans)

    def _after_place_kind_of(self, j: int) -> bool:
        """Whether token j follows "province of", "the state of", past a compass word ("of East")."""
        toks = self.tokens
        p = j - 1
        while p >= 0 and toks[p].text in COMPASS_WORDS:
            p -= 1
        if p < 1 or toks[p].text != "of":
            return False
        q = p - 1
        return toks[q].text.lower() in PLACE_KIND_WORDS

    def in_known_span(self, tok: Token) -> bool:
        i = bisect.bisect_right(self._covered, (tok.start, float("inf"))) - 1
        end = tok.start + len(tok.bare)      # "Samoa's" is inside the country "Samoa"
        # spans may nest; look back a few
        for j in range(max(0, i - 3), i + 1):
            s, e = self._covered[j]
            if s <= tok.start and end <= e:
                return True
        return False

    def token_at(self, pos: int) -> int:
        """Index of the first token starting at or after pos."""
        return bisect.bisect_left(self.starts, pos)

    # -- word classes ------------------------------------------------------------------------
    def is_title_word(self, tok: Token) -> bool:
        return _title_like(tok.bare) or self.in_known_span(tok)

    def is_head(self, tok: Token) -> bool:
        return _head_like(tok.text)

    def gap_ok(self, a: Token, b: Token, allow_newline: bool = False) -> bool:
        gap = self.text[a.end:b.start]
        if allow_newline:
            return gap.strip() == "" and gap.count("\n") <= 1
        return gap in (" ", "\u00a0", "") or (gap.strip() == "" and "\n" not in gap and len(gap) <= 3)

    def is_name_word(self, tok: Token) -> bool:
        b = tok.bare
        if not b or not tok.is_cap or not tok.is_word:
            return False
        if b in post_nominals() or b in EVENT_WORDS or b in MONTH_WORDS or b in INSTITUTION_WORDS:
            return False
        return True

    # -- grammar -----------------------------------------------------------------------------
    def parse_name(self, i: int, personal: bool, max_words: int = 6) -> int:
        """End index (exclusive) of the name starting at token i; i when there is none."""
        toks = self.tokens
        if i < len(toks) and toks[i].text in ("y", "e", "i"):
            return i        # "... y la Primera Secretaria de la Embajada": a conjunction, not "Ortega y Gasset"'s particle
        j = i
        count = 0
        while j < len(toks) and count < max_words:
            t = toks[j]
            if j > i and not self.gap_ok(toks[j - 1], t):
                break
            if t.is_initial:
                j += 1
                continue
            if count and t.text in PATRONYMIC_ENDINGS:
                j += 1              # "Nurlan Asanbek uulu", "Aizada Toktogul kyzy": the patronymic's ending
                break
            after = self._after_particles(j, mid=j > i)
            if after > j:
                j = after           # "van Klaveren", "de la Fuente": particles, then the name
                continue
            if _HYPHEN_PARTICLE.match(t.text) and t.text[0].islower():
                j += 1
                count += 1
                continue
            if t.bare in MONTH_WORDS and self.month_in_name(j, count):
                j += 1              # "Theresa May", "January Makamba": a month's name in a person's
                count += 1
                if t.bare != t.text:
                    break
                continue
            if personal and not count and t.text in _WEEKDAY_NAMES and self.month_in_name(j, count):
                j += 1              # "Ms. Sunday Kiden Wani": a given name that is a weekday's, after her honorific
                count += 1
                continue
            if not personal and not count and t.text in {"St.", "St", "Saint", "Ste."}:
                break               # "Queen Elizabeth Highway, St. John's": a place named for a saint
            if count == 1 and t.text == "The" and toks[j - 1].text in VIETNAMESE_FAMILY_NAMES and j + 1 < len(toks) \
                    and toks[j + 1].is_cap and toks[j + 1].is_word and self.gap_ok(t, toks[j + 1]):
                j += 1              # "Bui The Hung": the middle name Thế written without its mark, not an article
                count += 1
                continue
            if count and t.bare in SURNAMES_LIKE_PLACES and t.bare == t.text and (
                    personal or not (j + 1 < len(toks) and toks[j + 1].is_cap and self.gap_ok(t, toks[j + 1]))):
                j += 1              # "Mr. Clayton Hall", "Prime Minister Jane Hall of ...": a surname, not a building
                count += 1
                continue
            if not self.is_name_word(t):
                break
            if t.text == "I" and not (j + 1 < len(toks) and toks[j + 1].is_cap and toks[j + 1].is_word):
                break               # "... Affairs Division I": a numeral, not "I Made Suardana"
            if count and self._place_inside_a_name(j):
                j += 1              # "Rosa Argentina Lacayo Membreño": a given name that is a country's
                count += 1
                continue
            if not personal and self.is_title_word(t) and not t.is_allcaps:
                break
            if personal and count and self.is_head(t) and not t.is_allcaps:
                break
            j += 1
            count += 1
            if t.bare != t.text:      # a possessive closes the name
                break
            if j < len(toks) and _REGNAL.fullmatch(toks[j].text):
                j += 1                # regnal number: "Abdullah II"
                break
        # a name never ends on an initial or a particle; but a capitalised "Das", "Le", "Do" ends many
        # (Indian and Vietnamese surnames)
        while j > i and (toks[j - 1].is_initial or (toks[j - 1].text in name_particles()
                                                     and toks[j - 1].text not in PATRONYMIC_ENDINGS)):
            j -= 1
        return j

    def month_in_name(self, j: int, count: int) -> bool:
        """Is the month word at token j part of a name: after a name word ("Theresa May") or
        before one ("January Makamba"), and never beside a number ("3 May", "May 2018")?"""
        toks = self.tokens
        nxt = toks[j + 1] if j + 1 < len(toks) and self.gap_ok(toks[j], toks[j + 1]) else None
        prev = toks[j - 1] if j > 0 and self.gap_ok(toks[j - 1], toks[j]) else None
        if (nxt is not None and nxt.text[:1].isdigit()) or (prev is not None and prev.text[:1].isdigit()):
            return False
        if count:
            return True
        return nxt is not None and self.is_name_word(nxt) and not self.is_title_word(nxt)

    def _after_a_name(self, pos: int) -> bool:
        k = self.token_at(pos) - 1
        if k < 0:
            return False
        prev = self.tokens[k]
        return self.gap_ok(prev, self.tokens[k + 1]) and self.is_name_word(prev) and not self.is_title_word(prev) \
            and not self.is_head(prev)

    def _after_particles(self, j: int, mid: bool = False) -> int:
        """Past a run of lower-case name particles at token j that a name word follows
        ("de la Fuente"), the index of that name word; j when there is no such run."""
        toks = self.tokens
        k = j
        while k < len(toks) and toks[k].text[:1].islower() and toks[k].text.lower() in name_particles() \
                and (k == j or self.gap_ok(toks[k - 1], toks[k])):
            k += 1
        if k - j >= 2 and toks[j].text in ("y", "e", "i"):
            return j        # "Cooperación y de los Mauritanos en el Exterior": a conjunction joining a remit's parts
        if mid and k > j and toks[j].text in ("el", "la", "los", "las") and language_of(self.text) in ("es", "pt", "fr", "it"):
            return j        # "Acompañaron al almirante Larreta Villafañe el Subjefe ...": an article, not "el Baradei"
        if k > j and k < len(toks) and self.gap_ok(toks[k - 1], toks[k]) and self.is_name_word(toks[k]) \
                and toks[k].text not in INSTITUTION_WORDS and not self.is_head(toks[k]):
            return k
        return j

    def honorific_mentions(self) -> list[Mention]:
        out = []
        table = honorific_table()
        for hs, he in self.honorific_spans:
            parts = [squash(m.group(1)) for m in honorific_spans_in(self.text, hs, he)]
            personal = any(table[p][1] for p in parts if p in table)
            if parts in (["M."], ["D."]) and self._after_a_name(hs):
                continue        # "Kurt M. Campbell": a middle initial, not the French "Monsieur"
            i = self._past_retired(self.token_at(he))
            if parts == ["D."] and self.parse_name(i, personal=True) - i < 2 if i < len(self.tokens) else False:
                continue        # "deputy khokim ... D. Nurmatova": an initial before a surname, not the Spanish "Don"
            if i >= len(self.tokens) or self.tokens[i].start - he > 2 and "\n" in self.text[he:self.tokens[i].start]:
                continue
            # "Madam Minister Kargbo-Sesay": a form of address, a title, then the name
            k = i
            while k < len(self.tokens) and self.tokens[k].text in ADDRESSED_TITLES:
                k += 1
                if k + 1 < len(self.tokens) and self.tokens[k].text == "de" and self.tokens[k + 1].text == "Estado":
                    k += 2      # "secretaria de Estado"
            titled = None
            if k > i and k < len(self.tokens) and self.gap_ok(self.tokens[k - 1], self.tokens[k]) \
                    and (after_title := self.parse_name(k, personal=personal)) > k:
                titled, i, j = (self.tokens[i].start, self.tokens[k - 1].end), k, after_title
            else:
                j = self.parse_name(i, personal=personal)
            if j == i:
                continue
            if {t.text for t in self.tokens[i:j + 1]} & {"Island", "Islands"} or (
                    j < len(self.tokens) and self.tokens[j].text in NAMED_AFTER_SOMEONE):
                continue        # "Lord Howe Island", "Queen Elizabeth Highway": a place named after someone
            if self.tokens[i].text in name_particles() and (not personal or geo.country_code(
                    self.text[self.tokens[i + 1].start:self.tokens[j - 1].end]) is not None):
                continue        # "o Embaixador do Brasil em Lisboa": whose ambassador, not a name
            m = Mention(start=hs, end=self.tokens[j - 1].end, kind="honorific",
                        name_tokens=self.tokens[i:j], honorifics=self._honorific_list(hs, he),
                        titles=[titled] if titled else [])
            if not titled and parts and parts[-1] in STATE_OFFICE_ABBREVIATIONS:
                self._state_before_office(m, hs, he)
            self._inverted(m, j)
            self._tail(m)
            if m.tail_country is None and any(p in PEERAGE for p in parts):
                seat = _TERRITORIAL.match(self.text, m.end)
                if seat is not None:        # "Baroness Carrow of Ilford, the UK's Minister ...": the title's seat
                    m.end = seat.end()
            out.append(m)
        return out

    def _state_before_office(self, m: Mention, hs: int, he: int) -> None:
        """"Tennessee Gov. Daniel Whitcomb", "Ohio Sen. X": the state before an office's abbreviation
        makes a title with it, which names the person's country."""
        before = _WORDS_BEFORE.search(self.text, max(0, hs - 40), hs)
        if before is None:
            return
        words = before.group().split()
        for k in range(len(words)):
            name = " ".join(words[k:])
            if division_country(name) is not None:
                start = hs - len(before.group()) + before.group().index(name)
                m.start, m.titles = start, [(start, he)]
                return

    def _past_retired(self, i: int) -> int:
        """The token after a rank's "(Ret'd)", "(Retd.)", "(retired)" at i; i itself otherwise."""
        toks = self.tokens
        if i + 2 < len(toks) and toks[i].text == "(" and (close := retired_mark_end(toks, i + 1)) is not None:
            return close + 1
        return i

    def _honorific_list(self, hs: int, he: int) -> list[tuple[str, int, int]]:
        return [(squash(m.group(1)), m.start(1), m.end(1))
                for m in honorific_spans_in(self.text, hs, he)]

    def _inverted(self, m: Mention, j: int) -> None:
        """"Mr. Lavrov, Sergey Viktorovich, Minister ...": family name, comma, given names."""
        toks = self.tokens
        # one family name, or a double one as Spanish and Portuguese names have ("Centeno Baez, Ramiro Alfonso")
        if len(m.name_tokens) > 2 or j + 1 >= len(toks) or toks[j].text != ",":
            return
        k = j + 1
        end = self.parse_name(k, personal=False, max_words=3)
        if end == k or end >= len(toks) or toks[end].text not in {",", ")", ";"}:
            return
        if any(self.is_title_word(t) or self.in_known_span(t) for t in toks[k:end]):
            return
        if len(m.name_tokens) == 2 and (end - k < 2 or toks[end].text != ","):
            return      # a double family name only before two given names and a comma: "Laila Noorzai, Co-founder"
        if end + 1 < len(toks) and toks[end].text == "," and self.is_name_word(toks[end + 1]) \
                and not self.is_title_word(toks[end + 1]):
            return      # "Smith, Jones, Brown": a list, not an inverted name
        m.name_tokens = toks[self.token_at(m.name_tokens[0].start):end]
        m.inverted = True
        m.end = toks[end - 1].end

    def _tail(self, m: Mention) -> None:
        """"Prime Minister Cameron of the United Kingdom": a country right after the name; "General
        X of the Armed Forces of Ukraine", "of the Nepali Army": a state's forces."""
        mt = _OF.match(self.text, m.end)
        if not mt:
            # "The EFTA delegations were led by Mr Lukas B. (Switzerland), Ms Ingrid M. (Norway) and ...": a state in
            # brackets right after the name
            bracket = _STATE_IN_BRACKETS.match(self.text, m.end)
            code = geo.country_code(bracket.group("state")) if bracket is not None else None
            if code is not None:
                m.tail_country = (code, bracket.start("state"), bracket.end("state"))
            return
        forces = _STATE_FORCES.match(self.text, mt.end())
        for s, e, code in self.country_spans:
            if _NAME_GOES_ON.match(self.text, e) and forces is None:
                continue    # "of the South Sudan Women's Peace Platform": a body named after its country
            if s == mt.end() or (s > mt.end() and self.text[mt.end():s].strip() == "the") \
                    or (forces is not None and mt.end() <= s < forces.end()):
                m.tail_country = (code, s, e)
                return
        # "Governor Shigeo Kanemaru of Tochigi Prefecture, Japan": a province, then its state
        division = _DIVISION_TAIL.match(self.text, mt.end())
        if division is None:
            return
        state = geo.country_code(division.group("state")) if division.group("state") else None
        # the ISO list is read only where a state follows or the title heads a province's government
        if state is None and not any(_SUBNATIONAL_TITLE.search(self.text, a, b) for a, b in m.titles):
            return
        own = division_country(division.group("division"))
        if own is None and state is not None and (town := geo.lookup_city(division.group("division"), state)) \
                is not None and town.country == state:
            own = state     # "Lord Mayor X of Osnabrück, Germany": a city, then its state
        if own is None:
            return
        if state is not None:
            m.tail_country = (state, division.start("state"), division.end("state"))
        else:
            m.tail_country = (own, division.start("division"), division.end("division"))

    def title_mentions(self) -> list[Mention]:
        """Runs of title words followed by a name, or by nothing (an office)."""
        out = []
        toks = self.tokens
        n = len(toks)
        # only tokens that can head a title start a run: one pass in C-speed set lookups
        starts = [k for k, t in enumerate(toks) if _head_like(t.text)]
        pos = 0
        end_of_last = 0
        while pos < len(starts):
            i = starts[pos]
            pos += 1
            if i < end_of_last:
                continue
            if toks[i].text.endswith(("'s", "’s")):
                continue            # "King's College London", "the President's Office": whose, not who
            run_start = i
            # back up over title words before the head: "US Secretary of State", "Egyptian President"
            while run_start > 0 and self.gap_ok(toks[run_start - 1], toks[run_start]) and (
                    (toks[run_start - 1].is_cap and self.is_title_word(toks[run_start - 1]))
                    or toks[run_start - 1].text in {"/", "&"}):
                run_start -= 1
            while run_start < i and (toks[run_start].text.lower() == "the" or toks[run_start].text in NOT_A_TITLE_START):
                run_start += 1      # "On Monday Minister for Foreign Trade ...": the words before the title
            if run_start >= 2 and toks[run_start - 1].text in {"of", "for"} and toks[run_start - 2].text in BODY_WORDS:
                # "The Ministry of Foreign Affairs and Trade launched ...": a body's name, no office; but
                # "Department of National Defense Undersecretary X": the body's officer, by name
                k = self.parse_name(i + 1, personal=False) if i + 1 < n and self.gap_ok(toks[i], toks[i + 1]) else i + 1
                if k <= i + 2:
                    continue
                run_start = i
            j = i
            plural = False
            group_names: list[tuple[int, int]] = []
            while j < n:
                t = toks[j]
                if j > i and not self.gap_ok(toks[j - 1], t, allow_newline=False):
                    break
                if t.text == "," and j > i and self._remit_goes_on(i, j):
                    # "Minister of Immigration, Population Growth and Skills Siobhan ...": the ministry's
                    # remit goes on past its comma
                    j = self.token_at(REMIT_AFTER_COMMA.match(self.text, t.start).end())
                    continue
                if t.text == "(" and j > i and (close := retired_mark_end(toks, j + 1)) is not None:
                    j = close + 1   # "Major General (Rtd) Anne Ngugi", "(ret.)": a rank's retirement, then the name
                    continue
                if j > i and _INITIALS.fullmatch(t.text) and toks[j - 1].text not in {"of", "for", "the", "and"}:
                    # "Executive Secretary of the CIS A.G. Borovikov", "... of the SCO B.Sh. Rakhimov": a name by
                    # its initials, Russian style, ends the title
                    k = j + 1 + (j + 1 < n and toks[j + 1].text == ".")
                    if k < n and self.gap_ok(toks[k - 1], toks[k]) and toks[k].is_cap and self.is_name_word(toks[k]) \
                            and not self.is_title_word(toks[k]):
                        group_names.append((j, k + 1))
                        j = k + 1
                        break
                if t.text == "(" and j > i and j + 3 < n and (_ACRONYM.fullmatch(toks[j + 1].text) or (
                        toks[j + 1].text in BRACKETED_REMITS and any(self.is_head(x) for x in toks[i:j]))) \
                        and toks[j + 2].text == ")" and toks[j + 3].is_cap and self.is_name_word(toks[j + 3]):
                    # "Commissioner of Police (COP) Jeremiah Riumana": the office's acronym, then the name; "Inspector
                    # General of Police (Training) Md. X": the office's remit in brackets
                    j += 3
                    continue
                if t.text == "the" and j + 1 < n and not toks[j + 1].is_cap:
                    session = _SESSION.match(self.text, toks[j + 1].start)
                    if session is not None:     # "President of the eightieth session of the General Assembly"
                        j = self.token_at(session.end())
                        continue
                if t.bare != t.text and toks[j - 1].text in {"on", "for", "to"} and j + 1 < n \
                        and toks[j + 1].is_word and not toks[j + 1].is_cap:
                    break       # "briefed the Special Representative on IGAD's efforts": the verb's "on"
                if t.is_word and t.is_cap and self.is_head(t):
                    plural = plural or t.bare in PLURAL_HEADS
                    j += 1
                    continue
                if t.bare in MONTH_WORDS and self.month_in_name(j, 0):
                    k = self.parse_name(j, personal=False)      # "President June Smith"
                    if k > j + 1:
                        group_names.append((j, k))
                        j = k
                        break
                if j > i and self._after_particles(j) > j:
                    k = self.parse_name(j, personal=False)
                    if k > j:               # "Minister van Klaveren", "Minister de la Fuente"
                        group_names.append((j, k))
                        j = k
                        break
                if j > i and self.is_head(toks[j - 1]) and self._given_name_like_a_place(j):
                    k = self.parse_name(j + 1, personal=False)
                    if k > j + 1:   # "Brigadier General Montserrat Puigdevall": a first name, not a territory
                        group_names.append((j, k))
                        j = k
                        break
                if (t.is_word and (self.is_title_word(t) or t.text in connectors())) or t.text in {"/", "&"} \
                        or self.in_known_span(t):
                    if t.text in connectors() and not (j + 1 < n and (toks[j + 1].is_cap or toks[j + 1].text == "the"
                                                                      or toks[j + 1].text in connectors())):
                        break
                    j += 1
                    continue
                # the word before, past a "the": "Governor of the Magallanes ... Region", "in The Hague"
                before = toks[j - 2].text if j > 1 and toks[j - 1].text.lower() == "the" else toks[j - 1].text
                if t.is_word and t.is_cap and self.is_name_word(t) and j > 0 and before in {"of", "to", "in"}:
                    k = self.parse_name(j, personal=False)
                    # "Assembly of Rio de Janeiro": a place in the title; "High Commissioner of Bangladesh in
                    # Colombo Andalib Elias": the place, then the name
                    place_end = next((kk for kk in range(k, j, -1)
                                      if geo.lookup_city(self.text[t.start:toks[kk - 1].end]) is not None), None)
                    if place_end is not None:
                        j = place_end
                        continue
                if t.text.lower() in PLACE_KIND_WORDS and j > i and toks[j - 1].is_cap and toks[j - 1].is_word:
                    j += 1      # "Vice-Governor of Aichi Prefecture": the province's kind, no name
                    continue
                if t.is_word and t.is_cap and self.is_name_word(t):
                    k = self.parse_name(j, personal=False)
                    if k == j:
                        break
                    if self._after_place_kind_of(j):
                        j = k       # "Governor of the Indonesian province of East Nusa Tenggara": the province's name
                        continue
                    # "of the CIS A.G. Borovikov": the body's name ends where a name's initials begin
                    k = next((x for x in range(j + 1, k) if _TWO_INITIALS.fullmatch(toks[x].text)
                              and toks[x - 1].text.isupper() and len(toks[x - 1].text) > 1), k)
                    if before in {"for", "of", "on", "to", "and", "in", "at"} and not (
                            plural and group_names and before == "and"):
                        if before == "of" and k - j >= 3 and division_country(toks[j].text) is not None \
                                and all(self.is_name_word(x) and not self.is_title_word(x) for x in toks[j + 1:k]):
                            j += 1  # "Rais of the Republic of Tatarstan Ildar Minnegaliev": the division, then the name
                            continue
                        j = k      # "Head of Early Warning Systems", "Champion for WPS": the field, not a name
                        continue
                    if self._inside_a_bodys_name(run_start, j):
                        j = k      # "Executive Director of the Global Network of Women Peacebuilders": the body's words
                        continue
                    if k == j + 1 and k + 1 < n and toks[k].text == "," and (
                            self.bare_name_at(toks[k + 1].start)
                            or (toks[k + 1].start in self._honorific_starts and "." not in toks[j].text
                                and toks[k + 1].text not in ADDRESS_NOT_RANK)):
                        j = k       # "Minister of Foreign Affairs and Human Mobility, Gabriela Sommerfeld": a title word
                        continue    # ... "The Deputy Commander AFM, Colonel X", "of the Maritime Squadron, Lieutenant Colonel Y"
                    if k == j + 1 and k < n and self.is_title_word(toks[j - 1]) and not self.is_head(toks[j - 1]) \
                            and not self.in_known_span(toks[j - 1]) and (
                            toks[k].text == "(" or (toks[k].text in {"of", "for", "at"} and k + 1 < n
                                                    and (toks[k + 1].is_cap or toks[k + 1].text == "the"))):
                        # "Chairman of the General Authority for the Suez Canal Economic Zone (SCZONE)", "Vice-President
                        # for ... Business Delivery of the African Development Bank": a body's or a remit's last word
                        j = k
                        continue
                    if k == j + 1 and k < n and toks[k].text in {"at", "in"} and self._field_after_for(run_start, j):
                        j = k      # "Head of Unit for Energy Markets at the Secretariat": the field's last word
                        continue
                    if k < n and self.gap_ok(toks[k - 1], toks[k]) and toks[k].text.lower() in PLACE_KIND_WORDS:
                        j = k + 1   # "the Governor of Indonesia's East Nusa Tenggara province": a province's name
                        continue
                    if k < n and self.gap_ok(toks[k - 1], toks[k]) and toks[k].is_cap and self.is_title_word(toks[k]):
                        # "the WPS National Action Plan", "Engineering Department": words of a longer
                        # name of a thing, not a person
                        j = k + 1
                        continue
                    group_names.append((j, k))
                    j = k
                    if plural and j + 1 < n and toks[j].text == "and" and self.is_name_word(toks[j + 1]):
                        j += 1
                        continue
                    break
                break
            if group_names and toks[group_names[0][0] - 1].text in BUILDING_WORDS:
                group_names = []    # "the State Guest House Padma": a building's name, no person
            if group_names and toks[group_names[0][0] - 1].text.endswith(("'s", "’s")):
                group_names = []    # "Consul General's Blog": what the office holds, no person
            if group_names and len(group_names) == 1 and _PLACE_OFFICE.search(
                    self.text, toks[run_start].start, toks[group_names[0][0] - 1].end) and geo.lookup_city(
                    self.text[toks[group_names[0][0]].start:toks[group_names[0][1] - 1].end]) is not None:
                group_names = []    # "U.S. Consulate General Ciudad Juarez": the office's city, no person
            if group_names:
                gid = run_start if len(group_names) > 1 else None
                for a, b in group_names:
                    m = Mention(start=toks[run_start].start, end=toks[b - 1].end, kind="title",
                                name_tokens=toks[a:b], titles=[(toks[run_start].start, toks[group_names[0][0] - 1].end)],
                                group=gid)
                    self._tail(m)
                    out.append(m)
                end_of_last = group_names[-1][1]
            else:
                end_tok = j - 1
                while end_tok > run_start and toks[end_tok].text in connectors():
                    end_tok -= 1
                if end_tok - 1 > run_start and toks[end_tok].bare in WHEN_WORDS and toks[end_tok - 1].text in {"on", "in"}:
                    end_tok -= 2    # "met the Director-General on Tuesday": the day is no part of the office
                    while end_tok > run_start and toks[end_tok].text in connectors():
                        end_tok -= 1
                out.append(Mention(start=toks[run_start].start, end=toks[end_tok].end, kind="office",
                                   titles=[(toks[run_start].start, toks[end_tok].end)]))
                end_of_last = max(j, i + 1)
        return out

    def _field_after_for(self, run_start: int, j: int) -> bool:
        """The title run before token j ends on a field after "for" ("Head of Unit for Energy"),
        no head word since."""
        toks = self.tokens
        for k in range(j - 1, run_start, -1):
            if toks[k].text == "for":
                return k < j - 1
            if self.is_head(toks[k]) or not toks[k].is_cap:
                return False
        return False

    def _inside_a_bodys_name(self, run_start: int, j: int) -> bool:
        """Token j follows "Network of", "Alliance of the" ... within the title run: part of a body's name
        that ends the title ("of the Global Network of Women Peacebuilders")."""
        toks = self.tokens
        for k in range(max(run_start, j - 6), j - 1):
            if toks[k].text in NETWORK_WORDS and toks[k + 1].text == "of":
                return j + 1 >= len(toks) or not (toks[j + 1].is_cap and self.gap_ok(toks[j], toks[j + 1]))
        return False

    def lower_case_offices(self) -> list[Mention]:
        """Offices written in lower case before the name they introduce — Spanish ("El ministro de
        Relaciones Exteriores, Alberto van Klaveren Stork, ..."), wire-service English ("The
        minister of foreign affairs, ..., X,"), French and Portuguese ("la ministre des Affaires
        étrangères ..., Mme X"): the office, so the name after its comma is read like one after an
        English title."""
        if "," not in self.text:
            return []
        found = []
        if SPANISH_ARTICLE_OFFICE.search(self.text, self.start, self.end):
            found += (m for m in SPANISH_OFFICE.finditer(self.text, self.start, self.end)
                      if not self._place_after_office(m))
        language = language_of(self.text)
        if language == "it" and any(k in self.text for k in _romance.ITALIAN_OFFICE_KEYS):
            found += ITALIAN_OFFICE.finditer(self.text, self.start, self.end)
        german = language == "de"
        if german:
            found += GERMAN_OFFICE.finditer(self.text, self.start, self.end)
        if any(k in self.text for k in LOWER_OFFICE_KEYS):
            found += ENGLISH_LOWER_OFFICE.finditer(self.text, self.start, self.end)
        romance = _ROMANCE_LETTERS.search(self.text) is not None
        if romance and any(k in self.text for k in _ALL_ROMANCE_OFFICE_KEYS):
            found += ROMANCE_OFFICE.finditer(self.text, self.start, self.end)
        out = [Mention(start=m.start("title"), end=m.end("title"), kind="office",
                       titles=[(m.start("title"), m.end("title"))]) for m in found]
        if german:
            # "Ministerpräsidentin Dr. Annette Kerber hat ...", "Landeshauptmann Mairhofer": the office, the name
            for m in GERMAN_TITLED.finditer(self.text, self.start, self.end):
                i = self.token_at(m.end())
                j = self.parse_name(i, personal=True, max_words=4) if i < len(self.tokens) else i
                # (not "den Botschafter Frankreichs, Marc Dubois": a genitive, then the name after its comma)
                genitive = j - i == 1 and _GERMAN_NAME_AFTER_COMMA.match(self.text, self.tokens[i].end) is not None
                if j > i and not genitive and not any(self.text[t.start:t.end] in _GERMAN_NOT_NAMES
                                                      for t in self.tokens[i:j]):
                    mention = Mention(start=m.start("title"), end=self.tokens[j - 1].end, kind="title",
                                      name_tokens=self.tokens[i:j], titles=[(m.start("title"), m.end("title"))])
                    if m.group("degrees").strip():
                        mention.honorifics = [(d.group(), m.start("degrees") + d.start(), m.start("degrees") + d.end())
                                              for d in re.finditer(r"\S+", m.group("degrees"))]
                    out.append(mention)
        if language in ("nl", "sv", "no", "da", "pl"):
            # "burgemeester Wouter Van Hecke heeft ...", "statssekretær Kari Hagerup": the office, the name
            for m in NORTHERN_TITLED.finditer(self.text, self.start, self.end):
                i = self.token_at(m.end())
                j = self.parse_name(i, personal=True, max_words=4) if i < len(self.tokens) else i
                if language == "pl" and j - i > 2:
                    i = j - 2       # "marszałek Województwa Pomorskiego Jacek Sobierajski": the body's genitive, then the name
                if language == "pl" and i < j and (self.tokens[i].text in _northern.POLISH_BODY_WORDS
                                                   or not self.tokens[i].text[:1].isupper()
                                                   or self.tokens[j - 1].text.endswith(("ej", "ego", "ii"))):
                    continue        # "prezydent Miasta Krakowa", "Republiki Czeskiej": a body in the genitive, no one
                if j - i >= 2:
                    out.append(Mention(start=m.start("title"), end=self.tokens[j - 1].end, kind="title",
                                       name_tokens=self.tokens[i:j], titles=[(m.start("title"), m.end("title"))]))
        if romance and ROMANCE_BARE_OFFICE.search(self.text, self.start, self.end):
            # "O presidente Joaquim Barreto conversou ...": the office, then the name with no comma
            for m in ROMANCE_BARE_OFFICE.finditer(self.text, self.start, self.end):
                i = self.token_at(m.end("title"))
                while i < len(self.tokens) and self.tokens[i].end <= m.end("title"):
                    i += 1
                # (read as after an honorific: "la senadora Montserrat Puig i Ferrer" is no territory's title)
                j = self.parse_name(i, personal=True) if i < len(self.tokens) else i
                if j - i >= 2:
                    out.append(Mention(start=m.start("title"), end=self.tokens[j - 1].end, kind="title",
                                       name_tokens=self.tokens[i:j], titles=[(m.start("title"), m.end("title"))]))
        if romance:
            out += self._plural_office_names()
        return out

    def _plural_office_names(self) -> list[Mention]:
        """"As deputadas Luíza Prado (PSD) e Renata Coelho (PDT)": the office in the plural is both names'."""
        out = []
        for m in ROMANCE_PLURAL_OFFICE.finditer(self.text, self.start, self.end):
            title = [(m.start("title"), m.end("title"))]
            i = self.token_at(m.end())
            j = self.parse_name(i, personal=True) if i < len(self.tokens) else i
            if j - i < 2:
                continue
            # (each mention starts at its name: the shared title lies inside neither)
            out.append(Mention(start=self.tokens[i].start, end=self.tokens[j - 1].end, kind="title",
                               name_tokens=self.tokens[i:j], titles=title))
            joined = _PLURAL_AND.match(self.text, self.tokens[j - 1].end)
            if joined is None:
                continue
            k = self.token_at(joined.end())
            n = self.parse_name(k, personal=True) if k < len(self.tokens) else k
            if n - k >= 2:
                out.append(Mention(start=self.tokens[k].start, end=self.tokens[n - 1].end, kind="title",
                                   name_tokens=self.tokens[k:n], titles=title))
        return out

    def _place_after_office(self, m: re.Match) -> bool:
        """"el embajador de Chile en Zapote, San José.": a place in a city, not an office before a name."""
        if not _ENDS_ON_A_PLACE.search(m.group("title")):
            return False
        after = _CAPITALISED_RUN.match(self.text, m.end())
        return after is not None and geo.is_city_name(after.group(1))

    def _share_plural_titles(self, mentions: list[Mention]) -> None:
        """"Hon. A and Hon. B, Members of the Portfolio Committee": a title in the plural after two
        names joined by "and" is both people's."""
        people = sorted((m for m in mentions if m.kind != "office"), key=lambda m: m.start)
        for first, second in zip(people, people[1:]):
            if first.titles or not second.titles or not _AND_ONLY.fullmatch(self.text, first.end, second.start):
                continue
            s, e = second.titles[0]
            if s > second.end and _plural_head(self.text[s:e].split(None, 1)[0]):
                first.titles = [second.titles[0]]

    def post_title(self, m: Mention) -> list[tuple[int, int]]:
        """", Minister for Foreign Affairs of Japan" after a name: one or more comma segments."""
        toks = self.tokens
        j = self.token_at(m.end)
        while j < len(toks) and toks[j].text in post_nominals():
            j += 1
        segments = []
        while j < len(toks) and toks[j].text == ",":
            k = j + 1
            if k < len(toks) and toks[k].text in post_nominals():
                j = k + 1       # "Amb. Yusuf Tuggar, OON, received ...": an honour, not a title
                continue
            # "..., Client Relations, of the African Export-Import Bank (Afreximbank)": the body of the
            # titles before, continuing the last of them
            of_body = segments and k + 1 < len(toks) and toks[k].text == "of" and (
                toks[k + 1].is_cap or (toks[k + 1].text == "the" and k + 2 < len(toks) and toks[k + 2].is_cap))
            if k >= len(toks) or self._starts_person(k) or (toks[k].is_word and not toks[k].is_cap
                                                             and toks[k].text != "the" and not of_body):
                break
            if "\n" in self.text[toks[j].end:toks[k].start] and toks[k].text in _LINE_MARKS:
                break       # "– Minister A,\n– Deputy Prime Minister B": the next item of a list
            seg_start = k
            if toks[k].text == "the":
                # "X, the newly accredited Ambassador of Australia": the office, after its time words
                m_ = k + 1
                while m_ < len(toks) and toks[m_].text in TENURE_WORDS:
                    m_ += 1
                if m_ > k + 1 and m_ < len(toks) and toks[m_].is_cap:
                    seg_start = k = m_
            depth = 0
            while k < len(toks):
                t = toks[k]
                if k > seg_start and "\n" in self.text[toks[k - 1].end:t.start]:
                    break       # a title ends with its line ("..., Ambassador of India to Myanmar\n(b) Mr. ...")
                if t.text == "(":
                    depth += 1
                elif t.text == ")":
                    if depth == 0:
                        break
                    depth -= 1
                elif t.text in {",", ";", ".", ":"} and depth == 0:
                    break
                elif depth == 0 and t.is_word and not t.is_cap and t.text not in connectors() and t.text not in {"and"}:
                    break
                elif depth == 0 and t.text in {"in", "at"} and not INSTITUTION_AFTER.match(self.text, t.end) \
                        and not (t.text == "at" and _at_acronym(self.text, t.end)):
                    break       # "..., United Nations Secretary-General in Downing Street": a place, not the title
                elif depth == 0 and not t.is_word and t.text not in {"-", "/", "&", "’", "'", "–"}:
                    break
                elif k > seg_start and self._starts_person(k):
                    break
                elif k > seg_start and "\n" in self.text[toks[k - 1].end:t.start]:
                    break       # a title ends with its line ("..., German Institute for Human Rights\nPanel:")
                k += 1
            end = k
            while end > seg_start and (toks[end - 1].text in connectors() or toks[end - 1].text in {"and", "-"}
                                       or toks[end - 1].bare in MONTH_WORDS):
                end -= 1
            if end == seg_start or not any(t.is_cap for t in toks[seg_start:end]):
                break
            if [t.text for t in toks[seg_start:end] if not t.is_cap] in ([], ["the"]) and end - seg_start <= 2 \
                    and k < len(toks) and toks[k].is_word and not toks[k].is_cap and toks[k].text not in connectors():
                break       # "X, the Iraqi delegation by ...": a clause, not a title
            if (toks[seg_start].text == "the" or _POSSESSIVE_START.match(self.text, toks[seg_start].start)) \
                    and k + 1 < len(toks) and toks[k].text == "," and self._starts_person(k + 1):
                # "At the invitation of Ambassador A, the Minister of X of Angola, Mr. B, ...": B's title;
                # "..., Tama H, Chile's Ambassador to New Zealand, Mr Rodrigo F, ...": Rodrigo's
                break
            if k + 1 < len(toks) and toks[k].text == "," and self._named_next(k + 1):
                break       # "..., His Majesty's Ambassador to Estonia, Harriet Coulson": the next person's office
            if of_body:
                segments[-1] = (segments[-1][0], toks[end - 1].end)
            else:
                segments.append((toks[seg_start].start, toks[end - 1].end))
            j = k
            if k < len(toks) and toks[k].text != ",":
                break
        return segments

    def _named_next(self, k: int) -> bool:
        """A bare name (two or more words) at token k that ends its clause: a person, not a title."""
        if self._starts_person(k) or self.tokens[k].text in honorific_table():
            return False        # "..., Ms. Y": a person of their own, and the title before is X's
        named = self.bare_name_at(self.tokens[k].start)
        if named is None or any(_title_like(t.bare) for t in named.name_tokens):
            return False
        after = self.token_at(named.end)
        return after >= len(self.tokens) or self.tokens[after].text in {",", ".", ";", "and", ")"}

    def pre_title(self, m: Mention) -> list[tuple[int, int]]:
        """"the President of the United States of America, Joe Biden": a title, a comma, the name."""
        toks = self.tokens
        i = self.token_at(m.start) - 1
        if i < 1 or toks[i].text != ",":
            return []
        k = i - 1
        if k >= 3 and toks[k].text == ")" and toks[k - 2].text == "(" and toks[k - 1].is_allcaps:
            k -= 3      # "The Director-General of the Pacific Community (SPC), Dr X": the acronym closes the title
        person_ends = getattr(self, "_person_ends", ())
        while k >= 0 and (toks[k].is_cap or toks[k].text in connectors() or toks[k].text in {"and", "’", "'", "-", "/"}) \
                and toks[k].text not in {",", ";", "."}:
            if toks[k].is_word and not toks[k].is_cap and toks[k].text not in connectors() | {"and"}:
                break
            if toks[k].end in person_ends:
                break       # "Minister Dr. S. Jaishankar and the Minister ..., Dr. X": another person's name ends here
            if "\n\n" in self.text[toks[k].end:toks[k + 1].start]:
                break       # a headline above the paragraph is no part of its title
            if toks[k].text in {"–", "—"} and k > 0 and self._dateline_before(k):
                break       # "Madrid, Spain – Minister of Tourism, Hon. X": the dateline is no part of the title
            k -= 1
        s = k + 1
        while s < i and toks[s].text in connectors() | {"and"} and toks[s].text != "the":
            s += 1
        if s >= i or not any(self.is_head(t) for t in toks[s:i]):
            return []
        head = next(h for h in range(s, i) if self.is_head(toks[h]))
        # "a working dinner in Darwin for the Governor of Bali, Mr X": the words before a connector that
        # precedes the first head are the sentence's, not the title's
        cut = max((c for c in range(s + 1, head) if toks[c].text in {"for", "with", "by"}
                   and any(t.is_cap and t.text not in connectors() for t in toks[s:c])), default=None)
        if cut is not None:
            s = cut + 1 + (toks[cut + 1].text == "the")
        return [(toks[s].start, toks[i - 1].end)]

    def _dateline_before(self, dash: int) -> bool:
        """The words before a spaced dash are a dateline's place ("Madrid, Spain –", "MADRID –")."""
        prev = self.tokens[dash - 1]
        if not self.text[prev.end:self.tokens[dash].start].strip() == "" or prev.end == self.tokens[dash].start:
            return False
        return prev.is_allcaps or geo.country_code(prev.text) is not None or geo.lookup_city(prev.text) is not None

    def _remit_goes_on(self, i: int, j: int) -> bool:
        """After a title's "of"/"for", a comma then title words up to "and <word>"."""
        if not any(x.text in {"of", "for"} for x in self.tokens[i:j]):
            return False
        m = REMIT_AFTER_COMMA.match(self.text, self.tokens[j].start)
        if m is None:
            return False
        words = [t for t in self.tokens[j + 1:self.token_at(m.end())] if t.text not in {"and", "&", ","}]
        if all(self.is_title_word(t) for t in words):
            return True
        last = self.text[m.start():m.end()].split()[-1]
        if _REMIT_CLOSES.match(self.text, m.end()) and last.rstrip(".") not in honorific_table() \
                and last not in honorific_table():
            # "Minister of Economic Development, Job Creation and Trade, met ...": a list of fields closed by a
            # comma or the verb; a name has no "and" inside it
            return True
        # "Minister of Climate Change Adaptation, Meteorology, Geo-Hazards, Environment, Energy and Disaster
        # Management of Vanuatu": a remit of any words, that ends on the state it serves
        state = _REMIT_OF_STATE.match(self.text, m.end())
        return state is not None and any(cs == 0 for cs, _, _ in geo.find_countries(state.group("state")))

    def _place_inside_a_name(self, j: int) -> bool:
        """A country's name between two name words ("Rosa Argentina Lacayo")."""
        toks = self.tokens
        t = toks[j]
        if j + 1 >= len(toks) or self.is_head(t) or not self.in_known_span(t) or not self.gap_ok(t, toks[j + 1]):
            return False
        nxt = toks[j + 1]
        return (self.is_name_word(nxt) and not self.is_title_word(nxt) and not self.in_known_span(nxt)
                and geo.country_code(nxt.bare) is None)

    def _given_name_like_a_place(self, j: int) -> bool:
        """A place's name right after a rank and before a name word of no title ("General
        Montserrat Puigdevall", "Colonel Jordan Miles"): the person's given name."""
        toks = self.tokens
        t = toks[j]
        if not (t.is_word and t.is_cap) or self.is_head(t) or j + 1 >= len(toks):
            return False
        nxt = toks[j + 1]
        return (nxt.is_word and nxt.is_cap and not self.is_title_word(nxt) and self.is_name_word(nxt)
                and geo.country_code(nxt.bare) is None and self.in_known_span(t))

    def _starts_person(self, k: int) -> bool:
        t = self.tokens[k]
        if t.start in getattr(self, "_person_starts", ()):
            return True
        hs = bisect.bisect_left(self.honorific_spans, (t.start, -1))
        if hs < len(self.honorific_spans) and self.honorific_spans[hs][0] == t.start:
            nxt = self.token_at(self.honorific_spans[hs][1])
            # "Ambassador Extraordinary and Plenipotentiary of Japan": a title going on, not a person
            return nxt < len(self.tokens) and not _title_like(self.tokens[nxt].bare) \
                and self.parse_name(nxt, personal=True) > nxt
        return False

    def bare_name_at(self, pos: int, single_ok: bool = False) -> Mention | None:
        """A name without honorific or title at pos ("António Guterres, ..."); with single_ok, also
        one word set off by commas right after an office ("Minister for Foreign Affairs, Sugiono,")."""
        i = self.token_at(pos)
        if i >= len(self.tokens) or self.tokens[i].start - pos > 2:
            return None
        j = self.parse_name(i, personal=False)
        words = [t for t in self.tokens[i:j] if not t.is_initial and t.text.lower() not in name_particles()]
        initials = j - i - len(words)
        single = single_ok and len(words) == 1 and j - i == 1 and j < len(self.tokens) \
            and self.tokens[j].text in {",", ".", ";", ")"} and not self.is_title_word(words[0]) \
            and words[0].text[1:].islower() and geo.lookup_city(words[0].text) is None \
            and not self._city_follows(j)
        # "Luigi Di Maio", or "S. Raghavan" (an initial and a name)
        # no place's name, but one inside a name ("Rosa Argentina Lacayo")
        if len(words) < 2 and not (len(words) == 1 and initials) and not single \
                or any(self.in_known_span(t) for t in (words[0], words[-1]) if words) \
                or any(self.in_known_span(t) and not self._place_inside_a_name(i + k)
                       for k, t in enumerate(self.tokens[i:j])):
            return None
        if self.tokens[i].text in SPANISH_ARTICLES or self.tokens[i].text in _PLACE_PREPOSITIONS:
            return None     # "El Ministro de Relaciones Exteriores, X, ...": an office, not a name; "À New York, ..."
        if not self.tokens[i].text[:1].isupper() and any(t.text in honorific_table() for t in self.tokens[i:j]):
            return None     # "a cargo de la Sra. X": an article before a form of address, the name is the honorific's
        if len(words) >= 2 and geo.lookup_city(self.text[self.tokens[i].start:self.tokens[j - 1].end]) is not None:
            return None     # "Nusa Dua, Bali – The Fifth Joint Ministerial Commission ...": a place
        bare = Mention(start=self.tokens[i].start, end=self.tokens[j - 1].end, kind="bare",
                       name_tokens=self.tokens[i:j])
        self._inverted(bare, j)     # "...; Kuzmina, Yelena Sergeyevna, Director of ...": the family name first
        self._tail(bare)        # "- Abdiweli Hassan Gure of Somalia said ...": the state after the name
        return bare

    def _city_follows(self, j: int) -> bool:
        """", Pokhara" after a word: the word is a quarter of that city ("the Office of the Chief
        Minister, Ramghat, Pokhara"), not a one-word name."""
        toks = self.tokens
        if j + 1 >= len(toks) or toks[j].text != "," or not toks[j + 1].is_cap:
            return False
        city = geo.lookup_city(toks[j + 1].text)
        return city is not None and city.name == toks[j + 1].text and city.population >= 100_000

    def _names_ending_offices(self, out: list[Mention]) -> list[Mention]:
        """"Australian Minister for Defence Industry and Capability Delivery Joanne Pethick": a remit
        of words unknown to the lexicon ran on into the name; a family name the text uses on its own
        elsewhere ("Minister Pethick") ends the office and takes the word before it as its given name."""
        families = {m.name_tokens[-1].bare for m in out if m.kind != "office" and m.name_tokens}
        if not families or not any(m.kind == "office" for m in out):
            return out
        result = []
        for m in out:
            if m.kind == "office":
                a, b = self.token_at(m.start), self.token_at(m.end) if m.end < len(self.text) else len(self.tokens)
                toks = [t for t in self.tokens[a:b] if t.end <= m.end]
                if len(toks) >= 4 and toks[-1].bare in families and toks[-2].is_cap and toks[-2].is_word \
                        and not _title_like(toks[-2].bare) and not _title_like(toks[-1].bare) \
                        and geo.country_code(toks[-2].bare) is None and any(_head_like(t.text) for t in toks[:-2]):
                    title_end = toks[-3].end
                    result.append(Mention(start=m.start, end=m.end, kind="title", name_tokens=toks[-2:],
                                          titles=[(m.start, title_end)]))
                    continue
            result.append(m)
        return result

    @cached_property
    def _mention_starts(self) -> tuple[list[int], list[int]]:
        """Positions of `mentions` in order of start, and those starts, for window look-ups."""
        order = sorted(range(len(self.mentions)), key=lambda i: self.mentions[i].start)
        return order, [self.mentions[i].start for i in order]

    def mentions_within(self, s: int, e: int) -> list[Mention]:
        """The mentions lying wholly in [s, e), in the order of `mentions`."""
        order, starts = self._mention_starts
        lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        mentions = self.mentions
        return [mentions[i] for i in sorted(order[lo:hi]) if mentions[i].end <= e]

    @cached_property
    def mentions(self) -> list[Mention]:
        """Every honorific and title mention, honorific ones winning where they overlap."""
        hon = self.honorific_mentions()
        taken = [(m.start, m.end) for m in hon]
        out = list(hon)
        for m in self.title_mentions():
            if m.kind != "office" and any(s < m.name_end and m.name_start < e for s, e in taken):
                # "External Affairs Minister Shri Ravi Menon": the run's title belongs to the honorific mention
                h = next((h for h in hon if m.start < h.start < m.end), None)
                if h is not None and m.titles and m.titles[0][0] < h.start and not h.titles:
                    # "Foreign Minister Senator X": the run read "Senator" as its own last title word
                    end = min(m.titles[0][1], h.start)
                    end = m.titles[0][0] + len(self.text[m.titles[0][0]:end].rstrip())
                    ts = m.titles[0][0]
                    lead = next(((hs, he) for hs, he in self.honorific_spans if hs == ts and he < end), None)
                    if lead is not None:    # "His Excellency Prime Minister ... Sheikh X": a form of address first
                        h.honorifics = self._honorific_list(*lead) + h.honorifics
                        ts = lead[1] + len(self.text[lead[1]:end]) - len(self.text[lead[1]:end].lstrip())
                    h.titles = [(ts, end)]
                    h.start = m.start
                continue
            if m.kind == "office" and any(s <= m.start < e for s, e in taken):
                continue
            out.append(m)
        for m in self.lower_case_offices():
            # the office wins over a "name" read from its own capitalised words ("El Ministro de ...")
            clash = [o for o in out if o.start < m.end and m.start < o.end]
            if all(o.kind != "honorific" and o.start >= m.start - 4 for o in clash):
                out = [o for o in out if o not in clash] + [m]
        out.sort(key=lambda m: m.start)
        out = self._names_ending_offices(out)
        # "at the Foreign Office on King Charles Street": a street named for someone, no one present
        out = [m for m in out if not (m.name_tokens and m.name_tokens[-1].text in STREET_WORDS and len(m.name_tokens) >= 2)]
        # "Foreign Minister of Norway Ms. Ingrid Solberg": a title run right before the honorific
        offices = [m for m in out if m.kind == "office"]
        for m in hon:
            before = next((o for o in offices if 0 <= m.start - o.end <= 1 and self.text[o.end:m.start].strip() == ""), None)
            if before is not None:
                m.titles = [before.titles[0]]
                out.remove(before)
                offices.remove(before)
        # "His Excellency Prime Minister and Minister of Foreign Affairs Sheikh X": the form of address
        # before the title is the person's
        for m in out:
            if m.kind == "title" and not m.honorifics:
                k = bisect.bisect_right(self.honorific_spans, (m.start, len(self.text))) - 1
                if k < 0:
                    continue
                hs, he = self.honorific_spans[k]
                if he <= m.start and not self.text[he:m.start].strip(" \t,"):
                    m.honorifics = self._honorific_list(hs, he)
                    m.start = hs
                elif hs == m.start and m.titles and m.titles[0][0] == hs and he < m.titles[0][1]:
                    # the title run began with it
                    m.honorifics = self._honorific_list(hs, he)
                    ts = he + len(self.text[he:m.titles[0][1]]) - len(self.text[he:m.titles[0][1]].lstrip())
                    m.titles = [(ts, m.titles[0][1])] + m.titles[1:]
        self._person_starts = {m.start for m in out if m.kind != "office"}
        self._person_ends = {m.end for m in out if m.kind != "office"}
        for m in out:
            if m.kind == "title":
                m.titles = m.titles + self.post_title(m)
            elif m.kind != "office":
                m.titles = self.post_title(m) or m.titles or self.pre_title(m)
                if not m.titles and m.tail_country is None and (body := _OF_BODY.match(self.text, m.end)) is not None:
                    # "Dr X of Trinity College Dublin", "Colonel Y of the Defence Forces": the body they serve
                    m.titles = [(body.start("body"), body.end("body"))]
        self._share_plural_titles(out)
        # a title phrase inside someone's title ("... Vice Minister for Foreign Affairs of Japan") is not a mention
        owned = [(s, e, m.start) for m in out if m.kind != "office" for s, e in m.titles]
        return [m for m in out if not any(s <= m.start < e and owner != m.start for s, e, owner in owned)]


_AND_ONLY = fastre.compile(r"\s+and\s+")


def _plural_head(word: str) -> bool:
    """"Members", "Ministers", "Deputies": a title head in the plural."""
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else None
    return singular is not None and singular in title_heads()


def is_office_head(word: str) -> bool:
    """A word that heads an office's title ("Minister", "Commissioner", "Secretary-General")."""
    return _head_like(word)


@lru_cache(maxsize=65536)
def _head_like(word: str) -> bool:
    """A word that heads an office title ("Minister", "Secretary-General", "Ministers’")."""
    if not word[:1].isupper():
        return False
    b = word[:-2] if word.endswith(("'s", "’s")) else word.rstrip("’'")
    # "Secretary-General"; and "Chairperson-in-Office", "Ambassador-at-Large", "Commander-in-Chief"
    parts = b.split("-")
    return b in title_heads() or b in PLURAL_HEADS or ("-" in b and (parts[-1] in title_heads() or (
        len(parts) >= 3 and parts[0] in title_heads() and parts[1] in {"in", "at", "of"})) and b not in EVENT_WORDS)


@lru_cache(maxsize=65536)
def _title_like(b: str) -> bool:
    """A word that belongs to titles whatever its place in the text."""
    if b in title_words() or b.lower() == "the":
        return True
    if "-" in b and all(p in title_words() or geo.country_code(p) or p.isupper() or p in connectors()
                        for p in b.split("-") if p) and not b.split("-")[0] in connectors():
        return True
    return b.isupper() and len(b) >= 2 and bool(geo.country_code(b))


def find_orgs(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """International organisations named in [start, end): (start, end, canonical name)."""
    out = []
    for s, e, name in _org_matches(text, start, end):
        out.append((s, e, name))
    return out


_ORG_RE: re.Pattern | None = None
_ORG_NAMES: dict[str, str] = {}


def _org_matches(text: str, start: int, end: int):
    global _ORG_RE
    if _ORG_RE is None:
        pats = []
        for org in load("organizations.json")["organizations"]:
            for p in org["patterns"]:
                _ORG_NAMES[p] = org["name"]
                pats.append(p)
        pats.sort(key=len, reverse=True)
        _ORG_RE = re.compile(r"(?=[A-Z])(?<![\w-])(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in pats)
                             + r")(?![\w-])")
    for m in _ORG_RE.finditer(text, start, end):
        key = squash(m.group())
        yield m.start(), m.end(), _ORG_NAMES.get(key, key)

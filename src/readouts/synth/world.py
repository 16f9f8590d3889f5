"""The invented world the synthetic readouts describe: countries, cities with their IANA zones,
and a population of office holders with stable identities.

Every name is made up from syllable and name lists written for this module (no real
politician). A population is a pure function of its seed, so the same seed gives the same
people in every run, and each person keeps one `person_id` across all the documents they
appear in, whatever form the text gives their name in.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

YEARS = (2010, 2025)        # events fall in [first, last] inclusive


@dataclass(frozen=True, slots=True)
class City:
    name: str               # as a readout writes it
    country: str            # ISO 3166-1 alpha-2
    zone: str               # IANA zone name


@dataclass(frozen=True, slots=True)
class Country:
    iso: str
    name: str               # "Norway", "the Republic of Korea" (as a sentence writes it)
    formal: str             # "the Kingdom of Norway" (MOFA titles)
    adjective: str          # "Norwegian"
    head: str               # "Prime Minister" | "President": the head of government's title
    style: str              # name style (see NAME_STYLES)
    cities: tuple[City, ...]

    @property
    def bare(self) -> str:
        return self.name[4:] if self.name.startswith("the ") else self.name

    @property
    def capital(self) -> City:
        return self.cities[0]


def _c(iso, name, formal, adjective, head, style, *cities):
    return Country(iso, name, formal, adjective, head, style,
                   tuple(City(n, iso, z) for n, z in cities))


# The first city is the capital. Zones include half-hour and 45-minute offsets, southern
# hemisphere daylight saving, and zones whose rules changed within YEARS (Mexico City, São
# Paulo, Tehran, Cairo, Amman, Astana, Istanbul, Asunción).
COUNTRIES: tuple[Country, ...] = (
    _c("NO", "Norway", "the Kingdom of Norway", "Norwegian", "Prime Minister", "nordic", ("Oslo", "Europe/Oslo")),
    _c("SE", "Sweden", "the Kingdom of Sweden", "Swedish", "Prime Minister", "nordic", ("Stockholm", "Europe/Stockholm")),
    _c("FI", "Finland", "the Republic of Finland", "Finnish", "Prime Minister", "nordic", ("Helsinki", "Europe/Helsinki")),
    _c("DK", "Denmark", "the Kingdom of Denmark", "Danish", "Prime Minister", "nordic", ("Copenhagen", "Europe/Copenhagen")),
    _c("DE", "Germany", "the Federal Republic of Germany", "German", "Chancellor", "germanic", ("Berlin", "Europe/Berlin")),
    _c("AT", "Austria", "the Republic of Austria", "Austrian", "Chancellor", "germanic", ("Vienna", "Europe/Vienna")),
    _c("CH", "Switzerland", "the Swiss Confederation", "Swiss", "President", "germanic", ("Bern", "Europe/Zurich"), ("Geneva", "Europe/Zurich")),
    _c("BE", "Belgium", "the Kingdom of Belgium", "Belgian", "Prime Minister", "dutch", ("Brussels", "Europe/Brussels")),
    _c("FR", "France", "the French Republic", "French", "President", "latin", ("Paris", "Europe/Paris")),
    _c("IT", "Italy", "the Italian Republic", "Italian", "Prime Minister", "latin", ("Rome", "Europe/Rome")),
    _c("ES", "Spain", "the Kingdom of Spain", "Spanish", "Prime Minister", "spanish", ("Madrid", "Europe/Madrid")),
    _c("PT", "Portugal", "the Portuguese Republic", "Portuguese", "Prime Minister", "latin", ("Lisbon", "Europe/Lisbon")),
    _c("PL", "Poland", "the Republic of Poland", "Polish", "Prime Minister", "slavic", ("Warsaw", "Europe/Warsaw")),
    _c("RO", "Romania", "Romania", "Romanian", "Prime Minister", "latin", ("Bucharest", "Europe/Bucharest")),
    _c("GR", "Greece", "the Hellenic Republic", "Greek", "Prime Minister", "greek", ("Athens", "Europe/Athens")),
    _c("UA", "Ukraine", "Ukraine", "Ukrainian", "Prime Minister", "slavic", ("Kyiv", "Europe/Kyiv")),
    _c("TR", "Türkiye", "the Republic of Türkiye", "Turkish", "President", "turkic", ("Ankara", "Europe/Istanbul"), ("Istanbul", "Europe/Istanbul")),
    _c("GB", "the United Kingdom", "the United Kingdom of Great Britain and Northern Ireland", "British", "Prime Minister", "anglo", ("London", "Europe/London")),
    _c("US", "the United States", "the United States of America", "American", "President", "anglo", ("Washington", "America/New_York"), ("New York", "America/New_York"), ("Honolulu", "Pacific/Honolulu")),
    _c("CA", "Canada", "Canada", "Canadian", "Prime Minister", "anglo", ("Ottawa", "America/Toronto"), ("Halifax", "America/Halifax"), ("St. John's", "America/St_Johns")),
    _c("MX", "Mexico", "the United Mexican States", "Mexican", "President", "spanish", ("Mexico City", "America/Mexico_City")),
    _c("BR", "Brazil", "the Federative Republic of Brazil", "Brazilian", "President", "latin", ("Brasília", "America/Sao_Paulo"), ("São Paulo", "America/Sao_Paulo")),
    _c("AR", "Argentina", "the Argentine Republic", "Argentine", "President", "spanish", ("Buenos Aires", "America/Argentina/Buenos_Aires")),
    _c("CL", "Chile", "the Republic of Chile", "Chilean", "President", "spanish", ("Santiago", "America/Santiago")),
    _c("PE", "Peru", "the Republic of Peru", "Peruvian", "President", "spanish", ("Lima", "America/Lima")),
    _c("CO", "Colombia", "the Republic of Colombia", "Colombian", "President", "spanish", ("Bogotá", "America/Bogota")),
    _c("PY", "Paraguay", "the Republic of Paraguay", "Paraguayan", "President", "spanish", ("Asunción", "America/Asuncion")),
    _c("EG", "Egypt", "the Arab Republic of Egypt", "Egyptian", "Prime Minister", "arabic", ("Cairo", "Africa/Cairo")),
    _c("JO", "Jordan", "the Hashemite Kingdom of Jordan", "Jordanian", "Prime Minister", "arabic", ("Amman", "Asia/Amman")),
    _c("SA", "Saudi Arabia", "the Kingdom of Saudi Arabia", "Saudi", "Prime Minister", "arabic", ("Riyadh", "Asia/Riyadh")),
    _c("QA", "Qatar", "the State of Qatar", "Qatari", "Prime Minister", "arabic", ("Doha", "Asia/Qatar")),
    _c("IR", "Iran", "the Islamic Republic of Iran", "Iranian", "President", "persian", ("Tehran", "Asia/Tehran")),
    _c("KE", "Kenya", "the Republic of Kenya", "Kenyan", "President", "african", ("Nairobi", "Africa/Nairobi")),
    _c("ET", "Ethiopia", "the Federal Democratic Republic of Ethiopia", "Ethiopian", "Prime Minister", "african", ("Addis Ababa", "Africa/Addis_Ababa")),
    _c("NG", "Nigeria", "the Federal Republic of Nigeria", "Nigerian", "President", "african", ("Abuja", "Africa/Lagos"), ("Lagos", "Africa/Lagos")),
    _c("GH", "Ghana", "the Republic of Ghana", "Ghanaian", "President", "african", ("Accra", "Africa/Accra")),
    _c("SN", "Senegal", "the Republic of Senegal", "Senegalese", "President", "african", ("Dakar", "Africa/Dakar")),
    _c("ZA", "South Africa", "the Republic of South Africa", "South African", "President", "african", ("Pretoria", "Africa/Johannesburg"), ("Johannesburg", "Africa/Johannesburg")),
    _c("IN", "India", "the Republic of India", "Indian", "Prime Minister", "south_asian", ("New Delhi", "Asia/Kolkata"), ("Mumbai", "Asia/Kolkata")),
    _c("LK", "Sri Lanka", "the Democratic Socialist Republic of Sri Lanka", "Sri Lankan", "President", "south_asian", ("Colombo", "Asia/Colombo")),
    _c("NP", "Nepal", "Nepal", "Nepali", "Prime Minister", "south_asian", ("Kathmandu", "Asia/Kathmandu")),
    _c("BD", "Bangladesh", "the People's Republic of Bangladesh", "Bangladeshi", "Prime Minister", "south_asian", ("Dhaka", "Asia/Dhaka")),
    _c("TH", "Thailand", "the Kingdom of Thailand", "Thai", "Prime Minister", "se_asian", ("Bangkok", "Asia/Bangkok")),
    _c("VN", "Viet Nam", "the Socialist Republic of Viet Nam", "Vietnamese", "Prime Minister", "vietnamese", ("Hanoi", "Asia/Ho_Chi_Minh")),
    _c("ID", "Indonesia", "the Republic of Indonesia", "Indonesian", "President", "se_asian", ("Jakarta", "Asia/Jakarta")),
    _c("PH", "the Philippines", "the Republic of the Philippines", "Philippine", "President", "se_asian", ("Manila", "Asia/Manila")),
    _c("SG", "Singapore", "the Republic of Singapore", "Singaporean", "Prime Minister", "se_asian", ("Singapore", "Asia/Singapore")),
    _c("MY", "Malaysia", "Malaysia", "Malaysian", "Prime Minister", "se_asian", ("Kuala Lumpur", "Asia/Kuala_Lumpur")),
    _c("KR", "the Republic of Korea", "the Republic of Korea", "Korean", "President", "korean", ("Seoul", "Asia/Seoul")),
    _c("MN", "Mongolia", "Mongolia", "Mongolian", "Prime Minister", "mongolian", ("Ulaanbaatar", "Asia/Ulaanbaatar")),
    _c("KZ", "Kazakhstan", "the Republic of Kazakhstan", "Kazakh", "President", "turkic", ("Astana", "Asia/Almaty"), ("Almaty", "Asia/Almaty")),
    _c("AU", "Australia", "Australia", "Australian", "Prime Minister", "anglo", ("Canberra", "Australia/Sydney"), ("Sydney", "Australia/Sydney"), ("Adelaide", "Australia/Adelaide"), ("Darwin", "Australia/Darwin"), ("Perth", "Australia/Perth")),
    _c("NZ", "New Zealand", "New Zealand", "New Zealand", "Prime Minister", "anglo", ("Wellington", "Pacific/Auckland"), ("Auckland", "Pacific/Auckland")),
    _c("PG", "Papua New Guinea", "the Independent State of Papua New Guinea", "Papua New Guinean", "Prime Minister", "pacific", ("Port Moresby", "Pacific/Port_Moresby")),
    _c("JP", "Japan", "Japan", "Japanese", "Prime Minister", "japanese", ("Tokyo", "Asia/Tokyo"), ("Osaka", "Asia/Tokyo"), ("Kyoto", "Asia/Tokyo"), ("Hiroshima", "Asia/Tokyo")),
)
BY_ISO = {c.iso: c for c in COUNTRIES}
# The publishers' own governments are not drawn as counterparts of themselves.
FOREIGN = tuple(c for c in COUNTRIES if c.iso not in {"JP"})

# -- names ---------------------------------------------------------------------------------
# Family names are built from an onset and an ending; given names come from short lists.
NAME_STYLES: dict[str, dict[str, tuple[str, ...]]] = {
    "nordic": {"on": ("Brek", "Hald", "Sol", "Vin", "Ask", "Tor", "Dag", "Rosk", "Fjel", "Lov", "Grim", "Stav", "Ulv", "Eid", "Hov", "Kjel"),
               "end": ("ke", "stad", "heim", "vik", "rud", "seth", "mark", "gaard", "dal", "ness", "bo", "stein", "holm", "rik"),
               "f": ("Ingrid", "Sigrid", "Marit", "Liv", "Astrid", "Helga", "Tove", "Karin", "Solveig"),
               "m": ("Halvard", "Einar", "Torbjorn", "Leif", "Anders", "Gunnar", "Sverre", "Nils", "Oddvar")},
    "germanic": {"on": ("Alt", "Brun", "Eck", "Falk", "Gern", "Holz", "Kalt", "Lind", "Moss", "Rein", "Schall", "Wend", "Zell", "Obern", "Tann"),
                 "end": ("hofer", "mann", "bauer", "inger", "reiter", "stetter", "hausen", "wald", "egger", "meier", "brandt"),
                 "f": ("Annika", "Brigitte", "Claudia", "Heike", "Ulrike", "Sabine", "Greta", "Ilse"),
                 "m": ("Lukas", "Matthias", "Florian", "Jurgen", "Tobias", "Reinhard", "Dieter", "Konrad")},
    "dutch": {"on": ("Vander", "Oost", "Dijk", "Berck", "Hoog", "Molen", "Smed", "Wout", "Kroon", "Lamb"),
              "end": ("veld", "hout", "mans", "broek", "kamp", "stra", "ink", "dael", "aert"),
              "f": ("Els", "Annelies", "Marieke", "Katrien", "Lieve", "Sofie"),
              "m": ("Pieter", "Joris", "Wouter", "Koen", "Bram", "Geert")},
    "latin": {"on": ("Bel", "Cor", "Dam", "Fal", "Gar", "Lor", "Mar", "Pas", "Ros", "Ser", "Tav", "Ven", "Sal", "Bran", "Cal"),
              "end": ("ini", "etti", "ard", "eau", "elli", "ari", "esco", "ino", "oni", "eira", "ulli", "ache", "ossi"),
              "f": ("Chiara", "Elodie", "Ines", "Giulia", "Camille", "Raquel", "Livia", "Sabrina", "Margaux"),
              "m": ("Matteo", "Julien", "Tiago", "Lorenzo", "Mathieu", "Rafael", "Bruno", "Etienne", "Dario")},
    "spanish": {"on": ("Ituar", "Valde", "Bar", "Cast", "Sol", "Mont", "Arre", "Quin", "Ur", "Zal", "Ech", "Olm", "Vil", "Garr", "Bust"),
                "end": ("ra", "ez", "aga", "edo", "illo", "ano", "ona", "era", "ibar", "ueta", "os", "ado", "inez"),
                "f": ("Lucia", "Paula", "Ximena", "Carmen", "Valeria", "Rocio", "Daniela", "Marisol", "Julieta"),
                "m": ("Tomas", "Andres", "Joaquin", "Esteban", "Rodrigo", "Ignacio", "Mateo", "Felipe", "Gonzalo")},
    "slavic": {"on": ("Kral", "Nov", "Dobr", "Mil", "Vas", "Bor", "Zhel", "Hrab", "Stan", "Lub", "Kost", "Yar", "Tkach", "Zor"),
               "end": ("enko", "ovski", "anek", "iuk", "ewicz", "icki", "ovych", "ynski", "ach"),
               "f": ("Olena", "Agnieszka", "Irina", "Katarzyna", "Oksana", "Marta", "Zofia", "Yulia"),
               "m": ("Taras", "Piotr", "Andriy", "Marek", "Bohdan", "Tomasz", "Dmytro", "Pawel")},
    "greek": {"on": ("Papa", "Kara", "Vlach", "Kost", "Theo", "Mav", "Staur", "Lek", "Dim", "Argy"),
              "end": ("opoulos", "akis", "idis", "ou", "atos", "ellis", "iadis"),
              "f": ("Eleni", "Despina", "Katerina", "Sofia", "Ioanna"),
              "m": ("Nikos", "Yannis", "Kostas", "Stavros", "Dimitris")},
    "turkic": {"on": ("Ak", "Demir", "Yil", "Kara", "Tur", "Ozt", "Bay", "Sar", "Erd", "Kal", "Nur", "Tok"),
               "end": ("soy", "baev", "kaya", "oglu", "urk", "ekov", "alp", "han", "ova", "bek"),
               "f": ("Aylin", "Zeynep", "Dinara", "Elif", "Aigerim", "Selin"),
               "m": ("Emre", "Murat", "Nurlan", "Kerem", "Yerlan", "Baris")},
    "anglo": {"on": ("Whit", "Ash", "Hal", "Pen", "Thorn", "Brack", "Cal", "Fair", "Hart", "Lang", "Mar", "Stan", "Wex", "Bram", "Kel"),
              "end": ("combe", "worth", "ridge", "ford", "ley", "wick", "more", "ton", "field", "brook", "shaw", "ham", "by"),
              "f": ("Harriet", "Fiona", "Joanna", "Claire", "Rebecca", "Louise", "Megan", "Eleanor", "Priya"),
              "m": ("Harlan", "Graham", "Duncan", "Oliver", "Simon", "Russell", "Gareth", "Colin", "Trevor")},
    "arabic": {"on": ("Mans", "Hadd", "Khal", "Nas", "Sab", "Tam", "Jab", "Rash", "Zah", "Qas", "Faw", "Sul"),
               "end": ("souri", "awi", "ani", "ari", "idi", "eem", "oun", "iri", "ashi"),
               "f": ("Leila", "Rania", "Noor", "Huda", "Samira", "Yasmin"),
               "m": ("Karim", "Omar", "Tariq", "Yousef", "Khalid", "Sami")},
    "persian": {"on": ("Sad", "Moh", "Far", "Kaz", "Rah", "Tehr", "Shir", "Nik"),
                "end": ("eghi", "avi", "zadeh", "ani", "pour", "abadi"),
                "f": ("Shirin", "Parisa", "Mahsa", "Nasrin"),
                "m": ("Dariush", "Reza", "Kaveh", "Farhad")},
    "african": {"on": ("Adj", "Mwa", "Ok", "Ode", "Bek", "Nya", "Kam", "Tes", "Wan", "Diall", "Ab", "Mens", "Chik", "Ogun"),
                "end": ("ei", "ura", "onkwo", "yemi", "ele", "anga", "aye", "ome", "iku", "ah", "ebe", "ola"),
                "f": ("Amara", "Wanjiru", "Adaeze", "Fatou", "Thandiwe", "Abena", "Selamawit", "Naledi"),
                "m": ("Kwame", "Chinedu", "Tesfaye", "Oumar", "Sipho", "Kofi", "Babajide", "Otieno")},
    "south_asian": {"on": ("Raghu", "Sub", "Chandra", "Wick", "Bhat", "Thap", "Rah", "Sen", "Mukh", "Kar", "Desh"),
                    "end": ("nathan", "ramani", "sekara", "tacharya", "aliya", "man", "gupta", "erjee", "wal", "ande"),
                    "f": ("Anjali", "Priyanka", "Shanthi", "Nirmala", "Sunita", "Farzana"),
                    "m": ("Arvind", "Rohan", "Dinesh", "Sanjay", "Prakash", "Anil")},
    "se_asian": {"on": ("Suri", "Wira", "Pra", "Tan", "Sant", "Bud", "Chai", "Lim", "Ramo", "Dela"),
                 "end": ("yanto", "wong", "sit", "ono", "chai", "iawan", "tos", "ngam", "yadi"),
                 "f": ("Siti", "Maria Luisa", "Kanya", "Dewi", "Mei Ling", "Ratna"),
                 "m": ("Budi", "Somchai", "Arturo", "Hendra", "Wei Jie", "Rizal")},
    "vietnamese": {"fam": ("Tran", "Pham", "Vu", "Dang", "Bui", "Do", "Ngo", "Duong", "Ly"),
                   "f": ("Thi Lan", "Thu Ha", "Minh Chau", "Ngoc Anh"),
                   "m": ("Van Khoa", "Duc Minh", "Quang Huy", "Quoc Tuan")},
    "korean": {"fam": ("Pak", "Jeon", "Ryu", "Nam", "Shin", "Seo", "Hwang", "Baek", "Ahn", "Bang"),
               "f": ("Min-seo", "Ji-yeon", "Hye-jin", "Soo-ah", "Eun-ji"),
               "m": ("Jun-ho", "Sung-min", "Dong-hyun", "Tae-woo", "Jae-won")},
    "mongolian": {"fam": ("Batbayar", "Ganzorig", "Tsogtbaatar", "Enkhjargal", "Dorjsuren"),
                  "f": ("Oyunchimeg", "Sarantuya", "Nomin"),
                  "m": ("Bold", "Tumur", "Erdene")},
    "pacific": {"on": ("Kav", "Tam", "Mor", "Wai", "Nam", "Sir", "Pok"),
                "end": ("ani", "olo", "ua", "ape", "ari"),
                "f": ("Grace", "Loina", "Miriam"),
                "m": ("Joseph", "Kila", "Peter")},
    "japanese": {"syll": ("ta", "ke", "mu", "ra", "na", "ka", "mi", "ya", "shi", "ma", "ha", "se", "ki", "no", "su", "tsu",
                          "o", "mo", "ri", "yo", "ku", "sa", "to", "ni", "fu", "hi", "yu"),
                 "f": ("Aiko", "Emi", "Sayaka", "Noriko", "Haruka", "Megumi", "Yuriko", "Keiko", "Asami"),
                 "m": ("Jun", "Kenji", "Daisuke", "Hiroshi", "Takumi", "Masato", "Shingo", "Ryota", "Kazuki")},
}
# Surnames of Japanese politicians (and common words) the syllables must not spell.
_NOT_NAMES = {"kishida", "motegi", "kamikawa", "hayashi", "kono", "abe", "suga", "ishiba", "iwaya", "gemba", "okada",
              "noda", "aso", "kan", "takaichi", "fujii", "eri", "fukazawa", "tsuji", "mori", "nakasone", "koizumi",
              "kishi", "ono", "ota", "kato", "sato", "tanaka", "komura", "matsumoto", "maehara", "hatoyama",
              "tokyo", "osaka", "kyoto", "nara", "kobe", "saka", "mita", "yoko", "sushi", "kimono", "nomura",
              "toyota", "yamaha", "suzuki", "honda", "mazda", "kirin", "sake", "yama", "mikado"}


@dataclass(frozen=True, slots=True)
class Identity:
    """One true person. `family`/`given` in ordinary capitalisation."""
    pid: str
    given: str
    family: str
    gender: str                  # "female" | "male" (the truth; texts may not say it)
    style: str                   # name style: how the name is written
    country: str | None          # the government they speak for
    organization: str | None     # an international organisation they work for
    office: str                  # office key (see OFFICES)
    title: str                   # the office's title as written after the name
    start: int                   # first year in office
    end: int                     # last year in office

    @property
    def family_first(self) -> bool:
        return self.style in {"korean", "vietnamese", "mongolian"}

    def full(self, japanese_caps: bool = False) -> str:
        """The name as a readout writes it in full."""
        if self.style == "japanese":
            return f"{self.family.upper()} {self.given}" if japanese_caps else f"{self.given} {self.family}"
        if self.family_first:
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    def serves(self, year: int) -> bool:
        return self.start <= year <= self.end


@dataclass
class Population:
    """Everyone the archive can mention, by office and country, with their terms."""
    people: list[Identity] = field(default_factory=list)
    by_office: dict[tuple[str, str], list[Identity]] = field(default_factory=dict)   # (office, country or org) → holders
    shared_family: list[tuple[str, str]] = field(default_factory=list)                # pid pairs sharing a family name

    def holder(self, office: str, where: str, year: int) -> Identity | None:
        for p in self.by_office.get((office, where), ()):
            if p.serves(year):
                return p
        return None

    def pool(self, office: str, where: str) -> list[Identity]:
        return self.by_office.get((office, where), [])


# Offices: key → (title after a name, who holds it)
FM_TITLE = "Minister of Foreign Affairs"
JP_OFFICES = {
    "fm": "Minister for Foreign Affairs of Japan",
    "pm": "Prime Minister of Japan",
    "state_minister": "State Minister for Foreign Affairs",
    "vice_minister": "Parliamentary Vice-Minister for Foreign Affairs",
    "dg": "Director-General",
}
IO_POSTS = (
    ("UN Women", "Executive Director of UN Women"), ("UN Women", "Deputy Executive Director of UN Women"),
    ("UNHCR", "Deputy High Commissioner for Refugees (UNHCR)"), ("IOM", "Senior Regional Advisor, International Organization for Migration (IOM)"),
    ("ICRC", "Head of Delegation, International Committee of the Red Cross (ICRC)"), ("UNDP", "Assistant Administrator, United Nations Development Programme (UNDP)"),
    ("UNFPA", "Regional Director, United Nations Population Fund (UNFPA)"), ("OCHA", "Head of Office, Office for the Coordination of Humanitarian Affairs (OCHA)"),
    ("WFP", "Country Director, World Food Programme (WFP)"), ("UNICEF", "Regional Director, United Nations Children's Fund (UNICEF)"),
)
EU_POSTS = (
    "Secretary-General of the European External Action Service",
    "Deputy Secretary-General for Political Affairs of the European External Action Service",
    "Managing Director for the Americas of the European External Action Service",
    "Managing Director for Asia and the Pacific of the European External Action Service",
    "EU Special Representative for Human Rights",
)


class _Namer:
    """Makes names in a style, never the same full name twice."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def family(self, style: str) -> str:
        data = NAME_STYLES[style]
        rng = self.rng
        if "fam" in data:
            return rng.choice(data["fam"])
        if style == "japanese":
            while True:
                word = "".join(rng.choice(data["syll"]) for _ in range(rng.choice((3, 3, 4))))
                if word not in _NOT_NAMES and 5 <= len(word) <= 9 and not any(v * 2 in word for v in "aeiou"):
                    return word.capitalize()
        word = rng.choice(data["on"]) + rng.choice(data["end"])
        if style == "spanish" and rng.random() < 0.45:
            word += " " + rng.choice(data["on"]) + rng.choice(data["end"])    # two surnames
        if style == "dutch" and rng.random() < 0.4:
            word = "van " + word
        return word

    def person(self, style: str, gender: str, family: str | None = None) -> tuple[str, str]:
        data = NAME_STYLES[style]
        for _ in range(50):
            fam = family or self.family(style)
            given = self.rng.choice(data["f" if gender == "female" else "m"])
            key = f"{given} {fam}"
            if key not in self.used:
                self.used.add(key)
                return given, fam
        raise RuntimeError("name space exhausted")        # pragma: no cover


def _terms(rng: random.Random, lo: int, hi: int, short: int, long: int) -> list[tuple[int, int]]:
    """Consecutive terms covering [lo, hi]."""
    out, year = [], lo - rng.randint(0, 2)
    while year <= hi:
        length = rng.randint(short, long)
        out.append((year, year + length - 1))
        year += length
    return out


def build_population(seed: int) -> Population:
    """The same people for the same seed."""
    rng = random.Random(f"population-{seed}")
    namer = _Namer(rng)
    pop = Population()
    counter = 0

    def add(style, gender, country, org, office, title, start, end, family=None) -> Identity:
        nonlocal counter
        given, fam = namer.person(style, gender, family)
        counter += 1
        ident = Identity(f"P{seed % 1000:03d}-{counter:05d}", given, fam, gender, style, country, org, office,
                         title, start, end)
        pop.people.append(ident)
        pop.by_office.setdefault((office, country or org or ""), []).append(ident)
        return ident

    lo, hi = YEARS
    for c in COUNTRIES:
        for office, title, short, long in (("head", c.head, 3, 6), ("fm", FM_TITLE, 2, 5)):
            for start, end in _terms(rng, lo, hi, short, long):
                add(c.style, rng.choice(("female", "male")), c.iso, None, office, title, start, end)
        # ambassadors and deputy ministers: several at once, drawn by year
        for start, end in _terms(rng, lo, hi, 2, 4):
            add(c.style, rng.choice(("female", "male")), c.iso, None, "deputy", "Deputy Minister of Foreign Affairs", start, end)
    jp = BY_ISO["JP"]
    for office in ("state_minister", "vice_minister"):
        for start, end in _terms(rng, lo, hi, 1, 2):
            add(jp.style, rng.choice(("female", "male")), "JP", None, office, JP_OFFICES[office], start, end)
    for org, title in IO_POSTS:
        for start, end in _terms(rng, lo, hi, 3, 6):
            style = rng.choice(("anglo", "latin", "african", "nordic", "south_asian", "germanic", "spanish"))
            add(style, rng.choice(("female", "male", "female")), None, org, "io", title, start, end)
    for k, title in enumerate(EU_POSTS):
        for start, end in _terms(rng, lo, hi, 3, 5):
            style = rng.choice(("germanic", "latin", "nordic", "slavic", "dutch", "greek", "spanish"))
            add(style, rng.choice(("female", "male")), None, "European Union", f"eu{k}", title, start, end)
    # People who share a family name but are not the same person: the second holds another
    # office, in another country or another period, and has another given name.
    pairs = 0
    candidates = [p for p in pop.people if p.office in {"fm", "head"} and p.style not in {"korean", "vietnamese", "mongolian"}]
    rng.shuffle(candidates)
    for first in candidates:
        if pairs >= 12:
            break
        other = [c for c in COUNTRIES if c.style == first.style and c.iso != first.country] or [BY_ISO[first.country]]
        country = rng.choice(other)
        same_country = country.iso == first.country
        start = first.end + 2 if same_country else rng.randint(lo, hi - 2)
        if start > hi:
            continue
        gender = "female" if first.gender == "male" else "male"
        second = add(first.style, gender, country.iso, None, "deputy", "Deputy Minister of Foreign Affairs", start,
                     min(hi, start + 3), family=first.family)
        pop.shared_family.append((first.pid, second.pid))
        pairs += 1
    # Japan: two people named alike in different periods and offices
    fms = pop.pool("fm", "JP")
    if len(fms) >= 2:
        a = fms[0]
        b = add("japanese", "female" if a.gender == "male" else "male", "JP", None, "vice_minister",
                JP_OFFICES["vice_minister"], min(hi, a.end + 3), min(hi, a.end + 4), family=a.family)
        pop.shared_family.append((a.pid, b.pid))
    return pop

"""Readouts written in Spanish, French and Portuguese, on texts written for these tests."""
from __future__ import annotations

import importlib

import pytest

extract_mod = importlib.import_module("readouts.extract.pipeline")


def event(text: str) -> dict:
    return extract_mod.extract_text(text, source="t.txt").to_dict(with_text=True)["events"][0]


SPANISH_LUNCH = """Gobernación del Cauca
Sala de prensa

Mujeres firmantes de paz dialogan con la Gobernación y la Embajada de Noruega

Popayán, 14 de marzo de 2025

En un almuerzo de trabajo celebrado este jueves en Guapi, la secretaria de la Mujer del Cauca, Rocío Andrea Mosquera Lasso, y la embajadora de Noruega en Colombia, Ingrid Solberg-Moe, escucharon a una veintena de lideresas de la costa caucana.

El encuentro comenzó a las 12:30 horas en la Casa de la Cultura de Guapi y se prolongó por dos horas y media.

La secretaria recordó la Resolución 1325 (2000) del Consejo de Seguridad.
"""

FRENCH_SESSION = """MINISTÈRE DE LA FEMME ET DE LA FAMILLE

Kindu, le 8 novembre 2025

La troisième session ordinaire du Comité provincial de pilotage de la Résolution 1325 s'est tenue le jeudi 6 novembre 2025 dans la salle du Gouvernorat, à Kindu. Les travaux, ouverts à 9 heures, ont été clôturés à 13 h 30. Une quarantaine de membres du Comité y ont pris part.

La session était présidée par la ministre provinciale du Genre, Mme Esther Mwamba Kasongo.
"""

PORTUGUESE_CALL = """Ministério das Relações Exteriores
Nota à imprensa nº 88

Brasília, 5 de junho de 2024

Conversa telefônica entre os chanceleres do Brasil e de Moçambique

O ministro Tomás Ribeiro Cardoso conversou hoje, às 14h30 (horário de Brasília), por telefone, com a ministra dos Negócios Estrangeiros de Moçambique, Celeste Nhantumbo. A conversa durou cerca de quarenta minutos.
"""


@pytest.mark.parametrize("text, kind", [
    (SPANISH_LUNCH, "meal"),
    (FRENCH_SESSION, "dialogue"),
    (PORTUGUESE_CALL, "telephone_talk"),
])
def test_a_romance_lead_is_found_and_its_kind_read(text: str, kind: str) -> None:
    e = event(text)
    assert e["type"] == kind


@pytest.mark.parametrize("lead, kind", [
    ("realizó una visita de cortesía a la Gobernadora de Cusco, Sra. Ana Quispe", "courtesy_call"),
    ("sostuvo una conversación telefónica con el Canciller de Chile, Sr. Luis Rojas", "telephone_talk"),
    ("inauguró el foro «Mujeres y paz» con la Ministra de la Mujer, Sra. Ana Quispe", "symposium"),
    ("encabezó la XII Reunión de Consultas Políticas con el Viceministro de Chile, Sr. Luis Rojas", "dialogue"),
    ("suscribió un convenio de cooperación con el Alcalde de Cusco, Sr. Luis Rojas", "other"),
    ("participó en una reunión virtual con la Ministra de la Mujer, Sra. Ana Quispe", "video_conference"),
])
def test_spanish_kinds(lead: str, kind: str) -> None:
    text = f"Lima, 3 de abril de 2025\n\nLa Ministra de Relaciones Exteriores, Sra. Elena Paredes Ruiz, {lead}.\n"
    assert event(text)["type"] == kind


def test_a_forum_in_english_is_not_read_as_french() -> None:
    # "forum" alone is English too: only an article of French or Portuguese makes it a symposium
    text = ("Ottawa, March 3, 2025\n\nThe Minister met the Foreign Minister of Chile, Ms. Ana Rojas, on the margins "
            "of the Forum on Trade.\n")
    assert event(text)["type"] == "meeting"


@pytest.mark.parametrize("sentence, minutes", [
    ("El encuentro comenzó a las 12:30 horas y se prolongó por dos horas y media.", 150),
    ("La reunión tuvo una duración de cuarenta minutos.", 40),
    ("L'entretien a duré près d'une heure.", 60),
    ("Le déjeuner, qui a débuté à 12 h 30, s'est prolongé pendant près de deux heures et demie.", 150),
    ("O encontro durou cerca de cinquenta minutos.", 50),
])
def test_romance_durations(sentence: str, minutes: int) -> None:
    text = ("Lima, 3 de abril de 2025\n\nLa Ministra de Relaciones Exteriores, Sra. Elena Paredes Ruiz, recibió al "
            f"Embajador de Chile, Sr. Luis Rojas Mena, en el Palacio de Torre Tagle.\n\n{sentence}\n")
    assert event(text)["duration_minutes"] == minutes


def test_a_clock_range_from_opening_to_closing_gives_the_length() -> None:
    e = event(FRENCH_SESSION)
    assert (e["start_time"], e["duration_minutes"]) == ("09:00", 270)


def test_a_spanish_hour_in_words() -> None:
    text = ("Santiago, 4 de abril de 2026\n\nEl Canciller, Sr. Luis Rojas Mena, ofreció una cena de trabajo al "
            "Canciller de Argentina, Sr. Pablo Roca. El encuentro comenzó a las 21 horas del sábado.\n")
    assert event(text)["start_time"] == "21:00"


@pytest.mark.parametrize("text, count", [
    (SPANISH_LUNCH, 20),
    (FRENCH_SESSION, 40),
    ("Quito, 2 de mayo de 2025\n\nLa Cancillería organizó hoy el conversatorio «Mediadoras». Asistieron cerca de 70 "
     "personas, entre ellas diplomáticas y lideresas.\n", 70),
])
def test_romance_head_counts(text: str, count: int) -> None:
    assert event(text)["attendance"] == count


def test_a_head_count_without_a_verb_of_taking_part_is_none() -> None:
    text = ("Quito, 2 de mayo de 2025\n\nLa Cancillería organizó hoy el conversatorio «Mediadoras». El plan beneficia "
            "a cerca de 70 personas en cada provincia.\n")
    assert event(text)["attendance"] is None


def test_the_spanish_lunch_keeps_its_clock_and_figures() -> None:
    e = event(SPANISH_LUNCH)
    assert (e["date"], e["start_time"], e["duration_minutes"]) == ("2025-03-13", "12:30", 150)
    assert [r["number"] for r in e["references"]] == [1325]


def people(text: str) -> dict[str, dict]:
    return {p["family_name"]: p for p in event(text)["participants"]}


def test_spanish_offices_in_lower_case_and_a_second_subject_after_y() -> None:
    got = people(SPANISH_LUNCH)
    assert got["Mosquera Lasso"]["role"] == "principal"
    assert got["Solberg-Moe"]["role"] in {"principal", "counterpart"}


@pytest.mark.parametrize("honorific, gender", [("señora", "female"), ("señor", "male"), ("doña", "female"),
                                               ("Dña.", "female"), ("Dra.", None), ("Licda.", None)])
def test_spanish_honorifics_and_their_gender(honorific: str, gender: str | None) -> None:
    text = ("Lima, 3 de abril de 2025\n\nLa Ministra de Relaciones Exteriores, Sra. Elena Paredes Ruiz, recibió al "
            "Embajador de Chile, Sr. Luis Rojas Mena.\n\nParticiparon también del encuentro la Directora de Asuntos "
            f"Multilaterales, {honorific} Carmen Vidal Soto, y el Consejero Jorge Pinto Lara.\n")
    got = people(text)
    assert "Vidal Soto" in got and got["Vidal Soto"]["gender"] == gender


FRENCH_PANEL = """Kindu, le 8 novembre 2025

La troisième session du Comité provincial de pilotage de la Résolution 1325 s'est tenue hier à Kindu. La session était co-présidée par la Secrétaire générale au Genre, Mme Odile Kabamba Tshala, et par le Vice-gouverneur de la province du Maniema, M. Jean-Paul Lukusa Mbuyi.

Les échanges ont été modérés par le Professeur Éric Mwamba Kalonji, de l'Université de Kindu.

Les participants ont suivi les présentations suivantes :
1. Mme Aline Kasongo Ilunga, Ministre provinciale du Genre : bilan des activités du Comité ;
2. M. Patrick Omari Salumu, coordonnateur de la société civile : les comités locaux de paix.
"""


def test_french_co_chairs_moderator_and_listed_presentations() -> None:
    got = {p["name"]: p for p in event(FRENCH_PANEL)["participants"]}
    assert got["Odile Kabamba Tshala"]["role"] == "principal" and got["Odile Kabamba Tshala"]["gender"] == "female"
    assert got["Jean-Paul Lukusa Mbuyi"]["role"] == "counterpart"
    assert got["Éric Mwamba Kalonji"]["role"] == "moderator"
    assert got["Aline Kasongo Ilunga"]["role"] == got["Patrick Omari Salumu"]["role"] == "speaker"


def test_spanish_moderators_before_and_after_their_verb() -> None:
    text = ("Ciudad de México, 15 de junio de 2023\n\nLa Secretaría de Relaciones Exteriores inauguró hoy el Quinto "
            "Foro de Mujeres Mediadoras. El primer panel fue moderado por la directora general de Derechos Humanos, "
            "Alejandra Ríos Mora, y contó con la participación de:\n\n- Rosa Quiñónez Batres, mediadora de Cobán;\n"
            "- Itzel Lanza Mejía, integrante de la Red.\n\nModeró el segundo panel Mercedes Ortiz Vidal, especialista "
            "de ONU Mujeres.\n")
    got = people(text)
    assert got["Ríos Mora"]["role"] == got["Ortiz Vidal"]["role"] == "moderator"
    assert got["Lanza Mejía"]["role"] == "speaker"
    assert got["Quiñónez Batres"]["role"] in {"speaker", "principal"}     # no one else leads: the first speaker may


@pytest.mark.parametrize("name, code", [("España", "ES"), ("Allemagne", "DE"), ("Alemanha", "DE"), ("Noruega", "NO"),
                                        ("Royaume-Uni", "GB"), ("República de Corea", "KR"), ("Mauricio", None),
                                        ("Granada", None)])
def test_country_names_in_romance_languages(name: str, code: str | None) -> None:
    from readouts.extract import geo
    assert geo.country_code(name) == code


def test_a_name_that_is_also_a_country_in_spanish_is_not_a_country() -> None:
    text = ("Bogotá, September 5, 2025\n\nThe Minister of Foreign Affairs, Rosa Villa Mapy, hosted the Minister of Foreign "
            "Affairs of Panama, Mr. Javier Acha, for a working lunch today.\n\nThe Vice Minister of Multilateral Affairs, "
            "Mauricio Jaramillo Jassir, also attended the lunch.\n")
    assert people(text)["Jaramillo Jassir"]["role"] == "attendee"


@pytest.mark.parametrize("masthead, code", [("Gobierno de Chile", "CL"), ("Présidence de la République du Sénégal", "SN"),
                                            ("Cancillería de Colombia", "CO")])
def test_romance_mastheads_name_their_state(masthead: str, code: str) -> None:
    from readouts.extract.publisher import find_publisher
    from readouts.extract.text import Doc
    assert find_publisher(Doc(f"{masthead}\n\nNoticias\n")).country.value == code


@pytest.mark.parametrize("masthead, state, host", [("EMBAJADA DE ESPAÑA EN VENEZUELA", "ES", "VE"),
                                                   ("Ambassade de France au Caire", "FR", "EG"),
                                                   ("Embassy of Japan in Kenya", "JP", "KE"),
                                                   ("British High Commission, Nairobi", "GB", "KE")])
def test_a_mission_abroad_speaks_for_its_state_in_its_host_country(masthead: str, state: str, host: str) -> None:
    from readouts.extract.publisher import find_publisher
    from readouts.extract.text import Doc
    found = find_publisher(Doc(f"{masthead}\n\nNews\n"))
    assert (found.country.value, found.host.value) == (state, host)


def test_a_city_an_embassy_names_is_in_its_host_country() -> None:
    text = ("EMBAJADA DE ESPAÑA EN VENEZUELA\n\nNoticias\n\n11/03/2015\n\nEl Embajador de España en Venezuela, D. Andrés "
            "Roca Vidal, realizó ayer una visita de cortesía al Gobernador del estado Carabobo, Luis Mora Urbina, en la "
            "sede de la Gobernación, en Valencia.\n")
    e = event(text)
    assert (e["location"]["city"], e["location"]["country"]) == ("Valencia", "VE")


@pytest.mark.parametrize("lead, name, number", [
    ("instalaron hoy en Caracas la XII Reunión de la Comisión de Vecindad e Integración Colombo-Venezolana",
     "Comisión de Vecindad e Integración Colombo-Venezolana", 12),
    ("encabezaron hoy la XV Reunión del Mecanismo de Consultas Políticas México-España",
     "Mecanismo de Consultas Políticas México-España", 15),
    ("inauguraron el II Diálogo de Alto Nivel Chile–Polinesia, en Hanga Roa", "Diálogo de Alto Nivel Chile–Polinesia", 2),
    ("inauguraron el Cuarto Encuentro Anual de la Red de Mujeres Mediadoras",
     "Encuentro Anual de la Red de Mujeres Mediadoras", 4),
])
def test_spanish_rounds_of_a_mechanism(lead: str, name: str, number: int) -> None:
    text = ("Caracas, 10 de febrero de 2026\n\nLa canciller de Colombia, Ana Echeverri Ruiz, y el canciller de Venezuela, "
            f"Luis Rondón Salas, {lead}.\n")
    assert event(text)["series"] == {"name": name, "number": number}


def test_a_french_round_of_a_committee() -> None:
    assert event(FRENCH_PANEL)["series"] == {"name": "Comité provincial de pilotage de la Résolution 1325", "number": 3}


def test_a_round_that_is_the_occasion_of_a_meeting_is_not_its_series() -> None:
    text = ("Múnich, 14 de febrero de 2026\n\nEl Presidente de la Nación, Luis Roca Paz, se reunió con el Canciller "
            "Federal de Alemania, Jonas Brandt, al margen de la 62ª Conferencia de Seguridad de Múnich.\n")
    assert event(text)["series"] is None


@pytest.mark.parametrize("text, city, country", [
    ("Paris, le 30 octobre 2025\n\nL'ambassadeur de France en Égypte, M. Paul Rémy, a reçu à dîner, à la Résidence de "
     "France au Caire, Mme Nour Sharawy, ministre de la Solidarité sociale.\n", "Caire", "EG"),
    ("Brasília, 7 de dezembro de 2005\n\nO Ministro das Relações Exteriores, Embaixador Otávio Lacerda, reuniu-se hoje, "
     "às 10h (hora local; 11h em Brasília), no Palácio do Campo das Princesas, em Recife, com o Ministro de Cabo Verde, "
     "Senhor Januário Fortes.\n", "Recife", "BR"),
])
def test_romance_places_after_au_and_past_a_bracketed_clock(text: str, city: str, country: str) -> None:
    e = event(text)
    assert (e["location"]["city"], e["location"]["country"]) == (city, country)


def test_an_official_visit_names_the_country_in_spanish() -> None:
    text = ("Montevideo, 3 de marzo de 2025\n\nEl ministro de Relaciones Exteriores, Gonzalo Ruiz Bentancor, realizó hoy "
            "una visita oficial a la República del Paraguay, donde mantuvo una reunión con la ministra paraguaya, Sra. "
            "Liz Arce Benítez.\n")
    assert event(text)["location"]["country"] == "PY"


@pytest.mark.parametrize("sentence, city, country", [
    ("firmó hoy en la ciudad andaluza de Córdoba, España, un memorando con la Consejera de Agricultura, Sra. Ana Ruiz",
     "Córdoba", "ES"),
    ("encabezó ayer la II Reunión del Mecanismo, celebrada en la ciudad de Santiago de los Caballeros, con el "
     "Viceministro Sr. Luis Almonte", "Santiago de los Caballeros", "DO"),
])
def test_a_city_of_a_region_in_spanish(sentence: str, city: str, country: str) -> None:
    text = f"Buenos Aires, 30 de marzo de 2026\n\nEl Secretario de Relaciones Exteriores, Sr. Federico Anchorena, {sentence}.\n"
    e = event(text)
    assert (e["location"]["city"], e["location"]["country"]) == (city, country)


def test_a_french_signing_with_the_date_and_place_between() -> None:
    text = ("Libreville, le 3 février 2026\n\nLa Vice-Présidente de la Commission, Dr Bernadette Nkoghe, et la Directrice "
            "régionale d'ONU Femmes, Dr Awa Sarr, ont signé ce mardi 3 février 2026, au siège de la Commission à "
            "Libreville, un mémorandum d'entente sur les femmes, la paix et la sécurité.\n")
    assert event(text)["type"] == "other"


FRENCH_CALL = """Libreville, le 3 juillet 2025

La ministre des Affaires étrangères, Mme Régine Obiang, a eu ce jeudi 3 juillet 2025, à 15 heures (heure de Libreville ; 11 heures à Brasília), un entretien téléphonique avec le ministre des Relations extérieures du Brésil, M. Paulo Bastos.

Ont pris part à l'entretien, aux côtés de la ministre, M. Serge Mba, Directeur de cabinet, et l'Ambassadrice du Gabon au Brésil, Laure Moussavou.
"""


def test_a_french_call_reported_with_a_eu_and_those_who_took_part() -> None:
    e = event(FRENCH_CALL)
    assert (e["type"], e["start_time"]) == ("telephone_talk", "15:00")
    got = {p["name"]: p["role"] for p in e["participants"]}
    assert got["Régine Obiang"] == "principal" and got["Paulo Bastos"] == "counterpart"
    assert got["Serge Mba"] == got["Laure Moussavou"] == "attendee"


def test_portuguese_offices_with_commas_and_acronyms_and_a_delegation_list() -> None:
    text = ("Bissau, 4 de setembro de 2025\n\nO Ministro dos Negócios Estrangeiros, Cooperação Internacional e das "
            "Comunidades, Carlos Pinto Có, reuniu-se hoje, em Bissau, com a Secretária Executiva da Comunidade dos "
            "Países de Língua Portuguesa (CPLP), Benvinda Tavares Semedo.\n\nIntegraram a delegação guineense:\n"
            "- Sr. Aladji Baldé, Diretor-Geral de Assuntos Africanos;\n- Sra. Fatou Sarr, Diretora de Assuntos "
            "Bilaterais.\n")
    got = {p["name"]: p["role"] for p in event(text)["participants"]}
    assert got["Carlos Pinto Có"] == "principal" and got["Benvinda Tavares Semedo"] == "counterpart"
    assert got["Aladji Baldé"] == got["Fatou Sarr"] == "attendee"


def test_a_french_workshop_a_ministry_hosted() -> None:
    text = ("Conakry, le 31 octobre 2025\n\nLe ministère des Affaires étrangères a abrité, ce jeudi 30 octobre 2025, un "
            "atelier national de validation du Plan d'action national de la résolution 1325.\n\nOuvrant les travaux, le "
            "Secrétaire général du ministère, M. Ibrahima Condé, a rappelé les engagements du pays.\n")
    e = event(text)
    assert e["type"] == "symposium" and e["date"] == "2025-10-30"


def test_spanish_attendees_after_asistieron_and_a_moderator_after_la_periodista() -> None:
    text = ("Quito, 2 de mayo de 2025\n\nLa Cancillería organizó hoy el conversatorio «Mediadoras», que fue moderado por "
            "la periodista Ana Lucía Vera.\n\nAsistieron también la embajadora de España, Sra. Carmen Ruiz Soto, y el "
            "embajador de Chile, Sr. Pablo Mena Lagos.\n")
    got = {p["name"]: p["role"] for p in event(text)["participants"]}
    assert got["Ana Lucía Vera"] == "moderator"
    assert got["Carmen Ruiz Soto"] == got["Pablo Mena Lagos"] == "attendee"


def test_a_portuguese_conversation_circle_with_a_mediator_and_a_listed_panel() -> None:
    text = ("Agência Cerrado\n\nRoda de conversa reúne policiais que serviram em missões de paz\n\n"
            "14/03/22 às 18h40 - Atualizado em 15/03/22 às 8h10\n\n"
            "Policiais que serviram em missões da ONU compartilharam suas experiências nesta segunda-feira (14) na roda de "
            "conversa \"Mulheres e paz\", no auditório da Secretaria da Mulher, em Goiânia.\n\n"
            "A atividade começou às 15h e durou uma hora e meia.\n\n"
            "Ao abrir a roda, a secretária da Mulher, Teresa Quintão Vilela, lembrou o Plano Nacional de Ação.\n\n"
            "A mediação ficou a cargo da professora Helena Arruda Mendes, da universidade estadual. "
            "Trocaram experiências com o público:\n\n"
            "- a capitã-tenente Rosa Bittencourt Leme, da Marinha do Brasil;\n"
            "- a major Sônia Prado Guedes, da Polícia Militar.\n")
    e = event(text)
    assert e["type"] == "dialogue" and e["date"] == "2022-03-14" and e["start_time"] == "15:00"
    got = {p["name"]: p["role"] for p in e["participants"]}
    assert got["Teresa Quintão Vilela"] == "principal" and got["Helena Arruda Mendes"] == "moderator"
    assert got["Rosa Bittencourt Leme"] == got["Sônia Prado Guedes"] == "speaker"


def test_spanish_offices_with_lower_case_remits_and_the_attendees_they_introduce() -> None:
    text = ("Temuco, 3 de abril de 2024\n\nEl intendente de la Región de la Araucanía, Marcos Leiva Soto, recibió hoy al "
            "embajador de Suecia en Chile, Sr. Anders Lind.\n\nLa reunión se extendió durante cuarenta y cinco minutos. "
            "Acompañaron al intendente el seremi de Energía, Pablo Reyes Mora, y la consejera comercial de Business Sweden "
            "en Santiago, Karin Alm. Participaron también el oficial de derechos humanos de la Embajada, Erik Berg.\n")
    e = event(text)
    assert e["duration_minutes"] == 45
    got = {p["name"]: (p["role"], p["titles"]) for p in e["participants"]}
    assert got["Pablo Reyes Mora"] == ("attendee", ["seremi de Energía"])
    assert got["Karin Alm"][0] == got["Erik Berg"][0] == "attendee"
    assert got["Karin Alm"][1] == ["consejera comercial de Business Sweden en Santiago"]


def test_a_sentence_that_opens_on_an_accented_capital_is_its_own_sentence() -> None:
    text = ("Valdivia, 9 de mayo de 2024\n\nEl gobernador de Los Ríos, Tomás Vidal Ruiz, recibió hoy al embajador de "
            "Finlandia, Sr. Mikko Salo, en Valdivia. Durante el encuentro, el gobernador Vidal Ruiz presentó la estrategia "
            "regional. Él subrayó la cooperación forestal.\n")
    got = {p["name"]: p["gender"] for p in event(text)["participants"]}
    assert got["Tomás Vidal Ruiz"] == "male"


def test_portuguese_pronouns_and_capitalised_ranks_at_a_seminar_opened_by_a_vice_minister() -> None:
    text = ("Beira, 7 de Novembro de 2024\n\nA Vice-Ministra da Defesa, Joana Muchanga Tivane, procedeu hoje, na cidade da "
            "Beira, à abertura do III Seminário sobre Mulheres nas Forças Armadas.\n\n"
            "No seu discurso de abertura, a Vice-Ministra Muchanga Tivane recordou o Plano Nacional. Ela apelou aos "
            "comandos para que indiquem mulheres.\n\nNo painel intervieram o Coronel Abel Sitoe Mondlane, do Estado-Maior, "
            "e a Superintendente Principal da Polícia Rita Cossa Nhaca.\n")
    e = event(text)
    assert e["date"] == "2024-11-07"
    got = {p["name"]: (p["role"], p["gender"]) for p in e["participants"]}
    assert got["Joana Muchanga Tivane"] == ("principal", "female")
    assert got["Abel Sitoe Mondlane"][0] == got["Rita Cossa Nhaca"][0] == "speaker"


def test_a_welcome_hosts_a_spanish_forum_and_its_panel_is_read_after_expusieron() -> None:
    text = ("Coquimbo, 4 de junio de 2025\n\nAyer se realizó en La Serena el conversatorio «Mujeres y paz», organizado "
            "por la municipalidad. La actividad comenzó a las 18:00 horas.\n\nLa alcaldesa de La Serena, Paula Vera Soto, "
            "dio la bienvenida a las asistentes. A continuación expusieron la capitana Ana Ruiz Lagos, del Ejército; y la "
            "sargento primero Marta Díaz Pino, de Carabineros.\n")
    got = {p["name"]: p["role"] for p in event(text)["participants"]}
    assert got["Paula Vera Soto"] == "principal"
    assert got["Ana Ruiz Lagos"] == got["Marta Díaz Pino"] == "speaker"


def test_a_cycle_named_in_quotes_names_the_series_and_a_bare_hour_times_the_event() -> None:
    text = ("Asunción, 10 de julio de 2025\n\nLa Comisión de Género realizó hoy el segundo conversatorio del ciclo "
            "«Voces por la Paz», en la Sala Bicameral del Congreso, en Asunción.\n\nEl encuentro se inició a las 9, "
            "según el horario oficial, y duró dos horas.\n")
    e = event(text)
    assert e["series"]["name"] == "Voces por la Paz" and e["series"]["number"] == 2
    assert e["start_time"] == "09:00"


def test_a_french_workshop_opened_by_a_minister_and_the_remarks_after_it() -> None:
    text = ("MINISTÈRE DE LA DÉFENSE\n\nGitega, le 12 mai 2025\n\nLe Ministre de la Défense, M. Jean Ndayishimiye, a "
            "procédé ce lundi 12 mai 2025 à 9 h, à l'hôtel du Lac à Gitega, à l'ouverture d'un atelier de trois jours sur la "
            "stratégie genre.\n\nPrenant la parole à sa suite, Mme Alice Niyonsaba, Représentante d'ONU Femmes, a salué "
            "l'engagement du Ministère. M. Pieter de Graaf, chef de la coopération à l'Ambassade des Pays-Bas, a pour sa "
            "part souligné l'importance du suivi.\n")
    e = event(text)
    assert e["type"] == "symposium" and e["date"] == "2025-05-12" and e["start_time"] == "09:00"
    got = {p["name"]: p["role"] for p in e["participants"]}
    assert got["Jean Ndayishimiye"] == "principal" and got["Pieter de Graaf"] == "speaker"


def test_french_attendees_before_their_verb_a_general_and_a_sitting_placed_by_its_opening() -> None:
    text = ("Luxembourg, le 14 mars 2025\n\nLe chef d'état-major, le général Paul Weber, a reçu ce vendredi le "
            "général-major Karel Smet, commandant de la Composante Terre belge.\n\nLa séance de travail s'est ouverte à "
            "10 h dans les locaux de l'état-major, à Bruxelles, et s'est prolongée pendant une heure.\n\n"
            "M. Luc Faber, conseiller, et Mme Anne Peeters, attachée de défense, assistaient à l'entretien.\n")
    e = event(text)
    assert e["location"]["city"] == "Bruxelles"
    got = {p["name"]: p["role"] for p in e["participants"]}
    assert got["Paul Weber"] == "principal" and got["Karel Smet"] == "counterpart"
    assert got["Luc Faber"] == got["Anne Peeters"] == "attendee"


def test_a_french_page_put_online_on_a_day_and_the_round_of_a_named_cycle_in_its_lead() -> None:
    text = ("Parlement régional\n\nTable ronde « Femmes et paix »\n\nMis en ligne le 29 octobre 2025\n\n"
            "Le Comité a organisé hier, mardi 28 octobre, de 14 h à 16 h, une table ronde sur l'agenda « Femmes, paix et "
            "sécurité ». Troisième rendez-vous du cycle « Regards sur l'égalité », la rencontre a réuni 80 personnes.\n")
    e = event(text)
    assert e["date"] == "2025-10-28"
    assert e["series"] == {"name": "Regards sur l'égalité", "number": 3}
    # a first meeting in the lead's paragraph is no round of anything
    text = ("Porto Alegre, 15 de janeiro de 2019\n\nO governador Augusto Leme recebeu nesta terça-feira (15/1), no "
            "Palácio Piratini, o embaixador do Uruguai, Diego Ferrés. Foi o primeiro encontro do governador com um "
            "representante diplomático desde a posse.\n")
    assert event(text)["series"] is None

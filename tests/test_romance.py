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

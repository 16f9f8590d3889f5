"""document.language: the language of the readout's own words, from the common words of its opening."""
from __future__ import annotations

import pytest

from readouts import extract
from readouts.extract.language import detect_language

OPENINGS = {
    "en": "The Minister for Foreign Affairs met the Ambassador of Chile on Monday. The two discussed trade and "
          "the protection of women peacebuilders, and agreed to hold the next round in Santiago.",
    "es": "El Canciller recibió este lunes al Embajador de Noruega en la sede del Ministerio. Durante el encuentro, "
          "ambos repasaron la agenda bilateral y coincidieron en la importancia de la resolución 1325 para la paz.",
    "fr": "Le ministre des Affaires étrangères a reçu lundi l'ambassadeur du Japon. Les deux responsables ont "
          "évoqué la coopération dans le domaine de la sécurité et la place des femmes dans les processus de paix.",
    "pt": "O Ministro das Relações Exteriores recebeu hoje a Embaixadora do Canadá. Os dois trataram da agenda "
          "bilateral e da participação das mulheres nos processos de paz, com destaque para a cooperação em defesa.",
    "it": "Il Ministro degli Affari Esteri ha incontrato oggi l'Ambasciatrice del Cile. Nel corso del colloquio è "
          "stata sottolineata l'importanza della cooperazione e della partecipazione delle donne alla pace.",
    "de": "Die Bundesministerin traf am Montag den Außenminister von Ghana. Das Gespräch drehte sich um die "
          "Sicherheit in der Region und die Rolle der Frauen in Friedensprozessen, die beide Seiten würdigten.",
    "id": "Menteri Luar Negeri menerima kunjungan Duta Besar Kenya di Jakarta pada hari Senin. Dalam pertemuan "
          "ini, kedua pihak membahas kerja sama yang erat dan peran perempuan dalam perdamaian dan keamanan.",
}


@pytest.mark.parametrize("code", sorted(OPENINGS))
def test_each_language_is_told_by_its_common_words(code: str) -> None:
    assert detect_language(OPENINGS[code]) == code


def test_spanish_names_and_places_in_an_english_readout_leave_it_english() -> None:
    text = ("Minister Ana de la Fuente met Señor Luis del Valle y Castro in Las Palmas. "
            "The two ministers discussed the situation in the region and agreed on a joint statement.")
    assert detect_language(text) == "en"


@pytest.mark.parametrize("text", ["", "MINISTERIO DE RELACIONES EXTERIORES", "12.03.2024  14:00  Nr. 55/24",
                                  "Külügyminisztérium — Sajtóközlemény — Budapest"])
def test_a_masthead_a_number_line_or_an_unknown_language_is_unknown(text: str) -> None:
    assert detect_language(text) is None


def test_the_record_carries_the_language() -> None:
    spanish = ("Santiago, 4 de marzo de 2024. " + OPENINGS["es"])
    assert extract(spanish).document.language == "es"
    assert extract("London, 4 March 2024. " + OPENINGS["en"]).document.language == "en"

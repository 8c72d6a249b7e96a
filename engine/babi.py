"""bAbI-style stories in Spanish and English, generated here (the data set itself is never downloaded).

Weston et al. (2015) built the bAbI tasks from a tiny simulated world: people move between places, pick
objects up and put them down, and a question about the world follows the story. This module simulates
that world with the first three tasks:

    task 1, one supporting fact      "Mary went to the kitchen."  ...  "Where is Mary?"  -> kitchen
    task 2, two supporting facts     "John picked up the football." "John went to the garden." ...
                                     "Where is the football?"  -> garden
    task 3, three supporting facts   the football was carried through two places and more ...
                                     "Where was the football before the garden?"  -> kitchen

Spanish contracts "a" + "el" to "al" ("Juan fue al jardín") and "de" + "el" to "del" ("antes del
jardín"). An answer is the place's noun alone, lower case: `cocina`, `jardín`, `kitchen`.

    story = generate_story(task=2, lang="es", seed=7)
    story.sentences, story.question, story.answer, story.supporting
    tokenize("¿Dónde está María")   # (['dónde', 'está', 'maría'], []): marks and capitals dropped
    check_words(["María fue al garaje."])  # the words no model knows: ['garaje']
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

TASKS = (1, 2, 3)
LANGUAGES = ("es", "en")
MAX_SENTENCES = 20  # the longest story a model reads (its temporal encoding has this many rows)
MAX_WORDS = 10  # the longest sentence or question it reads

# Each place: (noun, article). The answer is the noun.
PLACES = {
    "es": (
        ("cocina", "la"),
        ("jardín", "el"),
        ("baño", "el"),
        ("dormitorio", "el"),
        ("oficina", "la"),
        ("pasillo", "el"),
    ),
    "en": (
        ("kitchen", "the"),
        ("garden", "the"),
        ("bathroom", "the"),
        ("bedroom", "the"),
        ("office", "the"),
        ("hallway", "the"),
    ),
}
PEOPLE = {
    "es": ("María", "Juan", "Sandra", "Daniel", "Lucía", "Pedro"),
    "en": ("Mary", "John", "Sandra", "Daniel"),
}
OBJECTS = {
    "es": (("pelota", "la"), ("manzana", "la"), ("leche", "la"), ("libro", "el")),
    "en": (("football", "the"), ("apple", "the"), ("milk", "the")),
}
MOVES = {
    "es": ("fue a", "se mudó a", "viajó a", "volvió a"),
    "en": ("went to", "moved to", "journeyed to", "travelled to"),
}
GETS = {"es": ("tomó", "agarró", "recogió"), "en": ("got", "grabbed", "picked up")}
DROPS = {"es": ("dejó", "soltó"), "en": ("dropped", "put down", "discarded")}

# How many sentences a generated story has, by task (bounds included).
STORY_LENGTHS = {1: (2, 10), 2: (4, 20), 3: (6, 20)}

_MARKS = re.compile(r"[¿?¡!.,;:]")


def place_phrase(lang: str, noun: str, article: str, preposition: str) -> str:
    """'a' + 'el jardín' -> 'al jardín', 'de' + 'el jardín' -> 'del jardín'; English keeps 'the'."""
    if lang == "es" and article == "el" and preposition in ("a", "de"):
        return f"{preposition}l {noun}"
    return f"{preposition} {article} {noun}"


def move_sentence(lang: str, person: str, verb: str, place: tuple[str, str]) -> str:
    *words, preposition = verb.split()
    return f"{person} {' '.join(words)} {place_phrase(lang, *place, preposition)}."


def object_sentence(person: str, verb: str, obj: tuple[str, str]) -> str:
    noun, article = obj
    return f"{person} {verb} {article} {noun}."


def where_is_question(lang: str, thing: str) -> str:
    return f"¿Dónde está {thing}?" if lang == "es" else f"Where is {thing}?"


def where_was_question(lang: str, obj: tuple[str, str], place: tuple[str, str]) -> str:
    noun, article = obj
    if lang == "es":
        return f"¿Dónde estaba {article} {noun} antes {place_phrase(lang, *place, 'de')}?"
    return f"Where was the {noun} before the {place[0]}?"


@dataclass(frozen=True)
class Story:
    """A story, its question and answer, and which sentences the answer rests on (0-based)."""

    task: int
    lang: str
    sentences: tuple[str, ...]
    question: str
    answer: str  # the place's noun, lower case
    supporting: tuple[int, ...]  # in the order a reader needs them, the deciding fact last


class _World:
    """Where everybody and everything is, and each sentence that changed it."""

    def __init__(self, lang: str, people: list[str], rng: random.Random):
        self.lang, self.rng = lang, rng
        self.people = people
        self.places = PLACES[lang]
        self.objects = OBJECTS[lang]
        self.where: dict[str, tuple[str, str]] = {}  # person -> place
        self.moved_at: dict[str, int] = {}  # person -> index of their latest move
        self.holder: dict[tuple[str, str], str] = {}  # object -> person holding it
        self.got_at: dict[tuple[str, str], int] = {}  # object -> index of the sentence that took it
        # object -> its places so far: (place, index of the sentence that fixed where the object was).
        self.trail: dict[tuple[str, str], list[tuple[tuple[str, str], tuple[int, ...]]]] = {}
        self.sentences: list[str] = []

    def move(self, person: str) -> None:
        choices = [p for p in self.places if p != self.where.get(person)]
        place = self.rng.choice(choices)
        i = len(self.sentences)
        self.sentences.append(move_sentence(self.lang, person, self.rng.choice(MOVES[self.lang]), place))
        self.where[person], self.moved_at[person] = place, i
        for obj, holder in self.holder.items():
            if holder == person:
                self._arrive(obj, place, (self.got_at[obj], i))

    def _arrive(self, obj, place, facts: tuple[int, ...]) -> None:
        trail = self.trail.setdefault(obj, [])
        if not trail or trail[-1][0] != place:
            trail.append((place, facts))

    def take(self, person: str, obj) -> None:
        i = len(self.sentences)
        self.sentences.append(object_sentence(person, self.rng.choice(GETS[self.lang]), obj))
        self.holder[obj], self.got_at[obj] = person, i
        self._arrive(obj, self.where[person], (i, self.moved_at[person]))

    def drop(self, person: str, obj) -> None:
        self.sentences.append(object_sentence(person, self.rng.choice(DROPS[self.lang]), obj))
        del self.holder[obj]

    def step(self, carry_bias: float) -> None:
        """One random sentence: mostly moves; takes and drops only where the world allows them."""
        rng = self.rng
        holders = sorted(set(self.holder.values()))
        if holders and rng.random() < carry_bias:
            self.move(rng.choice(holders))
            return
        r = rng.random()
        if r < 0.25:
            free = [o for o in self.objects if o not in self.holder]
            rng.shuffle(free)
            for obj in free:
                at = self.trail.get(obj, [(None, ())])[-1][0]
                here = [p for p in self.people if p in self.where and at in (None, self.where[p])]
                if here:
                    self.take(rng.choice(here), obj)
                    return
        elif r < 0.4 and self.holder:
            obj = rng.choice(sorted(self.holder))
            self.drop(self.holder[obj], obj)
            return
        self.move(rng.choice(self.people))


def _story_seed(task: int, lang: str, seed: int) -> str:
    return f"babi-{task}-{lang}-{seed}"


def generate_story(task: int, lang: str, seed: int) -> Story:
    """One story of `task` (1, 2 or 3) in `lang` ('es' or 'en'), the same for the same seed."""
    if task not in TASKS or lang not in LANGUAGES:
        raise ValueError(f"task must be one of {TASKS} and lang one of {LANGUAGES}")
    rng = random.Random(_story_seed(task, lang, seed))
    while True:  # a few draws at most: most random worlds can be asked about
        story = _draw(task, lang, rng)
        if story is not None:
            return story


def _draw(task: int, lang: str, rng: random.Random) -> Story | None:
    lo, hi = STORY_LENGTHS[task]
    n = rng.randint(lo, hi)
    people = rng.sample(PEOPLE[lang], k=min(4, len(PEOPLE[lang])))
    world = _World(lang, people, rng)
    if task == 1:
        for _ in range(n):
            world.move(rng.choice(people))
        person = rng.choice(sorted(world.where))
        question = where_is_question(lang, person)
        return _story(world, question, world.where[person][0], (world.moved_at[person],), task)
    while len(world.sentences) < n:
        world.step(carry_bias=0.15 if task == 2 else 0.35)
    trails = {obj: trail for obj, trail in world.trail.items() if trail}
    if task == 2:
        if not trails:
            return None
        obj = rng.choice(sorted(trails))
        place, facts = trails[obj][-1]
        noun, article = obj
        return _story(world, where_is_question(lang, f"{article} {noun}"), place[0], facts, task)
    asked = []
    for obj, trail in sorted(trails.items()):
        places = [p for p, _ in trail]
        for k in range(1, len(trail)):
            if places.count(places[k]) == 1:
                asked.append((obj, k))
    if not asked:
        return None
    obj, k = rng.choice(asked)
    trail = world.trail[obj]
    (before, facts_before), (place, facts_at) = trail[k - 1], trail[k]
    question = where_was_question(lang, obj, place)
    facts = tuple(dict.fromkeys((*facts_at, *facts_before)))[-3:]
    return _story(world, question, before[0], facts, task)


def _story(world: _World, question: str, answer: str, facts, task: int) -> Story:
    return Story(task, world.lang, tuple(world.sentences), question, answer, tuple(facts))


def stories(n: int, tasks=TASKS, langs=LANGUAGES, seed: int = 0) -> list[Story]:
    """`n` stories, cycling through every (task, language) pair, story k drawn from seed `seed + k`."""
    pairs = [(task, lang) for task in tasks for lang in langs]
    return [generate_story(*pairs[k % len(pairs)], seed + k) for k in range(n)]


# ---------------------------------------------------------------- words


def _vocabulary() -> tuple[str, ...]:
    """Every word a generated story or question can hold, lower case, Spanish first."""
    words: list[str] = []
    samples = []
    for lang in LANGUAGES:
        samples += [*PEOPLE[lang], *MOVES[lang], *GETS[lang], *DROPS[lang]]
        samples += [f"{a} {n}" for n, a in (*PLACES[lang], *OBJECTS[lang])]
        samples += ["al del a de ¿dónde está estaba antes" if lang == "es" else "where is was before"]
    for text in samples:
        for word in tokenize(text)[0]:
            if word not in words:
                words.append(word)
    return tuple(words)


def tokenize(text: str) -> tuple[list[str], list[str]]:
    """The words of a sentence or question, lower case, without ¿ ? ¡ ! . , ; : ; and any over MAX_WORDS.

    Returns (words, cut): `cut` holds the words past MAX_WORDS, left out."""
    words = _MARKS.sub(" ", text.lower()).split()
    return words[:MAX_WORDS], words[MAX_WORDS:]


VOCAB = _vocabulary()
ANSWERS = tuple(noun for lang in LANGUAGES for noun, _ in PLACES[lang])


def unknown_words(texts: list[str] | tuple[str, ...], vocab=VOCAB) -> list[str]:
    """The words of `texts` that are not in `vocab`, each once, in the order they first come."""
    known, found = set(vocab), []
    for text in texts:
        for word in tokenize(text)[0]:
            if word not in known and word not in found:
                found.append(word)
    return found

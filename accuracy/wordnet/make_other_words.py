#!/usr/bin/env python3
"""Derives cspec's other-words.txt from WordNet 3.0's index files (Debian package wordnet-base).

Each line is a lower-case, single-word lemma of at least three letters that WordNet lists as a
verb, an adjective or an adverb and never as a noun (in any sense, proper names included):
"otherwise", "restrict", "enforceable". Such a word heads no noun phrase, so the pronoun reader
does not take it for a candidate antecedent when the rule-based chunker does.

Usage: make_other_words.py /usr/share/wordnet > other-words.txt
"""
import re
import sys


def lemmas(path):
    words = set()
    with open(path, encoding="latin-1") as index:
        for line in index:
            if line.startswith(" "):
                continue  # the licence header
            word = line.split(" ", 1)[0]
            if re.fullmatch(r"[a-z]{3,}", word):
                words.add(word)
    return words


def main(folder):
    nouns = lemmas(folder + "/index.noun")
    others = set()
    for part in ("verb", "adj", "adv"):
        others |= lemmas(folder + "/index." + part)
    print("# verbs, adjectives and adverbs that WordNet 3.0 never lists as nouns; see README.md")
    for word in sorted(others - nouns):
        print(word)


if __name__ == "__main__":
    main(sys.argv[1])

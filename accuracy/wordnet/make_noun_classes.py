#!/usr/bin/env python3
"""Derives cspec's noun-classes.tsv from WordNet 3.0's data.noun (Debian package wordnet-base).

Each line is a lower-case, single-word noun lemma of at least three letters and the lexicographer
classes (noun.act, noun.artifact, ...) of its senses, one letter per class in the order of
WordNet's lexicographer files (a = noun.Tops ... z = noun.time). Capitalised lemmas (proper names)
are left out: a pronoun's candidates are common nouns, and the table stays small. WordNet files the
most general sense of each class's own name under noun.Tops ("state": the way something is, the
root of noun.state); such a sense is given its class here, so that noun.Tops is left only to the
generic words ("entity", "thing").

Usage: make_noun_classes.py /usr/share/wordnet/data.noun > noun-classes.tsv
"""
import re
import sys
from collections import defaultdict

# WordNet's lexicographer files 03 to 28, in order (lexnames(5WN)).
CLASSES = ("Tops act animal artifact attribute body cognition communication event feeling food group "
           "location motive object person phenomenon plant possession process quantity relation shape "
           "state substance time").split()


def main(path):
    classes = defaultdict(set)
    with open(path, encoding="latin-1") as data:
        for line in data:
            if line.startswith(" "):
                continue  # the licence header
            fields = line.split()
            lexfile = int(fields[1])
            words = int(fields[3], 16)
            for j in range(words):
                word = re.sub(r"\(.*\)$", "", fields[4 + 2 * j])
                if re.fullmatch(r"[a-z]{3,}", word):
                    kind = CLASSES.index(word) if lexfile == 3 and word in CLASSES else lexfile - 3
                    classes[word].add(chr(ord("a") + kind))
    print("# noun\tWordNet 3.0 lexicographer classes, a = noun.Tops ... z = noun.time; see README.md")
    for word in sorted(classes):
        print(word + "\t" + "".join(sorted(classes[word])))


if __name__ == "__main__":
    main(sys.argv[1])

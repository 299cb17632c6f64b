#!/usr/bin/env python3
"""Candidate relation triggers from WordNet, curated, written into triggers.tsv.

usage: python3 tools/wordnet-triggers/generate.py [--wordnet /usr/share/wordnet] [--check]

For each edge type a few seed senses (lemma and WordNet sense number) are expanded to their synonyms and their
hyponyms (troponyms for verbs) down to a depth; every single-word lemma found is a candidate. Candidates are
written with the sense that brought them and its gloss to tools/wordnet-triggers/candidates.tsv (all of them,
kept or not, with the reason a dropped one was dropped), and the kept ones not already in the hand-written part of
triggers.tsv are written as rows, in the lexicon's format and with the row template of their seed, between the
'# BEGIN wordnet' and '# END wordnet' lines of src/GraphExplorer.Extraction/Gazetteers/triggers.tsv. Curation is
the KEEP table below (with DROP giving reasons): lemmas a news writer does not use for the fact, or whose word is mostly another sense.
Run it again after changing SEEDS or DROP; --check fails when the files differ from what it would write.

WordNet 3.0 (Debian package wordnet-base) Copyright 2006 by Princeton University, used under the WordNet 3.0
license (permissive: use, copy, modify and distribute with this notice).
"""
import argparse, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TRIGGERS = os.path.join(HERE, '..', '..', 'src', 'GraphExplorer.Extraction', 'Gazetteers', 'triggers.tsv')
CANDIDATES = os.path.join(HERE, 'candidates.tsv')

# Projectiles: the object a throwing or firing verb must have to state an attack ("rained rockets on X").
PROJECTILES = 'shell;mortar;round;rocket;missile;grenade;bomb;projectile;artillery;fire;shot;bullet;drone;munition;barrel;explosive;salvo;volley;barrage;hail'

# (group, seeds [(lemma, sense)], depth of hyponyms, row template: pos, edge, source, target, options, confidence)
SEEDS = [
    ('meet', [('meet', 2), ('confer', 1), ('consult', 1), ('consult', 2), ('parley', 1), ('huddle', 1), ('confabulate', 1), ('rendezvous', 1), ('dine', 1), ('lunch', 1)],
     2, ('VERB', 'MET_WITH', 'agent', 'with', 'pair', '0.7')),
    ('attack', [('attack', 1), ('attack', 2), ('bombard', 2), ('bomb', 1), ('shell', 1), ('strafe', 1), ('pound', 1), ('hammer', 2), ('blast', 2), ('strike', 1), ('hit', 1), ('pummel', 1), ('rocket', 1), ('blitz', 1), ('torpedo', 1), ('napalm', 1), ('raid', 1)],
     1, ('VERB', 'ATTACKED', 'agent', 'patient:PCOL', 'allies', '0.7')),
    ('fire', [('fire', 2), ('shoot', 1), ('shoot', 3), ('throw', 1), ('hurl', 1), ('rain', 2), ('drop', 1), ('unleash', 1), ('lob', 1), ('launch', 1), ('pelt', 1)],
     1, ('VERB', 'ATTACKED', 'agent', 'at|on|upon|toward|towards|into', 'allies,obj=' + PROJECTILES, '0.7')),
    ('accuse', [('accuse', 1), ('accuse', 2), ('condemn', 1), ('denounce', 1), ('criticize', 1), ('reprimand', 1), ('castigate', 1), ('chastise', 1), ('rebuke', 1), ('censure', 1), ('berate', 1), ('vilify', 1), ('excoriate', 1), ('pillory', 1), ('upbraid', 1)],
     1, ('VERB', 'ACCUSED', 'agent', 'patient', 'event', '0.7')),
    ('visit', [('visit', 1), ('visit', 2), ('visit', 3), ('tour', 1), ('inspect', 1)],
     1, ('VERB', 'VISITED', 'agent:PO', 'patient:L', '-', '0.7')),
]

# Curation: of the candidates, only these are kept (a news writer uses them for the fact); every other candidate is
# dropped, with the reason given in DROP when there is one worth stating (else: "another sense, or not news usage").
# Words listed here that no seed sense reaches are added by hand (WordNet files them under senses the seeds miss).
KEEP = {
    'meet': ['huddle', 'parley', 'confabulate', 'closet', 'consult', 'converse', 'dine', 'lunch', 'rendezvous', 'chat'],
    'attack': ['batter', 'blitz', 'cannonade', 'counterattack', 'firebomb', 'gas', 'hammer', 'napalm', 'nuke', 'pummel',
               'strafe', 'besiege', 'rocket', 'mortar', 'overrun', 'torch', 'harass', 'wound'],
    'fire': ['shoot', 'throw', 'hurl', 'fling', 'rain', 'drop', 'unleash', 'pour', 'direct', 'aim', 'send'],
    'accuse': ['castigate', 'chastise', 'excoriate', 'vilify', 'revile', 'pillory', 'assail', 'upbraid', 'reproach', 'chide', 'scold',
               'berate', 'reprimand', 'censure', 'admonish', 'reprove', 'stigmatize', 'stigmatise', 'demonize', 'demonise', 'denigrate',
               'deride', 'rail', 'inveigh', 'fulminate'],
    'visit': ['inspect', 'revisit'],
}

DROP = {
    'meet': {'assemble': 'a gathering, not two sides meeting', 'gather': 'a gathering', 'rally': 'a protest, or troops', 'caucus': 'inside a party',
             'muster': 'troops', 'reconvene': 'a body reconvening', 'summon': 'summoning an envoy is a protest', 'call': 'call on X to: a demand',
             'encounter': 'mostly hostile or abstract', 'see': 'too ambiguous', 'celebrate': 'a festivity', 'party': 'a festivity',
             'fete': 'honours a guest: kept out, rare', 'revel': 'a festivity'},
    'attack': {'assail': 'mostly verbal: an accusation row', 'charge': 'an accusation', 'occupy': 'an accusation row (reported)', 'torpedo': 'mostly abstract (torpedoed the talks)',
               'ram': 'vehicles', 'blast': 'mostly verbal criticism in headlines (Erdogan blasts Israel)', 'surround': 'not an attack by itself', 'surprise': 'another sense', 'abuse': 'another sense', 'bust': 'police raid slang',
               'volley': 'sport', 'down': 'shooting down is kept to the hand rows', 'forge': 'forge ties', 'play': 'another sense', 'pop': 'informal'},
    'fire': {'pelt': 'pelted X with: no target phrase', 'shower': 'showered X with: no target phrase', 'dump': 'waste', 'crash': 'an accident',
             'establish': 'another sense', 'found': 'another sense', 'ground': 'another sense', 'drive': 'another sense', 'pump': 'money'},
    'accuse': {'impeach': 'a parliamentary procedure', 'incriminate': 'evidence incriminates', 'indict': 'a court', 'sentence': 'a court',
               'bomb': 'an armed attack row', 'strike': 'an armed attack row', 'raid': 'an armed attack row', 'lash': 'lash out at: a particle',
               'blast': 'an armed attack row', 'savage': 'rare', 'belittle': 'mild', 'lodge': 'lodge a complaint: no accused'},
    'visit': {'survey': 'a survey', 'case': 'another sense', 'call': 'call on X to: a demand', 'barnstorm': 'campaigning'},
}

# Kept words whose row needs another template than their group's (the preposition of the target).
OVERRIDES = {
    'consult': ('VERB', 'MET_WITH', 'agent', 'patient:P|with', 'pair', '0.7'),
    'closet': ('VERB', 'MET_WITH', 'agent|patient', 'with', 'pair', '0.75'),
    'rail': ('VERB', 'ACCUSED', 'agent', 'against', 'event', '0.65'),
    'inveigh': ('VERB', 'ACCUSED', 'agent', 'against', 'event', '0.65'),
    'fulminate': ('VERB', 'ACCUSED', 'agent', 'against', 'event', '0.65'),
    'wound': ('VERB', 'ATTACKED', 'agent', 'patient:PO', 'allies', '0.6'),
    'harass': ('VERB', 'ATTACKED', 'agent', 'patient:LO', 'allies', '0.6'),
    'direct': ('VERB', 'ATTACKED', 'agent', 'at|toward|towards|against', 'allies,obj=' + PROJECTILES, '0.65'),
    'aim': ('VERB', 'ATTACKED', 'agent', 'at|toward|towards', 'allies,obj=' + PROJECTILES, '0.65'),
    'send': ('VERB', 'ATTACKED', 'agent', 'at|against|into', 'allies,obj=' + PROJECTILES, '0.65'),
    'drop': ('VERB', 'ATTACKED', 'agent', 'on|upon', 'allies,obj=' + PROJECTILES, '0.7'),
    'chat': ('VERB', 'MET_WITH', 'agent', 'with', 'pair', '0.6'),
    'torch': ('VERB', 'ATTACKED', 'agent', 'patient:PCOL', 'allies', '0.6'),
}

IRREGULAR = {'shoot': 'shot', 'throw': 'threw;thrown', 'fling': 'flung', 'send': 'sent', 'pummel': 'pummelled;pummelling;pummeled;pummeling',
             'lunch': 'lunches;lunched', 'chat': 'chatted;chatting', 'closet': 'closeted', 'drop': 'dropped;dropping',
             'rendezvous': 'rendezvoused;rendezvousing', 'overrun': 'overran', 'mortar': 'mortared', 'rocket': 'rocketed', 'besiege': 'besieged'}


def load(wordnet):
    index, data = {}, {}
    for line in open(os.path.join(wordnet, 'index.verb'), encoding='latin-1'):
        if line.startswith(' '):
            continue
        parts = line.split()
        lemma, n_synsets, n_ptrs = parts[0], int(parts[2]), int(parts[3])
        offsets = parts[4 + n_ptrs + 2:]
        index[lemma] = offsets[:n_synsets]
    for line in open(os.path.join(wordnet, 'data.verb'), encoding='latin-1'):
        if line.startswith(' '):
            continue
        head, _, gloss = line.partition('|')
        parts = head.split()
        offset, n_words = parts[0], int(parts[3], 16)
        words = [parts[4 + 2 * i] for i in range(n_words)]
        pos = 4 + 2 * n_words
        n_ptrs = int(parts[pos])
        hyponyms = [parts[pos + 1 + 4 * i + 1] for i in range(n_ptrs) if parts[pos + 1 + 4 * i] == '~']
        data[offset] = (words, hyponyms, gloss.strip())
    return index, data


def hand_written(path):
    rows, inside = set(), False
    for line in open(path, encoding='utf-8'):
        if line.startswith('# BEGIN wordnet'):
            inside = True
        elif line.startswith('# END wordnet'):
            inside = False
        elif not inside and line.strip() and not line.startswith('#'):
            cols = line.rstrip('\n').split('\t')
            rows.add((cols[0], cols[1], cols[2]))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--wordnet', default='/usr/share/wordnet')
    ap.add_argument('--check', action='store_true')
    args = ap.parse_args()
    index, data = load(args.wordnet)
    existing = hand_written(TRIGGERS)
    candidates, kept = [], []
    for group, seeds, depth, template in SEEDS:
        found = {}
        for lemma, sense in seeds:
            offsets = index.get(lemma, [])
            if sense > len(offsets):
                continue
            frontier = [(offsets[sense - 1], 0, f'{lemma}#{sense}')]
            while frontier:
                offset, level, via = frontier.pop()
                words, hyponyms, gloss = data[offset]
                for word in words:
                    word = word.split('(')[0].lower()
                    if '_' not in word and word not in found:
                        found[word] = (via, gloss)
                if level < depth:
                    frontier.extend((h, level + 1, via) for h in hyponyms)
        for word in KEEP[group]:
            found.setdefault(word, ('by hand', 'kept by hand: same fact, reached by no seed sense'))
        for word, (via, gloss) in sorted(found.items()):
            keep = word in KEEP[group]
            row = OVERRIDES.get(word, template)
            duplicate = (word, row[0], row[1]) in existing
            reason = ('in the hand-written rows' if duplicate else 'kept') if keep else (
                'in the hand-written rows' if duplicate else DROP[group].get(word, 'another sense, or not news usage'))
            candidates.append('\t'.join([group, word, via, reason, gloss[:160]]))
            if keep and not duplicate:
                kept.append('\t'.join([word, *row, IRREGULAR.get(word, '')]).rstrip('\t'))
    kept = list(dict.fromkeys(kept))
    candidates_text = '# group\tlemma\tfound through (seed#sense)\tdecision\tgloss (WordNet 3.0, Princeton University)\n' + '\n'.join(candidates) + '\n'
    lines = open(TRIGGERS, encoding='utf-8').read().split('\n')
    begin = next(i for i, l in enumerate(lines) if l.startswith('# BEGIN wordnet'))
    end = next(i for i, l in enumerate(lines) if l.startswith('# END wordnet'))
    triggers_text = '\n'.join(lines[:begin + 1] + kept + lines[end:])
    if args.check:
        same = open(CANDIDATES, encoding='utf-8').read() == candidates_text and open(TRIGGERS, encoding='utf-8').read() == triggers_text
        print('up to date' if same else 'out of date: run tools/wordnet-triggers/generate.py')
        sys.exit(0 if same else 1)
    open(CANDIDATES, 'w', encoding='utf-8').write(candidates_text)
    open(TRIGGERS, 'w', encoding='utf-8').write(triggers_text)
    print(f'{len(candidates)} candidates, {len(kept)} rows written')


if __name__ == '__main__':
    main()

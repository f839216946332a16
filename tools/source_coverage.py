#!/usr/bin/env python3
"""Source coverage: of the events whose sentence carries an attribution cue ("said", "says", "told", "according to",
"reported"), the share that carry a source. A proxy with no gold behind it: precision is pinned by the case files
(rules/src/test/resources/cases/sources.cases), not here.

usage: tools/source_coverage.py SET.jsonl SYSTEM.jsonl [--findings N] [--names]

SET lines are {"id", "text", ...} (the texts the offsets point into); SYSTEM lines the project's output.
--findings N prints N uncovered events (the first by document id) with their sentence; --names counts the
sources found by name and kind.
"""
import collections, json, re, sys

CUE = re.compile(r"\b(said|says|say|told|according to|reported)\b", re.I)


def main():
    args = sys.argv[1:]
    findings = 0
    names = '--names' in args
    if names:
        args.remove('--names')
    if '--findings' in args:
        i = args.index('--findings'); findings = int(args[i + 1]); del args[i:i + 2]
    texts = {}
    for line in open(args[0], encoding='utf-8'):
        d = json.loads(line)
        texts.setdefault(d['id'], d['text'])
    cued = covered = 0
    misses, found = [], collections.Counter()
    for line in open(args[1], encoding='utf-8'):
        if not line.strip():
            continue
        d = json.loads(line)
        text = texts.get(d.get('doc_id'))
        if text is None:
            continue
        for e in d.get('events') or []:
            s = e.get('sentence') or {}
            sentence = text[s.get('begin', 0):s.get('end', 0)]
            if not CUE.search(sentence):
                continue
            cued += 1
            src = e.get('source')
            if src:
                covered += 1
                found[(src.get('name'), src.get('kind'))] += 1
            else:
                misses.append((d['doc_id'], e.get('id'), sentence))
    print(json.dumps({'events_with_cue': cued, 'with_source': covered,
                      'coverage': round(covered / cued, 3) if cued else None}))
    if names:
        print('\n## sources by name and kind')
        for (n, k), c in found.most_common():
            print(f'{c:5d}  {n}  [{k}]')
    if findings:
        misses.sort()
        print(f'\n## {len(misses)} events with a cue and no source; {min(findings, len(misses))} shown')
        for doc, ev, sentence in misses[:findings]:
            print(f'- {doc} {ev}: {sentence}')


if __name__ == '__main__':
    main()

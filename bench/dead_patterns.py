#!/usr/bin/env python3
"""Self-check of data/events patterns: does each pattern code the sentence built from its own words?

For every pattern line it writes one plain sentence per verb form ("Kenya <verb> <words> Uganda.":
first alternative of each element, `*` left out, `+` -> Uganda, `$` -> Kenya, `^` -> "the plan";
noun patterns "~x ...": "Kenya reported the x ... Uganda.", with `$`: "The x ... Kenya ... Uganda ended."), runs `dyad explain` once on all of them
and lists the patterns none of whose sentences (a) codes an event of the pattern's root or (b) at
least matches the pattern itself. Usage: bench/dead_patterns.py [--dyad build/dyad] [--all-alternatives]
"""
import argparse, collections, glob, os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def irregular_pasts():
    """lemma -> irregular past forms, from WordNet's verb.exc (past and participle alike)."""
    out = collections.defaultdict(list)
    try:
        for line in open('/usr/share/wordnet/verb.exc'):
            form, lemma = line.split()[:2]
            if not form.endswith(('ing', 's')) or form.endswith('ss'):
                out[lemma].append(form)
    except OSError:
        pass
    return out


def regular_forms(v):
    if v.endswith('e'):
        past = [v + 'd']
    elif re.search(r'[^aeiou]y$', v):
        past = [v[:-1] + 'ied']
    elif re.search(r'[^aeiou][aeiou][bdgklmnprt]$', v):
        past = [v + 'ed', v + v[-1] + 'ed']
    else:
        past = [v + 'ed']
    if re.search(r'(s|sh|ch|x|z|o)$', v):
        pres = v + 'es'
    elif re.search(r'[^aeiou]y$', v):
        pres = v[:-1] + 'ies'
    else:
        pres = v + 's'
    return past, pres


def read_patterns():
    groups = {}  # "@name word|word" lines (FORMAT.md): a pattern's @name is the group's words
    for path in sorted(glob.glob(os.path.join(ROOT, 'data/events/[0-9]*.txt'))) + [os.path.join(ROOT, 'data/events/defaults.txt')]:
        for n, line in enumerate(open(path), 1):
            body = line.split('#', 1)[0].strip()
            if not body:
                continue
            if body.startswith('@'):
                name, words = body.split(None, 1)
                groups[name] = words
                continue
            body = ' '.join(groups.get(e, e) for e in body.split(' '))
            parts = body.split(None, 2)
            if len(parts) < 3 or not re.match(r'^\d', parts[0]):
                continue
            yield os.path.basename(path), n, parts[0], parts[1], parts[2].split(' ')


def words(elems, choice):
    out = []
    for i, e in enumerate(elems):
        if e == '*':
            continue
        if e == '+':
            out.append('Uganda')
        elif e == '$':
            out.append('Kenya')
        elif e == '^':
            out.append('the plan')
        else:
            out.append(e.split('|')[choice.get(i, 0)])
    return out


def sentences(anchor, elems, irregular, choice):
    rest = words(elems, choice)
    if anchor.startswith('~'):
        if '$' in elems:  # "The meeting between Kenya and Uganda ended."
            return [' '.join(['The', anchor[1:]] + rest + ['ended']) + '.']
        return [' '.join(['Kenya', 'reported', 'the', anchor[1:]] + rest) + '.']
    past, pres = regular_forms(anchor)
    forms = irregular.get(anchor, []) or past
    forms = forms + [pres]
    out = []
    for f in forms:
        # (a pattern without `+` gets no target: "matched: no target actor" passes)
        out.append(' '.join(['Kenya', f] + rest) + '.')
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--dyad', default=os.path.join(ROOT, 'build/dyad'))
    ap.add_argument('--all-alternatives', action='store_true',
                    help='also one sentence per alternative of each element (others at their first)')
    args = ap.parse_args()
    irregular = irregular_pasts()
    pats = list(read_patterns())
    root_of = {p[2]: p[3] for p in pats}
    text_of = collections.defaultdict(list)  # sentence -> pattern indexes
    for k, (_, _, pid, code, el) in enumerate(pats):
        choices = [{}]
        if args.all_alternatives:
            choices += [{i: j} for i, e in enumerate(el[1:], 1) for j in range(1, len(e.split('|')))]
        for ch in choices:
            for s in sentences(el[0], el[1:], irregular, {i - 1: j for i, j in ch.items()}):
                text_of[s].append((k, str(ch)))
    texts = list(text_of)
    out = subprocess.run([args.dyad, 'explain', '-'], input='\n'.join(texts) + '\n', capture_output=True,
                         text=True).stdout
    ok = collections.defaultdict(lambda: collections.defaultdict(bool))  # pattern -> choice -> passed
    result = {}
    for block in out.split('\n== doc ')[0:]:
        lines = block.split('\n')
        if len(lines) < 2:
            continue
        sent = lines[1].strip()
        matched, events, winners = set(), [], set()
        for l in lines:
            m = re.match(r'\s+pattern (\S+) matched: ', l)
            if m:
                winners.add(m.group(1))
            m = re.match(r'\s+try (\S+) .*: matches$', l) or re.match(r'\s+(?:noun )?pattern (\S+?):? ', l)
            if m:
                matched.add(m.group(1))
            m = re.match(r'\s+EVENT \S+ -> \S+ (\d+) .* by (\S+)', l)
            if m:
                events.append((m.group(1), m.group(2)))
                matched.add(m.group(2))
        result[sent] = (matched, events, winners)
    for s in texts:
        if s not in result:
            continue
        matched, events, winners = result[s]
        for k, ch in text_of[s]:
            pid, code = pats[k][2], pats[k][3]
            # (no event: the pattern itself or one of its root won, with no target)
            good = any(c[:2] == code[:2] for c, _ in events) or (
                not events and (pid in matched or any(root_of.get(w, '')[:2] == code[:2] for w in winners)))
            ok[k][ch] |= good
            ok[k].setdefault(ch, False)
    fails = 0
    for k, (f, n, pid, code, el) in enumerate(pats):
        bad = [ch for ch, g in ok[k].items() if not g]
        if bad or not ok[k]:
            fails += 1
            s = [t for t in texts if any(kk == k for kk, _ in text_of[t])][:1]
            why = ''
            if s and s[0] in result:
                matched, events, _ = result[s[0]]
                others = sorted(m for m in matched if m != pid)
                why = 'own pattern %s; events %s; also matched %s' % (
                    'matched' if pid in matched else 'not matched',
                    ','.join('%s by %s' % e for e in events) or '-', ','.join(others) or '-')
            print('%s:%d\t%s\t%s\t%s\t%s\t%s' % (f, n, pid, code, ' '.join(el), ' '.join(bad) if args.all_alternatives else '', why))
    print('checked %d patterns (%d sentences), %d fail' % (len(pats), len(texts), fails), file=sys.stderr)


if __name__ == '__main__':
    main()

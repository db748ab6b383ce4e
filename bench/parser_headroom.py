#!/usr/bin/env python3
"""Would a real parser attach sides better (issue 13: "if a real syntactic parser from Debian
(link-grammar, for example) measurably improves attachment, it may serve as an optional accurate
mode")? One more row for bench/side_headroom.py's comparison, on the same sentences.

  /usr/bin/python3 bench/parser_headroom.py [--dyad build/dyad] [--time-limit 2] [--list CLASS]

Needs link-grammar's Python binding (Debian: apt-get install link-grammar python3-link-grammar),
which only Debian's /usr/bin/python3 sees; run by another python3 the script restarts itself under
/usr/bin/python3 when that one has the binding, and otherwise prints "skipped: ..." and exits 0.

side_headroom's classes a (right already), b (an event coded, actors in S and T, wrong pick) and c
(no event though a pattern matched, actors in S and T) are parsed, one sentence at a time, by
link-grammar's English dictionary: the best linkage only, with a per-sentence time limit; a sentence
with no complete linkage in that time counts as "no parse". In the parse, the word dyad's verb (a, b:
the event's verb; c: the word the first matching pattern matched) is found by its offsets, and:

  source  the head of its subject (an S link, climbing from the verb over auxiliaries and "to":
          PP, I, Pv, Pg, TO, MVi; a relative pronoun is followed to its noun; a participle that
          modifies a noun, Mv/Mg, takes that noun), or for a passive (Pv) the object of its "by"
          (MVp + J); where the pattern puts its source after a preposition ("by $"), that
          preposition's object
  target  its object (O), or the passive's subject; where the pattern puts its target after a
          preposition ("* to +") or the verb has no object, the object (J) of the verb's
          preposition (MVp, or Mp on its object): the pattern's, else to, with, against, on, from,
          into
  nouns   (noun patterns, "~attack on +"): source a possessor ("Freedonia 's") or a modifier noun
          or adjective, target the object of the pattern's preposition after it (Mp + J)

Each word is mapped to a recognised actor (`dyad actors`): the mention that contains the word, else
the mention nearest the word in its noun phrase (the words reached over D, A, AN, G, GN, YS, YP, NM,
Mp, MX, J, SJ and L links, fewest links first). It prints, per class, how often the parser's source
is in S, its target in T, and both; then what picking by the parser would do beside side_headroom's
nearest-actor rule and learned picker (cross-validated as there), and two policies:

  everywhere  each side the parser finds replaces dyad's (in c it must find both): a sentences
              broken (cost), b and c sentences made right (gain)
  combined    the parser only where dyad lost a side (c), or where its side differs from dyad's
              event and came from a subject or object link (S, O): the net tuning sentences gained

and link-grammar's speed on these sentences: sentences per second on one core (wall time of the
parses, the dictionary load apart). Only the tuning part is read (Split in bench/measure.py).
"""
import argparse
import collections
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import side_headroom  # noqa: E402  (Load, Classify, CrossValidate, Features)

DEBIAN_PYTHON = "/usr/bin/python3"
# The prepositions a target may follow when the pattern names none (issue 13's constructions).
TARGET_PREPS = ("to", "with", "against", "on", "from", "into")
PREPS = set(TARGET_PREPS) | {"at", "for", "in", "of", "by", "over", "upon", "toward", "towards", "about",
                             "onto", "across", "among", "between", "through", "off", "out", "under"}
# Links that climb from a verb to the word carrying its subject: perfect, infinitive after a modal
# or "to", passive, progressive, "to" after a verb.
CLIMB = ("PP", "I", "Pv", "Pg", "TO", "MVi")
# Links inside a noun phrase: determiners, adjectives, noun modifiers, names, possessives, numbers,
# "of"-like phrases, appositions, prepositional objects, coordination, superlatives.
NOUN_PHRASE = ("D", "A", "AN", "G", "GN", "YS", "YP", "NM", "Mp", "Mf", "MX", "J", "SJ", "L")
AUXILIARIES = {"be", "is", "are", "was", "were", "been", "being", "am", "have", "has", "had", "having", "do",
               "does", "did", "will", "would", "shall", "should", "may", "might", "can", "could", "must"}
RELATIVE = {"who", "which", "that", "whom"}


def Base(word):
    """A parse word without its dictionary subscript (".v-d") or guess mark ("[!...]"), lower case."""
    return re.sub(r"\[.*$", "", re.sub(r"\.[a-z-]+$", "", word)).lower()


def Label(label):
    """A link label's type, its leading capitals ("Ss*s" -> "S", "MVp" -> "MV")."""
    m = re.match(r"[A-Z]+", label)
    return m.group(0) if m else label


def Has(label, prefixes):
    """Whether `label` is one of `prefixes`: it starts with one and has the same type ("Mp" matches
    "Mp" and "Mpn", not "Mv"; "O" matches "Os", not "OF")."""
    for p in prefixes:
        if label.startswith(p) and (Label(label) == Label(p)):
            return True
    return False


class Parse:
    """One linkage: its words, their byte spans in the sentence, and its links (left, right, label)."""

    def __init__(self, words, spans, links):
        self.words, self.spans, self.links = words, spans, links

    def Left(self, w, prefixes):
        """The words linked to w from its left by a link of the types `prefixes`."""
        return [l for l, r, lab in self.links if r == w and Has(lab, prefixes)]

    def Right(self, w, prefixes):
        return [r for l, r, lab in self.links if l == w and Has(lab, prefixes)]

    def Word(self, span):
        """The word at the byte span `span`: of those that overlap it, the first verb that is not an
        auxiliary (a verb group's main verb, "has killed"; a pattern's verb, "urged X to open", not the
        verb after it), else the last word, else None."""
        hits = [w for w, (b, e) in enumerate(self.spans)
                if e > b and b < span[1] and span[0] < e and self.words[w] not in ("LEFT-WALL", "RIGHT-WALL")]
        verbs = [w for w in hits if re.search(r"\.v(-|$)", self.words[w]) and Base(self.words[w]) not in AUXILIARIES]
        w = verbs[0] if verbs else hits[-1] if hits else None
        # A particle ("lay down"): its verb.
        return next((l for l, r, lab in self.links if r == w and Has(lab, ("K",))), w)


def Governor(p, v):
    """The word that carries v's subject, climbing over auxiliaries, "to" and verb coordination
    ("killed and wounded": VJl, VJr to the conjunction); and whether v is a passive participle (Pv)."""
    passive = False
    for _ in range(6):
        up = [(l, lab) for l, r, lab in p.links if r == v and (Has(lab, CLIMB) or Has(lab, ("VJr",)))]
        up += [(r, lab) for l, r, lab in p.links if l == v and Has(lab, ("VJl",))]
        if not up:
            break
        passive = passive or Has(up[0][1], ("Pv",))
        v = up[0][0]
    return v, passive


def Subject(p, g):
    """The head of g's subject and how it was found ("subject", "modifier"), or (None, None)."""
    for l, r, lab in p.links:
        if r == g and lab[0] == "S" and not Has(lab, ("SJ",)):
            return Antecedent(p, l), "subject"
        if l == g and Has(lab, ("SI",)):  # inverted: "said the minister"
            return r, "subject"
    for l in p.Left(g, ("Mv", "Mg")):
        return l, "modifier"
    return None, None


def Antecedent(p, w):
    """A relative pronoun's noun ("the rebels, who ..."), else w."""
    if Base(p.words[w]) in RELATIVE:
        for l in p.Left(w, ("R", "MX", "B")):
            return l
    return w


def PrepObject(p, v, preps):
    """The object of v's preposition among `preps` (MVp, or Mp on v's object), or None."""
    heads = [v] + p.Right(v, ("O",))
    for h in heads:
        for prep in p.Right(h, ("MVp", "Mp", "MV", "M")):
            if Base(p.words[prep]) in preps:
                for j in p.Right(prep, ("J",)):
                    return j
    return None


def Slots(pattern):
    """Where a pattern puts its sides: the prepositions before "+" and before "$" (empty when the
    side is the object, the subject, or the pattern has none)."""
    out = {"+": (), "$": ()}
    toks = (pattern or "").split()
    for side in out:
        if side in toks[1:]:
            prev = toks[toks.index(side) - 1].split("|")
            if all(w in PREPS for w in prev):
                out[side] = tuple(prev)
    return out


def NounPhrase(p, head, stop):
    """The words of head's noun phrase with their distance in links, nearest first; never
    crossing `stop` (the verb)."""
    seen, frontier, out = {head, stop}, [head], [(head, 0)]
    for depth in range(1, 6):
        nxt = []
        for w in frontier:
            for l, r, lab in p.links:
                if Has(lab, NOUN_PHRASE) and w in (l, r):
                    o = r if l == w else l
                    if o not in seen and p.words[o] not in ("LEFT-WALL", "RIGHT-WALL"):
                        seen.add(o)
                        nxt.append(o)
                        out.append((o, depth))
        frontier = nxt
    return out


def Actor(p, head, stop, mentions):
    """The recognised actor a parse word stands for: the mention containing it, else the mention
    nearest it in its noun phrase (fewest links, then fewest bytes)."""
    if head is None:
        return None
    for w, depth in NounPhrase(p, head, stop):
        b, e = p.spans[w]
        hits = [m for m in mentions if m["begin"] < e and b < m["end"]]
        if hits:
            return min(hits, key=lambda m: abs(m["begin"] - p.spans[head][0]))
    return None


def Pick(p, verb_span, pattern, mentions):
    """The parser's source and target for dyad's verb (or noun) at `verb_span`: (source mention, how,
    target mention, how); None where the verb is not a word of the parse."""
    v = p.Word(verb_span)
    if v is None:
        return None
    slots = Slots(pattern)
    src = tgt = None
    sh = th = None
    if (pattern or "").startswith("~"):
        owners = [o for d in p.Left(v, ("D",)) if Base(p.words[d]) in ("'s", "'") for o in p.Left(d, ("YS", "YP"))]
        for w in owners + p.Left(v, ("A", "AN", "GN")):
            if Actor(p, w, v, mentions) is not None:
                src, sh = w, "possessor" if w in owners else "modifier"
                break
        tgt = PrepObject(p, v, slots["+"] or TARGET_PREPS)
        th = "preposition" if tgt is not None else None
    else:
        g, passive = Governor(p, v)
        subj, how = Subject(p, g)
        if passive or (how == "modifier" and PrepObject(p, v, ("by",)) is not None):
            tgt, th = subj, how and "passive " + how
            src = PrepObject(p, v, ("by",))
            sh = "by-phrase" if src is not None else None
        else:
            src, sh = subj, how
            objs = p.Right(v, ("O",))
            if objs and not slots["+"]:
                tgt, th = objs[0], "object"
            else:
                tgt = PrepObject(p, v, slots["+"] or TARGET_PREPS)
                th = "preposition" if tgt is not None else None
    if slots["$"]:
        s2 = PrepObject(p, v, slots["$"])
        if s2 is not None:
            src, sh = s2, "preposition"
    sm = Actor(p, src, v, mentions)
    tm = Actor(p, tgt, v, mentions)
    if tm is not None and sm is not None and tm["code"] == sm["code"] and not slots["+"] and th == "object":
        # "opened its borders to refugees": the object is the source's own; try the preposition.
        tgt = PrepObject(p, v, TARGET_PREPS)
        tm, th = Actor(p, tgt, v, mentions), "preposition"
    if sm is not None and tm is not None and tm["code"] == sm["code"]:
        tm = None  # one actor on both sides is no event
    sh = sh and (sh if sm is not None else sh + ", no actor")
    th = th and (th if tm is not None else th + ", no actor")
    return sm, sh, tm, th


def Binding():
    """link-grammar's Python module, restarting under Debian's python3 when this one lacks it."""
    try:
        import linkgrammar  # noqa: F401
        return linkgrammar
    except ImportError:
        pass
    if os.path.realpath(sys.executable) != os.path.realpath(DEBIAN_PYTHON) and os.path.exists(DEBIAN_PYTHON):
        ok = subprocess.run([DEBIAN_PYTHON, "-c", "import linkgrammar"], capture_output=True).returncode == 0
        if ok:
            os.execv(DEBIAN_PYTHON, [DEBIAN_PYTHON] + sys.argv)
    print("skipped: link-grammar's Python binding is not installed "
          "(apt-get install link-grammar python3-link-grammar; it needs /usr/bin/python3)")
    sys.exit(0)


class Parser:
    """link-grammar's English parser: the best linkage of a sentence within a time limit."""

    def __init__(self, lg, limit, complete_only=False):
        import linkgrammar.clinkgrammar as clg
        self.lg, self.clg = lg, clg
        lg.LG_Error.set_handler(lambda error, data: None)  # the dictionary's locale notes, not ours
        t = time.perf_counter()
        self.dictionary = lg.Dictionary("en")
        self.load = time.perf_counter() - t
        # As link-parser does: where no complete linkage exists, the one with the fewest null words.
        self.options = lg.ParseOptions(max_parse_time=limit, linkage_limit=100, verbosity=0, min_null_count=0,
                                       max_null_count=0 if complete_only else 250)
        self.times = []
        self.seconds = 0.0
        self.count = 0

    def __call__(self, text):
        """(Parse or None, status): status "ok", "null words" (the best linkage leaves some words
        out), "timeout" or "no linkage"."""
        t = time.perf_counter()
        clg = self.clg
        s = self.lg.Sentence(text, self.dictionary, self.options)
        out, status = None, "ok"
        try:
            best = next(iter(s.parse()), None)
        except self.lg.LG_TimerExhausted:
            best, status = None, "timeout"
        if best is None:
            if status == "ok":
                status = "timeout" if clg.parse_options_timer_expired(self.options._obj) else "no linkage"
        else:
            o = best._obj
            n = clg.linkage_get_num_words(o)
            words = [clg.linkage_get_word(o, w) for w in range(n)]
            spans = [(clg.linkage_get_word_byte_start(o, w), clg.linkage_get_word_byte_end(o, w)) for w in range(n)]
            links = [(clg.linkage_get_link_lword(o, k), clg.linkage_get_link_rword(o, k),
                      clg.linkage_get_link_label(o, k)) for k in range(clg.linkage_get_num_links(o))]
            out = Parse(words, spans, links)
            if s.null_count():
                status = "null words"
        self.times.append(time.perf_counter() - t)
        self.seconds += self.times[-1]
        self.count += 1
        return out, status


def Median(xs):
    xs = sorted(xs)
    return (xs[(len(xs) - 1) // 2] + xs[len(xs) // 2]) / 2 if xs else 0.0


def PatternOf(blocks, rule=None):
    """The pattern text of rule `rule` in a sentence's explain sections, or of the first pattern
    that matched when rule is None."""
    for _, block in blocks:
        for m in re.finditer(r'^\s+try (\S+) \[\S+\] "([^"]*)": (matches|no match)', block, re.M):
            if (rule is None and m.group(3) == "matches") or m.group(1) == rule:
                return m.group(2)
    return None


def Bytes(text, span):
    """A character span of text as a UTF-8 byte span (dyad's offsets are bytes)."""
    return (len(text[:span[0]].encode()), len(text[:span[1]].encode()))


def Same(e, key, m):
    """Whether an event's side `key` is the mention m (its span overlaps, or the same code)."""
    span = e["evidence"].get(key)
    return m is not None and ((span and span[0] < m["end"] and m["begin"] < span[1]) or e.get(key) == m["code"])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dyad", default=os.path.join(HERE, "..", "build", "dyad"))
    ap.add_argument("--time-limit", type=int, default=2, help="seconds per sentence (default 2)")
    ap.add_argument("--complete-only", action="store_true",
                    help="count a sentence with no complete linkage as no parse (default: the linkage with the fewest "
                         "null words, as link-parser does)")
    ap.add_argument("--list", choices=list("abc"), help="print this class's sentences with the parser's picks")
    a = ap.parse_args()
    lg = Binding()
    sa, sents, events, actors, keys, sections = side_headroom.Load(a.dyad)
    classes = side_headroom.Classify(sa, sents, events, actors, keys, sections)
    rows = []
    for i in keys:
        r = classes[i]
        if r["class"] in ("a", "b", "c") and r["verb"]:
            ns, nt = r["nearest"]
            text = sents[i]["text"]
            cands = []
            for m in r["actors"]:
                f = side_headroom.Features(m, r["verb"], r["clause"], text)
                f += [("nearest", "before" if m is ns else "after" if m is nt else "no"),
                      ("position x role", dict(f)["position"] + " / " + dict(f)["role"])]
                cands.append((f, r["right"](m, "S"), r["right"](m, "T")))
            rows.append((i, r["class"], cands))
    learned = side_headroom.CrossValidate(rows)

    parser = Parser(lg, a.time_limit, a.complete_only)
    n = collections.Counter()
    how = collections.Counter()
    listing = []
    for i in keys:
        r = classes[i]
        c = r["class"]
        if c not in ("a", "b", "c"):
            continue
        n[c] += 1
        text = sents[i]["text"]
        if not r["verb"]:
            n[c, "verb not found"] += 1
            for k in ("everywhere right", "parser+nearest right", "combined right", "combined, demands spared"):
                n[c, k] += c == "a"  # dyad's sides kept
            continue
        right, side = r["right"], r["side"]
        ns, nt = r["nearest"]
        n[c, "nearest both"] += right(ns, "S") and right(nt, "T")
        n[c, "learned both"] += learned.get(i, False)
        p, status = parser(text)
        e = r["event"]
        pick = None
        if p is None:
            n[c, status] += 1
            n[c, "no parse"] += 1
        else:
            verb = r["verb"] if c != "c" else Bytes(text, r["verb"])
            pick = Pick(p, verb, PatternOf(sections[i], e and e.get("rule")), r["actors"])
            if pick is None:
                status = "verb not in parse"
                n[c, status] += 1
        n[c, "null words"] += status == "null words"
        listing.append([i, c, status, pick, ""])
        # Where the parser gives nothing, the policies keep dyad's sides.
        sm, sh, tm, th = pick or (None, None, None, None)
        s_ok, t_ok = right(sm, "S"), right(tm, "T")
        if pick:
            n[c, "parsed"] += 1
            n[c, "source found"] += sm is not None
            n[c, "target found"] += tm is not None
            n[c, "source in S"] += s_ok
            n[c, "target in T"] += t_ok
            how[c, "source", sh or "none", s_ok] += 1
            how[c, "target", th or "none", t_ok] += 1
        n[c, "both"] += s_ok and t_ok
        if c == "c":
            # No event: the parser must supply both sides (or, second row, the nearest actor where
            # the parser found none).
            n[c, "everywhere right"] += s_ok and t_ok
            n[c, "parser+nearest right"] += ((s_ok if sm is not None else right(ns, "S")) and
                                             (t_ok if tm is not None else right(nt, "T")))
            n[c, "combined right"] += s_ok and t_ok
            n[c, "combined, demands spared"] += s_ok and t_ok
            n[c, "combined changed"] += sm is not None and tm is not None
            listing[-1][4] = "made right" if s_ok and t_ok else ""
            continue
        es, et = side(e, "source", "S"), side(e, "target", "T")
        # "everywhere": each side the parser found replaces dyad's.
        n[c, "everywhere right"] += (s_ok if sm is not None else es) and (t_ok if tm is not None else et)
        n[c, "parser+nearest right"] += (s_ok if sm is not None else es) and (t_ok if tm is not None else et)
        # "combined": a side only where it differs from dyad's and came from an S or O link.
        s_use = sm is not None and sh in ("subject", "passive subject") and not Same(e, "source", sm)
        t_use = tm is not None and th in ("object", "passive subject") and not Same(e, "target", tm)
        n[c, "combined changed"] += s_use or t_use
        n[c, "combined right"] += (s_ok if s_use else es) and (t_ok if t_use else et)
        # The same, leaving dyad's reported demands alone ("X said Y must end ...": the speaker is the
        # source, the verb's subject the target, on purpose).
        demand = re.search(r"\b(must|should)\b", e["evidence"].get("verb_text", ""), re.I)
        n[c, "combined, demands spared"] += ((s_ok if s_use and not demand else es) and
                                             (t_ok if t_use and not demand else et))
        if s_use or t_use:
            ok = (s_ok if s_use else es) and (t_ok if t_use else et)
            listing[-1][4] = "combined: " + ("right" if ok else "wrong")

    print(f"link-grammar side picks, tuning part (time limit {a.time_limit} s a sentence, best linkage only, "
          + ("complete linkages only)" if a.complete_only else "null words allowed)"))
    print(f"  {'':34s} {'a':>11s} {'b':>11s} {'c':>11s}")

    def Row(name, key, of="sentences"):
        cells = []
        for c in "abc":
            k = n[c, "parsed"] if of == "parsed" else n[c]
            v = n[c] if key is None else n[c, key]
            cells.append(f"{v:4d} {v / max(k, 1):5.0%}" if key else f"{v:4d}      ")
        print(f"  {name:34s} " + " ".join(f"{x:>11s}" for x in cells))

    Row("sentences", None)
    Row("verb not found by side_headroom", "verb not found")
    Row("no parse (timeout or no linkage)", "no parse")
    Row("  of which timeout", "timeout")
    Row("linkage with null words", "null words")
    Row("dyad's verb not a parse word", "verb not in parse")
    Row("parsed, verb found", "parsed")
    Row("parser's source found", "source found", "parsed")
    Row("parser's source in S", "source in S", "parsed")
    Row("parser's target found", "target found", "parsed")
    Row("parser's target in T", "target in T", "parsed")
    Row("parser both right (of parsed)", "both", "parsed")
    print("  picks, both sides right, of all the class's sentences:")
    for c in "abc":
        n[c, "dyad"] = n[c] if c == "a" else 0
    Row("  dyad today", "dyad")
    Row("  nearest actor", "nearest both")
    Row("  learned picker (cross-validated)", "learned both")
    Row("  parser alone", "both")
    Row("  parser everywhere", "everywhere right")
    Row("  parser everywhere, c: nearest", "parser+nearest right")
    Row("  combined policy", "combined right")
    Row("  combined, must/should spared", "combined, demands spared")
    Row("  combined: sides changed", "combined changed")
    cost = n["a"] - n["a", "everywhere right"]
    gain = n["b", "everywhere right"] + n["c", "everywhere right"]
    print(f"parser everywhere: a broken {cost} (cost), b and c made right {gain} (gain), net {gain - cost:+d} "
          f"of 608 tuning sentences with S and T ({(gain - cost) / 608:+.1%})")
    cost = n["a"] - n["a", "combined right"]
    gain = n["b", "combined right"] + n["c", "combined right"]
    print(f"combined policy: a broken {cost}, b and c made right {gain}, net {gain - cost:+d} "
          f"({(gain - cost) / 608:+.1%})")
    cost = n["a"] - n["a", "combined, demands spared"]
    gain = n["b", "combined, demands spared"] + n["c", "combined, demands spared"]
    print(f"  the same, dyad's reported demands (\"must\", \"should\" in its verb) left alone: a broken {cost}, "
          f"made right {gain}, net {gain - cost:+d} ({(gain - cost) / 608:+.1%})")
    print(f"only in c, for comparison: the nearest actor {n['c', 'nearest both']:+d}, the learned picker "
          f"{n['c', 'learned both']:+d}, the parser {n['c', 'both']:+d}, the parser with the nearest actor where it "
          f"found no side {n['c', 'parser+nearest right']:+d} (no cost in a or b)")
    print("how the parser found each side (right/all), per class:")
    for c in "abc":
        for side in ("source", "target"):
            kinds = sorted({k[2] for k in how if k[0] == c and k[1] == side})
            cells = (f"{k} {how[c, side, k, True]}/{how[c, side, k, True] + how[c, side, k, False]}" for k in kinds)
            print(f"  {c} {side}: " + ", ".join(cells))
    rate = parser.count / parser.seconds if parser.seconds else 0
    print(f"speed: {parser.count} sentences parsed in {parser.seconds:.1f} s wall, one core: {rate:.1f} sentences/s "
          f"(dictionary load {parser.load:.2f} s apart); per sentence median {Median(parser.times) * 1000:.0f} ms, "
          f"slowest {max(parser.times, default=0):.2f} s; dyad codes about 57,000 sentences/s")
    if a.list:
        for i, c, status, pick, note in listing:
            if c != a.list:
                continue
            s, t = sents[i], sents[i]["text"]
            spans = {k: " | ".join(t[x:y] for x, y in s[k]) for k in ("S", "T")}
            print(f"\n{i}: {t}\n   S: {spans['S']}   T: {spans['T']}")
            if pick is None:
                print(f"   parser: {status}")
            else:
                sm, sh, tm, th = pick
                print(f"   parser: {sm and sm['text']!r} ({sh}) -> {tm and tm['text']!r} ({th}) {note}")
            for e in events[i]:
                print(f"   dyad: {e['source']} -> {e['target']} {e['code']} "
                      f"({e['source_text']!r} -> {e['target_text']!r})")


if __name__ == "__main__":
    main()

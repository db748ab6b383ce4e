# Issue 15.6: how dyad dates the VOA stories' events. Reads `dyad code` output
# (JSON Lines) and counts the events given the publication day with
# date_resolved false, those among them whose sentence names another year or
# an approximate period, the undated ones, and the date precisions.
#   build/dyad code ../shared/corpora/voa/voa_stories.jsonl > /tmp/voa.jsonl
#   python3 bench/voa_dates.py /tmp/voa.jsonl
import collections, json, os, re, sys
docs = {}
for l in open(os.path.join(os.path.dirname(__file__), '../../shared/corpora/voa/voa_stories.jsonl')):
    d = json.loads(l); docs[str(d['id'])] = d
ev = [json.loads(l) for l in open(sys.argv[1])]
def pub(e):
    d = docs.get(e['doc_id']); 
    return (d.get('published') or '')[:10] if d else ''
n = len(ev)
pubdate_unresolved = [e for e in ev if e['date'] is not None and not e['date_resolved'] and e['date'] == pub(e)]
undated = [e for e in ev if e['date'] is None]
year_in_sentence = [e for e in pubdate_unresolved if any(y != pub(e)[:4] for y in re.findall(r'\b(1[89]\d\d|2[01]\d\d)\b', e['evidence']['sentence']))]
approx = [e for e in pubdate_unresolved if re.search(r'\b(last|this|earlier this|past) (year|month|week)\b', e['evidence']['sentence'], re.I)]
print(f"events {n}; publication date with date_resolved false {len(pubdate_unresolved)}; of them naming another year {len(year_in_sentence)}, naming last/this year|month|week {len(approx)}; undated {len(undated)}")
print("precision", collections.Counter(e.get('date_precision') for e in ev))

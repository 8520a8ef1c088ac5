import json, re, datetime, collections, sys
import os; base=os.path.dirname(os.path.abspath(__file__))+'/'
KEYS=["id","domain","statement","source_url","specific","measurable","time_bound","draft_due","draft_targets","note","split"]
def n(s): return re.sub(r'\s+',' ',s.lower()).strip(' .!,;:"\'“”’‘')
old=[json.loads(l) for l in open(base+'statements.jsonl',encoding='utf-8')]
oldS={n(o['statement']) for o in old}; oldU={o['source_url'] for o in old}
err=[]; seen=set(); ids=set(); per=collections.Counter(); dom=collections.Counter(); drafts=0
for i,l in enumerate(open(base+'round2-health-education.jsonl',encoding='utf-8'),1):
    o=json.loads(l)
    if list(o)!=KEYS: err.append((i,'keys'))
    if o['id'] in ids: err.append((i,'dup id'))
    ids.add(o['id'])
    if not re.fullmatch(r'(hea-2\d{3}|edu-25\d{2})',o['id']): err.append((i,'id form'))
    if o['domain'] not in ('health','education'): err.append((i,'domain'))
    if (o['domain']=='health')!=o['id'].startswith('hea'): err.append((i,'id/domain'))
    for k in ('specific','measurable','time_bound'):
        if o[k] not in ('yes','no','unsure'): err.append((i,k))
    d,t=o['draft_due'],o['draft_targets']
    if (d is None)!=(t is None): err.append((i,'draft pair'))
    if d is not None:
        drafts+=1
        try: datetime.date.fromisoformat(d)
        except Exception: err.append((i,'date'))
        if not isinstance(t,list) or not all(isinstance(x,(int,float)) and not isinstance(x,bool) for x in t): err.append((i,'targets'))
    if not isinstance(o['note'],str): err.append((i,'note'))
    if o['split']!='heldout2': err.append((i,'split'))
    s=n(o['statement'])
    if s in seen: err.append((i,'dup statement'))
    if s in oldS: err.append((i,'in corpus'))
    seen.add(s)
    if o['source_url'] in oldU: err.append((i,'old url'))
    if not o['source_url'].startswith('http'): err.append((i,'url'))
    if len(o['statement'].split())>60: err.append((i,'long'))
    per[o['source_url']]+=1; dom[o['domain']]+=1
for u,c in per.items():
    if c>8: err.append((u,'>8 per page'))
print('lines',i,'domains',dict(dom),'drafts',drafts,'pages',len(per),'max/page',max(per.values()))
print('errors',err if err else 'none')
sys.exit(1 if err else 0)

# Writes corpus.jsonl next to this file (run: python3 corpus-generator.py). The corpus is the source of truth
# for HostileInputCorpusTest; this script is how it was produced, kept so categories can be extended consistently.
import json
cases=[]
def add(cat,name,method,path,user="secretary",body=None,ct="application/json",headers=None,gen=None,hexb=None,chunked=False):
    d={"category":cat,"name":name,"method":method,"path":path,"user":user}
    if headers: d["headers"]=headers
    if ct and (body is not None or gen or hexb): d["contentType"]=ct
    if body is not None: d["body"]=body
    if gen: d["generator"]=gen
    if hexb: d["bodyHex"]=hexb
    if chunked: d["chunked"]=True
    cases.append(d)
REG="/api/agreements"
BASE={"kind":"OVERALL","title":"Hostile","healthTrust":"983974694","municipalities":["4618"],"statutoryPoints":[1,2]}
def reg(**over):
    b=dict(BASE); 
    for k,v in over.items():
        if v is DEL: b.pop(k,None)
        else: b[k]=v
    return json.dumps(b,ensure_ascii=True)
DEL=object()
IM={"If-Match":"{etag}"}
V="/api/agreements/{id}/versions/2"
# --- broken JSON
for n,b in [("open brace","{"),("close brace","}"),("unterminated object",'{"kind":"OVERALL"'),("trailing garbage",reg()+"x"),
  ("two documents",reg()+" "+reg()),("single quotes","{'kind':'OVERALL'}"),("unquoted keys","{kind:\"OVERALL\"}"),
  ("comment",'/* c */'+reg()),("NaN",reg(statutoryPoints=None).replace("null","NaN")),("Infinity",reg(statutoryPoints=None).replace("null","[Infinity]")),
  ("leading zero",reg().replace("[1, 2]","[01, 2]")),("hex number",reg().replace("[1, 2]","[0x1]")),("whitespace only","   \n\t "),
  ("unterminated string",'{"kind":"OVERALL","title":"abc}'),("invalid escape",reg(title="X").replace('"X"','"\\x41"')),
  ("raw control char in string",reg(title="X").replace('"X"','"a\tb"')),("raw newline in string",reg(title="X").replace('"X"','"a\nb"')),
  ("truncated unicode escape",reg(title="X").replace('"X"','"\\u12"')),("missing colon",'{"kind" "OVERALL"}'),("missing comma",'{"kind":"OVERALL" "title":"t"}'),
  ("array trailing comma",reg().replace("[1, 2]","[1, 2,]")),("bare value true","true"),("empty object","{}"),("empty array in object",'{"":[]}'),
  ("duplicate key smuggling trust",reg().replace('"healthTrust": "983974694"','"healthTrust": "983974724", "healthTrust": "983974694"')),
  ("duplicate key smuggling kind",reg().replace('"kind": "OVERALL"','"kind": "FRAMEWORK", "kind": "OVERALL"')),
  ("BOM then JSON","\ufeff"+reg(title="BOM-"+"x"*0).replace('"title": "BOM-"','"title": "T"') if False else "\ufeff{\"kind\":}"),
  ("JSON in a string",json.dumps(reg())),("javascript function",'{"kind": function(){return "OVERALL"}}'),("undefined",'{"kind": undefined}')]:
    add("broken-json",n,"POST",REG,body=b)
add("broken-json","empty body with content-length 0","POST",REG,body="")
add("broken-json","truncated mid-escape on lifecycle","POST",V+"/negotiation",body='{"negotiatedOn":"2024-0\\',headers=IM)
add("broken-json","broken JSON on import","POST","/api/imports",user="admin",body='{"format":"samarbeidsavtaler-bundle",')
add("broken-json","broken JSON on termination","POST","/api/agreements/{id}/termination",body='{"terminatedOn":',headers=IM)
# --- wrong types
for f,vals in {"kind":[1,[],{},True],"title":[1,["t"],{"t":1},False],"healthTrust":[983974694,["983974694"],{"n":"983974694"},True],
  "municipalities":[4618,[4618],{"0":"4618"},[["4618"]],"4618,4601"],"statutoryPoints":["1,2",{"a":1},[True],["1"],[1.0],[1.5e0],[-1],[0],[14],[2147483648]],
  "contributors":["LHL",[1],[{}]],"reason":[1,["r"],{"r":1}],"caseReference":[{"c":1},[1]],"designation":[["2"],{"d":1}],"parentAgreementId":[1,["x"],{"$oid":"0"}]}.items():
    for v in vals:
        add("wrong-type",f"{f} = {json.dumps(v)}","POST",REG,body=reg(**{f:v}))
add("wrong-type","kind as enum index 0","POST",REG,body=reg(kind=0))
for n,b,p in [("negotiatedOn number",'{"negotiatedOn":20240101}',"/negotiation"),("negotiatedOn impossible date",'{"negotiatedOn":"2024-13-45"}',"/negotiation"),
   ("negotiatedOn array",'{"negotiatedOn":[2024,1,1]}',"/negotiation"),("negotiatedOn object",'{"negotiatedOn":{"y":2024}}',"/negotiation"),
   ("party string",'{"party":"983974694","forum":"BOARD","caseNumber":"1","decidedOn":"2024-01-01"}',"/adoptions"),
   ("deviations object",'{"deviations":{"a":1}}',"/adoptions"),("signedOn boolean",'{"signedOn":true}',"/signatures"),
   ("effectiveFrom word",'{"effectiveFrom":"yesterday"}',"/entry-into-force"),("effectiveFrom year zero",'{"effectiveFrom":"0000-00-00"}',"/entry-into-force"),
   ("effectiveFrom huge year",'{"effectiveFrom":"+999999999-12-31"}',"/entry-into-force"),("discard reason number",'{"reason":5}',"/discard")]:
    add("wrong-type",n,"POST",V+p,body=b,headers=IM)
add("wrong-type","terminatedOn number","POST","/api/agreements/{id}/termination",body='{"terminatedOn":0,"reason":"r"}',headers=IM)
add("wrong-type","version not a number","POST","/api/agreements/{id}/versions/abc/negotiation",body='{"negotiatedOn":"2024-01-01"}',headers=IM)
add("wrong-type","version overflows int","POST","/api/agreements/{id}/versions/99999999999/negotiation",body='{"negotiatedOn":"2024-01-01"}',headers=IM)
add("wrong-type","version negative","POST","/api/agreements/{id}/versions/-1/negotiation",body='{"negotiatedOn":"2024-01-01"}',headers=IM)
add("wrong-type","version exponent","POST","/api/agreements/{id}/versions/1e3/negotiation",body='{"negotiatedOn":"2024-01-01"}',headers=IM)
# --- huge / deep
for g in ["deep-array-1k","deep-array-100k","deep-object-1k","deep-object-50k","deep-title-object-5k","deep-municipalities-10k","huge-title-2mb",
          "huge-whitespace-2mb","overlong-title-900k","overlong-title-emoji-200k","overlong-title-combining-300k","overlong-reason-100k",
          "many-municipalities-100k","many-statutory-points-200k","many-unknown-fields-20k","long-key-500k","long-number-100k","long-decimal-exponent"]:
    add("huge-or-deep",g,"POST",REG,gen=g)
add("huge-or-deep","huge-title-2mb chunked","POST",REG,gen="huge-title-2mb",chunked=True)
add("huge-or-deep","deep-array-100k chunked","POST",REG,gen="deep-array-100k",chunked=True)
add("huge-or-deep","deep import","POST","/api/imports",user="admin",gen="deep-import-100k")
add("huge-or-deep","deep adoption party","POST",V+"/adoptions",gen="deep-adoption-deviations-20k",headers=IM)
add("huge-or-deep","huge If-Match header","POST",V+"/discard",body='{"reason":"r"}',headers={"If-Match":'"'+"9"*20000+'"'})
add("huge-or-deep","very long path","GET","/api/agreements/"+"a"*20000)
add("huge-or-deep","very long query","GET","/api/responsibility?healthTrust="+"9"*20000,user="manager")
add("huge-or-deep","many query parameters","GET","/api/responsibility?"+"&".join("municipality=%04d"%i for i in range(3000)),user="manager")
# --- invalid organisation numbers
ORGS=["","12345678","1234567890","983974695","98397469a"," 983974694","983974694 ","983 974 694","NO983974694MVA","-98397469",
      "\u0669\u0668\u0663\u0669\u0667\u0664\u0666\u0669\u0664","\uff19\uff18\uff13\uff19\uff17\uff14\uff16\uff19\uff14","000000000","974760673","98397469\u0664","0x3AA5F1A6"]
for o in ORGS:
    add("invalid-organisation-number",f"register healthTrust {o!r}","POST",REG,body=reg(healthTrust=o))
from urllib.parse import quote
for o in ["12345678","983974695","974760673","%20983974694","\uff19\uff18\uff13\uff19\uff17\uff14\uff16\uff19\uff14","983974694.","-1"]:
    q=quote(o,safe="%")
    add("invalid-organisation-number",f"matrix path {o!r}","GET",f"/api/regions/{q}/matrix",user="manager")
    add("invalid-organisation-number",f"responsibility query {o!r}","GET",f"/api/responsibility?healthTrust={q}",user="manager")
add("invalid-organisation-number","report path bad check digit","GET","/api/regions/983974695/report",user="manager")
add("invalid-organisation-number","csv path bad check digit","GET","/api/regions/983974695/matrix.csv",user="manager")
add("invalid-organisation-number","xlsx path unknown org","GET","/api/regions/974760673/matrix.xlsx",user="manager")
add("invalid-organisation-number","as-recorded matrix path letters","GET","/api/regions/abcdefghi/matrix/as-recorded?at=2024-01-01",user="auditor")
# --- invalid municipality numbers
MUNIS=["","461","46180","abcd","0000","9999","4618 "," 4618","\u0664\u0666\u0661\u0668","\uff14\uff16\uff11\uff18","+461","-461","4618\u0000","46\u00b918","4\u0301618"]
for m in MUNIS:
    add("invalid-municipality-number",f"register {m!r}","POST",REG,body=reg(municipalities=[m]))
add("invalid-municipality-number","register empty list","POST",REG,body=reg(municipalities=[]))
add("invalid-municipality-number","register duplicate","POST",REG,body=reg(municipalities=["4618","4618"]))
for m in ["461","abcd","9999","46180","%00","4618%0A"]:
    add("invalid-municipality-number",f"responsibility query {m!r}","GET",f"/api/responsibility?municipality={quote(m,safe='%')}",user="manager")
# --- unknown enums
for k in ["overall","OVERALL ","FRAMEWORK","","Overall","OVERALL\u0000","SUB-AGREEMENT","\u039fVERALL"]:
    add("unknown-enum",f"kind {k!r}","POST",REG,body=reg(kind=k))
for p,v in [("category","FOO"),("category","diagnosis_specific_group"),("phase","bar"),("targetGroup","ALIENS"),("conditionSystem","ICD11"),
            ("diagnosisSpecific","maybe"),("diagnosisSpecific","1"),("validOn","2024-02-30"),("validOn","tomorrow"),("validOn","2024-01-01T00:00:00Z")]:
    add("unknown-enum",f"responsibility {p}={v}","GET",f"/api/responsibility?{p}={quote(v)}",user="manager")
add("unknown-enum","adoption forum unknown","POST",V+"/adoptions",body='{"party":{"kind":"HEALTH_TRUST","id":"983974694"},"forum":"POLITBYRO","caseNumber":"1","decidedOn":"2024-01-01"}',headers=IM)
add("unknown-enum","as-recorded at garbage","GET","/api/agreements/{id}/as-recorded?at=yesterday",user="auditor")
add("unknown-enum","diff from word","GET","/api/agreements/{id}/diff?from=first&to=2",user="auditor")
add("unknown-enum","diff huge numbers","GET","/api/agreements/{id}/diff?from=99999999999999999999&to=1",user="auditor")
# --- Mongo operator injection
OPS=[{"$gt":""},{"$ne":None},{"$where":"sleep(1000)"},{"$regex":".*"}]
for f in ["kind","title","healthTrust","designation","parentAgreementId","reason","caseReference"]:
    for op in OPS[:2]:
        add("mongo-injection",f"{f} = {json.dumps(op)}","POST",REG,body=reg(**{f:op}))
for f in ["municipalities","statutoryPoints","contributors"]:
    add("mongo-injection",f"{f} = [$gt]","POST",REG,body=reg(**{f:[{"$gt":""}]}))
    add("mongo-injection",f"{f} = $in","POST",REG,body=reg(**{f:{"$in":["4618"]}}))
for op in OPS[2:]:
    add("mongo-injection",f"healthTrust = {json.dumps(op)}","POST",REG,body=reg(healthTrust=op))
add("mongo-injection","top-level $set","POST",REG,body=json.dumps({"$set":{"status":"IN_FORCE"}}))
add("mongo-injection","$set beside valid fields","POST",REG,body=reg(**{"$set":{"x":1}}))
add("mongo-injection","_id beside valid fields","POST",REG,body=reg(_id="helse-fonna-lms-2016"))
add("mongo-injection","agreementId beside valid fields","POST",REG,body=reg(agreementId="helse-fonna-lms-2016"))
add("mongo-injection","dotted key","POST",REG,body=reg(**{"metaData.actorId":"x"}))
add("mongo-injection","discard reason $gt","POST",V+"/discard",body='{"reason":{"$gt":""}}',headers=IM)
add("mongo-injection","negotiatedOn $ne","POST",V+"/negotiation",body='{"negotiatedOn":{"$ne":null}}',headers=IM)
add("mongo-injection","termination reason $where","POST","/api/agreements/{id}/termination",body='{"terminatedOn":"2030-01-01","reason":{"$where":"1"}}',headers=IM)
add("mongo-injection","signature party $ne","POST",V+"/signatures",body='{"party":{"$ne":null},"signatory":"x","signedOn":"2024-01-01"}',headers=IM)
add("mongo-injection","import agreementId $gt","POST","/api/imports",user="admin",body='{"format":"samarbeidsavtaler-bundle","formatVersion":1,"agreements":[{"agreementId":{"$gt":""},"commands":[]}]}')
add("mongo-injection","import command payload $set","POST","/api/imports",user="admin",body='{"format":"samarbeidsavtaler-bundle","formatVersion":1,"agreements":[{"agreementId":"inj-1","commands":[{"type":"RegisterAgreement","payload":{"$set":{"a":1}}}]}]}')
for q in ["healthTrust[$ne]=x","healthTrust[$gt]=","healthTrust=%7B%22%24ne%22%3Anull%7D","municipality[$in][]=4618","category[$ne]=x","validOn[$gt]=",
          "healthTrust=%24where","municipality=%7B%22%24gt%22%3A%22%22%7D","phase[$regex]=.*","conditionCode[$ne]=E11"]:
    add("mongo-injection",f"responsibility ?{q}","GET",f"/api/responsibility?{q}",user="manager")
for p in ["/api/agreements/%7B%22%24gt%22%3A%22%22%7D","/api/agreements/$where","/api/agreements/%24ne/view","/api/agreements/[$ne]/history",
          "/api/regions/%7B%22%24ne%22%3A1%7D/matrix","/api/regions/$gt/report","/api/audit/integrity?agreementId=%7B%22%24gt%22%3A%22%22%7D",
          "/api/audit/integrity?agreementId[$ne]=x","/api/agreements/{id}/as-recorded?at[$gt]=2020-01-01","/api/agreements/$gt/export.json"]:
    add("mongo-injection",f"GET {p}","GET",p,user="admin")
add("mongo-injection","lifecycle on $gt agreement","POST","/api/agreements/%24gt/versions",body='{}',headers=IM)
add("mongo-injection","admin rebuild $cmd","POST","/api/admin/projections/$cmd/rebuild",user="admin")
add("mongo-injection","admin rebuild events","POST","/api/admin/projections/events/rebuild",user="admin")
add("mongo-injection","admin check $where","POST","/api/admin/projections/%7B%22%24where%22%3A1%7D/consistency-check",user="admin")
# --- Unicode edge cases (in places where the value cannot be valid)
for n,v in [("NUL","983974694\u0000"),("lone high surrogate","\ud800"),("lone low surrogate","\udc00"),("reversed pair","\udc00\ud800"),
            ("RTL override","\u202e496479389"),("4-byte emoji","98397469\U0001F600"),("zero-width space","983974694\u200b"),("combining mark","9\u0301"+"83974694"),
            ("NBSP","983\u00a0974694"),("BOM inside","983974\ufeff694")]:
    add("unicode",f"healthTrust with {n}","POST",REG,body=reg(healthTrust=v))
for n,v in [("NUL","OVERALL\u0000"),("RTL override","\u202eOVERALL"),("emoji","OVERALL\U0001F600"),("combining","OVE\u0301RALL")]:
    add("unicode",f"kind with {n}","POST",REG,body=reg(kind=v))
for n,v in [("lone surrogate","\ud800"),("emoji","\U0001F600"),("zero-width joiner","46\u200d18")]:
    add("unicode",f"municipality with {n}","POST",REG,body=reg(municipalities=[v]))
add("unicode","invalid UTF-8 byte sequence","POST",REG,hexb=reg(title="@@").encode().hex().replace("4040","c328"))
add("unicode","overlong UTF-8 slash","POST",REG,hexb=reg(title="@@").encode().hex().replace("4040","c0af"))
add("unicode","UTF-8 encoded surrogate","POST",REG,hexb=reg(title="@@").encode().hex().replace("4040","eda080"))
add("unicode","UTF-16 body declared UTF-8","POST",REG,hexb=reg().encode("utf-16-le").hex())
add("unicode","5-byte UTF-8 sequence","POST",REG,hexb=reg(title="@@").encode().hex().replace("4040","f888808080"))
add("unicode","If-Match with emoji","POST",V+"/discard",body='{"reason":"r"}',headers={"If-Match":'"\U0001F600"'})
add("unicode","If-Match with Arabic-Indic digit","POST",V+"/discard",body='{"reason":"r"}',headers={"If-Match":'"\u0663"'})
add("unicode","agreement id with emoji","GET","/api/agreements/%F0%9F%98%80/view",user="manager")
add("unicode","agreement id with RTL override","GET","/api/agreements/%E2%80%AEabc/history",user="auditor")
add("unicode","agreement id with lone surrogate bytes","GET","/api/agreements/%ED%A0%80/view",user="manager")
add("unicode","agreement id with NUL","GET","/api/agreements/abc%00def/view",user="manager")
add("unicode","query with overlong UTF-8","GET","/api/responsibility?healthTrust=%C0%AF",user="manager")
# --- path tricks on exports
P=[("../ traversal","/api/agreements/../../../etc/passwd/export.json"),("%2e%2e","/api/agreements/%2e%2e/export.json"),
   ("%2e%2e%2f","/api/agreements/%2e%2e%2f%2e%2e%2fetc/export.json"),("double-encoded","/api/agreements/%252e%252e%252fx/export.json"),
   ("encoded CRLF header split","/api/agreements/x%0d%0aSet-Cookie:%20a=b/export.json"),("encoded CR only","/api/agreements/x%0dy/export.json"),
   ("semicolon path parameter","/api/agreements/{id};jsessionid=1/export.json"),("semicolon in name","/api/agreements/{id}/export.json;.pdf"),
   ("encoded semicolon","/api/agreements/x%3bdrop/export.json"),("backslash","/api/agreements/..%5c..%5cwin.ini/export.json"),
   ("NUL","/api/agreements/{id}%00/export.json"),("pdf version traversal","/api/agreements/{id}/versions/..%2f1.pdf"),
   ("pdf version with NUL","/api/agreements/{id}/versions/1%00.pdf"),("pdf negative version","/api/agreements/{id}/versions/-1.pdf"),
   ("pdf huge version","/api/agreements/{id}/versions/99999999999999999999.pdf"),("pdf unknown version","/api/agreements/{id}/versions/0.pdf"),
   ("csv trust traversal","/api/regions/..%2f..%2fx/matrix.csv"),("csv trust CRLF","/api/regions/983974694%0d%0aX:%20y/matrix.csv"),
   ("xlsx trust semicolon","/api/regions/983974694;x=y/matrix.xlsx"),("history.jsonl traversal","/api/agreements/%2e%2e/history.jsonl"),
   ("dot segment","/api/agreements/./%2e/export.json"),("id with dots","/api/agreements/a..b/export.json"),("id with slash-encoded","/api/agreements/a%2fb/export.json"),
   ("id with quote","/api/agreements/a%22b/export.json"),("id too long","/api/agreements/"+"a"*101+"/export.json"),("tab in id","/api/agreements/a%09b/export.json"),
   ("unicode slash","/api/agreements/a%E2%88%95b/export.json"),("fullwidth dots","/api/agreements/%EF%BC%8E%EF%BC%8E/export.json")]
for n,p in P:
    add("path-tricks",n,"GET",p,user="admin")
add("path-tricks","raw CRLF in request target","GET","/api/agreements/x\r\nX-Injected: 1/export.json",user="admin")
add("path-tricks","raw space in request target","GET","/api/agreements/a b/export.json",user="admin")
add("path-tricks","raw non-ASCII in request target","GET","/api/agreements/\u00e6\u00f8\u00e5/export.json",user="admin")
add("path-tricks","lifecycle via traversal","POST","/api/agreements/{id}/versions/2/../../termination",body='{"terminatedOn":"2030-01-01","reason":"r"}',headers=IM)
add("path-tricks","lifecycle with semicolon","POST","/api/agreements/{id};x/versions",body='{}',headers=IM)
# --- forged actor fields
for f,v in [("actorId","admin"),("actorRole","ADMIN"),("actor",{"id":"admin","role":"ADMIN"}),("metaData",{"actorId":"admin"}),
            ("createdBy","admin"),("roles",["ADMIN"]),("healthTrusts",["983974724"]),("actorRole","SYSTEM")]:
    add("forged-actor",f"register with {f}","POST",REG,body=reg(**{f:v}))
add("forged-actor","register for another trust with actorRole","POST",REG,body=reg(healthTrust="983974724",municipalities=["4601"],actorRole="ADMIN"))
add("forged-actor","discard with actorId","POST",V+"/discard",body='{"reason":"r","actorId":"admin"}',headers=IM)
add("forged-actor","termination with actorRole","POST","/api/agreements/{id}/termination",body='{"terminatedOn":"2030-01-01","reason":"r","actorRole":"ADMIN"}',headers=IM)
add("forged-actor","open draft with actorId","POST","/api/agreements/{id}/versions",body='{"actorId":"admin"}',headers=IM)
add("forged-actor","open draft with actorRole as auditor","POST","/api/agreements/{id}/versions",user="auditor",body='{"actorRole":"SECRETARY"}',headers=IM)
add("forged-actor","register as manager with actorRole","POST",REG,user="manager",body=reg(actorRole="SECRETARY"))
add("forged-actor","import with actor metadata","POST","/api/imports",user="admin",body='{"format":"samarbeidsavtaler-bundle","formatVersion":1,"actorId":"x","agreements":[]}')
# --- requests refused before validation (auth, If-Match, media type, method)
NEG=V+"/negotiation"
add("precondition","If-Match missing","POST","/api/agreements/{id}/versions",body='{}')
add("precondition","If-Match star","POST","/api/agreements/{id}/versions",body='{}',headers={"If-Match":"*"})
add("precondition","If-Match weak","POST","/api/agreements/{id}/versions",body='{}',headers={"If-Match":'W/"1"'})
add("precondition","If-Match list","POST","/api/agreements/{id}/versions",body='{}',headers={"If-Match":'"1", "2"'})
add("precondition","If-Match stale 0","POST","/api/agreements/{id}/versions",body='{}',headers={"If-Match":'"0"'})
add("precondition","If-Match unquoted garbage","POST","/api/agreements/{id}/versions",body='{}',headers={"If-Match":"abc"})
add("precondition","If-Match lone quote","POST","/api/agreements/{id}/versions",body='{}',headers={"If-Match":'"'})
add("precondition","If-Match empty quotes","POST","/api/agreements/{id}/versions",body='{}',headers={"If-Match":'""'})
add("precondition","If-Match negative","POST","/api/agreements/{id}/versions",body='{}',headers={"If-Match":'"-1"'})
add("precondition","If-Match 19 digits","POST","/api/agreements/{id}/versions",body='{}',headers={"If-Match":'"9999999999999999999"'})
add("precondition","If-Match future","POST","/api/agreements/{id}/versions",body='{}',headers={"If-Match":'"999999"'})
add("auth","anonymous register","POST",REG,user=None,body=reg())
add("auth","anonymous open draft","POST","/api/agreements/{id}/versions",user=None,body='{}',headers=IM)
add("auth","anonymous import","POST","/api/imports",user=None,body='{}')
add("auth","anonymous rebuild","POST","/api/admin/projections/agreement_views/rebuild",user=None)
add("auth","anonymous read","GET","/api/agreements/{id}/history",user=None)
add("auth","malformed Basic","POST",REG,user=None,body=reg(),headers={"Authorization":"Basic !!!"})
add("auth","Basic without colon","POST",REG,user=None,body=reg(),headers={"Authorization":"Basic YWRtaW4="})
add("auth","wrong password","POST",REG,user=None,body=reg(),headers={"Authorization":"Basic YWRtaW46d3Jvbmc="})
add("auth","garbage Bearer","POST",REG,user=None,body=reg(),headers={"Authorization":"Bearer x.y.z"})
add("auth","alg none JWT","POST",REG,user=None,body=reg(),headers={"Authorization":"Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsInJvbGUiOiJBRE1JTiJ9."})
add("auth","auditor registers","POST",REG,user="auditor",body=reg())
add("auth","manager rebuilds","POST","/api/admin/projections/agreement_views/rebuild",user="manager")
add("auth","secretary of Fonna registers for Bergen","POST",REG,body=reg(healthTrust="983974724",municipalities=["4601"]))
add("auth","secretary imports","POST","/api/imports",body='{"format":"samarbeidsavtaler-bundle","formatVersion":1,"agreements":[]}')
add("media-type","text/plain","POST",REG,body=reg(),ct="text/plain")
add("media-type","form urlencoded operators","POST",REG,body="kind=OVERALL&healthTrust[$ne]=x",ct="application/x-www-form-urlencoded")
add("media-type","XML","POST",REG,body="<agreement kind='OVERALL'/>",ct="application/xml")
add("media-type","multipart","POST",REG,body="--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--b--\r\n",ct="multipart/form-data; boundary=b")
add("media-type","json with unknown charset","POST",REG,body=reg(title="ø"*0+"x").replace('"x"','"x'),ct="application/json; charset=evil-8")
add("media-type","no content type","POST",REG,body=reg(),ct=None)
add("media-type","lifecycle text/plain","POST",NEG,body='{"negotiatedOn":"2024-01-01"}',ct="text/plain",headers=IM)
add("method","TRACE","TRACE",REG,user="admin")
add("method","unknown method","FOO",REG,user="admin")
add("method","method override header","POST","/api/agreements/{id}",body='{}',headers={"X-HTTP-Method-Override":"DELETE"})
add("method","DELETE agreement","DELETE","/api/agreements/{id}",user="admin")
add("method","PUT agreement","PUT","/api/agreements/{id}",user="admin",body=reg())
add("method","PATCH agreement","PATCH","/api/agreements/{id}",user="admin",body='{"status":"TERMINATED"}',ct="application/merge-patch+json")
# --- imports
IMP='{"format":"samarbeidsavtaler-bundle","formatVersion":1,"agreements":[%s]}'
for n,a in [("traversal agreementId",'{"agreementId":"../x","commands":[]}'),("class name as command type",'{"agreementId":"imp-a","commands":[{"type":"java.lang.Runtime","payload":{}}]}'),
            ("polymorphic payload",'{"agreementId":"imp-b","commands":[{"type":"RegisterAgreement","payload":{"@class":"java.lang.ProcessBuilder"}}]}'),
            ("existing agreement id",'{"agreementId":"{id}","commands":[]}'),("null commands",'{"agreementId":"imp-c","commands":null}'),
            ("command type $where",'{"agreementId":"imp-d","commands":[{"type":"$where","payload":{}}]}'),("event type not command",'{"agreementId":"imp-e","commands":[{"type":"AgreementRegistered","payload":{}}]}')]:
    add("import",n,"POST","/api/imports",user="admin",body=IMP%a)
add("import","wrong format","POST","/api/imports",user="admin",body='{"format":"evil","formatVersion":1,"agreements":[]}')
add("import","future format version","POST","/api/imports",user="admin",body='{"format":"samarbeidsavtaler-bundle","formatVersion":99,"agreements":[]}')
add("import","agreements as object","POST","/api/imports",user="admin",body='{"format":"samarbeidsavtaler-bundle","formatVersion":1,"agreements":{"$gt":""}}')
BUGS={
 "trailing garbage":"Jackson accepts trailing tokens after the document (FAIL_ON_TRAILING_TOKENS off)",
 "two documents":"Jackson reads the first of two documents and ignores the rest (FAIL_ON_TRAILING_TOKENS off)",
 "duplicate key smuggling trust":"duplicate keys accepted, last one wins (STRICT_DUPLICATE_DETECTION off)",
 "title = 1":"number coerced to String (scalar coercion on)",
 "title = false":"boolean coerced to String (scalar coercion on)",
 "healthTrust = 983974694":"number coerced to String (scalar coercion on)",
 "municipalities = [4618]":"number coerced to String (scalar coercion on)",
 'statutoryPoints = ["1"]':"String coerced to Integer (scalar coercion on)",
 "reason = 1":"number coerced to String (scalar coercion on)",
 "kind as enum index 0":"enum read from its ordinal (FAIL_ON_NUMBERS_FOR_ENUMS off)",
 "overlong-title-900k":"title has no length limit (only the 1 MB body limit)",
 "overlong-title-emoji-200k":"title has no length limit (only the 1 MB body limit)",
 "overlong-title-combining-300k":"title has no length limit (only the 1 MB body limit)",
 "many-statutory-points-200k":"statutoryPoints: 200,000 duplicates accepted (no size/duplicate check)",
 "kind 'OVERALL '":"enum name trimmed by Jackson's EnumDeserializer fallback",
 "kind 'OVERALL\\x00'":"enum name trimmed (String.trim strips NUL) by Jackson's EnumDeserializer fallback",
 "kind with NUL":"enum name trimmed (String.trim strips NUL) by Jackson's EnumDeserializer fallback",
 "overlong UTF-8 slash":"invalid (overlong) UTF-8 in the body is decoded instead of refused",
 "UTF-8 encoded surrogate":"UTF-8-encoded surrogate in the body is decoded instead of refused",
 "UTF-16 body declared UTF-8":"UTF-16 body accepted although Content-Type says JSON (UTF-8): Jackson auto-detects",
 "If-Match with emoji":"non-ASCII If-Match gives 500",
 "responsibility query '4618%0A'":"municipality parameter with a trailing newline is accepted (read only)",
 "terminatedOn number":"number read as epoch day: terminates the agreement on 1970-01-01",
}
# Refused before Spring MVC (Tomcat's parser, its URL checks, the security firewall): these answered Tomcat's HTML
# page or a bare 400 until ProblemErrorReportValve and ProblemRequestRejectedHandler; now they are ordinary cases.
# "raw space"/"raw non-ASCII in request target" included: they answer 400 problem+json with a status line when
# their request line is the processor's first since a parsed one (see EXPECT below for why that matters).
# A genuine HTTP/0.9 request has no status line and no headers, so the best possible answer is the problem
# document alone. Expectation "http09": no status line, the body is a 4xx problem, nothing is written.
EXPECT={"raw CRLF in request target":"http09"}
# Fixed since the corpus was written (strict Jackson settings, exact enum names, string and title limits,
# UTF-8/NUL body check, firewall rejections as 400): they must now be refused cleanly like every other case.
FIXED=['trailing garbage', 'two documents', 'duplicate key smuggling trust', 'statutoryPoints = ["1"]', 'kind as enum index 0', 'overlong-title-900k', 'overlong-title-emoji-200k', 'overlong-title-combining-300k', 'many-statutory-points-200k', "kind 'OVERALL '", "kind 'OVERALL\\x00'", 'kind with NUL', 'overlong UTF-8 slash', 'UTF-8 encoded surrogate', 'UTF-16 body declared UTF-8', 'If-Match with emoji', 'terminatedOn number']
FIXED+=['title = 1','title = false','healthTrust = 983974694','municipalities = [4618]','reason = 1']
FIXED+=["responsibility query '4618%0A'"]
for n in FIXED:
    BUGS.pop(n)
for c in cases:
    if c["name"] in BUGS: c["bug"]=BUGS[c["name"]]
    if c["name"] in EXPECT: c["expect"]=EXPECT[c["name"]]
# The termination bug changes the seeded agreement: keep it last. The HTTP/0.9 case goes just before: Tomcat 10.1
# keeps its HTTP/0.9 flag on the recycled processor until a request line parses, so a request line it refuses right
# after (raw space, raw non-ASCII) would also be answered without status line. The next case parses, which clears it.
cases.sort(key=lambda c: (c["name"]=="terminatedOn number", c.get("expect")=="http09"))
missing=(set(BUGS)|set(EXPECT))-{c["name"] for c in cases}
assert not missing, missing
import os
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)),"corpus.jsonl"),"w") as f:
    f.write("// The hostile-input corpus for HostileInputCorpusTest: one request per line (see HostileCase).\n")
    for c in cases: f.write(json.dumps(c,ensure_ascii=True)+"\n")
from collections import Counter
print(len(cases), Counter(c["category"] for c in cases))

#!/usr/bin/env python3
"""Builds sdn_sample.xml: 31 real entries of the mid-2021 OFAC SDN legacy CSV set (../ofac_sdn_csv_2021,
US Government work) written in the SDN.XML structure (sdnList/sdnEntry with programList, idList,
akaList, addressList, nationalityList, dateOfBirthList, vesselInfo). OFAC's own SDN.XML was not
available offline; this file is ours, built from the schema, so the XML reader can be checked entry by
entry against the CSV reader. Run from this folder: python3 make_sample.py"""
import csv, random, re
from xml.sax.saxutils import escape as e

def v(x):
    x = x.strip()
    return '' if x == '-0-' else x

def read(name, width):
    return [r for r in csv.reader(open('../ofac_sdn_csv_2021/' + name, encoding='latin-1')) if len(r) >= width]

rows = read('sdn.csv', 12)
alts, adds = {}, {}
for r in read('alt.csv', 4):
    alts.setdefault(r[0], []).append(r)
for r in read('add.csv', 6):
    adds.setdefault(r[0], []).append(r)

random.seed(7)
pick = []
for kind, n in [('individual', 12), ('vessel', 8), ('aircraft', 2), ('', 8)]:
    cand = [r for r in rows if v(r[2]).lower() == kind]
    if kind == 'individual':
        cand = [r for r in cand if 'DOB' in r[11]]
    if kind == 'vessel':
        cand = [r for r in cand if 'IMO' in r[11]]
    pick += random.sample(cand, n)
with_mmsi = [r for r in rows if 'MMSI' in r[11] and v(r[2]).lower() == 'vessel']
if with_mmsi and with_mmsi[0] not in pick:
    pick.append(with_mmsi[0])

out = ['<?xml version="1.0" standalone="yes"?>',
       '<sdnList xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML">',
       '  <publshInformation>', '    <Publish_Date>07/07/2021</Publish_Date>', f'    <Record_Count>{len(pick)}</Record_Count>', '  </publshInformation>']
uid = 100000
for r in pick:
    ent, name, remarks = r[0], v(r[1]), r[11]
    typ = {'individual': 'Individual', 'vessel': 'Vessel', 'aircraft': 'Aircraft'}.get(v(r[2]).lower(), 'Entity')
    last, first = (name.split(', ', 1) + [''])[:2] if typ == 'Individual' else (name, '')
    out += ['  <sdnEntry>', f'    <uid>{ent}</uid>']
    if first:
        out.append(f'    <firstName>{e(first)}</firstName>')
    out += [f'    <lastName>{e(last)}</lastName>', f'    <sdnType>{typ}</sdnType>']
    if v(remarks):
        out.append(f'    <remarks>{e(v(remarks))}</remarks>')
    out.append('    <programList>')
    out += [f'      <program>{e(p)}</program>' for p in v(r[3]).strip('[]').split('] [') if p]
    out.append('    </programList>')
    ids = [('Vessel Registration Identification', 'IMO ' + m) for m in re.findall(r'Vessel Registration Identification IMO (\d+)', remarks)]
    ids += [('MMSI', m) for m in re.findall(r'MMSI (\d+)', remarks)]
    ids += [('Passport', m) for m in re.findall(r'Passport ([A-Z0-9]+)', remarks)]
    ids += [('Gender', m) for m in re.findall(r'Gender (Male|Female)', remarks)]
    if typ == 'Vessel':
        ids.append(('Secondary sanctions risk:', 'Section 1(b) of Executive Order 13224'))
    if ids:
        out.append('    <idList>')
        for t, n in ids:
            uid += 1
            out.append(f'      <id><uid>{uid}</uid><idType>{e(t)}</idType><idNumber>{e(n)}</idNumber></id>')
        out.append('    </idList>')
    if alts.get(ent):
        out.append('    <akaList>')
        for a in alts[ent]:
            alias = v(a[3])
            category = 'weak' if 'weak' in v(a[2]).lower() else 'strong'
            l, f = (alias.split(', ', 1) + [''])[:2] if typ == 'Individual' and ', ' in alias else (alias, '')
            uid += 1
            out.append(f'      <aka><uid>{uid}</uid><type>{e(v(a[2]) or "a.k.a.")}</type><category>{category}</category><lastName>{e(l)}</lastName>'
                       + (f'<firstName>{e(f)}</firstName>' if f else '') + '</aka>')
        out.append('    </akaList>')
    if adds.get(ent):
        out.append('    <addressList>')
        for a in adds[ent]:
            uid += 1
            parts = ''.join(f'<{k}>{e(v(x))}</{k}>' for k, x in [('address1', a[2]), ('city', a[3]), ('country', a[4])] if v(x))
            out.append(f'      <address><uid>{uid}</uid>{parts}</address>')
        out.append('    </addressList>')
    nationalities = [n.strip().rstrip('.') for n in re.findall(r'nationality ([^;]+)', remarks)]
    if nationalities:
        out.append('    <nationalityList>')
        for n in nationalities:
            uid += 1
            out.append(f'      <nationality><uid>{uid}</uid><country>{e(n)}</country><mainEntry>true</mainEntry></nationality>')
        out.append('    </nationalityList>')
    births = [d.strip().rstrip('."') for d in re.findall(r'DOB ([^;]+)', remarks)]
    if births:
        out.append('    <dateOfBirthList>')
        for d in births:
            uid += 1
            out.append(f'      <dateOfBirthItem><uid>{uid}</uid><dateOfBirth>{e(d)}</dateOfBirth><mainEntry>true</mainEntry></dateOfBirthItem>')
        out.append('    </dateOfBirthList>')
    if typ == 'Vessel':
        info = ''.join(f'<{k}>{e(v(x))}</{k}>' for k, x in [('callSign', r[5]), ('vesselType', r[6]), ('vesselFlag', r[9]), ('vesselOwner', r[10]),
                                                             ('tonnage', r[7]), ('grossRegisteredTonnage', r[8])] if v(x))
        out.append(f'    <vesselInfo>{info}</vesselInfo>')
    out.append('  </sdnEntry>')
out.append('</sdnList>')
open('sdn_sample.xml', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(len(pick), 'entries:', ' '.join(p[0] for p in pick))

#!/usr/bin/env python3
"""Writes Tagbench's DICOM data dictionary resource from the one Debian's python3-pydicom ships.

pydicom's pydicom/_dicom_dict.py is generated from the DICOM standard's PS3.6 tables (licence: Expat/MIT,
Copyright 2008-2018 Darcy Mason and pydicom contributors; see /usr/share/doc/python3-pydicom/copyright).
We take its facts only -- tag, VR, keyword, name, retired -- into a tab-separated text file that
org.tagbench.dicom.DicomDictionary loads lazily.

    apt-get install python3-pydicom
    tools/dicom-dictionary/generate.py          # writes bundles/org.tagbench.dicom/src/org/tagbench/dicom/dictionary.tsv

Format, one entry a line: tag (8 hex digits; 'x' for the digits of a repeating group or element range, e.g.
60xx3000), VR ('|' between the choices the standard leaves open, e.g. US|SS; empty for items and delimiters),
keyword, name (with " (retired)" for retired attributes).
"""
import os
import sys

sys.path.insert(0, '/usr/lib/python3/dist-packages')  # Debian's pydicom, not a virtualenv's
import pydicom  # noqa: E402
from pydicom._dicom_dict import DicomDictionary, RepeatersDictionary  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TARGET = os.path.join(ROOT, 'bundles/org.tagbench.dicom/src/org/tagbench/dicom/dictionary.tsv')


def line(tag, entry):
    vr, _vm, name, retired, keyword = entry
    vr = '' if vr == 'NONE' else '|'.join(v.strip() for v in vr.split(' or '))
    for field in (vr, keyword, name):
        if '\t' in field or '\n' in field:
            raise ValueError(f'{tag}: a field holds a tab or newline')
    if not keyword:
        return None  # a handful of rows have no keyword (reserved ranges); a dump cannot name them anyway
    return f'{tag}\t{vr}\t{keyword}\t{name}{" (retired)" if retired else ""}'


rows = [line(f'{tag:08X}', entry) for tag, entry in sorted(DicomDictionary.items())]
rows += [line(mask.upper().replace('X', 'x'), entry) for mask, entry in sorted(RepeatersDictionary.items())]
rows = [r for r in rows if r]
with open(TARGET, 'w', encoding='utf-8', newline='\n') as out:
    out.write(f'# DICOM data dictionary (PS3.6) for Tagbench, {len(rows)} entries: written by tools/dicom-dictionary/generate.py\n')
    out.write(f'# from pydicom {pydicom.__version__} (Debian python3-pydicom, Expat licence), which is generated from the standard.\n')
    out.write('# tag\tVR\tkeyword\tname\n')
    out.write('\n'.join(rows) + '\n')
print(f'{len(rows)} entries written to {os.path.relpath(TARGET, ROOT)}')

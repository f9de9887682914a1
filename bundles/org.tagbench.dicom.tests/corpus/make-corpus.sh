#!/usr/bin/env bash
# Regenerates the committed DICOM test corpus with Debian's dcmtk (apt-get install dcmtk python3).
# Pixel values are written by a tiny Python generator (raw little-endian files), the datasets by dump2dcm,
# every other transfer syntax by dcmconv (+ti +te +tb +td), dcmcrle (RLE) and dcmcjpeg (lossless JPEG).
# Run from anywhere:  bundles/org.tagbench.dicom.tests/corpus/make-corpus.sh
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -f ./*.dcm

# name rows cols frames bitsAllocated bitsStored pixelRep photometric formula [extra dump lines]
python3 - "$work" <<'PY'
import struct, sys, random
work = sys.argv[1]
random.seed(7)
def img(name, rows, cols, frames, alloc, stored, signed, photo, f, extra):
    data = bytearray()
    for k in range(frames):
        for y in range(rows):
            for x in range(cols):
                v = f(k, y, x)
                if alloc == 8:
                    data += struct.pack('<B', v)
                else:
                    data += struct.pack('<h' if signed else '<H', v)
    if len(data) % 2:
        data += b'\0'
    open(f"{work}/{name}.raw", "wb").write(data)
    vr = 'OB' if alloc == 8 else 'OW'
    lines = [
        '(0002,0010) UI =LittleEndianExplicit',
        '(0008,0016) UI [1.2.840.10008.5.1.4.1.1.7]',
        f'(0008,0018) UI [1.2.826.0.1.3680043.9.7433.1.{sum(map(ord, name))}]',
        '(0008,0060) CS [OT]' if 'Modality' not in extra else '',
        '(0010,0010) PN [Test^Corpus]',
        '(0028,0002) US 1',
        f'(0028,0004) CS [{photo}]',
        f'(0028,0008) IS [{frames}]' if frames > 1 else '',
        f'(0028,0010) US {rows}',
        f'(0028,0011) US {cols}',
        f'(0028,0100) US {alloc}',
        f'(0028,0101) US {stored}',
        f'(0028,0102) US {stored - 1}',
        f'(0028,0103) US {1 if signed else 0}',
    ] + [l for l in extra.split('\n') if l and l != 'Modality'] + [f'(7fe0,0010) {vr} ={work}/{name}.raw']
    lines.sort(key=lambda l: l[:11].lower())
    open(f"{work}/{name}.dump", "w").write('\n'.join(l for l in lines if l) + '\n')

img('ct12', 24, 32, 1, 16, 12, False, 'MONOCHROME2', lambda k, y, x: (x * 97 + y * 131) % 4096,
    '(0008,0060) CS [CT]\nModality\n(0008,1030) LO [Corpus study]\n(0008,103e) LO [CT 12 bit]\n'
    '(0028,0030) DS [0.5\\0.75]\n(0028,1050) DS [40]\n(0028,1051) DS [400]\n(0028,1052) DS [-1024]\n(0028,1053) DS [1]')
img('signed16', 24, 32, 1, 16, 16, True, 'MONOCHROME2', lambda k, y, x: (x - 16) * 100 + (y - 12) * 7,
    '(0028,1052) DS [10]\n(0028,1053) DS [2]')
img('mono1_8', 24, 32, 1, 8, 8, False, 'MONOCHROME1', lambda k, y, x: (x * 8 + y * 3) % 256,
    '(0028,1050) DS [128]\n(0028,1051) DS [256]')
img('multi8', 16, 16, 3, 8, 8, False, 'MONOCHROME2', lambda k, y, x: (k * 50 + x * 3 + y) % 256, '')
img('noise12', 48, 64, 2, 16, 12, False, 'MONOCHROME2', lambda k, y, x: random.randrange(4096),
    '(0028,1050) DS [2048]\n(0028,1051) DS [4096]')
img('uniform', 8, 8, 1, 16, 16, False, 'MONOCHROME2', lambda k, y, x: 500, '')
PY

for name in ct12 signed16 mono1_8 multi8 noise12 uniform; do
	dump2dcm -q "$work/$name.dump" "$name.ele.dcm"
	dcmconv -q +ti "$name.ele.dcm" "$name.ile.dcm"
	dcmconv -q +tb "$name.ele.dcm" "$name.ebe.dcm"
	dcmconv -q +td "$name.ele.dcm" "$name.dfl.dcm"
	dcmcrle -q "$name.ele.dcm" "$name.rle.dcm"
	dcmcjpeg -q +el +sv 1 "$name.ele.dcm" "$name.jp14.dcm"
	dcmcjpeg -q +e1 "$name.ele.dcm" "$name.sv1.dcm"
done
# Frames spanning fragments (1 KiB fragments, with a basic offset table) and one frame in several
# fragments without an offset table.
dcmcjpeg -q +e1 +fs 1 noise12.ele.dcm noise12.sv1-frag.dcm
dcmconv -q +ti -F ct12.ele.dcm ct12.bare-ile.dcm   # bare dataset, no preamble, implicit VR LE
dcmcjpeg -q +e1 +fs 1 -ot noise12.ele.dcm noise12.sv1-frag-noot.dcm   # empty offset table
# Specific Character Set ISO_IR 192: UTF-8 text values (no pixels needed)
printf '%s\n' '(0002,0010) UI =LittleEndianExplicit' '(0008,0005) CS [ISO_IR 192]' \
	'(0008,0016) UI [1.2.840.10008.5.1.4.1.1.7]' '(0008,0018) UI [1.2.826.0.1.3680043.9.7433.1.99]' \
	'(0008,1030) LO [Thorax Übersicht]' '(0010,0010) PN [Müller^Zoë]' > "$work/utf8.dump"
dump2dcm -q "$work/utf8.dump" utf8.ele.dcm
ls -l ./*.dcm | awk '{s+=$5} END {print NR " files, " s " bytes"}'

#!/usr/bin/env bash
# Regenerates the committed DICOM test corpus with Debian's dcmtk (apt-get install dcmtk python3 python3-pydicom;
# libgdcm-tools for JPEG 2000, libjpeg-turbo-progs for the 8-bit restart / multi-scan JPEG files).
# Pixel values are written by a tiny Python generator (raw little-endian files), the datasets by dump2dcm,
# every other transfer syntax by dcmconv (+ti +te +tb +td), dcmcrle (RLE) and dcmcjpeg (lossless JPEG).
# Run from anywhere:  bundles/org.tagbench.dicom.tests/corpus/make-corpus.sh
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -f ./*.dcm ./*.jpg ./*.ppm

# name rows cols frames bitsAllocated bitsStored pixelRep photometric formula [extra dump lines]
python3 - "$work" <<'PY'
import math, struct, sys, random
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
# A smooth 12-bit picture for lossy JPEG 2000 (the others are saw teeth or noise).
img('smooth12', 64, 64, 1, 16, 12, False, 'MONOCHROME2',
    lambda k, y, x: int(2048 + 1500 * math.sin(x / 7) * math.cos(y / 9)), '(0028,1050) DS [2048]\n(0028,1051) DS [3000]')

# Colour: pairs of pixels share a colour, so 4:2:2 subsampling loses nothing but rounding.
def rgb(y, x):
    return ((x // 2) * 16 % 256, y * 10 % 256, ((x // 2) + y) * 8 % 256)
def ybr(r, g, b):
    return (round(0.299 * r + 0.587 * g + 0.114 * b), round(-0.168736 * r - 0.331264 * g + 0.5 * b + 128),
            round(0.5 * r - 0.418688 * g - 0.081312 * b + 128))
clip = lambda v: max(0, min(255, v))
def colour(name, photo, planar, pixels):
    open(f"{work}/{name}.raw", "wb").write(bytes(pixels) + (b'\0' if len(pixels) % 2 else b''))
    lines = ['(0002,0010) UI =LittleEndianExplicit', '(0008,0016) UI [1.2.840.10008.5.1.4.1.1.7]',
             f'(0008,0018) UI [1.2.826.0.1.3680043.9.7433.2.{sum(map(ord, name))}]', '(0008,0060) CS [OT]',
             '(0028,0002) US 3', f'(0028,0004) CS [{photo}]', f'(0028,0006) US {planar}', '(0028,0010) US 24',
             '(0028,0011) US 32', '(0028,0100) US 8', '(0028,0101) US 8', '(0028,0102) US 7', '(0028,0103) US 0',
             f'(7fe0,0010) OB ={work}/{name}.raw']
    open(f"{work}/{name}.dump", "w").write('\n'.join(lines) + '\n')
px = [(y, x) for y in range(24) for x in range(32)]
colour('rgb8', 'RGB', 0, [v for y, x in px for v in rgb(y, x)])
colour('rgb8planar', 'RGB', 1, [rgb(y, x)[c] for c in range(3) for y, x in px])
colour('ybr8', 'YBR_FULL', 0, [clip(v) for y, x in px for v in ybr(*rgb(y, x))])
packed = []
for y in range(24):
    for x in range(0, 32, 2):
        y1, cb, cr = ybr(*rgb(y, x))
        packed += [clip(y1), clip(ybr(*rgb(y, x + 1))[0]), clip(cb), clip(cr)]
colour('ybr422', 'YBR_FULL_422', 0, packed)

# PALETTE COLOR, 16-bit tables (red i, green 255 - i, blue 7i mod 256, times 257) and 8-bit packed tables.
def palette(name, bits):
    idx = bytes((x * 8 + y) % 256 for y in range(24) for x in range(32))
    open(f"{work}/{name}.raw", "wb").write(idx)
    tables = {'red': [i for i in range(256)], 'green': [255 - i for i in range(256)], 'blue': [i * 7 % 256 for i in range(256)]}
    lines = ['(0002,0010) UI =LittleEndianExplicit', '(0008,0016) UI [1.2.840.10008.5.1.4.1.1.7]',
             f'(0008,0018) UI [1.2.826.0.1.3680043.9.7433.3.{bits}]', '(0008,0060) CS [OT]', '(0028,0002) US 1',
             '(0028,0004) CS [PALETTE COLOR]', '(0028,0010) US 24', '(0028,0011) US 32', '(0028,0100) US 8',
             '(0028,0101) US 8', '(0028,0102) US 7', '(0028,0103) US 0', f'(7fe0,0010) OB ={work}/{name}.raw']
    for c, (colour_name, values) in enumerate(tables.items()):
        data = b''.join(struct.pack('<H', v * 257) for v in values) if bits == 16 else bytes(values)
        open(f"{work}/{name}.{colour_name}", "wb").write(data)
        lines.append(f'(0028,110{c + 1}) US 256\\0\\{bits}')
        lines.append(f'(0028,120{c + 1}) OW ={work}/{name}.{colour_name}')
    lines.sort(key=lambda l: l[:11].lower())
    open(f"{work}/{name}.dump", "w").write('\n'.join(lines) + '\n')
palette('palette16', 16)
palette('palette8', 8)

# Modality LUT Sequence (value v -> 3v/2, 16 bit) with a window; VOI LUT Sequence (256 entries from 1000: v - 1000).
def lut_image(name, seq, descriptor, values, extra):
    open(f"{work}/{name}.lut", "wb").write(b''.join(struct.pack('<H', v) for v in values))
    pixels = b''.join(struct.pack('<H', (x * 97 + y * 131) % 4096) for y in range(24) for x in range(32))
    open(f"{work}/{name}.raw", "wb").write(pixels)
    lines = ['(0002,0010) UI =LittleEndianExplicit', '(0008,0016) UI [1.2.840.10008.5.1.4.1.1.7]',
             f'(0008,0018) UI [1.2.826.0.1.3680043.9.7433.4.{len(values)}]', '(0008,0060) CS [OT]', '(0028,0002) US 1',
             '(0028,0004) CS [MONOCHROME2]', '(0028,0010) US 24', '(0028,0011) US 32', '(0028,0100) US 16',
             '(0028,0101) US 12', '(0028,0102) US 11', '(0028,0103) US 0'] + extra + [
             f'({seq}) SQ (Sequence with undefined length #=1)', '(fffe,e000) na (Item with undefined length #=3)',
             f'(0028,3002) US {descriptor}', '(0028,3003) LO [corpus]', f'(0028,3006) OW ={work}/{name}.lut',
             '(fffe,e00d) na (ItemDelimitationItem)', '(fffe,e0dd) na (SequenceDelimitationItem)',
             f'(7fe0,0010) OW ={work}/{name}.raw']
    open(f"{work}/{name}.dump", "w").write('\n'.join(lines) + '\n')
lut_image('modlut', '0028,3000', '4096\\0\\16', [v * 3 // 2 for v in range(4096)],
          ['(0028,1050) DS [3000]', '(0028,1051) DS [2000]'])
lut_image('voilut', '0028,3010', '256\\1000\\8', list(range(256)), [])
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
for name in smooth12 rgb8 rgb8planar ybr8 ybr422 palette16 palette8 modlut voilut; do
	dump2dcm -q "$work/$name.dump" "$name.ele.dcm"
done
# Lossless JPEG with every other selection value (predictor), colour (interleaved scan), and the point
# transform (Pt 2: the two low bits dropped, dcmdjpeg's decoding as reference).
for sv in 2 3 4 5 6 7; do
	dcmcjpeg -q +el +sv $sv ct12.ele.dcm ct12.jp14-sv$sv.dcm
	dcmcjpeg -q +el +sv $sv noise12.ele.dcm noise12.jp14-sv$sv.dcm
done
dcmcjpeg -q +el +sv 7 signed16.ele.dcm signed16.jp14-sv7.dcm
dcmcjpeg -q +el +sv 4 rgb8.ele.dcm rgb8.jp14.dcm
dcmcjpeg -q +el +sv 5 +pt 2 ct12.ele.dcm ct12.jp14-pt2.dcm
dcmdjpeg -q ct12.jp14-pt2.dcm ct12.jp14-pt2-ref.dcm
# Subsampled lossless JPEG (4:2:2 and 4:2:0 YCbCr, 8 and 12 bit), which dcmcjpeg cannot write: our minimal encoder in
# lossless-subsampled.py (needs python3-pydicom) writes each with a native YBR_FULL twin; dcmdjpeg's decodings
# without colour conversion (+cn, chroma repeated) are the references (they equal the twins).
python3 lossless-subsampled.py
for name in ybr422s.jp14-s21 ybr420s.jp14-s22 ybr12s.jp14-s21-scans; do
	dcmdjpeg -q +cn "$name.dcm" "$name-ref.dcm"
done

# JPEG-LS (dcmcjpls, CharLS): lossless, near-lossless NEAR 3 with dcmdjpls' decoding as reference, colour in
# all three interleave modes.
for name in ct12 signed16 mono1_8 multi8 noise12 uniform palette8; do
	dcmcjpls -q "$name.ele.dcm" "$name.jls.dcm"
done
for name in ct12 noise12 mono1_8 rgb8; do
	dcmcjpls -q +en +md 3 "$name.ele.dcm" "$name.jlsn.dcm"
	dcmdjpls -q "$name.jlsn.dcm" "$name.jlsn-ref.dcm"
done
dcmcjpls -q +il rgb8.ele.dcm rgb8.jls-line.dcm
dcmcjpls -q +is rgb8.ele.dcm rgb8.jls-sample.dcm
dcmcjpls -q +in rgb8.ele.dcm rgb8.jls-none.dcm
# JPEG baseline and extended (lossy, 8 bit): references decoded by dcmdjpeg (which converts YBR to RGB).
dcmcjpeg -q +eb mono1_8.ele.dcm mono1_8.jpb.dcm
dcmcjpeg -q +eb multi8.ele.dcm multi8.jpb.dcm
dcmcjpeg -q +eb rgb8.ele.dcm rgb8.jpb.dcm              # YBR_FULL_422
dcmcjpeg -q +eb +s4 rgb8.ele.dcm rgb8.jpb444.dcm       # YBR_FULL
dcmcjpeg -q +eb +cr rgb8.ele.dcm rgb8.jpbrgb.dcm       # RGB components
dcmcjpeg -q +ee mono1_8.ele.dcm mono1_8.jpx.dcm        # process 2 (8 bit)
dcmcjpeg -q +ee ct12.ele.dcm ct12.jpx.dcm              # process 4 (12 bit): our JpegDctDecoder
dcmcjpeg -q +ee noise12.ele.dcm noise12.jpx.dcm        # 12 bit, 2 frames
dcmcjpeg -q +ee smooth12.ele.dcm smooth12.jpx.dcm      # 12 bit, smooth
dcmcjpeg -q +ee +bt rgb8.ele.dcm rgb8.jpx12.dcm        # 12 bit colour, YBR_FULL_422 (sampling 2x1)
dcmcjpeg -q +ee +bt +n1 rgb8.ele.dcm rgb8.jpx12-420.dcm  # 12 bit colour, YBR_FULL with sampling 2x2
for name in mono1_8.jpb multi8.jpb rgb8.jpb rgb8.jpb444 rgb8.jpbrgb mono1_8.jpx ct12.jpx noise12.jpx smooth12.jpx rgb8.jpx12 \
	rgb8.jpx12-420; do
	dcmdjpeg -q "$name.dcm" "$name-ref.dcm"
done
# Restart markers and non-interleaved scans, which dcmcjpeg cannot write: 8-bit JPEG files from libjpeg-turbo's
# cjpeg (apt-get install libjpeg-turbo-progs), sampling 2x2, with djpeg's decodings as references (PPM).
{ printf 'P6\n32 24\n255\n'; cat "$work/rgb8.raw"; } > "$work/rgb8.ppm"
printf '0;\n1;\n2;\n' > "$work/scans.txt"   # one sequential scan per component
cjpeg -quality 90 -sample 2x2 -restart 1B "$work/rgb8.ppm" > rgb8-restart.jpg
cjpeg -quality 90 -sample 2x2 -restart 3B -scans "$work/scans.txt" "$work/rgb8.ppm" > rgb8-scans.jpg
for name in rgb8-restart rgb8-scans; do
	djpeg -pnm "$name.jpg" > "$name-ref.ppm"
done
# JPEG 2000 (GDCM/OpenJPEG: apt-get install libgdcm-tools): lossless, and lossy with gdcmraw-decoded references.
for name in ct12 signed16 mono1_8 multi8 noise12 rgb8; do
	gdcmconv --j2k "$name.ele.dcm" "$name.j2k.dcm"
done
for name in smooth12 rgb8; do
	gdcmconv --j2k --lossy --irreversible -r 10 "$name.ele.dcm" "$name.j2kl.dcm"
	gdcmconv --raw "$name.j2kl.dcm" "$name.j2kl-ref.dcm"
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

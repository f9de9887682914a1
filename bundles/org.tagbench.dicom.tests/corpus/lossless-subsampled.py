#!/usr/bin/env python3
"""Subsampled lossless JPEG (T.81 Annex H with sampling factors), which no Debian tool writes (dcmcjpeg subsamples
lossy JPEG only): a minimal encoder, and DICOM files written with pydicom (apt-get install python3-pydicom).
Each compressed file has a native twin holding the same samples (chroma repeated over the pixels it covers), so a
decoder that upsamples by repetition, as libjpeg's lossless mode (dcmdjpeg) does, reproduces the twin exactly.
Called by make-corpus.sh in the corpus folder."""
import random
import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.encaps import encapsulate
from pydicom.uid import UID, ExplicitVRLittleEndian


def predict(p, a, b, c):
    return [None, a, b, c, a + b - c, a + ((b - c) >> 1), b + ((a - c) >> 1), (a + b) >> 1][p]


class Bits:
    def __init__(self):
        self.out = bytearray(); self.acc = 0; self.n = 0

    def write(self, value, n):
        for i in range(n - 1, -1, -1):
            self.acc = self.acc << 1 | (value >> i & 1); self.n += 1
            if self.n == 8:
                self.out.append(self.acc)
                if self.acc == 0xFF:
                    self.out.append(0)  # stuffing
                self.acc = 0; self.n = 0

    def pad(self):
        if self.n:
            self.write(0x7F, 8 - self.n)

    def difference(self, d):
        d %= 65536
        if d >= 32768:
            d -= 65536
        cat = 0 if d == 0 else abs(d).bit_length()
        self.write(cat, 5)  # fixed 5-bit codes for the 17 categories
        if cat < 16:
            self.write(d if d > 0 else d + (1 << cat) - 1, cat)


def lossless_jpeg(planes, width, height, precision, sampling, scans, predictor, interval=0):
    """planes[c][y][x] at the component's own size ceil(width*h/hmax) x ceil(height*v/vmax) (T.81 A.1.1);
    sampling[c] = (h, v); scans = lists of component indices. Interleaved scans code MCUs of h x v samples per
    component; samples past a component's edge are coded as difference 0 (decoders drop them). Restart intervals
    in interleaved scans must be whole MCU rows (libjpeg's rule)."""
    hmax = max(h for h, v in sampling); vmax = max(v for h, v in sampling)
    out = bytearray(b'\xff\xd8')
    out += b'\xff\xc4\x00\x24\x00' + bytes([0, 0, 0, 0, 17] + [0] * 11) + bytes(range(17))
    if interval:
        out += b'\xff\xdd\x00\x04' + interval.to_bytes(2, 'big')
    n = len(planes)
    out += b'\xff\xc3' + (8 + 3 * n).to_bytes(2, 'big') + bytes([precision]) + height.to_bytes(2, 'big') \
        + width.to_bytes(2, 'big') + bytes([n])
    for c, (h, v) in enumerate(sampling):
        out += bytes([c + 1, h << 4 | v, 0])
    for scan in scans:
        out += b'\xff\xda' + (6 + 2 * len(scan)).to_bytes(2, 'big') + bytes([len(scan)])
        for c in scan:
            out += bytes([c + 1, 0])
        out += bytes([predictor, 0, 0])
        if len(scan) == 1:  # non-interleaved: one sample per MCU over the component's own size
            mcus_wide = len(planes[scan[0]][0]); mcus_high = len(planes[scan[0]])
        else:
            mcus_wide = -(-width // hmax); mcus_high = -(-height // vmax)
            assert not interval or interval % mcus_wide == 0
        bits = Bits(); first = {}
        for m in range(mcus_wide * mcus_high):
            my, mx = divmod(m, mcus_wide)
            if interval and m and m % interval == 0:
                bits.pad(); bits.out += bytes([0xFF, 0xD0 + (m // interval - 1) % 8])
            for c in scan:
                h, v = (1, 1) if len(scan) == 1 else sampling[c]
                p = planes[c]
                for by in range(v):
                    for bx in range(h):
                        x = mx * h + bx; y = my * v + by
                        if x >= len(p[0]) or y >= len(p):
                            bits.difference(0)
                            continue
                        if (m == 0 or interval and m % interval == 0) and (bx, by) == (0, 0):
                            first[c] = (x, y)  # first sample of the scan or of the restart interval
                        fx, fy = first[c]
                        if (x, y) == (fx, fy):
                            pr = 1 << (precision - 1)
                        elif y == fy:
                            pr = p[y][x - 1]
                        elif x == 0:
                            pr = p[y - 1][x]
                        else:
                            pr = predict(predictor, p[y][x - 1], p[y - 1][x], p[y - 1][x - 1])
                        bits.difference(p[y][x] - pr)
        bits.pad(); out += bits.out
    out += b'\xff\xd9'
    return bytes(out)


def dataset(name, rows, cols, bits, photometric, syntax):
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = UID('1.2.840.10008.5.1.4.1.1.7')
    meta.MediaStorageSOPInstanceUID = UID(f'1.2.826.0.1.3680043.9.7433.5.{sum(map(ord, name))}')
    meta.TransferSyntaxUID = UID(syntax)
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID = meta.MediaStorageSOPClassUID
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.Modality = 'OT'
    ds.SamplesPerPixel = 3
    ds.PhotometricInterpretation = photometric
    ds.PlanarConfiguration = 0
    ds.Rows = rows
    ds.Columns = cols
    ds.BitsAllocated = 8 if bits == 8 else 16
    ds.BitsStored = bits
    ds.HighBit = bits - 1
    ds.PixelRepresentation = 0
    ds.is_little_endian = True
    ds.is_implicit_VR = False
    return ds


def write(name, rows, cols, bits, luma, chroma_b, chroma_r, sampling, scans, predictor, interval, syntax):
    """name.ele.dcm: native YBR_FULL with chroma repeated; the JPEG file: YBR_FULL_422 (PS3.5 8.2.1)."""
    hmax = max(h for h, v in sampling); vmax = max(v for h, v in sampling)
    native = dataset(name + '.ele', rows, cols, bits, 'YBR_FULL', ExplicitVRLittleEndian)
    values = []
    for y in range(rows):
        for x in range(cols):
            values += [luma[y][x], chroma_b[y * sampling[1][1] // vmax][x * sampling[1][0] // hmax],
                       chroma_r[y * sampling[2][1] // vmax][x * sampling[2][0] // hmax]]
    native.PixelData = bytes(values) if bits == 8 else b''.join(v.to_bytes(2, 'little') for v in values)
    native['PixelData'].VR = 'OB' if bits == 8 else 'OW'
    if len(native.PixelData) % 2:
        native.PixelData += b'\0'
    native.save_as(f'{name}.ele.dcm', write_like_original=False)
    stream = lossless_jpeg([luma, chroma_b, chroma_r], cols, rows, bits, sampling, scans, predictor, interval)
    sampled = dataset(name + '.jp14', rows, cols, bits, 'YBR_FULL_422', syntax)
    sampled.PixelData = encapsulate([stream + b'\0' * (len(stream) % 2)])
    sampled['PixelData'].VR = 'OB'
    sampled['PixelData'].is_undefined_length = True
    tag = 's%d%d' % sampling[0] + ('-scans' if len(scans) > 1 else '')
    sampled.save_as(f'{name}.jp14-{tag}.dcm', write_like_original=False)


def plane(rows, cols, f):
    return [[f(y, x) for x in range(cols)] for y in range(rows)]


random.seed(11)
SV1 = '1.2.840.10008.1.2.4.70'
ANY = '1.2.840.10008.1.2.4.57'
# 4:2:2 (luma 2 x 1) 8 bit, one interleaved scan, SV1.
write('ybr422s', 24, 32, 8, plane(24, 32, lambda y, x: (x * 8 + y * 5) % 256), plane(24, 16, lambda y, x: (x * 16 + 40) % 256),
      plane(24, 16, lambda y, x: (y * 10 + x) % 256), [(2, 1), (1, 1), (1, 1)], [[0, 1, 2]], 1, 0, SV1)
# 4:2:0 (luma 2 x 2) 8 bit on an odd size (MCUs padded right and below), predictor 7, restarts every 2 MCU rows.
write('ybr420s', 23, 31, 8, plane(23, 31, lambda y, x: random.randrange(256)), plane(12, 16, lambda y, x: (x * 15 + y * 3) % 256),
      plane(12, 16, lambda y, x: (255 - x * 9 - y * 7) % 256), [(2, 2), (1, 1), (1, 1)], [[0, 1, 2]], 7, 32, ANY)
# 4:2:2 12 bit, one scan per component (each over its own size), predictor 6.
write('ybr12s', 20, 33, 12, plane(20, 33, lambda y, x: random.randrange(4096)), plane(20, 17, lambda y, x: (x * 200 + y * 31) % 4096),
      plane(20, 17, lambda y, x: (4095 - x * 150 - y * 17) % 4096), [(2, 1), (1, 1), (1, 1)], [[0], [1], [2]], 6, 0, ANY)

package org.tagbench.dicom.internal;

import java.nio.file.Path;

import org.tagbench.dicom.DicomFile;
import org.tagbench.dicom.DicomReaders;
import org.tagbench.dicom.ImageAttributes;
import org.tagbench.imaging.ImageFormat;
import org.tagbench.imaging.ImageInfo;
import org.tagbench.imaging.MediaException;
import org.tagbench.imaging.MediaProbe;
import org.tagbench.imaging.MediaProbes;

/**
 * The DICOM header probe for org.tagbench.imaging: a declarative-services component
 * (OSGI-INF/org.tagbench.dicom.probe.xml) that registers itself in {@link MediaProbes} while active.
 */
public final class DicomMediaProbe implements MediaProbe {

	public void activate() {
		MediaProbes.register(this);
	}

	public void deactivate() {
		MediaProbes.unregister(this);
	}

	@Override
	public ImageFormat format() {
		return ImageFormat.DICOM;
	}

	@Override
	public ImageInfo probe(Path file) throws MediaException {
		DicomFile header = DicomReaders.standard().readHeader(file);
		ImageAttributes attributes = header.imageAttributes();
		return new ImageInfo(ImageFormat.DICOM, attributes.columns(), attributes.rows(), attributes.frames());
	}
}

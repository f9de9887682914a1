package org.tagbench.imaging;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Registry of {@link MediaProbe}s by format. Bundles add theirs when they start (org.tagbench.dicom from a
 * declarative-services component) and remove it when they stop.
 */
public final class MediaProbes {

	private static final Map<ImageFormat, MediaProbe> PROBES = new ConcurrentHashMap<>();

	private MediaProbes() {
	}

	public static void register(MediaProbe probe) {
		PROBES.put(probe.format(), probe);
	}

	/** Removes {@code probe} if it is still the one registered for its format. */
	public static void unregister(MediaProbe probe) {
		PROBES.remove(probe.format(), probe);
	}

	public static Optional<MediaProbe> forFormat(ImageFormat format) {
		return Optional.ofNullable(PROBES.get(format));
	}
}

package org.tagbench.core;

import java.util.Objects;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * The version of the running Tagbench product.
 * <p>
 * The product version is the version of this core bundle: every Tagbench bundle and feature is
 * released with one version, so one place is enough to ask.
 * </p>
 */
public final class TagbenchVersion {

	private final Version version;

	private TagbenchVersion(Version version) {
		this.version = Objects.requireNonNull(version);
	}

	/** The version of the running product, or {@code 0.0.0.unknown} outside an OSGi framework. */
	public static TagbenchVersion current() {
		Bundle bundle = FrameworkUtil.getBundle(TagbenchVersion.class);
		return new TagbenchVersion(bundle == null ? new Version(0, 0, 0, "unknown") : bundle.getVersion());
	}

	/** Parses an OSGi version string such as {@code 0.1.0.202611281300}. */
	public static TagbenchVersion of(String osgiVersion) {
		return new TagbenchVersion(Version.parseVersion(osgiVersion));
	}

	/** {@code major.minor.micro}, what users call "the version". */
	public String release() {
		return version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
	}

	/** The build qualifier (a timestamp for our builds), empty when there is none. */
	public String build() {
		return version.getQualifier();
	}

	/** What the About dialog and the log show, e.g. {@code 0.1.0 (build 202611281300)}. */
	public String display() {
		return build().isEmpty() ? release() : release() + " (build " + build() + ")";
	}

	@Override
	public String toString() {
		return version.toString();
	}
}

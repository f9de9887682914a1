package org.tagbench.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TagbenchVersionTest {

	@Test
	void displaysReleaseAndBuild() {
		TagbenchVersion version = TagbenchVersion.of("1.2.3.202611281300");
		assertEquals("1.2.3", version.release());
		assertEquals("202611281300", version.build());
		assertEquals("1.2.3 (build 202611281300)", version.display());
	}

	@Test
	void displaysReleaseAloneWithoutQualifier() {
		assertEquals("4.5.6", TagbenchVersion.of("4.5.6").display());
	}

	@Test
	void currentIsTheCoreBundleVersionInsideOsgi() {
		// The tests run inside Equinox as a fragment of org.tagbench.core, so the version is the built
		// bundle's: release 0.1.0 with a timestamp qualifier, never the "unknown" fallback.
		TagbenchVersion current = TagbenchVersion.current();
		assertEquals("0.1.0", current.release());
		assertFalse(current.build().isEmpty());
		assertTrue(current.build().matches("\\d{12}"), current.build());
	}
}

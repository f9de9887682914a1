package org.tagbench.assist.internal;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.tagbench.assist.AssistException;

/**
 * The engine's instance-scope preferences, in a class of their own so that code outside OSGi (benchmarks, without
 * the preferences bundle on the class path) only fails when it actually asks for them.
 */
public final class AssistPreferences {

	private AssistPreferences() {
	}

	public static String get(String node, String key) {
		return InstanceScope.INSTANCE.getNode(node).get(key, null);
	}

	/** Puts (or, with a null value, removes) each key/value pair, then saves. */
	public static void put(String node, String... keysAndValues) throws AssistException {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(node);
		for (int i = 0; i < keysAndValues.length; i += 2) {
			if (keysAndValues[i + 1] == null) {
				preferences.remove(keysAndValues[i]);
			} else {
				preferences.put(keysAndValues[i], keysAndValues[i + 1]);
			}
		}
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			throw new AssistException("Could not save the preferences " + node + ": " + e.getMessage(), e);
		}
	}
}

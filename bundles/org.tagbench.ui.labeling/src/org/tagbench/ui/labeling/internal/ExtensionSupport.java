package org.tagbench.ui.labeling.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;

/** What the editor's extension points share: the {@code order} attribute and creating the {@code class}. */
final class ExtensionSupport {

	private ExtensionSupport() {
	}

	/** The element's {@code order} attribute; 1000 when missing, logged and 1000 when not a number. */
	static int order(IConfigurationElement element, String what) {
		String orderText = element.getAttribute("order");
		if (orderText != null) {
			try {
				return Integer.parseInt(orderText.trim());
			} catch (NumberFormatException e) {
				ILog.of(ExtensionSupport.class).warn(what + ": order '" + orderText + "' is not a number");
			}
		}
		return 1000;
	}

	/** A new instance of the element's {@code class}, or null (logged) when it cannot be created or has the wrong type. */
	static <T> T create(IConfigurationElement element, Class<T> type, String what) {
		try {
			Object created = element.createExecutableExtension("class");
			if (type.isInstance(created)) {
				return type.cast(created);
			}
			ILog.of(ExtensionSupport.class).error(what + ": " + created.getClass().getName() + " does not implement " + type.getName());
		} catch (CoreException | RuntimeException e) {
			ILog.of(ExtensionSupport.class).error("Cannot create " + what, e);
		}
		return null;
	}
}

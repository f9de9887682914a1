package org.tagbench.ui.labeling;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.commands.contexts.Context;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.Scheme;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.keys.IBindingService;
import org.tagbench.model.LabelClass;

/**
 * The keys that pick label classes in an editor: each class's stored key (1–9, given when the class is made),
 * then the letters a, b, c … for the classes without one, in the project's order. A letter that a key binding
 * of the editor's context takes without modifiers (S = Skip, L = labels, a tool's key, a user's own binding)
 * is skipped, so that a class key never shadows a command; classes beyond the free letters have no key.
 * Letters are not stored: they follow the bindings installed and can differ between the two editors.
 *
 * @since 0.2
 */
public final class ClassKeys {

	private final Map<LabelClass, String> keys = new IdentityHashMap<>();
	private final List<LabelClass> order = new ArrayList<>();

	private ClassKeys(List<? extends LabelClass> classes, Set<Character> taken) {
		Set<String> used = new HashSet<>();
		for (LabelClass labelClass : classes) {
			String stored = labelClass.getShortcutKey();
			if (stored != null && !stored.isBlank() && used.add(stored.toLowerCase(Locale.ROOT))) {
				keys.put(labelClass, stored.toLowerCase(Locale.ROOT));
			}
		}
		char next = 'a';
		for (LabelClass labelClass : classes) {
			order.add(labelClass);
			if (keys.containsKey(labelClass)) {
				continue;
			}
			while (next <= 'z' && (taken.contains(next) || used.contains(String.valueOf(next)))) {
				next++;
			}
			if (next > 'z') {
				continue; // no letter left: the class is picked by a click or the filter
			}
			keys.put(labelClass, String.valueOf(next));
			used.add(String.valueOf(next));
			next++;
		}
	}

	/** Keys for {@code classes}, letters skipping {@code taken} (lower case). */
	public static ClassKeys of(List<? extends LabelClass> classes, Collection<Character> taken) {
		Set<Character> lower = new HashSet<>();
		for (char c : taken) {
			lower.add(Character.toLowerCase(c));
		}
		return new ClassKeys(classes, lower);
	}

	/**
	 * Keys for {@code classes} in an editor whose key bindings live in {@code contextId}: letters bound there
	 * (or in a parent context) without modifiers are skipped, and so are {@code alsoTaken}.
	 */
	public static ClassKeys forContext(IWorkbench workbench, List<? extends LabelClass> classes, String contextId,
			char... alsoTaken) {
		Set<Character> taken = new HashSet<>(boundLetters(workbench, contextId));
		for (char c : alsoTaken) {
			taken.add(c);
		}
		return of(classes, taken);
	}

	/** Letters (lower case) bound without modifiers in {@code contextId} or its parents, active scheme and its parents. */
	public static Set<Character> boundLetters(IWorkbench workbench, String contextId) {
		IBindingService bindings = workbench.getService(IBindingService.class);
		IContextService contexts = workbench.getService(IContextService.class);
		if (bindings == null) {
			return Set.of();
		}
		Set<String> contextChain = new HashSet<>();
		for (String id = contextId; id != null && contextChain.add(id);) {
			id = parentOf(contexts, id);
		}
		Set<String> schemeChain = new HashSet<>();
		Scheme scheme = bindings.getActiveScheme();
		while (scheme != null && schemeChain.add(scheme.getId())) {
			try {
				String parent = scheme.getParentId();
				scheme = parent == null ? null : bindings.getScheme(parent);
			} catch (NotDefinedException e) {
				scheme = null;
			}
		}
		Set<Character> letters = new HashSet<>();
		for (Binding binding : bindings.getBindings()) {
			if (binding.getParameterizedCommand() == null || !contextChain.contains(binding.getContextId())
					|| (!schemeChain.isEmpty() && !schemeChain.contains(binding.getSchemeId()))
					|| !(binding.getTriggerSequence() instanceof KeySequence sequence)
					|| sequence.getKeyStrokes().length != 1) {
				continue;
			}
			KeyStroke stroke = sequence.getKeyStrokes()[0];
			int key = stroke.getNaturalKey();
			if (stroke.getModifierKeys() == 0 && key < 128 && Character.isLetter(key)) {
				letters.add(Character.toLowerCase((char) key));
			}
		}
		return Collections.unmodifiableSet(letters);
	}

	private static String parentOf(IContextService contexts, String id) {
		if (contexts == null) {
			return null;
		}
		Context context = contexts.getContext(id);
		try {
			return context != null && context.isDefined() ? context.getParentId() : null;
		} catch (NotDefinedException e) {
			return null;
		}
	}

	/** The key of {@code labelClass} ("1" … "9", "a" …), or "" when it has none. */
	public String keyOf(LabelClass labelClass) {
		return keys.getOrDefault(labelClass, "");
	}

	/** The class whose key is {@code key} (any case), or null. */
	public LabelClass classFor(String key) {
		if (key == null || key.isEmpty()) {
			return null;
		}
		String wanted = key.toLowerCase(Locale.ROOT);
		for (LabelClass labelClass : order) {
			if (wanted.equals(keys.get(labelClass))) {
				return labelClass;
			}
		}
		return null;
	}

	/** The class picked by a typed character without modifiers, or null. */
	public LabelClass classFor(char character) {
		return character == 0 ? null : classFor(String.valueOf(character));
	}
}

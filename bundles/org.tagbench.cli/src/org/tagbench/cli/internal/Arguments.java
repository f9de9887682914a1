package org.tagbench.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments: positional words and {@code --option value} / {@code --flag} options, checked
 * against what the command accepts so that a typo is an error, not silently ignored.
 */
final class Arguments {

	private final List<String> positional = new ArrayList<>();
	private final Map<String, List<String>> options = new HashMap<>();

	/**
	 * @param valued options that take a value (may repeat)
	 * @param flags  options that take none
	 */
	Arguments(List<String> words, Set<String> valued, Set<String> flags) throws UsageException {
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (word.startsWith("--")) {
				String name = word.substring(2);
				if (flags.contains(name)) {
					options.computeIfAbsent(name, n -> new ArrayList<>()).add("true");
				} else if (valued.contains(name)) {
					if (i + 1 >= words.size()) {
						throw new UsageException("--" + name + " needs a value");
					}
					options.computeIfAbsent(name, n -> new ArrayList<>()).add(words.get(++i));
				} else {
					throw new UsageException("unknown option " + word);
				}
			} else {
				positional.add(word);
			}
		}
	}

	Path folder(int index, String what) throws UsageException {
		if (index >= positional.size()) {
			throw new UsageException("the " + what + " is missing");
		}
		return Path.of(positional.get(index)).toAbsolutePath().normalize();
	}

	void expectPositional(int count) throws UsageException {
		if (positional.size() > count) {
			throw new UsageException("unexpected argument '" + positional.get(count) + "'");
		}
	}

	Optional<String> value(String name) {
		List<String> values = options.get(name);
		return values == null ? Optional.empty() : Optional.of(values.get(values.size() - 1));
	}

	String required(String name) throws UsageException {
		return value(name).orElseThrow(() -> new UsageException("--" + name + " is required"));
	}

	List<String> values(String name) {
		return options.getOrDefault(name, List.of());
	}

	boolean flag(String name) {
		return options.containsKey(name);
	}

	long longValue(String name, long otherwise) throws UsageException {
		Optional<String> value = value(name);
		try {
			return value.isPresent() ? Long.parseLong(value.get()) : otherwise;
		} catch (NumberFormatException e) {
			throw new UsageException("--" + name + " must be a whole number, not '" + value.get() + "'");
		}
	}

	double doubleValue(String name, double otherwise) throws UsageException {
		Optional<String> value = value(name);
		try {
			return value.isPresent() ? Double.parseDouble(value.get()) : otherwise;
		} catch (NumberFormatException e) {
			throw new UsageException("--" + name + " must be a number, not '" + value.get() + "'");
		}
	}
}

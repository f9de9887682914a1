package org.tagbench.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.tagbench.cli.CliCommand;
import org.tagbench.core.Notices;
import org.tagbench.core.TagbenchVersion;

/** {@code version}: the product version, for scripts and bug reports. */
final class VersionCommand implements CliCommand {

	@Override
	public String name() {
		return "version";
	}

	@Override
	public String synopsis() {
		return "";
	}

	@Override
	public String description() {
		return "print the Tagbench version";
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws UsageException {
		if (!arguments.isEmpty()) {
			throw new UsageException("takes no arguments");
		}
		out.println(Notices.PRODUCT_NAME + " " + TagbenchVersion.current().display());
		return OK;
	}
}

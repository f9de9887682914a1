package org.tagbench.cli.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless application: runs one command and exits with its code. */
public class HeadlessApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		return new CommandLine(Commands.all()).run(arguments == null ? List.of() : Arrays.asList(arguments),
				System.out, System.err);
	}

	@Override
	public void stop() {
		// commands are short; nothing to interrupt
	}
}

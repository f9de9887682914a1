package org.tagbench.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.tagbench.store.DataRoots;

/** The headless application: runs one command and exits with its code. */
public class HeadlessApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		return new CommandLine(Commands.all()).withWorkbenchRootOverrides(workbenchRootOverrides())
				.run(arguments == null ? List.of() : Arrays.asList(arguments), System.out, System.err);
	}

	/**
	 * The data root overrides of Window > Preferences > Tagbench > Data Folders: the launcher starts commands without
	 * a workspace ({@code -data @none}), so they are read from the workbench's default workspace.
	 */
	private static List<DataRoots.RootOverride> workbenchRootOverrides() {
		if (DataRoots.preferencesHaveAWorkspace()) {
			return List.of(); // read through the preferences as in the workbench
		}
		String area = System.getProperty("osgi.instance.area.default", "@user.home/Tagbench/workspace");
		Path workspace = Path.of(area.replace("@user.home", System.getProperty("user.home")).replaceFirst("^file:", ""));
		try {
			return DataRoots.readWorkspacePreferences(workspace);
		} catch (IOException | RuntimeException e) {
			System.err.println("tagbench: the data folders of " + workspace + " were not read (" + e.getMessage()
					+ "); --root-map gives them");
			return List.of();
		}
	}

	@Override
	public void stop() {
		// commands are short; nothing to interrupt
	}
}

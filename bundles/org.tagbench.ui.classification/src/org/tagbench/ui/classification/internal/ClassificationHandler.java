package org.tagbench.ui.classification.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.classification.ClassificationEditor;
import org.tagbench.ui.classification.GridSize;

/**
 * The classification editor's commands for the active classification editor; which one is given in plugin.xml
 * after the class name ({@code ClassificationHandler:submitPage}).
 */
public class ClassificationHandler extends AbstractHandler implements IExecutableExtension {

	public static final String CLASS_KEY_PARAMETER = "org.tagbench.ui.classification.classKey";

	public static final String TILES_PARAMETER = "org.tagbench.ui.classification.tiles";

	private String action = "";

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		if (data instanceof String text) {
			action = text;
		}
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(HandlerUtil.getActivePart(event) instanceof ClassificationEditor editor)) {
			return null;
		}
		switch (action) {
		case "submitPage" -> editor.submitPage();
		case "skipPage" -> editor.skipPage();
		case "previousPage" -> editor.back();
		case "nextPage" -> editor.forward();
		case "applyClass" -> editor.applyClassByKey(event.getParameter(CLASS_KEY_PARAMETER));
		case "gridSize" -> editor.setGridSize(GridSize.parse(event.getParameter(TILES_PARAMETER))
				.orElseThrow(() -> new ExecutionException("Images per page must be 1, 4, 6 or 9, not "
						+ event.getParameter(TILES_PARAMETER))));
		case "filterClasses" -> editor.focusFilter();
		default -> throw new ExecutionException("Unknown classification action " + action);
		}
		return null;
	}
}

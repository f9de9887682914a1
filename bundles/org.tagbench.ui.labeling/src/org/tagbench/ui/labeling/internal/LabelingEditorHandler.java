package org.tagbench.ui.labeling.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.labeling.LabelingEditor;

/**
 * Submit, Skip, Select Label Class and Select Annotation Tool for the active labeling editor; which one is given in plugin.xml
 * after the class name ({@code LabelingEditorHandler:submit}).
 */
public class LabelingEditorHandler extends AbstractHandler implements IExecutableExtension {

	public static final String CLASS_KEY_PARAMETER = "org.tagbench.ui.labeling.classKey";

	public static final String TOOL_ID_PARAMETER = "org.tagbench.ui.labeling.toolId";

	private String action = "";

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		if (data instanceof String text) {
			action = text;
		}
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(HandlerUtil.getActivePart(event) instanceof LabelingEditor editor)) {
			return null;
		}
		switch (action) {
		case "submit" -> editor.submit();
		case "skip" -> editor.skip();
		case "selectClass" -> editor.selectClassByKey(event.getParameter(CLASS_KEY_PARAMETER));
		case "selectTool" -> editor.selectTool(event.getParameter(TOOL_ID_PARAMETER));
		default -> throw new ExecutionException("Unknown labeling action " + action);
		}
		return null;
	}
}

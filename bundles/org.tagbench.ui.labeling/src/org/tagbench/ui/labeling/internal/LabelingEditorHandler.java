package org.tagbench.ui.labeling.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.labeling.LabelingEditor;

/**
 * The labeling editor's commands (Submit, Skip, Select Label Class, Select Annotation Tool, Nudge, Tab, Back, …)
 * for the active labeling editor; which one is given in plugin.xml
 * after the class name ({@code LabelingEditorHandler:submit}).
 */
public class LabelingEditorHandler extends AbstractHandler implements IExecutableExtension {

	public static final String CLASS_KEY_PARAMETER = "org.tagbench.ui.labeling.classKey";

	public static final String TOOL_ID_PARAMETER = "org.tagbench.ui.labeling.toolId";

	public static final String DX_PARAMETER = "org.tagbench.ui.labeling.dx";

	public static final String DY_PARAMETER = "org.tagbench.ui.labeling.dy";

	public static final String BRIGHTNESS_PARAMETER = "org.tagbench.ui.labeling.brightness";

	public static final String CONTRAST_PARAMETER = "org.tagbench.ui.labeling.contrast";

	private String action = "";

	private static double number(ExecutionEvent event, String parameter) throws ExecutionException {
		String text = event.getParameter(parameter);
		try {
			return text == null ? 0 : Double.parseDouble(text.trim());
		} catch (NumberFormatException e) {
			throw new ExecutionException("Parameter " + parameter + " is not a number: '" + text + "'", e);
		}
	}

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
		case "nextAnnotation" -> editor.cycleSelection(1);
		case "previousAnnotation" -> editor.cycleSelection(-1);
		case "copyPrevious" -> editor.copyPrevious();
		case "toggleLabels" -> editor.toggleLabels();
		case "back" -> editor.back();
		case "forward" -> editor.forward();
		case "nudge" -> editor.nudge(number(event, DX_PARAMETER), number(event, DY_PARAMETER));
		case "adjustImage" -> editor.adjust((int) number(event, BRIGHTNESS_PARAMETER), (int) number(event, CONTRAST_PARAMETER));
		case "resetImage" -> editor.setAdjustment(0, 0);
		default -> throw new ExecutionException("Unknown labeling action " + action);
		}
		return null;
	}
}

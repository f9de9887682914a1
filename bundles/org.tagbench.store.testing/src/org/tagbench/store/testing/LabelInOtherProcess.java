package org.tagbench.store.testing;

import java.nio.file.Path;

import org.tagbench.model.AnnotationSource;
import org.tagbench.model.ClassificationLabel;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.store.local.LocalProjectStore;

/**
 * A labeler in another process: opens the folder project, gives one item a label of a class and a status,
 * commits it and prints "committed". Started with {@link OtherProcess}.
 *
 * <pre>LabelInOtherProcess &lt;project folder&gt; &lt;item id&gt; &lt;class index&gt; &lt;author&gt; &lt;status&gt;</pre>
 */
public final class LabelInOtherProcess {

	private LabelInOtherProcess() {
	}

	public static void main(String[] args) throws Exception {
		try (LocalProjectStore store = LocalProjectStore.open(Path.of(args[0]))) {
			DataItem item = store.item(args[1]).orElseThrow(() -> new IllegalArgumentException("no item " + args[1]));
			ClassificationLabel label = TestProjects.FACTORY.createClassificationLabel();
			label.setLabelClass(store.project().getLabelClasses().get(Integer.parseInt(args[2])));
			label.setAuthor(args[3]);
			label.setSource(AnnotationSource.HUMAN);
			label.setCreatedAt(System.currentTimeMillis());
			item.getAnnotations().add(label);
			item.setStatus(ItemStatus.get(args[4]));
			store.commit(item);
		}
		System.out.println("committed");
	}

	/** Runs it and waits for it to end; fails with what it printed on error unless it committed. */
	public static void run(Path folder, String itemId, int classIndex, String author, ItemStatus status)
			throws Exception {
		Process process = OtherProcess.java(OtherProcess.classpath(), LabelInOtherProcess.class, folder.toString(), itemId,
				Integer.toString(classIndex), author, status.getName()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		if (process.waitFor() != 0 || !output.contains("committed")) {
			throw new IllegalStateException("the other process did not commit: " + output);
		}
	}
}

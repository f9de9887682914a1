package org.tagbench.ui.assist.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.tagbench.assist.FeatureCache;
import org.tagbench.assist.PageClustering;
import org.tagbench.ui.assist.ProjectAssist;
import org.tagbench.ui.classification.PageOrdering;
import org.tagbench.ui.labeling.LabelCommitListener;

/**
 * The assist's side of the editors' hooks (a declarative-services component): label commits count towards
 * retraining, and once a model exists, the classification editor's pages group similar images.
 */
public class AssistHooks implements LabelCommitListener, PageOrdering {

	@Override
	public void labelsCommitted(Path projectFolder, int labeledItems) {
		if (projectFolder != null) { // a team project's commits are counted from the server's live updates
			ProjectAssist.of(projectFolder).labelsCommitted(labeledItems);
		}
	}

	/**
	 * Clusters the candidates that have cached features (computed when the model pre-labeled them); those
	 * without come after, in the project's order. Empty (project order) until features are loaded.
	 */
	@Override
	public List<List<String>> pages(Path projectFolder, List<String> candidates, int tiles) {
		if (projectFolder == null) {
			return List.of(); // team projects: pages are leased in the queue's order, which the admin's assist clusters
		}
		Optional<FeatureCache> cache = ProjectAssist.of(projectFolder).features();
		if (cache.isEmpty()) {
			return List.of();
		}
		List<String> withFeatures = new ArrayList<>();
		List<float[]> embeddings = new ArrayList<>();
		List<String> without = new ArrayList<>();
		for (String id : candidates) {
			float[] vector = cache.get().get(id);
			if (vector != null) {
				withFeatures.add(id);
				embeddings.add(vector);
			} else {
				without.add(id);
			}
		}
		if (withFeatures.size() < 2 * tiles) {
			return List.of();
		}
		List<List<String>> pages = new ArrayList<>();
		// a fixed seed: the same window gives the same pages when the editor is reopened
		for (int[] page : PageClustering.pages(embeddings.toArray(float[][]::new), tiles, 17L)) {
			List<String> ids = new ArrayList<>();
			for (int index : page) {
				ids.add(withFeatures.get(index));
			}
			pages.add(ids);
		}
		for (int start = 0; start < without.size(); start += tiles) {
			pages.add(new ArrayList<>(without.subList(start, Math.min(without.size(), start + tiles))));
		}
		return pages;
	}
}

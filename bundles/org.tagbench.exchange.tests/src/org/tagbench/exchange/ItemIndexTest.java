package org.tagbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.model.DataItem;
import org.tagbench.model.DataSource;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.MediaType;
import org.tagbench.model.ProjectType;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.store.local.LocalProjectStore;

class ItemIndexTest {

	@TempDir
	Path temp;

	@Test
	void matchesRelativePathsBareNamesAndAbsolutePaths() throws Exception {
		TagbenchFactory factory = TagbenchFactory.eINSTANCE;
		LabelingProject project = factory.createLabelingProject();
		project.setId("p");
		project.setName("index");
		project.setType(ProjectType.BOUNDING_BOX);
		DataSource source = factory.createDataSource();
		source.setId("src");
		source.setRootUri(temp.toUri().toString());
		project.getDataSources().add(source);
		try (LocalProjectStore store = LocalProjectStore.create(temp.resolve("project"), project)) {
			String[] paths = { "train/cat1.jpg", "val/cat1.jpg", "train/dog.jpg" };
			List<DataItem> items = new java.util.ArrayList<>();
			for (int i = 0; i < paths.length; i++) {
				DataItem item = factory.createDataItem();
				item.setId("item" + i);
				item.setDataSource(source);
				item.setPath(paths[i]);
				item.setMediaType(MediaType.IMAGE);
				item.setStatus(ItemStatus.UNLABELED);
				item.setOrderKey(i);
				items.add(item);
			}
			store.addItems(items);
			ItemIndex index = ItemIndex.of(store);
			assertEquals(Optional.of("item1"), index.find("val/cat1.jpg"));
			assertEquals(Optional.of("item1"), index.find("/data/set/val/cat1.jpg"));
			assertEquals(Optional.of("item2"), index.find("dog.jpg"));
			assertEquals(Optional.of("item2"), index.find(".\\train\\dog.jpg"));
			assertEquals(Optional.empty(), index.find("cat1.jpg"), "two items are named cat1.jpg");
			assertEquals(Optional.empty(), index.find("bird.jpg"));
		}
	}
}

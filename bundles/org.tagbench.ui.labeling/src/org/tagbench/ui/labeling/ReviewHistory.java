package org.tagbench.ui.labeling;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.ReviewNote;
import org.tagbench.store.StoreException;

/** What the labeler is told about a rejected item: its reviewers' comments, newest first, with who and when. */
public final class ReviewHistory {

	/** Rejections shown in full; older ones are counted. */
	static final int SHOWN = 3;
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

	private ReviewHistory() {
	}

	/**
	 * The note for {@code item}: empty unless it is REJECTED. Without a recorded history (an older project, a
	 * store that keeps none) it is the item's one comment, "Rejected by the reviewer: …".
	 */
	public static String describe(ProjectStore store, DataItem item) {
		if (item == null || item.getStatus() != ItemStatus.REJECTED) {
			return "";
		}
		List<ReviewNote> notes;
		try {
			notes = store.reviewNotes(item.getId());
		} catch (StoreException e) {
			notes = List.of();
		}
		if (notes.isEmpty()) {
			String comment = item.getReviewComment();
			return comment == null || comment.isBlank() ? "" : "Rejected by the reviewer: " + comment;
		}
		StringBuilder text = new StringBuilder();
		for (int i = notes.size() - 1; i >= Math.max(0, notes.size() - SHOWN); i--) {
			text.append(text.length() == 0 ? "" : "\n").append(line(notes.get(i)));
		}
		int older = notes.size() - SHOWN;
		if (older > 0) {
			text.append("\n(and ").append(older).append(older == 1 ? " earlier rejection)" : " earlier rejections)");
		}
		return text.toString();
	}

	/** "Rejected by rita, 3 Dec 2026 10:02: Box too loose". */
	public static String line(ReviewNote note) {
		String when = WHEN.format(Instant.ofEpochMilli(note.time()).atZone(ZoneId.systemDefault()));
		String comment = note.comment() == null || note.comment().isBlank() ? " (no comment)" : ": " + note.comment();
		return "Rejected by " + note.author() + ", " + when + comment;
	}
}

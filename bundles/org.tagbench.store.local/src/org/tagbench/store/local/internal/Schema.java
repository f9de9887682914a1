package org.tagbench.store.local.internal;

import java.util.List;

/**
 * The label database's schema, as migrations: the n-th script brings version n to n+1. Never edit a
 * released script; add one. Enumerations are stored by name so that reordering a literal in the model
 * cannot change stored meaning.
 */
public final class Schema {

	public static final List<String> MIGRATIONS = List.of("""
			CREATE TABLE item (
			  id TEXT PRIMARY KEY,
			  source_id TEXT NOT NULL,
			  path TEXT NOT NULL,
			  media_type TEXT NOT NULL,
			  width INTEGER NOT NULL DEFAULT 0,
			  height INTEGER NOT NULL DEFAULT 0,
			  frame_count INTEGER NOT NULL DEFAULT 1,
			  content_hash TEXT,
			  order_key INTEGER NOT NULL,
			  status TEXT NOT NULL,
			  created INTEGER NOT NULL,
			  modified INTEGER NOT NULL,
			  time_spent_ms INTEGER NOT NULL DEFAULT 0,
			  missing INTEGER NOT NULL DEFAULT 0,
			  UNIQUE (source_id, path));
			CREATE INDEX item_by_order ON item (order_key, id);
			CREATE INDEX item_by_status ON item (status, order_key);
			CREATE TABLE annotation (
			  id TEXT PRIMARY KEY,
			  item_id TEXT NOT NULL REFERENCES item (id) ON DELETE CASCADE,
			  kind TEXT NOT NULL,
			  class_id TEXT,
			  author TEXT,
			  created INTEGER NOT NULL,
			  source TEXT NOT NULL,
			  score REAL,
			  model_version TEXT,
			  frame_index INTEGER NOT NULL DEFAULT 0,
			  geometry BLOB);
			CREATE INDEX annotation_by_item ON annotation (item_id);
			CREATE INDEX annotation_by_class ON annotation (class_id);
			""", """
			ALTER TABLE item ADD COLUMN review_comment TEXT;
			""", """
			CREATE TABLE reservation (
			  item_id TEXT PRIMARY KEY REFERENCES item (id) ON DELETE CASCADE,
			  holder TEXT NOT NULL,
			  labeler TEXT NOT NULL,
			  expires INTEGER NOT NULL);
			CREATE INDEX reservation_by_holder ON reservation (holder);
			""", """
			CREATE TABLE review_note (
			  id INTEGER PRIMARY KEY,
			  item_id TEXT NOT NULL REFERENCES item (id) ON DELETE CASCADE,
			  author TEXT NOT NULL,
			  created INTEGER NOT NULL,
			  comment TEXT NOT NULL DEFAULT '');
			CREATE INDEX review_note_by_item ON review_note (item_id);
			""", """
			CREATE TABLE change_counter (
			  id INTEGER PRIMARY KEY CHECK (id = 1),
			  changes INTEGER NOT NULL);
			INSERT INTO change_counter (id, changes) VALUES (1, 0);
			""", """
			CREATE INDEX item_by_path ON item (path, order_key, id);
			CREATE INDEX item_by_pixels ON item (width * height, order_key, id);
			""", """
			ALTER TABLE item ADD COLUMN first_class_id TEXT;
			ALTER TABLE item ADD COLUMN first_author TEXT;
			UPDATE item SET first_class_id = (SELECT a.class_id FROM annotation a WHERE a.item_id = item.id AND a.class_id IS NOT NULL ORDER BY a.rowid LIMIT 1), first_author = (SELECT a.author FROM annotation a WHERE a.item_id = item.id AND a.author IS NOT NULL ORDER BY a.rowid LIMIT 1) WHERE EXISTS (SELECT 1 FROM annotation a WHERE a.item_id = item.id);
			CREATE INDEX item_by_first_class ON item (first_class_id, order_key, id);
			CREATE INDEX item_by_first_author ON item (first_author, order_key, id);
			""", """
			ALTER TABLE item ADD COLUMN annotation_count INTEGER NOT NULL DEFAULT 0;
			UPDATE item SET annotation_count = (SELECT count(*) FROM annotation a WHERE a.item_id = item.id) WHERE EXISTS (SELECT 1 FROM annotation a WHERE a.item_id = item.id);
			CREATE INDEX item_by_annotation_count ON item (annotation_count, order_key, id);
			""", """
			ALTER TABLE item ADD COLUMN prelabel_score REAL;
			UPDATE item SET prelabel_score = (SELECT max(a.score) FROM annotation a WHERE a.item_id = item.id AND a.source = 'PRELABEL') WHERE EXISTS (SELECT 1 FROM annotation a WHERE a.item_id = item.id AND a.source = 'PRELABEL');
			CREATE INDEX item_by_prelabel_score ON item (prelabel_score, order_key, id);
			""");

	private Schema() {
	}
}

package org.tagbench.store.postgres.internal;

import java.util.List;

/**
 * A project's schema on the server, as migrations: the n-th script brings version n to n+1, recorded in
 * {@code <schema>.schema_version}. Never edit a released script; add one. {@code ${schema}} stands for the
 * project's schema name (which also prefixes its three group roles).
 * <p>
 * Roles are enforced by the server, not by the client: {@code <schema>_admin} may change everything,
 * {@code <schema>_reviewer} may change any item and label but not the project settings, and
 * {@code <schema>_labeler} may read everything but write only through its own leases: the item status of
 * an item it holds a lease on, and annotations it wrote itself (or machine pre-labels) on such an item (since
 * version 8 the lease must be running, or have run out with nobody taking the item over, or be committed:
 * {@code holds_item}).
 * Leases are taken only through {@code lease_items}, a SECURITY DEFINER function that locks candidate
 * items with {@code FOR UPDATE SKIP LOCKED}.
 * </p>
 */
public final class PgSchema {

	public static final List<String> MIGRATIONS = List.of("""
			CREATE TABLE ${schema}.project (
			  id text PRIMARY KEY,
			  definition text NOT NULL,
			  modified bigint NOT NULL,
			  labelers_per_item integer NOT NULL DEFAULT 1 CHECK (labelers_per_item >= 1));
			CREATE TABLE ${schema}.item (
			  id text PRIMARY KEY,
			  source_id text NOT NULL,
			  path text NOT NULL,
			  media_type text NOT NULL,
			  width integer NOT NULL DEFAULT 0,
			  height integer NOT NULL DEFAULT 0,
			  frame_count integer NOT NULL DEFAULT 1,
			  content_hash text,
			  order_key bigint NOT NULL,
			  status text NOT NULL,
			  created bigint NOT NULL,
			  modified bigint NOT NULL,
			  time_spent_ms bigint NOT NULL DEFAULT 0,
			  missing boolean NOT NULL DEFAULT false,
			  UNIQUE (source_id, path));
			CREATE INDEX item_by_order ON ${schema}.item (order_key, id);
			CREATE INDEX item_by_status ON ${schema}.item (status, order_key);
			CREATE TABLE ${schema}.annotation (
			  seq bigint GENERATED ALWAYS AS IDENTITY,
			  id text PRIMARY KEY,
			  item_id text NOT NULL REFERENCES ${schema}.item (id) ON DELETE CASCADE,
			  kind text NOT NULL,
			  class_id text,
			  author text,
			  created bigint NOT NULL,
			  source text NOT NULL,
			  score double precision,
			  model_version text,
			  frame_index integer NOT NULL DEFAULT 0,
			  geometry double precision[]);
			CREATE INDEX annotation_by_item ON ${schema}.annotation (item_id, seq);
			CREATE INDEX annotation_by_class ON ${schema}.annotation (class_id);
			CREATE TABLE ${schema}.assignment (
			  item_id text NOT NULL REFERENCES ${schema}.item (id) ON DELETE CASCADE,
			  labeler text NOT NULL,
			  leased_until timestamptz NOT NULL,
			  committed_at timestamptz,
			  PRIMARY KEY (item_id, labeler));
			CREATE INDEX assignment_by_labeler ON ${schema}.assignment (labeler) WHERE committed_at IS NULL;
			CREATE TABLE ${schema}.commit_log (
			  commit_id text PRIMARY KEY,
			  item_id text NOT NULL REFERENCES ${schema}.item (id) ON DELETE CASCADE,
			  labeler text NOT NULL,
			  committed_at timestamptz NOT NULL DEFAULT now());

			DO $roles$ BEGIN
			  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${schema}_admin') THEN CREATE ROLE ${schema}_admin NOLOGIN; END IF;
			  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${schema}_reviewer') THEN CREATE ROLE ${schema}_reviewer NOLOGIN; END IF;
			  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${schema}_labeler') THEN CREATE ROLE ${schema}_labeler NOLOGIN; END IF;
			END $roles$;
			GRANT USAGE ON SCHEMA ${schema} TO ${schema}_admin, ${schema}_reviewer, ${schema}_labeler;
			GRANT SELECT ON ALL TABLES IN SCHEMA ${schema} TO ${schema}_admin, ${schema}_reviewer, ${schema}_labeler;
			GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${schema} TO ${schema}_admin, ${schema}_reviewer, ${schema}_labeler;
			GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${schema}_admin;
			GRANT UPDATE (status, modified, time_spent_ms, missing) ON ${schema}.item TO ${schema}_reviewer;
			GRANT INSERT, UPDATE, DELETE ON ${schema}.annotation TO ${schema}_reviewer;
			GRANT INSERT ON ${schema}.commit_log TO ${schema}_reviewer;
			GRANT UPDATE (status, modified, time_spent_ms) ON ${schema}.item TO ${schema}_labeler;
			GRANT INSERT, DELETE ON ${schema}.annotation TO ${schema}_labeler;
			GRANT UPDATE (committed_at), DELETE ON ${schema}.assignment TO ${schema}_labeler;
			GRANT INSERT ON ${schema}.commit_log TO ${schema}_labeler;

			ALTER TABLE ${schema}.item ENABLE ROW LEVEL SECURITY;
			ALTER TABLE ${schema}.annotation ENABLE ROW LEVEL SECURITY;
			ALTER TABLE ${schema}.assignment ENABLE ROW LEVEL SECURITY;
			ALTER TABLE ${schema}.commit_log ENABLE ROW LEVEL SECURITY;
			CREATE POLICY staff ON ${schema}.item TO ${schema}_admin, ${schema}_reviewer USING (true) WITH CHECK (true);
			CREATE POLICY staff ON ${schema}.annotation TO ${schema}_admin, ${schema}_reviewer USING (true) WITH CHECK (true);
			CREATE POLICY staff ON ${schema}.assignment TO ${schema}_admin, ${schema}_reviewer USING (true) WITH CHECK (true);
			CREATE POLICY staff ON ${schema}.commit_log TO ${schema}_admin, ${schema}_reviewer USING (true) WITH CHECK (true);
			CREATE POLICY everyone_reads ON ${schema}.item FOR SELECT TO ${schema}_labeler USING (true);
			CREATE POLICY everyone_reads ON ${schema}.annotation FOR SELECT TO ${schema}_labeler USING (true);
			CREATE POLICY everyone_reads ON ${schema}.assignment FOR SELECT TO ${schema}_labeler USING (true);
			CREATE POLICY everyone_reads ON ${schema}.commit_log FOR SELECT TO ${schema}_labeler USING (true);
			CREATE POLICY leased ON ${schema}.item FOR UPDATE TO ${schema}_labeler
			  USING (EXISTS (SELECT 1 FROM ${schema}.assignment a WHERE a.item_id = item.id AND a.labeler = current_user));
			CREATE POLICY own_on_leased ON ${schema}.annotation FOR INSERT TO ${schema}_labeler
			  WITH CHECK ((author = current_user OR source <> 'HUMAN')
			    AND EXISTS (SELECT 1 FROM ${schema}.assignment a WHERE a.item_id = annotation.item_id AND a.labeler = current_user));
			CREATE POLICY own_on_leased_delete ON ${schema}.annotation FOR DELETE TO ${schema}_labeler
			  USING ((author = current_user OR source <> 'HUMAN')
			    AND EXISTS (SELECT 1 FROM ${schema}.assignment a WHERE a.item_id = annotation.item_id AND a.labeler = current_user));
			CREATE POLICY own ON ${schema}.assignment FOR UPDATE TO ${schema}_labeler USING (labeler = current_user);
			CREATE POLICY own_delete ON ${schema}.assignment FOR DELETE TO ${schema}_labeler
			  USING (labeler = current_user AND committed_at IS NULL);
			CREATE POLICY own ON ${schema}.commit_log FOR INSERT TO ${schema}_labeler WITH CHECK (labeler = current_user);

			CREATE FUNCTION ${schema}.lease_items(wanted integer, seconds integer)
			RETURNS TABLE (leased_item text, until timestamptz)
			LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${schema}, pg_temp AS $lease$
			DECLARE
			  me text := session_user;
			  per_item integer;
			  held integer;
			  candidate text;
			  tried text[] := '{}';
			  expiry timestamptz := clock_timestamp() + make_interval(secs => seconds);
			BEGIN
			  IF NOT (pg_has_role(me, '${schema}_labeler', 'MEMBER') OR pg_has_role(me, '${schema}_reviewer', 'MEMBER')
			      OR pg_has_role(me, '${schema}_admin', 'MEMBER')) THEN
			    RAISE EXCEPTION '% is no member of this project', me USING ERRCODE = 'insufficient_privilege';
			  END IF;
			  SELECT p.labelers_per_item INTO per_item FROM project p;
			  -- a lease that ran out is gone: the item may have gone to someone else meanwhile
			  DELETE FROM assignment a WHERE a.labeler = me AND a.committed_at IS NULL AND a.leased_until <= clock_timestamp();
			  UPDATE assignment a SET leased_until = expiry WHERE a.labeler = me AND a.committed_at IS NULL;
			  GET DIAGNOSTICS held = ROW_COUNT;
			  WHILE held < wanted LOOP
			    candidate := NULL;
			    SELECT i.id INTO candidate FROM item i
			     WHERE i.status IN ('UNLABELED', 'IN_PROGRESS') AND NOT i.missing AND i.id <> ALL (tried)
			       AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.item_id = i.id AND a.labeler = me)
			       AND (SELECT count(*) FROM assignment a WHERE a.item_id = i.id
			             AND (a.committed_at IS NOT NULL OR a.leased_until > clock_timestamp())) < per_item
			     ORDER BY i.order_key, i.id LIMIT 1
			     FOR UPDATE OF i SKIP LOCKED;
			    EXIT WHEN candidate IS NULL;
			    tried := tried || candidate;
			    -- counted again now that the item row is locked by us: whoever leased it before us has
			    -- committed, and this statement's fresh snapshot sees their lease
			    IF (SELECT count(*) FROM assignment a WHERE a.item_id = candidate
			          AND (a.committed_at IS NOT NULL OR a.leased_until > clock_timestamp())) < per_item THEN
			      INSERT INTO assignment (item_id, labeler, leased_until) VALUES (candidate, me, expiry);
			      held := held + 1;
			    END IF;
			  END LOOP;
			  RETURN QUERY SELECT a.item_id, a.leased_until FROM assignment a JOIN item i ON i.id = a.item_id
			    WHERE a.labeler = me AND a.committed_at IS NULL ORDER BY i.order_key, i.id;
			END $lease$;
			REVOKE ALL ON FUNCTION ${schema}.lease_items(integer, integer) FROM PUBLIC;
			GRANT EXECUTE ON FUNCTION ${schema}.lease_items(integer, integer) TO ${schema}_admin, ${schema}_reviewer, ${schema}_labeler;
			""", """
			-- live updates: every change of an item is announced on the channel tagbench_${schema}, whoever makes
			-- it and through whatever client; delivered when the transaction commits, not before
			CREATE FUNCTION ${schema}.announce_change() RETURNS trigger LANGUAGE plpgsql AS $announce$
			BEGIN
			  IF TG_LEVEL = 'ROW' THEN
			    PERFORM pg_notify('tagbench_${schema}', NEW.id || chr(9) || NEW.status || chr(9) || session_user);
			  ELSE
			    PERFORM pg_notify('tagbench_${schema}', '*');
			  END IF;
			  RETURN NULL;
			END $announce$;
			CREATE TRIGGER item_changed AFTER UPDATE ON ${schema}.item
			  FOR EACH ROW EXECUTE FUNCTION ${schema}.announce_change();
			CREATE TRIGGER items_added AFTER INSERT OR DELETE ON ${schema}.item
			  FOR EACH STATEMENT EXECUTE FUNCTION ${schema}.announce_change();
			""", """
			-- shares of the queue: a labeler's share reserves that fraction of the items (a fixed pseudo-random
			-- part, by a hash of the item id) for the first labeling by them; shares add up to at most 1
			CREATE TABLE ${schema}.labeler_share (
			  labeler text PRIMARY KEY,
			  share double precision NOT NULL CHECK (share > 0 AND share <= 1));
			GRANT SELECT ON ${schema}.labeler_share TO ${schema}_admin, ${schema}_reviewer, ${schema}_labeler;
			GRANT INSERT, UPDATE, DELETE ON ${schema}.labeler_share TO ${schema}_admin;
			CREATE FUNCTION ${schema}.share_point(item_id text) RETURNS double precision
			  LANGUAGE sql IMMUTABLE AS $point$ SELECT ((hashtext(item_id)::bigint & 2147483647) % 100000) / 100000.0 $point$;
			CREATE VIEW ${schema}.share_range AS
			  SELECT labeler, coalesce(sum(share) OVER (ORDER BY labeler ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)
			    AS from_point, sum(share) OVER (ORDER BY labeler) AS to_point FROM ${schema}.labeler_share;
			GRANT SELECT ON ${schema}.share_range TO ${schema}_admin, ${schema}_reviewer, ${schema}_labeler;

			-- lease_items as in version 1, plus: with shares, an item reserved for another labeler is skipped
			-- until that labeler has taken it; the caller's own reserved items come first
			CREATE OR REPLACE FUNCTION ${schema}.lease_items(wanted integer, seconds integer)
			RETURNS TABLE (leased_item text, until timestamptz)
			LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${schema}, pg_temp AS $lease$
			DECLARE
			  me text := session_user;
			  per_item integer;
			  held integer;
			  candidate text;
			  tried text[] := '{}';
			  shared boolean := EXISTS (SELECT 1 FROM labeler_share);
			  expiry timestamptz := clock_timestamp() + make_interval(secs => seconds);
			BEGIN
			  IF NOT (pg_has_role(me, '${schema}_labeler', 'MEMBER') OR pg_has_role(me, '${schema}_reviewer', 'MEMBER')
			      OR pg_has_role(me, '${schema}_admin', 'MEMBER')) THEN
			    RAISE EXCEPTION '% is no member of this project', me USING ERRCODE = 'insufficient_privilege';
			  END IF;
			  SELECT p.labelers_per_item INTO per_item FROM project p;
			  DELETE FROM assignment a WHERE a.labeler = me AND a.committed_at IS NULL AND a.leased_until <= clock_timestamp();
			  UPDATE assignment a SET leased_until = expiry WHERE a.labeler = me AND a.committed_at IS NULL;
			  GET DIAGNOSTICS held = ROW_COUNT;
			  WHILE held < wanted LOOP
			    candidate := NULL;
			    IF shared THEN
			      SELECT i.id INTO candidate FROM item i
			        LEFT JOIN LATERAL (SELECT r.labeler FROM share_range r
			          WHERE share_point(i.id) >= r.from_point AND share_point(i.id) < r.to_point) owner ON true
			       WHERE i.status IN ('UNLABELED', 'IN_PROGRESS') AND NOT i.missing AND i.id <> ALL (tried)
			         AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.item_id = i.id AND a.labeler = me)
			         AND (SELECT count(*) FROM assignment a WHERE a.item_id = i.id
			               AND (a.committed_at IS NOT NULL OR a.leased_until > clock_timestamp())) < per_item
			         AND (owner.labeler IS NULL OR owner.labeler = me
			               OR EXISTS (SELECT 1 FROM assignment a WHERE a.item_id = i.id AND a.labeler = owner.labeler))
			       ORDER BY (owner.labeler IS NOT DISTINCT FROM me) DESC, i.order_key, i.id LIMIT 1
			       FOR UPDATE OF i SKIP LOCKED;
			    ELSE
			      SELECT i.id INTO candidate FROM item i
			       WHERE i.status IN ('UNLABELED', 'IN_PROGRESS') AND NOT i.missing AND i.id <> ALL (tried)
			         AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.item_id = i.id AND a.labeler = me)
			         AND (SELECT count(*) FROM assignment a WHERE a.item_id = i.id
			               AND (a.committed_at IS NOT NULL OR a.leased_until > clock_timestamp())) < per_item
			       ORDER BY i.order_key, i.id LIMIT 1
			       FOR UPDATE OF i SKIP LOCKED;
			    END IF;
			    EXIT WHEN candidate IS NULL;
			    tried := tried || candidate;
			    IF (SELECT count(*) FROM assignment a WHERE a.item_id = candidate
			          AND (a.committed_at IS NOT NULL OR a.leased_until > clock_timestamp())) < per_item THEN
			      INSERT INTO assignment (item_id, labeler, leased_until) VALUES (candidate, me, expiry);
			      held := held + 1;
			    END IF;
			  END LOOP;
			  RETURN QUERY SELECT a.item_id, a.leased_until FROM assignment a JOIN item i ON i.id = a.item_id
			    WHERE a.labeler = me AND a.committed_at IS NULL ORDER BY i.order_key, i.id;
			END $lease$;
			""", """
			-- review comments (issue #6): written by reviewers, shown to the labeler
			ALTER TABLE ${schema}.item ADD COLUMN review_comment text;
			GRANT UPDATE (review_comment) ON ${schema}.item TO ${schema}_reviewer;
			""", """
			-- review history (issue #6): every rejection with its reviewer and time; labelers read it
			CREATE TABLE ${schema}.review_note (
			  id bigserial PRIMARY KEY,
			  item_id text NOT NULL REFERENCES ${schema}.item (id) ON DELETE CASCADE,
			  author text NOT NULL DEFAULT current_user,
			  created bigint NOT NULL,
			  comment text NOT NULL DEFAULT '');
			CREATE INDEX review_note_by_item ON ${schema}.review_note (item_id);
			GRANT SELECT ON ${schema}.review_note TO ${schema}_admin, ${schema}_reviewer, ${schema}_labeler;
			GRANT INSERT ON ${schema}.review_note TO ${schema}_admin, ${schema}_reviewer;
			GRANT DELETE ON ${schema}.review_note TO ${schema}_admin;
			GRANT USAGE ON SEQUENCE ${schema}.review_note_id_seq TO ${schema}_admin, ${schema}_reviewer;
			""", """
			-- the item list sorted by path or size (issue #6), a page at any offset without sorting every item;
			-- paths by code point (COLLATE "C"), as SQLite compares them, whatever the server's locale
			CREATE INDEX item_by_path ON ${schema}.item (path COLLATE "C", order_key, id);
			CREATE INDEX item_by_pixels ON ${schema}.item ((width::bigint * height), order_key, id);
			""", """
			-- the item list sorted by class and by labeler (issue #6): the class and author of each item's first written
			-- annotation that has one (what its Classes and Labelers cells show first). The client writes them with the
			-- item row when it registers items; a commit has the server recompute them (refresh_first_labels, run as the
			-- schema's owner: labelers and reviewers may not set these columns, and with consensus other labelers'
			-- annotations stay on the item)
			ALTER TABLE ${schema}.item ADD COLUMN first_class_id text, ADD COLUMN first_author text;
			CREATE FUNCTION ${schema}.refresh_first_labels(target text) RETURNS void
			LANGUAGE sql SECURITY DEFINER SET search_path = ${schema}, pg_temp AS $refresh$
			  UPDATE item i SET first_class_id = k.class_id, first_author = k.author
			    FROM (SELECT (SELECT a.class_id FROM annotation a WHERE a.item_id = target AND a.class_id IS NOT NULL
			                   ORDER BY a.seq LIMIT 1) AS class_id,
			                 (SELECT a.author FROM annotation a WHERE a.item_id = target AND a.author IS NOT NULL
			                   ORDER BY a.seq LIMIT 1) AS author) k
			   WHERE i.id = target
			     AND (i.first_class_id IS DISTINCT FROM k.class_id OR i.first_author IS DISTINCT FROM k.author);
			$refresh$;
			-- setting these columns is no change to announce (the commit that causes it announces itself), and filling
			-- them below must not announce every item
			DROP TRIGGER item_changed ON ${schema}.item;
			CREATE TRIGGER item_changed AFTER UPDATE ON ${schema}.item FOR EACH ROW
			  WHEN (OLD.first_class_id IS NOT DISTINCT FROM NEW.first_class_id
			    AND OLD.first_author IS NOT DISTINCT FROM NEW.first_author)
			  EXECUTE FUNCTION ${schema}.announce_change();
			UPDATE ${schema}.item i
			   SET first_class_id = (SELECT a.class_id FROM ${schema}.annotation a WHERE a.item_id = i.id
			                          AND a.class_id IS NOT NULL ORDER BY a.seq LIMIT 1),
			       first_author = (SELECT a.author FROM ${schema}.annotation a WHERE a.item_id = i.id
			                        AND a.author IS NOT NULL ORDER BY a.seq LIMIT 1)
			 WHERE EXISTS (SELECT 1 FROM ${schema}.annotation a WHERE a.item_id = i.id);
			CREATE INDEX item_by_first_class ON ${schema}.item (first_class_id, order_key, id);
			CREATE INDEX item_by_first_author ON ${schema}.item (first_author COLLATE "C", order_key, id);
			""", """
			-- a labeler writes where their queue commit is accepted, and only their own labels (issue #7): version 1 let
			-- a labeler's connection insert and delete any label not of source HUMAN (imported labels, other labelers'
			-- accepted suggestions) on any item they had a lease row on, also one that ran out and went to someone else.
			-- holds_item is the client's lease check in SQL: the caller's lease on the item is running, or ran out with
			-- nobody taking the item over (a late commit is still accepted), or the caller committed the item (they
			-- revise their own labels); run as the caller, who may read assignment and project
			-- imported labels are nobody's: without consensus the labeler who holds the item corrects them in place (a
			-- moved imported box is not kept twice); with consensus they stay as imported for every labeler
			CREATE OR REPLACE FUNCTION ${schema}.holds_item(target text) RETURNS boolean
			LANGUAGE sql VOLATILE SET search_path = ${schema}, pg_temp AS $holds$
			  SELECT EXISTS (SELECT 1 FROM assignment a WHERE a.item_id = target AND a.labeler = current_user
			    AND (a.committed_at IS NOT NULL OR a.leased_until > clock_timestamp()
			      OR (SELECT count(*) FROM assignment o WHERE o.item_id = target AND o.labeler <> current_user
			            AND (o.committed_at IS NOT NULL OR o.leased_until > clock_timestamp()))
			         < (SELECT p.labelers_per_item FROM project p)));
			$holds$;
			DROP POLICY leased ON ${schema}.item;
			CREATE POLICY leased ON ${schema}.item FOR UPDATE TO ${schema}_labeler USING (${schema}.holds_item(id));
			DROP POLICY own_on_leased ON ${schema}.annotation;
			CREATE POLICY own_on_leased ON ${schema}.annotation FOR INSERT TO ${schema}_labeler
			  WITH CHECK ((author = current_user OR source = 'PRELABEL'
			    OR (source = 'IMPORTED' AND (SELECT p.labelers_per_item FROM ${schema}.project p) = 1)) AND ${schema}.holds_item(item_id));
			DROP POLICY own_on_leased_delete ON ${schema}.annotation;
			CREATE POLICY own_on_leased_delete ON ${schema}.annotation FOR DELETE TO ${schema}_labeler
			  USING ((author = current_user OR source = 'PRELABEL'
			    OR (source = 'IMPORTED' AND (SELECT p.labelers_per_item FROM ${schema}.project p) = 1)) AND ${schema}.holds_item(item_id));
			""", """
			-- the item list sorted by annotation count and, with consensus, by agreement (issue #6). annotation_count is
			-- kept like the first labels: written with the item row at registration, set by refresh_first_labels at every
			-- commit. agreement_state: 0 nobody committed the item, 1 fewer labelers than the project asks for did, 2 they
			-- disagree, 3 they agree, NULL not compared since the last commit. The server cannot compare labels (boxes and
			-- polygons by overlap, LabelAgreement in the client), so a commit of the last labeler (or a later one) leaves it
			-- NULL and the list sorted by agreement of an admin or reviewer compares those items and writes the result
			-- first. Written so that running it again (tests that undo an older version) changes nothing
			ALTER TABLE ${schema}.item ADD COLUMN IF NOT EXISTS annotation_count integer NOT NULL DEFAULT 0,
			  ADD COLUMN IF NOT EXISTS agreement_state smallint DEFAULT 0;
			GRANT UPDATE (agreement_state) ON ${schema}.item TO ${schema}_reviewer;
			CREATE OR REPLACE FUNCTION ${schema}.refresh_first_labels(target text) RETURNS void
			LANGUAGE sql SECURITY DEFINER SET search_path = ${schema}, pg_temp AS $refresh$
			  UPDATE item i SET first_class_id = k.class_id, first_author = k.author, annotation_count = k.annotations,
			         agreement_state = k.agreement
			    FROM (SELECT (SELECT a.class_id FROM annotation a WHERE a.item_id = target AND a.class_id IS NOT NULL
			                   ORDER BY a.seq LIMIT 1) AS class_id,
			                 (SELECT a.author FROM annotation a WHERE a.item_id = target AND a.author IS NOT NULL
			                   ORDER BY a.seq LIMIT 1) AS author,
			                 (SELECT count(*) FROM annotation a WHERE a.item_id = target)::integer AS annotations,
			                 (SELECT CASE WHEN d.committed = 0 THEN 0 WHEN d.committed < p.labelers_per_item THEN 1 END
			                    FROM project p, (SELECT count(*) AS committed FROM assignment s
			                                      WHERE s.item_id = target AND s.committed_at IS NOT NULL) d)::smallint AS agreement) k
			   WHERE i.id = target
			     AND (i.first_class_id IS DISTINCT FROM k.class_id OR i.first_author IS DISTINCT FROM k.author
			       OR i.annotation_count IS DISTINCT FROM k.annotations OR i.agreement_state IS DISTINCT FROM k.agreement);
			$refresh$;
			-- sort keys are no change to announce (the commit that sets them announces itself)
			DROP TRIGGER IF EXISTS item_changed ON ${schema}.item;
			CREATE TRIGGER item_changed AFTER UPDATE ON ${schema}.item FOR EACH ROW
			  WHEN (OLD.first_class_id IS NOT DISTINCT FROM NEW.first_class_id
			    AND OLD.first_author IS NOT DISTINCT FROM NEW.first_author
			    AND OLD.annotation_count IS NOT DISTINCT FROM NEW.annotation_count
			    AND OLD.agreement_state IS NOT DISTINCT FROM NEW.agreement_state)
			  EXECUTE FUNCTION ${schema}.announce_change();
			UPDATE ${schema}.item i SET annotation_count = (SELECT count(*) FROM ${schema}.annotation a WHERE a.item_id = i.id)
			 WHERE EXISTS (SELECT 1 FROM ${schema}.annotation a WHERE a.item_id = i.id);
			UPDATE ${schema}.item i SET agreement_state = NULL
			 WHERE EXISTS (SELECT 1 FROM ${schema}.assignment s WHERE s.item_id = i.id AND s.committed_at IS NOT NULL);
			CREATE INDEX IF NOT EXISTS item_by_annotation_count ON ${schema}.item (annotation_count, order_key, id);
			CREATE INDEX IF NOT EXISTS item_by_agreement ON ${schema}.item (agreement_state, order_key, id);
			-- the items to compare: found without reading the table (a sequential scan of 500,000 rows took 60 ms per list
			-- page when the statistics still counted many such items)
			CREATE INDEX IF NOT EXISTS item_agreement_to_compare ON ${schema}.item (id) WHERE agreement_state IS NULL;
			""", """
			-- (migration 10, after the item list's sorting in 9; may run again: it only replaces and adds what is missing)
			-- a reorder of the queue (reorderQueue, admins) announces
			-- itself once, '*' (re-read everything), instead of once per moved item: 10,000 moved items were 10,000
			-- announcements to every desktop. The row trigger leaves out updates that change an item's order key, which
			-- only a reorder does; the trigger's own WHEN conditions are not touched
			CREATE OR REPLACE FUNCTION ${schema}.announce_change() RETURNS trigger LANGUAGE plpgsql AS $announce$
			BEGIN
			  IF TG_LEVEL = 'ROW' THEN
			    IF OLD.order_key IS DISTINCT FROM NEW.order_key THEN
			      RETURN NULL;
			    END IF;
			    PERFORM pg_notify('tagbench_${schema}', NEW.id || chr(9) || NEW.status || chr(9) || session_user);
			  ELSE
			    PERFORM pg_notify('tagbench_${schema}', '*');
			  END IF;
			  RETURN NULL;
			END $announce$;
			-- what a queue commit did with the labeler's changes to other people's labels (kept as their own copy,
			-- removals refused; TaskQueue.CommitOutcome), kept with the commit so that a retry of it, answered "already
			-- stored", says the same; set by the committing labeler, on their own commit only
			ALTER TABLE ${schema}.commit_log ADD COLUMN IF NOT EXISTS kept_as_copies integer NOT NULL DEFAULT 0,
			  ADD COLUMN IF NOT EXISTS removals_refused integer NOT NULL DEFAULT 0,
			  ADD COLUMN IF NOT EXISTS other_authors text[] NOT NULL DEFAULT '{}';
			GRANT UPDATE (kept_as_copies, removals_refused, other_authors) ON ${schema}.commit_log
			  TO ${schema}_reviewer, ${schema}_labeler;
			DROP POLICY IF EXISTS own_outcome ON ${schema}.commit_log;
			CREATE POLICY own_outcome ON ${schema}.commit_log FOR UPDATE TO ${schema}_labeler
			  USING (labeler = current_user) WITH CHECK (labeler = current_user);
			""", """
			-- (migration 11; may run again: it only replaces and adds what is missing) the item list sorted by suggestion
			-- (issue #6): prelabel_score, the best score of the item's open pre-labels (source PRELABEL), NULL without
			-- any, kept like the other sort keys by refresh_first_labels, which every commit and every write of pre-labels
			-- calls. The trigger's WHEN list gains it: a key update announces nothing (the write that sets it announces
			-- itself); the columns it left out before stay left out
			ALTER TABLE ${schema}.item ADD COLUMN IF NOT EXISTS prelabel_score double precision;
			CREATE OR REPLACE FUNCTION ${schema}.refresh_first_labels(target text) RETURNS void
			LANGUAGE sql SECURITY DEFINER SET search_path = ${schema}, pg_temp AS $refresh$
			  UPDATE item i SET first_class_id = k.class_id, first_author = k.author, annotation_count = k.annotations,
			         agreement_state = k.agreement, prelabel_score = k.best_suggestion
			    FROM (SELECT (SELECT a.class_id FROM annotation a WHERE a.item_id = target AND a.class_id IS NOT NULL
			                   ORDER BY a.seq LIMIT 1) AS class_id,
			                 (SELECT a.author FROM annotation a WHERE a.item_id = target AND a.author IS NOT NULL
			                   ORDER BY a.seq LIMIT 1) AS author,
			                 (SELECT count(*) FROM annotation a WHERE a.item_id = target)::integer AS annotations,
			                 (SELECT CASE WHEN d.committed = 0 THEN 0 WHEN d.committed < p.labelers_per_item THEN 1 END
			                    FROM project p, (SELECT count(*) AS committed FROM assignment s
			                                      WHERE s.item_id = target AND s.committed_at IS NOT NULL) d)::smallint AS agreement,
			                 (SELECT max(a.score) FROM annotation a WHERE a.item_id = target AND a.source = 'PRELABEL')
			                   AS best_suggestion) k
			   WHERE i.id = target
			     AND (i.first_class_id IS DISTINCT FROM k.class_id OR i.first_author IS DISTINCT FROM k.author
			       OR i.annotation_count IS DISTINCT FROM k.annotations OR i.agreement_state IS DISTINCT FROM k.agreement
			       OR i.prelabel_score IS DISTINCT FROM k.best_suggestion);
			$refresh$;
			DROP TRIGGER IF EXISTS item_changed ON ${schema}.item;
			CREATE TRIGGER item_changed AFTER UPDATE ON ${schema}.item FOR EACH ROW
			  WHEN (OLD.first_class_id IS NOT DISTINCT FROM NEW.first_class_id
			    AND OLD.first_author IS NOT DISTINCT FROM NEW.first_author
			    AND OLD.annotation_count IS NOT DISTINCT FROM NEW.annotation_count
			    AND OLD.agreement_state IS NOT DISTINCT FROM NEW.agreement_state
			    AND OLD.prelabel_score IS NOT DISTINCT FROM NEW.prelabel_score)
			  EXECUTE FUNCTION ${schema}.announce_change();
			UPDATE ${schema}.item i SET prelabel_score = (SELECT max(a.score) FROM ${schema}.annotation a
			                                              WHERE a.item_id = i.id AND a.source = 'PRELABEL')
			 WHERE EXISTS (SELECT 1 FROM ${schema}.annotation a WHERE a.item_id = i.id AND a.source = 'PRELABEL');
			CREATE INDEX IF NOT EXISTS item_by_prelabel_score ON ${schema}.item (prelabel_score, order_key, id);
			""");

	private PgSchema() {
	}
}

package org.tagbench.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.tagbench.model.ItemStatus;
import org.tagbench.store.ItemQuery;

/** The WHERE clause for an {@link ItemQuery} over {@code item i} and {@code annotation}, and its parameters. */
public record ItemFilter(String sql, List<String> parameters) {

	public static ItemFilter of(ItemQuery query) {
		List<String> conditions = new ArrayList<>();
		List<String> parameters = new ArrayList<>();
		if (!query.statuses().isEmpty()) {
			conditions.add("i.status IN (" + String.join(", ", query.statuses().stream().map(s -> "?").toList()) + ")");
			query.statuses().stream().map(ItemStatus::getName).sorted().forEach(parameters::add);
		}
		query.labelClassId().ifPresent(id -> {
			conditions.add("EXISTS (SELECT 1 FROM annotation x WHERE x.item_id = i.id AND x.class_id = ?)");
			parameters.add(id);
		});
		query.author().ifPresent(author -> {
			conditions.add("EXISTS (SELECT 1 FROM annotation x WHERE x.item_id = i.id AND x.author = ?)");
			parameters.add(author);
		});
		query.annotationSource().ifPresent(source -> {
			conditions.add("EXISTS (SELECT 1 FROM annotation x WHERE x.item_id = i.id AND x.source = ?)");
			parameters.add(source.getName());
		});
		return new ItemFilter(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), parameters);
	}

	/** Binds the parameters from index {@code first}; returns the next free index. */
	public int bind(PreparedStatement statement, int first) throws SQLException {
		int index = first;
		for (String parameter : parameters) {
			statement.setString(index++, parameter);
		}
		return index;
	}
}

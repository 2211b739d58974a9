package org.derwent.ingest.lines;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.derwent.store.schema.Table;

/**
 * The parts of an {@code INSERT ... SELECT} that writes mapped rows straight into a store table, shared by the SQL
 * readers: the select list, and the rule that an event lies within the linked person's life. The person is the row
 * {@code l} of {@code raw_link} ({@link PatientKeys#rawLink()}); the row's line number is the column {@code line}.
 */
public final class StoreRows {
    private StoreRows() {
    }

    /**
     * One select item per column of {@code target}: the linked person's id, the file's name, the line, the load's id,
     * and for every other column its mapped expression ({@code expressions} by column name; each must be there).
     */
    public static List<String> select(Table target, Map<String, String> expressions, String file, long loadId) {
        List<String> select = new ArrayList<>();
        for (String col : target.columnNames()) {
            select.add(switch (col) {
                case "person_id" -> "l.pid";
                case "source_file" -> Sql.literal(file);
                case "source_line" -> "line";
                case "load_id" -> Long.toString(loadId);
                default -> Optional.ofNullable(expressions.get(col)).orElseThrow(() -> new IllegalStateException(
                        "no expression for " + target.name() + "." + col));
            });
        }
        return select;
    }

    /** The event date {@code date} is neither before the linked person's birth nor after their death. */
    public static String withinLife(String date) {
        return "(" + date + " < l.birth) IS NOT TRUE AND (" + date + " > l.death) IS NOT TRUE";
    }
}

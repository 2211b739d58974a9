package org.derwent.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.derwent.server.ServerContext;
import org.derwent.server.http.ApiException;
import org.derwent.server.scope.Scope;

/**
 * Data quality: load history ({@code load_history}), quarantined records counted by type, field and reason
 * ({@code quarantine}; the offending values are never returned), completeness of key person fields, and the
 * loader's {@code quality-report.json} beside the store file when present.
 */
public final class Quality {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ServerContext sc;

    public Quality(ServerContext sc) {
        this.sc = sc;
    }

    public List<Map<String, Object>> loads(Scope scope) {
        allowed(scope);
        if (!sc.store().tables().contains("load_history")) {
            return List.of();
        }
        return sc.store().query("SELECT load_id, started_at, finished_at, sources, records_read, records_loaded, "
                + "records_quarantined, records_skipped_by_type, extract_date FROM load_history ORDER BY started_at DESC",
                List.of()).maps();
    }

    public Map<String, Object> report(Scope scope) {
        allowed(scope);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("loads", loads(scope));
        var tables = sc.store().tables();
        out.put("quarantine", tables.contains("quarantine") ? sc.store().query("SELECT resource_type, field, reason, "
                + "count(*) AS records FROM quarantine GROUP BY ALL ORDER BY records DESC, resource_type, field LIMIT 200",
                List.of()).maps() : List.of());
        out.put("completeness", tables.contains("person") ? sc.store().query("SELECT count(*) AS persons, "
                + "count(*) FILTER (WHERE lsoa_code = 'UNKNOWN') AS unknown_lsoa, "
                + "count(*) FILTER (WHERE practice_code = 'UNKNOWN') AS unknown_practice, "
                + "count(*) FILTER (WHERE ethnic_group = 'unknown') AS unknown_ethnicity, "
                + "count(*) FILTER (WHERE sex = 'U') AS unknown_sex FROM person", List.of()).maps().get(0) : null);
        Path file = sc.storeFile().toAbsolutePath().resolveSibling("quality-report.json");
        try {
            out.put("report", Files.isRegularFile(file) ? JSON.readTree(file.toFile()) : null);
        } catch (IOException e) {
            out.put("report", Map.of("error", "Cannot read " + file.getFileName() + ": " + e.getMessage()));
        }
        return out;
    }

    private static void allowed(Scope scope) {
        if (!scope.role().seesCaseLists()) {
            throw ApiException.forbidden("Role " + scope.role().id() + " may not see data quality");
        }
    }
}

package org.derwent.ingest.stage;

import java.sql.SQLException;

/** Writing to a staging table failed (disk full, engine error): the load stops and the store is unchanged. */
public final class StagingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StagingException(SQLException cause) {
        super("cannot write to the staging tables: " + cause.getMessage(), cause);
    }
}

package org.derwent.server;

import java.nio.file.Path;
import org.derwent.server.api.Audit;
import org.derwent.server.api.Catalogue;
import org.derwent.server.disclosure.ResultRows;
import org.derwent.server.scope.Footprint;
import org.derwent.server.security.Accounts;
import org.derwent.server.security.Sessions;
import org.derwent.server.status.Readiness;
import org.derwent.server.store.Store;

/**
 * What every handler needs: the store, the footprint, the catalogue, disclosure control, audit, sessions and
 * the readiness of the parts computed after start-up.
 */
public record ServerContext(Store store, Path storeFile, Footprint footprint, Catalogue catalogue, ResultRows rows,
                            Audit audit, Accounts accounts, Sessions sessions, Readiness readiness) {
}

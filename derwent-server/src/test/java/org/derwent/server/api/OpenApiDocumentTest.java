package org.derwent.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Set;
import org.derwent.server.http.Router;
import org.derwent.server.testing.Client;
import org.derwent.server.testing.TestServer;
import org.junit.jupiter.api.Test;

/** /openapi.json describes exactly the API routes the server registers. */
class OpenApiDocumentTest {
    @Test
    void every_api_route_is_in_the_document_and_nothing_else() throws Exception {
        var r = new Client().get("/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = new ObjectMapper().readTree(r.body());
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        Set<String> documented = new HashSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> documented.add(m + " " + p.getKey())));
        Set<String> registered = new HashSet<>();
        for (Router.Route route : TestServer.get().routes()) {
            if (route.path().startsWith("/api/")) {
                registered.add(route.method() + " " + route.path());
            }
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(registered);
    }
}

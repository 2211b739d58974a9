package org.derwent.ingest.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever the fast reader accepts, Jackson reads to the same tree (node types and text included); what it leaves
 * to Jackson includes everything Jackson rejects.
 */
class PlainJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] ATOMS = {"0", "-0", "7", "-12", "2147483647", "2147483648", "-2147483649",
        "123456789012345678", "1234567890123456789", "1.5", "-0.0", "1e3", "2E-2", "1e400", "01", "1.", ".5", "-",
        "true", "false", "null", "tru", "nulls", "\"\"", "\"a b\"", "\"\\n\"", "\"\\u0041\"", "\"tab\there\"", "\"x\""};

    @Test
    void reads_fhir_lines_itself_to_the_tree_jackson_reads() throws Exception {
        String line = "{\"resourceType\":\"Observation\",\"id\":\"o1-2\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":"
                + "\"http://snomed.info/sct\",\"code\":\"72313002\"}]},\"subject\":{\"reference\":\"Patient/p1\"},"
                + "\"effectiveDateTime\":\"2023-01-11T09:00:00Z\",\"valueQuantity\":{\"value\":120,\"unit\":\"mm[Hg]\"},"
                + "\"component\":[],\"x\":{},\"y\":null,\"z\":[true,false,-1.25e2]}";
        JsonNode fast = read(line);
        assertThat(fast).isNotNull().isEqualTo(JSON.readTree(line));
        assertThat(fast.toString()).isEqualTo(JSON.readTree(line).toString());
    }

    @Test
    void agrees_with_jackson_on_random_documents() throws Exception {
        Random random = new Random(11);
        int accepted = 0;
        for (int t = 0; t < 50_000; t++) {
            String text = mutate(random, document(random, 0), t);
            JsonNode fast = read(text);
            if (fast == null) {
                continue;
            }
            accepted++;
            JsonNode jackson = JSON.readTree(text);
            assertThat(fast).as(text).isEqualTo(jackson);
            assertThat(fast.toString()).as(text).isEqualTo(jackson.toString());
        }
        assertThat(accepted).isGreaterThan(10_000);
    }

    private static JsonNode read(String text) {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        return PlainJson.read(b, 0, b.length);
    }

    private static String document(Random r, int depth) {
        int kind = depth > 3 ? 2 : r.nextInt(3);
        String sp = r.nextInt(5) == 0 ? " " : "";
        if (kind == 0) {
            StringBuilder b = new StringBuilder("{" + sp);
            for (int k = r.nextInt(4); k > 0; k--) {
                b.append("\"k").append(r.nextInt(3)).append("\"").append(sp).append(":").append(sp)
                        .append(document(r, depth + 1)).append(k > 1 ? "," + sp : "");
            }
            return b.append(sp).append("}").toString();
        }
        if (kind == 1) {
            StringBuilder b = new StringBuilder("[" + sp);
            for (int k = r.nextInt(4); k > 0; k--) {
                b.append(document(r, depth + 1)).append(k > 1 ? "," + sp : "");
            }
            return b.append("]").toString();
        }
        return ATOMS[r.nextInt(ATOMS.length)];
    }

    /** Mostly valid documents; some with one character dropped, doubled or replaced, or trailing text. */
    private static String mutate(Random r, String text, int t) {
        if (t % 3 != 0 || text.isEmpty()) {
            return text;
        }
        int at = r.nextInt(text.length());
        String chars = ",:{}[]\" x0-.e\t\u0001";
        String junk = String.valueOf(chars.charAt(r.nextInt(chars.length())));
        return switch (r.nextInt(4)) {
            case 0 -> text.substring(0, at) + text.substring(at + 1);
            case 1 -> text.substring(0, at) + text.charAt(at) + text.substring(at);
            case 2 -> text.substring(0, at) + junk + text.substring(at + 1);
            default -> text + junk;
        };
    }
}

package org.derwent.ingest.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The streamed tree equals {@code ObjectMapper.readTree}'s, node types included, and fails with the same messages. */
class JsonTreeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void builds_the_same_tree_as_read_tree() throws IOException {
        for (String text : new String[] {
                "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"valueQuantity\":{\"value\":120,\"unit\":\"mm[Hg]\"}}",
                "{\"a\":1,\"b\":2147483648,\"c\":123456789012345678901234567890,\"d\":1.5,\"e\":-0.0,\"f\":1e400}",
                "{\"a\":[1,[2,{\"x\":null}],[]],\"b\":true,\"c\":false,\"d\":null,\"e\":{},\"f\":\"\"}",
                "{\"a\":1,\"b\":2,\"a\":\"again\"}",
                "[1,2]", "\"text\"", "42", "null", "{\"a\":1} trailing", "  {\"nested\":{\"deep\":[[[[1.25]]]]}}  "}) {
            JsonNode expected = JSON.readTree(text);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            JsonNode tree = JsonTree.read(JSON.getFactory(), bytes, 0, bytes.length);
            assertThat(tree).as(text).isEqualTo(expected);
            assertThat(tree.toString()).as(text).isEqualTo(expected.toString());
        }
    }

    @Test
    void fails_with_the_parser_messages_of_read_tree() {
        for (String text : new String[] {"{\"resourceType\":\"Observation\",\"id\":", "{\"a\":tru}", "{\"a\" 1}",
                "[1,2", "{\"a\":[1,}", "{'a':1}"}) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            JsonProcessingException expected = catchThrowableOfType(() -> JSON.readTree(bytes),
                    JsonProcessingException.class);
            JsonProcessingException actual = catchThrowableOfType(() -> JsonTree.read(JSON.getFactory(), bytes, 0,
                    bytes.length), JsonProcessingException.class);
            assertThat(actual).as(text).isNotNull();
            assertThat(actual.getOriginalMessage()).as(text).isEqualTo(expected.getOriginalMessage());
        }
    }
}

package org.derwent.ingest.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link DistinctHashes}: proves ids all different across chunks and across combined sets, or says it cannot. */
class DistinctHashesTest {
    private static DistinctHashes of(int from, int to) {
        DistinctHashes h = new DistinctHashes();
        for (int i = from; i < to; i++) {
            h.add(DistinctHashes.hash("obs-" + i));
        }
        return h;
    }

    @Test
    void different_ids_over_many_chunks_are_distinct() {
        DistinctHashes h = of(0, 100_000);
        assertThat(h.count()).isEqualTo(100_000);
        assertThat(h.distinct()).isTrue();
    }

    @Test
    void combined_sets_find_a_repeat_between_them() {
        DistinctHashes a = of(0, 50_000);
        a.addAll(of(50_000, 90_000));
        assertThat(a.count()).isEqualTo(90_000);
        assertThat(a.distinct()).isTrue();
        a.addAll(of(89_999, 90_000));
        assertThat(a.distinct()).isFalse();
    }

    @Test
    void an_empty_set_is_distinct_and_the_hash_depends_on_every_character() {
        assertThat(new DistinctHashes().distinct()).isTrue();
        assertThat(DistinctHashes.hash("ab")).isNotEqualTo(DistinctHashes.hash("ba"));
        assertThat(DistinctHashes.hash("a1")).isEqualTo(DistinctHashes.hash("a1"));
    }
}

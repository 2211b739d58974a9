package org.derwent.synth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SelectionTest {
    @Test
    void finds_the_kth_largest_like_a_sort_would() {
        double[] a = {5, 1, 9, 3, 7, 3, 8};
        assertThat(Selection.kthLargest(a.clone(), 1)).isEqualTo(9);
        assertThat(Selection.kthLargest(a.clone(), 3)).isEqualTo(7);
        assertThat(Selection.kthLargest(a.clone(), 5)).isEqualTo(3);
        assertThat(Selection.kthLargest(a.clone(), 7)).isEqualTo(1);
    }
}

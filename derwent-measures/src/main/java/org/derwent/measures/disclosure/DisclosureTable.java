package org.derwent.measures.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of counts and the additive relations between them ("this total is the sum of these cells"), e.g. a
 * breakdown's groups and its total, the rows and columns of a two-way table, or practices within PCNs within
 * an ICB. {@link SecondarySuppressor} suppresses and rounds the whole table at once so that no suppressed
 * cell can be recovered from any relation.
 */
public final class DisclosureTable {
    private final List<Long> counts = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();

    /**
     * One additive relation: {@code total = sum(members)}.
     *
     * @param total   index of the total cell
     * @param members indices of the member cells
     */
    public record Relation(int total, List<Integer> members) {
        public Relation {
            members = List.copyOf(members);
        }
    }

    /** Adds a cell with raw count {@code count} (>= 0) and returns its index. */
    public int add(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("counts must be >= 0, got " + count);
        }
        counts.add(count);
        return counts.size() - 1;
    }

    /**
     * Declares that cell {@code total} is the sum of {@code members}.
     *
     * @throws IllegalArgumentException when an index is unknown or the raw counts do not add up
     */
    public DisclosureTable relate(int total, List<Integer> members) {
        long sum = 0;
        for (int m : members) {
            sum += count(m);
        }
        if (sum != count(total)) {
            throw new IllegalArgumentException("cells " + members + " sum to " + sum + " but their total (cell " + total
                    + ") is " + count(total));
        }
        relations.add(new Relation(total, members));
        return this;
    }

    /** Adds a total cell computed from {@code members}, relates it to them, and returns its index. */
    public int addTotal(List<Integer> members) {
        long sum = 0;
        for (int m : members) {
            sum += count(m);
        }
        int total = add(sum);
        relate(total, members);
        return total;
    }

    /** The raw count of cell {@code index}. */
    public long count(int index) {
        if (index < 0 || index >= counts.size()) {
            throw new IllegalArgumentException("no cell " + index + " (table has " + counts.size() + ")");
        }
        return counts.get(index);
    }

    /** Number of cells. */
    public int size() {
        return counts.size();
    }

    /** The relations declared so far. */
    public List<Relation> relations() {
        return List.copyOf(relations);
    }
}

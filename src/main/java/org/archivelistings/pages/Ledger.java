package org.archivelistings.pages;

/**
 * The role each line of a page was given. A line is placed once; a second placement is ignored and
 * counted, so that the tally can never count a line twice.
 */
final class Ledger {
    private final LineRole[] roles;
    private final int[] counts = new int[LineRole.values().length];
    private int placedTwice;

    Ledger(int lines) {
        roles = new LineRole[lines];
    }

    void place(int line, LineRole role) {
        if (roles[line] == null) {
            roles[line] = role;
            counts[role.ordinal()]++;
        } else {
            placedTwice++;
        }
    }

    LineRole role(int line) {
        return roles[line];
    }

    boolean isPlaced(int line) {
        return roles[line] != null;
    }

    /** Lines placed more than once: a reader bug that the tests look for. */
    int placedTwice() {
        return placedTwice;
    }

    int count(LineRole role) {
        return counts[role.ordinal()];
    }
}

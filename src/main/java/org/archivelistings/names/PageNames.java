package org.archivelistings.names;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one page has named so far, for coreference of a bare surname or initials + surname ("... Zhou
 * Enlai ... Zhou said"). The caller creates one empty for each page and passes it to every record of that
 * page in page order; it is not thread-safe and must not outlive its page, so a person id depends only on
 * the record, its page's earlier records and the authority file.
 */
public final class PageNames {
    /** A person named in full: surname key, folded given name, who, and the surname as written. */
    record Named(String surnameKey, String givenKey, String personId, String canonical, String surnameWritten) {}

    private final List<Named> named = new ArrayList<>();
    /** The surnames as written of {@link #named}, kept as they come: every record's text is searched for them. */
    private final Set<String> surnamesWritten = new HashSet<>();
    private final WordFilter surnameFilter = new WordFilter();

    public PageNames() {}

    public static PageNames empty() {
        return new PageNames();
    }

    void add(Named n) {
        named.add(n);
        surnamesWritten.add(n.surnameWritten());
        surnameFilter.add(n.surnameWritten());
    }

    /** A filter of {@link #surnamesWritten()}, to add a record's surnames to. */
    WordFilter surnameFilter() {
        return surnameFilter.copy();
    }

    /** The surnames as written of the people of the page so far. */
    Set<String> surnamesWritten() {
        return Collections.unmodifiableSet(surnamesWritten);
    }

    /**
     * The people of the page so far, latest first: a view, not a copy (it is read for every mention of
     * every record); the page only grows at its end, so the view keeps what the page held when it was made.
     */
    List<Named> latestFirst() {
        int size = named.size();
        return new AbstractList<>() {
            @Override
            public Named get(int i) {
                return named.get(size - 1 - Objects.checkIndex(i, size));
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}

package org.archivelistings.names;
import java.util.*;
public final class Names {
    public static Names standard() { return new Names(); }
    public List<PersonMention> findMentions(String text) { return List.of(); }
    public Map<String, Resolution> resolveAll(Collection<String> surfaces) { return Map.of(); }
}

package org.archivelistings.names; public record PersonMention(int begin, int end, String surface, String stripped) {}

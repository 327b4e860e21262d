package org.archivelistings.names; public record Resolution(String surface, String stripped, String personId, String canonical, String system, String method, double confidence) {}

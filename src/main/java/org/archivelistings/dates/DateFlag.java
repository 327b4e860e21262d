package org.archivelistings.dates; public enum DateFlag { APPROXIMATE, UNCERTAIN, INFERRED }

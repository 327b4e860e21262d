package org.archivelistings.jobs;

import java.nio.file.Path;

/**
 * How a run ended, for the command line.
 *
 * @param status COMPLETED, FAILED, STOPPED, ...
 * @param executionId the job execution's id in the repository (0 when no execution started)
 * @param output the folder the tables are in
 * @param message one line for the user: what happened, or why it failed
 */
public record RunOutcome(String status, long executionId, Path output, String message) {
    public boolean succeeded() {
        return "COMPLETED".equals(status) || "NOOP".equals(status);
    }
}

package org.archivelistings.jobs;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/** What the job repository says about past runs: why one failed, and the recent ones in a line each. */
final class RunHistory {
    private RunHistory() {}

    /**
     * Why a run failed: a failed read partition's own reason first (the read step only says that a
     * partition failed). A worker's exceptions are not in this process: its partition's exit description,
     * as the repository holds it, is.
     */
    static String reason(JobRepository repository, JobExecution execution) {
        for (StepExecution s : execution.getStepExecutions()) {
            if (ListingsJob.isPartition(s.getStepName()) && !s.getFailureExceptions().isEmpty()) {
                return JobRunner.rootMessage(s.getFailureExceptions().get(0));
            }
        }
        JobExecution stored = repository.getJobExecution(execution.getId());
        for (StepExecution s : stored == null ? List.<StepExecution>of() : stored.getStepExecutions()) {
            String description = s.getExitStatus().getExitDescription();
            if (ListingsJob.isPartition(s.getStepName()) && s.getStatus() == BatchStatus.FAILED && !description.isBlank()) {
                return s.getStepName() + ": " + description.lines().findFirst().orElse("");
            }
        }
        List<Throwable> failures = execution.getAllFailureExceptions();
        if (!failures.isEmpty()) {
            return JobRunner.rootMessage(failures.get(0));
        }
        ExitStatus exit = execution.getExitStatus();
        return exit.getExitDescription().isBlank() ? exit.getExitCode() : exit.getExitDescription().lines().findFirst().orElse("");
    }

    /** One line per recent execution of {@code jobName} (all jobs when null), newest first. */
    static List<String> history(JobRepository repository, String jobName, int limit) {
        List<String> names = jobName == null ? repository.getJobNames() : List.of(jobName);
        List<JobExecution> executions = new ArrayList<>();
        for (String name : names) {
            for (JobInstance instance : repository.getJobInstances(name, 0, limit)) {
                executions.addAll(repository.getJobExecutions(instance));
            }
        }
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        return executions.stream()
                .sorted(Comparator.comparing(JobExecution::getId).reversed())
                .limit(limit)
                .map(e -> String.format("%-12s execution %-5d run %-5d %-10s started %s  ended %s  %s",
                        e.getJobInstance().getJobName(), e.getId(), e.getJobInstance().getInstanceId(),
                        e.getStatus(),
                        e.getStartTime() == null ? "-" : time.format(e.getStartTime()),
                        e.getEndTime() == null ? "-" : time.format(e.getEndTime()),
                        summary(e)))
                .toList();
    }

    private static String summary(JobExecution e) {
        return e.getStepExecutions().stream()
                .map(s -> s.getStepName() + " read=" + s.getReadCount() + " written=" + s.getWriteCount())
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }
}

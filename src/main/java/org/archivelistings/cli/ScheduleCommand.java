package org.archivelistings.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.archivelistings.jobs.JobRunner;
import org.archivelistings.jobs.JobScheduler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code schedule}: starts the scheduled jobs on time, until stopped. */
@Command(name = "schedule",
        description = "Stays running and starts each job of jobs/ that has a 'schedule' (cron) on time; never two runs of one job at once.")
final class ScheduleCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() throws Exception {
        try (JobRunner runner = main.openRunner(); JobScheduler scheduler = new JobScheduler(runner)) {
            List<String> jobs = scheduler.scheduleAll(main.jobsDir);
            if (jobs.isEmpty()) {
                System.err.println("error: no job in " + main.jobsDir + " has a schedule (add e.g. schedule=0 2 * * * to a job file)");
                return Main.FAILED;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(scheduler::close));
            scheduler.awaitStop();
            return 0;
        }
    }
}

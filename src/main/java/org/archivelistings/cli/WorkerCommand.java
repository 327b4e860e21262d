package org.archivelistings.cli;

import java.util.concurrent.Callable;
import org.archivelistings.jobs.PartitionWorker;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code worker}: runs the read partitions of remote runs until SIGTERM. */
@Command(name = "worker",
        description = "Runs read partitions of remote runs (run JOB --remote) taken from --broker, against the shared"
                + " --repository (PostgreSQL), until SIGTERM; the input and output folders must be the manager's.")
final class WorkerCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @Option(names = "--threads", paramLabel = "N", description = "Partitions run at once (default: one per core).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        PartitionWorker worker;
        try {
            worker = PartitionWorker.start(main.repositoryUrl, main.repositoryUser, main.repositoryPassword,
                    main.brokerUrl, threads != null ? threads : Runtime.getRuntime().availableProcessors());
        } catch (RuntimeException e) {
            System.err.println("error: " + Main.message(e).lines().findFirst().orElse(""));
            return Main.FAILED;
        }
        Thread hook = new Thread(worker::close, "worker-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        worker.awaitStop();
        return 0;
    }
}

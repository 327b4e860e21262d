package org.archivelistings.jobs;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.archivelistings.output.Manifest;
import org.archivelistings.output.Table;
import org.archivelistings.output.TableEngine;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The manifest's figures. What the readers counted (records, pages, page lines) is committed with each
 * chunk in the read partitions' contexts (step executions {@code read-partition:pNNN}), independently of the
 * rows written, so the equations the manifest states are real checks: a lost or doubled row shows as a
 * difference.
 */
final class RunCounts {
    private final JobRepository repository;
    private final int partitions;

    RunCounts(JobRepository repository, int partitions) {
        this.repository = repository;
        this.partitions = partitions;
    }

    Manifest.Counts counts(TableEngine db, Path workDir, RunPlan plan, Map<Table, Long> rows, JobExecution execution)
            throws SQLException {
        Map<String, Long> read = new java.util.HashMap<>();
        List<String> keys = new java.util.ArrayList<>(LineTally.KEYS);
        keys.addAll(List.of(PageItemReader.PAGES_READ, PageItemReader.ITEMS_READ));
        for (int i = 0; i < partitions; i++) {
            ExecutionContext ctx = lastStep(execution, ListingsJob.partitionStep(i)).getExecutionContext();
            for (String key : keys) {
                read.merge(key, ctx.getLong(key, 0L), Long::sum);
            }
        }
        String sightings = AggregateTasklet.scan(AggregateTasklet.staged(workDir, Table.SIGHTINGS));
        String rejects = AggregateTasklet.scan(AggregateTasklet.staged(workDir, Table.REJECTS));
        String documents = AggregateTasklet.scan(AggregateTasklet.staged(workDir, Table.DOCUMENTS));
        long carried = 0;
        if (!plan.carried().isEmpty()) {
            String carriedFiles = "(SELECT source_file FROM " + AggregateTasklet.scan(workDir.resolve("carried.parquet")) + ")";
            carried = db.count("SELECT count(*) FROM " + sightings + " WHERE source_file IN " + carriedFiles)
                    + db.count("SELECT count(*) FROM " + rejects + " WHERE source_file IN " + carriedFiles);
        }
        long itemsRead = read.get(PageItemReader.ITEMS_READ);
        return new Manifest.Counts(
                plan.inputs().size(),
                plan.toRead().size(),
                plan.carried().size(),
                plan.removed(),
                read.get(PageItemReader.PAGES_READ),
                itemsRead + carried,
                itemsRead,
                carried,
                rows.get(Table.SIGHTINGS),
                rows.get(Table.REJECTS),
                db.counts("SELECT reason, count(*) FROM " + rejects + " GROUP BY reason"),
                rows.get(Table.DOCUMENTS),
                rows.get(Table.SIGHTINGS) - rows.get(Table.DOCUMENTS),
                db.count("SELECT coalesce(sum(len(related)), 0) FROM " + documents),
                db.count("SELECT count(*) FROM " + sightings + " WHERE date_precision = '" + RecordProcessor.UNDATED + "'"),
                db.count("SELECT count(*) FROM " + sightings + " WHERE date_start IS NULL AND date_precision <> '"
                        + RecordProcessor.UNDATED + "'"),
                rows.get(Table.DATES),
                rows.get(Table.MENTIONS),
                rows.get(Table.PEOPLE),
                read.get(LineTally.LINES_READ),
                read.get(LineTally.LINES_IN_RECORDS),
                read.get(LineTally.LINES_PAGE_FACTS),
                read.get(LineTally.LINES_CHROME),
                read.get(LineTally.LINES_REJECTED),
                read.get(LineTally.LINES_UNACCOUNTED));
    }

    Manifest manifest(JobDefinition job, JobExecution execution, RunPlan plan, Manifest.Counts counts,
            List<Manifest.OutputFile> outputs) {
        Map<String, String> params = new TreeMap<>();
        execution.getJobParameters().parameters().forEach(p -> params.put(p.name(), String.valueOf(p.value())));
        return new Manifest(job.name(), plan.rulesVersion(), execution.getJobInstance().getInstanceId(),
                execution.getId(), params, offset(execution.getStartTime()), OffsetDateTime.now(), counts, outputs);
    }

    /**
     * The partition's last execution, read back from the job repository: a worker process may have run it
     * (this process's copy is then stale), or an earlier attempt completed it and a restart skipped it.
     */
    private StepExecution lastStep(JobExecution execution, String stepName) {
        StepExecution last = repository.getLastStepExecution(execution.getJobInstance(), stepName);
        if (last == null) {
            throw new IllegalStateException("no execution of " + stepName + " in the job repository");
        }
        return last;
    }

    private static OffsetDateTime offset(LocalDateTime time) {
        return time == null ? null : time.atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }
}
